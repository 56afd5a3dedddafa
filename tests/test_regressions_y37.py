"""Findings of the audits read in the session of 2026-12-07 (later): each a passage a rule read wrong, written as the
provinces' texts write it, and what a reader takes from it."""

import pytest

from khuyencong_extract.pipeline import extract_text


def targets(text: str) -> list[tuple[float, str, bool, int | None]]:
    return [(t.value, t.unit, t.achieved, t.part_of) for t in extract_text(text).targets]


def amounts(text: str) -> list[tuple[int, bool, int | None]]:
    return [(b.amount_vnd // 1_000_000, b.achieved, b.part_of) for b in extract_text(text).budget]


# Y35's E14: a report numbering two Arabic points "3." (Chư Sê's review of 2021-2025): the second opens a section of its
# own, kept as "I.2~2" with a section_repeated warning, and what it holds is not the last lettered item's.
def test_a_repeated_number_over_a_heading_opens_a_section_of_its_own():
    text = ("I. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021-2025\n"
            "1. Kết quả chung\n"
            "Giai đoạn 2021-2025, huyện đã triển khai 21 đề án khuyến công.\n"
            "2. Kết quả theo nội dung hoạt động\n"
            "a) Đào tạo nghề: tổ chức 5 lớp đào tạo nghề dệt thổ cẩm cho 160 học viên.\n"
            "b) Hội chợ, triển lãm: hỗ trợ 45 lượt cơ sở tham gia hội chợ trong và ngoài tỉnh.\n"
            "2. Tồn tại, hạn chế\n"
            "Một số cơ sở chưa mạnh dạn đầu tư; năm 2023 có 1 đề án bị dừng thực hiện do cơ sở giải thể.\n"
            "II. PHƯƠNG HƯỚNG GIAI ĐOẠN 2026-2030\n"
            "1. Tổ chức 10 lớp đào tạo nghề cho khoảng 300 lao động.\n")
    document = extract_text(text)
    ids = [section.id for section in document.sections]
    assert ids == ["I", "I.1", "I.2", "I.2.a", "I.2.b", "I.2~2", "II", "II.1"]
    repeated = next(section for section in document.sections if section.id == "I.2~2")
    assert repeated.heading == "Tồn tại, hạn chế"
    assert [w.code for w in document.warnings] == ["section_repeated"]
    stopped = [t for t in document.targets if t.unit == "đề án"][-1]
    assert (stopped.value, stopped.achieved, stopped.category) == (1, False, "other")


@pytest.mark.parametrize("line", [
    "2. Tổ chức 2 lớp tập huấn cho cán bộ xã.",  # a sentence: an item's own words, no heading
    "2. đề án còn lại chuyển sang năm sau",  # no capital
])
def test_a_repeated_number_over_a_sentence_opens_no_section(line):
    text = ("I. KẾT QUẢ THỰC HIỆN NĂM 2024\n1. Kết quả chung\n2. Kết quả theo nội dung hoạt động\n"
            "a) Đào tạo nghề: tổ chức 5 lớp đào tạo nghề.\n" + line + "\n")
    document = extract_text(text)
    assert [section.id for section in document.sections] == ["I", "I.1", "I.2", "I.2.a"]
    assert "section_repeated" not in [w.code for w in document.warnings]


_PART_I_HEAD = "I. KẾT QUẢ THỰC HIỆN NĂM 2024\n1. Công tác đào tạo nghề\n"


# Probe audit Y37 (of 767afa1..f2341ac, 204 probes: 37 regressions of the Y36 mends). R1: a plan's time fronted before a
# comma governs only a verb with no subject after it, and "Với / Trên cơ sở kế hoạch ..." is a basis; R2: a plan laying
# out work ("là đào tạo 600 lao động, hỗ trợ 40 cơ sở") governs its next items of work past a comma; R3: a count in
# need after "có" or "trong đó" is in need, one after a verb of service was served; R4: "đang tổ chức đào tạo" is under
# way for classes only; R5: "6 tháng đầu năm 2025", "cuối năm 2025", "quý I năm 2025", "quý I/2025" and a count's own
# "năm 2025" are a later time.
@pytest.mark.parametrize("body, expected", [
    # R1
    ("Kế hoạch năm 2024, Trung tâm tổ chức 18 lớp đào tạo nghề cho 540 học viên.", [True, True]),
    ("Kế hoạch năm 2023, Trung tâm tổ chức 16 lớp đào tạo nghề.", [True]),
    ("Với kế hoạch năm 2024, Trung tâm tổ chức được 18 lớp cho 540 học viên.", [True, True]),
    ("Trên cơ sở kế hoạch năm 2024, Trung tâm tổ chức 18 lớp đào tạo nghề.", [True]),
    ("Kế hoạch năm 2025, hỗ trợ 40 cơ sở ứng dụng máy móc thiết bị.", [False]),
    # R2
    ("Nhiệm vụ đặt ra là đào tạo 600 lao động, hỗ trợ 40 cơ sở ứng dụng máy móc.", [False, False]),
    ("Kế hoạch đề ra mở 20 lớp, hỗ trợ 40 cơ sở, kinh phí 2.000 triệu đồng.", [False, False]),
    ("Chỉ tiêu 20 lớp, tổ chức 18 lớp, đào tạo 540 học viên.", [False, True, True]),  # (Y36's: a figure set, then done)
    ("Kế hoạch đề ra mở 20 lớp, thực hiện được 18 lớp.", [False, True]),
    ("Các huyện đề xuất hỗ trợ 30 cơ sở, thẩm định và hỗ trợ 25 cơ sở.", [False, True]),
    # R3
    ("Khảo sát 40 cơ sở, trong đó 25 cơ sở có nhu cầu đổi mới thiết bị.", [True, False]),
    ("Có 25 cơ sở có nhu cầu đổi mới thiết bị, đã hỗ trợ 12 cơ sở.", [False, True]),
    ("Qua rà soát, có 25 cơ sở có nhu cầu ứng dụng máy móc.", [False]),
    ("Hỗ trợ 25 cơ sở có nhu cầu đổi mới thiết bị.", [True]),  # (Y36's: those served)
    ("Đào tạo nghề cho 450 lao động có nhu cầu.", [True]),
    # R4
    ("Hỗ trợ 8 cơ sở đang tổ chức đào tạo nghề cho lao động địa phương.", [True]),
    ("Khen thưởng 3 doanh nghiệp đang tổ chức giảng dạy nghề truyền thống.", [True]),
    ("Tổ chức 15 lớp, trong đó 12 lớp đã bế giảng, 3 lớp đang tổ chức đào tạo.", [True, True, False]),
    # R5
    ("Tổ chức 2 hội chợ trong 6 tháng đầu năm 2025.", [False]),
    ("Mở 3 lớp vào cuối năm 2025.", [False]),
    ("Tổ chức 3 lớp quý I năm 2025.", [False]),
    ("Tổ chức 3 lớp còn lại trong quý I/2025.", [False]),
    ("Tổ chức 4 lớp năm 2025.", [False]),
    ("Tổ chức 15 lớp (nghiệm thu tháng 01 năm 2025).", [True]),  # another step's month
    ("Hỗ trợ 12 cơ sở xây dựng kế hoạch sản xuất năm 2025.", [True]),  # an object's year
])
def test_a_part_of_results_after_the_y37_mends(body, expected):
    assert [t.achieved for t in extract_text(_PART_I_HEAD + body + "\n").targets] == expected


# R7: a plan's heading naming the results it expects heads no results.
@pytest.mark.parametrize("subheading", ["3. Phương hướng, nhiệm vụ năm 2025 và kết quả cần đạt",
                                        "3. Kế hoạch năm 2025 và kết quả dự kiến", "3. Kế hoạch năm 2025, kết quả dự kiến",
                                        "3. Đề xuất, kiến nghị và kết quả mong đợi"])
def test_a_plan_heading_naming_its_expected_results(subheading):
    text = (f"I. KẾT QUẢ THỰC HIỆN NĂM 2024\n{subheading}\nTổ chức 20 lớp đào tạo nghề cho 600 học viên; hỗ trợ 40 cơ "
            "sở ứng dụng máy móc.\n")
    assert [t.achieved for t in extract_text(text).targets] == [False, False, False]


# R8: what money spent was spent on ("chương trình đào tạo nghề", "dự án khuyến công") names no source of its own; a
# named programme or a bank it came from does.
@pytest.mark.parametrize("after, source", [
    ("chương trình đào tạo nghề", "quốc gia"), ("dự án khuyến công", "quốc gia"),
    ("từ Chương trình mục tiêu quốc gia xây dựng nông thôn mới", None), ("từ ngân hàng thương mại", None),
])
def test_money_spent_on_a_programme_keeps_its_allotments_source(after, source):
    text = f"Kinh phí khuyến công quốc gia 2.000 triệu đồng, giải ngân 1.800 triệu đồng {after}."
    assert [b.funding_source for b in extract_text(text).budget] == ["quốc gia", source]


# Re-reading audit Y35 (twelve texts of new provinces), errors left by the session before.
def test_a_yearly_average_of_a_goal_is_a_target():
    # E19 (Chư Sê's review): "mỗi năm 6 cơ sở" is a yearly figure, no year's number; "mỗi năm 1 lần" a frequency
    found = extract_text("Phấn đấu hỗ trợ 30 cơ sở ứng dụng máy móc thiết bị, trung bình mỗi năm 6 cơ sở.").targets
    assert [(t.value, t.unit, t.achieved, t.category) for t in found] == [
        (30, "cơ sở", False, "demonstration_technology"), (6, "cơ sở", False, "demonstration_technology")]
    assert extract_text("Tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu mỗi năm 1 lần.").targets == []


@pytest.mark.parametrize("text", [
    "Tổng giá trị giải thưởng năm nay là 92 triệu đồng, trích từ ngân sách huyện.",  # E12 (Hoằng Hóa's news)
    "Tổng giá trị giải thưởng là 92 triệu đồng, được lấy từ nguồn ngân sách huyện.",
])
def test_a_source_drawn_from_in_the_clause_after_an_amount(text):
    assert [b.funding_source for b in extract_text(text).budget] == ["địa phương"]


@pytest.mark.parametrize("text", [
    "Năm 2024, Trung tâm giải ngân 3.180 triệu đồng/3.400 triệu đồng, đạt 93,5% kế hoạch.",  # E11 (Lào Cai's report)
    "Năm 2024, Trung tâm giải ngân 3.180/3.400 triệu đồng, đạt 93,5% kế hoạch.",
])
def test_money_spent_of_its_plan_after_a_slash_is_the_part(text):
    assert [(b.amount_vnd // 1_000_000, b.achieved) for b in extract_text(text).budget] == [(3180, True)]


def test_projects_cut_from_the_plan_in_a_part_of_results_are_not_done():
    # E15 (Củ Chi's report)
    text = ("I. KẾT QUẢ THỰC HIỆN NĂM 2024\n1. Khuyến công địa phương\nNăm 2024, huyện triển khai 12 đề án. Riêng 02 đề án "
            "của Công ty TNHH Cơ khí Tân Quy và Hộ kinh doanh Nguyễn Văn Tám đã được điều chỉnh giảm theo Quyết định số "
            "4712/QĐ-UBND ngày 25/10/2024 của UBND Thành phố.\n")
    assert [(t.value, t.achieved) for t in extract_text(text).targets] == [(12, True), (2, False)]


def test_syllables_after_qu_are_valid():
    # E21 (Quỳnh Lưu's report): "Quỳnh" is "qu" and "ynh"; a clean report naming its district six times is not damaged
    text = ("BÁO CÁO\nKết quả thực hiện công tác khuyến công 9 tháng năm 2024 của huyện Quỳnh Lưu\n"
            "Năm 2024, UBND huyện Quỳnh Lưu đã triển khai 4 đề án khuyến công. Các xã Quỳnh Thạch, Quỳnh Hồng, Quỳnh "
            "Châu, Quỳnh Hoa và Quỳnh Tân có 12 cơ sở được hỗ trợ máy móc; 2 hộ trồng quýt được hỗ trợ.\n")
    assert "damaged_text" not in [w.code for w in extract_text(text).warnings]


@pytest.mark.parametrize("lines, heading, stopped_done", [
    # a short heading over a sentence opening with a count: two lines, the count a shortcoming's
    (["2. Tồn tại, hạn chế", "2 đề án chậm tiến độ do cơ sở chưa bố trí đủ vốn đối ứng."], "Tồn tại, hạn chế", False),
    # a heading cut at a width goes on
    (["2. Hỗ trợ ứng dụng máy móc cho", "20 cơ sở."], "Hỗ trợ ứng dụng máy móc cho 20 cơ sở.", None),
])
def test_a_count_under_a_short_heading_opens_its_own_line(lines, heading, stopped_done):
    text = "I. KẾT QUẢ THỰC HIỆN NĂM 2024\n1. Kết quả đạt được\nNăm 2024, Trung tâm đã triển khai 10 đề án.\n"
    document = extract_text(text + "\n".join(lines) + "\n")
    assert document.sections[-1].heading == heading
    if stopped_done is not None:
        assert [(t.value, t.achieved, t.section_id) for t in document.targets][-1] == (2, stopped_done, "I.2")


def test_a_yearly_rate_asked_for_restates_no_years_amount():
    # E13 (Chư Sê's review): the year's money spent, then a request for as much every year to come
    text = ("I. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021-2025\n- Năm 2025 (đến tháng 5): thực hiện 4 đề án, kinh phí 1,0 tỷ đồng.\n"
            "II. KIẾN NGHỊ\nĐề nghị Sở Công Thương tiếp tục bố trí mỗi năm khoảng 1 tỷ đồng kinh phí khuyến công địa phương "
            "cho huyện.\n")
    assert [(b.amount_vnd // 1_000_000, b.achieved, b.restates) for b in extract_text(text).budget] == [
        (1000, True, None), (1000, False, None)]


@pytest.mark.parametrize("header, issuer", [
    # Y35's note, Y31's E13, Y27's E19: a district office's own header
    ("UBND HUYỆN MỘ ĐỨC\nPHÒNG KINH TẾ", "Phòng Kinh tế huyện Mộ Đức"),
    ("UBND HUYỆN QUỲNH LƯU\nPHÒNG KINH TẾ - HẠ TẦNG", "Phòng Kinh tế - Hạ tầng huyện Quỳnh Lưu"),
    ("UBND THỊ XÃ ĐỨC PHỔ\nPHÒNG TÀI CHÍNH - KẾ HOẠCH", "Phòng Tài chính - Kế hoạch thị xã Đức Phổ"),
    ("UBND THÀNH PHỐ HẢI PHÒNG\nSỞ CÔNG THƯƠNG", "Sở Công Thương Hải Phòng"),  # a province's department
])
def test_the_issuer_of_a_district_offices_header(header, issuer):
    text = (f"{header}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 96/BC-PKT\nngày 05 tháng 12 "
            "năm 2024\nBÁO CÁO\nKết quả thực hiện công tác khuyến công năm 2024\n")
    assert extract_text(text).metadata.issuer == issuer


@pytest.mark.parametrize("sentence, done", [
    # Y37's wrong-at-both: the plan's figure, then the work done that the breakdown splits
    ("Kế hoạch 20 lớp, tổ chức 18 lớp, trong đó 10 lớp đào tạo nghề, 8 lớp tập huấn.", True),
    ("Kế hoạch năm 2024 giao 20 lớp, đã tổ chức 18 lớp, trong đó 10 lớp đào tạo nghề, 8 lớp tập huấn.", True),
    # a goal's whole: its parts planned
    ("Phấn đấu năm 2025 tổ chức 18 lớp, trong đó 10 lớp đào tạo nghề, 8 lớp tập huấn.", False),
])
def test_the_parts_of_work_done_after_a_plans_figure(sentence, done):
    found = extract_text(_PART_I_HEAD + sentence + "\n").targets
    assert [(t.value, t.part_of, t.achieved) for t in found][-3:] == [
        (18, None, done), (10, len(found) - 3, done), (8, len(found) - 3, done)]


def test_a_breakdown_after_an_increase_written_with_them():
    # Y37's wrong-at-both: "tăng thêm 3 lớp" is a change, no nearer whole
    text = _PART_I_HEAD + "Năm 2024, tổ chức 15 lớp, tăng thêm 3 lớp so với năm 2023, trong đó 10 lớp đào tạo nghề, 5 lớp tập huấn.\n"
    assert [t.part_of for t in extract_text(text).targets] == [None, 0, 0, 0]


def test_finishing_under_an_arabic_heading_of_tasks_is_a_task():
    # Y35's E4 (Quỳnh Lưu's nine-month report, its parts Arabic): "Hoàn thành ..." under "2. Nhiệm vụ 3 tháng cuối năm"
    text = ("1. Kết quả thực hiện 9 tháng đầu năm 2024\nKế hoạch giao 7 đề án, đến nay thực hiện 5 đề án, đạt 71,4%.\n"
            "2. Nhiệm vụ 3 tháng cuối năm 2024\n- Hoàn thành 2 đề án còn lại của kế hoạch năm 2024;\n"
            "- Xây dựng kế hoạch khuyến công năm 2025.\n")
    assert [(t.value, t.achieved) for t in extract_text(text).targets if t.unit == "đề án"] == [
        (7, False), (5, True), (2, False)]


def test_a_local_council_named_by_its_level_alone_is_no_provinces():
    # Y35's E17 (Đức Phổ's allotment decision)
    text = ("ỦY BAN NHÂN DÂN\nTHỊ XÃ ĐỨC PHỔ\nSố: 1862/QĐ-UBND\nĐức Phổ, ngày 12 tháng 7 năm 2024\nQUYẾT ĐỊNH\n"
            "Về việc phân bổ kinh phí khuyến công thị xã năm 2024\nCHỦ TỊCH ỦY BAN NHÂN DÂN THỊ XÃ ĐỨC PHỔ\n"
            "Căn cứ Quyết định số 27/2020/QĐ-UBND ngày 28/9/2020 của UBND tỉnh Quảng Ngãi ban hành Quy chế quản lý kinh "
            "phí khuyến công địa phương;\nCăn cứ Nghị quyết số 45/NQ-HĐND ngày 20/12/2023 của HĐND thị xã về dự toán ngân "
            "sách năm 2024;\nQUYẾT ĐỊNH:\nĐiều 1. Phân bổ 480 triệu đồng.\n")
    assert [(c.number, c.issuer, c.title) for c in extract_text(text).citations] == [
        ("27/2020/QĐ-UBND", "UBND tỉnh Quảng Ngãi", "ban hành Quy chế quản lý kinh phí khuyến công địa phương"),
        ("45/NQ-HĐND", "HĐND thị xã", "dự toán ngân sách năm 2024")]


def test_a_district_unit_given_a_task_in_a_news_report():
    # Y35's E9 (Hoằng Hóa's news): the district's centre of culture is in the registry, its task kept
    text = ("Ông đề nghị Phòng Kinh tế và Hạ tầng tiếp tục hướng dẫn các cơ sở hoàn thiện mẫu mã, bao bì, nhãn hiệu; đồng "
            "thời giao Trung tâm Văn hóa, Thông tin và Thể thao huyện đẩy mạnh quảng bá các sản phẩm đạt giải.")
    assert [(d.agency_id, d.role) for d in extract_text(text).duties] == [
        ("phong_kinh_te_ha_tang", "execute"), ("trung_tam_van_hoa_thong_tin_the_thao", "execute")]


def test_prize_money_for_each_product_is_no_money_target():
    # Y35's E18 (Hoằng Hóa's news); an indicator per person stays one
    text = ("Huyện trao thưởng cho các cơ sở có sản phẩm đạt giải: giải A 8 triệu đồng/sản phẩm, giải B 5 triệu đồng/sản "
            "phẩm, giải C 3 triệu đồng/sản phẩm.")
    assert extract_text(text).targets == []
    found = extract_text("Phấn đấu thu nhập bình quân của lao động đạt 5 triệu đồng/người/tháng.").targets
    assert [(t.value, t.kind) for t in found] == [(5_000_000, "indicator")]


_PART_I_MACHINES = "I. KẾT QUẢ THỰC HIỆN NĂM 2024\n2. Hỗ trợ ứng dụng máy móc thiết bị\n"


# Probe audit Y38 (of f2341ac..217b291, 170 probes: 31 regressions of the Y37 mends). R1: "Với (Trên cơ sở) kế hoạch 20
# lớp" keeps its plan's figure planned; R2: a plan lays out work only with a setting word ("đặt ra là", "đề ra"), and
# no item with a subject, a result's verb, a contrast or "được" is its next work; R3: a count in need only when counted
# ("có", "trong đó", a clause's or item's start), not after any verb of the work they got; R4: under way only for no
# facility's count; R5: "đến hết quý I/2025" is a horizon; R6: a count of work cut from the plan only with its noun a
# unit of work and nothing cut after the verb; R7: "mỗi năm 2 đợt (01 kỳ)" a frequency.
@pytest.mark.parametrize("head, body, expected", [
    (_PART_I_HEAD, "Với kế hoạch 20 lớp, Trung tâm tổ chức được 18 lớp cho 540 học viên.", [False, True, True]),
    (_PART_I_HEAD, "Cùng với kế hoạch hỗ trợ 40 cơ sở, Trung tâm tổ chức 15 lớp đào tạo nghề.", [False, True]),
    (_PART_I_HEAD, "Kế hoạch giao tổ chức 20 lớp, thực hiện 18 lớp.", [False, True]),
    (_PART_I_MACHINES, "Kế hoạch năm 2024 hỗ trợ 40 cơ sở, thực tế hỗ trợ 38 cơ sở.", [False, True]),
    (_PART_I_HEAD, "Kế hoạch mở 20 lớp, tuy nhiên chỉ mở 15 lớp do thiếu học viên.", [False, True]),
    (_PART_I_HEAD, "Kế hoạch mở 20 lớp, năm 2024 mở 18 lớp.", [False, True]),
    (_PART_I_HEAD, "Kế hoạch năm 2024, mở được 18 lớp đào tạo nghề cho 540 học viên.", [True, True]),
    (_PART_I_HEAD, "Kế hoạch năm 2024, các huyện tổ chức 18 lớp đào tạo nghề.", [True]),
    ("", "Năm 2024, tỉnh đặt kế hoạch hỗ trợ 40 cơ sở, thực tế hỗ trợ 42 cơ sở, vượt kế hoạch.", [False, True]),
    (_PART_I_MACHINES, "Kết nối 25 cơ sở có nhu cầu vay vốn với ngân hàng.", [True]),
    (_PART_I_MACHINES, "Phối hợp ngân hàng giải quyết cho vay 25 hộ có nhu cầu mở rộng sản xuất.", [True]),
    (_PART_I_MACHINES, "- 25 cơ sở có nhu cầu đổi mới thiết bị;\n- Đã hỗ trợ 12 cơ sở.", [False, True]),
    (_PART_I_MACHINES, "Tổng hợp được 25 cơ sở có nhu cầu hỗ trợ máy móc.", [False]),
    (_PART_I_HEAD, "Có 3 lớp đào tạo nghề may công nghiệp đang tổ chức đào tạo.", [False]),
    (_PART_I_HEAD, "Có 2 đợt tập huấn đang tổ chức đào tạo tại huyện.", [False]),
    (_PART_I_HEAD, "Tổ chức 18 lớp đào tạo nghề tính đến hết quý I/2025.", [True]),
    (_PART_I_MACHINES, "Hỗ trợ 12 cơ sở từ năm 2025.", [False]),
    (_PART_I_MACHINES, "Hỗ trợ 8 cơ sở ứng dụng máy móc giúp chi phí nhân công được cắt giảm đáng kể.", [True]),
    ("I. KẾT QUẢ THỰC HIỆN NĂM 2024\n2. Kết quả thực hiện các đề án\n",
     "Thực hiện 12 đề án, 2 đề án được điều chỉnh giảm quy mô nhưng vẫn hoàn thành.", [True, True]),
    ("I. KẾT QUẢ THỰC HIỆN NĂM 2024\n2. Kết quả thực hiện các đề án\n",
     "Riêng 1 đề án của Hợp tác xã Phú Hòa đã được rút khỏi kế hoạch do cơ sở xin dừng.", [False]),
])
def test_a_part_of_results_after_the_y38_mends(head, body, expected):
    assert [t.achieved for t in extract_text(head + body + "\n").targets] == expected


@pytest.mark.parametrize("text", ["Tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu mỗi năm 2 đợt.",
                                  "Hội chợ được tổ chức mỗi năm 01 kỳ tại thành phố."])
def test_times_a_year_are_a_frequency(text):
    assert extract_text(text).targets == []


def test_money_split_by_source_after_a_comma_and_two_amounts_by_a_slash():
    # Y38's R8, R9
    text = ("Tổng kinh phí thực hiện 3.500 triệu đồng, từ nguồn khuyến công quốc gia 2.000 triệu đồng, khuyến công địa "
            "phương 1.500 triệu đồng.")
    assert [(b.funding_source, b.part_of) for b in extract_text(text).budget] == [
        (None, None), ("quốc gia", 0), ("địa phương", 0)]
    text = "Kinh phí khuyến công quốc gia/địa phương lần lượt là 1.200 triệu đồng/800 triệu đồng."
    assert [b.amount_vnd // 1_000_000 for b in extract_text(text).budget] == [1200, 800]


# Re-reading audit Y39 (twelve texts of districts and merged provinces).
def test_a_listed_project_not_carried_out_under_a_lead_in_of_results():
    # E2 (Triệu Sơn's report)
    text = ("2. Kế hoạch khuyến công địa phương\nSở Công Thương phê duyệt cho huyện 05 đề án với tổng kinh phí 760 triệu "
            "đồng. Kết quả:\n- Đã hỗ trợ 03 cơ sở ứng dụng máy móc thiết bị, kinh phí 420 triệu đồng;\n- 01 đề án hỗ trợ "
            "xây dựng phòng trưng bày sản phẩm của HTX Chế biến nông sản Thọ Dân chưa triển khai, chuyển sang năm 2025.\n")
    assert [(t.value, t.unit, t.achieved) for t in extract_text(text).targets] == [
        (5, "đề án", False), (3, "cơ sở", True), (1, "đề án", False)]


@pytest.mark.parametrize("clause, issuer, title", [
    # E4 (Văn Lâm's amendment): the district's own committee named by its level alone
    ("Căn cứ Quyết định số 512/QĐ-UBND ngày 05 tháng 02 năm 2024 của UBND huyện phê duyệt Kế hoạch khuyến công huyện "
     "Văn Lâm năm 2024;", "UBND huyện", "phê duyệt Kế hoạch khuyến công huyện Văn Lâm năm 2024"),
    # E5 (Văn Lâm's, Cẩm Giàng's): a district office proposing, named by its head's title
    ("Xét đề nghị của Trưởng phòng Kinh tế và Hạ tầng huyện tại Tờ trình số 88/TTr-KTHT ngày 10/3/2024.",
     "Phòng Kinh tế và Hạ tầng", None),
    ("Xét đề nghị của Trưởng phòng Kinh tế tại Tờ trình số 58/TTr-PKT ngày 05/7/2024.", "Phòng Kinh tế", None),
])
def test_a_district_decisions_own_committee_and_office_cited(clause, issuer, title):
    text = f"ỦY BAN NHÂN DÂN\nHUYỆN VĂN LÂM\nSố: 12/QĐ-UBND\nQUYẾT ĐỊNH\n{clause}\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt.\n"
    assert [(c.issuer, c.title) for c in extract_text(text).citations] == [(issuer, title)]


def test_a_list_under_a_lead_in_of_results_after_the_plan_figures():
    # Y39's E3 (Phú Thọ's nine-month report): the lead-in's last sentence heads the list
    text = ("I. KẾT QUẢ THỰC HIỆN 9 THÁNG ĐẦU NĂM 2025\n2. Kế hoạch khuyến công địa phương\nKế hoạch giao 24 đề án, tổng "
            "kinh phí 6.800 triệu đồng. Kết quả 9 tháng:\n- Hỗ trợ ứng dụng máy móc thiết bị: kế hoạch 14 đề án, thực "
            "hiện 11 đề án, đạt 78,6%;\n- Tư vấn, thông tin tuyên truyền: thực hiện 12 chuyên mục trên Đài Phát thanh và "
            "Truyền hình tỉnh.\n")
    assert [(t.value, t.achieved) for t in extract_text(text).targets] == [
        (24, False), (14, False), (11, True), (78.6, True), (12, True)]


def test_lettered_items_under_a_total_and_a_later_sections_item():
    # Y39's E6 and E16 (Lục Ngạn's report)
    text = ("I. KẾT QUẢ THỰC HIỆN NĂM 2024\n2. Kế hoạch khuyến công địa phương\nNăm 2024, huyện thực hiện 04 đề án khuyến "
            "công địa phương, tổng kinh phí 520 triệu đồng, gồm:\na) Hỗ trợ 02 cơ sở ứng dụng máy đóng gói, kinh phí 240 "
            "triệu đồng;\nb) Hỗ trợ 01 cơ sở xây dựng nhãn hiệu, kinh phí 80 triệu đồng;\nc) Tổ chức 01 lớp đào tạo nghề "
            "cho 35 lao động, kinh phí 200 triệu đồng.\n4. Tồn tại, hạn chế\n- 01 đề án hỗ trợ máy ép dầu lạc không kịp "
            "triển khai trong năm, chuyển sang năm 2025 với kinh phí 150 triệu đồng.\n")
    assert [(b.amount_vnd // 1_000_000, b.part_of) for b in extract_text(text).budget] == [
        (520, None), (240, 0), (80, 0), (200, 0), (150, None)]


def test_a_contests_funnel_then_the_part_of_its_last_stage():
    # Y39's E7 (Phú Thọ's report), Y31's Đồng Nai report
    text = ("Tháng 8/2025, tỉnh tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh, có 72 sản phẩm tham "
            "gia, 45 sản phẩm được công nhận, trong đó 12 sản phẩm được chọn tham gia bình chọn cấp khu vực.")
    assert [(t.value, t.part_of) for t in extract_text(text).targets] == [(72, None), (45, None), (12, 1)]


def test_a_beneficiary_that_withdrew_is_not_served():
    # Y39's E11 (Buôn Hồ's report)
    text = ("I. KẾT QUẢ THỰC HIỆN NĂM 2024\n2. Số cơ sở được hỗ trợ máy móc thiết bị: kế hoạch giao 4 cơ sở, thực hiện 3 "
            "cơ sở, đạt 75%; 01 cơ sở rang xay cà phê tại phường An Lạc xin dừng do thay đổi phương án sản xuất.\n")
    assert [(t.value, t.achieved) for t in extract_text(text).targets if t.unit == "cơ sở"] == [
        (4, False), (3, True), (1, False)]


def test_a_dash_item_under_a_heading_opens_its_own_duty():
    # Y39's E8 (Buôn Hồ's report): "- Phòng Kinh tế chủ trì, ..." is no wrapped name under "2. Giải pháp"
    text = ("III. KẾ HOẠCH NĂM 2025\n2. Giải pháp\n- Phòng Kinh tế chủ trì, phối hợp với UBND các phường, xã khảo sát, "
            "lựa chọn cơ sở;\n")
    assert [(d.agency_id, d.role) for d in extract_text(text).duties] == [("phong_kinh_te", "lead")]


def test_the_parts_of_money_spent_after_its_plan_and_share():
    # Y39's E12 (Buôn Hồ's report)
    text = ("I. KẾT QUẢ THỰC HIỆN NĂM 2024\n4. Kinh phí: kế hoạch 850 triệu đồng, giải ngân 780 triệu đồng, đạt 91,8%; "
            "trong đó ngân sách tỉnh 650 triệu đồng, ngân sách thị xã 130 triệu đồng.\n")
    assert [(b.amount_vnd // 1_000_000, b.achieved, b.part_of) for b in extract_text(text).budget] == [
        (850, False, None), (780, True, None), (650, True, 1), (130, True, 1)]


def test_a_prize_each_is_no_money_target_and_a_share_of_money_no_activitys():
    # Y39's E17 (Gia Lâm's news), E18 (Diễn Châu's report)
    assert [t.kind for t in extract_text("Ban Tổ chức trao 6 giải A, mỗi giải trị giá 5 triệu đồng.").targets] == ["count"]
    found = extract_text("Tổ chức 2 lớp đào tạo nghề còn lại; ước cả năm giải ngân 9.600 triệu đồng, đạt 96% kế hoạch.")
    assert [(t.value, t.category) for t in found.targets] == [(2, "training"), (96, "other")]


def test_a_long_addressee_line_leaves_the_reports_preamble():
    # Y39's E13 (Phú Thọ's report): the "Thực hiện ..." clause under it is the report's basis
    text = ("SỞ CÔNG THƯƠNG TỈNH PHÚ THỌ\nTRUNG TÂM KHUYẾN CÔNG VÀ\nTƯ VẤN PHÁT TRIỂN CÔNG NGHIỆP\nSố: 156/BC-TTKC\nPhú "
            "Thọ, ngày 03 tháng 10 năm 2025\n\nBÁO CÁO\nKết quả thực hiện công tác khuyến công 9 tháng đầu năm 2025\n\n"
            "Kính gửi: Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công - Bộ Công Thương.\n\nThực hiện Văn bản số "
            "845/ĐMST-KC ngày 15/9/2025 của Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công về việc báo cáo tình hình "
            "thực hiện kế hoạch khuyến công năm 2025, Trung tâm báo cáo như sau:\n\nI. KẾT QUẢ THỰC HIỆN\n")
    assert [(c.number, c.role) for c in extract_text(text).citations] == [("845/ĐMST-KC", "basis")]


def test_a_request_to_the_ministry_after_a_semicolon_is_its_own():
    # Y39's E9 (An Giang's review)
    text = ("III. KIẾN NGHỊ\nĐề nghị UBND tỉnh giao Sở Tài chính bố trí kinh phí khuyến công địa phương năm 2026 không "
            "thấp hơn 12 tỷ đồng; đề nghị Bộ Công Thương ưu tiên phân bổ kinh phí khuyến công quốc gia cho các đề án chế "
            "biến thủy sản của tỉnh.\n")
    assert [d.agency_id for d in extract_text(text).duties] == ["ubnd_tinh", "bo_cong_thuong"]


def test_a_heading_agencys_paragraph_giving_a_unit_a_task():
    # Y35's E5 (Hà Nội's plan): the paragraph is the department's; the clause giving the centre its task the centre's
    text = ("QUYẾT ĐỊNH:\nĐiều 1. Ban hành Kế hoạch.\nĐiều 2. Tổ chức thực hiện\n1. Sở Công Thương\nChủ trì tổ chức thực "
            "hiện Kế hoạch; giao Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Hà Nội triển khai các đề án; tổng "
            "hợp báo cáo UBND Thành phố trước ngày 15/12/2025.\n2. Sở Tài chính\nBố trí kinh phí thực hiện.\n")
    assert [(d.agency_id, d.role) for d in extract_text(text).duties] == [
        ("so_cong_thuong", "lead"), ("trung_tam_khuyen_cong", "execute"), ("so_tai_chinh", "execute")]


# Probe audit Y40 (of 217b291..ba04362, 220 probes: 17 regressions in six groups). R1: a count in need after a verb of
# finding ("xác định", "nắm bắt", "đánh giá", "phát hiện", "khảo sát") is counted, not served; R2: a facility's own
# training under way ("5 hộ sản xuất mây tre đan đang tổ chức dạy nghề") with up to six words between; R3: facilities
# cut from the plan; R4: "sau năm 2025" is later; R5: a bare word of detail ("Cụ thể:") after a plan's sentence leaves
# the lead-in the plan's.
@pytest.mark.parametrize("head, body, expected", [
    (_PART_I_MACHINES, "Khảo sát 60 cơ sở, xác định được 25 cơ sở có nhu cầu hỗ trợ máy móc.", [True, False]),
    (_PART_I_MACHINES, "Phát hiện 25 cơ sở có nhu cầu vay vốn.", [False]),
    (_PART_I_MACHINES, "Hỗ trợ 5 hộ sản xuất mây tre đan đang tổ chức dạy nghề cho lao động địa phương.", [True]),
    (_PART_I_MACHINES, "Hỗ trợ 12 cơ sở; 2 cơ sở được rút khỏi kế hoạch.", [True, False]),
    (_PART_I_MACHINES, "Hỗ trợ 12 cơ sở, 2 cơ sở được điều chỉnh giảm theo Quyết định số 35/QĐ-SCT.", [True, False]),
    (_PART_I_HEAD, "Tổ chức 4 lớp sau năm 2025.", [False]),
    ("I. KẾT QUẢ THỰC HIỆN NĂM 2024\n2. Kết quả thực hiện các đề án\n",
     "Kế hoạch năm 2024 giao 24 đề án. Cụ thể:\n- Hỗ trợ 14 đề án máy móc.\n- Đào tạo 10 lớp nghề.", [False, False, False]),
    ("I. KẾT QUẢ THỰC HIỆN NĂM 2024\n2. Kết quả thực hiện các đề án\n",
     "Chỉ tiêu năm 2024 là 24 đề án. Bao gồm:\n- Hỗ trợ 14 đề án máy móc;\n- Đào tạo 10 lớp nghề.", [False, False, False]),
])
def test_a_part_of_results_after_the_y40_mends(head, body, expected):
    assert [t.achieved for t in extract_text(head + body + "\n").targets] == expected


@pytest.mark.parametrize("line, done", [
    # Y40's wrong-at-both: the item's line was joined to the heading above it, its own words read as the heading's
    ("3 lớp còn lại sẽ tổ chức vào quý I/2025.", False),
    ("- 01 đề án hỗ trợ máy sấy của HTX Tân Phú chưa triển khai do thiếu vốn đối ứng.", False),
    ("Năm 2024, Trung tâm đã tổ chức 15 lớp.", True),
])
def test_a_heading_over_a_line_opening_with_a_count_keeps_its_own(line, done):
    document = extract_text("I. KẾT QUẢ THỰC HIỆN NĂM 2024\n1. Công tác đào tạo nghề\n" + line + "\n")
    assert document.sections[-1].heading == "Công tác đào tạo nghề"
    assert [t.achieved for t in document.targets] == [done]


def test_a_bare_word_of_detail_after_work_reported_done():
    # Probe audit Y41 (of ba04362..4e8bb5c, 166 probes): R1, R2 of the bare-detail reading
    text = ("I. KẾT QUẢ THỰC HIỆN NĂM 2024\nĐã hoàn thành 20/24 đề án theo kế hoạch. Trong đó:\n- 10 lớp đào tạo nghề;\n"
            "- 10 cơ sở ứng dụng máy móc.\n")
    assert [t.achieved for t in extract_text(text).targets] == [True, True, True]
    text = ("I. KẾT QUẢ THỰC HIỆN NĂM 2024\nĐã giải ngân 2.000/2.500 triệu đồng kế hoạch vốn. Cụ thể:\n- Đào tạo nghề: 800 "
            "triệu đồng;\n- Hỗ trợ máy móc: 1.200 triệu đồng.\n")
    assert [(b.amount_vnd // 1_000_000, b.achieved) for b in extract_text(text).budget] == [
        (2000, True), (800, True), (1200, True)]


@pytest.mark.parametrize("before, done", [
    # Probe audit Y42 (of 23fd8f9, 125 probes): R1-R11, a plan named after the work reported, or work done named in an
    # aside of a plan's sentence, leaves the list the plan's; its fixes stay
    ("Đã thực hiện 20/24 đề án theo Kế hoạch năm 2024; kế hoạch năm 2025 giao 30 đề án. Cụ thể:", False),
    ("Trên cơ sở kết quả năm 2024, kế hoạch năm 2025 giao 30 đề án. Cụ thể:", False),
    ("Phát huy kết quả đạt được năm qua, năm 2025 Trung tâm xây dựng kế hoạch 30 đề án. Trong đó:", False),
    ("Kế hoạch năm 2025 giao 30 đề án, tăng 6 đề án so với năm 2024 đã thực hiện. Cụ thể:", False),
    ("Năm 2024 kế hoạch giao 24 đề án mà Trung tâm đã đăng ký từ năm 2023. Cụ thể:", False),
    ("Kế hoạch năm 2025 giao 30 đề án như đã nêu ở trên. Cụ thể:", False),
    ("Kế hoạch năm 2025 giao 30 đề án, cao hơn năm 2024 (đã thực hiện 24 đề án). Trong đó:", False),
    ("Trung tâm đã triển khai 18/20 đề án theo kế hoạch được giao. Bao gồm:", True),
    ("Kế hoạch năm 2024 giao 24 đề án, trong đó đã hoàn thành 20 đề án. Trong đó:", True),
])
def test_the_sentence_before_a_bare_word_of_detail(before, done):
    text = f"I. KẾT QUẢ THỰC HIỆN NĂM 2024\n{before}\n- 12 lớp đào tạo nghề;\n- 18 cơ sở ứng dụng máy móc.\n"
    assert [t.achieved for t in extract_text(text).targets][-2:] == [done, done]


def test_a_plan_of_money_named_after_money_spent_heads_its_list():
    text = ("I. KẾT QUẢ THỰC HIỆN NĂM 2024\nĐã giải ngân 2.000/2.500 triệu đồng; kế hoạch vốn năm 2025 là 3.000 triệu "
            "đồng. Trong đó:\n- Ngân sách tỉnh: 2.400 triệu đồng;\n- Nguồn lồng ghép: 600 triệu đồng.\n")
    assert amounts(text) == [(2000, True, None), (3000, False, None), (2400, False, 1), (600, False, 1)]


def test_a_leaders_request_goes_on_to_the_agency_after_a_semicolon():
    # Y39 E10: "tăng cường" is no duty verb of its own, but the request's "đề nghị" gives it
    text = ("Phát biểu tại hội nghị, Phó Chủ tịch UBND thị xã đề nghị Phòng Kinh tế chủ trì rà soát nhu cầu hỗ trợ của "
            "các cơ sở; Trung tâm Văn hóa - Thể thao và Truyền thanh thị xã tăng cường tuyên truyền về chính sách "
            "khuyến công.\n")
    duties = extract_text(text).duties
    assert [d.agency_id for d in duties] == ["phong_kinh_te", "trung_tam_van_hoa_thong_tin_the_thao"]
    assert duties[1].text.startswith("Trung tâm Văn hóa - Thể thao và Truyền thanh thị xã tăng cường")
    # Y43 E11: a decision's "Giao ..." likewise
    text = ("Điều 2. Giao Sở Công Thương chỉ đạo Trung tâm Khuyến công triển khai các đề án bổ sung, hoàn thành trước "
            "ngày 30/11/2026; Sở Tài chính điều chỉnh dự toán kinh phí theo quy định.\n")
    assert [d.agency_id for d in extract_text(text).duties] == ["so_cong_thuong", "so_tai_chinh"]
    # a headline's "Agency: Tăng cường ..." stays no duty
    assert extract_text("Sở Công Thương: Tăng cường hỗ trợ các cơ sở công nghiệp nông thôn\n").duties == []


def test_a_contests_group_of_products_on_its_line():
    # Y39 E15
    text = ("Qua chấm điểm, Hội đồng đã chọn ra 32 sản phẩm đạt tiêu chuẩn sản phẩm công nghiệp nông thôn tiêu biểu cấp "
            "huyện. Nhóm thủ công mỹ nghệ chiếm ưu thế với 24 sản phẩm, chủ yếu là gốm sứ Bát Tràng.\n")
    assert [t.category for t in extract_text(text).targets] == ["rural_products", "rural_products"]
    text = ("Hội đồng đã công nhận 28 sản phẩm đạt sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh. Các sản phẩm đạt "
            "giải thuộc 2 nhóm: nhóm chế biến nông sản có 12 sản phẩm; nhóm thiết bị, máy móc, dụng cụ có 4 sản phẩm.\n")
    assert [t.category for t in extract_text(text).targets] == ["rural_products"] * 3
    text = "Năm 2024, Trung tâm hỗ trợ 5 cơ sở. Nhóm ngành chế biến có 12 sản phẩm.\n"
    assert [t.category for t in extract_text(text).targets] == ["other", "other"]


@pytest.mark.parametrize("above, done", [
    # Y42's wrong-at-both: "Cụ thể:" on a line of its own is read with the sentence above it
    ("Kế hoạch năm 2025 giao 30 đề án.", False),
    ("Đã hoàn thành 20/24 đề án theo kế hoạch.", True),
    ("Năm 2024, Trung tâm tổ chức 15 lớp và hỗ trợ 15 cơ sở.", True),
])
def test_a_bare_word_of_detail_on_a_line_of_its_own(above, done):
    text = f"I. KẾT QUẢ THỰC HIỆN NĂM 2024\n{above}\nCụ thể:\n- 12 lớp đào tạo nghề;\n- 18 cơ sở ứng dụng máy móc.\n"
    assert [t.achieved for t in extract_text(text).targets][-2:] == [done, done]
