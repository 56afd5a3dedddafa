"""`MappedText.edit` joins the new map from slices of the old one (few edits) or gathers
it with numpy (many edits); both give the maps of the plain character-by-character
composition below (random edits, every edit of normalising the corpus)."""

from __future__ import annotations

import unicodedata
from array import array

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORPUS_FILES, corpus_text, mapped
from khuyencong_extract import textmap
from khuyencong_extract.normalise import normalise
from khuyencong_extract.segment import segment
from khuyencong_extract.textmap import MappedText


def reference_edit(text: MappedText, edits, whole: bool = False) -> tuple:
    """``(text, starts, ends)`` after ``edits``, each character's map composed one by one."""
    edits = list(edits)
    parts, starts, ends = [], [], []
    pos = 0
    for start, end, new in edits:
        if start < pos or end < start:
            raise ValueError("edits overlap or are unsorted")
        for i in range(pos, start):
            parts.append(text.text[i])
            starts.append(text.starts[i])
            ends.append(text.ends[i])
        if new and end - start == len(new) and not whole:
            for offset, char in enumerate(new):
                parts.append(char)
                starts.append(text.starts[start + offset])
                ends.append(text.ends[start + offset])
        elif new:
            if start < end:
                source = text.starts[start], max(text.ends[end - 1], text.starts[start])
            else:
                at = text.starts[start] if start < len(text.text) else text.source_len
                source = at, at
            for char in new:
                parts.append(char)
                starts.append(source[0])
                ends.append(source[1])
        pos = end
    for i in range(pos, len(text.text)):
        parts.append(text.text[i])
        starts.append(text.starts[i])
        ends.append(text.ends[i])
    return "".join(parts), starts, ends


def _edits(draw, text: MappedText) -> list[tuple[int, int, str]]:
    cuts = sorted(draw(st.lists(st.integers(0, len(text.text)), max_size=8)))
    pairs = list(zip(cuts[0::2], cuts[1::2]))
    news = draw(st.lists(st.sampled_from(["", "x", "xy", "xyz"]), min_size=len(pairs), max_size=len(pairs)))
    return [(start, end, new) for (start, end), new in zip(pairs, news)]


@st.composite
def texts_and_edits(draw):
    """A mapped text (the identity map edited once) and sorted, non-overlapping edits of it."""
    text = MappedText.identity(draw(st.text(alphabet="ab \n\u0301é", max_size=30)))
    text = text.edit(_edits(draw, text), whole=draw(st.booleans()))
    return text, _edits(draw, text), draw(st.booleans())


@settings(max_examples=500, deadline=None)
@given(texts_and_edits())
def test_edit_equals_character_by_character_composition(case):
    text, edits, whole = case
    if edits:
        expected = reference_edit(text, edits, whole)
        assert mapped(text._pieced(edits, whole)) == expected
        assert mapped(text._gathered(edits, whole)) == expected


@pytest.mark.parametrize("way", ["_pieced", "_gathered"])
def test_edit_rejects_overlapping_edits(way):
    text = MappedText.identity("abcdef")
    with pytest.raises(ValueError):
        getattr(text, way)([(2, 4, "x"), (3, 5, "y")], False)
    with pytest.raises(ValueError):
        getattr(text, way)([(4, 2, "x")], False)


@pytest.mark.parametrize("way", ["_pieced", "_gathered"])
def test_edit_keeps_offsets_as_python_ints(way):
    text = getattr(MappedText.identity("abc"), way)([(0, 2, "x")], False)
    assert isinstance(text.starts, array) and type(text.to_source(0, 1)[0]) is int


@pytest.mark.python_modules  # it spies on MappedText.edit, which compiled code calls directly
@pytest.mark.parametrize("gather_min", [0, textmap._GATHER_MIN, 10**9])
@pytest.mark.parametrize("form", ["NFC", "NFD"])
@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.stem for p in CORPUS_FILES])
def test_normalise_maps_equal_the_reference(path, form, gather_min, monkeypatch):
    monkeypatch.setattr(textmap, "_GATHER_MIN", gather_min)
    source = unicodedata.normalize(form, corpus_text(path))
    fast = normalise(source)
    calls = []
    plain_edit = MappedText.edit

    def checked(self, edits, *, whole=False):
        edits = list(edits)
        result = plain_edit(self, edits, whole=whole)
        if edits:
            calls.append(1)
            assert mapped(result) == reference_edit(self, edits, whole)
        return result

    monkeypatch.setattr(MappedText, "edit", checked)
    slow = normalise(source)
    assert calls and mapped(slow.text) == mapped(fast.text)


@st.composite
def folded_texts_and_edits(draw):
    """A mapped text whose case folding was asked for, and edits of it; letters that fold
    to more than one character (ß, İ, ŉ) both in the text and in the replacements."""
    text = MappedText.identity(draw(st.text(alphabet="aAßİŉ \nÉé\u0301", max_size=30)))
    text.casefolded()
    cuts = sorted(draw(st.lists(st.integers(0, len(text.text)), max_size=8)))
    pairs = list(zip(cuts[0::2], cuts[1::2]))
    news = draw(st.lists(st.sampled_from(["", "X", "xY", "ß", "İa", " "]), min_size=len(pairs), max_size=len(pairs)))
    return text, [(start, end, new) for (start, end), new in zip(pairs, news)]


