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


# Probe audit Y77 of the tables: each case the fewest lines that showed a regression, with the reading it gets now.

def _amounts(text):
    return [(b.amount_text, b.achieved, b.part_of, b.restates, b.funding_source) for b in extract_text(text).budget]


def _counts(text):
    return [(t.text, t.unit, t.achieved, t.part_of) for t in extract_text(text).targets]


def test_rows_that_lost_their_empty_edge_cells():
    # the detailing rows' empty number cells and the total row's empty remark cell went with the pipes at their edges
    assert _counts("STT | Nội dung | ĐVT | Kế hoạch | Thực hiện\n1 | Đào tạo nghề | lớp | 5 | 5\n"
                   " | Trong đó: nghề mây tre đan | lớp | 2 | 2\n | nghề dệt thổ cẩm | lớp | 3 | 3\n") == [
        ("5", "lớp", False, None), ("5", "lớp", True, None), ("2", "lớp", False, 0), ("2", "lớp", True, 1),
        ("3", "lớp", False, 0), ("3", "lớp", True, 1)]
    assert _amounts("STT | Nội dung | Kế hoạch (triệu đồng) | Thực hiện (triệu đồng) | Ghi chú\n"
                    "1 | Hỗ trợ máy móc thiết bị | 2.000 | 1.900 |\n2 | Đào tạo nghề | 1.000 | 900 | Chuyển nguồn\n"
                    " | Tổng cộng | 3.000 | 2.800 |\n") == [
        ("2.000", False, 4, None, None), ("1.900", True, 5, None, None), ("1.000", False, 4, None, None),
        ("900", True, 5, None, None), ("3.000", False, None, None, None), ("2.800", True, None, None, None)]


@pytest.mark.parametrize("header", ["TH/KH (%)", "TH so với KH (%)", "Tỷ lệ đạt"])
def test_a_ratio_column_holds_no_figures(header):
    assert [t.value for t in extract_text(f"STT | Nội dung | ĐVT | Kế hoạch | Thực hiện | {header}\n"
                                          "1 | Đào tạo nghề | lớp | 6 | 6 | 100\n").targets] == [6, 6]


def test_totals_over_their_rows_and_of_groups():
    assert _amounts("Đơn vị tính: triệu đồng\nSTT | Nội dung | Kinh phí\n | Tổng cộng | 3.600\n"
                    "I | Khuyến công quốc gia | 1.200\nII | Khuyến công địa phương | 2.400\n") == [
        ("3.600", False, None, None, None), ("1.200", False, 0, None, "quốc gia"), ("2.400", False, 0, None, "địa phương")]
    text = ("Đơn vị tính: triệu đồng\nSTT | Nội dung | Kinh phí\nI | Khuyến công quốc gia |\n1 | Hỗ trợ máy móc | 800\n"
            "2 | Đào tạo nghề | 400\n | Cộng I | 1.200\nII | Khuyến công địa phương |\n1 | Hỗ trợ máy móc | 1.500\n"
            "2 | Hội chợ | 900\n | Cộng II | 2.400\n | Tổng cộng (I+II) | 3.600\n")
    assert [(b.amount_text, b.part_of) for b in extract_text(text).budget] == [
        ("800", 2), ("400", 2), ("1.200", 6), ("1.500", 5), ("900", 5), ("2.400", 6), ("3.600", None)]


def test_units_of_a_table():
    # a unit column of money written "1.000 đồng" (no amount of its own), "triệu", "trđ"; a column of bodies no unit
    assert _amounts("STT | Nội dung | ĐVT | Kế hoạch | Thực hiện\n1 | Tổng kinh phí | 1.000 đồng | 2.500.000 | 2.430.000\n"
                    ) == [("2.500.000", False, None, None, None), ("2.430.000", True, None, None, None)]
    assert [b.amount_vnd for b in extract_text("STT | Nội dung | ĐVT | Kế hoạch | Thực hiện\n"
                                               "1 | Kinh phí đào tạo | triệu | 500 | 480\n"
                                               "2 | Kinh phí máy móc | trđ | 1.500 | 1.450\n").budget] == [
        500_000_000, 480_000_000, 1_500_000_000, 1_450_000_000]
    assert extract_text("STT | Nội dung | Đơn vị thực hiện | Kế hoạch\n1 | Đào tạo nghề | Trung tâm Khuyến công | 5\n"
                        ).targets == []
    # a row of a number of things under a declared unit of money is a count
    assert _counts("Đơn vị tính: triệu đồng\nSTT | Nội dung | Kế hoạch | Thực hiện\n1 | Số đề án | 12 | 11\n"
                   "2 | Kinh phí | 3.000 | 2.930\n") == [("12", "đề án", False, None), ("11", "đề án", True, None)]


@pytest.mark.parametrize("text, done", [
    # a report's table of results: its years, counts and totals are done
    ("BÁO CÁO\nKết quả thực hiện Chương trình khuyến công giai đoạn 2021-2023\n"
     "TT | Chỉ tiêu | Đơn vị tính | Năm 2021 | Năm 2022 | Năm 2023 | Tổng\n1 | Đào tạo nghề | lớp | 4 | 5 | 6 | 15\n",
     [True, True, True, True]),
    # money given out or settled is done, money approved a plan, in a table of results too
    ("STT | Nội dung | Kế hoạch vốn (triệu đồng) | Giá trị giải ngân (triệu đồng)\n1 | Khuyến công quốc gia | 1.200 | 1.150\n",
     [False, True]),
    ("PHỤ LỤC\nKẾT QUẢ THỰC HIỆN CÁC ĐỀ ÁN KHUYẾN CÔNG NĂM 2024\nSTT | Tên đề án | Kinh phí được duyệt (triệu đồng) |"
     " Kinh phí thực hiện (triệu đồng)\n1 | Hỗ trợ máy sấy cho HTX Tân Thành | 300 | 295\n", [False, True]),
    # a report of one year's results and the next year's plan: the first year's column is done
    ("BÁO CÁO\nKết quả thực hiện năm 2024 và kế hoạch năm 2025\nSTT | Nội dung | ĐVT | Năm 2024 | Năm 2025\n"
     "1 | Đào tạo nghề | lớp | 5 | 6\n", [True, False]),
])
def test_a_columns_tense(text, done):
    document = extract_text(text)
    assert [t.achieved for t in document.targets] + [b.achieved for b in document.budget] == done


