"""Re-reading audit Y50 (eight texts: 2026 plans, allotments of funds, reports of a Trung tâm Khuyến công, news; three
copied from PDFs, two from web pages), mended in part."""

import pytest

from khuyencong_extract.normalise import normalise
from khuyencong_extract.pipeline import extract_text

_HEADER = "QUYẾT ĐỊNH SỐ 128/QĐ-UBND NGÀY 20/01/2026 CỦA UBND TỈNH SƠN LA"


def test_an_empty_last_page_after_a_running_header():
    # the header of page 2 runs up to page 3's number: the two spans touch, no crash, both dropped
    body = "".join(f"Dòng {n} của văn bản về kinh phí khuyến công địa phương năm 2026 được phân bổ.\n" for n in range(12))
    text = "Điều 1. Phê duyệt danh mục đề án.\n" + body + f"\n1\n\n{_HEADER}\n" + body + f"\n2\n\n{_HEADER}\n\n3\n"
    clean = normalise(text).text.text
    assert _HEADER not in clean and not clean.rstrip().endswith(("2", "3"))


@pytest.mark.parametrize("heading, paragraphs, objective", [
    # E5: a label over its paragraph, clauses on lines of their own, or with its year
    ("1. Mục đích", "Tiếp tục hỗ trợ các tổ chức, cá nhân đầu tư phát triển sản xuất công nghiệp nông thôn;\n"
     "khuyến khích ứng dụng máy móc thiết bị tiên tiến, sản xuất sạch hơn.",
     "Tiếp tục hỗ trợ các tổ chức, cá nhân đầu tư phát triển sản xuất công nghiệp nông thôn; khuyến khích ứng dụng "
     "máy móc thiết bị tiên tiến, sản xuất sạch hơn."),
    ("1. Mục tiêu năm 2026", "Phấn đấu triển khai 18 đề án khuyến công địa phương, hỗ trợ 32 cơ sở công nghiệp nông thôn.",
     "Phấn đấu triển khai 18 đề án khuyến công địa phương, hỗ trợ 32 cơ sở công nghiệp nông thôn."),
])
def test_an_objective_under_a_bare_label(heading, paragraphs, objective):
    text = "KẾ HOẠCH\nKhuyến công địa phương năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n" + heading + "\n" + paragraphs + "\n"
    assert [o.text for o in extract_text(text).objectives] == [objective]


@pytest.mark.parametrize("text, expected", [
    # E6: the rest not carried out, its line opening "Còn"
    ("Năm 2026, Trung tâm đã triển khai 10 đề án. Cụ thể:\n- Đã nghiệm thu 6 đề án;\n- Còn 4 đề án chưa triển khai, gồm "
     "2 đề án hỗ trợ máy móc thiết bị và 2 đề án bình chọn sản phẩm, đang hoàn thiện hồ sơ.",
     [(10, True), (6, True), (4, False), (2, False), (2, False)]),
    # E11: a stock running is a state
    ("Bắc Ninh có 94 làng nghề, hơn 38.000 cơ sở công nghiệp nông thôn đang hoạt động, thu hút trên 120.000 lao động.",
     [(94, False), (38000, True), (120000, True)]),
    ("Dự kiến năm 2026, 20 cơ sở đang hoạt động sẽ được hỗ trợ.", [(20, False)]),
    # E12: the provinces exhibitors come from are no target
    ("Hội chợ có 220 gian hàng của 150 doanh nghiệp, hợp tác xã, cơ sở sản xuất đến từ các xã, phường trong tỉnh và 12 "
     "tỉnh, thành phố.", [(220, False), (150, False)]),
])
def test_done_and_what_is_counted(text, expected):
    assert [(t.value, t.achieved) for t in extract_text(text).targets] == expected


def test_a_prize_each_is_no_budget_item():
    # E14
    text = ("Ban tổ chức đã trao 5 giải A, 12 giải B và 20 giải C cho các sản phẩm xuất sắc; mỗi giải A được thưởng 10 "
            "triệu đồng.")
    assert extract_text(text).budget == []


