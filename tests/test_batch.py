"""Batch runs over the corpus: manifest, tables, incremental reruns, partitions, kills mid-run."""

from __future__ import annotations

import io
import json
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from khuyencong_extract import batch, engines, write
from khuyencong_extract.batch import OutputBusy, iter_inputs, load_dataset, process_one, run_batch, unique_id
from khuyencong_extract.cli import main
from khuyencong_extract.models import Document
from khuyencong_extract.progress import Progress
from khuyencong_extract.write import TABLES

from conftest import AN_GIANG, CORPUS, CORPUS_FILES, HA_TINH, HUNG_YEN, ROOT


# --- factories ---------------------------------------------------------------------------


def put(folder: Path, files: dict[str, bytes]) -> Path:
    """Write ``{name: bytes}`` into ``folder``; returns it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder


def corpus_copy(folder: Path) -> Path:
    return put(folder, {p.name: p.read_bytes() for p in CORPUS_FILES})


def run(inputs, out: Path, **options):
    return run_batch([str(i) for i in inputs], out, jobs=options.pop("jobs", 2), progress=False, **options)


def by_name(manifest) -> dict[str, object]:
    return {Path(e.path).name: e for e in manifest.entries}


def snapshot(out: Path) -> dict[str, bytes]:
    """Every visible file of an output folder (the contract layout), by relative path."""
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(out).parts)}


def json_inodes(out: Path) -> dict[str, int]:
    return {p.name: p.stat().st_ino for p in (out / "json").glob("*.json")}


# --- a corpus run ------------------------------------------------------------------------


def test_corpus_run_writes_every_document_and_table(tmp_path):
    out = tmp_path / "out"
    manifest = run([CORPUS], out)
    entries = by_name(manifest)
    assert sorted(entries) == sorted(p.name for p in CORPUS_FILES)
    assert all(e.status == "ok" for e in entries.values())
    an_giang = json.loads((out / "json" / f"{entries[AN_GIANG.name].doc_id}.json").read_text("utf-8"))
    assert an_giang["source"]["path"] == str(AN_GIANG.relative_to(ROOT)) or an_giang["source"]["path"].endswith(AN_GIANG.name)
    assert an_giang["source"]["chars"] == len(AN_GIANG.read_text("utf-8"))
    # the An Giang decision is numbered "Số: 2080/QĐ-UBND" on its tenth line
    assert "Số: 2080/QĐ-UBND" in AN_GIANG.read_text("utf-8").splitlines()[9]
    tables = load_dataset(out)
    assert sorted(tables["documents"].doc_id) == sorted(e.doc_id for e in entries.values())
    for table in TABLES:
        assert set(tables[table].doc_id) <= set(tables["documents"].doc_id), table
    assert json.loads((out / "manifest.json").read_text("utf-8"))["entries"][0]["status"] == "ok"
    assert not list(out.glob(".staging-*"))


def test_process_one_applies_the_size_and_output_limits():
    entry, doc = process_one(HUNG_YEN, max_bytes=10_000)
    assert (entry.status, doc) == ("failed", None)
    assert entry.error == "input too large: 27,155 bytes is over the limit of 10,000 bytes (--max-bytes)"
    entry, doc = process_one(HUNG_YEN, max_json_per_mb=40_000)  # its JSON: ~58,000 bytes (with its path)
    assert (entry.status, doc) == ("failed", None)
    m = re.fullmatch(r"output too large: (\d\d,\d{3}) bytes of JSON from 27,155 bytes of input, over the limit of "
                     r"40,000 \(--max-json-per-mb\)", entry.error)
    assert m and 40_000 < int(m[1].replace(",", "")) < 80_000


def test_process_one_keeps_its_api():
    entry, doc = process_one(HUNG_YEN)
    assert entry.status == "ok" and doc is not None
    assert doc.source.sha256 == entry.sha256 and doc.source.chars == len(HUNG_YEN.read_text("utf-8"))


LOADED = "import sys; print(*(name in sys.modules for name in ('pandas', 'khuyencong_extract.pipeline')))"


@pytest.mark.parametrize("code, loaded", [
    ("import khuyencong_extract", "False False"),
    ("from khuyencong_extract.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass", "False False"),
    ("from khuyencong_extract import extract_text", "False True"),
    ("from khuyencong_extract import run_batch", "True True"),
])
def test_the_package_loads_the_pipeline_and_pandas_only_when_used(code, loaded):
    done = subprocess.run([sys.executable, "-c", f"{code}\n{LOADED}"], cwd=ROOT, capture_output=True, text=True,
                          check=True)
    assert done.stdout.splitlines()[-1] == loaded


def test_the_api_names_resolve_to_their_modules_functions():
    import khuyencong_extract
    from khuyencong_extract import pipeline

    assert khuyencong_extract.extract_text is pipeline.extract_text
    assert khuyencong_extract.run_batch is run_batch and khuyencong_extract.load_dataset is load_dataset
    assert set(khuyencong_extract.__all__) <= set(dir(khuyencong_extract))
    with pytest.raises(AttributeError, match="no attribute 'extract_pdf'"):
        khuyencong_extract.extract_pdf


@pytest.mark.parametrize("doc_id, taken, expected", [
    ("an-giang_2080-qd-ubnd_2022", set(), "an-giang_2080-qd-ubnd_2022"),
    ("an-giang_2080-qd-ubnd_2022", {"an-giang_2080-qd-ubnd_2022"}, "an-giang_2080-qd-ubnd_2022-2"),
    ("x", {"x", "x-2"}, "x-3"),
])
def test_unique_id(doc_id, taken, expected):
    assert unique_id(doc_id, set(taken)) == expected


def test_output_folder_inside_an_input_folder_is_not_read(tmp_path):
    corpus_copy(tmp_path / "in")
    out = tmp_path / "in" / "out"
    run([tmp_path / "in"], out)
    second = run([tmp_path / "in"], out)
    assert len(second.entries) == len(CORPUS_FILES)
    assert list(iter_inputs([tmp_path / "in"], exclude=out)) == sorted((tmp_path / "in").glob("*.txt"))


# --- incremental runs ----------------------------------------------------------------------


@pytest.fixture
def fixed_code(monkeypatch):
    """The pipeline fingerprint of one code version (the package may be edited while tests run)."""
    monkeypatch.setattr(batch, "pipeline_fingerprint", lambda: "0.1.0+test")


def test_rerun_reuses_unchanged_documents_and_force_reprocesses(tmp_path, fixed_code):
    inputs, out = corpus_copy(tmp_path / "in"), tmp_path / "out"
    first = run([inputs], out)
    before = json_inodes(out)
    tables_before = snapshot(out)
    second = run([inputs], out)
    assert json_inodes(out) == before  # the very same files: reused, not rewritten
    assert [e.doc_id for e in second.entries] == [e.doc_id for e in first.entries]
    assert snapshot(out) == tables_before
    run([inputs], out, force=True)
    after = json_inodes(out)
    assert after.keys() == before.keys() and all(after[k] != before[k] for k in before)
    assert snapshot(out) == tables_before


def test_rerun_with_a_lower_json_limit_does_not_reuse_what_it_is_over(tmp_path, fixed_code):
    inputs, out = corpus_copy(tmp_path / "in"), tmp_path / "out"
    assert not run([inputs], out).failed
    second = by_name(run([inputs], out, max_json_per_mb=40_000))  # the three decisions write more
    assert sorted(name[:8] for name, entry in second.items() if entry.status == "failed") == [
        "an-giang", "hung-yen", "tuyen-qu"]
    assert all("(--max-json-per-mb)" in entry.error for entry in second.values() if entry.error)


def test_rerun_reprocesses_only_the_changed_document(tmp_path, fixed_code):
    inputs, out = corpus_copy(tmp_path / "in"), tmp_path / "out"
    first = by_name(run([inputs], out))
    before = json_inodes(out)
    changed = inputs / AN_GIANG.name
    changed.write_bytes(changed.read_bytes().replace("Số: 2080/QĐ-UBND".encode(), "Số: 2081/QĐ-UBND".encode()))
    second = by_name(run([inputs], out))
    assert second[AN_GIANG.name].sha256 != first[AN_GIANG.name].sha256
    after = json_inodes(out)
    for name, entry in second.items():
        reused = after.get(f"{entry.doc_id}.json") == before.get(f"{first[name].doc_id}.json")
        assert reused == (name != AN_GIANG.name), name
    (inputs / HUNG_YEN.name).unlink()
    third = run([inputs], out)
    assert len(third.entries) == len(CORPUS_FILES) - 1
    assert sorted(p.stem for p in (out / "json").glob("*.json")) == sorted(e.doc_id for e in third.entries)


def test_rerun_processes_again_a_json_file_damaged_since_the_run_that_wrote_it(tmp_path, fixed_code, caplog):
    """A JSON file of the output cut short (a full disk, a copy broken off) or edited by hand
    is not reused: before, the cut one stopped every later run when the tables read it."""
    inputs, out = corpus_copy(tmp_path / "in"), tmp_path / "out"
    first = by_name(run([inputs], out))
    reference = snapshot(out)
    cut, edited = (out / "json" / f"{first[name].doc_id}.json" for name in (AN_GIANG.name, HA_TINH.name))
    cut.write_bytes(cut.read_bytes()[:300])
    edited.write_bytes(edited.read_bytes().replace(b'"province": "H', b'"province": "X', 1))
    assert edited.read_bytes() != reference[f"json/{edited.name}"]
    before = json_inodes(out)
    caplog.set_level("INFO", logger="khuyencong_extract")
    second = by_name(run([inputs], out))
    assert not [e for e in second.values() if e.status != "ok"]
    assert snapshot(out) == reference  # both written again as the pipeline gives them
    changed = [r.getMessage() for r in caplog.records if "changed since the run that wrote it" in r.getMessage()]
    assert sorted(changed) == sorted(f"{e.path}: {p} changed since the run that wrote it: processed again"
                                     for e, p in ((second[AN_GIANG.name], cut), (second[HA_TINH.name], edited)))
    after = json_inodes(out)
    assert sorted(name for name in before if after[name] != before[name]) == sorted([cut.name, edited.name])
    assert run([inputs], out) and json_inodes(out) == after  # and reused from then on


def test_staged_json_that_does_not_read_back_fails_its_document_only(tmp_path, monkeypatch, caplog):
    """Guards against a bug of the engine's side: two copies of one decision share a doc_id,
    so the second's JSON is read back to be renamed; here it was written broken."""
    inputs = put(tmp_path / "in", {"a.txt": AN_GIANG.read_bytes(), "b.txt": AN_GIANG.read_bytes() + b"\nb\n"})
    real = batch.take

    def broken(item, outcome, stage):
        real(item, outcome, stage)
        if outcome.path.endswith("b.txt"):
            (stage / write.STAGED_DOCS / f"{outcome.sha256}.json").write_bytes(b'{"doc_id": ')

    monkeypatch.setattr(batch, "take", broken)
    caplog.set_level("INFO", logger="khuyencong_extract")
    entries = by_name(run([inputs], tmp_path / "out", jobs=1))
    assert entries["a.txt"].status == "ok" and entries["b.txt"].status == "failed"
    assert entries["b.txt"].error.startswith("internal error: its JSON does not read back: ")
    assert entries["b.txt"].doc_id is None
    assert list(load_dataset(tmp_path / "out")["documents"].doc_id) == [entries["a.txt"].doc_id]
    assert any(m.startswith("1 ok, 1 failed") for m in caplog.messages)


