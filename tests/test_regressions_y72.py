"""Re-reading audit Y72: five new documents (a year-end report, a decision with its annex, a six-month report, a news
article, a district's report) read fact by fact; each case the fewest lines that showed an error, with the reading a
careful reader gives it. Then the probe audits Y73 and Y74 of the mends that followed."""

import pytest

from khuyencong_extract.pipeline import extract_text


def _money(text: str) -> list[tuple[str, str | None, int | None]]:
    return [(b.amount_text, b.funding_source, b.part_of) for b in extract_text(text).budget]


@pytest.mark.parametrize("text, money", [
    # E4: a source in the next clause, after a semicolon, is that clause's own
    ("Các cơ sở đã đóng góp 14,2 tỷ đồng vốn đối ứng; nguồn xã hội hóa đạt 850 triệu đồng.",
     [("14,2 tỷ đồng", "đối ứng", None), ("850 triệu đồng", "xã hội hóa", None)]),
    # E6: the parts in brackets after the amount's share of the plan
    ("Đã giải ngân 1.960 triệu đồng, đạt 34,4% kế hoạch năm (kinh phí khuyến công quốc gia 450 triệu đồng, kinh phí"
     " khuyến công địa phương 1.510 triệu đồng).",
     [("1.960 triệu đồng", None, None), ("450 triệu đồng", "quốc gia", 0), ("1.510 triệu đồng", "địa phương", 0)]),
    # E12: a city's programme run by the province-level city, "khuyến công thành phố"
    ("Tổ chức 04 lớp đào tạo nghề, kinh phí 280 triệu đồng từ nguồn khuyến công thành phố.",
     [("280 triệu đồng", "địa phương", None)]),
])
def test_money_and_its_source(text, money):
    assert _money(text) == money


def test_an_account_bar_is_chrome():
    # E11: "Đăng nhập | Đăng ký" over a headline: a news page still
    doc = extract_text("Đăng nhập | Đăng ký\nHơn 52 tỷ đồng hỗ trợ công nghiệp nông thôn Nghệ An\nGiai đoạn 2021 - 2025,"
                       " chương trình khuyến công tỉnh Nghệ An đã hỗ trợ 312 đề án với tổng kinh phí hơn 52 tỷ đồng.")
    assert (doc.metadata.doc_type, doc.metadata.title) == ("bai_viet", "Hơn 52 tỷ đồng hỗ trợ công nghiệp nông thôn Nghệ An")


@pytest.mark.parametrize("text, agencies", [
    # E20: the first dash item under a heading in capitals is that heading's first item, in sentence or lower case
    ("III. KIẾN NGHỊ\n- Đề nghị Bộ Công Thương sớm ban hành hướng dẫn.\n- Đề nghị UBND tỉnh bổ sung kinh phí.",
     ["Bộ Công Thương", "UBND tỉnh"]),
    ("ĐỀ XUẤT\n- đề nghị Sở Tài chính bố trí kinh phí cho Trung tâm.\n- đề nghị Sở Công Thương hướng dẫn.",
     ["Sở Tài chính", "Sở Công Thương"]),
])
def test_the_first_item_under_a_heading_in_capitals(text, agencies):
    assert [d.agency for d in extract_text(text).duties] == agencies


@pytest.mark.parametrize("text, achieved", [
    # E1: an item naming a year the lead-in reporting work done holds takes its tense, money as counts
    ("Giai đoạn 2021-2025, Trung tâm đã thực hiện 143 đề án, cụ thể:\n- Năm 2024: 70 đề án, kinh phí 8 tỷ đồng;\n"
     "- Năm 2025: 73 đề án, kinh phí 12 tỷ đồng.", [True, True]),
    ("Giai đoạn 2021-2023, tổng kinh phí khuyến công đã giải ngân 6.000 triệu đồng, trong đó:\n- Năm 2021: 2.000 triệu"
     " đồng;\n- Năm 2022: 2.400 triệu đồng;\n- Năm 2023: 1.600 triệu đồng.", [True, True, True, True]),
    # ... not a later year's
    ("Giai đoạn 2021-2023, Trung tâm đã thực hiện các đề án, cụ thể:\n- Năm 2021: kinh phí 8 tỷ đồng;\n- Năm 2022: kinh"
     " phí 12 tỷ đồng;\n- Năm 2025: kinh phí 10 tỷ đồng.", [True, True, False]),
])
def test_money_by_year_under_a_lead_in_reporting_work_done(text, achieved):
    assert [b.achieved for b in extract_text(text).budget] == achieved


