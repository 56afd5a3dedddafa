"""Budget items on the corpus, and the sum and amount-in-words checks."""

from __future__ import annotations

from decimal import Decimal

import pytest

from conftest import TUYEN_QUANG, corpus_text
from khuyencong_extract import extract_text
from khuyencong_extract.budget import rounded_from
from khuyencong_extract.numbers import find_money

TUYEN_QUANG_BUDGET = [  # IV. KINH PHÍ THỰC HIỆN, as written
    (27_377_000_000, "27,377 tỷ đồng", "Tổng kinh phí thực hiện Chương trình", None),
    (18_877_000_000, "18,877 tỷ đồng", "Kinh phí dành cho các hoạt động khuyến công", None),
    (15_935_000_000, "15,935 tỷ đồng", "Kinh phí khuyến công quốc gia", "quốc gia"),
    (2_942_000_000, "2,942 tỷ đồng",
     "Kinh phí khuyến công địa phương từ nguồn sự nghiệp kinh tế của tỉnh cấp cho Quỹ khuyến công", "địa phương"),
    (8_500_000_000, "8,5 tỷ đồng",
     "Kinh phí đầu tư xây dựng trụ sở, trang thiết bị cho Trung tâm Khuyến công và Xúc tiến thương mại", "quốc gia"),
]


def rows(doc) -> list[tuple]:
    return [(b.amount_vnd, b.amount_text, b.label, b.funding_source) for b in doc.budget]


def codes(doc, *wanted: str) -> list[str]:
    return [w.code for w in doc.warnings if w.code in wanted]


def test_tuyen_quang_five_amounts(corpus_docs):
    doc = corpus_docs["tuyen-quang_69-qd-ubnd_2016"]
    assert rows(doc) == TUYEN_QUANG_BUDGET
    assert all(b.section_id and b.section_id.startswith("IV") for b in doc.budget)


def test_tuyen_quang_parts_add_up_and_words_agree(corpus_docs):
    """15,935 + 2,942 = 18,877 and 18,877 + 8,5 = 27,377; "Hai mươi bảy tỷ, ba trăm bảy
    mươi bảy triệu đồng chẵn" is 27 377 000 000: nothing to warn about."""
    doc = corpus_docs["tuyen-quang_69-qd-ubnd_2016"]
    assert codes(doc, "budget_sum_mismatch", "amount_words_mismatch") == []


def test_tuyen_quang_industrial_output_goal_is_not_budget(corpus_docs):
    """"Giá trị sản xuất công nghiệp trên 17.600 tỷ đồng" is an indicator target."""
    doc = corpus_docs["tuyen-quang_69-qd-ubnd_2016"]
    assert "17.600 tỷ đồng" not in [b.amount_text for b in doc.budget]


def test_ha_tinh_one_amount_for_2020(corpus_docs):
    doc = corpus_docs["ha-tinh_ke-hoach-2020_news"]
    [item] = doc.budget
    assert (item.amount_vnd, item.amount_text, item.funding_source) == (2_080_000_000, "2,080 tỷ đồng", "địa phương")
    assert item.label.startswith("Kinh phí thực hiện kế hoạch") and item.label.endswith("năm 2020")


@pytest.mark.parametrize("stem", ["an-giang_2080-qd-ubnd_2022", "hung-yen_1966-qd-ubnd_2025", "bo-cong-thuong_chi-thi-2021_news"])
def test_documents_without_a_figure_have_no_budget(corpus_docs, stem):
    assert corpus_docs[stem].budget == []


@pytest.mark.parametrize("stem", ["tuyen-quang_69-qd-ubnd_2016", "ha-tinh_ke-hoach-2020_news"])
def test_budget_spans_point_at_the_amount(corpus_docs, stem):
    from conftest import CORPUS

    source = (CORPUS / f"{stem}.txt").read_text("utf-8")
    for item in corpus_docs[stem].budget:
        assert source[slice(*item.span)] == item.amount_text


@pytest.mark.parametrize(
    ("written", "altered", "code", "message_has"),
    [
        # a part changed: 15,935 + 2,492 no longer makes 18,877
        ("2,942 tỷ đồng", "2,492 tỷ đồng", "budget_sum_mismatch", "Kinh phí dành cho các hoạt động khuyến công"),
        # a part changed: 18,877 + 8,6 no longer makes the total 27,377
        ("8,5 tỷ đồng", "8,6 tỷ đồng", "budget_sum_mismatch", "Tổng kinh phí thực hiện Chương trình"),
        # the words changed: 27 378 000 000 against the figure 27,377 tỷ
        ("bảy mươi bảy triệu đồng chẵn", "bảy mươi tám triệu đồng chẵn", "amount_words_mismatch", "27,378,000,000"),
    ],
)
def test_an_altered_tuyen_quang_budget_is_flagged(written, altered, code, message_has):
    source = corpus_text(TUYEN_QUANG)
    assert written in source
    doc = extract_text(source.replace(written, altered))
    [warning] = [w for w in doc.warnings if w.code == code]
    assert message_has in warning.message and warning.span is not None


# --- the quick test before the funding pattern -------------------------------------------


def test_a_letter_the_funding_pattern_matches_case_folds_to_the_cue_letter():
    """Why a window without a case-folded cue head holds no cue: every character `regex.I`
    matches to a letter of a head case-folds to a string starting with that letter."""
    import sys

    import regex

    from khuyencong_extract.budget import FUNDING_HEADS

    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for letter in set("".join(FUNDING_HEADS)):
        for m in regex.finditer(regex.escape(letter), every, regex.I):
            assert m.group().casefold().startswith(letter), (letter, m.group())


@pytest.mark.parametrize("case", [str, str.upper, str.title])
def test_funding_source_equals_its_plain_definition(case):
    """The quick test for a cue's first word changes no answer: the plain definition reads
    the last cue before the amount, else (no "trong đó" after it) the first cue in the words
    right after it."""
    from khuyencong_extract.budget import (
        AFTER_PART, BREAKDOWN_AFTER, FUNDING_CUES, LABEL_REACH, _OWN_SOURCE_APART, _one_source, _parts_add_up,
        funding_source, own_words,
    )
    from khuyencong_extract.numbers import find_money
    from khuyencong_extract.targets import sentence_bounds

    from conftest import CORPUS_FILES

    def plain(text, money, start, end):
        after_end = min(end, money.end + LABEL_REACH)
        if BREAKDOWN_AFTER.match(text, money.end, after_end) and FUNDING_CUES.search(text, money.end, after_end):
            clause = max(text.rfind(mark, 0, money.start) for mark in ("\n", ",", ";", ". ")) + 1
            own = list(FUNDING_CUES.finditer(text, max(clause, money.start - LABEL_REACH), money.start))
            split_end = max(after_end, sentence_bounds(text, money.end)[1])
            parts = {_one_source(text, cue, split_end) for cue in FUNDING_CUES.finditer(text, money.end, split_end)}
            same = own and parts == {_one_source(text, own[-1], money.start)} - {None}
            direct = own and not _OWN_SOURCE_APART.search(text, own[-1].end(), money.start)
            return parts.pop() if same and (direct or _parts_add_up(text, money, split_end)) else None
        cues = list(FUNDING_CUES.finditer(text, max(start, money.start - LABEL_REACH), money.start))
        if cues:
            return _one_source(text, cues[-1], money.start)
        if not BREAKDOWN_AFTER.match(text, money.end, after_end):
            after = AFTER_PART.match(text, money.end, min(end, money.end + LABEL_REACH)).end()
            cues = list(FUNDING_CUES.finditer(text, money.end, after))[:1]
        return _one_source(text, cues[0], after_end) if cues else None

    texts = [case(path.read_text("utf-8")) for path in CORPUS_FILES]
    texts.append(case("Tổng kinh phí 27,377 tỷ đồng, trong đó vốn đối ứng 2 tỷ đồng; TÀİ trợ 1 tỷ đồng."))
    texts.append(case("Tổng kinh phí khuyến công địa phương gần 9 tỷ đồng, trong đó nguồn vốn ngân sách tỉnh "
                      "gần 5,7 tỷ và nguồn kinh phí đối ứng của doanh nghiệp 3,3 tỷ đồng."))
    seen = 0
    for text in texts:
        found = list(find_money(text))
        for k, money in enumerate(found):
            start, end = own_words(text, found, k, sentence_bounds(text, money.start)[1])
            expected = plain(text, money, start, end)
            assert funding_source(text, money, start, end) == expected
            seen += expected is not None
    assert seen >= 3


def test_each_amount_takes_the_funding_source_named_just_before_it():
    """A news report splits a total by source in one sentence: each part its own source, the
    total none (it is both)."""
    doc = extract_text(
        "Năm 2023 có 11 chương trình khuyến công địa phương với tổng kinh phí gần 9 tỷ đồng, trong đó "
        "nguồn vốn ngân sách tỉnh gần 5,7 tỷ và nguồn kinh phí đối ứng của doanh nghiệp 3,3 tỷ đồng.")
    assert [(b.amount_vnd, b.funding_source) for b in doc.budget] == [
        (9_000_000_000, None), (5_700_000_000, "địa phương"), (3_300_000_000, "đối ứng")]


def test_a_decimal_comma_typed_with_a_space_is_one_amount_the_plan_restates():
    """Tạp chí Tài chính, Hưng Yên 2024: "1, 35 tỷ đồng" is 1,35 tỷ (it was 35 tỷ labelled "... là 1"),
    which the plan's "1 tỷ 350 triệu đồng" of a later paragraph restates (paragraphs 1 and 3 of the article)."""
    doc = extract_text(
        "Năm 2024, Trung tâm Khuyến công và Xúc tiến thương mại tỉnh Hưng Yên đã đề ra một số nhiệm vụ, giải pháp "
        "để hoàn thành kế hoạch năm 2024. Ước tổng kinh phí khuyến công địa phương năm 2024 hỗ trợ là 1, 35 tỷ "
        "đồng.\n\nTheo đó, kế hoạch được xây dựng cụ thể với 1 đề án hỗ trợ ứng dụng máy móc, thiết bị tiên tiến "
        "trong sản xuất công nghiệp - tiểu thủ công nghiệp, 1 đề án tổ chức bình chọn và cấp giấy chứng nhận sản "
        "phẩm công nghiệp nông thôn tiêu biểu cấp Tỉnh năm 2024, 1 đề án thông tin tuyên truyền về phát triển của "
        "ngành Công Thương Hưng Yên năm 2024 trên các phương tiện thông tin đại chúng. Ước tổng kinh phí khuyến "
        "công địa phương năm 2024 hỗ trợ là 1 tỷ 350 triệu đồng.")
    assert [(b.amount_vnd, b.amount_text, b.funding_source, b.restates) for b in doc.budget] == [
        (1_350_000_000, "1, 35 tỷ đồng", "địa phương", None),
        (1_350_000_000, "1 tỷ 350 triệu đồng", "địa phương", 0)]
    assert doc.budget[0].label == "Ước tổng kinh phí khuyến công địa phương năm 2024 hỗ trợ"


def test_an_amount_in_brackets_after_the_source_added_to_others_is_that_sources():
    """Lâm Đồng news: "Cùng với" adds the national money to the province's, but the bracket right after its
    cue gives that money's own amount (it had no source)."""
    doc = extract_text(
        "Cùng với nguồn kinh phí khuyến công quốc gia (khoảng 1 - 3 tỷ đồng/năm), khuyến công Lâm Đồng có nguồn lực "
        "đáng kể hỗ trợ các cơ sở sản xuất có nhu cầu.")
    assert [(b.amount_text, b.funding_source) for b in doc.budget] == [("1 - 3 tỷ đồng", "quốc gia")]


def test_a_bracket_splitting_an_approximate_amount_holds_its_parts():
    """Bình Định news of An Nhơn: the shares in brackets of "gần 3 tỉ đồng" add up to 2,94 tỉ, as near as
    the "gần" allows (every đồng was counted twice)."""
    doc = extract_text(
        "Việc đầu tư công nghệ, đổi mới thiết bị cũng được thị xã chú trọng, với kinh phí thực hiện gần 3 tỉ đồng "
        "(kinh phí hỗ trợ của tỉnh hơn 1,7 tỉ đồng, của thị xã 240 triệu đồng, doanh nghiệp trên 1 tỉ đồng) hỗ trợ "
        "đầu tư dây chuyền sản xuất gạch không nung")
    assert [(b.amount_text, b.part_of) for b in doc.budget] == [
        ("3 tỉ đồng", None), ("1,7 tỉ đồng", 0), ("240 triệu đồng", 0), ("1 tỉ đồng", 0)]
    assert [w for w in doc.warnings if w.code == "budget_sum_mismatch"] == []


@pytest.mark.parametrize(("text", "label"), [
    # Lâm Đồng news: the beneficiaries' money was labelled as the budget support before it
    ("Theo bà Cao Thị Thanh - Phó giám đốc Sở Công Thương Lâm Đồng - 7 năm qua (2014 - 2020), với 38,5 tỷ đồng ngân "
     "sách hỗ trợ thực hiện 102 đề án khuyến công Lâm Đồng đã thu hút 200 tỷ đồng vốn đối ứng từ các cơ sở CNNT, tức "
     "là gấp 5,1 lần kinh phí ngân sách đầu tư.", "vốn đối ứng từ các cơ sở CNNT"),
    # Bắc Giang news: labelled by the 222 projects before it
    ("Từ nguồn ngân sách nhà nước dành cho hoạt động khuyến công, Khuyến công Bắc Giang đã tổ chức thực hiện 222 đề "
     "án và huy động được gần 600 tỷ đồng nguồn vốn đối ứng của các tổ chức, cá nhân", "nguồn vốn đối ứng của các tổ chức"),
    # Hà Tĩnh (Tạp chí Công nghiệp Tiêu dùng): "tới" between the verb and the amount
    ("Các đề án này đã thu hút tới hơn 108 tỷ đồng vốn đối ứng từ các đơn vị thụ hưởng.",
     "vốn đối ứng từ các đơn vị thụ hưởng"),
    ("Năm 2022, các đề án khuyến công đã thu hút lên tới 20 tỷ đồng vốn đầu tư của các cơ sở.", "vốn đầu tư của các cơ sở"),
])
def test_money_drawn_in_is_labelled_by_its_words_after_the_verb(text, label):
    [drawn] = [b for b in extract_text(text).budget if b.funding_source == "đối ứng"]
    assert drawn.label == label


def test_a_households_own_capital_in_a_projects_split_is_counterpart_money():
    """Kiên Giang news: "vốn của hộ kinh doanh" is the beneficiary's half of the project (it had no source, so it
    counted as programme money)."""
    doc = extract_text(
        "Tổng kinh phí thực hiện đề án 97,82 triệu đồng, trong đó vốn của hộ kinh doanh là 48,91 triệu đồng, nguồn kinh "
        "phí khuyến công hỗ trợ 48,91 triệu đồng.")
    assert [(b.label, b.funding_source, b.part_of) for b in doc.budget] == [
        ("Tổng kinh phí thực hiện đề án", None, None), ("vốn của hộ kinh doanh", "đối ứng", 0),
        ("nguồn kinh phí khuyến công hỗ trợ", None, 0)]


