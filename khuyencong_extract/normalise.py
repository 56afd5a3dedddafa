"""Stage 2, normalise: decoded source text to clean text with an offset map.

Reads: the decoded source `str`. Writes: `Normalised`, the clean `MappedText` (every
character mapped back to the source), warnings about the text itself
(``repeated_block_removed``, ``damaged_text``, ``text_repaired``), and hints: facts read
from web-page chrome before it was dropped (keys ``number``, ``issued_date``,
``effective_date``, ``doc_type``, ``issuer``, ``signer``, ``field``, ``title`` from a site
metadata table, ``page_date`` and ``byline`` from a news page), values as written.

Steps, each one small function over `MappedText`: NFC; one tone-mark placement
(`place_tones`); the site metadata table (`strip_site_table`); then, until a round
changes nothing, page chrome (`strip_chrome`), `whitespace`, re-joining of hard-wrapped
lines (`join_lines`) and removal of a block the source repeats (`drop_repeated_blocks`);
and, in a damaged text (`damage_warning`), one-letter repairs (`repair_round`). Rules and word lists
live in ``data/`` (line_starts.txt, chrome.txt, syllable_parts.txt, lexicon.tsv).

Clean text conventions: NFC, tone marks old style (hòa, thủy); one space between words;
no spaces at either end of a line; at most one blank line in a row and none at either
end; lines wrapped mid-sentence joined with one space; a repeated block kept once.

How clean text relates to the source (checked by the tests): offsets are monotonic and
inside the source. Clean characters that map to the same source range form a group: a
character kept as is, an NFC composition, a tone pair ("òa" from "oà"), one space for a
run of whitespace or for the line break(s) of a joined line. Each group either occurs in
its source passage or is what normalising that passage alone gives; a space group comes
from whitespace or table pipes. A repaired word maps to the damaged word it replaces
(reported with ``text_repaired``). Dropped text (chrome, repeated block) has no group.
`normalise` is idempotent: ``normalise(normalise(x).text.text).text.text`` equals
``normalise(x).text.text``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from collections import Counter
from functools import lru_cache, partial
from itertools import accumulate, chain, compress, repeat
from importlib import resources

import numpy as np
import regex
from rapidfuzz import fuzz

from khuyencong_extract.models import Warning
from khuyencong_extract.textmap import MappedText


@dataclass(slots=True)
class Normalised:
    text: MappedText
    warnings: list[Warning] = field(default_factory=list)
    hints: dict[str, str] = field(default_factory=dict)


# ---------------------------------------------------------------------------- NFC


def nfc(text: MappedText) -> MappedText:
    """Compose characters (NFC) cluster by cluster, keeping the map.

    A text whose clusters `_single_clusters` reads, each composing to one character, is
    composed whole and its map taken in one step (every decomposed bench document).
    Otherwise only lines that are not in NFC are read (a grapheme cluster never spans a line break,
    and every cluster of a line in NFC is in NFC), word by word where the spaces stand
    alone (`_GLUED_SPACE`), so that the words of a decomposed text are composed once each.
    """
    composed = _compose(text.text)
    if composed == text.text:
        return text
    firsts = _single_clusters(text.text)
    if firsts is not None and len(firsts) == len(composed):  # one character a cluster
        return text.regrouped(composed, firsts)
    edits = []
    start = 0
    for line in text.text.split("\n"):
        if not unicodedata.is_normalized("NFC", line):
            edits += _line_compositions(line, start)
        start += len(line) + 1
    return text.edit(edits)


def _line_compositions(line: str, start: int) -> list[tuple[int, int, str]]:
    """Edits composing the clusters of ``line`` (at ``start`` in the text) not in NFC."""
    if _GLUED_SPACE.search(line):
        return _compositions(line, start)
    edits = []
    for word in line.split(" "):
        if not unicodedata.is_normalized("NFC", word):
            edits += [(start + i, start + j, composed) for i, j, composed in _word_compositions(word)]
        start += len(word) + 1
    return edits


_CLUSTER = regex.compile(r"\X")
# A space that shares a grapheme cluster with the character before or after it.
_GLUED_SPACE = regex.compile(
    r"\p{GCB=Prepend} | [\p{GCB=Extend}\p{GCB=ZWJ}\p{GCB=SpacingMark}]"
)
_compose = partial(unicodedata.normalize, "NFC")


def _compositions(text: str, start: int = 0) -> list[tuple[int, int, str]]:
    """Edits ``(start, end, NFC)`` for the grapheme clusters of ``text`` not in NFC."""
    edits = []
    clusters = _CLUSTER.findall(text)
    for cluster, composed in zip(clusters, map(_compose, clusters)):
        if composed != cluster:
            edits.append((start, start + len(cluster), composed))
        start += len(cluster)
    return edits


_OTHER, _BASE, _ALONE, _MARK = range(4)
"""Kinds of characters for `_single_clusters`: one it does not read; a starter that opens
a grapheme cluster and composes with nothing before it; a control (a cluster by itself);
a combining diacritical mark (U+0300-U+036F, not a starter)."""
_KINDS_END = 0x3000
"""Characters from this code point on are of kind ``_OTHER``."""


@lru_cache(maxsize=None)
def _char_kinds() -> np.ndarray:
    """The kind of each character below `_KINDS_END`, by code point."""
    every = "".join(map(chr, range(_KINDS_END)))
    may_compose = set(regex.findall(r"\p{NFC_Quick_Check=Maybe}", every))  # with the one before
    firsts = [unicodedata.normalize("NFD", c)[0] if unicodedata.decomposition(c) else c for c in every]
    starting = [not unicodedata.combining(c) and c not in may_compose for c in firsts]
    kinds = np.full(_KINDS_END, _OTHER, dtype=np.uint8)
    kinds[~_matched(r"\P{GCB=Other}", every) & np.array(starting)] = _BASE
    kinds[_matched(r"[\p{GCB=Control}\p{GCB=CR}\p{GCB=LF}]", every)] = _ALONE
    for mark in regex.findall(r"\p{GCB=Extend}", every[0x300:0x370]):
        if unicodedata.combining(mark):
            kinds[ord(mark)] = _MARK
    return kinds


def _matched(pattern: str, every: str) -> np.ndarray:
    """Which characters of ``every`` (the characters from U+0000 on, in order) ``pattern``
    matches one by one."""
    marked = regex.sub(pattern, "\U0010ffff", every).encode("utf-32-le", "surrogatepass")
    return np.frombuffer(marked, dtype=np.uint32) == 0x10FFFF


def _single_clusters(text: str) -> np.ndarray | None:
    """Where each grapheme cluster of ``text`` starts, when every cluster is a `_BASE`
    character with marks after it or a control alone; else None.

    NFC then composes each cluster by itself: the characters of a cluster decomposed
    start with a starter, so reordering stays inside it, and that starter composes with
    nothing before it.
    """
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    kinds = _char_kinds()
    if codes.max() >= len(kinds):
        return None
    kinds = kinds[codes]
    marks = kinds == _MARK
    if marks[0] or (kinds == _OTHER).any() or (marks[1:] & (kinds[:-1] == _ALONE)).any():
        return None
    return np.flatnonzero(~marks)


@lru_cache(maxsize=16384)
def _word_compositions(word: str) -> tuple[tuple[int, int, str], ...]:
    """`_compositions` of one word (cached: a decomposed text repeats its words)."""
    return tuple(_compositions(word))


# ------------------------------------------------------------------ tone placement

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
    base, *marks = unicodedata.normalize("NFD", second)
    return unicodedata.normalize("NFC", first + "".join(marks)) + base


def place_tones(text: MappedText) -> MappedText:
    """One tone-mark placement (old style: hòa, thủy, khỏe), length for length.

    Both letters of a rewritten pair map to the pair in the source.
    """
    pairs = _new_style_pairs(text.text)
    return text.edit([(m.start(), m.end(), new) for m in pairs if (new := _old_style(m)) != m.group()], whole=True)


_PAIR_FIRST, _PAIR_SECOND, _WORD_GOES_ON = 1, 2, 4
"""Bits of `_tone_kinds`: a letter that opens a `_NEW_STYLE_TONE` pair, one that ends it,
a letter or mark (``\\p{L}|\\p{M}``, after which the pair is no syllable end)."""


@lru_cache(maxsize=None)
def _tone_kinds() -> np.ndarray:
    """The `_PAIR_FIRST`... bits of each character below `_KINDS_END`, by code point, and
    0 (try the pattern) for any character from there on."""
    every = "".join(map(chr, range(_KINDS_END)))
    kinds = np.zeros(_KINDS_END + 1, dtype=np.uint8)
    kinds[[ord(c) for c in "oOuU"]] |= _PAIR_FIRST
    kinds[[ord(c) for c in "àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ"]] |= _PAIR_SECOND
    kinds[:-1][_matched(r"\p{L}|\p{M}", every)] |= _WORD_GOES_ON
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
    text = unicodedata.normalize("NFC", text)
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return _NEW_STYLE_TONE.sub(_old_style, lowered)


_fold_short = lru_cache(maxsize=32768)(_fold)


# ----------------------------------------------------------------------- web chrome

_LINES_CACHED = 4096
"""Lines whose facts are cached: the rounds of `normalise` read a document's lines again."""
_HEAD_LINES = 5
"""How many first lines a ``head`` chrome rule looks at."""
_FOOTER_LINE_CHARS = 200
"""A page footer (link list) holds no line longer than this."""
# A row of a copied two-column table: "| Số hiệu | 1966/QĐ-UBND |".
_TABLE_ROW = regex.compile(r"^[^\S\n]*\|[^\S\n]*([^|\n]{1,80}?)[^\S\n]*\|[^\S\n]*([^|\n]{0,300}?)[^\S\n]*\|?[^\S\n]*$")


