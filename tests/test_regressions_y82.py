"""Re-reading audits Y82 (five realistic documents with tables), Y80 (its items left) and Y84 (five documents of other
kinds): each case the fewest lines that showed an error, with the reading a careful reader gives it."""

import pytest

from khuyencong_extract.pipeline import extract_text

MID_YEAR = "BÁO CÁO\nKết quả hoạt động khuyến công 6 tháng đầu năm 2025\n\nLũy kế 6 tháng đầu năm 2025, đã giải ngân 1.240 triệu đồng. "


def _read(text: str) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    doc = extract_text(text)
    return [(b.amount_text, b.achieved) for b in doc.budget], [(t.text, t.achieved) for t in doc.targets]


@pytest.mark.parametrize("estimate, spent, done", [
    # the whole year's estimate with no tense word of its own, after a sentence of money spent: a forecast
    ("Ước cả năm giải ngân 3.650 triệu đồng.", [("1.240 triệu đồng", True), ("3.650 triệu đồng", False)], []),
    ("Ước tính cả năm giải ngân 3.650 triệu đồng.", [("1.240 triệu đồng", True), ("3.650 triệu đồng", False)], []),
    ("Cả năm ước giải ngân 3.650 triệu đồng.", [("1.240 triệu đồng", True), ("3.650 triệu đồng", False)], []),
    ("Ước cả năm tổ chức 10 lớp đào tạo nghề.", [("1.240 triệu đồng", True)], [("10 lớp", False)]),
    # a done word of its own after the estimate's words: done
    ("Ước cả năm đã tổ chức 10 lớp đào tạo nghề.", [("1.240 triệu đồng", True)], [("10 lớp", True)]),
])
def test_a_whole_years_estimate_after_money_spent(estimate, spent, done):
    assert _read(MID_YEAR + estimate) == (spent, done)


def test_a_whole_years_estimate_in_a_year_end_report_is_done():
    text = (MID_YEAR + "Ước cả năm giải ngân 3.650 triệu đồng.").replace("6 tháng đầu năm", "năm")
    assert _read(text)[0] == [("1.240 triệu đồng", True), ("3.650 triệu đồng", True)]


@pytest.mark.parametrize("text, done, spent", [
    # a done word after the money set between a count's noun and it: the count's and the money's
    ("- 01 đề án của HTX Krông Năng, kinh phí 250 triệu đồng, đã nghiệm thu.", [True], [True]),
    ("- 01 đề án của HTX Krông Năng, với tổng kinh phí hỗ trợ 250 triệu đồng, đã hoàn thành.", [True], [True]),
    # not a plan's, nor work going on
    ("- 01 đề án của HTX Krông Năng, kinh phí 180 triệu đồng, đang hoàn thiện hồ sơ.", [False], [False]),
    ("Năm 2026 dự kiến hỗ trợ 02 đề án, kinh phí 300 triệu đồng, đã được UBND tỉnh phê duyệt.", [False], [False]),
])
def test_a_status_after_the_money_of_a_count(text, done, spent):
    doc = extract_text(text)
    assert ([t.achieved for t in doc.targets], [b.achieved for b in doc.budget]) == (done, spent)


def test_a_count_of_all_of_those_stated_repeats_them():
    text = ("Năm 2025, tỉnh được Bộ Công Thương hỗ trợ 02 đề án khuyến công quốc gia với kinh phí 1.100 triệu đồng, đã "
            "nghiệm thu cả 02 đề án.")
    assert [(t.text, t.restates) for t in extract_text(text).targets] == [("02 đề án", None), ("02 đề án", 0)]
    # "cả" summing the counts before it
    text = "Năm 2024, Trung tâm hỗ trợ 4 cơ sở mua máy sấy và 3 cơ sở mua máy ép. Đến nay, cả 7 cơ sở đều hoạt động ổn định."
    assert [(t.text, t.part_of) for t in extract_text(text).targets] == [("4 cơ sở", 2), ("3 cơ sở", 2), ("7 cơ sở", None)]


def test_a_count_in_a_tables_row_is_of_its_cell_and_cnnt_written_out():
    text = ("III. CHỈ TIÊU NĂM 2026\n- Xây dựng 02 điểm giới thiệu, bán sản phẩm công nghiệp nông thôn.\n\nIV. NHIỆM VỤ\n"
            "(Đơn vị tính: triệu đồng)\nSTT | Nhiệm vụ | Đơn vị chủ trì | Kinh phí\n"
            "1 | Xây dựng 02 điểm giới thiệu, bán sản phẩm CNNT | Trung tâm Khuyến công | 360\n")
    targets = extract_text(text).targets
    assert [(t.activity, t.category, t.restates) for t in targets] == [
        ("Xây dựng 02 điểm giới thiệu, bán sản phẩm công nghiệp nông thôn", "rural_products", None),
        ("Xây dựng 02 điểm giới thiệu, bán sản phẩm CNNT", "rural_products", 0)]