def test_a_header_on_two_lines():
    text = "STT | Chỉ tiêu | ĐVT | Kế hoạch | Kế hoạch | Thực hiện\n | | | 2024 | 2025 | 2024\n1 | Đào tạo nghề | lớp | 5 | 6 | 5\n"
    assert _counts(text) == [("5", "lớp", False, None), ("6", "lớp", False, None), ("5", "lớp", True, None)]


def test_sources_in_columns_and_a_row_total():
    text = ("Đơn vị tính: triệu đồng\nNội dung\tKCQG\tKCĐP\tĐối ứng\tTổng\nHỗ trợ máy móc thiết bị\t200\t300\t1.500\t2.000\n"
            "Đào tạo nghề\t\t150\t\t150\nTổng cộng\t200\t450\t1.500\t2.150\n")
    budget = extract_text(text).budget
    assert [b.funding_source for b in budget[:3]] == ["quốc gia", "địa phương", "đối ứng"]
    assert sum(b.amount_vnd for b in budget if b.part_of is None and b.restates is None) == 2_150_000_000


def test_a_count_read_in_a_row_is_the_columns():
    # the content's "35 lao động" is the plan column's 35: read once by its column
    assert _counts("STT | Nội dung | ĐVT | Kế hoạch | Thực hiện\n1 | Đào tạo nghề cho 35 lao động | lao động | 35 | 35\n"
                   ) == [("35", "lao động", False, None), ("35", "lao động", True, None)]


def test_a_tables_total_repeats_the_texts():
    text = ("QUYẾT ĐỊNH\nĐiều 1. Phê duyệt danh mục đề án khuyến công địa phương năm 2026 với tổng kinh phí 670 triệu"
            " đồng (chi tiết tại Phụ lục kèm theo).\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký.\nPHỤ LỤC\n"
            "STT | Tên đề án | Đơn vị thực hiện | Kinh phí (triệu đồng)\n1 | Đào tạo nghề mây tre đan | Trung tâm Khuyến công"
            " | 120\n2 | Hỗ trợ máy sấy | HTX Tân Thành | 250\n3 | Hội chợ hàng CNNT | Sở Công Thương | 300\n"
            " | Tổng cộng | | 670\n")
    budget = extract_text(text).budget
    assert [(b.amount_text, b.part_of, b.restates) for b in budget] == [
        ("670 triệu đồng", None, None), ("120", 4, None), ("250", 4, None), ("300", 4, None), ("670", None, 0)]


@pytest.mark.parametrize("text", [
    # a numbered list laid out with tabs is no table: its sections and words stay
    "PHỤ LỤC\n1.\tHỗ trợ ứng dụng máy móc thiết bị\t08 đề án\t1.200 triệu đồng\n2.\tĐào tạo nghề\t03 lớp\t360 triệu đồng\n",
    "BÁO CÁO\n1. Kết quả đạt được\n- Đào tạo nghề:\t\t05 lớp\t(đạt 100% kế hoạch)\n- Hỗ trợ máy móc:\t\t08 cơ sở\t(đạt 100% kế"
    " hoạch)\n",
])
def test_a_list_laid_out_with_tabs(text):
    assert " | " not in normalise(text).text.text


# Probe audit Y78 of the Y77 mends, and the tables Y77 left unread: each case the fewest lines that showed it.

def test_merged_header_cells_over_a_second_line():
    # "Kinh phí (triệu đồng)" merged over three columns a second line names; the lines lost their edge pipes
    text = ("Đơn vị tính: triệu đồng\nSTT | Nội dung | Kinh phí (triệu đồng) | | \n | | Tổng | KCĐP | Đối ứng\n"
            "1 | Hỗ trợ máy sấy | 1.000 | 300 | 700\n2 | Hỗ trợ lò nung | 800 | 240 | 560\n")
    assert _amounts(text) == [
        ("1.000", False, None, None, None), ("300", False, 0, None, "địa phương"), ("700", False, 0, None, "đối ứng"),
        ("800", False, None, None, None), ("240", False, 3, None, "địa phương"), ("560", False, 3, None, "đối ứng")]
    # a plan's and a result's merged cells over counts and money
    assert [(b.amount_text, b.achieved) for b in extract_text(
        "STT | Nội dung | ĐVT | Kế hoạch | | Thực hiện | \n | | | Số lượng | Kinh phí (triệu đồng) | Số lượng |"
        " Kinh phí (triệu đồng)\n1 | Đào tạo nghề | lớp | 5 | 600 | 5 | 590\n").budget] == [("600", False), ("590", True)]


@pytest.mark.parametrize("text, amounts", [
    # a column naming bodies is the content of a table naming none; its total repeats the article's
    ("QUYẾT ĐỊNH\nĐiều 1. Phân bổ kinh phí khuyến công địa phương năm 2025 là 2.000 triệu đồng cho các đơn vị như sau:\n"
     "STT | Đơn vị | Kinh phí (triệu đồng)\n1 | Trung tâm Khuyến công | 1.500\n2 | Phòng Quản lý công nghiệp | 500\n"
     " | Tổng cộng | 2.000\nĐiều 2. Giao Sở Công Thương tổ chức thực hiện.\n",
     [("2.000 triệu đồng", False, None, None, "địa phương"), ("1.500", False, 3, None, None),
      ("500", False, 3, None, None), ("2.000", False, None, 0, None)]),
    # sources as rows: their years add up to the total
    ("PHỤ LỤC\n(Đơn vị tính: triệu đồng)\nTT | Nguồn vốn | 2021 | 2022 | Tổng\n1 | Khuyến công quốc gia | 1.000 | 1.200 |"
     " 2.200\n", [("1.000", False, 2, None, "quốc gia"), ("1.200", False, 2, None, "quốc gia"),
                  ("2.200", False, None, None, "quốc gia")]),
])
def test_a_name_column_is_the_content(text, amounts):
    assert _amounts(text) == amounts


