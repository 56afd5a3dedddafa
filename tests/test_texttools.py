"""`covering`, the bisection that replaced a scan of every range for each offset (citations
outside the preamble, numeric dates outside worded ones), equals that scan."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khuyencong_extract.texttools import covering, fewest_needles, holds_any

from conftest import AN_GIANG, corpus_text

AN_GIANG_TEXT = corpus_text(AN_GIANG)


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


# --- caches of a document's whole text ---------------------------------------------------


def test_whole_text_caches_are_emptied_after_each_document(monkeypatch):
    """They serve one document's stages (hits while it runs) and hold nothing after it,
    also when an extractor failed: a long document is not kept alive behind the next."""
    from khuyencong_extract import numbers, pipeline, segment, targets, texttools

    assert {numbers._figures, segment.split_lines, segment.line_starts, targets.find_breaks,
            targets.line_clauses} <= set(texttools.DOCUMENT_CACHES)
    hits = {}
    real = pipeline.EXTRACTORS[-1][1]

    def last(ctx):  # the last extractor: every cache has served this document
        hits.update((cache.__name__, cache.cache_info().hits) for cache in texttools.DOCUMENT_CACHES)
        return real(ctx)

    monkeypatch.setattr(pipeline, "EXTRACTORS", [*pipeline.EXTRACTORS[:-1], (pipeline.EXTRACTORS[-1][0], last)])
    pipeline.extract_text(AN_GIANG_TEXT)
    assert hits["split_lines"] > 0 and hits["_figures"] > 0 and hits["line_clauses"] > 0
    assert all(cache.cache_info().currsize == 0 for cache in texttools.DOCUMENT_CACHES)

    def broken(ctx):
        segment.split_lines(ctx.text)
        raise ValueError("extractor bug")

    monkeypatch.setattr(pipeline, "EXTRACTORS", [("broken", broken)])
    with pytest.raises(ValueError):
        pipeline.extract_text(AN_GIANG_TEXT)
    assert all(cache.cache_info().currsize == 0 for cache in texttools.DOCUMENT_CACHES)


def test_fewest_needles_hold_what_all_hold():
    """The quick test of a "Tính riêng" paragraph (a Lâm Đồng report) by three of the six
    forms finds it as all six do; a text with none of them is passed over by both."""
    forms = ("riêng", "Riêng", "RIÊNG", "tính riêng", "Tính riêng", "TÍNH RIÊNG")
    assert fewest_needles(forms) == ("riêng", "Riêng", "RIÊNG")
    assert fewest_needles(["ab", "ab", "abc"]) == ("ab",)
    for text in ("Tính riêng năm 2022, Trung tâm đã tổ chức 05 lớp đào tạo nghề", "TÍNH RIÊNG NĂM 2022",
                 AN_GIANG_TEXT):
        assert holds_any(text, fewest_needles(forms)) == holds_any(text, forms)
    assert not holds_any("Năm 2022, Trung tâm đã tổ chức 05 lớp", fewest_needles(forms))
