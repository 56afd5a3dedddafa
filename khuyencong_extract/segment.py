"""Stage 3, segment: the section tree of a decision and its attached programme.

Reads: the normalised `MappedText` (or a plain ``str``). Writes: `SectionNode`s in
reading order, each with its marker path id (``IV.2.a``), parent, level, heading, kind
and its extent in the normalised text; and, through `items`, the points directly under
a section, for extractors (objectives, targets, duties).

Tree shape
    *Document parts* are nodes of level 0 when their cues are present: ``header`` (issuer,
    number, date, title, up to the first "Căn cứ"), ``preamble`` ("Căn cứ ...", "Theo / Xét
    đề nghị ..."), ``body`` (from "QUYẾT ĐỊNH:"; its articles ``Điều 1``, ``Điều 2`` ... are
    its children, of kind ``decision`` unless their headings say otherwise; a programme
    approved inline, "Điều 1. Phê duyệt ... như sau:" / "I. MỤC TIÊU" / "1. Mục tiêu chung",
    is the article's subtree ``Điều 1.I``, ``Điều 1.I.1``), ``signature`` ("Nơi nhận:",
    "TM.", "KT." ...) and ``programme`` (the attached "CHƯƠNG TRÌNH ... (Ban hành kèm theo
    ...)", or a title in capitals over "I." after the signature when a copy lost that line,
    whose Roman sections ``I``, ``II`` ... are its children). A text without "QUYẾT ĐỊNH:"
    (a plan, a guidance) may still have a ``header``, a ``preamble`` (`open_preamble`) and a
    ``signature``; what lies between them has no part node. A text without these cues (a
    news article, a directive quoted on a web page) has no part nodes: its marker sections,
    if any, are roots of level 0, and a text without markers has no sections at all.
    Outside a body, articles are read only where a text clearly has them ("Điều 1." and
    "Điều 2." lines). ``level`` is the depth in this tree. Points of an article get ids
    ``Điều 1.2``.

Ids
    The path of markers from the first marker level down, joined by dots: ``IV``,
    ``IV.2``, ``IV.2.a``; a decimal ``1.2.`` under ``1.`` of ``II`` is ``II.1.2``; a decimal
    without its Arabic parent keeps both numbers (``II.1.2`` under ``II``). Articles are
    ``Điều N``; a division of a plan or a report ("PHẦN I" / "KẾT QUẢ THỰC HIỆN NĂM 2023", "PHẦN
    II" / "KẾ HOẠCH NĂM 2024"), whose Roman sections number again from I (or go on), is ``Phần I``
    ("PHẦN THỨ HAI", "Phần 2": ``Phần II``; in an article, ``Điều 1.Phần I``) and holds ``Phần
    I.I``, ``Phần I.II`` ..., its heading in capitals on its marker's line or the lines under it
    (a line without one is no division: "Phần 1: Lý thuyết (20 tiết)."). Ids are unique within
    a document: a repeated id gets ``~2``, ``~3``.

Kinds
    From the heading, through the phrase lexicon ``data/section_kinds.toml`` (see
    `heading_kind`); children inherit their top section's kind unless their own short
    heading names another ("7. Chế độ thông tin, báo cáo định kỳ" under "TỔ CHỨC THỰC
    HIỆN" is ``monitoring``).

Bullets are items, not sections
    Dash and ``+`` bullets carry no label, so an id for them would only be a position;
    they are returned by `items` (with the points and paragraphs) instead.

Markers are accepted only when they continue a list (next Roman numeral, next number,
next letter in the Vietnamese order ``a b c d đ e g h ...``) or start a new one at a
deeper level, which is what tells ``1. Phạm vi`` from ``1.966 tỷ`` or a wrapped
``2021 - 2025``. A marker is also found mid-line after a sentence end (``... 02 bộ. c)
Xây dựng ...``) when it is the very next letter, number or Roman numeral of an open list.
`segment_warnings` reports what is still odd (a repeated id, a skipped number).
"""

from __future__ import annotations

import bisect
import re
import tomllib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import accumulate, repeat, takewhile
from typing import Any, NamedTuple

import regex
from rapidfuzz import fuzz

from khuyencong_extract.docnumbers import type_names
from khuyencong_extract.linejoin import PREAMBLE_DASH, PREAMBLE_HEADS, SHORT_HEADING_WORDS, ends_name
from khuyencong_extract.models import SectionKind, Warning
from khuyencong_extract.textmap import MappedText
from khuyencong_extract.texttools import document_cache, occurrences
from khuyencong_extract.tones import fold as _tone_fold


@dataclass(slots=True)
class SectionNode:
    id: str
    parent_id: str | None
    marker: str | None
    level: int
    heading: str | None
    kind: SectionKind
    start: int
    """Offset (normalised text) of the marker."""
    end: int
    """Offset (normalised text) where the section, children included, ends."""
    body_start: int
    """Offset (normalised text) just after the heading (after the colon of a run-in heading)."""
    marker_type: str = "part"
    """``part``, ``article``, ``roman``, ``arabic``, ``decimal`` or ``letter``."""

    def fields(self, clean: MappedText) -> dict:
        """The fields of this node's `Section`, its span mapped to the source through ``clean``."""
        return {
            "id": self.id, "parent_id": self.parent_id, "marker": self.marker, "level": self.level,
            "heading": self.heading, "kind": self.kind, "span": clean.to_source(self.start, self.end),
        }


@dataclass(frozen=True, slots=True)
class Item:
    """One point directly under a section: a child section, a bullet or a paragraph."""

    start: int
    """Offset (normalised text) of the marker, or of the first character of a paragraph."""
    end: int
    marker: str | None
    text: str
    """The item's text without its marker, whitespace collapsed (sub-bullets included)."""
    text_start: int
    """Offset (normalised text) where the text after the marker begins."""
    kind: str = "paragraph"
    """``section`` (a child section), ``bullet`` or ``paragraph``."""
    section_id: str | None = None
    """Id of the child section when ``kind == "section"``."""


# ---------------------------------------------------------------------------------------
# Folding and lexicons

def _local_fold(text: str) -> str:
    """Diacritics removed, ``đ`` -> ``d``, lower-case, punctuation to single spaces."""
    return " ".join(_NON_WORD.sub(" ", _bare(text)).split())


def _bare(text: str) -> str:
    """``text`` without diacritics (``đ`` -> ``d``), in lower case."""
    decomposed = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


_NON_WORD = regex.compile(r"[^\p{L}\p{N}]+")


def fold(text: str) -> str:
    """Comparison key for headings: accent-free, lower-case, punctuation-free.

    Starts from `tones.fold` (NFC, one tone placement, lower case) and drops the marks
    too, so that a heading whose diacritics were damaged by a bad conversion still matches
    the accent-free phrases of ``data/section_kinds.toml``. Text made only of characters of
    `_FOLD_TABLE` (Latin and Vietnamese letters, punctuation) is folded character by
    character in one `str.translate`, which gives the same key.
    """
    if _FOLDABLE.fullmatch(text):
        return " ".join(text.translate(_FOLD_TABLE).split())
    return _local_fold(_tone_fold(text))


_FOLDABLE_RANGES = ((0x0000, 0x02FF), (0x1E00, 0x1EFF), (0x2000, 0x206F))
"""Code points folded by `_FOLD_TABLE`: none is a combining mark, Greek or a Hangul jamo,
so neither NFC composition, tone placement nor a context-dependent lower case (final
sigma) can join a character to its neighbours."""
_FOLDABLE = re.compile("[" + "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in _FOLDABLE_RANGES) + "]*")
_FOLD_TABLE = {
    code: _NON_WORD.sub(" ", _bare(chr(code))) for lo, hi in _FOLDABLE_RANGES for code in range(lo, hi + 1)
}
"""Each foldable character -> its key: base letter in lower case, or a space."""


@lru_cache(maxsize=1)
def _kinds_lexicon() -> dict:
    data = resources.files("khuyencong_extract").joinpath("data/section_kinds.toml").read_text("utf-8")
    return tomllib.loads(data)


@lru_cache(maxsize=1)
def _continuation_words() -> tuple[frozenset[str], int]:
    """The words of ``data/continuation_words.txt`` and the most words one entry has."""
    data = resources.files("khuyencong_extract").joinpath("data/continuation_words.txt").read_text("utf-8")
    words = frozenset(w.strip() for w in data.splitlines() if w.strip() and not w.startswith("#"))
    return words, max(len(w.split(" ")) for w in words)


TOP_MATCH_SCORE = 88
"""rapidfuzz ``ratio`` between a phrase and the start of a top-level heading of the same length
needed to take a kind (tolerates a lost character or two, as in the directive file, but not a
different word)."""
SUB_HEADING_MAX_WORDS = 10
"""A sub-section heading longer than this is a sentence, not a label: it never overrides
the kind inherited from its top section ("d) Kiểm tra, giám sát, hướng dẫn triển khai ..."
under NỘI DUNG stays content)."""


@lru_cache(maxsize=4096)
def heading_kind(heading: str | None, top: bool) -> SectionKind | None:
    """Kind named by ``heading`` (fuzzy at the start for top headings), or None (cached:
    the same headings recur from one programme to the next; `_assign_kinds` passes ``top``
    by position, which makes a quicker cache key than a keyword does)."""
    if not heading:
        return None
    if not top and _folds_to_more_words(heading, SUB_HEADING_MAX_WORDS + 1):
        return None  # a sentence: its key has more words even without a plural word
    key = _PLURAL.sub("", fold(heading))
    if not top and len(key.split()) > SUB_HEADING_MAX_WORDS:
        return None
    for kind, phrases in _kinds_lexicon()["kinds"].items():
        for phrase in phrases:
            if key.startswith(phrase) or top and fuzz.ratio(phrase, key[: len(phrase)]) >= TOP_MATCH_SCORE:
                return None if key.startswith(_AGENCY_STARTS, len(phrase) + 1) else kind
    return None


