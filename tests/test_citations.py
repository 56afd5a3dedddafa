"""Citations: every form of the corpus, roles, number repair, issuers, de-duplication."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import AN_GIANG, HUNG_YEN, TUYEN_QUANG, corpus_text

from khuyencong_extract.citations import extract_citations, preamble_clauses
from khuyencong_extract.context import Context
from khuyencong_extract.docnumbers import NUMBER, find_numbers, normalise_number
from khuyencong_extract.issuers import match_issuer
from khuyencong_extract.models import Metadata
from khuyencong_extract.pipeline import build_context, extract_text
from khuyencong_extract.textmap import MappedText


def cite(text: str, province: str | None = None):
    """Citations and warnings of ``text`` read as a decision preamble."""
    ctx = build_context(text)
    ctx.metadata = Metadata(province=province)
    return extract_citations(ctx), ctx.warnings


def preamble(*clauses: str) -> str:
    return "\n".join(clauses) + "\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt.\n"


def by_number(citations, number):
    return next(c for c in citations if c.number == number)


# ------------------------------------------------------------------ document numbers


@pytest.mark.parametrize(
    ("raw", "number", "repaired"),
    [
        ("45/2012/NĐ-CP", "45/2012/NĐ-CP", False),
        ("20/2017/TT0BCT", "20/2017/TT-BCT", True),  # An Giang: 0 for the dash
        ("1881/QQĐ-TTg", "1881/QĐ-TTg", True),  # the directive: doubled letter
        ("45/2012/NĐ- CP", "45/2012/NĐ-CP", True),  # An Giang: space after the dash
        ("26/2014/TTLT-BTC-BCT", "26/2014/TTLT-BTC-BCT", False),
        ("68/STC-HCSN", "68/STC-HCSN", False),
        ("130/TB-UBND", "130/TB-UBND", False),
        ("2080/QD-UBND", "2080/QĐ-UBND", True),  # D for Đ
        ("183/2010/TTLT/BTC-BNN", "183/2010/TTLT-BTC-BNN", True),  # a slash between code parts
        ("27/2010/QĐ .UBND", "27/2010/QĐ-UBND", True),  # a dot for the dash
        ("27/2010/QĐ.UBND", "27/2010/QĐ-UBND", True),
        ("1213/2010/HDLN /STC-SCT", "1213/2010/HDLN-STC-SCT", True),  # a space before the slash
        ("64/2025/QH15", "64/2025/QH15", False),  # the legislature's number stays on its code
        ("09-NQ/TU", "09-NQ/TU", False),  # a party document
        ("2211/2016QĐ-UBND", "2211/2016/QĐ-UBND", True),  # An Giang: the year glued to the type code
    ],
)
def test_numbers_are_normalised_and_typos_repaired(raw, number, repaired):
    parsed = normalise_number(raw)
    assert (parsed.number, parsed.raw, parsed.repaired) == (number, raw, repaired)


def test_a_code_with_a_space_before_its_ampersand_and_a_date_glued_to_it():
    """Hà Nam 35/2013: "... BKH &ĐTngày 10 tháng 10 năm 2012" cut the number at "BKH", left
    the date unread and opened the title with "&ĐTngày". "BKH&ĐT" names the planning ministry,
    as "BKHĐT" does: the code and the text agree (a mismatch was warned)."""
    doc = extract_text("Căn cứ Thông tư liên tịch số 31/2012/TTLT-BCT-BKH &ĐTngày 10 tháng 10 năm 2012 của liên Bộ "
                       "Công Thương - Bộ Kế hoạch và Đầu tư hướngdẫn xử lý cụm công nghiệp;")
    [c] = doc.citations
    assert (c.number, c.issued_date, c.issuer) == ("31/2012/TTLT-BCT-BKH&ĐT", dt.date(2012, 10, 10),
                                                   "Bộ Công Thương - Bộ Kế hoạch và Đầu tư")
    assert not [w for w in doc.warnings if w.code == "citation_issuer_mismatch"]
    assert c.title.startswith("hướngdẫn")
    assert [m.group() for m in NUMBER.finditer("số 12/2020/QĐ-UBND & Quyết định")] == ["12/2020/QĐ-UBND"]


def test_numbers_are_not_found_in_dates_periods_or_frequencies():
    text = "ngày 21/5/2012, giai đoạn 2021 - 2025, 02 năm/lần, Phòng Kinh tế/Kinh tế, Cục CNĐP - Bộ"
    assert find_numbers(text) == []
    # a year glued to a word is no number: only a type code of the table ("2016QĐ-") may follow it so
    assert find_numbers("tháng 12/2016Hội nghị tổng kết, quý 4/2016UBND tỉnh") == []


# ------------------------------------------------------------------ forms of the corpus


def test_decree_with_date_in_words_split_over_lines():
    # An Giang, lines as hard-wrapped in the source
    citations, _ = cite(preamble(
        "Căn cứ Nghị định số\n45/2012/NĐ-CP ngày 21 tháng 5 năm 2012 của Chính phủ về Khuyến công;"
    ))
    (c,) = citations
    assert (c.role, c.doc_type, c.number, c.issued_date, c.issuer, c.title) == (
        "basis", "Nghị định", "45/2012/NĐ-CP", dt.date(2012, 5, 21), "Chính phủ", "Khuyến công",
    )


def test_one_clause_several_decrees_share_type_and_issuer():
    # Hưng Yên
    citations, _ = cite(preamble(
        "Căn cứ các Nghị định của Chính phủ: Số 45/2012/NĐ-CP ngày 21/5/2012 về khuyến công; "
        "số 235/2025/NĐ-CP ngày 27/8/2025 sửa đổi, bổ sung một số điều của Nghị định số "
        "45/2012/NĐ-CP ngày 21/5/2012;"
    ))
    assert [(c.number, c.doc_type, c.issuer, c.issued_date) for c in citations] == [
        ("45/2012/NĐ-CP", "Nghị định", "Chính phủ", dt.date(2012, 5, 21)),
        ("235/2025/NĐ-CP", "Nghị định", "Chính phủ", dt.date(2025, 8, 27)),
    ]
    assert citations[1].title == "sửa đổi, bổ sung một số điều của Nghị định số 45/2012/NĐ-CP ngày 21/5/2012"


def test_two_laws_without_numbers_each_with_title_and_date():
    # An Giang
    citations, _ = cite(preamble(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ "
        "sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 "
        "tháng 11 năm 2019;"
    ))
    assert [(c.doc_type, c.number, c.title, c.issued_date, c.issuer) for c in citations] == [
        ("Luật", None, "Tổ chức chính quyền địa phương", dt.date(2015, 6, 19), "Quốc hội"),
        (
            "Luật", None,
            "sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương",
            dt.date(2019, 11, 22), "Quốc hội",
        ),
    ]


@pytest.mark.parametrize(
    ("clause", "number", "doc_type", "issuer", "title_start"),
    [
        # Tuyên Quang: joint circular
        (
            "Căn cứ Thông tư liên tịch số 26/2014/TTLT-BTC-BCT ngày 18/02/2014 của liên Bộ Tài chính - "
            "Công Thương về hướng dẫn trình tự lập, quản lý, sử dụng kinh phí khuyến công quốc gia và kinh "
            "phí khuyến công địa phương;",
            "26/2014/TTLT-BTC-BCT", "Thông tư liên tịch", "Bộ Tài chính - Bộ Công Thương", "hướng dẫn trình tự",
        ),
        # Tuyên Quang: provincial decision
        (
            "Căn cứ Quyết định số 07/2010/QĐ-UBND ngày 18/3/2010 của UBND tỉnh Tuyên Quang về việc ban hành "
            "Quy chế quản lý, sử dụng Quỹ hỗ trợ khuyến khích phát triển công nghiệp;",
            "07/2010/QĐ-UBND", "Quyết định", "UBND tỉnh Tuyên Quang", "ban hành Quy chế",
        ),
        # Tuyên Quang: the issuer runs into a title that has no "về"
        (
            "Căn cứ Quyết định số 1288/QĐ-TTg ngày 01/8/2014 của Thủ tướng Chính phủ Phê duyệt Chương "
            "trình khuyến công quốc gia đến năm 2020;",
            "1288/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", "Phê duyệt Chương trình",
        ),
        # Hưng Yên: a notice of the province's committee
        (
            "Căn cứ Thông báo số 130/TB-UBND ngày 18/11/2025 của Ủy ban nhân dân tỉnh về kết luận cuộc "
            "họp Ủy ban nhân dân tỉnh ngày 17/11/2025;",
            "130/TB-UBND", "Thông báo", "UBND tỉnh Hưng Yên", "kết luận cuộc họp",
        ),
        # a district's, a town's, a provincial city's committee (Hà Tĩnh, Nghệ An): its own, not the province's
        (
            "Căn cứ Quyết định số 1520/QĐ-UBND ngày 14/6/2022 của UBND huyện Thạch Hà về việc phê duyệt Đề án phát "
            "triển tiểu thủ công nghiệp và làng nghề;",
            "1520/QĐ-UBND", "Quyết định", "UBND huyện Thạch Hà", "phê duyệt Đề án",
        ),
        (
            "Căn cứ Kế hoạch số 58/KH-UBND ngày 05/3/2020 của Ủy ban nhân dân thị xã Kỳ Anh về thực hiện công tác "
            "khuyến công trên địa bàn thị xã năm 2020;",
            "58/KH-UBND", "Kế hoạch", "UBND thị xã Kỳ Anh", "thực hiện công tác",
        ),
        (
            "Căn cứ Quyết định số 1210/QĐ-UBND ngày 03/5/2019 của UBND TP. Vinh về việc hỗ trợ kinh phí khuyến công "
            "trên địa bàn thành phố năm 2019;",
            "1210/QĐ-UBND", "Quyết định", "UBND thành phố Vinh", "hỗ trợ kinh phí",
        ),
        (
            "Căn cứ Quyết định số 504/QĐ-UBND ngày 04/02/2015 của UBND TP. Hồ Chí Minh về phê duyệt đề cương Đề án "
            "phát triển công nghiệp hỗ trợ;",
            "504/QĐ-UBND", "Quyết định", "UBND thành phố Hồ Chí Minh", "phê duyệt đề cương",
        ),
        # a decision signed by the chairman is the committee's
        (
            "Căn cứ Quyết định số 23/2019/QĐ-UBND ngày 11/7/2019 của Chủ tịch UBND tỉnh An Giang về việc "
            "ban hành quy định;",
            "23/2019/QĐ-UBND", "Quyết định", "UBND tỉnh An Giang", "ban hành quy định",
        ),
    ],
)
def test_basis_forms(clause, number, doc_type, issuer, title_start):
    citations, _ = cite(preamble(clause), province="Hưng Yên")
    (c,) = citations
    assert (c.role, c.number, c.doc_type, c.issuer) == ("basis", number, doc_type, issuer)
    assert c.title.startswith(title_start)


def test_proposals_take_the_proposer_as_issuer_and_each_document_once():
    # Tuyên Quang
    citations, _ = cite(preamble(
        "Xét đề nghị của Sở Công Thương tại Tờ trình số 40/TTr-SCT ngày 30/11/2015; công văn số "
        "68/STC-HCSN ngày 23/01/2016 của Sở Tài chính về việc phê duyệt Chương trình khuyến công tỉnh "
        "Tuyên Quang giai đoạn 2016-2020,"
    ))
    assert [(c.role, c.doc_type, c.number, c.issuer, c.issued_date) for c in citations] == [
        ("proposal", "Tờ trình", "40/TTr-SCT", "Sở Công Thương", dt.date(2015, 11, 30)),
        ("proposal", "Công văn", "68/STC-HCSN", "Sở Tài chính", dt.date(2016, 1, 23)),
    ]
    assert citations[1].title == "phê duyệt Chương trình khuyến công tỉnh Tuyên Quang giai đoạn 2016-2020"


def test_a_districts_proposal_is_the_districts():
    """Hà Tĩnh: a district's committee proposes; "UBND" is not read as the province's."""
    citations, _ = cite(preamble(
        "Xét đề nghị của UBND huyện Thạch Hà tại Tờ trình số 125/TTr-UBND ngày 20/5/2022,"
    ), province="Hà Tĩnh")
    assert [(c.role, c.doc_type, c.number, c.issuer) for c in citations] == [
        ("proposal", "Tờ trình", "125/TTr-UBND", "UBND huyện Thạch Hà"),
    ]


def test_repaired_number_keeps_raw_and_warns():
    # An Giang
    citations, warnings = cite(preamble(
        "Căn cứ Thông tư số 20/2017/TT0BCT ngày 29 tháng 9 năm 2017 của Bộ Công Thương về việc sửa "
        "đổi, bổ sung một số điều của Thông tư 46/2012/TT-BCT;"
    ))
    (c,) = citations
    assert (c.number, c.number_raw) == ("20/2017/TT-BCT", "20/2017/TT0BCT")
    (w,) = [w for w in warnings if w.code == "citation_number_repaired"]
    assert "20/2017/TT0BCT -> 20/2017/TT-BCT" in w.message


def test_issuer_contradicting_the_code_warns():
    # An Giang: a BCT circular said to be of Bộ Tài chính (the real one is 28/2018/TT-BTC)
    citations, warnings = cite(preamble(
        "Căn cứ Thông tư số\n28/2018/TT-BCT ngày 28 tháng 3 năm 2018 của Bộ Tài chính về việc Hướng dẫn "
        "lập,\nquản lý, sử dụng kinh phí Khuyến công;"
    ))
    (c,) = citations
    assert (c.number, c.issuer) == ("28/2018/TT-BCT", "Bộ Tài chính")
    (w,) = [w for w in warnings if w.code == "citation_issuer_mismatch"]
    assert "Bộ Công Thương" in w.message and "Bộ Tài chính" in w.message


@pytest.mark.parametrize(
    ("text", "number", "issued"),
    [
        # the date a year after the number's
        (preamble("Căn cứ Quyết định số 46/2012/QĐ-UBND ngày 28/12/2013 của UBND tỉnh Nghệ An về việc ban hành "
                  "Quy chế quản lý kinh phí khuyến công;"), "46/2012/QĐ-UBND", dt.date(2013, 12, 28)),
        # a year before, the date in words
        (preamble("Căn cứ Thông tư số 12/2013/TT-BCT ngày 31 tháng 12 năm 2012 của Bộ Công Thương;"),
         "12/2013/TT-BCT", dt.date(2012, 12, 31)),
    ],
)
def test_a_numbers_year_other_than_its_dates_warns(text, number, issued):
    citations, warnings = cite(text, province="Nghệ An")
    (c,) = citations
    assert (c.number, c.issued_date) == (number, issued)
    (w,) = [w for w in warnings if w.code == "citation_date_mismatch"]
    assert w.message == f"{number}: the number's year is {number.split('/')[1]}, its date {issued.isoformat()}"
    assert tuple(w.span) == tuple(c.span)


@pytest.mark.parametrize("text", [
    # a date in prose before a mention is when something was done with it, maybe not its date
    "Ngày 12/01/2024, Sở Công Thương gửi Kế hoạch số 250/2023/KH-SCT về khuyến công đến các huyện.",
    "Ngày 22/4/2025, Hội đồng nhân dân tỉnh Lai Châu đã thông qua Nghị quyết số 18/2024/NQ-HĐND về khuyến công.",
])
def test_a_date_in_prose_before_a_mention_is_not_checked_against_its_number(text):
    citations, warnings = cite(text, province="Nghệ An")
    assert [w.code for w in warnings if w.code == "citation_date_mismatch"] == []
    assert citations[0].issued_date is not None


@pytest.mark.parametrize(
    "text",
    [
        preamble("Căn cứ Quyết định số 46/2012/QĐ-UBND ngày 28/12/2012 của UBND tỉnh Nghệ An;"),  # the same year
        preamble("Căn cứ Quyết định số 1288/QĐ-TTg ngày 01/8/2014 của Thủ tướng Chính phủ;"),  # no year in the number
        preamble("Căn cứ Luật Ngân sách nhà nước số 83/2015/QH13;"),  # no date
    ],
)
def test_no_date_mismatch_without_both_years_or_when_they_agree(text):
    citations, warnings = cite(text, province="Nghệ An")
    assert citations
    assert not [w for w in warnings if w.code == "citation_date_mismatch"]


@pytest.mark.parametrize(
    ("text", "number", "passage"),
    [
        # the code names no type: only the misspelt word does (it was read as a "Văn bản")
        (preamble("Căn cứ Quyết đinh số 12/UBND ngày 01/8/2014 của UBND tỉnh An Giang về khuyến công;"),
         "12/UBND", "Quyết đinh số 12/UBND ngày 01/8/2014 của UBND tỉnh An Giang về khuyến công"),
        # the span opens at the word (it opened at "số")
        (preamble("Căn cứ Quyết đinh số 1288/QĐ-TTg ngày 01/8/2014 của Thủ tướng Chính phủ phê duyệt Chương trình "
                  "khuyến công quốc gia đến năm 2020;"),
         "1288/QĐ-TTg", "Quyết đinh số 1288/QĐ-TTg ngày 01/8/2014 của Thủ tướng Chính phủ phê duyệt Chương trình "
                        "khuyến công quốc gia đến năm 2020"),
        # in a sentence, lower case
        ("Trung tâm triển khai theo quyết đinh số 688/QĐ-UBND ngày 01/8/2014 của UBND tỉnh về khuyến công.",
         "688/QĐ-UBND", "quyết đinh số 688/QĐ-UBND ngày 01/8/2014 của UBND tỉnh về khuyến công"),
    ],
)
def test_quyet_dinh_misspelt_without_its_stroke_is_a_decision(text, number, passage):
    citations, _ = cite(text, province="An Giang")
    (c,) = citations
    assert (c.doc_type, c.number, c.issued_date, c.issuer) == (
        "Quyết định", number, dt.date(2014, 8, 1), "UBND tỉnh An Giang" if "UBND" in number else "Thủ tướng Chính phủ")
    assert text[slice(*c.span)] == passage


def test_issuer_inferred_from_the_code_when_not_written():
    citations, warnings = cite("theo quy định tại Nghị định số 45/2012/NĐ-CP, Quyết định số 1881/QĐ-TTg; ngày 19")
    assert [(c.role, c.number, c.issuer, c.issued_date) for c in citations] == [
        ("mention", "45/2012/NĐ-CP", "Chính phủ", None),
        ("mention", "1881/QĐ-TTg", "Thủ tướng Chính phủ", None),
    ]
    assert not [w for w in warnings if w.code.startswith("citation")]


def test_clauses_after_the_decision_are_not_preamble():
    text = preamble("Căn cứ Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ về khuyến công;")
    text += "II. NỘI DUNG\nCăn cứ Kế hoạch số 12/KH-UBND ngày 02/3/2020 của UBND tỉnh;\n"
    citations, _ = cite(text, province="An Giang")
    assert [(c.role, c.number) for c in citations] == [("basis", "45/2012/NĐ-CP"), ("mention", "12/KH-UBND")]


def test_spans_point_at_the_citation_in_the_source():
    source = preamble("Căn cứ Thông báo số 130/TB-UBND ngày 18/11/2025 của Ủy ban nhân dân tỉnh về kết luận;")
    (c,), _ = cite(source)
    assert source[c.span[0] : c.span[1]] == "Thông báo số 130/TB-UBND ngày 18/11/2025 của Ủy ban nhân dân tỉnh về kết luận"


# ------------------------------------------------------------------ the corpus


def citations_of(corpus_docs, stem, role):
    return [c for c in corpus_docs[stem].citations if c.role == role]


def test_an_giang_six_bases_one_proposal(corpus_docs):
    doc = corpus_docs["an-giang_2080-qd-ubnd_2022"]
    bases = citations_of(corpus_docs, "an-giang_2080-qd-ubnd_2022", "basis")
    assert [c.number for c in bases] == [
        None, None, "45/2012/NĐ-CP", "46/2012/TT-BCT", "20/2017/TT-BCT", "28/2018/TT-BCT",
    ]
    assert [c.issued_date for c in bases[:2]] == [dt.date(2015, 6, 19), dt.date(2019, 11, 22)]
    assert by_number(bases, "20/2017/TT-BCT").number_raw == "20/2017/TT0BCT"
    (proposal,) = citations_of(corpus_docs, "an-giang_2080-qd-ubnd_2022", "proposal")
    assert (proposal.number, proposal.issuer, proposal.issued_date) == (
        "213/TTr-SCT", "Sở Công Thương", dt.date(2022, 8, 12),
    )
    codes = [w.code for w in doc.warnings]
    assert codes.count("citation_issuer_mismatch") == 1
    assert any(w.code == "citation_number_repaired" and "TT0BCT" in w.message for w in doc.warnings)
    source = open(doc.source.path, encoding="utf-8").read()
    law = bases[0]
    assert source[law.span[0] : law.span[1]].startswith("Luật Tổ chức chính")


def test_hung_yen_repeated_header_does_not_double_the_eight_bases(corpus_docs):
    bases = citations_of(corpus_docs, "hung-yen_1966-qd-ubnd_2025", "basis")
    assert [c.number for c in bases] == [
        None, "45/2012/NĐ-CP", "235/2025/NĐ-CP", "46/2012/TT-BCT", "20/2017/TT-BCT",
        "28/2018/TT-BTC", "64/2024/TT-BTC", "130/TB-UBND",
    ]
    assert by_number(bases, "130/TB-UBND").issuer == "UBND tỉnh Hưng Yên"
    (proposal,) = citations_of(corpus_docs, "hung-yen_1966-qd-ubnd_2025", "proposal")
    assert proposal.number == "1451/TTr-SCT"


def test_tuyen_quang_seven_bases_two_proposals(corpus_docs):
    bases = citations_of(corpus_docs, "tuyen-quang_69-qd-ubnd_2016", "basis")
    assert [c.number for c in bases] == [
        None, "45/2012/NĐ-CP", "1288/QĐ-TTg", "46/2012/TT-BCT", "26/2014/TTLT-BTC-BCT",
        "07/2010/QĐ-UBND", "04/2015/QĐ-UBND",
    ]
    proposals = citations_of(corpus_docs, "tuyen-quang_69-qd-ubnd_2016", "proposal")
    assert [c.number for c in proposals] == ["40/TTr-SCT", "68/STC-HCSN"]


def test_directive_mentions_two_documents_once_each(corpus_docs):
    doc = corpus_docs["bo-cong-thuong_chi-thi-2021_news"]
    assert [(c.role, c.number) for c in doc.citations] == [
        ("mention", "45/2012/NĐ-CP"), ("mention", "1881/QĐ-TTg"),
    ]
    decision = doc.citations[1]
    # the fuller second occurrence: "Quyết định số 1881/QQĐ-TTg ngày 20 tháng 11 năm 2020 của Thủ tướng Chính ph"
    assert (decision.number_raw, decision.issued_date, decision.issuer) == (
        "1881/QQĐ-TTg", dt.date(2020, 11, 20), "Thủ tướng Chính phủ",
    )
    assert [w.message for w in doc.warnings if w.code == "citation_number_repaired"] == [
        "1881/QQĐ-TTg -> 1881/QĐ-TTg"
    ]


def test_a_document_never_cites_itself(corpus_docs):
    for doc in corpus_docs.values():
        if doc.metadata.number:
            assert doc.metadata.number not in {c.number for c in doc.citations}


def test_one_document_once_per_role(corpus_docs):
    for doc in corpus_docs.values():
        keys = [(c.role, c.number) for c in doc.citations if c.number]
        assert len(keys) == len(set(keys))


def test_preamble_is_found_on_every_decision():
    for path in (AN_GIANG, HUNG_YEN, TUYEN_QUANG):
        ctx = build_context(corpus_text(path))
        clauses = preamble_clauses(ctx.text)
        assert clauses and ctx.text[clauses[0].start :].startswith("Căn cứ Luật Tổ chức")


# ------------------------------------------------------------------ robustness

FRAGMENTS = st.sampled_from([
    "Căn cứ ", "Theo đề nghị của ", "Xét đề nghị ", "QUYẾT ĐỊNH:", "Nghị định số ", "Luật ",
    "45/2012/NĐ-CP", "20/2017/TT0BCT", "1881/QQĐ-TTg", "NĐ- CP", " ngày 21/5/2012", " ngày 18\ntháng 8 năm 2022",
    " của ", "Chính phủ", "Bộ Tài chính", "UBND tỉnh ", " về ", "; ", "\n", ":", "(", ")", "số ",
    "các Thông tư của Bộ Công Thương: ", "Số ", "/", "-",
])


@settings(deadline=None, max_examples=150)
@given(st.lists(FRAGMENTS | st.text(max_size=12), max_size=30).map("".join))
def test_citation_parser_never_raises_and_spans_stay_inside(text):
    ctx = Context(source=text, clean=MappedText.identity(text))  # the parser alone
    citations, warnings = extract_citations(ctx), ctx.warnings
    for item in [*citations, *(w for w in warnings if w.span)]:
        start, end = item.span
        assert 0 <= start <= end <= len(text)


def test_a_repeated_header_block_counts_its_bases_once():
    # Hưng Yên: the source repeats the whole header, preamble and first sections
    block = preamble(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;",
        "Căn cứ Thông báo số 130/TB-UBND ngày 18/11/2025 của Ủy ban nhân dân tỉnh về kết luận;",
        "Theo đề nghị của Sở Công Thương tại Tờ trình số 1451/TTr-SCT ngày 27/10/2025.",
    ) + "I. MỤC TIÊU\n1. Mục tiêu chung\n"
    citations, _ = cite(block + block, province="Hưng Yên")
    assert [(c.role, c.doc_type, c.number) for c in citations] == [
        ("basis", "Luật", None), ("basis", "Thông báo", "130/TB-UBND"), ("proposal", "Tờ trình", "1451/TTr-SCT"),
    ]


def test_council_resolution_preamble_ends_at_quyet_nghi():
    citations, _ = cite(
        "Căn cứ Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ về khuyến công;\nQUYẾT NGHỊ:\n"
        "Điều 1. Theo Nghị quyết số 05/2024/NQ-HĐND của Hội đồng nhân dân tỉnh.\n",
        province="Hưng Yên",
    )
    assert [(c.role, c.number, c.issuer) for c in citations] == [
        ("basis", "45/2012/NĐ-CP", "Chính phủ"), ("mention", "05/2024/NQ-HĐND", "HĐND tỉnh Hưng Yên"),
    ]


@pytest.mark.parametrize(
    ("text", "number", "passage"),
    [
        # the directive: the span of the decree stops before the next document
        (
            "theo đúng tinh thần, nội dung, quy định tại Nghị định số 45/2012/NĐ-CP, Quyết định số 1881/QĐ-TTg; ngày 19",
            "45/2012/NĐ-CP", "Nghị định số 45/2012/NĐ-CP",
        ),
        # Tuyên Quang: a mention with a date and no title ends at the date
        (
            "được UBND tỉnh phê duyệt tại Quyết định số 491/QĐ-UBND ngày 18/12/2013.",
            "491/QĐ-UBND", "Quyết định số 491/QĐ-UBND ngày 18/12/2013",
        ),
    ],
)
def test_mention_spans_cover_only_what_was_read(text, number, passage):
    citations, _ = cite(text, province="Tuyên Quang")
    c = by_number(citations, number)
    assert text[c.span[0] : c.span[1]] == passage


@pytest.mark.parametrize(
    ("written", "province", "issuer"),
    [
        ("liên Bộ Tài chính - Công Thương", None, "Bộ Tài chính - Bộ Công Thương"),  # Tuyên Quang
        ("Thủ tướng Chính ph", None, "Thủ tướng Chính phủ"),  # the directive, a lost letter
        ("Giám đốc Sở Công Thương", None, "Sở Công Thương"),  # An Giang's proposal
        ("Sở Công Thương Hà Tĩnh", None, "Sở Công Thương Hà Tĩnh"),  # Hà Tĩnh
        ("Ủy ban nhân dân tỉnh", "Hưng Yên", "UBND tỉnh Hưng Yên"),  # Hưng Yên's notice
        ("UBND tỉnh Tuyên Quang", None, "UBND tỉnh Tuyên Quang"),
        # a province's name with a dash between its words, however written; the older "Tầu"
        ("Ủy ban nhân dân tỉnh Bà Rịa – Vũng Tầu", None, "UBND tỉnh Bà Rịa - Vũng Tàu"),  # Bà Rịa – Vũng Tàu news
        ("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA-VŨNG TÀU", None, "UBND tỉnh Bà Rịa - Vũng Tàu"),
        ("UBND tỉnh Thừa Thiên - Huế", None, "UBND tỉnh Thừa Thiên Huế"),
        # the older spellings of the Central Highlands' names ("tỉnh Đăk Nông", Đắk Nông news)
        ("UBND tỉnh Đăk Lăk", None, "UBND tỉnh Đắk Lắk"),
        ("Sở Công Thương tỉnh Đăk Nông", None, "Sở Công Thương Đắk Nông"),
        ("Ủy ban nhân dân tỉnh Đắc Lắc", None, "UBND tỉnh Đắk Lắk"),
        ("Ủy ban nhân dân tỉnh Ban hành Quy định", "An Giang", None),  # a title, not a place
        ("Sở Giao thông vận tải", None, None),  # not in the table: never guessed
        ("Sở Công Thương tỉnh Nghệ An", None, "Sở Công Thương Nghệ An"),
        ("UBND thành phố Tuyên Quang", None, None),  # a city of the province, not the province
        ("Ủy ban nhân dân thành phố Hà Nội", None, "UBND thành phố Hà Nội"),
        ("Trung tâm Khuyến công và Xúc tiến thương mại Tuyên Quang", None,
         "Trung tâm Khuyến công và Xúc tiến thương mại Tuyên Quang"),
        ("Trung tâm Khuyến công tỉnh", "Ninh Thuận", "Trung tâm Khuyến công Ninh Thuận"),
        ("Trung tâm Khuyến nông", None, None),  # one letter from the centre's name: never guessed
        # "thành phố" abbreviated ("UBND TP. Hồ Chí Minh", "TP.HCM" for the whole name)
        ("UBND TP. Hồ Chí Minh", None, "UBND thành phố Hồ Chí Minh"),
        ("UBND TP Cần Thơ", None, "UBND thành phố Cần Thơ"),
        ("UBND TP.HCM", None, "UBND thành phố Hồ Chí Minh"),
        ("Sở Công Thương TP. Hồ Chí Minh", None, "Sở Công Thương Hồ Chí Minh"),
        ("Trung tâm Khuyến công TP. Cần Thơ", None, "Trung tâm Khuyến công Cần Thơ"),
        ("UBND TP. Vinh", None, None),  # a city of the province (`local_body`)
    ],
)
def test_issuer_names_are_canonical(written, province, issuer):
    assert match_issuer(written, province) == issuer


def test_unknown_code_parts_are_kept_not_guessed():
    parsed = normalise_number("12/XYZ-UBND")
    assert (parsed.number, parsed.repaired, parsed.issuer_codes) == ("12/XYZ-UBND", False, ("UBND",))


# ------------------------------------------------------------------ forms of unseen documents


@pytest.mark.parametrize(
    ("text", "raw", "type_code", "issuer_codes"),
    [
        ("Luật Ngân sách nhà nước số 89/2025/QH15;", "89/2025/QH15", None, ("QH",)),
        ("Nghị quyết số 09-NQ/TU ngày 27 tháng 6 năm 2012", "09-NQ/TU", "NQ", ()),
        ("Chỉ thị số 21-CT/TW ngày 19/01/2023", "21-CT/TW", "CT", ()),
        ("Kết luận số 12-KL/TW,", "12-KL/TW", "KL", ()),
        ("Kế hoạch số 178-KH/TU ngày", "178-KH/TU", "KH", ()),
        ("Thông tư liên tịch số: 183/2010/TTLT/BTC-BNN, ngày", "183/2010/TTLT/BTC-BNN", "TTLT", ("BTC", "BNN")),
        ("Văn bản số 4469/SNN-PTNT&QLCL ngày 27 tháng 10 năm 2020", "4469/SNN-PTNT&QLCL", None, ("SNN",)),
        # the department's code written with its sector (Thanh Hóa, 2022)
        ("và Công văn số 5129/SNN&PTNT-PTNT ngày 23 tháng 11 năm 2022.", "5129/SNN&PTNT-PTNT", None, ("SNN&PTNT",)),
        ("Quyết định số 27/2010/QĐ .UBND ngày", "27/2010/QĐ .UBND", "QĐ", ("UBND",)),
        ("Chương trình số 1231/CTr-SCT ngày", "1231/CTr-SCT", "CTr", ("SCT",)),
        ("Quyết định số 1511/QĐ-BNN-KTHT", "1511/QĐ-BNN-KTHT", "QĐ", ("BNN",)),
        # a sentence that starts right after the number is no code part
        ("Quyết định số 12/QĐ-UBND.Trong đó", "12/QĐ-UBND", "QĐ", ("UBND",)),
        # the "/" between the year and the type code lost (An Giang, 2017)
        ("Quyết định số 2211/2016QĐ-UBND;", "2211/2016QĐ-UBND", "QĐ", ("UBND",)),
        # a ministry's department numbering its own letter, and as the ministry's unit (Hòa Bình, 2021)
        ("Văn bản số 437/CTĐP-QLKC về việc phân bổ kinh phí", "437/CTĐP-QLKC", None, ("CTĐP",)),
        ("Công văn số 5658/BCT-CTĐP ngày", "5658/BCT-CTĐP", None, ("BCT",)),
        # a national project's contract (Ninh Thuận news): no guidance "HD"
        ("theo Hợp đồng số 104/HĐ-CTĐP ngày 31/5/2018 giữa Cục Công Thương địa phương", "104/HĐ-CTĐP", "HĐ", ("CTĐP",)),
    ],
)
def test_whole_numbers_are_found_with_their_codes(text, raw, type_code, issuer_codes):
    ((_, _, found),) = find_numbers(text)
    assert (found.raw, found.type_code, found.issuer_codes) == (raw, type_code, issuer_codes)


def test_a_decision_dated_in_a_lede_after_the_papers_code():
    """Làng nghề Việt news: "LNV - Ngày 20/11/2020, ..." dates the decision the sentence issues (the
    code before the dash hid the date), and ", đồng thời giao ..." is the sentence's next predicate,
    no part of the title."""
    doc = extract_text(
        "LNV - Ngày 20/11/2020, Thủ tướng Chính phủ đã ban hành Quyết định số 1881/QĐ-TTg phê duyệt Chương trình "
        "khuyến công quốc gia giai đoạn 2021-2025, đồng thời giao cho các Bộ: Công Thương, Tài chính, Kế hoạch – Đầu "
        "tư, UBND các tỉnh, thành phố và các tổ chức, cá nhân liên quan căn cứ phạm vi trách nhiệm của mình, thực hiện "
        "tốt Quyết định này.")
    assert [(c.number, c.issued_date, c.issuer, c.title) for c in doc.citations] == [
        ("1881/QĐ-TTg", dt.date(2020, 11, 20), "Thủ tướng Chính phủ",
         "phê duyệt Chương trình khuyến công quốc gia giai đoạn 2021-2025")]


def test_a_contract_is_cited_as_written():
    """Ninh Thuận news of a national project's acceptance: "HĐ" is a contract's code; it was
    read as "HD" (a guidance), with a warning of a repaired number."""
    doc = extract_text(
        "Ngày 10/08/2018, tại Công ty TNHH Thái Phong Seafood (huyện Thuận Nam), Sở Công Thương Ninh Thuận phối "
        "hợp với chính quyền địa phương tổ chức nghiệm thu cơ sở kết quả thực hiện Đề án hỗ trợ ứng dụng máy móc "
        "thiết bị trong quy trình chế biến nước mắm theo Hợp đồng số 104/HĐ-CTĐP ngày 31/5/2018 giữa Cục Công "
        "Thương địa phương với Trung tâm Khuyến công và Xúc tiến thương mại tỉnh Ninh Thuận về việc thực hiện đề "
        "án Khuyến công quốc gia năm 2018.")
    assert [(c.doc_type, c.number, c.issuer) for c in doc.citations] == [
        ("Hợp đồng", "104/HĐ-CTĐP", "Cục Công Thương địa phương")]
    assert not [w for w in doc.warnings if w.code == "citation_number_repaired"]


def test_a_proposals_second_letter_is_the_same_departments():
    """Thanh Hóa, 2022: the proposal's two letters of the department "SNN&PTNT"; the second,
    after "và", had no issuer (the code with its sector was unknown)."""
    citations, _ = cite(preamble(
        "Theo đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn tại Công văn số 4462/SNN&PTNT-PTNT ngày 21 "
        "tháng 10 năm 2022 và Công văn số 5129/SNN&PTNT-PTNT ngày 23 tháng 11 năm 2022."))
    assert [(c.role, c.number, c.issuer) for c in citations] == [
        ("proposal", "4462/SNN&PTNT-PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
        ("proposal", "5129/SNN&PTNT-PTNT", "Sở Nông nghiệp và Phát triển nông thôn")]


def test_a_departments_own_letter_names_it_as_issuer():
    """Hòa Bình's news: the Cục's letter had no issuer (its code was read as a unit alone)."""
    text = ("Trước đó, ngày 06/7/2021, Cục Công Thương địa phương (Bộ Công Thương) có Văn bản số 437/CTĐP-QLKC "
            "về việc phân bổ kinh phí khuyến công quốc gia năm 2021 (đợt 1).")
    [cited] = extract_text(text).citations
    assert (cited.number, cited.issuer, cited.issued_date) == (
        "437/CTĐP-QLKC", "Cục Công Thương địa phương", dt.date(2021, 7, 6))


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # a law of the 2025 style: its name, then its number
        (
            "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
            [("Luật", "72/2025/QH15", None, "Quốc hội", "Tổ chức chính quyền địa phương")],
        ),
        # "pháp luật" is law in general, not a law; the amending law is a basis of its own
        (
            "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi "
            "Luật số 87/2025/QH15;",
            [
                ("Luật", "64/2025/QH15", None, "Quốc hội", "Ban hành văn bản quy phạm pháp luật"),
                ("Luật", "87/2025/QH15", None, "Quốc hội", None),
            ],
        ),
        # an amending decree named after the decree it amends
        (
            "Căn cứ Nghị định số 45/2012/NĐ-CP ngày 21 tháng 5 năm 2012 của Chính phủ về khuyến công được "
            "sửa đổi, bổ sung bởi Nghị định số 235/2025/NĐ-CP;",
            [
                ("Nghị định", "45/2012/NĐ-CP", dt.date(2012, 5, 21), "Chính phủ", "khuyến công"),
                ("Nghị định", "235/2025/NĐ-CP", None, "Chính phủ", None),
            ],
        ),
        # a party resolution: the type from its code, the issuer from "của"
        (
            "Căn cứ Nghị quyết số 09-NQ/TU ngày 27 tháng 6 năm 2012 của Ban Chấp hành Đảng bộ tỉnh An Giang "
            "về phát triển nông nghiệp ứng dụng công nghệ cao;",
            [(
                "Nghị quyết", "09-NQ/TU", dt.date(2012, 6, 27), "Ban Chấp hành Đảng bộ tỉnh An Giang",
                "phát triển nông nghiệp ứng dụng công nghệ cao",
            )],
        ),
        (
            "Căn cứ Nghị quyết số 15-NQ/ĐUB ngày 22 tháng 9 năm 2025 của Ban Thường vụ Đảng ủy Bộ Công Thương;",
            [("Nghị quyết", "15-NQ/ĐUB", dt.date(2025, 9, 22), "Ban Thường vụ Đảng ủy Bộ Công Thương", None)],
        ),
        # a joint circular: a slash in its code, its date after a comma, "giữa X và Y"
        (
            "Căn cứ Thông tư liên tịch số: 183/2010/TTLT/BTC-BNN, ngày 15 tháng 11 năm 2010 giữa Bộ Tài chính "
            "và Bộ Nông nghiệp và PTNT hướng dẫn chế độ quản lý kinh phí khuyến nông;",
            [(
                "Thông tư liên tịch", "183/2010/TTLT-BTC-BNN", dt.date(2010, 11, 15),
                "Bộ Tài chính - Bộ Nông nghiệp và Phát triển nông thôn", "hướng dẫn chế độ quản lý kinh phí khuyến nông",
            )],
        ),
        # two ministries joined by a comma
        (
            "Căn cứ Thông tư liên tịch số 26/2014/TTLT-BTC-BCT ngày 18 tháng 02 năm 2014 của Bộ Tài chính, "
            "Bộ Công thương hướng dẫn trình tự lập, quản lý, sử dụng kinh phí khuyến công;",
            [(
                "Thông tư liên tịch", "26/2014/TTLT-BTC-BCT", dt.date(2014, 2, 18), "Bộ Tài chính - Bộ Công Thương",
                "hướng dẫn trình tự lập, quản lý, sử dụng kinh phí khuyến công",
            )],
        ),
        # a minister signs for the ministry
        (
            "Căn cứ Quyết định số 1511/QĐ-BNN-KTHT ngày 04 tháng 5 năm 2019 của Bộ trưởng Bộ Nông nghiệp và Phát "
            "triển nông thôn ban hành Kế hoạch;",
            [(
                "Quyết định", "1511/QĐ-BNN-KTHT", dt.date(2019, 5, 4), "Bộ Nông nghiệp và Phát triển nông thôn",
                "ban hành Kế hoạch",
            )],
        ),
        # a type word alone does not hide the numbered document after it
        (
            "Căn cứ Kế hoạch phát triển công nghiệp ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 02/3/2020 "
            "của UBND tỉnh An Giang;",
            [("Quyết định", "12/QĐ-UBND", dt.date(2020, 3, 2), "UBND tỉnh An Giang", None)],
        ),
    ],
)
def test_basis_forms_of_unseen_documents(clause, expected):
    citations, warnings = cite(preamble(clause), province="An Giang")
    assert [(c.doc_type, c.number, c.issued_date, c.issuer, c.title) for c in citations] == expected
    assert {c.role for c in citations} == {"basis"}
    assert not [w for w in warnings if w.code == "citation_issuer_mismatch"]


def test_an_amending_laws_number_is_the_last_after_the_laws_it_amends():
    """Vĩnh Long, 2025: the amending law named the laws it amends with their numbers, its own
    number last; the item was dropped whole (a number after a law named inside the name was
    no number of the item's)."""
    source = preamble(
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, Luật "
        "Kinh doanh bất động sản số 29/2023/QH15 và Luật các tổ chức tín dụng số 32/2024/QH15 số 43/2024/QH15;")
    (c,), _ = cite(source)
    assert (c.role, c.doc_type, c.number, c.issuer) == ("basis", "Luật", "43/2024/QH15", "Quốc hội")
    assert c.title == ("sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, "
                       "Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật các tổ chức tín dụng số 32/2024/QH15")
    assert source[c.span[1] - len("số 43/2024/QH15"):c.span[1]] == "số 43/2024/QH15"


def test_a_numbered_law_is_spanned_from_its_name():
    source = preamble("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;")
    (c,), _ = cite(source)
    assert source[c.span[0] : c.span[1]] == "Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15"


@pytest.mark.parametrize(
    ("text", "expected", "passage"),
    [
        # a law named before its number, outside the preamble
        (
            "thực hiện theo Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15.",
            ("Luật", "64/2025/QH15", None, "Quốc hội"),
            "Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15",
        ),
        # a typo in the code, the day run into "tháng"
        (
            "Thực hiện Quyết định số 27/2010/QĐ .UBND ngày 20tháng 4 năm 2010 của UBND tỉnh Nghệ An.",
            ("Quyết định", "27/2010/QĐ-UBND", dt.date(2010, 4, 20), "UBND tỉnh Nghệ An"),
            "Quyết định số 27/2010/QĐ .UBND ngày 20tháng 4 năm 2010 của UBND tỉnh Nghệ An",
        ),
        # an "&" inside the code
        (
            "và Văn bản số 4469/SNN-PTNT&QLCL ngày 27 tháng 10 năm 2020;",
            ("Văn bản", "4469/SNN-PTNT&QLCL", dt.date(2020, 10, 27), "Sở Nông nghiệp và Phát triển nông thôn"),
            "Văn bản số 4469/SNN-PTNT&QLCL ngày 27 tháng 10 năm 2020",
        ),
        # a programme
        (
            "Phê duyệt Chương trình số 1231/CTr-SCT ngày 24 tháng 9 năm 2013 của Sở Công Thương.",
            ("Chương trình", "1231/CTr-SCT", dt.date(2013, 9, 24), "Sở Công Thương"),
            "Chương trình số 1231/CTr-SCT ngày 24 tháng 9 năm 2013 của Sở Công Thương",
        ),
        # party documents without their issuer
        ("Quán triệt Chỉ thị số 21-CT/TW;", ("Chỉ thị", "21-CT/TW", None, None), "Chỉ thị số 21-CT/TW"),
        ("theo Kết luận số 12-KL/TW;", ("Kết luận", "12-KL/TW", None, None), "Kết luận số 12-KL/TW"),
        ("thực hiện Kế hoạch số 178-KH/TU;", ("Kế hoạch", "178-KH/TU", None, None), "Kế hoạch số 178-KH/TU"),
        # after a single body, a comma ends the issuer: the next body is the sentence's subject
        (
            "Thực hiện Quyết định số 28/2010/QĐ-UBND ngày 20/4/2010 của UBND tỉnh Hà Tĩnh, Sở Công Thương ban "
            "hành kế hoạch.",
            ("Quyết định", "28/2010/QĐ-UBND", dt.date(2010, 4, 20), "UBND tỉnh Hà Tĩnh"),
            None,
        ),
    ],
)
def test_mention_forms_of_unseen_documents(text, expected, passage):
    citations, warnings = cite(text)
    (c,) = citations
    assert (c.doc_type, c.number, c.issued_date, c.issuer) == expected
    if passage:
        assert text[c.span[0] : c.span[1]] == passage
    assert not [w for w in warnings if w.code == "citation_issuer_mismatch"]


def test_a_year_glued_to_the_type_code_is_repaired_with_a_warning():
    """An Giang 2017: "2211/2016QĐ-UBND" among the decisions a training cites was dropped
    without a word; it is read with the "/" put back, kept as written in ``number_raw``."""
    citations, warnings = cite(
        "Quyết định số 43/2015/QĐ-UBND; Quyết định số 42/2016/QĐ-UBND; Quyết định số 2211/2016QĐ-UBND; "
        "Quyết định số 22/2016/QĐ-UBND; Quyết định số 950/QĐ-UBND.")
    assert [(c.role, c.number) for c in citations] == [
        ("mention", "43/2015/QĐ-UBND"), ("mention", "42/2016/QĐ-UBND"), ("mention", "2211/2016/QĐ-UBND"),
        ("mention", "22/2016/QĐ-UBND"), ("mention", "950/QĐ-UBND")]
    assert by_number(citations, "2211/2016/QĐ-UBND").number_raw == "2211/2016QĐ-UBND"
    assert [w.message for w in warnings if w.code == "citation_number_repaired"] == [
        "2211/2016QĐ-UBND -> 2211/2016/QĐ-UBND"]


def test_a_dot_for_the_dash_is_repaired_with_a_warning():
    _, warnings = cite("Thực hiện Quyết định số 27/2010/QĐ .UBND ngày 20/4/2010 của UBND tỉnh Nghệ An.")
    assert [w.message for w in warnings if w.code == "citation_number_repaired"] == [
        "27/2010/QĐ .UBND -> 27/2010/QĐ-UBND"
    ]


def test_proposal_of_the_agriculture_department():
    citations, _ = cite(preamble(
        "Theo đề nghị của Sở Nông nghiệp và PTNT tại Tờ trình số 1464/TTr-SNN ngày 30/9/2009."
    ))
    (c,) = citations
    assert (c.role, c.doc_type, c.issuer) == ("proposal", "Tờ trình", "Sở Nông nghiệp và Phát triển nông thôn")


@pytest.mark.parametrize(
    ("written", "province", "issuer"),
    [
        ("Sở Nông nghiệp và PTNT", None, "Sở Nông nghiệp và Phát triển nông thôn"),
        ("Sở Nông nghiệp và Phát triển nông thôn", None, "Sở Nông nghiệp và Phát triển nông thôn"),
        ("Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn", None, "Bộ Nông nghiệp và Phát triển nông thôn"),
        ("Ban Chấp hành Đảng bộ tỉnh An Giang", None, "Ban Chấp hành Đảng bộ tỉnh An Giang"),
        ("Ban Chấp hành Đảng bộ tỉnh", "An Giang", "Ban Chấp hành Đảng bộ tỉnh An Giang"),
        ("Ban Thường vụ Tỉnh ủy", "Quảng Ninh", "Ban Thường vụ Tỉnh ủy Quảng Ninh"),
        ("Tỉnh ủy An Giang về việc", None, None),  # a title follows, not a place
    ],
)
def test_issuer_registry_knows_agriculture_and_party_bodies(written, province, issuer):
    assert match_issuer(written, province) == issuer


# ------------------------------------------------------------------ a preamble without "QUYẾT ĐỊNH:"

PLAN_HEADER = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 15/KH-UBND\nHà Nam, ngày 10 tháng 01 năm 2024\n"
    "KẾ HOẠCH\nKHUYẾN CÔNG TỈNH HÀ NAM NĂM 2024\n"
)
COUNCIL_HEADER = (
    "HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 38/2020/NQ-HĐND\nQuảng Trị, ngày 23 tháng 7 năm 2020\n"
    "NGHỊ QUYẾT\nQUY ĐỊNH NỘI DUNG VÀ MỨC CHI HỖ TRỢ HOẠT ĐỘNG KHUYẾN CÔNG\n"
    "HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG TRỊ\n"
)
LAW_2015 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
DECREE_45 = "Căn cứ Nghị định số 45/2012/NĐ-CP ngày 21 tháng 5 năm 2012 của Chính phủ về khuyến công;"


