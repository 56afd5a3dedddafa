"""Golden files: hand-verified expected Documents, and a fact-level diff against them.

``golden/<corpus file stem>.json`` holds the expected Document of each corpus file.
`diff_documents` flattens both documents into named facts (``targets[IV.1 | 50 lớp].unit``)
and lists which facts appeared, vanished or changed. Golden files are rewritten only by
the explicit command ``khuyencong-extract golden update``.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from khuyencong_extract.models import Document
from khuyencong_extract.pipeline import extract_file
from khuyencong_extract.write import atomic_write_bytes, document_json

IGNORED = {("source", "path")}
"""Facts that depend on where the run happened, not on the text."""

ITEM_KEYS = {
    "citations": ("role", "number", "title"),
    "sections": ("id",),
    "objectives": ("section_id", "text"),
    "targets": ("section_id", "text", "span"),
    "budget": ("section_id", "amount_text", "span"),
    "duties": ("agency", "text"),
    "warnings": ("code", "message"),
}
"""Fields that identify an item of each list, so a moved item shows as changed, not as new."""


def _key(field: str, item: dict) -> str:
    parts = [item.get(name) for name in ITEM_KEYS.get(field, ())]
    label = " | ".join(str(p)[:60] for p in parts if p is not None)
    return label or "?"


def facts(doc: dict) -> dict[str, object]:
    """Flatten a document (as JSON data) into ``{fact name: value}``."""
    flat: dict[str, object] = {}
    for field, value in doc.items():
        if isinstance(value, list):
            seen: Counter[str] = Counter()
            for item in value:
                key = _key(field, item)
                seen[key] += 1
                name = f"{field}[{key}]" + (f"#{seen[key]}" if seen[key] > 1 else "")
                for sub, sub_value in item.items():
                    flat[f"{name}.{sub}"] = sub_value
        elif isinstance(value, dict):
            for sub, sub_value in value.items():
                if (field, sub) not in IGNORED:
                    flat[f"{field}.{sub}"] = sub_value
        else:
            flat[field] = value
    return flat


def diff_documents(expected: dict, actual: dict) -> list[str]:
    """Readable lines: ``+`` fact appeared, ``-`` vanished, ``~`` changed."""
    want, got = facts(expected), facts(actual)
    lines = []
    for name in sorted(want.keys() | got.keys()):
        if name not in got:
            lines.append(f"- {name} = {want[name]!r}")
        elif name not in want:
            lines.append(f"+ {name} = {got[name]!r}")
        elif want[name] != got[name]:
            lines.append(f"~ {name}: {want[name]!r} -> {got[name]!r}")
    return lines


def golden_path(golden_dir: Path, corpus_file: Path) -> Path:
    return golden_dir / f"{corpus_file.stem}.json"


def corpus_files(corpus_dir: Path) -> list[Path]:
    return sorted(p for p in corpus_dir.iterdir() if p.is_file() and not p.name.startswith("."))


def current(corpus_file: Path) -> dict:
    """What the pipeline produces now for ``corpus_file``, as JSON data."""
    doc = extract_file(corpus_file)
    return json.loads(document_json(doc))


def check(corpus_dir: Path, golden_dir: Path) -> dict[str, list[str]]:
    """Per corpus file, the diff against its golden file (empty when equal)."""
    result = {}
    for path in corpus_files(corpus_dir):
        gold = golden_path(golden_dir, path)
        if not gold.exists():
            result[path.name] = [f"- no golden file {gold}"]
            continue
        expected = json.loads(gold.read_text("utf-8"))
        Document.model_validate(expected)
        result[path.name] = diff_documents(expected, current(path))
    return result


def update(corpus_dir: Path, golden_dir: Path) -> list[Path]:
    """Rewrite every golden file from the pipeline's current output (on explicit request only)."""
    written = []
    for path in corpus_files(corpus_dir):
        doc = extract_file(path)
        doc.source.path = f"{corpus_dir.name}/{path.name}"
        gold = golden_path(golden_dir, path)
        atomic_write_bytes(gold, document_json(doc))
        written.append(gold)
    return written