_AGENCY_STARTS = ("so ", "ubnd", "uy ban", "cac so", "cac co quan", "cac don vi", "trung tam", "bo ")
"""Folded words after a kind's phrase that make the heading a sentence giving an agency a task
("Điều 2. Yêu cầu Sở Công Thương chủ trì ...": no requirements)."""


def _folds_to_more_words(text: str, words: int) -> bool:
    """Whether `fold` surely gives ``text`` more than ``words`` words, told without folding
    it: its first ``words + 1`` blank-separated tokens each start or end with a letter or a
    digit (which `_FOLD_TABLE` folds to a word of the token's own). Only said of text the
    table folds; False when unsure."""
    tokens = text.split(maxsplit=words + 1)[:words + 1]
    return (len(tokens) > words and all(t[0].isalnum() or t[-1].isalnum() for t in tokens)
            and _FOLDABLE.fullmatch(text) is not None)


_PLURAL = regex.compile(r"^(?:cac|nhung) ")
"""A leading plural word ("CÁC NHIỆM VỤ, GIẢI PHÁP") does not change the kind."""


@lru_cache(maxsize=1024)
def is_objective_label(heading: str | None) -> bool:
    """Whether ``heading`` is a bare label over an objective ("Mục đích", "Mục tiêu:", "Mục tiêu năm 2026";
    ``objective_labels`` of ``data/section_kinds.toml``, a year or period after it), or a scope's ("Mục tiêu chung")."""
    if not heading:
        return False
    key = _LABEL_PERIOD.sub("", fold(heading))  # "Mục tiêu năm 2026", "Mục tiêu giai đoạn 2026-2030"
    return key in _kinds_lexicon()["objective_labels"] or any(
        key in phrases for phrases in _kinds_lexicon()["objective_scope"].values())


_LABEL_PERIOD = regex.compile(r" (?:nam \d{4}|giai doan \d{4}[ -]*\d{4})$")
"""The year or period closing a folded label ("muc tieu nam 2026")."""


@lru_cache(maxsize=1024)
def objective_scope(heading: str | None) -> str | None:
    """``general`` / ``specific`` when ``heading`` says "Mục tiêu chung" / "Mục tiêu cụ thể"."""
    if not heading:
        return None
    key = fold(heading)
    for scope, phrases in _kinds_lexicon()["objective_scope"].items():
        if any(key.startswith(p) for p in phrases):
            return scope
    return None


# ---------------------------------------------------------------------------------------
# Markers (one rule per pattern; all anchored at a line start after optional blanks).
# A pattern made only of literal characters and classes of them is an `re` pattern: the same
# matches as with `regex`, for less than half the cost of a call. Those with a Unicode class
# (\p{Lu}, \d, \s, \b) or a variable look-behind stay `regex` patterns, whose Unicode tables
# are not those of `re`.

ROMAN = regex.compile(r"[ \t]*(?P<m>(?P<v>[IVXL]{1,6})\.)[ \t]+(?=\p{Lu})")
"""``IV. NỘI DUNG``: Roman numeral, dot, then a capital."""
DECIMAL = regex.compile(r"[ \t]*(?P<m>(?P<v>\d{1,2}(?:\.\d{1,2}){1,2})\.?)(?!\d)[ \t]+(?=\p{L})")
"""``1.2. Kết quả``, ``1.2 Mục tiêu``; never ``1.966 tỷ`` (the lookahead refuses a 3rd digit)."""
ARABIC = regex.compile(r"[ \t]*(?P<m>(?P<v>\d{1,2})[.)])[ \t]+(?=\p{Lu})")
"""``1. Phạm vi``, ``1) Phát triển``: one or two digits, a dot or a closing bracket, then a
capital (not ``2021 - 2025``, ``45/2012``). Both close the same level: a list of ``1)`` is
numbered points, as one of ``1.`` is."""
LETTER = re.compile(r"[ \t]*(?P<m>(?P<v>[a-zđ])\))[ \t]+")
"""``a)``, ``đ)``."""
DIVISION = regex.compile(
    r"[ \t]*(?P<m>(?:PHẦN|Phần)[ \t]+(?P<v>[IVX]{1,4}|\d{1,2}|(?:THỨ|thứ)[ \t]+(?:NHẤT|nhất|HAI|hai|BA|ba|TƯ|tư|NĂM|năm)))"
    r"(?:[ \t]*[.:\-–][ \t]*|[ \t]*$|[ \t]+(?=\p{Lu}))", regex.M)
"""``PHẦN I``, ``Phần II. KẾ HOẠCH NĂM 2024``, ``PHẦN THỨ HAI``: a part of a plan or a report whose Roman sections
number again from I (results, then next year's plan)."""
_DIVISION_WORDS = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5}
"""The ordinal words of `DIVISION` ("thứ nhất" ...), lower case."""
MIDLINE_LETTER = regex.compile(r"(?<=[.;][ \t]{1,3})(?P<m>(?P<v>[a-zđ])\))[ \t]+(?=\p{Lu})")
"""``... cơ sở. c) Xây dựng``: a letter marker after a sentence end, before a capital."""
MIDLINE_ARABIC = regex.compile(r"(?<=\.[ \t]{1,3})(?P<m>(?P<v>\d{1,2})\.)[ \t]+(?=\p{Lu})")
"""``... hiệu quả. 2. Sở Tài chính``: a number marker after a full stop, before a capital."""
MIDLINE_ROMAN = regex.compile(r"(?<=\.[ \t]{1,3})(?P<m>(?P<v>[IVXL]{1,6})\.)[ \t]+(?=\p{Lu})")
"""``... phù hợp./. II. NỘI DUNG``: a Roman marker after a full stop, before a capital."""
MIDLINE = (("roman", MIDLINE_ROMAN), ("arabic", MIDLINE_ARABIC), ("letter", MIDLINE_LETTER))
MIDLINE_CUE = regex.compile(r"[.;][ \t]{1,3}(?=[a-zđ]\)|\d|[IVXL])")
"""Where a mid-line marker may start (the end of a match): every `MIDLINE` match starts at one."""
_CUE_STOPS = tuple(re.compile(re.escape(stop) + r"(?=[ \t]{1,3}(?:[a-zđ]\)|[0-9IVXL]|[^\x00-\x7f]))")
                   for stop in ".;")
"""Each stop of `MIDLINE_CUE` where a match may begin (ASCII tested, anything else let through):
one pattern per stop, so that the scan jumps from one stop to the next."""
ARTICLE = regex.compile(r"[ \t]*(?P<m>Điều[ \t]+(?P<v>\d{1,3})[ \t]*[.:])[ \t]*")
"""``Điều 1.`` at a line start (not ``Điều 4 Nghị định ...`` which has no dot)."""
BULLET = re.compile(r"[ \t]*(?P<m>[-+•–])[ \t]+")
"""``- ``, ``+ ``, ``• ``, ``– `` bullets."""

DECISION_LINE = re.compile(r"[ \t]*(?:QUYẾT ĐỊNH|NGHỊ QUYẾT|QUYẾT NGHỊ)[ \t]*:")
"""``QUYẾT ĐỊNH:`` opens the decision body (the title line ``QUYẾT ĐỊNH`` has no colon)."""
DECISION_ANCHOR = regex.compile(
    r"(?<![\p{L}])QUYẾT[ \t\n]{1,4}(?P<verb>ĐỊNH|NGHỊ)(?:[ \t]{0,3}:"
    rf"|(?<=\n[ \t|]*{PREAMBLE_DASH}(?:{PREAMBLE_HEADS})[^\n]{{0,2000}}\n[ \t|]*QUYẾT[ \t]{{1,4}}(?:ĐỊNH|NGHỊ))"
    r"[ \t|]*(?=\n))"
)
"""The operative verb that ends a preamble, anywhere in a line: "QUYẾT ĐỊNH:" (a decision),
"QUYẾT NGHỊ:" (a council's resolution); upper case, the colon may be spaced; or alone on
the line under a preamble clause, without its colon, as older decisions write it. Shared by
citations (where the preamble clauses end) and metadata (where the header ends, the type)."""


@document_cache()
def decision_anchors(text: str) -> list[regex.Match]:
    """Every `DECISION_ANCHOR` of ``text`` (as ``finditer`` gives them), tried only where
    "QUYẾT" is: every match starts with it and holds it once (kept for the document: metadata
    reads where the header ends, citations where the preamble clauses end)."""
    return [m for at in occurrences(text, "QUYẾT") if (m := DECISION_ANCHOR.match(text, at))]


OPEN_PREAMBLE_AFTER = regex.compile(r"[ \t|]*(?:Số|SỐ)(?:[ \t]+hiệu)?[ \t]*(?::?[ \t]*\d|:[ \t|]*$)")
"""The header's number line ("Số: 148/KH-UBND", a web page's "Số hiệu: ...", a "Số:" whose
number a web copy put on the next line): a preamble without its operative verb is looked
for only after it."""
TYPE_HEADINGS = tuple(sorted({name.upper() for name in type_names()}, key=len, reverse=True))
"""The document types' names in capitals (``data/doc_codes.toml``), longest first: "NGHỊ
QUYẾT", "KẾ HOẠCH", "THÔNG TƯ LIÊN TỊCH" ..."""
OPEN_PREAMBLE_HEADING = regex.compile(rf"[ \t|]*(?:{'|'.join(TYPE_HEADINGS)})[ \t|]*$")
"""A type heading alone on its line ("NGHỊ QUYẾT"): in a copy without the header's number
line (one that starts at the heading, as a web page's print view of a 2025 resolution
does), a preamble without its operative verb is looked for after it."""
PREAMBLE_STRUCTURE = regex.compile(
    r"[ \t|]*(?:Điều[ \t]+\d{1,3}[ \t]*[.:]|[IVXL]{1,6}\.[ \t]|\d{1,2}(?:\.\d{1,2})*[.)][ \t]|[a-zđ]\)[ \t]"
    r"|(?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)[ \t]+(?:[IVXL]{1,6}|\d{1,2})\b|CHƯƠNG[ \t]*$|Nơi nhận)")