@pytest.mark.parametrize(("text", "expected"), [
    (  # a plan: its clauses end at the line that issues it, its body cites a mention
        PLAN_HEADER + LAW_2015 + "\n" + DECREE_45 + "\n"
        "Theo đề nghị của Sở Công Thương tại Tờ trình số 25/TTr-SCT ngày 05 tháng 01 năm 2024;\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch khuyến công năm 2024 như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
        "1. Triển khai Quyết định số 1881/QĐ-TTg ngày 16 tháng 11 năm 2020 của Thủ tướng Chính phủ.\n",
        [("basis", "Luật", None), ("basis", "Nghị định", "45/2012/NĐ-CP"),
         ("proposal", "Tờ trình", "25/TTr-SCT"), ("mention", "Quyết định", "1881/QĐ-TTg")],
    ),
    (  # a council's resolution cut before "QUYẾT NGHỊ:"; "Xét Tờ trình" is its proposal
        COUNCIL_HEADER + "\n" + LAW_2015 + "\n\n" + DECREE_45 + "\n\n"
        "Xét Tờ trình số 3110/TTr-UBND ngày 10/7/2020 của Ủy ban nhân dân tỉnh về quy định nội dung và "
        "mức chi hỗ trợ hoạt động khuyến công; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách",
        [("basis", "Luật", None), ("basis", "Nghị định", "45/2012/NĐ-CP"),
         ("proposal", "Tờ trình", "3110/TTr-UBND")],
    ),
    (  # "Thực hiện ..." and a list item on a line of its own carry the run on
        PLAN_HEADER + DECREE_45 + "\n"
        "Thực hiện Quyết định số 48/2019/QĐ-UBND ngày 30 tháng 12 năm 2019 của Ủy ban nhân dân tỉnh về hỗ trợ "
        "phát triển ngành nghề nông thôn;\n"
        "Kế hoạch số 97/KH-UBND ngày 25/3/2023 của Ủy ban nhân dân tỉnh về phát triển thương mại điện tử;\n"
        "Xét đề nghị của Sở Công Thương tại Tờ trình số 25/TTr-SCT ngày 05/01/2024,\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC TIÊU\n",
        [("basis", "Nghị định", "45/2012/NĐ-CP"), ("basis", "Quyết định", "48/2019/QĐ-UBND"),
         ("basis", "Kế hoạch", "97/KH-UBND"), ("proposal", "Tờ trình", "25/TTr-SCT")],
    ),
    (  # the documents of a clause listed as bullets
        PLAN_HEADER + "Căn cứ các văn bản sau:\n- " + LAW_2015[7:] + "\n- " + DECREE_45[7:] + "\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
        "- Hỗ trợ theo Quyết định số 1881/QĐ-TTg ngày 16/11/2020 của Thủ tướng Chính phủ.\n",
        [("basis", "Luật", None), ("basis", "Nghị định", "45/2012/NĐ-CP"),
         ("mention", "Quyết định", "1881/QĐ-TTg")],
    ),
    (  # a 2025-format resolution copied without its "Số:" line (Cần Thơ, 2026): the clauses after
        # its type heading and title, up to "Hội đồng nhân dân ban hành Nghị quyết ...", are its preamble
        "Sign In\nNGHỊ QUYẾT\nQuy định mức chi cho các hoạt động khuyến công\ntrên địa bàn thành phố Cần Thơ\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n\n"
        "Căn cứ Luật Ngân sách nhà nước số 89/2025/QH15;\n\n"
        "Căn cứ Nghị định số 45/2012/NĐ-CP ngày 21 tháng 5 năm 2012 của Chính phủ về khuyến công;\n\n"
        "Căn cứ Nghị định số 235/2025/NĐ-CP ngày 27 tháng 8 năm 2025 của Chính phủ sửa đổi, bổ sung một số điều của "
        "Nghị định số 45/2012/NĐ-CP ngày 21 tháng 5 năm 2012 của Chính phủ về khuyến công;\n\n"
        "Căn cứ Thông tư số 28/2018/TT-BTC ngày 28 tháng 3 năm 2018 của Bộ trưởng Bộ Tài chính hướng dẫn lập, quản "
        "lý, sử dụng kinh phí khuyến công;\n\n"
        "Căn cứ Thông tư số 64/2024/TT-BTC ngày 28 tháng 8 năm 2024 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một "
        "số điều của Thông tư số 28/2018/TT-BTC ngày 28 tháng 3 năm 2018 của Bộ trưởng Bộ Tài chính hướng dẫn lập, "
        "quản lý, sử dụng kinh phí khuyến công;\n\n"
        "Xét Tờ trình số 74/TTr-UBND ngày 02 tháng 02 năm 2026 của Ủy ban nhân dân thành phố dự thảo nghị quyết quy "
        "định mức chi cho các hoạt động khuyến công trên địa bàn thành phố Cần Thơ; Báo cáo thẩm tra của Ban Đô thị "
        "Hội đồng nhân dân thành phố; ý kiến thảo luận của đại biểu Hội đồng nhân dân tại kỳ họp;\n\n"
        "Hội đồng nhân dân ban hành Nghị quyết quy định mức chi cho các hoạt động khuyến công trên địa bàn thành phố "
        "Cần Thơ.\n\nĐiều 1. Phạm vi điều chỉnh và đối tượng áp dụng\n\n1. Phạm vi điều chỉnh\n",
        [("basis", "Luật", "72/2025/QH15"), ("basis", "Luật", "89/2025/QH15"), ("basis", "Nghị định", "45/2012/NĐ-CP"),
         ("basis", "Nghị định", "235/2025/NĐ-CP"), ("basis", "Thông tư", "28/2018/TT-BTC"),
         ("basis", "Thông tư", "64/2024/TT-BTC"), ("proposal", "Tờ trình", "74/TTr-UBND")],
    ),
    (  # a copy of a 2025 decision that starts at its first clause: the enacting formula after
        # the clauses closes its preamble
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n"
        "Căn cứ Nghị định số 235/2025/NĐ-CP ngày 27 tháng 8 năm 2025 của Chính phủ sửa đổi, bổ sung một số điều của "
        "Nghị định số 45/2012/NĐ-CP ngày 21 tháng 5 năm 2012 của Chính phủ về khuyến công;\n"
        "Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 125/TTr-SCT ngày 10 tháng 10 năm 2025;\n"
        "Ủy ban nhân dân tỉnh ban hành Quyết định quy định mức chi cho các hoạt động khuyến công.\n"
        "Điều 1. Phạm vi điều chỉnh\n",
        [("basis", "Luật", "72/2025/QH15"), ("basis", "Nghị định", "235/2025/NĐ-CP"),
         ("proposal", "Tờ trình", "125/TTr-SCT")],
    ),
    (  # a committee issuing a numbered decision (a news report) enacts no text of its own: no preamble
        "Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2024 của Ủy ban nhân dân tỉnh;\n"
        "Ủy ban nhân dân tỉnh ban hành Quyết định số 1289/QĐ-UBND phê duyệt dự toán kinh phí khuyến công năm 2021.\n",
        [("mention", "Kế hoạch", "12/KH-UBND"), ("mention", "Quyết định", "1289/QĐ-UBND")],
    ),
    (  # a type word in a news headline is no type heading: "Căn cứ" in its prose stays a mention
        "KẾ HOẠCH KHUYẾN CÔNG NĂM 2024: HỖ TRỢ 20 CƠ SỞ\n"
        "Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2024 của Ủy ban nhân dân tỉnh, Sở Công Thương đã tổ chức 10 lớp "
        "tập huấn;\n",
        [("mention", "Kế hoạch", "12/KH-UBND")],
    ),
    (  # "Căn cứ" inside an article of a guidance is no preamble
        "Số: 1213/HDLN-STC-SCT\nHƯỚNG DẪN\nTHỰC HIỆN QUY CHẾ QUẢN LÝ QUỸ KHUYẾN CÔNG\n"
        "Điều 1. Đối tượng được hỗ trợ\n1. Doanh nghiệp nhỏ và vừa.\nĐiều 2. Nội dung hỗ trợ\n"
        "Căn cứ Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ, các đơn vị lập đề án.\n",
        [("mention", "Nghị định", "45/2012/NĐ-CP")],
    ),
    (  # nor after running text, nor in a text without a header
        "Số: 12/SCT-QLCN\nKính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố.\n"
        "Năm 2023, Sở Công Thương đã phối hợp với các địa phương triển khai nhiều đề án khuyến công hiệu quả.\n"
        "Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2024 của Ủy ban nhân dân tỉnh, Sở đề nghị các địa phương.\n",
        [("mention", "Kế hoạch", "12/KH-UBND")],
    ),
    (
        "Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2024 của Ủy ban nhân dân tỉnh, Sở Công Thương đã tổ chức "
        "10 lớp tập huấn.\n",
        [("mention", "Kế hoạch", "12/KH-UBND")],
    ),
])
def test_preamble_without_operative_verb_ends_where_its_clauses_do(text, expected):
    citations = extract_text(text).citations  # with its metadata: the text's own number is no citation
    assert [(c.role, c.doc_type, c.number) for c in citations] == expected


