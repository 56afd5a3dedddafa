"""Probe audits Y75 (of the Y74 mends: the plan a share measures, a whole year's forecast, lines preparing work, items
asking, the walk up a list, an item's later years, venues) and Y76 (of bare figures under a declared unit, repeats
across parts and items, bracketed parts): each case the fewest lines that showed a regression, with the reading a
careful reader gives it."""

import pytest

from khuyencong_extract.pipeline import extract_text

HEADER = "UBND HUYỆN THẠCH HÀ\nPHÒNG KINH TẾ VÀ HẠ TẦNG\nSố: 45/BC-KTHT\nThạch Hà, ngày 15 tháng 12 năm 2024\nBÁO CÁO\n" \
         "Kết quả thực hiện công tác khuyến công năm 2024\n"


def _spent(text: str) -> list[tuple[str, bool]]:
    return [(b.amount_text, b.achieved) for b in extract_text(text).budget]


def _done(text: str) -> list[tuple[str, bool]]:
    return [(t.text, t.achieved) for t in extract_text(text).targets]


@pytest.mark.parametrize("text, spent", [
    # work done with the plan's money is no money spent: 2.160 / 2.400 is the 90 % written
    ("Năm 2024, Trung tâm đã triển khai 12 đề án với tổng kinh phí 2.400 triệu đồng, đã giải ngân 2.160 triệu đồng, đạt"
     " 90% kế hoạch.", [("2.400 triệu đồng", False), ("2.160 triệu đồng", True)]),
    ("Năm 2024, Bộ Công Thương đã hỗ trợ tỉnh 1.200 triệu đồng kinh phí khuyến công quốc gia để thực hiện 4 đề án. Đến"
     " nay, đã giải ngân 1.080 triệu đồng, đạt 90% kế hoạch.", [("1.200 triệu đồng", False), ("1.080 triệu đồng", True)]),
    # money spent of its own, the beneficiaries' own money, the amount the later one repeats: no plan
    ("Năm 2023, Trung tâm đã giải ngân 500 triệu đồng. Năm 2024, Trung tâm đã giải ngân 500 triệu đồng, đạt 100% kế"
     " hoạch.", [("500 triệu đồng", True), ("500 triệu đồng", True)]),
    ("Năm 2024, Trung tâm đã hỗ trợ 12 cơ sở với kinh phí 1.500 triệu đồng. Ngoài ra, các cơ sở đã đối ứng 1.500 triệu"
     " đồng, bằng 100% kế hoạch.", [("1.500 triệu đồng", True), ("1.500 triệu đồng", True)]),
    ("BÁO CÁO\nI. KẾT QUẢ THỰC HIỆN\nNăm 2025, Trung tâm Khuyến công đã triển khai 12 đề án với tổng kinh phí 3.200 triệu"
     " đồng.\nII. KHÓ KHĂN, VƯỚNG MẮC\nKinh phí bố trí còn hạn chế.\nIII. ĐÁNH GIÁ CHUNG\nNhìn chung, năm 2025 đã hoàn"
     " thành 12 đề án với tổng kinh phí 3.200 triệu đồng, đạt 100% kế hoạch.",
     [("3.200 triệu đồng", True), ("3.200 triệu đồng", True)]),
])
def test_the_plan_a_share_measures(text, spent):
    assert _spent(text) == spent


