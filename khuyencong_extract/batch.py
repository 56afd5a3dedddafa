"""Batch runs: many inputs into one output folder, fast, resumable and never half-written.

Reads: input files and folders, and the previous content of the output folder (its
cache of unchanged documents). Writes: the whole output layout (``json/``, Parquet tables,
``manifest.json``) built in a staging folder inside ``OUT`` and swapped in only when
complete (see `write.commit_staging`); nothing outside ``OUT``.

Each input is read and hashed here; inputs seen before in this run (same bytes), inputs
unchanged since the last run (same sha256 and pipeline fingerprint) and inputs an
interrupted run processed (kept by `write.keep_for_resume`, same fingerprint) are not
processed again. The rest go to an engine (`engines.run_local` or `engines.run_dask`),
which runs `engines.process_guarded` on them. One bad document never stops the batch:
it becomes a failed manifest entry with a one-line reason; so does one whose JSON the
tables' reader refuses (`fail_refused`), which only a bug could give.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import math
import os
import stat
import time
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as pads

from khuyencong_extract import __version__
from khuyencong_extract.engines import (
    DEFAULT_MAX_JSON_PER_MB, DEFAULT_TIME_LIMIT, Outcome, Task, limit_for, process_document, run_dask, run_local,
)
from khuyencong_extract.models import Document, Manifest, ManifestEntry
from khuyencong_extract.progress import Progress
from khuyencong_extract.stops import raise_noted
from khuyencong_extract.write import (
    PARTITION_COLUMNS, PIPELINE, RESUME_PREFIX, STAGED_DOCS, STAGING_PREFIX, TABLES, BackgroundTables, OutputBusy,
    atomic_write_bytes, commit_staging, discard_staging, document_json, forget_resumed, link_or_copy, output_lock,
    recover, resumable, write_manifest, write_staged, write_tables,
)

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 20_000_000
"""Inputs larger than this are refused (``--max-bytes``); decisions are rarely above 1 MB."""

CACHE = ".cache.json"
"""Per output folder: sha256 of each processed input -> its JSON, for incremental runs."""

ENGINES = ("local", "dask")

__all__ = ["run_batch", "load_dataset", "iter_inputs", "process_one", "RunRefused", "NoInputs", "ForeignOutput",
           "OutputIsInput", "OutputBusy", "pipeline_fingerprint"]


class RunRefused(ValueError):
    """A run refused before it wrote anything: its arguments cannot give a dataset."""


class NoInputs(RunRefused):
    """Input folders that hold no input file."""


class ForeignOutput(RunRefused):
    """An output folder holding, where a run writes, files no run wrote."""


class OutputIsInput(RunRefused):
    """An output folder that is one of the inputs (its files, left out as output, would
    leave nothing to read)."""


def replaced_by_a_run(out: Path) -> list[str]:
    """The entries of ``out`` that a run would replace (``json/``, the tables,
    manifest.json), when no run of this tool wrote the folder; [] for a new or empty
    folder, one holding only other files, or an output of this tool (its cache, its
    manifest, or the staging or kept folder of a run that was stopped)."""
    names = {"json", "manifest.json", *(f"{table}.parquet" for table in TABLES)}
    try:
        entries = sorted(p.name for p in out.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    if CACHE in entries or _is_manifest(out / "manifest.json") or any(
            name.startswith((STAGING_PREFIX, RESUME_PREFIX)) for name in entries):
        return []
    return [name + "/" * (out / name).is_dir() for name in entries if name in names]


def _is_manifest(path: Path) -> bool:
    """Whether ``path`` is a manifest.json a run wrote (read as `Manifest`)."""
    try:
        Manifest.model_validate_json(path.read_bytes())
    except (OSError, ValueError):
        return False
    return True


def iter_inputs(inputs: Iterable[str | os.PathLike], exclude: Path | None = None) -> Iterator[Path]:
    """Files named directly, and every non-hidden file under folders, in sorted order.

    Each path is listed once; symlinked folders are not followed (no loops), ``exclude``
    (the output folder) is skipped when it lies inside an input folder.
    """
    seen: set[str] = set()
    skip = os.path.realpath(exclude) if exclude is not None else None
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            if os.path.realpath(path) == skip:
                continue
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                                 and os.path.realpath(os.path.join(root, d)) != skip)
                for name in sorted(files):
                    if not name.startswith("."):
                        yield from _once(Path(root) / name, seen)
        else:
            yield from _once(path, seen)


def _once(path: Path, seen: set[str]) -> Iterator[Path]:
    key = os.path.normpath(os.path.abspath(path))
    if key not in seen:
        seen.add(key)
        yield path


def display_path(path: Path) -> str:
    """The path as text; each byte of a file name that is not UTF-8 is written ``\\xNN``
    (a name from an old Windows archive, "quy\\xe9t.txt"), so two such names stay two
    paths in the manifest and each can be found again."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def read_input(path: Path, max_bytes: int | None) -> bytes:
    """The bytes of a regular file, refusing one above ``max_bytes``; raises OSError/ValueError.

    Opened without waiting, then its kind and size read from the open file: a path that
    became a named pipe after it was listed is refused, not waited on for good."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with open(fd, "rb") as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ValueError("not a regular file")
        if max_bytes is not None and info.st_size > max_bytes:
            raise ValueError(too_large(info.st_size, max_bytes))
        raw = handle.read(max_bytes + 1) if max_bytes is not None else handle.read()
    if max_bytes is not None and len(raw) > max_bytes:
        raise ValueError(too_large(len(raw), max_bytes))
    return raw


def too_large(size: int, max_bytes: int) -> str:
    return f"input too large: {_amount_of_bytes(size)} is over the limit of {_amount_of_bytes(max_bytes)} (--max-bytes)"


def _amount_of_bytes(size: int) -> str:
    """``50.0 MB`` from a megabyte on, ``23,709 bytes`` below (not ``0.0 MB``)."""
    return f"{size / 1e6:.1f} MB" if size >= 1_000_000 else f"{size:,} bytes"


def process_one(path: Path, max_bytes: int | None = DEFAULT_MAX_BYTES,
                max_json_per_mb: int | None = DEFAULT_MAX_JSON_PER_MB) -> tuple[ManifestEntry, Document | None]:
    """Read and extract one input in this process; any failure becomes a failed manifest
    entry, an input over the size or output limit among them (as in `run_batch`). No time
    limit applies here: only a worker process can be ended when a document overruns it."""
    try:
        raw = read_input(Path(path), max_bytes)
    except (OSError, ValueError) as error:
        return ManifestEntry(path=display_path(path), status="failed", error=read_error(error)), None
    outcome = process_document(display_path(path), raw, max_json=limit_for(len(raw), max_json_per_mb))
    entry = ManifestEntry(path=outcome.path, sha256=outcome.sha256, status=outcome.status, doc_id=outcome.doc_id,
                          error=outcome.error, warnings=outcome.warnings)
    return entry, Document.model_validate_json(outcome.json) if outcome.json else None


def read_error(error: BaseException) -> str:
    if isinstance(error, OSError):
        return f"cannot read: {error.strerror or error}"
    return str(error)


def pipeline_fingerprint() -> str:
    """Version plus a hash of the package's code and data: cached JSON is reused only when equal."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted([*package.glob("*.py"), *package.glob("data/*")]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:16]}"


