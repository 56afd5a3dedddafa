"""The per-document pipeline: read -> normalise -> segment -> extractors -> Document.

Extractors are listed once in `EXTRACTORS`, in the order they run; each is a function
``Context -> value of one Document field``. Adding one is a one-line change here.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import regex

from khuyencong_extract import budget, citations, duties, metadata, objectives, targets
from khuyencong_extract.context import Context
from khuyencong_extract.models import Document, Source
from khuyencong_extract.normalise import normalise
from khuyencong_extract.read import SourceText, decode, sha256_of
from khuyencong_extract.segment import segment, segment_warnings
from khuyencong_extract.texttools import forget_document

EXTRACTORS: list[tuple[str, Callable[[Context], object]]] = [
    ("metadata", metadata.extract_metadata),
    ("citations", citations.extract_citations),
    ("objectives", objectives.extract_objectives),
    ("targets", targets.extract_targets),
    ("budget", budget.extract_budget),
    ("duties", duties.extract_duties),
]


def build_context(source: str, source_name: str | None = None) -> Context:
    """Normalise and segment ``source``: everything extractors read."""
    normalised = normalise(source)
    sections = segment(normalised.text)
    return Context(
        source=source,
        clean=normalised.text,
        sections=sections,
        hints=normalised.hints,
        warnings=list(normalised.warnings) + segment_warnings(sections, normalised.text),
        source_name=source_name,
    )


def extract_source(source: SourceText, path: str = "<text>") -> Document:
    """Run normalise, segment and every extractor over decoded text; then empty the
    caches of its whole text (`texttools.forget_document`), whatever happened."""
    try:
        return _extract(source, path)
    finally:
        forget_document()


def _extract(source: SourceText, path: str) -> Document:
    ctx = build_context(source.text, source_name=path)
    for note in source.notes:  # what the reader repaired while decoding
        ctx.warn("encoding_repaired", note)
    fields: dict[str, Any] = {}
    for name, extractor in EXTRACTORS:
        fields[name] = extractor(ctx)
        if name == "metadata":
            ctx.metadata = fields[name]
    return Document(
        doc_id=make_doc_id(ctx.metadata, source.sha256),
        source=Source(path=path, sha256=source.sha256, encoding=source.encoding, chars=len(source.text)),
        sections=[node.fields(ctx.clean) for node in ctx.sections],  # type: ignore[misc]  # validated as Sections
        warnings=ctx.warnings,
        **fields,
    )


def extract_text(text: str, *, source_name: str | None = None) -> Document:
    """Extract a Document from text already decoded (sha256 is of its UTF-8 bytes)."""
    source = SourceText(text, "utf-8", sha256_of(text.encode("utf-8", "surrogatepass")), len(text))
    return extract_source(source, path=source_name or "<text>")


def extract_bytes(raw: bytes, path: str = "<bytes>") -> Document:
    """Decode ``raw`` (raises `ReadError` for non-text input) and extract a Document."""
    return extract_source(decode(raw), path=path)


def extract_file(path: str | os.PathLike) -> Document:
    """Read ``path`` whole and extract a Document. No size, time or output limit applies:
    for files from elsewhere use `batch.process_one` (size and output limits, failures as
    manifest entries) or a batch run (all three)."""
    return extract_bytes(Path(path).read_bytes(), path=str(path))


def make_doc_id(meta, sha256: str) -> str:
    """Stable id from province (or issuer), number and year; sha256 prefix when missing."""
    place = meta.province or meta.issuer
    year = meta.issued_date.year if meta.issued_date else None
    if not (place and meta.number and year):
        return f"doc-{sha256[:16]}"
    return "_".join(slug(part) for part in (place, meta.number, str(year)))


def slug(text: str) -> str:
    """ASCII, lower-case, hyphenated: ``2080/QĐ-UBND`` -> ``2080-qd-ubnd``."""
    text = text.replace("Đ", "D").replace("đ", "d")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NOT_SLUG.sub("-", ascii_text.lower()).strip("-") or "x"


_NOT_SLUG = regex.compile(r"[^a-z0-9]+")