@pytest.mark.parametrize("partition_by", [None, "province"])
def test_json_the_tables_reader_refuses_fails_its_document_only(tmp_path, monkeypatch, caplog, partition_by):
    """Guards against a bug between the models and the tables: a document whose JSON the
    tables' reader refuses (here, by a stand-in reader, the Hà Tĩnh one) fails with the
    reader's reason, and so does its copy under another name; the batch goes on, and the
    tables, json/ and the manifest agree. Before, the whole run stopped (exit 3)."""
    inputs = corpus_copy(tmp_path / "in")
    (inputs / "z-copy.txt").write_bytes(HA_TINH.read_bytes())
    real = write.parse_documents

    def refusing(texts):
        if any("Hà Tĩnh".encode() in text and b'"province": "H' in text for text in texts):
            raise pa.ArrowInvalid("JSON parse error: stand-in refusal")
        return real(texts)

    monkeypatch.setattr(write, "parse_documents", refusing)
    caplog.set_level("INFO", logger="khuyencong_extract")
    out = tmp_path / "out"
    entries = by_name(run([inputs], out, partition_by=partition_by))
    failed = sorted(name for name, entry in entries.items() if entry.status == "failed")
    assert failed == [HA_TINH.name, "z-copy.txt"]
    assert entries[HA_TINH.name].error == "internal error: the tables' reader refuses its JSON: JSON parse error: stand-in refusal"
    assert entries["z-copy.txt"].error.startswith(f"same bytes as {entries[HA_TINH.name].path}, which failed: internal")
    ok = sorted(entry.doc_id for entry in entries.values() if entry.status == "ok")
    assert len(ok) == len(CORPUS_FILES) - 1
    assert sorted(p.stem for p in (out / "json").glob("*.json")) == ok
    assert sorted(load_dataset(out)["documents"].doc_id) == ok
    assert any(m.startswith(f"{len(ok)} ok, 2 failed") for m in caplog.messages)
    monkeypatch.setattr(write, "parse_documents", real)  # the bug fixed: the next run takes them
    assert not run([inputs], out, partition_by=partition_by).failed
    assert len(load_dataset(out)["documents"]) == len(CORPUS_FILES)


