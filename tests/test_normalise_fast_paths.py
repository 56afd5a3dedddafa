"""Normalise fast paths: each gives what the plain regex pass it replaces gives.

The reference passes below are the straightforward forms (one regex over the whole text,
match by match); the steps skip them when a cheap test shows nothing to do, or read the
text line by line, word by word or token by token. Compared on the corpus (as it is and
decomposed) and on generated snippets.
"""

from __future__ import annotations

import unicodedata

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORPUS_FILES, corpus_text, mapped
from khuyencong_extract.blocks import _KEY_SPACE, _line_keys
from khuyencong_extract.chrome import (
    _FOLDS_APART,
    _TABLE_ROW,
    _delete_lines,
    _is_link_line,
    _table_hint,
    chrome_rules,
    strip_chrome,
    strip_site_table,
    take_table,
)
from khuyencong_extract.damage import invalid_share
from khuyencong_extract import linejoin
from khuyencong_extract.linejoin import TitlePairs, TitleWords, _CAPS
from khuyencong_extract.normalise import (
    _INVISIBLE,
    _LINE_ENDS,
    _ODD_SPACES,
    _PIPE_AT_END,
    _PIPE_AT_START,
    _stable_starters,
    capped_mark_runs,
    capped_nfc,
    nfc,
    normalise,
    whitespace,
)
from khuyencong_extract.texttools import data_lines, line_starts, merge
from khuyencong_extract.tones import _NEW_STYLE_TONE, place_tones
from khuyencong_extract.textmap import MappedText
from test_normalise_nfc_whole import reference_nfc
from test_normalise_syllables import reference_invalid_share

# The passes of `whitespace` in order, each over the whole text; those compiled here are
# the plain forms of what the step now does with string methods.
_CR = regex.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85\x1c\x1d\x1e]")
_ODD_SPACE = regex.compile(r"[^\S\n ]|\x1f")
_PASSES = [
    (_CR, "\n"),
    (_INVISIBLE, ""),
    (_ODD_SPACE, " "),
    (regex.compile(r"(?<= ) +"), ""),
    (_PIPE_AT_START, ""),
    (_PIPE_AT_END, ""),
    (regex.compile(r"(?m)^ +| +$"), ""),
    (regex.compile(r"(?<=\n\n)\n+"), ""),
    (regex.compile(r"\A\n+|\n+\Z"), ""),
]
# New-style tone pairs as first written, the look-behind first.
_TONE_PAIR = regex.compile(
    r"(?<![qQ])([oO])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ])(?!\p{L}|\p{M})"
    r"|(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?!\p{L}|\p{M})"
)
_TITLE_WORD = regex.compile(r"\p{Lu}\p{Ll}+")
_TITLE_BIGRAM = regex.compile(r"(?<!\w)(\w+) (\p{Lu}\p{Ll}+)(?!\w)")
_TITLE_INSIDE = regex.compile(r"(?<=\p{Ll} )\p{Lu}\p{Ll}+(?!\w)")
_CAPS_BIGRAM = regex.compile(r"(?<!\w)(\p{Lu}+) (\p{Lu}+)(?!\w)")
# Two words with one space or line breaks between them: pairs to ask the evidence about.
_ANY_PAIR = regex.compile(r"(?<!\w)(\w+)(?: |\n+)(\w+)(?!\w)")


def reference_whitespace(text: MappedText) -> MappedText:
    for pattern, replacement in _PASSES:
        before, text = text, text.sub(pattern, replacement)
        if pattern is _INVISIBLE and text is not before:  # the letters and marks it kept apart
            text = place_tones(reference_nfc(text))
    return text


def reference_capped_nfc(text: MappedText):
    """The marks capped and NFC, after a check of the whole text by `unicodedata`."""
    if unicodedata.is_normalized("NFC", text.text):
        return text, None
    capped, warning = capped_mark_runs(text)
    return nfc(capped), warning


def assert_capped_nfc_like_reference(text: MappedText) -> None:
    (got, got_warning), (want, want_warning) = capped_nfc(text), reference_capped_nfc(text)
    assert mapped(got) == mapped(want) and got_warning == want_warning