@dataclass(slots=True)
class Item:
    """One input's way through the run."""

    path: str
    size: int = 0
    sha256: str | None = None
    status: str = "failed"
    error: str | None = None
    base_id: str | None = None
    """doc_id the pipeline gave it (before making it unique in the run)."""
    doc_id: str | None = None
    province: str | None = None
    warning_codes: dict[str, int] = field(default_factory=dict)
    duplicate_of: int | None = None
    reused: bool = False
    resumed: bool = False
    """Taken from an interrupted run (`resume`)."""
    json_id: str | None = None
    """doc_id and source path written in its staged JSON (rewritten when they change)."""
    json_path: str | None = None
    json_sha256: str | None = None
    """sha256 of its final JSON, kept in the cache: a later run reuses the file only while
    it still holds exactly that (`reuse`)."""
    done: bool = False
    """Processed, failed, reused or found a duplicate: nothing more will change it."""


def run_batch(inputs: Iterable[str | os.PathLike], out_dir: str | os.PathLike, *, jobs: int | None = None,
              engine: str = "local", scheduler: str | None = None, partition_by: str | None = None,
              force: bool = False, max_bytes: int | None = DEFAULT_MAX_BYTES,
              time_limit: float | None = DEFAULT_TIME_LIMIT, max_json_per_mb: int | None = DEFAULT_MAX_JSON_PER_MB,
              progress: bool | None = None) -> Manifest:
    """Process every input into ``out_dir``; returns the manifest (also written there).

    ``jobs`` worker processes (default: the cores); ``engine`` ``"dask"`` runs them on the
    cluster at ``scheduler`` (or a local one). Unchanged inputs reuse their previous JSON
    unless ``force``, and so do the documents an interrupted run into ``out_dir`` processed
    (the run goes on where it stopped). ``time_limit`` is seconds per MB of input, ``max_json_per_mb``
    bytes of JSON per MB of input (inputs under 1 MB count as 1 MB; None: no limit).
    ``progress``: draw a bar on stderr (default: when stderr is a terminal).
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    for name, limit in (("max_bytes", max_bytes), ("time_limit", time_limit), ("max_json_per_mb", max_json_per_mb)):
        if limit is not None and not (math.isfinite(limit) and limit >= 0):
            raise ValueError(f"{name} must be a finite number, at least 0 (or None), not {limit!r}")
    inputs, out = list(inputs), Path(out_dir)
    if any(os.path.realpath(i) == os.path.realpath(out) for i in inputs):
        raise OutputIsInput(f"{out} is an input folder and the output folder: choose another output folder"
                            " (a new folder inside it will do)")
    foreign = replaced_by_a_run(out)
    if foreign:
        raise ForeignOutput(f"{out} holds {', '.join(foreign)}, which no run of khuyencong-extract wrote and a run"
                            " would replace: choose a new or empty output folder")
    jobs = jobs or os.cpu_count() or 1
    fingerprint = pipeline_fingerprint()
    with output_lock(out):
        recover(out)
        stage = out / f"{STAGING_PREFIX}{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:12]}"
        (stage / "json").mkdir(parents=True)
        (stage / STAGED_DOCS).mkdir()
        (stage / PIPELINE).write_text(fingerprint, "utf-8")
        try:
            manifest = _run(inputs, out, stage, fingerprint, jobs=jobs, engine=engine, scheduler=scheduler,
                            partition_by=partition_by, force=force, max_bytes=max_bytes,
                            time_limit=time_limit, max_json_per_mb=max_json_per_mb, progress=progress)
        except BaseException:
            discard_staging(stage, out)
            raise
    return manifest


def _run(inputs, out: Path, stage: Path, fingerprint: str, *, jobs, engine, scheduler, partition_by, force,
         max_bytes, time_limit, max_json_per_mb, progress) -> Manifest:
    cache = {} if force else load_cache(out, fingerprint)
    kept = {} if force else resumable(out, fingerprint)
    if kept:
        log.info("resuming: an interrupted run left %d processed documents; each is checked before it is taken",
                 len(kept))
    paths = list(iter_inputs(inputs, exclude=out))
    if not paths:  # a mistyped or empty folder: keep the previous output rather than empty it
        raise NoInputs("no input files under " + ", ".join(str(i) for i in inputs) + f"; {out} is left as it was")
    items = [Item(display_path(p)) for p in paths]
    for item, path in zip(items, paths):
        try:
            item.size = os.stat(path).st_size
        except OSError:
            pass
    bar = Progress(len(items), sum(i.size for i in items), enabled=progress)
    first_of: dict[str, int] = {}

    def tasks() -> Iterator[Task]:
        for key, (item, path) in enumerate(zip(items, paths)):
            try:
                raw = read_input(path, max_bytes)
            except (OSError, ValueError) as error:
                item.error = read_error(error)
                finish(item)
                continue
            item.sha256 = sha = hashlib.sha256(raw).hexdigest()
            if sha in first_of:
                item.duplicate_of = first_of[sha]
                item.done = True
                bar.step(item.size, True)
                continue
            first_of[sha] = key
            max_json = limit_for(len(raw), max_json_per_mb)
            if reuse(item, cache.get(sha), out, stage, max_json) or resume(item, kept.get(sha), stage, max_json):
                finish(item)
                continue
            yield Task(key, item.path, raw, limit_for(len(raw), time_limit), max_json)

    def finish(item: Item) -> None:
        item.done = True
        bar.step(item.size, item.status == "ok", item.warning_codes, item.reused, item.resumed)
        if item.status == "failed":
            log.warning("%s: %s", item.path, item.error)
        else:
            log.debug("%s: ok%s", item.path, " (unchanged)" if item.reused else " (resumed)" if item.resumed else "")

    scratch = stage / ".scratch"
    jobs = max(1, min(jobs, len(items)))
    cores = os.cpu_count() or 1
    if jobs > cores and not scheduler:  # a remote cluster's workers are on other machines
        log.warning("%d jobs on %d core%s: the workers take turns on %s, and each holds its own memory"
                    " (~100 MB, more while it reads a large document)", jobs, cores, "s" * (cores > 1),
                    "them" if cores > 1 else "it")
    if engine == "dask":
        outcomes = run_dask(tasks(), scheduler, jobs, scratch, fingerprint)
    else:
        outcomes = run_local(tasks(), jobs, scratch)

    # Tables are built in input order while the engine works, each document as soon as
    # every input before it is done; partitioned tables are grouped by key at the end.
    taken: set[str] = set()
    settled = 0
    refused: list[tuple[bytes, str]] = []  # documents the tables' reader refuses, with its reason
    tables_built = contextlib.nullcontext() if partition_by else BackgroundTables(stage, rejected=_collect(refused))
    with bar.drawn(), tables_built as tables:

        def settle_next() -> None:
            nonlocal settled
            item = items[settled]
            counted_ok = item.status == "ok" or item.duplicate_of is not None  # a duplicate: when found
            text = settle(items, settled, taken, stage)
            if text:
                item.json_sha256 = hashlib.sha256(text).hexdigest()
                if tables:
                    tables.add(text)
            if counted_ok and item.status == "failed":  # its JSON did not read back, or its first copy failed
                bar.failed_later()
                log.warning("%s: %s", item.path, item.error)
            settled += 1

        for outcome in outcomes:
            item = items[outcome.key]
            take(item, outcome, stage)
            finish(item)
            raise_noted()  # a stop swallowed where it struck (`stops`)
            while settled < len(items) and items[settled].done:
                settle_next()
        for item in items:
            if not item.done:  # sent to the engine, never answered: a fault of the engine, not passed over
                item.error = "internal error: the engine gave back no outcome for it"
                finish(item)
        while settled < len(items):  # the inputs after the last processed one
            settle_next()
    if partition_by:  # grouped by key, each key's documents in doc_id order
        ordered = sorted((i for i in items if i.status == "ok" and i.duplicate_of is None),
                         key=lambda i: (i.province or "", i.doc_id))
        write_tables(((stage / "json" / f"{i.doc_id}.json").read_bytes() for i in ordered), stage, partition_by,
                     rejected=_collect(refused))
    for item in fail_refused(items, refused, stage):
        bar.failed_later()
        log.warning("%s: %s", item.path, item.error)
    manifest = manifest_of(items)
    save_cache(stage / CACHE, items, fingerprint)
    write_manifest(manifest, stage)
    commit_staging(stage, out)
    forget_resumed(out)
    for line in bar.summary():
        log.info("%s", line)
    return manifest


def take(item: Item, outcome: Outcome, stage: Path) -> None:
    """Record an engine's outcome; its JSON goes to the staging folder at once."""
    item.sha256, item.status, item.error = outcome.sha256, outcome.status, outcome.error
    item.base_id, item.province, item.warning_codes = outcome.doc_id, outcome.province, outcome.warning_codes
    if outcome.json is not None:
        write_staged(stage / STAGED_DOCS / f"{outcome.sha256}.json", outcome.json)
        item.json_id, item.json_path = outcome.doc_id, outcome.path


