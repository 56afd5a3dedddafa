"""Tables written as lines (re-reading audit Y72, E17: a district report's table of plans and results, its row numbers
read as counts and its cells lost): a header naming its columns, rows of cells apart by pipes or tabs; each figure
read by its column."""

import pytest

from khuyencong_extract.normalise import normalise
from khuyencong_extract.pipeline import extract_text
from khuyencong_extract.tables import column_of, figure_wholes, find_tables, table_figures

# A district's report of 2024 (Y72's d5), its table as a copy from an office file gives it: cells apart by tabs.
RESULTS = (
    "II. KẾT QUẢ THỰC HIỆN\n"
    "STT\tNội dung\tĐơn vị tính\tKế hoạch\tThực hiện\n"
    "1\tĐào tạo nghề\tlớp\t04\t04\n"
    "2\tLao động được đào tạo\tngười\t140\t152\n"
    "3\tHỗ trợ máy móc thiết bị\tcơ sở\t06\t05\n"
    "4\tHội chợ\thội chợ\t02\t02\n"
    "5\tKinh phí\ttriệu đồng\t1.200\t1.150\n"
)

# A programme's appendix of yearly targets (a PDF's table copied from a web page: cells apart by pipes).
YEARLY = (
    "PHỤ LỤC\nCHỈ TIÊU CHƯƠNG TRÌNH KHUYẾN CÔNG THEO TỪNG NĂM\n"
    "STT | Nội dung | Đơn vị tính | 2026 | 2027 | 2028 | 2029 | 2030 | Tổng\n"
    "1 | Đào tạo nghề, truyền nghề | Lớp | 4 | 4 | 4 | 4 | 4 | 20\n"
    "2 | Tập huấn nâng cao năng lực quản lý | Lớp | 2 | 2 | 1 | 2 | 1 | 8\n"
)

# A year-end report's money by source under a declared unit, its total row naming itself in the number's column.
MONEY = (
    "I. KẾT QUẢ THỰC HIỆN\n(Đơn vị tính: triệu đồng)\n"
    "STT | Nội dung | Kế hoạch | Thực hiện | Tỷ lệ (%)\n"
    "1 | Kinh phí khuyến công quốc gia | 1.500 | 1.450 | 96,7\n"
    "2 | Kinh phí khuyến công địa phương | 4.200 | 4.100 | 97,6\n"
    "Tổng cộng | | 5.700 | 5.550 | 97,4\n"
)


def _targets(text):
    return [(t.value, t.unit, t.achieved, t.activity, t.category, t.part_of) for t in extract_text(text).targets]


def test_a_table_of_plans_and_results():
    assert _targets(RESULTS) == [
        (4, "lớp", False, "Đào tạo nghề", "training", None), (4, "lớp", True, "Đào tạo nghề", "training", None),
        (140, "người", False, "Lao động được đào tạo", "training", None),
        (152, "người", True, "Lao động được đào tạo", "training", None),
        (6, "cơ sở", False, "Hỗ trợ máy móc thiết bị", "demonstration_technology", None),
        (5, "cơ sở", True, "Hỗ trợ máy móc thiết bị", "demonstration_technology", None),
        (2, "hội chợ", False, "Hội chợ", "rural_products", None), (2, "hội chợ", True, "Hội chợ", "rural_products", None),
    ]
    assert [(b.amount_vnd, b.amount_text, b.achieved, b.label) for b in extract_text(RESULTS).budget] == [
        (1_200_000_000, "1.200", False, "Kinh phí"), (1_150_000_000, "1.150", True, "Kinh phí")]


def test_a_tables_figure_points_at_its_cell():
    doc = extract_text(RESULTS)
    assert [RESULTS[t.span[0]:t.span[1]] for t in doc.targets][:4] == ["04", "04", "140", "152"]


