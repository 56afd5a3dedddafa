"""Metadata: the decision's own identity, on the corpus and on real header passages."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import AN_GIANG, CORPUS, CORPUS_FILES, corpus_text
from khuyencong_extract import metadata
from khuyencong_extract.context import Context
from khuyencong_extract.issuers import find_province
from khuyencong_extract.metadata import extract_metadata, find_period, site_fields
from khuyencong_extract.normalise import normalise
from khuyencong_extract.pipeline import build_context, extract_text
from khuyencong_extract.textmap import MappedText


def meta(text: str, **hints: str):
    """Metadata of ``text`` with the given web-table hints."""
    ctx = build_context(text)
    ctx.hints.update(hints)
    return extract_metadata(ctx)


# An Giang's header as the source writes it (hard-wrapped, table pipes).
AN_GIANG_HEADER = (
    "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 2080/QĐ-UBND\n|\nAn Giang, ngày 18\n"
    "tháng 8 năm 2022\n|\nQUYẾT ĐỊNH\nPHÊ DUYỆT CHƯƠNG TRÌNH KHUYẾN CÔNG TỈNH AN GIANG GIAI ĐOẠN\n"
    "2021 -2025\nỦY BAN NHÂN DÂN TỈNH AN GIANG\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 "
    "tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt.\n"
)


# ------------------------------------------------------------------ the corpus


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        ("an-giang_2080-qd-ubnd_2022", dict(
            doc_type="quyet_dinh", number="2080/QĐ-UBND", issued_date=dt.date(2022, 8, 18),
            issuer="UBND tỉnh An Giang", province="An Giang", signer="Trần Anh Thư",
            period_start=2021, period_end=2025,
        )),
        ("hung-yen_1966-qd-ubnd_2025", dict(
            doc_type="quyet_dinh", number="1966/QĐ-UBND", issued_date=dt.date(2025, 11, 27),
            issuer="UBND tỉnh Hưng Yên", province="Hưng Yên", signer="Lê Quang Hòa",
            period_start=2026, period_end=2030,
        )),
        ("tuyen-quang_69-qd-ubnd_2016", dict(
            doc_type="quyet_dinh", number="69/QĐ-UBND", issued_date=dt.date(2016, 3, 10),
            issuer="UBND tỉnh Tuyên Quang", province="Tuyên Quang", signer=None,
            period_start=2016, period_end=2020,
        )),
        ("bo-cong-thuong_chi-thi-2021_news", dict(
            doc_type="chi_thi", number=None, issued_date=dt.date(2021, 2, 19),
            issuer="Bộ Công Thương", province=None, signer=None,
        )),
        ("ha-tinh_ke-hoach-2020_news", dict(
            doc_type="bai_viet", number=None, issued_date=None, issuer="Sở Công Thương Hà Tĩnh",
            province="Hà Tĩnh", signer=None, period_start=2020, period_end=2020,
        )),
    ],
)
def test_corpus_metadata(corpus_docs, stem, expected):
    got = corpus_docs[stem].metadata.model_dump()
    assert {key: got[key] for key in expected} == expected


@pytest.mark.parametrize(
    ("stem", "title"),
    [
        ("an-giang_2080-qd-ubnd_2022", "PHÊ DUYỆT CHƯƠNG TRÌNH KHUYẾN CÔNG TỈNH AN GIANG GIAI ĐOẠN 2021 -2025"),
        ("hung-yen_1966-qd-ubnd_2025", "PHÊ DUYỆT CHƯƠNG TRÌNH KHUYẾN CÔNG TỈNH HƯNG YÊN GIAI ĐOẠN 2026-2030"),
        ("tuyen-quang_69-qd-ubnd_2016", "phê duyệt Chương trình khuyến công tỉnh Tuyên Quang giai đoạn 2016 - 2020"),
        ("ha-tinh_ke-hoach-2020_news", "Kế hoạch khuyến công địa phương năm 2020"),
    ],
)
def test_corpus_titles(corpus_docs, stem, title):
    assert corpus_docs[stem].metadata.title == title


def test_directive_title_is_the_headline_without_its_posting_date(corpus_docs):
    title = corpus_docs["bo-cong-thuong_chi-thi-2021_news"].metadata.title
    assert title.startswith("ĐẨY MẠNH CÁC HOẠT ĐỘNG KHUYẾN CÔNG")
    assert title.endswith("GIAI ĐOẠN 2021 - 2025")


def test_doc_ids_come_from_province_number_and_year(corpus_docs):
    assert corpus_docs["an-giang_2080-qd-ubnd_2022"].doc_id == "an-giang_2080-qd-ubnd_2022"
    assert corpus_docs["tuyen-quang_69-qd-ubnd_2016"].doc_id == "tuyen-quang_69-qd-ubnd_2016"


@pytest.mark.parametrize("stem, lost, number", [
    # the number line dropped (a copy that lost lines)
    ("tuyen-quang_69-qd-ubnd_2016", ("Số: 69/QĐ-UBND", ""), "69/QĐ-UBND"),
    ("an-giang_2080-qd-ubnd_2022", ("Số: 2080/QĐ-UBND", ""), "2080/QĐ-UBND"),
    # the number itself lost in the header
    ("an-giang_2080-qd-ubnd_2022", ("Số: 2080/QĐ-UBND", "Số: \ufffd\ufffd\ufffd"), "2080/QĐ-UBND"),
])
def test_a_decision_whose_header_lost_its_number_takes_its_annexs(stem, lost, number):
    """The annex says which decision it is issued with ("(Ban hành kèm theo Quyết định số:
    69/QĐ-UBND ngày 10/3/2016"): that number, and the id made of it, with a warning."""
    source = (CORPUS / f"{stem}.txt").read_text("utf-8")
    assert source.count(lost[0]) == 1
    doc = extract_text(source.replace(*lost))
    assert (doc.metadata.number, doc.doc_id) == (number, stem)
    warned = [w for w in doc.warnings if w.code == "number_from_annex"]
    assert len(warned) == 1 and source.replace(*lost)[slice(*warned[0].span)] == number


def test_the_header_number_wins_over_the_annexs(corpus_docs):
    doc = corpus_docs["tuyen-quang_69-qd-ubnd_2016"]
    assert doc.metadata.number == "69/QĐ-UBND"
    assert not [w for w in doc.warnings if w.code == "number_from_annex"]


# ------------------------------------------------------------------ passages


def test_header_hard_wrapped_over_lines():
    m = meta(AN_GIANG_HEADER)
    assert (m.number, m.issued_date, m.issuer, m.province) == (
        "2080/QĐ-UBND", dt.date(2022, 8, 18), "UBND tỉnh An Giang", "An Giang",
    )
    assert (m.period_start, m.period_end) == (2021, 2025)


@pytest.mark.parametrize("line", [
    "SỐ: 2080/QĐ-UBND",  # a header copied in capitals
    "So: 2080/QD-UBND",  # typed without diacritics
    "S\ufffd\ufffd: 2080/QĐ-UBND",  # the lead byte of "ố" lost: the reader gives two U+FFFD
])
def test_the_number_line_in_capitals_without_diacritics_or_damaged(line):
    m = meta(AN_GIANG_HEADER.replace("Số: 2080/QĐ-UBND", line))
    assert (m.number, m.issued_date) == ("2080/QĐ-UBND", dt.date(2022, 8, 18))


def test_the_text_wins_over_the_web_table():
    m = meta(AN_GIANG_HEADER, number="9999/QĐ-UBND", issued_date="01/01/2020")
    assert (m.number, m.issued_date) == ("2080/QĐ-UBND", dt.date(2022, 8, 18))


@pytest.mark.parametrize(
    ("signature", "hints", "signer"),
    [
        # An Giang: the name under the title
        ("TM. ỦY BAN NHÂN\nDÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Anh Thư\n", {}, "Trần Anh Thư"),
        # Hưng Yên: no name in the body, the site table's "Người ký" has it
        ("TM. ỦY BAN NHÂN\nDÂN |\nCHƯƠNG\nTRÌNH KHUYẾN CÔNG", {"signer": "Lê Quang Hòa"}, "Lê Quang Hòa"),
        # Tuyên Quang: "(đã ký)" and no name
        ("- Lưu: VT, TH (VC 1000).\n (đã ký)\n CHƯƠNG TRÌNH KHUYẾN CÔNG", {}, None),
        # title and name joined on one line
        ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH Trần Anh Thư\n", {}, "Trần Anh Thư"),
        # a heading naming a body is not a signature
        ("GIÁM ĐỐC Sở Công Thương\n", {}, None),
        # a title is never a signer, wherever it comes from
        ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n", {"signer": "PHÓ CHỦ TỊCH"}, None),
    ],
)
def test_signer(signature, hints, signer):
    assert meta(AN_GIANG_HEADER + signature, **hints).signer == signer


def test_web_table_rows_are_read_when_hints_are_missing():
    # Hưng Yên's site table, as the source has it
    table = "| Số hiệu | 1966/QĐ-UBND |\n| Ngày ban hành | 27/11/2025 |\n| Người ký | Lê Quang Hòa |\n"
    m = meta(table + "Chương trình khuyến công giai đoạn 2026-2030")
    assert (m.number, m.issued_date, m.signer) == ("1966/QĐ-UBND", dt.date(2025, 11, 27), "Lê Quang Hòa")


def test_issuer_from_the_web_table_when_the_header_lacks_it():
    assert meta("Nội dung.", issuer="Tỉnh Hưng Yên").issuer == "UBND tỉnh Hưng Yên"


def test_directive_signing_date_and_issuer():
    # the directive; the page's own date line must not be taken for it
    text = (
        "Thứ bảy, ngày 18/09/2021\nhoạt động khuyến công\n"
        "Để đẩy mạnh hoạt động khuyến công theo Nghị định số 45/2012/NĐ-CP, Quyết định số "
        "1881/QĐ-TTg; ngày 19 tháng 02 năm 2021, Bộ trưởng Bộ Công Thương chỉ thị:\n"
    )
    m = meta(text)
    assert (m.doc_type, m.issued_date, m.issuer, m.province) == ("chi_thi", dt.date(2021, 2, 19), "Bộ Công Thương", None)


@pytest.mark.parametrize(
    ("title", "text", "period"),
    [
        ("PHÊ DUYỆT CHƯƠNG TRÌNH KHUYẾN CÔNG TỈNH AN GIANG GIAI ĐOẠN 2021 -2025", "", (2021, 2025)),
        ("PHÊ DUYỆT CHƯƠNG TRÌNH KHUYẾN CÔNG TỈNH HƯNG YÊN GIAI ĐOẠN 2026-2030", "", (2026, 2030)),
        ("Về việc phê duyệt Chương trình khuyến công tỉnh Tuyên Quang giai đoạn 2016 - 2020", "", (2016, 2020)),
        # Hà Tĩnh: a one-year plan; the later "giai đoạn 2021-2025" is another plan
        ("Kế hoạch khuyến công địa phương năm 2020", "xây dựng kế hoạch khuyến công giai đoạn 2021-2025", (2020, 2020)),
        # no title: the text's first period
        (None, "Chương trình Khuyến công tỉnh An Giang giai đoạn 2021 - 2025.", (2021, 2025)),
        # Tuyên Quang's national programme "đến năm 2020": an end without a start
        (None, "Chương trình khuyến công quốc gia đến năm 2020", (None, None)),
        (None, "Kinh phí năm 2020 là 2,080 tỷ đồng.", (None, None)),
        # a year the text compares with is no plan's
        (None, "Năm 2016, Bình Định được hỗ trợ tổng kinh phí 2.925 triệu đồng để thực hiện 23 chương trình, đề án "
               "khuyến công (tăng 26,1% kinh phí và 7 chương trình, đề án so với năm 2015).", (None, None)),
        (None, "giai đoạn từ năm 2021 đến năm 2025", (2021, 2025)),
        (None, "Chương trình khuyến công tỉnh Lào Cai giai đoạn năm 2021-2025", (2021, 2025)),
        # four-digit figures that are no years (found by the growth sweep: the document failed)
        (None, "Chương trình khuyến công giai đoạn 1000 - 1005", (None, None)),
        (None, "Kế hoạch khuyến công năm 3020", (None, None)),
        # a title's figures that are no period, and the text's period (of a cited document)
        ("giai đoạn 2100-2101", "Chương trình giai đoạn 2021 - 2025", (None, None)),
        # a title's "đến năm": the end without a start; the text's period is a cited one
        ("PHÊ DUYỆT CHƯƠNG TRÌNH KHUYẾN CÔNG QUỐC GIA ĐẾN NĂM 2020", "", (None, 2020)),
        ("THỰC HIỆN ĐỀ ÁN PHÁT TRIỂN LÀNG NGHỀ ĐẾN NĂM 2025",
         "Thực hiện Quyết định số 12/QĐ-UBND phê duyệt Đề án giai đoạn 2021-2025", (None, 2025)),
        ("PHÊ DUYỆT CHƯƠNG TRÌNH KHUYẾN CÔNG GIAI ĐOẠN 2014-2015 VÀ HƯỚNG ĐẾN NĂM 2020", "", (2014, 2015)),
        # a title with no period: none, whatever the text cites
        ("BAN HÀNH QUY CHẾ QUẢN LÝ KINH PHÍ KHUYẾN CÔNG", "Căn cứ Quyết định phê duyệt Chương trình"
         " khuyến công giai đoạn 2021 - 2025;", (None, None)),
    ],
)
def test_period(title, text, period):
    assert find_period(title, text) == period


@pytest.mark.parametrize(
    ("title", "doc_type", "period"),
    [
        # the title of a plan under its type heading: "năm 2024" is the plan's year
        ("KHUYẾN CÔNG TỈNH HÀ NAM NĂM 2024", "ke_hoach", (2024, 2024)),
        ("Khuyến công địa phương năm 2020", "ke_hoach", (2020, 2020)),
        ("KẾ HOẠCH KHUYẾN CÔNG NĂM 2023", None, (2023, 2023)),
        # a decision's "năm 2015" is no period
        ("BAN HÀNH QUY CHẾ CHI KHUYẾN CÔNG NĂM 2015", "quyet_dinh", (None, None)),
        # a report's title, told by its words when the caller does not say: its year reported on
        ("BÁO CÁO KẾT QUẢ THỰC HIỆN CÔNG TÁC KHUYẾN CÔNG NĂM 2023", None, (2023, 2023)),
    ],
)
def test_period_of_a_plans_title(title, doc_type, period):
    assert find_period(title, "", doc_type) == period


@pytest.mark.parametrize(
    ("header", "issuer", "province"),
    [
        ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n-------\n", "UBND tỉnh An Giang", "An Giang"),
        ("ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN\n", "UBND tỉnh Hưng Yên", "Hưng Yên"),
        ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n", "UBND thành phố Hồ Chí Minh", "Hồ Chí Minh"),
        ("ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ\n", "UBND tỉnh Thừa Thiên Huế", "Thừa Thiên Huế"),
        # a province's name with a dash between its words
        ("ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN-HUẾ\n", "UBND tỉnh Thừa Thiên Huế", "Thừa Thiên Huế"),
        ("ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA-VŨNG TÀU\n", "UBND tỉnh Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA – VŨNG TÀU\n", "UBND tỉnh Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    ],
)
def test_provincial_header_gives_issuer_and_province(header, issuer, province):
    m = meta(header + "Số 12/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc phê duyệt\nCăn cứ Luật;\nQUYẾT ĐỊNH:\n")
    assert (m.issuer, m.province, m.number, m.title) == (issuer, province, "12/QĐ-UBND", "phê duyệt")


def test_province_table_has_63_provinces_before_2025_and_34_after():
    from khuyencong_extract.issuers import provinces

    rows = provinces()
    assert sum(r["pre_2025"] == "1" for r in rows) == 63
    assert sum(r["post_2025"] == "1" for r in rows) == 34


def test_page_title_hint_is_the_last_resort_for_the_title():
    """Without its type, number and year, as a title under a type heading reads."""
    m = meta("nội dung không có tiêu đề", title="Quyết định 1966/QĐ-UBND năm 2025 phê duyệt Chương trình")
    assert m.title == "phê duyệt Chương trình"


@settings(deadline=None, max_examples=100)
@given(st.lists(st.sampled_from([
    "Số: ", "2080/QĐ-UBND", "QUYẾT ĐỊNH", "\n", "An Giang, ", "ngày 18 tháng 8 năm 2022", "| Người ký | ",
    "PHÓ CHỦ TỊCH", "Trần Anh Thư", "giai đoạn 2021 - 2025", "chỉ thị:", "Bộ trưởng Bộ Công Thương ",
    "Sở Công Thương Hà Tĩnh đã phê duyệt Kế hoạch năm 2020", "Căn cứ ", "|",
]) | st.text(max_size=10), max_size=25).map("".join))
def test_metadata_never_raises(text):
    m = extract_metadata(Context(source=text, clean=MappedText.identity(text)))  # the extractor alone
    assert m.period_start is None or m.period_start <= m.period_end


def test_council_resolution_header():
    m = meta(
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH HƯNG YÊN\nSố: 05/2024/NQ-HĐND\nHưng Yên, ngày 12 tháng 7 năm 2024\n"
        "NGHỊ QUYẾT\nQuy định nội dung, mức chi khuyến công\nHỘI ĐỒNG NHÂN DÂN TỈNH HƯNG YÊN\n"
        "Căn cứ Nghị định số 45/2012/NĐ-CP;\nQUYẾT NGHỊ:\n"
    )
    assert (m.doc_type, m.number, m.issuer, m.province, m.issued_date, m.title) == (
        "nghi_quyet", "05/2024/NQ-HĐND", "HĐND tỉnh Hưng Yên", "Hưng Yên", dt.date(2024, 7, 12),
        "Quy định nội dung, mức chi khuyến công",
    )


@pytest.mark.parametrize(
    ("text", "hints", "doc_type"),
    [
        ("Số: 130/TB-UBND\nKết luận cuộc họp", {}, "thong_bao"),
        ("Số: 12/KH-UBND\nnội dung", {}, "ke_hoach"),
        ("Căn cứ Luật;\nQUYẾT NGHỊ:\nĐiều 1.", {}, "nghi_quyet"),
        ("nội dung", {"doc_type": "Quyết định"}, "quyet_dinh"),
        ("nội dung", {}, "khac"),
    ],
)
def test_doc_type_without_a_type_heading(text, hints, doc_type):
    assert meta(text, **hints).doc_type == doc_type


# ------------------------------------------------------------------ web copies of the header


@pytest.mark.parametrize(
    ("header", "number", "issued_date"),
    [
        # a legal database's two-column header flattened into one row of cells a line
        ("THỦ TƯỚNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
         "Số: 1881/QĐ-TTg | Hà Nội, ngày 12 tháng 11 năm 2020 |\n", "1881/QĐ-TTg", dt.date(2020, 11, 12)),
        ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
         "Số: 29/2014/QĐ-UBND | Đồng Tháp, ngày 02 tháng 12 năm 2014 |\n", "29/2014/QĐ-UBND", dt.date(2014, 12, 2)),
        # each cell on its own line, closed by a pipe
        ("ỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nSố: 20/KH-UBND |\n"
         "Cà Mau, ngày 15 tháng 3 năm 2024 |\n", "20/KH-UBND", dt.date(2024, 3, 15)),
    ],
)
def test_header_flattened_into_table_cells(header, number, issued_date):
    m = meta(header + "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n")
    assert (m.number, m.issued_date) == (number, issued_date)


# The rest of a header under its issuer block: the motto, the number, the date line.
def header_under(issuer_block: str, number: str = "Số: 15/QĐ-UBND", place: str = "Hà Nội") -> str:
    return (f"{issuer_block}\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            f"{number}\n{place}, ngày 10 tháng 01 năm 2020\n")


# Heads of a district's, a town's, a city's and a centre's documents, their two-column header
# written cell by cell as the sources do (An Giang's rules and pipes, Hưng Yên's cells, Tuyên
# Quang's tabs), down to the title and the issuer line over the first clause.
THACH_HA_DECISION = (
    "ỦY BAN NHÂN DÂN\nHUYỆN THẠCH HÀ\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 1520/QĐ-UBND\n|\nThạch Hà, ngày 14\ntháng 6 năm 2022\n|\n"
    "QUYẾT ĐỊNH\nVề việc phê duyệt Đề án phát triển tiểu thủ công nghiệp và làng nghề huyện Thạch Hà, tỉnh Hà Tĩnh\n"
    "giai đoạn 2021 - 2025\nỦY BAN NHÂN DÂN HUYỆN THẠCH HÀ\n"
)
CHIEM_HOA_PLAN = (
    "UBND HUYỆN CHIÊM HÓA |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\n|\nSố: 45/KH-UBND |\n"
    "Chiêm Hóa, ngày 20 tháng 3 năm 2021 |\nKẾ HOẠCH\nPhát triển công nghiệp nông thôn huyện Chiêm Hóa năm 2021\n"
)
KY_ANH_PLAN = (
    "\n\tỦY BAN NHÂN DÂN\n\nTHỊ XÃ KỲ ANH\n                     \n\nSố: 58/KH-UBND\n"
    "\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n\n"
    "    Kỳ Anh, ngày 05 tháng 3 năm 2020\n\n\n"
    "KẾ HOẠCH\n\nThực hiện công tác khuyến công trên địa bàn thị xã năm 2020\n\n\n"
    "Thực hiện Quyết định số 32/2018/QĐ-UBND ngày 17/9/2018 của UBND tỉnh Hà Tĩnh ban hành quy định chính sách"
    " khuyến công trên địa bàn tỉnh;\n"
)
DUC_THO_RESOLUTION = (
    "HỘI ĐỒNG NHÂN DÂN |\nHUYỆN ĐỨC THỌ |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\n|\nSố: 12/NQ-HĐND |\n"
    "Đức Thọ, ngày 18 tháng 12 năm 2020 |\nNGHỊ QUYẾT\nVề việc thông qua Đề án phát triển tiểu thủ công nghiệp huyện"
    " Đức Thọ giai đoạn 2021 - 2025\nHỘI ĐỒNG NHÂN DÂN HUYỆN ĐỨC THỌ\nKHÓA XX - KỲ HỌP THỨ 16\n"
)
BINH_THUY_PLAN = (
    "ỦY BAN NHÂN DÂN\nQUẬN BÌNH THỦY\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "---------------\n|\nSố: 102/KH-UBND\n|\nBình Thủy, ngày 11\ntháng 4 năm 2019\n|\nKẾ HOẠCH\n"
    "Hỗ trợ phát triển công nghiệp nông thôn trên địa bàn quận Bình Thủy, thành phố Cần Thơ năm 2019\n"
)


def city_decision(city: str, number: str, date_line: str, title: str) -> str:
    """The head of a decision of the committee of the city ``city`` (in capitals)."""
    return (f"ỦY BAN NHÂN DÂN\nTHÀNH PHỐ {city}\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
            f"Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: {number}\n|\n{date_line}\n|\nQUYẾT ĐỊNH\n{title}\n"
            f"ỦY BAN NHÂN DÂN THÀNH PHỐ {city}\n")


NINH_THUAN_CENTRE_REPORT = (
    "SỞ CÔNG THƯƠNG TỈNH NINH THUẬN\nTRUNG TÂM KHUYẾN CÔNG VÀ TƯ VẤN\nPHÁT TRIỂN CÔNG NGHIỆP\n-------\n|\n"
    "CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 215/BC-TTKC\n|\n"
    "Ninh Thuận, ngày 12\ntháng 12 năm 2023\n|\nBÁO CÁO\nKẾT QUẢ THỰC HIỆN CÔNG TÁC KHUYẾN CÔNG NĂM 2023\n"
)
TUYEN_QUANG_CENTRE_PLAN = (
    "\n\tSỞ CÔNG THƯƠNG TUYÊN QUANG\n\nTRUNG TÂM KHUYẾN CÔNG VÀ\nXÚC TIẾN THƯƠNG MẠI\n                     \n\n"
    "Số: 08/KH-TTKC\n\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n\n"
    "    Tuyên Quang, ngày 15 tháng 01 năm 2019\n\n\nKẾ HOẠCH\n\nTổ chức các hoạt động khuyến công năm 2019\n\n\n"
)


@pytest.mark.parametrize(
    ("text", "hints", "issuer", "province"),
    [
        # national bodies: named, no province
        (header_under("BỘ CÔNG THƯƠNG", "Số: 15/QĐ-BCT"), {}, "Bộ Công Thương", None),
        ("THỦ TƯỚNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
         "Số: 1881/QĐ-TTg | Hà Nội, ngày 12 tháng 11 năm 2020 |\n", {}, "Thủ tướng Chính phủ", None),
        # a department under its province's committee
        (header_under("UBND TỈNH HÀ TĨNH\nSỞ CÔNG THƯƠNG", "Số: 15/KH-SCT", "Hà Tĩnh"), {},
         "Sở Công Thương Hà Tĩnh", "Hà Tĩnh"),
        (header_under("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSỞ CÔNG THƯƠNG", "Số: 15/KH-SCT", "Vinh"), {},
         "Sở Công Thương Nghệ An", "Nghệ An"),
        # two departments' joint guidance
        (header_under("UBND TỈNH NGHỆ AN\nLIÊN NGÀNH\nSỞ TÀI CHÍNH -\nSỞ CÔNG THƯƠNG", "Số: 15/HDLN-STC-SCT", "Vinh"),
         {}, "Sở Tài chính - Sở Công Thương Nghệ An", "Nghệ An"),
        # a council writing its name without the province (hard-wrapped, or flattened into a
        # cell): the table's province completes it, the table's body does not replace it
        ("HỘI ĐỒNG NHÂN\nDÂN |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nSố: 05/2025/NQ-HĐND |\n"
         "Phú Thọ, ngày 12 tháng 7 năm 2025 |\n", {"issuer": "Tỉnh Phú Thọ"}, "HĐND tỉnh Phú Thọ", "Phú Thọ"),
        ("HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 05/2025/NQ-HĐND |\n"
         "Phú Thọ, ngày 12 tháng 7 năm 2025 |\n", {}, "HĐND tỉnh Phú Thọ", "Phú Thọ"),
        # a committee whose province is in the place line only
        ("ỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nSố: 20/KH-UBND |\n"
         "Cà Mau, ngày 15 tháng 3 năm 2024 |\n", {}, "UBND tỉnh Cà Mau", "Cà Mau"),
        # a province's name with a dash between its words, however written
        (header_under("ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA-VŨNG TÀU", "Số: 100/KH-UBND", "Bà Rịa - Vũng Tàu"), {},
         "UBND tỉnh Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        (header_under("ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA – VŨNG TÀU", "Số: 100/KH-UBND", "Bà Rịa – Vũng Tàu"), {},
         "UBND tỉnh Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        (header_under("ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN-HUẾ", "Số: 100/KH-UBND", "Huế"), {},
         "UBND tỉnh Thừa Thiên Huế", "Thừa Thiên Huế"),
        # a page's lines in lower case above the block are no part of it
        ("Trang chủ\n" + header_under("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG", place="An Giang"), {},
         "UBND tỉnh An Giang", "An Giang"),
        # a district's, a town's, a city district's committee, a district's council: the local
        # body; the province the one its text names, if any
        (THACH_HA_DECISION, {}, "UBND huyện Thạch Hà", "Hà Tĩnh"),
        (CHIEM_HOA_PLAN, {}, "UBND huyện Chiêm Hóa", None),
        (KY_ANH_PLAN, {}, "UBND thị xã Kỳ Anh", "Hà Tĩnh"),
        (BINH_THUY_PLAN, {}, "UBND quận Bình Thủy", "Cần Thơ"),
        (DUC_THO_RESOLUTION, {}, "HĐND huyện Đức Thọ", None),
        # a provincial city is a local body, even one named as its province is; a city that is a
        # province is not (Huế from 2025, a city of Thừa Thiên Huế before)
        (city_decision("VINH", "1210/QĐ-UBND", "Vinh, ngày 03\ntháng 5 năm 2019",
                       "Về việc hỗ trợ kinh phí khuyến công trên địa bàn thành phố năm 2019"), {},
         "UBND thành phố Vinh", None),
        (city_decision("TUYÊN QUANG", "845/QĐ-UBND", "Tuyên Quang, ngày 20\ntháng 7 năm 2018",
                       "Về việc phê duyệt danh sách cơ sở được hỗ trợ kinh phí khuyến công năm 2018"), {},
         "UBND thành phố Tuyên Quang", "Tuyên Quang"),
        (city_decision("HÀ NỘI", "2307/QĐ-UBND", "Hà Nội, ngày 15\ntháng 5 năm 2021",
                       "Phê duyệt Chương trình khuyến công thành phố Hà Nội giai đoạn 2021 - 2025"), {},
         "UBND thành phố Hà Nội", "Hà Nội"),
        (city_decision("HUẾ", "3020/QĐ-UBND", "Huế, ngày 10\ntháng 6 năm 2020",
                       "Về việc hỗ trợ kinh phí khuyến công trên địa bàn thành phố Huế, tỉnh Thừa Thiên Huế"), {},
         "UBND thành phố Huế", "Thừa Thiên Huế"),
        (city_decision("HUẾ", "3020/QĐ-UBND", "Huế, ngày 10\ntháng 6 năm 2020",
                       "Về việc hỗ trợ kinh phí khuyến công trên địa bàn thành phố năm 2020"), {},
         "UBND thành phố Huế", None),
        (city_decision("HUẾ", "1450/QĐ-UBND", "Huế, ngày 12\ntháng 5 năm 2025",
                       "Phê duyệt Chương trình khuyến công thành phố Huế giai đoạn 2026 - 2030"), {},
         "UBND thành phố Huế", "Huế"),
        # "thành phố" abbreviated in the block: a provincial city's committee, a city province's
        (header_under("UBND TP. VINH", "Số: 1210/QĐ-UBND", "Vinh"), {}, "UBND thành phố Vinh", None),
        (header_under("ỦY BAN NHÂN DÂN\nTP. HỒ CHÍ MINH", "Số: 504/QĐ-UBND", "TP. Hồ Chí Minh"), {},
         "UBND thành phố Hồ Chí Minh", "Hồ Chí Minh"),
        # a centre under its department: the centre, with the department's province
        (NINH_THUAN_CENTRE_REPORT, {}, "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Ninh Thuận",
         "Ninh Thuận"),
        (TUYEN_QUANG_CENTRE_PLAN, {}, "Trung tâm Khuyến công và Xúc tiến thương mại Tuyên Quang", "Tuyên Quang"),
    ],
)
def test_issuer_from_the_header_block(text, hints, issuer, province):
    m = meta(text + "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n", **hints)
    assert (m.issuer, m.province) == (issuer, province)


@pytest.mark.parametrize(
    ("header", "doc_id"),
    [
        # a national document's id is made of its issuer (it has no province)
        (header_under("BỘ CÔNG THƯƠNG", "Số: 15/QĐ-BCT"), "bo-cong-thuong_15-qd-bct_2020"),
        (header_under("UBND TỈNH HÀ TĨNH\nSỞ CÔNG THƯƠNG", "Số: 15/KH-SCT", "Hà Tĩnh"), "ha-tinh_15-kh-sct_2020"),
    ],
)
def test_doc_id_of_national_and_department_documents(header, doc_id):
    assert extract_text(header + "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n").doc_id == doc_id


@pytest.mark.parametrize("text", [
    "Số: 12/QĐ-TTg | Hà Nội, ngày 1", "Số: 12 | | Hà Nội, ngày 1", "| Hà Tĩnh, ngày 1", " | |Huế,ngày 2",
    "A | B | Cà Mau, ngày 3 | Huế, ngày 4\nSố: 5 |\nVinh, ngày 5", "x |, ngày", "Thứ bảy | Hà Nội, ngày 6",
])
def test_place_dates_in_table_cells_equal_finditer(text):
    from khuyencong_extract import metadata

    expected = [m.span() for m in metadata._PLACE_DATE.finditer(text)]
    assert [m.span() for m in metadata.place_dates(text, len(text))] == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a plan's title ends at its first clause "Thực hiện ..." (no "Căn cứ" follows)
        (header_under("UBND TỈNH HÀ TĨNH\nSỞ CÔNG THƯƠNG", "Số: 15/KH-SCT", "Hà Tĩnh")
         + "KẾ HOẠCH\n\nKHUYẾN CÔNG ĐỊA PHƯƠNG NĂM 2020\n\nThực hiện Quyết định số 27/2010/QĐ-UBND của UBND tỉnh,"
           " Sở Công Thương ban hành kế hoạch như sau:\nI. MỤC TIÊU\n", "KHUYẾN CÔNG ĐỊA PHƯƠNG NĂM 2020"),
        # ... or at its first section
        (header_under("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM", "Số: 15/KH-UBND", "Hà Nam")
         + "KẾ HOẠCH\nKhuyến công tỉnh Hà Nam năm 2024\nI. MỤC ĐÍCH, YÊU CẦU\n", "Khuyến công tỉnh Hà Nam năm 2024"),
        # no type heading: the "V/V" line, not the issuer line under it
        ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 16/QĐ-UBND | Phú Thọ, ngày 22 tháng 07 năm 2015 |\n"
         "V/V BAN HÀNH QUY CHẾ QUẢN LÝ KINH PHÍ KHUYẾN CÔNG\nỦY BAN NHÂN DÂN TỈNH PHÚ THỌ\nCăn cứ Luật;\nQUYẾT ĐỊNH:\n",
         "BAN HÀNH QUY CHẾ QUẢN LÝ KINH PHÍ KHUYẾN CÔNG"),
        # "VỀ VIỆC" in capitals is dropped as "Về việc" is
        (header_under("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ", "Số: 23/QĐ-UBND", "Quảng Trị")
         + "QUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN LÀNG NGHỀ\nỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nCăn cứ Luật;\n",
         "PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN LÀNG NGHỀ"),
        # Cao Bằng, 2018: the title's last word wrapped alone stays the title's, not the issuer line's
        (header_under("ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG", "Số: 18/2018/QĐ-UBND", "Cao Bằng")
         + "QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH CAO\nBẰNG\nỦY BAN NHÂN "
         "DÂN TỈNH CAO BẰNG\nCăn cứ Luật Tổ chức Chính quyền địa phương ngày 19 tháng 6 năm 2015;\n",
         "BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH CAO BẰNG"),
        # the motto is never a title
        (header_under("UBND TỈNH NGHỆ AN\nSỞ CÔNG THƯƠNG", "Số: 15/HD-SCT", "Vinh"), None),
        # nor is a council's session, where a web copy lost the title above it
        ("HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 58/NQ-HĐND | Hà Giang, ngày 11 tháng 12 năm 2016 |\n"
         "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG\nKHÓA XVII - KỲ HỌP THỨ BA\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19"
         " tháng 6 năm 2015;\n", None),
        # a district's decision: the title ends at the district's issuer line
        (THACH_HA_DECISION + "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n",
         "phê duyệt Đề án phát triển tiểu thủ công nghiệp và làng nghề huyện Thạch Hà, tỉnh Hà Tĩnh giai đoạn 2021 - 2025"),
        # nor is that line a title where a web copy lost the heading and the title above it
        (THACH_HA_DECISION.replace("QUYẾT ĐỊNH\nVề việc phê duyệt Đề án phát triển tiểu thủ công nghiệp và làng nghề"
                                   " huyện Thạch Hà, tỉnh Hà Tĩnh\ngiai đoạn 2021 - 2025\n", "")
         + "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n", None),
        # a report's heading ("BÁO CÁO") is a type heading: its title is the lines under it
        (header_under("SỞ CÔNG THƯƠNG TỈNH NINH THUẬN\nTRUNG TÂM KHUYẾN CÔNG VÀ TƯ VẤN PHÁT TRIỂN CÔNG NGHIỆP",
                      "Số: 215/BC-TTKC", "Ninh Thuận")
         + "\nBÁO CÁO\nKẾT QUẢ THỰC HIỆN CÔNG TÁC KHUYẾN CÔNG NĂM 2023\n\nI. KẾT QUẢ THỰC HIỆN NĂM 2023\n",
         "KẾT QUẢ THỰC HIỆN CÔNG TÁC KHUYẾN CÔNG NĂM 2023"),
        # without the heading, a centre's name wrapped over two lines is no headline, nor is either half
        (NINH_THUAN_CENTRE_REPORT.replace("BÁO CÁO\n", "") + "I. KẾT QUẢ THỰC HIỆN NĂM 2023\n",
         "KẾT QUẢ THỰC HIỆN CÔNG TÁC KHUYẾN CÔNG NĂM 2023"),
        ("SỞ CÔNG THƯƠNG TỈNH NINH THUẬN\nTRUNG TÂM KHUYẾN CÔNG VÀ TƯ VẤN\nPHÁT TRIỂN CÔNG NGHIỆP\n-------\n"
         "Số: 215/BC-TTKC\nKết quả thực hiện công tác khuyến công năm 2023\nI. KẾT QUẢ THỰC HIỆN NĂM 2023\n", None),
        # nor is a notice's signature, an agency's name in capitals (Cục Công Thương địa phương's page)
        ("Bộ Công Thương đề nghị các Sở Công Thương nghiên cứu, tham gia ý kiến bằng văn bản đối với Dự thảo tài liệu "
         "nêu trên.\n1. Dự thảo Báo cáo tổng kết Chương trình KCQG đến năm 2020; tải về tại đây\n\nCỤC CÔNG THƯƠNG ĐỊA "
         "PHƯƠNG", None),
    ],
)
def test_title(text, title):
    assert meta(text).title == title


