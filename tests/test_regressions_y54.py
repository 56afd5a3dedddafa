"""Probe audit Y54 (159 probes of 3763f71..6e3a08b: 17 regressions in 8 kinds), mended."""

import pytest

from khuyencong_extract.normalise import normalise
from khuyencong_extract.pipeline import extract_text


@pytest.mark.parametrize("text, agency", [
    # R1: the apposition's own words make no objects; "Với vai trò ..." names the subject's role
    ("IV. TỔ CHỨC THỰC HIỆN\nLà cơ quan tham mưu, giúp UBND tỉnh quản lý nhà nước về công thương, Sở Công Thương chủ "
     "trì tổ chức thực hiện Kế hoạch này.\n", "so_cong_thuong"),
    ("IV. TỔ CHỨC THỰC HIỆN\nVới vai trò là cơ quan thường trực, phối hợp với các ngành, Sở Công Thương tổ chức thực "
     "hiện Kế hoạch.\n", "so_cong_thuong"),
    # ... but the partners after "Là cơ quan ..., phối hợp với" are no subject: the heading's duty
    ("IV. TỔ CHỨC THỰC HIỆN\n1. Sở Công Thương\nLà cơ quan thường trực, phối hợp với Sở Tài chính, UBND các huyện, "
     "thành phố hướng dẫn các cơ sở xây dựng đề án.\n", "so_cong_thuong"),
])
def test_the_subject_after_an_apposition(text, agency):
    assert [d.agency_id for d in extract_text(text).duties] == [agency]


def test_a_body_in_a_cited_title_cuts_nothing():
    # R2: "và" before a body inside a title, no document's date or number before it
    text = ("Thực hiện Quyết định số 300/QĐ-UBND ngày 01/02/2024 về việc hỗ trợ kinh phí cho Trung tâm Khuyến công và Ban "
            "Quản lý dự án tại Văn bản số 45/UBND-KT ngày 05/02/2024, Trung tâm đã hỗ trợ 10 cơ sở.")
    titles = [c.title for c in extract_text(text).citations if c.number == "300/QĐ-UBND"]
    assert titles and "Trung tâm Khuyến công và Ban Quản lý dự án" in titles[0]


@pytest.mark.parametrize("sentence, done", [
    # R3: a programme's period later in the sentence leaves the year's allotment one
    ("Năm 2024, tỉnh được Bộ Công Thương hỗ trợ 03 đề án khuyến công quốc gia thuộc Chương trình khuyến công quốc gia "
     "giai đoạn 2021-2025 với tổng kinh phí 1.650 triệu đồng.", False),
    ("Từ năm 2021-2024, tỉnh được Bộ Công Thương hỗ trợ 10 đề án khuyến công quốc gia với tổng kinh phí 6.200 triệu "
     "đồng.", True),
])
def test_a_years_allotment_and_a_periods_report(sentence, done):
    targets = extract_text("I. KẾT QUẢ THỰC HIỆN NĂM 2024\n" + sentence + "\n").targets
    assert targets[0].achieved is done


@pytest.mark.parametrize("sentence, done", [
    # R4: in the year before a plan's, work under way, planned, not carried out or stopped is not done
    ("Năm 2023, Trung tâm triển khai 10 đề án khuyến công địa phương, 02 đề án đang triển khai, chuyển tiếp sang năm "
     "2024.", False),
    ("Năm 2023, Trung tâm tổ chức 08 lớp đào tạo nghề, 02 lớp dự kiến tổ chức trong quý I năm 2024.", False),
    ("Năm 2023, Trung tâm hỗ trợ 9 hợp tác xã xây dựng đề án, 02 hợp tác xã không thực hiện được do thiếu vốn đối ứng.",
     False),
    ("Năm 2023, Trung tâm hỗ trợ 5 làng nghề, 01 làng nghề dừng hoạt động do thiếu nguyên liệu.", False),
    ("Năm 2023, Trung tâm hỗ trợ 10 cơ sở, 02 cơ sở đang lắp đặt máy móc thiết bị.", False),
    # ... not what the beneficiaries lack
    ("Năm 2023, Trung tâm đào tạo nghề cho 180 lao động, 30 lao động chưa có việc làm sau đào tạo.", True),
])
def test_the_second_count_in_the_year_before_a_plans(sentence, done):
    text = "KẾ HOẠCH\nKhuyến công địa phương năm 2024\nI. KẾT QUẢ THỰC HIỆN NĂM 2023\n" + sentence + "\n"
    assert extract_text(text).targets[1].achieved is done


@pytest.mark.parametrize("text", [
    # R5: a deadline of the plan's own year, or its document's date's, is still one
    "KẾ HOẠCH\nKhuyến công giai đoạn 2021-2025\nĐến năm 2025, toàn tỉnh có 180 làng nghề đang hoạt động.",
    "Theo Kế hoạch số 45/KH-UBND ngày 12/4/2025 của UBND tỉnh, đến năm 2025 toàn tỉnh có 120 hợp tác xã đang hoạt động.",
])
def test_a_deadline_of_a_plans_year(text):
    assert extract_text(text).targets[0].achieved is False


@pytest.mark.parametrize("name", ["Trách nhiệm hữu hạn Minh Phát", "May Xuất khẩu Hà Phong", "Đồng Tâm"])
def test_a_firms_name_after_công_ty_in_title_case(name):
    # R6
    text = ("I. KẾT QUẢ THỰC HIỆN NĂM 2024\nTrung tâm đã hỗ trợ 01 đề án ứng dụng máy móc thiết bị cho Công ty\n" + name
            + " với kinh phí 300 triệu đồng.\n")
    assert f"cho Công ty {name} với" in normalise(text).text.text


@pytest.mark.parametrize("text, source, parents", [
    # R7: the local money's whole "với tổng số tiền", its parts adding up to it
    ("Năm 2024, ngân sách địa phương bố trí cho khuyến công với tổng số tiền 4.100 triệu đồng, trong đó ngân sách tỉnh "
     "3.600 triệu đồng, ngân sách huyện 500 triệu đồng.", "địa phương", [None, 0, 0]),
    # R8: a dash item in lower case naming a source of its own is no part of the inline list above it
    ("III. KINH PHÍ THỰC HIỆN\n- Kinh phí khuyến công địa phương 2.400 triệu đồng, trong đó đào tạo nghề 400 triệu đồng;"
     "\n- kinh phí khuyến công quốc gia 1.500 triệu đồng.", "địa phương", [None, 0, None]),
])
def test_a_totals_source_and_its_lists_parts(text, source, parents):
    budget = extract_text(text).budget
    assert budget[0].funding_source == source and [b.part_of for b in budget] == parents
