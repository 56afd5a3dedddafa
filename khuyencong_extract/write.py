"""Stage 5, write: Documents to JSON and Parquet, atomically.

Reads: validated `Document`s. Writes the output layout of the contract: ``json/<doc_id>.json``,
one Parquet table per item kind plus ``documents.parquet`` (optionally partitioned by
province), and ``manifest.json``. Every file is written to a temporary name in its folder
and renamed into place, so a reader never sees a half-written file; a whole run is staged
and swapped in (`commit_staging`). Tables are streamed one document at a time. Column
types come from the models, so an empty table (or an all-null column) still has its
declared type.
"""

from __future__ import annotations

import contextlib
import ctypes
import datetime as dt
import json
import os
import shutil
import tempfile
import types
import typing
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import regex
from pydantic import BaseModel

from khuyencong_extract.models import TABLE_MODELS, Document, Manifest, Metadata, Source

TABLES = ["documents", *TABLE_MODELS]

_SCALARS = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(), dt.date: pa.date32()}


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_FILE_MODE = 0o666 & ~_umask()
"""Mode of written files: what ``open`` would give (mkstemp alone makes them private)."""


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, _FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_staged(path: Path, data: bytes) -> None:
    """Write a file inside a staging folder: no temporary name and no flush of its own, as
    nobody reads the folder before its commit point, which flushes it (`mark_complete`)."""
    with open(path, "wb") as handle:
        handle.write(data)


def write_document(doc: Document, out_dir: Path) -> Path:
    path = out_dir / "json" / f"{doc.doc_id}.json"
    atomic_write_bytes(path, document_json(doc).encode("utf-8"))
    return path


def document_json(doc: Document) -> str:
    return doc.model_dump_json(indent=2) + "\n"


def write_manifest(manifest: Manifest, out_dir: Path) -> Path:
    path = out_dir / "manifest.json"
    atomic_write_bytes(path, (manifest.model_dump_json(indent=2) + "\n").encode("utf-8"))
    return path


# --- Parquet -------------------------------------------------------------------------