@dataclass(frozen=True, slots=True)
class ChromeRules:
    hints: tuple[tuple[regex.Pattern, str], ...]
    words: regex.Pattern | None
    word_cues: tuple[str, ...] | None
    """The ``words`` rules case-folded when all are plain text (see `_may_hold_words`)."""
    lines: regex.Pattern | None
    """The ``line`` rules as a whole line after a line break (see `_whole_lines`)."""
    head: tuple[tuple[regex.Pattern, str | None], ...]
    tail: regex.Pattern | None
    """The ``tail`` rules as ``lines``."""
    last: tuple[tuple[regex.Pattern, str | None], ...]


def _either(patterns: list[str], whole_lines: bool) -> regex.Pattern | None:
    """Any of ``patterns``, case-insensitive; ``whole_lines``: as a whole line after a line
    break (the pattern opens with the line break: it is searched for faster than a line start)."""
    if not patterns:
        return None
    body = "|".join(f"(?:{p})" for p in patterns)
    return regex.compile(rf"\n\K[^\S\n]*(?:{body})[^\S\n]*(?=\n|\Z)" if whole_lines else body, regex.IGNORECASE)


@lru_cache(maxsize=None)
def chrome_rules() -> ChromeRules:
    """The rules of ``data/chrome.txt``, compiled once."""
    by_kind: dict[str, list[list[str]]] = {}
    for row in data_lines("chrome.txt"):
        kind, *rest = row.split("\t")
        by_kind.setdefault(kind, []).append(rest)

    def keyed(kind: str, flags: int = regex.IGNORECASE) -> tuple:
        return tuple(
            (regex.compile(rf"^[^\S\n]*(?:{r[0]})[^\S\n]*$", flags), r[1] if len(r) > 1 else None)
            for r in by_kind.get(kind, [])
        )

    words = [r[0] for r in by_kind.get("words", [])]
    plain = all(regex.escape(w, special_only=True, literal_spaces=True) == w for w in words)
    return ChromeRules(
        hints=tuple((regex.compile(rf"(?:{r[0]})", regex.IGNORECASE), r[1]) for r in by_kind.get("hint", [])),
        words=_either(words, whole_lines=False),
        word_cues=tuple(w.casefold() for w in words) if plain else None,
        lines=_either([r[0] for r in by_kind.get("line", [])], whole_lines=True),
        head=keyed("head"),
        tail=_either([r[0] for r in by_kind.get("tail", [])], whole_lines=True),
        last=keyed("last", flags=0),
    )


def _table_hint(rules: ChromeRules, line: str) -> tuple[str, str] | None:
    """``(hint key, value)`` when ``line`` is a metadata row of a known key."""
    m = _TABLE_ROW.match(line)
    if not m:
        return None
    for pattern, key in rules.hints:
        if pattern.fullmatch(m.group(1)):
            return key, m.group(2)
    return None


def _line_starts(lines: list[str]) -> list[int]:
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    return starts


def _delete_lines(text: MappedText, lines: list[str], drop: set[int]) -> MappedText:
    """Delete whole lines (with their line break) of ``text``."""
    if not drop:
        return text
    starts = _line_starts(lines)
    ranges = [(starts[i], min(starts[i + 1], len(text.text))) for i in sorted(drop)]
    return text.delete(_merge(ranges))


