"""Near-miss probes of an audit of the rules added in one session, each a case a rule of that session got wrong
before it was narrowed: stocks and results after an existential "có", a "Mỗi" sentence's totals, "cho từng"
rates, list items' lead-ins, closing clauses, flattened headers, titles of mentions and of programmes."""

import pytest

from khuyencong_extract.pipeline import extract_text


def _achieved(text: str) -> list[tuple[str, bool]]:
    return [(t.text, t.achieved) for t in extract_text(text).targets]


@pytest.mark.parametrize(("text", "expected"), [
    # a state ("đang hoạt động") and a product ("gạch không nung") are no work not done
    ("Hiện nay, trên địa bàn tỉnh có 2.605 cơ sở đang hoạt động sản xuất.", [("2.605 cơ sở", True)]),
    ("Đến nay, toàn tỉnh có 15 cơ sở sản xuất gạch không nung.", [("15 cơ sở", True)]),
    ("Giai đoạn 2016-2020, Trung tâm đã hỗ trợ 120 cơ sở, trong đó có 30 cơ sở không nằm trong làng nghề.",
     [("120 cơ sở", True), ("30 cơ sở", True)]),
    ("Năm 2023, Trung tâm đã hỗ trợ 20 cơ sở. Trong đó, 8 cơ sở sản xuất gạch không nung, 12 cơ sở chế biến nông sản.",
     [("20 cơ sở", True), ("8 cơ sở", True), ("12 cơ sở", True)]),
    # ... while work not carried out still is
    ("Tuy nhiên, vì dịch bệnh nên có 2 đề án không kịp triển khai theo tiến độ.", [("2 đề án", False)]),
    # a noun's modifier in a listed item is no tense of its own: the done word after the list reaches it
    ("Năm 2023, Trung tâm triển khai 10 đề án. Trong đó có 3 đề án hỗ trợ máy móc sản xuất gạch không nung và 7 đề án "
     "đào tạo nghề đã được nghiệm thu.", [("10 đề án", False), ("3 đề án", True), ("7 đề án", True)]),
    # a done passive of the noun, then a plan for it
    ("Năm 2024, 10 sản phẩm đã được công nhận cấp tỉnh sẽ tham gia bình chọn cấp khu vực.", [("10 sản phẩm", False)]),
])
def test_states_and_noun_modifiers_are_no_work_not_done(text, expected):
    assert _achieved(text) == expected


@pytest.mark.parametrize(("text", "restates"), [
    # counts of two periods, quarters, sources or provinces are two counts
    ("Giai đoạn 2016-2020, Trung tâm đã hỗ trợ 120 cơ sở. Giai đoạn 2021-2025, số cơ sở được hỗ trợ là 120.", None),
    ("6 tháng đầu năm, Trung tâm đã hỗ trợ 15 cơ sở. 6 tháng cuối năm, số cơ sở được hỗ trợ là 15.", None),
    ("Nguồn khuyến công quốc gia đã hỗ trợ 15 cơ sở. Nguồn khuyến công địa phương: số cơ sở được hỗ trợ là 15.", None),
    ("Tỉnh Nam Định đã hỗ trợ 15 cơ sở. Tỉnh Thái Bình: số cơ sở được hỗ trợ là 15.", None),
])
def test_a_noun_first_count_of_another_period_or_place_restates_nothing(text, restates):
    assert extract_text(text).targets[1].restates == restates


def test_a_part_over_its_whole_of_another_year_is_no_part():
    targets = extract_text("Kế hoạch năm 2024 gồm 16 đề án. Năm 2023, Trung tâm đã nghiệm thu 14/16 đề án của kế hoạch "
                           "năm 2023.").targets
    assert [(t.text, t.part_of) for t in targets] == [("16 đề án", None), ("14/16 đề án", None)]
    targets = extract_text("Năm 2023, toàn tỉnh có 43 sản phẩm tham gia bình chọn. Kết quả có 40/43 sản phẩm đạt giải.").targets
    assert [(t.text, t.part_of) for t in targets] == [("43 sản phẩm", None), ("40/43 sản phẩm", 0)]


@pytest.mark.parametrize(("text", "categories"), [
    # the lead-in's category follows its own figure, up to its colon
    ("Năm 2023 hỗ trợ 10 cơ sở ứng dụng máy móc thiết bị tiên tiến: 5 cơ sở chế biến chè; 3 cơ sở sản xuất đồ gỗ; 2 cơ "
     "sở cơ khí.", ["demonstration_technology"] * 4),
    ("Năm 2023, Trung tâm tổ chức 05 lớp đào tạo nghề: 02 lớp mây tre đan; 03 lớp thêu ren.", ["training"] * 3),
    # a list without a colon goes on with its first item
    ("Năm 2023, Trung tâm đã tổ chức 3 hội chợ triển lãm hàng công nghiệp nông thôn; 150 gian hàng; 80 doanh nghiệp "
     "tham gia.", ["rural_products"] * 3),
])
def test_list_items_take_their_lead_ins_category(text, categories):
    assert [t.category for t in extract_text(text).targets] == categories