@pytest.mark.parametrize("text, done", [
    # a mid-year report's title of 23 words
    ("BÁO CÁO\nTình hình thực hiện công tác khuyến công 6 tháng đầu năm 2024 và nhiệm vụ trọng tâm 6 tháng cuối năm"
     " 2024\nTrung tâm đã tổ chức 04 lớp đào tạo nghề. Ước thực hiện cả năm đạt 10 lớp đào tạo nghề.", [True, False]),
    # part of a year opening a clause after a comma, or after "Tính đến hết", "Đến hết"
    ("Sở Công Thương cho biết, trong 6 tháng đầu năm 2024, Trung tâm đã tổ chức 04 lớp đào tạo nghề. Ước thực hiện cả"
     " năm đạt 10 lớp đào tạo nghề.", [True, False]),
    ("Theo báo cáo của Sở Công Thương, 6 tháng đầu năm 2024 Trung tâm đã hỗ trợ 06 cơ sở. Ước thực hiện cả năm hỗ trợ"
     " 15 cơ sở.", [True, False]),
    ("Tính đến hết 6 tháng đầu năm 2024, Trung tâm đã hỗ trợ 06 cơ sở. Ước thực hiện cả năm hỗ trợ 15 cơ sở.",
     [True, False]),
    ("Năm 2024, công tác khuyến công đạt nhiều kết quả. Đến hết quý III, Trung tâm đã hỗ trợ 08 cơ sở. Ước thực hiện cả"
     " năm hỗ trợ 12 cơ sở.", [True, False]),
    # a year-end report: the last months, the quarters in a bracket
    ("BÁO CÁO\nTổng kết công tác khuyến công năm 2024\nTrong 2 tháng cuối năm, Trung tâm tập trung nghiệm thu các đề án."
     " Ước thực hiện cả năm hỗ trợ 15 cơ sở.", [True]),
    ("BÁO CÁO\nTổng kết công tác khuyến công năm 2024\nNăm 2024, Trung tâm đã tổ chức 10 lớp đào tạo nghề (quý I tổ chức"
     " 02 lớp, quý II tổ chức 03 lớp). Ước thực hiện cả năm đạt 10 lớp.", [True, True, True, True]),
])
def test_a_whole_years_estimate(text, done):
    assert [achieved for _, achieved in _done(text)] == done


@pytest.mark.parametrize("text, done", [
    # lines receiving applications, getting ready, listing and appraising: no work over their lists
    ("Năm 2024, Trung tâm đã tiếp nhận các hồ sơ đăng ký tham gia chương trình\n- 10 cơ sở đăng ký ứng dụng máy móc"
     " thiết bị;\n- 05 cơ sở đăng ký tham gia hội chợ.", [False, False]),
    ("Năm 2024, Trung tâm đã tiếp nhận, thẩm định các đề án\n- 06 đề án ứng dụng máy móc thiết bị;\n- 02 đề án mô hình"
     " trình diễn.", [False, False]),
    ("Năm 2024, Trung tâm đã chuẩn bị các điều kiện để tổ chức các lớp đào tạo nghề\n- 05 lớp may công nghiệp;\n- 03 lớp"
     " mây tre đan.", [False, False]),
    ("Năm 2024, Sở Công Thương đã lập danh sách các cơ sở và tham gia thẩm định hồ sơ\n- 06 cơ sở ứng dụng máy móc thiết"
     " bị;\n- 02 mô hình trình diễn kỹ thuật.", [False, False]),
    # ... but work joined to them, or getting ready in a clause after the work
    ("Năm 2024, Trung tâm đã tiếp nhận và triển khai các đề án\n- 04 đề án ứng dụng máy móc thiết bị;\n- 02 mô hình trình"
     " diễn kỹ thuật.", [True, True]),
    ("Năm 2024, Trung tâm đã tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu, chuẩn bị cho bình chọn cấp khu"
     " vực\n- 25 sản phẩm đạt cấp tỉnh;\n- 08 sản phẩm được đề xuất cấp khu vực.", [True, True]),
    ("2. Hỗ trợ tham gia hội chợ\nNăm 2024, Trung tâm đã chuẩn bị tốt các điều kiện và đưa 15 cơ sở tham gia hội chợ\n"
     "- 10 cơ sở tham gia hội chợ tại Hà Nội;\n- 05 cơ sở tham gia hội chợ tại TP. Hồ Chí Minh.", [True, True, True]),
    # a subject of several words before "sẽ" stops the walk up the list
    ("Năm 2024, Trung tâm đã triển khai các nội dung\n- Tổ chức 05 lớp đào tạo nghề;\n- Năm 2025, Trung tâm Khuyến công"
     " tỉnh sẽ hỗ trợ 10 cơ sở;\n- 03 mô hình trình diễn kỹ thuật.", [True, False, False]),
])
def test_lists_under_open_lines(text, done):
    assert [achieved for _, achieved in _done(text)] == done


