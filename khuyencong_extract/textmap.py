"""Text that remembers where each of its characters came from.

`MappedText` pairs a string with, for every character, the ``[start, end)`` range of the
source text it was made from. Every normalising step rewrites the text through
`MappedText.edit`, which composes the maps, so a span found in the cleaned text maps back
to the decoded source with `MappedText.to_source`.
"""

from __future__ import annotations

import struct
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

import numpy as np
import regex

from khuyencong_extract.texttools import KINDS_END

Edit = tuple[int, int, str]
"""Replace ``text[start:end]`` with a new string."""


@dataclass(frozen=True, slots=True)
class MappedText:
    text: str
    starts: array
    ends: array
    source_len: int
    folded: str | None = field(default=None, compare=False, repr=False)
    """``text.casefold()`` once `casefolded` was asked for, carried through later edits."""

    @classmethod
    def identity(cls, source: str) -> MappedText:
        n = len(source)
        return cls(source, *_naturals(_typecode(n), n), n)

    def __len__(self) -> int:
        return len(self.text)

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map ``[start, end)`` of this text to ``[start, end)`` of the source.

        Ends outside the text are clamped into it first; only such a range (rare) pays for
        the ``min`` and ``max`` calls, which cost more than the mapping itself."""
        n = len(self.text)
        if not 0 <= start < end <= n:
            start = max(0, min(start, n))
            end = max(start, min(end, n))
            if start == end:
                at = self.starts[start] if start < n else self.source_len
                return at, at
        first, last = self.starts[start], self.ends[end - 1]
        return first, last if last > first else first

    def source_offset(self, index: int) -> int:
        """Source offset of the character at ``index`` (or the source end past the text)."""
        return self.starts[index] if index < len(self.text) else self.source_len

    def casefolded(self) -> str:
        """``text.casefold()``, folded once: edits carry it over (`edit`)."""
        folded = self.folded
        if folded is None:
            folded = casefold(self.text)
            object.__setattr__(self, "folded", folded)
        return folded

    def edit(self, edits: Iterable[Edit], *, whole: bool = False) -> MappedText:
        """Apply non-overlapping edits, sorted by start, composing the offset map.

        A replacement of the same length maps character by character (unless ``whole``);
        otherwise every new character maps to the whole source range of the replaced
        passage, and an insertion maps to the empty range at its place. No edits: ``self``.
        A case folding of this text with a character for each of its characters is edited
        along (folding reads each character alone), the replacements folded.
        """
        edits = list(edits)
        if not edits:
            return self
        edited = self._gathered(edits, whole) if len(edits) >= _GATHER_MIN else self._pieced(edits, whole)
        if self.folded is not None and len(self.folded) == len(self.text):
            folded_edits = [(start, end, new.casefold()) for start, end, new in edits]
            object.__setattr__(edited, "folded", _spliced(self.folded, folded_edits))
        return edited

    def _pieced(self, edits: list[Edit], whole: bool) -> MappedText:
        """`edit`, the new map joined from slices of the old one and runs of new offsets."""
        text, code, n = self.text, self.starts.typecode, len(self.text)
        old_starts, old_ends, width = self.starts, self.ends, self.starts.itemsize
        start_bytes, end_bytes = memoryview(old_starts).cast("B"), memoryview(old_ends).cast("B")
        pack = _PACKERS[code]
        parts: list[str] = []
        starts: list = []  # pieces of the new maps (as bytes), joined once at the end
        ends: list = []
        pos = kept = 0  # characters from ``kept`` on keep their own map
        for start, end, new in edits:
            if start < pos or end < start:
                raise ValueError(f"edits overlap or are unsorted at {start}:{end}")
            parts.append(text[pos:start])
            parts.append(new)
            pos = end
            if new and end - start == len(new) and not whole:
                continue
            starts.append(start_bytes[kept * width:start * width])
            ends.append(end_bytes[kept * width:start * width])
            kept = end
            if new:  # every new character maps to the source range of the passage
                if start < end:
                    src_start = old_starts[start]
                    src_end = max(old_ends[end - 1], src_start)
                else:
                    src_start = src_end = old_starts[start] if start < n else self.source_len
                starts.append(pack(src_start) * len(new))
                ends.append(pack(src_end) * len(new))
        parts.append(text[pos:])
        if not starts:  # every edit kept its length: the map is the same
            return MappedText("".join(parts), self.starts, self.ends, self.source_len)
        starts.append(start_bytes[kept * width:])
        ends.append(end_bytes[kept * width:])
        return MappedText("".join(parts), _joined(code, starts), _joined(code, ends), self.source_len)

    def _gathered(self, edits: list[Edit], whole: bool) -> MappedText:
        """`edit`, the new map gathered from the old one in a few array operations (`_gather`)."""
        text, n = self.text, len(self.text)
        firsts, lasts, news = zip(*edits)
        first, last = np.array((firsts, lasts), dtype=np.int64)
        if (last < first).any() or (first[1:] < last[:-1]).any():
            bad = int(np.flatnonzero((last < first) | np.append(False, first[1:] < last[:-1]))[0])
            raise ValueError(f"edits overlap or are unsorted at {firsts[bad]}:{lasts[bad]}")
        new_text = _spliced(text, edits)
        sizes = np.fromiter(map(len, news), dtype=np.int64, count=len(news))
        rewritten = (sizes == 0) | (sizes != last - first) if not whole else np.ones(len(news), dtype=bool)
        if not rewritten.any():
            return MappedText(new_text, self.starts, self.ends, self.source_len)
        first, last, sizes = first[rewritten], last[rewritten], sizes[rewritten]
        starts, ends = self._arrays()
        source_start = _map_at(starts, first, self.source_len)
        source_end = np.maximum(_map_at(ends, np.maximum(last - 1, 0), self.source_len), source_start)
        source_end = np.where(first < last, source_end, source_start)
        index = _gather(n, first, last, sizes, starts.dtype)
        return MappedText(
            new_text,
            _as_array(np.concatenate((starts, source_start.astype(starts.dtype)))[index], self.starts.typecode),
            _as_array(np.concatenate((ends, source_end.astype(ends.dtype)))[index], self.starts.typecode),
            self.source_len,
        )

    def _arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """The map as numpy views (no copy)."""
        dtype = _DTYPES[self.starts.typecode]
        return np.frombuffer(self.starts, dtype=dtype), np.frombuffer(self.ends, dtype=dtype)

    def regrouped(self, text: str, firsts: np.ndarray) -> MappedText:
        """``text``, whose character ``k`` replaces the run of this text from ``firsts[k]``
        to ``firsts[k + 1]`` (the last run to the end), mapped as `edit` maps it."""
        starts, ends = self._arrays()
        lasts = np.append(firsts[1:], len(self.text)) - 1
        new_starts, last_ends = starts[firsts], ends[lasts]
        new_ends = np.where(firsts == lasts, last_ends, np.maximum(last_ends, new_starts))
        code = self.starts.typecode
        return MappedText(text, _as_array(new_starts, code), _as_array(new_ends, code), self.source_len)

    def overlaps_merged(self) -> MappedText:
        """This text with each run of characters whose source ranges overlap mapped to the
        union of their ranges, as one group (a tone pair "òa" whose "a" later took a mark from
        past a dropped character: "ò" and "á" map to the pair and the mark together). One
        pass: with starts in order, a character opens a group when it starts where everything
        before it has ended. ``self`` when nothing changes."""
        if not self.text:
            return self
        starts, ends = (values.astype(np.int64) for values in self._arrays())
        opens = np.ones(len(starts), dtype=bool)
        opens[1:] = starts[1:] >= np.maximum.accumulate(ends)[:-1]
        firsts, group = np.flatnonzero(opens), np.cumsum(opens) - 1
        merged_starts = np.minimum.reduceat(starts, firsts)[group]
        merged_ends = np.maximum.reduceat(ends, firsts)[group]
        if np.array_equal(merged_starts, starts) and np.array_equal(merged_ends, ends):
            return self
        code = self.starts.typecode
        return MappedText(self.text, _as_array(merged_starts, code), _as_array(merged_ends, code), self.source_len,
                          self.folded)

    def sub(self, pattern: regex.Pattern, repl, *, whole: bool = False) -> MappedText:
        """Like ``pattern.sub(repl, text)``; ``repl`` is a string or a function of the match.

        ``whole`` maps every character of a replacement to the whole matched passage
        even when the lengths agree (for rewrites that move a mark between letters).
        """
        if not callable(repl):
            template = repl
            repl = (lambda m: m.expand(template)) if "\\" in template else (lambda m: template)
        edits = [
            (m.start(), m.end(), new) for m in pattern.finditer(self.text) if (new := repl(m)) != m.group()
        ]
        return self.edit(edits, whole=whole)

    def delete(self, ranges: Iterable[tuple[int, int]]) -> MappedText:
        """Remove the given ``[start, end)`` ranges of this text."""
        return self.edit((start, end, "") for start, end in ranges)


def casefold(text: str) -> str:
    """``text.casefold()``, looked up by code point in `_single_folds` when every character
    of ``text`` is in it (a few instructions a character; `str.casefold` takes about seventy
    for a non-ASCII text): folding reads each character alone, so both give the same."""
    if text.isascii():
        return text.casefold()
    codes = np.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
    folded = _single_folds().take(codes, mode="clip")
    if folded.max() == _NO_SINGLE_FOLD:
        return text.casefold()
    return folded.tobytes().decode("utf-16-le")


_NO_SINGLE_FOLD = 0xFFFF
"""`_single_folds`' entry for a character it does not fold."""


