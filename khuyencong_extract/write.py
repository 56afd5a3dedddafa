"""Stage 5, write: Documents to JSON and Parquet, atomically.

Reads: validated `Document`s. Writes the output layout of the contract: ``json/<doc_id>.json``,
one Parquet table per item kind plus ``documents.parquet`` (optionally partitioned by
province), and ``manifest.json``. Every file is written to a temporary name in its folder
and renamed into place, so a reader never sees a half-written file; a whole run is staged
and swapped in (`commit_staging`). Tables are built from the documents' JSON, parsed by
Arrow a chunk of documents at a time (memory stays flat in their number). Column
types come from the models, so an empty table (or an all-null column) still has its
declared type.
"""

from __future__ import annotations

import collections
import contextlib
import ctypes
import datetime as dt
import functools
import json
import os
import shutil
import stat
import tempfile
import threading
import time
import types
import typing
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.json as pj
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


def write_named_file(path: Path, data: bytes) -> Path | None:
    """Write ``data`` where a user pointed (``report --html``): a regular file, or a new one,
    atomically (`atomic_write_bytes`) at the end of any symlinks, the links kept; anything
    else there (``/dev/stdout``, a named pipe, a terminal) is written into, never replaced;
    a reader that closes it early (``| head``) has taken what it wanted, as with any
    command's output. Returns the regular file written (symlinks resolved), None for a stream."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:  # nothing there yet (or a link to nothing yet)
        mode = None
    if mode is not None and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        with contextlib.suppress(BrokenPipeError), open(path, "wb") as stream:
            stream.write(data)
        return None
    written = path.resolve()
    atomic_write_bytes(written, data)
    return written


def write_staged(path: Path, data: bytes) -> None:
    """Write a file inside a staging folder: no temporary name and no flush of its own, as
    nobody reads the folder before its commit point, which flushes it (`mark_complete`)."""
    with open(path, "wb") as handle:
        handle.write(data)


def link_or_copy(source: Path, target: Path) -> None:
    """``target`` as a hard link to ``source`` (no second copy of the data), a copy where
    the file system has no links; raises OSError."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def write_document(doc: Document, out_dir: Path) -> Path:
    path = out_dir / "json" / f"{doc.doc_id}.json"
    atomic_write_bytes(path, document_json(doc))
    return path


def document_json(doc: Document) -> bytes:
    """The Document as its JSON file holds it: UTF-8, indented by 2, a final line break
    (`model_dump_json`'s text, kept in bytes: every caller writes or sends them)."""
    return doc.__pydantic_serializer__.to_json(doc, indent=2) + b"\n"


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


_DOC_COLUMNS = [("doc_id", ("doc_id",), pa.string()), ("schema_version", ("schema_version",), pa.string())] + [
    (col, (part, *path), typ)
    for part, model in (("source", Source), ("metadata", Metadata))
    for col, path, typ in _columns(model, f"{part}_" if part == "source" else "")
]


@functools.cache
def table_columns(table: str) -> tuple[tuple[str, tuple[str, ...], pa.DataType], ...]:
    """(column name, path in the document's JSON form, arrow type) of every column of ``table``
    (an empty path: the document's id and the item's index, filled in by `table_rows`)."""
    if table == "documents":
        return tuple(_DOC_COLUMNS)
    return (("doc_id", (), pa.string()), ("index", (), pa.int64()), *_columns(TABLE_MODELS[table]))


def _record_type(columns) -> pa.StructType:
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


def _document_schema() -> pa.Schema:
    """Arrow schema of a document's JSON form: the documents table's parts, then one list
    of items per item table."""
    parts = _record_type(_DOC_COLUMNS)
    return pa.schema([parts.field(i) for i in range(parts.num_fields)]
                     + [(table, pa.list_(_record_type(table_columns(table)))) for table in TABLE_MODELS])


DOCUMENT_SCHEMA = _document_schema()

_MIN_BLOCK = 1 << 20
"""Smallest block Arrow's JSON reader parses at a time (a block holds at least one document)."""