def test_a_page_reproducing_a_plan_takes_the_plan_its_note_names():
    """A page with no header says under its title which document it reproduces."""
    m = meta("Kế hoạch phát triển làng nghề tỉnh Thừa Thiên Huế giai đoạn 2021-2025\n\n"
             "(Theo Kế hoạch số 8/KH-UBND ngày 11/01/2021 của UBND tỉnh)\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n")
    assert (m.doc_type, m.number, m.issued_date, m.issuer, m.province, m.title, m.period_start, m.period_end) == (
        "ke_hoach", "8/KH-UBND", dt.date(2021, 1, 11), "UBND tỉnh Thừa Thiên Huế", "Thừa Thiên Huế",
        "Kế hoạch phát triển làng nghề tỉnh Thừa Thiên Huế giai đoạn 2021-2025", 2021, 2025,
    )


@pytest.mark.parametrize(
    ("text", "doc_type", "issuer", "title", "period"),
    [
        # a news report of a scheme "vừa" approved
        ("(BĐ) - UBND tỉnh Bình Định vừa phê duyệt Đề án khuyến công địa phương năm 2017, tổng kinh phí 2,5 tỉ đồng.",
         "bai_viet", "UBND tỉnh Bình Định", "Đề án khuyến công địa phương năm 2017", (2017, 2017)),
        ("UBND tỉnh Lào Cai vừa ban hành Kế hoạch khuyến công trên địa bàn tỉnh năm 2022.",
         "bai_viet", "UBND tỉnh Lào Cai", "Kế hoạch khuyến công trên địa bàn tỉnh năm 2022", (2022, 2022)),
        # the decision's number before the verb, without "về việc" or a comma (Bà Rịa – Vũng Tàu news, its
        # committee's "Vũng Tầu" as the older spelling writes it); "các" before the plan (Hòa Bình news)
        ("Ngày 26/10/2021 vừa qua, Ủy ban nhân dân tỉnh Bà Rịa – Vũng Tầu đã ban hành Quyết định số 3475/QĐ-UBND phê "
         "duyệt Chương trình phát triển công nghiệp trên địa bàn tỉnh Bà Rịa – Vũng Tàu giai đoạn 2021-2025.",
         "bai_viet", "UBND tỉnh Bà Rịa - Vũng Tàu",
         "Chương trình phát triển công nghiệp trên địa bàn tỉnh Bà Rịa – Vũng Tàu giai đoạn 2021-2025", (2021, 2025)),
        ("UBND tỉnh Lào Cai vừa ban hành Quyết định số 2950/QĐ-UBND phê duyệt Chương trình khuyến công tỉnh Lào Cai "
         "giai đoạn 2021-2025.", "bai_viet", "UBND tỉnh Lào Cai", "Chương trình khuyến công tỉnh Lào Cai giai đoạn "
         "2021-2025", (2021, 2025)),
        ("Ngày 01/9/2021, UBND tỉnh Hòa Bình ban hành Quyết định số 1947/QĐ-UBND về việc phê duyệt các Đề án Khuyến công"
         " địa phương năm 2021.", "bai_viet", "UBND tỉnh Hòa Bình", "Đề án Khuyến công địa phương năm 2021",
         (2021, 2021)),
        # a city's committee with "thành phố" abbreviated: a province's, a provincial city's
        ("UBND TP. Cần Thơ vừa ban hành Kế hoạch khuyến công trên địa bàn thành phố năm 2022.",
         "bai_viet", "UBND thành phố Cần Thơ", "Kế hoạch khuyến công trên địa bàn thành phố năm 2022", (2022, 2022)),
        ("UBND TPHCM đã ban hành Kế hoạch khuyến công trên địa bàn thành phố năm 2022.",
         "bai_viet", "UBND thành phố Hồ Chí Minh", "Kế hoạch khuyến công trên địa bàn thành phố năm 2022", (2022, 2022)),
        ("UBND TP. Vinh vừa phê duyệt Kế hoạch khuyến công trên địa bàn thành phố năm 2022.",
         "bai_viet", "UBND thành phố Vinh", "Kế hoạch khuyến công trên địa bàn thành phố năm 2022", (2022, 2022)),
        # a district's committee (Bố Trạch news)
        ("UBND huyện Bố Trạch vừa phê duyệt Kế hoạch khuyến công trên địa bàn huyện năm 2013.",
         "bai_viet", "UBND huyện Bố Trạch", "Kế hoạch khuyến công trên địa bàn huyện năm 2013", (2013, 2013)),
        # a leader's title, the body and the leader's name before "đã ký ban hành", and the short name the report
        # calls the plan by after it (the ministry's news: no issuer, "(Kế hoạch)" in the title)
        ("Ngày 17/4/2023, Chủ tịch Hội đồng bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia năm 2023, "
         "Thứ trưởng Bộ Công Thương Phan Thị Thắng đã ký ban hành Kế hoạch tổ chức bình chọn sản phẩm công nghiệp nông "
         "thôn tiêu biểu cấp quốc gia năm 2023 (Kế hoạch).", "bai_viet", "Bộ Công Thương",
         "Kế hoạch tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia năm 2023", (2023, 2023)),
        # its province in brackets after the district's name (Khánh Hòa news; the issuer was lost)
        ("UBND huyện Vạn Ninh (Khánh Hòa) vừa ban hành Chương trình khuyến công giai đoạn 2021 - 2025.",
         "bai_viet", "UBND huyện Vạn Ninh", "Chương trình khuyến công giai đoạn 2021 - 2025", (2021, 2025)),
        # a text reporting no plan, with no header, is no news report of one
        ("Mục tiêu của chương trình là đến năm 2015 giải quyết việc làm cho 1.000 lao động.", "khac", None, None,
         (None, None)),
    ],
)
def test_news_report_of_a_plan(text, doc_type, issuer, title, period):
    m = meta(text)
    assert (m.doc_type, m.issuer, m.title, (m.period_start, m.period_end)) == (doc_type, issuer, title, period)


def test_a_ledes_district_programme_year_is_its_period():
    """Vĩnh Linh news: "khuyến công cấp huyện năm 2023" names the plan's year as "khuyến công năm 2023" does."""
    meta = extract_text("Thêm 11 dự án được nhận hỗ trợ khuyến công cấp huyện\n\n"
                        "UBND huyện Vĩnh Linh vừa ban hành quyết định phê duyệt phân bổ kinh phí hỗ trợ khuyến công cấp huyện"
                        " năm 2023 cho 11 cơ sở công nghiệp nông thôn trên địa bàn với tổng kinh phí 295 triệu đồng.").metadata
    assert (meta.doc_type, meta.period_start, meta.period_end) == ("bai_viet", 2023, 2023)


