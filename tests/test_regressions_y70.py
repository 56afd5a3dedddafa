"""Probe audits Y70 and Y71 (of the lone bullet's and the yearly parts' rules, 0826ea3..5b069b5): real sentence shapes of
provincial reports, each with the reading a careful reader gives it."""

import pytest

from khuyencong_extract.normalise import normalise
from khuyencong_extract.pipeline import extract_text


def _achieved(text: str) -> list[tuple[str, bool]]:
    return [(t.text, t.achieved) for t in extract_text(text).targets]


@pytest.mark.parametrize("text, achieved", [
    # K1 (and Y71): a word of work undone in a lone item is its own wherever it stands, but one of more work in a later
    # clause ("thêm", "tiếp tục ...", "... tiếp theo" before its count)
    ("Năm 2023, Trung tâm đã tổ chức đào tạo nghề với kinh phí 300 triệu đồng\n"
     "- 06 lớp đào tạo nghề, đang tiếp tục tổ chức thêm 3 lớp tại các xã vùng cao\n",
     [("06 lớp", True), ("3 lớp", False)]),
    ("Năm 2023, Trung tâm đã phối hợp với Báo tỉnh với kinh phí 120 triệu đồng\n"
     "- Đăng 24 tin bài về hoạt động khuyến công, tiếp tục phát sóng 12 phóng sự trên Đài tỉnh\n",
     [("24 tin", True), ("12 phóng sự", False)]),
    # ... a figure of the same work is no more work (Y71 R1-R3): "đang tuyển sinh 180 học viên", "còn 2 lớp chưa tổ chức"
    ("Năm 2023, Trung tâm đã tổ chức đào tạo nghề với kinh phí 320 triệu đồng\n"
     "- 06 lớp đào tạo nghề may công nghiệp, đang tuyển sinh 180 học viên\n", [("06 lớp", False), ("180 học viên", False)]),
    ("Năm 2023, Trung tâm đã tổ chức đào tạo nghề với kinh phí 300 triệu đồng\n"
     "- 06 lớp đào tạo nghề, còn 2 lớp chưa tổ chức do thiếu học viên\n", [("06 lớp", False), ("2 lớp", False)]),
    ("Năm 2023, Trung tâm đã tổ chức đào tạo nghề với tổng kinh phí 420 triệu đồng\n- 08 lớp đào tạo nghề, hiện 02 lớp"
     " đang học\n", [("08 lớp", False), ("02 lớp", False)]),
    # a running state or a purpose is no work undone
    ("Năm 2023, Trung tâm đã hỗ trợ xây dựng mô hình với kinh phí 600 triệu đồng\n"
     "- 02 mô hình trình diễn kỹ thuật, mô hình đang phát huy hiệu quả\n", [("02 mô hình", True)]),
    ("Năm 2023, Trung tâm đã hỗ trợ với tổng kinh phí 1.000 triệu đồng\n"
     "- Hỗ trợ 05 cơ sở ứng dụng máy móc, góp phần thực hiện mục tiêu 2 của Chương trình\n", [("05 cơ sở", True)]),
    ("Năm 2023, Trung tâm đã tổ chức đào tạo với kinh phí 250 triệu đồng\n- 06 lớp đào tạo nghề, hiện đang tuyển sinh\n",
     [("06 lớp", False)]),
    ("Năm 2023, Trung tâm đã thực hiện đề án với tổng kinh phí 800 triệu đồng\n"
     "- Hỗ trợ 04 cơ sở ứng dụng máy móc, đến nay chưa giải ngân 300 triệu đồng\n", [("04 cơ sở", False)]),
    # a part's own "đang (được) đề nghị" after "trong đó" is work to come
    ("Đến hết năm 2023, toàn tỉnh đã hỗ trợ bình chọn 45 sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh, trong đó 12"
     " sản phẩm đang đề nghị cấp khu vực\n", [("45 sản phẩm", True), ("12 sản phẩm", False)]),
])
def test_a_lone_bullets_word_of_work_undone(text, achieved):
    assert _achieved(text) == achieved


