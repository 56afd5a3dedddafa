"""Re-reading audit Y47 (six long texts, two copied from PDFs) mended further, and probe audit Y48 (of the mends of
Y46 and Y47)."""

import pytest

from khuyencong_extract.normalise import normalise
from khuyencong_extract.pipeline import extract_text

_HEADER = "Chương trình khuyến công tỉnh Quảng Ngãi giai đoạn 2026-2030"

# A programme copied from a PDF: each page's number alone between blank lines, the running header under it.
_PDF_PROGRAMME = (
    "CHƯƠNG TRÌNH\nKHUYẾN CÔNG TỈNH QUẢNG NGÃI GIAI ĐOẠN 2026-2030\n"
    "(Ban hành kèm theo Quyết định số 1587/QĐ-UBND ngày 12/12/2025 của Chủ tịch UBND tỉnh\nQuảng Ngãi)\n"
    "I. MỤC TIÊU\n1. Mục tiêu chung\n\n1\n\n" + _HEADER + "\n"
    "Phát triển công nghiệp nông thôn bền vững, gắn với lợi thế về nguyên liệu nông, lâm,\n"
    "thủy sản của tỉnh; nâng cao năng lực cạnh tranh của các cơ sở công nghiệp nông thôn.\n"
    "2. Mục tiêu cụ thể\nGiai đoạn 2026-2030, hoạt động khuyến công phấn đấu đạt các chỉ tiêu sau:\n"
    "- Hỗ trợ 45 cơ sở công nghiệp nông thôn ứng dụng máy móc thiết bị tiên tiến, chuyển giao\n"
    "công nghệ vào sản xuất;\n- Đào tạo nghề, truyền nghề cho 600 lao động;\n"
    "- Xây dựng 04 mô hình trình diễn kỹ thuật;\n- Bình chọn 50 sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh;\n"
    "- Tổ chức và hỗ trợ các cơ sở tham gia 15 hội chợ, triển lãm;\n"
    "- Hỗ trợ 10 cơ sở xây dựng phòng trưng bày giới thiệu sản phẩm.\n"
    "II. TỔ CHỨC THỰC HIỆN\n1. Sở Công Thương\n"
    "Chủ trì, hướng dẫn, triển khai thực hiện Chương trình; xây dựng kế hoạch khuyến công hằng năm.\n"
    "2. Sở Tài chính\nTham mưu UBND tỉnh bố trí kinh phí khuyến công địa phương trong dự toán ngân sách hằng năm.\n\n"
    "2\n\n" + _HEADER + "\n"
    "3. UBND các xã, phường, đặc khu\n"
    "Tuyên truyền, vận động các cơ sở tham gia; xác nhận hồ sơ đề nghị hỗ trợ; phối hợp giám\n"
    "sát thực hiện đề án trên địa bàn.\n"
    "PHỤ LỤC\nCHỈ TIÊU CHƯƠNG TRÌNH KHUYẾN CÔNG TỈNH QUẢNG NGÃI THEO TỪNG NĂM\n"
    "(Kèm theo Quyết định số 1587/QĐ-UBND ngày 12/12/2025 của Chủ tịch UBND tỉnh)\n"
    "STT | Nội dung | Đơn vị tính | 2026 | 2027 | 2028 | 2029 | 2030 | Tổng\n"
    "1 | Đào tạo nghề, truyền nghề | Lớp | 4 | 4 | 4 | 4 | 4 | 20\n"
    "2 | Tập huấn nâng cao năng lực quản lý | Lớp | 2 | 2 | 1 | 2 | 1 | 8\n\n3\n")


def test_a_pdfs_page_numbers_and_running_header_are_dropped():
    # Y47 E8: the header reached an objective, the page numbers duties
    document = extract_text(_PDF_PROGRAMME)
    general = [o.text for o in document.objectives if o.scope == "general"]
    assert general == ["Phát triển công nghiệp nông thôn bền vững, gắn với lợi thế về nguyên liệu nông, lâm, thủy sản "
                       "của tỉnh; nâng cao năng lực cạnh tranh của các cơ sở công nghiệp nông thôn."]
    clean = normalise(_PDF_PROGRAMME).text.text
    assert _HEADER not in clean and "\n2\n" not in clean and not clean.endswith("3")
    assert [d.text for d in document.duties if d.agency_id == "ubnd_cap_xa"] == [
        "Tuyên truyền, vận động các cơ sở tham gia; xác nhận hồ sơ đề nghị hỗ trợ; phối hợp giám sát thực hiện đề án "
        "trên địa bàn."]


