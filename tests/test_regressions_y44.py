"""Probe audit Y44 (of the mends of Y42 and Y43: 223 probes, 29 regressions) and re-reading audit Y45 (twelve texts of
communes and wards as merged in 2025, copied from web pages and PDFs)."""

import pytest

from khuyencong_extract.pipeline import extract_text

_REVIEW_2023 = "Ngày 20/12/2023, Sở Công Thương tổ chức Hội nghị tổng kết công tác khuyến công năm 2023.\n"


@pytest.mark.parametrize("heading, sentence, sources", [
    # R1-R8: money of no programme under a heading naming one keeps no source; the programme's money takes it
    ("1. Kế hoạch khuyến công quốc gia",
     "Tổng kinh phí thực hiện các đề án là 4.000 triệu đồng, trong đó kinh phí khuyến công hỗ trợ 1.200 triệu đồng.",
     [None, "quốc gia"]),
    ("1. Khuyến công quốc gia", "Đã thực hiện 3 đề án, kinh phí 1.200 triệu đồng; UBND huyện hỗ trợ thêm 200 triệu đồng.",
     ["quốc gia", None]),
    ("1. Khuyến công quốc gia", "Đã thực hiện 3 đề án, kinh phí 1.200 triệu đồng; các cơ sở bỏ vốn 3.300 triệu đồng.",
     ["quốc gia", None]),
    ("1. Kế hoạch khuyến công quốc gia", "Hộ kinh doanh Lê Văn Bình tự có 600 triệu đồng để mua máy.", [None]),
    ("1. Kế hoạch khuyến công quốc gia", "Các cơ sở đã đầu tư 5.000 triệu đồng để đổi mới công nghệ.", [None]),
    ("1. Khuyến công địa phương", "Dự kiến kinh phí 3.000 triệu đồng; Bộ Công Thương hỗ trợ 1.000 triệu đồng.",
     ["địa phương", None]),
    ("1. Đề án khuyến công quốc gia",
     "Bộ Công Thương giao 3 đề án, Trung tâm thực hiện 3 đề án với kinh phí 2.400 triệu đồng.", ["quốc gia"]),
])
def test_a_headings_programme_reaches_only_the_programmes_money(heading, sentence, sources):
    text = f"I. KẾT QUẢ THỰC HIỆN NĂM 2023\n{heading}\n{sentence}\n"
    assert [b.funding_source for b in extract_text(text).budget] == sources


@pytest.mark.parametrize("sentence, done", [
    # R9-R13: a tense word before the speaker's clause is the words said's
    ("Giai đoạn 2021-2023, Trung tâm đã hỗ trợ 120 cơ sở, ông An chia sẻ, tổng kinh phí là 22 tỷ đồng.", True),
    ("Năm 2023 đã giải ngân 6 tỷ đồng, trong đó, ông An cho biết, 4 tỷ đồng là kinh phí khuyến công địa phương.", True),
    # R14-R18: the speaker's own, kept when the words said name no later year than the review's
    ("Ông An đã khẳng định, năm 2023 tổng kinh phí khuyến công địa phương giải ngân là 5 tỷ đồng.", True),
    # Y43 E2: dropped when they do
    ("Ông An ghi nhận kết quả đạt được và cho biết, năm 2024, tỉnh bố trí 7 tỷ đồng kinh phí khuyến công địa phương.",
     False),
])
def test_whose_tense_word_a_speakers_sentence_holds(sentence, done):
    assert extract_text(_REVIEW_2023 + sentence + "\n").budget[-1].achieved is done


@pytest.mark.parametrize("lead_in, done", [
    # R19-R21: the plan of the year reported, after work counted, leaves the items the work's
    ("Đến ngày 30/6/2024, đã triển khai 12 đề án; kế hoạch năm 2024 giao 25 đề án. Cụ thể:", True),
    ("Năm 2024, Trung tâm đã thực hiện 18/20 đề án, kế hoạch năm 2024 được giao 20 đề án. Cụ thể:", True),
    # Y42's: a later year's plan, or a plan after work not counted, keeps them the plan's
    ("Đã thực hiện 20/24 đề án theo Kế hoạch năm 2024; kế hoạch năm 2025 giao 30 đề án. Cụ thể:", False),
    ("Trung tâm đã hoàn thành các đề án năm 2023 chuyển sang; kế hoạch năm 2024 giao 24 đề án. Bao gồm:", False),
])
def test_a_plan_named_after_work_counted(lead_in, done):
    text = f"I. KẾT QUẢ THỰC HIỆN NĂM 2024\n{lead_in}\n- 5 lớp đào tạo nghề;\n- 7 cơ sở ứng dụng máy móc.\n"
    assert [t.achieved for t in extract_text(text).targets][-2:] == [done, done]


