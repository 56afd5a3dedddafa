"""`find_repeated_blocks`, which hashes only the windows whose first line occurs more than
once, finds what hashing every window finds (below, as it was written before): on the
lines of the corpus and of its normalised texts, and on generated lines with repeats."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORPUS_FILES, corpus_text
from khuyencong_extract.blocks import (
    _MIN_BLOCK_CHARS,
    _WINDOW,
    _line_keys,
    block_length,
    find_repeated_blocks,
)
from khuyencong_extract.normalise import normalise


def reference_find_repeated_blocks(lines: list[str]) -> list[tuple[int, int]]:
    numbers = [i for i, line in enumerate(lines) if line.strip()]
    keys = list(map(_line_keys(lines).__getitem__, numbers))
    seen: dict[tuple[str, ...], int] = {}
    blocks: list[tuple[int, int]] = []
    k = 0
    while k + _WINDOW <= len(keys):
        window = tuple(keys[k : k + _WINDOW])
        first = seen.get(window)
        if first is None or first + _WINDOW > k:
            seen.setdefault(window, k)
            k += 1
            continue
        length = block_length(keys, first, k)
        chars = sum(map(len, keys[k : k + length]))
        if chars >= _MIN_BLOCK_CHARS:
            blocks.append((numbers[k], numbers[k + length - 1] + 1))
            k += length
        else:
            k += 1
    return blocks


def assert_same(lines: list[str]) -> None:
    assert find_repeated_blocks(lines) == reference_find_repeated_blocks(lines)


def test_like_every_window_on_the_corpus():
    for path in CORPUS_FILES:
        source = corpus_text(path)
        assert_same(source.split("\n"))
        assert_same(normalise(source).text.text.split("\n"))
        doubled = source + "\n\n" + source
        assert_same(doubled.split("\n"))


_LINE = "Hỗ trợ cơ sở công nghiệp nông thôn áp dụng máy móc thiết bị tiên tiến vào sản xuất {}"
_LINES = st.lists(
    st.one_of(
        st.sampled_from(["", " ", "| |", "Điều 1.", "ĐIỀU 1.", "a", "b"]),
        st.integers(0, 6).map(_LINE.format),
        st.integers(0, 3).map(lambda n: _LINE.format(n) + "x"),
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(_LINES)
def test_like_every_window_on_generated_lines(lines):
    assert_same(lines)