def test_xet_to_trinh_is_a_proposal_before_quyet_nghi_too():
    citations, _ = cite(preamble(
        DECREE_45, "Xét Tờ trình số 3110/TTr-UBND ngày 10/7/2020 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra.",
    ).replace("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:"), province="Quảng Trị")
    assert [(c.role, c.number, c.issuer) for c in citations] == [
        ("basis", "45/2012/NĐ-CP", "Chính phủ"), ("proposal", "3110/TTr-UBND", "UBND tỉnh Quảng Trị")]


@pytest.mark.parametrize(("clause", "expected"), [
    ("Căn cứ Kế hoạch số 116/KH-UBND ngày 02/7/2020 của Ủy ban nhân dân tỉnh về phát triển thương mại điện tử; "
     "theo đề nghị của Sở Công Thương tại Tờ trình số 1415/TTr-SCT ngày 16/5/2023.",
     [("basis", "116/KH-UBND", "UBND tỉnh Quảng Ninh"), ("proposal", "1415/TTr-SCT", "Sở Công Thương")]),
    ("Căn cứ Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ về khuyến công; xét Tờ trình số "
     "3110/TTr-UBND ngày 10/7/2020 của Ủy ban nhân dân tỉnh.",
     [("basis", "45/2012/NĐ-CP", "Chính phủ"), ("proposal", "3110/TTr-UBND", "UBND tỉnh Quảng Ninh")]),
])
def test_a_proposal_after_a_semicolon_of_a_basis_clause_is_a_proposal(clause, expected):
    citations, _ = cite(preamble(clause), province="Quảng Ninh")
    assert [(c.role, c.number, c.issuer) for c in citations] == expected