def parse_documents(texts: list[bytes]) -> pa.StructArray:
    """Documents in their JSON form (``json/<doc_id>.json``), parsed by Arrow's JSON reader
    in one call: one struct per document, typed by `DOCUMENT_SCHEMA`.

    A line break in JSON text is only ever whitespace between tokens (one inside a string
    is written ``\\n``), so each document becomes one line and the reader may cut its
    blocks at any line end. One thread: the batch's workers have the cores.
    """
    options = pj.ParseOptions(explicit_schema=DOCUMENT_SCHEMA, unexpected_field_behavior="error")
    block = max(_MIN_BLOCK, 2 * max(map(len, texts)))
    lines = b"\n".join(text.replace(b"\n", b" ") for text in texts)
    parsed = pj.read_json(pa.BufferReader(lines), read_options=pj.ReadOptions(block_size=block, use_threads=False),
                          parse_options=options)
    return pa.StructArray.from_arrays([parsed.column(name).combine_chunks() for name in parsed.column_names],
                                      fields=list(DOCUMENT_SCHEMA))


def _leaf(nested: pa.Array, path: tuple[str, ...], typ: pa.DataType) -> pa.Array:
    """The values at ``path`` (struct fields, list positions) of every item of ``nested``."""
    for step in path:
        nested = pc.list_element(nested, int(step)) if step.isdigit() else pc.struct_field(nested, step)
    return nested.cast(typ) if nested.type != typ else nested


def table_rows(table: str, docs: pa.StructArray, skip: str | None = None) -> tuple[pa.Table, list[int]]:
    """The rows of ``table`` given by parsed documents (`parse_documents`), without the
    column ``skip``; and how many rows each document gave."""
    columns = [c for c in table_columns(table) if c[0] != skip]
    schema = pa.schema([(name, typ) for name, _, typ in columns])
    if table == "documents":
        arrays = [_leaf(docs, path, typ) for _, path, typ in columns]
        return pa.Table.from_arrays(arrays, schema=schema), [1] * len(docs)
    lists = docs.field(table)
    items = lists.flatten()
    parents = pc.list_parent_indices(lists)
    offsets = lists.offsets.to_numpy()
    position = np.arange(len(items)) + offsets[0] - offsets[parents.to_numpy()]
    arrays = []
    for name, path, typ in columns:
        if name == "doc_id":
            arrays.append(docs.field("doc_id").take(parents))
        elif name == "index":
            arrays.append(pa.array(position, type=typ))
        else:
            arrays.append(_leaf(items, path, typ))
    return pa.Table.from_arrays(arrays, schema=schema), pc.list_value_length(lists).to_pylist()


PARTITION_COLUMNS = {"province": ("metadata", "province")}
"""Columns a run may partition its tables by (``--partition-by``), and where each is read."""

NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"
"""Folder value of a missing partition key, as pyarrow and DuckDB read it back."""

BATCH_ROWS = 10_000
"""Rows buffered per table before they are written out as one row group."""

CHUNK_BYTES = 4 * 1024 * 1024
"""JSON bytes of documents parsed together (the memory a table build holds at once)."""

STREAM_CHUNK_BYTES = 1024 * 1024
"""JSON bytes parsed together while a run builds its tables in the background: the most
left to parse once its workers are done."""

_UNSAFE_IN_FOLDER = regex.compile(r"[%/\\\x00-\x1f]")
"""Characters escaped (``%XX``) in a partition folder name; other Unicode stays readable."""


def partition_folder(partition_by: str, value: str | None) -> str:
    """Hive-style folder name: ``province=Hưng Yên``; missing values use `NULL_PARTITION`."""
    if value is None or value == "":
        return f"{partition_by}={NULL_PARTITION}"
    return f"{partition_by}=" + _UNSAFE_IN_FOLDER.sub(lambda m: f"%{ord(m[0]):02X}", value)


