"""Near-miss probes of an audit of three commits (closing clauses, listed counts' own tense, event rounds), each a
case a rule got wrong before it was narrowed."""

import pytest

from khuyencong_extract.pipeline import extract_text


@pytest.mark.parametrize("task", [
    # a task to carry out another document, named by its number, date and issuer, then more words
    "UBND các huyện, thị xã, thành phố có trách nhiệm tổ chức thi hành Kế hoạch số 35/KH-UBND ngày 10/3/2023 của UBND "
    "tỉnh trên địa bàn, định kỳ báo cáo kết quả về Sở Công Thương trước ngày 15/12 hằng năm.",
    "Sở Công Thương có trách nhiệm thi hành Quyết định số 1881/QĐ-TTg ngày 20/11/2020 của Thủ tướng Chính phủ về "
    "Chương trình khuyến công quốc gia trên địa bàn tỉnh, hướng dẫn các cơ sở lập đề án.",
    # ... or a council's resolution named so, its sentence ending mid-text
    "Sở Công Thương có trách nhiệm tổ chức thi hành Nghị quyết số 05/2021/NQ-HĐND ngày 12/7/2021 của HĐND tỉnh.",
    "Trung tâm Khuyến công có trách nhiệm thi hành Kế hoạch số 35/KH-SCT ngày 10/3/2024 của Sở Công Thương về tổ chức "
    "bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh năm 2024 và báo cáo kết quả.",
])
def test_a_task_to_carry_out_another_document_is_a_duty(task):
    doc = extract_text(f"IV. TỔ CHỨC THỰC HIỆN\n1. {task}\n2. Sở Tài chính bố trí kinh phí thực hiện.")
    assert len(doc.duties) == 2 and doc.duties[0].text == task


@pytest.mark.parametrize(("text", "achieved"), [
    # a listed amount's own words of work not done, whatever they are: not spent
    ("Năm 2024, tổng kinh phí được giao là 5 tỷ đồng. Trong đó có 2 tỷ đồng đang làm thủ tục thanh toán và 3 tỷ đồng "
     "đã giải ngân.", [False, False, True]),
    ("Năm 2024, tổng kinh phí được giao là 5 tỷ đồng. Trong đó có 2 tỷ đồng không giải ngân hết và 3 tỷ đồng đã giải "
     "ngân.", [False, False, True]),
])
def test_a_listed_amount_with_its_own_words_of_work_not_done(text, achieved):
    assert [b.achieved for b in extract_text(text).budget] == achieved


@pytest.mark.parametrize(("items", "achieved"), [
    ("3 đề án đang được triển khai và 7 đề án đã được nghiệm thu", [(3, False), (7, True)]),
    ("3 đề án bị chậm tiến độ và 7 đề án đã được nghiệm thu", [(3, False), (7, True)]),
    ("2 đề án không hoàn thành và 8 đề án đã được nghiệm thu", [(2, False), (8, True)]),
    ("2 đề án hỗ trợ máy móc, 3 đề án tạm ngưng triển khai, 7 đề án đào tạo nghề đã được nghiệm thu",
     [(3, False), (7, True)]),
    # ... but a noun's modifier is none
    ("3 đề án hỗ trợ máy móc sản xuất gạch không nung và 7 đề án đào tạo nghề đã được nghiệm thu", [(3, True), (7, True)]),
])
def test_a_listed_count_with_its_own_words_of_work_not_done(items, achieved):
    targets = extract_text(f"Năm 2023, Trung tâm triển khai 12 đề án. Trong đó có {items}.").targets
    assert set(achieved) <= {(t.value, t.achieved) for t in targets}


