"""Bare figures under a line declaring their unit ("Đơn vị tính: triệu đồng"), as a decision's annex lists its
projects' money (re-reading audit Y72, E10: none of the annex's 27 amounts was read), and the amounts of such a list:
two projects' equal amounts are two, a closing total's projects are its parts."""

import pytest

from khuyencong_extract.pipeline import extract_text

# The annex of a decision approving a province's 2026 plan (Y72's d2), as written.
ANNEX = """PHỤ LỤC
DANH MỤC ĐỀ ÁN KHUYẾN CÔNG ĐỊA PHƯƠNG NĂM 2026
(Kèm theo Quyết định số 2345/QĐ-UBND ngày 25/12/2025 của UBND tỉnh Lạng Sơn)
Đơn vị tính: triệu đồng

I. ĐÀO TẠO NGHỀ, TRUYỀN NGHỀ (03 đề án)
1. Đào tạo nghề mây tre đan cho 35 lao động tại xã Văn Lãng
+ Đơn vị thực hiện: Trung tâm Khuyến công và Tư vấn phát triển công nghiệp
+ Kinh phí khuyến công địa phương: 120
2. Truyền nghề dệt thổ cẩm cho 35 lao động tại xã Bình Gia
+ Kinh phí khuyến công địa phương: 120
II. HỖ TRỢ ỨNG DỤNG MÁY MÓC THIẾT BỊ TIÊN TIẾN (02 đề án)
3. Hỗ trợ Hộ kinh doanh Hoàng Văn Tú ứng dụng máy ép viên nén mùn cưa
+ Tổng kinh phí: 1.200; trong đó kinh phí khuyến công 300, vốn đối ứng 900
4. Hỗ trợ HTX Nông nghiệp Tân Thành ứng dụng máy sấy và máy đóng gói thạch đen
+ Tổng kinh phí: 980; trong đó kinh phí khuyến công 250, vốn đối ứng 730
III. MÔ HÌNH TRÌNH DIỄN KỸ THUẬT (01 đề án)
5. Xây dựng mô hình trình diễn kỹ thuật chưng cất tinh dầu quế tại xã Văn Quan
+ Tổng kinh phí: 1.200; trong đó kinh phí khuyến công 600, vốn đối ứng 600
IV. HỘI CHỢ, TRIỂN LÃM (01 đề án)
6. Hỗ trợ 20 lượt cơ sở tham gia hội chợ, triển lãm trong và ngoài tỉnh: 240
Tổng cộng: 06 đề án; tổng kinh phí 3.860 (kinh phí khuyến công địa phương 1.630; vốn đối ứng 2.230).
"""

MILLION = 1_000_000


def _amounts(text: str) -> list[tuple[str, int, str | None, int | None, int | None]]:
    return [(b.amount_text, b.amount_vnd, b.funding_source, b.part_of, b.restates) for b in extract_text(text).budget]


def test_an_annexs_projects_and_their_closing_total():
    assert _amounts(ANNEX) == [
        ("120", 120 * MILLION, "địa phương", 12, None),
        ("120", 120 * MILLION, "địa phương", 12, None),  # another project's, no repeat
        ("1.200", 1200 * MILLION, None, 12, None),
        ("300", 300 * MILLION, None, 2, None),
        ("900", 900 * MILLION, "đối ứng", 2, None),
        ("980", 980 * MILLION, None, 12, None),
        ("250", 250 * MILLION, None, 5, None),
        ("730", 730 * MILLION, "đối ứng", 5, None),
        ("1.200", 1200 * MILLION, None, 12, None),  # another project's in another part, no repeat
        ("600", 600 * MILLION, None, 8, None),
        ("600", 600 * MILLION, "đối ứng", 8, None),
        ("240", 240 * MILLION, None, 12, None),
        ("3.860", 3860 * MILLION, None, None, None),  # 120 + 120 + 1.200 + 980 + 1.200 + 240
        ("1.630", 1630 * MILLION, "địa phương", 12, None),  # the total again by source: a detail
        ("2.230", 2230 * MILLION, "đối ứng", 12, None),
    ]