class TableWriter:
    """Streams the rows of one table into Parquet, one row group per `BATCH_ROWS` rows
    (cut between documents).

    Unpartitioned: ``OUT/<table>.parquet``. Partitioned: ``OUT/<table>.parquet/<key>=<value>/
    part-<n>.parquet``, a new part whenever the key changes (so documents grouped by key keep
    one file open per table). Files are written under a temporary name and renamed when closed.
    """

    def __init__(self, table: str, out_dir: Path, partition_by: str | None = None, batch_rows: int = BATCH_ROWS):
        self.table, self.out_dir, self.partition_by, self.batch_rows = table, out_dir, partition_by, batch_rows
        self.schema = pa.schema([(name, typ) for name, _, typ in table_columns(table) if name != partition_by])
        self.key: object = object()
        self.buffered: list[pa.Table] = []
        self.buffered_rows = 0
        self.writer: pq.ParquetWriter | None = None
        self.paths: tuple[Path, Path] | None = None
        self.parts: dict[str, int] = {}
        self.written: list[Path] = []

    @property
    def path(self) -> Path:
        return self.out_dir / f"{self.table}.parquet"

    def add(self, docs: pa.StructArray, key: object = None) -> None:
        """Buffer the rows of parsed documents (`parse_documents`) that share the partition ``key``."""
        rows, counts = table_rows(self.table, docs, skip=self.partition_by)
        if self.partition_by and rows.num_rows and key != self.key:
            self._close_file()
            self.key = key
        cut = end = 0
        for count in counts:
            end += count
            if self.buffered_rows + end - cut >= self.batch_rows:
                self._buffer(rows.slice(cut, end - cut))
                self._flush()
                cut = end
        if end > cut:
            self._buffer(rows.slice(cut, end - cut))

    def _buffer(self, rows: pa.Table) -> None:
        self.buffered.append(rows)
        self.buffered_rows += rows.num_rows

    def _flush(self) -> None:
        if not self.buffered_rows:
            return
        if self.writer is None:
            self._open()
        self.writer.write_table(pa.concat_tables(self.buffered))
        self.buffered, self.buffered_rows = [], 0

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


def chunks(texts: Iterable[bytes], limit: int = CHUNK_BYTES) -> Iterator[list[bytes]]:
    """``texts`` in consecutive groups of about ``limit`` bytes (at least one text each)."""
    group, size = [], 0
    for text in texts:
        if group and size + len(text) > limit:
            yield group
            group, size = [], 0
        group.append(text)
        size += len(text)
    if group:
        yield group


def _key_runs(docs: pa.StructArray, partition_by: str | None) -> Iterator[tuple[object, pa.StructArray]]:
    """``docs`` cut into runs of consecutive documents with the same partition key."""
    if partition_by is None:
        yield None, docs
        return
    keys = _leaf(docs, PARTITION_COLUMNS[partition_by], pa.string()).to_pylist()
    start = 0
    for end in range(1, len(keys) + 1):
        if end == len(keys) or keys[end] != keys[start]:
            yield keys[start], docs.slice(start, end - start)
            start = end


Rejected = Callable[[bytes, str], None]
"""Told of each document the tables' reader refuses: its JSON and the reader's reason."""


def write_tables(texts: Iterable[bytes], out_dir: Path, partition_by: str | None = None,
                 batch_rows: int = BATCH_ROWS, chunk_bytes: int = CHUNK_BYTES,
                 rejected: Rejected | None = None) -> dict[str, Path]:
    """Write every table for documents in their JSON form (``texts``: an iterable consumed
    once, ``chunk_bytes`` of JSON parsed at a time).

    Memory holds one chunk and at most ``batch_rows`` rows per table, whatever the number
    of documents. With ``partition_by``, documents grouped by that key give one file per
    key and table. A document the reader refuses raises, or with ``rejected`` is left out
    and handed to it (`parse_each`).
    """
    if partition_by is not None and partition_by not in PARTITION_COLUMNS:
        raise ValueError(f"cannot partition by {partition_by!r}; choose from {sorted(PARTITION_COLUMNS)}")
    writers = [TableWriter(table, Path(out_dir), partition_by, batch_rows) for table in TABLES]
    for group in chunks(texts, chunk_bytes):
        parsed = parse_documents(group) if rejected is None else parse_each(group, rejected)
        for key, docs in _key_runs(parsed, partition_by):
            for writer in writers:
                writer.add(docs, key)
    return {writer.table: writer.close() for writer in writers}


def parse_each(texts: list[bytes], rejected: Rejected) -> pa.StructArray:
    """`parse_documents`, but where the reader refuses the group, each document is read
    alone and those it refuses are left out and handed to ``rejected``."""
    try:
        return parse_documents(texts)
    except pa.ArrowInvalid:
        pass
    parsed = []
    for text in texts:
        try:
            parsed.append(parse_documents([text]))
        except pa.ArrowInvalid as error:
            rejected(text, str(error).splitlines()[0] if str(error) else "ArrowInvalid")
    return pa.concat_arrays(parsed) if parsed else pa.array([], type=pa.struct(list(DOCUMENT_SCHEMA)))


