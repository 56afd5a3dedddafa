"""Stage 2, normalise: decoded source text to clean text with an offset map.

Reads: the decoded source `str`. Writes: `Normalised`, the clean `MappedText` (every
character mapped back to the source), warnings about the text itself
(``repeated_block_removed``, ``damaged_text``, ``text_repaired``, ``text_unsettled``,
``characters_unreadable``, ``marks_dropped``, ``chrome_dropped``), and hints: facts read
from web-page chrome before it was dropped (keys ``number``, ``issued_date``,
``effective_date``, ``doc_type``, ``issuer``, ``signer``, ``field``, ``title`` from a site
metadata table, ``page_date``, ``byline`` and ``site`` (the site's name) from a news page),
values as written.

Steps, each one small function over `MappedText`: HTML markup a page's copy kept decoded
(`decode_markup`, module ``chrome``); in a text not in NFC, runs of combining
marks cut to 30 (`capped_mark_runs`, here), then NFC (here); one tone-mark placement
(`place_tones`, module ``tones``); letters a legacy font wrote for "Đ" and "đ"
(`lookalike_letters`, here); characters no later step can read
(`readable_characters`, here); the site metadata table (`strip_site_table`, module
``chrome``); a header a copy flattened onto its first line, back on lines (`header_cells`,
module ``chrome``), as one a PDF's text view flattened in reading order (`header_lines`); a space after a full stop glued to the next sentence (`spaced_sentences`,
here); then, until a round changes nothing, page chrome (`strip_chrome`),
`whitespace` (here), re-joining of hard-wrapped lines (`join_lines`, module
``linejoin``, after the furniture of a PDF's page break inside a sentence is dropped: `drop_page_breaks`) and removal of a block the source repeats (`drop_repeated_blocks`, module
``blocks``); the cutting of words run together at a capital (`split_case_joins`) and, in a
damaged text (`damage_warning`), one-letter repairs (`repair_round`), both in module
``damage``. Helpers they share are in ``texttools``. Rules and
word lists live in ``data/`` (line_starts.txt, chrome.txt, syllable_parts.txt,
lexicon.tsv).

Clean text conventions: NFC, tone marks old style (hòa, thủy), "Đ" and "đ" for their
look-alikes; a space after a full stop between a word (or a year) and a capitalised one; one space
between words; no spaces at either end of a line; at most one blank line in a row and none
at either end; lines wrapped mid-sentence joined with one space (a superscript power cut onto
a line of its own, "1.000 m" then "2", with none: "1.000 m2"); a repeated block kept once.

How clean text relates to the source (checked by the tests): offsets are monotonic and
inside the source. Clean characters that map to the same source range form a group: a
character kept as is, an NFC composition, a tone pair ("òa" from "oà"), one space for a
run of whitespace or for the line break(s) of a joined line. Each group either occurs in
its source passage or is what normalising that passage alone gives; a space group comes
from whitespace, table pipes or an HTML tag; a full stop and the space after it come from a
full stop glued to the next sentence. A repaired word maps to the damaged word it replaces
(reported with ``text_repaired``). Dropped text (chrome, repeated block) has no group.
`normalise` is idempotent: ``normalise(normalise(x).text.text).text.text`` equals
``normalise(x).text.text``, unless every round changed the text (``text_unsettled``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import chain

import numpy as np
import regex

from khuyencong_extract.blocks import drop_repeated_blocks
from khuyencong_extract.chrome import (
    decode_markup, drop_chrome_words, header_cells, header_lines, strip_chrome, strip_site_table,
)
from khuyencong_extract.damage import repair_round, split_case_joins, text_check
from khuyencong_extract.linejoin import drop_page_breaks, join_lines
from khuyencong_extract.models import Warning
from khuyencong_extract.tables import tab_cells
from khuyencong_extract.textmap import MappedText
from khuyencong_extract.texttools import (
    KINDS_END, blank_edges, holds_any, kinds_by_code, matched, merge, occurrences, run_tails,
)
from khuyencong_extract.tones import place_tones


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


def capped_nfc(text: MappedText) -> tuple[MappedText, Warning | None]:
    """``text`` in NFC (`nfc`), the runs of marks of a text not in NFC capped first
    (`capped_mark_runs`, and its warning); ``text`` and None when it is in NFC.

    A text of `_stable_starters` alone is in NFC (a look-up by code point). Another is
    composed at once when it has no run to cap, as `nfc` gives a text in NFC back as it is;
    one with runs to cap is first checked by `unicodedata.is_normalized` (linear, however
    the marks are ordered: composing a long run takes the square of its length). A
    decomposed text is thus composed once, not normalised twice.
    """
    codes = np.frombuffer(text.text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if _stable_starters().take(codes, mode="clip").all():
        return text, None
    capped, warning = capped_mark_runs(text)
    if warning and unicodedata.is_normalized("NFC", text.text):
        return text, None
    return nfc(capped), warning


@lru_cache(maxsize=None)
def _stable_starters() -> np.ndarray:
    """For each character below `KINDS_END`, by code point (and False for any from there
    on), whether NFC leaves it as it is wherever it stands: a starter (combining class 0)
    that NFC keeps (``NFC_Quick_Check=Yes``) and that composes with no character before
    it (the second of no canonical pair; no Hangul jamo). A text of such characters alone
    is in NFC."""
    every = "".join(map(chr, range(KINDS_END)))
    pairs = (unicodedata.decomposition(char).split() for char in every)
    seconds = {chr(int(pair[1], 16)) for pair in pairs if len(pair) == 2 and not pair[0].startswith("<")}
    stable = [
        not unicodedata.combining(char) and _compose(char) == char and char not in seconds
        and not "\u1100" <= char <= "\u11ff"
        for char in every
    ]
    return np.append(matched(r"\p{NFC_Quick_Check=Yes}", every) & np.array(stable), False)


MAX_MARK_RUN = 30
"""Combining marks (and invisible characters between them) kept in a row: the limit of
Unicode's stream-safe text format (UAX #15). NFC reorders a run of marks by insertion, in
time that grows with the square of its length: 60,000 marks took 8 s."""


def capped_mark_runs(text: MappedText) -> tuple[MappedText, Warning | None]:
    """``text`` without the marks past the first `MAX_MARK_RUN` of each longer run of
    characters that are combining marks (non-starters) or invisible (`_INVISIBLE`, which
    `whitespace` drops), and a ``marks_dropped`` warning; else ``text`` and None."""
    in_run = _non_starters(text.text)
    edges = np.flatnonzero(np.diff(in_run, prepend=False, append=False))
    starts, ends = edges[::2], edges[1::2]
    long = ends - starts > MAX_MARK_RUN
    if not long.any():
        return text, None
    dropped = [(int(start) + MAX_MARK_RUN, int(end)) for start, end in zip(starts[long], ends[long])]
    warning = Warning(code="marks_dropped", span=text.to_source(dropped[0][0], dropped[-1][1]), message=(
        f"{sum(end - start for start, end in dropped)} combining marks (or invisible characters between them)"
        f" dropped from {len(dropped)} run(s) of more than {MAX_MARK_RUN} in a row: no script writes so many on one letter"))
    return text.delete(dropped), warning


def _non_starters(text: str) -> np.ndarray:
    """For each character of ``text``, whether it is a combining mark (a canonical combining
    class above 0) or invisible (`_INVISIBLE`)."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return kinds_by_code(codes, _non_starter_table(), _non_starter)