def test_a_ledes_contest_round_year_is_its_period():
    """Nghệ An news: the round of the province's contest the lede names ("... tiêu biểu cấp tỉnh năm 2022")
    is the year it reports on (the period was null)."""
    meta = extract_text(
        "Nghệ An: Vinh danh sản phẩm công nghiệp nông thôn tiêu biểu\n\nLinh Nhi (Tổng hợp)\n19/9/2022\n\nTỉnh Nghệ "
        "An vừa tổ chức lễ trao Giấy công nhận sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh năm 2022 cho 25 sản "
        "phẩm và lựa chọn 11/25 sản phẩm tham gia bình chọn cấp khu vực phía Bắc.").metadata
    assert (meta.doc_type, meta.period_start, meta.period_end) == ("bai_viet", 2022, 2022)


def test_a_kicker_closed_by_a_colon_over_the_headline_is_passed_over():
    """Báo Khánh Hòa: a kicker line ending with a colon right over the headline made the page `khac`
    with no title, and the headline's 35 products were counted again by the body."""
    doc = extract_text(
        "21:05, 20/11/2023\n\nHội đồng bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh năm 2023:\nChọn 35 "
        "sản phẩm, bộ sản phẩm để trao chứng nhận\n\nĐÌNH LÂM\n\nNgày 20-11, ông Lê Hữu Hoàng - Phó Chủ tịch Thường "
        "trực UBND tỉnh Khánh Hòa, Chủ tịch Hội đồng bình chọn sản phẩm công nghiệp nông thôn (CNNT) tiêu biểu cấp "
        "tỉnh năm 2023 chủ trì cuộc họp Ban giám khảo để bình chọn các sản phẩm, bộ sản phẩm CNNT tiêu biểu.\n\n"
        "Kết luận cuộc họp, ông Lê Hữu Hoàng thống nhất chọn 35 sản phẩm, bộ sản phẩm hội đồng đã bình chọn để trao "
        "chứng nhận sản phẩm CNNT tiêu biểu cấp tỉnh; chọn 14 sản phẩm, bộ sản phẩm tham dự bình chọn sản phẩm CNNT "
        "tiêu biểu khu vực miền Trung - Tây Nguyên.")
    assert (doc.metadata.doc_type, doc.metadata.title) == ("bai_viet", "Chọn 35 sản phẩm, bộ sản phẩm để trao chứng nhận")
    assert [(t.text, t.restates) for t in doc.targets] == [("35 sản phẩm", None), ("35 sản phẩm", 0), ("14 sản phẩm", None)]


def test_an_untitled_texts_khuyen_cong_round_year_is_its_period():
    """Hà Tĩnh news copied without its headline: the second round of 2018's local khuyến công money is the
    year it reports on (the period was null)."""
    meta = extract_text(
        "Nguồn kinh phí từ hoạt động khuyến công địa phương giúp nhiều doanh nghiệp, cơ sở sản xuất có thể đưa máy "
        "móc thiết bị hiện đại vào sản xuất.\nTrong đó, nguồn khuyến công của tỉnh hỗ trợ 860 triệu đồng và vốn đối "
        "ứng của các đơn vị thụ hưởng là 4,308 tỷ đồng.\nKinh phí thực hiện khuyến công đợt 2 năm 2018 sẽ dùng để hỗ "
        "trợ 6 đề án ứng dụng máy móc tiên tiến vào sản xuất gồm: Dự án hỗ trợ ứng dụng máy móc tiên tiến vào sản "
        "xuất bánh đa nem của Hộ kinh doanh Trương Quốc Dũng (TP. Hà Tĩnh);").metadata
    assert (meta.doc_type, meta.period_start, meta.period_end) == ("khac", 2018, 2018)


def test_a_programme_annexs_own_name_near_the_top_is_its_title():
    """Đồng Nai's programme 2016-2020 on SlideShare, without the decision it was annexed to: its
    title was the first section's heading and its period null."""
    meta = extract_text(
        "SlideShare a Scribd company logo\nDownload to read offline\nChương trình khuyến công trên địa bàn tỉnh Đồng Nai "
        "giai đoạn 2016-2020\nPhần I\nSỰ CẦN THIẾT CỦA CHƯƠNG TRÌNH\nI. Sự cần thiết xây dựng chương trình\nTỉnh Đồng Nai "
        "một trong những địa phương đi đầu trong phát triển công nghiệp.").metadata
    assert (meta.doc_type, meta.title, meta.period_start, meta.period_end) == (
        "khac", "Chương trình khuyến công trên địa bàn tỉnh Đồng Nai giai đoạn 2016-2020", 2016, 2020)
    meta = extract_text("Chương trình Khuyến công tỉnh Đồng Nai giai đoạn 2016-2020\nPhần I\nSỰ CẦN THIẾT CỦA CHƯƠNG "
                        "TRÌNH\nTỉnh Đồng Nai một trong những địa phương đi đầu.").metadata
    assert meta.title == "Chương trình Khuyến công tỉnh Đồng Nai giai đoạn 2016-2020"
    meta = extract_text("Đề án phát triển công nghiệp nông thôn tỉnh Thái Bình đến năm 2030\nTài liệu tham khảo\nI. Sự "
                        "cần thiết\nTỉnh Thái Bình có nhiều làng nghề.").metadata
    assert (meta.title, meta.period_end) == ("Đề án phát triển công nghiệp nông thôn tỉnh Thái Bình đến năm 2030", 2030)
    # a sentence opening a paragraph is no title (An Giang's scope, its line re-joined)
    meta = extract_text("I. MỤC TIÊU\n1. Phạm vi áp dụng:\nChương trình Khuyến công tỉnh An Giang giai đoạn\n2021 - 2025 "
                        "gồm các nội dung quy định tại Nghị định số\n45/2012/NĐ-CP ngày 21 tháng 5 năm 2012\n2. Đối tượng").metadata
    assert meta.title is None
    # a name over its parts is a title whatever words it holds ("được", "là", "đã có" inside it)
    meta = extract_text("Đề án hỗ trợ phát triển công nghiệp nông thôn cho các huyện đã có làng nghề giai đoạn 2021-2025\n"
                        "PHẦN I. SỰ CẦN THIẾT\nTỉnh có 50 làng nghề.").metadata
    assert meta.title == "Đề án hỗ trợ phát triển công nghiệp nông thôn cho các huyện đã có làng nghề giai đoạn 2021-2025"
    meta = extract_text("Kế hoạch hỗ trợ các sản phẩm công nghiệp nông thôn tiêu biểu được công nhận năm 2024\nI. MỤC ĐÍCH, "
                        "YÊU CẦU\nHỗ trợ các cơ sở quảng bá sản phẩm.").metadata
    assert meta.title == "Kế hoạch hỗ trợ các sản phẩm công nghiệp nông thôn tiêu biểu được công nhận năm 2024"
    # ... but a sharing site's list of related documents, and a lead-in over a list, are none
    meta = extract_text("Tài liệu liên quan\nĐề án khuyến công quốc gia năm 2019 tỉnh Bắc Giang\nKế hoạch khuyến công năm "
                        "2022 tỉnh Bắc Giang\nBáo cáo tổng kết công tác năm 2023\nNăm 2023, Trung tâm Khuyến công tỉnh đã "
                        "triển khai 15 đề án với tổng kinh phí 3,5 tỷ đồng.").metadata
    assert meta.title is None
    meta = extract_text("Kế hoạch khuyến công năm 2023 của tỉnh tập trung vào các nội dung sau\n- Hỗ trợ 10 cơ sở ứng dụng "
                        "máy móc tiên tiến;\n- Tổ chức 5 lớp đào tạo nghề.").metadata
    assert meta.title is None


def test_an_untitled_texts_contest_round_year_is_its_period():
    """Bình Thuận's 2022 contest council, copied without a headline it could keep (one over 30 words):
    the contest round's year is the year it reports on (the period was null)."""
    meta = extract_text(
        "Hội đồng bình chọn đã họp thông qua kết quả chấm điểm đối với các sản phẩm đăng ký tham gia bình chọn sản phẩm "
        "công nghiệp nông thôn tiêu biểu cấp tỉnh năm 2022.").metadata
    assert (meta.doc_type, meta.period_start, meta.period_end) == ("khac", 2022, 2022)


def test_a_headlines_closing_year_without_nam_is_its_period():
    """The ministry's news of the 2019 recognition: "... quốc gia 2019" closes the headline."""
    meta = extract_text(
        "Tôn vinh 110 sản phẩm công nghiệp nông thôn tiêu biểu quốc gia 2019\n\nKhông chỉ khẳng định chất lượng "
        "các sản phẩm công nghiệp nông thôn của Việt Nam, sự kiện tôn vinh sẽ hỗ trợ cơ sở sản xuất có định hướng"
        " phát triển mạnh mẽ hơn nữa thông qua tiếp cận và mở rộng thị trường tiêu thụ trong nước cũng như xuất "
        "khẩu.").metadata
    assert (meta.doc_type, meta.period_start, meta.period_end) == ("bai_viet", 2019, 2019)


# News pages' heads (headline, dateline, first words of the lede), as the pages write them.
_DAK_NONG_LEDE = ("UBND tỉnh Đắk Nông vừa ban hành quyết định thực hiện Chương trình khuyến công giai đoạn 2021-2025"
                  " trên địa bàn tỉnh.")
_AN_GIANG_LEDE = ("Thông qua hoạt động khuyến công, tỉnh An Giang đã tiếp sức cho nhiều cơ sở công nghiệp nông thôn"
                  " đổi mới dây chuyền thiết bị, từng bước nâng cao chất lượng và giá trị sản phẩm, tăng hiệu quả kinh tế"
                  " và tạo thêm nhiều việc làm.")
_DAK_LAK_LEDE = ("Đây là kế hoạch của UBND tỉnh Đắk Lắk giai đoạn 2016 – 2020, trong đó, kinh phí từ nguồn khuyến công"
                 " quốc gia là 33 tỷ, khuyến công địa phương là gần 17,6 tỷ đồng, số còn lại là kinh phí của các đơn vị thụ hưởng.")


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        # after a word saying it was published (Đắk Nông, Lâm Đồng, Bắc Giang, Đắk Nông 2011 news)
        ("Gần 71,2 tỷ đồng thực hiện Chương trình khuyến công giai đoạn 2021 - 2025\n\nCập nhật ngày: 15/09/2020 |"
         " 09:57 GMT+7\n" + _DAK_NONG_LEDE, dt.date(2020, 9, 15)),
        ("Hơn 10 tỷ đồng khuyến công\nCập nhật lúc 08:41, Thứ Sáu, 26/01/2018 (GMT+7)\nSở Công thương tỉnh Lâm Đồng"
         " cho biết, trong năm 2017, nằm trong chương trình khuyến công, tỉnh Lâm Đồng đã triển khai thực hiện 65 đề"
         " án với tổng kinh phí ước thực hiện trên 10 tỷ đồng.", dt.date(2018, 1, 26)),
        ("Bắc Giang: 02 đề án được hỗ trợ phí khuyến công quốc gia năm 2018\n\nNgày đăng: 07-06-2018 <------>"
         " Người tạo: quantri <------>\n\nThực hiện Quyết định số 4768/QĐ-BCT ngày 22/12/2017 của Bộ trưởng Bộ Công"
         " Thương về việc giao kế hoạch kinh phí khuyến công quốc gia năm 2018; ngày 25/5/2018, Cục Công Thương địa"
         " phương ban hành Công văn số 390/CTĐP-QLKC về việc giao kế hoạch kinh phí khuyến công quốc gia năm 2018.",
         dt.date(2018, 6, 7)),
        ("Triển khai 13 đề án khuyến công trị giá 1,2 tỉ đồng\nThời sự - Ngày đăng : 08:22, 04/05/2011\nTheo Trung"
         " tâm Khuyến công & Tư vấn Phát triển công nghiệp (Sở Công thương), toàn tỉnh đang triển khai 13 đề án"
         " khuyến công cho các cơ sở công nghiệp nông thôn, với tổng kinh phí hỗ trợ là trên 1,2 tỉ đồng...",
         dt.date(2011, 5, 4)),
        # a weekday or a time of day under the headline (An Giang news; a byline's time, Ninh Thuận)
        ('Khuyến công An Giang tập trung hỗ trợ "kép"\n\n- Thứ Ba, 17/08/2021, 06:34 - Chia sẻ\n' + _AN_GIANG_LEDE,
         dt.date(2021, 8, 17)),
        # a dateline the lede was run on to (it opens with a figure, a bracket), a weekday written as a digit (Dân
        # Việt, Trà Vinh TV)
        ("Thanh Hóa: Đào tạo nghề cho 2.600 lao động nông thôn\n\nThứ tư, ngày 02/10/2013 10:24 AM (GMT+7)\n9 tháng "
         "năm 2013, Trung tâm Khuyến công và Xúc tiến thương mại, Sở Công Thương tỉnh Thanh Hóa đã triển khai thực hiện "
         "các chương trình, dự án đào tạo nghề cho 2.600 lao động trong tỉnh.", dt.date(2013, 10, 2)),
        ("Khuyến công Trà Vinh đồng hành cùng cơ sở công nghiệp nông thôn\n\nThứ 6, 18/05/2018, 11:16 (GMT+7), lượt "
         "xem 599\n(THTVO). Hoạt động Khuyến công Trà Vinh trong năm 2017 vừa qua đã góp phần đáng kể vào chuyển dịch "
         "cơ cấu kinh tế - xã hội, sự nghiệp công nghiệp hóa công nghiệp nông thôn.", dt.date(2018, 5, 18)),
        # a date alone on its line under the byline (Nghệ An news; the joining of lines runs the two together)
        ("Nghệ An: Vinh danh sản phẩm công nghiệp nông thôn tiêu biểu\n\nLinh Nhi (Tổng hợp)\n19/9/2022\n\nTỉnh Nghệ "
         "An vừa tổ chức lễ trao Giấy công nhận sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh năm 2022 cho 25 sản "
         "phẩm và lựa chọn 11/25 sản phẩm tham gia bình chọn cấp khu vực phía Bắc.", dt.date(2022, 9, 19)),
        # the site's clock over the page (seconds shown; the page's first line) is not its date
        ("Analytic\nThứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27\n\nHội nghị khuyến công các tỉnh miền Trung - Tây"
         " Nguyên\n\nThúy Hồng - 18:55, 18/08/2022\n\nChiều 18/8, tại Ninh Thuận, Cục Công Thương địa phương (Bộ"
         " Công Thương) phối hợp với Sở Công Thương tỉnh Ninh Thuận tổ chức Hội nghị công tác khuyến công các tỉnh, thành phố khu vực miền Trung - Tây Nguyên năm 2022.",
         dt.date(2022, 8, 18)),
        ("Thứ Sáu, 22/11/2024 23:48:01 GMT+7\n\nTin đăng lúc 18-11-2015\n\nĐắk Lắk: Sẽ đầu tư gần 137 tỷ đồng cho"
         " hoạt động khuyến công\n\n" + _DAK_LAK_LEDE, dt.date(2015, 11, 18)),
        ("ClockThứ Tư, 20/09/2017 05:26\n\nHỗ trợ công nghiệp nông thôn\n\nTTH - Trên 330 triệu đồng là số tiền Sở"
         " Công thương hỗ trợ 6 cơ sở công nghiệp nông thôn (CNNT) trong tháng 8/2017 để đầu tư máy móc, đào tạo nghề với mục đích nâng cao chất lượng và tạo sản phẩm mới"
         " từ nguồn kinh phí từ chương trình khuyến công (KC) địa phương.", None),
    ],
)
def test_news_dateline(text, issued):
    m = meta(text)
    assert (m.doc_type, m.issued_date) == ("bai_viet", issued)


def test_a_lede_opening_with_a_dash_and_its_source():
    """Lạng Sơn news whose paper's code before the lede's dash was lost: the lede is prose, no list
    item (the text was a `khac` with no title, and the headline's 3 was counted again)."""
    doc = extract_text(
        "Lạng Sơn có 3 sản phẩm được công nhận sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia năm "
        "2021\n\n– Theo quyết định số 1997/QĐ-BCT ngày 23/8/2021 của Bộ Công Thương về việc công nhận 200 sản "
        "phẩm, bộ sản phẩm công nghiệp nông thôn tiêu biểu (CNNT) cấp quốc gia năm 2021, tỉnh Lạng Sơn có 3 sản "
        "phẩm được công nhận.")
    meta = doc.metadata
    assert (meta.doc_type, meta.title, meta.period_start) == ("bai_viet", "Lạng Sơn có 3 sản phẩm được công nhận sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia năm 2021", 2021)
    assert [(t.value, t.restates) for t in doc.targets] == [(3, None), (200, None), (3, 0)]
    # the decision's title ends before the sentence's subject ", tỉnh Lạng Sơn có 3 sản phẩm ..."
    assert [c.title for c in doc.citations] == [
        "công nhận 200 sản phẩm, bộ sản phẩm công nghiệp nông thôn tiêu biểu (CNNT) cấp quốc gia năm 2021"]


def test_a_province_ending_a_schools_name_is_no_news_reports():
    """A legal database's answer to a reader: the city of her university ("trường Đại học Nông Lâm
    Tp.HCM") was the page's province."""
    meta = extract_text(
        "Mức chi hỗ trợ xây dựng mô hình trình diễn kỹ thuật cho hoạt động khuyến công\n\nMức chi hỗ trợ xây dựng mô "
        "hình trình diễn kỹ thuật cho hoạt động khuyến công được quy định như thế nào? Xin chào quý Ban biên tập, tôi "
        "tên Gia Linh là sinh viên trường Đại học Nông Lâm Tp.HCM. Trong quá trình nghiên cứu về các hoạt động trong "
        "lĩnh vực khuyến công để phục vụ cho bài báo cáo, tôi có vấn đề thắc mắc nhờ Ban biên tập hỗ trợ, cụ thể: Mức "
        "chi hỗ trợ xây dựng mô hình trình diễn kỹ thuật").metadata
    assert (meta.doc_type, meta.province) == ("bai_viet", None)


def test_a_line_holding_an_address_is_no_headline():
    """Đắk Lắk's department site: its name glued to its logo's address was the title; the page,
    whose headline was lost, is of no known type, and its dateline still dates it."""
    meta = extract_text(
        "Sở Công Thương Đắk Lắkhttps://socongthuong.daklak.gov.vn/assets/images/logo.png\nThứ ba - 24/10/2023 "
        "04:25\nNgày 24/10/2023, Trung tâm Khuyến công và Tư vấn Phát triển Công nghiệp phối hợp với phòng Kinh "
        "tế và Hạ tầng huyện Ea Kar tổ chức nghiệm thu Đề án Hỗ trợ ứng dụng máy móc thiết bị tiên tiến trong sản"
        " xuất cà phê bột tại HTX Nông nghiệp Minh Tân Đạt, xã Cư Ni, huyện Ea Kar").metadata
    assert (meta.doc_type, meta.title, meta.issued_date) == ("khac", None, dt.date(2023, 10, 24))


def test_a_cited_decisions_gazette_is_no_dateline():
    """business.gov.vn on QĐ 08/2008/QĐ-BCT: the closing paragraph's "được đăng Công báo ngày 20/5/2008" dates the
    decision's gazette, not the page (it was the page's issued_date)."""
    meta = extract_text(
        "Thực hiện Nghị định số 134/2004/NĐ-CP ngày 9/6/2004 của Chính phủ về khuyến khích phát triển công nghiệp nông "
        "thôn, ngày 12/5/2008, Bộ Công thương đã ban hành Quyết định số 08/2008/QĐ-BCT về Quy chế xây dựng, tổ chức "
        "thực hiện và quản lý Chương trình, kế hoạch và đề án khuyến công quốc gia.\n\nQuyết định được đăng Công báo "
        "ngày 20/5/2008 và có hiệu lực thi hành sau 15 ngày, kể từ ngày đăng Công báo.").metadata
    assert (meta.doc_type, meta.issued_date) == ("khac", None)


def test_news_dateline_dates_a_report_naming_no_period():
    """Figures of a year before the one a news report without a period was published in are
    results (An Giang news of 17/08/2021); without the dateline, "Năm 2020" says nothing."""
    body = ("\nNăm 2020, Trung tâm Khuyến công (Sở Công thương tỉnh An Giang) hỗ trợ 19 cơ sở công nghiệp nông thôn"
            " đầu tư ứng dụng máy móc, thiết bị tiên tiến vào sản xuất với tổng kinh phí gần 4,5 tỷ đồng.")
    dated = extract_text('Khuyến công An Giang tập trung hỗ trợ "kép"\n\n- Thứ Ba, 17/08/2021, 06:34 - Chia sẻ\n'
                         + _AN_GIANG_LEDE + body)
    assert (dated.metadata.period_start, dated.metadata.issued_date) == (None, dt.date(2021, 8, 17))
    assert [(t.value, t.achieved) for t in dated.targets] == [(19, True)]
    assert [(b.amount_vnd, b.achieved) for b in dated.budget] == [(4_500_000_000, True)]
    undated = extract_text('Khuyến công An Giang tập trung hỗ trợ "kép"\n\n' + _AN_GIANG_LEDE + body)
    assert [(t.value, t.achieved) for t in undated.targets] == [(19, False)]


# A news report's first paragraph, in the formulaic wording of provincial news.
_NEWS_PARAGRAPH = (
    "Theo Sở Công Thương, năm 2022, Trung tâm Khuyến công đã hỗ trợ 12 cơ sở công nghiệp nông thôn ứng dụng"
    " máy móc, thiết bị tiên tiến vào sản xuất."
)