def _unwrap(annotation):
    """Strip Optional/Annotated/Literal down to the Python type a column holds."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _unwrap(args[0])
    if origin is typing.Literal:
        return type(typing.get_args(annotation)[0])
    return annotation


def _columns(model: type[BaseModel], prefix: str = "") -> list[tuple[str, tuple[str, ...], pa.DataType]]:
    """(column name, attribute path, arrow type) for every leaf field of ``model``."""
    columns = []
    for name, info in model.model_fields.items():
        kind = _unwrap(info.annotation)
        if name == "span":
            columns += [(f"{prefix}span_start", (name, "0"), pa.int64()), (f"{prefix}span_end", (name, "1"), pa.int64())]
        elif isinstance(kind, type) and issubclass(kind, BaseModel):
            columns += [(col, (name, *path), typ) for col, path, typ in _columns(kind, f"{prefix}{name}_")]
        else:
            columns.append((f"{prefix}{name}", (name,), _SCALARS[kind]))
    return columns


def _get(item, path: tuple[str, ...]):
    """The value at ``path`` in a model or in its JSON form (dicts and lists)."""
    for step in path:
        if item is None:
            return None
        if step.isdigit():
            item = item[int(step)]
        else:
            item = item.get(step) if isinstance(item, dict) else getattr(item, step)
    return item


_DOC_COLUMNS = [("doc_id", ("doc_id",), pa.string()), ("schema_version", ("schema_version",), pa.string())] + [
    (col, (part, *path), typ)
    for part, model in (("source", Source), ("metadata", Metadata))
    for col, path, typ in _columns(model, f"{part}_" if part == "source" else "")
]


def table_columns(table: str) -> list[tuple[str, tuple[str, ...], pa.DataType]]:
    if table == "documents":
        return _DOC_COLUMNS
    return [("doc_id", (), pa.string()), ("index", (), pa.int64()), *_columns(TABLE_MODELS[table])]


def table_schema(table: str) -> pa.Schema:
    return pa.schema([(name, typ) for name, _, typ in table_columns(table)])


def _record(doc: Document | dict) -> dict:
    """A document in its JSON form: what the batch reads back from the staged JSON."""
    return doc if isinstance(doc, dict) else doc.model_dump(mode="json")


_DOCUMENT_PARTS = ("doc_id", "schema_version", "source", "metadata")
"""What the documents table reads of a document (its items go to the other tables)."""


def items_of(table: str, record: dict) -> list[dict]:
    """The items of a document (JSON form) that are rows of ``table``."""
    if table == "documents":
        return [{part: record.get(part) for part in _DOCUMENT_PARTS}]
    return record.get(table) or []


class Rows:
    """The buffered rows of one table: items of documents in JSON form, converted by Arrow
    in one call per table and batch (a Python loop per cell costs ten times more)."""

    def __init__(self, table: str, skip: str | None = None):
        self.columns = [c for c in table_columns(table) if c[0] != skip]
        self.schema = pa.schema([(name, typ) for name, _, typ in self.columns])
        self.record_type = _record_type(self.columns)
        self.items: list[dict] = []
        self.doc_ids: list[str] = []
        self.indexes: list[int] = []

    def __len__(self) -> int:
        return len(self.items)

    def add(self, doc_id: str, items: list[dict]) -> None:
        """Buffer the rows of one document."""
        self.items += items
        self.doc_ids += [doc_id] * len(items)
        self.indexes += range(len(items))

    def table(self) -> pa.Table:
        """The buffered rows as an Arrow table; the buffer is emptied."""
        nested = pa.array(self.items, type=self.record_type)
        arrays = []
        for name, path, typ in self.columns:
            if not path:
                arrays.append(pa.array(self.doc_ids if name == "doc_id" else self.indexes, type=typ))
                continue
            array = nested
            for step in path:
                array = pc.list_element(array, int(step)) if step.isdigit() else pc.struct_field(array, step)
            arrays.append(array.cast(typ) if array.type != typ else array)
        self.items, self.doc_ids, self.indexes = [], [], []
        return pa.Table.from_arrays(arrays, schema=self.schema)


def _record_type(columns) -> pa.DataType:
    """Arrow type of one JSON item holding ``columns``: a struct per sub-model, a list for
    a span, dates as strings (cast once read)."""
    tree: dict = {}
    for _, path, typ in columns:
        if path:
            node = tree
            for step in path[:-1]:
                node = node.setdefault(step, {})
            node[path[-1]] = pa.string() if typ == pa.date32() else typ

    def arrow(node) -> pa.DataType:
        if all(step.isdigit() for step in node):
            return pa.list_(next(iter(node.values())))
        return pa.struct([(step, arrow(sub) if isinstance(sub, dict) else sub) for step, sub in node.items()])

    return arrow(tree)


PARTITION_COLUMNS = {"province": ("metadata", "province")}
"""Columns a run may partition its tables by (``--partition-by``), and where each is read."""

NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"
"""Folder value of a missing partition key, as pyarrow and DuckDB read it back."""

BATCH_ROWS = 10_000
"""Rows buffered per table before they are written out as one row group."""

_UNSAFE_IN_FOLDER = regex.compile(r"[%/\\\x00-\x1f]")
"""Characters escaped (``%XX``) in a partition folder name; other Unicode stays readable."""


def partition_value(doc: Document | dict, partition_by: str) -> str | None:
    return _get(doc, PARTITION_COLUMNS[partition_by])


def partition_folder(partition_by: str, value: str | None) -> str:
    """Hive-style folder name: ``province=Hưng Yên``; missing values use `NULL_PARTITION`."""
    if value is None or value == "":
        return f"{partition_by}={NULL_PARTITION}"
    return f"{partition_by}=" + _UNSAFE_IN_FOLDER.sub(lambda m: f"%{ord(m[0]):02X}", value)


class TableWriter:
    """Streams the rows of one table into Parquet, one row group per `BATCH_ROWS` rows.

    Unpartitioned: ``OUT/<table>.parquet``. Partitioned: ``OUT/<table>.parquet/<key>=<value>/
    part-<n>.parquet``, a new part whenever the key changes (so documents grouped by key keep
    one file open per table). Files are written under a temporary name and renamed when closed.
    """

    def __init__(self, table: str, out_dir: Path, partition_by: str | None = None, batch_rows: int = BATCH_ROWS):
        self.table, self.out_dir, self.partition_by, self.batch_rows = table, out_dir, partition_by, batch_rows
        self.rows = Rows(table, skip=partition_by)
        self.schema = self.rows.schema
        self.key: object = object()
        self.writer: pq.ParquetWriter | None = None
        self.paths: tuple[Path, Path] | None = None
        self.parts: dict[str, int] = {}
        self.written: list[Path] = []

    @property
    def path(self) -> Path:
        return self.out_dir / f"{self.table}.parquet"

    def add(self, doc: Document | dict) -> None:
        """Buffer one document's rows (``doc``: a model or its JSON form)."""
        record = _record(doc)
        items = items_of(self.table, record)
        if self.partition_by and items:
            key = partition_value(record, self.partition_by)
            if key != self.key:
                self._close_file()
                self.key = key
        self.rows.add(record["doc_id"], items)
        if len(self.rows) >= self.batch_rows:
            self._flush()

    def _flush(self) -> None:
        if not self.rows:
            return
        if self.writer is None:
            self._open()
        self.writer.write_table(self.rows.table())

    def _open(self) -> None:
        if self.partition_by:
            folder = self.path / partition_folder(self.partition_by, self.key)
            n = self.parts.get(folder.name, 0)
            self.parts[folder.name] = n + 1
            final = folder / f"part-{n}.parquet"
        else:
            final = self.path
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = final.with_name(f".{final.name}.tmp")
        self.writer, self.paths = pq.ParquetWriter(tmp, self.schema), (tmp, final)

    def _close_file(self) -> None:
        self._flush()
        if self.writer is not None:
            self.writer.close()
            tmp, final = self.paths
            os.replace(tmp, final)
            self.written.append(final)
            self.writer = self.paths = None

    def close(self) -> Path:
        """Finish the table; an empty table still gets one file with its declared schema."""
        self._close_file()
        if not self.written:
            self.key = None
            self._open()
            self._close_file()
        return self.path