def test_an_appendix_after_the_programme_is_a_part_of_its_own():
    # Y47 E10: the appendix's table was read as the last agency's duties
    sections = {s.id: s for s in extract_text(_PDF_PROGRAMME).sections}
    assert sections["appendix"].heading == "PHỤ LỤC CHỈ TIÊU CHƯƠNG TRÌNH KHUYẾN CÔNG TỈNH QUẢNG NGÃI THEO TỪNG NĂM"
    assert sections["appendix"].span[0] > sections["programme"].span[1] - 1


def test_page_numbers_in_turn_without_a_header():
    # pages numbered "- 1 -", "- 2 -" far apart: dropped, the paragraph break kept; a lone count is no page number
    def body(years):
        return "".join(f"Năm {year}, Trung tâm Khuyến công đã tổ chức 2 lớp đào tạo nghề cho 60 lao động.\n"
                       for year in years)

    text = ("I. KẾT QUẢ\n" + body(range(2000, 2012)) + "\n- 1 -\n\nII. NHIỆM VỤ\nTổ chức 3 lớp đào tạo nghề.\n"
            + body(range(2012, 2024)) + "\nTổng số cơ sở\n\n12\n\ncơ sở đã được hỗ trợ.\n\n- 2 -\n")
    clean = normalise(text).text.text
    assert "- 1 -" not in clean and "- 2 -" not in clean
    assert "lao động.\n\nII. NHIỆM VỤ" in clean
    assert "Tổng số cơ sở\n\n12 cơ sở đã được hỗ trợ." in clean


