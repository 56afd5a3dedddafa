"""Small helpers the stages share: data files, tables of characters, ranges and runs in
a text.

Reads: data files in ``khuyencong_extract/data`` and plain strings. Writes: lines of data,
boolean tables by code point, offset ranges.
"""

from __future__ import annotations

import csv
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import resources

import numpy as np
import regex

KINDS_END = 0x3000
"""Characters from this code point on are read one by one, not from tables by code point."""

DOCUMENT_CACHES: list = []
"""The caches `document_cache` made."""


def document_cache(maxsize: int = 8):
    """An ``lru_cache`` for results read from a document's whole text (its lines, its
    figures, the clauses of its lines): they serve that document's stages and are emptied
    after it (`forget_document`), so that a long document does not stay in memory behind
    the next ones (an entry keeps the text alive and can weigh more than it)."""
    def decorate(function):
        cached = lru_cache(maxsize=maxsize)(function)
        DOCUMENT_CACHES.append(cached)
        return cached
    return decorate


def forget_document() -> None:
    """Empty every `document_cache` (the pipeline calls it after each document)."""
    for cache in DOCUMENT_CACHES:
        cache.cache_clear()


YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
"""A year written alone (targets, budget and metadata read it)."""

BLANKS = regex.compile(r"\s*")
"""A run of whitespace, maybe empty: ``BLANKS.match(text, pos).end()`` is the first character
from ``pos`` on that is none."""


PLACE_ABBREVIATION = r"(?<![\p{L}])(?:TP|Tp|TX|Tx)"
"""A pattern of "thành phố" or "thị xã" abbreviated, as a word: the full stop after it ("TP. Cam
Ranh", "UBND TP. Cần Thơ") ends no sentence."""


@lru_cache(maxsize=1)
def province_rows() -> tuple[dict[str, str], ...]:
    """The rows of ``data/provinces.csv``: name, kind, pre_2025, post_2025 and variants (other
    spellings, ";" between them)."""
    raw = resources.files("khuyencong_extract").joinpath("data", "provinces.csv").read_text("utf-8")
    return tuple(csv.DictReader(raw.splitlines()))


def row_spellings(row: dict[str, str]) -> list[str]:
    """A province row's name and its variant spellings."""
    return [row["name"], *(v.strip() for v in (row.get("variants") or "").split(";") if v.strip())]


def province_spellings() -> tuple[str, ...]:
    """Every province's name and its variant spellings (`province_rows`)."""
    return tuple(spelling for row in province_rows() for spelling in row_spellings(row))


@lru_cache(maxsize=None)
def unit_nouns() -> dict[str, frozenset[str]]:
    """``data/unit_nouns.tsv``: each known unit with the next syllables that send it to pyvi (targets reads both, line
    re-joining the units alone)."""
    rows = [line.split("\t") for line in data_lines("unit_nouns.tsv")]
    return {row[0]: frozenset(row[1].split() if len(row) > 1 else ()) for row in rows}