def reference_title_evidence(lines: list[str]) -> tuple[set, set]:
    pairs, words = set(), set()
    for line in lines:
        if _TITLE_WORD.search(line):
            pairs.update(m.groups() for m in _TITLE_BIGRAM.finditer(line, overlapped=True))
            words.update(_TITLE_INSIDE.findall(line))
        if " " in line and _CAPS.match(line):
            pairs.update(m.groups() for m in _CAPS_BIGRAM.finditer(line, overlapped=True))
    return pairs, words


def assert_evidence_like_reference(text: str) -> None:
    """`TitlePairs` and `TitleWords` hold what the reference finds in every line, asked
    about every pair of words in a line or across line breaks and every word."""
    pairs, words = reference_title_evidence(text.split("\n"))
    asked = pairs | {m.groups() for m in _ANY_PAIR.finditer(text, overlapped=True)}
    assert {pair for pair in asked if pair in TitlePairs(text)} == pairs
    asked_words = words | set(regex.findall(r"\w+", text))
    assert {word for word in asked_words if word in TitleWords(text)} == words


def reference_line_keys(lines: list[str]) -> list[str]:
    return [_KEY_SPACE.sub(" ", line).strip().casefold() for line in lines]


_TEXTS = [corpus_text(path) for path in CORPUS_FILES]
_SNIPPETS = st.lists(st.sampled_from([
    "Sở", "Công", "Thương", "ĐỐI TƯỢNG", "DÂN", "chính", "hoà", "Uỷ", "y", "b)", "V.", "ban",
    " ", "  ", "\n", "\n\n", "\n\n\n", "\t", "\u00a0", "\r\n", "\r", "\u2028", "\u200b", "\u00ad",
    "|", " | ", "| ", "e\u0301", "\u0301", " \u0301", "\u0600 ", "\u1100\u1161", "İ", "ß", ".", ",",
]), max_size=40).map("".join)


@pytest.mark.parametrize("form", ["NFC", "NFD"])
@pytest.mark.parametrize("index", range(len(_TEXTS)), ids=[p.stem for p in CORPUS_FILES])
def test_nfc_composes_like_cluster_by_cluster(index, form):
    text = MappedText.identity(unicodedata.normalize(form, _TEXTS[index]))
    assert mapped(nfc(text)) == mapped(reference_nfc(text))
    assert_capped_nfc_like_reference(text)


@pytest.mark.parametrize("source", ["e\u0301" * 3 + "\u0301" * 40, "a" + "\u200b" * 40 + "b", "\u0301" * 31])
def test_capped_nfc_like_reference_on_long_runs(source):
    assert_capped_nfc_like_reference(MappedText.identity(source))


@pytest.mark.parametrize("index", range(len(_TEXTS)), ids=[p.stem for p in CORPUS_FILES])
def test_whitespace_like_regex_passes(index):
    text = MappedText.identity(_TEXTS[index].replace("\n", "\r\n", 40))
    assert mapped(whitespace(text)) == mapped(reference_whitespace(text))


@pytest.mark.parametrize("index", range(len(_TEXTS)), ids=[p.stem for p in CORPUS_FILES])
def test_word_counts_like_regex_passes(index):
    clean = normalise(_TEXTS[index]).text.text
    assert_evidence_like_reference(clean)
    assert_evidence_like_reference(_TEXTS[index])
    assert invalid_share(_TEXTS[index]) == reference_invalid_share(_TEXTS[index])
    raw_lines = _TEXTS[index].split("\n")
    assert _line_keys(raw_lines) == reference_line_keys(raw_lines)
    clean_lines = clean.split("\n")
    assert _line_keys(clean_lines) == reference_line_keys(clean_lines)
    assert _line_keys(clean_lines, tidy=True) == reference_line_keys(clean_lines)  # as normalise reads them


@pytest.mark.parametrize("index", range(len(_TEXTS)), ids=[p.stem for p in CORPUS_FILES])
def test_title_evidence_indexed_at_once_like_regex_passes(index, monkeypatch):
    monkeypatch.setattr(linejoin, "_INDEX_AFTER", 0)  # indexed at the first question
    monkeypatch.setattr(linejoin, "occurrences", None)  # never looked for key by key
    assert_evidence_like_reference(normalise(_TEXTS[index]).text.text)
    assert_evidence_like_reference(_TEXTS[index])
    pairs, words = TitlePairs(_TEXTS[index]), TitleWords(_TEXTS[index])
    assert ("Sở", "Công") in pairs and pairs.complete and "Zzz" not in words and words.complete