@pytest.mark.parametrize("text, achieved", [
    # K2: an item naming a year under a line naming none takes the line's tense; an amount is no year
    ("Trung tâm đã tổ chức hội chợ với kinh phí 600 triệu đồng\n"
     "- 01 hội chợ hàng công nghiệp nông thôn tiêu biểu khu vực phía Bắc năm 2023 với 200 gian hàng\n",
     [("01 hội chợ", True), ("200 gian hàng", True)]),
    ("Từ đầu năm đến nay, Trung tâm đã hỗ trợ với tổng kinh phí 2.000 triệu đồng\n"
     "- 10 cơ sở ứng dụng máy móc thiết bị tiên tiến, tổng vốn đối ứng 2000 triệu đồng\n", [("10 cơ sở", True)]),
    # ... not under a line reporting a need or a plan
    ("Trung tâm đã tổng hợp nhu cầu đào tạo với kinh phí 300 triệu đồng\n- 06 lớp đào tạo nghề tại các huyện miền núi\n",
     [("06 lớp", False)]),
    ("Trung tâm đã xây dựng kế hoạch khuyến công với tổng kinh phí 3.500 triệu đồng\n"
     "- 15 đề án khuyến công địa phương năm 2025\n", [("15 đề án", False)]),
])
def test_a_lone_bullet_under_a_line_naming_no_year(text, achieved):
    assert _achieved(text) == achieved


_PARTS = "\n- Năm 2021: 10 cơ sở;\n- Năm 2022: 12 cơ sở;\n- Năm 2023: 8 cơ sở.\n"


@pytest.mark.parametrize("whole", [
    # K3: a whole naming no year holds the years of the list its line leads into
    "Trung tâm đã hỗ trợ 30 cơ sở, cụ thể:",
    "Trong những năm qua, Trung tâm đã hỗ trợ 30 cơ sở, cụ thể như sau:",
    # K4: ... its only year a cited document's or a meeting's
    "Thực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2021 của UBND tỉnh, Trung tâm đã hỗ trợ 30 cơ sở, cụ thể:",
    "Thực hiện Quyết định số 12/2021 của UBND tỉnh, Trung tâm đã hỗ trợ 30 cơ sở, cụ thể:",
    "Tại Hội nghị tổng kết ngày 15/01/2024, Sở Công Thương cho biết Trung tâm đã hỗ trợ 30 cơ sở, cụ thể:",
    # K5: "tới" before a cited date ends no period
    "Thực hiện Công văn gửi tới Trung tâm ngày 10/01/2021, Trung tâm đã hỗ trợ 30 cơ sở, cụ thể:",
])
def test_the_yearly_parts_of_a_whole_naming_no_year(whole):
    assert [t.achieved for t in extract_text(whole + _PARTS).targets] == [True] * 4


def test_undashed_yearly_lines_under_a_whole_naming_no_year():
    text = "Trung tâm đã tổ chức 15 lớp tập huấn, cụ thể:\nNăm 2021: 4 lớp\nNăm 2022: 5 lớp\nNăm 2023: 6 lớp\n"
    assert [t.achieved for t in extract_text(text).targets] == [True] * 4


@pytest.mark.parametrize("text", [
    # a list by year after another line is none of the whole's, its number no year of it
    "Trung tâm đã hỗ trợ 18 cơ sở.\nĐịnh hướng những năm tiếp theo:\nNăm 2024: 8 cơ sở;\nNăm 2025: 10 cơ sở.\n",
    "Căn cứ Quyết định số 2030/QĐ-UBND, Trung tâm đã hỗ trợ 18 cơ sở.\nĐịnh hướng những năm tiếp theo:\n"
    "Năm 2024: 8 cơ sở;\nNăm 2025: 10 cơ sở.\n",
])
def test_a_list_by_year_after_another_line(text):
    assert [t.achieved for t in extract_text(text).targets] == [True, False, False]