def test_an_item_asking_for_money():
    # whatever verb opens it (the next item's reading is left: Y75's wrong at both)
    text = ("Năm 2024, Trung tâm đã triển khai các nội dung\n- Hỗ trợ 10 cơ sở có nhu cầu, đề nghị UBND tỉnh xem xét bố trí"
            " kinh phí;\n- Tổ chức 03 lớp đào tạo nghề.")
    assert _done(text)[0] == ("10 cơ sở", False)


@pytest.mark.parametrize("text, done", [
    # the item's count starts in a later year: its own reading
    ("Năm 2023, Trung tâm đã thực hiện:\n- 05 lớp đào tạo nghề, khai giảng ngày 15/01/2024;\n- 08 cơ sở ứng dụng máy"
     " móc thiết bị.", [("05 lớp", False), ("08 cơ sở", True)]),
    # ... not one opened in the year and closed after, nor one accepted after
    ("Năm 2023, Trung tâm đã thực hiện các nội dung sau:\n- Tổ chức 05 lớp đào tạo nghề, khai giảng ngày 10/11/2023, bế"
     " giảng ngày 20/01/2024;\n- Hỗ trợ 08 cơ sở ứng dụng máy móc.", [("05 lớp", True), ("08 cơ sở", True)]),
    ("Năm 2023, Trung tâm đã thực hiện:\n- Hỗ trợ 08 cơ sở ứng dụng máy móc, nghiệm thu tháng 02/2024;\n- 05 lớp đào tạo"
     " nghề.", [("08 cơ sở", True), ("05 lớp", True)]),
])
def test_an_items_later_year(text, done):
    assert _done(text) == done


def test_a_venue_beside_the_own_province():
    text = HEADER + "Các cơ sở trên địa bàn huyện Thạch Hà, tỉnh Hà Tĩnh đã tham gia 02 hội chợ tại thành phố Hà Nội."
    assert extract_text(text).metadata.province == "Hà Tĩnh"


@pytest.mark.parametrize("text", [
    # words of a count, a share, an area, a staff: no money under the declared unit
    "PHỤ LỤC\nĐơn vị tính: triệu đồng\n1. Đào tạo nghề mây tre đan tại xã Tân Lập\n- Quy mô: 70\n- Tổng số đề án: 12\n"
    "- Cơ sở được hỗ trợ: 8\n+ Tỷ lệ hỗ trợ: 30\n+ Diện tích nhà xưởng: 500\n+ Lao động: 25\n"
    "- Cộng tác viên khuyến công cấp huyện: 12\n- Nguồn nhân lực được đào tạo: 350",
    # a year, a ratio, a row of a count and an amount run together
    "PHỤ LỤC\nĐơn vị tính: triệu đồng\n- Nguồn kinh phí: Ngân sách tỉnh 2026\nVốn đối ứng 1:3\nTổng cộng\t12\t8.960",
    # a declaration over a report's table holds for it, not for the next Roman part
    "BÁO CÁO\nBảng 1. Tổng hợp kinh phí (ĐVT: triệu đồng)\nII. KẾT QUẢ CỤ THỂ\n1. Hỗ trợ ứng dụng máy móc thiết bị: 8\n"
    "2. Lao động được đào tạo: 140",
])
def test_bare_figures_that_are_no_money(text):
    assert extract_text(text).budget == []