@lru_cache(maxsize=None)
def data_lines(name: str) -> tuple[str, ...]:
    """Non-comment, non-empty lines of a data file in ``khuyencong_extract/data``."""
    raw = resources.files("khuyencong_extract").joinpath("data", name).read_text("utf-8")
    lines = (unicodedata.normalize("NFC", line.strip()) for line in raw.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


def matched(pattern: str, every: str) -> np.ndarray:
    """Which characters of ``every`` (the characters from U+0000 on, in order) ``pattern``
    matches one by one."""
    marked = regex.sub(pattern, "\U0010ffff", every).encode("utf-32-le", "surrogatepass")
    return np.frombuffer(marked, dtype=np.uint32) == 0x10FFFF


def kinds_by_code(codes: np.ndarray, table: np.ndarray, kind_of: Callable[[str], object]) -> np.ndarray:
    """The kind of each code point of ``codes``: ``table``'s entry below `KINDS_END`, else
    ``kind_of`` of the character, asked once for each distinct one."""
    kinds = table.take(codes, mode="clip")
    if len(codes) and codes.max() >= KINDS_END:
        high = codes >= KINDS_END
        distinct, where = np.unique(codes[high], return_inverse=True)
        kinds[high] = np.array([kind_of(chr(code)) for code in distinct.tolist()], dtype=table.dtype)[where]
    return kinds


def has_word(text: str) -> bool:
    """Whether ``text`` holds a letter or a digit: an item of punctuation alone (".", ";",
    "-") says nothing."""
    return any(char.isalnum() for char in text)


def before_blanks(text: str, end: int) -> int:
    """Where the whitespace that ends ``text[:end]`` starts (``end`` when there is none): the
    end of the last line before blank lines."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def first_mark(text: str, marks: str, start: int, end: int) -> int:
    """Where the first of the characters ``marks`` stands in ``text[start:end]``, or ``end`` when none does (a clause's
    end: ``first_mark(text, ",;", pos, line_end)``)."""
    return min((at for at in (text.find(mark, start, end) for mark in marks) if at != -1), default=end)


def holds_any(text: str, parts) -> bool:
    """Whether ``text`` holds one of the strings ``parts`` (a cheap test before a regex pass)."""
    return any(part in text for part in parts)


def fewest_needles(parts) -> tuple[str, ...]:
    """The strings of ``parts`` that hold no other one of them: a text holds one of these
    exactly when it holds one of ``parts`` (`holds_any` then reads the text fewer times:
    "tính riêng" is found wherever "riêng" is)."""
    distinct = tuple(dict.fromkeys(parts))
    return tuple(part for part in distinct if not any(other != part and other in part for other in distinct))


def last_match(pattern: regex.Pattern, text: str, start: int, end: int) -> regex.Match | None:
    """The last of ``pattern``'s matches found in turn in ``text[start:end]`` (its `finditer`'s last), or None."""
    last = None
    for last in pattern.finditer(text, start, end):
        pass
    return last


def occurrences(text: str, needle: str, end: int | None = None, start: int = 0):
    """Where ``needle`` occurs in ``text`` (from ``start`` on, ending by ``end``, if given), in order."""
    at = text.find(needle, start, end)
    while at != -1:
        yield at
        at = text.find(needle, at + 1, end)


def lines_holding(text: str, words: Iterable[str], end: int | None = None, *, start: int = 0) -> list[int]:
    """Start offsets of the lines of ``text`` that hold one of ``words`` from ``start`` on,
    ending by ``end``, in order."""
    return sorted({text.rfind("\n", 0, i) + 1 for word in words for i in occurrences(text, word, end, start)})


def line_starts(lines: list[str]) -> list[int]:
    """Where each of ``lines`` (a text split at its line breaks) starts in the text, and
    one past the end of the text."""
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    return starts


def covering(ranges: Iterable[tuple[int, int]]) -> Callable[[int], bool]:
    """A test of whether an offset lies in one of ``ranges`` (``[start, end)``, in any
    order): a bisection over them merged, so that testing many offsets against many
    ranges stays ``n log n``."""
    merged = merge(sorted(ranges))
    starts = [start for start, _ in merged]

    def covers(pos: int) -> bool:
        index = bisect_right(starts, pos) - 1
        return index >= 0 and pos < merged[index][1]

    return covers


def merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted ``[start, end)`` ranges, those that overlap or touch joined into one."""
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def run_tails(text: str, char: str, keep: int) -> list[tuple[int, int]]:
    """Ranges of ``char`` past the first ``keep`` of each run of it in ``text``."""
    ranges = []
    at = text.find(char * (keep + 1))
    while at != -1:
        end = at + keep + 1
        while text.startswith(char, end):
            end += 1
        ranges.append((at + keep, end))
        at = text.find(char * (keep + 1), end)
    return ranges


def blank_edges(text: str) -> list[tuple[int, int]]:
    """Ranges of the line breaks at the start and at the end of ``text``."""
    head, tail = len(text) - len(text.lstrip("\n")), len(text.rstrip("\n"))
    if head == len(text):
        return [(0, head)] if head else []
    return [(first, last) for first, last in ((0, head), (tail, len(text))) if first < last]


_OPENING_QUOTES = "“\"'‘"
_CLOSING_QUOTES = "”\"'’"
_QUOTES_INSIDE = "“”\"‘’"
"""Quote marks a quotation's own words cannot hold (an apostrophe they can)."""


def unquoted(text: str) -> str:
    """``text`` without the quotes around it when it is one quotation, whichever quote marks
    open and close it ("“Hướng dẫn việc quản lý ...”", "''VỀ VIỆC BAN HÀNH ...\""); a quotation
    inside it (Đề án “Phát triển ...”) or a quote at one end only leaves it as it is."""
    opened = text.lstrip(_OPENING_QUOTES)
    inner = opened.rstrip(_CLOSING_QUOTES)
    if not inner or len(opened) == len(text) or len(inner) == len(opened) or holds_any(inner, _QUOTES_INSIDE):
        return text
    return inner.strip()