def test_new_pipeline_code_reprocesses_everything(tmp_path, monkeypatch):
    inputs, out = corpus_copy(tmp_path / "in"), tmp_path / "out"
    monkeypatch.setattr(batch, "pipeline_fingerprint", lambda: "0.1.0+old")
    run([inputs], out)
    before = json_inodes(out)
    monkeypatch.setattr(batch, "pipeline_fingerprint", lambda: "0.1.0+new")
    run([inputs], out)
    assert not set(json_inodes(out).values()) & set(before.values())


def test_fingerprint_covers_code_and_data():
    fingerprint = batch.pipeline_fingerprint()
    assert fingerprint.startswith("0.1.0+") and len(fingerprint) == len("0.1.0+") + 16


def test_duplicate_bytes_are_processed_once_and_both_listed(tmp_path):
    data = HUNG_YEN.read_bytes()
    inputs = put(tmp_path / "in", {"a.txt": data, "b copy.txt": data})
    manifest = run([inputs], tmp_path / "out")
    a, b = by_name(manifest)["a.txt"], by_name(manifest)["b copy.txt"]
    assert a.status == b.status == "ok" and a.doc_id == b.doc_id
    assert b.duplicate_of == a.path and a.duplicate_of is None
    assert len(list((tmp_path / "out" / "json").glob("*.json"))) == 1
    assert len(load_dataset(tmp_path / "out")["documents"]) == 1


def test_duplicate_of_a_failed_input_is_counted_failed(tmp_path, caplog):
    inputs = put(tmp_path / "in", {"a.txt": b"", "b.txt": b""})
    caplog.set_level("INFO", logger="khuyencong_extract")
    entries = by_name(run([inputs], tmp_path / "out", jobs=1))
    assert entries["b.txt"].error == f"same bytes as {entries['a.txt'].path}, which failed: empty input"
    assert any(m.startswith("0 ok, 2 failed") for m in caplog.messages)


@pytest.mark.parametrize("jobs, warned", [(1, False), (2, True)])
def test_more_jobs_than_cores_is_said(tmp_path, caplog, monkeypatch, jobs, warned):
    """Each worker holds its own memory: ``--jobs 64`` on a small machine can exhaust it."""
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    inputs = put(tmp_path / "in", {"a.txt": HA_TINH.read_bytes(), "b.txt": HA_TINH.read_bytes() + b"\nb\n"})
    caplog.set_level("INFO", logger="khuyencong_extract")
    run([inputs], tmp_path / "out", jobs=jobs)
    said = [m for m in caplog.messages if " jobs on " in m]
    assert said == (["2 jobs on 1 core: the workers take turns on it, and each holds its own memory"
                     " (~100 MB, more while it reads a large document)"] if warned else [])


# --- partitioned tables ----------------------------------------------------------------------


@pytest.mark.parametrize("value, folder", [
    ("Hưng Yên", "province=Hưng Yên"),
    ("An Giang", "province=An Giang"),
    (None, "province=__HIVE_DEFAULT_PARTITION__"),
    ("a/b%c", "province=a%2Fb%25c"),
])
def test_partition_folder_names(value, folder):
    assert write.partition_folder("province", value) == folder


def test_partitioned_tables_read_back_like_single_files(tmp_path):
    inputs = corpus_copy(tmp_path / "in")
    run([inputs], tmp_path / "plain")
    plain = load_dataset(tmp_path / "plain")
    run([inputs], tmp_path / "parts", partition_by="province")
    parted = load_dataset(tmp_path / "parts")
    for table in TABLES:
        assert (tmp_path / "parts" / f"{table}.parquet").is_dir()
        assert sorted(parted[table].doc_id) == sorted(plain[table].doc_id), table
    docs = parted["documents"].set_index("doc_id")
    for doc_id, province in plain["documents"].set_index("doc_id").province.items():
        assert docs.province[doc_id] == province or (pd.isna(province) and pd.isna(docs.province[doc_id]))
    hive = ds.partitioning(pa.schema([("province", pa.string())]), flavor="hive")
    dataset = ds.dataset(tmp_path / "parts" / "documents.parquet", format="parquet", partitioning=hive)
    assert dataset.to_table().num_rows == len(CORPUS_FILES)


def test_partitioned_tables_read_with_duckdb(tmp_path):
    duckdb = pytest.importorskip("duckdb")
    run([corpus_copy(tmp_path / "in")], tmp_path / "out", partition_by="province")
    tables = load_dataset(tmp_path / "out")

    def query(table: str, sql: str) -> list[tuple]:
        files = str(tmp_path / "out" / f"{table}.parquet" / "*" / "*.parquet")
        return duckdb.connect().execute(sql.format(f"read_parquet('{files}', hive_partitioning = true)")).fetchall()

    documents = tables["documents"].astype(object).where(tables["documents"].notna(), None)
    assert sorted(query("documents", "select doc_id, province from {}")) == sorted(
        documents[["doc_id", "province"]].itertuples(index=False, name=None))  # the document without one: NULL
    assert query("targets", "select province, count(*) from {} group by 1 order by 1") == sorted(
        tables["targets"].groupby("province").size().items())


def test_tables_of_many_runs_concatenate_without_casting(tmp_path):
    """The contract: column types are the same in every run, whatever a run's documents
    hold, so OUT folders join into one dataset as they are. Each corpus file gets a run of
    its own (a news page with no number, date or province among them, whose columns are
    all null); the tables, joined without any schema promotion, hold the rows of one run
    over all five, and DuckDB reads the files of all runs as one table."""
    outs = []
    for path in CORPUS_FILES:
        outs.append(tmp_path / path.stem)
        run([path], outs[-1], jobs=1)
    together = tmp_path / "together"
    run(CORPUS_FILES, together, jobs=1)
    null_in_one_run_only = set()  # the case the contract is about: a column all null in one run
    for table in TABLES:
        parts = [pq.read_table(out / f"{table}.parquet") for out in outs]
        assert all(part.schema == parts[0].schema for part in parts), table
        joined = pa.concat_tables(parts)  # raises on differing schemas: no promotion asked
        assert joined.equals(pq.read_table(together / f"{table}.parquet")), table
        null_in_one_run_only |= {(table, name) for name in joined.column_names
                                 if any(0 < part.num_rows == part[name].null_count for part in parts)
                                 and joined[name].null_count < joined.num_rows}
    assert ("documents", "issued_date") in null_in_one_run_only and len(null_in_one_run_only) > 10
    duckdb = pytest.importorskip("duckdb")
    files = ", ".join(f"'{out / 'targets.parquet'}'" for out in outs)
    count, = duckdb.connect().execute(f"select count(*) from read_parquet([{files}], union_by_name = false)").fetchone()
    assert count == pq.read_table(together / "targets.parquet").num_rows