@pytest.mark.parametrize("gather_min", [0, 10**9])
@settings(max_examples=300, deadline=None)
@given(case=folded_texts_and_edits())
def test_edits_carry_the_case_folding(case, gather_min):
    text, edits = case
    textmap._GATHER_MIN, kept = gather_min, textmap._GATHER_MIN
    try:
        edited = text.edit(edits)
    finally:
        textmap._GATHER_MIN = kept
    assert edited.folded is None or edited.folded == edited.text.casefold()
    assert edited.casefolded() == edited.text.casefold()


@pytest.mark.parametrize("source, expected", [
    ("QUYẾT ĐỊNH Về việc phê duyệt", "quyết định về việc phê duyệt"),
    ("Sở Công Thương TỈNH AN GIANG", "sở công thương tỉnh an giang"),
    ("UBND", "ubnd"),
    ("Đường GIAO THÔNG ß", "đường giao thông ss"),  # a letter that folds to two
    ("İ Ả", "i\u0307 ả"),
    ("Ơ ƯỚC （１）", "ơ ước （１）"),  # characters past the table's end
    ("Hội chợ 🎉 \ud800", "hội chợ 🎉 \ud800"),  # beyond the first plane, a lone surrogate
    ("", ""),
])
def test_case_folding_by_table_is_str_casefold(source, expected):
    assert textmap.casefold(source) == source.casefold() == expected


@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.stem for p in CORPUS_FILES])
def test_case_folding_by_table_on_the_corpus(path):
    text = corpus_text(path)
    assert textmap.casefold(text) == text.casefold()
    assert textmap.casefold(unicodedata.normalize("NFD", text)) == unicodedata.normalize("NFD", text).casefold()


def test_case_folding_table_folds_each_character_alone():
    every = "".join(map(chr, range(0x3100)))
    assert textmap.casefold(every) == every.casefold()
    assert all(textmap.casefold(char) == char.casefold() for char in every)


@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.stem for p in CORPUS_FILES])
def test_normalised_text_carries_its_case_folding(path):
    clean = normalise(corpus_text(path)).text
    assert clean.folded is not None and clean.folded == clean.text.casefold()


@pytest.mark.parametrize("n", [0, 1, 2, 7, 4096])
@pytest.mark.parametrize("code", ["i", "q"])
def test_naturals_are_the_identity_map(code, n):
    """The identity map's arrays, cut from one run of numbers, hold 0..n-1 and 1..n."""
    assert textmap._naturals(code, n) == (array(code, range(n)), array(code, range(1, n + 1)))
    if code == "i":
        text = MappedText.identity("x" * n)
        assert (text.starts, text.ends) == (array(code, range(n)), array(code, range(1, n + 1)))


def reference_to_source(text: MappedText, start: int, end: int) -> tuple[int, int]:
    """`MappedText.to_source` as first written: both ends clamped into the text, then mapped."""
    n = len(text.text)
    start = max(0, min(start, n))
    end = max(start, min(end, n))
    if start == end:
        at = text.starts[start] if start < n else text.source_len
        return at, at
    return text.starts[start], max(text.ends[end - 1], text.starts[start])


@settings(max_examples=300, deadline=None)
@given(texts_and_edits())
def test_to_source_equals_the_clamped_mapping(case):
    text, edits, whole = case
    text = text.edit(edits, whole=whole)
    n = len(text.text)
    for start in range(-2, n + 3):
        for end in range(-2, n + 3):
            assert text.to_source(start, end) == reference_to_source(text, start, end), (start, end)


@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.stem for p in CORPUS_FILES])
def test_to_source_of_every_section_equals_the_clamped_mapping(path):
    clean = normalise(corpus_text(path)).text
    for node in segment(clean):
        for start, end in ((node.start, node.end), (node.start, node.body_start), (node.end, node.start)):
            assert clean.to_source(start, end) == reference_to_source(clean, start, end)


def test_to_source_never_ends_before_it_starts():
    """A map whose last character lies before its first (no edit makes one) still gives an
    ordered span, as the clamped mapping does."""
    text = MappedText("abc", array("i", [7, 0, 3]), array("i", [8, 1, 4]), 9)
    for start in range(-1, 5):
        for end in range(-1, 5):
            assert text.to_source(start, end) == reference_to_source(text, start, end), (start, end)
    assert text.to_source(0, 2) == (7, 7)


@pytest.mark.parametrize("ranges, expected", [
    # "hòá" from "hoà\u200b\u0301": the pair "òa" (1, 3), then "á" composed with the mark (1, 5)
    ([(0, 1), (1, 3), (1, 5)], [(0, 1), (1, 5), (1, 5)]),
    # a range reaching over the next two: one group, however far the overlap runs on
    ([(0, 10), (2, 3), (4, 5), (10, 11)], [(0, 10), (0, 10), (0, 10), (10, 11)]),
    # equal ranges (a tone pair), touching ones and an insertion at a boundary: unchanged
    ([(0, 2), (0, 2), (2, 3), (3, 3), (3, 4)], [(0, 2), (0, 2), (2, 3), (3, 3), (3, 4)]),
])
def test_overlapping_ranges_are_merged_into_one_group(ranges, expected):
    starts, ends = zip(*ranges)
    text = MappedText("x" * len(ranges), array("i", starts), array("i", ends), 12)
    merged = text.overlaps_merged()
    assert list(zip(merged.starts, merged.ends)) == expected
    assert (merged is text) == (ranges == expected)
