"""`place_tones` tries `_NEW_STYLE_TONE` only where the character table shows a pair that
can match (`_new_style_pairs`): it finds what searching the whole text finds, and edits
the text as the substitution over the whole text does (corpus in several forms, generated
strings)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORPUS_FILES, corpus_text
from khuyencong_extract.tones import _NEW_STYLE_TONE, _new_style_pairs, _old_style, place_tones
from khuyencong_extract.textmap import MappedText


def matches(found) -> list[tuple]:
    return [(m.span(), m.groups()) for m in found]


def assert_like_whole_search(text: str) -> None:
    assert matches(_new_style_pairs(text)) == matches(_NEW_STYLE_TONE.finditer(text))
    mapped = MappedText.identity(text)
    placed, reference = place_tones(mapped), mapped.sub(_NEW_STYLE_TONE, _old_style, whole=True)
    assert (placed.text, placed.starts, placed.ends) == (reference.text, reference.starts, reference.ends)


def new_style(text: str) -> str:
    """``text`` with its old-style pairs written new style, so that there is much to find."""
    for old, new in (("òa", "oà"), ("óa", "oá"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"),
                     ("òe", "oè"), ("ỏe", "oẻ"), ("ùy", "uỳ"), ("ủy", "uỷ"), ("ụy", "uỵ")):
        text = text.replace(old, new).replace(old.upper(), new.upper())
    return text


@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.stem for p in CORPUS_FILES])
def test_pairs_like_whole_search_on_corpus(path):
    text = corpus_text(path)
    for form in (text, new_style(text), new_style(text).upper(), unicodedata.normalize("NFD", new_style(text))):
        assert_like_whole_search(form)


_PIECES = st.sampled_from([
    "o", "O", "u", "U", "q", "Q", "à", "á", "ả", "ã", "ạ", "È", "é", "ỳ", "Ý", "ỵ", "a", "n", "h",
    "\u0301", "\u0300", " ", "\n", ".", ",", "1", "\u3001", "\u4e2d", "\U0001d41a", "\u2fff", "ß",
])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=20).map("".join))
def test_pairs_like_whole_search_on_generated_strings(text):
    assert_like_whole_search(text)