@pytest.mark.parametrize(("text", "amounts"), [
    # a "Mỗi" sentence's total written with a word between "tổng" and its money
    ("Mỗi huyện được phân bổ 300 triệu đồng, tổng số kinh phí là 2,7 tỷ đồng.", ["2,7 tỷ đồng"]),
    ("Mỗi huyện được phân bổ 300 triệu đồng, với tổng nguồn vốn 2,7 tỷ đồng.", ["2,7 tỷ đồng"]),
    ("Mỗi đề án được hỗ trợ 200 triệu đồng, tổng chi phí thực hiện 10 đề án là 2 tỷ đồng.", ["2 tỷ đồng"]),
    ("Mỗi đề án được hỗ trợ 200 triệu đồng, tổng mức hỗ trợ của 10 đề án là 2 tỷ đồng.", ["2 tỷ đồng"]),
    # ... not a unit's own ceiling
    ("Mỗi cơ sở được hỗ trợ tối đa 50% chi phí mua máy móc, nhưng tổng mức hỗ trợ không quá 300 triệu đồng.", []),
    # a rate "cho từng" whatever details follow it; a breakdown only of money allotted
    ("Mức hỗ trợ 30 triệu đồng cho từng cơ sở, chi tiết tại Phụ lục kèm theo.", []),
    ("Năm 2023, Trung tâm đã hỗ trợ 50 triệu đồng cho từng cơ sở tham gia hội chợ, danh sách cụ thể tại phụ lục.", []),
    ("Hỗ trợ 50 triệu đồng cho từng cơ sở mua máy móc thiết bị cụ thể là máy sấy, máy nghiền.", []),
    ("Hỗ trợ 20 triệu đồng cho từng lớp tập huấn; tổng kinh phí 200 triệu đồng, chi tiết như sau:", ["200 triệu đồng"]),
    ("Năm 2024, UBND tỉnh phân bổ 5 tỷ đồng cho từng huyện, thị xã, thành phố như sau:", ["5 tỷ đồng"]),
    # any event's round after "mỗi" is a unit; "mỗi kỳ kế hoạch" a time
    ("Hỗ trợ 30 triệu đồng cho mỗi đợt khảo sát, tổng kinh phí 150 triệu đồng.", ["150 triệu đồng"]),
    ("Ngân sách tỉnh bố trí 2 tỷ đồng cho mỗi kỳ kế hoạch.", ["2 tỷ đồng"]),
])
def test_per_unit_rates_and_totals(text, amounts):
    assert [b.amount_text for b in extract_text(text).budget] == amounts


@pytest.mark.parametrize(("text", "agencies"), [
    # a document named before a semicolon closes nothing: tasks follow
    ("QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Kế hoạch khuyến công năm 2024.\nĐiều 2. Sở Công Thương có trách nhiệm thi hành Kế "
     "hoạch; Sở Tài chính có trách nhiệm bố trí kinh phí thực hiện.", ["Sở Công Thương", "Sở Tài chính"]),
    # "tổ chức thi hành" a task is a duty
    ("IV. TỔ CHỨC THỰC HIỆN\n1. Sở Công Thương chịu trách nhiệm tổ chức thi hành các nội dung của Kế hoạch khuyến công "
     "trên địa bàn tỉnh.\n2. Sở Tài chính bố trí kinh phí.", ["Sở Công Thương", "Sở Tài chính"]),
    # the closing clause naming the decision by its number, date and issuer gives none
    ("QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Kế hoạch khuyến công năm 2024.\nĐiều 2. Giám đốc Sở Công Thương, Giám đốc Sở Tài "
     "chính và Chủ tịch UBND các huyện có trách nhiệm thi hành Quyết định số 15/2024/QĐ-UBND ngày 10/01/2024 của UBND "
     "tỉnh./.", []),
])
def test_tasks_after_a_document_named_are_duties(text, agencies):
    assert [d.agency for d in extract_text(text).duties] == agencies


_HEADER = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------- Số: {number} Đắk Lắk, ngày 10 tháng 1 "
           "năm 2024 {title} {body}")


