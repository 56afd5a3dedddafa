"""Probe audit Y56 (152 probes of 6d51987: 15 regressions in 4 kinds), mended."""

import pytest

from khuyencong_extract.pipeline import extract_text


@pytest.mark.parametrize("text", [
    # R1: a plan's or a goal's figures over their whole, with the share they make, are no results
    "Kế hoạch năm 2025: hỗ trợ 45/50 cơ sở, đạt 90% mục tiêu giai đoạn.",
    "Kế hoạch năm 2025, hỗ trợ 45/50 cơ sở, đạt 90% mục tiêu Chương trình.",
    "Chỉ tiêu năm 2025: hỗ trợ 45/50 cơ sở, đạt 90%.",
    "Kế hoạch năm 2025:\n- Hỗ trợ máy móc thiết bị: 45/50 cơ sở, đạt 90%;\n- Đào tạo nghề: 1.200/1.500 lao động, đạt 80%.",
    "Nhiệm vụ năm 2025:\n- Đào tạo nghề: 1.200/1.500 lao động, đạt 80%.",
    "Mục tiêu đến năm 2025:\n- Hỗ trợ máy móc thiết bị: 45/50 cơ sở, đạt 90%;\n- Đào tạo nghề: 1.350/1.500 lao động, đạt 90%.",
    # R2: nor is a goal list's share of the plan, its figure nor its percentage
    "Mục tiêu năm 2025:\n- Đào tạo nghề: 1.500 lao động, đạt 100% kế hoạch;\n- Hỗ trợ máy móc: 25 cơ sở, đạt 83% kế hoạch.",
    "Kế hoạch năm 2025: giải ngân 5.000 triệu đồng, đạt 100% kế hoạch.",
])
def test_a_plans_figures_and_shares_are_not_done(text):
    document = extract_text(text + "\n")
    assert document.targets and not any(t.achieved for t in document.targets)
    assert not any(b.achieved for b in document.budget)


def test_results_compared_with_the_programmes_goal_stay_done():
    # ... while the lead-in comparing results with the goal (Y52 E8) reports them
    text = ("So với mục tiêu Chương trình giai đoạn 2021-2025:\n- Hỗ trợ ứng dụng máy móc thiết bị: 31/50 cơ sở, đạt 62%;\n"
            "- Đào tạo nghề, truyền nghề: 640/1.200 lao động, đạt 53,3%.\n")
    assert [t.achieved for t in extract_text(text).targets] == [True, True, True, True]


def test_a_districts_money_after_the_provinces_is_no_part_of_it():
    # R3: the province's total and its "trong đó" list; the district's money is an item of its own
    text = ("III. KINH PHÍ THỰC HIỆN\n- Ngân sách tỉnh 3.000 triệu đồng, trong đó kinh phí khuyến công 2.400 triệu đồng;\n"
            "- ngân sách huyện 800 triệu đồng.\n")
    document = extract_text(text)
    assert [b.part_of for b in document.budget] == [None, 0, None]
    assert "budget_sum_mismatch" not in [w.code for w in document.warnings]


def test_the_ministrys_allotment_after_a_running_total_in_another_clause():
    # R4: only the running total's own clause reports
    text = ("I. KẾT QUẢ THỰC HIỆN NĂM 2024\nNăm 2024, tỉnh được Bộ Công Thương hỗ trợ 03 đề án, nâng tổng số đề án lên "
            "11 đề án; đồng thời hỗ trợ 02 đề án khác với kinh phí 500 triệu đồng.\n")
    document = extract_text(text)
    assert [(t.value, t.achieved) for t in document.targets] == [(3, False), (11, True), (2, False)]
    assert [b.achieved for b in document.budget] == [False]


def test_a_forecast_under_the_tasks_to_come():
    # the estimate of the whole year under a heading of the last quarter's tasks is no money spent
    text = ("BÁO CÁO\nKết quả thực hiện công tác khuyến công 9 tháng đầu năm 2025\nI. KẾT QUẢ THỰC HIỆN\n"
            "Kinh phí giải ngân 9 tháng đạt 4.050 triệu đồng.\nII. NHIỆM VỤ 3 THÁNG CUỐI NĂM 2025\n"
            "1. Tổ chức 2 lớp đào tạo nghề còn lại; ước cả năm giải ngân 9.600 triệu đồng, đạt 96% kế hoạch.\n")
    document = extract_text(text)
    assert [(b.amount_vnd, b.achieved) for b in document.budget] == [(4_050_000_000, True), (9_600_000_000, False)]