def write_tables(docs: Iterable[Document | dict], out_dir: Path, partition_by: str | None = None,
                 batch_rows: int = BATCH_ROWS) -> dict[str, Path]:
    """Write every table for ``docs`` (an iterable, consumed once, one document at a time).

    Memory holds at most ``batch_rows`` rows per table, whatever the number of documents.
    With ``partition_by``, documents grouped by that key give one file per key and table.
    """
    if partition_by is not None and partition_by not in PARTITION_COLUMNS:
        raise ValueError(f"cannot partition by {partition_by!r}; choose from {sorted(PARTITION_COLUMNS)}")
    writers = [TableWriter(table, Path(out_dir), partition_by, batch_rows) for table in TABLES]
    for doc in docs:
        record = _record(doc)
        for writer in writers:
            writer.add(record)
    return {writer.table: writer.close() for writer in writers}


# --- whole-run atomicity ----------------------------------------------------------------
#
# A run builds its complete output in ``OUT/.staging-<run id>/`` and only then swaps it in:
# it writes a ``.complete`` marker (the commit point) listing what it holds, moves every
# entry into ``OUT`` (each file by one atomic rename, ``json/`` and partitioned tables by
# one atomic folder exchange; manifest.json last) and deletes the staging folder. A run
# killed before the marker leaves the previous output untouched (its staging folder is
# deleted by the next run); killed after it, the swap is finished by the next run or by
# `recover` (which `load_dataset` calls), so the folder holds the old complete output or
# the new one, never a mix. A reader reading during the swap itself (a few renames) can
# see tables of both runs; the manifest changes last.

STAGING_PREFIX = ".staging-"
COMPLETE = ".complete"
LOCK = ".lock"