@pytest.mark.parametrize("whole, achieved", [
    # a period opened with "Từ năm ..." and no end runs to now; one with its end named stops there
    ("Từ năm 2022, Trung tâm đã hỗ trợ 30 cơ sở, cụ thể:", [True] * 4),
    ("Từ năm 2022 đến năm 2023, Trung tâm đã hỗ trợ 30 cơ sở, cụ thể:", [True, True, True, False]),
])
def test_a_period_since_a_year(whole, achieved):
    text = whole + "\n- Năm 2022: 10 cơ sở;\n- Năm 2023: 12 cơ sở;\n- Năm 2024: 8 cơ sở.\n"
    assert [t.achieved for t in extract_text(text).targets] == achieved


@pytest.mark.parametrize("text, lines", [
    # an item in lower case opening with a verb of work goes on no line closing with an amount
    ("Kinh phí thực hiện: 750 triệu đồng\n- tổ chức 3 lớp đào tạo nghề cho 90 lao động;\n- hỗ trợ 2 cơ sở tham gia hội"
     " chợ.", 3),
    ("Năm 2023, Trung tâm đã hỗ trợ 4 cơ sở với tổng kinh phí 800 triệu đồng\n- hỗ trợ 5 cơ sở ứng dụng máy móc", 2),
    # ... a breakdown in lower case does, as a wrapped line's end does
    ("Tổng kinh phí: 750 triệu đồng\n- trong đó ngân sách tỉnh 500 triệu đồng", 1),
    ("Phát triển công nghiệp\n- tiểu thủ công nghiệp", 1),
])
def test_a_lower_case_item_after_an_amount(text, lines):
    assert normalise(text).text.text.count("\n") + 1 == lines


def test_money_added_on_past_its_owners():
    # the counterpart money "cùng với" adds on is named four words before its amount, past its owners
    text = ("Năm 2023, từ nguồn kinh phí khuyến công địa phương, Trung tâm đã hỗ trợ 3 cơ sở 900 triệu đồng, cùng với vốn"
            " đối ứng của các cơ sở tổng cộng 4.200 triệu đồng.")
    assert [(b.amount_text, b.funding_source) for b in extract_text(text).budget] == [
        ("900 triệu đồng", "địa phương"), ("4.200 triệu đồng", "đối ứng")]


def test_money_allotted_under_a_heading_of_results_is_a_plan():
    text = ("Kết quả thực hiện kế hoạch khuyến công địa phương năm 2023 (Kinh phí giao: 1.800 triệu đồng)\n"
            "- Đã thực hiện 08/10 đề án, 02 đề án chưa thực hiện do cơ sở rút hồ sơ\n")
    assert [(b.amount_text, b.achieved) for b in extract_text(text).budget] == [("1.800 triệu đồng", False)]


@pytest.mark.parametrize("text, achieved", [
    # a list of bullet items under a line lacking its colon that reports work done takes its tense, item by item
    ("Năm 2023, Trung tâm đã hỗ trợ với tổng kinh phí 1.000 triệu đồng\n- Hỗ trợ 05 cơ sở ứng dụng máy móc\n"
     "- Tổ chức 03 lớp đào tạo nghề, đang tiếp tục mở thêm 2 lớp\n- Tổ chức 2 hội chợ trong năm 2024\n",
     [("05 cơ sở", True), ("03 lớp", True), ("2 lớp", False), ("2 hội chợ", False)]),
    ("Năm 2023, Trung tâm đã hỗ trợ với tổng kinh phí 1.500 triệu đồng\n- Hỗ trợ 05 cơ sở ứng dụng máy móc\n"
     "- Tổ chức 03 lớp đào tạo nghề, hiện đang tuyển sinh\n", [("05 cơ sở", True), ("03 lớp", False)]),
    # ... not one reporting none, nor a list after a blank line
    ("Kinh phí năm 2024 là 1.500 triệu đồng\n- Hỗ trợ 05 cơ sở ứng dụng máy móc\n- Tổ chức 03 lớp đào tạo nghề\n",
     [("05 cơ sở", False), ("03 lớp", False)]),
    ("Năm 2023, Trung tâm đã hỗ trợ với tổng kinh phí 1.000 triệu đồng\n\n- Hỗ trợ 05 cơ sở ứng dụng máy móc\n"
     "- Tổ chức 03 lớp đào tạo nghề\n", [("05 cơ sở", False), ("03 lớp", False)]),
])
def test_a_list_under_a_line_lacking_its_colon(text, achieved):
    assert _achieved(text) == achieved