@lru_cache(maxsize=None)
def _non_starter_table() -> np.ndarray:
    """`_non_starter` of each character below `KINDS_END`, by code point (the invisible
    ones found in one pass over them all)."""
    every = "".join(map(chr, range(KINDS_END)))
    return np.array([unicodedata.combining(char) > 0 for char in every]) | matched(_INVISIBLE_CHAR, every)


def _non_starter(char: str) -> bool:
    return unicodedata.combining(char) > 0 or _INVISIBLE.match(char) is not None


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
"""Kinds of characters for `_single_clusters`: one it does not read (every character from
`KINDS_END` on); a starter that opens a grapheme cluster and composes with nothing before
it; a control (a cluster by itself); a combining diacritical mark (U+0300-U+036F, not a
starter)."""


@lru_cache(maxsize=None)
def _char_kinds() -> np.ndarray:
    """The kind of each character below `KINDS_END`, by code point."""
    every = "".join(map(chr, range(KINDS_END)))
    may_compose = set(regex.findall(r"\p{NFC_Quick_Check=Maybe}", every))  # with the one before
    firsts = [unicodedata.normalize("NFD", c)[0] if unicodedata.decomposition(c) else c for c in every]
    starting = [not unicodedata.combining(c) and c not in may_compose for c in firsts]
    kinds = np.full(KINDS_END, _OTHER, dtype=np.uint8)
    kinds[~matched(r"\P{GCB=Other}", every) & np.array(starting)] = _BASE
    kinds[matched(r"[\p{GCB=Control}\p{GCB=CR}\p{GCB=LF}]", every)] = _ALONE
    for mark in regex.findall(r"\p{GCB=Extend}", every[0x300:0x370]):
        if unicodedata.combining(mark):
            kinds[ord(mark)] = _MARK
    return kinds


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


