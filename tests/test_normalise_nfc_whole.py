"""NFC of a whole text at once (`_single_clusters`) equals composing cluster by cluster.

Checked on the corpus decomposed (where the whole-text path is taken), on generated
snippets of the characters it reads, and on the Unicode facts it relies on.
"""

from __future__ import annotations

import unicodedata

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORPUS_FILES, corpus_text, mapped
from khuyencong_extract.normalise import _ALONE, _BASE, _MARK, _char_kinds, _single_clusters, nfc
from khuyencong_extract.textmap import MappedText

_CLUSTER = regex.compile(r"\X")


def reference_nfc(text: MappedText) -> MappedText:
    return text.sub(_CLUSTER, lambda m: unicodedata.normalize("NFC", m.group()))


def of_kind(kind: int) -> list[str]:
    return [chr(code) for code, k in enumerate(_char_kinds()) if k == kind]


@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.stem for p in CORPUS_FILES])
def test_decomposed_corpus_composed_whole(path):
    source = unicodedata.normalize("NFD", corpus_text(path))
    assert _single_clusters(source) is not None
    text = MappedText.identity(source)
    assert mapped(nfc(text)) == mapped(reference_nfc(text))


def test_composed_whole_keeps_an_edited_map():
    text = MappedText.identity("x  Hoa\u0300  y").delete([(1, 2), (8, 9)])
    assert mapped(nfc(text)) == mapped(reference_nfc(text))


_PIECES = st.sampled_from(of_kind(_BASE) + of_kind(_ALONE) + of_kind(_MARK) + ["\U0001f600", "\u0e31"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=30).map("".join))
def test_nfc_on_generated_snippets(source):
    text = MappedText.identity(source)
    assert mapped(nfc(text)) == mapped(reference_nfc(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("aeouyAĐ d\n\t") + ["\u0300", "\u0301", "\u0302", "\u0306",
       "\u0309", "\u0323", "\u031b", "\u0303", "\u0338", "\u0345"]), min_size=1, max_size=40).map("".join))
def test_nfc_on_vietnamese_snippets(source):
    text = MappedText.identity(source)
    assert mapped(nfc(text)) == mapped(reference_nfc(text))


def test_unicode_facts_the_whole_text_path_relies_on():
    bases, alone, marks = of_kind(_BASE), of_kind(_ALONE), of_kind(_MARK)
    # A base opens a cluster that holds the marks after it; a control is a cluster alone.
    assert len(_CLUSTER.findall("".join(c + "\u0301\u0323" for c in bases))) == len(bases)
    assert len(_CLUSTER.findall("".join(c + "a" for c in alone))) == 2 * len(alone)
    # A base decomposes to a starter first; a mark is no starter.
    assert not any(unicodedata.combining(unicodedata.normalize("NFD", c)[0]) for c in bases)
    assert all(map(unicodedata.combining, marks))
    # No pair composes to one character with a base, a control or a decomposed base's
    # first letter as its second part (the jamo Hangul syllables compose from are none).
    starting = set(bases) | set(alone) | {unicodedata.normalize("NFD", c)[0] for c in bases}
    for code in range(0x110000):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            pair = "".join(chr(int(part, 16)) for part in parts)
            assert unicodedata.normalize("NFC", pair) != chr(code) or pair[1] not in starting
    assert not starting & set(map(chr, range(0x1100, 0x1200)))
