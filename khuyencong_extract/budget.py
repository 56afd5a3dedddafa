"""Extractor: money amounts of the programme."""

from __future__ import annotations

from khuyencong_extract.context import Context
from khuyencong_extract.models import BudgetItem


def extract_budget(ctx: Context) -> list[BudgetItem]:
    return []