def test_money_named_by_who_gives_it():
    """Bến Tre news: the national money "từ Trung ương" (it had no source)."""
    doc = extract_text(
        "Ông Nguyễn Văn Bé Sáu – Giám đốc Sở Công Thương Bến Tre – cho biết, được sự quan tâm của Cục Công Thương địa "
        "phương (Bộ Công Thương), tỉnh Bến Tre đã tiếp cận với nguồn kinh phí khuyến công từ Trung ương trung bình mỗi "
        "năm khoảng 2 tỷ đồng để thực hiện các hoạt động hỗ trợ sản xuất kinh doanh của các doanh nghiệp trên địa bàn, "
        "nội dung hỗ trợ được tập trung vào việc ứng dụng các máy móc thiết bị tiên tiến vào sản xuất.\n\nCùng với đó, "
        "hàng năm UBND tỉnh Bến Tre cũng đã quan tâm bố trí khoảng 4 tỷ đồng để hỗ trợ thúc đẩy các doanh nghiệp, cơ sở "
        "sản xuất nông thôn đầu tư trang thiết bị máy móc, đào tạo lao đ")
    assert [(b.amount_vnd // 10**9, b.funding_source) for b in doc.budget] == [(2, "quốc gia"), (4, None)]


def test_money_allotted_after_a_word_of_care_is_no_spending():
    """Bến Tre news: the province's yearly money "đã quan tâm bố trí" is allotted, not spent (the word of care
    hid the allotting)."""
    doc = extract_text(
        "Cùng với đó, hàng năm UBND tỉnh Bến Tre cũng đã quan tâm bố trí khoảng 4 tỷ đồng để hỗ trợ thúc đẩy các doanh "
        "nghiệp, cơ sở sản xuất nông thôn đầu tư trang thiết bị máy móc, đào tạo lao đ")
    assert [(b.amount_vnd // 10**9, b.achieved) for b in doc.budget] == [(4, False)]


@pytest.mark.parametrize(("text", "achieved"), [
    # a mid-year national report: money approved or allotted by a date is a plan's, not spent
    ("Tính đến 30/6/2024, Bộ Công Thương đã phân bổ 45 tỷ đồng kinh phí khuyến công quốc gia.", False),
    ("Tính đến 30/6/2024, kinh phí khuyến công quốc gia đã được phân bổ 45 tỷ đồng.", False),
    ("Tính đến nay, tỉnh đã bố trí 45 tỷ đồng cho khuyến công.", False),
    # ... money spent by then is
    ("Tính đến nay, tỉnh đã hỗ trợ 45 tỷ đồng cho 20 đề án.", True),
    ("Tính đến 30/6/2024, Trung tâm đã giải ngân 45 tỷ đồng kinh phí khuyến công.", True),
])
def test_money_allotted_by_a_date_is_no_spending(text, achieved):
    assert [b.achieved for b in extract_text(text).budget] == [achieved]


def test_a_listed_amount_takes_the_source_its_own_words_name():
    """"2 tỷ đồng kinh phí khuyến công quốc gia và 3 tỷ đồng kinh phí khuyến công địa phương": the second amount
    took the first one's source, the cue before it."""
    budget = extract_text("Năm 2023, tổng kinh phí 5 tỷ đồng. Trong đó có 2 tỷ đồng kinh phí khuyến công quốc gia và 3 tỷ "
                          "đồng kinh phí khuyến công địa phương.").budget
    assert [(b.amount_vnd, b.funding_source, b.part_of) for b in budget] == [
        (5_000_000_000, None, None), (2_000_000_000, "quốc gia", 0), (3_000_000_000, "địa phương", 0)]


def test_a_lead_naming_two_programmes_gives_no_one_source():
    """"Nguồn kinh phí khuyến công quốc gia và địa phương: ..." names both programmes: its amounts were the national one's."""
    budget = extract_text("Nguồn kinh phí khuyến công quốc gia và địa phương: hỗ trợ 4 đề án với tổng kinh phí 3,2 tỷ "
                          "đồng.").budget
    assert [(b.amount_vnd, b.funding_source) for b in budget] == [(3_200_000_000, None)]
    budget = extract_text("Năm 2023, kinh phí khuyến công quốc gia và địa phương hỗ trợ 3 đề án với 2,5 tỷ đồng. Đồng "
                          "thời, hỗ trợ 5 cơ sở với 1,2 tỷ đồng.").budget
    assert [b.funding_source for b in budget] == [None, None]


def test_a_source_framing_a_sentence_reaches_its_clauses_after_a_semicolon():
    """Bạc Liêu (arit): "bằng nguồn kinh phí khuyến công quốc gia Trung tâm đã triển khai ..." frames both things
    the national money paid for (the 480 triệu after the semicolon had no source)."""
    doc = extract_text(
        "Theo Báo cáo của Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Bạc Liêu (Trung tâm), tính từ năm "
        "2009 đến cuối năm 2012 bằng nguồn kinh phí khuyến công quốc gia Trung tâm đã triển khai hỗ trợ kinh phí xây "
        "dựng mô hình trình diễn kỹ thuật và ứng dụng máy móc thiết bị tiên tiến hiện đại trong sản xuất cho 8 doanh "
        "nghiệp thuộc các lĩnh vực: chế biến thủy sản, chế biến muối thực phẩm, xay xát lúa gạo, cơ khí…, với số tiền "
        "610 triệu đồng; hỗ trợ lập quy hoạch chi tiết 2 cụm công nghiệp với số tiền 480 triệu đồng.")
    assert [(b.amount_vnd // 1_000_000, b.funding_source) for b in doc.budget] == [(610, "quốc gia"), (480, "quốc gia")]


def test_a_total_after_both_programmes_projects_names_no_source():
    """Bình Thuận's 2018 review: the 4,66 tỷ is of the national and the local projects both, though a "trong
    đó" after the national ones put the local cue nearest (it was local money)."""
    doc = extract_text(
        "cụ thể đã tổ chức thực hiện hoàn thành 05 đề án khuyến công quốc gia;trong đó có 1 đề án hỗ trợ hạ tầng cụm "
        "công nghiệp, 05 đề án khuyến công địa phương và 02 nội dung chi khác với tổng kinh phí thực hiện 4,66 tỷ đồng.")
    assert [(b.amount_text, b.funding_source) for b in doc.budget] == [("4,66 tỷ đồng", None)]


def test_a_paragraph_opening_with_its_source_as_subject_gives_it_to_its_amounts():
    """Điện Biên news: "Nguồn khuyến công địa phương được triển khai đề án ..." opens a paragraph listing what the
    local money paid for (its second project's 150 triệu had no source)."""
    doc = extract_text(
        "Nguồn khuyến công địa phương được triển khai đề án hỗ trợ ứng dụng máy móc thiết bị tiên tiến trong sản xuất "
        "đồ nội thất từ Nhôm hệ tại Công ty TNHH thiết kế xây dựng và dịch vụ thương mại 36 Khánh Vũ, kinh phí hỗ trợ 50 "
        "triệu đồng. Dự kiến hoàn thành trong tháng 11/2021. Triển khai đề án hỗ trợ ứng dụng máy móc thiết bị tiên tiến "
        "trong chế biến quả Macca tại Công ty Cổ phần đầu tư phát triển macca và giống cây lâm nghiệp Điện Biên, kinh "
        "phí hỗ trợ 150 triệu đồng.")
    assert [(b.amount_vnd // 1_000_000, b.funding_source) for b in doc.budget] == [(50, "địa phương"), (150, "địa phương")]


@pytest.mark.parametrize(("text", "sources"), [
    # an adversarial round on the rules that carry a programme's source (no saved text has these forms): a
    # project's whole or the firms' investment after it is no programme money
    ("Năm 2023, bằng nguồn kinh phí khuyến công quốc gia, Trung tâm đã hỗ trợ 5 cơ sở ứng dụng máy móc với kinh phí "
     "1,2 tỷ đồng; tổng giá trị máy móc, thiết bị đầu tư trên 4 tỷ đồng.", ["quốc gia", None]),
    ("Từ nguồn khuyến công quốc gia, Trung tâm đã hỗ trợ 3 cơ sở 600 triệu đồng. Đồng thời, tổng vốn đầu tư của các "
     "cơ sở là 2 tỷ đồng.", ["quốc gia", None]),
    ("Nguồn khuyến công địa phương được triển khai đề án hỗ trợ máy sấy tại HTX A, kinh phí hỗ trợ 50 triệu đồng. Tổng "
     "vốn đầu tư của HTX là 300 triệu đồng.", ["địa phương", None]),
    # "vốn của doanh nghiệp" after "tổng" is a project's whole, no counterpart money
    ("Tổng vốn của doanh nghiệp đầu tư dự án là 5 tỷ đồng, trong đó kinh phí khuyến công hỗ trợ 300 triệu đồng.",
     [None, None]),
    ("Ngân sách tỉnh hỗ trợ 30% tổng vốn của doanh nghiệp, tương đương 300 triệu đồng.", ["địa phương"]),
    # a mass organisation's central body is no national programme
    ("Năm 2023, tỉnh nhận hỗ trợ từ Trung ương Hội Nông dân Việt Nam 200 triệu đồng cho các hộ.", [None]),
])
def test_carried_and_named_sources_stop_at_a_projects_whole(text, sources):
    assert [b.funding_source for b in extract_text(text).budget] == sources


def test_a_years_budget_is_no_part_of_a_periods_money_for_one_purpose():
    """Bắc Giang (arit), 2005-2009: the 2005 khuyến công budget in brackets was made a part of the period's money
    for 9 firms' science projects, a sum of no year's budget."""
    doc = extract_text(
        "Giai đoạn 2005 – 2009, tỉnh cũng đã dành 2.321,348 triệu đồng từ nguồn ngân sách hỗ trợ cho 9 doanh nghiệp có "
        "đề tài, dự án khoa học và công nghệ cấp tỉnh về ứng dụng thiết bị công nghệ mới, vật liệu mới trong lĩnh vực "
        "công nghiệp, TTCN. Sở Công Thương cũng đã hỗ trợ cho 10 doanh nghiệp, hợp tác xã có đề tài, dự án khoa học và "
        "công nghệ cấp ngành với tổng số kinh phí là 215 triệu đồng. Nguồn kinh phí ngân sách nhà nước dành cho hoạt "
        "động khuyến công tăng dần theo từng năm (năm 2005 là 1.150 triệu đồng, đến năm 2009 là 2.631 triệu đồng).")
    assert [(b.amount_vnd // 1_000_000, b.part_of) for b in doc.budget] == [
        (2_321, None), (215, None), (1_150, None), (2_631, None)]


def test_a_towns_budget_is_local_money():
    """Bình Định news of An Nhơn: "ngân sách thị xã" is the town's money (it had no source); "đã có" of a noun
    phrase is no report of work done."""
    doc = extract_text(
        "Để đạt được các chỉ tiêu phát triển CN-TTCN, thị xã An Nhơn đang tập trung huy động mọi nguồn lực đầu tư xây "
        "dựng hoàn chỉnh cơ sở hạ tầng các cụm CN đã có, bao gồm cụm CN Gò Đá Trắng, cụm CN Thanh Liêm, cụm CN Tân Đức, "
        "cụm CN Bình Định… với kinh phí đầu tư trên 5 tỉ đồng, trong đó ngân sách thị xã 680 triệu đồng, còn lại của "
        "các doanh nghiệp.")
    assert [(b.amount_vnd // 1_000_000, b.funding_source, b.part_of) for b in doc.budget] == [
        (5_000, None, None), (680, "địa phương", 0)]
    assert doc.budget[1].label == "ngân sách thị xã"
    # "các cụm CN đã có," (the existing clusters) reports nothing: the town "đang" invests (both were spent)
    assert [b.achieved for b in doc.budget] == [False, False]


def test_a_sentence_going_on_with_the_one_before_keeps_its_source():
    """Điện Biên news: "Đồng thời hỗ trợ ... với kinh phí 300 triệu đồng" goes on with the national money of
    the sentence before (its source was lost)."""
    doc = extract_text(
        "Chỉ tính riêng năm 2023, từ nguồn khuyến công quốc gia, khuyến công Điện Biên đã hỗ trợ đề án ứng dụng máy "
        "móc thiết bị tiên tiến trong chế biến quả mắc ca tại Công ty TNHH MTV Phúc Sơn tỉnh Điện Biên và Công ty TNHH "
        "Đại Phú tỉnh Điện Biên, kinh phí hỗ trợ mỗi đơn vị 200 triệu đồng. Đồng thời hỗ trợ ứng dụng dây chuyền máy "
        "móc thiết bị tiên tiến trong sản xuất chế biến gạo tại Hợp tác xã Mường Then với kinh phí 300 triệu đồng.")
    assert [(b.amount_vnd // 1_000_000, b.funding_source) for b in doc.budget] == [(300, "quốc gia")]
    # Bình Thuận's local round, and the ministry's allotment: the total of "this round" or "the decision" named before
    doc = extract_text(
        "Ngày 19/3/2019, Giám đốc Sở Công thương đã ban hành các quyết định phê duyệt kinh phí thực hiện các đề án khuyến "
        "công địa phương năm 2019. Tổng kinh phí thực hiện được phê duyệt đợt này là 986 triệu đồng để hỗ trợ thực hiện "
        "cho 05 đề án và 02 nội dung chi khác.")
    assert [(b.amount_vnd // 1_000_000, b.funding_source) for b in doc.budget] == [(986, "địa phương")]
    doc = extract_text(
        "Ngày 30/12/2020, Bộ Công Thương đã ban hành quyết định số 3536/QĐ-BCT về việc giao kế hoạch kinh phí khuyến công "
        "quốc gia đợt 1 năm 2021. Theo quyết định, năm 2021 Bộ Công Thương đã phê duyệt cho tỉnh Bình Thuận 01 đề án với "
        "tổng kinh phí hỗ trợ thực hiện là 600 triệu đồng.")
    assert [(b.amount_vnd // 1_000_000, b.funding_source) for b in doc.budget] == [(600, "quốc gia")]


def test_a_project_total_whose_split_follows_its_purpose_takes_no_source():
    """Đắk Nông news: the programme the sentence opens with names no source of the project's whole
    cost, which "Trong đó" splits after its purpose (the firm's 415 triệu was local money)."""
    doc = extract_text(
        "Theo Chương trình khuyến công địa phương năm 2018, Trung tâm được giao phối hợp với Công ty Cổ phần Godere "
        "thực hiện đầu tư cụm máy móc thiết bị gồm: 01 máy rang cà phê, 01 máy xử lý khói mùi, với tổng kinh phí 610 "
        "triệu đồng để chế biến cà phê bột. Trong đó, kinh phí khuyến công địa phương hỗ trợ 195 triệu đồng.")
    assert [(b.amount_vnd // 1_000_000, b.funding_source, b.part_of) for b in doc.budget] == [
        (610, None, None), (195, "địa phương", 0)]


def test_a_long_sentences_opening_names_its_amounts_source():
    """Bình Phước news: the source opens a sentence 330 characters before its amount (it was
    read within 300, and the label was cut inside the source's name: "quốc gia năm 2017, ...")."""
    doc = extract_text(
        "Theo Kế hoạch kinh phí khuyến công quốc gia năm 2017, Trung tâm Khuyến công và Tư vấn phát triển công nghiệp "
        "Bình Phước được giao thực hiện 07 đề án hỗ trợ các cơ sở công nghiệp nông thôn (CNNT) ứng dụng máy móc thiết "
        "bị và xây dựng mô hình trình diễn kỹ thuật trong sản xuất chế biến hạt điều xuất khẩu, với tổng kinh phí hỗ "
        "trợ là 1.650 triệu đồng.")
    [item] = doc.budget
    assert (item.amount_vnd, item.funding_source) == (1_650_000_000, "quốc gia")
    assert item.label.startswith("Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Bình Phước được giao")


def test_a_headlines_rounded_amount_stands_for_the_bodys_past_a_caption_copying_it():
    """Đại Từ news: "Gần 1 tỷ đồng" in the headline (capitalised) is the body's 995 triệu, though a
    photo's caption copies the headline first (the sum gave 1,995 tỷ)."""
    doc = extract_text(
        "Đại Từ: Gần 1 tỷ đồng hỗ trợ khuyến công\n\nĐại Từ: Gần 1 tỷ đồng hỗ trợ khuyến công Gia công cơ khí tại"
        " Công ty TNHH Song Vũ Minh Thế.\n\nĐược sự quan tâm, phối hợp chặt chẽ từ Trung tâm Khuyến công và Tư "
        "vấn phát triển công nghiệp (Sở Công Thương), thời gian qua, huyện Đại Từ đã triển khai hiệu quả các "
        "chương trình, dự án khuyến công trên địa bàn huyện. Các dự án triển khai được đánh giá là đạt hiệu quả, "
        "sản lượng cũng như chất lượng sản phẩm của các cơ sở thụ hưởng được nâng lên rõ rệt.\n\nCụ thể, trong 2 "
        "năm 2016-2017, trên địa bàn huyện có 7 dự án khuyến công được phê duyệt, tổng kinh phí hỗ trợ đạt 995 "
        "triệu đồng. Trong đó, Chương trình khuyến công Quốc gia hỗ trợ 2 dự án với số tiền 395 triệu đồng; "
        "Chương trình khuyến công địa phương hỗ trợ 5 dự án với tổng số tiền 600 triệu đồng. Các dự án được hỗ "
        "trợ khuyến công chủ yếu đó là hỗ trợ dây chuyền, ứng dụng khoa học công nghệ trong chế biến chè, sản "
        "xuất gạch không nung, sản xuất và gia công đồ gỗ. Các đơn vị được hỗ trợ như: Hợp tác xã Chè an toàn Đại"
        " Phú, xã Phú Lạc; Công ty TNHH Song Vũ Minh thế, xã Tiên Hội; Công ty TNHH Một thành viên Thương mại "
        "Hùng Thái, thị trấn Hùng Sơn…")
    assert [(b.amount_vnd // 1_000_000, b.restates) for b in doc.budget][:3] == [(1000, None), (1000, 0), (995, 0)]
    # "Cụ thể, trong 2 năm 2016-2017, ..." details the "đã triển khai" of the paragraph before: its whole and
    # every part of its "Trong đó" are done alike (the first part was planned, the second done)
    assert [(t.text, t.achieved) for t in doc.targets] == [("7 dự án", True), ("2 dự án", True), ("5 dự án", True)]
    assert [(b.amount_vnd // 1_000_000, b.achieved) for b in doc.budget][2:] == [(995, True), (395, True), (600, True)]


def test_a_paragraph_on_another_topic_holds_no_part_of_the_total_before():
    """Vĩnh Phúc's ten-year report, one paragraph a topic ("Về ...:"): the management training's 525
    triệu was a part of the vocational training's 3,37 tỷ, and dropped out of the sums."""
    doc = extract_text(
        "Về hỗ trợ đào tạo nghề, truyền nghề và nâng cao tay nghề: Tổng kinh phí hỗ trợ là 3,37 tỷ đồng từ nguồn "
        "khuyến công địa phương. Qua đó tổ chức được 82 lớp đào tạo nghề và 2.760 học viên tham gia các lớp "
        "truyền nghề như: May công nghiệp; thêu ren đính cườm xuất khẩu; nghề đan lát; nghề mộc...\nVề hỗ trợ "
        "nâng cao năng lực quản lý cho các cơ sở công nghiệp nông thôn (CNNT): Tổ chức hỗ trợ đào tạo quản trị "
        "kinh doanh, khởi sự doanh nghiệp qua các năm cho 799 học viên là lãnh đạo, cán bộ kỹ thuật các doanh "
        "nghiệp, hộ kinh doanh cá thể trên địa bàn tỉnh Vĩnh Phúc với kinh phí 525 triệu đồng.")
    assert [(b.amount_vnd // 1_000_000, b.part_of) for b in doc.budget] == [(3370, None), (525, None)]


def test_an_amount_a_later_sentence_adds_money_to_is_a_part_of_its_sum():
    """Bình Thuận's 2021 plan: "Cùng với các đề án khuyến công địa phương ... thì ... là 1,680 tỷ
    đồng" adds the local money to the national 600 triệu before it (the sum gave 2,28 tỷ)."""
    doc = extract_text(
        "Theo quyết định, năm 2021 Bộ Công Thương đã phê duyệt cho tỉnh Bình Thuận 01/02 đề án nhóm Hỗ trợ ứng "
        "dụng máy móc thiết bị tiến tiến trong chế biến nước mắm với tổng kinh phí hỗ trợ thực hiện là 600/1200 "
        "triệu đồng Sở Công Thương đăng ký kế hoạch năm 2021.\n\nNhư vậy, kinh phí khuyến công quốc gia đợt 1 "
        "giao năm 2021 chỉ bằng 1/3 so với năm 2020, đặt ra nhiệm vụ trong năm TTKC cần tiếp tục xây dựng đề án "
        "để đăng ký bổ sung. Cùng với các đề án khuyến công địa phương được phê duyệt  thì năm 2021 kinh phí "
        "khuyến công dự kiến tổ chức thực hiện là 1,680 tỷ đồng./.")
    assert [(b.amount_vnd // 1_000_000, b.part_of) for b in doc.budget] == [(600, 1), (1680, None)]


def test_a_lead_in_closed_by_gom_lists_its_parts_in_the_next_paragraph():
    """Đắk Nông's 2009 national money: the list under "gồm:" is a paragraph of its own (its
    amounts were counted beside the total, 1,22 tỷ for 610 triệu, with no source)."""
    doc = extract_text(
        "Năm 2009, tổng kinh phí khuyến công quốc gia đã hỗ trợ cho tỉnh Đăk Nông là 610 triệu đồng để thực hiện 08 đề án, gồm:\n\n"
         "Quy hoạch chi tiết Cụm công nghiệp - Tiểu thủ công nghiệp huyện Krông Nô (150 triệu đồng); 04 đề án "
         "xây dựng mô hình trình diễn kỹ thuật (260 triệu đồng); 03 đề án (xây dựng mô hình trình diễn kỹ "
         "thuật sửa chữa, sản xuất máy móc phục vụ chế biến nông sản tại Cơ sở cơ khí Nguyễn Phước, xã Đăk "
         "R’la, huyện Đăk Mil; xây dựng mô hình trình diễn kỹ thuật sản xuất, sửa chữa máy cơ khí nông nghiệp "
         "tại Cơ sở cơ khí Phú Hiền, xã Nam Bình, huyện Đăk Song và đề án tham quan học tập kinh nghiệm công "
         "tác khuyến công tại các tỉnh Đồng Nai, Bình Định và Quảng Nam (200 triệu đồng).")
    assert [(b.amount_vnd // 1_000_000, b.part_of, b.funding_source) for b in doc.budget] == [
        (610, None, "quốc gia"), (150, 0, "quốc gia"), (260, 0, "quốc gia"), (200, 0, "quốc gia")]


def test_a_total_whose_split_by_source_opens_the_next_sentence_takes_no_source():
    """Ninh Thuận: "Trong đó," opens the sentence after the total; its parts are split by source."""
    doc = extract_text("Hộ kinh doanh Trung Tuấn được thụ hưởng từ nguồn kinh phí khuyến công địa phương năm 2024 với "
                       "tổng kinh phí thực hiện đề án là 290 triệu đồng. Trong đó, nguồn kinh phí khuyến công địa "
                       "phương hỗ trợ 130 triệu đồng; kinh phí đối ứng của hộ kinh doanh là 160 triệu đồng.")
    assert [(b.amount_vnd // 1_000_000, b.funding_source, b.part_of) for b in doc.budget] == [
        (290, None, None), (130, "địa phương", 0), (160, "đối ứng", 0)]


def test_the_central_programme_is_the_national_source():
    """Trà Vinh 2006: the central money, set apart from the province's own."""
    doc = extract_text("Ngoài nguồn vốn khuyến công của Tỉnh đã triển khai thực hiện, tỉnh Trà Vinh được khuyến công "
                       "trung ương hỗ trợ 120 triệu đồng, tổ chức được 25 lớp.")
    assert [(b.amount_vnd, b.funding_source) for b in doc.budget] == [(120_000_000, "quốc gia")]


@pytest.mark.parametrize(("text", "amounts"), [
    # Yên Bái 2011, Trà Vinh 2006: "triệu" with the currency left out, in a clause about money
    ("Trong tổng số gần 3 tỷ đồng kinh phí khuyến công được giải ngân, có 990 triệu là nguồn kinh phí khuyến công "
     "quốc gia với 9 đề án.", [(3_000_000_000, None), (990_000_000, 0)]),
    ("Với nguồn kinh phí khuyến công địa phương là 111,14 triệu, Trung tâm Khuyến công đã tổ chức 35 lớp.",
     [(111_140_000, None)]),
    # a count of millions is no money
    ("Dân số 1,2 triệu, với 3 triệu người lao động; kinh phí hỗ trợ cho 3 triệu người.", []),
])
def test_millions_without_the_currency_in_a_clause_about_money(text, amounts):
    assert [(b.amount_vnd, b.part_of) for b in extract_text(text).budget] == amounts


def test_a_provincial_programmes_name_is_no_source():
    """Lai Châu: "Chương trình khuyến công tỉnh ..." names the programme, whose total holds
    national and other money too; "kinh phí khuyến công tỉnh" is the province's."""
    doc = extract_text("Dự kiến tổng kinh phí thực hiện Chương trình khuyến công tỉnh Lai Châu giai đoạn này là "
                       "75.300 triệu đồng. Kinh phí khuyến công tỉnh năm 2024 là 3 tỷ đồng.")
    assert [(b.amount_vnd // 1_000_000, b.funding_source) for b in doc.budget] == [(75_300, None), (3_000, "địa phương")]


@pytest.mark.parametrize("text", [
    # a province's khuyến công as a whole, national and local money: the place named after "khuyến công tỉnh"
    # (Ninh Bình, a regional conference's report; a Hải Dương headline)
    "Kế hoạch kinh phí khuyến công tỉnh Ninh Bình là 8,198 tỷ đồng, thực hiện 8,08 tỷ đồng, đạt 98,6% so với kế hoạch.",
    "Khuyến công tỉnh Hải Dương: 16 cơ sở được hỗ trợ khuyến công với tổng kinh phí 3,67 tỷ đồng.",
])
def test_a_places_khuyen_cong_as_a_whole_is_no_source(text):
    assert [b.funding_source for b in extract_text(text).budget][0] is None


def test_dong_opening_another_word_is_no_currency():
    """Hà Giang: "năm 2023 đồng thời" and "1.200 đồng bào" were amounts of đồng."""
    doc = extract_text("Các đề án thực hiện năm 2022 và năm 2023 đồng thời kết hợp trao đổi kinh nghiệm. Năm 2022, "
                       "Trung tâm đã đào tạo nghề cho 1.200 đồng bào dân tộc thiểu số với kinh phí 500 triệu đồng.")
    assert [b.amount_text for b in doc.budget] == ["500 triệu đồng"]
    assert [t.text for t in doc.targets] == ["1.200 đồng bào"]


@pytest.mark.parametrize(("text", "sources"), [
    # the abbreviations of the two programmes
    ("KCQG hỗ trợ 2 đề án với kinh phí 500 triệu đồng; KCĐP hỗ trợ 5 đề án với kinh phí 600 triệu đồng.",
     ["quốc gia", "địa phương"]),
    ("Mỗi năm, KC địa phương của tỉnh chỉ được giao khoảng 500 triệu đồng.", ["địa phương"]),
    # Quảng Bình: the province named after the source's comma is the clause's subject, no second source
    ("Tính riêng trong năm 2020, từ nguồn kinh phí khuyến công quốc gia, tỉnh Quảng Bình được hỗ trợ hơn 3,8 tỷ đồng "
     "để thực hiện 5 đề án.", ["quốc gia"]),
    # Lâm Đồng: what the businesses put in
    ("Tổng kinh phí thực hiện chương trình là 3,7 tỷ đồng từ ngân sách nhà nước và nguồn kinh phí doanh nghiệp đóng "
     "góp 1,9 tỷ đồng.", [None, "đối ứng"]),
    # Hậu Giang: a subtotal that "gồm" breaks down by source takes none of its parts' sources
    ("Nguồn ngân sách hỗ trợ 9,51 tỷ đồng gồm nguồn kinh phí khuyến công quốc gia hỗ trợ 6,16 tỷ đồng, nguồn kinh "
     "phí khuyến công địa phương hỗ trợ 3,35 tỷ đồng.", [None, "quốc gia", "địa phương"]),
    # Hòa Bình: a total of the projects of both programmes was filed as local money
    ("Năm 2020, tỉnh đã triển khai các đề án khuyến công quốc gia (KCQG), khuyến công địa phương với tổng kinh phí "
     "hỗ trợ 3.856,721 triệu đồng.", [None]),
    ("Kinh phí khuyến công quốc gia và khuyến công địa phương là 3 tỷ đồng.", [None]),
    # Đồng Nai: the beneficiaries' own money is their counterpart share
    ("Tổng kinh phí gần 11 tỷ đồng, trong đó ngân sách tỉnh 6,6 tỷ đồng, kinh phí do các doanh nghiệp thụ hưởng trên "
     "4,3 tỷ đồng.", [None, "địa phương", "đối ứng"]),
    # Hà Giang, Thừa Thiên Huế, Đắk Lắk news: two sources named as two counts' or repeating the noun
    ("Từ 1,683 tỷ đồng kinh phí khuyến công quốc gia và kinh phí khuyến công địa phương hỗ trợ, TTKC đã triển khai "
     "được 21 đề án.", [None]),
    ("Trong đó có 2 đề án KC quốc gia và 28 đề án KC địa phương đã được triển khai với tổng kinh phí hỗ trợ trên 3,1 "
     "tỷ đồng.", [None]),
    ("Toàn tỉnh đã triển khai 142 đề án khuyến công, gồm 7 đề án khuyến công quốc gia và 135 đề án khuyến công địa "
     "phương, với tổng kinh phí hơn 48 tỷ đồng.", [None]),
    # two amounts, each after its own source
    ("Kinh phí khuyến công quốc gia 2 tỷ đồng, khuyến công địa phương 3 tỷ đồng.", ["quốc gia", "địa phương"]),
    # Bình Thuận news: "Cùng với" adds the local projects' money to the national money before it
    ("Cùng với các đề án khuyến công địa phương được phê duyệt thì năm 2021 kinh phí khuyến công dự kiến tổ chức "
     "thực hiện là 1,680 tỷ đồng./.", [None]),
    # Bà Rịa - Vũng Tàu news: the headline's programme name is no source of the total its body splits by source
    ("9 tỷ đồng thực hiện chương trình khuyến công địa phương năm 2023\n\nUBND tỉnh đã ban hành Kế hoạch khuyến công "
     "địa phương năm 2023 trên địa bàn tỉnh.\n\nTheo đó, năm 2023 có 11 chương trình khuyến công địa phương với "
     "tổng kinh phí gần 9 tỷ đồng, trong đó nguồn vốn ngân sách tỉnh gần 5,7 tỷ và nguồn kinh phí đối ứng của DN 3,3 "
     "tỷ đồng.", [None, None, "địa phương", "đối ứng"]),
    # Hà Tĩnh, Bình Định, Hà Nam, Cao Bằng: the beneficiaries' own money, what they put in or the support draws
    # in, is their counterpart share
    ("Cuối năm 2024, Công ty Cổ phần XS Plus Việt Nam, chuyên sản xuất tấm ốp nano, sàn nhựa…, được hỗ trợ 300 triệu "
     "đồng để đầu tư thiết bị mới; từ đầu năm 2025 đến nay, doanh nghiệp bỏ thêm hơn 7 tỷ đồng để mua sắm hàng loạt "
     "máy móc hiện đại như máy cân nguyên liệu tự động, máy trộn tự động, máy đúc nhiệt…", [None, "đối ứng"]),
    ("Giải quyết việc làm cho 360 lao động nông thôn; thu hút vốn đầu tư cơ sở CNNT trên 8.588 triệu đồng.",
     ["đối ứng"]),
    ("Khuyến công địa phương hỗ trợ 36 đề án với số tiền 6,847 tỷ đồng và đã thu hút được 13,676 tỷ đồng vốn đầu tư "
     "của các cơ sở công nghiệp nông thôn tham gia thực hiện.", ["địa phương", "đối ứng"]),
    ("Chương trình đã thực hiện 23 đề án, tổng kinh phí khuyến công hơn 4,36 tỷ đồng, thu hút vốn đầu tư hơn 15,2 tỷ "
     "đồng và 10,8 tỷ đồng vốn đối ứng từ các cơ sở công nghiệp nông thôn (CNNT).", [None, "đối ứng", "đối ứng"]),
    ("Sau khi được hỗ trợ máy móc, hợp tác xã tự đầu tư thêm 800 triệu đồng xây dựng nhà xưởng, còn lại 1,2 tỷ đồng "
     "là vốn tự có của các xã viên.", ["đối ứng", "đối ứng"]),
    # ... unless another source is the subject of the verb or named right after the amount
    ("Năm 2024, ngân sách tỉnh đã đầu tư thêm 1 tỷ đồng cho cụm công nghiệp Thạch Thắng.", ["địa phương"]),
    ("Năm 2020, tỉnh thu hút được 3 tỷ đồng từ nguồn khuyến công quốc gia để hỗ trợ 9 đề án.", ["quốc gia"]),
    # ... and "thu hút" of money to spend on the programme is none of theirs (Vĩnh Linh)
    ("Dự kiến, giai đoạn 2021-2025, huyện Vĩnh Linh sẽ thu hút và sử dụng khoảng 4,6 tỷ đồng hỗ trợ cho hoạt động "
     "khuyến công.", [None]),
    # the province's money matching the national money is local money, not the beneficiaries' counterpart share
    ("Năm 2023, tổng kinh phí là 5 tỷ đồng, trong đó kinh phí khuyến công quốc gia 3 tỷ đồng và ngân sách tỉnh đối "
     "ứng 2 tỷ đồng.", [None, "quốc gia", "địa phương"]),
    ("Năm 2023, kinh phí khuyến công quốc gia hỗ trợ 3 tỷ đồng, kinh phí khuyến công địa phương đối ứng 2 tỷ đồng.",
     ["quốc gia", "địa phương"]),
    ("Năm 2023, kinh phí khuyến công quốc gia và ngân sách tỉnh đối ứng là 5 tỷ đồng.", [None]),
    ("Năm 2023, kinh phí khuyến công quốc gia hỗ trợ 3 tỷ đồng, kinh phí doanh nghiệp đối ứng 2 tỷ đồng.",
     ["quốc gia", "đối ứng"]),
    # Vĩnh Linh news: a district's own khuyến công is local money
    ("Trong đó, có 5 dự án khuyến công quốc gia có tổng kinh phí 2,64 tỷ đồng; 18 dự án khuyến công cấp tỉnh; 29 dự "
     "án khuyến công cấp huyện, kinh phí thực hiện 646 triệu đồng.", ["quốc gia", "địa phương"]),
    # Cà Mau news, 2020-2023: what the beneficiaries put in, "thu hút tổng vốn đầu tư"
    ("Trong đó, kinh phí khuyến công hỗ trợ các cơ sở 5,3 tỷ đồng, thu hút tổng vốn đầu tư của các cơ sở 11,6 tỷ "
     "đồng, giải quyết việc làm cho trên 600 lao động địa phương.", [None, "đối ứng"]),
    # Vạn Ninh news, 2023: the province's budget as the district's is
    ("Kinh phí thực hiện kế hoạch là 3,87 tỷ đồng. Trong đó, ngân sách cấp tỉnh hơn 3,3 tỷ đồng; ngân sách cấp huyện "
     "70 triệu đồng; còn lại là vốn đối ứng của chủ thể.", [None, "địa phương", "địa phương"]),
])
def test_funding_sources_of_news_reports(text, sources):
    assert [b.funding_source for b in extract_text(text).budget] == sources


def test_an_amount_opening_its_clause_takes_the_words_after_it():
    """Điện Biên: each amount after a semicolon, its purpose after it without "để" or "cho"."""
    doc = extract_text("Chương trình sẽ dành 7,5 tỷ đồng dành hỗ trợ xây dựng 5 mô hình trình diễn; 950 triệu đồng phát "
                       "triển sản phẩm công nghiệp nông thôn tiêu biểu; khoảng 500 triệu đồng hỗ trợ đào tạo nghề.")
    assert [b.label for b in doc.budget] == [
        "dành hỗ trợ xây dựng 5 mô hình trình diễn", "phát triển sản phẩm công nghiệp nông thôn tiêu biểu",
        "hỗ trợ đào tạo nghề"]


def test_a_headline_opening_with_its_amount_takes_the_words_after_it():
    """News headlines: "22,5 tỷ đồng hỗ trợ thực hiện hoạt động khuyến công" had no label, as
    "9 tỷ đồng thực hiện chương trình khuyến công địa phương năm 2023" (Bà Rịa - Vũng Tàu)."""
    doc = extract_text("22,5 tỷ đồng hỗ trợ thực hiện hoạt động khuyến công\n\nNăm 2024, tỉnh bố trí 22,5 tỷ đồng cho "
                       "khuyến công.")
    assert [b.label for b in doc.budget] == ["hỗ trợ thực hiện hoạt động khuyến công", "cho khuyến công"]
    doc = extract_text("Năm 2023\n\nTrên 4,7 tỷ đồng kinh phí hoạt động khuyến công\n\nKinh phí thực hiện các hoạt "
                       "động khuyến công năm 2023 được dự toán trên 4,7 tỷ đồng.")
    assert doc.budget[0].label == "kinh phí hoạt động khuyến công"  # a headline under a line of its own


@pytest.mark.parametrize(("text", "labels"), [
    # Thừa Thiên Huế, Nghệ An news: a headline's last amount is for the rest of the headline, over "và" and commas
    ("Kinh tế Xây dựng - Giao thông\n\n21/05/2015 - 18:41\n\nTrên 1 tỷ đồng khôi phục và phát triển nghề, làng nghề "
     "truyền thống\n\nTTH - Năm 2015, từ nguồn ngân sách của tỉnh, sở đầu tư trên 1 tỷ đồng triển khai thực hiện Kế "
     "hoạch khôi phục và phát triển nghề, làng nghề truyền thống.",
     ["khôi phục và phát triển nghề, làng nghề truyền thống", "Năm 2015, từ nguồn ngân sách của tỉnh, sở đầu tư"]),
    ("Kinh tế\n\nNghệ An: 4 tỷ đồng hỗ trợ phát triển công nghiệp, tiểu thủ công nghiệp\n\nThực hiện chương trình "
     "khuyến công giai đoạn 2016-2020, UBND tỉnh Nghệ An đã trích kinh phí hỗ trợ 75 đề án với tổng kinh phí 4 tỷ đồng.",
     ["hỗ trợ phát triển công nghiệp, tiểu thủ công nghiệp",
      "Thực hiện chương trình khuyến công giai đoạn 2016-2020, UBND tỉnh Nghệ An đã trích kinh phí hỗ trợ 75 đề án "
      "với tổng kinh phí"]),
    # ... not an amount another one follows in the headline
    ("Quảng Ninh: 2,8 tỷ đồng cho khuyến công và 500 triệu đồng cho làng nghề\n\nTrung tâm Khuyến công tỉnh Quảng "
     "Ninh đã xây dựng kế hoạch kinh phí khuyến công năm 2018 với tổng kinh phí hỗ trợ dự kiến 2,8 tỷ đồng.",
     ["cho khuyến công", "cho làng nghề",
      "Trung tâm Khuyến công tỉnh Quảng Ninh đã xây dựng kế hoạch kinh phí khuyến công năm 2018 với tổng kinh phí hỗ "
      "trợ"]),
])
def test_a_headlines_last_amount_is_for_the_rest_of_it(text, labels):
    doc = extract_text(text)
    assert doc.metadata.doc_type == "bai_viet"
    assert [b.label for b in doc.budget] == labels


def test_other_sources_are_named():
    """Lào Cai: "nguồn khác" is the source of the rest of the programme's money."""
    doc = extract_text("Tổng kinh phí thực hiện Chương trình là 117.866 triệu đồng, trong đó: nguồn ngân sách tỉnh là "
                       "64.841 triệu đồng, nguồn khác 53.025 triệu đồng.")
    assert [(b.amount_vnd // 1_000_000, b.funding_source) for b in doc.budget] == [
        (117_866, None), (64_841, "địa phương"), (53_025, "khác")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A total split by source: the total takes none of its parts' sources, each part its own.
        ("Giai đoạn 2021-2025, tỉnh đã triển khai 57 đề án, tổng kinh phí hỗ trợ 7,648 tỷ đồng, trong đó "
         "khuyến công quốc gia (KCQG) 1,45 tỷ đồng, khuyến công địa phương (KCĐP) 6,198 tỷ đồng.",
         [(7_648_000_000, "Giai đoạn 2021-2025, tỉnh đã triển khai 57 đề án, tổng kinh phí hỗ trợ", None), (1_450_000_000, "khuyến công quốc gia (KCQG)", "quốc gia"),
          (6_198_000_000, "khuyến công địa phương (KCĐP)", "địa phương")]),
        # A part does not take the next part's source.
        # A total split by source has none, even after "khuyến công địa phương".
        ("Năm 2023 có 11 chương trình khuyến công địa phương với tổng kinh phí 9 tỷ đồng, trong đó nguồn khuyến "
         "công của tỉnh 5,7 tỷ đồng và vốn đối ứng của doanh nghiệp 3,3 tỷ đồng.",
         [(9_000_000_000, "Năm 2023 có 11 chương trình khuyến công địa phương với tổng kinh phí", None),
          (5_700_000_000, "nguồn khuyến công của tỉnh", "địa phương"),
          (3_300_000_000, "vốn đối ứng của doanh nghiệp", "đối ứng")]),
        ("Năm 2017 có 56 đề án khuyến công địa phương với kinh phí thực hiện 8,3 tỷ đồng và 9 đề án khuyến công "
         "quốc gia với kinh phí 2,4 tỷ đồng.",
         [(8_300_000_000, "Năm 2017 có 56 đề án khuyến công địa phương với kinh phí thực hiện", "địa phương"),
          (2_400_000_000, "9 đề án khuyến công quốc gia với kinh phí", "quốc gia")]),
        # The purpose written after an amount is its label.
        ("Theo đó, 7 tỷ đồng dành hỗ trợ các đề án khuyến công có thu hồi kinh phí, trên 2 tỷ đồng dành cho "
         "các đề án không thu hồi.",
         [(7_000_000_000, "dành hỗ trợ các đề án khuyến công có thu hồi kinh phí", None),
          (2_000_000_000, "dành cho các đề án không thu hồi", None)]),
        # A purpose after "để" or "cho" (not "cho 2 đề án", a count).
        ("Nghệ An dành 32,8 tỷ đồng để phát triển lĩnh vực công nghiệp hỗ trợ.",
         [(32_800_000_000, "để phát triển lĩnh vực công nghiệp hỗ trợ", None)]),
        ("Trung tâm được giao 800 triệu đồng cho 2 đề án.", [(800_000_000, "Trung tâm được giao", None)]),
        # Tuyên Quang news: words before that say nothing of it ("Cụ thể, đã hỗ trợ"), "cho" and a count after it
        ("Cụ thể, đã hỗ trợ 1,6 tỷ đồng cho 3 cơ sở công nghiệp nông thôn trên địa bàn huyện Yên Sơn; hỗ trợ 5 cơ sở "
         "công nghiệp nông thôn ứng dụng máy móc thiết bị, cụm thiết bị tiên tiến vào sản xuất với tổng kinh phí 440 "
         "triệu đồng từ nguồn kinh phí khuyến công quốc gia và địa phương.",
         [(1_600_000_000, "cho 3 cơ sở công nghiệp nông thôn trên địa bàn huyện Yên Sơn", None),
          (440_000_000, "hỗ trợ 5 cơ sở công nghiệp nông thôn ứng dụng máy móc thiết bị, cụm thiết bị tiên tiến vào "
           "sản xuất với tổng kinh phí", None)]),
        # Hải Phòng: two qualifiers stacked ("Khoảng gần") are no label; Hà Tĩnh: nor is "Tương tự, với"
        ("Hội chợ được tổ chức với chi phí lớn nhất từ trước đến nay tại Hải Phòng. Khoảng gần 5 tỷ đồng được chi cho "
         "sự kiện này.", [(5_000_000_000, "được chi cho sự kiện này", None)]),
        ("Tương tự, với 300 triệu đồng hỗ trợ từ nguồn khuyến công địa phương, HTX Dịch vụ chế biến hải sản Phú Sáng "
         "(xã Thiên Cầm) mạnh dạn đầu tư mở rộng sản xuất.",
         [(300_000_000, "hỗ trợ từ nguồn khuyến công địa phương", "địa phương")]),
        # Tuyên Quang news headline: "Hỗ trợ" alone says nothing of the money
        ("Hỗ trợ 180 triệu đồng thực hiện đề án khuyến công địa phương",
         [(180_000_000, "thực hiện đề án khuyến công địa phương", "địa phương")]),
        # Hưng Yên, Vĩnh Linh news headlines: the place before the colon is no label; a label before
        # a colon still is one
        ("Hưng Yên: 42 tỷ đồng hỗ trợ phát triển làng nghề giai đoạn 2021 – 2025",
         [(42_000_000_000, "hỗ trợ phát triển làng nghề giai đoạn 2021 – 2025", None)]),
        ("Vĩnh Linh: 4,2 tỷ đồng hỗ trợ dự án khuyến công", [(4_200_000_000, "hỗ trợ dự án khuyến công", None)]),
        ("Kinh phí đầu tư xây dựng trụ sở: 8,5 tỷ đồng từ nguồn ngân sách tỉnh.",
         [(8_500_000_000, "Kinh phí đầu tư xây dựng trụ sở", "địa phương")]),
        # A total keeps the words that say it is one.
        ("Tổng kinh phí thực hiện Chương trình là 27,377 tỷ đồng để thực hiện các nội dung trên.",
         [(27_377_000_000, "Tổng kinh phí thực hiện Chương trình", None)]),
        # The national source written as "kinh phí quốc gia", beside the local one.
        ("Năm 2009, với nguồn kinh phí quốc gia đã được phê duyệt là 1,4 tỷ đồng, khuyến công địa phương là 1,5 tỷ"
         " đồng.",
         [(1_400_000_000, "Năm 2009, với nguồn kinh phí quốc gia đã được phê duyệt", "quốc gia"),
          (1_500_000_000, "khuyến công địa phương", "địa phương")]),
        # Two sources joined: none of them alone.
        ("Năm 2019, Sở Công Thương đã huy động các nguồn vốn từ ngân sách trung ương và địa phương với 4,3 tỷ đồng.",
         [(4_300_000_000, "Năm 2019, Sở Công Thương đã huy động các nguồn vốn từ ngân sách trung ương và địa phương "
           "với", None)]),
        # Tuyên Quang: the source after the amount.
        ("2. Kinh phí đầu tư xây dựng trụ sở, trang thiết bị cho Trung tâm Khuyến công dự kiến là: 8,5 tỷ đồng "
         "từ nguồn kinh phí khuyến công quốc gia.",
         [(8_500_000_000, "Kinh phí đầu tư xây dựng trụ sở, trang thiết bị cho Trung tâm Khuyến công", "quốc gia")]),
    ],
)
def test_each_amount_of_a_sentence_keeps_its_own_label_and_source(text, expected):
    doc = extract_text(text)
    assert [(b.amount_vnd, b.label, b.funding_source) for b in doc.budget] == expected


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # What is left of the amount before is no part of the next one's label.
        ("Tổng kinh phí năm 2023 là 4,7 tỷ đồng. Trong đó, kinh phí khuyến công địa phương 3,2 tỷ đồng.",
         ["Tổng kinh phí năm 2023", "kinh phí khuyến công địa phương"]),
        ("Kinh phí khuyến công quốc gia 2 tỷ đồng (chiếm 41%), kinh phí thu hồi 1 tỷ đồng.",
         ["Kinh phí khuyến công quốc gia", "kinh phí thu hồi"]),
        # Cao Bằng news: nothing but "và" before it, an amount is labelled by its words after it (it had none)
        ("Chương trình đã thực hiện 23 đề án, tổng kinh phí khuyến công hơn 4,36 tỷ đồng, thu hút vốn đầu tư hơn "
         "15,2 tỷ đồng và 10,8 tỷ đồng vốn đối ứng từ các cơ sở công nghiệp nông thôn (CNNT).",
         ["Chương trình đã thực hiện 23 đề án, tổng kinh phí khuyến công", "thu hút vốn đầu tư",
          "vốn đối ứng từ các cơ sở công nghiệp nông thôn (CNNT)"]),
        # ... nor what it is compared with
        ("Kinh phí năm 2024 tăng 1,2 tỷ đồng so với năm 2023, trong đó hỗ trợ máy móc 3 tỷ đồng.",
         ["Kinh phí năm 2024 tăng", "hỗ trợ máy móc"]),
    ],
)
def test_a_label_starts_after_the_amount_before(text, labels):
    assert [b.label for b in extract_text(text).budget] == labels


def test_a_long_label_is_cut_at_a_word():
    words = "hỗ trợ các cơ sở công nghiệp nông thôn " * 12
    label = extract_text(f"Kinh phí {words}là 3 tỷ đồng.").budget[0].label
    assert label and label.split()[0] in words.split()  # a whole word, not the tail of one


def test_a_ratio_of_dong_is_no_amount():
    doc = extract_text("Các đề án đã thu hút hơn 108 tỷ đồng vốn đối ứng. Tức là cứ 1 đồng vốn hỗ trợ thì hút được "
                       "tới gần 50 đồng vốn đối ứng.")
    assert [b.amount_vnd for b in doc.budget] == [108_000_000_000]


@pytest.mark.parametrize(("text", "amounts"), [
    # a rate per person, per model, per household is no money to spend
    ("Tạo việc làm ổn định cho 12 lao động với mức thu nhập 7 triệu đồng/người/tháng.", []),
    ("Tổng kinh phí 1,5 tỷ đồng, trung bình hỗ trợ 100 triệu đồng/mô hình.", ["1,5 tỷ đồng"]),
    # a yearly budget and an amount for a count are
    ("Kinh phí khuyến công địa phương 5 tỷ đồng/năm.", ["5 tỷ đồng"]),
    ("Hỗ trợ 70 triệu đồng/2 cơ sở ứng dụng máy móc.", ["70 triệu đồng"]),
])
def test_a_rate_is_no_amount(text, amounts):
    assert [b.amount_text for b in extract_text(text).budget] == amounts


def test_an_amount_in_two_scales_is_one_budget_item():
    doc = extract_text("Tổng kinh phí thực hiện 117 tỷ đồng, trong đó: ngân sách tỉnh 99 tỷ 100 triệu đồng; "
                       "vốn đối ứng 17 tỷ 900 triệu đồng.")
    assert [b.amount_vnd for b in doc.budget] == [117_000_000_000, 99_100_000_000, 17_900_000_000]
    assert not [w for w in doc.warnings if w.code == "budget_sum_mismatch"]
    assert not doc.targets


def test_tuyen_quang_parts_point_at_what_they_are_part_of(corpus_docs):
    """IV.1: the total 27,377; "1." 18,877 and "2." 8,5 are its parts; the two dash items under
    "Trong đó:" are the parts of 18,877. Summed without the parts, the total is counted once."""
    doc = corpus_docs["tuyen-quang_69-qd-ubnd_2016"]
    assert [(b.amount_text, b.part_of, b.restates) for b in doc.budget] == [
        ("27,377 tỷ đồng", None, None), ("18,877 tỷ đồng", 0, None), ("15,935 tỷ đồng", 1, None),
        ("2,942 tỷ đồng", 1, None), ("8,5 tỷ đồng", 0, None)]
    assert sum(b.amount_vnd for b in doc.budget if b.part_of is None and b.restates is None) == 27_377_000_000


def tree(doc) -> list[tuple[int, int | None, int | None]]:
    return [(b.amount_vnd // 1_000_000, b.part_of, b.restates) for b in doc.budget]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Every part that "trong đó" lists in its sentence, not only the first.
        ("Kinh phí thực hiện các hoạt động khuyến công năm 2023 được dự toán 4,7 tỷ đồng. Trong đó, kinh phí "
         "khuyến công địa phương 2,5 tỷ đồng, kinh phí doanh nghiệp đối ứng 2,2 tỷ đồng.",
         [(4700, None, None), (2500, 0, None), (2200, 0, None)]),
        ("Năm 2018 với tổng kinh phí hỗ trợ dự kiến 2,8 tỷ đồng. Trong đó, nguồn kinh phí khuyến công quốc gia "
         "800 triệu đồng hỗ trợ cho 4 đề án; nguồn kinh phí khuyến công địa phương 2 tỷ đồng hỗ trợ cho 10 đề án. "
         "Năm 2017, trung tâm được giao 1 tỷ đồng kinh phí khuyến công địa phương.",
         [(2800, None, None), (800, 0, None), (2000, 0, None), (1000, None, None)]),
        # Phú Yên: "Cụ thể" opens the line after the total's paragraph, each detail on a line of its own.
        ("Năm 2023 có 6 đề án, tổng kinh phí thực hiện là 810 triệu đồng. Đến nay, đã triển khai hoàn thành đạt 81% "
         "kế hoạch đề ra.\nCụ thể, đề án bình chọn sản phẩm, kinh phí hỗ trợ 94 triệu đồng.\nVề hội chợ, Trung tâm "
         "thực hiện 2 đề án, với tổng kinh phí hỗ trợ là 356,3 triệu đồng.\nĐã hỗ trợ sản phẩm nước mắm với kinh phí "
         "hỗ trợ là 25,7 triệu đồng.\nHỗ trợ ứng dụng máy móc thiết bị với 22 đề án, tổng kinh phí hỗ trợ là 334 "
         "triệu đồng.\nNăm 2024, tỉnh dự kiến bố trí 900 triệu đồng.",
         [(810, None, None), (94, 0, None), (356, 0, None), (25, 0, None), (334, 0, None), (900, None, None)]),
        # Khánh Hòa: "gồm:" a few words into the next paragraph, the total approximate.
        ("UBND tỉnh vừa phê duyệt kế hoạch khuyến công năm 2023, với tổng kinh phí thực hiện hơn 2,1 tỷ đồng.\n"
         "Theo đó, trong năm, các hoạt động khuyến công trọng tâm gồm: hỗ trợ 9 đề án khuyến công, tổng kinh phí "
         "gần 1,4 tỷ đồng; tổ chức hội chợ hơn 342 triệu đồng, phát triển sản phẩm công nghiệp nông thôn tiêu biểu "
         "hơn 414 triệu đồng.",
         [(2100, None, None), (1400, 0, None), (342, 0, None), (414, 0, None)]),
        # Hậu Giang: a part that "gồm" breaks down right away is the whole of its own parts.
        ("Giai đoạn 2021-2023 đã triển khai với tổng vốn 22,75 tỷ đồng. Trong đó: Nguồn ngân sách hỗ trợ 9,51 tỷ "
         "đồng gồm nguồn kinh phí khuyến công quốc gia hỗ trợ 6,16 tỷ đồng, nguồn kinh phí khuyến công địa phương hỗ "
         "trợ 3,35 tỷ đồng. Vốn đối ứng của các đơn vị thụ hưởng đầu tư là 13,24 tỷ đồng.",
         [(22750, None, None), (9510, 0, None), (6160, 1, None), (3350, 1, None), (13240, None, None)]),
        # Parts listed line by line after "Trong đó:", each line closed by a semicolon.
        ("Tổng kinh phí: 5 tỷ đồng. Trong đó:\nNguồn kinh phí khuyến công địa phương: 3 tỷ đồng;\n"
         "Nguồn vốn đối ứng: 2 tỷ đồng.",
         [(5000, None, None), (3000, 0, None), (2000, 0, None)]),
        # A sentence a page says twice: the second copy repeats the first (its parts are its own).
        ("Theo Sở Công Thương, năm 2024 kế hoạch kinh phí khuyến công địa phương hơn 10 tỷ đồng.\n"
         "Theo Sở Công Thương, năm 2024 kế hoạch kinh phí khuyến công địa phương hơn 10 tỷ đồng. Trong đó, ngân "
         "sách tỉnh cấp là 3,15 tỷ đồng; kinh phí thu hồi của những năm trước là 5,93 tỷ đồng.",
         [(10000, None, None), (10000, None, 0), (3150, 1, None), (5930, 1, None)]),
        # "Cụ thể" opens the details of the amount before it: parts when they add up to it.
        ("UBND tỉnh vừa phê duyệt 20 đề án khuyến công, tổng kinh phí 2,52 tỉ đồng. Cụ thể, đó là 4 nhóm đề án: "
         "hỗ trợ xây dựng mô hình trình diễn 2,035 tỉ đồng; hỗ trợ xây dựng thương hiệu 262,5 triệu đồng; thông tin "
         "tuyên truyền 60 triệu đồng; nâng cao năng lực quản lý 162,5 triệu đồng.",
         [(2520, None, None), (2035, 0, None), (262, 0, None), (60, 0, None), (162, 0, None)]),
        ("Năm 2024 tỉnh dành 3 tỷ đồng cho khuyến công. Cụ thể, đào tạo nghề 1 tỷ đồng, hỗ trợ hội chợ 1 tỷ đồng.",
         [(3000, None, None), (1000, None, None), (1000, None, None)]),
        # ... within 5 % of an approximate one ("trên 10 tỷ": 8,3 + 1,8)
        ("Năm 2017 tỉnh triển khai 65 đề án với tổng kinh phí trên 10 tỷ đồng. Cụ thể, có 56 đề án khuyến công địa "
         "phương với kinh phí 8,3 tỷ đồng và 9 đề án khuyến công quốc gia với kinh phí 1,8 tỷ đồng.",
         [(10000, None, None), (8300, 0, None), (1800, 0, None)]),
        # after the parts "trong đó" lists, "cụ thể" details the same whole, all its parts counted
        ("Có 16 đề án khuyến công được thực hiện trong năm 2020, với tổng kinh phí gần 3,6 tỷ đồng, trong đó ngân "
         "sách tỉnh hỗ trợ 2 tỷ đồng, đối ứng của đơn vị thụ hưởng gần 1,6 tỷ đồng.\nCụ thể, 7 đề án hỗ trợ máy móc "
         "(2,7 tỷ đồng), 4 đề án tập huấn (380 triệu đồng); 1 đề án phát triển công nghiệp nông thôn (310 triệu "
         "đồng); 2 đề án quản lý (80 triệu đồng) và 2 đề án cung cấp thông tin (120 triệu đồng).",
         [(3600, None, None), (2000, 0, None), (1600, 0, None), (2700, 0, None), (380, 0, None), (310, 0, None),
          (80, 0, None), (120, 0, None)]),
        # a plain paragraph after a total's items that would take it past its amount is no part of it
        ("Tổng kinh phí thực hiện được phê duyệt đợt này là 986 triệu đồng, cụ thể:\n- Đề án hỗ trợ ứng dụng máy móc, "
         "kinh phí hỗ trợ là 150 triệu đồng;\n- Đề án thông tin tuyên truyền, kinh phí thực hiện là 836 triệu đồng.\n"
         "Bên cạnh đó, Trung tâm Khuyến công đã trình thẩm định bổ sung 01 đề án với kinh phí 94 triệu đồng.",
         [(986, None, None), (150, 0, None), (836, 0, None), (94, None, None)]),
        ("Tổng kinh phí: 5 tỷ đồng.\nKinh phí khuyến công quốc gia: 3 tỷ đồng.\nKinh phí khuyến công địa phương: "
         "2 tỷ đồng.", [(5000, None, None), (3000, 0, None), (2000, 0, None)]),
        # A "trong đó" that lists other things (projects), or that is sentences away, lists no parts.
        ("Giai đoạn 2016-2020, có 109 đề án khuyến công được triển khai với tổng kinh phí hỗ trợ là 23.292,2 triệu "
         "đồng. Trong đó: khuyến công quốc gia hỗ trợ thực hiện 10 đề án, khuyến công địa phương có 99 đề án.\n"
         "Công ty An Phát được hỗ trợ 1 tỷ đồng từ nguồn khuyến công quốc gia.",
         [(23292, None, None), (1000, None, None)]),
        ("Năm 2013, UBND tỉnh đã phê duyệt kế hoạch kinh phí khuyến công địa phương là 2 tỷ đồng để hỗ trợ cho 23 "
         "đề án. Trong 9 tháng đầu năm, Trung tâm đã triển khai các đề án đã được phê duyệt, trong đó: 4 đề án đào "
         "tạo nghề với số tiền 300 triệu đồng, 6 đề án nâng cao năng lực sản xuất với số tiền 310 triệu đồng.",
         [(2000, None, None), (300, None, None), (310, None, None)]),
        # Money the beneficiaries brought is no part of the total a "trong đó" splits
        ("Kết quả giai đoạn 2014-2018, với tổng kinh phí 11,977 tỷ đồng khuyến công, Hà Nam đã thực hiện hỗ trợ 55 đề "
         "án, trong đó khuyến công quốc gia hỗ trợ 19 đề án với số tiền 5,130 tỷ đồng; khuyến công địa phương hỗ trợ "
         "36 đề án với số tiền 6,847 tỷ đồng và đã thu hút được 13,676 tỷ đồng vốn đầu tư của các cơ sở công nghiệp "
         "nông thôn tham gia thực hiện.",
         [(11977, None, None), (5130, 0, None), (6847, 0, None), (13676, None, None)]),
        # the split's other source in the next paragraph completes it; "bao gồm" opens its details
        ("Năm 2016, Bình Định được hỗ trợ tổng kinh phí 2.925 triệu đồng để thực hiện 23 chương trình, đề án khuyến "
         "công.\n\nTrong đó, nguồn kinh phí khuyến công quốc gia được Bộ Công Thương phê duyệt hỗ trợ 900 triệu đồng "
         "tăng 40,6% so với năm 2015.\n\nKhuyến công địa phương có 20 chương trình đề án với kinh phí hỗ trợ 2.025 "
         "triệu đồng, tăng 20,5% kinh phí so với năm 2015. Các đề án thực hiện bao gồm: Hỗ trợ xây dựng mô hình "
         "trình diễn kỹ thuật, với kinh phí hỗ trợ 1.438 triệu đồng; Xây dựng các chương trình truyền hình, kinh phí "
         "hỗ trợ 60 triệu đồng; Hỗ trợ tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu, kinh phí 425,06 "
         "triệu đồng; Nâng cao năng lực quản lý, kinh phí 101,94 triệu đồng.",
         [(2925, None, None), (900, 0, None), (2025, 0, None), (1438, 2, None), (60, 2, None), (425, 2, None),
          (101, 2, None)]),
        # ... but not one that would not make the parts add up
        ("Năm 2016, tỉnh được hỗ trợ tổng kinh phí 2.925 triệu đồng.\n\nTrong đó, nguồn kinh phí khuyến công quốc "
         "gia 900 triệu đồng.\n\nKhuyến công địa phương có 20 đề án với kinh phí hỗ trợ 1.500 triệu đồng.",
         [(2925, None, None), (900, 0, None), (1500, None, None)]),
        # "Riêng" singles out a part of the whole before it
        ("Trong 6 tháng đầu năm 2017, Trung tâm Khuyến công tỉnh đã tổ chức thẩm định và triển khai thực hiện 46 đề "
         "án, kinh phí ước thực hiện giải ngân và tạm ứng 5,065 tỷ đồng, đạt gần 60% kế hoạch. Riêng nguồn khuyến "
         "công quốc gia đã triển khai thực hiện 6 đề án, với số kinh phí 1,2 tỷ đồng, đạt 86% kế hoạch.",
         [(5065, None, None), (1200, 0, None)]),
        # ... and so does "Tính riêng", the words before the amount no label (Quảng Bình news)
        ("Giai đoạn 2016-2020, với những nỗ lực trong việc triển khai các nguồn vốn khuyến công, Trung tâm Khuyến công "
         "và Xúc tiến thương mại Quảng Bình đã thực hiện 152 đề án khuyến công địa phương và 17 đề án khuyến công quốc "
         "gia với tổng kinh phí hơn 21 tỷ đồng.\nCác đề án được triển khai, như: Đào tạo nghề may công nghiệp, mô hình "
         "trình diễn chả cá Surimi (Công ty TNHH Đức Đạt), mô hình trình diễn tinh bột biến tính từ tinh bột sắn (Công "
         "ty CP tư vấn và đầu tư Long Giang Thịnh), mô hình sản xuất kính cường lực (Công ty TNHH dịch vụ tổng hợp "
         "Quang Hùng Phát)...\nTính riêng trong năm 2020, từ nguồn kinh phí khuyến công quốc gia, "
         "tỉnh Quảng Bình được hỗ trợ hơn 3,8 tỷ đồng để thực hiện 5 đề án.",
         [(21000, None, None), (3800, 0, None)]),
        # ... and so does "Chỉ tính riêng" (Điện Biên news)
        ("Giai đoạn 2021 - 2025, tỉnh đã được hỗ trợ trên 23 tỷ đồng kinh phí khuyến công. Chỉ tính riêng năm 2023, từ "
         "nguồn khuyến công quốc gia, Trung tâm đã hỗ trợ ứng dụng máy móc với kinh phí 300 triệu đồng.",
         [(23000, None, None), (300, 0, None)]),
        # ... but not of years outside those of the amount before (Sóc Trăng news)
        ("Cụ thể, từ năm 2008 đến năm 2017, TTKC đã hoàn thành 226 đề án khuyến công, với tổng kinh phí thực hiện "
         "gần 84,5 tỉ đồng để hỗ trợ hơn 180 cơ sở công nghiệp. Riêng trong 7 tháng đầu năm 2018, trung tâm đã hoàn "
         "thành 17/28 đề án khuyến công với tổng số tiền hơn 9 tỉ đồng.", [(84500, None, None), (9000, None, None)]),
        # a whole named first in its sentence
        ("Trong tổng 1,4 tỷ đồng từ nguồn kinh phí khuyến công địa phương, Trung tâm Khuyến công và Xúc tiến thương "
         "mại tỉnh Long An dành trên 910 triệu đồng để hỗ trợ cho 7 cơ sở sản xuất công nghiệp nông thôn.",
         [(1400, None, None), (910, 0, None)]),
        # Hà Tĩnh news: one year's amount is a part of the running total of the period holding it, in its line
        ("Theo Trung tâm Khuyến công và Xúc tiến thương mại tỉnh (Sở Công Thương), năm 2024, chương trình khuyến công "
         "đã hỗ trợ hơn 1,5 tỷ đồng để phát triển công nghiệp nông thôn, trong đó trên 1,1 tỷ đồng được dành cho các "
         "đề án ứng dụng máy móc, thiết bị tiên tiến. Lũy kế giai đoạn 2021 - 2025, tỉnh đã triển khai 57 đề án với "
         "tổng kinh phí hơn 7,6 tỷ đồng, trực tiếp hỗ trợ 25 cơ sở công nghiệp nông thôn.",
         [(1500, 2, None), (1100, 0, None), (7600, None, None)]),
        ("Năm 2022, Trung tâm đã hỗ trợ 1 tỷ đồng cho 5 cơ sở; năm 2023, Trung tâm đã hỗ trợ 2 tỷ đồng cho 9 cơ sở. "
         "Tính đến nay, chương trình đã hỗ trợ 7 tỷ đồng cho 40 cơ sở.",
         [(1000, 2, None), (2000, 2, None), (7000, None, None)]),
        ("Giai đoạn 2021 - 2025, tỉnh đã triển khai 57 đề án với tổng kinh phí 7,6 tỷ đồng. Năm 2024, tỉnh hỗ trợ 1,5 "
         "tỷ đồng cho 12 đề án.", [(7600, None, None), (1500, 0, None)]),
        # ... not a year outside the period, another line's, another source's or the beneficiaries' own money
        # ... or of the running total of the paragraph right before or after its own
        ("Năm 2024, chương trình khuyến công đã hỗ trợ 1,5 tỷ đồng.\nLũy kế giai đoạn 2021 - 2025, tỉnh đã triển khai "
         "57 đề án với tổng kinh phí 7,6 tỷ đồng.", [(1500, 1, None), (7600, None, None)]),
        ("Từ năm 2021 đến nay, tỉnh đã hỗ trợ 7,6 tỷ đồng cho 57 đề án.\n\nNăm 2024, chương trình khuyến công đã hỗ "
         "trợ 1,5 tỷ đồng cho 12 đề án.", [(7600, None, None), (1500, 0, None)]),
        ("Năm 2020, tỉnh đã hỗ trợ 1 tỷ đồng cho 5 cơ sở. Lũy kế giai đoạn 2021 - 2025, tỉnh đã triển khai 57 đề án "
         "với tổng kinh phí 7,6 tỷ đồng.", [(1000, None, None), (7600, None, None)]),
        # ... not a period's amount of another line that is no running total, nor a running total a line away
        ("Năm 2024, chương trình khuyến công đã hỗ trợ 1,5 tỷ đồng.\nGiai đoạn 2021 - 2025, tỉnh đã triển khai 57 đề "
         "án với tổng kinh phí 7,6 tỷ đồng.", [(1500, None, None), (7600, None, None)]),
        ("Năm 2024, chương trình khuyến công đã hỗ trợ 1,5 tỷ đồng.\nCác cơ sở đã đổi mới thiết bị.\nLũy kế giai "
         "đoạn 2021 - 2025, tỉnh đã triển khai 57 đề án với tổng kinh phí 7,6 tỷ đồng.",
         [(1500, None, None), (7600, None, None)]),
        ("Năm 2024, ngân sách tỉnh hỗ trợ 1,5 tỷ đồng. Giai đoạn 2021 - 2025, kinh phí khuyến công quốc gia hỗ trợ "
         "tỉnh 7,6 tỷ đồng.", [(1500, None, None), (7600, None, None)]),
        ("Năm 2024, các doanh nghiệp đã bỏ thêm 1,5 tỷ đồng. Giai đoạn 2021 - 2025, tỉnh đã triển khai 57 đề án với "
         "tổng kinh phí 7,6 tỷ đồng.", [(1500, None, None), (7600, None, None)]),
        # A change over an earlier year is a detail of the amount it is a change of, never the whole of the
        # parts a "trong đó" after it lists: they are that amount's (3 + 0,8 + 1,2 = 5 tỷ)
        ("Năm 2024, tỉnh bố trí 5 tỷ đồng cho hoạt động khuyến công. Kinh phí này tăng 1,2 tỷ đồng so với năm 2023, "
         "trong đó hỗ trợ máy móc 3 tỷ đồng, đào tạo nghề 800 triệu đồng và 1,2 tỷ đồng cho các hoạt động khác.",
         [(5000, None, None), (1200, 0, None), (3000, 0, None), (800, 0, None), (1200, 0, None)]),
        ("Năm 2024, tỉnh bố trí 5 tỷ đồng cho hoạt động khuyến công, tăng 1,2 tỷ đồng so với năm 2023, trong đó hỗ "
         "trợ xây dựng mô hình trình diễn 2 tỷ đồng, đào tạo nghề 1,5 tỷ đồng, tổ chức hội chợ 1,5 tỷ đồng.",
         [(5000, None, None), (1200, 0, None), (2000, 0, None), (1500, 0, None), (1500, 0, None)]),
        ("Tổng kinh phí 5 tỷ đồng, trong đó:\n- Đào tạo nghề 2 tỷ đồng, giảm 500 triệu đồng so với năm 2023;\n"
         "- Tổ chức hội chợ 3 tỷ đồng.", [(5000, None, None), (2000, 0, None), (500, 1, None), (3000, 0, None)]),
        # ... named without what it is a change of, it keeps the parts after it
        ("Năm 2024, kinh phí khuyến công tăng 1,2 tỷ đồng so với năm 2023, trong đó kinh phí khuyến công quốc gia "
         "1 tỷ đồng, kinh phí khuyến công địa phương 200 triệu đồng.", [(1200, None, None), (1000, 0, None), (200, 0, None)]),
        # ... and a new level is no change
        ("Năm 2023, tỉnh bố trí 3 tỷ đồng cho khuyến công. Kinh phí này năm 2024 tăng lên 5 tỷ đồng, trong đó đào "
         "tạo nghề 2 tỷ đồng.", [(3000, None, None), (5000, None, None), (2000, 1, None)]),
        # The same amount under another label is another amount; so is a short label said twice.
        ("Năm 2021 hỗ trợ đào tạo nghề 200 triệu đồng. Năm 2022 hỗ trợ đào tạo nghề 200 triệu đồng.",
         [(200, None, None), (200, None, None)]),
        ("Tổng kinh phí 400 triệu đồng, trong đó:\n- Đào tạo nghề: 200 triệu đồng;\n- Đào tạo nghề: 200 triệu đồng.",
         [(400, None, None), (200, 0, None), (200, 0, None)]),
    ],
)
def test_budget_parts_and_restatements(text, expected):
    assert tree(extract_text(text)) == expected


def test_years_of_a_running_total_are_not_summed():
    """1 + 2 tỷ of two years is not 7 tỷ up to now: the other years are not stated, so no
    budget_sum_mismatch; the amounts to sum are the running total's alone."""
    doc = extract_text("Năm 2022, Trung tâm đã hỗ trợ 1 tỷ đồng cho 5 cơ sở; năm 2023, Trung tâm đã hỗ trợ 2 tỷ đồng "
                       "cho 9 cơ sở. Tính đến nay, chương trình đã hỗ trợ 7 tỷ đồng cho 40 cơ sở.")
    assert codes(doc, "budget_sum_mismatch") == []
    assert sum(b.amount_vnd for b in doc.budget if b.part_of is None and b.restates is None) == 7_000_000_000


def test_a_change_is_left_out_of_the_sum_check():
    """The parts that "trong đó" lists after "Kinh phí này tăng 1,2 tỷ đồng so với năm 2023" add up
    to the 5 tỷ it points back to (3 + 0,8 + 1,2), not to the increase: no budget_sum_mismatch (one
    was warned against the increase), and the amounts to sum are the 5 tỷ alone."""
    doc = extract_text("Năm 2024, tỉnh bố trí 5 tỷ đồng cho hoạt động khuyến công. Kinh phí này tăng 1,2 tỷ đồng so "
                       "với năm 2023, trong đó hỗ trợ máy móc 3 tỷ đồng, đào tạo nghề 800 triệu đồng và 1,2 tỷ đồng "
                       "cho các hoạt động khác.")
    assert codes(doc, "budget_sum_mismatch") == []
    assert sum(b.amount_vnd for b in doc.budget if b.part_of is None and b.restates is None) == 5_000_000_000


def test_a_sentence_opening_with_a_figure_starts_its_amounts_label():
    """A full stop before "6 tháng đầu năm 2024" ends the sentence before it: the label of the
    next amount starts there, not at the "/2 cơ sở" left of the amount before (Hà Nam 2024)."""
    doc = extract_text("Năm 2023 hỗ trợ 2 cơ sở CNNT về tư vấn nâng cao năng lực sản xuất kinh doanh với nguồn kinh phí "
                       "70 triệu đồng/2 cơ sở. 6 tháng đầu năm 2024, Sở Công Thương đã và đang tổ chức hỗ trợ cho 6 cơ sở "
                       "CNNT ứng dụng máy móc thiết bị tiên tiến vào sản xuất hàng dệt may với nguồn kinh phí hỗ trợ là "
                       "1,8 tỷ đồng.")
    assert doc.budget[-1].label.startswith("6 tháng đầu năm 2024, Sở Công Thương")
    assert doc.targets[-1].activity.startswith("6 tháng đầu năm 2024")
    # the count the slash pairs with the amount is the one the sentence named: it repeats it
    assert [(t.text, t.restates) for t in doc.targets] == [("2 cơ sở", None), ("2 cơ sở", 0), ("6 cơ sở", None)]


def test_corpus_budgets_are_plans(corpus_docs):
    """Tuyên Quang's programme budget and Hà Tĩnh's 2020 plan money ("đã được ngân [sách]
    tỉnh đã cấp": allocated, not spent) are no results."""
    items = [b for stem in ("tuyen-quang_69-qd-ubnd_2016", "ha-tinh_ke-hoach-2020_news") for b in corpus_docs[stem].budget]
    assert len(items) == 6 and not any(b.achieved for b in items)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the money of work a news report says was done
        ("Giai đoạn 2021-2025, Hà Tĩnh đã triển khai 57 đề án khuyến công, tổng kinh phí hỗ trợ 7,648 tỷ đồng, trong "
         "đó khuyến công quốc gia (KCQG) 1,45 tỷ đồng, khuyến công địa phương (KCĐP) 6,198 tỷ đồng.",
         [(7648, True), (1450, True), (6198, True)]),
        ("Các đề án này đã thu hút tới hơn 108 tỷ đồng vốn đối ứng.", [(108000, True)]),
        # the money of a sentence that goes on with the report of the one before it
        ("Theo số liệu từ Cục CNĐP, 5 năm qua, Chương trình khuyến công đã hỗ trợ xây dựng 786 mô hình trình diễn "
         "kỹ thuật. Kinh phí cho chương trình này là 84,739 tỷ đồng, trung bình hỗ trợ 100 triệu đồng/mô hình.",
         [(84739, True)]),  # (the average per model is a rate, no item)
        # a plan's total; then what is allocated so far, what is not yet, and another source's plan: allocated money
        # is no spending, whether by a date ("đến nay") or not
        ("Cụ thể, kinh phí khuyến công địa phương: 8,85 tỷ đồng, đến nay đã phân bổ kinh phí 8,51 tỷ đồng; kinh phí "
         "chưa phân bổ 340 triệu đồng và nguồn kinh phí khuyến công quốc gia là 1,4 tỷ đồng.",
         [(8850, False), (8510, False), (340, False), (1400, False)]),
        # approved or allocated money is planned: "đã phê duyệt", "đã bố trí"
        ("Năm 2013, UBND tỉnh đã phê duyệt kế hoạch kinh phí khuyến công địa phương là 2 tỷ đồng để hỗ trợ cho 23 "
         "đề án.", [(2000, False)]),
        ("Năm 2024, tỉnh đã bố trí 3 tỷ đồng cho chương trình khuyến công.", [(3000, False)]),
        # what was carried out of a plan, its share of the plan right after it (Ninh Bình, a regional conference's
        # report; the plan's 345,5 and 8,198 tỷ are no result)
        (
         "Theo báo cáo thì tổng kế hoạch kinh phí khuyến công năm 2022 của cả nước là 345,5 tỷ đồng, thực hiện là "
         "323 tỷ đồng, đạt 93,48% so với kế hoạch trong đó nguồn kinh phí khuyến công quốc gia được phê duyệt 140 "
         "tỷ đồng, thực hiện 136 tỷ đồng, đạt 97,14 % so với kế hoạch; nguồn kinh phí khuyến công địa phương là "
         "205,5 tỷ đồng, thực hiện 187 tỷ đồng, đạt 90,99% so với kế hoạch. Kế hoạch kinh phí khuyến công tỉnh "
         "Ninh Bình là 8,198 tỷ đồng, thực hiện 8,08 tỷ đồng, đạt 98,6% so với kế hoạch.",
         [(345500, False), (323000, True), (140000, False), (136000, True), (205500, False), (187000, True),
          (8198, False), (8080, True)]),
        # money asked for, after a done word (An Giang centre's mid-year report)
        ("Theo đó, đến nay đã tiếp nhận 04 đề án khuyến công địa phương ứng dụng máy móc thiết bị vào quy trình sản "
         "xuất, với tổng kinh phí đề nghị hỗ trợ là 902 triệu đồng.", [(902, False)]),
    ],
)
def test_amounts_reported_as_spent_are_achieved(text, expected):
    assert [(b.amount_vnd // 1_000_000, b.achieved) for b in extract_text(text).budget] == expected


def test_a_decisions_article_and_its_programme_state_one_total():
    """The total an article states and the programme sets out again is counted once; the
    programme's parts are parts of its own statement."""
    doc = extract_text(
        "Điều 1. Phê duyệt Chương trình khuyến công với tổng kinh phí 5 tỷ đồng.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
        "I. KINH PHÍ\nTổng kinh phí thực hiện là 5 tỷ đồng, trong đó kinh phí khuyến công địa phương 3 tỷ đồng, "
        "vốn đối ứng 2 tỷ đồng.")
    assert tree(doc) == [(5000, None, None), (5000, None, 0), (3000, 1, None), (2000, 1, None)]


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        # the body repeats the headline's amount (the sapo and the article, both): counted once
        ("Quảng Ninh: 2,8 tỷ đồng cho khuyến công năm 2018",
         "Trung tâm Khuyến công tỉnh Quảng Ninh đã xây dựng kế hoạch kinh phí khuyến công năm 2018 với tổng kinh "
         "phí hỗ trợ dự kiến 2,8 tỷ đồng. Trung tâm cho biết tổng kinh phí hỗ trợ năm nay là 2,8 tỷ đồng.",
         [(2800, None, None), (2800, None, 0), (2800, None, 0)]),
        # another amount, or the same amount of another funding source, repeats nothing
        ("Quảng Ninh: 2,8 tỷ đồng cho khuyến công năm 2018",
         "Trung tâm Khuyến công tỉnh Quảng Ninh đã xây dựng kế hoạch với tổng kinh phí hỗ trợ dự kiến 3 tỷ đồng.",
         [(2800, None, None), (3000, None, None)]),
        ("Dành 2 tỷ đồng kinh phí khuyến công quốc gia cho Quảng Ninh",
         "Năm 2018, tỉnh Quảng Ninh bố trí nguồn vốn đối ứng của doanh nghiệp 2 tỷ đồng cho các đề án.",
         [(2000, None, None), (2000, None, None)]),
        # a lede opening with a dash and its date repeats the headline: no part of it
        ("Hỗ trợ 950 triệu đồng công tác khuyến công địa phương năm 2023",
         "- Ngày 07/9/2023, UBND tỉnh Tuyên Quang đã phê duyệt Kế hoạch khuyến công địa phương năm 2023 với tổng "
         "kinh phí 950 triệu đồng và thực hiện các nội dung theo chương trình khuyến công tỉnh Tuyên Quang giai đoạn "
         "2021-2025.\n- Hỗ trợ 7 đề án ứng dụng máy móc thiết bị với kinh phí 600 triệu đồng.",
         [(950, None, None), (950, None, 0), (600, None, None)]),
    ],
)
def test_a_news_bodys_amount_restates_its_headlines(headline, body, expected):
    doc = extract_text(f"{headline}\n\n{body}")
    assert doc.metadata.doc_type == "bai_viet"
    assert tree(doc) == expected


def test_a_headlines_amount_takes_the_source_its_bodys_repeat_names():
    """Hải Dương 2023: the headline's 3,6 tỷ, the amount counted, had no source; its body's repeat is local money, so
    a sum of local money by province gave Hải Dương nothing."""
    doc = extract_text("Hải Dương: Phê duyệt 3,6 tỷ đồng cho đề án khuyến công năm 2023\n\nUBND tỉnh Hải Dương vừa phê "
                       "duyệt chương trình khuyến công địa phương năm 2023, với 18 đề án, dự kiến tổng kinh phí hoạt động "
                       "là 3,6 tỷ đồng.")
    assert [(b.amount_vnd // 10**8, b.funding_source, b.restates) for b in doc.budget] == [
        (36, "địa phương", None), (36, "địa phương", 0)]


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        # 0,726 + 9,012 = 9,738: "9,74 tỷ" is that, rounded to its last digit
        ("Tổng kinh phí thực hiện 4 đề án là 9,74 tỷ đồng, trong đó nguồn khuyến công của tỉnh hỗ trợ 726 triệu "
         "đồng, vốn đối ứng của các đơn vị thụ hưởng 9.012 triệu đồng.", False),
        # 0,7 + 9 = 9,7: short of 9,74 by more than its rounding
        ("Tổng kinh phí thực hiện 4 đề án là 9,74 tỷ đồng, trong đó nguồn khuyến công của tỉnh hỗ trợ 700 triệu "
         "đồng, vốn đối ứng của các đơn vị thụ hưởng 9 tỷ đồng.", True),
        # an approximate total ("hơn 96 tỷ") or part is not checked
        ("Giai đoạn 2012-2023, tổng kinh phí khuyến công địa phương hơn 96 tỷ đồng, trong đó ngân sách tỉnh cấp "
         "hàng năm là hơn 39 tỷ đồng (chiếm 41%), kinh phí thu hồi từ các đề án hơn 56 tỷ đồng (59%).", False),
        # the rest named without its amount (Đắk Nông)
        ("Tổng kinh phí thực hiện Chương trình là 71,2 tỷ đồng. Trong đó, vốn khuyến công quốc gia 8,7 tỷ đồng; "
         "khuyến công địa phương 9,7 tỷ đồng, còn lại là kinh phí thu hút từ nguồn vốn tự có của các cơ sở.", False),
    ],
)
def test_parts_add_up_within_the_rounding_of_their_total(text, warned):
    doc = extract_text(text)
    assert [b.part_of for b in doc.budget] == [None, 0, 0]
    assert bool(codes(doc, "budget_sum_mismatch")) is warned


def test_an_amounts_qualifier_is_kept():
    """Cà Mau and Đồng Nai news: "gần 21 tỷ", "trên 17 tỷ" were stored as exact amounts; the
    data could not tell them from "21 tỷ"."""
    doc = extract_text("Tổng kinh phí gần 21 tỷ đồng. Trong đó, ngân sách tỉnh trên 17 tỷ đồng, vốn đối ứng 3,8 tỷ đồng.")
    assert [(b.amount_text, b.qualifier) for b in doc.budget] == [
        ("21 tỷ đồng", "gần"), ("17 tỷ đồng", "trên"), ("3,8 tỷ đồng", None)]


@pytest.mark.parametrize(("text", "label"), [
    # Ninh Thuận news: a sentence opening with "Với" continues the one before, but its label does not
    ("Tỉnh hỗ trợ phát triển các cụm công nghiệp. Với tổng kinh phí dự kiến thực hiện trong giai đoạn 2021-2025 là "
     "83,3 tỷ đồng.", "Với tổng kinh phí dự kiến thực hiện trong giai đoạn 2021-2025"),
    # Bình Phước news: the parts after "Trong đó," were labelled from the sentence before
    ("Tổng kinh phí 126,34 tỷ đồng cho hoạt động khuyến công. Trong đó, ngân sách trung ương hỗ trợ 18,8 tỷ đồng.",
     "ngân sách trung ương hỗ trợ"),
])
def test_a_label_starts_in_its_own_sentence(text, label):
    assert extract_text(text).budget[-1].label == label


def test_money_set_aside_is_labelled_by_what_it_is_for():
    """Bình Phước news: "Bình Phước cũng dành 20,4 tỷ đồng hỗ trợ ..." was labelled "Bình Phước
    cũng dành", who set the money aside; what for follows the amount."""
    doc = extract_text(
        "Bình Phước cũng dành 20,4 tỷ đồng hỗ trợ triển khai nội dung xây dựng mô hình trình diễn kỹ thuật, chuyển "
        "giao công nghệ và ứng dụng máy móc tiên tiến vào sản xuất.")
    assert [(b.amount_vnd, b.label) for b in doc.budget] == [
        (20_400_000_000, "hỗ trợ triển khai nội dung xây dựng mô hình trình diễn kỹ thuật")]


@pytest.mark.parametrize(("text", "parents"), [
    # Bến Tre news: the headline's total, split in the body by source (it was counted with its parts)
    ("Ba Tri hỗ trợ công tác khuyến công 2,4 tỷ đồng\n\nTrong giai đoạn 2016 - 2020, huyện hỗ trợ trên 1,1 tỷ đồng từ "
     "vốn khuyến công cho 21 cơ sở. Ngoài ra, Sở Công Thương đã hỗ trợ huyện Ba Tri trên 1,3 tỷ đồng từ vốn khuyến công "
     "của tỉnh cho 9 cơ sở.", [None, 0, 0]),
    # amounts that do not add up to it, or in two paragraphs, are no parts
    ("Ba Tri hỗ trợ công tác khuyến công 2,4 tỷ đồng\n\nNăm 2019, huyện hỗ trợ 1,1 tỷ đồng cho 21 cơ sở, tỉnh hỗ trợ "
     "1,2 tỷ đồng cho 9 cơ sở.", [None, None, None]),
    ("Ba Tri hỗ trợ công tác khuyến công 2,4 tỷ đồng\n\nNăm 2019, huyện Ba Tri đã hỗ trợ 1,1 tỷ đồng từ vốn khuyến "
     "công cho 21 cơ sở trên địa bàn để đầu tư phát triển sản xuất.\n\nNăm 2020, tỉnh hỗ trợ 1,3 tỷ đồng cho 9 cơ "
     "sở.", [None, None, None]),
])
def test_a_headlines_total_split_in_the_body(text, parents):
    doc = extract_text(text)
    assert doc.metadata.doc_type == "bai_viet"
    assert [b.part_of for b in doc.budget] == parents


@pytest.mark.parametrize(("text", "amounts"), [
    # Lâm Đồng, Phú Yên news: a rate written before its amount ("mỗi ...") is no item, as after it ("/dự án")
    ("16 dự án hỗ trợ có thu hồi từ 3- 5 năm, định mức mỗi dự án từ 300- 500 triệu đồng.", []),
    ("Năm 2023 hỗ trợ 2 doanh nghiệp, mỗi doanh nghiệp 24 triệu đồng.", []),
    ("Năm 2023 hỗ trợ 2 doanh nghiệp với 48 triệu đồng, mỗi doanh nghiệp 24 triệu đồng.", ["48 triệu đồng"]),
    # the rate's unit in a passive of giving ("mỗi mô hình được hỗ trợ", a centre's year-end report)
    ("Đã xây dựng 2 mô hình trình diễn kỹ thuật, mỗi mô hình được hỗ trợ 300 triệu đồng.", []),
    # ... or in the active voice, with its ceiling
    ("Hỗ trợ xây dựng 03 mô hình trình diễn kỹ thuật, mỗi mô hình hỗ trợ tối đa 500 triệu đồng; tổng kinh phí 1,5 tỷ "
     "đồng.", ["1,5 tỷ đồng"]),
    # Vĩnh Linh news: a rate's two bounds; another amount after a rate is one
    ("Tùy vào quy mô sản xuất và từng lĩnh vực dự án, mỗi cơ sở được nhận hỗ trợ tối thiểu 12 triệu đồng và tối đa "
     "35 triệu đồng.", []),
    ("Năm 2023 hỗ trợ 2 doanh nghiệp, mỗi doanh nghiệp 24 triệu đồng và 100 triệu đồng cho hội chợ.",
     ["100 triệu đồng"]),
    # a yearly budget is one
    ("Mỗi năm 500 triệu đồng được bố trí cho khuyến công.", ["500 triệu đồng"]),
])
def test_a_rate_written_before_its_amount_is_no_item(text, amounts):
    assert [b.amount_text for b in extract_text(text).budget] == amounts


@pytest.mark.parametrize(("text", "amounts"), [
    # Hà Nội's decision on village titles: the sentence opens with the unit the money is for
    ("Mỗi làng được công nhận danh hiệu “Làng nghề Hà Nội” được UBND Thành phố tặng Bằng công nhận danh hiệu “Làng "
     "nghề Hà Nội” và kèm theo kinh phí hỗ trợ là 6 triệu đồng.", []),
    # the ceilings of a province's rules, the unit after the amount in words
    ("Mức hỗ trợ tối đa 200 triệu đồng cho mỗi cơ sở.", []),
    ("Hỗ trợ tối đa 300 triệu đồng đối với mỗi mô hình trình diễn.", []),
    ("Mức hỗ trợ tối đa không quá 200 triệu đồng cho một cơ sở.", []),
    ("Hỗ trợ tối đa 30 triệu đồng một gian hàng.", []),
    ("Mức hỗ trợ tối đa 100 triệu đồng một lần.", []),
    # without a bound, the money of one is spent: an item
    ("Năm 2023, tỉnh hỗ trợ 200 triệu đồng cho một cơ sở sản xuất gốm.", ["200 triệu đồng"]),
    ("Mỗi năm bố trí 2 tỷ đồng cho chương trình khuyến công.", ["2 tỷ đồng"]),
    ("Mức hỗ trợ tối đa 200 triệu đồng cho từng cơ sở.", []),
    # a total after the rate, in its sentence, is one; "Mỗi khi" (whenever) names no unit; a yearly bound is one
    ("Mỗi huyện, thị xã được phân bổ 300 triệu đồng, tổng kinh phí khuyến công địa phương năm 2024 là 2,7 tỷ đồng.",
     ["2,7 tỷ đồng"]),
    ("Mỗi cơ sở được hỗ trợ tối đa 50 triệu đồng; tổng kinh phí thực hiện năm 2023 là 1,2 tỷ đồng cho 24 cơ sở.",
     ["1,2 tỷ đồng"]),
    ("Mỗi khi có đề án được phê duyệt, Trung tâm Khuyến công tỉnh đã tổ chức nghiệm thu và giải ngân kịp thời, năm "
     "2023 đã giải ngân 3,5 tỷ đồng.", ["3,5 tỷ đồng"]),
    ("Ngân sách tỉnh bố trí tối thiểu 2 tỷ đồng một năm cho hoạt động khuyến công địa phương.", ["2 tỷ đồng"]),
    # a rate's share of a total cost ends no "Mỗi" sentence's amounts; events a ceiling is for; "cho từng"
    # after an unbounded total announces its breakdown
    ("Mỗi mô hình được hỗ trợ tối đa 50% tổng chi phí đầu tư, không quá 300 triệu đồng.", []),
    ("Hỗ trợ tối đa 50 triệu đồng cho một kỳ hội chợ.", []),
    ("Kinh phí khuyến công địa phương năm 2024 là 3,5 tỷ đồng cho từng nhiệm vụ cụ thể như sau:", ["3,5 tỷ đồng"]),
    ("Năm 2023 đã hỗ trợ 50 triệu đồng cho từng cơ sở.", []),
    ("Mỗi huyện được phân bổ 300 triệu đồng, tổng số tiền là 2,7 tỷ đồng.", ["2,7 tỷ đồng"]),
    ("Mỗi mô hình được hỗ trợ tối đa 50% trên tổng kinh phí, không quá 300 triệu đồng.", []),
    ("Ngân sách tỉnh bố trí tối thiểu 3 tỷ đồng cho một kỳ kế hoạch 5 năm.", ["3 tỷ đồng"]),
    # a "Mỗi" sentence's own ceilings and costs go on past a total of no money ("tổng mức hỗ trợ", "tổng thời
    # gian", a rate's "so với tổng chi phí")
    ("Mỗi cơ sở được hỗ trợ tối đa 50% chi phí mua máy móc, nhưng tổng mức hỗ trợ không quá 300 triệu đồng.", []),
    ("Mỗi lớp đào tạo nghề có tổng thời gian 3 tháng, kinh phí hỗ trợ 60 triệu đồng.", []),
    ("Mỗi mô hình trình diễn được hỗ trợ tối đa 30% so với tổng chi phí, không quá 500 triệu đồng.", []),
    ("Mỗi huyện được phân bổ 300 triệu đồng, tổng ngân sách tỉnh bố trí là 2,7 tỷ đồng.", ["2,7 tỷ đồng"]),
    # a breakdown "cho từng" announces further on in its sentence; a bounded "cho từng" is a ceiling whatever follows
    ("Kinh phí khuyến công địa phương năm 2024 là 3,5 tỷ đồng cho từng nội dung, cụ thể như sau:", ["3,5 tỷ đồng"]),
    ("Năm 2024, UBND tỉnh phân bổ 5 tỷ đồng cho từng đơn vị thực hiện chương trình khuyến công cụ thể như sau:",
     ["5 tỷ đồng"]),
    ("Năm 2024, UBND tỉnh phân bổ 5 tỷ đồng cho từng đơn vị thực hiện (có phụ lục kèm theo).", ["5 tỷ đồng"]),
    ("Tổng kinh phí thực hiện là 4,2 tỷ đồng cho từng nội dung tại Phụ lục II kèm theo Kế hoạch này.", ["4,2 tỷ đồng"]),
    ("Mức hỗ trợ tối đa 300 triệu đồng cho từng đề án cụ thể.", []),
    ("Hỗ trợ tối đa 50% chi phí mua máy móc, không quá 200 triệu đồng cho từng cơ sở theo phụ lục đính kèm.", []),
    # an event's round is a unit, not a time ("mỗi kỳ kế hoạch" is one)
    ("Năm 2023, Trung tâm đã chi 50 triệu đồng cho từng đợt tập huấn, tổng cộng 4 đợt.", []),
    ("Hỗ trợ 30 triệu đồng cho mỗi kỳ hội chợ, tổng kinh phí 150 triệu đồng.", ["150 triệu đồng"]),
    ("Mỗi đợt tập huấn được hỗ trợ 20 triệu đồng.", []),
    ("Ngân sách tỉnh bố trí 2 tỷ đồng cho mỗi kỳ kế hoạch.", ["2 tỷ đồng"]),
])
def test_a_rate_whose_unit_follows_in_words_is_no_item(text, amounts):
    assert [b.amount_text for b in extract_text(text).budget] == amounts


def test_money_disbursed_is_budget_not_a_money_goal():
    """A centre's year-end report: "đạt 85,7% kế hoạch" is the share of its plan reached, and
    the money disbursed was spent (it was a `money` target)."""
    doc = extract_text("Đến ngày 30/11/2023, đã nghiệm thu 15/18 đề án, giải ngân 3,6 tỷ đồng, đạt 85,7% kế hoạch.")
    assert [(b.amount_vnd, b.achieved) for b in doc.budget] == [(3_600_000_000, True)]
    assert all(t.kind != "money" for t in doc.targets)


@pytest.mark.parametrize("text", [
    # Miền Trung - Tây Nguyên conference report, 2023: the plan in brackets after "so với kế hoạch"
    "Theo báo cáo của Cục Công thương địa phương, tổng kinh phí thực hiện khuyến công địa phương là 41,7 tỉ đồng, đạt "
    "96,1% so với kế hoạch (43,4 tỉ đồng) và chiếm 60,2% kinh phí khuyến công toàn vùng.",
    # ... in a sentence with "đã" (it was spent money beside the result: 85,1 tỷ spent for 41,7)
    "Năm 2023, tổng kinh phí khuyến công địa phương đã thực hiện là 41,7 tỷ đồng, đạt 96,1% kế hoạch (43,4 tỷ đồng).",
])
def test_the_plan_a_result_is_measured_against_is_planned_money_of_its_source(text):
    assert [(b.amount_vnd, b.label, b.funding_source, b.achieved) for b in extract_text(text).budget][1] == (
        43_400_000_000, "kế hoạch", "địa phương", False)


@pytest.mark.parametrize("text", [
    "Năm 2023, Trung tâm Khuyến công đã giải ngân 100% kế hoạch (5,2 tỷ đồng) cho 18 đề án.",
    "Năm 2023, Trung tâm Khuyến công đã thực hiện hoàn thành kế hoạch (3 tỷ đồng), hỗ trợ 12 cơ sở công nghiệp nông thôn.",
])
def test_a_plan_in_brackets_without_a_result_before_it_is_what_was_spent(text):
    [item] = extract_text(text).budget
    assert item.achieved and item.label != "kế hoạch"


def test_taxes_paid_are_no_money_to_spend():
    """Bình Định news: what the supported firms paid into the local budget was a planned item
    of local money."""
    doc = extract_text("Các cơ sở được hỗ trợ đã tạo việc làm cho 500 lao động, đóng góp vào ngân sách địa phương trên "
                       "1.417 triệu đồng.")
    assert doc.budget == []
    assert [(t.text, t.kind) for t in doc.targets] == [("500 lao động", "count"), ("1.417 triệu đồng", "indicator")]


@pytest.mark.parametrize(("text", "parents"), [
    # An Giang news: the part before its whole (both counted as spent)
    ("Năm 2018, Trung tâm hỗ trợ 200 triệu đồng trên tổng chi phí 418 triệu đồng cho Công ty TNHH Thanh Hồ.", [1, None]),
    # the whole named first, after a time phrase
    ("Năm 2018, trong tổng 418 triệu đồng, Trung tâm dành 200 triệu đồng để hỗ trợ máy móc.", [None, 0]),
])
def test_a_part_and_its_whole_in_either_order(text, parents):
    assert [b.part_of for b in extract_text(text).budget] == parents


@pytest.mark.parametrize(("text", "parents", "labels"), [
    # Phú Yên news (its figures corrected to add up): parts in brackets after their whole
    ("UBND tỉnh đã phân bổ 5.760 triệu đồng (vốn ngân sách 3.210 triệu đồng, vốn huy động 2.550 triệu đồng) cho các "
     "làng nghề.", [None, 0, 0], ["UBND tỉnh đã phân bổ", "vốn ngân sách", "vốn huy động"]),
    # as the page writes them they do not add up: no parts
    ("UBND tỉnh đã phân bổ 5.760 triệu đồng (vốn ngân sách 3.210 triệu đồng, vốn huy động 1.290 triệu đồng) cho các "
     "làng nghề.", [None, None, None], ["UBND tỉnh đã phân bổ", "vốn ngân sách", "vốn huy động"]),
])
def test_parts_in_brackets_after_their_whole(text, parents, labels):
    budget = extract_text(text).budget
    assert ([b.part_of for b in budget], [b.label for b in budget]) == (parents, labels)


def test_an_amount_opening_the_text_with_its_qualifier_has_no_label_of_it():
    """Đắk Nông, Lâm Đồng headlines: "Gần 71,2 tỷ đồng ..." took its own qualifier, "Gần", for
    its label (a qualifier at offset 0 was read as no qualifier)."""
    doc = extract_text("Hơn 10 tỷ đồng khuyến công\n\nSở Công thương tỉnh Lâm Đồng cho biết, trong năm 2017, tỉnh Lâm Đồng "
                       "đã triển khai thực hiện 65 đề án với tổng kinh phí ước thực hiện trên 10 tỷ đồng.")
    assert [(b.amount_text, b.qualifier, b.label) for b in doc.budget][0] == ("10 tỷ đồng", "Hơn", "khuyến công")


def test_an_amount_written_as_its_part_of_a_whole_is_the_part():
    """Bình Thuận news: "600/1200 triệu đồng" (600 approved of the 1,200 asked for) was no
    amount; a date or a document number before a word is none."""
    doc = extract_text("Theo quyết định, năm 2021 Bộ Công Thương đã phê duyệt cho tỉnh Bình Thuận 01/02 đề án nhóm Hỗ trợ "
                       "ứng dụng máy móc thiết bị tiến tiến trong chế biến nước mắm với tổng kinh phí hỗ trợ thực hiện là "
                       "600/1200 triệu đồng Sở Công Thương đăng ký kế hoạch năm 2021.")
    assert [(b.amount_text, b.amount_vnd) for b in doc.budget] == [("600/1200 triệu đồng", 600_000_000)]
    assert [t.text for t in doc.targets] == ["01/02 đề án"]
    for text in ("Ngày 15/12 đồng chí Giám đốc làm việc.", "Kế hoạch số 12/2023 triệu tập", "Hỗ trợ 1200/600 triệu đồng."):
        assert extract_text(text).budget == []


LAM_DONG_2021_2025 = (
    "Lâm Đồng: Ưu tiên nguồn vốn lớn cho công tác khuyến công giai đoạn mới\n\nLNV - Trên cơ sở kết quả đạt được sau "
    "7 năm thực hiện chương trình khuyến công, Sở Công Thương tỉnh Lâm Đồng đã xây dựng kế hoạch cho công tác khuyến công giai đoạn 2021-2025 với tổng kinh phí "
    "dự kiến 73,3 tỷ đồng.\nNguồn kinh phí này được phân bổ cụ thể cho từng năm, trong đó năm 2021 là 12,8 tỷ đồng; "
    "năm 2022 là 13,5 tỷ đồng; năm 2023 là 14,4 tỷ đồng; năm 2024 là 15,6 tỷ đồng và năm là 17 tỷ đồng.")


@pytest.mark.parametrize(("text", "parents"), [
    # Lâm Đồng news: the total's breakdown in the next sentence, opened by "Nguồn kinh phí này"
    (LAM_DONG_2021_2025, [None, 0, 0, 0, 0, 0]),
    (LAM_DONG_2021_2025.replace("\n", " "), [None, 0, 0, 0, 0, 0]),
    (LAM_DONG_2021_2025.replace("Nguồn kinh phí này", "Tổng kinh phí trên"), [None, 0, 0, 0, 0, 0]),
    ("Năm 2024 tỉnh bố trí 5 tỷ đồng cho khuyến công. Số kinh phí trên gồm 3 tỷ đồng ngân sách tỉnh và 2 tỷ đồng "
     "vốn đối ứng.", [None, 0, 0]),
    # parts that do not add up to it are none; nor are the amounts of a sentence pointing back to nothing
    (LAM_DONG_2021_2025.replace("17 tỷ", "27 tỷ"), [None] * 6),
    (LAM_DONG_2021_2025.replace("Nguồn kinh phí này", "Kế hoạch"), [None] * 6),
])
def test_a_sentence_pointing_back_to_a_total_breaks_it_down(text, parents):
    budget = extract_text(text).budget
    assert [b.part_of for b in budget] == parents
    if parents[1] == 0:
        assert sum(b.amount_vnd for b in budget if b.part_of is None) == budget[0].amount_vnd


@pytest.mark.parametrize(("text", "sources"), [
    # Cao Bằng news: the name of the provincial plan is no source ("Chương trình khuyến công tỉnh" was none already)
    ("UBND tỉnh Cao Bằng đã phê duyệt và ban hành Kế hoạch khuyến công tỉnh giai đoạn 2021 – 2025 với tổng kinh phí "
     "thực hiện 18,246 tỷ đồng.", [None]),
    ("Năm 2022, tỉnh triển khai Đề án khuyến công tỉnh với kinh phí 2 tỷ đồng.", [None]),
    ("Kế hoạch kinh phí khuyến công tỉnh năm 2020 là 2 tỷ đồng.", ["địa phương"]),
    # Ninh Bình news: budget money and mobilised money ("huy động" alone names no source) ...
    ("Từ tháng 8/2006 đến nay, các địa phương tỉnh Ninh Bình đã trích ngân sách, huy động các nguồn vốn trên 14,3 tỷ "
     "đồng cho phát triển nghề trồng, chế biến cói, thêu ren và chế tác đá mỹ nghệ.", [None]),
    ("Tỉnh đã huy động xã hội được 2 tỷ đồng cho làng nghề.", ["xã hội hóa"]),
    # ... and a list of several sources
    ("Đối với nghề thêu ren và chế tác đá mỹ nghệ, các cấp đã huy động nhiều nguồn vốn như quỹ khuyến công, chương "
     "trình giống, nguồn kinh phí sự nghiệp khoa học…với tổng số tiền khoảng 1 tỷ 371 triệu đồng để tổ chức các lớp "
     "đào tạo nghề, truyền nghề và bồi dưỡng nâng cao tay nghề cho người lao động.", [None]),
    ("Các cấp đã huy động nguồn quỹ khuyến công với tổng số tiền 1 tỷ đồng để đào tạo nghề.", ["địa phương"]),
    # a programme's source joined to the beneficiaries' own money, after the amount or before it: a project's whole
    ("Tổng kinh phí thực hiện đề án là 500 triệu đồng từ nguồn khuyến công quốc gia và vốn đối ứng của cơ sở.", [None]),
    ("Từ nguồn kinh phí khuyến công quốc gia và nguồn vốn của doanh nghiệp, Phòng Kinh tế đã hỗ trợ 210 triệu đồng "
     "cho 3 cơ sở.", [None]),
])
def test_a_plans_name_mobilised_money_or_a_list_of_sources_names_no_source(text, sources):
    assert [b.funding_source for b in extract_text(text).budget] == sources


CAO_BANG_2019 = (
    "Được biết, năm 2019, nguồn kinh phí khuyến công quốc gia của tỉnh Cao Bằng là 3,3 tỷ đồng, kinh phí khuyến công "
    "địa phương là 649 triệu đồng. Trong đó, chỉ tính riêng 8 tháng đầu năm 2019, đã có hơn 1,3 tỷ đồng được trích ra "
    "để hỗ trợ thực hiện các đề án khuyến công.")


@pytest.mark.parametrize(("text", "parents"), [
    # Cao Bằng news: "Trong đó" is of both sources' money; 1,3 tỷ is no part of the 649 triệu before it
    (CAO_BANG_2019, [None, None, None]),
    # a part no larger than the amount before it still is one
    (CAO_BANG_2019.replace("hơn 1,3 tỷ", "hơn 300 triệu"), [None, None, 1]),
])
def test_a_part_that_trong_do_lists_is_no_larger_than_its_whole(text, parents):
    assert [b.part_of for b in extract_text(text).budget] == parents


BEN_TRE_KCQG_2020 = (
    "Theo đó, Bộ Công Thương giao Trung tâm Khuyến công và Tư vấn phát triển công nghiệp – Sở Công Thương Bến Tre là "
    "đơn vị thực hiện 01 đề án Khuyến công quốc gia (KCQG) điểm “Hỗ trợ các cơ sở công nghiệp nông thôn trên địa bàn "
    "tỉnh Bến Tre phát triển sản xuất các sản phẩm từ dừa giai đoạn 2019-2020”, với kinh phí 3,1 tỷ đồng.\n\n"
    "Nội dung chính của đề án gồm Hỗ trợ ứng dụng máy móc thiết bị sản xuất cho 07 cơ sở công nghiệp nông thôn, với "
    "kinh phí KCQG hỗ trợ là 2,1 tỷ đồng và Hỗ trợ xây dựng 01 mô hình trình diễn kỹ thuật sản xuất sản phẩm mới/công "
    "nghệ mới với kinh phí KCQG hỗ trợ là 1 tỷ đồng.")


@pytest.mark.parametrize(("text", "parents"), [
    # Bến Tre news: "gồm" without a colon, a paragraph after the amount, opens its parts: 2,1 + 1 = 3,1
    (BEN_TRE_KCQG_2020, [None, 0, 0]),
    # ... only when they add up exactly (a "gồm:" allows the rounding of "2,14 tỷ")
    (BEN_TRE_KCQG_2020.replace("2,1 tỷ", "2,14 tỷ"), [None, None, None]),
    (BEN_TRE_KCQG_2020.replace("2,1 tỷ", "2,14 tỷ").replace("đề án gồm", "đề án gồm:"), [None, 0, 0]),
    (BEN_TRE_KCQG_2020.replace("là 1 tỷ đồng.", "là 1,5 tỷ đồng."), [None, None, None]),
])
def test_a_bare_gom_opens_parts_that_add_up_exactly(text, parents):
    doc = extract_text(text)
    assert [b.part_of for b in doc.budget] == parents


NGHE_AN_YEARLY = (  # Nghệ An news, "70 tỷ đồng cho khuyến công": the two sources' totals and their years
    "Cụ thể, ngân sách địa phương hỗ trợ cho hoạt động khuyến công là 53,7 tỷ đồng (giai đoạn 2002 - 2005, mỗi năm 2 tỷ "
    "đồng, giai đoạn 2006 tăng lên 3 tỷ đồng, giai đoạn 2007 - 2016 mỗi năm 4 tỷ đồng, giai đoạn 2017 - 2018, mỗi năm "
    "4,5 tỷ đồng).\nNgân sách trung ương hỗ trợ 16,3 tỷ đồng (bình quân 1,16 tỷ đồng/năm)."
)


def test_yearly_amounts_in_brackets_are_details_of_the_amount_before():
    """The bracket after 53,7 tỷ gives it by year (2 + 3 + 4 + 4,5 = 13,5: no sum), the one after
    16,3 tỷ on average: their amounts, "tăng lên 3 tỷ đồng" too, are part_of the amount before
    the bracket, and no budget_sum_mismatch is warned. The amounts to sum are 53,7 + 16,3 = 70 tỷ
    (the sum was 84,66 tỷ)."""
    doc = extract_text(NGHE_AN_YEARLY)
    assert [(b.amount_text, b.part_of) for b in doc.budget] == [
        ("53,7 tỷ đồng", None), ("2 tỷ đồng", 0), ("3 tỷ đồng", 0), ("4 tỷ đồng", 0), ("4,5 tỷ đồng", 0),
        ("16,3 tỷ đồng", None), ("1,16 tỷ đồng", 5),
    ]
    assert sum(b.amount_vnd for b in doc.budget if b.part_of is None and b.restates is None) == 70_000_000_000
    assert codes(doc, "budget_sum_mismatch") == []
    assert [(b.funding_source, b.label) for b in doc.budget if b.part_of is None] == [
        ("địa phương", "Cụ thể, ngân sách địa phương hỗ trợ cho hoạt động khuyến công"),
        ("quốc gia", "Ngân sách trung ương hỗ trợ")]



@pytest.mark.parametrize(("text", "restates"), [
    # Hưng Yên news: the headline rounds down ("hơn 10 tỷ") the amount its lede states (10,6 tỷ)
    ("Hưng Yên: Đầu tư hơn 10 tỷ đồng khuyến khích phát triển công nghiệp nông thôn\n\nTừ nay đến năm 2010, Hưng Yên "
     "sẽ hỗ trợ 10,6 tỷ đồng phát triển công nghiệp nông thôn.", [None, 0]),
    # Khánh Hòa news: the lede states the headline's amount as it is; a later amount it would
    # also round (2.146 triệu, the year before's) is another one
    ("Khánh Hòa: Phê duyệt kinh phí trên 2,1 tỷ đồng thực hiện khuyến công\n\n19/04/2023 15:28 GMT+7\nUBND tỉnh Khánh "
     "Hòa vừa phê duyệt kế hoạch khuyến công năm 2023, với tổng kinh phí thực hiện hơn 2,1 tỷ đồng.\n\nĐược biết, năm "
     "2022, trên địa bàn tỉnh Khánh Hòa có 16 đề án khuyến công được đưa vào kế hoạch hỗ trợ cho các cơ sở công "
     "nghiệp nông thôn thực hiện với tổng kinh phí 2.146 triệu đồng.", [None, 0, None]),
])
def test_a_headlines_rounded_amount_is_restated_by_the_one_it_stands_for(text, restates):
    assert [b.restates for b in extract_text(text).budget] == restates


@pytest.mark.parametrize(("written", "amount", "stands_for"), [
    ("hơn 10 tỷ đồng", "10600000000", True),  # the rest cut off
    ("hơn 10 tỷ đồng", "11000000000", False),
    ("hơn 10 tỷ đồng", "10000000000", False),  # the figure itself is an exact repeat, not this
    ("gần 2 tỷ đồng", "1900000000", True),
    ("gần 2 tỷ đồng", "1250000000", False),  # "gần" rounds up by at most half a unit
    ("gần 7,4 tỷ đồng", "7360000000", True),
    ("khoảng 5 tỷ đồng", "5400000000", True),
    ("khoảng 5 tỷ đồng", "4400000000", False),
    ("10 tỷ đồng", "10600000000", False),  # no qualifier: no rounding
])
def test_what_a_rounded_amount_stands_for(written, amount, stands_for):
    (money,) = find_money(written)
    assert rounded_from(money, Decimal(amount)) is stands_for


def test_a_rate_for_one_unit_is_no_money_to_spend():
    """Hà Nội news: "500 triệu đồng/ 1 làng nghề" is the most one village may get, as
    "100 triệu đồng/mô hình" is; the same text's "mỗi nội dung ... không quá 100 triệu đồng"
    was dropped already."""
    doc = extract_text(
        "12 làng nghề, mỗi làng nghề sẽ được hỗ trợ tối đa 5 nội dung, mỗi nội dung hỗ trợ tối đa không quá 100 triệu "
        "đồng để xây dựng thương hiệu và xác lập quyền sở hữu nhãn hiệu tập thể làng nghề.\nMức hỗ trợ tối đa 500 "
        "triệu đồng/ 1 làng nghề")
    assert doc.budget == []


@pytest.mark.parametrize(("text", "label"), [
    # Quảng Bình news: who says it is no part of what the money is
    ("Giám đốc Trung tâm Khuyến công và Xúc tiến thương mại tỉnh Lê Mậu Khánh cho biết, giai đoạn 2021-2025, tổng kinh "
     "phí ngân sách nhà nước cấp hỗ trợ thực hiện hoạt động khuyến công trên địa bàn tỉnh là 22,5 tỷ đồng; trong đó "
     "kinh phí khuyến công quốc gia gần 5,8 tỷ đồng",
     "giai đoạn 2021-2025, tổng kinh phí ngân sách nhà nước cấp hỗ trợ thực hiện hoạt động khuyến công trên địa bàn tỉnh"),
    # Đắk Lắk news, 2020
    ("Sở Công thương cho biết, có 16 đề án khuyến công địa phương được thực hiện trong năm 2020, với tổng kinh phí gần "
     "3,6 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ", "có 16 đề án khuyến công địa phương được thực hiện trong năm 2020, "
     "với tổng kinh phí"),
    # Hà Tĩnh news: who approved it says nothing of it either; the words after it are its label
    ("TBV - Sở Công Thương Hà Tĩnh cho biết, UBND tỉnh này vừa phê duyệt hơn 2,7 tỷ đồng kinh phí thực hiện chương "
     "trình khuyến công địa phương năm 2019.", "kinh phí thực hiện chương trình khuyến công địa phương năm 2019"),
])
def test_who_says_it_is_no_part_of_a_label(text, label):
    assert extract_text(text).budget[0].label == label


def test_an_amount_added_on_takes_its_own_words():
    """Đắk Lắk news: "150 triệu đồng hỗ trợ ... cộng thêm 700 triệu đồng vốn đối ứng" (both amounts had
    the first one's words, "... cộng thêm")."""
    doc = extract_text("Với 150 triệu đồng hỗ trợ từ nguồn kinh phí khuyến công cộng thêm 700 triệu đồng vốn đối ứng, "
                       "đơn vị thụ hưởng đã thay thế hoàn toàn quy trình cắt tách vỏ hạt điều bằng thủ công trước đây.")
    assert [(b.label, b.funding_source) for b in doc.budget] == [
        ("hỗ trợ từ nguồn kinh phí khuyến công", None), ("vốn đối ứng", "đối ứng")]


def test_theo_do_opens_the_parts_of_the_amount_before_when_they_add_up():
    """Lâm Đồng news, 2019: "Theo đó," opens what the "trên 9 tỷ đồng" is made of, as "Cụ
    thể," does; the headline's amount is the one the body restates."""
    doc = extract_text(
        "18-4-2019, 7:31 GMT+7\n\nTrên 9 tỷ đồng dành cho khuyến công\n\n Thông tin từ Sở Công thương cho biết, UBND "
        "tỉnh Lâm Đồng vừa cấp cho hoạt động khuyến công năm 2019 số tiền trên 9 tỷ đồng. \n \nTheo đó, 7 tỷ đồng dành "
        "hỗ trợ các đề án khuyến công có thu hồi kinh phí, trên 2 tỷ đồng dành cho các đề án không thu hồi kinh phí.")
    assert [(b.amount_text, b.restates, b.part_of) for b in doc.budget] == [
        ("9 tỷ đồng", None, None), ("9 tỷ đồng", 0, None), ("7 tỷ đồng", None, 1), ("2 tỷ đồng", None, 1)]


def test_a_purpose_runs_over_the_marks_inside_a_figure():
    """Đắk Lắk news: the purpose after "60 triệu đồng" was cut at the dot of "7.600"."""
    doc = extract_text(
        "Bên cạnh đó, trung tâm cũng đã hỗ trợ 60 triệu đồng cho Công ty TNHH Thành Nghĩa (huyện Krông Ana) ứng dụng "
        "máy móc thiết bị mới vào dây chuyền sản xuất bê tông tươi với công suất 7.600m 3 /năm…")
    assert [b.label for b in doc.budget] == [
        "cho Công ty TNHH Thành Nghĩa (huyện Krông Ana) ứng dụng máy móc thiết bị mới vào dây chuyền sản xuất bê tông "
        "tươi với công suất 7.600m 3 /năm…"]


def test_a_decimal_dot_before_a_scale_and_a_part_larger_than_its_whole():
    """Tạp chí Công Thương, Quảng Ninh 2023: "3.4 tỷ đồng" writes its decimal with a dot (a
    dot grouping thousands has three digits after it), so it is 3,4 tỷ (it was dropped and
    ran into the next label). The "gần 8 tỷ đồng" of counterpart money it drew is larger than
    the 6.497 triệu total, so it is no part of it."""
    doc = extract_text(
        "Tổng kinh phí cho hoạt động khuyến công quốc gia và khuyến công địa phương là 6.497 triệu đồng, trong đó kinh "
        "phí hỗ trợ cho các cơ sở CNNT là 3.4 tỷ đồng đã thu hút gần 8 tỷ đồng vốn đối ứng của các sơ sở CNNT, chiếm "
        "29.8% tổng nguồn vốn đầu tư của các cơ sở CNNT")
    assert [(b.amount_vnd, b.amount_text, b.label, b.funding_source, b.part_of) for b in doc.budget] == [
        (6_497_000_000, "6.497 triệu đồng", "Tổng kinh phí cho hoạt động khuyến công quốc gia và khuyến công địa phương",
         None, None),
        (3_400_000_000, "3.4 tỷ đồng", "kinh phí hỗ trợ cho các cơ sở CNNT", None, 0),
        (8_000_000_000, "8 tỷ đồng", "vốn đối ứng của các sơ sở CNNT", "đối ứng", None)]  # "đã thu hút" says nothing of it
    assert [m.amount for m in find_money("2.400 lao động, 2.50 tỷ đồng, 1.250 triệu đồng")] == [
        Decimal("2500000000"), Decimal("1250000000")]


def test_money_a_province_is_allotted_after_a_negated_result_is_no_result():
    """Điện Biên news, 2015: "không triển khai được" is no report of work done, so the yearly
    allotment after it ("chỉ được giao khoảng 500 triệu đồng") is no result either (it had
    taken the done word "triển khai được" past the negation)."""
    doc = extract_text(
        "Tuy nhiên, theo ông Lò Văn Thiện - Phụ trách Phòng Khuyến công – TTKC Điện Biên thì kinh phí hỗ trợ 2 đề án "
        "trên đều từ nguồn kinh phí khuyến công quốc gia. Năm 2015, Điện Biên không triển khai được đề án khuyến công "
        "địa phương nào do là tỉnh miền núi nghèo nên kinh phí dành cho công tác khuyến công rất hạn chế. Mỗi năm, KC "
        "địa phương của tỉnh chỉ được giao khoảng 500 triệu đồng, không đủ đáp ứng nhu cầu của các đối tượng thụ "
        "hưởng, thậm chí năm 2015 còn không bố trí được nguồn kinh phí hỗ trợ - ông Thiện nói.")
    assert [(b.amount_text, b.funding_source, b.achieved) for b in doc.budget] == [
        ("500 triệu đồng", "địa phương", False)]


def test_allotted_money_a_centres_name_and_local_money_in_kon_tum():
    """Kon Tum news, 2008: "kinh phí địa phương" names the local source; money the centre
    "đã phân khai" (allotted) is a plan for its projects, no result; the centre's name in the
    speaker's title ("Trung tâm Khuyến công tỉnh Kon Tum") names no source of the 2,065 tỷ."""
    doc = extract_text(
        "Năm 2008, theo Quyết định số 239 của UBND Tỉnh về việc phê duyệt các đề án khuyến công, hoạt động khuyến "
        "công được nguồn kinh phí địa phương giao là 450 triệu đồng. Trước đó, Trung tâm cũng đã phân khai nguồn vốn "
        "trên 400 triệu đồng từ nguồn khuyến công quốc gia để hỗ trợ 4 Dự án trên địa bàn, gồm: Đào tạo nghề dệt thổ "
        "cẩm cho trẻ em khuyết tật; đào tạo nghề bó chổi đót.\nÔng Võ Xuân Sơn - Phó giám đốc Trung tâm Khuyến công "
        "tỉnh Kon Tum cho biết, từ năm 2004 đến nay, tỉnh Kon Tum đã thực hiện được 2,065 tỷ đồng phục vụ công tác "
        "khuyến công cho bà con các dân tộc trong Tỉnh.")
    assert [(b.amount_text, b.funding_source, b.achieved) for b in doc.budget] == [
        ("450 triệu đồng", "địa phương", False), ("400 triệu đồng", "quốc gia", False), ("2,065 tỷ đồng", None, True)]
    assert [(t.value, t.achieved) for t in doc.targets] == [(4, False)]


@pytest.mark.parametrize(("text", "label"), [
    # Hà Giang 2013 (a page that kept its HTML entities): the year and "với" say nothing of it
    ("Năm 2013, với 400 triệu đồng từ nguồn kinh ph&iacute; KC địa phương, Trung t&acirc;m KC v&agrave; x&uacute;c "
     "tiến c&ocirc;ng thương H&agrave; Giang đ&atilde; triển khai 8 đề &aacute;n", "từ nguồn kinh phí KC địa phương"),
    # Sơn La: the period and the province as subject neither
    ("Trong giai đoạn 2020-2023, tỉnh đã hỗ trợ 20,5 tỷ đồng cho 336 lượt tổ chức, doanh nghiệp (DN) phát triển thương "
     "hiệu và mở rộng thị trường", "cho 336 lượt tổ chức"),
])
def test_a_year_and_a_subject_before_an_amount_are_no_label(text, label):
    assert [b.label for b in extract_text(text).budget] == [label]


@pytest.mark.parametrize("text", [
    # Hà Giang 2013: the money the centre "đã triển khai" 8 projects with (it was planned, its projects done)
    "Năm 2013, với 400 triệu đồng từ nguồn kinh ph&iacute; KC địa phương, Trung t&acirc;m KC v&agrave; x&uacute;c "
    "tiến c&ocirc;ng thương H&agrave; Giang đ&atilde; triển khai 8 đề &aacute;n",
    # Ninh Bình: the national money the projects "đã giúp" with
    "Với 800 triệu đồng kinh phí khuyến công quốc gia, các đề án này đã giúp doanh nghiệp nâng cao năng suất, chất "
    "lượng sản phẩm và hạ giá thành, đáp ứng nhu cầu của thị trường.",
    # Kiên Giang 2005-2009: a period between the phrase and the main clause
    "Với tổng kinh phí được hỗ trợ là 11.524 triệu đồng, giai đoạn 2005-2009, hoạt động Khuyến công địa phương ở Kiên "
    "Giang đã đào tạo 2 nghệ nhân, giảng viên; đào tạo nghề, truyền nghề và phát triển nghề cho trên 1900 lao động mới",
])
def test_money_in_a_phrase_fronted_before_a_main_clause_of_work_done_is_spent(text):
    assert [b.achieved for b in extract_text(text).budget] == [True]


def test_amounts_closed_by_the_remainder_are_parts_of_the_total_before():
    """Vĩnh Long news, 2026: the total (375,6 tỷ), a photo's caption, then the sources of it,
    closed by "phần còn lại do các cơ sở ... đối ứng" with no amount: the rest of the total, so
    the two amounts are its parts (summed beside it, they counted twice). Đắk Lắk news, 2015:
    the same after a headline's amount."""
    doc = extract_text(
        " date 2026-01-03 Ngày 3-1, Trung tâm Khuyến công và Xúc tiến thương mại tỉnh Vĩnh Long cho biết, giai đoạn "
        "2026–2030, tỉnh dự kiến triển khai các chương trình khuyến công với tổng nguồn vốn khoảng 375,6 tỷ đồng.\n\n"
        "Cơ sở sản xuất chỉ sơ dừa tại chợ dừa Sông Thơm. Ảnh: TÍN HUY\n\nTheo kế hoạch, chương trình khuyến công quốc "
        "gia hỗ trợ 22,6 tỷ đồng, nguồn khuyến công địa phương là 93,48 tỷ đồng, phần còn lại do các cơ sở công nghiệp "
        "nông thôn đối ứng.\n")
    assert [(b.amount_text, b.funding_source, b.part_of) for b in doc.budget] == [
        ("375,6 tỷ đồng", None, None), ("22,6 tỷ đồng", "quốc gia", 0), ("93,48 tỷ đồng", "địa phương", 0)]
    news = extract_text(
        "Đắk Lắk: Sẽ đầu tư gần 137 tỷ đồng cho hoạt động khuyến công\n\nĐây là kế hoạch của UBND tỉnh Đắk Lắk giai "
        "đoạn 2016 – 2020, trong đó, kinh phí từ nguồn khuyến công quốc gia là 33 tỷ, khuyến công địa phương là gần "
        "17,6 tỷ đồng, số còn lại là kinh phí của các đơn vị thụ hưởng.")
    assert [b.part_of for b in news.budget] == [None, 0, 0]


def test_a_remainder_with_its_own_amount_leaves_the_parts_as_they_are():
    """Khánh Hòa news: "... và số còn lại trên 7,5 tỷ đồng ..." states the rest: the three are
    the parts "Cụ thể" opens, and add up to the "gần 40 tỷ đồng" within its approximation."""
    doc = extract_text(
        "UBND tỉnh Khánh Hòa vừa ban hành Kế hoạch phát triển ngành nghề nông thôn trên địa bàn tỉnh giai đoạn "
        "2021-2025; trong đó, tỉnh xác định sẽ đầu tư gần 40 tỷ đồng cho chương trình này. Cụ thể, ngân sách tỉnh hỗ "
        "trợ hơn 27,6 tỷ đồng, ngân sách huyện, xã 4,5 tỷ đồng và số còn lại trên 7,5 tỷ đồng là vốn của các làng nghề, "
        "doanh nghiệp, hợp tác xã, hộ sản xuất tham gia vào chương trình.")
    assert [b.part_of for b in doc.budget] == [None, 0, 0, 0]


def test_a_tense_word_far_back_in_a_long_paragraph_of_names():
    """Hà Giang news, 2021: "đã ... tổ chức nghiệm thu 3 đề án" opens a paragraph whose schemes'
    long names put the amounts 500 characters after it; they are money of schemes accepted,
    spent (they had been read as plans: the tense word was beyond the line's reach)."""
    doc = extract_text(
        "Mới đây, Trung tâm Khuyến công – Xúc tiến Công Thương tỉnh Hà Giang đã phối hợp với các đơn vị liên quan tổ "
        "chức nghiệm thu 3 đề án khuyến công địa phương năm 2021. Trong đó, Đề án “Hỗ trợ ứng dụng máy móc thiết bị "
        "tiên tiến vào sản xuất chế biến chè xanh” thực hiện tại Hợp tác xã Thương mại vận tải Tuấn Băng (huyện Xín "
        "Mần), thiết bị được hỗ trợ gồm 3 máy sao chè bằng gas, công suất 50 tấn chè xanh/năm; Đề án “Hỗ trợ ứng dụng "
        "máy móc thiết bị tiên tiến, xây dựng đăng ký thương hiệu, tư vấn thiết kế nhãn mác bao bì sản phẩm bún khô” "
        "thực hiện tại hộ kinh doanh Trần Thị Hoài (huyện Vị Xuyên), tổng kinh phí hỗ trợ 200 triệu đồng; Đề án “Hỗ "
        "trợ ứng dụng máy móc thiết bị tiên tiến, tư vấn thiết kế nhãn mác bao bì trong sản xuất và chế biến mật ong "
        "của Hợp tác xã Thương mại dịch vụ nông lâm nghiệp Cốc Rế (huyện Xín Mần), kinh phí hỗ trợ 100 triệu đồng, "
        "trong đó hỗ trợ mua sắm máy móc 65 triệu đồng, tư vấn thiết kế bao bì sản phẩm 35 triệu đồng.")
    assert [(b.amount_text, b.achieved) for b in doc.budget] == [
        ("200 triệu đồng", True), ("100 triệu đồng", True), ("65 triệu đồng", True), ("35 triệu đồng", True)]


def test_a_profit_is_no_budget_item_and_three_sources_listed_name_none():
    """Bình Định news: "lợi nhuận 425 triệu đồng" is what a business earned, an indicator (it
    was a part of the scheme's 2 tỷ, with a false sum warning); "270 đề án khuyến công quốc
    gia, của tỉnh và huyện, với hơn 21,3 tỷ đồng" is money of three sources, so of none (it
    was national)."""
    doc = extract_text(
        "Tổng vốn đầu tư của đề án 2 tỷ đồng, trong đó vốn khuyến công hỗ trợ 300 triệu đồng. Sau 8 tháng triển khai, DN "
        "đã sản xuất 8 triệu viên/năm; lợi nhuận 425 triệu đồng, tạo việc làm cho gần 20 lao động. Từ năm 2016 đến nay, "
        "trên địa bàn tỉnh đã triển khai 270 đề án khuyến công quốc gia, của tỉnh và huyện, với hơn 21,3 tỷ đồng.")
    assert [(b.amount_text, b.funding_source, b.part_of) for b in doc.budget] == [
        ("2 tỷ đồng", None, None), ("300 triệu đồng", None, 0), ("21,3 tỷ đồng", None, None)]
    assert [(t.text, t.kind) for t in doc.targets if t.unit == "đồng"] == [("425 triệu đồng", "indicator")]
    assert not [w for w in doc.warnings if w.code == "budget_sum_mismatch"]


def test_an_indicator_named_after_an_amount_and_before_a_later_one_is_the_later_ones():
    """Quảng Bình, 2024: "thu hút 148 tỷ đồng vốn đối ứng và mang lại doanh thu trên 200 tỷ
    đồng": the revenue is the 200 tỷ, an indicator; the 148 tỷ is counterpart money drawn in, a
    budget item (the sentence's "doanh thu" had made both indicators)."""
    doc = extract_text(
        "Thống kê của Trung tâm Khuyến công và Xúc tiến thương mại tỉnh Quảng Bình cho thấy, năm 2023, Trung tâm đã triển "
        "khai 3 đề án thuộc kế hoạch khuyến công quốc gia với tổng kinh phí 2,42 tỷ đồng. Các đề án bảo đảm hỗ trợ đúng "
        "đối tượng, đúng mục đích và đạt hiệu quả cao; đồng thời thu hút 148 tỷ đồng vốn đối ứng và mang lại doanh thu "
        "trên 200 tỷ đồng cho các đơn vị thụ hưởng.")
    assert [(b.amount_text, b.funding_source, b.achieved) for b in doc.budget] == [
        ("2,42 tỷ đồng", "quốc gia", True), ("148 tỷ đồng", "đối ứng", True)]
    assert [(t.text, t.kind) for t in doc.targets if t.unit == "đồng"] == [("200 tỷ đồng", "indicator")]


def test_details_of_a_detail_are_its_parts_when_the_run_adds_up_only_so():
    """Lâm Đồng news, 2017: under the 10,25 tỷ, "Cụ thể," lists the local 8,85 tỷ, what of it
    is allocated (8,51 tỷ) and not yet (340 triệu), then the national 1,4 tỷ. Flat they add up
    to 19,1 tỷ, so none was linked and each đồng counted twice; 8,51 + 0,34 is the 8,85 exactly,
    and 8,85 + 1,4 the 10,25."""
    doc = extract_text(
        "Sở Công thương Lâm Đồng cho biết, năm 2017, UBND tỉnh Lâm Đồng và Bộ Công Thương đã phê duyệt giao cho Trung "
        "tâm Khuyến công triển khai thực hiện 65 đề án, với tổng kinh phí là 10,25 tỷ đồng.\n \nCụ thể, kinh phí khuyến "
        "công địa phương: 8,85 tỷ đồng, đến nay đã phân bổ kinh phí 8,51 tỷ đồng; kinh phí chưa phân bổ 340 triệu đồng "
        "và nguồn kinh phí khuyến công quốc gia là 1,4 tỷ đồng. \n")
    assert [(b.amount_text, b.funding_source, b.part_of) for b in doc.budget] == [
        ("10,25 tỷ đồng", None, None), ("8,85 tỷ đồng", "địa phương", 0), ("8,51 tỷ đồng", "địa phương", 1),
        ("340 triệu đồng", "địa phương", 1), ("1,4 tỷ đồng", "quốc gia", 0)]  # the local money's parts are local
    assert not [w for w in doc.warnings if w.code == "budget_sum_mismatch"]


def test_amounts_drawn_from_the_amount_before_are_its_parts():
    """Quảng Trị, 2016: "Từ nguồn kinh phí trên, khuyến công tỉnh đã dành kinh phí hỗ trợ 140
    triệu đồng ..." is a part of the "trên 4,4 tỷ đồng" two sentences before (summed beside
    it, it was counted twice)."""
    doc = extract_text(
        "Riêng trong năm 2016, khuyến công Quảng Trị được hỗ trợ trên 4,4 tỷ đồng cho thực hiện các đề án. Đây là nguồn "
        "lực không nhỏ đã giúp khắc phục một phần khó khăn trong việc triển khai hoạt động cũng như tăng sức hấp dẫn cho "
        "nguồn vốn khuyến công. Từ nguồn kinh phí trên, khuyến công tỉnh đã dành kinh phí hỗ trợ 140 triệu đồng hỗ trợ "
        "triển khai 4 đề án xây dựng và phát triển thương hiệu các sản phẩm: Dầu lạc Super Green, cà phê Khesaca, nước "
        "mắm Khai Hà, ném Vĩnh Linh.")
    assert [(b.amount_text, b.part_of) for b in doc.budget] == [("4,4 tỷ đồng", None), ("140 triệu đồng", 0)]


def test_dong_before_phuc_vu_is_the_currency():
    """Bắc Giang, 2020: "630 triệu đồng phục vụ cho hoạt động tư vấn" was dropped, "đồng phục"
    (a uniform) read as another word than the currency."""
    doc = extract_text(
        "Ngoài ra, UBND tỉnh còn phê duyệt 630 triệu đồng phục vụ cho hoạt động tư vấn, trợ giúp cơ sở công nghiệp nông "
        "thôn và 440 triệu đồng để hỗ trợ phát triển sản phẩm công nghiệp nông thôn tiêu biểu.")
    assert [b.amount_vnd for b in doc.budget] == [630_000_000, 440_000_000]


def test_a_page_printing_its_article_twice_restates_its_amounts():
    """Báo Lạng Sơn on Bàu Trúc pottery (Ninh Thuận): the article once run on, then again in
    paragraphs. The second "Trong đó" has no total of its own before it, so its amounts, under
    none, were counted beside the first copies (26,2 + 4,3 + 13,6 tỷ); they repeat them."""
    doc = extract_text(
        "26,2 tỷ đồng quảng bá sản phẩm gốm Bàu Trúc\n\nĐó là tổng kinh phí để triển khai dự án quảng bá sản phẩm gốm mỹ "
        "nghệ Bàu Trúc của đồng bào dân tộc thiểu số Chăm ở huyện Ninh Phước do Sở Công thương Ninh Thuận vừa ký hợp "
        "đồng với Công ty Cổ phần Làng nghề Việt Nam, thuộc Hiệp hội làng nghề Việt Nam.Trong đó, kinh phí xây dựng Trung "
        "tâm trưng bày và kinh doanh sản phẩm gốm 4,3 tỷ đồng, đầu tư và tổ chức tiếp thị 13,6 tỷ đồng, còn lại là chi "
        "phí khác.\n\nĐó là tổng kinh phí để triển khai dự án quảng bá sản phẩm gốm mỹ nghệ Bàu Trúc của đồng bào dân tộc "
        "thiểu số Chăm ở huyện Ninh Phước do Sở Công thương Ninh Thuận vừa ký hợp đồng với Công ty Cổ phần Làng nghề Việt "
        "Nam, thuộc Hiệp hội làng nghề Việt Nam.\n\nTrong đó, kinh phí xây dựng Trung tâm trưng bày và kinh doanh sản phẩm "
        "gốm 4,3 tỷ đồng, đầu tư và tổ chức tiếp thị 13,6 tỷ đồng, còn lại là chi phí khác.\n")
    assert [(b.amount_text, b.part_of, b.restates) for b in doc.budget] == [
        ("26,2 tỷ đồng", None, None), ("4,3 tỷ đồng", 0, None), ("13,6 tỷ đồng", 0, None),
        ("4,3 tỷ đồng", None, 1), ("13,6 tỷ đồng", None, 2)]


def test_an_estimate_of_planned_money_is_no_result():
    """Quảng Bình, 2024: "... dự kiến cho 14 cơ sở, với kinh phí ước đạt hơn 2 tỷ đồng" estimates
    the money of projects planned ("ước đạt" had made it spent, the 14 cơ sở planned)."""
    doc = extract_text(
        "Từ đầu năm 2024 đến nay, trung tâm tiếp tục triển khai tư vấn hồ sơ cho các đơn vị đăng ký KC quốc gia năm 2024 "
        "và tư vấn, hướng dẫn lập dự án đề nghị hỗ trợ vốn KC địa phương dự kiến cho 14 cơ sở, với kinh phí ước đạt hơn "
        "2 tỷ đồng.")
    assert [(b.amount_text, b.achieved) for b in doc.budget] == [("2 tỷ đồng", False)]
    assert [(t.text, t.achieved) for t in doc.targets] == [("14 cơ sở", False)]


def test_a_report_lead_in_before_a_colon_is_no_label():
    """ARIT, 2017: "Theo báo cáo tại Hội nghị ... tại TP. Hồ Chí Minh: Tổng kế hoạch kinh phí
    khuyến công năm 2017 của khu vực là 64.710 triệu đồng": the words before the colon say
    where the figure was told, not what it is for."""
    doc = extract_text(
        "Theo báo cáo tại Hội nghị công tác khuyến công khu vực phía Nam được tổ chức ngày 03/8/2017 tại TP. Hồ Chí Minh: "
        "Tổng kế hoạch kinh phí khuyến công năm 2017 của khu vực là 64.710 triệu đồng.")
    assert [b.label for b in doc.budget] == ["Tổng kế hoạch kinh phí khuyến công năm 2017 của khu vực"]


def test_national_money_added_with_a_count_of_group_schemes_names_no_source():
    """Bình Thuận, 2020: "cùng với 02 đề án nhóm khuyến công quốc gia ... thì năm 2021 kinh phí
    ... là 2,28 tỷ đồng" adds national money to the local 1,08 tỷ (the extra word "nhóm" had
    put the cue out of "cùng với"'s reach: the total was national)."""
    doc = extract_text(
        "Như vậy, cùng với 02 đề án nhóm khuyến công quốc gia đã trình Bộ Công Thương xem xét phê duyệt  thì năm 2021 "
        "kinh phí khuyến công thực hiện trên địa bàn tỉnh dự kiến là 2,28 tỷ đồng./.")
    assert [(b.amount_text, b.funding_source) for b in doc.budget] == [("2,28 tỷ đồng", None)]


def test_a_prize_for_each_of_two_kinds_of_entry_is_a_rate():
    """Hà Tĩnh, 2021: "(mỗi sản phẩm/bộ sản phẩm 5 triệu đồng)" is the prize for each product
    or set, a rate, no money to add up (it was an item of local money)."""
    doc = extract_text(
        "Chủ tịch UBND tỉnh giao Sở Công thương trích từ nguồn kinh phí khuyến công địa phương năm 2021 tặng thưởng cho "
        "các đơn vị có sản phẩm được công nhận (mỗi sản phẩm/bộ sản phẩm 5 triệu đồng); đồng thời tham mưu tổ chức trao "
        "giấy chứng nhận sản phẩm công nghiệp nông thôn tiêu biểu theo đúng quy định.")
    assert doc.budget == []


def test_a_whole_in_brackets_after_its_part():
    """Làng nghề Việt, 2022: "đã hỗ trợ 300 triệu đồng cho Hợp tác xã ... mua sắm 2 máy ép mo cau
    (tổng giá trị 620 triệu đồng)": the support is a part of the machines' value (both were
    counted, 920 triệu), as "300 triệu đồng trên tổng chi phí 620 triệu đồng" would be."""
    doc = extract_text(
        "LNV - Từ nguồn vốn sự nghiệp khuyến công quốc gia năm 2022, Trung tâm Khuyến công và xúc tiến thương mại Quảng "
        "Nam đã hỗ trợ 300 triệu đồng cho Hợp tác xã (HTX) Nông nghiệp kỹ nghệ Quảng Nam (xã Tiên Mỹ, Tiên Phước) mua sắm "
        "2 máy ép mo cau (tổng giá trị 620 triệu đồng).")
    assert [(b.amount_text, b.part_of, b.funding_source) for b in doc.budget] == [
        ("300 triệu đồng", 1, "quốc gia"), ("620 triệu đồng", None, None)]
    # the part's words stop before the whole's bracket, which are the whole's own
    assert [b.label for b in doc.budget] == ["cho Hợp tác xã (HTX) Nông nghiệp kỹ nghệ Quảng Nam", "tổng giá trị"]


def test_a_projects_whole_in_brackets_names_no_source_of_its_part():
    """Vĩnh Long (arit): "(tổng kinh phí đề án hơn 705 triệu đồng)", four words after "tổng", was no whole, and took
    the part's local source (the province's local money summed 863 triệu for 158,4 spent)."""
    doc = extract_text(
        "Theo đó, Trung tâm đã thực hiện hỗ trợ Hộ kinh doanh cơ sở sản xuất Ba Khánh tại địa chỉ số 24D, ấp Tân Quới "
        "Tây, xã Trường An, thành phố Vĩnh Long 158,4 triệu đồng từ nguồn kinh phí khuyến công địa phương (tổng kinh "
        "phí đề án hơn 705 triệu đồng) đầu tư, nâng cấp hệ thống xử lý nước thải.")
    assert [(b.amount_text, b.part_of, b.funding_source) for b in doc.budget] == [
        ("158,4 triệu đồng", 1, "địa phương"), ("705 triệu đồng", None, None)]
    assert doc.budget[1].label == "tổng kinh phí đề án"


def test_registered_capital_is_an_indicator_not_money_to_spend():
    """Cà Mau: the registered capital of the province's firms ("tổng vốn đầu đăng ký trên 27.600
    tỷ đồng", as the copy wrote it) was a budget item of 27,600 billion, a thousand times any
    province's programme; it is a statistic of the firms, an indicator."""
    doc = extract_text(
        "Cà Mau hiện nay có trên 23.000 cơ sở sản xuất kinh doanh đang hoạt động, trong đó gần 4.400 doanh nghiệp và "
        "18.600 hộ kinh doanh cá thể, tổng vốn đầu đăng ký trên 27.600 tỷ đồng; trong đó doanh nghiệp nhỏ và vừa "
        "chiếm khoảng 80%.")
    assert doc.budget == []
    assert [(t.text, t.kind) for t in doc.targets if t.unit == "đồng"] == [("27.600 tỷ đồng", "indicator")]
    # the stock "đang hoạt động" (running, a state; not the "đang" of work under way) and its parts
    assert [(t.text, t.achieved) for t in doc.targets] == [
        ("23.000 cơ sở", True), ("4.400 doanh nghiệp", True), ("18.600 hộ", True), ("27.600 tỷ đồng", True)]


def test_a_small_firms_capital_ceiling_is_no_money_to_spend():
    """Bình Dương's guide to applying for support: the size of a small or medium firm ("tổng nguồn vốn
    tương đương tổng tài sản ... (không quá 100 tỷ)") was a 100 tỷ budget item in a page naming no money."""
    doc = extract_text(
        "(ghi chú: Doanh nghiệp nhỏ và vừa: thành lập, hoạt động theo Luật Doanh nghiệp có tổng nguồn vốn tương "
        "đương tổng tài sản được xác định trong bảng cân đối kế toán của doanh nghiệp (không quá 100 tỷ) hoặc số lao "
        "động bình quân năm (không quá 300 lao động).")
    assert doc.budget == []
    assert [(t.text, t.kind) for t in doc.targets if t.unit == "đồng"] == [("100 tỷ", "indicator")]


@pytest.mark.parametrize(("text", "sources"), [
    # Yên Bái, 2016-2020: the investment the support drew in is the firms' own money
    ("Việc hỗ trợ kinh phí khuyến công cho các cơ sở sản xuất công nghiệp nông thôn đã tạo việc làm thường xuyên cho "
     "trên 2.100 lao động trực tiếp và hàng nghìn lao động gián tiếp tại địa phương, thu hút các nguồn vốn đầu tư cho "
     "sản xuất công nghiệp được trên 208,295 tỷ đồng.", ["đối ứng"]),
    # Đồng Tháp, 2016-2020: money of other programmes beside khuyến công's
    ("Tổng nguồn vốn khuyến công Đồng Tháp thực hiện giai đoạn này là 126,8 tỷ đồng, (trong đó kinh phí khuyến công "
     "quốc gia hỗ trợ hơn 5,3 tỷ đồng, khuyến công địa phương hỗ trợ gần 23,8 tỷ đồng, hỗ trợ từ các chương trình "
     "khác tại địa phương là hơn 2,6 tỷ đồng)", [None, "quốc gia", "địa phương", "khác"]),
    # Đà Nẵng, 2005-2009: "thu hút" right before the amount, no "được"
    ("5 năm qua, hoạt động khuyến công Đà Nẵng đã thực hiện 24 đề án với tổng kinh phí 1.799 triệu đồng; triển khai 14 "
     "mô hình trình diễn kỹ thuật sản xuất, thu hút hơn 18 tỷ đồng vốn đầu tư, 10 đề án đào tạo nghề;", [None, "đối ứng"]),
    # ... but an amount after the verb names its own source; one before it is none of the drawn-in money
    ("Chương trình thu hút 3 tỷ đồng từ nguồn khuyến công quốc gia.", ["quốc gia"]),
    ("Với 2 tỷ đồng kinh phí khuyến công, tỉnh đã thu hút 10 tỷ đồng vốn đầu tư.", [None, "đối ứng"]),
    ("Năm 2023 tỉnh thu hút 25 tỷ đồng đầu tư của các cơ sở.", ["đối ứng"]),
    # ... and money drawn in from the state or other programmes is none of the beneficiaries'
    ("Năm 2023, Trung tâm Khuyến công đã tích cực tham mưu, thu hút 3 tỷ đồng kinh phí hỗ trợ của Trung ương cho các "
     "cơ sở trên địa bàn tỉnh.", [None]),
    ("Năm 2023, Trung tâm đã thu hút 1,2 tỷ đồng từ Chương trình mục tiêu quốc gia xây dựng nông thôn mới để hỗ trợ các "
     "cơ sở.", [None]),
])
def test_money_drawn_in_and_money_of_other_programmes_name_their_sources(text, sources):
    assert [b.funding_source for b in extract_text(text).budget] == sources


def test_a_total_split_by_source_has_none_whatever_its_label_says():
    """Yên Bái, 2016-2020: the total's own words name local money ("Tổng kinh phí khuyến công địa
    phương"), its parts national and local money: it kept "địa phương", so a sum by source gave
    24 tỷ of local money and none national. The second part's label ran back over the first
    part's count ("cho 33 đề án, kinh phí ...")."""
    doc = extract_text(
        "Tổng kinh phí khuyến công địa phương trên địa bàn tỉnh trong giai đoạn 2016- 2020 là 24,235 tỷ đồng hỗ trợ cho "
        "138 đề án khuyến công và các hoạt động khuyến công khác. Trong đó: kinh phí khuyến công quốc gia hỗ trợ 10,365 "
        "tỷ đồng cho 33 đề án, kinh phí khuyến công địa phương hỗ trợ 13,870 tỷ đồng cho 105 đề án và các hoạt động "
        "khuyến công khác.")
    assert [(b.amount_text, b.funding_source, b.part_of, b.label) for b in doc.budget] == [
        ("24,235 tỷ đồng", None, None, "Tổng kinh phí khuyến công địa phương trên địa bàn tỉnh trong giai đoạn 2016- 2020"),
        ("10,365 tỷ đồng", "quốc gia", 0, "kinh phí khuyến công quốc gia hỗ trợ"),
        ("13,870 tỷ đồng", "địa phương", 0, "kinh phí khuyến công địa phương hỗ trợ")]


def test_the_remainder_keeps_its_word_in_a_label():
    """Lâm Đồng, 2019: "còn lại 8 dự án ..." lost its "còn" (the "còn" of "while" is dropped)."""
    doc = extract_text(
        "Trong đó gồm 16 dự án hỗ trợ có thu hồi từ 3- 5 năm, định mức\nmỗi dự án từ 300- 500 triệu đồng; còn lại 8 dự "
        "án hỗ trợ không thu hồi từ 120-\n480 triệu đồng.")
    assert [b.label for b in doc.budget] == ["còn lại 8 dự án hỗ trợ không thu hồi"]


def test_a_remainder_after_a_semicolon_closes_the_parts_of_the_headlines_total():
    """Vĩnh Long: "...; số tiền còn lại do các cơ sở thụ hưởng đối ứng" closes the two parts of the
    376 tỷ as ", phần còn lại ..." does (the semicolon kept them apart: 492 tỷ were summed)."""
    doc = extract_text(
        "Vĩnh Long đầu tư gần 376 tỷ đồng cho khuyến công\nTrong đó, chương trình khuyến công quốc gia hỗ trợ 22,6 tỷ "
        "đồng, nguồn khuyến công địa phương hỗ trợ 93,48 tỷ đồng; số tiền còn lại do các cơ sở thụ hưởng đối ứng.\n")
    assert [(b.amount_text, b.part_of) for b in doc.budget] == [
        ("376 tỷ đồng", None), ("22,6 tỷ đồng", 0), ("93,48 tỷ đồng", 0)]


def test_a_total_split_by_source_after_commas_without_trong_do():
    """Hà Giang, 2021: "tổng kinh phí 435 triệu đồng, nguồn khuyến công địa phương hỗ trợ 200 triệu
    đồng, vốn đối ứng của đơn vị là 235 triệu đồng" splits the total exactly by source (870 triệu
    were summed)."""
    doc = extract_text(
        "Hỗ trợ ứng dụng máy móc thiết bị tiên tiến vào sản xuất chế biến chè xanh của Hợp tác xã thương mại vận tải Tuấn "
        "Băng ( huyện Xín Mần), hỗ trợ 3 máy sào chè bằng gas tổng kinh phí 435 triệu đồng, nguồn khuyến công địa phương "
        "hỗ trợ 200 triệu đồng, vốn đối ứng của đơn vị là 235 triệu đồng, hoạt động với công suất 50 tấn chè xanh/năm.")
    assert [(b.amount_text, b.funding_source, b.part_of) for b in doc.budget] == [
        ("435 triệu đồng", None, None), ("200 triệu đồng", "địa phương", 0), ("235 triệu đồng", "đối ứng", 0)]


def test_a_total_split_by_source_in_the_next_sentence_without_a_cue():
    """Vĩnh Long's 2026-2030 plan with its counterpart money written out: the split by source in the next sentence
    ("Theo kế hoạch, ...") had no cue word and summed the plan twice (751,2 tỷ)."""
    doc = extract_text(
        "Giai đoạn 2026–2030, tỉnh dự kiến triển khai các chương trình khuyến công với tổng nguồn vốn 375,6 tỷ đồng. Theo "
        "kế hoạch, chương trình khuyến công quốc gia hỗ trợ 22,6 tỷ đồng, nguồn khuyến công địa phương là 93,5 tỷ đồng, "
        "vốn đối ứng của các cơ sở là 259,5 tỷ đồng.")
    assert [(b.amount_text, b.funding_source, b.part_of) for b in doc.budget] == [
        ("375,6 tỷ đồng", None, None), ("22,6 tỷ đồng", "quốc gia", 0), ("93,5 tỷ đồng", "địa phương", 0),
        ("259,5 tỷ đồng", "đối ứng", 0)]
    # not when the next sentence holds more than the split, nor another year's money
    doc = extract_text("Năm 2023, tổng kinh phí thực hiện là 5 tỷ đồng. Kinh phí khuyến công quốc gia 2 tỷ đồng, kinh phí "
                       "khuyến công địa phương 3 tỷ đồng, vốn đối ứng 1 tỷ đồng.")
    assert [b.part_of for b in doc.budget] == [None, None, None, None]
    doc = extract_text("Năm 2023, tổng kinh phí thực hiện là 5 tỷ đồng. Năm 2024, kinh phí khuyến công quốc gia 2 tỷ đồng, "
                       "kinh phí khuyến công địa phương 3 tỷ đồng.")
    assert [b.part_of for b in doc.budget] == [None, None, None]


def test_a_papers_code_opening_the_lede_is_no_part_of_a_label():
    """Sóc Trăng news: "TBV - " (the paper's code before the lede's dash) opened the label of the plan's money."""
    doc = extract_text("TBV - Sở Công Thương Sóc Trăng đang nỗ lực hoàn thành Chương trình Khuyến công tỉnh giai đoạn 2016 - "
                       "2020, mục tiêu thực hiện 162 đề án với kinh phí 25 tỷ đồng.")
    assert doc.budget[0].label.startswith("Sở Công Thương Sóc Trăng đang nỗ lực")


def test_a_total_split_into_the_programmes_money_and_the_counterparts():
    """Đắk Lắk, 2021: "kinh phí khuyến công hỗ trợ" names the programme's money without its level,
    beside the counterpart's: the two add up to the total (its 4,899 tỷ were summed twice)."""
    doc = extract_text(
        "Do vậy, nghiệm thu, thanh quyết toán 14/16 đề án với tổng kinh phí thực hiện 4,899 tỷ đồng, kinh phí khuyến "
        "công hỗ trợ 1,759 tỷ đồng, kinh phí đối ứng 3,140 tỷ đồng.")
    assert [(b.amount_text, b.funding_source, b.part_of) for b in doc.budget] == [
        ("4,899 tỷ đồng", None, None), ("1,759 tỷ đồng", None, 0), ("3,140 tỷ đồng", "đối ứng", 0)]
    # the programme's money of the total's year is a part; of another year, none, whatever the sums
    doc = extract_text("Năm 2024, tổng kinh phí thực hiện các đề án là 5 tỷ đồng, kinh phí khuyến công năm 2024 hỗ trợ 2 "
                       "tỷ đồng, vốn đối ứng của các cơ sở 3 tỷ đồng.")
    assert [b.part_of for b in doc.budget] == [None, 0, 0]
    doc = extract_text("Năm 2023, tổng kinh phí khuyến công của tỉnh là 5 tỷ đồng, kinh phí khuyến công năm 2022 là 3 tỷ "
                       "đồng, ngân sách huyện bố trí 2 tỷ đồng cho các làng nghề.")
    assert doc.budget[1].part_of is None


def test_a_dot_before_ty_that_may_be_a_decimal_comma_is_flagged():
    """Đắk Lắk, 2021 (Tạp chí Công Thương): "4.899 tỷ đồng" for 14 projects is 4 899 tỷ as written,
    likely 4,899 tỷ: flagged, the amount kept as written; a round national figure is not, but one closing
    in 0 adding up with those that are not is (the page's third, "3.140 tỷ")."""
    text = ("Do vậy, nghiệm thu, thanh quyết toán 14/16 đề án với tổng kinh phí thực hiện 4.899 tỷ đồng, kinh phí khuyến "
            "công hỗ trợ 1.759 tỷ đồng, kinh phí đối ứng 3.140 tỷ đồng.")
    doc = extract_text(text)
    assert doc.budget[0].amount_vnd == 4_899_000_000_000
    flagged = [w.span for w in doc.warnings if w.code == "ambiguous_number"]
    assert [text[start:end] for start, end in flagged] == ["4.899 tỷ đồng", "1.759 tỷ đồng", "3.140 tỷ đồng"]
    for national in ("Từ nay đến 2020, ngân sách Nhà nước sẽ chi 8.500 tỷ đồng để khuyến khích phát triển công nghiệp - "
                     "tiểu thủ công nghiệp.", "Tổng kinh phí thực hiện Chương trình khuyến công quốc gia giai đoạn 2021 - "
                     "2025 dự kiến khoảng 1.250 tỷ đồng."):
        assert [w for w in extract_text(national).warnings if w.code == "ambiguous_number"] == []


def test_the_parts_of_one_sources_money_are_of_that_source():
    """Bình Định, 2017: "4 nhóm đề án KCĐP: ... (... 2,035 tỉ đồng); ... (... 262,5 triệu đồng); ..."
    named local money for its first item only; the others were of no source."""
    doc = extract_text(
        "(BĐ) - UBND tỉnh vừa phê duyệt Đề án khuyến công địa phương (KCĐP) năm 2017, 20 chương trình, đề án khuyến "
        "công, tổng kinh phí 2,52 tỉ đồng. Cụ thể, đó là 4 nhóm đề án KCĐP: Hỗ trợ xây dựng mô hình trình diễn kỹ thuật, "
        "Hỗ trợ ứng dụng máy móc tiên tiến vào sản xuất công nghiệp - tiểu thủ công nghiệp (gồm 13 chương trình, đề án "
        "với kinh phí hỗ trợ 2,035 tỉ đồng); Hỗ trợ xây dựng, đăng ký thương hiệu, phòng trưng bày để giới thiệu quảng "
        "bá sản phẩm và Tổ chức cuộc thi thiết kế, chế tác sản phẩm phục vụ du lịch (3 chương trình, đề án với kinh phí "
        "hỗ trợ 262,5 triệu đồng); Xây dựng các chương trình truyền hình, các hình thức thông tin đại chúng khác về phát "
        "triển ngành Công Thương (2 chương trình tuyên truyền về hoạt động khuyến công, 60 triệu đồng); Nâng cao năng "
        "lực quản lý và tổ chức thực hiện hoạt động khuyến công (2 chương trình, gần 162,5 triệu đồng)…")
    assert [(b.amount_text, b.funding_source, b.part_of) for b in doc.budget] == [
        ("2,52 tỉ đồng", "địa phương", None), ("2,035 tỉ đồng", "địa phương", 0), ("262,5 triệu đồng", "địa phương", 0),
        ("60 triệu đồng", "địa phương", 0), ("162,5 triệu đồng", "địa phương", 0)]


def test_the_provinces_budget_written_with_cua_and_a_label_after_trong_do():
    """Đắk Lắk, 2016-2020: "ngân sách của tỉnh" names local money as "ngân sách tỉnh" does; the
    label of an amount after ", trong đó," starts there, not at the sentence's subject."""
    doc = extract_text(
        "Đây là kế hoạch của UBND tỉnh Đắk Lắk giai đoạn 2016 – 2020, trong đó, kinh phí từ nguồn khuyến công quốc gia "
        "là 33 tỷ.\n\nTheo đó, hàng năm, tỉnh sẽ trích tối thiểu 0,1% tổng thu ngân sách của tỉnh (khoảng 3,5 tỷ/năm) để "
        "đầu tư cho các hoạt động khuyến công.")
    assert [(b.amount_text, b.label, b.funding_source) for b in doc.budget] == [
        ("33 tỷ", "kinh phí từ nguồn khuyến công quốc gia", "quốc gia"),
        ("3,5 tỷ", "Theo đó, hàng năm, tỉnh sẽ trích tối thiểu 0,1% tổng thu ngân sách của tỉnh", "địa phương")]


def test_a_label_after_a_semicolons_trong_do_starts_there_but_for_counts():
    """Gia Lai's 2024 plan: the local part's label ran back over "; trong đó," to the total's
    words; Bình Thuận, 2018: ";trong đó có 1 đề án ..." breaks down counts, the total's label stays whole."""
    doc = extract_text(
        "Năm 2024, Ủy ban nhân dân tỉnh Gia Lai phê duyệt kế hoạch khuyến công địa phương với tổng kinh phí là 4.068 "
        "triệu đồng cho 04 nội dung bao gồm 14 đề án; trong đó, kinh phí khuyến công địa phương hỗ trợ 2.178 triệu "
        "đồng, vốn đối ứng của các đơn vị thụ hưởng 1.890 triệu đồng.")
    assert [(b.label, b.part_of) for b in doc.budget[1:]] == [
        ("kinh phí khuyến công địa phương hỗ trợ", 0), ("vốn đối ứng của các đơn vị thụ hưởng", 0)]
    doc = extract_text("Kế hoạch khuyến công năm 2024 gồm 15 đề án, trong đó có 5 đề án khuyến công quốc gia với kinh "
                       "phí 2,5 tỷ đồng.")
    assert doc.budget[0].label == "có 5 đề án khuyến công quốc gia với kinh phí"  # after a comma, as it was
    doc = extract_text(
        "Năm 2018, cụ thể đã tổ chức thực hiện hoàn thành 05 đề án khuyến công quốc gia;trong đó có 1 đề án hỗ trợ hạ "
        "tầng cụm công nghiệp, 05 đề án khuyến công địa phương và 02 nội dung chi khác với tổng kinh phí thực hiện 4,66 "
        "tỷ đồng.")
    assert doc.budget[0].label.startswith("Năm 2018, cụ thể đã tổ chức thực hiện hoàn thành 05 đề án")


def test_a_papers_code_opening_the_lede_is_no_label_and_the_largest_ever_is_no_report():
    """Thừa Thiên Huế, 2017: "TTH - Trên 330 triệu đồng là số tiền ..." was labelled "TTH" (the
    paper's code); Hải Phòng, 2013: "lớn nhất từ trước đến nay" (the largest ever) made the fair's
    5 tỷ spent by its "đến nay"."""
    doc = extract_text(
        "TTH - Trên 330 triệu đồng là số tiền Sở Công thương hỗ trợ 6 cơ sở công nghiệp nông thôn (CNNT) trong tháng "
        "8/2017 để đầu tư máy móc, đào tạo nghề với mục đích nâng cao chất lượng và tạo sản phẩm mới từ nguồn kinh phí từ "
        "chương trình khuyến công (KC) địa phương.")
    assert doc.budget[0].label.startswith("là số tiền Sở Công thương hỗ trợ 6 cơ sở")
    doc = extract_text("Hội chợ được tổ chức với chi phí lớn nhất từ trước đến nay tại Hải Phòng. Khoảng gần 5 tỷ đồng "
                       "được chi cho sự kiện này.")
    assert [(b.amount_text, b.achieved) for b in doc.budget] == [("5 tỷ đồng", False)]


def test_two_sources_joined_by_a_semicolon_and_a_purpose_after_phuc_vu():
    """Bình Phước, 2023: "12 Đề án khuyến công quốc gia điểm; 14 Đề án khuyến công địa phương, với
    tổng kinh phí ..." is money of both sources (it was local); Bắc Giang, 2020: "630 triệu đồng
    phục vụ cho hoạt động tư vấn" is for consulting (it was labelled "Ngoài ra, UBND tỉnh còn phê
    duyệt"); Sóc Trăng: "thu hút 125,92 tỷ đồng vốn đối ứng ..." is labelled by its words after it."""
    doc = extract_text(
        "Năm 2023, Trung tâm Khuyến công và Tư vấn phát triển công nghiệp (TTKC) tỉnh Bình Phước được giao triển khai "
        "thực hiện 12 Đề án khuyến công quốc gia điểm; 14 Đề án khuyến công địa phương, với tổng kinh phí hỗ trợ hơn 5 tỷ "
        "đồng.")
    assert [(b.amount_text, b.funding_source) for b in doc.budget] == [("5 tỷ đồng", None)]
    doc = extract_text(
        "Ngoài ra, UBND tỉnh còn phê duyệt 630 triệu đồng phục vụ cho hoạt động tư vấn, trợ giúp cơ sở công nghiệp nông "
        "thôn và 440 triệu đồng để hỗ trợ phát triển sản phẩm công nghiệp nông thôn tiêu biểu.")
    assert [b.label for b in doc.budget] == [
        "phục vụ cho hoạt động tư vấn", "để hỗ trợ phát triển sản phẩm công nghiệp nông thôn tiêu biểu"]
    doc = extract_text(
        "TBV - Sở Công Thương Sóc Trăng đang nỗ lực hoàn thành Chương trình Khuyến công tỉnh giai đoạn 2016 - 2020, mục "
        "tiêu thực hiện 162 đề án với kinh phí 25 tỷ đồng, thu hút 125,92 tỷ đồng vốn đối ứng từ các đơn vị thụ hưởng.")
    assert [(b.label, b.funding_source) for b in doc.budget][1] == ("vốn đối ứng từ các đơn vị thụ hưởng", "đối ứng")


def test_a_line_opening_with_its_source_gives_it_to_its_amounts():
    """Hà Nam, 2022: "Đối với khuyến công địa phương: ... Từ năm 2021 đến nay, đã thực hiện hỗ trợ
    cho 16 cơ sở CNNT với tổng kinh phí thực hiện là 3.438 triệu đồng." is local money (it had no
    source: the lead-in is two sentences before the amount)."""
    doc = extract_text(
        "Đối với khuyến công địa phương: Sở Công Thương đã chủ động tham mưu cho tỉnh dành mọi nguồn lực hỗ trợ cho các "
        "cơ sở CNNT sản xuất CN - TTCN trên địa bàn. Từ năm 2021 đến nay, đã thực hiện hỗ trợ cho 16 cơ sở CNNT với tổng "
        "kinh phí thực hiện là 3.438 triệu đồng.")
    assert [(b.amount_text, b.funding_source, b.achieved) for b in doc.budget] == [("3.438 triệu đồng", "địa phương", True)]


def test_the_next_sentences_source_and_its_counterpart_complete_the_split():
    """Sóc Trăng, 2023: the 10,270 tỷ split "trong đó" into the national 2,620 and its counterpart
    3,422 tỷ; the next sentence gives the local 2,250 and its counterpart 1,978 tỷ, which complete
    it exactly (they were summed with it: 14,5 tỷ)."""
    doc = extract_text(
        "Năm 2023, Trung tâm Khuyến công và Tư vấn phát triển công nghiệp tỉnh được phê duyệt 2 đề án khuyến công quốc "
        "gia và 16 đề án khuyến công địa phương, tổng kinh phí khoảng 10,270 tỷ đồng, trong đó kinh phí khuyến công quốc "
        "gia hỗ trợ 2,620 tỷ đồng, đơn vị thụ hưởng đóng góp là 3,422 tỷ đồng. Khuyến công địa phương thực hiện 16 đề án "
        "với số tiền hỗ trợ 2,250 tỷ đồng, đơn vị thụ hưởng đóng góp 1,978 tỷ đồng.")
    assert [(b.amount_text, b.funding_source, b.part_of) for b in doc.budget] == [
        ("10,270 tỷ đồng", None, None), ("2,620 tỷ đồng", "quốc gia", 0), ("3,422 tỷ đồng", "đối ứng", 0),
        ("2,250 tỷ đồng", "địa phương", 0), ("1,978 tỷ đồng", "đối ứng", 0)]
    assert not [w for w in doc.warnings if w.code == "budget_sum_mismatch"]


def test_an_amount_up_to_is_a_ceiling_no_part_of_a_label():
    """Thừa Thiên Huế, Phong Điền 2015: "với tổng mức hỗ trợ lên đến 120 triệu đồng" is at most
    120 triệu ("lên đến" was the label's last words)."""
    doc = extract_text(
        "Được biết, năm 2015 huyện Phong Điền được hỗ trợ 3 đề án khuyến công với tổng mức hỗ trợ lên đến 120 triệu đồng.")
    assert [(b.amount_text, b.qualifier, b.label) for b in doc.budget] == [(
        "120 triệu đồng", "lên đến",
        "Được biết, năm 2015 huyện Phong Điền được hỗ trợ 3 đề án khuyến công với tổng mức hỗ trợ")]


def test_an_amount_counted_alone_is_a_part_of_the_whole_a_later_part_repeating_it_is_of():
    """A plan's task money in IV that V sets out again as the local programme's part of the year's whole: the first is
    a part of that whole too, so summing the amounts counted alone counts 4.200 triệu once."""
    doc = extract_text(
        "IV. NHIỆM VỤ\n\n1. Nhiệm vụ sử dụng kinh phí khuyến công địa phương, tổng cộng 4.200 triệu đồng.\n\n"
        "V. KINH PHÍ THỰC HIỆN\n\nTổng kinh phí thực hiện Kế hoạch năm 2026 dự kiến là 5.950 triệu đồng. Trong đó, kinh "
        "phí khuyến công địa phương là 4.200 triệu đồng; phần còn lại 1.750 triệu đồng do các cơ sở thụ hưởng đối ứng.")
    assert [(b.amount_text, b.part_of, b.restates) for b in doc.budget] == [
        ("4.200 triệu đồng", 1, None), ("5.950 triệu đồng", None, None), ("4.200 triệu đồng", 1, 0),
        ("1.750 triệu đồng", 1, None)]