@pytest.mark.parametrize(
    ("text", "doc_type", "title", "province"),
    [
        # a headline naming the province, then a paragraph
        (f"Nam Định: Hỗ trợ 12 cơ sở ứng dụng máy móc tiên tiến\n\n{_NEWS_PARAGRAPH}",
         "bai_viet", "Nam Định: Hỗ trợ 12 cơ sở ứng dụng máy móc tiên tiến", "Nam Định"),
        # the posting date and time, a label and a caption passed over; the province in the paragraph
        ("Tin trong tỉnh\nTriển khai 12 đề án khuyến công\nCập nhật lúc 08:41, Thứ Sáu, 26/01/2018 (GMT+7)\n"
         "(Ảnh minh họa)\nSở Công Thương tỉnh Nam Định cho biết, năm 2017 tỉnh đã triển khai 12 đề án khuyến công"
         " với tổng kinh phí 2 tỷ đồng.",
         "bai_viet", "Triển khai 12 đề án khuyến công", "Nam Định"),
        ("18-4-2019, 7:31 GMT+7\n\nTrên 9 tỷ đồng dành cho khuyến công\n\n" + _NEWS_PARAGRAPH,
         "bai_viet", "Trên 9 tỷ đồng dành cho khuyến công", None),
        # a site that opens every lede with a dash, dated or not
        ("Hỗ trợ 8 cơ sở sản xuất công nghiệp từ chương trình khuyến công\n\n- Từ đầu năm đến nay, Trung tâm Khuyến "
         "công (Sở Công Thương) đã triển khai hiệu quả các đề án khuyến công trên địa bàn tỉnh.",
         "bai_viet", "Hỗ trợ 8 cơ sở sản xuất công nghiệp từ chương trình khuyến công", None),
        # prose without a headline, a headline over a list, a table, a sentence: no news report
        (_NEWS_PARAGRAPH, "khac", None, None),
        ("Nội dung hỗ trợ năm 2022\n- Hỗ trợ ứng dụng máy móc, thiết bị tiên tiến cho 12 cơ sở công nghiệp nông"
         " thôn trên địa bàn tỉnh Nam Định.", "khac", None, None),
        ("| STT | Tên đề án | Kinh phí |\n| 1 | Hỗ trợ máy móc, thiết bị cho cơ sở công nghiệp nông thôn | 200 |",
         "khac", None, None),
        (f"Kinh phí khuyến công được phân bổ cho các đề án.\n{_NEWS_PARAGRAPH}", "khac", None, None),
        # "Công nghệ An Giang" names An Giang, not Nghệ An
        ("Sở Khoa học và Công nghệ An Giang phối hợp với Trung tâm Khuyến công tổ chức hội thảo\n\n" + _NEWS_PARAGRAPH,
         "bai_viet", "Sở Khoa học và Công nghệ An Giang phối hợp với Trung tâm Khuyến công tổ chức hội thảo",
         "An Giang"),
        # a plan's section heading is no headline
        (f"I. MỤC TIÊU, YÊU CẦU\n{_NEWS_PARAGRAPH}", "khac", None, None),
        # the venue of a national body's conference is no province of the report (langngheviet.com.vn, 2020)
        ("Đánh giá kết quả thực hiện đề án Khuyến công Quốc gia điểm giai đoạn 2018 - 2020\n\nLNV - Sáng ngày 05/11, "
         "tại Thành phố Nam Định, Cục Công Thương địa phương (Bộ Công thương) tổ chức Hội nghị “Đánh giá kết quả thực "
         "hiện đề án Khuyến công Quốc gia điểm do Trung tâm Khuyến công và Tư vấn phát triển Công nghiệp 1 thực hiện "
         "trong giai đoạn 2018 - 2020 và định hướng xây dựng các đề án Khuyến công Quốc gia giai đoạn 2021 - 2025.",
         "bai_viet", "Đánh giá kết quả thực hiện đề án Khuyến công Quốc gia điểm giai đoạn 2018 - 2020", None),
        # ... but is when the province's department holds it with the national body (the 2023 conference
        # of the central provinces, reported from Quảng Nam)
        ("Hội nghị khuyến công các tỉnh, thành phố khu vực miền Trung - Tây Nguyên\n\nChiều ngày 26/10, tại thành "
         "phố Gia Nghĩa tỉnh Đắk Nông, Cục Công Thương địa phương - Bộ Công Thương phối hợp với Sở Công Thương tỉnh "
         "Đăk Nông tổ chức Hội nghị khuyến công các tỉnh, thành phố khu vực miền Trung - Tây Nguyên năm 2023.",
         "bai_viet", "Hội nghị khuyến công các tỉnh, thành phố khu vực miền Trung - Tây Nguyên", "Đắk Nông"),
    ],
)
def test_news_report_with_a_headline(text, doc_type, title, province):
    m = meta(text)
    assert (m.doc_type, m.title, m.province) == (doc_type, title, province)


def test_a_news_reports_plan_approved_by_the_province_takes_the_headlines_province():
    m = meta("Phê duyệt 6 đề án khuyến công địa phương năm 2018\nThực hiện Kế hoạch khuyến công của tỉnh Nam Định,"
             " UBND tỉnh đã phê duyệt Đề án khuyến công địa phương năm 2018.")
    assert (m.doc_type, m.issuer, m.province, m.title) == (
        "bai_viet", "UBND tỉnh Nam Định", "Nam Định", "Đề án khuyến công địa phương năm 2018")


@pytest.mark.parametrize(
    ("site_block", "signature", "signer"),
    [
        # a site's metadata block written as text, two fields a line
        ("Số hiệu: 186/QĐ-UBND Loại văn bản: Quyết định\nNơi ban hành: Tỉnh An Giang Người ký: Lâm Quang Thi\n",
         "", "Lâm Quang Thi"),
        # ... or one a line, without the colon
        ("Số hiệu 2311/QĐ-UBND\nCơ quan ban hành Tỉnh Quảng Trị\nNgười ký Nguyễn Đức Cường\n", "", "Nguyễn Đức Cường"),
        # the signature block wins
        ("Nơi ban hành: Tỉnh An Giang Người ký: Lâm Quang Thi\n", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Anh Thư\n",
         "Trần Anh Thư"),
        # a "Người ký" inside a sentence is no field
        ("Văn bản do người ký: chưa rõ\n", "", None),
    ],
)
def test_signer_from_a_sites_metadata_block(site_block, signature, signer):
    assert meta(site_block + "\n" + AN_GIANG_HEADER + signature).signer == signer


def test_a_sites_metadata_block_fills_what_the_header_lacks():
    m = meta("- Số hiệu văn bản: 29/2014/QĐ-UBND\n- Loại văn bản: Quyết định\n- Cơ quan ban hành: Tỉnh Đồng Tháp\n"
             "- Ngày ban hành: 02-12-2014\n\nNội dung.")
    assert (m.number, m.doc_type, m.issuer, m.issued_date) == (
        "29/2014/QĐ-UBND", "quyet_dinh", "UBND tỉnh Đồng Tháp", dt.date(2014, 12, 2))


def test_a_news_articles_period_is_its_texts_when_the_headline_has_none():
    doc = extract_text("Đắk Lắk: Khuyến công góp phần phát triển công nghiệp nông thôn\n\nGiai đoạn 2021-2025, tỉnh "
                       "Đắk Lắk đã triển khai 68 đề án khuyến công địa phương, tổng kinh phí khoảng 34 tỷ đồng.")
    m = doc.metadata
    assert (m.doc_type, m.province, m.period_start, m.period_end) == ("bai_viet", "Đắk Lắk", 2021, 2025)


def test_a_reports_issuer_naming_no_province_leaves_it_to_the_text():
    """Tây Ninh: "UBND tỉnh đã ban hành ..." names no province; the first paragraph and the
    plan's title do, and the issuer takes it."""
    doc = extract_text("Sau 10 năm thực hiện Chương trình, bộ mặt nông thôn mới ở Tây Ninh đã thay đổi, với 2.200 km "
                       "đường giao thông.\n\nNgày 24/8/2020 UBND tỉnh đã ban hành Quyết định số 1832/QĐ-UBND về việc phê "
                       "duyệt Chương trình Khuyến công trên địa bàn tỉnh Tây Ninh giai đoạn 2021-2025.")
    m = doc.metadata
    assert (m.doc_type, m.issuer, m.province) == ("bai_viet", "UBND tỉnh Tây Ninh", "Tây Ninh")


@pytest.mark.parametrize(("text", "period"), [
    # Yên Bái 2011: the headline's year, not the next year's plan its prose names
    ("Yên Bái: Kết quả hoạt động khuyến công năm 2011\n\nNăm qua, hoạt động khuyến công của tỉnh Yên Bái đã đạt được "
     "nhiều kết quả, tạo được tiền đề để thực hiện kế hoạch khuyến công năm 2012 hiệu quả hơn.", (2011, 2011)),
    # Khánh Hòa: "báo cáo tổng kết 10 năm (2012 - 2022)" names the period reported on
    ("192 cơ sở công nghiệp nông thôn được hỗ trợ phát triển sản phẩm\n\nNgày 14-7, Sở Công Thương Khánh Hòa có báo "
     "cáo tổng kết 10 năm (2012 - 2022) thực hiện công tác bình chọn, phát triển sản phẩm công nghiệp nông thôn (CNNT) "
     "tiêu biểu.", (2012, 2022)),
    # Hà Tĩnh 2019: the year of the plan whose money its lede reports approved, over a look back after it
    ("Hà Tĩnh: Phát triển công nghiệp nông thôn\n\nTBV - Sở Công Thương Hà Tĩnh cho biết, UBND tỉnh này vừa phê duyệt "
     "hơn 2,7 tỷ đồng kinh phí thực hiện chương trình khuyến công địa phương năm 2019.\nTrong một vài năm trở lại đây, "
     "Hà Tĩnh là địa phương thực hiện chương trình khuyến công quốc gia rất hiệu quả. Giai đoạn 2014 - 2018, tổng kinh "
     "phí hỗ trợ khuyến công của tỉnh là trên 15,5 tỷ đồng.", (2019, 2019)),
    # ... but not from a lede naming other years too
    ("Hà Tĩnh: Phát triển công nghiệp nông thôn\n\nTBV - Sở Công Thương Hà Tĩnh cho biết, giai đoạn 2014 - 2018 tỉnh đã "
     "hỗ trợ 15,5 tỷ đồng, và vừa phê duyệt hơn 2,7 tỷ đồng kinh phí thực hiện chương trình khuyến công địa phương năm "
     "2019.", (2014, 2018)),
])
def test_a_news_reports_period(text, period):
    m = extract_text(text).metadata
    assert (m.doc_type, m.period_start, m.period_end) == ("bai_viet", *period)


# ARIT's lede, and its next sentence (a target of the programme, no period of the report's).
_ARIT_LEDE = ("Thủ tướng Nguyễn Tấn Dũng vừa ký Quyết định phê duyệt Chương trình khuyến công quốc gia đến năm 2012, có "
              "tổng vốn đầu tư 400 tỷ đồng.")
_ARIT_TARGET = ("Với chủ trương phát triển công nghiệp ở khu vực nông thôn, mục tiêu cụ thể của chương trình là đến năm "
                "2010, tỷ trọng công nghiệp nông thôn trong tổng giá trị sản xuất công nghiệp đạt từ 28-30 ...")


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # Vĩnh Long 2023: the lede's year of what is to be done ("sẽ"), the headline naming none
        ("Năm 2023\n\nTrên 4,7 tỷ đồng kinh phí hoạt động khuyến công\n\nCập nhật, 06:40, Thứ Hai, 06/03/2023 (GMT+7)"
         "\n\nTheo Sở Công Thương, năm 2023, hoạt động khuyến công sẽ tập trung hỗ trợ các cơ sở công nghiệp nông thôn "
         "nâng cao năng lực sản xuất gắn với các nội dung của Đề án Tái cơ cấu ngành công thương tỉnh.\n\nKinh phí thực "
         "hiện các hoạt động khuyến công năm 2023 được dự toán trên 4,7 tỷ đồng.", (2023, 2023)),
        # Kinh tế & Đô thị: the national programme it names by its end year, "đến năm 2020"
        ("8.500 tỷ đồng cho hoạt động khuyến công\n\nChia sẻ\n\nKTĐT - Từ nay đến 2020, ngân sách Nhà nước sẽ chi "
         "8.500 tỷ đồng để khuyến khích phát triển công nghiệp - tiểu thủ công nghiệp, tạo thêm việc làm cho người lao "
         "động.\n\nKinh phí này tăng hơn 10 lần so với kinh phí khuyến công trong năm 2007 - 2012. Đề xuất trên được Bộ "
         "Công Thương đưa ra tại Dự thảo Quyết định Phê duyệt Chương trình Khuyến công quốc gia đến năm 2020.",
         (None, 2020)),
        # ARIT: the programme its lede names; the programme's target "đến năm 2010" is no period
        (f"Khuyến công quốc gia\n{_ARIT_LEDE}\n{_ARIT_TARGET}", (None, 2012)),
        (f"Khuyến công quốc gia\n{_ARIT_TARGET}", (None, None)),
        # a lede's year of what was done is no plan's
        ("Hơn 10 tỷ đồng khuyến công\n\nSở Công thương tỉnh Lâm Đồng cho biết, trong năm 2017, tỉnh Lâm Đồng đã triển "
         "khai thực hiện 65 đề án với tổng kinh phí ước thực hiện trên 10 tỷ đồng.", (None, None)),
        ("Trên 9 tỷ đồng dành cho khuyến công\n\nNăm 2017, trung tâm được giao 1 tỷ đồng kinh phí khuyến công địa "
         "phương.", (None, None)),
        # nor the months of a year under a headline (Thăng Bình, 2013)
        ("Đào tạo nghề cho 270 lao động nông thôn\n\nTrong 6 tháng đầu năm 2013, huyện Thăng Bình đã phối hợp với các "
         "trường dạy nghề mở 2 lớp đào tạo nghề phi nông nghiệp cho lao động nông thôn.", (None, None)),
        # Lâm Đồng news: the year of the programme the lede names
        ("18-4-2019, 7:31 GMT+7\n\nTrên 9 tỷ đồng dành cho khuyến công\n\n Thông tin từ Sở Công thương cho biết, UBND "
         "tỉnh Lâm Đồng vừa cấp cho hoạt động khuyến công năm 2019 số tiền trên 9 tỷ đồng. ", (2019, 2019)),
        # Bắc Ninh (Tạp chí Công Thương): a span after "từ" without "năm" (the period was null)
        ("Khuyến công Bắc Ninh, góp phần vào sự phát triển của các doanh nghiệp\n\nTrong 10 năm từ 2004 – 2014, tổng "
         "kinh phí dành cho hoạt động khuyến công tại Bắc Ninh là 29.290.000.000 đồng.", (2004, 2014)),
        # ... as after "Từ" before a comma (a lede's span)
        ("Khuyến công tiếp sức cho cơ sở sản xuất\n\nTừ 2016 đến 2020, tỉnh đã hỗ trợ 50 cơ sở ứng dụng máy móc.",
         (2016, 2020)),
        # ... but a count's range after "từ" is no span of years
        ("Khuyến công tiếp sức cho cơ sở sản xuất nông thôn\n\nHiện nay, cơ sở sản xuất từ 2000 - 2015 sản phẩm mây tre "
         "mỗi tháng. Năm 2024, Trung tâm Khuyến công tỉnh sẽ hỗ trợ 5 cơ sở.", (2024, 2024)),
        # Hưng Yên news: the lede's "Từ nay đến năm 2010" is the horizon of what the province will do
        ("Hưng Yên: Đầu tư hơn 10 tỷ đồng khuyến khích phát triển công nghiệp nông thôn\n\nTừ nay đến năm 2010, Hưng "
         "Yên sẽ hỗ trợ 10,6 tỷ đồng phát triển công nghiệp nông thôn.", (None, 2010)),
    ],
)
def test_a_news_reports_period_from_its_lede_or_the_programme_it_names(text, period):
    m = extract_text(text).metadata
    assert (m.doc_type, (m.period_start, m.period_end)) == ("bai_viet", period)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # Cần Thơ's five years: the span its second sentence names
        ("Năm 2009, hoạt động khuyến công được HĐND, UBND và lãnh đạo Sở Công Thương Cần Thơ đặc biệt quan tâm. Từ "
         "năm 2005 đến 2009 tổng kinh phí ngân sách hỗ trợ thực hiện đề án khuyến công là 1.332,474 triệu đồng.",
         (2005, 2009)),
        # Bắc Ninh's ten years (Tạp chí Công Thương): "từ" and the years, no "năm" (the period was null)
        ("Sau đây là số liệu của Sở Công Thương. Trong 10 năm từ 2004 – 2014, tổng kinh phí dành cho hoạt động khuyến "
         "công tại Bắc Ninh là 29.290.000.000 đồng.", (2004, 2014)),
        # Bạc Liêu (arit): a span to the end of a year ("đến cuối năm 2012"; the period was null)
        ("Theo Báo cáo của Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Bạc Liêu (Trung tâm), tính từ năm "
         "2009 đến cuối năm 2012 bằng nguồn kinh phí khuyến công quốc gia Trung tâm đã triển khai hỗ trợ kinh phí xây "
         "dựng mô hình trình diễn kỹ thuật và ứng dụng máy móc thiết bị tiên tiến hiện đại trong sản xuất cho 8 doanh "
         "nghiệp thuộc các lĩnh vực: chế biến thủy sản, chế biến muối thực phẩm, xay xát lúa gạo, cơ khí…, với số tiền "
         "610 triệu đồng; hỗ trợ lập quy hoạch chi tiết 2 cụm công nghiệp với số tiền 480 triệu đồng.", (2009, 2012)),
        # Quảng Ngãi's half year: the year of the months it opens with
        ("Tính đến hết 6 tháng đầu năm 2014, ước thực hiện 500 triệu đồng, đạt 100% kế hoạch năm. Đây là năm đầu tiên "
         "Khuyến công Quảng Ngãi tham gia thực hiện Chương trình khuyến công quốc gia.", (2014, 2014)),
        # Cần Thơ's programme to 2020, opening the text: its end, not the later "Giai đoạn 2018-2020" of its parts
        ("Theo đó, đến năm 2020 Chương trình khuyến công thành phố hướng tới mục tiêu huy động mọi nguồn lực trong và "
         "ngoài tỉnh tham gia hoặc hỗ trợ các tổ chức, cá nhân đầu tư sản xuất công nghiệp - tiểu thủ công nghiệp "
         "(CN-TTCN) và các dịch vụ khuyến công.\nCụ thể, năm 2017 chương trình khuyến công thành phố Cần Thơ triển khai"
         " thực hiện đào tạo tập huấn nâng cao tay nghề tiểu thủ công nghiệp cho khoảng 140 lao động cho các cơ sở công "
         "nghiệp nông thôn (CNNT).\nGiai đoạn 2018-2020, triển khai thực hiện đào tạo nghề cho 490 lao động theo nhu "
         "cầu của các cơ sở CN-TTCN.", (None, 2020)),
        # months later in the text frame no report: the plan's year it opens with does (Đắk Lắk, 2019)
        ("Với mục tiêu phấn đấu thực hiện hoàn thành 100% các đề án KCQG và KCĐP đã được giao; Đảm bảo xây dựng kế "
         "hoạch khuyến công năm 2020 đúng thời hạn, có chất lượng; các địa phương tập trung xây dựng các đề án nhóm, "
         "phấn đấu xây dựng được đề án điểm. Từ kết quả thực hiện năm 2018 và 7 tháng đầu năm 2019, tại Hội nghị "
         "Khuyến công các tỉnh thành phố Khu vực Miền Trung - Tây Nguyên lần thứ X năm 2019 đã đề ra các giải pháp.",
         (2020, 2020)),
        # Tây Ninh news: "trong 5 năm qua (2005- 2010)", the years in brackets after "N năm qua"
        ("- Theo Sở Công thương tỉnh Tây Ninh, trong 5 năm qua (2005- 2010), Chương trình Khuyến công của tỉnh đã tập "
         "trung vào các công việc xây dựng hệ thống thông tin, tổ chức tư vấn, đào tạo nghề và hỗ trợ các doanh "
         "nghiệp, bước đầu tạo được sự chuyển biến trong một số khu vực nông thôn và một số doanh nghiệp sản xuất "
         "công nghiệp.",
         (2005, 2010)),
        # ... and without the brackets (Đại Từ news)
        (
         "Cụ thể, trong 2 năm 2016-2017, trên địa bàn huyện có 7 dự án khuyến công được phê duyệt, tổng kinh "
         "phí hỗ trợ đạt 995 triệu đồng. Trong đó, Chương trình khuyến công Quốc gia hỗ trợ 2 dự án với số "
         "tiền 395 triệu đồng; Chương trình khuyến công địa phương hỗ trợ 5 dự án với tổng số tiền 600 triệu "
         "đồng. Các dự án được hỗ trợ khuyến công chủ yếu đó là hỗ trợ dây chuyền, ứng dụng khoa học công nghệ"
         " trong chế biến chè, sản xuất gạch không nung, sản xuất và gia công đồ gỗ. Các đơn vị được hỗ trợ "
         "như: Hợp tác xã Chè an toàn Đại Phú, xã Phú Lạc; Công ty TNHH Song Vũ Minh thế, xã Tiên Hội; Công ty"
         " TNHH Một thành viên Thương mại Hùng Thái, thị trấn Hùng Sơn…",
         (2016, 2017)),
    ],
)
def test_a_text_without_a_headline_takes_the_period_it_opens_with(text, period):
    m = extract_text(text).metadata
    assert (m.doc_type, (m.period_start, m.period_end)) == ("khac", period)


def test_until_plan_equals_the_plain_search():
    odd = [_ARIT_LEDE, _ARIT_TARGET, "Chương trình đến năm 2020", "Đề án A; B đến năm 2020. Kế hoạch C D đến năm 2025",
           "Kế hoạch\nA đến năm 2020 Chương trình B đến năm 20201", "Chương trình là đến năm 2015"]
    for text in odd + [corpus_text(path) for path in CORPUS_FILES]:
        plain, found = metadata._UNTIL_PLAN.search(text), metadata.until_plan(text)
        assert (found and (found.span(), found.groups())) == (plain and (plain.span(), plain.groups())), text[:80]


