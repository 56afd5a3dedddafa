"""Extractor: the decision's own identity (type, number, date, issuer, signer, period)."""

from __future__ import annotations

from khuyencong_extract.context import Context
from khuyencong_extract.models import Metadata


def extract_metadata(ctx: Context) -> Metadata:
    return Metadata()