@pytest.mark.parametrize(("text", "amounts"), [
    # "kỳ", "đợt" before a word that is no event: a time, the amount one of each round
    ("Ngân sách tỉnh bố trí 2 tỷ đồng mỗi kỳ để thực hiện chương trình khuyến công địa phương.", [2000]),
    ("Năm 2024, kinh phí khuyến công địa phương được cấp làm 2 đợt, khoảng 1,5 tỷ đồng mỗi đợt và được giải ngân "
     "trước ngày 30/11.", [1500]),
    ("Mỗi đợt tỉnh phân bổ 1 tỷ đồng kinh phí khuyến công địa phương cho các huyện.", [1000]),
    ("UBND tỉnh bố trí 500 triệu đồng cho mỗi đợt phân bổ kinh phí khuyến công.", [500]),
    # ... before an event: a rate for each, no item
    ("Hỗ trợ 30 triệu đồng cho mỗi đợt khảo sát, tổng kinh phí 150 triệu đồng.", [150]),
    ("Hỗ trợ 50 triệu đồng cho mỗi kỳ hội chợ, tổng kinh phí 200 triệu đồng.", [200]),
])
def test_a_round_is_a_time_but_before_an_event(text, amounts):
    assert [b.amount_vnd // 10**6 for b in extract_text(text).budget] == amounts


_FLAT = ("UBND TỈNH ĐẮK LẮK CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------- Số: {number} Đắk "
         "Lắk, ngày 10 tháng 1 năm 2024 {rest}")


@pytest.mark.parametrize(("number", "rest", "title"), [
    # a directive's title ends before the body's enacting body, on a line of its own or opening the sentence
    ("15/CT-UBND", "CHỈ THỊ VỀ TĂNG CƯỜNG CÔNG TÁC KHUYẾN CÔNG TRÊN ĐỊA BÀN TỈNH UBND tỉnh yêu cầu các sở, ngành thực "
     "hiện tốt các nội dung sau.", "TĂNG CƯỜNG CÔNG TÁC KHUYẾN CÔNG TRÊN ĐỊA BÀN TỈNH"),
    ("15/CT-UBND", "CHỈ THỊ VỀ TĂNG CƯỜNG CÔNG TÁC KHUYẾN CÔNG NĂM 2024 CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH Trong những năm qua, "
     "công tác khuyến công đạt kết quả.", "TĂNG CƯỜNG CÔNG TÁC KHUYẾN CÔNG NĂM 2024"),
    # ... and before the body's first Roman heading
    ("88/KH-UBND", "KẾ HOẠCH KHUYẾN CÔNG ĐỊA PHƯƠNG NĂM 2024 I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích",
     "KHUYẾN CÔNG ĐỊA PHƯƠNG NĂM 2024"),
    # an enacting body after "VÀ", "CỦA" goes on with the title
    ("88/KH-UBND", "KẾ HOẠCH PHỐI HỢP GIỮA SỞ CÔNG THƯƠNG VÀ UBND CÁC HUYỆN TRONG CÔNG TÁC KHUYẾN CÔNG NĂM 2024 Thực "
     "hiện Quyết định số 15/2023/QĐ-UBND, UBND tỉnh ban hành Kế hoạch như sau.",
     "PHỐI HỢP GIỮA SỞ CÔNG THƯƠNG VÀ UBND CÁC HUYỆN TRONG CÔNG TÁC KHUYẾN CÔNG NĂM 2024"),
])
def test_a_flattened_titles_end(number, rest, title):
    assert extract_text(_FLAT.format(number=number, rest=rest)).metadata.title == title


@pytest.mark.parametrize(("text", "title", "period"), [
    # a plan's line over its parts, under its programme's line: the plan's is the title
    ("Chương trình khuyến công tỉnh Đồng Nai giai đoạn 2021-2025\nKế hoạch khuyến công năm 2024\nI. MỤC TIÊU\nHỗ trợ "
     "các cơ sở công nghiệp nông thôn.", "Kế hoạch khuyến công năm 2024", (2024, 2024)),
    ("Chương trình khuyến công quốc gia giai đoạn 2021-2025\nKế hoạch khuyến công địa phương tỉnh Bắc Giang năm 2024\n"
     "Phần I\nMỤC TIÊU\nHỗ trợ các cơ sở.", "Kế hoạch khuyến công địa phương tỉnh Bắc Giang năm 2024", (2024, 2024)),
    # ... and the last of a list of related documents, over the parts, when it is of another kind
    ("Tin liên quan\nKế hoạch khuyến công năm 2024 của tỉnh Đồng Nai\nĐề án phát triển công nghiệp nông thôn tỉnh Đồng "
     "Nai\nChương trình khuyến công tỉnh Đồng Nai giai đoạn 2021-2025\nI. MỤC TIÊU\nHỗ trợ các cơ sở.",
     "Chương trình khuyến công tỉnh Đồng Nai giai đoạn 2021-2025", (2021, 2025)),
    # two plans of one kind and year: either may be the document's, so none
    ("Kế hoạch khuyến công địa phương năm 2024 tỉnh Bắc Giang\nKế hoạch khuyến công quốc gia năm 2024 tỉnh Bắc Giang\nI. "
     "MỤC ĐÍCH, YÊU CẦU\nHỗ trợ các cơ sở công nghiệp nông thôn.", None, (2024, 2024)),
])
def test_a_plans_line_under_its_programmes_is_the_title(text, title, period):
    meta = extract_text(text).metadata
    assert (meta.title, meta.period_start, meta.period_end) == (title, *period)


@pytest.mark.parametrize(("number", "rest", "title"), [
    ("35/KH-SCT", "KẾ HOẠCH KHUYẾN CÔNG ĐỊA PHƯƠNG NĂM 2024 Thực hiện Quyết định số 15/2023/QĐ-UBND ngày 10/5/2023 của "
     "UBND tỉnh, Sở Công Thương xây dựng Kế hoạch như sau:", "KHUYẾN CÔNG ĐỊA PHƯƠNG NĂM 2024"),
    ("35/QĐ-SCT", "QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT ĐỀ ÁN KHUYẾN CÔNG ĐỊA PHƯƠNG NĂM 2024 GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH ĐẮK "
     "LẮK Căn cứ Quyết định số 15/2023/QĐ-UBND ngày 10/5/2023 của UBND tỉnh;",
     "PHÊ DUYỆT ĐỀ ÁN KHUYẾN CÔNG ĐỊA PHƯƠNG NĂM 2024"),
])
def test_a_departments_flattened_header_names_its_issuer(number, rest, title):
    """A department's header flattened onto one line: its parent body and its own name before the motto are the
    issuer's lines (the plan had no issuer and no province, its basis' issuer none either)."""
    doc = extract_text(_FLAT.replace("UBND TỈNH ĐẮK LẮK ", "UBND TỈNH ĐẮK LẮK SỞ CÔNG THƯƠNG ").format(
        number=number, rest=rest))
    assert (doc.metadata.issuer, doc.metadata.province, doc.metadata.title) == (
        "Sở Công Thương Đắk Lắk", "Đắk Lắk", title)
    assert doc.citations[0].issuer == "UBND tỉnh Đắk Lắk"