def reuse(item: Item, cached: dict | None, out: Path, stage: Path, max_json: float | None = None) -> bool:
    """Take a document unchanged since the last run from ``out`` (hard link, else copy),
    unless its JSON is over ``max_json`` bytes (processed again, so it fails) or no longer
    the file that run wrote (cut, damaged or edited since: processed again, with a warning)."""
    if not cached:
        return False
    previous = out / "json" / f"{cached['doc_id']}.json"
    try:
        if max_json is not None and previous.stat().st_size > max_json:
            return False
        if hashlib.sha256(previous.read_bytes()).hexdigest() != cached.get("json_sha256"):
            log.warning("%s: %s changed since the run that wrote it: processed again", item.path, previous)
            return False
        link_or_copy(previous, stage / STAGED_DOCS / f"{item.sha256}.json")
    except OSError:
        return False
    item.status, item.reused = "ok", True
    item.base_id, item.province = cached["base_id"], cached.get("province")
    item.warning_codes = cached.get("warning_codes", {})
    item.json_id, item.json_path = cached["doc_id"], cached["path"]
    return True


def resume(item: Item, kept: Path | None, stage: Path, max_json: float | None = None) -> bool:
    """Take the JSON an interrupted run wrote for this input (``kept``, see `resumable`)
    when it reads back as a valid Document of the input's bytes, within ``max_json``
    bytes; else (a file cut by a kill, say) the input is processed again."""
    if kept is None:
        return False
    try:
        if max_json is not None and kept.stat().st_size > max_json:
            return False
        doc = Document.model_validate_json(kept.read_bytes())
        if doc.source.sha256 != item.sha256:
            return False
        link_or_copy(kept, stage / STAGED_DOCS / f"{item.sha256}.json")
    except (OSError, ValueError):  # pydantic's ValidationError is a ValueError
        return False
    item.status, item.resumed = "ok", True
    item.base_id, item.province = doc.doc_id, doc.metadata.province
    item.warning_codes = dict(Counter(w.code for w in doc.warnings))
    item.json_id, item.json_path = doc.doc_id, doc.source.path
    return True


