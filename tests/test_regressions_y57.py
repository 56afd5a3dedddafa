"""Probe audit Y57 (163 probes of aef703a: 8 regressions in 2 kinds), mended."""

import pytest

from khuyencong_extract.pipeline import extract_text


@pytest.mark.parametrize("lead_in", [
    # R1: a lead-in naming a plan or goals but reporting on them heads results
    "Tình hình thực hiện các chỉ tiêu kế hoạch năm 2024:",
    "Kết quả thực hiện các mục tiêu năm 2024:",
    "Kế hoạch năm 2024 đã thực hiện:",
    "Kế hoạch khuyến công năm 2024 được UBND tỉnh phê duyệt tại Quyết định số 120/QĐ-UBND, kết quả thực hiện:",
])
def test_a_lead_in_reporting_on_a_plan_heads_results(lead_in):
    text = lead_in + "\n- Hỗ trợ 12 đề án, đạt 100% kế hoạch;\n- Tổ chức 15 lớp đào tạo nghề, đạt 100% kế hoạch.\n"
    assert [(t.value, t.achieved) for t in extract_text(text).targets] == [
        (12, True), (100, True), (15, True), (100, True)]


def test_results_foreseen_are_no_results():
    text = "Dự kiến kết quả năm 2024:\n- Tổ chức 15 lớp đào tạo nghề, đạt 100% kế hoạch.\n"
    assert [(t.value, t.achieved) for t in extract_text(text).targets] == [(15, False), (100, False)]


@pytest.mark.parametrize("text", [
    # R2: a district's count repeats no other district's nor the province's goal
    "I. MỤC TIÊU\n1. Hỗ trợ 08 cơ sở ứng dụng máy móc thiết bị.\nII. NỘI DUNG\n"
    "1. Hỗ trợ máy móc thiết bị tại huyện Yên Lạc: 08 cơ sở.\n2. Hỗ trợ máy móc thiết bị tại huyện Vĩnh Tường: 08 cơ sở.\n",
    "I. MỤC TIÊU\n1. Tổ chức 02 lớp đào tạo nghề tại huyện Yên Lạc; 02 lớp đào tạo nghề tại huyện Vĩnh Tường.\n"
    "II. NỘI DUNG\n1. Tổ chức đào tạo nghề cho lao động nông thôn tại huyện Tam Dương: 02 lớp.\n",
])
def test_counts_of_other_places_repeat_nothing(text):
    assert [t.restates for t in extract_text(text).targets] == [None, None, None]


def test_a_count_naming_no_place_may_repeat_one_naming_its_place():
    # ... while "01 lớp ... còn lại" in the tasks repeats the class at Lục Nam the results named
    text = ("I. KẾT QUẢ THỰC HIỆN 9 THÁNG NĂM 2025\n- Đào tạo nghề: kế hoạch 4 lớp, thực hiện 3 lớp; 01 lớp đan tre tại "
            "xã Lục Nam đang tuyển sinh.\nII. NHIỆM VỤ 3 THÁNG CUỐI NĂM 2025\n- Tổ chức 01 lớp đào tạo nghề còn lại.\n")
    targets = extract_text(text).targets
    assert [(t.value, t.restates) for t in targets][-1] == (1, 2)
