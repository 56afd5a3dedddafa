"""Damaged text: the share of words that are no Vietnamese syllable (`damage_warning`)
and one-letter repairs of such words where the lexicon makes them unambiguous, the
joining of a syllable a space split in two, or the cutting of a word in capitals that
lost its spaces (`repair_round`), by ``data/syllable_parts.txt`` and ``data/lexicon.tsv``;
in any text, the cutting of two words run together at a capital ("BộCông Thương",
"theoQuyết định": `split_case_joins`, at the places `text_check` finds).

Reads: a `MappedText`. Writes: a ``damaged_text`` warning; the repaired `MappedText`
(each repaired word mapped to the damaged word it replaces) and a ``text_repaired``
warning for each repair.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress

import numpy as np
import regex

from khuyencong_extract.models import Warning
from khuyencong_extract.textmap import MappedText
from khuyencong_extract.texttools import KINDS_END, covering, data_lines, kinds_by_code, matched
from khuyencong_extract.tones import fold, tones_placed


_TONE_MARKS = regex.compile(r"[\u0300\u0301\u0303\u0309\u0323]")
# A word as the validity check reads it: letters only.
_WORD = regex.compile(r"\p{L}+")
# Words the syllable check leaves out: abbreviations in capitals ("UBND", "CNNT") and words
# with letters Vietnamese does not write (foreign words: "website", "Festival").
_NOT_CHECKED = regex.compile(r"\p{Lu}.*\p{Lu}|[fjwzFJWZ]")
_DAMAGED_SHARE = 0.005
"""Share of invalid syllables above which a text counts as damaged (the valid corpus
texts stay under 0.1 %: a few foreign words; the directive file is above 1 %)."""
_DAMAGED_MIN = 5
"""Fewer invalid syllables than this never make a text damaged (a short text with two
foreign words is not damaged)."""
# After a one-letter word, what makes it a marker or an abbreviation ("b)", "V.", "b/c"), or the first
# letter of a minority-language place name ("Cư M’gar", "Ea H'leo", "M'Đrắk").
_MARKER_LETTER = regex.compile(r"[)\]./'’]")


@dataclass(frozen=True, slots=True)
class SyllableParts:
    onsets: frozenset[str]
    rhymes: frozenset[str]
    places: frozenset[str]
    """Whole syllables of minority-language place names ("kar" of "Ea Kar"), and whole words of
    units and specifications ("kg", "Model")."""


@lru_cache(maxsize=None)
def syllable_parts() -> SyllableParts:
    """Onsets, rhymes and place-name syllables of ``data/syllable_parts.txt`` (its whole words of
    units and specifications among the last)."""
    parts: dict[str, set[str]] = {"onset": {""}, "rhyme": set(), "place": set(), "word": set()}
    for row in data_lines("syllable_parts.txt"):
        kind, spellings = row.split("\t")
        parts[kind].update(spellings.split())
    return SyllableParts(frozenset(parts["onset"]), frozenset(parts["rhyme"]), frozenset(parts["place"] | parts["word"]))


def toneless(word: str) -> str:
    """Lower case without tone marks, vowel marks kept: "Quyết" -> "quyêt"."""
    bare = _TONE_MARKS.sub("", unicodedata.normalize("NFD", word.lower()))
    return unicodedata.normalize("NFC", bare)


@lru_cache(maxsize=65536)
def is_valid_syllable(word: str) -> bool:
    """Whether ``word`` splits into a Vietnamese onset and rhyme, or is a place-name
    syllable (tones ignored)."""
    bare = toneless(word)
    parts = syllable_parts()
    return bare in parts.places or any(
        bare[:cut] in parts.onsets and bare[cut:] in parts.rhymes
        for cut in range(min(len(bare), 3) + 1)
    )


def checked_words(text: str):
    """The words the syllable check reads, as matches (no marker letters: "b)", "V.", no
    words of an e-mail address or a URL: `without_addresses`)."""
    text = without_addresses(text)
    return (
        m for m in _WORD.finditer(text)
        if not _NOT_CHECKED.search(m.group())
        and not (len(m.group()) == 1 and _MARKER_LETTER.match(text, m.end()))
    )


def without_addresses(text: str) -> str:
    """``text`` with each e-mail address ("sct@bentre.gov.vn") and URL ("http://...",
    "www.sct.gov.vn") blanked out by as many spaces: their words are no syllables
    ("sct", "gov", "vn"), and no damage; so is each file name a web page shows for an image
    or an attachment ("bo-truong-cong-thuong-nguyen-hong-dien-phat-bieu-tai-hoi-nghi.jpg":
    `_FILE_EXTENSIONS`). Found from their "@", "://", "www." or extension (a quick test
    first), never tried at every offset."""
    files = [ext for ext in _FILE_EXTENSIONS if ext in text] if _ANY_FILE_EXTENSION.search(text) else []
    if "@" not in text and "://" not in text and "www." not in text and not files:
        return text
    spans = []
    for ext in files:
        at = text.find(ext)
        while at != -1:
            end = at + len(ext)
            if end == len(text) or not text[end].isalnum():
                low = max(0, at - _FILE_NAME_MAX)
                spans.append((max(text.rfind(" ", low, at), text.rfind("\n", low, at), low - 1) + 1, end))
            at = text.find(ext, end)
    at = text.find("@")
    while at != -1:
        local, domain = _EMAIL_LOCAL.match(text, max(0, at - _ADDRESS_PART), at), _EMAIL_DOMAIN.match(text, at + 1)
        if local and domain:
            spans.append((local.start(), domain.end()))
        at = text.find("@", at + 1)
    for cue in ("://", "www."):
        at = text.find(cue)
        while at != -1:
            start = _URL_SCHEME.match(text, max(0, at - 5), at).start() if cue == "://" else at
            end = _URL_REST.match(text, at).end()
            spans.append((start, end))
            at = text.find(cue, max(end, at + len(cue)))
    if not spans:
        return text
    pieces, last = [], 0
    for start, end in sorted(spans):
        start = max(start, last)
        pieces += [text[last:start], " " * (end - start)]
        last = max(last, end)
    return "".join(pieces) + text[last:]


_FILE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".pdf", ".doc", ".docx", ".JPG", ".PNG", ".PDF")
"""The endings of the file names a page shows (a name's words, joined by dashes, are no syllables)."""
_ANY_FILE_EXTENSION = re.compile("|".join(map(re.escape, _FILE_EXTENSIONS)))
"""One of `_FILE_EXTENSIONS`: the quick test before looking for each. The standard `re` scans for
the dot they all open with and reads a decision ~20 times faster than eleven tests with ``in``
(each reads the whole text; an extension is in few texts)."""
_FILE_NAME_MAX = 200
"""Characters before an extension within which its file name starts (a bound for a text
without spaces)."""
# The parts of an e-mail address before and after its "@" (the first matched backwards);
# the scheme before a URL's "://" and the rest of a URL (up to a space or a closing
# bracket, a final stop or comma left out).
_ADDRESS_PART = 64
_EMAIL_LOCAL = regex.compile(r"(?r)[\w.+-]+")
_EMAIL_DOMAIN = regex.compile(r"[\w-]+(?:\.[\w-]+)+")
_URL_SCHEME = regex.compile(r"(?r)[A-Za-z]*")
_URL_REST = regex.compile(r"[^\s<>\"“”()\[\]]*?(?=[.,;:]?(?:[\s<>\"“”()\[\]]|$))")


def invalid_share(text: str) -> tuple[int, int]:
    """``(invalid, checked)`` syllable counts of ``text``, read a piece at a time (`_pieces`)."""
    return _scan(text)[:2]


def _scan(text: str) -> tuple[int, int, list[int]]:
    """`invalid_share`, and the offsets of the capitals that follow a lower-case letter
    (`_word_checks`)."""
    invalid = total = offset = 0
    joins: list[int] = []
    for piece in _pieces(without_addresses(text), _PIECE_CHARS):
        checked, numbers, capitals = _word_checks(piece)
        invalid, total = invalid + _not_syllables(numbers[checked]), total + int(checked.sum())
        joins.extend((capitals + offset).tolist())
        offset += len(piece)
    return invalid, total, joins


_PIECE_CHARS = 1 << 20
"""Characters `invalid_share` reads at once: its arrays take ~25 bytes a character."""


def _pieces(text: str, size: int):
    """``text`` in consecutive pieces of at most ``size`` characters where a space or line
    break allows, each cut just after one: no word spans two pieces, and the character
    after each word, which the check reads, is in the word's piece."""
    start = 0
    while len(text) - start > size:
        cut = max(text.rfind(" ", start, start + size), text.rfind("\n", start, start + size)) + 1
        if cut <= start:  # no break in reach: the rest is read whole
            break
        yield text[start:cut]
        start = cut
    yield text[start:]


def _word_checks(text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each word (run of letters) of ``text``, whether the syllable check reads it
    (`checked_words`) and its number, which `are_syllables` reads, found in one pass of
    array operations over the characters; and the offsets of the capitals that follow a
    lower-case letter ("BộCông").

    Each letter has a digit (`_kind`): the toneless lower-case letter it stands for, or
    `_NO_SYLLABLE`. A word's number is the bytes of its first eight digits, those past its
    end zero, read as one number.
    """
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    kinds = np.append(_kinds_of(codes), np.zeros(_SYLLABLE_BYTES, dtype=np.uint8))
    digits = kinds & _DIGIT
    edges = np.flatnonzero(np.diff(digits != 0, prepend=False))
    starts, ends = edges[::2], edges[1::2]  # of each word
    lengths = ends - starts
    eights = np.ndarray((len(digits) - _SYLLABLE_BYTES + 1,), _EIGHT_BYTES, digits, 0, (1,))  # from each character on
    numbers = eights[starts] & _KEPT_BYTES[np.minimum(lengths, _SYLLABLE_BYTES)]
    marked = np.flatnonzero(kinds & (_CAPITAL | _FOREIGN))  # few: read where they are
    marks = np.bincount(np.searchsorted(starts, marked, side="right") - 1,
                        weights=kinds[marked] >> 5 & 3, minlength=len(starts))
    left_out = marks >= 2  # two capitals, or f, j, w, z
    marker = (lengths == 1) & (kinds[ends] & _MARKER_AFTER != 0)
    before = kinds[marked - 1]  # at 0: the zeros appended at the end
    joins = marked[(kinds[marked] & _CAPITAL != 0) & (before & _DIGIT != 0) & (before & _CAPITAL == 0)]
    return ~left_out & ~marker, numbers, joins


def are_syllables(numbers: np.ndarray) -> np.ndarray:
    """Whether each word number (`_word_checks`) is that of a valid syllable: an onset
    and rhyme written together (`_syllable_codes`; no syllable has eight letters)."""
    syllables = _syllable_codes()
    return syllables.take(np.searchsorted(syllables, numbers), mode="clip") == numbers


def _not_syllables(numbers: np.ndarray) -> int:
    """How many of the word ``numbers`` are no syllable's, each distinct one looked up
    once (a text repeats its words: ~30 times each in a decision)."""
    distinct, counts = np.unique(numbers, return_counts=True)
    return int(counts[~are_syllables(distinct)].sum())


_DIGIT, _CAPITAL, _FOREIGN, _MARKER_AFTER = 31, 32, 64, 128
"""Bits of a character's kind (`_syllable_kinds`): its letter digit (0: no letter), a
capital (``\\p{Lu}``), a letter of `_NOT_CHECKED` (f, j, w, z), one of `_MARKER_LETTER`."""
_LETTER = regex.compile(r"\p{L}")
_CAPITAL_LETTER = regex.compile(r"\p{Lu}")
_NO_SYLLABLE = 31
"""The digit of a letter that is in no syllable."""
_SYLLABLE_BYTES = 8
"""Digits of a word compared with the syllables (more than any syllable has letters)."""
_EIGHT_BYTES = np.dtype("<u8")
_KEPT_BYTES = np.array([(1 << 8 * n) - 1 for n in range(_SYLLABLE_BYTES)] + [~0], dtype=np.int64).view(_EIGHT_BYTES)
"""Masks of the first n bytes of a number, by n."""


@lru_cache(maxsize=None)
def _alphabet() -> str:
    """The letters of the syllable parts, each with its digit: its index plus one."""
    parts = syllable_parts()
    return "".join(sorted(set("".join(parts.onsets | parts.rhymes | parts.places))))


def _kind(char: str) -> int:
    """The kind of one character (`_DIGIT` and the other bits)."""
    kind = _MARKER_AFTER * bool(_MARKER_LETTER.match(char))
    if not _LETTER.match(char):
        return kind
    bare = toneless(char)
    digit = _alphabet().index(bare) + 1 if len(bare) == 1 and bare in _alphabet() else _NO_SYLLABLE
    return kind | digit | _CAPITAL * bool(_CAPITAL_LETTER.match(char)) | _FOREIGN * (char in "fjwzFJWZ")


@lru_cache(maxsize=None)
def _syllable_kinds() -> np.ndarray:
    """`_kind` of each character below `KINDS_END`, by code point, each pattern and the
    tone marks read from all of them at once (a worker's start waits for this table)."""
    every = "".join(map(chr, range(KINDS_END)))
    kinds = np.where(matched(_MARKER_LETTER.pattern, every), _MARKER_AFTER, 0).astype(np.uint8)
    letters = matched(_LETTER.pattern, every)
    kinds[letters & matched(_CAPITAL_LETTER.pattern, every)] |= _CAPITAL
    kinds[[ord(char) for char in "fjwzFJWZ"]] |= _FOREIGN
    # NUL between letters: nothing composes, reorders or changes case across it
    bare = toneless("\0".join(compress(every, letters))).split("\0")
    digits = {letter: digit for digit, letter in enumerate(_alphabet(), start=1)}
    kinds[letters] |= np.array([digits.get(letter, _NO_SYLLABLE) for letter in bare], dtype=np.uint8)
    return kinds


def _kinds_of(codes: np.ndarray) -> np.ndarray:
    """`_kind` of each code point of ``codes``."""
    return kinds_by_code(codes, _syllable_kinds(), _kind)


@lru_cache(maxsize=None)
def _syllable_codes() -> np.ndarray:
    """Each onset and rhyme of `syllable_parts` written together, and each place-name
    syllable, as the bytes of its letter digits (zero-padded to `_SYLLABLE_BYTES`) read as
    one number, sorted."""
    parts, alphabet = syllable_parts(), _alphabet()
    spellings = {onset + rhyme for onset in parts.onsets for rhyme in parts.rhymes} | parts.places
    digits = [bytes(alphabet.index(c) + 1 for c in s).ljust(_SYLLABLE_BYTES, b"\0") for s in spellings]
    return np.sort(np.frombuffer(b"".join(digits), dtype=_EIGHT_BYTES))


@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """Syllables and syllable bigrams (folded) seen in valid Vietnamese text.

    Compared and hashed by identity: it is a key of the per-word caches.
    """

    syllables: frozenset[str]
    bigrams: frozenset[tuple[str, ...]]
    shortened: dict[str, frozenset[str]]
    """Each string a syllable gives with one letter of `_LETTERS` left out, and the
    syllables that give it: the syllables one inserted letter makes of it."""


@lru_cache(maxsize=None)
def lexicon() -> Lexicon:
    """``data/lexicon.tsv``, built by ``scripts/build_lexicon.py``."""
    syllables, bigrams = set(), set()
    for row in data_lines("lexicon.tsv"):
        entry = row.split("\t")[0]
        if " " in entry:
            bigrams.add(tuple(entry.split(" ")))
        else:
            syllables.add(entry)
    return Lexicon(frozenset(syllables), frozenset(bigrams), _shortened(syllables))


_LETTERS = tuple(
    unicodedata.normalize("NFC", base + tone)
    for base in "aăâeêioôơuưy"
    for tone in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
) + tuple("bcdđghklmnpqrstvx")
"""The letters a repair may insert, each one character."""


def _shortened(syllables: set[str]) -> dict[str, frozenset[str]]:
    """`Lexicon.shortened` of ``syllables``."""
    letters = set(_LETTERS)
    shortened: dict[str, set[str]] = {}
    for syllable in syllables:
        for cut, letter in enumerate(syllable):
            if letter in letters:
                shortened.setdefault(syllable[:cut] + syllable[cut + 1 :], set()).add(syllable)
    return {short: frozenset(found) for short, found in shortened.items()}


def insertion_candidates(word: str, lex: Lexicon) -> frozenset[str]:
    """Lexicon syllables (or two syllables) made from ``word`` by inserting one letter
    or one space."""
    folded = fold(word)
    split = {
        folded[:cut] + " " + folded[cut:] for cut in range(1, len(folded))
        if folded[:cut] in lex.syllables and folded[cut:] in lex.syllables
    }
    return lex.shortened.get(folded, frozenset()) | split


@lru_cache(maxsize=None)
def function_words() -> frozenset[str]:
    """``data/function_words.txt``: words whose lexicon bigrams are weak evidence for a repair."""
    return frozenset(fold(word) for word in data_lines("function_words.txt"))


def _cased(candidate: str, word: str, neighbours: list[str | None]) -> str:
    """``candidate`` written in the case of ``word``: "S" -> "Sở", "TRIN" -> "TRIỂN";
    a lone capital letter among words in capitals stays in capitals ("A" -> "AN"); a word
    split in two keeps its own letters ("củaSở" -> "của Sở")."""
    cut = candidate.find(" ")
    if cut > 0 and len(candidate) == len(word) + 1 and fold(word) == candidate.replace(" ", ""):
        return f"{word[:cut]} {word[cut:]}"
    if not word[:1].isupper():
        return candidate
    if len(word) > 1 and word.isupper():
        return candidate.upper()
    if len(word) == 1 and any(n and len(n) > 1 and n.isupper() for n in neighbours):
        return candidate.upper()
    return candidate[:1].upper() + candidate[1:]


def choose_repair(left: str | None, word: str, right: str | None, lex: Lexicon) -> tuple[str, str] | None:
    """``(repaired word, neighbour that decided)`` when exactly one candidate fits.

    A candidate fits when the lexicon holds its bigram with the word before or after;
    when some fit on both sides, only those count.
    """
    scored = []
    for candidate in insertion_candidates(word, lex):
        first, last = candidate.split(" ")[0], candidate.split(" ")[-1]
        with_left = left is not None and (fold(left), first) in lex.bigrams
        with_right = right is not None and (last, fold(right)) in lex.bigrams
        if with_left or with_right:
            scored.append((with_left + with_right, candidate, "left" if with_left else "right"))
    if not scored:
        return None
    best = max(score for score, _, _ in scored)
    fitting = [(c, side) for score, c, side in scored if score == best]
    if len(fitting) != 1:
        return None
    return fitting[0]


def repair_damaged(text: MappedText, lex: Lexicon) -> tuple[MappedText, list[tuple[int, int, str]]]:
    """Repair words that lost one letter (or a space) where the lexicon makes it unambiguous,
    join the halves of a syllable that a space split in two (`_split_word`), and cut words
    in capitals that lost their spaces (`capitals_run_together`).

    A word is a suspect when it is no valid syllable, or when neither of its bigrams with
    its neighbours is in the lexicon (a valid "y" in "y ban" lost its "ủ"). Returns the
    repaired text and, for each repair, ``(start, end, message)`` in the input text.
    """
    edits, repairs = [], []
    done = 0  # where the last edit ends: a word inside it was joined already
    for start, end in _unsettled_words(text.text, lex):
        if start < done:
            continue
        word, left, right = text.text[start:end], _word_before(text.text, start), _word_after(text.text, end)
        halves = _split_word(word, start, end, left, right, lex)
        if halves and halves[0] >= done:
            first, last = halves
            whole = tones_placed(text.text[first:last].replace(" ", ""))  # "u ỷ" -> "ủy", as normalise writes it
            edits.append((first, last, whole))
            repairs.append((first, last, f"{text.text[first:last]} -> {whole}"))
            done = last
            continue
        repair = word_repair(left, word, right, lex)
        if repair:
            edits.append((start, end, repair[0]))
            repairs.append((start, end, repair[1]))
            done = end
    taken = covering([(start, end) for start, end, _ in edits])
    for start, end, parts in _capitals_splits(text.text, lex):
        if not taken(start):
            edits.append((start, end, " ".join(parts)))
            repairs.append((start, end, f"{text.text[start:end]} -> {' '.join(parts)}"))
    pairs = sorted(zip(edits, repairs), key=lambda pair: pair[0][0])  # the cuts were added last
    return (text.edit([edit for edit, _ in pairs]) if pairs else text), [repair for _, repair in pairs]


# A run of four capitals or more: a heading's "PHÊDUYỆT", which lost its space, or an
# abbreviation ("UBND"), which the syllable check leaves out (`_NOT_CHECKED`).
_CAPITALS = regex.compile(r"\p{Lu}{4,}")
_CAPITALS_WORD_MAX = 30
"""Letters of a word in capitals cut into syllables: five syllables run together at most."""
_CAPITALS_SPLITS_MAX = 50
"""Words in capitals a text may have cut: a title or a few headings hold that many at most;
a text with more is no damaged title (each would be a repair, every round)."""


def _capitals_splits(text: str, lex: Lexicon) -> list[tuple[int, int, tuple[str, ...]]]:
    """``(start, end, syllables)`` of each word in capitals of ``text`` that
    `capitals_run_together` cuts; none when there are more than `_CAPITALS_SPLITS_MAX`."""
    splits = []
    for m in _CAPITALS.finditer(text):
        start, end = m.span()
        if end - start > _CAPITALS_WORD_MAX or text[start - 1:start].isalpha() or text[end:end + 1].isalpha():
            continue  # not a whole word, or too long for one
        if parts := capitals_run_together(m.group(), lex):
            splits.append((start, end, parts))
            if len(splits) > _CAPITALS_SPLITS_MAX:
                return []
    return splits


@lru_cache(maxsize=4096)
def capitals_run_together(word: str, lex: Lexicon) -> tuple[str, ...] | None:
    """The syllables of a word in capitals that lost the spaces between them ("PHÊDUYỆT" ->
    ("PHÊ", "DUYỆT")), in its own letters: the one way to cut it into lexicon syllables, or
    of several ways the one whose neighbours all make lexicon bigrams. None for a valid
    syllable, an abbreviation ("UBND", "OCOP": no such cut) or a word cut in two ways."""
    folded = fold(word)
    if len(folded) != len(word) or is_valid_syllable(word):
        return None
    ways = _syllable_cuts(folded, lex)
    if len(ways) > 1:
        ways = tuple(way for way in ways if all(pair in lex.bigrams for pair in zip(way, way[1:])))
    if len(ways) != 1:
        return None
    parts, at = [], 0
    for syllable in ways[0]:
        parts.append(word[at:at + len(syllable)])
        at += len(syllable)
    return tuple(parts)


@lru_cache(maxsize=4096)
def _syllable_cuts(folded: str, lex: Lexicon, limit: int = 8) -> tuple[tuple[str, ...], ...]:
    """Ways (at most ``limit``) to write ``folded`` as two or more lexicon syllables (cached:
    the ways of each ending are found once, so a word of one repeated letter costs its
    length, not two to its length)."""
    ways: list[tuple[str, ...]] = []
    for cut in range(1, min(len(folded), _SYLLABLE_LETTERS + 1)):
        head = folded[:cut]
        if head not in lex.syllables:
            continue
        rest = folded[cut:]
        tails = ([(rest,)] if rest in lex.syllables else []) + list(_syllable_cuts(rest, lex, limit))
        ways += [(head, *tail) for tail in tails][: limit - len(ways)]
        if len(ways) >= limit:
            break
    return tuple(ways)


_SYLLABLE_LETTERS = 7
"""Letters of the longest syllable ("nghiêng"): where a cut may fall."""


def _split_word(word: str, start: int, end: int, left: str | None, right: str | None,
                lex: Lexicon) -> tuple[int, int] | None:
    """The span of a syllable split in two by a space ("k ể", "ch ức", "Quy ết"), one half the
    unsettled ``word`` at ``start:end``: the word after it (``right``), else the word before
    it (``left``), with which it writes a lexicon syllable and no lexicon bigram. None when
    neither does."""
    if right is not None and _halves_of_one(word, right, lex):
        return start, end + 1 + len(right)
    if left is not None and _halves_of_one(left, word, lex):
        return start - 1 - len(left), end
    return None


def _halves_of_one(first: str, second: str, lex: Lexicon) -> bool:
    """Whether ``first`` and ``second`` are two halves of one syllable, not two words."""
    whole = first + second
    return (fold(whole) in lex.syllables and is_valid_syllable(whole)
            and (fold(first), fold(second)) not in lex.bigrams)


@lru_cache(maxsize=16384)
def word_repair(left: str | None, word: str, right: str | None, lex: Lexicon) -> tuple[str, str] | None:
    """``(repaired word, message)`` for the unsettled ``word`` between the words ``left``
    and ``right`` (None: no word next to it), or None when it stays as it is (cached: the
    next round and the next decision ask about the same words again)."""
    folded = fold(word)
    if is_valid_syllable(word) and folded in lex.syllables:
        known = (left is not None and (fold(left), folded) in lex.bigrams) or (
            right is not None and (folded, fold(right)) in lex.bigrams
        )
        if known or (left is None and right is None) or len(folded) > 1:
            return None
    if len(folded) > 1 and is_valid_syllable(word):  # a real word the small lexicon may lack
        left = None if left is not None and fold(left) in function_words() else left
        right = None if right is not None and fold(right) in function_words() else right
    choice = choose_repair(left, word, right, lex)
    if not choice:
        return None
    fixed = _cased(choice[0], word, [left, right])
    before = f"{left} {word}" if choice[1] == "left" else f"{word} {right}"
    after = f"{left} {fixed}" if choice[1] == "left" else f"{fixed} {right}"
    return fixed, f"{before} -> {after}"


def _unsettled_words(text: str, lex: Lexicon):
    """Spans of the checked words of ``text`` that are not settled (`_settled`), in order.

    Read per distinct space-separated token: a word never spans a space, and a space after
    a word makes no marker letter. The tokens known to be settled (`_settled_tokens`) are
    set aside at once: most tokens are, and the next round and the next document write
    them again.
    """
    tokens = text.split(" ")
    settled = _settled_tokens(lex)
    if len(settled) > _SETTLED_TOKENS:  # a long batch writes ever new tokens
        settled.clear()
    unsettled = {}
    for token in set(tokens).difference(settled):
        if spans := _unsettled_in(token, lex):
            unsettled[token] = spans
        else:
            settled.add(token)
    ends = list(accumulate(map(len, tokens)))
    for index in compress(range(len(tokens)), map(unsettled.__contains__, tokens)):
        at = ends[index] - len(tokens[index]) + index  # the tokens before and their spaces
        for start, end in unsettled[tokens[index]]:
            yield at + start, at + end


_SETTLED_TOKENS = 65536
"""Tokens `_settled_tokens` holds at most (emptied past this)."""


@lru_cache(maxsize=4)
def _settled_tokens(lex: Lexicon) -> set[str]:
    """Tokens whose checked words are all settled under ``lex`` (`_unsettled_in` gives none),
    as `_unsettled_words` found them."""
    return set()


@lru_cache(maxsize=65536)
def _unsettled_in(token: str, lex: Lexicon) -> tuple[tuple[int, int], ...]:
    """Spans of the checked words of ``token`` that are not settled."""
    return tuple(m.span() for m in checked_words(token) if not _settled(m.group(), lex))


def _settled(word: str, lex: Lexicon) -> bool:
    """A valid lexicon syllable of two letters or more: never repaired, whatever its neighbours."""
    folded = fold(word)
    return len(folded) > 1 and folded in lex.syllables and is_valid_syllable(word)


# The word (letters) ending where a reverse match starts.
_WORD_BEFORE = regex.compile(r"(?r)\p{L}+")


def _word_before(text: str, start: int) -> str | None:
    """The word before the one at ``start`` when one space only separates them."""
    if text[start - 1 : start] != " ":
        return None
    m = _WORD_BEFORE.match(text, 0, start - 1)
    return m.group() if m else None


def _word_after(text: str, end: int) -> str | None:
    """The word after the one ending at ``end`` when one space only separates them."""
    if text[end : end + 1] != " ":
        return None
    m = _WORD.match(text, end + 1)
    return m.group() if m else None


def damage_warning(text: MappedText) -> Warning | None:
    """A ``damaged_text`` warning giving the share of invalid syllables, when it is high."""
    return text_check(text)[0]


def text_check(text: MappedText) -> tuple[Warning | None, list[int]]:
    """`damage_warning`, and the offsets of the capitals that follow a lower-case letter
    (the places `split_case_joins` reads), found in the same pass."""
    invalid, checked, joins = _scan(text.text)
    return _damage(text, invalid, checked), joins


def _damage(text: MappedText, invalid: int, checked: int) -> Warning | None:
    if invalid < _DAMAGED_MIN or invalid / checked <= _DAMAGED_SHARE:
        return None
    return Warning(
        code="damaged_text",
        message=f"{invalid} of {checked} words ({invalid / checked:.1%}) are no valid "
        "Vietnamese syllable: the text lost characters in a conversion, or the spaces between words",
        span=text.to_source(0, len(text.text)),
    )


def split_case_joins(text: MappedText, joins: list[int]) -> tuple[MappedText, list[Warning]]:
    """Cut the words that two words run together make at a capital ("BộCông" -> "Bộ
    Công", "vàUBND" -> "và UBND"), each a ``text_repaired`` warning; ``joins``: the
    offsets of capitals after a lower-case letter (`text_check`). Cut only where the word
    before is a syllable of two letters or more in lower case, its first letter aside,
    and the word after is one too or an abbreviation in capitals: "TTgCP", "ThS", "iPhone"
    and "VinFast" stay whole."""
    edits, warnings = [], []
    for at in joins:  # each word read within `_SYLLABLE_BYTES` letters: a longer one is no syllable
        left = _WORD_BEFORE.match(text.text, max(0, at - _SYLLABLE_BYTES), at)
        right = _WORD.match(text.text, at, at + _SYLLABLE_BYTES)
        start, end = left.start(), right.end()
        if text.text[start - 1:start].isalnum() or text.text[end:end + 1].isalnum():
            continue
        if _cut_at_capital(left.group(), right.group()):
            cut = f"{tones_placed(left.group())} {tones_placed(right.group())}"  # as `place_tones` writes words
            edits.append((start, end, cut))
            warnings.append(Warning(code="text_repaired", message=f"{left.group()}{right.group()} -> {cut}",
                                    span=text.to_source(start, end)))
    return (text.edit(edits) if edits else text), warnings


def _cut_at_capital(left: str, right: str) -> bool:
    """Whether ``left`` and ``right`` are two words run together (`split_case_joins`)."""
    if len(left) < 2 or not left[1:].islower() or not is_valid_syllable(left):
        return False
    return (len(right) >= 2 and right.isupper()) or (right[1:].islower() and is_valid_syllable(right))


def repair_round(text: MappedText) -> tuple[MappedText, list[Warning]]:
    """One round of `repair_damaged`, each repair a ``text_repaired`` warning (source span
    of the damaged word)."""
    repaired, repairs = repair_damaged(text, lexicon())
    return repaired, [
        Warning(code="text_repaired", message=message, span=text.to_source(start, end))
        for start, end, message in repairs
    ]