def test_a_councils_review_report_joined_by_va_is_its_own_proposal():
    """"... và Báo cáo thẩm tra số 18/BC-KTNS ..." (words between the type and "số") is cut
    from the submission before it; its issuer, a council committee no registry knows, is
    kept as written instead of becoming its title."""
    citations, _ = cite(preamble(
        "Xét Tờ trình số 192/TTr-UBND ngày 21 tháng 11 năm 2016 của Ủy ban nhân dân tỉnh về việc phê chuẩn kế hoạch"
        " đầu tư công trung hạn giai đoạn 2016 - 2020 và Báo cáo thẩm tra số 18/BC-KTNS ngày 07 tháng 12 năm 2016"
        " của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh;").replace("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:"), province="Hà Giang")
    assert [(c.role, c.doc_type, c.number, c.issued_date, c.issuer, c.title) for c in citations] == [
        ("proposal", "Tờ trình", "192/TTr-UBND", dt.date(2016, 11, 21), "UBND tỉnh Hà Giang",
         "phê chuẩn kế hoạch đầu tư công trung hạn giai đoạn 2016 - 2020"),
        ("proposal", "Báo cáo", "18/BC-KTNS", dt.date(2016, 12, 7), "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh",
         None)]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # A second numbered document joined by "và" is a citation of its own.
        ("Xét đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 36/TTr-SCT ngày 10 tháng 3 năm 2021 và "
         "Văn bản số 45/STC-HCSN ngày 12 tháng 3 năm 2021 của Sở Tài chính,",
         [("proposal", "Tờ trình", "36/TTr-SCT", dt.date(2021, 3, 10)),
          ("proposal", "Văn bản", "45/STC-HCSN", dt.date(2021, 3, 12))]),
        # Two laws named in one title are one citation.
        ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa "
         "phương ngày 22 tháng 11 năm 2019;",
         [("basis", "Luật", None, dt.date(2019, 11, 22))]),
    ],
)
def test_documents_joined_by_va(clause, expected):
    citations, _ = cite(preamble(clause))
    assert [(c.role, c.doc_type, c.number, c.issued_date) for c in citations] == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # Two laws passed the same day, the date written once after the last.
        ("Căn cứ Luật Doanh nghiệp và Luật Đầu tư ngày 26 tháng 11 năm 2014;",
         [("Doanh nghiệp", None, dt.date(2014, 11, 26), "Luật Doanh nghiệp"),
          ("Đầu tư", None, dt.date(2014, 11, 26), "Luật Đầu tư ngày 26 tháng 11 năm 2014")]),
        ("Căn cứ Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
         [("Tổ chức Chính phủ", None, dt.date(2015, 6, 19), "Luật Tổ chức Chính phủ"),
          ("Tổ chức chính quyền địa phương", None, dt.date(2015, 6, 19),
           "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015")]),
        # A list of three, commas and "và": the last one's date for all.
        ("Căn cứ Luật Ngân sách nhà nước, Luật Đầu tư công và Luật Quản lý nợ công ngày 25/6/2015;",
         [("Ngân sách nhà nước", None, dt.date(2015, 6, 25), "Luật Ngân sách nhà nước"),
          ("Đầu tư công", None, dt.date(2015, 6, 25), "Luật Đầu tư công"),
          ("Quản lý nợ công", None, dt.date(2015, 6, 25), "Luật Quản lý nợ công ngày 25/6/2015")]),
        # Each with its number: two laws, no date for either.
        ("Căn cứ Luật Doanh nghiệp số 68/2014/QH13 và Luật Đầu tư số 67/2014/QH13;",
         [("Doanh nghiệp", "68/2014/QH13", None, "Luật Doanh nghiệp số 68/2014/QH13"),
          ("Đầu tư", "67/2014/QH13", None, "Luật Đầu tư số 67/2014/QH13")]),
        # A law named with its year keeps no date of the next one.
        ("Căn cứ Luật Đất đai năm 2013 và Luật Xây dựng ngày 18 tháng 6 năm 2014;",
         [("Đất đai", None, None, "Luật Đất đai năm 2013"),
          ("Xây dựng", None, dt.date(2014, 6, 18), "Luật Xây dựng ngày 18 tháng 6 năm 2014")]),
        # "và" inside one law's name, or between the laws an amending law names: one law.
        ("Căn cứ Luật Hỗ trợ doanh nghiệp nhỏ và vừa ngày 12 tháng 6 năm 2017;",
         [("Hỗ trợ doanh nghiệp nhỏ và vừa", None, dt.date(2017, 6, 12),
           "Luật Hỗ trợ doanh nghiệp nhỏ và vừa ngày 12 tháng 6 năm 2017")]),
        ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa "
         "phương ngày 22 tháng 11 năm 2019;",
         [("sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương",
           None, dt.date(2019, 11, 22), None)]),
        # Gia Lai, Quyết định 575/QĐ-UBND (2021), hard-wrapped: a law, then the amending law, each with its year
        ("Căn cứ Luật Tổ chức chính\nquyền địa phương năm 2015 và Luật sửa đổi, bổ sung một số điều của Luật Tổ chức"
         "\nChính phủ và Luật Tổ chức chính quyền địa phương năm 2019;",
         [("Tổ chức chính quyền địa phương", None, None, None),
          ("sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương",
           None, None, "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức\nChính phủ và Luật Tổ chức chính quyền "
           "địa phương năm 2019")]),
    ],
)
def test_laws_joined_by_va_are_one_citation_each(clause, expected):
    source = preamble(clause)
    citations, _ = cite(source)
    assert {(c.role, c.doc_type, c.issuer) for c in citations} == {("basis", "Luật", "Quốc hội")}
    assert [(c.title, c.number, c.issued_date) for c in citations] == [e[:3] for e in expected]
    for c, (*_, passage) in zip(citations, expected):
        if passage:
            assert source[slice(*c.span)] == passage


