"""Probe audit Y49 (262 probes of the mends of Y48 and of Y47's E8-E10: 6 regressions), mended."""

import pytest

from khuyencong_extract.normalise import normalise
from khuyencong_extract.pipeline import extract_text

# A report copied double-spaced (a blank line after every line): each count alone over its unit
_DOUBLE_SPACED = "\n\n".join([
    "BÁO CÁO NHANH KẾT QUẢ KHUYẾN CÔNG NĂM 2024", "1. Hỗ trợ ứng dụng máy móc thiết bị",
    "Trung tâm đã thẩm định, trình phê duyệt và nghiệm thu các đề án hỗ trợ máy móc thiết bị",
    "cho các cơ sở công nghiệp nông thôn tại các huyện Thanh Sơn, Tân Sơn, Yên Lập.", "Số cơ sở được hỗ trợ:", "9",
    "cơ sở", "2. Hỗ trợ tham gia hội chợ, triển lãm",
    "Trung tâm đã tổ chức cho các cơ sở tham gia hội chợ khu vực phía Bắc và hội chợ cấp tỉnh,",
    "giới thiệu, quảng bá sản phẩm tới người tiêu dùng trong và ngoài tỉnh.", "Số cơ sở tham gia:", "15", "cơ sở"])

# Two pages numbered without a running header, a value alone under its label between them
_LABELLED_VALUE = (
    "I. KẾT QUẢ THỰC HIỆN\n2. Hỗ trợ ứng dụng máy móc thiết bị\n"
    "Trung tâm đã hỗ trợ 9 cơ sở công nghiệp nông thôn ứng dụng máy móc thiết bị tiên tiến vào\n"
    "sản xuất, kinh phí 1.850 triệu đồng; các máy móc được hỗ trợ phát huy hiệu quả tốt.\n\n1\n\n"
    "3. Xây dựng mô hình trình diễn kỹ thuật\n"
    "Trung tâm đã xây dựng mô hình trình diễn kỹ thuật sản xuất chè xanh chất lượng cao tại\n"
    "huyện Thanh Ba và mô hình sản xuất gạch không nung tại huyện Lâm Thao; các mô hình đã\n"
    "thu hút trên 300 lượt người tham quan, học tập kinh nghiệm; nhiều cơ sở đã mạnh dạn đầu\n"
    "tư đổi mới công nghệ theo mô hình, góp phần nâng cao năng suất, chất lượng sản phẩm và\n"
    "bảo vệ môi trường tại các cụm công nghiệp, làng nghề trên địa bàn tỉnh.\nSố mô hình đã xây dựng:\n\n2\n\n"
    "Kinh phí thực hiện: 1.200 triệu đồng.\n4. Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu\n"
    "Năm 2024, có 67 sản phẩm tham gia bình chọn, Hội đồng đã công nhận 52 sản phẩm đạt sản phẩm\n"
    "công nghiệp nông thôn tiêu biểu cấp tỉnh, trong đó 12 sản phẩm tham gia bình chọn cấp khu\nvực.\n\n2\n\n"
    "II. KẾ HOẠCH NĂM 2025\nNăm 2025, Trung tâm phấn đấu tổ chức 14 lớp đào tạo nghề cho 420 lao động.\n")


def test_counts_alone_over_their_units_are_no_pages():
    # R1: "9" / "" / "cơ sở" twice was taken for pages' numbers under a running header
    assert [(t.value, t.unit) for t in extract_text(_DOUBLE_SPACED).targets] == [(9, "cơ sở"), (15, "cơ sở")]


def test_a_value_under_its_label_is_no_page_number():
    # R2: the "2" under "Số mô hình đã xây dựng:" was dropped as the next page, the page's own "2" kept
    clean = normalise(_LABELLED_VALUE).text.text
    assert "Số mô hình đã xây dựng:\n\n2\n\nKinh phí" in clean
    assert "phát huy hiệu quả tốt.\n\n3. Xây dựng" in clean and "cấp khu vực.\n\nII. KẾ HOẠCH" in clean


def test_a_running_header_in_sentence_case_at_one_page_break():
    # R3: the header alone at the only page break, in sentence case, narrower than the wrapped line above
    text = ("Năm 2024, Trung tâm Khuyến công đã phối hợp với UBND các huyện tổ chức 15 lớp đào tạo nghề cho\n\n3\n\n"
            "Sở Công Thương tỉnh Phú Thọ\n"
            "450 lao động nông thôn; hỗ trợ 12 cơ sở công nghiệp nông thôn ứng dụng máy móc thiết bị.\n")
    assert "đào tạo nghề cho 450 lao động nông thôn" in normalise(text).text.text
    assert [(t.value, t.achieved) for t in extract_text(text).targets] == [(15, True), (450, True), (12, True)]


@pytest.mark.parametrize("aside", [
    "ông Nam, Giám đốc Sở Công Thương (đã nhậm chức tháng 8/2023)",
    "sau chuyến khảo sát đã thực hiện trong tháng 2 tại các huyện miền núi, ông Nam",
])
def test_a_month_gone_before_the_speaker_leaves_his_plan_a_plan(aside):
    # R4: only a time after the event's day ("Đến cuối năm", "tháng 6" of that year) makes the words said a report
    text = f"Ngày 10/3/2025, {aside} cho biết, năm 2025 Trung tâm tổ chức 15 lớp đào tạo nghề, hỗ trợ 20 cơ sở."
    assert [t.achieved for t in extract_text(text).targets] == [False, False]


def test_an_appendixs_sections_repeat_none_of_the_programme():
    # R6: the appendix's Roman sections are its own ("appendix.I"), its heading in capitals stays over its item
    text = ("CHƯƠNG TRÌNH\nKHUYẾN CÔNG TỈNH QUẢNG NGÃI GIAI ĐOẠN 2026-2030\n"
            "(Ban hành kèm theo Quyết định số 1587/QĐ-UBND ngày 12/12/2025 của Chủ tịch UBND tỉnh)\n"
            "I. MỤC TIÊU\nHỗ trợ 45 cơ sở ứng dụng máy móc thiết bị.\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Công Thương\n"
            "Chủ trì triển khai Chương trình.\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ ƯU TIÊN\nI. NHIỆM VỤ ĐÀO TẠO\n"
            "1. Tổ chức 20 lớp đào tạo nghề cho 600 lao động.\nII. NHIỆM VỤ HỖ TRỢ MÁY MÓC\n"
            "- Hỗ trợ 45 cơ sở ứng dụng máy móc thiết bị, kinh phí 9.000 triệu đồng.\n")
    document = extract_text(text)
    assert [(s.id, s.heading) for s in document.sections if s.id.startswith("appendix")] == [
        ("appendix", "PHỤ LỤC DANH MỤC NHIỆM VỤ ƯU TIÊN"), ("appendix.I", "NHIỆM VỤ ĐÀO TẠO"),
        ("appendix.I.1", "Tổ chức 20 lớp đào tạo nghề cho 600 lao động."), ("appendix.II", "NHIỆM VỤ HỖ TRỢ MÁY MÓC")]
    assert "section_repeated" not in {w.code for w in document.warnings}