def test_switching_partitioning_replaces_the_tables(tmp_path):
    inputs, out = corpus_copy(tmp_path / "in"), tmp_path / "out"
    run([inputs], out, partition_by="province")
    run([inputs], out)
    assert all((out / f"{t}.parquet").is_file() for t in TABLES)
    assert len(load_dataset(out)["documents"]) == len(CORPUS_FILES)


# --- streaming -----------------------------------------------------------------------------------


def test_tables_stream_in_row_groups(tmp_path):
    """A small batch size forces many row groups: the rows are still all there, in order."""
    docs = [process_one(p)[1] for p in CORPUS_FILES]
    write.write_tables((write.document_json(d) for d in docs), tmp_path, batch_rows=2)
    documents = pd.read_parquet(tmp_path / "documents.parquet")
    assert list(documents.doc_id) == [d.doc_id for d in docs]
    assert pq.ParquetFile(tmp_path / "documents.parquet").num_row_groups == 3


def test_table_cells_equal_the_documents_fields(tmp_path):
    """Every cell of every table, written from the JSON form, equals the field of the model
    it comes from (dates typed as dates, spans split in two, absent sub-models null)."""
    docs = [process_one(p)[1] for p in CORPUS_FILES]
    texts = [write.document_json(d) for d in docs]
    for chunk_bytes in (write.CHUNK_BYTES, 1):  # all documents parsed at once, one at a time
        folder = tmp_path / str(chunk_bytes)
        write.write_tables(iter(texts), folder, chunk_bytes=chunk_bytes)
        for table in TABLES:
            rows = pq.read_table(folder / f"{table}.parquet").to_pylist()
            expected = [(d, item, i) for d in docs
                        for i, item in enumerate([d] if table == "documents" else getattr(d, table))]
            assert len(rows) == len(expected), table
            for row, (doc, item, index) in zip(rows, expected):
                for name, path, _ in write.table_columns(table):
                    want = attribute_at(item, path) if path else (doc.doc_id if name == "doc_id" else index)
                    assert row[name] == want, (table, name, doc.doc_id, index)


def test_unpartitioned_tables_list_documents_in_input_order_whatever_the_jobs(tmp_path):
    """Tables are built while workers run, in the order of the inputs (sorted paths), so
    one job and two give the same files; a failed input in the middle holds nothing up."""
    inputs = corpus_copy(tmp_path / "in")
    (inputs / "b-empty.txt").write_bytes(b"")
    outputs = []
    for jobs in (1, 2):
        out = tmp_path / f"out{jobs}"
        manifest = run_batch([inputs], out, jobs=jobs, force=True, progress=False)
        ok = [e.doc_id for e in manifest.entries if e.status == "ok"]
        assert [e.path for e in manifest.entries] == [str(p) for p in sorted(inputs.iterdir())]
        assert list(pd.read_parquet(out / "documents.parquet").doc_id) == ok
        outputs.append({t: (out / f"{t}.parquet").read_bytes() for t in TABLES})
    assert outputs[0] == outputs[1]


def test_background_tables_equal_write_tables_and_hand_on_errors(tmp_path):
    texts = [write.document_json(process_one(p)[1]) for p in CORPUS_FILES]
    write.write_tables(iter(texts), tmp_path / "plain")
    with write.BackgroundTables(tmp_path / "background", chunk_bytes=1) as tables:
        for text in texts:
            tables.add(text)
    for table in TABLES:
        assert (pq.read_table(tmp_path / "background" / f"{table}.parquet")
                .equals(pq.read_table(tmp_path / "plain" / f"{table}.parquet"))), table
    with pytest.raises(pa.ArrowInvalid):  # the thread's error reaches the caller
        with write.BackgroundTables(tmp_path / "bad") as tables:
            tables.add(b"{not json")
            for text in texts * 30:  # more than the queue holds: the failed thread still takes them
                tables.add(text)
    with pytest.raises(KeyError):  # an error of the caller's own goes first
        with write.BackgroundTables(tmp_path / "bad2") as tables:
            tables.add(b"{not json")
            raise KeyError("caller")
    with write.BackgroundTables(tmp_path / "none"):  # no document: empty tables, declared schema
        pass
    assert pq.read_table(tmp_path / "none" / "documents.parquet").num_rows == 0


def test_tables_failing_after_the_last_document_end_the_run(tmp_path, monkeypatch):
    """A full disk as the last table file is closed: the error reaches the caller. The
    thread had taken the end marker before failing, then waited for another one, and a
    run into a nearly full disk hung for good on leaving."""
    def disk_full(self):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(write.TableWriter, "close", disk_full)
    text = write.document_json(process_one(HUNG_YEN)[1])
    left = threading.Event()
    errors = []

    def run() -> None:
        try:
            with write.BackgroundTables(tmp_path / "out") as tables:
                tables.add(text)
        except OSError as error:
            errors.append(error)
        left.set()

    threading.Thread(target=run, daemon=True).start()
    assert left.wait(30), "leaving the context hung"
    assert [error.errno for error in errors] == [28]


def test_ctrl_c_anywhere_in_handing_documents_to_the_tables_ends_the_thread(tmp_path):
    """SIGINT at a random moment while documents are handed over (the queue full or not):
    leaving the context returns and the tables' thread ends. With a `queue.Queue`, an
    interrupt could leave the queue's lock held and a killed run hung on leaving."""
    text = write.document_json(process_one(HUNG_YEN)[1])
    rng = random.Random(5)
    for attempt in range(40):
        tables = write.BackgroundTables(tmp_path / str(attempt), queue_size=rng.choice([1, 2, 64]))
        interrupt = threading.Timer(rng.uniform(0.0005, 0.02), os.kill, (os.getpid(), signal.SIGINT))
        with pytest.raises(KeyboardInterrupt):
            with tables:
                interrupt.start()
                while True:
                    tables.add(text)
        if tables.thread.ident is not None:  # else the interrupt came before the first document
            tables.thread.join(10)
        assert not tables.thread.is_alive(), attempt


def attribute_at(item, path: tuple[str, ...]):
    """The value at ``path`` (attribute names, tuple positions) of a model; None under a None."""
    for step in path:
        if item is None:
            return None
        item = item[int(step)] if step.isdigit() else getattr(item, step)
    return item


# --- killed runs ---------------------------------------------------------------------------------