def test_a_count_alone_in_its_cell_is_of_its_row():
    text = ("PHỤ LỤC\nĐơn vị tính: triệu đồng\nTT | Nội dung | Số lượng | Kinh phí\n1 | Đào tạo nghề | 3 lớp | 360\n"
            "2 | Hội chợ triển lãm | 2 hội chợ | 240\nTổng cộng | | | 600\n")
    assert [(t.text, t.category) for t in extract_text(text).targets] == [
        ("3 lớp", "training"), ("2 hội chợ", "rural_products")]


def test_the_communes_entrants_come_from_are_no_count():
    text = "Có 18 sản phẩm của 15 cơ sở công nghiệp nông thôn thuộc 11 xã, thị trấn đăng ký tham gia bình chọn."
    assert [t.text for t in extract_text(text).targets] == ["18 sản phẩm", "15 cơ sở"]


DISTRICT_HEADER = "ỦY BAN NHÂN DÂN\nHUYỆN THỌ XUÂN\nSố: 412/BC-UBND\n\nKính gửi: Sở Công Thương tỉnh Thanh Hóa.\n\n"


@pytest.mark.parametrize("text, issuer", [
    # a district's committee issuing the decision it cites: no province's, though its code is "QĐ-UBND"
    (DISTRICT_HEADER + "Ngày 05/4/2024, UBND huyện ban hành Quyết định số 1120/QĐ-UBND thành lập Hội đồng bình chọn.",
     "UBND huyện Thọ Xuân"),
    ("Ngày 05/4/2024, UBND huyện Thọ Xuân ban hành Quyết định số 1120/QĐ-UBND thành lập Hội đồng bình chọn.",
     "UBND huyện Thọ Xuân"),
    ("Ngày 05/4/2024, UBND thị xã Nghi Sơn đã ban hành Quyết định số 1120/QĐ-UBND thành lập Hội đồng.",
     "UBND thị xã Nghi Sơn"),
    # the province's: its code's reading
    (DISTRICT_HEADER + "Ngày 20/3/2024, UBND tỉnh ban hành Quyết định số 845/QĐ-UBND về khuyến công.",
     "UBND tỉnh Thanh Hóa"),
])
def test_a_district_issuing_what_it_cites(text, issuer):
    assert [c.issuer for c in extract_text(text).citations] == [issuer]


def test_an_unknown_office_whose_name_holds_a_verb_of_duties():
    text = ("VI. TỔ CHỨC THỰC HIỆN\n\n1. Phòng Quản lý công nghiệp\n- Tham mưu Giám đốc Sở tổ chức bình chọn sản phẩm "
            "công nghiệp nông thôn tiêu biểu cấp tỉnh năm 2026.\n- Phối hợp với Phòng Kế hoạch - Tài chính thẩm định, "
            "nghiệm thu các đề án.\n\n2. Phòng Kế hoạch - Tài chính\nHướng dẫn Trung tâm lập dự toán, thanh quyết toán "
            "kinh phí.\n")
    assert [d.agency for d in extract_text(text).duties] == [
        "Phòng Quản lý công nghiệp", "Phòng Quản lý công nghiệp", "Phòng Kế hoạch - Tài chính"]


@pytest.mark.parametrize("text, source", [
    ("Ngoài ra, Sở Công Thương lồng ghép kinh phí từ Chương trình phát triển tài sản trí tuệ của tỉnh khoảng 300 triệu "
     "đồng để hỗ trợ xây dựng nhãn hiệu.", "khác"),
    ("Nguồn vốn lồng ghép các chương trình: 1.200 triệu đồng.", "khác"),
    # the programme's own money integrated with another: its own
    ("Kinh phí khuyến công địa phương lồng ghép với chương trình OCOP là 300 triệu đồng.", "địa phương"),
])
def test_money_drawn_in_from_another_programme(text, source):
    assert [b.funding_source for b in extract_text(text).budget] == [source]


