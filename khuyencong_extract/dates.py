"""Vietnamese dates as written in administrative texts.

Reads: any text (clean or raw). Writes: `FoundDate`s (the date and its offsets) for
"ngày 21 tháng 5 năm 2012", "ngày 21/5/2012", "21/05/2012", "ngày 18\\ntháng 8 năm 2022"
(any whitespace, newlines included, between the parts; none between a word and a number:
"ngày 20tháng 4 năm 2010"). Impossible dates (31/02) are not dates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from khuyencong_extract.texttools import covering


@dataclass(frozen=True, slots=True)
class FoundDate:
    date: dt.date
    start: int
    end: int


# "ngày 21 tháng 5 năm 2012", any whitespace (newlines too) between the words, or none
# between a word and a number (web copies run them together: "ngày 20tháng 4 năm 2010").
_WORDS = regex.compile(
    r"(?i:ngày)[ \t\r\n|]{0,12}(\d{1,2})[ \t\r\n|]{0,12}(?i:tháng)[ \t\r\n|]{0,12}(\d{1,2})"
    r"[ \t\r\n|]{0,12}(?i:năm)[ \t\r\n|]{0,12}(\d{4})(?!\d)"
)
# "21/5/2012", "21/05/2012", "21-5-2012", "21.5.2012", optionally after "ngày" (run into it in
# web copies: "ngày17/6/2009").
_NUMERIC = regex.compile(
    r"(?:(?i:ngày)[ \t\r\n]{0,12})?(?<!\d)(\d{1,2})[ \t]?([/.-])[ \t]?(\d{1,2})[ \t]?\2[ \t]?(\d{4})(?!\d)"
)


def make_date(year: str | int, month: str | int, day: str | int) -> dt.date | None:
    """The date, or None when the parts do not make one."""
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def find_dates(text: str) -> list[FoundDate]:
    """Every date in ``text``, in order of position."""
    found = []
    for m in _WORDS.finditer(text):
        if date := make_date(m[3], m[2], m[1]):
            found.append(FoundDate(date, m.start(), m.end()))
    in_words = covering([(f.start, f.end) for f in found])
    for m in _NUMERIC.finditer(text):  # numeric matches never overlap each other
        if (date := make_date(m[4], m[3], m[1])) and not in_words(m.start()):
            found.append(FoundDate(date, m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)


def date_at(text: str, pos: int = 0, end: int | None = None) -> FoundDate | None:
    """The date starting exactly at ``pos`` (leading whitespace skipped) and ending by ``end``."""
    end = len(text) if end is None else end
    while pos < end and text[pos] in " \t\r\n":
        pos += 1
    for pattern in (_WORDS, _NUMERIC):
        m = pattern.match(text, pos, end)
        if m:
            parts = (m[3], m[2], m[1]) if pattern is _WORDS else (m[4], m[3], m[1])
            if date := make_date(*parts):
                return FoundDate(date, m.start(), m.end())
    return None


def parse_date(text: str) -> dt.date | None:
    """The first date in ``text``."""
    found = find_dates(text)
    return found[0].date if found else None
