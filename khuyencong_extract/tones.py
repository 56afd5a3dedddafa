"""Tone-mark placement: the new style "hoà, thuỷ" written old style "hòa, thủy", in a
`MappedText` (`place_tones`) and in the compared form of words and names (`fold`).

Reads: a `MappedText` or a string. Writes: a `MappedText` with each rewritten pair of
letters mapped to the pair in the source, or the folded string (same length for
Vietnamese text in NFC).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from itertools import repeat

import numpy as np
import regex

from khuyencong_extract.textmap import MappedText
from khuyencong_extract.texttools import KINDS_END, matched


# "oa", "oe", "uy" carrying the tone on their second vowel at the end of a syllable
# (no final consonant follows; "qu" is an onset, so "quý" stays): "hoà", "khoẻ", "thuỷ".
# Two letters are matched first and read again behind (a pattern that opens with a
# character class is searched for faster than one that opens with a look-behind).
_NEW_STYLE_TONE = regex.compile(
    r"[oOuU][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ]"
    r"(?<=(?<![qQ])(?:([oO])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ])|([uU])([ỳýỷỹỵỲÝỶỸỴ])))(?!\p{L}|\p{M})"
)


def _old_style(m: regex.Match) -> str:
    """Move the tone mark from the second vowel to the first: "oà" -> "òa"."""
    first, second = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    decomposed = unicodedata.normalize("NFD", second)
    return unicodedata.normalize("NFC", first + decomposed[1:]) + decomposed[0]


def place_tones(text: MappedText) -> MappedText:
    """One tone-mark placement (old style: hòa, thủy, khỏe), length for length.

    Both letters of a rewritten pair map to the pair in the source.
    """
    pairs = _new_style_pairs(text.text)
    return text.edit([(m.start(), m.end(), new) for m in pairs if (new := _old_style(m)) != m.group()], whole=True)


def tones_placed(text: str) -> str:
    """``text`` with `place_tones`'s placement, as a string (a few words: no map kept)."""
    return _NEW_STYLE_TONE.sub(_old_style, text)


_PAIR_FIRST, _PAIR_SECOND, _WORD_GOES_ON = 1, 2, 4
"""Bits of `_tone_kinds`: a letter that opens a `_NEW_STYLE_TONE` pair, one that ends it,
a letter or mark (``\\p{L}|\\p{M}``, after which the pair is no syllable end)."""


@lru_cache(maxsize=None)
def _tone_kinds() -> np.ndarray:
    """The `_PAIR_FIRST`... bits of each character below `KINDS_END`, by code point, and
    0 (try the pattern) for any character from there on."""
    every = "".join(map(chr, range(KINDS_END)))
    kinds = np.zeros(KINDS_END + 1, dtype=np.uint8)
    kinds[[ord(c) for c in "oOuU"]] |= _PAIR_FIRST
    kinds[[ord(c) for c in "àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ"]] |= _PAIR_SECOND
    kinds[:-1][matched(r"\p{L}|\p{M}", every)] |= _WORD_GOES_ON
    return kinds


def _new_style_pairs(text: str) -> list[regex.Match]:
    """The matches of `_NEW_STYLE_TONE` in ``text``, tried only where `_tone_kinds` shows
    an opening and an ending letter with no letter or mark after them (pairs never
    overlap: no ending letter opens one)."""
    codes = np.frombuffer((text + " ").encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    kinds = _tone_kinds().take(codes, mode="clip")
    at = np.flatnonzero(
        (kinds[:-2] & _PAIR_FIRST != 0) & (kinds[1:-1] & _PAIR_SECOND != 0) & (kinds[2:] & _WORD_GOES_ON == 0)
    )
    return [m for m in map(_NEW_STYLE_TONE.match, repeat(text), at.tolist()) if m]


_FOLD_CACHED = 256
"""Strings up to this length (words, names, short phrases) have their `fold` cached."""


def fold(text: str) -> str:
    """NFC, old-style tone placement, lower case: the form to compare names and words.

    ``fold("Hoà Bình") == fold("HÒA BÌNH") == "hòa bình"``. For Vietnamese text in NFC the
    result has the length of its input, so offsets found in it hold in the input too.
    """
    return _fold_short(text) if len(text) <= _FOLD_CACHED else _fold(text)


def _fold(text: str) -> str:
    return tones_placed(lower_keeping_length(unicodedata.normalize("NFC", text)))


def lower_keeping_length(text: str) -> str:
    """``text.lower()``, but a character whose lower case has more characters than it
    ("İ": "i̇") kept as it is, so that offsets in the result hold in ``text``."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


_fold_short = lru_cache(maxsize=32768)(_fold)