def test_a_number_line_wrapped_after_its_colon():
    """A hard-wrapped copy: "Số:" ends its line, the number starts the next; the number is the
    document's, not a citation of itself."""
    doc = extract_text("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "Độc lập - Tự do - Hạnh phúc\n---------------\nSố:\n09/2021/QĐ-UBND\nGia Lai, ngày 29\n"
                       "tháng 04 năm 2021\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH MỨC CHI HỖ TRỢ HOẠT ĐỘNG KHUYẾN CÔNG\n"
                       "ỦY BAN NHÂN DÂN TỈNH GIA LAI\nCăn cứ Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ "
                       "về khuyến công;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định.\n")
    assert (doc.metadata.number, doc.doc_id) == ("09/2021/QĐ-UBND", "gia-lai_09-2021-qd-ubnd_2021")
    assert [c.number for c in doc.citations] == ["45/2012/NĐ-CP"]


# Bến Tre's department site: its contact block (bullets, an e-mail address, phone numbers)
# above the headline, which the page repeats under a caption.
BEN_TRE_CONTACTS = (
    "• EMAIL:\n    sct@bentre.gov.vn\n  • ĐIỆN THOẠI:\n    0275.3822 365- 3822 251\n  • ĐƠN VỊ TRỰC THUỘC:\n"
    "    Trung tâm Khuyến công & Xúc tiến thương mại\n    0275.6281888 - 0275.3822403\n"
    "Tỉnh Bến Tre được giao kế hoạch kinh phí khuyến công quốc gia năm 2020\n"
    "Ảnh: Hỗ trợ phát triển các sản phẩm từ dừa là mục tiêu hướng đến của đề án KCQG điểm của tỉnh giai đoạn "
    "2019 – 2020 (nguồn: QLCN)\n\nTỉnh Bến Tre được giao kế hoạch kinh phí khuyến công quốc gia năm 2020\n\n"
    "(Cập nhật: 12/05/2020)\nNgày 27/12/2019, Bộ Công Thương đã phê duyệt Quyết định 3872/QĐ-BCT về việc giao kế "
    "hoạch kinh phí khuyến công quốc gia năm 2020.\n"
)


HAI_DUONG_2021 = (
    "Thứ sáu, ngày 8/12/2023\n\nKhuyến công tỉnh Hải Dương: 16 cơ sở được hỗ trợ khuyến công với tổng kinh phí 3,67 tỷ "
    "đồng.\n\nThứ Hai 27/12/2021 07:49\n\nNăm 2021, từ nguồn khuyến công địa phương có 11 cơ sở công nghiệp nông thôn ở "
    "các huyện được hỗ trợ ứng dụng máy móc, thiết bị tiên tiến trong dây chuyền sản xuất với tổng kinh phí 1,8 tỷ đồng. "
    "Từ nguồn kinh phí khuyến công Quốc Gia, Trung tâm Khuyến công đã hỗ trợ 5 cơ sở với tổng kinh phí 1,65 tỷ đồng.\n")


@pytest.mark.parametrize(
    ("text", "title", "province"),
    [
        # A page's date line under the headline, anywhere in a short line.
        ("Triển khai 13 đề án khuyến công trị giá 1,2 tỉ đồng\nThời sự - Ngày đăng : 08:22, 04/05/2011\n"
         "Năm 2011, tỉnh Đắk Nông triển khai 13 đề án khuyến công với tổng kinh phí 1,2 tỉ đồng, trong đó có "
         "3 đề án khuyến công quốc gia.", "Triển khai 13 đề án khuyến công trị giá 1,2 tỉ đồng", "Đắk Nông"),
        # A credited photo caption under it, then a paragraph opening with a date.
        ("Vĩnh Long: Hỗ trợ phát triển công nghiệp nông thôn giai đoạn 2026-2030\n"
         "Cơ sở sản xuất chỉ sơ dừa ở huyện Mỏ Cày. Ảnh: TÍN HUY\nNgày 3-1, Trung tâm Khuyến công tỉnh Vĩnh Long "
         "cho biết, tổng nguồn vốn thực hiện chương trình là 375,6 tỷ đồng.",
         "Vĩnh Long: Hỗ trợ phát triển công nghiệp nông thôn giai đoạn 2026-2030", "Vĩnh Long"),
        # Long An's site: its language bar, then the date line, over the headline.
        ("Tiếng Việt | English\n\n08/11/2018 - 21:37\n\nKinh phí khuyến công hỗ trợ hộ sản xuất bánh tráng trộn bằng "
         "máy trộn ngang\n\nTrung tâm Khuyến công vừa phối hợp Phòng Kinh tế TP.Tân An, tỉnh Long An, hộ kinh doanh "
         "bánh tráng trộn Cô Út trình diễn và nghiệm thu đề án “Hỗ trợ ứng dụng máy trộn ngang trong sản xuất bánh "
         "tráng trộn”.", "Kinh phí khuyến công hỗ trợ hộ sản xuất bánh tráng trộn bằng máy trộn ngang", "Long An"),
        (BEN_TRE_CONTACTS, "Tỉnh Bến Tre được giao kế hoạch kinh phí khuyến công quốc gia năm 2020", "Bến Tre"),
        # Hải Dương's paper closes its headline with a full stop: the date line under it shows it is one
        (HAI_DUONG_2021, "Khuyến công tỉnh Hải Dương: 16 cơ sở được hỗ trợ khuyến công với tổng kinh phí 3,67 tỷ đồng",
         "Hải Dương"),
    ],
)
def test_news_headline_past_date_lines_and_captions(text, title, province):
    m = extract_text(text).metadata
    assert (m.doc_type, m.title, m.province) == ("bai_viet", title, province)



def test_a_headline_with_a_full_stop_over_a_date_line_splits_into_the_bodys_counts():
    """The headline's 16 cơ sở are the body's 11 and 5 (the page was no news report, and 32 firms were summed); a
    line with a full stop over no date line is no headline."""
    doc = extract_text(HAI_DUONG_2021)
    assert [(t.value, t.part_of) for t in doc.targets] == [(16, None), (11, 0), (5, 0)]
    assert extract_text(HAI_DUONG_2021.replace("Thứ Hai 27/12/2021 07:49\n\n", "")).metadata.doc_type == "khac"


def test_a_headline_under_a_contact_block_gives_the_period():
    """The headline's "năm 2020", not the caption's "giai đoạn 2019 – 2020"."""
    m = extract_text(BEN_TRE_CONTACTS).metadata
    assert (m.period_start, m.period_end) == (2020, 2020)


@pytest.mark.parametrize(
    ("line", "passed"),
    [
        ("Tiếng Việt | English", True),
        ("• ĐƠN VỊ TRỰC THUỘC:", True),
        ("0275.3822 365- 3822 251", True),
        ("Trung tâm Khuyến công & Xúc tiến thương mại 0275.6281888 - 0275.3822403", True),
        ("Kinh phí khuyến công hỗ trợ hộ sản xuất bánh tráng trộn bằng máy trộn ngang", False),
        ("Ninh Bình: Hỗ trợ 14,3 tỷ đồng phát triển ngành nghề", False),
    ],
)
def test_site_chrome_above_a_headline_is_passed_over(line, passed):
    assert metadata.passed_over(line) is passed


def test_a_document_without_a_title_takes_no_period_from_its_preamble():
    """A web copy that lost its title: the period of a circular its preamble cites is not its own."""
    doc = extract_text("ỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nSố: 25/2022/QĐ-UBND |\n"
                       "Thái Nguyên, ngày 27 tháng 11 năm 2022 |\nỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN\n"
                       "Căn cứ Thông tư số 15/2022/TT-BTC ngày 04/3/2022 của Bộ trưởng Bộ Tài chính quy định quản lý "
                       "kinh phí thực hiện Chương trình mục tiêu quốc gia giai đoạn 2021-2030;\nQUYẾT ĐỊNH:\n"
                       "Điều 1. Ban hành Quy định mức hỗ trợ.\n")
    assert (doc.metadata.period_start, doc.metadata.period_end) == (None, None)


def test_a_decision_that_lost_its_issuer_lines_takes_the_titles_province():
    """An Giang's decision without "ỦY BAN NHÂN DÂN" over "TỈNH AN GIANG" and without the
    issuer line under its title (a web copy's lost lines): no issuer is read, but the title
    names the province, and the document id is built from it."""
    source = corpus_text(AN_GIANG)
    assert source.startswith("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n")
    variant = source.removeprefix("ỦY BAN NHÂN DÂN\n").replace("2021 -2025\nỦY BAN NHÂN DÂN TỈNH AN GIANG\n", "2021 -2025\n")
    doc = extract_text(variant)
    assert (doc.metadata.issuer, doc.metadata.province) == (None, "An Giang")
    assert doc.doc_id == "an-giang_2080-qd-ubnd_2022"


@pytest.mark.parametrize(
    ("text", "province"),
    [
        # prose about one province, named twice and never in a headline or title
        ("Năm 2013, UBND tỉnh Ninh Bình đã phê duyệt kế hoạch kinh phí khuyến công địa phương là 2 tỷ đồng. "
         "Trung tâm Khuyến công Ninh Bình đã phối hợp với các phòng Công thương lựa chọn các cơ sở.", "Ninh Bình"),
        # named once only, right after one of its bodies' names: its centre's, its department's
        ("Năm 2013, tỉnh đã phê duyệt kế hoạch kinh phí khuyến công địa phương là 2 tỷ đồng. "
         "Trung tâm Khuyến công Ninh Bình đã phối hợp với các phòng Công thương lựa chọn các cơ sở.", "Ninh Bình"),
        ("Trong 02 ngày 16 và 17/3/2017 Trung tâm Khuyến công và Tư vấn phát triển công nghiệp An Giang đã hỗ trợ "
         "Phòng Kinh tế - Hạ tầng huyện Châu Thành và huyện Tri Tôn tập huấn chính sách khuyến công, với sự tham dự "
         "của hơn 90 học viên.", "An Giang"),
        ("Năm 2009, hoạt động khuyến công được HĐND, UBND và lãnh đạo Sở Công Thương Cần Thơ đặc biệt quan tâm. Từ "
         "năm 2005 đến 2009 tổng kinh phí ngân sách hỗ trợ thực hiện đề án khuyến công là 1.332,474 triệu đồng.",
         "Cần Thơ"),
        # named once as the one whose programme it is (Cần Thơ, 2017-2020), or in a city's abbreviation
        ("Năm 2020, kinh phí thực hiện chương trình khuyến công thành phố Cần Thơ là 3 tỷ đồng, hỗ trợ 20 cơ sở "
         "công nghiệp nông thôn.", "Cần Thơ"),
        ("Cụ thể, năm 2017 Kế hoạch khuyến công địa phương tỉnh Lào Cai triển khai đào tạo nghề cho khoảng 140 lao "
         "động.", "Lào Cai"),
        # or as the one whose khuyến công it names (Bà Rịa - Vũng Tàu, 2016)
        ("Trong những năm vừa qua, khuyến công tỉnh Bà Rịa – Vũng Tàu tập trung hỗ trợ các lĩnh vực mang lại hiệu quả "
         "thiết thực cho doanh nghiệp, thúc đẩy doanh nghiệp phát triển và phù hợp với định hướng phát triển chung của "
         "tỉnh về công nghiệp.", "Bà Rịa - Vũng Tàu"),
        # or as the one carrying out its programme (Nghệ An, 2016: Tạp chí Công nghiệp Tiêu dùng)
        ("Được biết năm 2016 là năm đầu tiên tỉnh Nghệ An triển khai chương trình khuyến công giai đoạn 2016 – 2020.",
         "Nghệ An"),
        ("Năm 2021, tỉnh Nghệ An triển khai thực hiện chương trình khuyến công với 20 đề án.", "Nghệ An"),
        # ... not the one whose way of doing it another learns
        ("Năm 2020, đoàn công tác của tỉnh đã học tập kinh nghiệm về cách thành phố Cần Thơ triển khai chương trình "
         "khuyến công và hỗ trợ 20 cơ sở công nghiệp nông thôn.", None),
        ("Năm 2023, lãnh đạo Sở Công Thương TP.HCM đặc biệt quan tâm đến hoạt động khuyến công.", "Hồ Chí Minh"),
        # the centre a province moved khuyến công into (Lạng Sơn, 2024), its name written with a comma
        ("Qua xem xét, đánh giá, Hội đồng nghiệm thu các đề án khuyến công của Trung tâm Xúc tiến, đầu tư, thương mại "
         "và du lịch tỉnh Lạng Sơn đã thống nhất nghiệm thu Đề án.", "Lạng Sơn"),
        # named once in other words (a venue), or beside another province: no province
        ("Năm 2020, đoàn công tác đã học tập kinh nghiệm thực hiện chương trình khuyến công tại thành phố Cần Thơ "
         "và hỗ trợ 20 cơ sở công nghiệp nông thôn.", None),
        # the province's name as a common word in lower case: peace, not Hòa Bình
        ("Năm 2020, người dân sống trong hòa bình, ổn định; hoạt động khuyến công góp phần giữ gìn hòa bình và "
         "phát triển kinh tế nông thôn.", None),
        ("Năm 2013, UBND tỉnh Ninh Bình đã phê duyệt kế hoạch kinh phí khuyến công là 2 tỷ đồng. Trung tâm "
         "Khuyến công Ninh Bình đã học tập kinh nghiệm của tỉnh Nam Định và tỉnh Ninh Bình.", None),
        # a province ending a firm's name is none the text names (Lạng Sơn news, its products' makers)
        ("– Theo quyết định số 1997/QĐ-BCT ngày 23/8/2021 của Bộ Công Thương về việc công nhận 200 sản phẩm, bộ sản "
         "phẩm công nghiệp nông thôn tiêu biểu (CNNT) cấp quốc gia năm 2021, tỉnh Lạng Sơn có 3 sản phẩm được công "
         "nhận.\n\nCác sản phẩm được công nhận bao gồm: hạt macca sấy nứt vỏ của Công ty Cổ phần Macca & Sachi Lạng Sơn "
         "(thành phố Lạng Sơn); trà Ô Long của Công ty Cổ phần Chè Thái Bình (huyện Đình Lập); bún ngô của cơ sở sản "
         "xuất bún ngô Thuận Anh (huyện Đình Lập).", "Lạng Sơn"),
        # a company's "Công nghệ An Phát" names no Nghệ An beside it (Hà Tĩnh, 2016-2020)
        ("Giai đoạn 2016-2020, Hà Tĩnh có 109 đề án khuyến công được triển khai với tổng kinh phí hỗ trợ là 23.292,2 "
         "triệu đồng.\nCông ty TNHH Khoa học và Công nghệ An Phát (Thạch Hà - Hà Tĩnh) là đơn vị hưởng lợi, được hỗ trợ"
         " 1 tỷ đồng từ nguồn khuyến công quốc gia.", "Hà Tĩnh"),
        # a commune named as a province is the commune's name, not the province's
        ("Năm 2021 là năm thứ 2, chính sách khuyến công địa phương của tỉnh Long An được triển khai theo Quyết định "
         "số 45/2019/QĐ-UBND.\nTrung tâm Khuyến công và Xúc tiến thương mại tỉnh Long An dành trên 910 triệu đồng để "
         "hỗ trợ cho 7 cơ sở.\nCác đơn vị thụ hưởng gồm: hộ kinh doanh Trần Thị Ngọc Lan (ấp Trung Chánh, xã Thái Bình "
         "Trung, huyện Vĩnh Hưng).", "Long An"),
    ],
)
def test_prose_about_one_province_takes_it(text, province):
    m = extract_text(text).metadata
    assert (m.doc_type, m.issuer, m.province) == ("khac", None, province)


def test_a_national_body_names_no_province_however_often_its_text_names_one(corpus_docs):
    """The ministry's directive reported in the news: its issuer is national, whatever
    provinces the text names."""
    assert corpus_docs["bo-cong-thuong_chi-thi-2021_news"].metadata.province is None


def test_a_news_sentence_dating_another_document_gives_no_issued_date():
    """"Trước đó, ngày 06/7/2021, Cục ... có Văn bản ..." is no header's "Place, ngày ...":
    the date is the letter's, not the news report's."""
    doc = extract_text(
        "Hòa Bình phê duyệt các đề án khuyến công địa phương năm 2021\n\n"
        "UBND tỉnh Hòa Bình vừa phê duyệt các đề án khuyến công địa phương năm 2021 với kinh phí 405 triệu đồng.\n\n"
        "Trước đó, ngày 06/7/2021, Cục Công Thương địa phương có Văn bản số 437/CTĐP-QLKC về việc phân bổ kinh phí "
        "khuyến công quốc gia năm 2021.")
    assert doc.metadata.issued_date is None
    assert [(c.number, c.issued_date) for c in doc.citations] == [("437/CTĐP-QLKC", dt.date(2021, 7, 6))]