def test_laws_named_in_a_decisions_title_are_no_citations_of_their_own():
    citations, _ = cite(preamble(
        "Căn cứ Quyết định số 12/2020/QĐ-UBND ngày 02/3/2020 của UBND tỉnh về việc hướng dẫn thi hành Luật "
        "Doanh nghiệp và Luật Đầu tư;"))
    (c,) = citations
    assert (c.number, c.title) == ("12/2020/QĐ-UBND", "hướng dẫn thi hành Luật Doanh nghiệp và Luật Đầu tư")


def test_a_document_followed_by_va_and_no_document_has_no_title():
    """A plan's "theo đề nghị ... tại Tờ trình số ... và kết quả lấy ý kiến ..., Ủy ban nhân dân
    tỉnh ban hành Kế hoạch ... như sau:": what follows "và" is no title of the Tờ trình."""
    text = ("Số: 148/KH-UBND\nCăn cứ Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ về khuyến công; "
            "theo đề nghị của Sở Công Thương tại Tờ trình số 1415/TTr-SCT ngày 16/5/2023 và kết quả lấy ý kiến "
            "của các thành viên Ủy ban nhân dân tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n")
    citations, _ = cite(text, province="Quảng Ninh")
    proposal = by_number(citations, "1415/TTr-SCT")
    assert (proposal.role, proposal.issued_date, proposal.issuer, proposal.title) == (
        "proposal", dt.date(2023, 5, 16), "Sở Công Thương", None)
    assert text[slice(*proposal.span)] == "Tờ trình số 1415/TTr-SCT ngày 16/5/2023"


def test_a_law_named_with_its_year_alone_is_a_basis():
    """Plans cite laws by name and year: "Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;"
    was no citation (no number, no full date)."""
    citations, _ = cite(preamble(
        "Căn cứ Luật Tổ chức chính quyền địa phương năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ "
        "chức Chính phủ và Luật Tổ chức chính quyền địa phương năm 2019;"))
    assert [(c.role, c.doc_type, c.number, c.issued_date, c.issuer, c.title) for c in citations] == [
        ("basis", "Luật", None, None, "Quốc hội", "Tổ chức chính quyền địa phương"),
        ("basis", "Luật", None, None, "Quốc hội",
         "sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương"),
    ]


def test_a_council_resolutions_session_is_no_part_of_its_title():
    citations, _ = cite(preamble(
        "Căn cứ Nghị quyết số 21/2016/NQ-HĐND ngày 08 tháng 12 năm 2016 của Hội đồng nhân dân tỉnh Khóa IX, "
        "Kỳ họp thứ hai về việc quy định mức chi hỗ trợ hoạt động khuyến công;"), province="Đà Nẵng")
    assert by_number(citations, "21/2016/NQ-HĐND").title == "quy định mức chi hỗ trợ hoạt động khuyến công"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # prose that dates a document before it names it (a news report of a department's letter)
        ("Ngày 17/6/2021 Sở Công Thương tỉnh Ninh Bình ban hành văn bản số 785/SCT-QLCN về việc định hướng xây "
         "dựng kế hoạch khuyến công năm 2022.", [("785/SCT-QLCN", dt.date(2021, 6, 17))]),
        ("Trung tâm đã khảo sát nhu cầu. Ngày 3/3/2022, UBND tỉnh ban hành Quyết định số 12/QĐ-UBND về khuyến "
         "công.", [("12/QĐ-UBND", dt.date(2022, 3, 3))]),
        # after a short opening phrase, with "có" for "ban hành"
        ("Trước đó, ngày 06/7/2021, Cục Công Thương địa phương có Văn bản số 437/CTĐP-QLKC về việc phân bổ kinh "
         "phí khuyến công quốc gia năm 2021.", [("437/CTĐP-QLKC", dt.date(2021, 7, 6))]),
        # the date written after the number is its own; a date of another sentence is none of its
        ("Ngày 17/6/2021 Sở Công Thương ban hành văn bản số 785/SCT-QLCN ngày 18/6/2021 về việc khuyến công.",
         [("785/SCT-QLCN", dt.date(2021, 6, 18))]),
        ("Ngày 3/3/2022, UBND tỉnh họp. Sở Công Thương ban hành Kế hoạch số 5/KH-SCT về khuyến công.",
         [("5/KH-SCT", None)]),
        # Bến Tre's department site: "đã phê duyệt" for "ban hành"
        ("Ngày 27/12/2019, Bộ Công Thương đã phê duyệt Quyết định 3872/QĐ-BCT về việc giao kế hoạch kinh phí "
         "khuyến công quốc gia năm 2020.", [("3872/QĐ-BCT", dt.date(2019, 12, 27))]),
        # the date is the first document's, not the one it approves or issues
        ("Ngày 05/5/2021, UBND tỉnh ban hành Quyết định số 1000/QĐ-UBND phê duyệt Kế hoạch số 35/KH-UBND về "
         "khuyến công.", [("1000/QĐ-UBND", dt.date(2021, 5, 5)), ("35/KH-UBND", None)]),
        ("Ngày 05/5/2021, UBND tỉnh có Quyết định số 1000/QĐ-UBND ban hành Kế hoạch số 35/KH-UBND về khuyến công.",
         [("1000/QĐ-UBND", dt.date(2021, 5, 5)), ("35/KH-UBND", None)]),
    ],
)
def test_a_mention_dated_before_it_is_named(text, expected):
    assert [(c.number, c.issued_date) for c in extract_text(text).citations] == expected