def test_a_figure_before_a_bracket_at_a_lines_end_counts_nothing_on_the_next_line():
    # "Biểu 1 (triệu đồng)" over the header row: no count of "STT"; "01 (một) cộng tác viên" is one
    assert [t.text for t in extract_text("Biểu 1 (triệu đồng)\nSTT | Tên đề án | Kinh phí\n1 | Đề án A | 400\n").targets] == []
    assert [t.unit for t in extract_text("Tuyển 01 (một) cộng tác viên khuyến công.").targets] == ["cộng tác viên"]


# Re-reading audit Y80 (five documents with tables), items left then.

def test_investment_drawn_in_with_them():
    assert [(b.funding_source, b.label) for b in extract_text(
        "Các cơ sở được hỗ trợ đã thu hút thêm hơn 15 tỷ đồng vốn đầu tư.").budget] == [("đối ứng", "vốn đầu tư")]


@pytest.mark.parametrize("text, counts", [
    ("Năm 2025, huyện đã tổ chức 9 lớp đào tạo nghề cho 285 học viên tại 6 xã, thị trấn.", ["9 lớp", "285 học viên"]),
    ("Hỗ trợ xây dựng 5 mô hình ở 3 phường.", ["5 mô hình"]),
    # a province after "tại" may count the fairs held in it
    ("Tổ chức hội chợ tại 3 tỉnh.", ["3 tỉnh"]),
])
def test_the_communes_where_work_was_done_are_no_count(text, counts):
    assert [t.text for t in extract_text(text).targets] == counts


def test_a_sites_masthead_over_a_headline():
    text = ("SỞ CÔNG THƯƠNG TỈNH HÀ TĨNH\nHà Tĩnh: Công tác khuyến công giai đoạn 2021-2025 hỗ trợ hơn 320 cơ sở công "
            "nghiệp nông thôn\nNgày đăng: 05/12/2025\nGiai đoạn 2021-2025, Trung tâm Khuyến công Hà Tĩnh đã hỗ trợ hơn "
            "320 cơ sở công nghiệp nông thôn với tổng kinh phí trên 42 tỷ đồng.\n")
    doc = extract_text(text)
    assert doc.metadata.doc_type == "bai_viet"
    assert [(t.text, t.achieved, t.restates) for t in doc.targets] == [("320 cơ sở", True, None), ("320 cơ sở", True, 0)]


# Re-reading audit Y84 (five documents of other kinds: a council's resolution, an amending decision, an allotment, a
# district's plan, a programme copied from a web page).

def test_a_total_row_whose_words_stand_in_another_column():
    text = ("Đơn vị tính: triệu đồng\n\nSTT | Đơn vị thực hiện | Nội dung hỗ trợ | Kinh phí\n"
            "1 | Huyện Lục Nam | Hỗ trợ máy móc thiết bị | 450\n2 | Huyện Lục Ngạn | Hỗ trợ máy móc thiết bị | 400\n"
            " | Tổng cộng |  | 850\n")
    assert [(b.amount_vnd // 10**6, b.label, b.part_of) for b in extract_text(text).budget] == [
        (450, "Hỗ trợ máy móc thiết bị", 2), (400, "Hỗ trợ máy móc thiết bị", 2), (850, "Tổng cộng", None)]


def test_items_by_year_are_no_crossheads():
    text = "Tổ chức 04 lớp đào tạo nghề, trong đó:\n+ Năm 2026: 02 lớp;\n+ Năm 2027: 02 lớp.\n"
    assert [(t.part_of, t.restates) for t in extract_text(text).targets] == [(None, None), (0, None), (0, None)]


@pytest.mark.parametrize("text, source", [
    # the owners of the first source's money between two sources joined: two sources, none
    ("Vốn đối ứng của các cơ sở và xã hội hóa: 5,5 tỷ đồng.", None),
    ("Vốn đối ứng của các cơ sở và huy động xã hội hóa: 5,5 tỷ đồng.", None),
    ("Vốn đối ứng của các cơ sở: 5,5 tỷ đồng.", "đối ứng"),
])
def test_two_sources_joined_past_the_owners(text, source):
    assert [b.funding_source for b in extract_text(text).budget] == [source]


def test_a_plans_closing_words_are_no_duty():
    text = ("VI. TỔ CHỨC THỰC HIỆN\n\n1. UBND các xã, thị trấn\nTuyên truyền, vận động các cơ sở tham gia chương trình "
            "khuyến công.\n\nTrên đây là Kế hoạch thực hiện Chương trình khuyến công trên địa bàn huyện./.\n")
    assert [(d.agency, d.text) for d in extract_text(text).duties] == [
        ("UBND các xã, thị trấn", "Tuyên truyền, vận động các cơ sở tham gia chương trình khuyến công.")]