@pytest.mark.parametrize("place", ["Bà Rịa - Vũng Tàu", "Thừa Thiên - Huế", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh"])
def test_a_header_place_of_several_words_dates_its_document(place):
    m = extract_text(f"ỦY BAN NHÂN DÂN\nSố: 25/2013/QĐ-UBND\n{place}, ngày 24 tháng 6 năm 2013\nQUYẾT ĐỊNH\n"
                     "Về việc ban hành quy định bình chọn sản phẩm\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành.").metadata
    assert m.issued_date == dt.date(2013, 6, 24)


@pytest.mark.parametrize(
    ("written", "province"),
    [("tỉnh Thừa Thiên - Huế tập trung", "Thừa Thiên Huế"), ("Thừa Thiên-Huế", "Thừa Thiên Huế"),
     ("Thừa Thiên Huế", "Thừa Thiên Huế"), ("TP Huế", "Huế"), ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"),
     ("BÀ RỊA – VŨNG TÀU", "Bà Rịa - Vũng Tàu"), ("Bà Rịa – Vũng Tầu", "Bà Rịa - Vũng Tàu"),
     ("Hà Nam - Ninh Bình", "Hà Nam")],
)
def test_a_province_name_with_a_dash_between_its_words(written, province):
    assert find_province(written) == province


@pytest.mark.parametrize(
    ("written", "province"),
    [
        # "Công nghệ" before a name starting with "An": not Nghệ An, the province after it if any
        ("Công ty TNHH Khoa học và Công nghệ An Phát (Thạch Hà - Hà Tĩnh)", "Hà Tĩnh"),
        ("Sở Khoa học và Công nghệ An Giang", "An Giang"),
        ("Trường Cao đẳng Công nghệ An Giang", "An Giang"),
        ("Viện Công nghệ An toàn", None),
        ("hàng thủ công mỹ nghệ An Giang", "An Giang"),
        # the ocean: neither Thái Bình nor Bình Dương
        ("các nền kinh tế khu vực châu Á - Thái Bình Dương", None),
        ("Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương (CPTPP)", None),
        # the province itself, after such words or beside them
        ("Sở Khoa học và Công nghệ Nghệ An", "Nghệ An"),
        ("tỉnh Thái Bình, tỉnh Bình Dương", "Thái Bình"),
    ],
)
def test_a_province_name_inside_a_longer_name_is_none(written, province):
    assert find_province(written) == province


@pytest.mark.parametrize(
    ("written", "province"),
    [
        # a province's name that is a common word, in lower case: none but after its level word
        ("nhân dân sống trong hòa bình, ổn định", None),
        ("khu vực châu Á - thái bình dương", None),
        ("UBND tỉnh hòa bình", "Hòa Bình"),
        ("ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH", "Hòa Bình"),
        ("Sở công thương Bình dương", "Bình Dương"),  # a site's title, its second word in lower case
        # Hồ Chí Minh City abbreviated, however written
        ("Sở Công Thương TP.HCM", "Hồ Chí Minh"),
        ("UBND TPHCM vừa ban hành", "Hồ Chí Minh"),
        ("tại TP. HCM", "Hồ Chí Minh"),
        ("Trường Đại học Bách khoa - ĐHQG-HCM", None),
    ],
)
def test_a_province_name_in_lower_case_or_abbreviated(written, province):
    assert find_province(written) == province


def test_a_2010_report_names_thua_thien_hue_with_a_dash():
    """Named twice, with the city's "truyền thống Huế": the province, not Huế, the city it
    became in 2025."""
    m = extract_text(
        "Từ năm 2010 trở đi, nguồn vốn khuyến công được tỉnh Thừa Thiên - Huế tập trung hỗ trợ phục hồi nhà "
        "trường và đào tạo nghề cho lao động tại các khu công nghiệp.\n\nTỉnh hỗ trợ 100% chi phí khảo sát, thiết "
        "kế trùng tu nhà vườn cho tất cả các đối tượng nhà vườn thuộc danh mục cần phải bảo tồn. Đối với một số nhà "
        "vườn thật sự có giá trị tiêu biểu, mang đậm nét văn hoá nhà vườn truyền thống Huế nhất thiết phải bảo tồn "
        "(số lượng hạn chế 3-5nhà/năm) tuỳ theo điều kiện cụ thể để xét hỗ trợ kinh phí trùng tu, tôn tạo nhà, "
        "nhưng không vượt quá 100 triệu đồng/nhà.").metadata
    assert m.province == "Thừa Thiên Huế"


def test_a_department_page_of_a_plan():
    """A department's page: its print bar is chrome, not a headline; the plan it reports is
    titled up to where the text names the decision that issued it; a long plan name still
    gives its year."""
    m = extract_text(
        "Bản in     Gởi bài viết\n"
        "Triển khai Kế hoạch bình chọn sản phẩm công nghiệp nông thôn tiêu biểu tỉnh Trà Vinh lần thứ V năm 2020\n\n"
        "Sở Công Thương đã trình Ủy ban nhân dân tỉnh ban hành Kế hoạch bình chọn sản phẩm công nghiệp nông thôn "
        "tiêu biểu khu vực miền Trung - Tây Nguyên năm 2020 tại Quyết định số 219/UBND-CNXD ngày 20/01/2020, "
        "giao các sở, ngành tỉnh Trà Vinh phối hợp thực hiện. Sở Công Thương tỉnh Trà Vinh hướng dẫn các huyện.").metadata
    assert (m.doc_type, m.province, m.period_start, m.period_end) == ("bai_viet", "Trà Vinh", 2020, 2020)
    assert m.title == ("Kế hoạch bình chọn sản phẩm công nghiệp nông thôn tiêu biểu khu vực miền Trung - Tây "
                       "Nguyên năm 2020")


def test_signer_under_blank_lines():
    """The space left for the signature: blank lines between the title and the name."""
    text = ("ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN\nSố: 02/2014/QĐ-UBND\nPhan Thiết, ngày 10 tháng 1 năm 2014\nQUYẾT ĐỊNH\n"
            "Về việc ban hành quy định\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành quy định.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\n\n\n"
            "Lê Tiến Phương")
    assert extract_text(text).metadata.signer == "Lê Tiến Phương"


def test_signer_of_a_site_table_whose_rows_open_without_a_pipe():
    """A legal-database copy's table ("Người ký | Nguyễn Văn Tuấn |") names the signer the
    signature block leaves out ("tm. Ủy ban nhân dân |")."""
    text = ("Quyết định 24/2013/QĐ-UBND về Quy định tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu trên địa "
            "bàn tỉnh Nam Định\nSố hiệu | 24/2013/QĐ-UBND |\nNgày ban hành | 28/06/2013 |\nLoại văn bản | Quyết định |\n"
            "Người ký | Nguyễn Văn Tuấn |\nỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH |\nSố: 24/2013/QĐ-UBND |\n"
            "Nam Định, ngày 28 tháng 6 năm 2013 |\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành quy định.\ntm. Ủy ban nhân dân |")
    assert extract_text(text).metadata.signer == "Nguyễn Văn Tuấn"


NAM_DINH_COPY = (  # a legal-database copy that lost the decision's heading and Điều 1
    "Quyết định 24/2013/QĐ-UBND về Quy định tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu trên địa bàn "
    "tỉnh Nam Định\nSố hiệu | 24/2013/QĐ-UBND |\nNgày ban hành | 28/06/2013 |\nNgày có hiệu lực | 08/07/2013 |\n"
    "Loại văn bản | Quyết định |\nCơ quan ban hành | Tỉnh Nam Định |\nNgười ký | Nguyễn Văn Tuấn |\n"
    "Lĩnh vực | Doanh nghiệp,Thương mại,Văn hóa - Xã hội |\nỦY BAN NHÂN\nDÂN |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\n"
    "Số: 24/2013/QĐ-UBND |\nNam Định, ngày 28 tháng 6 năm 2013 |\nỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\n"
    "Căn cứ Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ về khuyến công;\nQUYẾT ĐỊNH:\n"
    "Điều 2. Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký.\n|\ntm. Ủy ban nhân dân |\n"
    "VỀ VIỆC TỔ CHỨC BÌNH CHỌN SẢN PHẨM\nCÔNG NGHIỆP NÔNG THÔN TIÊU BIỂU TRÊN ĐỊA BÀN TỈNH NAM ĐỊNH\n"
    "(Ban hành kèm theo Quyết định số:\n24/2013/QĐ-UBND ngày 28 tháng 6 năm\n2013 của UBND tỉnh)\n"
    "Việc tổ chức bình chọn các sản phẩm công nghiệp nông thôn tiêu biểu nhằm tôn vinh các sản phẩm."
)


def test_a_site_table_whose_rows_lost_their_leading_pipe_is_chrome():
    """Its rows are read as hints and dropped with the page title above them; a header
    cell ("DÂN |") is no row of it."""
    result = normalise(NAM_DINH_COPY)
    assert result.hints["title"].startswith("Quyết định 24/2013/QĐ-UBND về Quy định tổ chức bình chọn")
    assert (result.hints["number"], result.hints["signer"]) == ("24/2013/QĐ-UBND", "Nguyễn Văn Tuấn")
    assert result.text.text.startswith("ỦY BAN NHÂN\nDÂN") and "Số hiệu" not in result.text.text


HIEULUAT_COPY = (  # a legal database's page: its cells run together, an older ministry decision's header
    "hieuluat\n\nQuyết định 07/2008/QĐ-BCT chỉ tiêu theo dõi, giám sát Chương trình khuyến công Quốc gia đến năm 2012"
    "\n\n  • Thuộc tính văn bản\n\n"
    "    Cơ quan ban hành:Bộ Kế hoạch và Đầu tư, Bộ Công ThươngSố công báo:269&270 - 5/2008\n"
    "    Số hiệu:07/2008/QĐ-BCTNgày đăng công báo:15/05/2008\n"
    "    Loại văn bản:Quyết địnhNgười ký:Vũ Huy Hoàng\n"
    "    Ngày ban hành:07/05/2008Hết hiệu lực:10/02/2013\n"
    "    Áp dụng:30/05/2008Tình trạng hiệu lực:Hết Hiệu lực\n"
    "    Lĩnh vực:Công nghiệp, Chính sách, Thương mại-Quảng cáo\n  • QUYẾT ĐỊNH\n\n    QUYẾT ĐỊNH\n\n"
    "    CỦA BỘ CÔNG THƯƠNG SỐ 07/2008/QĐ-BCT NGÀY 07 THÁNG 05 NĂM 2008\n\n"
    "    BAN HÀNH HỆ THỐNG CHỈ TIÊU THEO DÕI, GIÁM SÁT CHƯƠNG TRÌNH\n\n"
    "    KHUYẾN CÔNG QUỐC GIA ĐẾN NĂM 2012 VÀ HỆ THỐNG TIÊU CHÍ,\n\n"
    "    CHỈ SỐ ĐÁNH GIÁ ĐỀ ÁN, CHƯƠNG TRÌNH KHUYẾN CÔNG\n\n     \n\n    BỘ TRƯỞNG BỘ CÔNG THƯƠNG\n\n"
    "    Căn cứ Nghị định số 134/2004/NĐ-CP ngày 09/6/2004 của Chính phủ về khuyến khích phát triển công nghiệp "
    "nông thôn;\n\n    QUYẾT ĐỊNH:\n\n    Điều 1. Ban hành kèm theo Quyết định này Hệ thống chỉ tiêu theo dõi, giám "
    "sát Chương trình khuyến công Quốc gia đến năm 2012."
)


def test_a_site_table_whose_cells_run_together():
    """Each label runs on from the value before it ("QĐ-BCTNgày đăng công báo:"): the number
    read "07/2008/QĐ-BCTNgàyđăngcôngbáo:15-05-2008", and the table's lines gave a citation
    of "07/2008/QĐ". The issuer, number and date line under the heading is no title."""
    doc = extract_text(HIEULUAT_COPY)
    meta = doc.metadata
    assert (meta.doc_type, meta.number, str(meta.issued_date), meta.signer, meta.issuer) == (
        "quyet_dinh", "07/2008/QĐ-BCT", "2008-05-07", "Vũ Huy Hoàng", "Bộ Công Thương")
    assert meta.title == ("BAN HÀNH HỆ THỐNG CHỈ TIÊU THEO DÕI, GIÁM SÁT CHƯƠNG TRÌNH KHUYẾN CÔNG QUỐC GIA ĐẾN NĂM "
                          "2012 VÀ HỆ THỐNG TIÊU CHÍ, CHỈ SỐ ĐÁNH GIÁ ĐỀ ÁN, CHƯƠNG TRÌNH KHUYẾN CÔNG")
    assert [(c.role, c.number) for c in doc.citations] == [("basis", "134/2004/NĐ-CP")]
    clean = normalise(HIEULUAT_COPY).text.text
    assert "Thuộc tính" not in clean and "Số hiệu" not in clean and "Người ký" not in clean


@pytest.mark.parametrize(("line", "fields"), [
    ("Số hiệu:07/2008/QĐ-BCTNgày đăng công báo:15/05/2008", [("Số hiệu", "07/2008/QĐ-BCT")]),
    ("Loại văn bản:Quyết địnhNgười ký:Vũ Huy Hoàng", [("Loại văn bản", "Quyết định"), ("Người ký", "Vũ Huy Hoàng")]),
    ("Ngày ban hành:07/05/2008Hết hiệu lực:10/02/2013", [("Ngày ban hành", "07/05/2008")]),
    # cells apart, as before
    ("Nơi ban hành: Tỉnh An Giang Người ký: Lâm Quang Thi", [("Nơi ban hành", "Tỉnh An Giang"),
                                                           ("Người ký", "Lâm Quang Thi")]),
])
def test_site_fields_end_at_the_next_label_glued_or_not(line, fields):
    assert [(m["key"], m["value"]) for m in site_fields(line)] == fields


def test_a_site_table_with_its_values_in_cells():
    """A legal database's field table, each value between pipes after its label (luatvietnam's
    page of Decree 45/2012/NĐ-CP): the number read "|45/2012/NĐ-CP|", which joins to nothing, and
    the issuer was lost."""
    page = (
        "Nghị định 45/2012/NĐ-CP về khuyến công\nthuộc tính Nghị định 45/2012/NĐ-CP\nCơ quan ban hành: | Chính phủ |\n"
        "Số hiệu: | 45/2012/NĐ-CP |\nLoại văn bản: | Nghị định |\nNgười ký: | Nguyễn Tấn Dũng |\n"
        "Ngày ban hành: | 21/05/2012 |\nNgày hết hiệu lực: | Đang cập nhật |\nÁp dụng: | |\n"
        "Lĩnh vực: | Công nghiệp, Chính sách |\nTÓM TẮT VĂN BẢN\n")
    meta = extract_text(page).metadata
    assert (meta.number, meta.issuer, meta.signer, meta.issued_date) == (
        "45/2012/NĐ-CP", "Chính phủ", "Nguyễn Tấn Dũng", dt.date(2012, 5, 21))
    # a row opening with a pipe too
    assert meta == extract_text(page.replace("\nNgày ban hành:", "\n| Ngày ban hành:")).metadata


SON_LA_FLAT_HEADER = (  # a legal site's copy: the header's cells on one line, its rules inline
    "ỦY BAN NHÂN DÂN TỈNH SƠN LA ------- Số: 38/2018/QĐ-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
    "Hạnh phúc --------------- Sơn La, ngày 02 tháng 11 năm 2018 |\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ QUẢN LÝ KINH PHÍ VÀ "
    "MỨC CHI CHO CÁC HOẠT ĐỘNG KHUYẾN CÔNG TRÊN ĐỊA BÀN TỈNH SƠN LA\n---------\nỦY BAN NHÂN DÂN TỈNH SƠN LA\nCăn cứ "
    "Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCăn cứ Nghị định số 45/2012/NĐ-CP ngày 21 tháng 5 "
    "năm 2012 của Chính phủ về khuyến công;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế."
)


def test_a_title_opening_with_ve_alone_loses_it():
    """Hồ Chí Minh 504/2015: "VỀ PHÊ DUYỆT ĐỀ CƯƠNG ..." kept its "VỀ", which "VỀ VIỆC" loses."""
    meta = extract_text("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 504/QĐ-UBND\nThành phố Hồ Chí Minh, ngày 03 tháng "
                        "02 năm 2015\nQUYẾT ĐỊNH\nVỀ PHÊ DUYỆT ĐỀ CƯƠNG ĐỀ ÁN PHÁT TRIỂN CÔNG NGHIỆP HỖ TRỢ TRÊN ĐỊA "
                        "BÀN THÀNH PHỐ GIAI ĐOẠN 2015 - 2020\nỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\nCăn cứ Luật Tổ chức "
                        "Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;\nQUYẾT ĐỊNH:\nĐiều 1. Phê "
                        "duyệt.").metadata
    assert meta.title == "PHÊ DUYỆT ĐỀ CƯƠNG ĐỀ ÁN PHÁT TRIỂN CÔNG NGHIỆP HỖ TRỢ TRÊN ĐỊA BÀN THÀNH PHỐ GIAI ĐOẠN 2015 - 2020"


def test_a_header_flattened_onto_one_line():
    """Sơn La 38/2018: number, date and issuer were null, the decision cited itself, its
    grounds were mentions, and the title ended with the rule under it."""
    doc = extract_text(SON_LA_FLAT_HEADER)
    meta = doc.metadata
    assert (meta.number, str(meta.issued_date), meta.issuer, doc.doc_id) == (
        "38/2018/QĐ-UBND", "2018-11-02", "UBND tỉnh Sơn La", "son-la_38-2018-qd-ubnd_2018")
    assert meta.title == ("BAN HÀNH QUY CHẾ QUẢN LÝ KINH PHÍ VÀ MỨC CHI CHO CÁC HOẠT ĐỘNG KHUYẾN CÔNG TRÊN ĐỊA BÀN "
                          "TỈNH SƠN LA")
    assert [(c.role, c.number) for c in doc.citations] == [("basis", None), ("basis", "45/2012/NĐ-CP")]
    clean = normalise(SON_LA_FLAT_HEADER).text
    assert clean.text.startswith("ỦY BAN NHÂN DÂN TỈNH SƠN LA\nSố: 38/2018/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT "
                                 "NAM Độc lập - Tự do - Hạnh phúc\nSơn La, ngày 02 tháng 11 năm 2018\nQUYẾT ĐỊNH\n")
    first_break = clean.text.index("\n")
    assert SON_LA_FLAT_HEADER[slice(*clean.to_source(first_break, first_break + 1))] == " "


_BEN_TRE_TEXT_VIEW = (
    "Chương trình 1231/CTr-SCT năm 2013\n\nNội dung Text: Chương trình 1231/CTr-SCT năm 2013\n\n  1. UBND TỈNH BẾN TRE "
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ CÔNG THƯƠNG Độc lập - Tự do - Hạnh phúc ------- --------------- Số: "
    "1231/CTr-SCT Bến Tre, ngày 24 tháng 09 năm 2013 CHƯƠNG TRÌNH KHUYẾN CÔNG TRÊN ĐỊA BÀN TỈNH BẾN TRE GIAI ĐOẠN "
    "2014-2015 VÀ HƯỚNG ĐẾN NĂM 2020 Phần mở đầu. SỰ CẦN THIẾT VÀ CƠ SỞ PHÁP LÝ I. SỰ CẦN THIẾT CẦN PHẢI XÂY DỰNG "
    "CHƯƠNG TRÌNH Trong thời gian qua, hoạt động khuyến công trên địa bàn tỉnh được triển khai đa dạng, phong phú hơn.")


def test_a_header_a_text_view_flattened_in_reading_order():
    """Bến Tre's programme 1231/CTr-SCT on tailieu.vn: the text view ran its header onto one line
    in reading order (the motto between the issuer's two lines); number, date and title were null
    and the programme cited itself."""
    doc = extract_text(_BEN_TRE_TEXT_VIEW)
    meta = doc.metadata
    assert (meta.number, str(meta.issued_date), meta.title, meta.period_start) == (
        "1231/CTr-SCT", "2013-09-24",
        "CHƯƠNG TRÌNH KHUYẾN CÔNG TRÊN ĐỊA BÀN TỈNH BẾN TRE GIAI ĐOẠN 2014-2015 VÀ HƯỚNG ĐẾN NĂM 2020", 2014)
    assert meta.issuer == "Sở Công Thương Bến Tre"  # the left column's second cell, between the motto's two lines
    assert [c.number for c in doc.citations] == []
    clean = normalise(_BEN_TRE_TEXT_VIEW).text
    assert "\nSố: 1231/CTr-SCT\nBến Tre, ngày 24 tháng 09 năm 2013\nCHƯƠNG TRÌNH KHUYẾN CÔNG" in clean.text
    at = clean.text.index("\nSố: 1231")
    assert _BEN_TRE_TEXT_VIEW[slice(*clean.to_source(at, at + 1))] == " "


def test_a_flattened_decisions_type_and_enacting_body_are_lines_of_their_own():
    """A decision's header flattened in reading order: its type word over its subject, the enacting
    body's line ("ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK") after the title, no part of it."""
    meta = extract_text(
        "UBND TỈNH ĐẮK LẮK CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------- Số: 15/2023/QĐ-UBND "
        "Đắk Lắk, ngày 10 tháng 5 năm 2023 QUYẾT ĐỊNH BAN HÀNH QUY ĐỊNH QUẢN LÝ KINH PHÍ KHUYẾN CÔNG ĐỊA PHƯƠNG ỦY BAN "
        "NHÂN DÂN TỈNH ĐẮK LẮK Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;").metadata
    assert (meta.doc_type, meta.number, meta.issuer, meta.title) == (
        "quyet_dinh", "15/2023/QĐ-UBND", "UBND tỉnh Đắk Lắk", "BAN HÀNH QUY ĐỊNH QUẢN LÝ KINH PHÍ KHUYẾN CÔNG ĐỊA PHƯƠNG")


_FLAT_DAK_LAK = ("UBND TỈNH ĐẮK LẮK CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------- Số: "
                 "15/2023/QĐ-UBND Đắk Lắk, ngày 10 tháng 5 năm 2023 ")


@pytest.mark.parametrize(("header", "title"), [
    # the enacting body's words inside the title end nothing (the title was cut there, or lost)
    ("QUYẾT ĐỊNH VỀ VIỆC PHÂN CẤP CHO ỦY BAN NHÂN DÂN CẤP HUYỆN QUẢN LÝ CỤM CÔNG NGHIỆP ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK",
     "PHÂN CẤP CHO ỦY BAN NHÂN DÂN CẤP HUYỆN QUẢN LÝ CỤM CÔNG NGHIỆP"),
    ("QUYẾT ĐỊNH BAN HÀNH QUY CHẾ PHỐI HỢP GIỮA SỞ CÔNG THƯƠNG VÀ ỦY BAN NHÂN DÂN CÁC HUYỆN TRONG CÔNG TÁC KHUYẾN "
     "CÔNG ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK",
     "BAN HÀNH QUY CHẾ PHỐI HỢP GIỮA SỞ CÔNG THƯƠNG VÀ ỦY BAN NHÂN DÂN CÁC HUYỆN TRONG CÔNG TÁC KHUYẾN CÔNG"),
    # a director's, an abbreviated committee's or a chairman's enacting line is no part of the title either
    ("QUYẾT ĐỊNH VỀ VIỆC GIAO KẾ HOẠCH KHUYẾN CÔNG ĐỊA PHƯƠNG NĂM 2023 GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH ĐẮK LẮK",
     "GIAO KẾ HOẠCH KHUYẾN CÔNG ĐỊA PHƯƠNG NĂM 2023"),
    ("QUYẾT ĐỊNH BAN HÀNH QUY ĐỊNH QUẢN LÝ KINH PHÍ KHUYẾN CÔNG ĐỊA PHƯƠNG UBND TỈNH ĐẮK LẮK",
     "BAN HÀNH QUY ĐỊNH QUẢN LÝ KINH PHÍ KHUYẾN CÔNG ĐỊA PHƯƠNG"),
    ("QUYẾT ĐỊNH VỀ VIỆC KIỆN TOÀN HỘI ĐỒNG TƯ VẤN KHUYẾN CÔNG CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK",
     "KIỆN TOÀN HỘI ĐỒNG TƯ VẤN KHUYẾN CÔNG"),
])
def test_a_flattened_headers_title_ends_at_the_enacting_line_over_the_body(header, title):
    meta = extract_text(_FLAT_DAK_LAK + header + " Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm "
                        "2015;").metadata
    assert meta.title == title


def test_a_flattened_circulars_title_names_a_decree():
    """A circular's title holding a decree's number ("NGHỊ ĐỊNH SỐ 45/2012/NĐ-CP") was no title."""
    meta = extract_text(
        "BỘ CÔNG THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------- Số: 20/2017/TT-BCT Hà "
        "Nội, ngày 29 tháng 9 năm 2017 THÔNG TƯ QUY ĐỊNH CHI TIẾT MỘT SỐ NỘI DUNG CỦA NGHỊ ĐỊNH SỐ 45/2012/NĐ-CP VỀ "
        "KHUYẾN CÔNG Căn cứ Nghị định số 98/2017/NĐ-CP ngày 18 tháng 8 năm 2017;").metadata
    assert meta.title == "QUY ĐỊNH CHI TIẾT MỘT SỐ NỘI DUNG CỦA NGHỊ ĐỊNH SỐ 45/2012/NĐ-CP VỀ KHUYẾN CÔNG"


def test_a_reports_title_year_is_its_period():
    """Bến Tre's report 88/BC-SCT: "BÁO CÁO ... KHUYẾN CÔNG NĂM 2023" reports on 2023 (no period), flattened or
    on lines."""
    flat = extract_text(
        "UBND TỈNH BẾN TRE CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ CÔNG THƯƠNG Độc lập - Tự do - Hạnh phúc ------- Số: "
        "88/BC-SCT Bến Tre, ngày 05 tháng 12 năm 2023 BÁO CÁO KẾT QUẢ THỰC HIỆN CÔNG TÁC KHUYẾN CÔNG NĂM 2023 Năm 2023, "
        "Trung tâm đã triển khai 12 đề án.").metadata
    lines = extract_text(
        "UBND TỈNH BẾN TRE\nSỞ CÔNG THƯƠNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: "
        "88/BC-SCT\nBến Tre, ngày 05 tháng 12 năm 2023\n\nBÁO CÁO KẾT QUẢ THỰC HIỆN CÔNG TÁC KHUYẾN CÔNG NĂM 2023\n\n"
        "Năm 2023, Trung tâm đã thực hiện 10 đề án khuyến công.\n").metadata
    # the report's type heading on a line of its own over the title: the number's code says it is a report
    heading = extract_text(
        "UBND TỈNH BẾN TRE\nSỞ CÔNG THƯƠNG\n\nSố: 88/BC-SCT\nBến Tre, ngày 05 tháng 12 năm 2023\n\nBÁO CÁO\nKẾT QUẢ THỰC "
        "HIỆN CÔNG TÁC KHUYẾN CÔNG NĂM 2023\n\nNăm 2023, Trung tâm đã thực hiện 10 đề án khuyến công.\n").metadata
    for meta in (flat, lines, heading):
        assert (meta.doc_type, meta.number, meta.period_start, meta.period_end) == ("khac", "88/BC-SCT", 2023, 2023)
        assert meta.issuer == "Sở Công Thương Bến Tre"


@pytest.mark.parametrize(("subject", "period"), [
    ("KẾT QUẢ THỰC HIỆN CÔNG TÁC KHUYẾN CÔNG NĂM 2023 VÀ KẾ HOẠCH NĂM 2024", (2023, 2024)),
    ("Kết quả công tác khuyến công năm 2023, phương hướng nhiệm vụ năm 2024", (2023, 2024)),
    ("Tình hình thực hiện năm 2023 và nhiệm vụ trọng tâm năm 2024", (2023, 2024)),
    # a second year that is no next year's, or the same year's second half: the year reported on
    ("Kết quả 6 tháng đầu năm 2023 và nhiệm vụ 6 tháng cuối năm 2023", (2023, 2023)),
])
def test_a_reports_year_and_the_next_years_plan_are_its_period(subject, period):
    """A re-read of Ninh Thuận's report 215/BC-TTKC: "... NĂM 2023 VÀ KẾ HOẠCH NĂM 2024" was the
    plan's 2024 alone, not the year reported on and the year planned."""
    meta = extract_text(
        f"SỞ CÔNG THƯƠNG\nSố: 215/BC-TTKC\nNinh Thuận, ngày 15 tháng 12 năm 2023\nBÁO CÁO\n{subject}\nI. KẾT QUẢ THỰC "
        "HIỆN\nNăm 2023 đã tổ chức 5 lớp đào tạo nghề.\n").metadata
    assert (meta.title, meta.period_start, meta.period_end) == (subject, *period)


def test_a_flattened_reports_year_and_the_next_years_plan_are_its_period():
    meta = extract_text(
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------- Số: 215/BC-TTKC Ninh Thuận, ngày 15 tháng "
        "12 năm 2023 BÁO CÁO KẾT QUẢ THỰC HIỆN CÔNG TÁC KHUYẾN CÔNG NĂM 2023 VÀ KẾ HOẠCH NĂM 2024 Thực hiện Quyết định "
        "số 10/QĐ-UBND, Trung tâm báo cáo như sau:").metadata
    assert (meta.number, meta.period_start, meta.period_end) == ("215/BC-TTKC", 2023, 2024)


def test_a_quoted_title_above_a_dashed_preamble():
    """Quảng Ninh 2005 (a copy that lost its type heading above the title): the header's
    title line in stray quotes was passed over for the annex's heading below the dashed
    preamble."""
    meta = extract_text(
        "UỶ\nBAN NHÂN DÂN |\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 3837/2005/QĐ-UBND |\n"
        "Hạ Long, ngày 13 tháng 10 năm 2005 |\n''VỀ VIỆC BAN HÀNH QUY ĐỊNH QUẢN LÝ, SỬ DỤNG KINH PHÍ KHUYẾN CÔNG\"\n"
        "UỶ BAN NHÂN DÂN TỈNH QUẢNG NINH\n- Căn cứ Luật tổ chức HĐND và UBND ngày 26/11/2003.\n"
        "- Căn cứ Nghị định số 134/2004/NĐ-CP ngày 9/6/2004 của Chính phủ về khuyến khích phát triển công nghiệp "
        "nông thôn;\nQUYẾT ĐỊNH\nĐiều 1: Ban hành kèm theo Quyết định này bản Quy định.\n"
        "QUY ĐỊNH\nQUẢN LÝ, SỬ DỤNG, KINH PHÍ KHUYẾN CÔNG TỈNH QUẢNG NINH\n"
        "(Ban hành kèm theo Quyết định số 3837/2005/QĐ-UBND ngày 13/10/2005 của UBND tỉnh Quảng Ninh)\n").metadata
    assert (meta.number, meta.issuer, meta.title) == (
        "3837/2005/QĐ-UBND", "UBND tỉnh Quảng Ninh", "BAN HÀNH QUY ĐỊNH QUẢN LÝ, SỬ DỤNG KINH PHÍ KHUYẾN CÔNG")


def test_an_annex_heading_below_the_preamble_is_no_title():
    """The title is the site's, without its type and number, not the annex's heading."""
    meta = extract_text(NAM_DINH_COPY).metadata
    assert meta.title == "Quy định tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu trên địa bàn tỉnh Nam Định"
    assert (meta.number, str(meta.issued_date), meta.signer) == ("24/2013/QĐ-UBND", "2013-06-28", "Nguyễn Văn Tuấn")


@pytest.mark.parametrize(
    ("text", "title", "period"),
    [
        # the plan's name ends at a dash before lower-case words, or at "với tổng kinh phí"
        ("Cao Bằng huy động mọi nguồn lực thúc đẩy công nghiệp nông thôn\nUBND tỉnh Cao Bằng phê duyệt Kế hoạch "
         "khuyến công giai đoạn từ năm 2021 đến năm 2025 – với tổng kinh phí 18,246 tỷ đồng, trong đó, kinh phí "
         "khuyến công địa phương 4,446 tỷ đồng.",
         "Kế hoạch khuyến công giai đoạn từ năm 2021 đến năm 2025", (2021, 2025)),
        # the plan approved by a decision the report names
        ("Ngày 21/9/2020 UBND tỉnh Kon Tum ban hành Quyết định số 919/QĐ-UBND về việc phê duyệt Chương trình khuyến "
         "công tỉnh Kon Tum giai đoạn 2021-2025.\n\nTheo đó, Chương trình khuyến công giai đoạn Tỉnh sẽ tập trung vào "
         "các nội dung chủ yếu như: Hỗ trợ xây dựng mô hình thí điểm về áp dụng sản xuất sạch hơn.",
         "Chương trình khuyến công tỉnh Kon Tum giai đoạn 2021-2025", (2021, 2025)),
        ("Hỗ trợ 950 triệu đồng công tác khuyến công địa phương năm 2023\nUBND tỉnh Tuyên Quang đã phê duyệt Kế "
         "hoạch khuyến công địa phương năm 2023 với tổng kinh phí 950 triệu đồng và thực hiện các nội dung theo "
         "chương trình khuyến công tỉnh Tuyên Quang giai đoạn 2021-2025.",
         "Kế hoạch khuyến công địa phương năm 2023", (2023, 2023)),
        # the period after a comma is the name's
        ("Ngày 03/9/2020 UBND tỉnh Lào Cai ban hành Quyết định số 2950/QĐ-UBND về việc ban hành Chương trình khuyến "
         "công tỉnh Lào Cai, giai đoạn năm 2021-2025. Chương trình có tổng kinh phí 117.866 triệu đồng.",
         "Chương trình khuyến công tỉnh Lào Cai, giai đoạn năm 2021-2025", (2021, 2025)),
        # Bắc Giang news: the decision's type misspelt ("Quyết đinh", the stroke of its đ lost)
        ("Phê duyệt Kế hoạch sử dụng kinh phí khuyến công tỉnh Bắc Giang năm 2021\n\nNgày 09/3/2021, UBND tỉnh Bắc "
         "Giang ban hành  Quyết đinh số 427/QĐ-UBND về việc phê duyệt Kế hoạch sử dụng kinh phí khuyến công năm 2021.",
         "Kế hoạch sử dụng kinh phí khuyến công năm 2021", (2021, 2021)),
        # Lào Cai news: the purpose "nhằm" after the name's year is no part of it
        ("Lào Cai dành gần 7,4 tỷ đồng hỗ trợ hoạt động khuyến công năm 2022\n\n- 06:21, 30/11/2021\nUBND tỉnh Lào "
         "Cai vừa ban hành Kế hoạch số 395/KH-UBND về khuyến công năm 2022 nhằm khuyến khích, hỗ trợ các tổ chức, cá "
         "nhân, các thành phần kinh tế tham gia đầu tư, phát triển sản xuất công nghiệp, tiểu thủ công nghiệp.",
         "Kế hoạch số 395/KH-UBND về khuyến công năm 2022", (2022, 2022)),
        # ... its date after its number no part of its name (another page's report of the same plan)
        ("Lào Cai dành gần 7,4 tỷ đồng hỗ trợ hoạt động khuyến công năm 2022\n\nUBND tỉnh Lào Cai vừa ban hành Kế "
         "hoạch số 395/KH-UBND ngày 19/11/2021 về khuyến công trên địa bàn tỉnh năm 2022. Kế hoạch nhằm khuyến khích, "
         "hỗ trợ các tổ chức, cá nhân tham gia đầu tư.",
         "Kế hoạch số 395/KH-UBND về khuyến công trên địa bàn tỉnh năm 2022", (2022, 2022)),
    ],
)
def test_a_reported_plans_title_is_its_name(text, title, period):
    meta = extract_text(text).metadata
    assert (meta.doc_type, meta.title, (meta.period_start, meta.period_end)) == ("bai_viet", title, period)
    assert meta.issuer == f"UBND tỉnh {meta.province}"


def test_a_reported_plan_written_in_lower_case_before_its_number():
    """Bà Rịa - Vũng Tàu news: "kế hoạch 35/KH-UBND" in lower case was no reported plan
    (the text was ``khac`` without title); its name is a title as "Kế hoạch" would give."""
    meta = extract_text(
        "UBND tỉnh vừa ban hành kế hoạch 35/KH-UBND về việc tổ chức bình chọn sản phẩm công nghiệp nông thôn (CNNT) "
        "tiêu biểu trên địa bàn tỉnh năm 2022.\n\nTheo đó, sản phẩm tham gia bình chọn là một sản phẩm hoặc một bộ "
        "sản phẩm công nghiệp, tiểu thủ công nghiệp do chính cơ sở CNNT sản xuất.").metadata
    assert (meta.doc_type, meta.issuer, meta.title) == ("bai_viet", "UBND tỉnh", (
        "Kế hoạch 35/KH-UBND về việc tổ chức bình chọn sản phẩm công nghiệp nông thôn (CNNT) tiêu biểu trên địa bàn "
        "tỉnh năm 2022"))


@pytest.mark.parametrize("text", [
    # lower case without a number: a plan spoken of, not one named
    "UBND tỉnh vừa ban hành kế hoạch tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu năm 2022.",
    "Các huyện đã phê duyệt kế hoạch 2022 của mình.",
])
def test_a_plan_in_lower_case_without_its_number_is_no_reported_plan(text):
    assert extract_text(text).metadata.doc_type == "khac"


@pytest.mark.parametrize(("page", "title"), [
    # Đồng Tháp district portal: three lines of the portal above the headline
    ("Xuất bản thông tin\n\nnull Tổng kết bình chọn sản phẩm công nghiệp nông thôn tiêu biểu năm 2020\n\nChi tiết bài "
     "viết Tin tức\n\nTổng kết bình chọn sản phẩm công nghiệp nông thôn tiêu biểu năm 2020\n\nNgày 04-12-2020, Phòng "
     "Kinh tế - Hạ tầng huyện Tam Nông tổ chức hội nghị tổng kết bình chọn sản phẩm công nghiệp nông thôn tiêu biểu "
     "huyện năm 2020.", "Tổng kết bình chọn sản phẩm công nghiệp nông thôn tiêu biểu năm 2020"),
    # a magazine's contact line (it also counted as damaged text) and a tag label
    ("Thứ hai 23/02/2026 04:09Thứ hai 23/02/2026 04:09 Hotline: 0326.050.977Hotline: 0326.050.977 Email: "
     "toasoan@tapchihuucovietnam.vnEmail: [email protected]\n\nTag\n\nNâng cao hiệu quả hoạt động khuyến công trong "
     "phát triển kinh tế xã hội của địa phương\n\nTrong những năm qua, hoạt động khuyến công trên địa bàn tỉnh đã góp "
     "phần quan trọng vào phát triển công nghiệp nông thôn, tạo việc làm cho hàng nghìn lao động.",
     "Nâng cao hiệu quả hoạt động khuyến công trong phát triển kinh tế xã hội của địa phương"),
    # Bình Định portal, 2024: the font-size and contrast bar (the page was khac, its 60 products counted twice)
    ("|\n  • :\n  • :\nA- A A+ | Tăng tương phản Giảm tương phản\n\nCông nhận 60 sản phẩm công nghiệp nông thôn "
     "tiêu biểu tỉnh Bình Định lần thứ 8 - năm 2024\n\n(BĐ) - Phó Chủ tịch UBND tỉnh Nguyễn Tự Công Hoàng đã ký ban "
     "hành Quyết định về việc công nhận 60 sản phẩm công nghiệp nông thôn tiêu biểu tỉnh Bình Định lần thứ 8 - năm "
     "2024.", "Công nhận 60 sản phẩm công nghiệp nông thôn tiêu biểu tỉnh Bình Định lần thứ 8 - năm 2024"),
])
def test_portal_lines_above_a_headline_are_chrome(page, title):
    doc = extract_text(page)
    assert (doc.metadata.doc_type, doc.metadata.title) == ("bai_viet", title)
    assert [w.code for w in doc.warnings if w.code == "damaged_text"] == []


_LEDE = ("Năm qua, Trung tâm Khuyến công tỉnh đã triển khai 21 đề án, tập trung vào đào tạo nghề, trình diễn mô hình kỹ "
         "thuật và phát triển sản phẩm công nghiệp nông thôn tiêu biểu.")


@pytest.mark.parametrize(("page", "title"), [
    # Hà Giang: a section label in capitals over the headline, a page stamp under it (they were
    # joined into one title)
    ("VĂN HÓA XÃ HỘI - PHONG TỤC TẬP QUÁN\nKhuyến công Hà Giang: Đào tạo nghề là ưu tiên hàng đầu\n(Ngày đăng: "
     "22/03/2012   Lượt xem: 856)\n" + _LEDE, "Khuyến công Hà Giang: Đào tạo nghề là ưu tiên hàng đầu"),
    # Thừa Thiên Huế: a short section label over the date line and the headline (the page was khac)
    ("Kinh tế Xây dựng - Giao thông\n\n21/05/2015 - 18:41\n\nTrên 1 tỷ đồng khôi phục và phát triển nghề, làng nghề "
     "truyền thống\n\n" + _LEDE, "Trên 1 tỷ đồng khôi phục và phát triển nghề, làng nghề truyền thống"),
    # Lai Châu: a headline over its sub-heading (they were joined)
    ("Lai Châu đẩy mạnh khuyến công và phát triển công nghiệp chế biến theo hướng bền vững\nNghị quyết 18/2025/NQ-HĐND: "
     "Cú hích cho công nghiệp nông thôn\n" + _LEDE,
     "Lai Châu đẩy mạnh khuyến công và phát triển công nghiệp chế biến theo hướng bền vững"),
])
def test_a_headline_between_a_label_or_over_a_sub_heading(page, title):
    meta = extract_text(page).metadata
    assert (meta.doc_type, meta.title) == ("bai_viet", title)


def test_a_cited_decisions_full_date_is_no_plan_year():
    """Phú Thọ news: "Chương trình khuyến công Quốc gia theo Quyết định 136/2007/QĐ-TTg, ngày 20
    tháng 8 năm 2007" gave the article the period 2007-2007."""
    meta = extract_text(
        "Phú Thọ: Đề án 136 góp phần thúc đẩy phát triển công nghiệp nông thôn\n\nSau 5 năm thực hiện Chương trình "
        "khuyến công Quốc gia theo Quyết định 136/2007/QĐ-TTg, ngày 20 tháng 8 năm 2007 của Thủ tướng Chính phủ, công "
        "nghiệp nông thôn của tỉnh đã có nhiều chuyển biến.").metadata
    assert (meta.doc_type, meta.period_start, meta.period_end) == ("bai_viet", None, None)


def test_a_reported_plans_decision_dated_between_commas():
    """Lạng Sơn news: "... Quyết định số 965/QĐ-UBND, ngày 12/5/2021, phê duyệt Chương trình ..."
    was no reported plan (the text was khac without a title)."""
    meta = extract_text(
        "Phê duyệt Chương trình khuyến công tỉnh Lạng Sơn giai đoạn 2021 - 2025\n\nUBND tỉnh vừa ban hành Quyết định số "
        "965/QĐ-UBND, ngày 12/5/2021, phê duyệt Chương trình khuyến công tỉnh Lạng Sơn giai đoạn 2021-2025.").metadata
    assert (meta.doc_type, meta.title, meta.issuer) == (
        "bai_viet", "Chương trình khuyến công tỉnh Lạng Sơn giai đoạn 2021-2025", "UBND tỉnh Lạng Sơn")


def test_a_province_named_with_its_capital_city():
    """Thừa Thiên Huế news: "TP Huế", since 2025 a province-level city of its own, counted as a
    second province."""
    text = ("Trung tâm Khuyến công và Xúc tiến thương mại - Sở Công Thương Thừa Thiên Huế đã hỗ trợ nhiều doanh nghiệp. "
            "Năm 2013, tỉnh Thừa Thiên Huế có 30 đề án khuyến công được triển khai tại các huyện, thị xã và TP Huế.")
    assert extract_text(text).metadata.province == "Thừa Thiên Huế"


def test_a_reported_plans_provincial_issuer_takes_the_province():
    """Đồng Nai news: "UBND tỉnh vừa ban hành Kế hoạch khuyến công trên địa bàn Đồng Nai" was
    issued by a bare "UBND tỉnh", the province known from the plan's name; the bracket giving
    the plan's number and date is no part of its name."""
    meta = extract_text(
        "(ĐN)- UBND tỉnh vừa ban hành Kế hoạch khuyến công trên địa bàn Đồng Nai năm 2020 (Kế hoạch 2557 ngày "
        "6-3-2020).\nTheo đó, mục tiêu cụ thể là nhằm đạt giá trị sản xuất công nghiệp nông thôn (CNNT) của toàn tỉnh "
        "trên 66 ngàn tỷ đồng, tăng 5,8% so với năm 2019.").metadata
    assert (meta.doc_type, meta.issuer, meta.province) == ("bai_viet", "UBND tỉnh Đồng Nai", "Đồng Nai")
    assert (meta.title, meta.period_start, meta.period_end) == (
        "Kế hoạch khuyến công trên địa bàn Đồng Nai năm 2020", 2020, 2020)


def test_a_reported_decision_without_its_number_that_carries_a_programme_out():
    """Đắk Nông news, 2020: "UBND tỉnh Đắk Nông vừa ban hành quyết định thực hiện Chương trình
    khuyến công ..." reports the programme (its issuer and title were not read without the
    decision's number)."""
    meta = extract_text(
        "Gần 71,2 tỷ đồng thực hiện Chương trình khuyến công giai đoạn 2021 - 2025\n\nCập nhật ngày: 15/09/2020 | 09:57 "
        "GMT+7\nỨNG DỤNG ĐỌC BÁO TỰ ĐỘNG\nÂm thanh\nCHỌN GIỌNG ĐỌC\n\nUBND tỉnh Đắk Nông vừa ban hành quyết định thực "
        "hiện Chương trình khuyến công giai đoạn 2021-2025 trên địa bàn tỉnh.\n\nTheo đó, tổng kinh phí thực hiện "
        "Chương trình khuyến công toàn tỉnh Đắk Nông, giai đoạn 2021-2025 là 71,2 tỷ đồng.").metadata
    assert (meta.doc_type, meta.issuer, meta.province, meta.title, meta.period_start, meta.period_end) == (
        "bai_viet", "UBND tỉnh Đắk Nông", "Đắk Nông", "Chương trình khuyến công giai đoạn 2021-2025 trên địa bàn tỉnh",
        2021, 2025)


@pytest.mark.parametrize(("text", "province"), [
    # Tây Ninh news without its headline: its People's Committee named once, no other province
    ("Theo đó, UBND tỉnh Tây Ninh yêu cầu các sở, ban, ngành, đơn vị liên quan và UBND các xã, phường căn cứ chức "
     "năng, nhiệm vụ được giao, tập trung tổ chức thực hiện hiệu quả các nội dung trọng tâm.\n\nĐồng thời, xây dựng "
     "và trình UBND tỉnh phê duyệt Chương trình khuyến công địa phương giai đoạn 2026–2030.", "Tây Ninh"),
    ("UBND tỉnh Nghệ An đã hỗ trợ cho 64 đề án khuyến công trên địa bàn tỉnh, với tổng kinh phí 3,839 tỷ đồng trong "
     "năm nay.", "Nghệ An"),
    # its name with a dash between its words
    ("Theo đó, UBND tỉnh Bà Rịa-Vũng Tàu yêu cầu các sở, ngành tập trung hỗ trợ các cơ sở công nghiệp nông thôn ứng "
     "dụng máy móc, thiết bị tiên tiến.", "Bà Rịa - Vũng Tàu"),
    # a province named once in passing stays unread (the contract's "twice")
    ("Năm 2020, các đề án khuyến công được triển khai tại Hòa Bình với tổng kinh phí 3,8 tỷ đồng.", None),
    # two provinces: none
    ("UBND tỉnh Nghệ An và UBND tỉnh Hà Tĩnh đã hỗ trợ 64 đề án khuyến công.", None),
])
def test_a_report_naming_its_provinces_committee_once(text, province):
    assert extract_text(text).metadata.province == province


def test_a_plan_named_in_a_cited_decisions_title_is_no_reported_plan():
    """A report of work done under a decision names the plan that decision approved: its
    title is its headline, not that plan (Tuyên Quang's acceptance of two projects, 2022)."""
    meta = extract_text(
        "Hỗ trợ 180 triệu đồng thực hiện đề án khuyến công địa phương\n\nThực hiện Quyết định số 688/QĐ-UBND, ngày "
        "11-11-2021 của UBND tỉnh Tuyên Quang về việc phê duyệt Đề án khuyến công địa phương giai đoạn 2021-2022, "
        "tháng 4-2022, Trung tâm Khuyến công và Tư vấn phát triển công nghiệp tỉnh đã tổ chức nghiệm thu 2 đề án "
        "khuyến công địa phương.").metadata
    assert (meta.doc_type, meta.title) == ("bai_viet", "Hỗ trợ 180 triệu đồng thực hiện đề án khuyến công địa phương")


@pytest.mark.parametrize(("text", "province"), [
    # Cà Mau news: the one province named, after the centre's short name "TTKC tỉnh"
    ("Cụ thể, giai đoạn 2020-2023, Trung tâm Khuyến công (TTKC) tỉnh đã triển khai thực hiện 20 đề án khuyến công "
     "quốc gia và địa phương, hỗ trợ 29 cơ sở CNNT với tổng kinh phí thực hiện 16,9 tỷ đồng.\nÔng Trần Hoàng Em - "
     "Giám đốc TTKC tỉnh Cà Mau cho biết: Những năm qua, hoạt động khuyến công trên địa bàn của tỉnh đã đạt kết quả "
     "đáng khích lệ.", "Cà Mau"),
])
def test_a_text_names_its_province_after_a_centres_short_name(text, province):
    assert extract_text(text).metadata.province == province


def test_a_date_lines_place_is_the_province_only_if_it_was_one_then():
    """Thừa Thiên Huế, 2009: the header names its committee alone and dates the decision in
    "Huế", a province only from 2025 (before, the province's city); the province is the one
    the title names, not "Huế"."""
    doc = extract_text(
        "UỶ BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 661/QĐ- UBND | Huế, ngày 28 tháng 3 năm 2009 |\n"
        "QUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT ĐỀ ÁN KHÔI PHỤC VÀ PHÁT TRIỂN LÀNG NGHỀ TRUYỀN THỐNG, LÀNG NGHỀ VÀ NGÀNH "
        "NGHỀ TTCN TỈNH THỪA THIÊN HUẾ ĐẾN NĂM 2015\nỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức Hội đồng Nhân dân và "
        "Uỷ ban Nhân dân tỉnh ngày 26 tháng 11 năm 2003;\nCăn cứ Quyết định số 1390/QĐ-UBND ngày 01 tháng 6 năm 2006 "
        "của UBND tỉnh về việc phê duyệt nhiệm vụ Đề án khôi phục và phát triển làng nghề truyền thống, làng nghề và "
        "ngành nghề TTCN trong nông thôn trên địa bàn tỉnh giai đoạn 2006-2010;\nQUYẾT ĐỊNH:\n")
    m = doc.metadata
    assert (m.doc_type, m.number, m.issued_date, m.province, m.issuer) == (
        "quyet_dinh", "661/QĐ-UBND", dt.date(2009, 3, 28), "Thừa Thiên Huế", "UBND tỉnh Thừa Thiên Huế")
    assert [c.issuer for c in doc.citations if c.number == "1390/QĐ-UBND"] == ["UBND tỉnh Thừa Thiên Huế"]


def test_a_circulars_type_heading_gives_its_type_and_title():
    """Bộ Công Thương, 2025: a consolidated circular's number ("55/VBHN-BCT") names no type;
    its heading "THÔNG TƯ" does (a guidance, as the code table has it), and the title is the
    line under it."""
    m = extract_text(
        "| BỘ CÔNG THƯƠNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| Số: 55/VBHN-BCT | Hà Nội, ngày 24 tháng 10 năm 2025 |\n"
        "THÔNG TƯ\nQUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ VỀ CỤM CÔNG NGHIỆP, CƠ SỞ DỮ LIỆU CỤM CÔNG NGHIỆP CẢ NƯỚC VÀ MỘT SỐ MẪU "
        "VĂN BẢN VỀ QUẢN LÝ, PHÁT TRIỂN CỤM CÔNG NGHIỆP\nThông tư số 14/2024/TT-BCT ngày 15 tháng 8 năm 2024 của Bộ "
        "trưởng Bộ Công Thương quy định chế độ báo cáo định kỳ về cụm công nghiệp, cơ sở dữ liệu cụm công nghiệp cả "
        "nước và một số mẫu văn bản về quản lý, phát triển cụm công nghiệp, có hiệu lực kể từ ngày 01 tháng 10 năm "
        "2024, được sửa đổi, bổ sung bởi:\n").metadata
    assert (m.doc_type, m.number, m.issuer, m.province) == ("huong_dan", "55/VBHN-BCT", "Bộ Công Thương", None)
    assert m.title == ("QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ VỀ CỤM CÔNG NGHIỆP, CƠ SỞ DỮ LIỆU CỤM CÔNG NGHIỆP CẢ NƯỚC VÀ MỘT SỐ "
                       "MẪU VĂN BẢN VỀ QUẢN LÝ, PHÁT TRIỂN CỤM CÔNG NGHIỆP")


def test_a_legal_databases_heading_with_the_number_run_on_and_the_date_under_it():
    """A legal database's copy of Thông tư 15/2017/TT-BCT, its table of contents first: the
    heading runs the number on ("THÔNG TƯ15/2017/TT-BCT"), a line of its own gives the date,
    and the title's second line opens "SỐ 68/2017/NĐ-CP": that cites the decree the title
    names, it is no "Số:" line (it had been read as the circular's number). The issuer is the
    ministry the number's code names."""
    m = extract_text(
        "6.1 Điều 15. Trách nhiệm của Cục Công Thương địa phương6.2 Điều 16. Trách nhiệm của Sở Công Thương6.3 Điều "
        "17. Trách nhiệm của Phòng chuyên môn quản lý công thương thuộc Ủy ban nhân dân cấp huyện6.4 Điều 18. Hiệu lực "
        "thi hành\nTƯ VẤN & DỊCH VỤ |\nTHÔNG TƯ15/2017/TT-BCT\nngày\n31 tháng 8 năm 2017\nQUY ĐỊNH, HƯỚNG DẪN THỰC "
        "HIỆN MỘT SỐ NỘI DUNG CỦA NGHỊ ĐỊNH\nSỐ 68/2017/NĐ-CP NGÀY 25 THÁNG 5 NĂM 2017 CỦA CHÍNH PHỦ VỀ QUẢN LÝ, PHÁT "
        "TRIỂN\nCỤM CÔNG NGHIỆP\nCăn cứ Nghị định số\n98/2017/NĐ-CP ngày 18 tháng 8 năm 2017 của Chính phủ quy định "
        "chức năng, nhiệm\nvụ, quyền hạn và cơ cấu tổ chức của Bộ Công Thương;\n").metadata
    assert (m.doc_type, m.number, m.issued_date, m.issuer, m.province) == (
        "huong_dan", "15/2017/TT-BCT", dt.date(2017, 8, 31), "Bộ Công Thương", None)
    assert m.title == ("QUY ĐỊNH, HƯỚNG DẪN THỰC HIỆN MỘT SỐ NỘI DUNG CỦA NGHỊ ĐỊNH SỐ 68/2017/NĐ-CP NGÀY 25 THÁNG 5 "
                       "NĂM 2017 CỦA CHÍNH PHỦ VỀ QUẢN LÝ, PHÁT TRIỂN CỤM CÔNG NGHIỆP")


def test_a_sites_issuer_that_the_numbers_ministry_contradicts_gives_way():
    """A legal site's page of Thông tư 26/2014/TT-BCT gave "Nơi ban hành: Quốc hội"; the
    number's code names Bộ Công Thương (so does the page's own title)."""
    m = extract_text(
        "Thông tư 26/2014/TT-BCT về việc tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu do Bộ trưởng Bộ Công "
        "thương ban hành\n- Số hiệu: 26/2014/TT-BCT\n- Loại văn bản: Thông tư\n- Ngày ban hành: 28/08/2014\n- Nơi ban "
        "hành: Quốc hội\n- Người ký: Hồ Thị Kim Thoa\n- Ngày công báo: Đang cập nhật\n").metadata
    assert (m.number, m.doc_type, m.issued_date, m.issuer, m.signer) == (
        "26/2014/TT-BCT", "huong_dan", dt.date(2014, 8, 28), "Bộ Công Thương", "Hồ Thị Kim Thoa")


def test_a_schemes_two_years_joined_by_va_are_its_period():
    """Hà Giang news, 2023: the schemes checked are those "năm 2022 và năm 2023"; the period is
    both years (it was 2022 alone)."""
    m = extract_text(
        "Hà Giang: Tăng nguồn kinh phí hàng năm để thực hiện hiệu quả các hoạt động khuyến công\nĐoàn kiểm tra đã "
        "kiểm tra thực tế tình hình thực hiện các đề án KCQG do Trung tâm Khuyến công - Xúc tiến Công Thương Hà Giang "
        "thực hiện trên địa bàn tỉnh Hà Giang năm 2022 và năm 2023 đồng thời kết hợp trao đổi công tác xây dựng kế "
        "hoạch, tổ chức thực hiện đề án khuyến công.").metadata
    assert (m.province, m.period_start, m.period_end) == ("Hà Giang", 2022, 2023)


def test_a_departments_site_name_over_a_headline_is_chrome_and_names_the_province():
    """Bình Dương's department of industry and trade pages (2024): a skip link, the site's
    name and its English name stand above the headline. They are chrome (the page was read as
    a text of no known type, without its title, and the English words made it a damaged
    text); the site's name gives the province the news names only inside a cited plan's title."""
    doc = extract_text(
        "Truy cập nội dung luôn\n\nSở công thương Bình dương\n\nBinh duong department of Industry and trade\n\nChắp cánh "
        "sản phẩm công nghiệp nông thôn\n\n27-03-2024\n\nChắp cánh sản phẩm công nghiệp nông thôn\n\n Sau nhiều năm triển "
        "khai, việc tổ chức bình chọn sản phẩm công nghiệp nông thôn (CNNT) tiêu biểu đã chứng minh được đây là một nội "
        "dung quan trọng của hoạt động khuyến công; là chủ trương đúng đắn, phù hợp để thúc đẩy phát triển công nghiệp "
        "nông thôn.\n\nThực hiện Kế hoạch số 2436/KH-UBND ngày 25/5/2023 của Ủy ban nhân dân tỉnh về việc tổ chức bình "
        "chọn sản phẩm công nghiệp nông thôn tiêu biểu tỉnh Bình Dương lần VII năm 2024, Sở Công Thương phối hợp với Ủy "
        "ban nhân dân các huyện, thị xã, thành phố tuyên truyền, vận động.")
    m = doc.metadata
    assert (m.doc_type, m.title, m.province) == ("bai_viet", "Chắp cánh sản phẩm công nghiệp nông thôn", "Bình Dương")
    assert not [w for w in doc.warnings if w.code == "damaged_text"]


def test_a_news_lede_of_a_decision_the_prime_minister_signed():
    """ARIT: "Thủ tướng Nguyễn Tấn Dũng vừa ký Quyết định phê duyệt Chương trình ..." reports
    the national programme: its title and the Prime Minister as issuer (the headline had been
    the title); a cited decision's "... của Thủ tướng Chính phủ phê duyệt Chương trình ..."
    reports nothing."""
    m = extract_text(f"Khuyến công quốc gia\n{_ARIT_LEDE}\n{_ARIT_TARGET}").metadata
    assert (m.doc_type, m.issuer, m.title, m.period_end) == (
        "bai_viet", "Thủ tướng Chính phủ", "Chương trình khuyến công quốc gia đến năm 2012", 2012)
    cited = extract_text("Thực hiện Quyết định số 1288/QĐ-TTg ngày 01/8/2014 của Thủ tướng Chính phủ phê duyệt Chương "
                         "trình khuyến công quốc gia đến năm 2020, Sở Công Thương xây dựng kế hoạch.").metadata
    assert (cited.issuer, cited.title) == (None, None)


def test_a_news_lede_of_a_plan_a_ministry_issued():
    """Chất lượng và Cuộc sống, 2023: "Bộ Công Thương vừa ban hành Kế hoạch ..." reports the
    ministry's plan: its title and issuer, as a province's would give (the headline was the
    title, no issuer)."""
    m = extract_text(
        "Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia năm 2023\n(CL&CS)- Bộ Công Thương vừa ban hành "
        "Kế hoạch tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia năm 2023.\n").metadata
    assert (m.doc_type, m.issuer, m.province, m.title) == (
        "bai_viet", "Bộ Công Thương", None,
        "Kế hoạch tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia năm 2023")


VIETNAM_VN_2024 = (  # vietnam.vn, mid-2024: a glued breadcrumb, the headline, related headlines run together, the lede
    "Trang chủKinh tếCông nghiệp - Xây dựng6 tháng, kinh phí khuyến công quốc gia được phân bổ 45...\n\n"
    "6 tháng, kinh phí khuyến công quốc gia được phân bổ 45 tỷ đồng\n\n\n"
    "Khuyến công quốc gia: Góp sức cùng ngành dừa của Bến Tre phát triển bền vững Bộ Công Thương tiếp tục hỗ trợ tiêu "
    "thụ sản phẩm công nghiệp nông thôn tiêu biểu\n\n"
    "Theo thông tin từ Cục Công Thương địa phương, năm 2024, tổng kế hoạch kinh phí khuyến công quốc gia được Bộ Công "
    "Thương phê duyệt tại Quyết định số 3396/QĐ-BCT là 130 tỷ đồng/106 đề án, nhiệm vụ cho 38 địa phương, 14 đơn vị "
    "và một số nhiệm vụ do Cục trực tiếp thực hiện.\n\n"
    "Đến hết ngày 30/6/2024, kinh phí khuyến công quốc gia được phân bổ 45 tỷ đồng. Cục Công Thương địa phương hướng "
    "dẫn các địa phương, đơn vị hoàn thiện hồ sơ và triển khai đề án đã được phân bổ ngân sách theo quy định; xây dựng "
    "kế hoạch khuyến công năm 2025.\n\n"
    "Thực hiện kế hoạch kiểm tra giám sát các đề án khuyến công quốc gia năm 2022, 2023, Cục đã thực hiện 3 đoàn kiểm "
    "tra giám sát tại các tỉnh: An Giang, Kiên Giang, Đắk Nông, Tuyên Quang, Hà Giang.\n")


def test_a_news_page_with_a_glued_breadcrumb_and_related_headlines_over_its_lede():
    """The breadcrumb glued to its words and a line of related headlines between the headline and
    the lede made the page khac (no title): the body's 45 tỷ did not restate the headline's. Its
    lede's plan year, 2024, is its period (it was the next year's plan named in its last
    paragraph, 2025, which made the approved 130 tỷ and its counts results). "130 tỷ đồng/106 đề
    án" pairs the amount with its count (the 106 was lost)."""
    doc = extract_text(VIETNAM_VN_2024)
    meta = doc.metadata
    assert (meta.doc_type, meta.title, meta.period_start, meta.period_end) == (
        "bai_viet", "6 tháng, kinh phí khuyến công quốc gia được phân bổ 45 tỷ đồng", 2024, 2024)
    assert [(b.amount_text, b.restates, b.achieved) for b in doc.budget] == [
        ("45 tỷ đồng", None, False), ("130 tỷ đồng", None, False), ("45 tỷ đồng", 0, False)]
    assert [(t.text, t.achieved) for t in doc.targets] == [
        ("106 đề án", False), ("38 địa phương", False), ("14 đơn vị", False), ("3 đoàn", True)]


def test_a_cited_plans_issuing_is_no_news_of_it():
    """Bình Định, 2022: "Thực hiện Quyết định số 4233/QĐ-UBND ... của Chủ tịch UBND tỉnh ban hành
    Kế hoạch ..." cites the plan the report rests on ("UBND" of the number's code was read as a
    reporter): the title is the page's headline."""
    doc = extract_text(
        "Danh sách các sản phẩm dự kiến được công nhận sản phẩm công nghiệp nông thôn tiêu biểu tỉnh Bình Định lần thứ "
        "VII – năm 2022\n\nThực hiện Quyết định số 4233/QĐ-UBND ngày 13/11/2019 của Chủ tịch UBND tỉnh ban hành Kế "
        "hoạch tổ chức bình chọn sản phẩm công nghiệp nông thôn (CNNT) tiêu biểu tỉnh Bình Định; Quyết định số "
        "94/QĐ-HĐBC ngày 08/5/2022 của Chủ tịch Hội đồng bình chọn ban hành Quy chế hoạt động của Hội đồng bình chọn "
        "sản phẩm CNNT tiêu biểu tỉnh Bình Định lần thứ VII – năm 2022.\n")
    assert (doc.metadata.doc_type, doc.metadata.title) == (
        "bai_viet", "Danh sách các sản phẩm dự kiến được công nhận sản phẩm công nghiệp nông thôn tiêu biểu tỉnh Bình "
        "Định lần thứ VII – năm 2022")


def test_a_national_ceremonys_hall_and_city_are_no_province():
    """Tạp chí Công Thương, 2023: "tại Cung triển lãm Kiến trúc, Quy hoạch xây dựng Quốc gia, Hà
    Nội, Bộ Công Thương tổ chức ..." is the venue of the ministry's ceremony (the report was filed
    under Hà Nội: only a venue of one clause was read so)."""
    meta = extract_text(
        "Bộ Công Thương tôn vinh 173 sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia\n\nSáng ngày 15/12, tại Cung "
        "triển lãm Kiến trúc, Quy hoạch xây dựng Quốc gia, Hà Nội, Bộ Công Thương tổ chức Lễ tôn vinh sản phẩm công "
        "nghiệp nông thôn tiêu biểu cấp quốc gia và khai mạc triển lãm hội chợ hàng công nghiệp nông thôn tiêu biểu năm "
        "2023.\n").metadata
    assert (meta.doc_type, meta.province) == ("bai_viet", None)


@pytest.mark.parametrize(("text", "year"), [
    # Sơn La, 2025: a year-end summary copied without its headline
    ("Năm 2025, công tác khuyến công trên địa bàn tỉnh Sơn La tiếp tục được Sở Công Thương triển khai đồng bộ, bám sát "
     "các chủ trương, chính sách của Trung ương và của tỉnh.\n\nTrong năm, Sở Công Thương đã chủ động tham mưu HĐND, "
     "UBND tỉnh ban hành nhiều văn bản quan trọng nhằm hoàn thiện cơ chế, chính sách và tổ chức thực hiện hiệu quả "
     "hoạt động khuyến công.", 2025),
    # Long An, 2021
    ("Năm 2021 là năm thứ 2, chính sách khuyến công địa phương của tỉnh Long An được triển khai theo Quyết định số "
     "45/2019/QĐ-UBND (thay thế Quyết định số 61/2014/QĐ-UBND) với nhiều nội dung mới được bổ sung và định mức hỗ trợ "
     "tăng đáng kể so với Quyết định 61/2014/QĐ-UBND.", 2021),
])
def test_an_untitled_text_opening_with_the_year_it_reports_on(text, year):
    meta = extract_text(text).metadata
    assert (meta.doc_type, meta.period_start, meta.period_end) == ("khac", year, year)


def test_the_prime_minister_issuing_a_decision_that_approves_a_programme():
    """A news page of 2020: "Thủ tướng ban hành Quyết định 1881/QĐ-TTg phê duyệt Chương trình ..."
    (no "số", no "ký") reports the national programme; the page was khac, untitled."""
    meta = extract_text(
        "Rate this post\n\nNgày 20/11/2020, Thủ tướng ban hành Quyết định 1881/QĐ-TTg phê duyệt Chương trình khuyến công "
        "quốc gia giai đoạn 2021 – 2025.\n").metadata
    assert (meta.doc_type, meta.issuer, meta.title, meta.period_start, meta.period_end) == (
        "bai_viet", "Thủ tướng Chính phủ", "Chương trình khuyến công quốc gia giai đoạn 2021 – 2025", 2021, 2025)


def test_an_untitled_text_opening_with_its_programmes_goal_year():
    """Quảng Nam (arit.gov.vn): "Mục tiêu của chương trình là đến năm 2015, ..." opens with the
    programme's end year, as "Theo đó, đến năm 2020 Chương trình ..." does (it gave none)."""
    meta = extract_text(
        "Mục tiêu của chương trình là đến năm 2015, tỷ trọng công nghiệp nông thôn trong giá trị sản xuất công nghiệp toàn "
        "ngành đạt từ 69-70%/năm; kim ngạch xuất khẩu hàng tiểu thủ công nghiệp tăng trưởng bình quân 20%/năm.").metadata
    assert (meta.doc_type, meta.period_start, meta.period_end) == ("khac", None, 2015)


def test_a_signature_block_saying_it_was_signed():
    """Vĩnh Long, 2010 (a legal database's print page): "Đã ký" between the signer's title and
    name hid the signer; the law cited "của Quốc hội nước Cộng Hòa ..." kept its issuer in its title."""
    doc = extract_text(
        "QUYẾT ĐỊNH\nBan hành quy chế quản lý và sử dụng kinh phí địa phương cho hoạt động khuyến công trên địa bàn tỉnh "
        "Vĩnh Long\n___________________________________\nỦY BAN NHÂN DÂN TỈNH VĨNH LONG\nCăn cứ Luật Tổ chức Hội đồng "
        "nhân dân và Ủy ban nhân dân của Quốc hội nước Cộng Hòa Xã Hội Chủ Nghĩa Việt Nam, ngày 26/11/2003;\nCăn cứ Luật "
        "Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Uỷ ban nhân dân năm 2004;\nQUYẾT ĐỊNH:\nĐiều 1. Ban "
        "hành kèm theo Quyết định này quy chế quản lý và sử dụng kinh phí địa phương cho hoạt động khuyến công trên địa "
        "bàn tỉnh Vĩnh Long.\n|\nTM. UỶ BAN NHÂN DÂN TỈNH\n|\n|\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐã ký\nTrương Văn Sáu\n|\n")
    assert doc.metadata.signer == "Trương Văn Sáu"
    assert [c.title for c in doc.citations] == [
        "Tổ chức Hội đồng nhân dân và Ủy ban nhân dân", "Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy "
        "ban nhân dân"]