def test_tabs_become_cell_breaks_in_a_table_only():
    assert "1 | Đào tạo nghề | lớp | 04 | 04" in normalise(RESULTS).text.text
    # a header's two cells apart by a tab are no table
    assert " | " not in normalise("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH SƠN LA\tĐộc lập").text.text


def test_yearly_columns_add_up_to_the_total():
    targets = extract_text(YEARLY).targets
    assert [(t.value, t.part_of) for t in targets] == [
        (4, 5), (4, 5), (4, 5), (4, 5), (4, 5), (20, None), (2, 11), (2, 11), (1, 11), (2, 11), (1, 11), (8, None)]
    assert sum(t.value for t in targets if t.part_of is None and t.restates is None) == 28


def test_money_by_source_with_its_total_row():
    budget = extract_text(MONEY).budget
    assert [(b.amount_text, b.amount_vnd, b.funding_source, b.achieved, b.part_of, b.label) for b in budget] == [
        ("1.500", 1_500_000_000, "quốc gia", False, 4, "Kinh phí khuyến công quốc gia"),
        ("1.450", 1_450_000_000, "quốc gia", True, 5, "Kinh phí khuyến công quốc gia"),
        ("4.200", 4_200_000_000, "địa phương", False, 4, "Kinh phí khuyến công địa phương"),
        ("4.100", 4_100_000_000, "địa phương", True, 5, "Kinh phí khuyến công địa phương"),
        ("5.700", 5_700_000_000, None, False, None, "Tổng cộng"),
        ("5.550", 5_550_000_000, None, True, None, "Tổng cộng"),
    ]
    assert extract_text(MONEY).targets == []  # the shares are no targets of their own


@pytest.mark.parametrize("header, role, year, scale", [
    ("STT", "number", None, None),
    ("Nội dung", "content", None, None),
    ("Chỉ tiêu", "content", None, None),
    ("ĐVT", "unit", None, None),
    ("2026", "plan", 2026, None),
    ("Năm 2026", "plan", 2026, None),
    ("Kế hoạch 2025", "plan", 2025, None),
    ("Chỉ tiêu giao", "plan", None, None),
    ("TH 2024", "done", 2024, None),
    ("Ước thực hiện năm 2025", "done", 2025, None),
    ("Lũy kế đến 30/6/2025", "done", None, None),
    ("Tổng giai đoạn 2021-2025", "total", None, None),
    ("Tỷ lệ (%)", "other", None, None),
    ("Ghi chú", "other", None, None),
    ("Kinh phí (triệu đồng)", "plan", None, 1_000_000),
    ("Kinh phí khuyến công (tr.đ)", "plan", None, 1_000_000),
    ("Kinh phí", "plan", None, 0),  # money in the row's unit
    ("Địa chỉ", "unknown", None, None),
])
def test_columns(header, role, year, scale):
    column = column_of(header)
    assert (column.role, column.year, column.money_scale) == (role, year, scale)


def test_a_row_without_its_last_cells_and_a_group_heading():
    text = normalise("STT | Nội dung | ĐVT | Kế hoạch | Ghi chú\nI | ĐÀO TẠO NGHỀ\n1 | Đào tạo nghề may | lớp | 05\n"
                     "2 | Truyền nghề mây tre đan | lớp | 03 | mới\n").text.text
    [table] = find_tables(text)
    figures = table_figures(table)
    assert [(f.cell.text, f.unit, f.content.text) for f in figures] == [
        ("05", "lớp", "Đào tạo nghề may"), ("03", "lớp", "Truyền nghề mây tre đan")]
    assert figure_wholes(figures) == [None, None]


@pytest.mark.parametrize("text", [
    # no header naming a content and a column of figures
    "Họ và tên | Chức vụ | Điện thoại\nNguyễn Văn A | Giám đốc | 0912345678\n",
    # a web page's site table of the document's facts
    "| Số hiệu | 1966/QĐ-UBND |\n| Ngày ban hành | 27/11/2025 |\n",
])
def test_no_table(text):
    document = extract_text(text)
    assert (document.targets, document.budget) == ([], [])