def test_the_annex_sums_once_and_warns_of_nothing():
    doc = extract_text(ANNEX)
    assert sum(b.amount_vnd for b in doc.budget if b.part_of is None and b.restates is None) == 3860 * MILLION
    assert [w.code for w in doc.warnings if w.code.startswith("budget")] == []


def test_a_bare_figure_points_at_itself_in_the_source():
    doc = extract_text(ANNEX)
    item = next(b for b in doc.budget if b.amount_text == "980")
    assert ANNEX[item.span[0]:item.span[1]] == "980"


@pytest.mark.parametrize("text, amounts", [
    # a thousand đồng, with the declaration's own "1.000 đồng" no amount
    ("Đơn vị tính: 1.000 đồng\n- Kinh phí khuyến công quốc gia: 350.000\n- Vốn đối ứng của cơ sở: 1.200.500",
     [("350.000", 350 * MILLION), ("1.200.500", 1_200_500_000)]),
    # tỷ, a decimal comma, and a period in the total's words
    ("(Đơn vị tính: tỷ đồng)\nTổng kinh phí giai đoạn 2021-2025: 8,96; trong đó ngân sách tỉnh 5,2, vốn đối ứng 3,76.",
     [("8,96", 8_960_000_000), ("5,2", 5_200_000_000), ("3,76", 3_760_000_000)]),
    # "Tr.đồng" in brackets; a year in the words, a count's and a time's lines passed over
    ("PHỤ LỤC\n(ĐVT: Tr.đồng)\n1. Đào tạo nghề may công nghiệp: 03 lớp, kinh phí 240.\n- Số lớp: 12\n- Thời gian: 2026\n"
     "- Kinh phí năm 2026: 500\n2. Hỗ trợ máy móc thiết bị cho 05 cơ sở: 1.250\nCộng: 1.990",
     [("240", 240 * MILLION), ("500", 500 * MILLION), ("1.250", 1250 * MILLION), ("1.990", 1990 * MILLION)]),
    # a cited document's number and date are no amounts; a declaration of another unit ends the money
    ("Đơn vị tính: triệu đồng\n- Kinh phí theo Quyết định 123/QĐ-UBND ngày 5/3/2024: 300\nĐơn vị tính: lớp\n"
     "- Đào tạo nghề: 12\n- Kinh phí: 15", [("300", 300 * MILLION)]),
    # an amount written with its unit is read as ever, once
    ("ĐVT: triệu đồng\n- Kinh phí hỗ trợ: 150 triệu đồng", [("150 triệu đồng", 150 * MILLION)]),
])
def test_declared_units(text, amounts):
    assert [(b.amount_text, b.amount_vnd) for b in extract_text(text).budget] == amounts


@pytest.mark.parametrize("text", [
    # no declaration: a bare figure is no amount
    "- Kinh phí khuyến công địa phương: 120\n- Tổng kinh phí: 980",
    # a declaration of another unit; "Đơn vị:" naming a body declares nothing
    "Đơn vị tính: lớp\n- Kinh phí: 15",
    "Đơn vị: Trung tâm Khuyến công\n- Kinh phí: 250",
])
def test_no_declared_unit(text):
    assert extract_text(text).budget == []


def test_a_bracket_splits_a_total_by_source():
    # the first part found a part on its own, the second after the semicolon too
    text = ("Tổng cộng: 12 đề án; tổng kinh phí 8.960 triệu đồng (kinh phí khuyến công địa phương 2.850 triệu đồng; vốn"
            " đối ứng 6.110 triệu đồng).")
    assert [(b.amount_text, b.funding_source, b.part_of) for b in extract_text(text).budget] == [
        ("8.960 triệu đồng", None, None), ("2.850 triệu đồng", "địa phương", 0), ("6.110 triệu đồng", "đối ứng", 0)]