def settle(items: list[Item], index: int, taken: set[str], stage: Path) -> bytes | None:
    """Give a done input its unique doc_id (``taken``: the ids of the inputs before it) and
    its staged JSON the final name ``json/<doc_id>.json``; returns that JSON, if any. The
    staged file stays (under `STAGED_DOCS`, by sha256), so that an interrupted run leaves
    every document it processed to the next (`write.keep_for_resume`)."""
    item = items[index]
    if item.duplicate_of is not None:
        first = items[item.duplicate_of]
        item.status, item.doc_id, item.warning_codes = first.status, first.doc_id, first.warning_codes
        item.error = copy_of_failed(first) if first.error else None
        return None
    if item.status != "ok":
        return None
    item.doc_id = unique_id(item.base_id, taken)
    staged = stage / STAGED_DOCS / f"{item.sha256}.json"
    final = stage / "json" / f"{item.doc_id}.json"
    if item.doc_id == item.json_id and item.path == item.json_path:
        link_or_copy(staged, final)
        return final.read_bytes()
    try:
        doc = Document.model_validate_json(staged.read_bytes())
    except ValueError as error:  # the engine wrote it from a valid Document: only a bug gets here
        taken.discard(item.doc_id)
        item.status, item.doc_id = "failed", None
        item.error = "internal error: its JSON does not read back: " + "; ".join(str(error).splitlines()[:2])
        return None
    doc.doc_id, doc.source.path = item.doc_id, item.path
    text = document_json(doc)
    write_staged(final, text)
    return text


