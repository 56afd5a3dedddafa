"""Findings of this session's probe audit (Y24) and of the passages earlier audits left wrong at both ends: each a
passage a rule read wrong, written as the texts it came from write it."""

import pytest

from khuyencong_extract.pipeline import extract_text


def categories(text: str) -> list[tuple[float, str, str]]:
    return [(t.value, t.unit, t.category) for t in extract_text(text).targets]


@pytest.mark.parametrize("text, expected", [
    # a count listed after "và" inside another activity's phrase: its own item names its category
    ("Năm 2024, Sở Công Thương đặt mục tiêu hỗ trợ 15 cơ sở công nghiệp nông thôn ứng dụng máy móc thiết bị, tổ chức "
     "5 lớp đào tạo nghề cho 150 lao động và 2 hội chợ triển lãm.",
     [(15, "cơ sở", "demonstration_technology"), (5, "lớp", "training"), (150, "lao động", "training"),
      (2, "hội chợ", "rural_products")]),
    # a count of beneficiaries listed after "và" keeps the phrase's (the sentence names the fairs for all)
    ("Năm 2023, Trung tâm đã hỗ trợ 3 cơ sở, tổ chức 2 hội chợ triển lãm với 150 gian hàng và 80 doanh nghiệp.",
     [(3, "cơ sở", "rural_products"), (2, "hội chợ", "rural_products"), (150, "gian hàng", "rural_products"),
      (80, "doanh nghiệp", "rural_products")]),
])
def test_a_count_listed_after_va_in_another_activitys_phrase_takes_its_own_items_category(text, expected):
    assert categories(text) == expected


def duties(text: str) -> list[tuple[str, str]]:
    return [(d.agency_id, d.text) for d in extract_text(text).duties]


@pytest.mark.parametrize("text, expected", [
    # a speaker asking the makers (no agency) for something, then giving the centre its task
    ("Phát biểu tại hội nghị, lãnh đạo Sở Công Thương đề nghị các cơ sở tiếp tục phát huy hiệu quả máy móc được hỗ "
     "trợ; đồng thời giao Trung tâm Khuyến công và Tư vấn phát triển công nghiệp tiếp tục hướng dẫn các cơ sở xây dựng "
     "đề án năm 2024.",
     [("trung_tam_khuyen_cong", "đồng thời giao Trung tâm Khuyến công và Tư vấn phát triển công nghiệp tiếp tục hướng "
                                "dẫn các cơ sở xây dựng đề án năm 2024.")]),
    # after a comma, past the reach of an opening clause
    ("Sở Công Thương đề nghị các cơ sở tiếp tục phát huy hiệu quả, đồng thời giao Trung tâm Khuyến công tiếp tục hướng "
     "dẫn các cơ sở xây dựng đề án năm 2024.",
     [("trung_tam_khuyen_cong", "đồng thời giao Trung tâm Khuyến công tiếp tục hướng dẫn các cơ sở xây dựng đề án năm "
                                "2024.")]),
    # an agency's own task, then another's after "đồng thời đề nghị": one duty each
    ("Sở Công Thương chủ trì tổ chức thực hiện kế hoạch, đồng thời đề nghị Sở Tài chính bố trí kinh phí.",
     [("so_cong_thuong", "Sở Công Thương chủ trì tổ chức thực hiện kế hoạch"),
      ("so_tai_chinh", "đồng thời đề nghị Sở Tài chính bố trí kinh phí.")]),
    # "đồng thời" and a verb of its own: the same agency's second task, one clause
    ("Sở Công Thương chủ trì tổ chức thực hiện kế hoạch, đồng thời hướng dẫn các địa phương triển khai.",
     [("so_cong_thuong", "Sở Công Thương chủ trì tổ chức thực hiện kế hoạch, đồng thời hướng dẫn các địa phương triển "
                         "khai.")]),
])
def test_dong_thoi_and_a_giving_word_opens_a_clause_of_the_agency_given_the_task(text, expected):
    assert duties(text) == expected