def strip_site_table(text: MappedText) -> tuple[MappedText, dict[str, str]]:
    """Drop a site metadata table (rows of known keys) and the page title above it.

    Runs before `whitespace`, which removes the cell separators the rows are found by.
    Each value becomes a hint under its key (``data/chrome.txt``, kind ``hint``), the
    page title line (the first line of the text, just above the table) ``hints["title"]``.
    """
    if "|" not in text.text:
        return text, {}
    rules = chrome_rules()
    lines = text.text.split("\n")
    first_line = next((i for i, line in enumerate(lines) if line.strip()), None)
    drop: set[int] = set()
    hints: dict[str, str] = {}
    rows = [i for i, line in enumerate(lines) if "|" in line and _TABLE_ROW.match(line)]
    for index, end in _merge([(row, row + 1) for row in rows]):  # each table: a run of rows
        known = [hint for row in range(index, end) if (hint := _table_hint(rules, lines[row]))]
        take_table(lines, index, end, known, first_line, hints, drop)
    return _delete_lines(text, lines, drop), hints


def take_table(lines: list[str], index: int, end: int, known: list[tuple[str, str]], first_line: int | None,
               hints: dict[str, str], drop: set[int]) -> None:
    """Take the table rows ``lines[index:end]`` if two of them are known (``known``: their
    hints): their hints go to ``hints``, the rows (and the page title above them, when it
    is the text's first line ``first_line``) to ``drop``."""
    if len(known) < 2:
        return
    for key, value in known:
        hints.setdefault(key, value)
    drop.update(range(index, end))
    title = index - 1
    while title >= 0 and not lines[title].strip():
        title -= 1
    if title >= 0 and title == first_line:
        hints.setdefault("title", lines[title].strip())
        drop.add(title)


def strip_chrome(text: MappedText) -> tuple[MappedText, dict[str, str]]:
    """Drop page chrome lines and words (``data/chrome.txt``); return facts read from them.

    Expects the output of `whitespace` (trimmed lines, no table pipes at line edges).
    """
    rules = chrome_rules()
    lines = text.text.split("\n")
    drop: set[int] = set()
    hints: dict[str, str] = {}
    nonblank = [i for i, line in enumerate(lines) if line]
    for i in nonblank[:_HEAD_LINES]:
        for pattern, key in rules.head:
            m = pattern.match(lines[i])
            if m:
                drop.add(i)
                if key and m.groups():
                    hints.setdefault(key, m.group(1))
                break
    page = "\n" + text.text  # each line after a line break
    if rules.lines:
        drop.update(i for i in _whole_lines(rules.lines, page) if lines[i])
    if rules.tail:
        long = next((i for i in reversed(nonblank) if len(lines[i]) > _FOOTER_LINE_CHARS), -1)
        after = sum(map(len, lines[: long + 1])) + long + 1  # where the line after it starts
        footer = next((i for i in _whole_lines(rules.tail, page, after, long + 1) if lines[i]), None)
        if footer is not None:
            drop.update(range(footer, len(lines)))
    remaining = [i for i in nonblank[-_HEAD_LINES:] if i not in drop]
    if remaining:
        for pattern, key in rules.last:
            if pattern.match(lines[remaining[-1]]):
                drop.add(remaining[-1])
                if key:
                    hints.setdefault(key, lines[remaining[-1]])
                break
    text = _delete_lines(text, lines, drop)
    if rules.words and _may_hold_words(rules, text):
        text = text.sub(rules.words, "")
    return text, hints


def _whole_lines(pattern: regex.Pattern, page: str, start: int = 0, number: int = 0):
    """The numbers of the lines that ``pattern`` (`_either` of whole lines) matches whole in
    ``page``, a line break and a text, from the line ``number`` at offset ``start`` of the
    text on, in order (one search of the text instead of a match a line; a rule reads
    within a line, as it reads a line alone)."""
    at = start
    for m in pattern.finditer(page, start):
        number += page.count("\n", at + 1, m.start())
        at = m.start() - 1
        yield number


_FOLDS_APART = "\u0130\u0131"
"""Letters that `regex` matches case-insensitively with a letter of another case folding:
"İ" with "i" and "ı" with "I" (a test checks the ``words`` rules for others)."""


def _may_hold_words(rules: ChromeRules, text: MappedText) -> bool:
    """False when no ``words`` rule can match ``text`` (a cheap test before the regex pass):
    letters that match case-insensitively have one case folding, but for `_FOLDS_APART`."""
    if rules.word_cues is None or _holds_any(text.text, _FOLDS_APART):
        return True
    return _holds_any(text.casefolded(), rules.word_cues)


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# ----------------------------------------------------------------------- whitespace