class BackgroundTables:
    """`write_tables` run in a thread of its own over documents handed to it one at a time
    (`add`), so the tables are built while the engine's workers still run instead of after
    them: Arrow parses and converts without holding the GIL.

    Used as a context manager. Leaving it normally waits for the last table and raises
    what the thread raised; leaving it on an error (Ctrl-C included) only tells the thread
    to stop and waits for it. Documents wait in a deque, whose appends and pops are single
    calls that hold no lock a KeyboardInterrupt could leave taken (one struck inside a
    `queue.Queue` call once left its lock held, and the run hung on leaving); the thread
    looks for work or the end every `POLL` seconds when there is none. At most
    ``queue_size`` documents wait in memory; a thread that failed keeps taking (and
    dropping) them, so `add` never waits for good. The thread starts with the first
    document, after the engine has started its workers.
    """

    POLL = 0.005

    def __init__(self, out_dir: Path, queue_size: int = 64, chunk_bytes: int = STREAM_CHUNK_BYTES,
                 rejected: Rejected | None = None):
        self.waiting: collections.deque[bytes | None] = collections.deque()
        self.queue_size = queue_size
        self.cancelled = False  # the run failed: stop at once
        self.ended = False  # the end marker was taken: nothing more will come
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._build, args=(Path(out_dir), chunk_bytes, rejected), name="tables",
                                       daemon=True)

    def _texts(self) -> Iterator[bytes]:
        while not self.cancelled and not self.ended:
            try:
                text = self.waiting.popleft()
            except IndexError:
                time.sleep(self.POLL)
                continue
            if text is None:
                self.ended = True
                return
            yield text

    def _build(self, out_dir: Path, chunk_bytes: int, rejected: Rejected | None) -> None:
        if self.cancelled:  # started by an `add` that an interrupt cut short: write nothing
            return
        try:
            write_tables(self._texts(), out_dir, chunk_bytes=chunk_bytes, rejected=rejected)
        except BaseException as error:  # handed to the caller on leaving the context
            self.error = error
            for _ in self._texts():  # until the end marker, unless it was taken already
                pass

    def add(self, text: bytes) -> None:
        if self.thread.ident is None:
            self.thread.start()
        while len(self.waiting) >= self.queue_size and self.thread.is_alive():
            time.sleep(self.POLL)
        self.waiting.append(text)

    def __enter__(self) -> BackgroundTables:
        return self

    def __exit__(self, error_type, error, traceback) -> None:
        if error_type is not None:
            self.cancelled = True
            if self.thread.ident is not None:
                _join_started(self.thread)
            return
        if self.thread.ident is None:  # no document came: the tables are still written
            self.thread.start()
        self.waiting.append(None)
        self.thread.join()
        if self.error is not None:
            raise self.error


def _join_started(thread: threading.Thread) -> None:
    """Wait for a thread that has its ident. An interrupt that cut its ``start()`` short
    can leave it between taking its ident and marking itself started, a step it is about
    to take, and `Thread.join` refuses a thread not marked started: try again."""
    while True:
        try:
            thread.join()
            return
        except RuntimeError:
            time.sleep(BackgroundTables.POLL)


# --- whole-run atomicity ----------------------------------------------------------------
#
# A run builds its complete output in ``OUT/.staging-<run id>/`` and only then swaps it in:
# it writes a ``.complete`` marker (the commit point) listing what it holds, moves every
# entry into ``OUT`` (each file by one atomic rename, ``json/`` and partitioned tables by
# one atomic folder exchange; manifest.json last) and deletes the staging folder. A run
# killed before the marker leaves the previous output untouched (the next run keeps the
# documents its staging folder holds, `keep_for_resume`, and deletes the rest); killed
# after it, the swap is finished by the next run or by
# `recover` (which `load_dataset` calls), so the folder holds the old complete output or
# the new one, never a mix. A reader reading during the swap itself (a few renames) can
# see tables of both runs; the manifest changes last.

