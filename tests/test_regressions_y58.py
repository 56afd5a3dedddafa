"""Probe audit Y58 (119 probes of 0369e04: 11 regressions in 6 kinds), mended."""

import pytest

from khuyencong_extract.pipeline import extract_text


@pytest.mark.parametrize("lead_in, done", [
    # R1: a plan set out, or resting on results, heads a plan
    ("Kế hoạch năm 2025 đã được phê duyệt như sau:", False),
    ("Kế hoạch năm 2025 căn cứ kết quả thực hiện năm 2024:", False),
    ("Mục tiêu năm 2025 trên cơ sở tình hình thực tế:", False),
    ("Kết quả dự kiến năm 2025:", False),
    # R2: results compared with a plan foreseen are results
    ("So với kế hoạch dự kiến đầu năm, kết quả như sau:", True),
])
def test_what_a_lead_in_naming_a_plan_heads(lead_in, done):
    text = lead_in + "\n- Tổ chức 15 lớp đào tạo nghề, đạt 100% kế hoạch;\n- Giải ngân 5.000 triệu đồng, đạt 100% kế hoạch.\n"
    document = extract_text(text)
    assert [t.achieved for t in document.targets] == [done] * 3
    assert [b.achieved for b in document.budget] == [done]


@pytest.mark.parametrize("goal, content", [
    # R3: the same places in another order; R5: "TP." is "thành phố"
    ("tại xã Tề Lỗ và xã Trung Nguyên", "tại xã Trung Nguyên và xã Tề Lỗ"),
    ("tại huyện Sông Lô, thành phố Vĩnh Yên", "tại thành phố Vĩnh Yên, huyện Sông Lô"),
    ("tại TP. Vĩnh Yên", "tại thành phố Vĩnh Yên"),
])
def test_the_same_places_written_otherwise_repeat(goal, content):
    text = (f"I. MỤC TIÊU\n1. Tổ chức 02 lớp đào tạo nghề {goal}.\nII. NỘI DUNG\n"
            f"1. Tổ chức 02 lớp đào tạo nghề {content}.\n")
    assert [t.restates for t in extract_text(text).targets] == [None, 0]


def test_a_whole_takes_no_place_of_its_breakdown():
    # R4: the contents' 08 names no place of its own; the districts' counts after "trong đó" are its parts
    text = ("I. MỤC TIÊU\n1. Hỗ trợ 08 cơ sở ứng dụng máy móc thiết bị.\nII. NỘI DUNG\n1. Hỗ trợ 08 cơ sở ứng dụng máy "
            "móc thiết bị, trong đó huyện Yên Lạc 03 cơ sở, huyện Vĩnh Tường 05 cơ sở.\n")
    assert [(t.value, t.restates, t.part_of) for t in extract_text(text).targets] == [
        (8, None, None), (8, 0, None), (3, None, 0), (5, None, 0)]


def test_a_word_only_starting_like_a_body_is_none():
    # R6: stationery is no body: no duty of its own, no warning (the department named with it has its duty, Y59 R2)
    text = ("IV. TỔ CHỨC THỰC HIỆN\n1. Sở Công Thương chủ trì triển khai Kế hoạch.\n"
            "2. Văn phòng phẩm và Sở Tài chính bố trí kinh phí mua sắm.\n")
    document = extract_text(text)
    assert [d.agency for d in document.duties] == ["Sở Công Thương", "Sở Tài chính"]
    assert "unknown_agency" not in [w.code for w in document.warnings]


@pytest.mark.parametrize("lead_in, done", [
    # wrong at both ends of the audit: a forecast word modifying what is reported is no forecast
    ("Kết quả thực hiện các chỉ tiêu phấn đấu năm 2024:", True),
    ("Kết quả thực hiện năm 2024 và sẽ tiếp tục triển khai trong năm 2025:", True),
    ("Các đề án dự kiến triển khai trong năm 2024 đã hoàn thành:", True),
    ("Phấn đấu năm 2025:", False),
    # Y60 R3: forecasts after a comparison or with words between "Kết quả" and "dự kiến"; not the report's own passive
    ("So với cùng kỳ năm 2023, dự kiến kết quả năm 2024 như sau:", False),
    ("Kết quả thực hiện dự kiến đến hết năm 2024:", False),
    ("Kết quả thực hiện Kế hoạch số 12/KH-UBND ngày 10/3/2023 sẽ được tổng hợp như sau:", True),
])
def test_a_forecast_word_in_a_lead_in_reporting_results(lead_in, done):
    text = lead_in + "\n- Tổ chức 15 lớp đào tạo nghề, đạt 100% kế hoạch;\n- Hỗ trợ 12 đề án, đạt 100% kế hoạch.\n"
    assert [t.achieved for t in extract_text(text).targets] == [done] * 4


def test_a_district_named_in_capitals_at_its_items_head():
    # wrong at both: "Huyện Yên Lạc:" is a place too
    text = ("I. MỤC TIÊU\n1. Huyện Yên Lạc: hỗ trợ 08 cơ sở ứng dụng máy móc thiết bị.\nII. NỘI DUNG\n"
            "1. Huyện Vĩnh Tường: hỗ trợ 08 cơ sở ứng dụng máy móc thiết bị.\n")
    assert [t.restates for t in extract_text(text).targets] == [None, None]
