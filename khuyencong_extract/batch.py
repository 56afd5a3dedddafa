"""Batch runs: many inputs into one output folder, one failure never stopping the rest.

`run_batch` walks the inputs, processes each document, writes its JSON as soon as it
is done, then builds the Parquet tables from the JSON files and writes the manifest.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import pandas as pd

from khuyencong_extract import __version__
from khuyencong_extract.models import Document, Manifest, ManifestEntry
from khuyencong_extract.pipeline import extract_bytes
from khuyencong_extract.read import ReadError, sha256_of
from khuyencong_extract.write import TABLES, write_document, write_manifest, write_tables

log = logging.getLogger(__name__)


def iter_inputs(inputs: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Files named directly, and every non-hidden file under folders, in sorted order."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(root) / name
        else:
            yield path


def process_one(path: Path) -> tuple[ManifestEntry, Document | None]:
    """Read and extract one input; any failure becomes a failed manifest entry."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        return ManifestEntry(path=str(path), status="failed", error=f"cannot read: {error.strerror or error}"), None
    sha = sha256_of(raw)
    try:
        doc = extract_bytes(raw, path=str(path))
    except ReadError as error:
        return ManifestEntry(path=str(path), sha256=sha, status="failed", error=str(error)), None
    except Exception as error:  # one broken document never stops the batch
        log.exception("%s: extraction failed", path)
        reason = f"internal error: {type(error).__name__}: {error}".splitlines()[0]
        return ManifestEntry(path=str(path), sha256=sha, status="failed", error=reason), None
    return ManifestEntry(path=str(path), sha256=sha, status="ok", doc_id=doc.doc_id, warnings=len(doc.warnings)), doc


def run_batch(inputs: Iterable[str | os.PathLike], out_dir: str | os.PathLike) -> Manifest:
    """Process every input into ``out_dir``; returns the manifest (also written there)."""
    out = Path(out_dir)
    manifest = Manifest(pipeline_version=__version__)
    doc_ids: set[str] = set()
    for path in iter_inputs(inputs):
        entry, doc = process_one(path)
        if doc is not None:
            doc.doc_id = unique_id(doc.doc_id, doc_ids)
            entry.doc_id = doc.doc_id
            write_document(doc, out)
        log.info("%s: %s", path, entry.status if entry.status == "ok" else entry.error)
        manifest.entries.append(entry)
    write_tables(iter_documents(out, doc_ids), out)
    write_manifest(manifest, out)
    return manifest


def unique_id(doc_id: str, taken: set[str]) -> str:
    candidate, n = doc_id, 2
    while candidate in taken:
        candidate, n = f"{doc_id}-{n}", n + 1
    taken.add(candidate)
    return candidate


def iter_documents(out_dir: Path, doc_ids: Iterable[str]) -> Iterator[Document]:
    for doc_id in sorted(doc_ids):
        yield Document.model_validate_json((out_dir / "json" / f"{doc_id}.json").read_bytes())


def load_dataset(out_dir: str | os.PathLike) -> dict[str, pd.DataFrame]:
    """Read an output folder back: one DataFrame per table."""
    return {table: pd.read_parquet(Path(out_dir) / f"{table}.parquet") for table in TABLES}