@lru_cache(maxsize=None)
def _single_folds() -> np.ndarray:
    """The case folding of each character below `KINDS_END`, by code point, where it is one
    character (`_NO_SINGLE_FOLD` where it is more, "ß" -> "ss", and for every character
    from `KINDS_END` on, a UTF-16 surrogate among them)."""
    folds = [ord(folded) if len(folded := chr(code).casefold()) == 1 else _NO_SINGLE_FOLD for code in range(KINDS_END)]
    return np.array(folds + [_NO_SINGLE_FOLD], dtype=np.uint16)


def _spliced(text: str, edits: list[Edit]) -> str:
    """``text`` with the edits (sorted, not overlapping) applied."""
    firsts, lasts, news = zip(*edits)
    gaps = map(text.__getitem__, map(slice, chain((0,), lasts), chain(firsts, (len(text),))))
    return "".join(chain.from_iterable(zip(gaps, chain(news, ("",)))))


def _typecode(n: int) -> str:
    """Offsets as 4-byte integers while they fit (half the memory), else 8-byte."""
    return "i" if n < 2**31 - 1 else "q"


_GATHER_MIN = 256
"""From this many edits on, `MappedText.edit` gathers the new map with numpy (one numpy
pass costs tens of microseconds, a piece of the loop about a microsecond)."""
_PACKERS = {code: struct.Struct(code).pack for code in "iq"}
"""One offset as the bytes of an array of that type code."""
_DTYPES = {"i": np.int32, "q": np.int64}
"""The numpy type of each array type code of a map."""


