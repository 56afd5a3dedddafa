"""Extractor: every legal document the text cites."""

from __future__ import annotations

from khuyencong_extract.context import Context
from khuyencong_extract.models import Citation


def extract_citations(ctx: Context) -> list[Citation]:
    return []