@pytest.mark.parametrize("sentence, per_unit", [
    # R24-R26: "mỗi" and the count's own noun open the next phrase
    ("Hỗ trợ 30 cơ sở mỗi cơ sở tối đa 01 máy.", None),
    ("Tổ chức 2 hội chợ mỗi hội chợ khoảng 100 gian hàng.", None),
    ("Đào tạo 200 lao động mỗi lao động được hỗ trợ 2 triệu đồng.", None),
    ("Tổ chức 3 hội chợ, quy mô 200 gian hàng mỗi hội chợ.", "hội chợ"),
])
def test_mỗi_after_a_count(sentence, per_unit):
    found = extract_text(sentence + "\n").targets
    assert found[0 if per_unit is None else -1].per_unit == per_unit


def test_council_members_trained_and_a_restated_count_of_no_effect():
    # R27, R28 and Y44's wrong-at-both 3; R29
    assert extract_text("Tổ giúp việc có 4 thành viên đã được tập huấn nghiệp vụ khuyến công.\n").targets[0].category \
        == "programme_capacity"
    text = "Hội đồng bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh gồm 07 thành viên.\n"
    assert extract_text(text).targets[0].category == "other"
    text = ("I. KẾT QUẢ THỰC HIỆN NĂM 2023\nTrung tâm đã hỗ trợ 10 cơ sở; tuy nhiên 10 cơ sở này chưa phát huy hiệu quả "
            "máy móc.\n")
    assert [t.achieved for t in extract_text(text).targets] == [True, True]


@pytest.mark.parametrize("text, agencies", [
    # Y44's wrong-at-both 1: the commonest decision's and request's lines
    ("Điều 2. Tổ chức thực hiện\nGiao Sở Công Thương chủ trì, phối hợp với các sở, ngành liên quan triển khai Kế hoạch; "
     "Sở Tài chính bố trí kinh phí thực hiện theo quy định.\n", ["so_cong_thuong", "so_tai_chinh"]),
    ("Đề nghị UBND tỉnh quan tâm bố trí kinh phí khuyến công địa phương; Sở Tài chính thẩm định dự toán kịp thời.\n",
     ["ubnd_tinh", "so_tai_chinh"]),
    # a report of a task given gives none after it
    ("BÁO CÁO\nKết quả thực hiện công tác khuyến công năm 2023\nNăm 2023, UBND tỉnh đã giao Sở Công Thương chủ trì triển "
     "khai Kế hoạch; Trung tâm Khuyến công tổ chức thành công 15 lớp đào tạo nghề.\n", []),
])
def test_a_giving_word_goes_on_past_a_semicolon(text, agencies):
    assert [d.agency_id for d in extract_text(text).duties] == agencies