def test_an_amount_opening_the_line_after_a_page_break():
    # Y47 E9: "3.500" opening a line is an amount, no decimal marker: the sentence joins (the running header in
    # capitals dropped with the page's number)
    text = ("5. Kinh phí dự kiến năm 2026 là 14.000 triệu đồng, trong đó kinh phí khuyến công quốc gia\n\n2\n\n"
            "SỞ CÔNG THƯƠNG ĐỒNG THÁP\n"
            "3.500 triệu đồng, kinh phí khuyến công địa phương 10.500 triệu đồng.\n")
    budget = extract_text(text).budget
    assert [(b.amount_vnd // 10**6, b.funding_source, b.part_of) for b in budget] == [
        (14000, None, None), (3500, "quốc gia", 0), (10500, "địa phương", 0)]


@pytest.mark.parametrize("text, kept", [
    # R1: a line of the next page going on is no running header, however the line after it opens
    ("Năm 2024, Trung tâm đã phối hợp với UBND các huyện tổ chức 12 lớp đào tạo nghề cho lao động\n\n8\n\n"
     "nông thôn tại các xã với tổng số 360 học viên tham gia; hỗ trợ 5 cơ sở xây dựng mô hình trình\n"
     "diễn kỹ thuật, kinh phí 1.500 triệu đồng.\n", [(12, "lớp"), (360, "học viên"), (5, "cơ sở")]),
    ("Năm 2024, toàn tỉnh đã triển khai 18 đề án khuyến công địa phương với tổng kinh phí 4.200 triệu\n\n12\n\n"
     "đồng, trong đó hỗ trợ 10 cơ sở ứng dụng máy móc thiết bị, kinh phí 2.500 triệu đồng; tổ chức\n"
     "6 lớp đào tạo nghề, kinh phí 600 triệu đồng.\n", [(18, "đề án"), (10, "cơ sở"), (6, "lớp")]),
    # R2: nor a list's first item
    ("Thực hiện Quyết định số 125/QĐ-UBND ngày 15/3/2024 của UBND tỉnh, Trung tâm đã triển khai\n\n9\n\n"
     "a) Đào tạo nghề, truyền nghề: tổ chức 6 lớp với 180 học viên;\nb) Hỗ trợ máy móc thiết bị: 10 cơ sở.\n",
     [(6, "lớp"), (180, "học viên"), (10, "cơ sở")]),
    # R3: a bare figure before its unit is the sentence's, no page number
    ("Tổng số cơ sở công nghiệp nông thôn được hỗ trợ từ nguồn kinh phí khuyến công năm 2024 là\n\n12\n\n"
     "cơ sở, tăng 3 cơ sở so với năm 2023; tổng kinh phí hỗ trợ là 1.950 triệu đồng.\n", [(12, "cơ sở"), (3, "cơ sở")]),
    ("Hỗ trợ ứng dụng máy móc thiết bị tiên tiến vào sản xuất công nghiệp nông thôn các huyện,\n\n15\n\ncơ sở\n",
     [(15, "cơ sở")]),
    # ... but after "các" it is a page's number
    ("Thực hiện Quyết định số 125/QĐ-UBND ngày 15/3/2024 của UBND tỉnh, Trung tâm đã triển khai các\n\n9\n\n"
     "đề án sau: tổ chức 6 lớp đào tạo nghề với 180 học viên, hỗ trợ máy móc thiết bị cho 10 cơ sở.\n",
     [(6, "lớp"), (180, "học viên"), (10, "cơ sở")]),
])
def test_a_page_break_drops_no_line_or_figure_of_the_text(text, kept):
    assert [(t.value, t.unit) for t in extract_text(text).targets] == kept


@pytest.mark.parametrize("text, done", [
    # R4: results of months gone, said early in the year
    ("Ngày 25/3/2025, Sở Công Thương tổ chức hội nghị sơ kết quý I. Ông Bình đánh giá cao kết quả đạt được và cho "
     "biết, quý I/2025 Trung tâm tổ chức 5 lớp đào tạo nghề cho 150 lao động.", True),
    ("Ngày 15/2/2024, ông Nam đã phát biểu và cho biết, 2 tháng đầu năm 2024, Trung tâm tổ chức 3 lớp đào tạo nghề.",
     True),
    # R5: a plan's issuing date is no event's day
    ("Thực hiện Kế hoạch số 12/KH-UBND ngày 10/3/2023 của UBND tỉnh, tại hội nghị tổng kết, ông Nam đánh giá cao kết "
     "quả đạt được và cho biết, năm 2023 Trung tâm tổ chức 15 lớp đào tạo nghề, hỗ trợ 12 cơ sở.", True),
    ("Ngày 20/2/2024, Sở Công Thương đã ban hành Kế hoạch khuyến công năm 2024. Đến cuối năm, ông Nam đã báo cáo và "
     "cho biết, năm 2024 Trung tâm hỗ trợ 20 cơ sở, tổ chức 10 lớp đào tạo nghề.", True),
    # the plans said at a review held early in the next year stay plans
    ("Ngày 10/1/2025, Sở Công Thương tổ chức hội nghị tổng kết công tác khuyến công năm 2024. Ông Bình ghi nhận kết quả "
     "đạt được và cho biết, năm 2025 Trung tâm tổ chức 22 lớp đào tạo nghề, hỗ trợ 18 cơ sở.", False),
])
def test_what_a_speaker_reports_early_in_a_year(text, done):
    assert {t.achieved for t in extract_text(text).targets} == {done}


@pytest.mark.parametrize("lead_in, items, done", [
    # R6: counts detail the work counted, the plan being of money alone
    ("Trung tâm đã triển khai 12 đề án; kế hoạch vốn năm 2024 là 3 tỷ đồng. Cụ thể:",
     "- 5 lớp đào tạo nghề;\n- 7 cơ sở ứng dụng máy móc.", True),
    # counts detail a plan that counts when the work is money
    ("Trung tâm đã giải ngân 2,8 tỷ đồng; kế hoạch năm 2024 giao 25 đề án, kinh phí 3 tỷ đồng. Cụ thể:",
     "- 10 lớp đào tạo nghề;\n- 15 cơ sở ứng dụng máy móc.", False),
    ("Trung tâm đã triển khai 20 đề án; kế hoạch năm 2024 giao 25 đề án, kinh phí 3.000 triệu đồng. Cụ thể:",
     "- 10 lớp đào tạo nghề;\n- 15 cơ sở ứng dụng máy móc.", False),
])
def test_which_figures_a_list_details(lead_in, items, done):
    targets = extract_text("I. KẾT QUẢ THỰC HIỆN NĂM 2024\n" + lead_in + "\n" + items + "\n").targets
    assert [t.achieved for t in targets if t.unit in ("lớp", "cơ sở")] == [done, done]


def test_training_owners_in_management_and_production():
    # R7: the owners' own management is no programme's capacity
    text = ("Năm 2024, Trung tâm tổ chức 4 khóa đào tạo nâng cao năng lực quản lý và tổ chức thực hiện sản xuất cho 160 "
            "chủ cơ sở công nghiệp nông thôn.")
    assert {t.category for t in extract_text(text).targets} == {"management_capacity"}


@pytest.mark.parametrize("heading, sentence", [
    # Y47 E12: a word a name elsewhere writes capitalised ("Trung tâm Khuyến công và Tư vấn ...") opening the sentence
    ("5. Sản xuất sạch hơn, sản xuất và tiêu dùng bền vững",
     "Tư vấn, hỗ trợ 20 cơ sở áp dụng sản xuất sạch hơn; tổ chức 05 hội thảo tuyên truyền."),
    ("2. Nâng cao năng lực quản lý cơ sở công nghiệp nông thôn",
     "Tổ chức 08 lớp tập huấn nâng cao năng lực quản lý doanh nghiệp cho 320 học viên."),
])
def test_a_marked_heading_stays_over_its_sentence(heading, sentence):
    text = ("II. NỘI DUNG\n" + heading + "\n" + sentence + "\n"
            "V. TỔ CHỨC THỰC HIỆN\n1. Trung tâm Khuyến công và Tư vấn phát triển công nghiệp tổ chức thực hiện.\n")
    assert normalise(text).text.text.split("\n")[1:3] == [heading, sentence]
    # a name cut after a function word still joins
    name = "II. NỘI DUNG\n1. Giao Trung tâm Khuyến công và\nTư vấn phát triển công nghiệp chủ trì.\n" + text[13:]
    assert "1. Giao Trung tâm Khuyến công và Tư vấn phát triển công nghiệp chủ trì." in normalise(name).text.text


@pytest.mark.parametrize("item, agencies", [
    # Y47 E17: names listed before their verb are a sentence of duties, no heading of names
    ("6. Hội Liên hiệp Phụ nữ tỉnh, Tỉnh Đoàn, Liên minh Hợp tác xã tỉnh phối hợp tuyên truyền, vận động hội viên, "
     "đoàn viên tham gia các hoạt động khuyến công.", ["hoi_lien_hiep_phu_nu", "tinh_doan", "lien_minh_htx"]),
    ("2. Sở Tài chính, Sở Nông nghiệp và Môi trường phối hợp thực hiện.", ["so_tai_chinh", "so_nong_nghiep_moi_truong"]),
])
def test_agencies_listed_before_their_verb(item, agencies):
    text = "V. TỔ CHỨC THỰC HIỆN\n1. Sở Công Thương chủ trì triển khai Chương trình.\n" + item + "\n"
    duties = [d for d in extract_text(text).duties if d.agency_id != "so_cong_thuong"]
    assert [(d.agency_id, d.role, d.text) for d in duties] == [(a, "coordinate", item[3:]) for a in agencies]


def test_a_name_holding_a_verbs_word_heads_its_paragraph():
    # "Sở Xây dựng" (no registry name) is no sentence: the heading's agencies take the paragraph under it
    text = ("V. TỔ CHỨC THỰC HIỆN\n1. Sở Công Thương chủ trì triển khai Chương trình.\n2. Sở Tài chính, Sở Xây dựng\n"
            "Phối hợp thẩm định đề án.\n")
    duties = [d for d in extract_text(text).duties if d.agency_id != "so_cong_thuong"]
    assert [(d.agency, d.text) for d in duties] == [
        ("Sở Tài chính", "Phối hợp thẩm định đề án."), ("Sở Xây dựng", "Phối hợp thẩm định đề án.")]
