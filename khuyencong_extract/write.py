"""Stage 5, write: Documents to JSON and Parquet, atomically.

Reads: validated `Document`s. Writes the output layout of the contract: ``json/<doc_id>.json``,
one Parquet table per item kind plus ``documents.parquet``, and ``manifest.json``. Every file
is written to a temporary name in its folder and renamed into place, so a reader never
sees a half-written file. Column types come from the models, so an empty table (or an
all-null column) still has its declared type.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import types
import typing
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import BaseModel

from khuyencong_extract.models import TABLE_MODELS, Document, Manifest, Metadata, Source

TABLES = ["documents", *TABLE_MODELS]

_SCALARS = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(), dt.date: pa.date32()}


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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
    for step in path:
        if item is None:
            return None
        item = item[int(step)] if step.isdigit() else getattr(item, step)
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


def table_rows(table: str, doc: Document) -> Iterable[dict]:
    columns = table_columns(table)
    items = [doc] if table == "documents" else getattr(doc, table)
    for index, item in enumerate(items):
        row = {name: _get(item, path) for name, path, _ in columns if path}
        if table != "documents":
            row["doc_id"], row["index"] = doc.doc_id, index
        yield row


def write_tables(docs: Iterable[Document], out_dir: Path) -> dict[str, Path]:
    """Write every table for ``docs`` (an iterable, consumed once)."""
    rows: dict[str, list[dict]] = {table: [] for table in TABLES}
    for doc in docs:
        for table in TABLES:
            rows[table].extend(table_rows(table, doc))
    written = {}
    for table in TABLES:
        arrow_table = pa.Table.from_pylist(rows[table], schema=table_schema(table))
        sink = pa.BufferOutputStream()
        pq.write_table(arrow_table, sink)
        path = out_dir / f"{table}.parquet"
        atomic_write_bytes(path, sink.getvalue().to_pybytes())
        written[table] = path
    return written