def test_the_plan_a_later_share_measures_is_not_spent():
    # E2: 8.720 / 9.250 is the 94,3 % written: the 9.250 and its split by source are the plan, under a heading of results
    text = ("I. KẾT QUẢ THỰC HIỆN NĂM 2025\nTổng kinh phí khuyến công năm 2025 là 9.250 triệu đồng, trong đó: kinh phí"
            " khuyến công quốc gia 2.400 triệu đồng; kinh phí khuyến công địa phương 6.850 triệu đồng.\nĐã giải ngân 8.720"
            " triệu đồng, bằng 94,3% kế hoạch.")
    assert [(b.amount_text, b.achieved) for b in extract_text(text).budget] == [
        ("9.250 triệu đồng", False), ("2.400 triệu đồng", False), ("6.850 triệu đồng", False), ("8.720 triệu đồng", True)]


@pytest.mark.parametrize("text, achieved", [
    # E3: a whole year's estimate in a report on part of it is a forecast
    ("Lũy kế 6 tháng đầu năm 2025 đã giải ngân 1.960 triệu đồng. Ước thực hiện cả năm giải ngân 5.550 triệu đồng, đạt"
     " 97,4% kế hoạch.", [True, False]),
    ("BÁO CÁO\nTình hình thực hiện công tác khuyến công 6 tháng đầu năm 2025\nƯớc thực hiện cả năm giải ngân 5.550 triệu"
     " đồng.", [False]),
    # ... a year-end report's estimate is its result
    ("Năm 2025, Trung tâm ước thực hiện giải ngân 5.550 triệu đồng, đạt 97,4% kế hoạch.", [True]),
])
def test_a_whole_years_estimate(text, achieved):
    assert [b.achieved for b in extract_text(text).budget] == achieved


def test_a_change_against_a_period():
    # E15: "So với giai đoạn 2016 - 2020, ... tăng 4 sản phẩm" changes the count before it
    text = ("Giai đoạn 2021 - 2025, UBND tỉnh đã công nhận 20 sản phẩm công nghiệp nông thôn tiêu biểu. So với giai đoạn"
            " 2016 - 2020, số sản phẩm được công nhận tăng 4 sản phẩm.")
    assert [(t.text, t.achieved, t.part_of) for t in extract_text(text).targets] == [
        ("20 sản phẩm", True, None), ("4 sản phẩm", True, 0)]


def test_a_closing_total_repeating_the_decisions_count_takes_the_parts():
    # Y72 E14: "Tổng cộng: 09 đề án" repeats Điều 1's count; the annex's 03 and 06 are that count's parts
    text = ("Điều 1. Phê duyệt Kế hoạch khuyến công năm 2026 gồm 09 đề án (chi tiết tại Phụ lục).\nĐiều 2. Sở Công Thương"
            " chủ trì tổ chức thực hiện.\nPHỤ LỤC\nI. ĐÀO TẠO NGHỀ (03 đề án)\nII. HỖ TRỢ MÁY MÓC THIẾT BỊ (06 đề án)\n"
            "Tổng cộng: 09 đề án.")
    assert [(t.text, t.part_of, t.restates) for t in extract_text(text).targets] == [
        ("09 đề án", None, None), ("03 đề án", 0, None), ("06 đề án", 0, None), ("09 đề án", None, 0)]


