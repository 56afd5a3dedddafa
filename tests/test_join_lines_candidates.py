"""`join_lines`, which weighs only candidate line breaks, equals the plain loop over every
line (below, as it was written before, with `continues` as it was before it read a line
starting in lower case first): on the corpus as it is and decomposed (through the steps
that run before it), and on generated snippets.
"""

from __future__ import annotations

import unicodedata

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import CORPUS_FILES, corpus_text, mapped
from khuyencong_extract.chrome import strip_chrome, strip_site_table
from khuyencong_extract.linejoin import (
    Paragraph,
    _BULLET,
    _CLOSING_QUOTES,
    _DATE_AND_TIME,
    _DIGIT_START,
    _LOWER_START,
    _MARKER,
    _PAGE_STAMP,
    _PLACE_DATE,
    _TERMINAL_MARKS,
    _WHOLE_LINE,
    is_caps,
    _join_candidates,
    _line_start_pattern,
    bullet_continues,
    caps_line_continues,
    count_under_heading,
    join_lines,
    words_continue,
)
from khuyencong_extract.normalise import nfc, normalise, whitespace
from khuyencong_extract.texttools import data_lines
from khuyencong_extract.tones import place_tones
from khuyencong_extract.textmap import MappedText
from test_normalise_fast_paths import reference_title_evidence


_OPEN_BRACKET = regex.compile(r"^\(")


def _ends_clause(line: str) -> bool:
    """Whether ``line`` ends a sentence or clause (closing quotes may follow the mark)."""
    bare = line.rstrip(_CLOSING_QUOTES)
    return bool(bare) and bare[-1] in _TERMINAL_MARKS


def reference_continues(para, line, lines, index, evidence) -> bool:
    prev = para.last
    if not prev or not line or _ends_clause(prev) or reference_is_line_start(line) or "|" in prev or "|" in line:
        return False
    if _WHOLE_LINE.match(prev):
        return False
    if is_caps(line) and not _DIGIT_START.match(line):
        return caps_line_continues(para, line, evidence[0])
    if _BULLET.match(line):
        return bullet_continues(para, line, lines, index)
    if _DIGIT_START.match(line):  # not a date and time, nor a sentence opening with a count under a short heading
        return not _DATE_AND_TIME.match(line) and not count_under_heading(para, line)
    if _LOWER_START.match(line) or _OPEN_BRACKET.match(line):
        return not para.caps and not _PAGE_STAMP.match(line)
    if para.caps and not prev.endswith(","):
        return False
    return words_continue(para, line, evidence)


def reference_join_lines(text: MappedText) -> MappedText:
    lines = text.text.split("\n")
    evidence = reference_title_evidence(lines)
    edits = []
    para = Paragraph.start(lines[0])
    pos = len(lines[0]) + 1
    for index in range(1, len(lines)):
        line, before = lines[index], lines[index - 1]
        if line and before and reference_continues(para, line, lines, index, evidence):
            edits.append((pos - 1, pos, " "))
            para.extend(line)
        elif (
            line and not before and index >= 2 and lines[index - 2] and not para.caps
            and _LOWER_START.match(line) and not reference_is_line_start(line)
            and not _ends_clause(para.last)
        ):
            edits.extend([(pos - 2, pos - 1, " "), (pos - 1, pos, "")])
            para.extend(line)
        elif line:
            para = Paragraph.start(line)
        pos += len(line) + 1
    return text.edit(edits)


def assert_same(text: MappedText) -> None:
    assert mapped(join_lines(text)) == mapped(reference_join_lines(text))


@pytest.mark.python_modules  # the plain loop hands sets where the stage keeps its own evidence types
@pytest.mark.parametrize("form", ["NFC", "NFD"])
@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.stem for p in CORPUS_FILES])
def test_join_lines_like_the_plain_loop_on_the_corpus(path, form):
    source = unicodedata.normalize(form, corpus_text(path))
    assert_same(MappedText.identity(source))
    text = whitespace(strip_site_table(place_tones(nfc(MappedText.identity(source))))[0])
    text = whitespace(strip_chrome(text)[0])
    assert_same(text)
    joined = join_lines(text)
    assert_same(joined)
    assert_same(MappedText.identity(normalise(source).text.text))


_PIECES = st.sampled_from([
    "Sở", "Công", "Thương", "ĐỐI TƯỢNG", "III. ĐỐI TƯỢNG,", "TM. ỦY BAN NHÂN", "DÂN", "chính",
    "- Hạ tầng", "- tiểu thủ", "+ Kinh tế", "Điều 3.", "Điều 4 Nghị định", "a)", "b)", "1.",
    "1.1", "2025", "(trích", "“hoà", "Số: 12/QĐ", "Hưng Yên, ngày 27", "CHƯƠNG", "II",
    " ", "\n", "\n", "\n", "\n\n", "\n\n\n", ".", ",", ";", ":", "…", "”", "'", "\"", "|",
])


@pytest.mark.python_modules
@settings(max_examples=1500, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
@example("III. ĐỐI TƯỢNG,Sở\n1.III. ĐỐI TƯỢNG,TM. ỦY BAN NHÂN1.")  # a count under a short heading (found exploring)
def test_join_lines_like_the_plain_loop_on_snippets(source):
    assert_same(MappedText.identity(source))
    assert_same(whitespace(MappedText.identity(source)))


def reference_is_line_start(line: str) -> bool:
    phrases = sorted(data_lines("line_starts.txt"), key=len, reverse=True)
    words = regex.compile("(?:" + "|".join(regex.escape(p) for p in phrases) + r")(?!\w)")
    return bool(_MARKER.match(line) or _PLACE_DATE.match(line) or words.match(line))


def test_line_start_like_its_three_patterns_on_the_corpus():
    for path in CORPUS_FILES:
        for line in set(corpus_text(path).split("\n")):
            for cut in (line, line[:12], line[:6], line[:3]):
                assert bool(_line_start_pattern().match(cut)) == reference_is_line_start(cut), cut


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=6).map("".join))
def test_line_start_like_its_three_patterns(line):
    assert bool(_line_start_pattern().match(line)) == reference_is_line_start(line)


def assert_breaks_before_line_starts_left_out(text: str) -> None:
    """`_join_candidates` finds the candidate breaks of the plain pattern but those before a
    line that is a line start read alone."""
    plain = regex.compile(
        rf"(?<=[^\n])(?<![{regex.escape(_TERMINAL_MARKS)}][{regex.escape(_CLOSING_QUOTES)}]*)"
        r"(?:\n(?=[^\n])|\n\n(?=[(\"“'‘]?\p{Ll}))"
    )
    expected = [
        m.span() for m in plain.finditer(text)
        if not reference_is_line_start(text[m.end():].split("\n", 1)[0])
    ]
    assert [m.span() for m in _join_candidates().finditer(text)] == expected


def test_join_candidates_leave_out_line_starts_on_the_corpus():
    for path in CORPUS_FILES:
        text = corpus_text(path)
        assert_breaks_before_line_starts_left_out(text)
        assert_breaks_before_line_starts_left_out(text.replace(" ", "\n"))
    for odd in ("x\n1.2\nfoo", "x\n1.1", "x\nĐiều\n3. a", "x\nChương\nII", "x\nMục\n1"):
        assert_breaks_before_line_starts_left_out(odd)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=20).map("".join))
def test_join_candidates_leave_out_line_starts(text):
    """Markers and phrases cut by a line break ("Điều\n3.", "1.1\nx") included."""
    assert_breaks_before_line_starts_left_out("x" + text)