def copy_of_failed(first: Item) -> str:
    """The reason a duplicate fails with: the reason its first copy failed."""
    return f"same bytes as {first.path}, which failed: {first.error}"


def _collect(refused: list[tuple[bytes, str]]):
    """A `write.Rejected` that appends to ``refused``."""
    return lambda text, reason: refused.append((text, reason))


def fail_refused(items: list[Item], refused: list[tuple[bytes, str]], stage: Path) -> list[Item]:
    """Fail each input whose JSON the tables' reader refused (a bug: the models allow only
    what the tables hold), and its duplicates; its JSON leaves the staging folder. Returns
    the inputs failed here, so the tables, the JSON and the manifest stay in agreement."""
    by_json = {item.json_sha256: index for index, item in enumerate(items) if item.json_sha256}
    failed = set()
    for text, reason in refused:
        index = by_json[hashlib.sha256(text).hexdigest()]
        item = items[index]
        (stage / "json" / f"{item.doc_id}.json").unlink(missing_ok=True)
        item.status, item.doc_id = "failed", None
        item.error = f"internal error: the tables' reader refuses its JSON: {reason}"
        failed.add(index)
    for index, item in enumerate(items):
        if item.duplicate_of in failed:
            first = items[item.duplicate_of]
            item.status, item.doc_id, item.error = "failed", None, copy_of_failed(first)
            failed.add(index)
    return [items[index] for index in sorted(failed)]


