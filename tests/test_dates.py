"""Vietnamese dates as the corpus writes them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khuyencong_extract.dates import date_at, find_dates, parse_date


def d(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, day)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An Giang, header date hard-wrapped over two lines
        ("An Giang, ngày 18\ntháng 8 năm 2022", d(2022, 8, 18)),
        # An Giang, Decree 45 in words
        ("Nghị định số\n45/2012/NĐ-CP ngày 21 tháng 5 năm 2012 của Chính phủ", d(2012, 5, 21)),
        # An Giang, "năm" at a line end
        ("Quyết định số 23/2019/QĐ-UBND ngày 11 tháng 7 năm\n2019 của Ủy ban nhân dân tỉnh", d(2019, 7, 11)),
        # Hưng Yên header
        ("Hưng Yên, ngày 27 tháng 11 năm 2025 |", d(2025, 11, 27)),
        # Hưng Yên, numeric with "ngày"
        ("Số 45/2012/NĐ-CP ngày 21/5/2012 về khuyến công", d(2012, 5, 21)),
        # Tuyên Quang, leading zeros
        ("Thông tư liên tịch số 26/2014/TTLT-BTC-BCT ngày 18/02/2014 của liên Bộ", d(2014, 2, 18)),
        ("Tuyên Quang, ngày 10 tháng 03 năm 2016", d(2016, 3, 10)),
        # the directive's signing date, zero-padded month
        ("ngày 19 tháng 02 năm 2021, Bộ trưởng Bộ Công Thương chỉ thị:", d(2021, 2, 19)),
        # a bare numeric date (the web page's posting line)
        ("Thứ bảy, ngày 18/09/2021", d(2021, 9, 18)),
        # a web copy that ran the day into "tháng" (Nghệ An)
        ("Quyết định số 27/2010/QĐ-UBND ngày 20tháng 4 năm 2010 của UBND tỉnh", d(2010, 4, 20)),
        ("ban hành ngày 5 tháng4 năm2011", d(2011, 4, 5)),
        # and a numeric date run into "ngày" (Hưng Yên)
        ("Thông tư liên tịch số 125/2009/TTLT-BTC-BCT ngày17/6/2009 của Bộ Tài chính", d(2009, 6, 17)),
    ],
)
def test_parse_date_reads_corpus_forms(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "giai đoạn 2021 - 2025",  # a period, not a date
        "báo cáo 02 năm/lần",  # a frequency
        "ngày 31/02/2020",  # no such day
        "ngày 12 tháng 13 năm 2020",  # no such month
        "45/2012/NĐ-CP",  # a document number
    ],
)
def test_parse_date_refuses_non_dates(text):
    assert parse_date(text) is None


def test_find_dates_gives_offsets_of_each_date_in_order():
    text = "Thông tư số 28/2018/TT-BTC ngày 28/3/2018; số 64/2024/TT-BTC ngày 28/8/2024 sửa đổi"
    found = find_dates(text)
    assert [f.date for f in found] == [d(2018, 3, 28), d(2024, 8, 28)]
    assert [text[f.start : f.end] for f in found] == ["ngày 28/3/2018", "ngày 28/8/2024"]


def test_date_at_reads_only_a_date_at_that_place():
    text = "Tờ trình số 1451/TTr-SCT ngày 27/10/2025."
    at = text.index("ngày") - 1
    assert date_at(text, at).date == d(2025, 10, 27)
    assert date_at(text, 0) is None


@settings(deadline=None, max_examples=200)
@given(st.text(alphabet=st.sampled_from("ngàytháním 0123456789/.-\n,"), max_size=80))
def test_find_dates_never_raises_and_offsets_stay_inside(text):
    for found in find_dates(text):
        assert 0 <= found.start < found.end <= len(text)
