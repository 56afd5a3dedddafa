"""`normalise` does not search a text for repeated blocks again when a round gives back the
text in which the last search found nothing, nor re-join the lines of a text in which the
last re-joining joined nothing, and tidies whitespace in a round only after
chrome was dropped: it gives what running every step of every round gives (corpus as is
and decomposed, generated texts with wraps, chrome and repeats). What the second relies
on is tested too: `whitespace` is idempotent, and the other line steps keep a tidy text
tidy."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORPUS_FILES, corpus_text
from khuyencong_extract import blocks
from khuyencong_extract import normalise as module
from khuyencong_extract.normalise import Normalised, normalise


def reference_normalise(source: str, repair: bool = True) -> Normalised:
    """Every step of every round, until a round changes nothing."""
    clean = module.place_tones(module.nfc(module.MappedText.identity(source)))
    clean, hints = module.strip_site_table(clean)
    clean = module.whitespace(clean)
    warnings = []
    damaged = None if repair else False
    chrome_chars = 0
    for _ in range(module._MAX_ROUNDS):
        before = clean.text
        stripped, found = module.strip_chrome(clean)
        chrome_chars += len(clean) - len(stripped)
        clean = stripped
        for key, value in found.items():
            hints.setdefault(key, value)
        clean = module.join_lines(module.whitespace(clean))
        clean, dropped = module.drop_repeated_blocks(clean)
        warnings.extend(dropped)
        if damaged is None:
            warning, joins = module.text_check(clean)
            damaged = warning is not None
            warnings.extend([warning] if warning else [])
            clean, split = module.split_case_joins(clean, joins)
            warnings.extend(split)
        if damaged:
            clean, repaired = module.repair_round(clean)
            warnings.extend(repaired)
        if clean.text == before:
            break
    else:
        warnings.append(module.unsettled_warning())
    if chrome_chars > len(clean):
        warnings.append(module.chrome_warning(chrome_chars, len(clean)))
    return Normalised(clean, warnings, hints)


def outcome(result: Normalised) -> tuple:
    text = result.text
    return text.text, list(text.starts), list(text.ends), result.warnings, result.hints


@pytest.mark.parametrize("form", ["NFC", "NFD"])
@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.stem for p in CORPUS_FILES])
def test_corpus_normalises_as_with_every_round(path, form):
    source = unicodedata.normalize(form, corpus_text(path))
    assert outcome(normalise(source)) == outcome(reference_normalise(source))


_BLOCK = "\n".join(
    f"{n}. Hỗ trợ cơ sở công nghiệp nông thôn số {n} áp dụng máy móc thiết bị tiên tiến" for n in range(1, 6)
)
_PIECES = st.sampled_from([
    _BLOCK, "\n", "\n\n", "Sở Công", "Thương tỉnh", "Ủy ban nhân dân", "tiểu thủ công nghiệp,",
    "- hỗ trợ", "Điều 1.", "QUYẾT ĐỊNH", "Trang chủ", "In trang", "Chia sẻ", "Hoà Bình", " ", "y ban",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_generated_texts_normalise_as_with_every_round(source):
    assert outcome(normalise(source)) == outcome(reference_normalise(source))


def assert_tidy(text: module.MappedText) -> None:
    assert module.whitespace(text).text == text.text


def assert_steps_keep_tidy(source: str) -> None:
    """`whitespace` gives its output back as it is; re-joining, block removal and repairs
    (also of a text taken as damaged) give a tidy text for a tidy one."""
    tidy = module.whitespace(module.strip_site_table(module.MappedText.identity(source))[0])
    assert_tidy(tidy)
    joined = module.join_lines(tidy)
    assert_tidy(joined)
    dropped = module.drop_repeated_blocks(joined)[0]
    assert_tidy(dropped)
    assert_tidy(module.repair_round(dropped)[0])
    assert_tidy(module.repair_round(tidy)[0])


@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.stem for p in CORPUS_FILES])
def test_line_steps_keep_the_corpus_tidy(path):
    assert_steps_keep_tidy(corpus_text(path))
    assert_steps_keep_tidy(normalise(corpus_text(path)).text.text)


_SPACES = st.sampled_from(["\r\n", "\r", "\x0b", "\u2028", "\t", "\u00a0", "\u200b", "\u00ad", "|", " | ", "  ", "\n\n\n", "y", "S"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, _SPACES), max_size=30).map("".join))
def test_line_steps_keep_generated_texts_tidy(source):
    assert_steps_keep_tidy(source)
    result = normalise(source)
    assert outcome(result) == outcome(reference_normalise(source))
    assert result.text.folded is None or result.text.folded == result.text.text.casefold()


def test_folding_keeps_key_separators_apart():
    """`_line_keys` folds before unifying spaces and pipes: folding keeps every character
    of ``[\\s|]`` as it is and makes none from another character."""
    separator = blocks._KEY_SPACE
    for code in range(0x110000):
        char = chr(code)
        folded = char.casefold()
        if separator.fullmatch(char):
            assert folded == char
        else:
            assert not separator.search(folded), hex(code)


def numbered_items(first: int, last: int) -> str:
    """Items numbered ``first`` to ``last``, each a heading and one bullet: from 1000 on a
    number is no marker, so each round joins one more bullet, from the last one back."""
    return "".join(f"{i}. Mục tiêu số {i}\n- Đào tạo {i} lớp nghề cho lao động nông thôn.\n"
                   for i in range(first, last + 1))


def test_text_still_changing_after_the_last_round_is_reported():
    unsettled = normalise(numbered_items(1000, 1007))
    assert [w.code for w in unsettled.warnings] == ["text_unsettled"]
    assert normalise(unsettled.text.text).text.text != unsettled.text.text  # what the warning says
    assert outcome(unsettled) == outcome(reference_normalise(numbered_items(1000, 1007)))
    settled = normalise(numbered_items(1000, 1004))  # five rounds join its five bullets, the sixth changes nothing
    assert settled.warnings == [] and normalise(settled.text.text).text.text == settled.text.text