def test_numbers_that_count_nothing_and_sums_of_money():
    assert extract_text("STT | Nội dung | Người phụ trách | Số điện thoại\n"
                        "1 | Đào tạo nghề | Lê Văn Cường | 0912345678\n").targets == []
    assert _counts("STT | Nội dung | Số ngày | Số học viên\n1 | Lớp mây tre đan | 60 | 35\n") == [
        ("35", "học viên", False, None)]
    # a list of firms and their workforce: what they are, no target
    assert extract_text("Tên đơn vị\tĐịa chỉ\tSố lao động\nHTX Tân Thành\tXã Tân Thành\t25\n"
                        "Công ty An Phát\tThị trấn Bình Gia\t40\n").targets == []
    assert _amounts("STT | Nội dung | Số tiền (triệu đồng) | Ghi chú\n1 | Đào tạo nghề | 120 |\n") == [
        ("120", False, None, None, None)]
    assert _counts("STT | Nội dung | Số lượng (cơ sở) | Kinh phí (triệu đồng)\n1 | Máy sấy | 3 | 450\n") == [
        ("3", "cơ sở", False, None)]


@pytest.mark.parametrize("header, done", [
    ("Kinh phí đã được phê duyệt (triệu đồng)", False),  # approved: a plan
    ("Kinh phí đề nghị giải ngân (triệu đồng)", False),  # a request
    ("Kinh phí đã hỗ trợ (triệu đồng)", True),
    ("Tổng kinh phí đã giải ngân (triệu đồng)", True),
])
def test_words_of_results_inside_a_header(header, done):
    assert [b.achieved for b in extract_text(f"STT | Nội dung | ĐVT | {header}\n1 | Đào tạo nghề | lớp | 150\n").budget
            ] == [done]


def test_a_content_header_naming_work_done():
    assert _counts("STT | Nội dung đã thực hiện | ĐVT | Kế hoạch | Thực hiện\n1 | Đào tạo nghề | lớp | 5 | 5\n") == [
        ("5", "lớp", False, None), ("5", "lớp", True, None)]


@pytest.mark.parametrize("number", ["(1)", "A", "-", "+", "*", "1a"])
def test_row_numbers_of_other_shapes_keep_their_cells(number):
    # the row lost its empty last cell (the remark's) with the line's edge pipe: its first cell is still its number
    assert _counts(f"STT | Nội dung | ĐVT | Kế hoạch | Thực hiện | Ghi chú\n{number} | Đào tạo nghề | lớp | 5 | 4\n") == [
        ("5", "lớp", False, None), ("4", "lớp", True, None)]


def test_figures_written_with_their_unit():
    assert _counts("STT | Nội dung | ĐVT | Kế hoạch | Thực hiện\n1 | Đào tạo nghề | lớp | 05 lớp | 05 lớp\n") == [
        ("05 lớp", "lớp", False, None), ("05 lớp", "lớp", True, None)]


def test_a_unit_column_headed_don_vi():
    assert _counts("STT | Nội dung | Đơn vị | Kế hoạch | Thực hiện\n1 | Đào tạo nghề | lớp | 5 | 5\n") == [
        ("5", "lớp", False, None), ("5", "lớp", True, None)]


@pytest.mark.parametrize("text, done", [
    # the lead-in names results, whatever plan a line before names
    ("Kế hoạch năm 2025 tổ chức 14 lớp đào tạo nghề.\nKết quả năm 2024 như sau:\nSTT | Nội dung | ĐVT | Số lượng\n"
     "1 | Đào tạo nghề mây tre | lớp | 6\n2 | Đào tạo nghề dệt | lớp | 8\n | Tổng cộng | lớp | 14\n",
     [False, True, True, True]),
    # a lead-in of work done
    ("Trung tâm đã tổ chức 05 lớp đào tạo nghề, cụ thể:\nSTT | Tên lớp | Địa điểm | Số học viên\n"
     "1 | Lớp mây tre đan | Xã Tân Thành | 35\n", [True, True]),
    # projects approved are plans
    ("Các đề án đã được phê duyệt như sau:\nSTT | Tên đề án | ĐVT | Số lượng\n1 | Hỗ trợ máy sấy | cơ sở | 3\n", [False]),
])
def test_a_tables_lead_in(text, done):
    assert [t.achieved for t in extract_text(text).targets] == done


def test_a_total_repeats_a_figure_done_alike():
    # the 2025 plan's total is no repeat of the 2024 result
    text = ("Năm 2024 đã hỗ trợ 8 cơ sở ứng dụng máy móc.\nKẾ HOẠCH NĂM 2025\nSTT | Nội dung | ĐVT | Kế hoạch\n"
            "1 | Máy sấy | cơ sở | 5\n2 | Máy ép | cơ sở | 3\n | Tổng cộng | cơ sở | 8\n")
    assert [(t.achieved, t.part_of, t.restates) for t in extract_text(text).targets] == [
        (True, None, None), (False, 3, None), (False, 3, None), (False, None, None)]


def test_detailing_rows():
    # rows numbered under a row's number, and a row "Trong đó:" whose empty cells' pipes went with the line's edges
    assert _amounts("STT | Nội dung | Kinh phí (triệu đồng)\n1 | Đề án 1 | 300\n1.1 | Máy sấy | 200\n1.2 | Máy ép | 100\n"
                    "2 | Đề án 2 | 400\n") == [
        ("300", False, None, None, None), ("200", False, 0, None, None), ("100", False, 0, None, None),
        ("400", False, None, None, None)]
    assert _counts("STT | Nội dung | ĐVT | Số lượng\n1 | Đào tạo nghề | lớp | 4\n | Trong đó: | | \n"
                   " | - Nghề mây tre đan | lớp | 2\n | - Nghề chế biến gỗ | lớp | 2\n") == [
        ("4", "lớp", False, None), ("2", "lớp", False, 0), ("2", "lớp", False, 0)]
    # one detail saying it is a part, and a total row over one row
    assert _counts("STT | Nội dung | ĐVT | Kế hoạch\n1 | Hỗ trợ máy móc | cơ sở | 10\n"
                   " | Trong đó: cơ sở nông thôn | cơ sở | 6\n") == [("10", "cơ sở", False, None), ("6", "cơ sở", False, 0)]
    assert _counts("STT | Nội dung | ĐVT | Kế hoạch\n1 | Đào tạo nghề | lớp | 5\n | Cộng | lớp | 5\n") == [
        ("5", "lớp", False, 1), ("5", "lớp", False, None)]
    # a row opening with "Tổng số" and naming more is no total
    assert _counts("STT | Nội dung | ĐVT | Kế hoạch\n1 | Đào tạo nghề | người | 100\n2 | Tập huấn | người | 50\n"
                   "3 | Tổng số lao động có việc làm sau đào tạo | người | 150\n") == [
        ("100", "người", False, None), ("50", "người", False, None), ("150", "người", False, None)]