def complete_state(out: Path) -> frozenset:
    """Which inputs the output holds, after asserting it is one complete, self-consistent run.

    Read as a reader would (`load_dataset` finishes a swap a killed run left midway). The
    inputs and their sha256 identify the run; the extraction itself is not compared, so the
    check holds while the pipeline's code changes.
    """
    tables = load_dataset(out)
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    ok = {e["doc_id"]: e["sha256"] for e in manifest["entries"] if e["status"] == "ok"}
    assert sorted(p.stem for p in (out / "json").glob("*.json")) == sorted(ok)
    assert len(list((out / "json").iterdir())) == len(ok) + 1  # and the tag of the run that wrote them
    for doc_id, sha in ok.items():
        assert json.loads((out / "json" / f"{doc_id}.json").read_bytes())["source"]["sha256"] == sha
    assert sorted(tables["documents"].doc_id) == sorted(ok)
    assert sorted(tables["documents"].source_sha256) == sorted(ok.values())
    assert not list(out.glob(".staging-*")) and not list(out.rglob("*.tmp"))
    return frozenset((e["path"], e["sha256"], e["status"]) for e in manifest["entries"])


def many_inputs(folder: Path, n: int, tag: str) -> Path:
    """``n`` distinct documents made from the corpus files (a tag line keeps their bytes apart)."""
    texts = [p.read_bytes() for p in CORPUS_FILES]
    return put(folder, {f"{tag}-{i:04d}.txt": texts[i % len(texts)] + f"\n{tag} {i}\n".encode() for i in range(n)})


def cli(inputs: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "khuyencong_extract", "run", str(inputs), "--out", str(out),
                             "--jobs", "2", "-q"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def workers_left(out: Path, wait: float = 15.0) -> list[int]:
    """Processes still running for ``out`` after ``wait`` seconds (workers end when their run is gone)."""
    deadline = time.monotonic() + wait
    while True:
        left = []
        for proc in Path("/proc").glob("[0-9]*"):
            try:
                if str(out).encode() in (proc / "cmdline").read_bytes():
                    left.append(int(proc.name))
            except OSError:
                pass
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.2)


def wait_for_staging(out: Path, wait: float = 60.0) -> None:
    """Return once a run has made its staging folder in ``out``."""
    deadline = time.monotonic() + wait
    while not list(out.glob(".staging-*")):
        assert time.monotonic() < deadline, "the run made no staging folder"
        time.sleep(0.01)


STOPPED = {signal.SIGINT: (130, "interrupted"), signal.SIGTERM: (143, "terminated"), signal.SIGKILL: (-9, None)}
"""Exit code and word of the last line of a run stopped by each signal: SIGINT and SIGTERM
stop it cleanly (workers stopped, processed documents kept for the next run)."""


def assert_stopped_as_expected(process: subprocess.Popen, sig: int) -> None:
    code, said = STOPPED[sig]
    assert process.wait() == code
    if said:  # the run's own line, or the command's while it still loaded
        last = process.stderr.read().decode().splitlines()[-1]
        assert last.startswith(f"ERROR {said}: ") or last == f"khuyencong-extract: {said}"


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL])
def test_killed_run_leaves_old_or_new_complete_output(tmp_path, sig):
    old_in, new_in = many_inputs(tmp_path / "old", 10, "old"), many_inputs(tmp_path / "new", 40, "new")
    reference = tmp_path / "reference"
    started = time.monotonic()
    assert cli(new_in, reference).wait() == 0
    full = time.monotonic() - started
    new_state = complete_state(reference)
    seen = set()
    for share in ("staging", 0.3, 0.7, 0.95):
        out = tmp_path / f"out-{share}"
        assert cli(old_in, out).wait() == 0
        old_state = complete_state(out)
        process = cli(new_in, out)
        if share == "staging":  # as soon as the run has begun its output: it cannot be complete
            wait_for_staging(out)
        else:  # shares of the reference run's time (which a busy machine can stretch)
            time.sleep(full * share)
        process.send_signal(sig)
        process.wait()
        assert not workers_left(out)
        state = complete_state(out)
        assert state in (old_state, new_state)
        if state == old_state and process.returncode != -sig:  # the signal may come before the run began
            assert_stopped_as_expected(process, sig)  # or after its commit point: it ends by the signal
        seen.add("new" if state == new_state else "old")
        assert cli(new_in, out).wait() == 0  # the next run completes
        assert complete_state(out) == new_state
    assert "old" in seen


def staged_documents(out: Path) -> list[Path]:
    """The JSON files a run in progress (or a killed one) has staged, by sha256."""
    return [p for p in out.glob(".staging-*/.docs/*.json") if len(p.stem) == 64]


def reads_back(path: Path) -> bool:
    """Whether a staged file holds a whole Document."""
    try:
        Document.model_validate_json(path.read_bytes())
    except ValueError:
        return False
    return True


