"""Re-reading audit Y43: twelve texts of provinces as merged in 2025, read fact by fact; the passages below are theirs."""

import pytest

from khuyencong_extract.pipeline import extract_text

_NEWS_HEAD = ("Hải Phòng: Khuyến công góp phần phát triển công nghiệp nông thôn sau hợp nhất\n"
              "Cập nhật lúc 09:15, Thứ Ba, 16/12/2025\n\n"
              "Ngày 15/12/2025, Sở Công Thương thành phố Hải Phòng tổ chức Hội nghị tổng kết công tác khuyến công năm 2025 "
              "và triển khai kế hoạch năm 2026.\n\n")


def test_a_goals_projects_before_activities_of_two_categories():
    # E1
    text = _NEWS_HEAD + ("Mục tiêu năm 2026 là triển khai 22 đề án, hỗ trợ 25 cơ sở đổi mới công nghệ và 10 cơ sở chuyển "
                         "đổi số.\n")
    assert [(t.value, t.category) for t in extract_text(text).targets] == [
        (22, "other"), (25, "demonstration_technology"), (10, "digital_transformation")]


def test_a_speakers_words_of_results_give_no_tense_to_what_he_announces():
    # E2: "kết quả đạt được" is the leader's, before "cho biết,"; the money of 2026 is allotted
    text = _NEWS_HEAD + ("Phát biểu tại hội nghị, ông Hoàng Minh Cường, Phó Chủ tịch UBND thành phố ghi nhận kết quả đạt được "
                         "và cho biết, năm 2026, thành phố bố trí 7 tỷ đồng kinh phí khuyến công địa phương, tăng 1,3 tỷ "
                         "đồng so với năm 2025.\n")
    assert [(b.amount_vnd // 10**8, b.achieved, b.part_of) for b in extract_text(text).budget] == [
        (70, False, None), (13, False, 0)]
    text = _NEWS_HEAD + "Ông Cường cho biết, năm 2025 Trung tâm đã hỗ trợ 30 cơ sở.\n"
    assert [t.achieved for t in extract_text(text).targets] == [True]


@pytest.mark.parametrize("sentence", [
    # E3
    "Các đề án được triển khai đúng tiến độ; tuy nhiên 01 đề án hỗ trợ máy móc của Hộ kinh doanh Nguyễn Văn Tâm tại xã "
    "Yên Thế không thực hiện được do cơ sở xin rút.",
    "Trung tâm đã triển khai 11 đề án, tuy nhiên 01 đề án chưa thực hiện.",
    "Trung tâm đã triển khai 11 đề án, riêng 01 đề án chưa triển khai, chuyển sang năm 2026.",
], ids=["tuy-nhien-withdrawn", "tuy-nhien-not-yet", "rieng-carried-over"])
def test_a_count_after_a_word_of_contrast_opens_its_clause(sentence):
    found = extract_text("I. KẾT QUẢ THỰC HIỆN 9 THÁNG ĐẦU NĂM 2025\n" + sentence + "\n").targets
    assert found[-1].value == 1 and found[-1].achieved is False


def test_a_title_approving_a_years_support_money_gives_its_period():
    # E4
    text = ("ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN\nSố: 611/QĐ-UBND\nHưng Yên, ngày 23 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\n"
            "Về việc phê duyệt hỗ trợ kinh phí khuyến công địa phương năm 2026 (đợt 1) cho các đề án\n\n"
            "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN\n\nQUYẾT ĐỊNH:\n")
    metadata = extract_text(text).metadata
    assert (metadata.period_start, metadata.period_end) == (2026, 2026)


def test_a_listed_projects_own_whole_is_passed_over_in_the_details():
    # E5: 300 + 280 + 250 = 830; the 1.250 is the first project's whole, beside its support
    text = ("Điều 1. Phê duyệt hỗ trợ kinh phí khuyến công địa phương năm 2026 (đợt 1) cho 03 đề án với tổng kinh phí hỗ "
            "trợ 830 triệu đồng, cụ thể như sau:\n"
            "1. Đề án hỗ trợ ứng dụng máy dệt kiếm điện tử của Công ty TNHH Dệt may Phương Nam: kinh phí hỗ trợ 300 triệu "
            "đồng; tổng vốn thực hiện đề án 1.250 triệu đồng.\n"
            "2. Đề án hỗ trợ ứng dụng máy sấy nông sản của HTX Thành Công: kinh phí hỗ trợ 280 triệu đồng.\n"
            "3. Đề án hỗ trợ ứng dụng lò nung gốm của Cơ sở Minh Đức: kinh phí hỗ trợ 250 triệu đồng.\n")
    assert [(b.amount_vnd // 10**6, b.part_of) for b in extract_text(text).budget] == [
        (830, None), (300, 0), (1250, None), (280, 0), (250, 0)]


def test_a_sources_money_split_by_year_on_one_line():
    # E6
    text = ("III. KINH PHÍ THỰC HIỆN\n1. Tổng kinh phí dự kiến: 186 tỷ đồng, trong đó:\n"
            "- Kinh phí khuyến công quốc gia: 24 tỷ đồng;\n- Ngân sách tỉnh: 62 tỷ đồng;\n"
            "- Vốn đối ứng của các cơ sở: 100 tỷ đồng.\n"
            "2. Kinh phí ngân sách tỉnh phân theo năm: năm 2026: 11 tỷ đồng; năm 2027: 12 tỷ đồng; năm 2028: 12,5 tỷ "
            "đồng; năm 2029: 13 tỷ đồng; năm 2030: 13,5 tỷ đồng.\n")
    document = extract_text(text)
    assert [b.part_of for b in document.budget] == [None, 0, 0, 0, 2, 2, 2, 2, 2]
    assert not [w for w in document.warnings if w.code == "budget_sum_mismatch"]


def test_a_fairs_visitors_and_a_councils_members():
    # E7, E12
    text = ("Trung tâm đã tổ chức Hội chợ hàng công nghiệp nông thôn tiêu biểu với 180 gian hàng, thu hút hơn 30.000 lượt "
            "khách tham quan.\n")
    assert [t.category for t in extract_text(text).targets] == ["rural_products", "rural_products"]
    text = "Tổ chức 2 đợt tham quan, học tập kinh nghiệm cho 60 cán bộ làm công tác khuyến công.\n"
    assert {t.category for t in extract_text(text).targets} == {"programme_capacity"}
    text = "3. Hội đồng bình chọn\nHội đồng bình chọn gồm 09 thành viên do Giám đốc Sở Công Thương làm Chủ tịch Hội đồng.\n"
    assert [t.category for t in extract_text(text).targets] == ["other"]


def test_a_nouns_state_is_no_tense_of_a_plans_cap():
    # E13
    text = ("II. NỘI DUNG\n1. Đối tượng tham gia\nCác cơ sở công nghiệp nông thôn đang hoạt động trên địa bàn tỉnh; mỗi cơ "
            "sở được đăng ký tối đa 03 sản phẩm.\n")
    assert [(t.value, t.achieved, t.per_unit) for t in extract_text(text).targets] == [(3, False, "cơ sở")]
    text = "Toàn tỉnh có trên 23.000 cơ sở sản xuất kinh doanh đang hoạt động, trong đó gần 4.400 doanh nghiệp.\n"
    assert extract_text(text).targets[-1].achieved is True


_AMENDED = ("ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA\nSố: 905/QĐ-UBND\nKhánh Hòa, ngày 14 tháng 4 năm 2026\n\nQUYẾT ĐỊNH\n"
            "Sửa đổi, bổ sung khoản 2 Điều 1 Quyết định số 3125/QĐ-UBND ngày 29 tháng 12 năm 2025 của UBND tỉnh phê duyệt "
            "Kế hoạch khuyến công địa phương năm 2026\n\nỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA\n\nQUYẾT ĐỊNH:\n\n"
            "Điều 1. Sửa đổi, bổ sung khoản 2 Điều 1 Quyết định số 3125/QĐ-UBND ngày 29/12/2025 của UBND tỉnh như sau:\n"
            "“2. Nội dung và kinh phí thực hiện\n"
            "Tổng số đề án: 14 đề án, tổng kinh phí khuyến công địa phương hỗ trợ 3.960 triệu đồng, trong đó:\n"
            "a) Dừng thực hiện 02 đề án, kinh phí 520 triệu đồng:\n"
            "- Đề án hỗ trợ ứng dụng máy sấy hải sản của Hộ kinh doanh Trần Văn Lợi, phường Cam Linh: 260 triệu đồng (cơ "
            "sở xin dừng do thay đổi địa điểm sản xuất);\n"
            "- Đề án hỗ trợ ứng dụng máy đóng gói yến sào của Công ty TNHH Yến Sào Phước Hải, xã Phước Hà: 260 triệu đồng "
            "(cơ sở đã được hỗ trợ từ nguồn khác).\n")


def test_dash_items_under_a_lettered_item_ending_with_a_colon():
    # E9 (the lettered items after the first are still parts of nothing: see the closing note), E10
    document = extract_text(_AMENDED)
    assert [(b.amount_vnd // 10**6, b.part_of, b.funding_source) for b in document.budget] == [
        (3960, None, "địa phương"), (520, 0, "địa phương"), (260, 1, "địa phương"), (260, 1, "địa phương")]
    assert not [w for w in document.warnings if w.code == "budget_sum_mismatch"]


def test_money_under_a_heading_naming_one_programme_is_that_programmes():
    # Y43's notes: a report's sub-parts "1. Kế hoạch khuyến công quốc gia" / "2. Kế hoạch khuyến công địa phương"
    text = ("I. KẾT QUẢ THỰC HIỆN 9 THÁNG ĐẦU NĂM 2025\n1. Kế hoạch khuyến công quốc gia\n"
            "Kế hoạch giao 3 đề án, kinh phí 1.350 triệu đồng. Đến ngày 30/9/2025, đã triển khai 3/3 đề án, nghiệm thu 2 "
            "đề án, giải ngân 900 triệu đồng, đạt 66,7% kế hoạch.\n2. Kế hoạch khuyến công địa phương\n"
            "Kế hoạch giao 12 đề án, thực hiện 11 đề án, đạt 91,7%; kinh phí kế hoạch 3.600 triệu đồng, giải ngân 2.950 "
            "triệu đồng, đạt 81,9%.\nThu hút vốn đối ứng của các cơ sở khoảng 8,4 tỷ đồng.\n")
    assert [(b.amount_vnd // 10**6, b.funding_source) for b in extract_text(text).budget] == [
        (1350, "quốc gia"), (900, "quốc gia"), (3600, "địa phương"), (2950, "địa phương"), (8400, "đối ứng")]


def test_a_size_of_each_written_after_the_unit():
    # Y43's notes: "mỗi" and its noun after the count
    found = extract_text("Tổ chức 3 hội chợ, quy mô 200 gian hàng mỗi hội chợ; đào tạo 30 học viên mỗi lớp.\n").targets
    assert [(t.value, t.per_unit) for t in found] == [(3, None), (200, "hội chợ"), (30, "lớp")]
    assert [t.per_unit for t in extract_text("Tổ chức 2 lớp mỗi năm.\n").targets] == [None]
    assert [t.per_unit for t in extract_text("Với công suất máy quết khoảng 700kg mỗi giờ.\n").targets] == [None]


_REVIEW = ("I. KẾT QUẢ THỰC HIỆN\n1. Kết quả chung\nGiai đoạn 2021-2025, toàn tỉnh đã triển khai 96 đề án khuyến công, "
           "trong đó 14 đề án khuyến công quốc gia và 82 đề án khuyến công địa phương, với tổng kinh phí hỗ trợ 24,6 tỷ "
           "đồng.\n2. Kết quả theo từng năm\nNăm 2021: thực hiện 15 đề án, kinh phí 3,8 tỷ đồng;\nNăm 2022: thực hiện 18 "
           "đề án, kinh phí 4,5 tỷ đồng;\nNăm 2023: thực hiện 20 đề án, kinh phí 5,1 tỷ đồng;\nNăm 2024: thực hiện 21 đề "
           "án, kinh phí 5,4 tỷ đồng;\nNăm 2025: thực hiện 22 đề án, kinh phí 5,8 tỷ đồng.\n3. Kết quả theo từng hoạt "
           "động\na) Đào tạo nghề, truyền nghề: tổ chức 28 lớp cho 840 lao động.\nb) Hỗ trợ ứng dụng máy móc thiết bị "
           "tiên tiến: hỗ trợ 52 cơ sở, tổng kinh phí hỗ trợ 13,5 tỷ đồng.\n")


def test_a_five_year_reviews_years_and_activities_are_parts_of_its_totals():
    # E8 and the yearly counts Y43's notes found unlinked (15 + 18 + 20 + 21 + 22 = 96)
    document = extract_text(_REVIEW)
    assert [(t.value, t.part_of) for t in document.targets if t.unit == "đề án"] == [
        (96, None), (14, 0), (82, 0), (15, 0), (18, 0), (20, 0), (21, 0), (22, 0)]
    assert [(b.amount_vnd // 10**8, b.part_of) for b in document.budget] == [
        (246, None), (38, 0), (45, 0), (51, 0), (54, 0), (58, 0), (135, 0)]
    assert not [w for w in document.warnings if w.code == "budget_sum_mismatch"]