"""A line that opens the text after a preamble: an article, a Roman, Arabic or decimal
point, a lettered one, a part or chapter, the signature's "Nơi nhận"."""
PREAMBLE_CARRIER = regex.compile(r"[ \t|]*\p{Lu}\p{Ll}*(?:[ \t]+\p{Ll}+){0,3}[ \t]+số[ \t]*:?[ \t]*\d")
"""A line that carries a preamble on without opening a clause of its own, part of the
clause above as it is before a "QUYẾT ĐỊNH:": the next item of a clause's list put on a
line of its own ("...;" / "Kế hoạch số 97/KH-UBND ngày ..."). (A "Thực hiện Quyết định số
..." line opens a clause of its own: `PREAMBLE_HEADS`.)"""
PREAMBLE_CLAUSE_MAX = 3000
"""A preamble clause longer than this is not one (a missed boundary): the run stops before
the line that would make it so (citations drop such a clause too)."""
PROSE_LINE_MIN = 80
"""A line this long that ends with a full stop is running text: a preamble without its
operative verb comes before any (a "Căn cứ" sentence further on is not one)."""
PREAMBLE_LIST_HEAD_MAX = 60
"""A clause head line this short that ends with a colon ("Căn cứ các văn bản sau:")
introduces a list: the bullets under it are the clause's items."""
ENACTING_LINE = regex.compile(
    r"[ \t|]*(?:Hội đồng nhân dân|Ủy ban nhân dân|Uỷ ban nhân dân)(?:[ \t]+(?:tỉnh|thành phố)(?:[ \t]+\p{Lu}\p{Ll}*){0,3})?"
    r"[ \t]+ban hành[ \t]+(?:Nghị quyết|Quyết định)(?![\p{L}])(?![ \t]+số)")
"""The 2025 formula that enacts a resolution or a decision, opening the line after its
preamble ("Hội đồng nhân dân ban hành Nghị quyết quy định ...", "Ủy ban nhân dân tỉnh ban
hành Quyết định ..."): it closes a preamble that no number line nor type heading opens. The
document enacted is the text itself, never one with a number (news: "Ủy ban nhân dân tỉnh
ban hành Quyết định số 1289/QĐ-UBND ...")."""


PREAMBLE_LINE = regex.compile(rf"[ \t|]*{PREAMBLE_DASH}(?:{PREAMBLE_HEADS})(?![\p{{L}}])")
PREAMBLE_CUES = ("Căn cứ", "Thực hiện", "đề nghị", "Xét")
"""What every head of `PREAMBLE_HEADS` holds (the lines to try a clause pattern at)."""
SIGNATURE_LINE = re.compile(r"[ \t]*(?:Nơi nhận|TM\.|T/M|KT\.|\(đã ký\))")
ATTACHED_LINE = re.compile(
    r"[ \t]*\((?:Ban hành kèm theo|(?:Phê duyệt |Ban hành )?[Kk]èm theo (?:Quyết định|QĐ|Nghị quyết|Kế hoạch))")
"""``(Ban hành kèm theo Quyết định số ...)`` (or "(Kèm theo Quyết định ...") under the
title of the attached programme."""
FIRST_ROMAN = re.compile(r"[ \t|]*I\.[ \t]")
"""A line opening the first Roman section: "I. MỤC TIÊU"."""
APPENDIX_LINE = regex.compile(r"[ \t|]*PHỤ[ \t]+LỤC(?:[ \t]+(?:SỐ[ \t]+)?(?:[IVX]{1,5}|\d{1,2}))?[ \t.:|]*$")
"""An appendix's first line, in capitals and alone ("PHỤ LỤC", "PHỤ LỤC II", "PHỤ LỤC SỐ 1"): after an attached
programme, it ends the programme; the appendix (its tables) is a part of its own, no paragraph of the last section."""
_LINE_WORDS = {
    DECISION_LINE: ("QUYẾT",), PREAMBLE_LINE: PREAMBLE_CUES, OPEN_PREAMBLE_AFTER: ("Số", "SỐ"),
    OPEN_PREAMBLE_HEADING: TYPE_HEADINGS,
    SIGNATURE_LINE: ("Nơi nhận", "TM.", "T/M", "KT.", "(đã ký)"),
    ATTACHED_LINE: ("(Ban hành kèm theo", "(Kèm theo", "(kèm theo", "(Phê duyệt kèm"),
    APPENDIX_LINE: ("PHỤ",),
}
"""Words one of which every line a part pattern matches holds."""
ATTACHED_TITLE = regex.compile(r"[ \t]*(?:CHƯƠNG|KẾ HOẠCH|ĐỀ ÁN|QUY ĐỊNH|QUY CHẾ|HƯỚNG DẪN|PHỤ LỤC)\b")

TERMINAL = regex.compile(r"[.;:!?…][\"'”’)\]|]*[ \t|\r]*$")
"""A line that ends a sentence or a clause (closing quotes, brackets, table pipes allowed)."""
_STOPS, _CLOSERS, _TRAILING_BLANKS = ".;:!?…", "\"'”’)]|", " \t|\r"
"""The three parts of `TERMINAL`, read from the end of a line by `ends_clause`."""

LETTERS = "abcdđeghiklmnopqrstuvxy"
"""Vietnamese list letters in order (no f, j, w, z)."""
LETTER_ORDINALS = {letter: n for n, letter in enumerate(LETTERS, 1)}
"""Each of `LETTERS` -> its place in the list, from 1."""
RANK = {"part": 0, "article": 1, "division": 1, "roman": 2, "arabic": 3, "decimal": 4, "letter": 5}
"""Depth of each marker type in a tree: a first marker (``I``, ``1``, ``a``) opens a list only
under a frame of a lower rank (an article or a division holds Roman sections, which hold numbered points)."""
ATTACHED_TITLE_LOOKBACK = 4
"""Non-blank lines above ``(Ban hành kèm theo`` searched for the programme's title."""
RUN_IN_LABEL_MAX = 80
"""A run-in heading ``1.2. Kết quả dự kiến: Đào tạo ...`` keeps the label before the colon
when the label is at most this long."""


@lru_cache(maxsize=1024)
def roman_value(numeral: str) -> int | None:
    """Value of a Roman numeral up to L, or None when it is not well formed (cached: the
    same few numerals open the sections of every programme)."""
    values = {"I": 1, "V": 5, "X": 10, "L": 50}
    total, prev = 0, 0
    for ch in reversed(numeral):
        v = values[ch]
        total += -v if v < prev else v
        prev = max(prev, v)
    return total if 0 < total < 90 and to_roman(total) == numeral else None


def to_roman(n: int) -> str:
    out = []
    for value, sym in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


# ---------------------------------------------------------------------------------------
# Lines

class Line(NamedTuple):
    start: int
    end: int
    """Offset of the line's end (before its newline)."""
    text: str


@document_cache()
def split_lines(text: str) -> tuple[Line, ...]:
    """Physical lines of ``text`` with their offsets (cached: `items` is called per section).
    Each `Line` is made by ``tuple.__new__`` from its three fields, which is what calling
    ``Line`` does, without the Python frame of the named tuple's ``__new__``."""
    raws = text.split("\n")
    starts = list(accumulate((len(raw) + 1 for raw in raws[:-1]), initial=0))
    ends = [start + len(raw) for start, raw in zip(starts, raws)]
    return tuple(map(tuple.__new__, repeat(Line), zip(starts, ends, raws)))


@document_cache()
def line_starts(text: str) -> list[int]:
    """Start offset of every line of ``text`` (for bisection)."""
    return [line.start for line in split_lines(text)]


def is_blank(line: Line) -> bool:
    return not line.text.strip(" \t|\r\u00a0")


def starts_with_marker(text: str) -> bool:
    """Whether a line starts like a numbered, lettered or article marker."""
    return any(pattern.match(text) for _, pattern in _line_patterns(text, 0))


_LINE_PATTERNS = (("article", ARTICLE), ("roman", ROMAN), ("arabic", ARABIC), ("decimal", DECIMAL),
                  ("letter", LETTER), ("division", DIVISION))
"""Line-start markers, in the order they are tried. No two match the same line (after its
digits an Arabic marker has a dot and a blank, a decimal one a dot and a digit), so the
order only spares calls: Arabic markers, the more frequent, are tried first."""
_PATTERNS_BY_FIRST = {
    "Đ": _LINE_PATTERNS[:1],
    **dict.fromkeys("IVXL", _LINE_PATTERNS[1:2]),
    **dict.fromkeys("0123456789", _LINE_PATTERNS[2:4]),
    **dict.fromkeys("abcdefghijklmnopqrstuvwxyzđ", _LINE_PATTERNS[4:5]),
    "P": _LINE_PATTERNS[5:],
}
"""The patterns a line may match, by its first non-blank character (``Đ`` an article, ``I V X L``
a Roman numeral, a digit a number, a small letter a letter, ``P`` a division)."""


