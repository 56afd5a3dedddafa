"""Probe audit Y46 (of 8d7330b..3b6bd69: 226 probes, 14 regressions) and re-reading audit Y47 (six long texts: three
programmes 2026-2030, two year-end reports, a five-year review; two copied from PDFs, one from a portal)."""

import pytest

from khuyencong_extract.pipeline import extract_text


def test_a_year_lines_own_breakdown_and_the_totals_stay():
    # R1, R2: the yearly counts are read after the parts a line's "trong đó" lists
    text = ("Giai đoạn 2021-2025, toàn tỉnh đã triển khai 40 đề án khuyến công.\n"
            "Năm 2021: thực hiện 10 đề án (trong đó 4 đề án quốc gia);\nNăm 2022: thực hiện 10 đề án (trong đó 3 đề án "
            "quốc gia);\nNăm 2023: thực hiện 10 đề án;\nNăm 2024: thực hiện 10 đề án.\n")
    assert [(t.value, t.part_of) for t in extract_text(text).targets] == [
        (40, None), (10, 0), (4, 1), (10, 0), (3, 3), (10, 0), (10, 0)]


@pytest.mark.parametrize("sentence, done", [
    # R4-R6: a later year said, wherever the review's year or date stands and whoever's the tense word
    ("Tại Hội nghị tổng kết công tác khuyến công năm 2024, Giám đốc Sở đã đánh giá cao và cho biết, năm 2025 Trung tâm "
     "tổ chức 20 lớp đào tạo nghề.", False),
    ("Ngày 15/1/2025, tại hội nghị, ông An đã đánh giá cao và cho biết, năm 2025 Trung tâm tổ chức 12 lớp đào tạo nghề.",
     False),
    ("Ngày 20/12/2023, tại hội nghị, ông An đã ghi nhận kết quả và cho biết, năm 2023 Trung tâm tổ chức 12 lớp đào tạo "
     "nghề.", True),
])
def test_a_speakers_words_of_a_later_year(sentence, done):
    assert extract_text(sentence + "\n").targets[-1].achieved is done


@pytest.mark.parametrize("sentence, sources", [
    # R7: the programme's money given to a beneficiary, or for an investment, keeps the heading's source
    ("Trung tâm đã giải ngân cho các cơ sở 1.200 triệu đồng.", ["quốc gia"]),
    ("Hỗ trợ Công ty TNHH Minh Phát 300 triệu đồng để đầu tư dây chuyền.", ["quốc gia"]),
    ("Các cơ sở đã đầu tư 5.000 triệu đồng để đổi mới công nghệ.", [None]),
])
def test_a_beneficiary_as_object_or_owner(sentence, sources):
    text = f"I. KẾT QUẢ THỰC HIỆN NĂM 2023\n1. Khuyến công quốc gia\n{sentence}\n"
    assert [b.funding_source for b in extract_text(text).budget] == sources


@pytest.mark.parametrize("lead_in, done", [
    # R8: money spent counts no projects of a plan; Y44's R21: it does count a plan's money
    ("Trung tâm đã giải ngân 2.800 triệu đồng; kế hoạch năm 2024 giao 25 đề án. Cụ thể:", False),
    ("Đến ngày 30/6/2024, đã triển khai 12 đề án; kế hoạch năm 2024 giao 25 đề án. Cụ thể:", True),
])
def test_work_counted_of_the_plans_kind(lead_in, done):
    text = f"I. KẾT QUẢ THỰC HIỆN NĂM 2024\n{lead_in}\n- 5 lớp đào tạo nghề;\n- 7 cơ sở ứng dụng máy móc.\n"
    assert [t.achieved for t in extract_text(text).targets][-2:] == [done, done]


_DECISION = ("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nSố: 120/QĐ-UBND\nĐắk Lắk, ngày 10 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\n"
             "Về việc phê duyệt đề án khuyến công địa phương năm 2026\n\nỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK\n\nQUYẾT ĐỊNH:\n\n"
             "Điều 1. Phê duyệt đề án hỗ trợ ứng dụng máy móc cho Công ty TNHH Hoàng Long.\n"
             "Địa chỉ: thôn 3, xã Ea Kar, tỉnh Đắk Lắk.\n"
             "Kinh phí hỗ trợ: 300 triệu đồng.\n"
             "Điều 2. Giao Sở Công Thương hướng dẫn, kiểm tra việc thực hiện đề án.\n")


