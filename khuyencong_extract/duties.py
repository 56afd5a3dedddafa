"""Extractor: agencies and their duties."""

from __future__ import annotations

from khuyencong_extract.context import Context
from khuyencong_extract.models import Duty


def extract_duties(ctx: Context) -> list[Duty]:
    return []
