"""The fast paths of segment give what the plain definitions give, on real and odd text."""

from __future__ import annotations

import unicodedata

import pytest
import regex

from conftest import CORPUS_FILES, corpus_text
from khuyencong_extract import segment
from khuyencong_extract.normalise import normalise


def reference_fold(text: str) -> str:
    """`segment.fold` as first written: `normalise.fold`, then marks and punctuation dropped."""
    decomposed = unicodedata.normalize("NFD", segment._tone_fold(text).replace("Đ", "D").replace("đ", "d"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(regex.sub(r"[^\p{L}\p{N}]+", " ", bare).split())


def corpus_lines() -> list[str]:
    lines = []
    for path in CORPUS_FILES:
        source = corpus_text(path)
        lines += source.splitlines() + normalise(source).text.text.splitlines()
    return lines


def test_fold_equals_reference_on_every_corpus_line():
    for line in corpus_lines():
        assert segment.fold(line) == reference_fold(line), line


@pytest.mark.parametrize("context", ["{}", "a{}b", "Hoà {} QUÝ", "{}{}", "q{}ỳ", "ΑΣ{}"])
def test_fold_equals_reference_for_every_table_character(context):
    for code in segment._FOLD_TABLE:
        text = context.format(chr(code), chr(code))
        assert segment.fold(text) == reference_fold(text), hex(code)


def test_fold_outside_the_table_takes_the_plain_path():
    for text in ("Ο ΣΟΦΟΣ", "İstanbul", "Hoa\u0300 Bi\u0300nh", "한국", "ﬁ ½ Ⅻ"):
        assert segment.fold(text) == reference_fold(text)


def test_blank_characters_are_those_of_the_pattern():
    blank = regex.compile(r"[\s|]")
    assert segment._BLANK_CHARS == {chr(c) for c in range(0x110000) if blank.match(chr(c))}


def test_line_patterns_never_skip_a_marker():
    """A line whose first character rules a pattern out never matches that pattern."""
    patterns = dict(segment._LINE_PATTERNS)
    for line in corpus_lines() + ["  Điều 3. Tổ chức", "\tIV. NỘI DUNG", "đ) Hỗ trợ", "12. Sở", "٣. X"]:
        candidates = {name for name, _ in segment._line_patterns(line, 0)}
        for name, pattern in patterns.items():
            if name not in candidates:
                assert not pattern.match(line), (name, line)


def test_every_midline_marker_starts_at_a_cue():
    for line in corpus_lines() + ["tốt. a) Xây; b) Làm. 2. Sở. II. NỘI"]:
        cues = {m.end() for m in segment.MIDLINE_CUE.finditer(line)}
        for _, pattern in segment.MIDLINE:
            for m in pattern.finditer(line):
                assert m.start() in cues, line


def test_continuation_word_test_equals_a_scan_of_every_word():
    words, _ = segment._continuation_words()
    keys = ["", "so", "xso", "giam doc", "pho giam doc", "doc", "thu truong so", "cua ", " cua"]
    keys += [segment.fold(line) for line in corpus_lines()]
    for key in keys:
        expected = any(key == w or key.endswith(" " + w) for w in words)
        assert segment._ends_with_continuation_word(key) == expected, key


def test_all_caps_equals_the_letter_list_definition():
    for text in corpus_lines() + ["", "123", "ABC ƻ", "ĐIỀU 1.", "Đ", "ǅA", "ª"]:
        letters = [c for c in text if c.isalpha()]
        assert segment._all_caps(text) == (bool(letters) and all(c.isupper() for c in letters)), text


def test_midline_cues_equal_the_cue_pattern_scan():
    odd = ["tốt. a) Xây; b) Làm. 2. Sở. II. NỘI", ". ٣ x;\t\tIV. y.    1. z. \t đ) w;1", ".;. a)", ";", ". ", "x.\u00a0a)"]
    texts = [corpus_text(path) for path in CORPUS_FILES]
    texts += [normalise(text).text.text for text in texts] + corpus_lines() + odd
    for stop in ".;":
        texts += [f"{stop}{gap}{after}" for gap in (" ", "\t", "  \t", "    ") for after in
                  [chr(c) + ")" for c in range(0x3001)] + [chr(c) for c in range(0x3000)]]
    for text in texts:
        assert segment.midline_cues(text) == [m.end() for m in segment.MIDLINE_CUE.finditer(text)], text


def test_ends_clause_equals_the_terminal_pattern():
    from itertools import product

    alphabet = ".…\"”)|] \t\ra\n"
    texts = corpus_lines() + ["".join(p) for n in range(6) for p in product(alphabet, repeat=n)]
    for text in texts:
        assert segment.ends_clause(text) == bool(segment.TERMINAL.search(text)), repr(text)


def test_first_line_equals_a_match_of_every_line():
    odd = "x\n  QUYẾT NGHỊ:\n\tCăn cứ a\nTheo đề nghị\nKT. CHỦ TỊCH\n(Ban hành kèm theo\nT/M\n(đã ký)\nNơi nhận:"
    texts = [corpus_text(path) for path in CORPUS_FILES]
    for text in texts + [normalise(text).text.text for text in texts] + [odd]:
        lines = segment.split_lines(text)
        for pattern in segment._LINE_WORDS:
            for lo in range(0, len(lines) + 1, 3):
                for hi in range(lo, len(lines) + 1, 4):
                    plain = next((k for k in range(lo, hi) if pattern.match(lines[k].text)), None)
                    assert segment._first_line(text, lines, pattern, lo, hi) == plain


def test_folds_to_more_words_only_when_fold_does():
    """`heading_kind` turns a long sub-heading away before folding it: only when its key would
    be too long anyway."""
    import random

    from khuyencong_extract import segment

    table = segment._FOLD_TABLE
    for lo, hi in segment._FOLDABLE_RANGES:
        for code in range(lo, hi + 1):
            char = chr(code)
            if char.isalnum():
                assert table[code].strip(), hex(code)
            if char.isspace():
                assert table[code] == " ", hex(code)
    texts = [n.heading for path in CORPUS_FILES
             for n in segment.segment(normalise(corpus_text(path)).text) if n.heading]
    rng = random.Random(7)
    pieces = ["Sở", "-", "–", "(a)", "1.", "x,y", "“", "²", "đ", "Ω", "\u0301", ":", "a/b", "\u00a0", "\t"]
    texts += [" ".join(rng.choice(pieces) for _ in range(rng.randint(8, 16))) for _ in range(2000)]
    for text in texts:
        for words in (10, 11, 12):
            if segment._folds_to_more_words(text, words):
                assert len(segment.fold(text).split()) > words, text


def test_collapse_equals_splitting_and_joining():
    """The as-is path of `_collapse` gives what splitting on blanks and joining gives."""
    def plain(text: str) -> str:
        return " ".join(text.replace("|", " ").split())

    odd = ["", " ", "a", " a", "a ", "a  b", "a | b", "a\tb", "a\u00a0b", "a\u2028b", "a\x1cb", "a\u200bb", "|a|"]
    for text in corpus_lines() + odd + [f"a{chr(c)}b" for c in range(0x3001)]:
        assert segment._collapse(text) == plain(text), repr(text)


def test_split_lines_equals_lines_built_by_calling_line():
    for text in [corpus_text(path) for path in CORPUS_FILES] + ["", "\n", "a\n\nb\n", "x"]:
        plain, start = [], 0
        for raw in text.split("\n"):
            plain.append(segment.Line(start, start + len(raw), raw))
            start += len(raw) + 1
        lines = segment.split_lines.__wrapped__(text)
        assert lines == tuple(plain) and all(type(line) is segment.Line for line in lines)
        assert [line.text for line in lines] == [line[2] for line in lines]


RE_PATTERNS = [segment.LETTER, segment.BULLET, segment.DECISION_LINE, segment.SIGNATURE_LINE,
               segment.ATTACHED_LINE, segment._SENTENCE_END]
"""The patterns segment compiles with `re` (literal characters and classes of them only)."""


@pytest.mark.parametrize("pattern", RE_PATTERNS, ids=lambda p: p.pattern[:24])
def test_re_patterns_match_as_regex_patterns_do(pattern):
    """Each pattern compiled with `re` finds what the same pattern compiled with `regex` finds,
    at every line start of the corpus and at every position of odd lines."""
    twin = regex.compile(pattern.pattern)
    odd = [" \t a) x", "đ)\tY", "–  z", "• ", "QUYẾT ĐỊNH :", "  KT. CHỦ TỊCH", "(Ban hành kèm theo",
           "a. b; c! d? e", "\u00a0- x", "\x1c- x", "a)\u2003b", "Nơi nhận:"]
    for line in corpus_lines() + odd:
        for pos in range(len(line) + 1) if line in odd else (0,):
            got, want = pattern.match(line, pos), twin.match(line, pos)
            assert (got and got.span(), got and got.groups()) == (want and want.span(), want and want.groups())
        assert [m.span() for m in pattern.finditer(line)] == [m.span() for m in twin.finditer(line)]


def test_no_two_line_patterns_match_one_line():
    """`_LINE_PATTERNS` are tried in any order: at most one matches a line."""
    odd = ["1.2. Kết quả", "1. Phạm vi", "12.3 Mục", "1.2.3. X", "1.  2. Y", "٣. X", "٣.٤ X", "IV. A", "a) b"]
    for line in corpus_lines() + odd:
        matching = [name for name, pattern in segment._LINE_PATTERNS if pattern.match(line)]
        assert len(matching) <= 1, (line, matching)