def manifest_of(items: list[Item]) -> Manifest:
    """The run's manifest: one entry per input, in input order (after `settle`)."""
    return Manifest(pipeline_version=__version__, entries=[
        ManifestEntry(
            path=item.path, sha256=item.sha256, status=item.status, doc_id=item.doc_id, error=item.error,
            warnings=sum(item.warning_codes.values()),
            duplicate_of=items[item.duplicate_of].path if item.duplicate_of is not None else None,
        )
        for item in items
    ])


def unique_id(doc_id: str, taken: set[str]) -> str:
    candidate, n = doc_id, 2
    while candidate in taken:
        candidate, n = f"{doc_id}-{n}", n + 1
    taken.add(candidate)
    return candidate


def load_cache(out: Path, fingerprint: str) -> dict[str, dict]:
    """Cache records of ``out`` made by this very pipeline (others are ignored)."""
    try:
        data = json.loads((out / CACHE).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("pipeline") != fingerprint:
        return {}
    return data.get("documents", {})


def save_cache(path: Path, items: list[Item], fingerprint: str) -> None:
    documents = {
        i.sha256: {"doc_id": i.doc_id, "base_id": i.base_id, "path": i.path, "province": i.province,
                   "warning_codes": i.warning_codes, "json_sha256": i.json_sha256}
        for i in items if i.status == "ok" and i.duplicate_of is None
    }
    atomic_write_bytes(path, json.dumps({"pipeline": fingerprint, "documents": documents},
                                        ensure_ascii=False).encode("utf-8"))


def load_dataset(out_dir: str | os.PathLike) -> dict[str, pd.DataFrame]:
    """Read an output folder back: one DataFrame per table (partitioned tables included)."""
    out = Path(out_dir)
    if any(out.glob(STAGING_PREFIX + "*")):
        try:
            with output_lock(out):
                recover(out)  # finish a swap a killed run left midway
        except (OutputBusy, OSError):
            pass
    tables = {}
    for table in TABLES:
        path = out / f"{table}.parquet"
        if path.is_dir():  # partitioned: keys are strings, also when every value is missing
            keys = pa.schema([(key, pa.string()) for key in PARTITION_COLUMNS if any(path.glob(f"{key}=*"))])
            tables[table] = pd.read_parquet(path, partitioning=pads.partitioning(keys, flavor="hive"))
        else:
            tables[table] = pd.read_parquet(path)
    return tables
