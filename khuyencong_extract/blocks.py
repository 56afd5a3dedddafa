"""Removal of a block of lines the source repeats (`drop_repeated_blocks`): the first
copy is kept.

Reads: a `MappedText` as `whitespace` gives it. Writes: the `MappedText` without the
later copies (and the blank lines before them) and a ``repeated_block_removed`` warning
with each dropped span in the source.
"""

from __future__ import annotations

from collections import Counter
from itertools import compress

import regex
from rapidfuzz import fuzz

from khuyencong_extract.models import Warning
from khuyencong_extract.textmap import MappedText
from khuyencong_extract.texttools import blank_edges, line_starts, run_tails


_WINDOW = 4
"""Lines in the window whose exact (folded) repetition seeds a candidate block."""
_MIN_BLOCK_CHARS = 200
"""A repeated run shorter than this is ordinary repetition, not a duplicated block."""
_SIMILARITY = 90.0
"""rapidfuzz ratio (0-100) above which two lines count as the same line."""
_KEY_SPACE = regex.compile(r"[\s|]+")


def _line_keys(lines: list[str], folded: str | None = None, *, tidy: bool = False) -> list[str]:
    """The lines as compared: runs of spaces and pipes as one space, trimmed, case-folded.

    The lines are folded in one piece (``folded``, the case folding of the lines joined
    when known: folding maps no character to or from whitespace or a pipe, so it keeps the
    lines apart and can come first), and only a text with two spaces in a row, a pipe or
    other whitespace (unprintable) is read line by line. ``tidy``: the lines are as
    `whitespace` gives them, with no whitespace but spaces, so no line is read for other
    whitespace (a pass over every character).
    """
    folded = "\n".join(lines).casefold() if folded is None else folded
    folded_lines = folded.split("\n")
    if "  " not in folded and "|" not in folded and (tidy or all(map(str.isprintable, folded_lines))):
        return list(map(str.strip, folded_lines))
    return [
        (_KEY_SPACE.sub(" ", line) if "  " in line or "|" in line or not (tidy or line.isprintable()) else line).strip()
        for line in folded_lines
    ]


def find_repeated_blocks(lines: list[str], folded: str | None = None, *, tidy: bool = False) -> list[tuple[int, int]]:
    """Line ranges ``[first, end)`` that repeat an earlier run of lines (``folded``: the
    case folding of the lines joined, when known; ``tidy``: lines as `whitespace` gives them).

    Windows of `_WINDOW` non-blank lines are hashed; a window seen before seeds a
    candidate that is grown line by line while each line stays near-identical (rapidfuzz
    ratio >= `_SIMILARITY`) to its counterpart. Each line is hashed once and compared
    at most once, so the pass is linear in the number of lines. Only windows whose first
    line occurs more than once are hashed: no other window can repeat one.
    """
    numbers = list(compress(range(len(lines)), map(str.strip, lines)))
    keys = list(map(_line_keys(lines, folded, tidy=tidy).__getitem__, numbers))
    repeated = {key for key, count in Counter(keys).items() if count > 1}
    seen: dict[tuple[str, ...], int] = {}
    blocks: list[tuple[int, int]] = []
    done = 0  # windows before this one are inside a block found
    for k in compress(range(len(keys)), map(repeated.__contains__, keys)):
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
    """Keep the first copy of a block the source repeats; warn with the dropped span.
    ``text`` is as `whitespace` gives it (the steps after it add no other whitespace)."""
    lines = text.text.split("\n")
    blocks = find_repeated_blocks(lines, text.casefolded(), tidy=True)
    if not blocks:
        return text, []
    starts = line_starts(lines)
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
    text = text.delete(blank_edges(text.text))
    return text.delete(run_tails(text.text, "\n", 2)), warnings
