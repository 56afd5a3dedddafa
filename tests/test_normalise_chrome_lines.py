"""`strip_chrome`, which finds the ``line`` and ``tail`` rules' lines by one search of the
text each, equals matching each line alone (below, the step as it was written before):
on the corpus, the corpus with chrome lines put between its lines, and generated texts
with short and long lines, blank lines and chrome in any case."""

from __future__ import annotations

import random

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORPUS_FILES, corpus_text, mapped
from khuyencong_extract.chrome import (
    _FOOTER_LINE_CHARS,
    _first_characters,
    chrome_rules,
    drop_head_lines,
    drop_last_line_and_words,
    related_headlines_line,
    strip_chrome,
    strip_site_table,
)
from khuyencong_extract.normalise import nfc, whitespace
from khuyencong_extract.texttools import data_lines
from khuyencong_extract.tones import place_tones
from khuyencong_extract.textmap import MappedText


def whole_line_rules(kind: str) -> regex.Pattern:
    body = "|".join(f"(?:{row.split(chr(9))[1]})" for row in data_lines("chrome.txt") if row.startswith(kind + "\t"))
    return regex.compile(rf"^[^\S\n]*(?:{body})[^\S\n]*$", regex.IGNORECASE)


def reference_strip_chrome(text: MappedText) -> tuple[MappedText, dict[str, str]]:
    """The step with its ``line`` and ``tail`` rules matched on each line alone (the head,
    related-headlines and last-line rules and the words are the step's own functions)."""
    rules, line_rule, tail_rule = chrome_rules(), whole_line_rules("line"), whole_line_rules("tail")
    lines = text.text.split("\n")
    drop: set[int] = set()
    hints: dict[str, str] = {}
    nonblank = [i for i, line in enumerate(lines) if line]
    drop_head_lines(rules, lines, nonblank, drop, hints)
    drop.update(i for i in [related_headlines_line(lines, nonblank)] if i is not None)
    drop.update(i for i in nonblank if line_rule.match(lines[i]))
    tails = [i for i in nonblank if tail_rule.match(lines[i])]
    longs = [i for i in nonblank if len(lines[i]) > _FOOTER_LINE_CHARS]
    if longs:
        openers = [i for i in tails if i > longs[-1]]
    else:  # a line whose first character is past the middle of the text, or holds it
        middle = len(text.text) // 2
        openers = [i for i in tails if sum(len(line) + 1 for line in lines[: i + 1]) > middle]
    if openers:
        drop.update(range(openers[0], len(lines)))
    else:
        drop.update(i for i in tails if i in nonblank[:5])
    return drop_last_line_and_words(rules, text, lines, nonblank, drop, hints), hints


def assert_same(text: MappedText) -> None:
    (got, got_hints), (want, want_hints) = strip_chrome(text), reference_strip_chrome(text)
    assert (mapped(got), got_hints) == (mapped(want), want_hints)


_CHROME = [
    "Liên kết các trang khác", "THƯ VIỆN ẢNH", "Việc làm Hồ Chí Minh", "In bài viết", "Chia sẻ",
    "Hà Nội: 35°C Hà Nội", "Đà Nẵng: 33°c", "Bản in Gởi bài viết",
    "Gửi email", "Bản in", "Các tin bài khác", "Các tin, bài khác", "Tin liên quan", "tin khác",
    "Tin cùng chuyên mục", "Đăng xuất", "Chia sẻ Facebook", "Thứ bảy, ngày 18/09/2021",
    "Hoạt động khuyến công", "TTCN - ARIT", "Chương trình, đề án", "Newer news items:", "Older news items",
    "ứng dụng đọc báo tự động", "âm thanh", "$(document).ready(function(){", "- 1Luật Khuyến công", "-2Nghị định",
    "NULL Tin tức", "tag", "DANH MỤC: CHƯA PHÂN LOẠI", "trang chủ > Tin tức", "BẠN ĐANG Ở ĐÂY:", "xuất bản thông tin",
    "Share Facebook Zalo", "Cỡ chữ: Nhỏ Vừa Lớn", "Xem với cỡ chữ",
]


@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.stem for p in CORPUS_FILES])
def test_strip_chrome_like_each_line_alone_on_the_corpus(path):
    text = whitespace(strip_site_table(place_tones(nfc(MappedText.identity(corpus_text(path)))))[0])
    assert_same(text)
    rng = random.Random(path.stem)
    lines = text.text.split("\n")
    for _ in range(5):
        mixed = list(lines)
        for chrome in rng.sample(_CHROME, 6):
            mixed.insert(rng.randrange(len(mixed) + 1), chrome)
        assert_same(MappedText.identity("\n".join(mixed)))


_PIECES = st.sampled_from(_CHROME + [
    "Điều 1.", "Nhằm mục tiêu khuyến khích", "x" * (_FOOTER_LINE_CHARS + 1), "\n", "\n", "\n\n", " ",
    "chia sẻ", "ĐĂNG XUẤT", "Tin", "khác",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=25).map("".join))
def test_strip_chrome_like_each_line_alone(source):
    assert_same(MappedText.identity(source))
    assert_same(whitespace(MappedText.identity(source)))


@pytest.mark.parametrize("rule, firsts", [
    ("Tin (?:liên quan|khác|cùng chuyên mục)", {"T"}),
    ("Xem với cỡ chữ|Cỡ chữ:?(?: (?:Nhỏ|Vừa|Lớn)){2,3}", {"X", "C"}),
    ("(?:Ứng dụng đọc báo tự động|Âm thanh|Chọn giọng đọc|Nghe đọc bài(?: viết)?)", {"Ứ", "Â", "C", "N"}),
    (r"(?:(?:In bài viết|Gửi email|G[ửở]i bài viết|Chia sẻ|Bản in)[^\S\n]*){1,6}", {"I", "G", "C", "B"}),
    (r"\$\((?:document|window|function)[^\n]{0,500}", {"$"}),
    (r"- ?\d{1,2}(?:Luật|Nghị định)(?![\p{L}])[^\n]{0,300}", {"-"}),
    ("(?:Newer|Older) news items:?", {"N", "O"}),
    ("(?:• ?)?Thuộc tính văn bản", None),  # an optional first group: any opening
    (r"[^\n]{0,120}Hotline:?[^\n]{0,300}", None),  # a class
    (r"[^\n:°]{2,40}: ?-?\d{1,2}(?:[.,]\d)? ?°C", None),
    ("(?:Chia sẻ|Share){0,2}Facebook", None),  # a group that may be absent
    ("-{,3}Tin", None),
    (r"\d{1,2} giờ trước", None),
])
def test_first_characters_of_a_chrome_rule(rule, firsts):
    assert _first_characters(rule) == firsts


def test_whole_line_rules_pass_over_lines_by_their_first_character():
    rules = chrome_rules()
    assert "(?=[" in rules.lines_or_tail.pattern and "(?=[" in rules.tail.pattern
    page = "\nĐiều 1. Giao Sở Công Thương\n\n  đăng xuất\n$(window).load\n- 3Thông tư số 26/2014/TT-BCT\nTIN KHÁC"
    found = [(m.group(), m.start("line") < 0) for m in rules.lines_or_tail.finditer(page)]
    assert found == [("  đăng xuất", True), ("$(window).load", False), ("- 3Thông tư số 26/2014/TT-BCT", False),
                     ("TIN KHÁC", True)]
