"""Findings of the probe audits and re-reading audits of the session of 2026-12-07: each a passage a rule read wrong,
written as the provinces' texts write it, and what a reader takes from it."""

import pytest

from khuyencong_extract.pipeline import extract_text


def targets(text: str) -> list[tuple[float, str, bool, int | None]]:
    return [(t.value, t.unit, t.achieved, t.part_of) for t in extract_text(text).targets]


def amounts(text: str) -> list[tuple[int, bool, int | None]]:
    return [(b.amount_vnd // 1_000_000, b.achieved, b.part_of) for b in extract_text(text).budget]


_RESULTS_HEADING = "2. Kết quả thực hiện các đề án\n"
_LIST = "- Hỗ trợ 5 cơ sở ứng dụng máy móc thiết bị;\n- Tổ chức 3 lớp đào tạo nghề."


# Probe audit Y30 (of 8c84f3d..738c5d0, 204 probes): R1-R5, a negated verb of work ("không tổ chức 2 lớp") is work not
# done for its own figure and its clause's money only, not for what a later clause, sentence or paragraph reports.
@pytest.mark.parametrize("text, expected_targets, expected_amounts", [
    ("Năm 2023, Trung tâm đã tổ chức 8 lớp tập huấn, không tổ chức 2 lớp do dịch bệnh; tổ chức 3 hội thảo với kinh phí "
     "90 triệu đồng.", [(8, "lớp", True, None), (2, "lớp", False, None), (3, "hội thảo", True, None)], [(90, True, None)]),
    ("Năm 2023, Trung tâm Khuyến công đã tổ chức 8 lớp tập huấn, không tổ chức 2 lớp do dịch bệnh. Kinh phí thực hiện 640 "
     "triệu đồng.", [(8, "lớp", True, None), (2, "lớp", False, None)], [(640, True, None)]),
    ("Đến nay, Trung tâm đã triển khai 14 đề án, không triển khai 1 đề án; giải ngân 1.850 triệu đồng, đạt 95% kế hoạch.",
     [(14, "đề án", True, None), (1, "đề án", False, None), (95, "%", True, None)], [(1850, True, None)]),
    ("Năm 2023, Trung tâm đã tổ chức 8 lớp, không mở được 1 lớp; hỗ trợ 6 cơ sở ứng dụng máy móc thiết bị với kinh phí "
     "600 triệu đồng.", [(8, "lớp", True, None), (1, "lớp", False, None), (6, "cơ sở", True, None)], [(600, True, None)]),
    # the money of the negated verb's own clause stays not done (Y29's R2)
    ("Năm 2024, Trung tâm đã mở 6 lớp đào tạo nghề cho 180 lao động; không mở được 1 lớp tại huyện Mường Lát với kinh phí "
     "45 triệu đồng.", [(6, "lớp", True, None), (180, "lao động", True, None), (1, "lớp", False, None)],
     [(45, False, None)]),
    (_RESULTS_HEADING + "Trung tâm không thực hiện 2 đề án do cơ sở xin rút.\n" + _LIST,
     [(2, "đề án", False, None), (5, "cơ sở", True, None), (3, "lớp", True, None)], []),
])
def test_a_negated_verb_of_work_reaches_its_own_clause_only(text, expected_targets, expected_amounts):
    assert targets(text) == expected_targets
    assert amounts(text) == expected_amounts


# R6: a paragraph under a heading of results with no tense word reports no work when it names a plan or a request.
@pytest.mark.parametrize("paragraph, done", [
    ("Kế hoạch khuyến công năm 2025 gồm 8 đề án.", False),
    ("Trung tâm đề xuất 8 đề án khuyến công quốc gia năm 2025.", False),
    ("Trung tâm đăng ký 8 đề án khuyến công quốc gia.", False),
    ("Năm 2024, Trung tâm đạt mục tiêu đề ra.", True),  # a goal met (Y29's R5)
])
def test_a_paragraph_naming_a_plan_over_a_list_under_a_results_heading(paragraph, done):
    listed = targets(_RESULTS_HEADING + paragraph + "\n" + _LIST)[-2:]
    assert listed == [(5, "cơ sở", done, None), (3, "lớp", done, None)]


def test_a_closing_totals_items_are_not_parts_of_an_equal_amount_of_another_year():
    # R7: the 2023 amount before the list's lead-in has the total's value by chance
    text = ("Năm 2023 đã hỗ trợ 8 đề án với kinh phí 1.000 triệu đồng.\n"
            "Năm 2024, UBND tỉnh phân bổ kinh phí khuyến công địa phương, cụ thể:\n"
            "- Đề án hỗ trợ máy móc thiết bị cho cơ sở A: 400 triệu đồng;\n"
            "- Đề án hỗ trợ máy móc thiết bị cho cơ sở B: 350 triệu đồng;\n"
            "- Đề án đào tạo nghề: 250 triệu đồng.\n"
            "Tổng cộng: 03 đề án, 1.000 triệu đồng.")
    assert [part for _, _, part in amounts(text)] == [None, 4, 4, 4, None]
    text = ("Năm 2023 đã giải ngân 1.000 triệu đồng. Năm 2024, kinh phí phân bổ cho các huyện, cụ thể:\n"
            "- Tại huyện Tam Đường: 600 triệu đồng;\n- Tại huyện Than Uyên: 400 triệu đồng.\nTổng cộng: 1.000 triệu đồng.")
    assert [part for _, _, part in amounts(text)] == [None, 3, 3, None]


@pytest.mark.parametrize("text, expected", [
    # R8: "đạt kết quả" after a goal's label is its result
    ("Mục tiêu năm 2024: hỗ trợ 10 cơ sở, đạt kết quả 12 cơ sở.", [(10, "cơ sở", False, None), (12, "cơ sở", True, None)]),
    # R10: a count's own "đã" and verb of work after its noun: done (not a passive of approving), and no result of the
    # task after it
    ("Nhiệm vụ năm 2025: đánh giá kết quả 05 đề án đã thực hiện năm 2024, triển khai 08 đề án mới.",
     [(5, "đề án", True, None), (8, "đề án", False, None)]),
    ("Nhiệm vụ năm 2025: hoàn thành 4 đề án đã được phê duyệt.", [(4, "đề án", False, None)]),
])
def test_results_and_tasks_after_a_label_of_work_to_come(text, expected):
    assert targets(text) == expected


def test_a_request_with_a_word_before_its_count_lists_no_results():
    # R9: "đăng ký hỗ trợ cho 02 cơ sở"
    text = ("2. Kết quả thực hiện\nNăm 2024, huyện đăng ký hỗ trợ cho 02 cơ sở, cụ thể:\n"
            "- Hỗ trợ cơ sở A ứng dụng máy móc thiết bị, kinh phí 300 triệu đồng;\n"
            "- Hỗ trợ cơ sở B xây dựng mô hình trình diễn, kinh phí 500 triệu đồng.")
    assert amounts(text) == [(300, False, None), (500, False, None)]


# Wrong at both ends of Y29 and Y30: a goal met after a figure's noun, in its clause, reports the figure as done (not a
# plan's "phấn đấu ...", "sẽ ...", nor a goal's label); the share reached is done with it (Y52 E8).
@pytest.mark.parametrize("text, expected", [
    ("Năm 2024 hỗ trợ 38 cơ sở, đạt 95% mục tiêu đề ra.", [(38, "cơ sở", True, None), (95, "%", True, None)]),
    ("Năm 2024, Trung tâm hỗ trợ 40 cơ sở, vượt mục tiêu đề ra.", [(40, "cơ sở", True, None)]),
    ("Hỗ trợ 15 cơ sở, đạt 75% mục tiêu; phấn đấu năm 2025 hỗ trợ thêm 5 cơ sở.",
     [(15, "cơ sở", True, None), (75, "%", True, None), (5, "cơ sở", False, None)]),
    ("Phấn đấu năm 2025 hỗ trợ 38 cơ sở, đạt 100% kế hoạch.", [(38, "cơ sở", False, None), (100, "%", False, None)]),
    ("Mục tiêu năm 2025: hỗ trợ 38 cơ sở, đạt 100% kế hoạch đề ra.",
     [(38, "cơ sở", False, None), (100, "%", False, None)]),
    ("Năm 2025 sẽ hỗ trợ 38 cơ sở, vượt mục tiêu giai đoạn.", [(38, "cơ sở", False, None)]),
])
def test_a_goal_met_after_a_figures_noun_reports_it(text, expected):
    assert targets(text) == expected


def test_money_disbursed_before_a_goal_met_is_done():
    assert amounts("Năm 2024, Trung tâm giải ngân 1.800 triệu đồng, đạt 90% mục tiêu.") == [(1800, True, None)]


_REPORT = ("BÁO CÁO\nKết quả thực hiện công tác khuyến công năm 2024\n\nI. KẾT QUẢ THỰC HIỆN NĂM 2024\n"
           "1. Công tác đào tạo nghề\n{body}\nII. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025\nTổ chức 12 lớp đào tạo nghề; hỗ trợ 8 cơ sở.\n")


# A sentence with no tense word in a Roman part of results reports work done (reports write "Năm 2024, Trung tâm tổ
# chức 15 lớp ..." as often as "... đã tổ chức ..."), but for work assigned or money allotted, a plan's words in its
# clause, or a list under a plan's lead-in; the next part's tasks stay planned.
@pytest.mark.parametrize("body, expected", [
    ("Năm 2024, Trung tâm tổ chức 15 lớp đào tạo nghề cho 450 lao động.", [True, True]),
    ("Năm 2024, Sở Công Thương được UBND tỉnh giao thực hiện 11 đề án khuyến công địa phương.", [False]),
    ("Đào tạo nghề: kế hoạch giao 6 lớp.", [False]),
    ("Năm 2025, Trung tâm dự kiến tổ chức 10 lớp.", [False]),
    ("Kế hoạch năm 2025 như sau:\n- Tổ chức 10 lớp đào tạo nghề.", [False]),
    ("Kết quả cụ thể:\n- Tổ chức 10 lớp đào tạo nghề;\n- Hỗ trợ 5 cơ sở.", [True, True]),
])
def test_a_sentence_with_no_tense_word_in_a_part_of_results(body, expected):
    found = extract_text(_REPORT.format(body=body)).targets
    assert [t.achieved for t in found] == expected + [False, False]  # (the next part's 12 lớp and 8 cơ sở)


def test_lettered_items_under_a_heading_of_results_in_a_five_year_review():
    # Y31's E2 (Bà Rịa - Vũng Tàu, a review of 2021-2025): the goal's line after them stays a goal
    text = ("I. KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH GIAI ĐOẠN 2021 - 2025\n3. Kết quả theo nội dung hoạt động\n"
            "a) Hỗ trợ ứng dụng máy móc thiết bị tiên tiến: 28 đề án cho 28 cơ sở chế biến hải sản, nước mắm, cơ khí.\n"
            "b) Đào tạo nghề, nâng cao tay nghề: 9 đề án với 24 lớp cho 720 lao động.\n"
            "So với mục tiêu Chương trình đề ra (50 đề án), số đề án thực hiện đạt 104%.\n")
    assert [(t.value, t.achieved) for t in extract_text(text).targets][:6] == [
        (28, True), (28, True), (9, True), (24, True), (720, True), (50, False)]


def test_a_paragraph_right_under_a_marked_heading_of_results_and_support_received():
    # Y29's wrong-at-both "Năm 2024, Trung tâm triển khai 10 đề án, giải ngân ..."; Y31's E14 (a district's support
    # received in the year under review, its lead-in over items all done)
    text = "2. Kết quả thực hiện các đề án\nNăm 2024, Trung tâm triển khai 10 đề án, giải ngân 1.500 triệu đồng.\n"
    assert targets(text) == [(10, "đề án", True, None)] and amounts(text) == [(1500, True, None)]
    text = ("II. KẾT QUẢ THỰC HIỆN NĂM 2024\nNăm 2024, huyện được Sở Công Thương hỗ trợ 03 đề án khuyến công địa phương "
            "với tổng kinh phí 410 triệu đồng, cụ thể:\n- Đề án hỗ trợ máy sấy cho cơ sở A: 150 triệu đồng;\n"
            "- Đề án hỗ trợ máy dệt cho cơ sở B: 260 triệu đồng.\n")
    assert [b.achieved for b in extract_text(text).budget] == [True, True, True]


def categories(text: str) -> list[tuple[float, str, str]]:
    return [(t.value, t.unit, t.category) for t in extract_text(text).targets]


# Y31's E1: a whole names none of its parts' activities ("trong đó ..."), nor of the next activity of its clause after
# a comma (not the projects' own work after "hỗ trợ"); the contest's recognised products are its.
@pytest.mark.parametrize("text, expected", [
    ("Phấn đấu hỗ trợ 50 cơ sở công nghiệp nông thôn, trong đó: 13 cơ sở ứng dụng máy móc thiết bị tiên tiến; 30 lượt cơ "
     "sở tham gia hội chợ; 7 cơ sở xây dựng thương hiệu.",
     [(50, "cơ sở", "other"), (13, "cơ sở", "demonstration_technology"), (30, "lượt cơ sở", "rural_products"),
      (7, "cơ sở", "rural_products")]),
    ("Năm 2024, tỉnh hỗ trợ 20 cơ sở, trong đó có 5 cơ sở áp dụng sản xuất sạch hơn.",
     [(20, "cơ sở", "other"), (5, "cơ sở", "cleaner_production")]),
    ("Năm 2025, Sở Công Thương dự kiến triển khai 18 đề án, tổ chức Hội chợ hàng công nghiệp nông thôn tiêu biểu với quy "
     "mô 120 gian hàng.", [(18, "đề án", "other"), (120, "gian hàng", "rural_products")]),
    ("Năm 2025 sẽ tập trung hỗ trợ 16 cơ sở, tổ chức 4 lớp đào tạo nghề và đưa 10 cơ sở tham gia hội chợ ngoài tỉnh.",
     [(16, "cơ sở", "other"), (4, "lớp", "training")]),  # (the fairs' 10: below)
    ("Năm 2023, tỉnh được Bộ Công Thương phê duyệt 2 đề án khuyến công quốc gia với kinh phí 850 triệu đồng, hỗ trợ 2 cơ "
     "sở chế biến hải sản khô đầu tư dây chuyền công nghệ.",
     [(2, "đề án", "demonstration_technology"), (2, "cơ sở", "demonstration_technology")]),
    ("Phấn đấu năm 2025 có 40 sản phẩm được công nhận, trong đó 10 sản phẩm cấp khu vực và 30 sản phẩm cấp tỉnh.",
     [(40, "sản phẩm", "rural_products"), (10, "sản phẩm", "rural_products"), (30, "sản phẩm", "rural_products")]),
    # support in general, no consulting's "trợ giúp"
    ("Năm qua nguồn kinh phí khuyến công còn hỗ trợ giúp các doanh nghiệp trong tỉnh với 23 đề án.",
     [(23, "đề án", "other")]),
])
def test_a_wholes_category_is_none_of_its_parts_nor_of_the_next_activity(text, expected):
    assert categories(text)[:len(expected)] == expected


def test_a_count_after_va_dua_takes_its_own_phrases_category():
    # Y31's E11 (mended in the session after, Y39's E1 too)
    text = "Năm 2025 sẽ tập trung hỗ trợ 16 cơ sở, tổ chức 4 lớp đào tạo nghề và đưa 10 cơ sở tham gia hội chợ ngoài tỉnh."
    assert categories(text)[2] == (10, "cơ sở", "rural_products")


def test_a_plan_of_next_year_restates_no_equal_plan_figure_of_this_year():
    # Y31's E3: two years' plans in two Roman parts whose headings name other years
    text = ("I. KẾT QUẢ THỰC HIỆN NĂM 2024\n1. Đào tạo nghề: kế hoạch giao 6 lớp, thực hiện 6 lớp.\n"
            "II. KẾ HOẠCH NĂM 2025\n1. Tổ chức 6 lớp đào tạo nghề cho khoảng 200 lao động.\n")
    assert [(t.value, t.achieved, t.restates) for t in extract_text(text).targets] == [
        (6, False, None), (6, True, None), (6, False, None), (200, False, None)]
    text = ("I. MỤC TIÊU ĐẾN NĂM 2025\nĐào tạo nghề cho 300 lao động.\nII. NHIỆM VỤ GIAI ĐOẠN 2021 - 2025\n"
            "Hỗ trợ đào tạo nghề cho 300 lao động.\n")
    assert [t.restates for t in extract_text(text).targets] == [None, 0]  # a plan's goals, then its tasks


def test_a_listed_count_still_enrolling_is_not_done():
    # Y31's E9, Y26's wrong-at-both "1 lớp đang tuyển sinh"
    text = "- Đào tạo nghề: đã tổ chức 2 lớp đào tạo nghề mây tre đan cho 70 lao động; 1 lớp còn lại đang tuyển sinh."
    assert targets(text) == [(2, "lớp", True, None), (70, "lao động", True, None), (1, "lớp", False, None)]


@pytest.mark.parametrize("text, province", [
    ("làng nghề dệt Hòa Bình", None),  # a craft village named like a province (Y31's E13)
    ("Hỗ trợ máy dệt cho Hợp tác xã dệt thổ cẩm Hòa Bình", None),  # a cooperative's name, its trade in lower case
    ("Công ty TNHH chè Thái Bình", None),
    ("làng nghề truyền thống tỉnh Hòa Bình", "Hòa Bình"),  # the province after its level word
    ("Làng nghề Thái Bình", "Thái Bình"),  # no craft named: the province's craft villages
    ("Công ty chè tại tỉnh Thái Bình", "Thái Bình"),
])
def test_a_village_or_a_cooperative_named_like_a_province_names_none(text, province):
    from khuyencong_extract.issuers import find_province
    assert find_province(text) == province


def test_a_district_report_naming_a_craft_village_like_another_province_keeps_its_own():
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN CHỢ MỚI\nPHÒNG KINH TẾ\nSố: 215/BC-PKT\nChợ Mới, ngày 5 tháng 12 năm 2024\n\nBÁO CÁO\n"
            "Kết quả thực hiện công tác khuyến công năm 2024\n\nKính gửi: Sở Công Thương tỉnh An Giang.\n\n"
            "Trên địa bàn huyện có 3 làng nghề được công nhận là làng nghề đan đát Long Điền A, làng nghề đóng xuồng ghe Long "
            "Điền B và làng nghề dệt Hòa Bình.\n- Hỗ trợ máy dệt cho Hợp tác xã dệt thổ cẩm Hòa Bình, kinh phí 180 triệu "
            "đồng.\n")
    assert extract_text(text).metadata.province == "An Giang"


def test_a_parts_own_breakdown_right_after_it():
    # Y31's E4 (Hà Giang): the 11 is a part of the 14 and has parts of its own, its "trong đó" right after it; a part's
    # count far from a cue, a sentence between, takes no list as its breakdown (the 11 of "3 đề án khuyến công quốc
    # gia và 11 đề án khuyến công địa phương. Kết quả cụ thể như sau:")
    text = ("Năm 2024, Trung tâm đã hỗ trợ 14 cơ sở công nghiệp nông thôn với tổng kinh phí hơn 2,5 tỷ đồng. Cụ thể, kinh "
            "phí khuyến công quốc gia hỗ trợ 1,1 tỷ đồng cho 3 cơ sở chế biến chè; kinh phí khuyến công địa phương hỗ trợ "
            "1,42 tỷ đồng cho 11 cơ sở, trong đó 6 cơ sở ứng dụng máy sấy, máy đóng gói; 5 cơ sở được hỗ trợ tham gia hội "
            "chợ.")
    assert [(t.value, t.part_of) for t in extract_text(text).targets] == [(14, None), (3, 0), (11, 0), (6, 2), (5, 2)]
    text = ("Trung tâm đã triển khai thực hiện 14 đề án, trong đó 3 đề án khuyến công quốc gia và 11 đề án khuyến công địa "
            "phương. Kết quả cụ thể như sau:\n1. Hỗ trợ máy móc thiết bị: 9 đề án, kinh phí 1.950 triệu đồng.\n"
            "2. Đào tạo nghề: 2 đề án, kinh phí 160 triệu đồng.\n")
    assert [(t.value, t.part_of) for t in extract_text(text).targets] == [(14, None), (3, 0), (11, 0), (9, None), (2, None)]


@pytest.mark.parametrize("text, sources", [
    # Y31's E7: what was spent of the money allotted before it in its sentence is of its source
    ("Kinh phí khuyến công địa phương năm 2024 được giao 5.200 triệu đồng, giải ngân 4.870 triệu đồng, đạt 93,7% kế "
     "hoạch.", ["địa phương", "địa phương"]),
    ("Nguồn kinh phí khuyến công quốc gia được phê duyệt 140 tỷ đồng, thực hiện 136 tỷ đồng; nguồn kinh phí khuyến công "
     "địa phương là 205,5 tỷ đồng, thực hiện 187 tỷ đồng.", ["quốc gia", "quốc gia", "địa phương", "địa phương"]),
])
def test_money_spent_of_an_allotment_takes_its_source(text, sources):
    assert [b.funding_source for b in extract_text(text).budget] == sources


def test_yearly_lines_are_parts_of_the_periods_total_they_add_up_to():
    # Y31's E6 (a review of 2021-2025): the money split by year beside its split by source, no sum warning
    text = ("1. Kết quả chung\nGiai đoạn 2021 - 2025, Sở Công Thương đã triển khai 52 đề án khuyến công với tổng kinh phí "
            "hỗ trợ 15,6 tỷ đồng, trong đó kinh phí khuyến công quốc gia 3,2 tỷ đồng, kinh phí khuyến công địa phương "
            "12,4 tỷ đồng.\n2. Kết quả theo từng năm\nNăm 2021: thực hiện 7 đề án, kinh phí 2,1 tỷ đồng;\n"
            "Năm 2022: thực hiện 10 đề án, kinh phí 2,9 tỷ đồng;\nNăm 2023: thực hiện 11 đề án, kinh phí 3,3 tỷ đồng;\n"
            "Năm 2024: thực hiện 12 đề án, kinh phí 3,6 tỷ đồng;\nNăm 2025: kế hoạch 12 đề án, kinh phí 3,7 tỷ đồng.\n")
    document = extract_text(text)
    assert [b.part_of for b in document.budget] == [None, 0, 0, 0, 0, 0, 0, 0]
    assert [w.code for w in document.warnings if w.code == "budget_sum_mismatch"] == []
    # lines that do not add up to it stay apart
    assert [b.part_of for b in extract_text(text.replace("3,7 tỷ", "3,9 tỷ")).budget][3:] == [None] * 5


_PART_I = "I. KẾT QUẢ THỰC HIỆN NĂM 2024\n1. Đào tạo nghề\nTổ chức 4 lớp đào tạo nghề cho 120 lao động.\n"


# Probe audit Y32 (of 738c5d0..5ac0288, 232 probes): R1-R5, a part of results reports no work under a sub-heading of
# plans or shortcomings, in a request, need, permission or work carried over, nor for a count's own work not done.
@pytest.mark.parametrize("after, expected", [
    ("2. Kế hoạch năm 2025\nTổ chức 6 lớp đào tạo nghề cho 180 lao động.\n", [False, False]),
    ("2. Dự kiến năm 2025\nTổ chức 6 lớp đào tạo nghề cho 180 lao động.\n", [False, False]),
    ("3. Phương hướng, nhiệm vụ năm tới\nTổ chức 6 lớp đào tạo nghề cho 180 lao động.\n", [False, False]),
    ("2. Tồn tại, hạn chế\nCòn 3 đề án chưa giải ngân hết kinh phí.\n", [False]),
    ("Đề nghị Bộ Công Thương hỗ trợ 5 đề án khuyến công quốc gia.\n", [False]),
    ("Trung tâm đăng ký hỗ trợ cho 02 cơ sở năm 2025.\n", [False]),
    ("Nhu cầu đào tạo của các cơ sở khoảng 30 lớp.\n", [False]),
    ("Được Bộ Công Thương cho chủ trương tổ chức 1 hội chợ vào tháng 3/2025.\n", [False]),
    ("Còn 2 lớp chuyển sang năm 2025.\n", [False]),
    ("Trung tâm phối hợp mở 4 lớp đào tạo nghề, hiện 1 lớp còn lại đang tuyển sinh.\n", [True, False]),
    # ... but a plan document cited is no plan of the sentence, and a year after the figure in another clause, or in a
    # date after it, is none of its own
    ("Thực hiện Kế hoạch số 12/KH-UBND ngày 10/3/2024 của UBND tỉnh, Trung tâm tổ chức 15 lớp đào tạo nghề.\n", [True]),
    ("Tổ chức 4 lớp đào tạo nghề; năm 2025 tổ chức 6 lớp.\n", [True, False]),
    ("Có 67 sản phẩm tham gia bình chọn, 52 sản phẩm đạt giải, trong đó 10 sản phẩm được đề xuất tham gia cấp khu vực.\n",
     [True, True, True]),
])
def test_what_a_part_of_results_does_not_report(after, expected):
    found = extract_text(_PART_I + after).targets
    assert [t.achieved for t in found[:2]] == [True, True]  # the part's own result
    assert [t.achieved for t in found[2:]] == expected


@pytest.mark.parametrize("text, expected", [
    # R6: a plan's share of a period's goal; R7: firms running production are a state, no work to come
    ("Kế hoạch năm 2025 hỗ trợ 40 cơ sở, đạt 80% mục tiêu giai đoạn.", [(40, "cơ sở", False, None), (80, "%", False, None)]),
    ("Hiện nay có 12 doanh nghiệp đang tổ chức sản xuất hàng xuất khẩu.", [(12, "doanh nghiệp", True, None)]),
    # wrong at both: a negated verb's clause ends at a comma and a new verb of activity
    ("Năm 2024 đã hỗ trợ 10 cơ sở, không triển khai 3 đề án do cơ sở xin rút, hỗ trợ 5 cơ sở khác thay thế.",
     [(10, "cơ sở", True, None), (3, "đề án", False, None), (5, "cơ sở", True, None)]),
])
def test_targets_after_the_y32_mends(text, expected):
    assert targets(text) == expected


def test_money_spent_takes_no_source_it_cannot_be_of():
    # R8: more than the money before it, or naming its own money after it
    assert [b.funding_source for b in extract_text(
        "Kinh phí khuyến công địa phương hỗ trợ 500 triệu đồng, sử dụng 1.200 triệu đồng vốn vay ngân hàng.").budget] == [
        "địa phương", None]


def test_no_restatement_of_the_same_words_between_sections_of_other_years():
    # wrong at both: the same-text path read the headings' years too
    text = "I. KẾT QUẢ NĂM 2023\nTổ chức 6 lớp đào tạo nghề.\nII. KẾ HOẠCH NĂM 2024\nTổ chức 6 lớp đào tạo nghề.\n"
    assert [(t.achieved, t.restates) for t in extract_text(text).targets] == [(True, None), (False, None)]


_PART_I_HEAD = "I. KẾT QUẢ THỰC HIỆN NĂM 2024\n1. Đào tạo nghề\n"


# Probe audit Y33 (of ec5f28b, 178 probes): R1-R5 and R7, the Y32 mends read too widely. A request's, a need's or a
# permission's word counts only before the figures of its phrase; headings of plans only when they name a time to come
# or a later year; "đang tổ chức" is work under way but for "sản xuất"; a goal met counts but after a plan's word in the
# figure's own phrase.
@pytest.mark.parametrize("body, expected", [
    ("Tổ chức 15 lớp đào tạo nghề theo nhu cầu của doanh nghiệp cho 450 lao động.", [True, True]),
    ("Theo đề xuất của UBND các huyện, Trung tâm tổ chức 15 lớp đào tạo nghề.", [True]),
    ("Được UBND tỉnh cho phép, Trung tâm tổ chức 3 hội chợ.", [True]),
    ("Hỗ trợ 8 cơ sở chuyển sang sản xuất bằng máy móc.", [True]),
    ("Tổ chức 15 lớp đào tạo nghề, các huyện đề xuất tổ chức thêm 5 lớp.", [True, False]),
    ("Tổ chức 8 lớp đào tạo nghề, còn 7 lớp chuyển sang 6 tháng cuối năm.", [True, False]),
    ("Tổ chức 15 lớp đào tạo nghề, giải ngân hết kinh phí trong tháng 01 năm 2025.", [True]),
    ("Hỗ trợ 12 cơ sở ứng dụng máy móc, năm 2025 tiếp tục hỗ trợ 15 cơ sở.", [True, False]),
    ("Khai giảng 15 lớp đào tạo nghề, trong đó 12 lớp đã kết thúc, 3 lớp đang tổ chức.", [True, True, False]),
])
def test_a_part_of_results_after_the_y33_mends(body, expected):
    assert [t.achieved for t in extract_text(_PART_I_HEAD + body + "\n").targets] == expected


@pytest.mark.parametrize("subheading, body, done", [
    ("1. Kế hoạch khuyến công quốc gia", "Thực hiện 5 đề án với kinh phí 2.500 triệu đồng.", True),
    ("1. Mục tiêu đạt được", "Tổ chức 15 lớp đào tạo nghề.", True),
    ("2. Giải pháp đã triển khai", "Tổ chức 3 hội nghị tập huấn.", True),
    ("2. Dự kiến kết quả cả năm", "Ước cả năm tổ chức 18 lớp.", False),
    ("2. Tồn tại, hạn chế", "- 2 đề án chậm tiến độ giải ngân.", False),
    ("3. Nhiệm vụ trọng tâm thời gian tới", "Tổ chức 20 lớp đào tạo nghề.", False),
])
def test_subheadings_of_a_part_of_results(subheading, body, done):
    found = extract_text(f"I. KẾT QUẢ THỰC HIỆN NĂM 2024\n{subheading}\n{body}\n").targets
    assert found[0].achieved is done


def test_a_result_after_a_plans_clause_and_money_spent_with_a_time_after_it():
    # R4, R7
    assert targets("Kế hoạch giao 40 cơ sở; năm 2024 hỗ trợ 38 cơ sở, đạt 95% mục tiêu.")[1] == (38, "cơ sở", True, None)
    assert [b.funding_source for b in extract_text(
        "Kinh phí khuyến công địa phương năm 2024 được giao 5.200 triệu đồng, giải ngân 4.870 triệu đồng từ đầu năm đến "
        "nay.").budget] == ["địa phương", "địa phương"]


def test_a_breakdown_after_a_nearer_count_and_a_class_still_running():
    # Y35's E2 and E3 (Thọ Xuân, a six-month report): the parts are the 3 classes', not the year's plan's 5
    text = ("Kế hoạch năm 2024 giao 5 lớp đào tạo nghề. 6 tháng đầu năm, huyện đã phối hợp mở 3 lớp đào tạo nghề cho 105 "
            "học viên; trong đó 2 lớp đã bế giảng, 1 lớp đang học.")
    assert targets(text) == [(5, "lớp", False, None), (3, "lớp", True, None), (105, "học viên", True, None),
                             (2, "lớp", True, 1), (1, "lớp", False, 1)]


@pytest.mark.parametrize("text, expected", [
    # Y35's E6, E7; Y27's E19: a town's or a city's office of the economy, no "và Hạ tầng"
    ("Điều 2. Phòng Kinh tế chủ trì, phối hợp với UBND các phường, xã hướng dẫn các cơ sở triển khai, nghiệm thu trước "
     "ngày 30/11/2024.", [("phong_kinh_te", "lead")]),
    ("Phòng Kinh tế và Hạ tầng phối hợp kiểm tra, giám sát.", [("phong_kinh_te_ha_tang", "coordinate")]),
])
def test_the_office_of_the_economy_is_an_agency(text, expected):
    assert [(d.agency_id, d.role) for d in extract_text(text).duties] == expected


def test_a_result_after_an_assignment_in_a_part_of_results_and_a_towns_money():
    # Y35's E1 (Lào Cai): the 11 carried out after the plan's 12, its share too; the plan's money after a comma stays
    # the plan's; E10 (Đức Phổ): a town's khuyến công money is local
    text = ("I. KẾT QUẢ THỰC HIỆN NĂM 2024\n2. Kế hoạch khuyến công địa phương\n"
            "Kế hoạch giao 12 đề án, thực hiện 11 đề án, đạt 91,7%.\n")
    assert [t.achieved for t in extract_text(text).targets] == [False, True, True]
    text = ("I. KẾT QUẢ HOẠT ĐỘNG NĂM 2023\nNăm 2023, Trung tâm được giao thực hiện 14 đề án khuyến công, tổng kinh phí "
            "2.830 triệu đồng.\n")
    assert [b.achieved for b in extract_text(text).budget] == [False]
    text = "Phân bổ 480 triệu đồng từ nguồn kinh phí khuyến công thị xã năm 2024 để hỗ trợ các cơ sở."
    assert [b.funding_source for b in extract_text(text).budget] == ["địa phương"]


# Probe audit Y34 (of f92058f, 179 probes): R1-R8, the Y33 mends read too narrowly. A plan's, a request's or a need's
# word governs the figures after it in its clause (from the last semicolon) until a phrase of a result ("Kế hoạch giao 12
# đề án, thực hiện 11 đề án", "Chỉ tiêu giao 20 lớp, Trung tâm tổ chức 20 lớp"), not as a count's own verb nor fronted
# before a comma; work carried over and a later year as the time of the figure's phrase count again.
@pytest.mark.parametrize("body, expected", [
    ("Kế hoạch năm 2024 là 20 lớp, 600 học viên; thực hiện 18 lớp, 540 học viên.", [False, False, True, True]),
    ("Các huyện đăng ký 30 lớp, 900 học viên.", [False, False]),
    ("Năm 2024 các huyện đăng ký mở 30 lớp đào tạo nghề.", [False]),
    ("Xin chủ trương tổ chức 3 hội chợ, 2 hội nghị.", [False, False]),
    ("Qua khảo sát, 25 cơ sở có nhu cầu đổi mới máy móc.", [False]),
    ("Tổ chức 15 lớp đào tạo nghề cho lao động có nhu cầu chuyển đổi nghề.", [True]),
    ("Có 67 sản phẩm đăng ký tham gia, 52 sản phẩm đạt giải.", [True, True]),
    ("Được Bộ Công Thương cho phép, Trung tâm tổ chức 3 hội chợ.", [True]),
    ("Tổ chức 12 lớp đào tạo nghề, 3 lớp chuyển tiếp sang năm 2025.", [True, False]),
    ("Tổ chức 12 lớp, 2 lớp lùi sang năm 2025.", [True, False]),
    ("Tổ chức 3 lớp còn lại trong quý I năm 2025.", [False]),
    ("Hỗ trợ 8 cơ sở đang tổ chức lại sản xuất.", [True]),
    ("Chỉ tiêu giao 20 lớp, Trung tâm tổ chức 20 lớp, đạt 100% kế hoạch.", [False, True, True]),
])
def test_a_part_of_results_after_the_y34_mends(body, expected):
    assert [t.achieved for t in extract_text(_PART_I_HEAD + body + "\n").targets] == expected


@pytest.mark.parametrize("subheading, done", [
    ("1. Kế hoạch được giao", False), ("1. Mục tiêu, nhiệm vụ năm 2024", False), ("2. Kế hoạch đã được phê duyệt", False),
    ("1. Nhiệm vụ được giao và kết quả thực hiện", True), ("2. Kế hoạch và kết quả thực hiện", True),
])
def test_plan_subheadings_named_by_their_setting(subheading, done):
    found = extract_text(f"I. KẾT QUẢ THỰC HIỆN NĂM 2024\n{subheading}\nTổ chức 15 lớp đào tạo nghề.\n").targets
    assert found[0].achieved is done


def test_a_goal_met_after_a_plan_of_a_later_year_and_a_named_fund():
    # R2, R8
    assert targets("Kế hoạch năm 2025, hỗ trợ 40 cơ sở, đạt 80% mục tiêu giai đoạn.")[0] == (40, "cơ sở", False, None)
    assert targets("Kế hoạch giao 40 cơ sở, năm 2024 hỗ trợ 38 cơ sở, đạt 95% mục tiêu.")[1] == (38, "cơ sở", True, None)
    assert [b.funding_source for b in extract_text(
        "Kinh phí khuyến công địa phương năm 2024 được giao 5.200 triệu đồng, thực hiện 1.500 triệu đồng từ Quỹ hỗ trợ "
        "phát triển.").budget] == ["địa phương", None]


# Probe audit Y36 (of 767afa1, 162 probes): R1-R10. A plan's or a request's word governs past a comma only a list of
# figures, or a whole clause after a plan's time alone ("Kế hoạch năm 2025, ..."); a count of those in need only opening
# its clause; a later year only as the time of the figure's phrase ("trong năm 2025") or its projects' own; headings of
# plans and results together head results; a named fund, not any capitalised word, after money spent is its own.
@pytest.mark.parametrize("body, expected", [
    ("Kế hoạch năm 2024 là 20 lớp, Trung tâm mở được 18 lớp.", [False, True]),
    ("Chỉ tiêu 20 lớp, tổ chức 18 lớp, đào tạo 540 học viên.", [False, True, True]),
    ("Các huyện đăng ký 30 lớp, mở được 28 lớp.", [False, True]),
    ("Hỗ trợ đăng ký nhãn hiệu cho 5 cơ sở, xây dựng website cho 3 cơ sở.", [True]),  # (the 3; the 5: below)
    ("Tổng số sản phẩm đăng ký tham gia là 67, có 52 sản phẩm đạt giải.", [True]),  # (the 52)
    ("Hỗ trợ 25 cơ sở có nhu cầu đổi mới thiết bị, kinh phí 1.500 triệu đồng.", [True]),
    ("Hỗ trợ 12 cơ sở xây dựng kế hoạch sản xuất năm 2025.", [True]),
    ("Xây dựng 12 đề án khuyến công địa phương năm 2025.", [False]),
    ("Tổ chức 15 lớp, trong đó 12 lớp đã bế giảng, 3 lớp đang tổ chức đào tạo.", [True, True, False]),
])
def test_a_part_of_results_after_the_y36_mends(body, expected):
    assert [t.achieved for t in extract_text(_PART_I_HEAD + body + "\n").targets][-len(expected):] == expected


@pytest.mark.xfail(strict=True, reason="Y36's wrong-at-both: a request's word as the object of the work supported")
def test_the_registration_supported_is_work_done():
    found = extract_text(_PART_I_HEAD + "Hỗ trợ đăng ký nhãn hiệu cho 5 cơ sở.\n").targets
    assert found[0].achieved is True


@pytest.mark.parametrize("subheading", ["1. Nhiệm vụ được giao và kết quả", "1. Kế hoạch được giao và tình hình thực hiện",
                                        "1. Kế hoạch phê duyệt và kết quả"])
def test_headings_of_plans_and_results_together_head_results(subheading):
    found = extract_text(f"I. KẾT QUẢ THỰC HIỆN NĂM 2024\n{subheading}\nNăm 2024, Trung tâm tổ chức 15 lớp.\n").targets
    assert found[0].achieved is True


def test_a_breakdown_after_a_change_and_money_paid_through_the_treasury():
    # R8, R9, R10
    text = "Năm 2024, Trung tâm đã tổ chức 15 lớp, tăng 3 lớp so với năm 2023, trong đó 10 lớp đào tạo nghề, 5 lớp tập huấn."
    assert [t.part_of for t in extract_text(text).targets] == [None, 0, 0, 0]  # (the change a part of what it changes)
    text = ("2. Kết quả thực hiện các đề án\nBộ Công Thương phê duyệt 5 đề án, thực hiện tại 3 huyện, kinh phí 1.500 triệu "
            "đồng.\n")
    assert [b.achieved for b in extract_text(text).budget] == [False]
    text = "Kinh phí khuyến công quốc gia 2.000 triệu đồng, giải ngân 1.800 triệu đồng từ Kho bạc Nhà nước tỉnh."
    assert [b.funding_source for b in extract_text(text).budget] == ["quốc gia", "quốc gia"]