@pytest.mark.parametrize("header", ["Kinh phí (triệu đồng) | KCQG | KCĐP", "Kinh phí (triệu đồng) | Trong đó: KCQG |"
                                    " Trong đó: KCĐP"])
def test_sources_after_the_rows_money(header):
    # the money naming no source before columns of sources is the row's total; the sources take its scale
    assert _amounts(f"STT | Nội dung | {header}\n1 | Máy móc thiết bị | 500 | 300 | 200\n") == [
        ("500", False, None, None, None), ("300", False, 0, None, "quốc gia"), ("200", False, 0, None, "địa phương")]


def test_shares_of_sources_in_a_header():
    text = ("STT | Nội dung | Kinh phí KCĐP (70%) | Đối ứng (30%) | Tổng (triệu đồng)\n1 | Máy sấy | 140 | 60 | 200\n")
    document = extract_text(text)
    assert document.targets == []  # the header's shares are labels
    assert [(b.amount_text, b.part_of, b.funding_source) for b in document.budget] == [
        ("140", 2, "địa phương"), ("60", 2, "đối ứng"), ("200", None, None)]


def test_an_indicators_row_is_no_money_to_spend():
    document = extract_text("TT | Chỉ tiêu | Đơn vị tính | Năm 2020 | Năm 2025\n"
                            "1 | Giá trị sản xuất công nghiệp | tỷ đồng | 12.500 | 18.000\n")
    assert document.budget == []
    assert [(t.value, t.unit, t.kind) for t in document.targets] == [
        (12_500_000_000_000, "đồng", "indicator"), (18_000_000_000_000, "đồng", "indicator")]


def test_a_count_in_a_row_no_column_reads():
    # the row's "02 lớp" is its columns' 2; its "70 lao động" no column reads: kept
    assert _counts("STT | Nội dung | ĐVT | Kế hoạch | Thực hiện\n"
                   "1 | Tổ chức 02 lớp đào tạo nghề cho 70 lao động | lớp | 2 | 2\n") == [
        ("70 lao động", "lao động", False, None), ("2", "lớp", False, None), ("2", "lớp", True, None)]


@pytest.mark.parametrize("text, repeats", [
    # the text after a table repeating its total
    ("STT | Nội dung | Kinh phí (triệu đồng)\n1 | Máy sấy | 300\n2 | Đào tạo | 250\n | Tổng cộng | 550\n"
     "Như vậy, tổng kinh phí thực hiện năm 2025 là 550 triệu đồng.\n", [None, None, None, 2]),
    # a lone row's figure repeating the text's amount right before its table
    ("Năm 2024, Trung tâm đã giải ngân 1.800 triệu đồng.\nSTT | Nội dung | Kế hoạch (triệu đồng) | Giải ngân (triệu"
     " đồng)\n1 | Khuyến công địa phương | 2.000 | 1.800\n", [None, None, 0]),
])
def test_a_tables_totals_and_the_text_around_it(text, repeats):
    assert [b.restates for b in extract_text(text).budget] == repeats


# Re-reading audit Y80 (five documents with tables written as lines): each error's fewest lines.

def test_group_rows_with_their_subtotals():
    text = ("Đơn vị tính: triệu đồng\nTT | Tên đề án | Kinh phí\nI | ĐÀO TẠO NGHỀ | 230\n1 | Đào tạo nghề chế biến chè | 115\n"
            "2 | Truyền nghề mây tre đan | 115\nII | HỖ TRỢ MÁY MÓC THIẾT BỊ | 1.200\n1 | Hỗ trợ máy sao chè | 1.200\n"
            " | Tổng cộng | 1.430\n")
    budget = extract_text(text).budget
    assert [(b.amount_text, b.part_of) for b in budget] == [
        ("230", 5), ("115", 0), ("115", 0), ("1.200", 5), ("1.200", 3), ("1.430", None)]
    assert sum(b.amount_vnd for b in budget if b.part_of is None and b.restates is None) == 1_430_000_000


@pytest.mark.parametrize("text", [
    # results of "chỉ tiêu" (indicators, no plan)
    "Kết quả thực hiện các chỉ tiêu giai đoạn 2021-2025 như sau:\nSTT | Chỉ tiêu | ĐVT | Năm 2021 | Năm 2022 | Tổng\n"
    "1 | Số đề án thực hiện | đề án | 17 | 18 | 35\n",
    # a blank line between the lead-in of work done and its table
    "Năm 2025, huyện đã tổ chức 3 lớp đào tạo nghề, cụ thể:\n\nĐịa phương\tSố lớp\tSố học viên\nThanh Đồng\t2\t60\n"
    "Thanh Ngọc\t1\t35\nCộng\t3\t95\n",
])
def test_results_read_from_the_lead_in(text):
    assert all(t.achieved for t in extract_text(text).targets)


def test_a_running_total_of_years():
    text = ("Kết quả thực hiện giai đoạn 2021-2025 như sau:\nSTT | Chỉ tiêu | ĐVT | Năm 2021 | Năm 2022 | Lũy kế\n"
            "1 | Số đề án thực hiện | đề án | 17 | 18 | 35\n")
    assert [(t.value, t.achieved, t.part_of) for t in extract_text(text).targets] == [
        (17, True, 2), (18, True, 2), (35, True, None)]


def test_sources_under_a_merged_cell_named_by_abbreviation():
    # "Chia ra" merged over three sources; the rows lost their empty last cells
    text = ("Đơn vị tính: triệu đồng\nTT | Nội dung | Tổng số | Chia ra | | \n | | | KC tỉnh | Ngân sách huyện | Đối ứng\n"
            "1 | Đào tạo nghề | 396 | 276 | 120 | \n | Cộng | 396 | 276 | 120 | \n")
    assert _amounts(text) == [
        ("396", False, 3, None, None), ("276", False, 0, None, "địa phương"), ("120", False, 0, None, "địa phương"),
        ("396", False, None, None, None), ("276", False, 3, None, "địa phương"), ("120", False, 3, None, "địa phương")]