@pytest.mark.parametrize("text, achieved", [
    # Y73 RA: a line gathering needs or requests, listing the eligible, preparing or contracting lends no tense
    ("Trung tâm đã phối hợp với UBND các huyện khảo sát, tổng hợp nhu cầu hỗ trợ của các cơ sở\n- 12 cơ sở có nhu cầu"
     " hỗ trợ máy móc thiết bị;\n- 06 cơ sở có nhu cầu tham gia hội chợ.", [False, False]),
    ("Đến nay, Trung tâm đã hoàn thành hồ sơ thủ tục và chuẩn bị triển khai\n- 05 lớp đào tạo nghề;\n- 08 cơ sở ứng dụng"
     " máy móc thiết bị.", [False, False]),
    ("Trung tâm đã ký hợp đồng đào tạo nghề với kinh phí 450 triệu đồng\n- 09 lớp, thời gian thực hiện năm 2025",
     [False]),
    # Y73 RF: the walk up a list stops at an item opening with its own year or work to come
    ("Năm 2023, Trung tâm đã hỗ trợ với tổng kinh phí 1.000 triệu đồng\n- Hỗ trợ 05 cơ sở ứng dụng máy móc thiết bị;\n"
     "- Năm 2024, Trung tâm sẽ hỗ trợ 08 cơ sở;\n- Tổ chức 05 lớp đào tạo nghề.", [True, False, False]),
    # ... not at one whose own follow-up is to come
    ("Năm 2023, Trung tâm đã hỗ trợ máy móc thiết bị với kinh phí 1.100 triệu đồng\n- 08 cơ sở chế biến nông sản, sẽ tiếp"
     " tục theo dõi hiệu quả đầu tư;\n- 03 cơ sở cơ khí.", [False, True]),
])
def test_the_line_over_a_list(text, achieved):
    assert [t.achieved for t in extract_text(text).targets] == achieved


@pytest.mark.parametrize("text, achieved", [
    # Y73 RB: the report's date within the lead-in's period bounds the items' years; an item's own plan stays its own
    ("Báo cáo kết quả thực hiện Chương trình khuyến công giai đoạn 2021-2025 (tính đến ngày 30/6/2024)\nGiai đoạn"
     " 2021-2025, Trung tâm đã thực hiện 110 đề án khuyến công, cụ thể:\n- Năm 2023: 35 đề án;\n- Năm 2025: 30 đề án.",
     [True, True, False]),
    ("Giai đoạn 2021-2025, Trung tâm đã thực hiện 110 đề án khuyến công, cụ thể:\n- Năm 2024: 20 đề án;\n- Năm 2025: 30"
     " đề án (kế hoạch).", [True, True, False]),
    # Y73 RC: a document sent "tới các huyện ngày ..." ends no period
    ("Thực hiện Công văn số 123/SCT-QLCN gửi tới các huyện ngày 10/01/2021, Trung tâm đã hỗ trợ 22 cơ sở, cụ thể:\n- Năm"
     " 2021: 10 cơ sở;\n- Năm 2022: 12 cơ sở.", [True, True, True]),
    # Y73 RD: a year an earlier sentence names is no bound of a whole naming none
    ("Năm 2021, tỉnh đã bố trí 2.000 triệu đồng cho khuyến công.\nTrung tâm đã hỗ trợ 22 cơ sở, cụ thể:\n- Năm 2021: 10"
     " cơ sở;\n- Năm 2022: 12 cơ sở.", [True, True, True]),
])
def test_the_years_a_lead_in_holds(text, achieved):
    assert [t.achieved for t in extract_text(text).targets] == achieved


@pytest.mark.parametrize("text, source", [
    # Y73 RE: the centre's name is no source; the city's programme is
    ("Năm 2023, Trung tâm Khuyến công thành phố Hà Nội đã hỗ trợ 1.500 triệu đồng từ nguồn khuyến công quốc gia cho 10"
     " đề án.", "quốc gia"),
    ("Chương trình khuyến công thành phố năm 2024 được bố trí 12 tỷ đồng.", "địa phương"),
])
def test_a_citys_programme_and_its_centre(text, source):
    assert [b.funding_source for b in extract_text(text).budget] == [source]