def resumed_count(records) -> int:
    """The "resumed" figure of a run's closing summary (log records): 0 when it has none."""
    summary = next(r.getMessage() for r in records if " unchanged" in r.getMessage())
    return int(summary.split(" resumed")[0].rsplit(", ", 1)[1]) if " resumed" in summary else 0


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL])
def test_interrupted_run_resumes_where_it_stopped(tmp_path, caplog, sig):
    """The next run takes the documents a killed run processed (each read back and checked:
    one cut short is processed again) and gives the output of an uninterrupted run."""
    inputs = many_inputs(tmp_path / "in", 40, "new")
    reference, out = tmp_path / "reference", tmp_path / "out"
    assert cli(inputs, reference).wait() == 0
    process = cli(inputs, out)
    deadline = time.monotonic() + 120
    while len(staged_documents(out)) < 6:
        assert time.monotonic() < deadline and process.poll() is None, "the run staged too few documents"
        time.sleep(0.01)
    process.send_signal(sig)
    assert_stopped_as_expected(process, sig)
    assert not workers_left(out)
    assert not (out / "manifest.json").exists()  # killed before its commit: nothing visible yet
    write.recover(out)  # what the next run does first (SIGINT: the run kept them itself)
    kept = sorted(out.glob(".resume-*/.docs/*.json"))
    assert len(kept) >= 6 and not list(out.glob(".staging-*"))
    cut = kept[0].read_bytes()
    kept[0].write_bytes(cut[: len(cut) // 2])  # as a kill in the middle of writing it would leave it
    whole = [p for p in kept if reads_back(p)]  # the kill itself may have cut the file being written
    assert kept[0] not in whole and len(whole) >= len(kept) - 2
    caplog.set_level("INFO", logger="khuyencong_extract")
    manifest = run([inputs], out)
    assert resumed_count(caplog.records) == len(whole)
    assert not manifest.failed and not list(out.glob(".resume-*"))
    assert complete_state(out) == complete_state(reference)
    assert snapshot(out) == snapshot(reference)


def test_recovery_keeps_an_interrupted_runs_documents_and_fingerprint_only(tmp_path):
    out, sha = tmp_path / "out", "ab" * 32
    for name, documents in (("early", []), ("later", [f"{sha}.json", "x.json.tmp"])):
        stage = out / f".staging-{name}"
        (stage / write.STAGED_DOCS).mkdir(parents=True)
        (stage / write.PIPELINE).write_text("code-1")
        (stage / "json").mkdir()
        (stage / "json" / "doc.json").write_text("{}")
        for document in documents:
            (stage / write.STAGED_DOCS / document).write_text("{}")
    write.recover(out)
    assert [p.name for p in out.iterdir()] == [".resume-later"]  # "early" had nothing to take
    kept = out / ".resume-later"
    assert sorted(str(p.relative_to(kept)) for p in kept.rglob("*")) == [
        ".docs", f".docs/{sha}.json", ".docs/x.json.tmp", ".pipeline"]
    assert write.resumable(out, "code-1") == {sha: kept / ".docs" / f"{sha}.json"}
    assert write.resumable(out, "code-2") == {}


def test_a_run_killed_again_leaves_one_kept_folder_per_pipeline(tmp_path):
    """Recovery folds the documents kept from earlier kills of the same pipeline into the
    folder it keeps (the later run's copy of a document wins) and deletes their folders."""
    out = tmp_path / "out"
    a, b, c, d = (f"{n}" * 64 for n in "abcd")
    folders = {".resume-1": ("code-1", {a: "a", b: "b before"}), ".resume-2": ("code-2", {d: "d"}),
               ".staging-3": ("code-1", {b: "b again", c: "c"})}
    for name, (fingerprint, documents) in folders.items():
        (out / name / write.STAGED_DOCS).mkdir(parents=True)
        (out / name / write.PIPELINE).write_text(fingerprint)
        for sha, text in documents.items():
            (out / name / write.STAGED_DOCS / f"{sha}.json").write_text(text)
    write.recover(out)
    assert sorted(p.name for p in out.iterdir()) == [".resume-2", ".resume-3"]
    kept = {sha: path.read_text() for sha, path in write.resumable(out, "code-1").items()}
    assert kept == {a: "a", b: "b again", c: "c"}
    assert all(path.parent.parent.name == ".resume-3" for path in write.resumable(out, "code-1").values())
    assert {sha: path.read_text() for sha, path in write.resumable(out, "code-2").items()} == {d: "d"}


def test_documents_of_an_interrupted_run_of_other_code_are_not_taken(tmp_path, caplog, monkeypatch):
    inputs, out = many_inputs(tmp_path / "in", 4, "new"), tmp_path / "out"
    real = batch.take

    def interrupted(item, outcome, stage):  # Ctrl-C as the last document comes back
        if outcome.path.endswith("new-0003.txt"):
            raise KeyboardInterrupt
        real(item, outcome, stage)

    monkeypatch.setattr(batch, "pipeline_fingerprint", lambda: "0.1.0+old")
    monkeypatch.setattr(batch, "take", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run([inputs], out, jobs=1)
    monkeypatch.setattr(batch, "take", real)
    assert len(list(out.glob(".resume-*/.docs/*.json"))) == 3
    caplog.set_level("INFO", logger="khuyencong_extract")
    monkeypatch.setattr(batch, "pipeline_fingerprint", lambda: "0.1.0+new")
    run([inputs], out)
    assert resumed_count(caplog.records) == 0 and not list(out.glob(".resume-*"))


class Crash(Exception):
    pass


def test_swap_interrupted_at_every_step_rolls_forward(tmp_path, monkeypatch):
    """A crash between any two renames of the swap: recovery finishes it, giving the new output."""
    old_in, new_in = many_inputs(tmp_path / "old", 3, "old"), many_inputs(tmp_path / "new", 4, "new")
    run([new_in], tmp_path / "reference", partition_by="province")
    new_state = complete_state(tmp_path / "reference")
    real_replace, real_exchange = os.replace, write.exchange
    for step in range(100):
        out = tmp_path / f"out-{step}"
        run([old_in], out, partition_by="province")
        with monkeypatch.context() as patch:  # stop the next run at its commit point
            patch.setattr(batch, "commit_staging", lambda stage, out_dir: write.mark_complete(stage))
            run([new_in], out, partition_by="province")
        [stage] = out.glob(".staging-*")
        calls = 0

        def crashing(real):
            def move(src, dst):
                nonlocal calls
                calls += 1
                if calls > step:
                    raise Crash(f"killed after {step} renames")
                return real(src, dst)
            return move

        with monkeypatch.context() as patch:
            patch.setattr(os, "replace", crashing(real_replace))
            patch.setattr(write, "exchange", crashing(real_exchange))
            try:
                write.finish_staging(stage, out)
                crashed = False
            except Crash:
                crashed = True
        assert complete_state(out) == new_state, f"crash after {step} renames"
        if not crashed:
            break
    assert step == len(TABLES) + 3  # a crash point after every table, json/, the cache and the manifest


def test_folders_are_exchanged_atomically(tmp_path):
    a, b = put(tmp_path / "a", {"x.json": b"a"}), put(tmp_path / "b", {"y.json": b"b"})
    assert write.exchange(a, b)
    assert [p.name for p in a.iterdir()] == ["y.json"] and [p.name for p in b.iterdir()] == ["x.json"]


# --- progress, summary, command line --------------------------------------------------------------


def test_progress_bar_only_on_a_terminal():
    quiet, shown = io.StringIO(), io.StringIO()
    for stream, enabled in ((quiet, None), (shown, True)):
        bar = Progress(2, 3_000_000, stream=stream, enabled=enabled, width=4)
        with bar.drawn():
            bar.step(1_000_000, True, {"damaged_text": 1})
            bar.step(2_000_000, False, {"damaged_text": 1, "amount_words_disagree": 1})
    assert quiet.getvalue() == ""  # a StringIO is no terminal
    last = shown.getvalue().rstrip("\n").split("\r")[-1]
    assert last.startswith("[####] 2/2 files  3.0/3.0 MB  ") and last.endswith(" MB/s  1 failed\x1b[K")
    assert bar.summary()[0].startswith("1 ok, 1 failed, 0 unchanged (3.0 MB in ")
    assert bar.summary()[1] == "warnings: damaged_text 2, amount_words_disagree 1"
    bar.step(10, True, reused=True)
    bar.step(20, True, resumed=True)
    assert bar.summary()[0].startswith("3 ok, 1 failed, 1 unchanged, 1 resumed (3.0 MB in ")


def test_progress_bar_is_drawn_from_the_start_with_log_lines_above_it(monkeypatch):
    """A Dask cluster takes seconds to start (a remote scheduler up to 30 s to answer): the
    bar shows from the start. A failure logged meanwhile goes on a line of its own above
    the bar (it was written at the end of the bar's line); the bar ends with a line break
    however the run ends."""
    import logging

    shown = io.StringIO()
    handler = logging.StreamHandler(shown)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    monkeypatch.setattr(logging.getLogger(), "handlers", [handler])
    bar = Progress(2, 3_000_000, stream=shown, enabled=True, width=4)
    with pytest.raises(KeyboardInterrupt), bar.drawn():
        assert shown.getvalue() == "\r[----] 0/2 files  0.0/3.0 MB  0.00 MB/s  0 failed\x1b[K"
        bar.step(1_000_000, False)
        logging.getLogger("khuyencong_extract.batch").warning("a.txt: empty input")
        raise KeyboardInterrupt
    lines = shown.getvalue().split("\r\x1b[K")[-1].split("\n")
    assert lines[0] == "WARNING a.txt: empty input"
    assert lines[1].startswith("\r[##--] 1/2 files  1.0/3.0 MB  ") and lines[2] == ""
    assert handler.emit.__func__ is logging.StreamHandler.emit  # the handler's own again


def test_summary_lists_warning_codes_in_one_order_whatever_the_order_documents_finish():
    lines = set()
    for order in ([{"text_repaired": 3}, {"damaged_text": 1}, {"ambiguous_number": 1}],
                  [{"ambiguous_number": 1}, {"damaged_text": 1}, {"text_repaired": 3}]):
        bar = Progress(3, 30, enabled=False)
        for codes in order:
            bar.step(10, True, codes)
        lines.add(bar.summary()[1])
    assert lines == {"warnings: text_repaired 3, ambiguous_number 1, damaged_text 1"}


@pytest.mark.parametrize("extra, code, reason", [
    ([], 0, None),
    (["--jobs", "1", "--partition-by", "province", "--force", "--no-progress"], 0, None),
    (["--max-bytes", "10000"], 1, "is over the limit of 10,000 bytes (--max-bytes)"),  # corpus files above 10 kB: listed, exit 1
    (["--max-json-per-mb", "40000"], 1, "over the limit of 40,000 (--max-json-per-mb)"),  # the three decisions
    (["--max-json-per-mb", "0"], 0, None),  # no limit
    (["--scheduler", "tcp://127.0.0.1:8786"], 2, None),  # a scheduler without --engine dask
    (["--jobs", "0"], 2, None),
    (["--max-json-per-mb", "-1"], 2, None),
])
def test_cli_run_exit_codes(tmp_path, extra, code, reason):
    argv = ["run", str(CORPUS), "--out", str(tmp_path / "out"), "-q", *extra]
    if code == 2 and extra[0] != "--scheduler":  # refused by the argument parser
        with pytest.raises(SystemExit) as exit_:
            main(argv)
        assert exit_.value.code == 2
        return
    assert main(argv) == code
    if code < 2:
        manifest = json.loads((tmp_path / "out" / "manifest.json").read_text("utf-8"))
        failed = [e for e in manifest["entries"] if e["status"] == "failed"]
        assert bool(failed) == (code == 1)
        assert all(reason in e["error"] for e in failed)
        if "--max-json-per-mb" in extra and failed:  # the decisions fail, the two short news articles do not
            assert sorted(Path(e["path"]).name[:8] for e in failed) == ["an-giang", "hung-yen", "tuyen-qu"]


def test_cli_output_folder_that_cannot_be_made_is_a_usage_error(tmp_path, caplog):
    (tmp_path / "a-file").write_text("not a folder")
    for out, reason in ((tmp_path / "a-file", "a file is there"), (tmp_path / "a-file" / "below", "Not a directory")):
        caplog.clear()
        assert main(["run", str(CORPUS), "--out", str(out)]) == 2
        assert caplog.messages == [f"cannot use {out} as the output folder: {reason}"]


def test_cli_output_that_cannot_be_written_fails_cleanly(tmp_path, caplog, monkeypatch):
    """An error of the file system mid-run (here: a full disk at the commit point)."""
    def full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(batch, "commit_staging", full)
    assert main(["run", str(CORPUS), "--out", str(tmp_path / "out"), "--jobs", "1"]) == 3
    assert caplog.messages[-1].endswith("out: No space left on device; its previous complete output stays")
    assert not (tmp_path / "out" / "manifest.json").exists()


def test_cli_internal_error_is_one_line_and_keeps_the_output(tmp_path, caplog, monkeypatch):
    out = tmp_path / "out"
    assert main(["run", str(HUNG_YEN), "--out", str(out), "-q"]) == 0
    before = snapshot(out)

    def broken(self, text):
        raise ValueError("table bug\nsecond line")

    monkeypatch.setattr(write.BackgroundTables, "add", broken)
    assert main(["run", str(CORPUS), "--out", str(out), "--jobs", "1"]) == 3
    assert re.fullmatch(rf"internal error in batch\.py:\d+: ValueError: table bug; {re.escape(str(out))} keeps its"
                        r" previous complete output", caplog.messages[-1])
    assert snapshot(out) == before


@pytest.mark.parametrize("value", ["-1", "nan", "inf"])
def test_a_time_limit_that_is_no_number_of_seconds_is_a_usage_error(tmp_path, capsys, value):
    """Before, each worker died on it and every document failed with "worker process died"."""
    with pytest.raises(SystemExit) as exit_:
        main(["run", str(HUNG_YEN), "--out", str(tmp_path / "out"), "--time-limit", value])
    assert exit_.value.code == 2
    assert f"--time-limit: must be a number of seconds, at least 0, not {value}" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("limit", ["max_bytes", "time_limit", "max_json_per_mb"])
def test_run_batch_refuses_a_negative_or_infinite_limit(tmp_path, limit):
    for value in (-1, float("inf"), float("nan")):
        with pytest.raises(ValueError, match=f"{limit} must be a finite number, at least 0"):
            run([HUNG_YEN], tmp_path / "out", **{limit: value})
    assert not (tmp_path / "out").exists()


def test_a_run_over_folders_without_files_keeps_the_previous_output(tmp_path, caplog):
    """An empty (or mistyped) input folder is a usage error, not an empty dataset that
    replaces the last run's."""
    out, empty = tmp_path / "out", tmp_path / "empty"
    (empty / ".hidden").mkdir(parents=True)
    (empty / ".hidden" / "a.txt").write_bytes(HUNG_YEN.read_bytes())  # hidden: not an input
    assert main(["run", str(HUNG_YEN), "--out", str(out), "-q"]) == 0
    before = snapshot(out)
    assert main(["run", str(empty), "--out", str(out)]) == 2
    assert caplog.messages[-1] == f"no input files under {empty}; {out} is left as it was"
    assert snapshot(out) == before and not list(out.glob(".staging-*"))
    with pytest.raises(batch.NoInputs):
        run([empty], out)


def test_a_folder_with_files_a_run_would_replace_is_refused_unless_a_run_wrote_it(tmp_path, caplog):
    """A mistyped --out that names a folder of one's own: its json/ and tables were
    replaced without a word. Other files in a folder do not matter; an output a run
    wrote (even one stopped before its first complete run) is written again."""
    mine = tmp_path / "mine"
    (mine / "json").mkdir(parents=True)
    (mine / "json" / "notes.json").write_text("{}")
    (mine / "targets.parquet").write_bytes(b"my own table")
    before = snapshot(mine)
    assert main(["run", str(HUNG_YEN), "--out", str(mine)]) == 2
    assert caplog.messages[-1] == (f"{mine} holds json/, targets.parquet, which no run of khuyencong-extract wrote"
                                   " and a run would replace: choose a new or empty output folder")
    assert snapshot(mine) == before and sorted(p.name for p in mine.iterdir()) == ["json", "targets.parquet"]
    other = tmp_path / "other"
    other.mkdir()
    (other / "notes.txt").write_text("kept")
    assert main(["run", str(HUNG_YEN), "--out", str(other), "-q"]) == 0
    assert (other / "notes.txt").read_text() == "kept"
    (other / ".cache.json").unlink()  # an output is known by its manifest too
    assert main(["run", str(HUNG_YEN), str(HA_TINH), "--out", str(other), "-q"]) == 0
    stopped = tmp_path / "stopped"  # a first run killed: only its staging folder and lock
    (stopped / ".staging-20260101T000000-000000000000" / "json").mkdir(parents=True)
    assert main(["run", str(HUNG_YEN), "--out", str(stopped), "-q"]) == 0


def test_an_output_folder_that_is_an_input_folder_is_a_usage_error(tmp_path, caplog):
    """Its files, left out as the output's, left nothing to read: the run said the
    folder held no input file (and left a lock file in it)."""
    folder = tmp_path / "decisions"
    folder.mkdir()
    (folder / "hung-yen.txt").write_bytes(HUNG_YEN.read_bytes())
    assert main(["run", str(folder), "--out", str(folder / ".")]) == 2
    assert caplog.messages[-1] == (f"{folder} is an input folder and the output folder: choose another output folder"
                                   " (a new folder inside it will do)")
    assert [p.name for p in folder.iterdir()] == ["hung-yen.txt"]
    assert main(["run", str(folder), "--out", str(folder / "out"), "-q"]) == 0


@pytest.mark.parametrize("sig, code, said", [(signal.SIGINT, 130, "interrupted"), (signal.SIGTERM, 143, "terminated")])
def test_a_signal_before_a_command_has_begun_ends_it_in_one_line(sig, code, said):
    """A Ctrl-C or SIGTERM while a command still loads its modules (before a run can keep
    anything): one line and the signal's exit code, not a traceback or a silent end."""
    script = (f"import os, sys; from khuyencong_extract import cli; "
              f"cli.cmd_schema = lambda args: os.kill(os.getpid(), {int(sig)}); sys.exit(cli.main(['schema']))")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stderr) == (code, f"khuyencong-extract: {said}\n")


def test_cli_missing_input_is_a_usage_error(tmp_path):
    assert main(["run", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"), "-q"]) == 2
    assert not (tmp_path / "out").exists()


def test_second_run_into_a_busy_folder_is_refused(tmp_path):
    out = tmp_path / "out"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; from khuyencong_extract.write import "
         "output_lock\nwith output_lock(Path(sys.argv[1])):\n    print('locked', flush=True); time.sleep(60)", str(out)],
        stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(OutputBusy):
            run([CORPUS], out)
        assert main(["run", str(CORPUS), "--out", str(out), "-q"]) == 2
    finally:
        holder.kill()
        holder.wait()
    assert not run([CORPUS], out).failed


def test_input_the_engine_gives_no_outcome_for_fails_with_a_reason(tmp_path, monkeypatch):
    """An engine that loses a task (a fault of its own) leaves no input unaccounted for."""
    real = batch.run_local

    def losing_the_first(tasks, jobs, scratch):
        outcomes = real(tasks, jobs, scratch)
        next(outcomes)
        yield from outcomes

    monkeypatch.setattr(batch, "run_local", losing_the_first)
    manifest = run([corpus_copy(tmp_path / "in")], tmp_path / "out")
    assert len(manifest.entries) == len(CORPUS_FILES)
    assert [e.error for e in manifest.failed] == ["internal error: the engine gave back no outcome for it"]


def test_rerun_of_unchanged_inputs_starts_no_worker(tmp_path, fixed_code, monkeypatch):
    inputs, out = corpus_copy(tmp_path / "in"), tmp_path / "out"
    run([inputs], out)

    def no_worker(*args, **kwargs):
        raise AssertionError("a worker was started although every input is unchanged")

    monkeypatch.setattr(engines, "_Worker", no_worker)
    monkeypatch.setattr(engines, "warm_up", no_worker)
    assert not run([inputs], out).failed


def test_forked_worker_starts_with_the_inherited_objects_frozen(tmp_path):
    """The worker's collector never scans the parent's heap; the parent's own collector is
    back to normal once the worker has started."""
    import gc
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork on this system")
    context = multiprocessing.get_context("fork")
    parent_end, child_end = context.Pipe()
    with engines._frozen_for_fork(context):
        child = context.Process(target=lambda: child_end.send(gc.get_freeze_count()))
        child.start()
    frozen_in_child = parent_end.recv()
    child.join()
    assert frozen_in_child > 1000
    assert gc.get_freeze_count() == 0
    with engines._frozen_for_fork(multiprocessing.get_context("spawn")):
        assert gc.get_freeze_count() == 0


WARM_UP_CHECK = """
import sys
import threading
from pathlib import Path
from khuyencong_extract import engines

engines.warm_up(Path(sys.argv[1]))
opened = []
sys.addaudithook(lambda event, args: opened.append(str(args[0])) if event == "open" else None)
for path in sys.argv[2:]:
    engines.process_document(path, Path(path).read_bytes())
print("\\n".join(name for name in opened if "khuyencong_extract" in name and "data" in name))
"""


def test_warm_up_loads_every_data_file_the_corpus_needs(tmp_path):
    """What the warm-up does not load, each forked worker would load again for itself."""
    done = subprocess.run([sys.executable, "-c", WARM_UP_CHECK, str(tmp_path), *map(str, CORPUS_FILES)],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    assert done.stdout.strip() == ""


def test_warm_up_builds_the_table_nfc_needs_for_decomposed_text(tmp_path):
    """A worker's first decomposed (NFD) document does not build it again for itself."""
    check = ("import sys; from pathlib import Path; from khuyencong_extract import engines, normalise; "
             "engines.warm_up(Path(sys.argv[1])); print(normalise._char_kinds.cache_info().currsize)")
    done = subprocess.run([sys.executable, "-c", check, str(tmp_path)], capture_output=True, text=True, check=True, cwd=ROOT)
    assert done.stdout.strip() == "1"