def test_a_table_by_commune():
    text = "Xã, thị trấn\tSố lớp\tKinh phí (triệu đồng)\nThanh Đồng\t2\t84\nThanh Ngọc\t1\t45\nCộng\t3\t129\n"
    assert _counts(text) == [("2", "lớp", False, 2), ("1", "lớp", False, 2), ("3", "lớp", False, None)]
    assert [(b.amount_text, b.part_of) for b in extract_text(text).budget] == [("84", 2), ("45", 2), ("129", None)]


# Probe audit Y79 of the change before: each regression's fewest lines, with the reading it gets now.

def test_a_second_header_line_under_merged_cells_before_a_remark():
    # the second line starts under the first merged cell, not at the right edge ("Ghi chú" lost its cells)
    text = ("STT | Nội dung | Kinh phí (triệu đồng) | | | Ghi chú\n | | Tổng | KCQG | KCĐP | \n"
            "1 | Hỗ trợ máy sấy | 500 | 200 | 300 | \n")
    assert _amounts(text) == [
        ("500", False, None, None, None), ("200", False, 0, None, "quốc gia"), ("300", False, 0, None, "địa phương")]


@pytest.mark.parametrize("header, unit", [
    ("Số lượng (tính đến 31/12/2024)", "lớp"), ("Số lượng (dự kiến)", "lớp"), ("Số lượng (*)", "lớp"),
    ("Số lượng (cơ sở)", "cơ sở"),
])
def test_words_in_a_count_columns_brackets(header, unit):
    assert [t.unit for t in extract_text(f"STT | Nội dung | ĐVT | {header}\n1 | Đào tạo nghề | lớp | 5\n").targets] == [unit]


def test_a_workforce_column_counts_in_a_table_of_activities():
    assert _counts("STT | Nội dung | Số lớp | Số lao động | Kinh phí (triệu đồng)\n"
                   "1 | Đào tạo nghề mây tre đan | 2 | 70 | 240\n") == [("2", "lớp", False, None), ("70", "lao động", False, None)]


@pytest.mark.parametrize("text, done", [
    ("STT | Nội dung | ĐVT | Số cơ sở đã được hỗ trợ\n1 | Hỗ trợ máy móc | cơ sở | 12\n", [True]),
    # things done that are no work of the table's
    ("Để thực hiện các nội dung đã nêu trên, cần bố trí kinh phí như sau:\nSTT | Nội dung | ĐVT | Số lượng\n"
     "1 | Hỗ trợ máy sấy | cơ sở | 3\n", [False]),
    ("Các huyện đã đăng ký nhu cầu như sau:\nSTT | Địa phương | Số lớp\n1 | Huyện Ba Bể | 2\n", [False]),
    # results expected, and an appraisal's results, are plans
    ("Kết quả dự kiến đạt được năm 2025 như sau:\nSTT | Nội dung | ĐVT | Số lượng\n1 | Đào tạo nghề | lớp | 5\n", [False]),
    ("Kết quả thẩm định các đề án đăng ký năm 2025 như sau:\nSTT | Tên đề án | ĐVT | Số lượng\n1 | Hỗ trợ máy sấy | cơ sở | 3\n",
     [False]),
    # targets assigned on the ground of last year's results
    ("Căn cứ kết quả năm 2024, UBND tỉnh giao chỉ tiêu như sau:\nTT\tChỉ tiêu\tĐơn vị tính\t2025\t2026\n"
     "1\tĐào tạo nghề\tlớp\t4\t5\n", [False, False]),
])
def test_tense_of_a_table_y79(text, done):
    assert [t.achieved for t in extract_text(text).targets] == done


@pytest.mark.parametrize("text, amounts", [
    # a column of bodies headed "Đơn vị" is no unit column
    ("Đơn vị tính: triệu đồng\nSTT | Nội dung | Đơn vị | Kế hoạch | Thực hiện\n1 | Đào tạo nghề | Trung tâm | 120 | 115\n",
     [("120", False, None, None, None), ("115", True, None, None, None)]),
    # a firm's revenue is no money to spend; a purpose naming revenue is
    ("STT | Tên doanh nghiệp | Địa chỉ | Doanh thu năm 2023 (triệu đồng)\n1 | Công ty TNHH An Phát | Thị trấn Bình Gia | 12.500\n",
     []),
    ("STT | Nội dung | Kinh phí (triệu đồng)\n1 | Hỗ trợ tham gia hội chợ để tăng doanh thu | 200\n",
     [("200", False, None, None, None)]),
    # the counterpart's money beside the support is no part of it; an investment's scale is not the support's
    ("STT | Tên cơ sở | Kinh phí hỗ trợ (triệu đồng) | Vốn đối ứng (triệu đồng)\n1 | Cơ sở Minh Anh | 300 | 300\n",
     [("300", False, None, None, None), ("300", False, None, None, "đối ứng")]),
    ("STT | Nội dung | Vốn đầu tư (tỷ đồng) | Kinh phí hỗ trợ\n1 | Máy sấy | 12 | 500\n",
     [("12", False, None, None, None)]),
    # money written with its unit in a cell is read once
    ("STT | Nội dung | ĐVT | Kế hoạch | Thực hiện\n1 | Kinh phí | triệu đồng | 1.200 triệu đồng | 1.150 triệu đồng\n",
     [("1.200 triệu đồng", False, None, None, None), ("1.150 triệu đồng", True, None, None, None)]),
    # a row's total repeats no amount of the text by its value alone
    ("Kinh phí tổ chức hội chợ năm 2025 là 300 triệu đồng.\nKinh phí hỗ trợ máy móc thiết bị như sau:\n"
     "STT | Nội dung | Kinh phí (triệu đồng) | KCQG | KCĐP\n1 | Máy sấy cho HTX A | 300 | | 300\n2 | Máy ép | 200 | 200 |\n",
     [("300 triệu đồng", False, None, None, None), ("300", False, None, None, None), ("300", False, 1, None, "địa phương"),
      ("200", False, None, None, None), ("200", False, 3, None, "quốc gia")]),
])
def test_money_of_a_table_y79(text, amounts):
    assert _amounts(text) == amounts


def test_a_cells_own_count_beside_an_equal_figure():
    assert _counts("STT | Nội dung | ĐVT | Kế hoạch | Thực hiện\n1 | Đào tạo nghề | lớp | 5 lớp (175 học viên) | 5 lớp\n") == [
        ("5 lớp", "lớp", False, None), ("175 học viên", "học viên", False, None), ("5 lớp", "lớp", True, None)]