def test_a_preamble_under_a_number_put_on_the_line_after_its_label():
    """A web copy puts the number on the line after "Số:" and writes "QUYẾT ĐỊNH" without its
    colon: the "Căn cứ" clauses are still the legal basis, the "Theo đề nghị" one the proposal."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\n"
            "Số:\n59/2010/QĐ-UBND\n|\nĐồng Xoài, ngày 24 tháng 8 năm 2010\n|\nQUYẾT ĐỊNH\n"
            "BAN HÀNH QUY ĐỊNH BÌNH CHỌN SẢN PHẨM CÔNG NGHIỆP NÔNG THÔN TIÊU BIỂU\n"
            "ỦY BAN NHÂN DÂN TỈNH\n"
            "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;\n"
            "Căn cứ Nghị định số 134/2004/NĐ-CP ngày 09/6/2004 của Chính phủ về khuyến khích phát triển công "
            "nghiệp nông thôn;\n"
            "Theo đề nghị của Sở Công Thương tại Tờ trình số 262/TTr-SCT ngày 12/8/2010,\n"
            "QUYẾT ĐỊNH\nĐiều 1. Ban hành kèm theo Quyết định này Quy định bình chọn sản phẩm.")
    assert [(c.role, c.doc_type, c.number) for c in extract_text(text).citations] == [
        ("basis", "Luật", None), ("basis", "Nghị định", "134/2004/NĐ-CP"), ("proposal", "Tờ trình", "262/TTr-SCT")]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # a number alone after "và", under the type the clause names once
        ("Căn cứ các Nghị định của Chính phủ: số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 quy định chi tiết một số "
         "điều; số 154/2020/NĐ-CP ngày 31 tháng 12 năm 2020 và số 59/2024/NĐ-CP ngày 25 tháng 5 năm 2024 về sửa "
         "đổi, bổ sung một số điều của Nghị định số 34/2016/NĐ-CP;",
         [("basis", "34/2016/NĐ-CP", dt.date(2016, 5, 14)), ("basis", "154/2020/NĐ-CP", dt.date(2020, 12, 31)),
          ("basis", "59/2024/NĐ-CP", dt.date(2024, 5, 25))]),
        # documents of a proposal listed with commas
        ("Xét đề nghị của Sở Tài chính tại Tờ trình số 323/TTr-STC ngày 29/5/2014, Công văn số 1181/STC-HCSN ngày "
         "26/6/2014, Tờ trình số 2471/STC-HCSN ngày 26/11/2014,",
         [("proposal", "323/TTr-STC", dt.date(2014, 5, 29)), ("proposal", "1181/STC-HCSN", dt.date(2014, 6, 26)),
          ("proposal", "2471/STC-HCSN", dt.date(2014, 11, 26))]),
    ],
)
def test_documents_listed_in_one_clause_are_each_cited(clause, expected):
    citations = extract_text(decision_citing(clause)).citations
    assert [(c.role, c.number, c.issued_date) for c in citations] == expected


def decision_citing(clause: str) -> str:
    """A provincial decision whose preamble is ``clause``."""
    return f"ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\nSố: 39/2014/QĐ-UBND\n{clause}\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành quy định."


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # "của liên Bộ ...": the ministries of a joint circular, "liên" no part of its title
        ("Căn cứ Thông tư liên tịch số 26/2014/TTLT-BTC-BCT ngày 18/02/2014 của liên Bộ Tài chính, Bộ Công Thương "
         "hướng dẫn trình tự lập, quản lý, sử dụng kinh phí khuyến công;",
         ("Bộ Tài chính - Bộ Công Thương", dt.date(2014, 2, 18),
          "hướng dẫn trình tự lập, quản lý, sử dụng kinh phí khuyến công")),
        # a date run into its word (a web copy): still the date, not the head of the title
        ("Căn cứ Thông tư liên tịch số 125/2009/TTLT-BTC-BCT ngày17/6/2009 của Bộ Tài chính, Bộ Công Thương quy "
         "định việc quản lý và sử dụng kinh phí sự nghiệp kinh tế đối với Chương trình khuyến công;",
         ("Bộ Tài chính - Bộ Công Thương", dt.date(2009, 6, 17),
          "quy định việc quản lý và sử dụng kinh phí sự nghiệp kinh tế đối với Chương trình khuyến công")),
        # the short name the text gives the document is no part of its title
        ("Căn cứ Quyết định số 194/QĐ-TTg ngày 09/02/2021 của Thủ tướng Chính phủ về việc phê duyệt Đề án Đổi mới "
         "phương thức kinh doanh, tiêu thụ nông sản giai đoạn 2021-2025, định hướng đến năm 2030 (sau đây gọi tắt là "
         "Đề án);",
         ("Thủ tướng Chính phủ", dt.date(2021, 2, 9),
          "phê duyệt Đề án Đổi mới phương thức kinh doanh, tiêu thụ nông sản giai đoạn 2021-2025, định hướng đến "
          "năm 2030")),
    ],
)
def test_issuer_date_and_title_of_web_copies(clause, expected):
    [citation] = extract_text(decision_citing(clause)).citations
    assert (citation.issuer, citation.issued_date, citation.title) == expected


def test_a_plan_cites_its_basis_with_thuc_hien():
    """A plan opens with "Thực hiện ..." clauses where a decision writes "Căn cứ": its legal
    basis, not mentions."""
    text = ("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSố: 244/KH-UBND\nLạng Sơn, ngày 10 tháng 10 năm 2024\nKẾ HOẠCH\n"
            "Khuyến công tỉnh Lạng Sơn năm 2025\n"
            "Thực hiện Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ về khuyến công;\n"
            "Thực hiện Quyết định số 801/QĐ-TTg ngày 07/7/2022 của Thủ tướng Chính phủ phê duyệt Chương trình bảo tồn "
            "và phát triển làng nghề Việt Nam giai đoạn 2021-2030;\n"
            "Ủy ban nhân dân tỉnh ban hành Kế hoạch khuyến công năm 2025 như sau:\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nHỗ trợ các cơ sở công nghiệp nông thôn.")
    assert [(c.role, c.number) for c in extract_text(text).citations] == [
        ("basis", "45/2012/NĐ-CP"), ("basis", "801/QĐ-TTg")]


@pytest.mark.parametrize(("text", "title"), [
    # Tuyên Quang, a news report: a time phrase and an agency open the main clause.
    ("Thực hiện Quyết định số 688/QĐ-UBND, ngày 11-11-2021 của UBND tỉnh Tuyên Quang về việc phê duyệt Đề án "
     "khuyến công địa phương giai đoạn 2021-2022, tháng 4-2022, Trung tâm Khuyến công và Tư vấn phát triển công "
     "nghiệp tỉnh đã tổ chức nghiệm thu 2 đề án khuyến công địa phương.",
     "phê duyệt Đề án khuyến công địa phương giai đoạn 2021-2022"),
    ("Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh về việc phê duyệt Kế hoạch khuyến công năm "
     "2024, Sở Công Thương đã tổ chức 5 lớp tập huấn.",
     "phê duyệt Kế hoạch khuyến công năm 2024"),
    # A title opening with its verb, no "về việc" and no issuer before it (Bình Định, a news report).
    ("Chủ tịch UBND tỉnh Bình Định cũng đã ban hành Quyết định số 1289/QĐ-UBND phê duyệt dự toán kinh phí khuyến "
     "công năm 2021.",
     "phê duyệt dự toán kinh phí khuyến công năm 2021"),
    # An abbreviation in brackets inside the title (Bà Rịa - Vũng Tàu, a news report).
    ("UBND tỉnh vừa ban hành kế hoạch 35/KH-UBND về việc tổ chức bình chọn sản phẩm công nghiệp nông thôn (CNNT) "
     "tiêu biểu trên địa bàn tỉnh năm 2022.",
     "tổ chức bình chọn sản phẩm công nghiệp nông thôn (CNNT) tiêu biểu trên địa bàn tỉnh năm 2022"),
    # A date set off by commas (Lạng Sơn); a connective after the issuer is no title; a tensed main clause.
    ("UBND tỉnh vừa ban hành Quyết định số 965/QĐ-UBND, ngày 12/5/2021, phê duyệt Chương trình khuyến công tỉnh "
     "Lạng Sơn giai đoạn 2021-2025.",
     "phê duyệt Chương trình khuyến công tỉnh Lạng Sơn giai đoạn 2021-2025"),
    ("Thực hiện Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ, trong đó: ưu tiên hỗ trợ các cơ sở.", None),
    ("Theo Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ về khuyến công, tỉnh đã hỗ trợ 20 cơ sở.",
     "khuyến công"),
    # A comma inside the title, no agency after it: the title goes on ("vừa" of "nhỏ và vừa" is no tense word).
    ("Thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh về việc hỗ trợ cơ sở sản xuất, doanh nghiệp "
     "nhỏ và vừa trên địa bàn tỉnh.",
     "hỗ trợ cơ sở sản xuất, doanh nghiệp nhỏ và vừa trên địa bàn tỉnh"),
    ("Thực hiện Quyết định số 15/QĐ-UBND ngày 05/01/2024 của UBND tỉnh về việc ban hành quy định về quy trình "
     "xây dựng kế hoạch, tổ chức thực hiện và quản lý kinh phí khuyến công.",
     "ban hành quy định về quy trình xây dựng kế hoạch, tổ chức thực hiện và quản lý kinh phí khuyến công"),
    # A comma between two quoted names does not end the title (congthuong.vn, 2025).
    ("Cục đã trình Chính phủ ban hành Nghị định số 43/2024/NĐ-CP quy định chi tiết về xét tặng danh hiệu “Nghệ nhân "
     "nhân dân”, “Nghệ nhân ưu tú” trong lĩnh vực nghề thủ công mỹ nghệ.",
     "quy định chi tiết về xét tặng danh hiệu “Nghệ nhân nhân dân”, “Nghệ nhân ưu tú” trong lĩnh vực nghề thủ công "
     "mỹ nghệ"),
    # A comma after the last quoted name still ends it, the sentence's subject following.
    ("Ủy ban nhân dân tỉnh ban hành Quyết định số 12/2015/QĐ-UBND ban hành “Quy chế quản lý, sử dụng Quỹ Khuyến "
     "công tỉnh Nghệ An”, Sở Tài chính - Sở Công Thương hướng dẫn cụ thể.",
     "ban hành “Quy chế quản lý, sử dụng Quỹ Khuyến công tỉnh Nghệ An”"),
    # The sentence going on after the issuer is no title (Nghệ An news; Thừa Thiên Huế's resolution); a
    # decision's "cho phép" is.
    ("Ngoài ra, hỗ trợ các cụm công nghiệp theo Quyết định 83/2009/QĐ-UBND ngày 4/9/2009 của UBND tỉnh cho cụm công "
     "nghiệp Vân Diên, Nam Đàn.", None),
    ("Các chính sách đã được phê duyệt theo quy định của Nghị quyết số 04/2018/NQ-HĐND ngày 30 tháng 3 năm 2018 của "
     "Hội đồng nhân dân tỉnh thì tiếp tục thực hiện.", None),
    ("Theo Quyết định số 25/QĐ-UBND ngày 12/3/2019 của UBND tỉnh cho phép thành lập Hội Làng nghề tỉnh, Hội đã "
     "tổ chức 3 hội chợ.", "cho phép thành lập Hội Làng nghề tỉnh"),
    # ... nor where the task is carried out
    ("Sở Công Thương tổ chức thi hành Kế hoạch số 35/KH-UBND ngày 10/3/2023 của UBND tỉnh trên địa bàn, định kỳ báo cáo "
     "kết quả.", None),
    ("Sở Công Thương triển khai Kế hoạch số 35/KH-UBND ngày 10/3/2023 của UBND tỉnh tại các huyện.", None),
    # the sentence's subject and verb after a comma are none of it (Thái Nguyên news)
    (
     "Theo Quyết định số 3116/QĐ-BCT của Bộ Công Thương về việc công nhận sản phẩm công nghiệp nông thôn tiêu "
     "biểu (CNNTTB) cấp quốc gia năm 2023, Bộ Công Thương công nhận và cấp giấy chứng nhận cho 173 sản phẩm, "
     "bộ sản phẩm CNNTTB của các địa phương trong cả nước.",
     "công nhận sản phẩm công nghiệp nông thôn tiêu biểu (CNNTTB) cấp quốc gia năm 2023"),
    # who issued it, "do ... ban hành", and the sentence after it are none of it (a legal database's answer)
    ("Căn cứ theo quy định tại Khoản 2 Điều 8 Thông tư 28/2018/TT-BTC về hướng dẫn lập, quản lý, sử dụng kinh phí "
     "khuyến công do Bộ trưởng Bộ Tài chính ban hành, mức chi hỗ trợ xây dựng mô hình trình diễn kỹ thuật cho hoạt "
     "động khuyến công được quy định như sau:", "hướng dẫn lập, quản lý, sử dụng kinh phí khuyến công"),
    # the sentence's passive predicate after the title is none of it (Báo Cà Mau)
    ("Báo Cà Mau Từ khi Nghị định số 45/2012/NÐ-CP của Chính phủ về chính sách khuyến công được ban hành đến nay, "
     "qua hơn 10 năm thực hiện chương trình khuyến công, tỉnh hỗ trợ 10 cơ sở công nghiệp nông thôn (CNNT) xây dựng "
     "mô hình trình diễn kỹ thuật sản xuất sản phẩm mới, công nghệ mới", "chính sách khuyến công"),
    # the sentence's predicate after a comma, ", quy định các ..." (arit on Nghị định 45)
    ("Nghị định 45/2012/NĐ-CP về khuyến công, quy định các chính sách khuyến khích, hỗ trợ các tổ chức, cá nhân tham "
     "gia phát triển sản xuất công nghiệp nông thôn, áp dụng sản xuất sạch hơn trong công nghiệp.", "khuyến công"),
    # a review's "Qua 7 năm triển khai thực hiện <document> ..., <subject> đã ..." rests on it too (arit)
    ("Qua 7 năm triển khai thực hiện Nghị định số 134/2004/NĐ-CP về khuyến khích phát triển công nghiệp nông thôn, "
     "hoạt động khuyến công trên cả nước đã có bước phát triển nhanh chóng, tạo động lực khuyến khích các tổ chức, cá "
     "nhân đầu tư phát triển công nghiệp ở nông thôn.", "khuyến khích phát triển công nghiệp nông thôn"),
])
def test_a_mentions_title(text, title):
    (citation,) = extract_text(text).citations
    assert citation.title == title


def test_a_date_after_a_long_opening_phrase_dates_the_document_named_after_it():
    """Tây Ninh: the opening phrase before ", ngày 24/8/2020" is 83 characters long."""
    text = ("Để xây dựng nông thôn mới theo tinh thần chỉ đạo của Trung ương và Chính phủ, ngày 24/8/2020 UBND tỉnh "
            "đã ban hành Quyết định số 1832/QĐ-UBND về việc phê duyệt Chương trình Khuyến công.")
    assert [(c.number, str(c.issued_date)) for c in extract_text(text).citations] == [("1832/QĐ-UBND", "2020-08-24")]


def test_the_ministry_and_departments_of_industry_before_2008_are_issuers():
    """Quảng Ninh 2005: "Bộ Công nghiệp" (BCN) joined the circular; "Sở Công nghiệp" proposed."""
    citations, _ = cite(preamble(
        "Căn cứ Thông tư liên tịch số: 36/2005/TTLT-BTC-BCN ngày 16/5/2005 của Bộ Tài chính, Bộ Công nghiệp "
        "“Hướng dẫn việc quản lý và sử dụng kinh phí”;",
        "Theo đề nghị của Sở Công nghiệp Quảng Ninh tại Tờ trình số: 426/TT-CN ngày 06/9/2005;"))
    assert [(c.number, c.issuer) for c in citations] == [
        ("36/2005/TTLT-BTC-BCN", "Bộ Tài chính - Bộ Công nghiệp"), ("426/TT-CN", "Sở Công nghiệp Quảng Ninh")]


@pytest.mark.parametrize(("clause", "issuer", "title"), [
    # Hồ Chí Minh 504/2015: "Thành phố" capitalised, the house style of the cities; the title
    # was "Thành phố về thành lập ..." and a Hải Phòng decision was said to be Hồ Chí Minh's
    ("Căn cứ Quyết định số 3732/QĐ-UBND ngày 31 tháng 7 năm 2014 của Ủy ban nhân dân Thành phố về thành lập Ban Chỉ "
     "đạo Phát triển công nghiệp hỗ trợ trên địa bàn Thành phố Hồ Chí Minh;", "UBND thành phố Hồ Chí Minh",
     "thành lập Ban Chỉ đạo Phát triển công nghiệp hỗ trợ trên địa bàn Thành phố Hồ Chí Minh"),
    ("Căn cứ Quyết định số 12/QĐ-UBND ngày 31 tháng 7 năm 2014 của Ủy ban nhân dân Thành phố Hải Phòng về thành lập "
     "Ban Chỉ đạo;", "UBND thành phố Hải Phòng", "thành lập Ban Chỉ đạo"),
])
def test_a_city_committee_written_with_a_capital(clause, issuer, title):
    citations, _ = cite(preamble(clause), province="Hồ Chí Minh")
    assert [(c.issuer, c.title) for c in citations] == [(issuer, title)]


def test_a_plans_preamble_under_a_heading_of_its_grounds():
    """Cà Mau 03/CTr-UBND: the clauses under "I. CĂN CỨ PHÁP LÝ" were mentions (the law
    without a number lost, the Tờ trình no proposal): the heading was taken for the body."""
    doc = extract_text(
        "ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU\nSố: 03/CTr-UBND\nCà Mau, ngày 10 tháng 7 năm 2020\nCHƯƠNG TRÌNH\nKHUYẾN CÔNG "
        "TRÊN ĐỊA BÀN TỈNH CÀ MAU GIAI ĐOẠN 2021-2025\nI. CĂN CỨ PHÁP LÝ\nCăn cứ Luật Tổ chức chính quyền địa phương "
        "ngày 19/6/2015;\nCăn cứ Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ về khuyến công;\nTheo đề nghị "
        "của Giám đốc Sở Công Thương tại Tờ trình số 34/TTr-SCT ngày 26/6/2020.\nII. MỤC TIÊU\n1. Mục tiêu chung\n"
        "Phát triển công nghiệp nông thôn.")
    assert [(c.role, c.doc_type, c.number) for c in doc.citations] == [
        ("basis", "Luật", None), ("basis", "Nghị định", "45/2012/NĐ-CP"), ("proposal", "Tờ trình", "34/TTr-SCT")]
    assert "II" in [s.id for s in doc.sections]


def test_a_resolution_passed_on_a_date():
    """Lai Châu news: "Ngày 22/4/2025, HĐND tỉnh ... đã thông qua Nghị quyết số ..." had no date."""
    text = ("Ngày 22/4/2025, Hội đồng nhân dân tỉnh Lai Châu đã thông qua Nghị quyết số 18/2025/NQ-HĐND, có hiệu lực từ "
            "05/5/2025.")
    assert [(c.number, str(c.issued_date)) for c in extract_text(text).citations] == [("18/2025/NQ-HĐND", "2025-04-22")]


def test_the_time_opening_a_main_clause_is_the_next_documents_date_not_the_first_ones_title():
    """business.gov.vn on QĐ 08/2008/QĐ-BCT: ", ngày 12/5/2008, Bộ Công thương đã ban hành Quyết định số
    08/2008/QĐ-BCT" opens the main clause after a long "Thực hiện" clause (the date ended the decree's title, and
    the decision had none)."""
    first, second = extract_text(
        "Thực hiện Nghị định số 134/2004/NĐ-CP ngày 9/6/2004 của Chính phủ về khuyến khích phát triển công nghiệp nông "
        "thôn, ngày 12/5/2008, Bộ Công thương đã ban hành Quyết định số 08/2008/QĐ-BCT về Quy chế xây dựng, tổ chức "
        "thực hiện và quản lý Chương trình, kế hoạch và đề án khuyến công quốc gia.").citations
    assert (first.number, first.title) == ("134/2004/NĐ-CP", "khuyến khích phát triển công nghiệp nông thôn")
    assert (second.number, second.issued_date, second.issuer) == ("08/2008/QĐ-BCT", dt.date(2008, 5, 12), "Bộ Công Thương")


def test_a_document_mentioned_twice_takes_the_date_one_mention_gives():
    """Sóc Trăng news: the plan is named with its subject first and dated in a later sentence ("ngày 3/7/2023,
    UBND tỉnh có Kế hoạch số 137-KH/UBND ..."), the programme dated where it is issued and named again after:
    the occurrence kept had no date."""
    citations = {c.number: c for c in extract_text(
        "Do vậy, thời gian qua, chương trình khuyến công của tỉnh tập trung hỗ trợ, thúc đẩy CNNT phát triển, góp phần "
        "hiện thực hóa Kế hoạch số 137-KH/UBND của UBND tỉnh về nông nghiệp, nông dân, nông thôn.\nĐối với tỉnh Sóc "
        "Trăng, Ban Chấp hành Đảng bộ tỉnh ban hành Chương trình số 33-CTr/TU, ngày 8/3/2023 thực hiện Nghị quyết số "
        "19-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XIII). Trên cơ sở đó, ngày 3/7/2023, UBND tỉnh có Kế hoạch "
        "số 137-KH/UBND triển khai thực hiện Nghị quyết số 26/NQ-CP của Chính phủ và Chương trình số 33-CTr/TU của "
        "Ban Chấp hành Đảng bộ tỉnh về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045 trên địa "
        "bàn tỉnh Sóc Trăng.").citations}
    assert (citations["137-KH/UBND"].issued_date, citations["137-KH/UBND"].title) == (
        dt.date(2023, 7, 3), "nông nghiệp, nông dân, nông thôn")
    assert citations["33-CTr/TU"].issued_date == dt.date(2023, 3, 8)


def test_a_party_committees_term_in_brackets_is_no_end_of_the_mention():
    """Sóc Trăng news: "(khóa XIII)" after the Central Committee ended the mention, so the resolution had no title
    (and the government's resolution implementing it a cut one)."""
    citations = {c.number: c for c in extract_text(
        "Xác định được tầm quan trọng của CNNT, Chính phủ đã có Nghị quyết số 26/NQ-CP, ngày 27/2/2023 ban hành Chương "
        "trình hành động của Chính phủ thực hiện Nghị quyết số 19-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương "
        "Đảng (khóa XIII) về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045.").citations}
    assert (citations["19-NQ/TW"].issuer, citations["19-NQ/TW"].title) == (
        "Ban Chấp hành Trung ương Đảng", "nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045")
    assert citations["26/NQ-CP"].title.endswith("(khóa XIII) về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm "
                                                  "nhìn đến năm 2045")


def test_a_number_two_bodies_share_takes_no_date_from_the_other_body():
    """An adversarial probe of the merging of mentions: a district's and its province's decisions may share a
    number; the district's took the province's date."""
    (citation,) = extract_text(
        "Theo Quyết định số 150/QĐ-UBND của UBND huyện Vạn Ninh về chương trình khuyến công, UBND huyện hỗ trợ 5 cơ sở. "
        "Trước đó, UBND tỉnh ban hành Quyết định số 150/QĐ-UBND ngày 20/1/2021 về quy chế.").citations
    assert (citation.issuer, citation.issued_date) == ("UBND huyện Vạn Ninh", None)


def test_a_mentions_title_opening_with_its_capitalised_verb():
    """Hòa Bình news: "Quyết định số 20/2019/QĐ- UBND Quy định về ..." had no title."""
    text = ("Năm 2019, UBND tỉnh Hòa Bình đã ban hành Quyết định số 20/2019/QĐ- UBND Quy định về hoạt động khuyến công "
            "trên địa bàn tỉnh.")
    assert [(c.number, c.issuer, c.title) for c in extract_text(text).citations] == [
        ("20/2019/QĐ-UBND", "UBND tỉnh Hòa Bình", "Quy định về hoạt động khuyến công trên địa bàn tỉnh")]


def test_a_guidance_title_after_the_issuers_comma():
    """Sơn La 38/2018: "... của Bộ Tài chính, Hướng dẫn một số điều của ..." was cut at the comma
    ("Hướng dẫn" is a type, and "số" followed it) and the circular lost its title."""
    citations, _ = cite(preamble(
        "Căn cứ Thông tư số 105/2008/TT-BTC ngày 13 tháng 11 năm 2008 của Bộ Tài chính, Hướng dẫn một số điều của "
        "Quyết định 39/2008/QĐ-TTg ngày 14 tháng 3 năm 2008 của Thủ tướng Chính phủ;"))
    assert [(c.number, c.title) for c in citations] == [
        ("105/2008/TT-BTC", "Hướng dẫn một số điều của Quyết định 39/2008/QĐ-TTg ngày 14 tháng 3 năm 2008 của Thủ tướng "
                            "Chính phủ")]


def test_a_title_before_its_amendment_in_brackets():
    """Đồng Nai 558/2021: the title ended with the bracket that opens the amending circular."""
    citations, _ = cite(preamble(
        "Căn cứ Thông tư số 46/2012/TT-BCT ngày 28 tháng 12 năm 2012 của Bộ trưởng Bộ Công Thương Quy định chi tiết một "
        "số nội dung của Nghị định số 45/2012/NĐ-CP ngày 21 tháng 05 năm 2012 của Chính phủ về khuyến công (được sửa đổi "
        "bổ sung bởi Thông tư số 20/2017/TT-BCT ngày 29 tháng 09 năm 2017 của Bộ trưởng Bộ Công Thương);"))
    assert [(c.number, c.title) for c in citations] == [
        ("46/2012/TT-BCT", "Quy định chi tiết một số nội dung của Nghị định số 45/2012/NĐ-CP ngày 21 tháng 05 năm 2012 "
                           "của Chính phủ về khuyến công"), ("20/2017/TT-BCT", None)]


def test_a_resting_titles_end_before_a_phrase_of_time_past():
    """Điện Biên news: "..., trong thời gian qua, công tác ..." ran into the title."""
    text = ("Thực hiện Quyết định 136/2007/QĐ-TTg của Thủ tướng Chính phủ về việc phê duyệt chương trình khuyến công "
            "quốc gia, trong thời gian qua, công tác khuyến công được triển khai.")
    assert [c.title for c in extract_text(text).citations] == ["phê duyệt chương trình khuyến công quốc gia"]


def test_a_title_in_quotes_loses_them():
    """Quảng Ninh 2005: titles quoted whole kept their quotes ("“V/v xin xét duyệt ...”"),
    and the "V/v" inside them; a quotation inside a title stays."""
    citations, _ = cite(preamble(
        "- Căn cứ Thông tư liên tịch số: 36/2005/TTLT-BTC-BCN ngày 16/5/2005 của Bộ Tài chính, Bộ Công nghiệp "
        "“Hướng dẫn việc quản lý và sử dụng kinh phí sự nghiệp kinh tế đối với hoạt động khuyến công”;",
        "- Căn cứ Quyết định số 2240/QĐ-UBND ngày 01/9/2021 của UBND tỉnh Bình Phước về việc phê duyệt Đề án “Phát "
        "triển công nghiệp nông thôn tỉnh Bình Phước đến năm 2025”;",
        "- Theo đề nghị của Sở Công nghiệp Quảng Ninh tại Tờ trình số: 426/TT-CN ngày 06/9/2005 “V/v xin xét duyệt "
        "quy định quản lý, sử dụng kinh phí khuyến công tỉnh Quảng Ninh”."))
    assert [c.title for c in citations] == [
        "Hướng dẫn việc quản lý và sử dụng kinh phí sự nghiệp kinh tế đối với hoạt động khuyến công",
        "phê duyệt Đề án “Phát triển công nghiệp nông thôn tỉnh Bình Phước đến năm 2025”",
        "xin xét duyệt quy định quản lý, sử dụng kinh phí khuyến công tỉnh Quảng Ninh"]


def test_a_mentions_title_ends_before_the_next_document_it_is_joined_to():
    """A news report: "và" and another numbered document end the first one's title."""
    text = ("Thực hiện Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ về khuyến công và Quyết định số "
            "1288/QĐ-TTg ngày 01/8/2014 của Thủ tướng Chính phủ phê duyệt Chương trình khuyến công quốc gia đến "
            "năm 2020.")
    found = [(c.number, c.issuer, c.title) for c in extract_text(text).citations]
    assert found[0] == ("45/2012/NĐ-CP", "Chính phủ", "khuyến công")
    assert found[1][:2] == ("1288/QĐ-TTg", "Thủ tướng Chính phủ")


def test_a_mentions_title_ends_at_the_purpose_after_its_year():
    """Lào Cai news: the plan's title ends with its year; "nhằm khuyến khích ..." is what
    the plan is for, said by the sentence, not its name."""
    text = ("UBND tỉnh Lào Cai vừa ban hành Kế hoạch số 395/KH-UBND về khuyến công năm 2022 nhằm khuyến khích, hỗ trợ "
            "các tổ chức, cá nhân, các thành phần kinh tế tham gia đầu tư, phát triển sản xuất công nghiệp, tiểu thủ "
            "công nghiệp.")
    (c,), _ = cite(text)
    assert (c.number, c.title) == ("395/KH-UBND", "khuyến công năm 2022")
    assert text[c.span[0]:c.span[1]] == "Kế hoạch số 395/KH-UBND về khuyến công năm 2022"


def test_when_a_document_came_into_force_is_no_part_of_its_title():
    """Bộ Công Thương's consolidated circular 55/VBHN-BCT (2025) lists what it consolidates,
    each with the day it came into force; a title ending "trước khi Quy chế ... có hiệu lực"
    (Hà Nam, 2013) keeps those words, its own."""
    (c,), _ = cite(
        "Thông tư số 14/2024/TT-BCT ngày 15 tháng 8 năm 2024 của Bộ trưởng Bộ Công Thương quy định chế độ báo cáo định "
        "kỳ về cụm công nghiệp, cơ sở dữ liệu cụm công nghiệp cả nước và một số mẫu văn bản về quản lý, phát triển cụm "
        "công nghiệp, có hiệu lực kể từ ngày 01 tháng 10 năm 2024, được sửa đổi, bổ sung bởi:")
    assert (c.number, c.issued_date, c.title) == ("14/2024/TT-BCT", dt.date(2024, 8, 15), (
        "quy định chế độ báo cáo định kỳ về cụm công nghiệp, cơ sở dữ liệu cụm công nghiệp cả nước và một số mẫu văn "
        "bản về quản lý, phát triển cụm công nghiệp"))
    citations, _ = cite(preamble(
        "Căn cứ Thông tư liên tịch số 31/2012/TTLT-BCT-BKH &ĐTngày 10 tháng 10 năm 2012 của liên Bộ Công Thương - Bộ Kế "
        "hoạch và Đầu tư hướngdẫn xử lý cụm công nghiệp hình thành trước khi Quy chế quản lý cụm công nghiệpban hành "
        "kèm theo Quyết định số 105/2009/QĐ-TTg ngày 19 tháng 8 năm 2009 của Thủtướng Chính phủ có hiệu lực;"))
    assert citations[0].title.endswith("của Thủtướng Chính phủ có hiệu lực")


def test_a_date_that_lost_its_month_is_read_over_with_a_warning():
    """Lạng Sơn, 2025: "ngày 15 tháng\nnăm 2024" lost its month; the issuer and the title
    after it were taken for the title ("ngày 15 tháng năm 2024 của Bộ trưởng ...")."""
    citations, warnings = cite(preamble(
        "Căn cứ Thông tư số 14/2024/TT-BCT ngày 15 tháng\nnăm 2024 của Bộ trưởng Bộ Công Thương quy định chế độ báo "
        "cáo định kỳ về cụm công nghiệp, cơ sở dữ liệu cụm công nghiệp cả nước và một số mẫu văn bản về quản lý, phát "
        "triển cụm công nghiệp;"))
    (c,) = citations
    assert (c.number, c.issued_date, c.issuer) == ("14/2024/TT-BCT", None, "Bộ Công Thương")
    assert c.title.startswith("quy định chế độ báo cáo định kỳ về cụm công nghiệp")
    assert [(w.code, w.message) for w in warnings if w.code == "citation_date_unreadable"] == [
        ("citation_date_unreadable", "14/2024/TT-BCT: 'ngày 15 tháng năm 2024' is no date")]


def test_a_consolidated_texts_note_does_not_close_its_preamble():
    """Bộ Công Thương's consolidated text 55/VBHN-BCT (2025): under the title, a note names
    the original circular and the one amending it, each line a sentence ending "có hiệu lực kể
    từ ngày ...". Such a note comes before the "Căn cứ" clauses, which stay the legal basis
    (they had all become mentions); the two consolidated circulars are mentions."""
    doc = extract_text(
        "| BỘ CÔNG THƯƠNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| Số: 55/VBHN-BCT | Hà Nội, ngày 24 tháng 10 năm 2025 |\n"
        "THÔNG TƯ\nQUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ VỀ CỤM CÔNG NGHIỆP, CƠ SỞ DỮ LIỆU CỤM CÔNG NGHIỆP CẢ NƯỚC VÀ MỘT SỐ MẪU "
        "VĂN BẢN VỀ QUẢN LÝ, PHÁT TRIỂN CỤM CÔNG NGHIỆP\nThông tư số 14/2024/TT-BCT ngày 15 tháng 8 năm 2024 của Bộ "
        "trưởng Bộ Công Thương quy định chế độ báo cáo định kỳ về cụm công nghiệp, cơ sở dữ liệu cụm công nghiệp cả "
        "nước và một số mẫu văn bản về quản lý, phát triển cụm công nghiệp, có hiệu lực kể từ ngày 01 tháng 10 năm "
        "2024, được sửa đổi, bổ sung bởi:\nThông tư số 38/2025/TT-BCT ngày 19 tháng 6 năm 2025 của Bộ trưởng Bộ Công "
        "Thương sửa đổi, bổ sung một số quy định về phân cấp thực hiện thủ tục hành chính trong các lĩnh vực thuộc "
        "phạm vi quản lý của Bộ Công Thương, có hiệu lực kể từ ngày 01 tháng 7 năm 2025.\nCăn cứ Nghị định số "
        "96/2022/NĐ-CP ngày 29 tháng 11 năm 2022 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ "
        "chức của Bộ Công Thương;\nCăn cứ khoản 1 Điều 30 Nghị định số 32/2024/NĐ-CP ngày 15 tháng 3 năm 2024 của "
        "Chính phủ về quản lý, phát triển cụm công nghiệp;\n")
    roles = {c.number: c.role for c in doc.citations}
    assert roles == {"96/2022/NĐ-CP": "basis", "32/2024/NĐ-CP": "basis",
                     "14/2024/TT-BCT": "mention", "38/2025/TT-BCT": "mention"}


def test_a_mentions_purpose_after_its_year_and_a_comma_is_no_part_of_its_title():
    """Sơn La news, 2025: "... tỉnh Sơn La năm 2025, nhằm lựa chọn, tôn vinh ..." says why the
    plan was issued; its title ends at the year (it ran on through the purpose)."""
    doc = extract_text(
        "Ngày 11/6/2025, UBND tỉnh Sơn La ban hành Kế hoạch số 145/KH-UBND về việc tổ chức chức bình chọn sản phẩm công "
        "nghiệp nông thôn tiêu biểu tỉnh Sơn La năm 2025, nhằm lựa chọn, tôn vinh các sản phẩm chất lượng, có giá trị sử "
        "dụng cao, tiềm năng phát triển sản xuất và mở rộng thị trường.")
    assert [(c.number, c.issued_date, c.title) for c in doc.citations] == [
        ("145/KH-UBND", dt.date(2025, 6, 11),
         "tổ chức chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu tỉnh Sơn La năm 2025")]


def test_coming_into_force_as_the_cited_decrees_predicate_is_no_part_of_its_title():
    """Gia Lai news, 2025: the decree is the subject of "... sẽ chính thức có hiệu lực kể từ ngày
    15-10": the titles of it and of the decree it amends end before that predicate."""
    doc = extract_text(
        "Nghị định số 235/2025/NĐ-CP của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 45/2012/NĐ-CP ngày "
        "21-5-2012 về khuyến công sẽ chính thức có hiệu lực kể từ ngày 15-10, với nhiều điểm mới đáng chú ý.")
    assert [(c.number, c.title) for c in doc.citations] == [
        ("235/2025/NĐ-CP", "sửa đổi, bổ sung một số điều của Nghị định số 45/2012/NĐ-CP ngày 21-5-2012 về khuyến công"),
        ("45/2012/NĐ-CP", "khuyến công")]


@pytest.mark.parametrize(("text", "title"), [
    # Ninh Bình's recognition and the ministry's allotment, reported: the title opens with its verb
    ("Ngày 10/12/2021, UBND tỉnh Ninh Bình ban hành Quyết định số 944/QĐ-UBND công nhận sản phẩm công nghiệp nông thôn "
     "tiêu biểu.", "công nhận sản phẩm công nghiệp nông thôn tiêu biểu"),
    ("Ngày 30/12/2020, Bộ Công Thương ban hành Quyết định số 3536/QĐ-BCT giao kế hoạch kinh phí khuyến công quốc gia "
     "năm 2021.", "giao kế hoạch kinh phí khuyến công quốc gia năm 2021"),
    ("Theo Quyết định số 15/QĐ-UBND ngày 5/3/2024 thành lập Hội đồng bình chọn sản phẩm công nghiệp nông thôn tiêu "
     "biểu cấp tỉnh, Hội đồng gồm 9 thành viên.", "thành lập Hội đồng bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh"),
    # ... but after a comma such a verb opens the sentence's own clause
    ("Kế hoạch được ban hành tại Quyết định số 219/UBND-CNXD ngày 20/01/2020, giao các sở, ngành tỉnh Trà Vinh phối hợp "
     "thực hiện.", None),
])
def test_a_mentions_title_opens_with_its_verb(text, title):
    assert extract_text(text).citations[0].title == title


@pytest.mark.parametrize(("text", "title"), [
    # Thư viện pháp luật: "bắt đầu có hiệu lực" (the title ran on into it)
    ("Từ ngày 11/5/2018, Thông tư 28/2018/TT-BTC hướng dẫn lập, quản lý, sử dụng kinh phí khuyến công bắt đầu có hiệu "
     "lực.", "hướng dẫn lập, quản lý, sử dụng kinh phí khuyến công"),
    # Đồng Nai's programme 2016-2020: an active predicate after a tense word, after the title or for it
    ("Phát triển công nghiệp nông thôn trên địa bàn tỉnh Đồng Nai theo Nghị định số 45/2012/NĐ-CP ngày 22/5/2012 của "
     "Chính phủ đã mang lại những hiệu quả tích cực thúc đẩy quá trình chuyển dịch cơ cấu kinh tế.", None),
    ("Nghị định số 45/2012/NĐ-CP ngày 22/5/2012 của Chính phủ về khuyến công đã mang lại những hiệu quả tích cực.",
     "khuyến công"),
    ("Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ về khuyến công đã hết hiệu lực.", "khuyến công"),
    # the document's own support reported after its title ("kinh phí đã hỗ trợ" inside a title is its own)
    ("Quyết định số 1288/QĐ-TTg ngày 01/10/2018 của Thủ tướng Chính phủ về Chương trình khuyến công quốc gia đã hỗ trợ "
     "hơn 2.000 cơ sở công nghiệp nông thôn.", "Chương trình khuyến công quốc gia"),
    ("Thông tư số 28/2018/TT-BTC ngày 28/3/2018 của Bộ Tài chính về hướng dẫn lập, quản lý, sử dụng kinh phí khuyến công "
     "đã hỗ trợ các địa phương chủ động hơn.", "hướng dẫn lập, quản lý, sử dụng kinh phí khuyến công"),
    # a tense word inside a title, of its own relative clause, cuts nothing
    ("Thực hiện Quyết định số 12/QĐ-UBND ngày 5/6/2022 của UBND tỉnh về việc quyết toán kinh phí đã hỗ trợ cho các đề án "
     "khuyến công năm 2021, Trung tâm đã hỗ trợ 5 cơ sở.", "quyết toán kinh phí đã hỗ trợ cho các đề án khuyến công năm 2021"),
    ("Thực hiện Quyết định số 123/QĐ-UBND ngày 12/3/2022 của UBND tỉnh về việc hỗ trợ các cơ sở đang hoạt động trong "
     "cụm công nghiệp, Trung tâm đã hỗ trợ 5 cơ sở.", "hỗ trợ các cơ sở đang hoạt động trong cụm công nghiệp"),
    ("Căn cứ Quyết định số 789/QĐ-UBND ngày 10/11/2023 của UBND tỉnh về việc công nhận sản phẩm đã đạt giải tại Cuộc "
     "thi sản phẩm công nghiệp nông thôn tiêu biểu năm 2023;",
     "công nhận sản phẩm đã đạt giải tại Cuộc thi sản phẩm công nghiệp nông thôn tiêu biểu năm 2023"),
    # a title ending "có hiệu lực" stays whole (a joint circular's, the cluster rules')
    ("Thông tư liên tịch số 31/2012/TTLT-BCT-BKHĐT ngày 10/10/2012 của Bộ Công Thương, Bộ Kế hoạch và Đầu tư hướng dẫn "
     "xử lý cụm công nghiệp hình thành trước khi Quy chế quản lý cụm công nghiệp ban hành kèm theo Quyết định số "
     "105/2009/QĐ-TTg ngày 19 tháng 8 năm 2009 của Thủ tướng Chính phủ có hiệu lực.",
     "hướng dẫn xử lý cụm công nghiệp hình thành trước khi Quy chế quản lý cụm công nghiệp ban hành kèm theo Quyết định "
     "số 105/2009/QĐ-TTg ngày 19 tháng 8 năm 2009 của Thủ tướng Chính phủ có hiệu lực"),
])
def test_a_mentions_title_ends_before_the_sentences_active_predicate(text, title):
    assert extract_text(text).citations[0].title == title


def test_a_mentions_title_ends_before_a_passive_main_clause():
    """Hà Nam news: after "Thực hiện ... Quyết định số 1288/QĐ-TTg ... phê duyệt Chương trình
    khuyến công quốc gia đến năm 2020," the main clause's subject and passive ("hoạt động khuyến
    công trên địa bàn tỉnh Hà Nam được tỉnh triển khai ...") are no part of the title."""
    doc = extract_text(
        "Thực hiện Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ về khuyến công và Quyết định số 1288/QĐ-TTg "
        "ngày 01/8/2014 của Thủ tướng Chính phủ phê duyệt Chương trình khuyến công quốc gia đến năm 2020, hoạt động "
        "khuyến công trên địa bàn tỉnh Hà Nam được tỉnh triển khai với việc ban hành kịp thời các văn bản quy định về "
        "khuyến công.")
    assert [(c.number, c.title) for c in doc.citations] == [
        ("45/2012/NĐ-CP", "khuyến công"), ("1288/QĐ-TTg", "phê duyệt Chương trình khuyến công quốc gia đến năm 2020")]


def test_a_document_sent_with_another_is_a_citation_of_its_own():
    """Quảng Bình, 2023: "công văn số 1168/CTĐP-QLKC về việc ..., kèm theo Quyết định số
    2948/QĐ-BCT ..." cites two documents: the letter's title ends before "kèm theo" (it ran on
    through the decision's number and title)."""
    doc = extract_text(
        "Vừa qua, Cục Công Thương Địa phương có công văn số 1168/CTĐP-QLKC về việc giao bổ sung kế hoạch kinh phí khuyến "
        "công quốc gia năm 2023, kèm theo Quyết định số 2948/QĐ-BCT ngày 09/11/2023 của Bộ trưởng Bộ Công Thương về việc "
        "ngừng, điều chỉnh và bổ sung kế hoạch kinh phí khuyến công quốc gia năm 2023 (đợt 3).")
    assert [(c.number, c.title) for c in doc.citations] == [
        ("1168/CTĐP-QLKC", "giao bổ sung kế hoạch kinh phí khuyến công quốc gia năm 2023"),
        ("2948/QĐ-BCT", "ngừng, điều chỉnh và bổ sung kế hoạch kinh phí khuyến công quốc gia năm 2023")]


def test_a_decisions_date_before_what_it_approved_and_its_number():
    """Đồng Tháp, 2021: "Ngày 06 tháng 10 năm 2021 UBND tỉnh Đồng Tháp đã phê duyệt Danh mục ... tại
    Quyết định số: 1515/QĐ-UBND.HC" dates the decision (its date was null)."""
    doc = extract_text(
        "Ngày 06 tháng 10 năm 2021 UBND tỉnh Đồng Tháp đã phê duyệt Danh mục các Đề án khuyến công địa phương được hỗ "
        "trợ đợt 3 năm 2021 tại Quyết định số: 1515/QĐ-UBND.HC. Tổng kinh phí khuyến công địa phương hỗ trợ đợt này là "
        "hơn 1,9 tỷ đồng.")
    assert [(c.number, c.issued_date, c.issuer) for c in doc.citations] == [
        ("1515/QĐ-UBND-HC", dt.date(2021, 10, 6), "UBND tỉnh Đồng Tháp")]


def test_a_code_with_spaces_around_its_dash():
    """Chất lượng và Cuộc sống, 2023: "Thông tư số 14/2018/TT - BCT" was cut at "TT" (no
    issuer); the spaced dash joins an upper-case code part."""
    doc = extract_text(
        "Cơ sở pháp lý về tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu quốc gia năm 2023 được thực hiện "
        "theo quy định tại Thông tư số 26/2014/TT-BCT; Thông tư số 14/2018/TT - BCT của Bộ trưởng Bộ Công Thương và các "
        "quy định khác có liên quan.")
    assert [(c.number, c.issuer) for c in doc.citations][:2] == [
        ("26/2014/TT-BCT", "Bộ Công Thương"), ("14/2018/TT-BCT", "Bộ Công Thương")]


def test_a_selection_councils_documents_keep_their_code_and_issuer():
    """Bình Định, 2022: "94/QĐ-HĐBC" was repaired to "94/QĐ-HD-BC" (HĐBC, the council that selects
    the typical products, was no known code) and the issuer ran on over the title."""
    doc = extract_text(
        "Thực hiện Quyết định số 4233/QĐ-UBND ngày 13/11/2019 của Chủ tịch UBND tỉnh ban hành Kế hoạch tổ chức bình chọn "
        "sản phẩm công nghiệp nông thôn (CNNT) tiêu biểu tỉnh Bình Định; Quyết định số 94/QĐ-HĐBC ngày 08/5/2022 của Chủ "
        "tịch Hội đồng bình chọn ban hành Quy chế hoạt động của Hội đồng bình chọn sản phẩm CNNT tiêu biểu tỉnh Bình Định "
        "lần thứ VII – năm 2022; Kế hoạch số 95/KH-HĐBC ngày 08/5/2022 của Hội đồng bình chọn ban hành Kế hoạch tổ chức "
        "bình chọn sản phẩm CNNT tiêu biểu tỉnh Bình Định lần thứ VII – năm 2022.")
    assert [(c.number, c.issuer, c.title) for c in doc.citations[1:]] == [
        ("94/QĐ-HĐBC", "Hội đồng bình chọn",
         "ban hành Quy chế hoạt động của Hội đồng bình chọn sản phẩm CNNT tiêu biểu tỉnh Bình Định lần thứ VII – năm 2022"),
        ("95/KH-HĐBC", "Hội đồng bình chọn",
         "ban hành Kế hoạch tổ chức bình chọn sản phẩm CNNT tiêu biểu tỉnh Bình Định lần thứ VII – năm 2022")]
    assert not [w for w in doc.warnings if w.code == "citation_number_repaired"]


def test_a_passive_after_a_cited_decision_is_no_title():
    """Thái Nguyên, 2021-2024: "kể từ khi Quyết định số ... của UBND tỉnh được ban hành" titled it
    "được ban hành"."""
    doc = extract_text(
        "Đặc biệt, kể từ khi Quyết định số 31/2020/QĐ-UBND ngày 30/12/2020 của UBND tỉnh được ban hành (giai đoạn 2021 - "
        "2024), kinh phí khuyến công địa phương đã thực hiện 85 đề án; hỗ trợ trên 150 cơ sở công nghiệp nông thôn.")
    assert [(c.number, c.issuer, c.title) for c in doc.citations] == [("31/2020/QĐ-UBND", "UBND tỉnh", None)]


def test_two_decrees_joined_by_va_share_the_subject_after_the_second():
    """Quảng Nam, 2024: "số 154/2020/NĐ-CP ... và số 59/2024/NĐ-CP ... về sửa đổi, bổ sung ..."
    both amend Decree 34/2016; the first had no title."""
    doc = extract_text(
        "Căn cứ Luật Ngân sách Nhà nước\nngày 25 tháng 6 năm 2015;\nCăn cứ các Nghị định của\nChính phủ: số "
        "34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 quy định chi tiết một số\nđiều và biện pháp thi hành Luật Ban hành văn "
        "bản quy phạm pháp luật; số\n154/2020/NĐ-CP ngày 31 tháng 12 năm 2020 và số 59/2024/NĐ-CP ngày 25 tháng 5\nnăm "
        "2024 về sửa đổi, bổ sung một số điều của Nghị định số 34/2016/NĐ-CP;\n")
    titles = {c.number: c.title for c in doc.citations}
    assert titles["154/2020/NĐ-CP"] == titles["59/2024/NĐ-CP"] == (
        "sửa đổi, bổ sung một số điều của Nghị định số 34/2016/NĐ-CP")


@pytest.mark.parametrize(("text", "title"), [
    # Trà Vinh, 2020: what the decision issued, before it and "tại"
    ("Sở Công Thương đã trình Ủy ban nhân dân tỉnh ban hành Kế hoạch Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu "
     "tỉnh Trà Vinh lần thứ V năm 2020 tại Quyết định số 219/UBND-CNXD ngày 20/01/2020",
     "ban hành Kế hoạch Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu tỉnh Trà Vinh lần thứ V năm 2020"),
    # Đồng Tháp, 2021: what it approved
    ("Ngày 06 tháng 10 năm 2021 UBND tỉnh Đồng Tháp đã phê duyệt Danh mục các Đề án khuyến công địa phương được hỗ trợ "
     "đợt 3 năm 2021 tại Quyết định số: 1515/QĐ-UBND.HC.",
     "phê duyệt Danh mục các Đề án khuyến công địa phương được hỗ trợ đợt 3 năm 2021"),
    # Tuyên Quang's programme (the corpus): a passive of the verb before "tại" dropped
    ("- Hỗ trợ lập quy hoạch chi tiết, đầu tư xây dựng kết cấu hạ tầng cho các cụm công nghiệp thành lập mới trong giai "
     "đoạn 2016 - 2020 theo phê duyệt Điều chỉnh, bổ sung Quy hoạch tổng thể phát triển công nghiệp tỉnh Tuyên Quang đến "
     "năm 2015 và định hướng đến năm 2020 được UBND tỉnh phê duyệt tại Quyết định số 491/QĐ-UBND ngày 18/12/2013.",
     "phê duyệt Điều chỉnh, bổ sung Quy hoạch tổng thể phát triển công nghiệp tỉnh Tuyên Quang đến năm 2015 và định "
     "hướng đến năm 2020"),
    # Hưng Yên news: what it approved, the subject of a passive (it had no title)
    ("Thực hiện Chương trình khuyến công giai đoạn 2021-2025 đã được UBND Tỉnh phê duyệt tại Quyết định số "
     "2629/QĐ-UBND ngày 12/11/2020, Sở Công Thương đã chỉ đạo Trung tâm triển khai.",
     "phê duyệt Chương trình khuyến công giai đoạn 2021-2025"),
    # a mid-year national report: from its clause's start
    ("Theo báo cáo, năm 2024, tổng kế hoạch kinh phí khuyến công quốc gia được Bộ Công Thương phê duyệt tại Quyết định "
     "số 3396/QĐ-BCT là 130 tỷ đồng/106 đề án.", "phê duyệt tổng kế hoạch kinh phí khuyến công quốc gia"),
    # ... but not things named in the plural: what the decision approved is more
    ("Các đề án được UBND tỉnh phê duyệt tại Quyết định số 123/QĐ-UBND ngày 1/2/2023 đã hoàn thành.", None),
    # ... nor a clause's subject and verb: the subject opens with what a decision approves
    ("Trung tâm Khuyến công tổ chức thực hiện 15 đề án đã được phê duyệt tại Quyết định số 45/QĐ-UBND ngày "
     "12/01/2023.", None),
    ("Năm 2023, tỉnh có 35 sản phẩm công nghiệp nông thôn tiêu biểu được UBND tỉnh công nhận và phê duyệt tại Quyết "
     "định số 120/QĐ-UBND ngày 15/11/2023.", None),
    # ... but tasks, criteria and the like a decision approves or issues are
    ("Thực hiện Nhiệm vụ khuyến công năm 2024 đã được UBND tỉnh phê duyệt tại Quyết định số 123/QĐ-UBND ngày "
     "10/01/2024, Trung tâm đã triển khai 12 đề án.", "phê duyệt Nhiệm vụ khuyến công năm 2024"),
    ("Căn cứ Tiêu chí bình chọn sản phẩm công nghiệp nông thôn tiêu biểu được ban hành tại Quyết định số 50/QĐ-SCT ngày "
     "10/3/2024, Hội đồng đã chấm điểm.", "ban hành Tiêu chí bình chọn sản phẩm công nghiệp nông thôn tiêu biểu"),
])
def test_a_documents_subject_written_before_it_and_tai(text, title):
    """The subject of a decision named after it, "ban hành (phê duyệt) <X> tại Quyết định số ...",
    is its title (it had none)."""
    assert [c.title for c in extract_text(text).citations] == [title]
