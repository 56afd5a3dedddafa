"""The insertion candidates of a repair, looked up among the lexicon's shortened
syllables, equal inserting every letter at every place: on corpus words, syllables with a
letter lost, two syllables run together, and generated words. The unsettled words of a
text, read per token with the settled tokens set aside, equal those of every word."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORPUS_FILES, corpus_text
from khuyencong_extract.damage import (
    _LETTERS, _WORD, _settled, _settled_tokens, _unsettled_words, checked_words, insertion_candidates, lexicon,
)
from khuyencong_extract.tones import fold


def reference_insertions(word: str, lex) -> frozenset[str]:
    folded, found = fold(word), set()
    for cut in range(len(folded) + 1):
        head, tail = folded[:cut], folded[cut:]
        found.update(head + letter + tail for letter in _LETTERS if head + letter + tail in lex.syllables)
        if head and tail and head in lex.syllables and tail in lex.syllables:
            found.add(head + " " + tail)
    return frozenset(found)


def test_letters_are_single_characters():
    assert all(len(letter) == 1 for letter in _LETTERS)


def test_insertions_like_every_letter_at_every_place():
    lex, rng = lexicon(), random.Random(7)
    words = {m.group() for path in CORPUS_FILES for m in _WORD.finditer(corpus_text(path))}
    lost = {s[:cut] + s[cut + 1 :] for s in lex.syllables for cut in range(len(s))}
    joined = {a + b for a, b in rng.sample(sorted(lex.bigrams), 300)}
    for word in sorted(words | lost | joined | {w.upper() for w in rng.sample(sorted(lost), 300)}):
        assert insertion_candidates(word, lex) == reference_insertions(word, lex), word


_PIECES = st.sampled_from([
    "a", "ư", "ơ", "ế", "ệ", "ỗ", "y", "ng", "nh", "tr", "th", "đ", "Đ", "qu", "gi", "c", "t", "n",
    "m", "p", "b)", "UBND", "f", "İ", "ß", " ", "  ", "\n", ".", ",", "1", "e\u0301",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_insertions_on_generated_words(text):
    lex = lexicon()
    for word in set(_WORD.findall(text)):
        assert insertion_candidates(word, lex) == reference_insertions(word, lex), word


def test_unsettled_words_like_every_word():
    lex = lexicon()
    for path in CORPUS_FILES:
        text = corpus_text(path)
        want = [m.span() for m in checked_words(text) if not _settled(m.group(), lex)]
        _settled_tokens(lex).clear()
        assert list(_unsettled_words(text, lex)) == want  # each token read
        assert list(_unsettled_words(text, lex)) == want  # the settled ones set aside