def test_an_agency_heading_closing_with_its_responsibility():
    # E7: "có trách nhiệm" is no part of the agency's name; a beneficiaries' heading names an unknown body
    text = ("Điều 2. Tổ chức thực hiện\n1. Trung tâm Khuyến công và Xúc tiến thương mại tỉnh Cà Mau có trách nhiệm:\n"
            "- Ký hợp đồng với các đơn vị thụ hưởng;\n- Tổ chức nghiệm thu.\n2. Các đơn vị thụ hưởng có trách nhiệm:\n"
            "- Bố trí đủ vốn đối ứng.\n")
    document = extract_text(text)
    assert [(d.agency, d.agency_id) for d in document.duties] == [
        ("Trung tâm Khuyến công và Xúc tiến thương mại tỉnh Cà Mau", "trung_tam_khuyen_cong")] * 2 + [
        ("Các đơn vị thụ hưởng", None)]
    assert "unknown_agency" in {w.code for w in document.warnings}


def test_a_programmes_projects_with_their_parts_after_gồm():
    # E4: the programme's count spans the activities of its parts
    text = ("Năm 2026, tỉnh được Bộ Công Thương hỗ trợ 02 đề án khuyến công quốc gia với kinh phí 1.200 triệu đồng, gồm 01 "
            "đề án hỗ trợ dây chuyền chế biến hạt dẻ và 01 đề án xây dựng mô hình trình diễn kỹ thuật sản xuất tinh dầu "
            "hồi.")
    assert [(t.value, t.category, t.part_of) for t in extract_text(text).targets] == [
        (2, "other", None), (1, "demonstration_technology", 0), (1, "demonstration_technology", 0)]


def test_national_projects_the_ministry_allots_a_province():
    # E3: "tỉnh được Bộ Công Thương hỗ trợ N đề án ... với kinh phí X" allots; the money disbursed to date is its part
    text = ("I. KẾT QUẢ THỰC HIỆN\n3. Kết quả thực hiện khuyến công quốc gia\nNăm 2026, tỉnh được Bộ Công Thương hỗ trợ 02 "
            "đề án khuyến công quốc gia với kinh phí 1.200 triệu đồng, gồm 01 đề án hỗ trợ dây chuyền chế biến hạt dẻ và "
            "01 đề án xây dựng mô hình trình diễn kỹ thuật sản xuất tinh dầu hồi. Đến ngày 15/9/2026, đã giải ngân 700 "
            "triệu đồng; các đề án dự kiến nghiệm thu trong tháng 11/2026.\n")
    document = extract_text(text)
    assert [t.achieved for t in document.targets] == [False, False, False]
    assert [(b.amount_vnd // 10**6, b.achieved, b.part_of) for b in document.budget] == [(1200, False, None), (700, True, 0)]
    # a beneficiary the ministry supports is no allotment
    done = "I. KẾT QUẢ THỰC HIỆN\nNăm 2026, cơ sở được Bộ Công Thương hỗ trợ 01 dây chuyền chế biến hạt dẻ.\n"
    assert [t.achieved for t in extract_text(done).targets] == [True]


def test_a_project_still_completing_its_papers_after_a_firms_name_wrapped():
    # E9: "Công ty" closing a line goes on with the firm's name; the project is not done
    text = ("Năm 2025, Trung tâm được Bộ Công Thương giao thực hiện 04 đề án khuyến công quốc gia với\ntổng kinh phí hỗ trợ "
            "2.600 triệu đồng. Đến ngày 30/11/2025, Trung tâm đã nghiệm thu 03 đề\nán, giải ngân 1.950 triệu đồng; 01 đề án "
            "hỗ trợ dây chuyền chế biến nước mắm của Công ty\nTNHH Hải sản Sầm Sơn đang hoàn thiện hồ sơ thanh quyết toán.\n")
    assert "của Công ty TNHH Hải sản Sầm Sơn" in normalise(text).text.text
    assert [(t.value, t.achieved) for t in extract_text(text).targets] == [(4, False), (3, True), (1, False)]


@pytest.mark.parametrize("text", [
    # Y51 R1, R2: a stock set as a goal, under a plan's label or heading, by a deadline or as a need, is no state
    "Chỉ tiêu năm 2026: có 60 làng nghề đang hoạt động, trong đó 20 làng nghề được công nhận mới.",
    "Đến năm 2030, toàn tỉnh có 100 làng nghề đang hoạt động ổn định.",
    "Năm 2026, toàn tỉnh cần có 70 cơ sở công nghiệp nông thôn đang hoạt động hiệu quả.",
    "I. MỤC TIÊU\n2. Mục tiêu cụ thể\n- Toàn tỉnh có 45 làng nghề đang hoạt động;\n- Tổ chức 10 lớp đào tạo nghề.",
])
def test_a_stock_set_as_a_goal_is_planned(text):
    assert not any(t.achieved for t in extract_text(text).targets)