# ------------------------------------------------------------- unreadable characters

_SURROGATE_OR_BEYOND_FIRST_PLANE = re.compile(r"[\ud800-\udfff\U00010000-\U0010ffff]")  # escapes read by `re`
_DIGIT = regex.compile(r"\d")
_SURROGATES_START, _SURROGATES_END = chr(0xD800), chr(0xDFFF)


def readable_characters(text: MappedText) -> tuple[MappedText, Warning | None]:
    """``text`` with each character no later step can read replaced by U+FFFD (mapped to
    it) and a ``characters_unreadable`` warning; else ``text`` and None.

    Such are a lone surrogate (only a ``str`` handed to `pipeline.extract_text` can hold
    one: pydantic refuses it, JSON cannot be written with it) and a digit that `regex`
    reads as one and this Python does not (a script newer than its Unicode tables: Kawi,
    Garay...): every pattern's ``\\d`` would find it, and no conversion (`int`, `Decimal`)
    could read the figure it is in. All of them are surrogates or lie beyond the first plane,
    so a text that UTF-16 writes in two bytes a character is not read further.
    """
    try:
        if len(text.text.encode("utf-16-le")) == 2 * len(text.text):
            return text, None
    except UnicodeEncodeError:  # a lone surrogate
        pass
    spans = [m.span() for m in _SURROGATE_OR_BEYOND_FIRST_PLANE.finditer(text.text) if _unreadable(m.group())]
    if not spans:
        return text, None
    first = text.text[spans[0][0]:spans[0][1]]
    warning = Warning(code="characters_unreadable", span=text.to_source(spans[0][0], spans[-1][1]), message=(
        f"{len(spans)} character(s) no step could read replaced by U+FFFD (the first {first!r}): lone"
        " surrogates, or digits of a script newer than this Python's Unicode tables, in which no figure can be read"))
    return text.edit([(start, end, "\ufffd") for start, end in spans]), warning


def _unreadable(char: str) -> bool:
    """Whether ``char`` is a lone surrogate, or a digit to `regex` that this Python cannot read."""
    return _SURROGATES_START <= char <= _SURROGATES_END or (_DIGIT.match(char) is not None and not char.isdecimal())


# -------------------------------------------------------------- look-alike letters

_LOOKALIKES = {"\u00d0": "Đ", "\u00f0": "đ", "\u0189": "Đ"}
"""Letters written for "Đ" and "đ" by web copies made with legacy fonts: Latin eth (Ð, ð)
and African D (Ɖ). No Vietnamese word has them: "Số: 512/QÐ-UBND" was no number, "45/2012/NÐ-CP"
no citation."""
_LOOKALIKE_TABLE = str.maketrans(_LOOKALIKES)