@pytest.mark.parametrize("index", range(len(_TEXTS)), ids=[p.stem for p in CORPUS_FILES])
def test_title_evidence_indexed_after_some_lookups_like_regex_passes(index, monkeypatch):
    monkeypatch.setattr(linejoin, "_INDEX_AFTER", 3)  # looked up key by key, then indexed
    assert_evidence_like_reference(normalise(_TEXTS[index]).text.text)
    assert_evidence_like_reference(_TEXTS[index])
    pairs = TitlePairs(_TEXTS[index])
    assert ("Sở", "Công") in pairs and not pairs.complete  # one lookup
    asked = [("Không", "Có")] * 2 + [("Không", f"Có{n}") for n in range(3)]
    assert not any(pair in pairs for pair in asked) and pairs.complete  # three readings of the text


@settings(max_examples=300, deadline=None)
@given(_SNIPPETS)
def test_fast_paths_on_snippets(source):
    text = MappedText.identity(source)
    assert mapped(nfc(text)) == mapped(reference_nfc(text))
    assert_capped_nfc_like_reference(text)
    assert mapped(whitespace(text)) == mapped(reference_whitespace(text))
    lines = source.split("\n")
    assert_evidence_like_reference(source)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(linejoin, "_INDEX_AFTER", 0)
        assert_evidence_like_reference(source)
    assert invalid_share(source) == reference_invalid_share(source)
    assert _line_keys(lines) == reference_line_keys(lines)
    tidy_lines = whitespace(text).text.split("\n")
    assert _line_keys(tidy_lines, tidy=True) == reference_line_keys(tidy_lines)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="\r\n\x0b\x0c\x85\u2028\u2029\t\u00a0\u3000 |a\u200b\x00", max_size=30))
def test_whitespace_on_line_ends_and_spaces(source):
    text = MappedText.identity(source)
    assert mapped(whitespace(text)) == mapped(reference_whitespace(text))


def reference_strip_site_table(text: MappedText) -> tuple[MappedText, dict[str, str]]:
    """`strip_site_table` reading every line as the start of a table."""
    rules = chrome_rules()
    lines = text.text.split("\n")
    first_line = next((i for i, line in enumerate(lines) if line.strip()), None)
    drop, hints = set(), {}
    index = 0
    while index < len(lines):
        end, found = index, []
        while end < len(lines) and "|" in lines[end] and _TABLE_ROW.match(lines[end]):
            found.append(_table_hint(rules, lines[end]))
            end += 1
        take_table(lines, index, end, [f for f in found if f], first_line, hints, drop)
        index = max(end, index + 1)
    drop.update(i for i, line in enumerate(lines) if _is_link_line(line))  # every line tried
    return _delete_lines(text, lines, drop), hints


def assert_site_table_like_reference(source: str) -> None:
    text = MappedText.identity(source)
    stripped, hints = strip_site_table(text)
    expected, expected_hints = reference_strip_site_table(text)
    assert (mapped(stripped), hints) == (mapped(expected), expected_hints)


def test_site_table_like_every_line_on_the_corpus():
    for text in _TEXTS:
        assert_site_table_like_reference(text)
        assert_site_table_like_reference(text.replace("\n", " |\n| ", 30))


_TABLE_PIECES = st.sampled_from([
    "| Số hiệu | 1966/QĐ-UBND |", "| Người ký | Nguyễn Văn A |", "| Lĩnh vực | Công nghiệp", "| x | y |",
    "|a|b|", "Trang chủ", "Quyết định", "\n", "\n", "\n\n", " ", "|",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_TABLE_PIECES, max_size=25).map("".join))
def test_site_table_like_every_line(source):
    assert_site_table_like_reference(source)


def assert_tone_pairs_like_reference(text: str) -> None:
    found = [(m.span(), m.groups()) for m in _NEW_STYLE_TONE.finditer(text)]
    assert found == [(m.span(), m.groups()) for m in _TONE_PAIR.finditer(text)]


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_tone_pairs_like_look_behind_first_on_the_corpus(form):
    for text in _TEXTS:
        assert_tone_pairs_like_reference(unicodedata.normalize(form, text))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="oOuUqQàÁẹỳỲýỷaxy \u0301\u0323\n", max_size=20))
