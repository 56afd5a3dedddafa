"""Extractor: objective items under the objectives sections."""

from __future__ import annotations

from khuyencong_extract.context import Context
from khuyencong_extract.models import Objective


def extract_objectives(ctx: Context) -> list[Objective]:
    return []