STAGING_PREFIX = ".staging-"
COMPLETE = ".complete"
LOCK = ".lock"
RESUME_PREFIX = ".resume-"
"""An interrupted run's processed documents, kept for the next run (`keep_for_resume`)."""
STAGED_DOCS = ".docs"
"""In a staging folder: the JSON of each document the run took, as ``<sha256>.json``."""
PIPELINE = ".pipeline"
"""In a staging folder: the fingerprint of the pipeline that writes it."""


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
    """Abandon an interrupted run: finish its swap if it reached the commit point, else keep
    the documents it processed for the next run (`keep_for_resume`)."""
    if (stage / COMPLETE).exists():
        finish_staging(stage, out_dir)
    else:
        keep_for_resume(stage, out_dir)


def keep_for_resume(stage: Path, out_dir: Path) -> None:
    """Rename an incomplete staging folder ``.resume-...`` and delete all of it but its
    processed documents (`STAGED_DOCS`) and its `PIPELINE` fingerprint, which the next run
    reads (`resumable`). Hidden, outside the output's layout, deleted by the next complete
    run (`forget_resumed`); a folder without a fingerprint or documents is deleted at once.
    Earlier kept folders of the same pipeline are folded into it (`fold_kept`), so a run
    killed again and again leaves one folder, not one a kill."""
    kept = out_dir / (RESUME_PREFIX + stage.name.removeprefix(STAGING_PREFIX))
    try:
        os.replace(stage, kept)
    except OSError:
        shutil.rmtree(stage, ignore_errors=True)
        return
    if not (kept / PIPELINE).is_file() or not any((kept / STAGED_DOCS).glob("*.json")):
        shutil.rmtree(kept, ignore_errors=True)  # nothing the next run could take
        return
    for child in kept.iterdir():
        if child.name in (STAGED_DOCS, PIPELINE):
            continue
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)
    fold_kept(kept, out_dir)


def fold_kept(kept: Path, out_dir: Path) -> None:
    """Link into ``kept`` each document of the other kept folders of ``out_dir`` written by
    the same pipeline that ``kept`` lacks (its own copy of a document wins: the later run
    processed it again), then delete those folders."""
    try:
        fingerprint = (kept / PIPELINE).read_text("utf-8")
    except OSError:
        return
    for older in _kept_folders(out_dir, fingerprint):
        if older == kept:
            continue
        try:
            for document in _kept_documents(older):
                if not (kept / STAGED_DOCS / document.name).exists():
                    link_or_copy(document, kept / STAGED_DOCS / document.name)
        except OSError:
            continue  # left as it is: the next complete run deletes it
        shutil.rmtree(older, ignore_errors=True)


_SHA256_NAME = regex.compile(r"[0-9a-f]{64}\.json")


def resumable(out_dir: Path, fingerprint: str) -> dict[str, Path]:
    """sha256 -> staged JSON of each document that interrupted runs of this very pipeline
    processed in ``out_dir`` (read back and checked before use: a file cut by a kill or a
    crash is no Document)."""
    found = {}
    for kept in _kept_folders(out_dir, fingerprint):
        with contextlib.suppress(OSError):
            found.update((p.stem, p) for p in _kept_documents(kept))
    return found


def _kept_folders(out_dir: Path, fingerprint: str) -> list[Path]:
    """The folders that interrupted runs of the pipeline ``fingerprint`` left in ``out_dir``
    (`keep_for_resume`), in name order; one whose fingerprint cannot be read is left out."""
    folders = []
    for kept in sorted(out_dir.glob(RESUME_PREFIX + "*")):
        with contextlib.suppress(OSError):
            if (kept / PIPELINE).read_text("utf-8") == fingerprint:
                folders.append(kept)
    return folders


def _kept_documents(kept: Path) -> list[Path]:
    """The staged documents of a kept folder, named by sha256 (raises OSError)."""
    return [p for p in (kept / STAGED_DOCS).iterdir() if _SHA256_NAME.fullmatch(p.name)]


def forget_resumed(out_dir: Path) -> None:
    """Delete the documents kept from interrupted runs (after a complete run)."""
    for kept in out_dir.glob(RESUME_PREFIX + "*"):
        shutil.rmtree(kept, ignore_errors=True)


def recover(out_dir: Path) -> None:
    """Finish what killed runs left in ``out_dir``, or keep their processed documents for
    the next run (caller holds `output_lock`)."""
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
