"""`covering`, the bisection that replaced a scan of every range for each offset (citations
outside the preamble, numeric dates outside worded ones), equals that scan."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khuyencong_extract.texttools import covering


def scanned(ranges: list[tuple[int, int]], pos: int) -> bool:
    return any(start <= pos < end for start, end in ranges)


@pytest.mark.parametrize("ranges, inside, outside", [
    ([], [], [0, 5]),
    ([(3, 7)], [3, 6], [2, 7]),
    ([(10, 12), (0, 4)], [0, 3, 10, 11], [4, 9, 12]),  # in any order
    ([(0, 5), (5, 8)], [4, 5, 7], [8]),  # touching
    ([(2, 9), (4, 6)], [2, 5, 8], [1, 9]),  # one inside the other
    ([(5, 5), (6, 6)], [], [5, 6]),  # empty ranges hold nothing
])
def test_covering(ranges, inside, outside):
    covers = covering(ranges)
    assert [covers(pos) for pos in inside] == [True] * len(inside)
    assert [covers(pos) for pos in outside] == [False] * len(outside)


_RANGE = st.tuples(st.integers(0, 60), st.integers(0, 15)).map(lambda r: (r[0], r[0] + r[1]))


@given(st.lists(_RANGE, max_size=12), st.lists(st.integers(-2, 80), max_size=30))
def test_covering_equals_a_scan_of_every_range(ranges, offsets):
    covers = covering(ranges)
    assert [covers(pos) for pos in offsets] == [scanned(ranges, pos) for pos in offsets]