@pytest.mark.parametrize("text, amounts", [
    ("PHỤ LỤC\nĐVT: triệu\n1. Hỗ trợ máy ép dầu lạc cho HTX Phú Bình: 350", [("350", 350_000_000)]),
    ("PHỤ LỤC\nĐVT: 1.000.000 đồng\n1. Hỗ trợ máy sấy cho cơ sở Minh Tâm: 250", [("250", 250_000_000)]),
    ("BIỂU 02\nĐVT: Tr.đồng\n- Kế hoạch giao: 3.500\n- Thực hiện: 3.320\n- Tỷ lệ đạt: 94,9",
     [("3.500", 3_500_000_000), ("3.320", 3_320_000_000)]),
])
def test_more_declarations(text, amounts):
    assert [(b.amount_text, b.amount_vnd) for b in extract_text(text).budget] == amounts


@pytest.mark.parametrize("text, repeats", [
    # a total said again in a later part of a plan, and under two items naming parts of it
    ("KẾ HOẠCH\nI. MỤC TIÊU\nNăm 2026 thực hiện 15 đề án khuyến công với tổng kinh phí 8.500 triệu đồng.\nII. KINH PHÍ"
     " THỰC HIỆN\nTổng kinh phí thực hiện Kế hoạch là 8.500 triệu đồng.", [None, 0]),
    ("QUYẾT ĐỊNH\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Kế hoạch khuyến công năm 2026, cụ thể như"
     " sau:\n1. Mục tiêu: tổng kinh phí khuyến công địa phương năm 2026 là 2.850 triệu đồng.\n2. Kinh phí: tổng kinh phí"
     " khuyến công địa phương năm 2026 là 2.850 triệu đồng, nguồn ngân sách tỉnh.", [None, 0]),
    # ... not one done and one planned, nor two periods'
    ("BÁO CÁO\nI. KẾT QUẢ THỰC HIỆN NĂM 2025\nĐã thực hiện 10 đề án khuyến công địa phương với kinh phí 2.500 triệu đồng."
     "\nII. KẾ HOẠCH NĂM 2026\nDự kiến thực hiện 10 đề án khuyến công địa phương với kinh phí 2.500 triệu đồng.",
     [None, None]),
    ("ĐỀ ÁN\nPhát triển công nghiệp nông thôn giai đoạn 2026-2030\nI. SỰ CẦN THIẾT\nGiai đoạn 2021-2025, tỉnh bố trí"
     " 25.000 triệu đồng cho khuyến công.\nII. MỤC TIÊU\nGiai đoạn 2026-2030 bố trí 25.000 triệu đồng cho khuyến công.",
     [None, None]),
    # an annex's numbered projects: each its own
    ("PHỤ LỤC\nDỰ TOÁN KINH PHÍ ĐỀ ÁN\nĐVT: 1.000 đồng\n1. Chi mua máy tráng miến: 750.000\n2. Chi lắp đặt, chạy thử:"
     " 50.000\n3. Chi quản lý đề án: 50.000\nTổng cộng: 850.000", [None, None, None, None]),
])
def test_repeats_across_parts(text, repeats):
    assert [b.restates for b in extract_text(text).budget] == repeats


def test_closing_totals_of_an_annexs_groups():
    text = ("PHỤ LỤC\nĐơn vị tính: triệu đồng\nI. ĐÀO TẠO NGHỀ\n1. Đào tạo nghề chế biến chè cho 35 lao động: 120\n"
            "2. Đào tạo nghề mây tre đan cho 35 lao động: 120\nCộng I: 240\nII. HỖ TRỢ MÁY MÓC THIẾT BỊ\n3. Hỗ trợ HTX Chè"
            " La Bằng ứng dụng máy sao chè: 300\n4. Hỗ trợ Công ty TNHH Mộc Phú Bình ứng dụng máy CNC: 300\nCộng II: 600\n"
            "Tổng cộng: 840")
    assert [(b.amount_text, b.part_of) for b in extract_text(text).budget] == [
        ("120", 2), ("120", 2), ("240", 6), ("300", 5), ("300", 5), ("600", 6), ("840", None)]