@pytest.mark.parametrize(("number", "title", "body", "expected"), [
    # a plan and a circular have no enacting line: their whole title in capitals (a plan's type word on its own
    # line over it, as in a header on lines)
    ("88/KH-UBND", "KẾ HOẠCH PHỐI HỢP GIỮA SỞ CÔNG THƯƠNG VÀ UBND CÁC HUYỆN TRONG CÔNG TÁC KHUYẾN CÔNG NĂM 2024",
     "Thực hiện Quyết định số 15/2023/QĐ-UBND, UBND tỉnh ban hành Kế hoạch như sau.",
     "PHỐI HỢP GIỮA SỞ CÔNG THƯƠNG VÀ UBND CÁC HUYỆN TRONG CÔNG TÁC KHUYẾN CÔNG NĂM 2024"),
    ("88/KH-UBND", "KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 05/2021/NQ-HĐND VỀ CHÍNH SÁCH KHUYẾN CÔNG NĂM 2024",
     "Thực hiện Nghị quyết số 05/2021/NQ-HĐND, UBND tỉnh ban hành Kế hoạch.",
     "THỰC HIỆN NGHỊ QUYẾT SỐ 05/2021/NQ-HĐND VỀ CHÍNH SÁCH KHUYẾN CÔNG NĂM 2024"),
    ("17/2018/TT-BCT", "THÔNG TƯ HƯỚNG DẪN TRÁCH NHIỆM CỦA GIÁM ĐỐC SỞ CÔNG THƯƠNG TRONG QUẢN LÝ KINH PHÍ KHUYẾN CÔNG",
     "Căn cứ Nghị định số 98/2017/NĐ-CP ngày 18 tháng 8 năm 2017;",
     "HƯỚNG DẪN TRÁCH NHIỆM CỦA GIÁM ĐỐC SỞ CÔNG THƯƠNG TRONG QUẢN LÝ KINH PHÍ KHUYẾN CÔNG"),
    # an enacting word after "CHO", "CỦA", ... is the title's
    # a directive has none either
    ("15/CT-UBND", "CHỈ THỊ VỀ TĂNG CƯỜNG VAI TRÒ CỦA ỦY BAN NHÂN DÂN CẤP XÃ TRONG CÔNG TÁC KHUYẾN CÔNG",
     "Trong những năm qua, công tác khuyến công đã đạt nhiều kết quả.",
     "TĂNG CƯỜNG VAI TRÒ CỦA ỦY BAN NHÂN DÂN CẤP XÃ TRONG CÔNG TÁC KHUYẾN CÔNG"),
    ("15/2023/QĐ-UBND", "QUYẾT ĐỊNH VỀ VIỆC ỦY QUYỀN CHO GIÁM ĐỐC SỞ CÔNG THƯƠNG PHÊ DUYỆT ĐỀ ÁN KHUYẾN CÔNG",
     "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
     "ỦY QUYỀN CHO GIÁM ĐỐC SỞ CÔNG THƯƠNG PHÊ DUYỆT ĐỀ ÁN KHUYẾN CÔNG"),
])
def test_a_flattened_headers_title_without_an_enacting_line(number, title, body, expected):
    assert extract_text(_HEADER.format(number=number, title=title, body=body)).metadata.title == expected


@pytest.mark.parametrize(("text", "title"), [
    # a decision's subject "về việc" keeps its own relative clause after money or what was supported
    ("Căn cứ Quyết định số 123/QĐ-UBND ngày 10/5/2023 của UBND tỉnh về việc thu hồi kinh phí khuyến công địa phương đã "
     "hỗ trợ cho Công ty TNHH Minh Phát;", "thu hồi kinh phí khuyến công địa phương đã hỗ trợ cho Công ty TNHH Minh Phát"),
    ("Căn cứ Quyết định số 123/QĐ-UBND ngày 10/5/2023 của UBND tỉnh về việc công khai danh sách các cơ sở đã hỗ trợ năm "
     "2022;", "công khai danh sách các cơ sở đã hỗ trợ năm 2022"),
])
def test_a_decisions_subject_keeps_its_relative_clause(text, title):
    assert extract_text(text).citations[0].title == title


@pytest.mark.parametrize("text", [
    # a sentence over a heading is no title, nor a lead-in over its parts
    "Chương trình khuyến công quốc gia năm 2023 có nhiều điểm mới\nHÀ NỘI\nNăm 2023, Bộ Công Thương đã phê duyệt 120 đề án.",
    "Chương trình khuyến công đã hỗ trợ 120 cơ sở trong giai đoạn 2016-2020\nII. KẾT QUẢ CỤ THỂ\nNăm 2020, Trung tâm đã "
    "triển khai 15 đề án.",
    "Kế hoạch khuyến công năm 2023 của tỉnh được triển khai với các nội dung sau\nI. ĐÀO TẠO NGHỀ\nTổ chức 5 lớp đào tạo nghề.",
    # two programmes' names one after the other: a list, or either the document's
    "Kế hoạch khuyến công địa phương năm 2024 tỉnh Bắc Giang\nKế hoạch khuyến công quốc gia năm 2024 tỉnh Bắc Giang\nI. "
    "MỤC ĐÍCH, YÊU CẦU\nHỗ trợ các cơ sở công nghiệp nông thôn.",
])
def test_a_sentence_near_the_top_is_no_programmes_title(text):
    assert extract_text(text).metadata.title is None


@pytest.mark.parametrize(("text", "count"), [
    # a goal word of another clause, "phải có mục tiêu" and "đạt mục tiêu" are no goal: the criterion stays none
    ("Đề án phải có mục tiêu rõ ràng; cơ sở được hỗ trợ phải có ít nhất 10 lao động.", 0),
    ("Để được công nhận đạt mục tiêu xã nông thôn mới, làng nghề phải có ít nhất 20% số lao động tham gia.", 0),
    ("Mục tiêu đến năm 2025, mỗi huyện, thị xã phải có ít nhất 01 sản phẩm công nghiệp nông thôn tiêu biểu.", 1),
])
def test_a_goal_word_of_the_figures_own_clause_makes_a_criterion_a_goal(text, count):
    assert len(extract_text(text).targets) == count