def _as_array(values: np.ndarray, code: str) -> array:
    """``values`` as an array of type ``code`` (copied once, from the array's own buffer)."""
    result = array(code)
    result.frombytes(memoryview(np.ascontiguousarray(values, dtype=_DTYPES[code])).cast("B"))  # type: ignore[arg-type]
    return result


def _map_at(values: np.ndarray, index: np.ndarray, past_end: int) -> np.ndarray:
    """``values[index]`` as 8-byte integers, ``past_end`` where ``index`` is ``len(values)``
    (without copying ``values`` to append it)."""
    if not len(values):
        return np.full(len(index), past_end, dtype=np.int64)
    return np.where(index < len(values), values.take(index, mode="clip").astype(np.int64), past_end)


def _gather(n: int, first: np.ndarray, last: np.ndarray, sizes: np.ndarray, dtype=np.int64) -> np.ndarray:
    """Where each character of the edited text takes its map from: an index into the old
    map (length ``n``) followed by one entry per edit, as ``dtype``. The kept runs between
    the edits ``[first, last)`` keep their own entries (steps of 1); the ``sizes`` new
    characters of edit ``k`` all take entry ``n + k`` (steps of 0). Built as the running
    sum of those steps, each run's first step a jump to its base: two arrays of the edited
    text's length, whatever the number of edits."""
    count = len(first)
    lengths = np.empty(2 * count + 1, dtype=np.int64)
    lengths[0::2] = np.append(first, n) - np.append(0, last)
    lengths[1::2] = sizes
    bases = np.empty_like(lengths)
    bases[0::2] = np.append(0, last)
    bases[1::2] = np.arange(n, n + count)
    steps = np.zeros_like(lengths)
    steps[0::2] = 1
    runs = lengths > 0
    lengths, bases, steps = lengths[runs], bases[runs], steps[runs]
    if not len(lengths):
        return np.empty(0, dtype=dtype)
    ends_at = bases + (lengths - 1) * steps  # each run's last entry
    increments = np.repeat(steps.astype(dtype), lengths)
    increments[np.cumsum(lengths) - lengths] = bases - np.append(0, ends_at[:-1])
    return np.cumsum(increments, dtype=dtype)


def _joined(code: str, pieces: list) -> array:
    """One array of the concatenated ``pieces`` (bytes or byte views of arrays), each
    copied into it once (joining them first would copy every piece twice)."""
    joined = array(code)
    for piece in pieces:
        joined.frombytes(piece)
    return joined


def _naturals(code: str, n: int) -> tuple[array, array]:
    """``array(code, range(n))`` and ``array(code, range(1, n + 1))``, cut from one run of
    numbers made by numpy (one value at a time is slow)."""
    width = np.dtype(_DTYPES[code]).itemsize
    run = memoryview(np.arange(n + 1, dtype=_DTYPES[code]).tobytes())
    starts, ends = array(code), array(code)
    starts.frombytes(run[: n * width])
    ends.frombytes(run[width:])
    return starts, ends
