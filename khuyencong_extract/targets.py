"""Extractor: numeric targets the programme commits to."""

from __future__ import annotations

from khuyencong_extract.context import Context
from khuyencong_extract.models import Target


def extract_targets(ctx: Context) -> list[Target]:
    return []
