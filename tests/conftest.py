"""Shared fixtures: the corpus files and their decoded text."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests draw the same examples on every run, so a run (CI's too) passes or fails by the code alone;
# HYPOTHESIS_EXPLORE=1 draws fresh ones, to look for new failing inputs.
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile("explore" if os.environ.get("HYPOTHESIS_EXPLORE") == "1" else "repeatable")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLDEN = ROOT / "golden"
SCHEMAS = ROOT / "schemas"

AN_GIANG = CORPUS / "an-giang_2080-qd-ubnd_2022.txt"
HUNG_YEN = CORPUS / "hung-yen_1966-qd-ubnd_2025.txt"
TUYEN_QUANG = CORPUS / "tuyen-quang_69-qd-ubnd_2016.txt"
DIRECTIVE = CORPUS / "bo-cong-thuong_chi-thi-2021_news.txt"
HA_TINH = CORPUS / "ha-tinh_ke-hoach-2020_news.txt"
CORPUS_FILES = [AN_GIANG, HUNG_YEN, TUYEN_QUANG, DIRECTIVE, HA_TINH]


def corpus_text(path: Path) -> str:
    return path.read_text("utf-8")


def mapped(text) -> tuple:
    """A `MappedText` as comparable values: its text and both offset maps."""
    return text.text, list(text.starts), list(text.ends)


@pytest.fixture(scope="session")
def corpus_docs():
    """Every corpus file run through the pipeline once per test session, by file stem."""
    from khuyencong_extract import extract_file

    return {path.stem: extract_file(path) for path in CORPUS_FILES}