def lookalike_letters(text: MappedText) -> MappedText:
    """``text`` with each of `_LOOKALIKES` the letter it stands for, mapped to itself."""
    if not holds_any(text.text, _LOOKALIKES):
        return text
    return MappedText(text.text.translate(_LOOKALIKE_TABLE), text.starts, text.ends, text.source_len)


# ------------------------------------------------------------- sentences run together

# A full stop between two whole words, the second capitalised, no space after it ("... tỉnh
# Long An.Đề án ..."): the sentence end no step could see. Each word is two letters at least,
# one capital at most ("TP.HCM", "baolongan.vn", "BộCông.Đề" and initials, "L.D", are none of
# it); or a year ending the sentence ("... khuyến công năm 2023.Ngày 30/5/2022 Sở Công Thương ...", not a
# number's "45/2023.Ngày"). Found from the dot: a pattern tried at every letter took 2 ms a document.
_DOT_JOIN = regex.compile(
    r"\.(?=\p{Lu}\p{Ll}+(?!\p{L}))(?<=(?<!\p{L})\p{L}\p{Ll}+\.|(?<![\p{L}\d.,/\-])(?:19|20)\d\d\.)")


def spaced_sentences(text: MappedText) -> MappedText:
    """``text`` with a space after each full stop `_DOT_JOIN` finds, the stop and its space
    mapped to the stop ("An.Đề" -> "An. Đề")."""
    if "." not in text.text:
        return text
    return text.edit([(m.start(), m.end(), ". ") for m in _DOT_JOIN.finditer(text.text)])


# ----------------------------------------------------------------------- whitespace