@pytest.mark.parametrize("item", [
    # Y73's wrong at both: an item naming a later year anywhere keeps its own reading under a lead-in of a year
    "- 02 đề án chuyển sang năm 2024.",
])
def test_an_item_of_a_later_year_under_a_lead_in(item):
    text = "Năm 2023, Trung tâm đã thực hiện 15 đề án khuyến công, cụ thể:\n- 13 đề án đã nghiệm thu;\n" + item
    assert [t.achieved for t in extract_text(text).targets] == [True, True, False]


@pytest.mark.parametrize("text, achieved", [
    # Y74 R1, R2: an amount reporting its own work done, or of another year, is no plan a later share measures
    ("Năm 2023, Trung tâm đã giải ngân 500 triệu đồng. Năm 2024, Trung tâm đã giải ngân 500 triệu đồng, đạt 100% kế"
     " hoạch.", [True, True]),
    ("Kinh phí khuyến công quốc gia năm 2024: đã thực hiện 1.000 triệu đồng. Kinh phí khuyến công địa phương: đã thực"
     " hiện 950 triệu đồng, đạt 95% kế hoạch.", [True, True]),
    # Y74 R3, R4: a year-end report naming part of the year on the way keeps its whole year's estimate a result
    ("BÁO CÁO\nKết quả thực hiện công tác khuyến công năm 2023\nNăm 2023, Trung tâm đã giải ngân 1.500 triệu đồng, trong"
     " đó 6 tháng đầu năm giải ngân 600 triệu đồng. Ước thực hiện cả năm giải ngân 1.500 triệu đồng.", [True, True, True]),
])
def test_money_of_its_own(text, achieved):
    assert [b.achieved for b in extract_text(text).budget] == achieved


@pytest.mark.parametrize("text, achieved", [
    # Y74 R5-R7: a done line contributing, getting ready or handing over still leads its list
    ("Năm 2024, Trung tâm đã tổ chức các lớp đào tạo nghề góp phần giải quyết việc làm cho lao động nông thôn\n- 05 lớp"
     " may công nghiệp;\n- 03 lớp mây tre đan.", [True, True]),
    ("Năm 2024, các cơ sở đã chuẩn bị đầy đủ điều kiện và tham gia các hội chợ\n- 03 hội chợ trong tỉnh;\n- 02 hội chợ"
     " ngoài tỉnh.", [True, True]),
    ("Trung tâm đã tiếp nhận thiết bị và bàn giao cho các cơ sở\n- 05 cơ sở chế biến nông sản;\n- 02 cơ sở cơ khí.",
     [True, True]),
    # Y74 R8, R9: an item opening with a verb of work reports it, needs or requests after it aside
    ("Năm 2024, Trung tâm đã hỗ trợ các cơ sở\n- Hỗ trợ 12 cơ sở có nhu cầu ứng dụng máy móc thiết bị;\n- Hỗ trợ 05 cơ"
     " sở tham gia hội chợ.", [True, True]),
    # Y74 R10, R11: an item of a plan met or of the line's own year stops no walk up the list
    ("Năm 2024, Trung tâm đã tổ chức các lớp đào tạo nghề\n- Kế hoạch giao 05 lớp, đã tổ chức 05 lớp;\n- Tổ chức 03 lớp"
     " tập huấn khởi sự doanh nghiệp.", [False, True, True]),
    # (the first item naming the line's own year keeps its own reading: Y74's wrong at both)
    ("Năm 2024, Trung tâm đã hỗ trợ các cơ sở\n- Năm 2024 hỗ trợ 05 cơ sở máy móc thiết bị;\n- 03 cơ sở tham gia hội"
     " chợ.", [False, True]),
])
def test_a_list_under_its_lead_in(text, achieved):
    assert [t.achieved for t in extract_text(text).targets] == achieved


def test_a_later_year_in_a_parts_clause_is_not_the_items():
    # Y74 R12: the 10 đề án were done in 2024, whatever month one of its parts was finished
    targets = extract_text("Năm 2024, Trung tâm đã thực hiện:\n- 10 đề án, trong đó 02 đề án hoàn thành tháng 01/2025;\n"
                           "- 05 lớp đào tạo nghề.").targets
    assert [(t.text, t.achieved) for t in targets if t.text != "02 đề án"] == [("10 đề án", True), ("05 lớp", True)]