# Invisible characters: zero-width spaces and joiners, BOM, soft hyphen.
_INVISIBLE = regex.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]+")
_INVISIBLES = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
"""The characters of `_INVISIBLE`."""
_ODD_SPACES = (
    "\t\x0b\x0c\r\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)
"""Whitespace that is not a plain space or a line feed (tab, NBSP, wide spaces): what
``[^\\S\\n ]`` matches (a test checks it), every one unprintable."""
# The cell separator a copied web table leaves at the start of a line ("| Số hiệu"), and
# the same after a line break (`\K`: a pattern that opens with a character is searched for
# faster than one that opens with ``^``).
_PIPE_AT_START = regex.compile(r"(?m)^ ?(?:\| ?)+")
_PIPE_AFTER_BREAK = regex.compile(r"\n\K ?(?:\| ?)+")
# The cell separator at the end of a line ("ỦY BAN NHÂN DÂN |").
_PIPE_AT_END = regex.compile(r"(?m)(?: ?\|)+ ?$")


def whitespace(text: MappedText) -> MappedText:
    """Unify line ends and spaces; drop table pipes at line edges and extra blank lines.

    The spaces after the first of a run are deleted, so each kept space maps to one source
    character and never across text dropped in between. Each pass runs only when the
    text holds what it looks for (a cheap test first).
    """
    if not text.text.replace("\n", " ").isprintable():  # what the next passes read is unprintable
        text = _plain_line_ends_and_spaces(text)
    text = text.delete(_run_tails(text.text, " ", 1))
    if "|" in text.text and _line_starts_with(text.text, ("|", " |")):
        text = text.delete(_pipes_at_start(text.text))
    if "|" in text.text and _line_ends_with(text.text, ("|", "| ")):
        text = text.sub(_PIPE_AT_END, "")
    if _line_starts_with(text.text, (" ",)) or _line_ends_with(text.text, (" ",)):
        text = text.delete(_edge_spaces(text.text))
    text = text.delete(_run_tails(text.text, "\n", 2))  # one blank line at most
    return text.delete(_blank_edges(text.text))


_LINE_ENDS = "\r\u2028\u2029\x0b\x0c\x85"
"""Characters that end a line besides the line feed (CR, Unicode line and paragraph
separators, vertical tab, form feed, NEL)."""


def _unify_line_ends(text: MappedText) -> MappedText:
    """Every line end a line feed: a CRLF pair becomes one, mapped to the pair; each other
    character of `_LINE_ENDS` one mapped to itself (built with string methods and numpy,
    not edit by edit: a CRLF text has one a line)."""
    unified = text.text.replace("\r\n", "\n")
    for char in _LINE_ENDS:
        if char in unified:
            unified = unified.replace(char, "\n")
    if len(unified) == len(text.text):
        return MappedText(unified, text.starts, text.ends, text.source_len)
    codes = np.frombuffer(text.text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    pair_ends = np.flatnonzero((codes[:-1] == ord("\r")) & (codes[1:] == ord("\n"))) + 1
    return text.regrouped(unified, np.delete(np.arange(len(codes)), pair_ends))


def _plain_line_ends_and_spaces(text: MappedText) -> MappedText:
    """The passes of `whitespace` that read unprintable characters (`_LINE_ENDS`,
    `_INVISIBLES`, `_ODD_SPACES`): line ends unified, invisible characters dropped, odd
    spaces made plain."""
    if _holds_any(text.text, _LINE_ENDS):
        text = _unify_line_ends(text)
    if _holds_any(text.text, _INVISIBLES):
        text = text.sub(_INVISIBLE, "")
    return _plain_spaces(text) if not text.text.replace("\n", " ").isprintable() else text


def _holds_any(text: str, parts) -> bool:
    """Whether ``text`` holds one of the strings ``parts`` (a cheap test before a regex pass)."""
    return any(part in text for part in parts)


def _line_starts_with(text: str, prefixes: tuple[str, ...]) -> bool:
    return text.startswith(prefixes) or _holds_any(text, ["\n" + prefix for prefix in prefixes])


def _line_ends_with(text: str, suffixes: tuple[str, ...]) -> bool:
    return text.endswith(suffixes) or _holds_any(text, [suffix + "\n" for suffix in suffixes])


def _plain_spaces(text: MappedText) -> MappedText:
    """Each of `_ODD_SPACES` in ``text`` a plain space, mapped to itself."""
    plain = text.text
    for char in _ODD_SPACES:
        if char in plain:
            plain = plain.replace(char, " ")
    return MappedText(plain, text.starts, text.ends, text.source_len)


def _run_tails(text: str, char: str, keep: int) -> list[tuple[int, int]]:
    """Ranges of ``char`` past the first ``keep`` of each run of it in ``text``."""
    ranges = []
    at = text.find(char * (keep + 1))
    while at != -1:
        end = at + keep + 1
        while text.startswith(char, end):
            end += 1
        ranges.append((at + keep, end))
        at = text.find(char * (keep + 1), end)
    return ranges


def _pipes_at_start(text: str) -> list[tuple[int, int]]:
    """Spans of `_PIPE_AT_START` in ``text``: at its start, then after each line break."""
    first = _PIPE_AT_START.match(text)
    return ([first.span()] if first else []) + [m.span() for m in _PIPE_AFTER_BREAK.finditer(text)]


def _edge_spaces(text: str) -> list[tuple[int, int]]:
    """Ranges of the spaces at the start and end of each line of ``text``, found from the
    line breaks next to them (the two ranges of a line of spaces merged)."""
    firsts = chain([0] * text.startswith(" "), (at + 1 for at in _occurrences(text, "\n ")))
    lasts = chain((at + 1 for at in _occurrences(text, " \n")), [len(text)] * text.endswith(" "))
    leading = [(at, _spaces_end(text, at)) for at in firsts]
    trailing = [(_spaces_start(text, at), at) for at in lasts]
    return _merge(sorted(leading + trailing))


def _spaces_end(text: str, at: int) -> int:
    """Where the run of spaces from ``at`` ends."""
    while text.startswith(" ", at):
        at += 1
    return at


def _spaces_start(text: str, at: int) -> int:
    """Where the run of spaces ending at ``at`` starts."""
    while at and text[at - 1] == " ":
        at -= 1
    return at


def _blank_edges(text: str) -> list[tuple[int, int]]:
    """Ranges of the line breaks at the start and at the end of ``text``."""
    head, tail = len(text) - len(text.lstrip("\n")), len(text.rstrip("\n"))
    if head == len(text):
        return [(0, head)] if head else []
    return [(first, last) for first, last in ((0, head), (tail, len(text))) if first < last]


# ---------------------------------------------------------------- line re-joining

# A section marker opening a line: Roman "IV.", Arabic "2.", decimal "1.1." or "1.1",
# letter "a)" / "đ)", "Điều 3.", "Chương II", "Mục 1". No blank it reads is a line break
# but the one that may close a marker (where the end of a line alone stands), so it
# matches at a line start inside a text as on the line alone.
_MARKER = regex.compile(
    r"(?:[IVXLC]{1,7}\.(?=\s|$)"
    r"|\d{1,3}(?:\.\d{1,3}){0,4}[.)](?=\s|$)"
    r"|\d{1,3}(?:\.\d{1,3}){1,4}(?=[^\S\n])"
    r"|[a-zđ]\)(?=\s|$)"
    r"|Điều[^\S\n]\d{1,3}[a-z]?\."
    r"|(?:Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)[^\S\n](?:[IVXLC]{1,7}|\d{1,3})(?=[\s.:]|$))"
)
# A bullet opening a line: "- ", "+ ", "• ", en or em dash.
_BULLET = regex.compile(r"[-+•–—*]\s")
# Sentence or clause end at the end of a line (closing quotes may follow it).
_TERMINAL_MARKS = ".;:!?…"
_CLOSING_QUOTES = "'\"”’"
# A heading in capitals: at least one upper-case letter and no lower-case letter.
_CAPS = regex.compile(r"^(?=[^\p{Ll}]*\p{Lu})[^\p{Ll}]*$")
# A heading with a Roman marker ("III. ĐỐI TƯỢNG,").
_ROMAN_HEAD = regex.compile(r"^[IVXLC]{1,7}\.\s")
# A signature line ("TM. ỦY BAN NHÂN", "KT. CHỦ TỊCH").
_SIGNATURE_HEAD = regex.compile(r"^(?:TM|KT|TL|TUQ|Q)\.\s")
# The last word of a line and the first word of the next.
_LAST_WORD = regex.compile(r"(?r)(\w+)")  # reverse: `match` anchors it at the end
_FIRST_WORD = regex.compile(r"^(\w+)")
# Two words inside a line, the second capitalised: evidence that a proper name such as
# "Sở Công" or "An Giang" runs on, so a line break between them is a wrap.
_TITLE_BIGRAM = regex.compile(r"(?<=(?<!\w)(\w+) )(\p{Lu}\p{Ll}+)(?!\w)")
# Two words in capitals inside a line ("NHÂN DÂN" in "ỦY BAN NHÂN DÂN TỈNH AN GIANG"); the
# second is only looked at, so that it can begin the next pair.
_CAPS_BIGRAM = regex.compile(r"(?<!\w)(\p{Lu}+) (?=(\p{Lu}+)(?!\w))")
# A lower-case letter (after an optional opening bracket or quote) at the line start.
_LOWER_START = regex.compile(r"^[(\"“'‘]?\p{Ll}")
_DIGIT_START = regex.compile(r"^\d")
# A reference running on from the line before: "Quyết định số 23/...", "Điều 4 Nghị định".
_DOC_REFERENCE = regex.compile(
    r"^(?:Luật|Bộ luật|Nghị định|Nghị quyết|Quyết định|Thông tư(?: liên tịch)?|Chỉ thị"
    r"|Kế hoạch|Công văn|Thông báo|Tờ trình)\s(?:số\s?)?\d"
    r"|^(?:Điều|Khoản|Điểm)\s\d{1,3}[a-z]?(?![.\d])"
)
# A marker followed by one word only ("Điều 3. Chánh"): never a whole heading.
_MARKER_AND_WORD = regex.compile(r"^(?:Điều\s\d{1,3}\.|\S+)\s\w+$")
# Capitalised words that stand inside a line after a lower-case word ("ngành Trung ương"):
# the second words of `_TITLE_BIGRAM` pairs whose first word ends in this.
_LOWER = regex.compile(r"\p{Ll}")

# The place and date line of a decision: "Hưng Yên, ngày 27 tháng 11 năm 2025".
_PLACE_DATE = regex.compile(r"(?:\p{Lu}\p{Ll}*\.? ){0,3}\p{Lu}\p{Ll}*, ngày \d{1,2}")
# A line that is complete by itself: the number line of a decision ("Số: 1966/QĐ-UBND").
_WHOLE_LINE = regex.compile(r"^Số:? ?\d{1,6}/\S{1,40}$")

# A line break that may join two lines (`join_lines`, with the line start pattern after
# it): after a non-blank line that ends no clause (no terminal mark before its closing
# quotes), before a non-blank line, or with one blank line before a line that starts in
# lower case (`_LOWER_START`).
_JOIN_CANDIDATE = (
    rf"(?<=[^\n])(?<![{regex.escape(_TERMINAL_MARKS)}][{regex.escape(_CLOSING_QUOTES)}]*)"
    r"(?:\n(?=[^\n])|\n\n(?=[(\"“'‘]?\p{Ll}))"
)

_LOOKAHEAD_LINES = 60
"""How far a bullet looks ahead for a sibling bullet (bounded so the pass stays linear)."""


@lru_cache(maxsize=None)
def data_lines(name: str) -> tuple[str, ...]:
    """Non-comment, non-empty lines of a data file in ``khuyencong_extract/data``."""
    raw = resources.files("khuyencong_extract").joinpath("data", name).read_text("utf-8")
    lines = (unicodedata.normalize("NFC", line.strip()) for line in raw.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=None)
def _line_start_pattern() -> regex.Pattern:
    """What opens a line that is never joined to the one before: a section marker, a
    place and date or a phrase of ``data/line_starts.txt``, in one pattern."""
    phrases = sorted(data_lines("line_starts.txt"), key=len, reverse=True)
    words = "(?:" + "|".join(regex.escape(p) for p in phrases) + r")(?!\w)"
    return regex.compile(f"(?:{_MARKER.pattern})|(?:{_PLACE_DATE.pattern})|{words}")


@lru_cache(maxsize=None)
def _join_candidates() -> regex.Pattern:
    """A `_JOIN_CANDIDATE` line break before a line that `_line_start_pattern` does not
    match (such a line is never joined); at a line start inside the text, that pattern
    matches as on the line alone (no part of it reads past a line break but a marker's
    closing blank, which a line break and the end of the text both are)."""
    return regex.compile(f"{_JOIN_CANDIDATE}(?!{_line_start_pattern().pattern})")


def _occurrences(text: str, needle: str):
    """Where ``needle`` occurs in ``text``, in order."""
    at = text.find(needle)
    while at != -1:
        yield at
        at = text.find(needle, at + 1)


def _line_at(text: str, at: int) -> str:
    """The line of ``text`` that holds offset ``at``."""
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1 : end if end != -1 else len(text)]


@dataclass(frozen=True, slots=True)
class TitlePairs:
    """Word pairs that show a name running on, asked about pair by pair.

    ``(first, second)`` is in it when a line of ``text`` holds ``first``, one space and a
    capitalised ``second`` (`_TITLE_BIGRAM`), or the two words in capitals inside a heading
    in capitals (`_CAPS_BIGRAM`, "NHÂN DÂN"): "Sở Công" inside a line says that "Sở\nCông"
    is one name broken across lines. A pair is looked for where it occurs (a text is asked
    about a few pairs; reading every line for all pairs costs more).
    """

    text: str

    def __contains__(self, pair: tuple[str, str]) -> bool:
        return any(self._holds(at, pair) for at in _occurrences(self.text, " ".join(pair)))

    def _holds(self, at: int, pair: tuple[str, str]) -> bool:
        """Whether the pair written at ``at`` is one."""
        title = _TITLE_BIGRAM.match(self.text, at + len(pair[0]) + 1)
        if title and title.groups() == pair:
            return True
        caps = _CAPS_BIGRAM.match(self.text, at)
        return bool(caps and caps.groups() == pair and _is_caps(_line_at(self.text, at)))


@dataclass(frozen=True, slots=True)
class TitleWords:
    """Capitalised words that stand inside a line of ``text`` after a word ending in lower
    case ("ngành Trung ương"), asked about word by word like `TitlePairs`."""

    text: str

    def __contains__(self, word: str) -> bool:
        for at in _occurrences(self.text, " " + word):
            title = _TITLE_BIGRAM.match(self.text, at + 1)
            if title and title.group(2) == word and _ends_lower(title.group(1)):
                return True
        return False


@lru_cache(maxsize=16384)
def _ends_lower(word: str) -> bool:
    """Whether ``word`` ends in a lower-case letter."""
    return bool(_LOWER.match(word, len(word) - 1))


def _has_sibling_bullet(lines: list[str], index: int) -> bool:
    """True when another capitalised bullet follows ``lines[index]`` in the same list."""
    for line in lines[index + 1 : index + 1 + _LOOKAHEAD_LINES]:
        if not line:
            continue
        if _MARKER.match(line):
            return False
        if _BULLET.match(line) and not _LOWER_START.match(line[2:]):
            return True
    return False


@dataclass(slots=True)
class Paragraph:
    """What line re-joining knows of the logical line built so far (bounded state).

    Decisions read the paragraph, not only the physical line before, so that running the
    step again over its own output takes the same decisions (idempotence).
    """

    lines: list[str]
    """Its physical lines."""
    caps: bool = False

    @classmethod
    def start(cls, line: str) -> Paragraph:
        return cls([line], _is_caps(line))

    def extend(self, line: str) -> None:
        self.lines.append(line)
        self.caps = self.caps and not any(c.islower() for c in line)

    @property
    def head(self) -> str:
        """Its first physical line."""
        return self.lines[0]

    @property
    def last(self) -> str:
        """Its last physical line."""
        return self.lines[-1]

    @property
    def parts(self) -> int:
        """How many physical lines it has."""
        return len(self.lines)

    @property
    def words(self) -> int:
        """Its words, counted up to ``_HEADING_WORDS + 1`` a line (only small counts
        matter; counted when asked, which few paragraphs are)."""
        return sum(map(_words, self.lines))


_HEADING_WORDS = 12
"""A paragraph that opens with a marker and has fewer words than this may be a heading."""


@lru_cache(maxsize=_LINES_CACHED)
def _is_caps(line: str) -> bool:
    """A heading in capitals (cached: a line is asked about more than once)."""
    return bool(_CAPS.match(line))


@lru_cache(maxsize=_LINES_CACHED)
def _words(line: str) -> int:
    """Words of ``line``, or ``_HEADING_WORDS + 1`` when it has more (cached: the rounds
    of `normalise` read the same lines)."""
    return len(line.split(maxsplit=_HEADING_WORDS))


def continues(
    para: Paragraph,
    line: str,
    lines: list[str],
    index: int,
    evidence: tuple[TitlePairs, TitleWords],
) -> bool:
    """Whether ``line`` (at ``lines[index]``) continues the paragraph ``para`` above it.

    Asked only across a line break `_join_candidates` finds: both lines hold text, the
    paragraph's last line ends no clause and ``line`` is no line start. ``evidence`` is
    `TitlePairs` and `TitleWords` of the whole text.
    """
    prev = para.last
    if "|" in prev or "|" in line:
        return False
    if prev.startswith("Số") and _WHOLE_LINE.match(prev):
        return False
    if _LOWER_START.match(line):  # no heading in capitals, bullet or digit: read first
        return not para.caps
    if _is_caps(line) and not _DIGIT_START.match(line):
        return caps_line_continues(para, line, evidence[0])
    if _BULLET.match(line):
        return bullet_continues(para, line, lines, index)
    if _DIGIT_START.match(line):
        return True
    if line.startswith("("):
        return not para.caps
    return words_continue(para, line, evidence)


def caps_line_continues(para: Paragraph, line: str, bigrams: TitlePairs) -> bool:
    """Whether a heading line in capitals continues ``para``: only a heading in capitals
    without sentence end that has a Roman marker ("III. ĐỐI TƯỢNG,"), or is a lone word
    ("CHƯƠNG"), or is a signature wrapped inside a name seen whole elsewhere ("TM. ỦY BAN NHÂN")."""
    if not para.caps:
        return False
    if _ROMAN_HEAD.match(para.head) or para.words == 1:
        return True
    last, first = _LAST_WORD.match(para.last), _FIRST_WORD.match(line)
    return bool(
        _SIGNATURE_HEAD.match(para.head) and last and first
        and (last.group(1), first.group(1)) in bigrams
    )


def bullet_continues(para: Paragraph, line: str, lines: list[str], index: int) -> bool:
    """Whether a bullet line continues ``para``: "- tiểu thủ công nghiệp" after a wrapped
    line does; a capitalised bullet only when no sibling bullet follows ("Kinh tế\n- Hạ tầng")."""
    if _LOWER_START.match(line[2:]):
        return True
    if para.head[:1] == line[:1]:
        return False  # the next item of the list this paragraph belongs to
    return not _has_sibling_bullet(lines, index)


def words_continue(para: Paragraph, line: str, evidence: tuple[TitlePairs, TitleWords]) -> bool:
    """Whether a line starting with a capitalised word continues ``para``: after a comma, as
    a document reference, as a pair of words seen together elsewhere, as the one word
    after a short marker heading, or with a word seen inside lines elsewhere."""
    bigrams, title_words = evidence
    prev = para.last
    if prev.endswith(",") or _DOC_REFERENCE.match(line):
        return True
    last, first = _LAST_WORD.match(prev), _FIRST_WORD.match(line)
    if not (last and first):
        return False
    if (last.group(1), first.group(1)) in bigrams:
        return True
    if _MARKER.match(para.head) and para.words < _HEADING_WORDS:
        return para.parts == 1 and bool(_MARKER_AND_WORD.match(prev))
    return first.group(1) in title_words


def join_lines(text: MappedText) -> MappedText:
    """Re-join lines hard-wrapped mid-sentence with one space (mapped to the line break).

    Expects the output of `whitespace`: a blank line is a paragraph break and is kept,
    except that a lower-case line after a single blank line continues the line before.
    Only the line breaks `_join_candidates` finds are weighed; every other non-blank line
    starts a paragraph, which is built when a line below asks about it.
    """
    lines = text.text.split("\n")
    evidence = (TitlePairs(text.text), TitleWords(text.text))
    edits = []
    para, para_end = None, -1  # the paragraph last extended, at line ``para_end``
    index = counted = 0
    for m in _join_candidates().finditer(text.text):
        pos = m.end()  # where the line starts
        index += text.text.count("\n", counted, pos)
        counted = pos
        line, last = lines[index], index - len(m.group())
        if para_end != last:
            para = Paragraph.start(lines[last])
        if last == index - 1:
            joined = continues(para, line, lines, index, evidence)
            edits += [(pos - 1, pos, " ")] if joined else []
        else:
            joined = bool(not para.caps and _LOWER_START.match(line))
            edits += [(pos - 2, pos - 1, " "), (pos - 1, pos, "")] if joined else []
        if joined:
            para.extend(line)
            para_end = index
    return text.edit(edits) if edits else text


# ----------------------------------------------------------- repeated block removal

_WINDOW = 4
"""Lines in the window whose exact (folded) repetition seeds a candidate block."""
_MIN_BLOCK_CHARS = 200
"""A repeated run shorter than this is ordinary repetition, not a duplicated block."""
_SIMILARITY = 90.0
"""rapidfuzz ratio (0-100) above which two lines count as the same line."""
_KEY_SPACE = regex.compile(r"[\s|]+")


def _line_keys(lines: list[str], folded: str | None = None) -> list[str]:
    """The lines as compared: runs of spaces and pipes as one space, trimmed, case-folded.

    The lines are folded in one piece (``folded``, the case folding of the lines joined
    when known: folding maps no character to or from whitespace or a pipe, so it keeps the
    lines apart and can come first), and only a text with two spaces in a row, a pipe or
    other whitespace (unprintable) is read line by line.
    """
    folded = "\n".join(lines).casefold() if folded is None else folded
    if "  " not in folded and "|" not in folded and folded.replace("\n", " ").isprintable():
        return list(map(str.strip, folded.split("\n")))
    return [
        (_KEY_SPACE.sub(" ", line) if "  " in line or "|" in line or not line.isprintable() else line).strip()
        for line in folded.split("\n")
    ]


def find_repeated_blocks(lines: list[str], folded: str | None = None) -> list[tuple[int, int]]:
    """Line ranges ``[first, end)`` that repeat an earlier run of lines (``folded``: the
    case folding of the lines joined, when known).

    Windows of `_WINDOW` non-blank lines are hashed; a window seen before seeds a
    candidate that is grown line by line while each line stays near-identical (rapidfuzz
    ratio >= `_SIMILARITY`) to its counterpart. Each line is hashed once and compared
    at most once, so the pass is linear in the number of lines. Only windows whose first
    line occurs more than once are hashed: no other window can repeat one.
    """
    numbers = [i for i, line in enumerate(lines) if line.strip()]
    keys = list(map(_line_keys(lines, folded).__getitem__, numbers))
    repeated = {key for key, count in Counter(keys).items() if count > 1}
    seen: dict[tuple[str, ...], int] = {}
    blocks: list[tuple[int, int]] = []
    done = 0  # windows before this one are inside a block found
    for k in (k for k, key in enumerate(keys) if key in repeated):
        if k + _WINDOW > len(keys):
            break
        if k < done:
            continue
        window = tuple(keys[k : k + _WINDOW])
        first = seen.get(window)
        if first is None or first + _WINDOW > k:
            seen.setdefault(window, k)
            continue
        length = block_length(keys, first, k)
        if sum(map(len, keys[k : k + length])) >= _MIN_BLOCK_CHARS:
            blocks.append((numbers[k], numbers[k + length - 1] + 1))
            done = k + length
    return blocks


def block_length(keys: list[str], first: int, k: int) -> int:
    """Lines from ``keys[k]`` on that repeat those from ``keys[first]`` on (the first
    `_WINDOW` already do), each near-identical (rapidfuzz ratio >= `_SIMILARITY`) to its
    counterpart, the copy ending before ``k``."""
    length = _WINDOW
    while (
        k + length < len(keys)
        and first + length < k
        and fuzz.ratio(keys[first + length], keys[k + length]) >= _SIMILARITY
    ):
        length += 1
    return length


def drop_repeated_blocks(text: MappedText) -> tuple[MappedText, list[Warning]]:
    """Keep the first copy of a block the source repeats; warn with the dropped span."""
    lines = text.text.split("\n")
    blocks = find_repeated_blocks(lines, text.casefolded())
    if not blocks:
        return text, []
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    ranges, warnings = [], []
    for first, end in blocks:
        while first > 0 and not lines[first - 1]:
            first -= 1  # the blank lines between the copies go with the copy
        start, stop = starts[first], min(starts[end], len(text.text))
        ranges.append((start, stop))
        warnings.append(Warning(
            code="repeated_block_removed",
            message=f"dropped {end - first} lines that repeat an earlier block: "
            f"{lines[first][:60]!r} ... {lines[end - 1][:60]!r}",
            span=text.to_source(start, stop),
        ))
    text = text.delete(ranges)
    text = text.delete(_blank_edges(text.text))
    return text.delete(_run_tails(text.text, "\n", 2)), warnings


# ------------------------------------------------------------------ damaged text

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
# After a one-letter word, what makes it a marker or an abbreviation ("b)", "V.", "b/c").
_MARKER_LETTER = regex.compile(r"[)\]./]")


@dataclass(frozen=True, slots=True)
class SyllableParts:
    onsets: frozenset[str]
    rhymes: frozenset[str]


@lru_cache(maxsize=None)
def syllable_parts() -> SyllableParts:
    """Onsets and rhymes of ``data/syllable_parts.txt``."""
    parts: dict[str, set[str]] = {"onset": {""}, "rhyme": set()}
    for row in data_lines("syllable_parts.txt"):
        kind, spellings = row.split("\t")
        parts[kind].update(spellings.split())
    return SyllableParts(frozenset(parts["onset"]), frozenset(parts["rhyme"]))


def toneless(word: str) -> str:
    """Lower case without tone marks, vowel marks kept: "Quyết" -> "quyêt"."""
    bare = _TONE_MARKS.sub("", unicodedata.normalize("NFD", word.lower()))
    return unicodedata.normalize("NFC", bare)


@lru_cache(maxsize=65536)
def is_valid_syllable(word: str) -> bool:
    """Whether ``word`` splits into a Vietnamese onset and rhyme (tones ignored)."""
    bare = toneless(word)
    parts = syllable_parts()
    return any(
        bare[:cut] in parts.onsets and bare[cut:] in parts.rhymes
        for cut in range(min(len(bare), 3) + 1)
    )


def checked_words(text: str):
    """The words the syllable check reads, as matches (no marker letters: "b)", "V.")."""
    return (
        m for m in _WORD.finditer(text)
        if not _NOT_CHECKED.search(m.group())
        and not (len(m.group()) == 1 and _MARKER_LETTER.match(text, m.end()))
    )


def invalid_share(text: str) -> tuple[int, int]:
    """``(invalid, checked)`` syllable counts of ``text``."""
    checked, valid = _word_checks(text)
    return int((checked & ~valid).sum()), int(checked.sum())


def _word_checks(text: str) -> tuple[np.ndarray, np.ndarray]:
    """For each word (run of letters) of ``text``, whether the syllable check reads it
    (`checked_words`) and whether it is a valid syllable (`is_valid_syllable`), read in
    one pass of array operations over the characters.

    Each letter has a digit (`_kind`): the toneless lower-case letter it stands for, or
    `_NO_SYLLABLE`. A word is valid when the bytes of its first eight digits, those past
    its end zero, are the bytes of an onset and rhyme written together (`_syllable_codes`;
    no syllable has eight letters).
    """
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    kinds = np.append(_kinds_of(codes), np.zeros(_SYLLABLE_BYTES, dtype=np.uint8))
    digits = kinds & _DIGIT
    edges = np.flatnonzero(np.diff(digits != 0, prepend=False))
    starts, ends = edges[::2], edges[1::2]  # of each word
    lengths = ends - starts
    eights = np.ndarray((len(digits) - _SYLLABLE_BYTES + 1,), _EIGHT_BYTES, digits, 0, (1,))  # from each character on
    numbers = eights[starts] & _KEPT_BYTES[np.minimum(lengths, _SYLLABLE_BYTES)]
    syllables = _syllable_codes()
    valid = syllables.take(np.searchsorted(syllables, numbers), mode="clip") == numbers
    marks = np.add.reduceat(kinds >> 5 & 3, starts, dtype=np.int64) if len(starts) else starts
    left_out = marks >= 2  # two capitals, or f, j, w, z
    marker = (lengths == 1) & (kinds[ends] & _MARKER_AFTER != 0)
    return ~left_out & ~marker, valid


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
    return "".join(sorted(set("".join(parts.onsets | parts.rhymes))))


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
    """`_kind` of each character below `_KINDS_END`, by code point."""
    return np.array([_kind(chr(code)) for code in range(_KINDS_END)], dtype=np.uint8)


def _kinds_of(codes: np.ndarray) -> np.ndarray:
    """`_kind` of each code point of ``codes``."""
    kinds = _syllable_kinds().take(codes, mode="clip")
    if len(codes) and codes.max() >= _KINDS_END:
        high = codes >= _KINDS_END
        distinct, where = np.unique(codes[high], return_inverse=True)
        kinds[high] = np.array([_kind(chr(code)) for code in distinct], dtype=np.uint8)[where]
    return kinds


@lru_cache(maxsize=None)
def _syllable_codes() -> np.ndarray:
    """Each onset and rhyme of `syllable_parts` written together, as the bytes of its
    letter digits (zero-padded to `_SYLLABLE_BYTES`) read as one number, sorted."""
    parts, alphabet = syllable_parts(), _alphabet()
    spellings = {onset + rhyme for onset in parts.onsets for rhyme in parts.rhymes}
    digits = [bytes(alphabet.index(c) + 1 for c in s).ljust(_SYLLABLE_BYTES, b"\0") for s in spellings]
    return np.sort(np.frombuffer(b"".join(digits), dtype=_EIGHT_BYTES))


@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """Syllables and syllable bigrams (folded) seen in valid Vietnamese text.

    Compared and hashed by identity: it is a key of the per-word caches.
    """

    syllables: frozenset[str]
    bigrams: frozenset[tuple[str, str]]
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


def _cased(candidate: str, word: str, neighbours: list[str | None]) -> str:
    """``candidate`` written in the case of ``word``: "S" -> "Sở", "TRIN" -> "TRIỂN";
    a lone capital letter among words in capitals stays in capitals ("A" -> "AN")."""
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
    """Repair words that lost one letter (or a space) where the lexicon makes it unambiguous.

    A word is a suspect when it is no valid syllable, or when neither of its bigrams with
    its neighbours is in the lexicon (a valid "y" in "y ban" lost its "ủ"). Returns the
    repaired text and, for each repair, ``(start, end, message)`` in the input text.
    """
    edits, repairs = [], []
    for start, end in _unsettled_words(text.text, lex):
        word = text.text[start:end]
        left, right = _word_before(text.text, start), _word_after(text.text, end)
        folded = fold(word)
        if is_valid_syllable(word) and folded in lex.syllables:
            known = (left is not None and (fold(left), folded) in lex.bigrams) or (
                right is not None and (folded, fold(right)) in lex.bigrams
            )
            if known or (left is None and right is None) or len(folded) > 1:
                continue
        choice = choose_repair(left, word, right, lex)
        if not choice:
            continue
        fixed = _cased(choice[0], word, [left, right])
        edits.append((start, end, fixed))
        before = f"{left} {word}" if choice[1] == "left" else f"{word} {right}"
        after = f"{left} {fixed}" if choice[1] == "left" else f"{fixed} {right}"
        repairs.append((start, end, f"{before} -> {after}"))
    return (text.edit(edits) if edits else text), repairs


def _unsettled_words(text: str, lex: Lexicon):
    """Spans of the checked words of ``text`` that are not settled (`_settled`), in order.

    Read per distinct space-separated token: a word never spans a space, and a space after
    a word makes no marker letter.
    """
    tokens = text.split(" ")
    unsettled = {token: spans for token in set(tokens) if (spans := _unsettled_in(token, lex))}
    ends = list(accumulate(map(len, tokens)))
    for index in compress(range(len(tokens)), map(unsettled.__contains__, tokens)):
        at = ends[index] - len(tokens[index]) + index  # the tokens before and their spaces
        for start, end in unsettled[tokens[index]]:
            yield at + start, at + end


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
    invalid, checked = invalid_share(text.text)
    if invalid < _DAMAGED_MIN or invalid / checked <= _DAMAGED_SHARE:
        return None
    return Warning(
        code="damaged_text",
        message=f"{invalid} of {checked} words ({invalid / checked:.1%}) are no valid "
        "Vietnamese syllable: the text lost characters in a conversion",
        span=text.to_source(0, len(text.text)),
    )


def repair_round(text: MappedText) -> tuple[MappedText, list[Warning]]:
    """One round of `repair_damaged`, each repair a ``text_repaired`` warning (source span
    of the damaged word)."""
    repaired, repairs = repair_damaged(text, lexicon())
    return repaired, [
        Warning(code="text_repaired", message=message, span=text.to_source(start, end))
        for start, end, message in repairs
    ]


# ------------------------------------------------------------------------- stage

_MAX_ROUNDS = 6
"""Rounds of the line steps and repairs; each round only drops, joins or repairs, and
rounds stop as soon as one changes nothing (one or two rounds on real texts)."""


def normalise(source: str, *, repair: bool = True) -> Normalised:
    """Run every normalising step over ``source`` (``repair=False``: no damaged-text check).

    The line steps (chrome, whitespace, re-joining, repeated blocks) and the repairs of
    a damaged text run again while a round still changes the text: dropping a line can
    make two lines meet that join, a repaired word can give the next one its context.
    Running them to a fixed point is what makes `normalise` idempotent. Whether a text
    is damaged is decided once, after the first round of line steps. A text in which
    `drop_repeated_blocks` found nothing (the usual case), or `join_lines` joined nothing,
    is not read by that step again when the next round gives it back unchanged (each
    reads only the text). Each round starts from a tidy text (`whitespace`
    gives it back as it is: it is idempotent, and re-joining, block removal and repairs
    keep a text tidy), so `whitespace` runs only after `strip_chrome` dropped something.
    """
    clean = place_tones(nfc(MappedText.identity(source)))
    clean, hints = strip_site_table(clean)
    clean = whitespace(clean)
    warnings: list[Warning] = []
    damaged: bool | None = None if repair else False
    unrepeated = None  # a text in which `drop_repeated_blocks` found nothing
    unjoined = None  # a text in which `join_lines` joined nothing
    for _ in range(_MAX_ROUNDS):
        before = clean.text
        stripped, found = strip_chrome(clean)
        for key, value in found.items():
            hints.setdefault(key, value)
        clean = whitespace(stripped) if stripped is not clean else clean
        if clean.text != unjoined:
            joined = join_lines(clean)
            unjoined = clean.text if joined is clean else None
            clean = joined
        if clean.text != unrepeated:
            clean, dropped = drop_repeated_blocks(clean)
            warnings.extend(dropped)
            unrepeated = None if dropped else clean.text
        if damaged is None:
            warning = damage_warning(clean)
            damaged = warning is not None
            warnings.extend([warning] if warning else [])
        if damaged:
            clean, repaired = repair_round(clean)
            warnings.extend(repaired)
        if clean.text == before:
            break
    return Normalised(clean, warnings, hints)