@pytest.mark.parametrize("total", ["Tổng cộng các huyện, thành phố", "Tổng kinh phí khuyến công địa phương"])
def test_total_rows_naming_more(total):
    assert [b.part_of for b in extract_text(f"STT | Nội dung | Kinh phí (triệu đồng)\n1 | Đào tạo nghề | 300\n"
                                            f"2 | Hỗ trợ máy móc | 700\n | {total} | 1.000\n").budget] == [2, 2, None]


def test_a_table_after_a_line_in_which():
    # "Trong đó:" right before the next table's header does not join the two
    text = ("STT | Nội dung | ĐVT | Kế hoạch\n1 | Đào tạo nghề | lớp | 5\nTrong đó:\n"
            "STT | Nội dung | Kinh phí (triệu đồng)\n1 | Nghề mây tre | 360\n")
    assert [b.amount_text for b in extract_text(text).budget] == ["360"]


def test_rows_numbered_on_two_levels_under_groups():
    text = ("STT | Nội dung | ĐVT | Kế hoạch\nI | HỖ TRỢ MÁY MÓC | |\n1 | Máy sấy | cơ sở | 3\n"
            "1.1 | Máy sấy chè | cơ sở | 2\n1.2 | Máy sấy quế | cơ sở | 1\n | Tổng cộng | | 3\n")
    assert _counts(text) == [("3", "cơ sở", False, 3), ("2", "cơ sở", False, 0), ("1", "cơ sở", False, 0),
                             ("3", "cơ sở", False, None)]


def test_a_header_line_of_units_and_a_list_of_firms():
    # a second line naming each column's unit of money
    assert [b.amount_vnd for b in extract_text("STT | Nội dung | Năm 2024 | Năm 2025\n | | (triệu đồng) | (triệu đồng)\n"
                                               "1 | Đào tạo nghề | 240 | 300\n").budget] == [240_000_000, 300_000_000]
    # a firm's year of founding and workforce describe it
    assert extract_text("STT | Nội dung | Năm thành lập | Số lao động\n1 | HTX Tân Phú | 2015 | 35\n").targets == []


# Probe audit Y81 of the change before: each regression's fewest lines, with the reading it gets now.

@pytest.mark.parametrize("text, done", [
    # a plan named anywhere in the lead-in, results a plan rests on, a goal's results
    ("Từ kết quả khảo sát nhu cầu, năm 2025 Trung tâm dự kiến hỗ trợ các cơ sở sau:\nSTT | Nội dung | ĐVT | Số lượng\n"
     "1 | Hỗ trợ máy chẻ nan | cơ sở | 3\n", [False]),
    ("Theo kết quả bình chọn, Sở Công Thương lập kế hoạch hỗ trợ như sau:\nSTT | Nội dung | ĐVT | Số lượng\n"
     "1 | Hỗ trợ máy sấy | cơ sở | 2\n", [False]),
    ("Kết quả thực hiện năm 2024 và đề xuất kế hoạch năm 2025 như sau:\nSTT | Nội dung | ĐVT | Năm 2024 | Năm 2025\n"
     "1 | Đào tạo nghề | lớp | 5 | 6\n", [True, False]),
    ("Mục tiêu cụ thể: Phấn đấu đạt kết quả năm 2025 như sau:\nSTT | Nội dung | ĐVT | Năm 2025\n1 | Đào tạo nghề | lớp | 5\n",
     [False]),
    # a count column's tense in its brackets
    ("STT | Nội dung | ĐVT | Số lượng (Kế hoạch) | Số lượng (Thực hiện)\n1 | Đào tạo nghề | lớp | 5 | 4\n", [False, True]),
    # a plan or goal as what results measure
    ("Kết quả thực hiện Kế hoạch khuyến công năm 2024 như sau:\nSTT | Nội dung | ĐVT | Số lượng\n1 | Đào tạo nghề | lớp | 5\n",
     [True]),
    ("Kết quả đạt được trong năm 2024 so với mục tiêu đề ra:\nSTT | Nội dung | ĐVT | Mục tiêu | Năm 2024\n"
     "1 | Đào tạo nghề | lớp | 10 | 11\n", [False, True]),
    # the year of the results a plan rests on
    ("Căn cứ kết quả năm 2024, UBND tỉnh giao chỉ tiêu năm 2025 như sau:\nSTT | Chỉ tiêu | ĐVT | Năm 2024 | Năm 2025\n"
     "1 | Lớp đào tạo nghề | lớp | 10 | 12\n", [True, False]),
])
def test_tense_of_a_table_y81(text, done):
    assert [t.achieved for t in extract_text(text).targets] == done


def test_units_named_like_bodies():
    # "hội chợ", "xã" are units, no bodies of the state
    assert _counts("STT | Nội dung | Đơn vị | Số lượng\n1 | Tổ chức hội chợ | hội chợ | 2\n2 | Đào tạo nghề | lớp | 5\n") == [
        ("2", "hội chợ", False, None), ("5", "lớp", False, None)]
    assert [t.unit for t in extract_text("STT | Nội dung | ĐVT | Số lượng (cơ sở/lượt)\n1 | Hỗ trợ máy móc | cơ sở | 20\n"
                                         ).targets] == ["cơ sở/lượt"]


def test_a_figure_after_a_table_repeats_its_total_only_summing_up():
    text = ("Trung tâm lập dự toán như sau:\nSTT | Nội dung | Kinh phí (triệu đồng)\n1 | Hỗ trợ máy sấy cho HTX Tân Phú | 150\n"
            "Ngoài ra, dự kiến tổ chức 01 lớp tập huấn với kinh phí 150 triệu đồng.\n")
    assert [b.restates for b in extract_text(text).budget] == [None, None]


def test_words_opening_like_totals():
    assert _counts("STT | Nội dung | ĐVT | Số lượng\n1 | Cán bộ khuyến công cấp tỉnh | người | 8\n"
                   "2 | Cán bộ khuyến công cấp huyện | người | 12\n3 | Cộng tác viên khuyến công cấp xã, phường | người | 20\n"
                   ) == [("8", "người", False, None), ("12", "người", False, None), ("20", "người", False, None)]


