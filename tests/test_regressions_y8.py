"""Findings of the re-reading audits of older texts and of the notes left by earlier sessions: each a passage a rule
read wrong, rebuilt from the text it came from."""

import datetime as dt

import pytest

from khuyencong_extract.pipeline import extract_text

_HEADER = ("UBND TỈNH QUẢNG NAM\n{body}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n{number_line}\n\n"
           "KẾ HOẠCH\n{title}\n\nI. MỤC TIÊU\nHỗ trợ 10 cơ sở.\n")


@pytest.mark.parametrize("gap", ["     ", "\t", " "])
def test_the_place_and_date_on_the_numbers_line(gap):
    # the header's two cells run together on one line
    text = _HEADER.format(body="SỞ CÔNG THƯƠNG", number_line=f"Số: 35/KH-SCT{gap}Quảng Nam, ngày 10 tháng 1 năm 2024",
                          title="Khuyến công năm 2024")
    meta = extract_text(text).metadata
    assert (meta.number, meta.issued_date) == ("35/KH-SCT", dt.date(2024, 1, 10))


def test_a_rural_development_department_keeps_its_province():
    # "nông thôn" (rural) before the province: no hamlet ("thôn") of that name
    text = _HEADER.format(body="SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", number_line="Số: 35/KH-SNN\nQuảng Nam, ngày 10 "
                          "tháng 1 năm 2024", title="Hỗ trợ phát triển ngành nghề nông thôn năm 2024")
    meta = extract_text(text).metadata
    assert (meta.issuer, meta.province) == ("Sở Nông nghiệp và Phát triển nông thôn Quảng Nam", "Quảng Nam")