def test_tone_pairs_like_look_behind_first(source):
    assert_tone_pairs_like_reference(source)


@pytest.mark.parametrize(
    "source",
    ["SKIP TO MAIN CONTENT\nĐiều 1.", "skİp to maİn content Điều 1.", "Điều 1.ſkip to main content"],
)
def test_chrome_words_in_any_case_dropped(source):
    assert strip_chrome(MappedText.identity(source))[0].text.strip() == "Điều 1."


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["", "a", "Điều 1.", "x" * 30]), min_size=1, max_size=12), st.data())
def test_delete_lines_like_a_range_a_line(lines, data):
    """`_delete_lines`, which sums the lengths of the lines up to each run it deletes, deletes
    the ranges that the start of every line gives, one a line."""
    drop = data.draw(st.sets(st.integers(0, len(lines) - 1)))
    text = MappedText.identity("\n".join(lines))
    starts = line_starts(lines)
    ranges = merge([(starts[i], min(starts[i + 1], len(text.text))) for i in sorted(drop)])
    assert mapped(_delete_lines(text, lines, drop)) == mapped(text.delete(ranges))


def test_edit_without_edits_is_the_same_text():
    text = MappedText.identity("Điều 1.")
    assert text.edit([]) is text
    assert mapped(text.delete([(0, 0)])) == mapped(text)


@pytest.fixture(scope="module")
def every() -> str:
    """Every character."""
    return "".join(map(chr, range(0x110000)))


def test_unicode_facts_the_fast_paths_rely_on(every):
    # Every space but " " and "\n" is unprintable (whitespace: odd spaces, line keys).
    assert not any(c.isprintable() for c in regex.findall(r"[^\S\n ]", every))
    assert "".join(_ODD_SPACE.findall(every)) == _ODD_SPACES
    # Whatever Python counts as whitespace, a line end or an odd space: clean text holds no
    # character that `str.strip` or `str.split` reads as a space but the patterns do not.
    assert {c for c in every if c.isspace()} == set(_LINE_ENDS + _ODD_SPACES + "\n ")
    # What the first passes of whitespace read is unprintable (one isprintable test first).
    invisible = "".join(_INVISIBLE.findall(every))
    assert set("\u200b\u200e\u2066\ufeff\u00ad\x00\x7f") <= set(invisible)
    assert not set(invisible) & set(_LINE_ENDS + _ODD_SPACES + "\n ")
    assert not any(c.isprintable() for c in _LINE_ENDS + invisible + _ODD_SPACES)
    # No character `str.split` splits at is a letter or a marker end (word counts by token).
    spaces = "".join(c for c in every if c.isspace())
    assert not regex.search(r"[\p{L})\]./]", spaces)
    # Case folding keeps spaces and makes none (line keys: trimmed after folding).
    assert spaces.casefold() == spaces
    assert not any(map(str.isspace, "".join(c for c in every if not c.isspace()).casefold()))
    # A stable starter composes with no character before it: it is the second of no
    # canonical pair anywhere in Unicode (capped_nfc: a text of them alone is in NFC).
    pairs = (unicodedata.decomposition(c).split() for c in every)
    seconds = {int(pair[1], 16) for pair in pairs if len(pair) == 2 and not pair[0].startswith("<")}
    stable = _stable_starters()
    assert not [code for code in seconds if code < len(stable) and stable[code]]


def test_chrome_word_cues_see_every_case_insensitive_match(every):
    """A letter a ``words`` rule matches case-insensitively folds like the rule's letter, or
    is one of the letters `_may_hold_words` looks for first."""
    words = [row.split("\t")[1] for row in data_lines("chrome.txt") if row.startswith("words\t")]
    letters = sorted(set("".join(words)))
    any_letter = "[" + regex.escape("".join(letters)) + "]"
    matched = "".join(set(regex.findall(any_letter, every, regex.IGNORECASE)))
    apart = {
        other
        for letter in letters
        for other in regex.findall(regex.escape(letter), matched, regex.IGNORECASE)
        if other.casefold() != letter.casefold()
    }
    assert apart <= set(_FOLDS_APART)