def test_details_by_dashes_and_after_a_line_in_which():
    # a main row of no number after dash rows; a second level of dashes
    assert [t.part_of for t in extract_text("Nội dung | ĐVT | Kế hoạch\nĐào tạo nghề | lớp | 4\n- Nghề mây | lớp | 2\n"
                                            "- Nghề gỗ | lớp | 2\nTập huấn | lớp | 3\n- Khởi sự | lớp | 1\n"
                                            "- Quản trị | lớp | 2\n").targets] == [None, 0, 0, None, 3, 3]
    assert [t.part_of for t in extract_text("STT | Nội dung | ĐVT | Kế hoạch\n1 | Đào tạo nghề | lớp | 10\n"
                                            "- | Nghề mây | lớp | 6\n+ | Mây đan | lớp | 4\n+ | Mây uốn | lớp | 2\n"
                                            "- | Nghề gỗ | lớp | 4\n").targets] == [None, 0, 1, 1, 0]
    # rows of no number after a line "Trong đó:"
    assert [t.part_of for t in extract_text("STT | Nội dung | ĐVT | Kế hoạch\n1 | Đào tạo nghề | lớp | 5\n | Trong đó: | |\n"
                                            " | Nghề mây | lớp | 3\n | Nghề gỗ | lớp | 2\n").targets] == [None, 0, 0]


# Re-reading audit Y82 (five more documents with tables).

def test_two_annexes_of_one_total():
    text = ("Điều 1. Phê duyệt 02 đề án, tổng kinh phí 900 triệu đồng.\n\nSTT | Tên đề án | Kinh phí (triệu đồng)\n"
            "1 | Đề án A | 400\n2 | Đề án B | 500\n | Tổng cộng | 900\n\nSTT | Xã, phường | Kinh phí (triệu đồng)\n"
            "1 | Xã Lâm Bình | 400\n2 | Xã Chiêm Hóa | 500\n | Cộng | 900\n")
    budget = extract_text(text).budget
    assert [(b.part_of, b.restates) for b in budget] == [
        (None, None), (3, None), (3, None), (None, 0), (6, None), (6, None), (None, 0)]
    assert sum(b.amount_vnd for b in budget if b.part_of is None and b.restates is None) == 900_000_000


def test_a_cell_of_money_repeating_the_text():
    text = ("Giai đoạn 2021 - 2025, toàn tỉnh đã triển khai 78 đề án khuyến công với tổng kinh phí hỗ trợ 18.640 triệu"
            " đồng.\n\nSTT | Nội dung hoạt động | ĐVT | Kế hoạch giai đoạn | Thực hiện\n"
            "1 | Kinh phí khuyến công | triệu đồng | 20.000 | 18.640\n")
    assert [(b.amount_text, b.achieved, b.restates) for b in extract_text(text).budget] == [
        ("18.640 triệu đồng", True, None), ("20.000", False, None), ("18.640", True, 0)]


def test_a_whole_years_estimate_beside_part_of_the_year():
    text = ("STT | Nội dung | ĐVT | Kế hoạch năm | Thực hiện 6 tháng | Ước cả năm\n1 | Đào tạo nghề | lớp | 10 | 4 | 10\n")
    assert [t.achieved for t in extract_text(text).targets] == [False, True, False]