@pytest.mark.parametrize("text, achieved", [
    # Y71 R4: need and plan words in other senses in the line above, and a plan made with work done after it
    ("Năm 2023, Trung tâm đã hỗ trợ các cơ sở có nhu cầu đổi mới công nghệ với kinh phí 800 triệu đồng\n"
     "- 05 cơ sở ứng dụng máy móc thiết bị tiên tiến vào sản xuất\n", [("05 cơ sở", True)]),
    ("Năm 2023, Trung tâm đã hoàn thành tốt các nhiệm vụ khuyến công với tổng kinh phí 2.100 triệu đồng\n"
     "- 06 lớp đào tạo nghề cho 180 lao động nông thôn\n", [("06 lớp", True), ("180 lao động", True)]),
    ("Năm 2023, Trung tâm đã khảo sát nhu cầu và tổ chức đào tạo nghề với kinh phí 350 triệu đồng\n"
     "- 07 lớp đào tạo nghề mây tre đan\n", [("07 lớp", True)]),
    ("Năm 2023, Trung tâm đã tổ chức tập huấn về kỹ năng lập kế hoạch kinh doanh với kinh phí 150 triệu đồng\n"
     "- 03 lớp tập huấn cho 120 học viên\n", [("03 lớp", True), ("120 học viên", True)]),
    # Y71 R5: an item's own day is its time
    ("Năm 2023, Trung tâm đã tổ chức đào tạo nghề với kinh phí 300 triệu đồng\n- 06 lớp đào tạo nghề, khai giảng ngày"
     " 15/01/2024\n", [("06 lớp", False)]),
    ("Tính đến thời điểm báo cáo (ngày 30/9/2024), Trung tâm đã hỗ trợ máy móc với kinh phí 900 triệu đồng\n"
     "- 04 cơ sở chế biến nông sản năm 2025\n", [("04 cơ sở", False)]),
])
def test_the_line_over_a_lone_bullet(text, achieved):
    assert _achieved(text) == achieved


@pytest.mark.parametrize("whole, achieved", [
    # Y71 R6: a period's end written as a day, other ways
    ("Tính đến thời điểm báo cáo (ngày 30/9/2024), toàn tỉnh đã hỗ trợ 30 cơ sở ứng dụng máy móc thiết bị.", [True] * 4),
    ("Tính đến thời điểm hiện tại (ngày 15/10/2024), toàn tỉnh đã hỗ trợ 30 cơ sở ứng dụng máy móc thiết bị.", [True] * 4),
    # Y71 R9: a period from a year with no end runs to now only over the list it leads into
    ("Từ năm 2022, toàn tỉnh đã hỗ trợ 30 cơ sở ứng dụng máy móc thiết bị.\nĐịnh hướng giai đoạn tới:",
     [True, False, False, False]),
    ("Hằng năm, kể từ năm 2022, Trung tâm đã hỗ trợ 30 cơ sở ứng dụng máy móc thiết bị, kế hoạch các năm tới như sau:",
     [True, False, False, False]),
])
def test_a_whole_over_a_list_by_year(whole, achieved):
    years = ("\nNăm 2021: 10 cơ sở;\nNăm 2022: 12 cơ sở;\nNăm 2023: 8 cơ sở." if achieved[1]
             else "\nNăm 2025: 10 cơ sở;\nNăm 2026: 12 cơ sở;\nNăm 2027: 8 cơ sở.")
    assert [t.achieved for t in extract_text(whole + years).targets] == achieved


def test_a_meetings_date_bounds_a_whole_naming_no_other_year():
    text = ("Tại Hội nghị ngày 15/01/2024, Trung tâm cho biết đã giải ngân 6.000 triệu đồng, kinh phí phân theo năm:\n"
            "- Năm 2023: 2.000 triệu đồng;\n- Năm 2024: 1.800 triệu đồng;\n- Năm 2025: 2.200 triệu đồng.\n")
    assert [b.achieved for b in extract_text(text).budget] == [True, True, True, False]