# Invisible characters: format characters (zero-width spaces and joiners, BOM, soft hyphen,
# direction marks and isolates, tags ...) and the controls that are neither a line end nor a
# space (NUL, DEL ...). Copied from web pages, they sit inside words and numbers
# ("69/Q\u200eĐ-UBND" was read as the number "69/Q").
_INVISIBLE_CHAR = r"[\p{Cf}\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]"
_INVISIBLE = regex.compile(_INVISIBLE_CHAR + "+")
_ODD_SPACES = (
    "\t\x0b\x0c\r\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)
"""Whitespace that is not a plain space or a line feed (tab, NBSP, wide spaces): what
``[^\\S\\n ]`` matches, and the unit separator U+001F, which Python's `str.isspace`
counts and `regex`'s ``\\s`` does not (a test checks both); every one unprintable."""
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
    text holds what it looks for (a cheap test first). The spaces are deleted in one edit,
    the blank lines in another (deleting ranges one after another or all at once gives
    the same text and map).
    """
    if not text.text.replace("\n", " ").isprintable():  # what the next passes read is unprintable
        text = _plain_line_ends_and_spaces(text)
    if "|" in text.text:  # the pipe patterns read runs of spaces as one
        text = _without_edge_pipes(text.delete(run_tails(text.text, " ", 1)))
    return _blank_lines_tidied(text.delete(_extra_spaces(text.text)))


def _without_edge_pipes(text: MappedText) -> MappedText:
    """``text`` (runs of spaces one space) without the table pipes at the start and the
    end of its lines."""
    if _line_starts_with(text.text, ("|", " |")):
        text = text.delete(_pipes_at_start(text.text))
    if "|" in text.text and _line_ends_with(text.text, ("|", "| ")):
        text = text.sub(_PIPE_AT_END, "")
    return text


def _extra_spaces(text: str) -> list[tuple[int, int]]:
    """Ranges of the spaces of ``text`` after the first of each run and of every space at
    the start or end of a line (`_edge_spaces`), merged."""
    return merge(sorted(run_tails(text, " ", 1) + _edge_spaces(text)))


def _blank_lines_tidied(text: MappedText) -> MappedText:
    """``text`` with one blank line at most in a row and none at its edges: all that
    `whitespace` changes in a tidy text some of whose lines were dropped whole (with their
    line breaks), as each line left is as tidy as it was. One edit deletes both."""
    return text.delete(merge(sorted(run_tails(text.text, "\n", 2) + blank_edges(text.text))))


_LINE_ENDS = "\r\u2028\u2029\x0b\x0c\x85\x1c\x1d\x1e"
"""Characters that end a line besides the line feed (CR, Unicode line and paragraph
separators, vertical tab, form feed, NEL; the file, group and record separators, which
Python's `str.splitlines` and `str.strip` read as line ends and `regex`'s ``\\s`` does not:
kept, a line of them alone was a line to every pattern and empty to `str.strip`)."""


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
    pair_end = np.zeros(len(codes), dtype=bool)
    pair_end[1:] = (codes[:-1] == ord("\r")) & (codes[1:] == ord("\n"))
    return text.regrouped(unified, np.flatnonzero(~pair_end))


def _plain_line_ends_and_spaces(text: MappedText) -> MappedText:
    """The passes of `whitespace` that read unprintable characters (`_LINE_ENDS`,
    `_INVISIBLE`, `_ODD_SPACES`): line ends unified, invisible characters dropped (and the
    letters and marks they kept apart composed, as `normalise` composes them first), odd
    spaces made plain."""
    if holds_any(text.text, _LINE_ENDS):
        text = _unify_line_ends(text)
    if text.text.replace("\n", " ").isprintable():
        return text
    plain = _plain_spaces(text)
    if plain.text.replace("\n", " ").isprintable():  # no `_INVISIBLE`: each is unprintable
        return plain
    visible = text.sub(_INVISIBLE, "")
    if visible is not text:  # one between a letter and its mark kept them apart: composed now
        text = place_tones(nfc(visible)).overlaps_merged()
    return _plain_spaces(text) if not text.text.replace("\n", " ").isprintable() else text


def _line_starts_with(text: str, prefixes: tuple[str, ...]) -> bool:
    return text.startswith(prefixes) or holds_any(text, ["\n" + prefix for prefix in prefixes])


def _line_ends_with(text: str, suffixes: tuple[str, ...]) -> bool:
    return text.endswith(suffixes) or holds_any(text, [suffix + "\n" for suffix in suffixes])


def _plain_spaces(text: MappedText) -> MappedText:
    """Each of `_ODD_SPACES` in ``text`` a plain space, mapped to itself."""
    plain = text.text
    for char in _ODD_SPACES:
        if char in plain:
            plain = plain.replace(char, " ")
    return MappedText(plain, text.starts, text.ends, text.source_len)


def _pipes_at_start(text: str) -> list[tuple[int, int]]:
    """Spans of `_PIPE_AT_START` in ``text``: at its start, then after each line break."""
    first = _PIPE_AT_START.match(text)
    return ([first.span()] if first else []) + [m.span() for m in _PIPE_AFTER_BREAK.finditer(text)]


def _edge_spaces(text: str) -> list[tuple[int, int]]:
    """Ranges of the spaces at the start and end of each line of ``text``, found from the
    line breaks next to them (the two ranges of a line of spaces merged)."""
    firsts = chain([0] * text.startswith(" "), (at + 1 for at in occurrences(text, "\n ")))
    lasts = chain((at + 1 for at in occurrences(text, " \n")), [len(text)] * text.endswith(" "))
    leading = [(at, _spaces_end(text, at)) for at in firsts]
    trailing = [(_spaces_start(text, at), at) for at in lasts]
    return merge(sorted(leading + trailing))


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


# ------------------------------------------------------------------------- stage

_MAX_ROUNDS = 6
"""Rounds of the line steps and repairs; each round only drops, joins or repairs, and
rounds stop as soon as one changes nothing (one or two rounds on real texts)."""


def normalise(source: str, *, repair: bool = True) -> Normalised:
    """Run every normalising step over ``source`` (``repair=False``: no damaged-text check
    and no repairs).

    The line steps (chrome, whitespace, re-joining, repeated blocks) and the repairs of
    a damaged text run again while a round still changes the text: dropping a line can
    make two lines meet that join, a repaired word can give the next one its context.
    Running them to a fixed point is what makes `normalise` idempotent. Whether a text
    is damaged is decided once, after the first round of line steps; words run together
    at a capital (`split_case_joins`) are cut then, found in the same pass. A text in which
    `drop_repeated_blocks` found nothing (the usual case), or `join_lines` joined nothing,
    is not read by that step again when the next round gives it back unchanged (each
    reads only the text). Each round starts from a tidy text (`whitespace`
    gives it back as it is: it is idempotent, and re-joining, block removal and repairs
    keep a text tidy), so `whitespace` runs only after `strip_chrome` dropped something.
    """
    clean, warnings = decode_markup(MappedText.identity(source)), []
    clean, capped = capped_nfc(clean)
    warnings += [capped] if capped else []
    clean, unreadable = readable_characters(lookalike_letters(place_tones(clean)))
    clean, hints = strip_site_table(clean)
    clean = spaced_sentences(header_lines(header_cells(whitespace(tab_cells(clean)))))
    warnings += [unreadable] if unreadable else []
    damaged: bool | None = None if repair else False
    unrepeated = None  # a text in which `drop_repeated_blocks` found nothing
    unjoined = None  # a text in which `join_lines` joined nothing
    chrome_chars = 0
    for _ in range(_MAX_ROUNDS):
        before = clean.text
        clean, dropped = _without_chrome(clean, hints)
        chrome_chars += dropped
        if clean.text != unjoined:
            joined = join_lines(drop_page_breaks(clean))
            unjoined = clean.text if joined is clean else None
            clean = joined
        if clean.text != unrepeated:
            clean, repeats = drop_repeated_blocks(clean)
            warnings.extend(repeats)
            unrepeated = None if repeats else clean.text
        if damaged is None:
            warning, joins = text_check(clean)
            damaged = warning is not None
            warnings.extend([warning] if warning else [])
            clean, split = split_case_joins(clean, joins)
            warnings.extend(split)
            clean = spaced_sentences(clean) if split else clean  # "BộCông.Đề" is "Bộ Công.Đề" now
        if damaged:
            clean, repaired = repair_round(clean)
            warnings.extend(repaired)
        if clean.text == before:
            break
    else:
        warnings.append(unsettled_warning())
    if chrome_chars > len(clean):
        warnings.append(chrome_warning(chrome_chars, len(clean)))
    return Normalised(clean, warnings, hints)


def chrome_warning(dropped: int, kept: int) -> Warning:
    """The warning of a text whose page chrome (menus, footers, link lists) outweighed
    what was kept: either a short page in a long frame, or a part of the document taken
    for chrome; a reader should look."""
    return Warning(code="chrome_dropped", message=(
        f"page chrome rules dropped {dropped} characters, more than the {kept} kept: check that no part"
        " of the document was taken for a menu, footer or link list"))


def unsettled_warning() -> Warning:
    """The warning of a text that every one of the `_MAX_ROUNDS` rounds still changed: each
    round's joins let the next join more (a rare cascade), so normalising the result again
    could join more lines and `normalise` is not idempotent on it."""
    return Warning(code="text_unsettled", message=(
        f"normalising still changed the text in the last of its {_MAX_ROUNDS} rounds: a second run"
        " could re-join more lines"))


def _without_chrome(text: MappedText, hints: dict[str, str]) -> tuple[MappedText, int]:
    """`strip_chrome` of a tidy ``text``, its facts added to ``hints`` (first found kept),
    tidied when it dropped something (the text before is not kept alive): by `whitespace`
    after chrome words were dropped, of its blank lines alone after whole lines only; and
    the number of characters it dropped."""
    kept, found = strip_chrome(text, words=False)
    stripped = drop_chrome_words(kept)
    for key, value in found.items():
        hints.setdefault(key, value)
    if stripped is text:
        return text, 0
    tidy = whitespace(stripped) if stripped is not kept else _blank_lines_tidied(stripped)
    return tidy, len(text) - len(stripped)