@pytest.mark.parametrize("header, issuer, province", [
    # Y45 E2, E3: a commune's or a ward's committee, on one line or two
    ("ỦY BAN NHÂN DÂN\nXÃ HƯNG NGUYÊN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "Số: 148/BC-UBND\nHưng Nguyên, ngày 20 tháng 11 năm 2025\n", "UBND xã Hưng Nguyên", "Nghệ An"),
    ("ỦY BAN NHÂN DÂN PHƯỜNG THUẬN HÓA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "Số: 95/KH-UBND\nThuận Hóa, ngày 10 tháng 01 năm 2026\n", "UBND phường Thuận Hóa", "Huế"),
])
def test_a_communes_header(header, issuer, province):
    body = ("BÁO CÁO\nKết quả thực hiện công tác khuyến công\nKính gửi: Sở Công Thương.\n"
            f"Trên địa bàn có 12 cơ sở công nghiệp nông thôn; Trung tâm Khuyến công tỉnh {province} đã hỗ trợ 3 cơ sở.\n")
    metadata = extract_text(header + body).metadata
    assert (metadata.issuer, metadata.province) == (issuer, province)


_NEWS_PAGE = (
    "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH QUẢNG TRỊ\n"
    "Trang chủ  Chính trị  Kinh tế  Xã hội  Văn hóa  Quốc phòng - An ninh  Video\n"
    "Kinh tế\n"
    "Phường Đồng Hới có 3 đề án được hỗ trợ kinh phí khuyến công năm 2026\n"
    "Cập nhật lúc 07:45, Thứ Hai, 23/02/2026 (GMT+7)\n"
    "(QTO) - UBND tỉnh Quảng Trị vừa phê duyệt hỗ trợ kinh phí khuyến công địa phương năm 2026 (đợt 1) cho 21 đề án với "
    "tổng kinh phí 6,8 tỷ đồng. Trên địa bàn phường Đồng Hới có 3 đề án được hỗ trợ 820 triệu đồng.\n\n"
    "Hoàng Nhi\n\n"
    "Chia sẻ: Facebook  Twitter  Email  |  In bài viết\n"
    "Các tin khác:\n"
    "- Quảng Trị tôn vinh 45 sản phẩm công nghiệp nông thôn tiêu biểu năm 2025 (12/11/2025)\n"
    "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH QUẢNG TRỊ\n"
    "Địa chỉ: 52 Trần Hưng Đạo, phường Đồng Hới, tỉnh Quảng Trị. Điện thoại: 0232.3822xxx\n"
    "Giấy phép hoạt động báo điện tử số 88/GP-BVHTTDL. Bản quyền thuộc Báo và Phát thanh, Truyền hình Quảng Trị.\n")


def test_a_news_pages_bars_names_and_footer_are_chrome():
    # Y45 E1, E4: the site's name, its sections' bar and label, the sharing bar, related links, address and licence
    document = extract_text(_NEWS_PAGE)
    metadata = document.metadata
    assert (metadata.doc_type, metadata.title, metadata.issued_date.isoformat()) == (
        "bai_viet", "Phường Đồng Hới có 3 đề án được hỗ trợ kinh phí khuyến công năm 2026", "2026-02-23")
    assert [(t.value, t.unit) for t in document.targets] == [(3, "đề án"), (21, "đề án"), (3, "đề án")]
    assert document.citations == []


def test_a_posting_time_above_the_headline():
    # Y45 E1: "Thứ Năm, 08/01/2026, 16:20" over the headline stays a line of its own, the page's date
    text = ("BÁO TUYÊN QUANG ĐIỆN TỬ\nThời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Media\n"
            "Kinh tế > Công nghiệp\nThứ Năm, 08/01/2026, 16:20\n"
            "Na Hang: Khuyến công giúp nghề truyền thống vùng cao \"thay da đổi thịt\"\nChia sẻ\n"
            "Ngày 7/1/2026, UBND xã Na Hang tổ chức hội nghị tổng kết công tác khuyến công năm 2025, triển khai nhiệm vụ "
            "năm 2026.\n")
    metadata = extract_text(text).metadata
    assert (metadata.doc_type, metadata.issued_date.isoformat()) == ("bai_viet", "2026-01-08")
    assert metadata.title == "Na Hang: Khuyến công giúp nghề truyền thống vùng cao \"thay da đổi thịt\""


@pytest.mark.parametrize("text, duties", [
    # Y45 E5: a commune's committee named with its place, and a commune's or a ward's offices
    ("Bà Mai đề nghị UBND xã Na Hang chỉ đạo các hợp tác xã chuẩn bị hồ sơ.\n",
     [("ubnd_cap_xa", "UBND xã Na Hang")]),
    ("Giao UBND huyện Yên Lạc chỉ đạo các xã triển khai.\n", [("ubnd_cap_huyen", "UBND huyện Yên Lạc")]),
    ("V. TỔ CHỨC THỰC HIỆN\n1. Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp triển khai Kế hoạch.\n"
     "2. Phòng Văn hóa - Xã hội tuyên truyền về chính sách khuyến công.\n",
     [("phong_kinh_te_ha_tang_do_thi", "Phòng Kinh tế, Hạ tầng và Đô thị"),
      ("phong_van_hoa_xa_hoi", "Phòng Văn hóa - Xã hội")]),
    ("2. Văn phòng HĐND và UBND xã\nTham mưu bố trí ngân sách xã thực hiện Kế hoạch.\n",
     [("van_phong_hdnd_ubnd_xa", "Văn phòng HĐND và UBND xã")]),
])
def test_a_communes_agencies(text, duties):
    assert [(d.agency_id, d.agency) for d in extract_text(text).duties] == duties


@pytest.mark.parametrize("sentence, title", [
    # Y45 E6: a former body's mark and the report's own clause after the document it answers
    ("Căn cứ Kế hoạch số 188/KH-UBND ngày 20/02/2025 của UBND huyện Thanh Sơn (cũ) về khuyến công năm 2025, UBND xã "
     "Thanh Sơn báo cáo kết quả thực hiện như sau:", "khuyến công năm 2025"),
    ("Theo đề nghị của Sở Công Thương tại Công văn số 1450/SCT-QLCN ngày 24/6/2026 về việc báo cáo tình hình thực hiện "
     "công tác khuyến công 6 tháng đầu năm 2026, UBND xã Ea Kar báo cáo như sau:",
     "báo cáo tình hình thực hiện công tác khuyến công 6 tháng đầu năm 2026"),
])
def test_the_title_of_a_document_a_report_answers(sentence, title):
    text = "BÁO CÁO\nKết quả thực hiện công tác khuyến công năm 2025\n" + sentence + "\n"
    assert extract_text(text).citations[0].title == title


def test_a_years_plan_counted_a_score_and_a_long_subject_done():
    # Y45 E8, E13, E10
    text = ("I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2026\n1. Đề án khuyến công: kế hoạch năm 5 đề án; 6 tháng đã triển khai 3 "
            "đề án.\n")
    assert [(t.value, t.achieved) for t in extract_text(text).targets] == [(5, False), (3, True)]
    text = "Bộ sản phẩm đạt số điểm cao nhất, 92/100 điểm; 3/5 điểm bán hàng đã hoạt động.\n"
    assert [(t.value, t.unit) for t in extract_text(text).targets] == [(3, "điểm")]
    text = ("Từ nguồn kinh phí này, 3 hợp tác xã chế biến chè Shan tuyết và măng khô đã được hỗ trợ lắp đặt dây chuyền "
            "sấy, đóng gói.\n")
    assert extract_text(text).targets[0].achieved is True


@pytest.mark.parametrize("furniture", ["Trang 1\n\nUBND XÃ NGA SƠN - PHÒNG KINH TẾ\n", "1\n\n", "- 2 -\n\n"])
def test_a_sentence_across_a_pdfs_page_break(furniture):
    # Y45 E12: the page's number and running header dropped, the sentence joined
    text = ("2. Kết quả thực hiện\nNgoài ra, xã đã giới thiệu 3 sản phẩm cói tham gia bình chọn sản phẩm công nghiệp nông\n\n"
            + furniture + "thôn tiêu biểu cấp tỉnh năm 2025; có 2 sản phẩm được công nhận.\n")
    document = extract_text(text)
    assert "sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh năm 2025" in document.targets[0].activity
    assert "Trang" not in document.targets[0].activity


def test_a_pages_counter_is_no_page_break():
    text = ("Chia sẻ: Trần Thanh Diệu | Ngày: | Loại File: PDF | Số trang:21\n\n41\nlượt xem\n3\ndownload\n\n"
            "Năm 2014, tỉnh hỗ trợ 10 cơ sở ứng dụng máy móc thiết bị.\n")
    assert [(t.value, t.unit) for t in extract_text(text).targets] == [(10, "cơ sở")]


def test_a_projects_whole_in_brackets_heads_no_money_after_it():
    # Y45 E9: the money spent so far is no part of a facility's investment
    text = ("2. Kết quả thực hiện các đề án khuyến công\nNăm 2025, xã được giao thực hiện 3 đề án khuyến công địa phương "
            "với tổng kinh phí hỗ trợ 465 triệu đồng. Đến ngày 30/9/2025, đã hoàn thành 2 đề án, cụ thể:\n"
            "- Đề án đào tạo nghề dệt chiếu cói xuất khẩu: đã tổ chức 2 lớp cho 70 học viên, kinh phí 140 triệu đồng;\n"
            "- Đề án hỗ trợ ứng dụng máy dệt chiếu tự động: đã hỗ trợ 1 cơ sở mua 4 máy dệt chiếu, kinh phí hỗ trợ 180 "
            "triệu đồng (tổng vốn đầu tư của cơ sở 720 triệu đồng).\n"
            "Lũy kế 9 tháng, kinh phí khuyến công đã giải ngân 320 triệu đồng, đạt 68,8% kế hoạch.\n")
    assert [(b.amount_vnd // 10**6, b.part_of) for b in extract_text(text).budget][-2:] == [(720, None), (320, None)]
