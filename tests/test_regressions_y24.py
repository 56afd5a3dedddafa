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