def _line_patterns(text: str, pos: int) -> tuple[tuple[str, regex.Pattern], ...]:
    """The `_LINE_PATTERNS` that can match at ``pos``, judged by the first non-blank character."""
    first = text[pos] if pos < len(text) else ""
    if first in (" ", "\t"):
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        first = text[pos] if pos < len(text) else ""
    patterns = _PATTERNS_BY_FIRST.get(first)
    if patterns is None:
        return _LINE_PATTERNS[2:4] if first.isdigit() else ()
    return patterns


def _all_caps(text: str) -> bool:
    """Whether ``text`` has letters and all of them are capitals (stops at the first small one)."""
    found = False
    for c in text:
        if c.isalpha():
            if not c.isupper():
                return False
            found = True
    return found


def _unbalanced(text: str) -> bool:
    return text.count("(") > text.count(")")


def _first_letter(text: str) -> str:
    for c in text:
        if c.isalnum():
            return c
    return ""


def continues(lines: Sequence[Line], i: int) -> bool:
    """Whether line ``i`` continues line ``i - 1`` (a hard wrap), rather than starting anew.

    Text wrapped mid-sentence (An Giang file) carries on with a lower-case word, after a
    comma or a function word ("... của" / "Chính phủ ..."), inside an open bracket, or
    as a second all-capitals line of a heading ("VIII. KIỂM" / "TRA GIÁM SÁT ..."; in sentence case only after
    `_CAPS_HEADING_GOES_ON`: not "II. TỒN TẠI" / "Một số ..."). A wrapped
    line may even start with a dash ("... sản xuất công nghiệp" / "- tiểu thủ công
    nghiệp"): a dash line is a bullet unless it starts lower-case, sits in an open
    bracket, or is a lone dash line with no other bullet of its list around it, not under a
    short heading nor after a level word or an agency's heading (`linejoin.ends_name`, as
    `linejoin.bullet_continues` decides).
    """
    if i == 0 or is_blank(lines[i]) or is_blank(lines[i - 1]):
        return False
    prev, text = lines[i - 1].text.rstrip(), lines[i].text
    if starts_with_marker(text) or ends_clause(prev):
        return False
    bullet = BULLET.match(text)
    if bullet:
        rest = text[bullet.end():]
        if _first_letter(rest).islower() or _unbalanced(prev):
            return True
        if starts_with_marker(prev) and (len(prev.split()) <= SHORT_HEADING_WORDS or rest[:1].isdecimal()):
            return False  # a short heading's list of one item ("2. Yêu cầu" / "- Bảo tồn ..."), or a count's ("1. Công
            # tác đào tạo nghề" / "- 01 đề án ...", as `linejoin.bullet_continues` decides)
        if ends_name(prev):
            return False  # "2. Kho bạc Nhà nước tỉnh" / "- Kiểm soát ...": no name goes on after the dash
        if _all_caps(prev) and not _all_caps(rest):
            return False  # a heading in capitals over its item: "II. NHIỆM VỤ HỖ TRỢ MÁY MÓC" / "- Hỗ trợ 45 cơ sở ..."
        return not _has_bullet_sibling(lines, i, bullet.group("m"))
    first = _first_letter(text)
    if first.islower() or prev.endswith(",") or _unbalanced(prev):
        return True
    if _all_caps(prev):
        # a heading in capitals goes on in sentence case only after a word that cannot end it ("... CÁC NỘI DUNG CỦA" /
        # "Chương trình ..."), not after "TỒN TẠI", "6 THÁNG ĐẦU NĂM", "CƠ SỞ" over its first sentence
        return _all_caps(text) or f" {fold(prev)}".endswith(_CAPS_HEADING_GOES_ON)
    key = fold(prev)
    return (_ends_with_continuation_word(key) and not f" {key}".endswith(_COMPOUND_ENDS)
            and not _repeats_last_word(prev, text))


_COMPOUND_ENDS = (" ton tai", " hien tai")
"""Folded endings of a line whose last word is no function word but a compound's second syllable ("2. Tồn tại" /
"Một số đề án ...": no wrap, "tại" of "tồn tại")."""


_CAPS_HEADING_GOES_ON = (" cua", " va", " ve", " voi", " cho", " theo")
"""Folded last words after which a heading in capitals goes on in a line in sentence case: "của", "và", "về", "với",
"cho", "theo" (not "tại", "năm", "số", "trong": "II. TỒN TẠI" / "Một số ...", "KẾT QUẢ 6 THÁNG ĐẦU NĂM" / "Trong 6
tháng ...")."""


def _repeats_last_word(prev: str, line: str) -> bool:
    """Whether ``line`` opens with the word ``prev`` ends with ("1. Trách nhiệm các sở" / "Sở
    Công Thương chủ trì ..."): a wrap never writes a word twice, so the line starts anew."""
    last, first = prev.rsplit(None, 1)[-1], line.split(None, 1)[0]
    return fold(last) == fold(first)


def ends_clause(line: str) -> bool:
    """Whether `TERMINAL` matches ``line``: a stop, closing quotes or brackets, then blanks, at
    its end (or before a final newline), read from the end instead of scanned from the start."""
    if line.endswith("\n"):
        return _ends_clause_at_end(line) or _ends_clause_at_end(line[:-1])
    return _ends_clause_at_end(line)


def _ends_clause_at_end(line: str) -> bool:
    bare = line.rstrip(_TRAILING_BLANKS).rstrip(_CLOSERS)
    return bare != "" and bare[-1] in _STOPS


def _ends_with_continuation_word(key: str) -> bool:
    """Whether folded ``key`` is, or ends with, a word (or words) of `_continuation_words`."""
    words, longest = _continuation_words()
    last = key.split(" ")
    return any(" ".join(last[-n:]) in words for n in range(1, longest + 1))


def _has_bullet_sibling(lines: Sequence[Line], i: int, char: str) -> bool:
    """Another line of the same block starts with bullet ``char`` (before a marker line)."""
    lo, hi = max(0, i - SIBLING_WINDOW), min(len(lines), i + 1 + SIBLING_WINDOW)
    for j in (range(i - 1, lo - 1, -1), range(i + 1, hi)):
        for k in j:
            text = lines[k].text
            m = BULLET.match(text)
            if m and m.group("m") == char:
                return True
            if starts_with_marker(text):
                break
    return False


SIBLING_WINDOW = 60
"""Lines looked at on each side of a dash line for a sibling bullet."""


class Wrapped:
    """``continues(lines, i)`` of each line ``i``, worked out when first asked for."""

    def __init__(self, lines: Sequence[Line]):
        self.lines = lines
        self.known: list[bool | None] = [None] * len(lines)

    def __getitem__(self, i: int) -> bool:
        known = self.known[i]
        if known is None:
            known = self.known[i] = continues(self.lines, i)
        return known

    def starts_with_marker(self, i: int) -> None:
        """Record that line ``i`` starts with a marker: it continues nothing (`continues`)."""
        self.known[i] = False


def logical_end(lines: Sequence[Line], i: int, stop: int, wrapped: Wrapped | None = None) -> int:
    """Index past the last physical line that the logical line starting at ``i`` spans
    (``wrapped``, when given, holds ``continues(lines, j)`` at ``wrapped[j]``)."""
    j = i + 1
    while j < stop and (wrapped[j] if wrapped is not None else continues(lines, j)):
        j += 1
    return j


# ---------------------------------------------------------------------------------------
# Document parts

MARKER_TYPES = ("division", "roman", "decimal", "arabic", "letter")
"""Marker types looked for in a programme or a text without parts."""
BODY_MARKER_TYPES = ("article",) + MARKER_TYPES
"""Marker types looked for in the decision body: its articles, and inside an article the
same outline as a programme's (a programme approved inline: "Điều 1. Phê duyệt ... như
sau:" / "I. MỤC TIÊU" / "1. Mục tiêu chung" / "a) ...")."""


@dataclass(slots=True)
class Region:
    """A stretch of text whose markers form one tree, under an optional part node."""

    part: SectionNode | None
    start: int
    end: int
    parse: bool
    """Whether markers are looked for here (not in the header, preamble, signature)."""
    types: tuple[str, ...] = MARKER_TYPES


def _first_line(text: str, lines: Sequence[Line], pattern: regex.Pattern, lo: int, hi: int) -> int | None:
    """Index of the first of ``lines[lo:hi]`` (``lines`` are ``split_lines(text)``) that
    ``pattern`` matches, or None: only the lines holding one of its `_LINE_WORDS` are tried,
    found with ``str.find``."""
    if lo >= hi:
        return None
    pos, end, words = lines[lo].start, lines[hi - 1].end, _LINE_WORDS[pattern]
    while hits := [at for word in words if (at := text.find(word, pos, end)) >= 0]:
        k = _line_index(text, min(hits))
        if pattern.match(lines[k].text):
            return k
        pos = lines[k].end
    return None


def _text_start(text: str, pos: int) -> int:
    """First character at or after ``pos`` (or the end of ``text``) that is not one of
    `_BLANK_CHARS` (a loop: there are seldom more than two to skip)."""
    end = len(text)
    while pos < end and text[pos] in _BLANK_CHARS:
        pos += 1
    return pos