def test_a_decisions_address_line_opens_no_footer():
    # R9, R10
    document = extract_text(_DECISION)
    assert [b.amount_vnd for b in document.budget] == [300_000_000]
    assert [d.agency_id for d in document.duties] == ["so_cong_thuong"]


def test_a_committees_offices_and_the_motto():
    # R12, R14
    text = "V. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa huyện Na Hang tuyên truyền về chính sách khuyến công.\n"
    assert [d.agency_id for d in extract_text(text).duties] != ["phong_van_hoa_xa_hoi"]
    text = ("ỦY BAN NHÂN DÂN XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\n\nKẾ HOẠCH\n"
            "Khuyến công năm 2026\n")
    assert extract_text(text).metadata.issuer != "UBND xã Hội Chủ Nghĩa Việt Nam"


def test_a_provinces_money_split_by_year_written_many_ways():
    # Y47 E1
    for lead_in in ["2. Phân kỳ kinh phí ngân sách tỉnh theo năm", "2. Kinh phí ngân sách tỉnh theo năm:",
                    "Kinh phí ngân sách tỉnh bố trí theo năm:"]:
        text = ("III. KINH PHÍ\n1. Tổng kinh phí: 100 tỷ đồng, trong đó:\n- Ngân sách tỉnh: 30 tỷ đồng;\n"
                "- Vốn đối ứng của các cơ sở: 70 tỷ đồng.\n" + lead_in + "\n- Năm 2026: 10 tỷ đồng;\n- Năm 2027: 20 tỷ đồng.\n")
        assert [b.part_of for b in extract_text(text).budget] == [None, 0, 0, 1, 1], lead_in


def test_equal_counts_of_two_years_repeat_nothing():
    # Y47 E2, E3
    text = ("I. MỤC TIÊU\n1. Hỗ trợ 22 cơ sở ứng dụng máy móc; tổ chức 10 lớp đào tạo nghề.\n2. Chỉ tiêu theo từng năm\n"
            "- Năm 2026: hỗ trợ 10 cơ sở; tổ chức 5 lớp.\n- Năm 2027: hỗ trợ 12 cơ sở; tổ chức 5 lớp.\n")
    assert [(t.value, t.part_of, t.restates) for t in extract_text(text).targets] == [
        (22, None, None), (10, None, None), (10, 0, None), (5, 1, None), (12, 0, None), (5, 1, None)]


def test_a_programmes_heading_above_a_lettered_one_and_more_y47_readings():
    # Y47 E6, E7, E11, E13, E19
    text = ("2.2. Khuyến công địa phương\nKết quả thực hiện theo từng hoạt động:\na) Đào tạo nghề, nâng cao tay nghề\n"
            "Tổ chức 12 lớp cho 360 học viên; kinh phí 720 triệu đồng.\n")
    assert [b.funding_source for b in extract_text(text).budget] == ["địa phương"]
    text = "V. TỔ CHỨC THỰC HIỆN\n2. Sở Tài chính cân đối, bố trí kinh phí khuyến công địa phương hằng năm.\n"
    assert [d.agency_id for d in extract_text(text).duties] == ["so_tai_chinh"]
    text = ("1. Sở Công Thương\n- Tham mưu UBND tỉnh giao Sở Tài chính cân đối nguồn kinh phí thực hiện Kế hoạch.\n")
    assert [d.agency_id for d in extract_text(text).duties] == ["so_cong_thuong"]
    text = ("Điều 1. Phê duyệt Chương trình khuyến công tỉnh Vĩnh Long giai đoạn 2026-2030 với mục tiêu hỗ trợ 120 cơ sở "
            "công nghiệp nông thôn ứng dụng máy móc thiết bị tiên tiến, tổ chức 50 lớp đào tạo nghề cho lao động nông "
            "thôn.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\nVăn bản liên quan:\n"
            "Quyết định 1881/QĐ-TTg năm 2020 phê duyệt Chương trình khuyến công quốc gia\n")
    assert extract_text(text).citations == []
    text = ("I. KẾT QUẢ THỰC HIỆN NĂM 2025\nTính đến ngày 30/11/2025, đã hoàn thành 22/24 đề án; còn 2 đề án hỗ trợ máy "
            "móc thiết bị chưa nghiệm thu do cơ sở chậm lắp đặt.\n")
    assert [t.achieved for t in extract_text(text).targets] == [True, False]