def test_a_tables_total_a_later_part_repeats():
    # the table in IV, its total a part of the whole that V sets out: counted once, of the heading's source
    text = ("IV. NHIỆM VỤ\n\n1. Nhiệm vụ sử dụng kinh phí khuyến công địa phương\nSTT | Nhiệm vụ | Kinh phí (triệu đồng)\n"
            "1 | Đào tạo nghề | 540\n2 | Hỗ trợ máy móc thiết bị | 3.660\n | Cộng | 4.200\n\nV. KINH PHÍ THỰC HIỆN\n\n"
            "Tổng kinh phí thực hiện Kế hoạch năm 2026 dự kiến là 5.950 triệu đồng. Trong đó, kinh phí khuyến công địa "
            "phương là 4.200 triệu đồng; phần còn lại 1.750 triệu đồng do các cơ sở thụ hưởng đối ứng.\n")
    budget = extract_text(text).budget
    assert [(b.amount_vnd // 10**6, b.funding_source, b.part_of, b.restates) for b in budget] == [
        (540, "địa phương", 2, None), (3660, "địa phương", 2, None), (4200, "địa phương", 3, None),
        (5950, None, None, None), (4200, "địa phương", 3, 2), (1750, "đối ứng", 3, None)]
    assert sum(b.amount_vnd for b in budget if b.part_of is None and b.restates is None) == 5_950_000_000


def test_a_later_part_of_the_same_value_in_the_tables_section_or_year_repeats_nothing():
    # in the table's own section, and under headings of other years, an amount of the total's value is another
    same_section = ("IV. NHIỆM VỤ\nSTT | Nhiệm vụ | Kinh phí (triệu đồng)\n1 | Đào tạo nghề | 540\n2 | Hỗ trợ máy móc | 3.660\n"
                    " | Cộng | 4.200\nNăm sau, tổng kinh phí dự kiến 5.950 triệu đồng, trong đó hỗ trợ máy móc 4.200 triệu đồng.\n")
    other_years = ("I. KẾ HOẠCH NĂM 2025\nSTT | Nhiệm vụ | Kinh phí (triệu đồng)\n1 | Đào tạo nghề | 540\n"
                   "2 | Hỗ trợ máy móc | 3.660\n | Cộng | 4.200\n\nII. KẾ HOẠCH NĂM 2026\nTổng kinh phí dự kiến 5.950 triệu "
                   "đồng, trong đó kinh phí khuyến công địa phương 4.200 triệu đồng.\n")
    for text in (same_section, other_years):
        budget = extract_text(text).budget
        assert [b.amount_vnd // 10**6 for b in budget] == [540, 3660, 4200, 5950, 4200]
        assert [b.restates for b in budget] == [None] * 5 and budget[2].part_of is None


def test_a_split_after_a_table_is_of_its_total():
    # "Trong đó, ..." right after the table: parts of its total, done as it is; a list after "Trong đó:" done too
    lead = ("Năm 2025, huyện đã tổ chức 3 lớp đào tạo nghề với tổng kinh phí 129 triệu đồng, cụ thể:\n"
            "Địa phương\tSố lớp\tKinh phí (triệu đồng)\nThanh Đồng\t2\t84\nThanh Ngọc\t1\t45\nCộng\t3\t129\n")
    in_a_line = extract_text(lead + "Trong đó, kinh phí khuyến công địa phương hỗ trợ 89 triệu đồng; ngân sách huyện hỗ "
                                    "trợ 40 triệu đồng.\n").budget
    assert [(b.amount_vnd // 10**6, b.part_of, b.restates, b.achieved) for b in in_a_line] == [
        (129, None, None, True), (84, 3, None, True), (45, 3, None, True), (129, None, 0, True), (89, 3, None, True),
        (40, 3, None, True)]
    in_a_list = extract_text(lead + "\nTrong đó:\n- Kinh phí khuyến công địa phương: 89 triệu đồng;\n"
                                    "- Ngân sách huyện: 40 triệu đồng.\n").budget
    assert [(b.part_of, b.achieved) for b in in_a_list[4:]] == [(0, True), (0, True)]
    # amounts not adding up to the total: no split of it
    other = extract_text(lead + "Trong đó, kinh phí khuyến công địa phương hỗ trợ 89 triệu đồng.\n").budget
    assert [(b.part_of, b.achieved) for b in other[4:]] == [(None, False)]


# Probe audit Y83 (of the ninth session's table mends).

def test_two_tables_of_one_total_value_that_are_different_things():
    # the same rows over two years, the same total: two totals; two programmes' tables named in their titles
    years = ("Bảng 1. Kết quả năm 2023\nSTT | Nội dung | ĐVT | Số lượng\n1 | Đào tạo nghề | lớp | 5\n2 | Tập huấn | lớp | 3\n"
             " | Tổng cộng | lớp | 8\n\nBảng 2. Kết quả năm 2024\nSTT | Nội dung | ĐVT | Số lượng\n1 | Đào tạo nghề | lớp | 6\n"
             "2 | Tập huấn | lớp | 2\n | Tổng cộng | lớp | 8\n")
    assert [t.restates for t in extract_text(years).targets] == [None] * 6
    sources = ("Biểu 1: Kinh phí khuyến công quốc gia\nSTT | Nội dung | Kinh phí (triệu đồng)\n1 | Đề án điểm | 1.000\n"
               " | Cộng | 1.000\n\nBiểu 2: Kinh phí khuyến công địa phương\nSTT | Nội dung | Kinh phí (triệu đồng)\n"
               "1 | Đào tạo nghề | 400\n2 | Hội chợ | 600\n | Cộng | 1.000\n")
    assert [(b.funding_source, b.restates) for b in extract_text(sources).budget] == [
        ("quốc gia", None), ("quốc gia", None), ("địa phương", None), ("địa phương", None), ("địa phương", None)]


def test_cells_of_money_repeat_one_amount_once_and_only_a_row_of_money_itself():
    once = ("Trung tâm được cấp 300 triệu đồng.\nSTT | Nội dung | Kinh phí (triệu đồng)\n1 | Kinh phí đào tạo nghề | 300\n"
            "2 | Kinh phí tập huấn | 300\n3 | Kinh phí hội chợ | 300\n")
    assert [b.restates for b in extract_text(once).budget] == [None] * 4
    activity = ("Hỗ trợ HTX Tân Phú mua máy sấy với kinh phí 300 triệu đồng.\n\nSTT | Nội dung | Kinh phí (triệu đồng)\n"
                "1 | Kinh phí đào tạo nghề | 300\n2 | Kinh phí tổ chức hội chợ | 250\n")
    assert [b.restates for b in extract_text(activity).budget] == [None] * 3


@pytest.mark.parametrize("after, restates", [
    # a sentence summing up past a thousands dot; a plain repeat; a plain repeat naming the programme's money
    ("Như vậy, kinh phí KCQG là 1.200 triệu đồng và KCĐP là 800 triệu đồng.", True),
    ("Kinh phí khuyến công địa phương năm 2024 là 800 triệu đồng.", True),
    # adding on, or the beneficiaries' own money: no repeat
    ("Ngoài ra, các cơ sở còn được hỗ trợ 800 triệu đồng.", False),
    ("Kinh phí đối ứng của các cơ sở là 800 triệu đồng.", False),
])
def test_the_text_after_a_table_repeating_its_total(after, restates):
    text = ("STT | Nội dung | KCQG (triệu đồng) | KCĐP (triệu đồng)\n1 | Đề án A | 700 | 300\n2 | Đề án B | 500 | 500\n"
            " | Tổng cộng | 1.200 | 800\n" + after + "\n")
    budget = extract_text(text).budget
    assert (budget[-1].restates is not None) == restates


@pytest.mark.parametrize("lead_in", [
    "Kết quả thực hiện các chỉ tiêu kế hoạch năm 2024 như sau:",
    "Kết quả triển khai Kế hoạch khuyến công năm 2024 như sau:",
    "Kết quả thực hiện theo Kế hoạch số 45/KH-UBND như sau:",
    "Năm 2024, công tác khuyến công đạt kết quả tích cực, cụ thể như sau:",
])
def test_results_lead_ins_naming_the_plan_they_measure(lead_in):
    text = lead_in + "\nSTT | Nội dung | ĐVT | Số lượng\n1 | Đào tạo nghề | lớp | 5\n"
    assert [t.achieved for t in extract_text(text).targets] == [True]


def test_a_cell_of_money_repeats_no_amount_of_another_year_nor_a_yearly_rate():
    other_year = ("Năm 2023, tổng kinh phí khuyến công đã giải ngân 1.200 triệu đồng.\n\nKết quả năm 2024 như sau:\n"
                  "STT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện\n1 | Kinh phí giải ngân | triệu đồng | 1.300 | 1.200\n"
                  "2 | Đào tạo nghề | lớp | 5 | 5\n")
    assert [b.restates for b in extract_text(other_year).budget] == [None] * 3
    rate = ("Giai đoạn 2021-2025, mỗi năm đã giải ngân 1.500 triệu đồng kinh phí khuyến công địa phương.\n\n"
            "Kết quả thực hiện giai đoạn 2021-2025:\nTT | Chỉ tiêu | Đơn vị tính | 2021 | 2022\n"
            "1 | Đào tạo nghề | lớp | 5 | 6\n2 | Kinh phí KCĐP | triệu đồng | 1.500 | 1.500\n")
    assert [b.restates for b in extract_text(rate).budget] == [None] * 3