_BLANK_CHARS = frozenset("\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                         "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000|")
"""The characters of ``[\\s|]``: Unicode white space and the table pipe."""


def _trim_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over trailing blanks and table pipes (not before ``start``)."""
    while end > start and text[end - 1] in _BLANK_CHARS:
        end -= 1
    return end


def find_parts(text: str, lines: Sequence[Line]) -> list[Region]:
    """Split a decision (``lines`` are ``split_lines(text)``) into its parts; one parsed region
    when it has none. A text without "QUYẾT ĐỊNH:" may still have a header and a preamble
    (`open_preamble`): what follows is parsed without a part node."""
    n = len(lines)
    decision = _first_line(text, lines, DECISION_LINE, 0, n)
    if decision is None and (anchors := decision_anchors(text)):  # "QUYẾT ĐỊNH" alone, under the preamble
        decision = _line_index(text, anchors[0].start())
    attached = _first_line(text, lines, ATTACHED_LINE, decision or 0, n)
    programme = _programme_start(lines, attached) if attached is not None else None
    signature = None  # a decision's signature line, before the programme
    if decision is not None:
        signature = _first_line(text, lines, SIGNATURE_LINE, decision + 1, programme if programme is not None else n)
        if attached is None and signature is not None:
            programme = _unmarked_programme(lines, signature + 1)
    preamble = open_preamble(text) if decision is None else None
    if preamble is not None and programme is not None and preamble[1] > lines[programme].start:
        preamble = None
    if decision is None and attached is None and preamble is None:
        return [Region(None, 0, len(text), True, _region_types(text, 0, len(text)))]
    stop = programme if programme is not None else n
    regions: list[Region] = []
    if decision is not None:
        preamble_line = _first_line(text, lines, PREAMBLE_LINE, 0, decision)
        header_end = lines[preamble_line if preamble_line is not None else decision].start
        _add_part(regions, text, "header", lines[0].start, header_end, None)
        if preamble_line is not None:
            _add_part(regions, text, "preamble", lines[preamble_line].start, lines[decision].start, None)
        body_end = lines[signature].start if signature is not None else _line_start(lines, stop, text)
        heading = " ".join(lines[decision].text.replace("|", " ").split()).rstrip(":").strip()
        _add_part(regions, text, "body", lines[decision].start, body_end, heading,
                  kind="decision", types=BODY_MARKER_TYPES)
        if signature is not None:
            _add_part(regions, text, "signature", lines[signature].start,
                      _line_start(lines, stop, text), None)
    elif preamble is not None:
        start, end = preamble
        _add_part(regions, text, "header", lines[0].start, start, None)
        _add_part(regions, text, "preamble", start, end, None)
        signature = _first_line(text, lines, SIGNATURE_LINE, _line_index(text, end) + 1, stop)
        rest_end = lines[signature].start if signature is not None else _line_start(lines, stop, text)
        regions.append(Region(None, end, rest_end, True, _region_types(text, end, rest_end, lines)))
        if signature is not None:
            _add_part(regions, text, "signature", lines[signature].start,
                      _line_start(lines, stop, text), None)
    elif programme is not None and programme > 0:
        end = lines[programme].start
        regions.append(Region(None, 0, end, True, _region_types(text, 0, end)))
    if programme is not None:
        title_lines = lines[programme:attached] if attached is not None else _capitals_run(lines, programme)
        title_end = _attached_end(lines, attached) if attached is not None else title_lines[-1].end
        title = _lines_text(title_lines)
        if attached is None:  # the words in capitals: what the lost line left may be joined to it
            title = " ".join(takewhile(lambda word: word.upper() == word, title.split()))
        appendix = _first_line(text, lines, APPENDIX_LINE, _line_index(text, title_end) + 1, n)
        programme_end = lines[appendix].start if appendix is not None else len(text)
        _add_part(regions, text, "programme", lines[programme].start, programme_end,
                  " ".join(title.split()) or None, body_start=title_end,
                  types=_region_types(text, title_end, programme_end))  # a regulation's articles
        if appendix is not None:
            heading = " ".join(_lines_text(_capitals_run(lines, appendix)).split())
            _add_part(regions, text, "appendix", programme_end, len(text), heading, types=MARKER_TYPES)
    return regions


def _region_types(text: str, start: int, end: int, lines: Sequence[Line] | None = None) -> tuple[str, ...]:
    """Marker types of a stretch outside a decision body: `MARKER_TYPES`, and its articles
    too when it clearly has some (lines opening "Điều 1." and "Điều 2.", as a guidance or
    a regulation without "QUYẾT ĐỊNH:" has). Given the text's ``lines``, the stretch follows
    an open preamble: a line opening "Điều 1." that is its first structure line
    (`PREAMBLE_STRUCTURE`) is enough (a resolution of 2025, "Hội đồng nhân dân tỉnh ban hành
    Nghị quyết ..." for "QUYẾT NGHỊ:", cut inside its first article)."""
    seen: dict[str, int] = {}
    for at in occurrences(text, "Điều", end, start):
        m = ARTICLE.match(text, line_start := text.rfind("\n", 0, at) + 1, end)
        if m and m.start(1) == at and m[2] in ("1", "2"):
            seen.setdefault(m[2], line_start)
            if len(seen) == 2:
                return BODY_MARKER_TYPES
    if lines is not None and "1" in seen and _first_structure(text, lines, start, seen["1"]):
        return BODY_MARKER_TYPES
    return MARKER_TYPES


def _first_structure(text: str, lines: Sequence[Line], start: int, line_start: int) -> bool:
    """Whether no line from offset ``start`` up to the line starting at ``line_start`` opens
    structure (`PREAMBLE_STRUCTURE`): that line is the first to."""
    k = _line_index(text, start)
    while k < len(lines) and lines[k].start < line_start:
        if PREAMBLE_STRUCTURE.match(lines[k].text):
            return False
        k += 1
    return True


@document_cache()
def open_preamble(text: str) -> tuple[int, int] | None:
    """The extent of a preamble that no "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:" closes (a plan, a
    guidance, a text cut before its operative line), or None.

    Only in a text without a `DECISION_ANCHOR`: the run of clauses (`PREAMBLE_LINE`) whose
    first comes after the header's number line, or a copy's type heading without it
    (`_preamble_opening`), with no structure (`PREAMBLE_STRUCTURE`) nor running text
    (`PROSE_LINE_MIN`) between them; in a copy without either, a run that the 2025
    enacting formula closes (`ENACTING_LINE`), with none of them before it. The run ends
    before the first line that opens structure, or that is not a clause head after a line
    ending a clause ("Ủy ban nhân dân tỉnh ban hành Kế hoạch ... như sau:" after "Căn cứ
    ...;"), unless it carries the clause on (`PREAMBLE_CARRIER`); a line after one that ends
    mid-phrase is the clause's hard wrap (up to `PREAMBLE_CLAUSE_MAX` characters).
    """
    if decision_anchors(text):
        return None
    lines = split_lines(text)
    first = _first_line(text, lines, PREAMBLE_LINE, 0, len(lines))
    if first is None:
        return None
    opening = _preamble_opening(text, lines, first)
    if opening is None and text.find(" ban hành ", lines[first].end) == -1:
        return None  # (no `ENACTING_LINE` can close it)
    after = opening + 1 if opening is not None else 0
    if any(_opens_body(line.text) for line in lines[after:first]):
        return None
    last = _clause_run_end(lines, first)
    if opening is None and not _enacted_after(lines, last):
        return None
    return lines[first].start, lines[last].end


def _clause_run_end(lines: Sequence[Line], first: int) -> int:
    """The index of the last line of the run of preamble clauses from line ``first`` on (see
    `open_preamble`)."""
    last, gap, listing, clause = first, False, False, lines[first].start
    for k in range(first, len(lines)):
        line = lines[k].text
        if is_blank(lines[k]):
            gap = True
            continue
        if PREAMBLE_LINE.match(line):
            listing = len(line.strip()) <= PREAMBLE_LIST_HEAD_MAX and line.rstrip().endswith(":")
            clause = lines[k].start
        elif lines[k].end - clause > PREAMBLE_CLAUSE_MAX:
            break
        elif listing and BULLET.match(line):
            pass
        elif PREAMBLE_STRUCTURE.match(line):
            break
        elif not PREAMBLE_CARRIER.match(line):
            above = lines[last].text.rstrip(_TRAILING_BLANKS)
            if gap or ends_clause(above) or above.endswith(","):
                break
        last, gap = k, False
    return last


def _enacted_after(lines: Sequence[Line], last: int) -> bool:
    """Whether line ``last`` ends its clause with ";" and the first non-blank line after it
    opens with `ENACTING_LINE` (a sentence of prose ends with a full stop)."""
    if not lines[last].text.rstrip(_TRAILING_BLANKS).endswith(";"):
        return False
    for line in lines[last + 1:]:
        if not is_blank(line):
            return ENACTING_LINE.match(line.text) is not None
    return False


def _preamble_opening(text: str, lines: Sequence[Line], first: int) -> int | None:
    """The line before preamble clause ``first`` that a preamble may follow: the header's
    number line (`OPEN_PREAMBLE_AFTER`), else, in a copy without one, the type heading
    (`OPEN_PREAMBLE_HEADING`); None when neither is there."""
    number = _first_line(text, lines, OPEN_PREAMBLE_AFTER, 0, first)
    return number if number is not None else _first_line(text, lines, OPEN_PREAMBLE_HEADING, 0, first)


def _opens_body(line: str) -> bool:
    """Whether a line between the header's number and a "Căn cứ" shows a body has begun:
    structure (but a heading of the grounds themselves, "I. CĂN CỨ PHÁP LÝ"), or a sentence
    of running text (but a consolidated text's note, `CONSOLIDATION_NOTE`, or an addressee line, `ADDRESSEE_LINE`)."""
    return bool(PREAMBLE_STRUCTURE.match(line) and not GROUNDS_HEADING.match(line)) or (
        len(line) >= PROSE_LINE_MIN and line.rstrip(_TRAILING_BLANKS).endswith(".")
        and not CONSOLIDATION_NOTE.match(line) and not ADDRESSEE_LINE.match(line))


ADDRESSEE_LINE = regex.compile(r"[ \t|]*Kính[ \t]+gửi[ \t]*:")
"""A report's addressee line ("Kính gửi: Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công - Bộ Công Thương."): a
header's line, however long, no running text."""


CONSOLIDATION_NOTE = regex.compile(
    r"[ \t|]*(?:Thông tư|Nghị định|Quyết định|Nghị quyết|Luật)(?:[ \t]+liên[ \t]+tịch)?[ \t]+số[ \t]+[^\n]{0,600}?"
    r"có[ \t]+hiệu[ \t]+lực[ \t]+(?:kể[ \t]+)?từ[ \t]+ngày"
)
"""A consolidated text's note under its title, one line for the original and one for each
amending text ("Thông tư số 38/2025/TT-BCT ngày ... sửa đổi, bổ sung ..., có hiệu lực kể từ
ngày 01 tháng 7 năm 2025."): it comes before the preamble, which it does not close."""


# A plan's heading over its preamble clauses: "I. CĂN CỨ PHÁP LÝ", "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
# "1. Cơ sở pháp lý".
GROUNDS_HEADING = regex.compile(
    r"[ \t|]*(?:[IVX]{1,4}|\d{1,2})\.[ \t]+(?i:căn[ \t]+cứ|cơ[ \t]+sở)(?:[ \t]+(?i:pháp[ \t]+lý|xây[ \t]+dựng|ban[ \t]+hành)"
    r"[^\n]{0,60})?[ \t:|]*$"
)


def _line_start(lines: Sequence[Line], k: int, text: str) -> int:
    return lines[k].start if k < len(lines) else len(text)


def _programme_start(lines: Sequence[Line], attached: int) -> int:
    """Line of the attached programme's title: "CHƯƠNG TRÌNH ..." just above "(Ban hành ..."."""
    seen, k = 0, attached - 1
    while k >= 0 and seen < ATTACHED_TITLE_LOOKBACK:
        if not is_blank(lines[k]):
            seen += 1
            if ATTACHED_TITLE.match(lines[k].text):
                return k
        k -= 1
    return attached


def _unmarked_programme(lines: Sequence[Line], start: int) -> int | None:
    """The title line of a programme attached without its "(Ban hành kèm theo ...)" line (a
    copy lost it), searched from line ``start`` (after the signature) on: a title in
    capitals (`ATTACHED_TITLE`) with "I." opening one of the `ATTACHED_TITLE_LOOKBACK`
    non-blank lines below it. None when there is none."""
    for k in range(start, len(lines)):
        if not ATTACHED_TITLE.match(lines[k].text):
            continue
        seen, j = 0, k + 1
        while j < len(lines) and seen < ATTACHED_TITLE_LOOKBACK:
            if not is_blank(lines[j]):
                seen += 1
                if FIRST_ROMAN.match(lines[j].text):
                    return k
            j += 1
    return None


def _lines_text(lines: Sequence[Line]) -> str:
    """The text of a title's ``lines``, each trimmed of blanks and table pipes, joined by a space (blank ones left out)."""
    return " ".join(line.text.strip(" \t|") for line in lines if not is_blank(line))


def _capitals_run(lines: Sequence[Line], first: int) -> Sequence[Line]:
    """``lines[first]`` and the lines after it written in capitals (a title wrapped over
    lines), blank ones among them."""
    end = first + 1
    while end < len(lines) and lines[end].text.upper() == lines[end].text and not FIRST_ROMAN.match(lines[end].text):
        end += 1
    return lines[first:end]


def _attached_end(lines: Sequence[Line], attached: int) -> int:
    """Offset just past the closing bracket of "(Ban hành kèm theo ...)"."""
    depth = 0
    for line in lines[attached: attached + 6]:
        for bracket in _BRACKET.finditer(line.text):  # the brackets alone, not every character
            if bracket[0] == "(":
                depth += 1
            else:
                depth -= 1
                if depth == 0:
                    return line.start + bracket.end()
    return lines[attached].end


_BRACKET = re.compile(r"[()]")


def _add_part(regions, text, pid, start, end, heading, *, kind="other", types=None, body_start=None):
    start = _text_start(text, start)
    end = _trim_end(text, start, end)
    if end <= start:
        return
    node = SectionNode(pid, None, None, 0, heading, kind, start, end,
                       body_start if body_start is not None else start)
    parse = types is not None or pid == "programme"
    region_start = node.body_start if pid == "programme" else start
    regions.append(Region(node, region_start, end, parse, types or MARKER_TYPES))


# ---------------------------------------------------------------------------------------
# The marker tree

class Frame(NamedTuple):
    """An open section (or the region's part node) on the builder's stack."""

    node: SectionNode | None
    type: str
    ordinal: Any  # `_ordinal`
    last: dict
    """Last ordinal of each marker type among this frame's children (filled as they open)."""


def _ordinal(mtype: str, value: str):
    if mtype == "roman":
        return roman_value(value)
    if mtype == "division":  # "2", "II" or "thứ hai"
        if value[0].isdigit():
            return int(value)
        return _DIVISION_WORDS.get(value.split()[-1].lower()) if value[0] in "Tt" else roman_value(value)
    if mtype == "letter":
        return LETTER_ORDINALS.get(value)
    if mtype == "decimal":
        return tuple(int(p) for p in value.split("."))
    return int(value)


def _place(stack: list[Frame], mtype: str, ordinal) -> int | None:
    """Index of the frame a marker becomes a child of (popping above it), or None: not a marker.

    A marker continues the list of the nearest open frame whose last child of the same type
    is its predecessor (one skipped number tolerated), or starts a new list under the
    innermost frame when it is a first one (``I``, ``1``, ``a``) of a deeper rank (an Arabic
    list may also nest in an Arabic point, as Tuyên Quang's "IV. KINH PHÍ" does). The first
    marker of a region is taken whatever its number, and so is a second Roman or Arabic
    marker ("II", "2") under a frame whose children so far all rank below it (`_lost_first`;
    not a letter: "b)" after a heading is more often a stray item than a list that lost "a)").
    """
    if len(stack) == 1 and not stack[0].last:
        return 0  # the first marker of a region (an excerpt may start at "IV." or "4.")
    if mtype == "decimal":
        return _place_decimal(stack, ordinal)
    for depth in range(len(stack) - 1, -1, -1):
        last = stack[depth].last.get(mtype)
        if last is not None and (ordinal == last + 1 or ordinal == last + 2):
            return depth
    if ordinal == 1:
        top = stack[-1]
        if RANK[mtype] > RANK[top.type] or (mtype == top.type == "arabic" and top.last.get("arabic") is None):
            return len(stack) - 1
    if ordinal == 2 and mtype != "letter":  # the second of a list whose first a copy lost
        for depth in range(len(stack) - 1, -1, -1):
            if _lost_first(stack[depth], mtype):
                return depth
    return None


def _repeated_at(stack: list[Frame], mtype: str, ordinal) -> int | None:
    """Index of the frame whose last Roman or Arabic child has ``ordinal`` too, after a
    deeper list ("3. Kết quả theo nội dung" / "a) ..." / "d) ..." / "3. Tồn tại, hạn chế"):
    a number given twice by mistake opens a section of its own (kept under an id with "~",
    `segment_warnings`), not words of the item above. None for any other marker."""
    if mtype not in ("roman", "arabic"):
        return None
    for depth in range(len(stack) - 2, -1, -1):
        if stack[depth].last.get(mtype) == ordinal:
            return depth
    return None


REPEATED_HEADING_WORDS = 8
"""Most words after a repeated number for it to open a section (`_repeated_at`)."""


def _heading_line(text: str, start: int, end: int) -> bool:
    """Whether the rest of a line after its marker reads as a heading: capitalised, of at
    most `REPEATED_HEADING_WORDS` words, no sentence end in it."""
    rest = text[start:end].strip()
    return (bool(rest) and rest[0].isupper() and len(rest.split()) <= REPEATED_HEADING_WORDS
            and not rest.endswith(".") and not _SENTENCE_END.search(rest))


def _lost_first(frame: Frame, mtype: str) -> bool:
    """Whether a second marker of type ``mtype`` ("II.", "2.") opens a list in ``frame`` whose
    first marker was lost: the frame ranks above that type and its children so far, if any,
    all rank below it (the points under a lost "I. MỤC TIÊU", the letters under a lost "1.")."""
    return RANK[frame.type] < RANK[mtype] and all(RANK[child] > RANK[mtype] for child in frame.last)


def _place_decimal(stack: list[Frame], path: tuple) -> int | None:
    """A decimal ``a.b`` goes under the open Arabic ``a`` (or decimal ``a.b`` for ``a.b.c``)."""
    head, tail = path[:-1], path[-1]
    for depth in range(len(stack) - 1, -1, -1):
        frame = stack[depth]
        own = (frame.ordinal,) if frame.type == "arabic" else frame.ordinal if frame.type == "decimal" else None
        last = frame.last.get("decimal")
        if own == head and ((last is None and tail == 1) or (last is not None and tail == last[-1] + 1)):
            return depth
        if own is None and last is not None and last[:-1] == head and tail == last[-1] + 1:
            return depth
    if tail == 1 and len(head) == 1:
        for depth in range(len(stack) - 1, -1, -1):
            if RANK[stack[depth].type] < RANK["arabic"]:
                return depth
    return None


def _child_id(parent: Frame, mtype: str, value: str) -> str:
    base = parent.node.id if parent.node is not None and (
        parent.node.marker_type != "part" or parent.node.id == "appendix") else None  # "appendix.I": no programme's I
    if mtype == "article":
        label = f"Điều {value}"
    elif mtype == "division":
        label = f"Phần {to_roman(_ordinal(mtype, value) or 0) or value}"  # "PHẦN THỨ HAI", "Phần 2": "Phần II"
    elif mtype == "decimal":
        parts = value.split(".")
        own = {"arabic": 1, "decimal": len(parts) - 1}.get(parent.type)
        label = ".".join(parts[own:]) if own is not None and own < len(parts) else value
    else:
        label = value
    return f"{base}.{label}" if base else label


class Visits(NamedTuple):
    """The lines of a text that may open a section: its first line, the lines whose first
    non-blank character may start a line marker, and the lines holding a mid-line cue."""

    order: list[int]
    """Their indices, in order."""
    cue_lines: frozenset[int]
    """The indices of those holding a mid-line cue."""

    @classmethod
    def of(cls, text: str, cues: list[int]) -> Visits:
        """`Visits` of ``text`` (``cues`` are its `midline_cues`)."""
        starts = line_starts(text)
        cue_lines = frozenset(_line_index(text, cue) for cue in cues)
        found = [bisect.bisect_left(starts, m.start() + 1) for m in MARKER_LINE.finditer(text)]
        return cls(sorted(cue_lines.union(found, (0,))), cue_lines)


MARKER_LINE = re.compile(r"\n[ \t]*[0-9IVXLPa-z\x80-\U0010ffff]")
"""A line (after the first) whose first non-blank character may start a `_LINE_PATTERNS` marker:
``I V X L`` a Roman numeral, a digit a number, a small letter a letter, ``P`` a division; any
non-ASCII character is let through (``Đ`` of an article, ``đ``, the digits of other scripts)."""


class _Builder:
    """Walks the lines of one region, opening sections as accepted markers appear."""

    def __init__(self, text: str, lines: Sequence[Line], wrapped: Wrapped, cues: list[int],
                 visits: Visits, region: Region, ids: dict[str, int]):
        self.text, self.lines, self.region, self.ids = text, lines, region, ids
        self.wrapped, self.cues, self.visits = wrapped, cues, visits
        root = region.part
        self.stack = [Frame(root, "part", None, {})]
        self.nodes: list[SectionNode] = []
        self.node_lines: list[int] = []
        """The index of the line each of ``nodes`` opens on."""

    def run(self) -> list[SectionNode]:
        """The region's sections, from the lines of `visits` (no other line can open one)."""
        text, lines, lo, hi = self.text, self.lines, self.region.start, self.region.end
        order, cue_lines, cues = self.visits.order, self.visits.cue_lines, self.cues
        for i in order[bisect.bisect_left(order, _line_index(text, lo)):]:
            line = lines[i]
            if line.start >= hi:
                break
            if line.end <= lo:
                continue
            if line.start < lo:
                pos = lo  # the region starts inside this line: no line-start marker
            else:
                pos = line.start
                if patterns := _line_patterns(text, pos):
                    pos = self._line_marker(i, line, patterns) or pos
            if i in cue_lines:
                k = bisect.bisect_left(cues, pos)
                if k < len(cues) and cues[k] < line.end:
                    self._midline_markers(i, line, pos)
        return self.nodes

    def _inside_section(self) -> bool:
        """Whether a section is open outside any division: a Roman section, or a numbered or lettered item (a division's
        marker there, "Phần 1: Lý thuyết", names a part of its content)."""
        return not any(frame.type == "division" for frame in self.stack) and any(
            frame.type in ("roman", "arabic", "decimal", "letter") for frame in self.stack)

    def _line_marker(self, i: int, line: Line, patterns: tuple[tuple[str, regex.Pattern], ...]) -> int | None:
        """Offset past the marker line ``i`` opens a section with, or None. A line a marker
        pattern matches never continues the line above (`continues`), so this is tried first."""
        types = self.region.types
        for mtype, pattern in patterns:
            if mtype in types and (m := pattern.match(self.text, line.start, line.end)):
                if mtype == "division" and not _headed_division(self.text, m.end(), line.end, self._inside_section()):
                    continue  # "Phần 1: Lý thuyết (20 tiết).": an item's words, no division
                self.wrapped.starts_with_marker(i)
                if self._open(mtype, m, i):
                    return m.end()
        return None

    def _midline_markers(self, i: int, line: Line, pos: int) -> None:
        found: list[tuple[int, str, regex.Match]] = []
        for mtype, pattern in MIDLINE:
            if mtype in self.region.types:
                found.extend((m.start(), mtype, m) for m in pattern.finditer(self.text, pos, line.end))
        for _, mtype, m in sorted(found, key=lambda f: f[0]):
            self._open(mtype, m, i, midline=True)

    def _open(self, mtype: str, m: regex.Match, i: int, midline: bool = False) -> bool:
        """Open a section at marker match ``m`` on line ``i`` (groups 1 and 2 of every marker pattern are
        ``m``, the marker, and ``v``, its value: read by number, which is quicker than by name)."""
        marker, value = m[1], m[2]
        ordinal = _ordinal(mtype, value)
        if ordinal is None:
            return False
        stack = self.stack
        depth: int | None
        seed: dict = {}
        if mtype == "article":
            depth = 0  # right under the region's part
        elif mtype == "division":  # under the region's part, or the article it sets out a programme in
            depth = max((k for k, frame in enumerate(stack) if frame.type == "article"), default=0)
            before = next((frame for frame in stack if frame.type == "division"), None)
            if before is not None and "roman" in before.last:
                seed["roman"] = before.last["roman"]  # "PHẦN II" / "III. MỤC TIÊU": the Roman numbers go on
        else:
            depth = _place(stack, mtype, ordinal)
            if depth is None and not midline and _heading_line(self.text, m.end(), self.lines[i].end):
                depth = _repeated_at(stack, mtype, ordinal)
            if depth is None or (midline and stack[depth].last.get(mtype) != ordinal - 1):
                return False  # mid-line, only the very next marker of an open list
        del stack[depth + 1:]
        parent = stack[-1]
        node_id = self._unique(_child_id(parent, mtype, value))
        above = parent.node
        start = m.start(1)
        node = SectionNode(node_id, above.id if above is not None else None, marker,
                           above.level + 1 if above is not None else 0,
                           None, "other", start, start, m.end(), mtype)
        parent.last[mtype] = ordinal
        stack.append(Frame(node, mtype, ordinal, seed))
        self.nodes.append(node)
        self.node_lines.append(i)
        return True

    def _unique(self, node_id: str) -> str:
        n = self.ids.get(node_id, 0) + 1
        self.ids[node_id] = n
        return node_id if n == 1 else f"{node_id}~{n}"


def _close(nodes: list[SectionNode], text: str, region_end: int) -> None:
    """Set each node's end: the start of the next node at its level or above, or the region end."""
    open_nodes: list[SectionNode] = []
    for node in nodes:
        while open_nodes and open_nodes[-1].level >= node.level:
            done = open_nodes.pop()
            done.end = _trim_end(text, done.start, node.start)
        open_nodes.append(node)
    for done in open_nodes:
        done.end = _trim_end(text, done.start, region_end)


def _set_heading(node: SectionNode, i: int, text: str, lines: Sequence[Line], wrapped: Wrapped,
                 next_start: int) -> None:
    """Heading: the rest of the marker's (logical) line ``i``, up to a run-in colon or the next marker."""
    start = node.body_start
    end = min(lines[logical_end(lines, i, len(lines), wrapped) - 1].end, max(next_start, start), node.end)
    raw = text[start:end]
    head = _collapse(raw)
    body_start = end
    colon = head.find(":")
    if 0 < colon <= RUN_IN_LABEL_MAX and not _SENTENCE_END.search(head, 0, colon):
        body_start = min(_text_start(text, start + raw.find(":") + 1), end)
        head = head[:colon].rstrip()
    if not head and node.marker_type == "division" and (under := _heading_under(text, end, node.end)):
        head, body_start = " ".join(text[under[0]:under[1]].split()), under[1]  # "PHẦN I" / "KẾT QUẢ THỰC HIỆN NĂM 2023"
    node.heading = head or None
    node.body_start = min(body_start, node.end)


def _headed_division(text: str, pos: int, line_end: int, inside_section: bool) -> bool:
    """Whether a division's marker ending at ``pos`` has a heading: the rest of its line, a bracketed note after it
    aside, in capitals ("PHẦN I. KẾT QUẢ THỰC HIỆN NĂM 2023 (Kèm theo Phụ lục 1)"), or a short one in sentence case
    without a full stop over its first Roman section ("Phần I: Kết quả thực hiện năm 2023" / "I. ..."), or over other
    content where no section is open outside a division (``inside_section``) and it names no count (not the parts of a
    course under "II. NỘI DUNG ĐÀO TẠO", "Phần 1: Lý thuyết (20 tiết)", nor a contest's rounds, "Phần I: Vòng sơ khảo
    với 60 sản phẩm"); or the lines under it in capitals when its own holds nothing more ("PHẦN I" / "KẾT QUẢ THỰC
    HIỆN NĂM 2023")."""
    rest = _NOTE_AFTER.sub("", text[pos:line_end]).strip()
    if not rest:
        return _heading_under(text, line_end, len(text)) is not None
    if _all_caps(rest):
        return True
    if not (rest[0].isupper() and not rest.endswith(".") and len(rest.split()) <= SENTENCE_HEADING_WORDS):
        return False
    if _FIRST_ROMAN.match(text, _text_start(text, line_end)):
        return True  # over its first Roman section: "Phần I: Kết quả thực hiện 6 tháng đầu năm 2024" / "I. ..."
    return not inside_section and not _COUNT_IN_HEADING.search(text, pos, line_end)


_FIRST_ROMAN = re.compile(r"I\.[ \t]")
"""The marker of a division's first Roman section, opening the line under its heading."""
_COUNT_IN_HEADING = re.compile(r"\(\s*\d|(?<!\w)với\s+\d|\d+\s+(?:tiết|sản phẩm|giờ|buổi|học viên|lượt)(?!\w)")
"""A count in a line after a division's marker: bracketed ("(20 tiết)"), after "với" ("với 60 sản phẩm") or of
lessons, products, hours or trainees, no heading's (not "6 tháng", "5 năm", "số 1881")."""


_NOTE_AFTER = re.compile(r"\s*\([^()]*\)\s*$")
"""A bracketed note closing a heading: "(Kèm theo Phụ lục 1)"."""
SENTENCE_HEADING_WORDS = 12
"""Words at most of a division's heading in sentence case."""


DIVISION_HEADING_LINES = 3
"""Lines in capitals at most a division's heading under its marker's line is wrapped over."""


def _heading_under(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """The extent of the lines after ``pos`` (blank lines passed over, before ``end``) in capitals that open no
    section, `DIVISION_HEADING_LINES` at most: a division's heading under its marker's line ("PHẦN I" / "KẾT QUẢ
    TRIỂN" / "KHAI THỰC HIỆN ...")."""
    start = heading_end = _text_start(text, pos)
    for _ in range(DIVISION_HEADING_LINES):
        line_end = text.find("\n", heading_end, end)
        line_end = end if line_end == -1 else line_end
        line = text[heading_end:line_end].strip()
        if not line or not _all_caps(line) or starts_with_marker(line):
            break
        heading_end = line_end + 1
    return (start, heading_end - 1) if heading_end > start else None


_SENTENCE_END = re.compile(r"[.;!?] ")
"""A label before a run-in colon is one phrase: "a) Là Cơ quan Thường trực. Chủ trì: ..." is not one."""


def _line_index(text: str, pos: int) -> int:
    """Index of the line of ``text`` holding offset ``pos``."""
    return max(0, bisect.bisect_right(line_starts(text), pos) - 1)


def _assign_kinds(nodes: list[SectionNode]) -> None:
    """Kinds: the body is ``decision``, and so is an article unless its heading has a kind
    (a guidance's "Điều 1. Đối tượng được hỗ trợ" is ``scope``); a top section takes its
    heading's kind (``other`` when none); a deeper one inherits unless its own short heading
    says otherwise. A point of an article is top-level for this ("Điều 1. ... như sau:" /
    "1. Mục tiêu" is an objectives section), falling back to its article's kind."""
    by_id = {n.id: n for n in nodes}
    for node in nodes:
        parent = by_id.get(node.parent_id) if node.parent_id else None
        if node.marker_type == "division":  # its own heading's, not an article's "decision"
            node.kind = heading_kind(node.heading, True) or "other"
            continue
        if node.marker_type in ("part", "article"):
            if node.marker_type == "article":
                node.kind = heading_kind(node.heading, True) or "decision"
            elif node.id == "body":
                node.kind = "decision"
            continue
        in_article = parent is not None and parent.marker_type in ("article", "division")
        top = parent is None or parent.marker_type == "part" or in_article
        own = heading_kind(node.heading, top)
        node.kind = own or (parent.kind if parent is not None and (in_article or not top) else "other")


def segment(clean: MappedText | str) -> list[SectionNode]:
    """Return the section tree of ``clean`` flattened in reading order."""
    text = clean.text if isinstance(clean, MappedText) else clean
    lines = split_lines(text)
    wrapped = Wrapped(lines)
    cues = midline_cues(text)
    visits = Visits.of(text, cues)
    ids: dict[str, int] = {}
    out: list[SectionNode] = []
    for region in find_parts(text, lines):
        if region.part is not None:
            out.append(region.part)
        if not region.parse:
            continue
        builder = _Builder(text, lines, wrapped, cues, visits, region, ids)
        nodes = builder.run()
        _close(nodes, text, region.end)
        next_starts = [node.start for node in nodes[1:]] + [region.end]
        for node, i, next_start in zip(nodes, builder.node_lines, next_starts):
            _set_heading(node, i, text, lines, wrapped, next_start)
        out.extend(nodes)
    _assign_kinds(out)
    return out


def midline_cues(text: str) -> list[int]:
    """The end of every `MIDLINE_CUE` match in ``text``, in order."""
    stops = sorted(m.start() for pattern in _CUE_STOPS for m in pattern.finditer(text))
    return [m.end() for stop in stops if (m := MIDLINE_CUE.match(text, stop))]


def segment_warnings(nodes: Sequence[SectionNode], clean: MappedText) -> list[Warning]:
    """What the tree shows is odd: a repeated section id, a skipped number or letter."""
    out: list[Warning] = []
    last: dict[tuple[str | None, str], tuple[SectionNode, Any]] = {}  # its last ordinal (`_ordinal`)
    for node in nodes:
        if "~" in node.id:
            out.append(Warning(code="section_repeated",
                               message=f"section {node.id.split('~')[0]} appears again (kept as {node.id})",
                               span=clean.to_source(node.start, node.body_start)))
        if node.marker_type not in ("roman", "arabic", "letter"):
            continue
        marker = node.marker or ""
        value = marker[:-1] if marker.endswith((".", ")")) else marker  # "IV." -> "IV", "đ)" -> "đ"
        ordinal = _ordinal(node.marker_type, value)
        key = (node.parent_id, node.marker_type)
        previous = last.get(key)
        if previous is not None and ordinal is not None and previous[1] is not None and ordinal > previous[1] + 1:
            out.append(Warning(code="section_number_skipped",
                               message=f"section {node.id} follows {previous[0].id}: a number or letter is missing",
                               span=clean.to_source(node.start, node.body_start)))
        last[key] = (node, ordinal)
    return out


# ---------------------------------------------------------------------------------------
# Items

def items(source, node: SectionNode, sections: list[SectionNode] | None = None) -> list[Item]:
    """The points directly under ``node``, in reading order, with clean-text offsets.

    ``source`` is a `Context` (its sections are used), a `MappedText` or a ``str`` (then
    segmented again unless ``sections`` is given). Each child section is one item (its
    whole extent, children included); the rest of the section's own text is split into
    bullet items (a top-level bullet takes the deeper bullets and wrapped lines under it)
    and paragraph items (a line, with its hard-wrapped continuation lines).
    """
    text = source.text if hasattr(source, "text") else source
    if sections is None:
        sections = getattr(source, "sections", None)
    if sections is None:
        sections = segment(text)
    children = [s for s in sections if s.parent_id == node.id and s.id != node.id]
    out: list[Item] = []
    pos = node.body_start
    for child in children + [None]:
        stop = child.start if child is not None else node.end
        out.extend(_text_items(text, pos, stop))
        if child is None:
            break
        text_start = _text_start(text, child.start + len(child.marker or ""))
        out.append(Item(child.start, child.end, child.marker, _collapse(text[text_start:child.end]),
                        text_start, "section", child.id))
        pos = child.end
    return out


def _collapse(text: str) -> str:
    """``text`` with table pipes as blanks and each run of blanks as one space, trimmed.
    A text already so (printable, so its only blank is the space; no pipe, double or edge
    space) is returned as it is, without splitting it into words and joining them again."""
    if text.isprintable() and "|" not in text and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.replace("|", " ").split())


def _text_items(text: str, lo: int, hi: int) -> list[Item]:
    """Bullets and paragraphs in ``text[lo:hi]`` (a stretch without sections)."""
    if hi <= lo or not text[lo:hi].strip(" \t\n|"):
        return []
    all_lines = split_lines(text)
    first = bisect.bisect_right(line_starts(text), lo) - 1
    lines = []
    for line in all_lines[max(first, 0):]:
        if line.start >= hi:
            break
        if line.end > lo or line.start >= lo:
            lines.append(line)
    clipped = [l if lo <= l.start and l.end <= hi else Line(max(l.start, lo), min(l.end, hi), text[max(l.start, lo):min(l.end, hi)])
               for l in lines]  # only the first and last lines may stick out
    top_bullet = None
    out: list[Item] = []
    open_item: list | None = None  # [start, end, marker, text_start, kind]
    for i, line in enumerate(clipped):
        if is_blank(line):
            continue
        bullet = BULLET.match(line.text)
        cont = continues(clipped, i)
        is_new = not cont
        if bullet and not cont:
            top_bullet = top_bullet or bullet.group("m")
            is_new = bullet.group("m") == top_bullet or open_item is None or open_item[4] != "bullet"
        if is_new:
            if open_item:
                out.append(_make_item(text, *open_item))
            first = line.start + (len(line.text) - len(line.text.lstrip(" \t|")))
            if bullet:
                open_item = [line.start + bullet.start("m"), line.end, bullet.group("m"),
                             line.start + bullet.end(), "bullet"]
            else:
                open_item = [first, line.end, None, first, "paragraph"]
        elif open_item:
            open_item[1] = line.end
        else:
            first = line.start + (len(line.text) - len(line.text.lstrip(" \t|")))
            open_item = [first, line.end, None, first, "paragraph"]
    if open_item:
        out.append(_make_item(text, *open_item))
    return out


def _make_item(text: str, start: int, end: int, marker, text_start: int, kind: str) -> Item:
    end = _trim_end(text, start, end)
    return Item(start, end, marker, _collapse(text[text_start:end]), text_start, kind)
