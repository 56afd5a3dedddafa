"""JSON Schema of the output, generated from the models (``khuyencong-extract schema``)."""

from __future__ import annotations

import json
from pathlib import Path

from khuyencong_extract.models import Document, Manifest
from khuyencong_extract.write import atomic_write_bytes

SCHEMAS = {"document.schema.json": Document, "manifest.schema.json": Manifest}


def schema_text(model) -> str:
    return json.dumps(model.model_json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def write_schemas(out_dir: Path) -> list[Path]:
    written = []
    for name, model in SCHEMAS.items():
        path = out_dir / name
        atomic_write_bytes(path, schema_text(model).encode("utf-8"))
        written.append(path)
    return written