def commit_staging(stage: Path, out_dir: Path) -> None:
    """Mark ``stage`` complete and swap it into ``out_dir``."""
    mark_complete(stage)
    finish_staging(stage, out_dir)


def mark_complete(stage: Path) -> None:
    """The commit point: list what ``stage`` holds; from now on the swap is rolled forward.

    Each folder (``json/``, partitioned tables) gets a hidden tag naming this run, so a
    repeated swap can tell a folder already moved in from one still to move.
    """
    entries = sorted(p.name for p in stage.iterdir() if p.name not in {"manifest.json", COMPLETE}
                     and not p.name.startswith("."))
    for name in entries:
        if (stage / name).is_dir():
            (stage / name / _tag(stage)).touch()
    flush_to_disk(stage)
    atomic_write_bytes(stage / COMPLETE, json.dumps({"entries": entries}).encode("utf-8"))


def flush_to_disk(folder: Path) -> None:
    """Flush every file written so far on ``folder``'s file system (one ``syncfs`` call on
    Linux, ``sync`` elsewhere): the staged files, written without a flush each, are on disk
    before the commit point names them."""
    try:
        syncfs = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError, TypeError):  # no syncfs (macOS, Windows)
        if hasattr(os, "sync"):
            os.sync()
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        syncfs(fd)
    finally:
        os.close(fd)


def _tag(stage: Path) -> str:
    return f".run{stage.name}"


def finish_staging(stage: Path, out_dir: Path) -> None:
    """Move a complete staging folder's content into ``out_dir`` (manifest.json last); safe to repeat."""
    marker = json.loads((stage / COMPLETE).read_text("utf-8"))
    for name in marker["entries"] + [".cache.json", "manifest.json"]:
        swap_in(stage / name, out_dir / name, stage / ".trash", _tag(stage))
    shutil.rmtree(stage, ignore_errors=True)


def swap_in(new: Path, old: Path, trash: Path, tag: str) -> None:
    """Put ``new`` in the place of ``old``: files by an atomic rename, folders by an atomic
    exchange where the system has one (Linux), else by two renames."""
    if not new.exists() or new.is_dir() and (old / tag).exists():
        return  # moved in already
    if new.is_dir() and old.is_dir() and not old.is_symlink() and exchange(new, old):
        return  # ``new`` now holds the previous folder; it goes with the staging folder
    if (new.is_dir() or old.is_dir()) and (old.exists() or old.is_symlink()):
        trash.mkdir(exist_ok=True)
        shutil.rmtree(trash / old.name, ignore_errors=True)
        os.replace(old, trash / old.name)
    os.replace(new, old)


def exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (``renameat2(RENAME_EXCHANGE)``); False where unsupported."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError, TypeError):  # no such call (macOS, Windows, old glibc)
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def discard_staging(stage: Path, out_dir: Path) -> None:
    """Abandon an interrupted run: finish its swap if it reached the commit point, else delete it."""
    if (stage / COMPLETE).exists():
        finish_staging(stage, out_dir)
    else:
        shutil.rmtree(stage, ignore_errors=True)


def recover(out_dir: Path) -> None:
    """Finish or delete what killed runs left in ``out_dir`` (caller holds `output_lock`)."""
    if out_dir.is_dir():
        for stage in sorted(out_dir.glob(STAGING_PREFIX + "*")):
            discard_staging(stage, out_dir)
        for tmp in out_dir.glob(".*.tmp"):
            tmp.unlink(missing_ok=True)


class OutputBusy(RuntimeError):
    """Another run is writing the same output folder."""


@contextlib.contextmanager
def output_lock(out_dir: Path, wait: bool = False):
    """Hold ``OUT/.lock`` so two runs never write one folder at once."""
    out_dir.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - no advisory locks on this platform
        yield
        return
    with open(out_dir / LOCK, "a+b") as handle:
        try:  # a POSIX record lock: worker processes forked meanwhile do not inherit it
            fcntl.lockf(handle, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise OutputBusy(f"{out_dir} is being written by another run") from None
        try:
            yield
        finally:
            fcntl.lockf(handle, fcntl.LOCK_UN)
