"""Near-miss probes of audits of this project's rules (closing clauses, listed counts' own tense, rounds, stocks,
titles, periods, duties given), each a case a rule got wrong before it was narrowed."""

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
    ("2 đề án chưa kịp hoàn thành và 8 đề án đã được nghiệm thu", [(2, False), (8, True)]),
    ("2 đề án không thể hoàn thành và 8 đề án đã được nghiệm thu", [(2, False), (8, True)]),
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
    # ... or any other word but a function word or one of money or planning
    ("Chi 15 triệu đồng cho mỗi kỳ phát sóng chuyên mục khuyến công, tổng kinh phí 180 triệu đồng.", [180]),
    ("Hỗ trợ 30 triệu đồng cho mỗi đợt nghiệm thu đề án, tổng kinh phí 150 triệu đồng.", [150]),
    ("Mỗi đợt chấm điểm, Hội đồng được chi 10 triệu đồng; tổng kinh phí 30 triệu đồng.", [30]),
    ("Hỗ trợ tối đa 40 triệu đồng cho mỗi kỳ tổ chức hội chợ hàng công nghiệp nông thôn.", []),
    ("Mỗi đợt xét chọn hỗ trợ tối đa 500 triệu đồng.", []),
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
    # an enacting body the title names, in capitals to its end, is the title's
    ("88/KH-UBND", "KẾ HOẠCH KIỂM TRA, GIÁM SÁT CÁC ĐỀ ÁN KHUYẾN CÔNG TẠI UBND CÁC HUYỆN NĂM 2024 Căn cứ Quyết định số "
     "15/2023/QĐ-UBND ngày 10/5/2023 của UBND tỉnh.", "KIỂM TRA, GIÁM SÁT CÁC ĐỀ ÁN KHUYẾN CÔNG TẠI UBND CÁC HUYỆN NĂM 2024"),
    ("88/KH-UBND", "KẾ HOẠCH THỰC HIỆN KẾT LUẬN CHỦ TỊCH UBND TỈNH VỀ CÔNG TÁC KHUYẾN CÔNG NĂM 2024 Căn cứ Quyết định số "
     "15/2023/QĐ-UBND ngày 10/5/2023 của UBND tỉnh.", "THỰC HIỆN KẾT LUẬN CHỦ TỊCH UBND TỈNH VỀ CÔNG TÁC KHUYẾN CÔNG NĂM 2024"),
    # enacting lines of a place with a dash, of a director, of a minister end the title
    ("15/CT-UBND", "CHỈ THỊ VỀ TĂNG CƯỜNG CÔNG TÁC KHUYẾN CÔNG NĂM 2024 CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU "
     "Trong những năm qua, công tác khuyến công đạt kết quả.", "TĂNG CƯỜNG CÔNG TÁC KHUYẾN CÔNG NĂM 2024"),
    ("35/KH-SCT", "KẾ HOẠCH KHUYẾN CÔNG ĐỊA PHƯƠNG NĂM 2024 GIÁM ĐỐC SỞ CÔNG THƯƠNG Căn cứ Quyết định số 15/2023/QĐ-UBND "
     "ngày 10/5/2023 của UBND tỉnh;", "KHUYẾN CÔNG ĐỊA PHƯƠNG NĂM 2024"),
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


@pytest.mark.parametrize(("text", "achieved"), [
    # a "Riêng" part of a whole whose sentence says "thực hiện có hiệu quả", or after a stock of its own clause
    ("Năm 2023, Trung tâm đã triển khai thực hiện có hiệu quả chương trình khuyến công, hỗ trợ 40 cơ sở ứng dụng máy "
     "móc thiết bị. Riêng huyện Thanh Sơn, 12 cơ sở đã được hỗ trợ.", [None, 0]),
    ("Toàn tỉnh hiện có 1.200 cơ sở công nghiệp nông thôn, năm 2023 đã hỗ trợ 40 cơ sở. Riêng huyện Thanh Sơn, 12 cơ sở "
     "đã được hỗ trợ.", [None, None, 1]),
    # ... but never of a stock
    ("Hiện nay, toàn tỉnh có 2.605 cơ sở. Riêng năm 2023, đã hỗ trợ 12 cơ sở.", [None, None]),
])
def test_a_singled_out_count_is_a_part_of_work_done_not_of_a_stock(text, achieved):
    assert [t.part_of for t in extract_text(text).targets] == achieved


@pytest.mark.parametrize(("text", "achieved"), [
    # "Tính đến", "Đến nay" before an allotting word of something else than money, or before work done: done
    ("Tính đến nay, UBND tỉnh đã cấp giấy chứng nhận cho 120 sản phẩm công nghiệp nông thôn tiêu biểu.", True),
    ("Đến nay, UBND tỉnh đã quyết định công nhận 15 làng nghề tiểu thủ công nghiệp.", True),
    ("Tính đến nay, các cơ sở được hỗ trợ đã bố trí việc làm cho 250 lao động nông thôn.", True),
    ("Tính đến nay, Sở Công Thương đã phê duyệt và triển khai thực hiện xong 20 đề án khuyến công.", True),
    ("Tính đến 30/6/2024, Trung tâm đã được cấp và giải ngân 3,5 tỷ đồng kinh phí khuyến công địa phương.", True),
    # ... money allotted by then is a plan's
    ("Tính đến 30/6/2024, Bộ Công Thương đã phân bổ 45 tỷ đồng kinh phí khuyến công quốc gia.", False),
])
def test_as_of_a_date_only_money_allotted_is_a_plans(text, achieved):
    doc = extract_text(text)
    assert [x.achieved for x in [*doc.targets, *doc.budget]] == [achieved]


_DECIDED = "QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Kế hoạch khuyến công năm 2024.\n"


@pytest.mark.parametrize("closing", [
    # the decision named by its number, date and issuer, then its receivers and signature, or the article of when it
    # comes into force: the closing clause
    "Điều 2. Giám đốc Sở Công Thương, Giám đốc Sở Tài chính, Chủ tịch UBND các huyện có trách nhiệm thi hành Quyết "
    "định số 15/2024/QĐ-UBND ngày 10/01/2024 của UBND tỉnh.\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT, KT.\nTM. ỦY BAN NHÂN "
    "DÂN\nCHỦ TỊCH\nNguyễn Văn A",
    "Điều 2. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Công Thương, Tài chính; Chủ tịch UBND các huyện có trách "
    "nhiệm thi hành Quyết định số 15/2024/QĐ-UBND ngày 10/01/2024 của UBND tỉnh.\nĐiều 3. Quyết định này có hiệu lực "
    "kể từ ngày ký./.",
    # ... its date in words
    "Điều 2. Giám đốc Sở Công Thương có trách nhiệm thi hành Quyết định số 15/2024/QĐ-UBND ngày 10 tháng 01 năm 2024 "
    "của UBND tỉnh./.",
])
def test_a_closing_clause_naming_the_decision_before_its_end_matter(closing):
    assert extract_text(_DECIDED + closing).duties == []


@pytest.mark.parametrize("item", [
    # "bị" ending a compound and "không" opening a noun or a modifier are no words of work not done
    "3 đề án hỗ trợ trang bị máy móc", "3 đề án hỗ trợ chuẩn bị mặt bằng sản xuất", "3 đề án hỗ trợ xử lý ô nhiễm không khí",
    "3 đề án sản xuất sản phẩm không sử dụng hóa chất",
])
def test_a_listed_counts_nouns_are_no_tense_of_its_own(item):
    doc = extract_text(f"Năm 2023, Trung tâm triển khai 10 đề án. Trong đó có {item} và 7 đề án đào tạo nghề đã được "
                       "nghiệm thu.")
    assert [t.achieved for t in doc.targets][1:] == [True, True]


@pytest.mark.parametrize(("lede", "later", "period"), [
    # a horizon, a look back or a goal in the lede: the programme's period after it frames the report
    ("Từ nay đến năm 2025, tỉnh sẽ tiếp tục hỗ trợ các cơ sở công nghiệp nông thôn đổi mới công nghệ.",
     "Giai đoạn 2021-2025, tổng kinh phí khuyến công dự kiến 40 tỷ đồng, hỗ trợ 200 cơ sở.", (2021, 2025)),
    ("Kết thúc kế hoạch khuyến công năm 2020, Sở Công Thương Hà Tĩnh đã tổng kết 5 năm thực hiện chương trình.",
     "Giai đoạn 2016-2020, tỉnh đã hỗ trợ 120 đề án với tổng kinh phí 40 tỷ đồng.", (2016, 2020)),
    ("Năm 2025, tỉnh sẽ có 50 sản phẩm công nghiệp nông thôn tiêu biểu được công nhận cấp tỉnh.",
     "Đề án phát triển công nghiệp nông thôn giai đoạn 2021-2025 đặt mục tiêu hỗ trợ 200 cơ sở.", (2021, 2025)),
    # ... but a year's plan approved in the lede is the report's, over a look back
    ("UBND tỉnh vừa phê duyệt hơn 2,7 tỷ đồng kinh phí thực hiện chương trình khuyến công địa phương năm 2019.",
     "Giai đoạn 2014 - 2018, tổng kinh phí hỗ trợ khuyến công của tỉnh là trên 15,5 tỷ đồng.", (2019, 2019)),
])
def test_a_news_ledes_year_and_the_period_after_it(lede, later, period):
    meta = extract_text(f"Hà Tĩnh: Phát triển công nghiệp nông thôn\n\n{lede}\n{later}").metadata
    assert (meta.period_start, meta.period_end) == period


@pytest.mark.parametrize(("text", "categories"), [
    # a count of models whose words name no category is of demonstration work; spreading a craft is not
    ("Đến năm 2020, xây dựng 12 mô hình trình diễn kỹ thuật; nhân rộng 3 mô hình đang sản xuất có hiệu quả cao.",
     ["demonstration_technology", "demonstration_technology"]),
    ("Năm 2023, Trung tâm tổ chức 5 lớp đào tạo nghề, nhân rộng nghề mây tre đan cho 150 lao động nông thôn.",
     ["training", "training"]),
])
def test_models_and_crafts_replicated(text, categories):
    assert [t.category for t in extract_text(text).targets] == categories


def test_a_handover_in_a_report_is_no_task_given():
    doc = extract_text("Hà Nam: Khuyến công năm 2023\n\nTrung tâm Khuyến công đã xây dựng 3 mô hình trình diễn kỹ thuật và "
                       "giao cho UBND xã Vạn Thắng quản lý, khai thác. Kế hoạch gồm 10 đề án với tổng kinh phí 2 tỷ đồng.\n")
    assert doc.duties == []


def test_a_caption_closed_by_a_full_stop_over_a_date_line_is_no_headline():
    meta = extract_text("Ảnh: Lãnh đạo Sở Công Thương thăm gian hàng tại Hội chợ.\n\nThứ Hai 27/12/2021 07:49\n\nNăm 2021, "
                        "Trung tâm Khuyến công đã tổ chức 2 hội chợ với 300 gian hàng, tổng kinh phí 1,2 tỷ đồng.").metadata
    assert (meta.doc_type, meta.title) == ("khac", None)


def test_a_reported_plans_title_keeps_the_date_of_a_document_it_names():
    meta = extract_text(
        "Lào Cai triển khai Chương trình khuyến công quốc gia\n\nUBND tỉnh Lào Cai vừa ban hành Kế hoạch số 395/KH-UBND "
        "thực hiện Quyết định số 1881/QĐ-TTg ngày 20/11/2020 của Thủ tướng Chính phủ trên địa bàn tỉnh. Kế hoạch nhằm "
        "khuyến khích, hỗ trợ các tổ chức, cá nhân tham gia đầu tư.").metadata
    assert meta.title == ("Kế hoạch số 395/KH-UBND thực hiện Quyết định số 1881/QĐ-TTg ngày 20/11/2020 của Thủ tướng "
                          "Chính phủ trên địa bàn tỉnh")


@pytest.mark.parametrize("lines", [
    # plans of one kind in a list of related documents, or under their programme: either may be the document's
    "Văn bản liên quan\nKế hoạch khuyến công năm 2022\nKế hoạch khuyến công năm 2023",
    "Chương trình khuyến công tỉnh Đồng Nai giai đoạn 2021-2025\nKế hoạch khuyến công năm 2022\nKế hoạch khuyến công "
    "năm 2023",
])
def test_plans_of_one_kind_one_after_the_other_are_no_title(lines):
    assert extract_text(f"{lines}\nI. MỤC TIÊU\nHỗ trợ các cơ sở công nghiệp nông thôn.").metadata.title is None


@pytest.mark.parametrize(("text", "achieved"), [
    ("Năm 2023, Trung tâm triển khai 10 đề án, 8 đề án đã hoàn thành, 2 đề án không hoàn thành do cơ sở gặp khó khăn.",
     [(10, False), (8, True), (2, False)]),
    # ... or after "trong đó" within the sentence
    ("Năm 2023, Sở Công Thương đã tổ chức nghiệm thu 15 đề án khuyến công, trong đó 2 đề án không được nghiệm thu do "
     "không đạt yêu cầu.", [(15, True), (2, False)]),
    ("Năm 2023 đã hỗ trợ 20 cơ sở, trong đó có 5 cơ sở chưa giải ngân.", [(20, True), (5, False)]),
    # ... but not a noun's modifier
    ("Năm 2023 đã hỗ trợ 20 cơ sở, trong đó 5 cơ sở không sử dụng hóa chất.", [(20, True), (5, True)]),
])
def test_a_count_with_its_done_word_negated_is_not_done(text, achieved):
    assert [(t.value, t.achieved) for t in extract_text(text).targets] == achieved


# A second audit's near misses of the mends above.

@pytest.mark.parametrize(("text", "achieved"), [
    # a verb of work in a purpose or a modifier does not make allotted money spent
    ("Tính đến nay, UBND tỉnh đã phê duyệt 6 tỷ đồng để thực hiện 40 đề án khuyến công.", [False, False]),
    ("Đến nay, Trung tâm đã được giao 2,5 tỷ đồng kinh phí hỗ trợ các cơ sở.", [False]),
    # money not used up is not spent
    ("Tổng kinh phí năm 2023 là 3 tỷ đồng. Trong đó, 1 tỷ đồng không sử dụng hết phải nộp trả ngân sách, 2 tỷ đồng đã "
     "giải ngân.", [False, False, True]),
])
def test_allotted_and_unused_money_is_not_spent(text, achieved):
    doc = extract_text(text)
    assert [x.achieved for x in [*doc.targets, *doc.budget]] == achieved


@pytest.mark.parametrize("text", [
    # a round of allotting before its subject or a purpose is a time: the amount an item
    "Mỗi đợt UBND tỉnh phân bổ 1 tỷ đồng kinh phí khuyến công địa phương.",
    "Ngân sách tỉnh bố trí 2 tỷ đồng mỗi kỳ nhằm hỗ trợ các cơ sở.",
])
def test_a_round_before_its_subject_or_purpose_is_a_time(text):
    assert len(extract_text(text).budget) == 1


@pytest.mark.parametrize(("text", "parts"), [
    # a stock listed after another is one too; a stock that is a breakdown's part is no stock to pass over
    ("Hiện nay, toàn tỉnh có 45 làng nghề, 1.200 cơ sở công nghiệp nông thôn. Riêng huyện Thanh Sơn, đã hỗ trợ 12 cơ sở.",
     [None, None, None]),
    ("Đến nay, toàn tỉnh có 1.200 cơ sở, 350 doanh nghiệp. Riêng năm 2023, đã hỗ trợ 12 cơ sở.", [None, None, None]),
    # ... not a sum of work done "đến nay đã có"
    ("Đến nay, đã có 120 cơ sở được hỗ trợ. Riêng năm 2023, đã hỗ trợ 12 cơ sở.", [None, 0]),
    ("Năm 2023, Trung tâm đã hỗ trợ 40 cơ sở, trong đó hiện có 25 cơ sở đã đi vào hoạt động ổn định. Riêng huyện Thanh "
     "Sơn, 12 cơ sở đã được hỗ trợ.", [None, 0, None]),
])
def test_stocks_in_a_list_and_in_a_breakdown(text, parts):
    assert [t.part_of for t in extract_text(text).targets] == parts


@pytest.mark.parametrize(("text", "title", "period"), [
    # a programme's line under another of a longer span is the title
    ("Chương trình khuyến công quốc gia đến năm 2025\nChương trình khuyến công tỉnh Đồng Nai giai đoạn 2021-2025\nPhần "
     "I\nMỤC TIÊU\nHỗ trợ các cơ sở công nghiệp nông thôn.", "Chương trình khuyến công tỉnh Đồng Nai giai đoạn 2021-2025",
     (2021, 2025)),
    ("Chương trình khuyến công quốc gia giai đoạn 2021-2025\nChương trình khuyến công tỉnh Đồng Nai năm 2024\nI. MỤC "
     "TIÊU\nHỗ trợ các cơ sở công nghiệp nông thôn.", "Chương trình khuyến công tỉnh Đồng Nai năm 2024", (2024, 2024)),
])
def test_a_programmes_line_under_a_longer_ones_is_the_title(text, title, period):
    meta = extract_text(text).metadata
    assert (meta.title, meta.period_start, meta.period_end) == (title, *period)


@pytest.mark.parametrize(("subject", "period"), [
    ("KẾT QUẢ THỰC HIỆN CÔNG TÁC KHUYẾN CÔNG NĂM 2023 VÀ KẾ HOẠCH HOẠT ĐỘNG KHUYẾN CÔNG NĂM 2024", (2023, 2024)),
    ("KẾT QUẢ THỰC HIỆN CÔNG TÁC KHUYẾN CÔNG NĂM 2023 VÀ DỰ KIẾN KẾ HOẠCH NĂM 2024", (2023, 2024)),
    ("TÌNH HÌNH THỰC HIỆN CÔNG TÁC KHUYẾN CÔNG NĂM 2023 VÀ CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024", (2023, 2024)),
    ("KẾT QUẢ THỰC HIỆN CÔNG TÁC KHUYẾN CÔNG NĂM 2023 VÀ TRIỂN KHAI NHIỆM VỤ NĂM 2024", (2023, 2024)),
    # a next year named in passing is no next year's plan: the one year reported on
    ("TÌNH HÌNH GIẢI NGÂN KINH PHÍ KHUYẾN CÔNG NĂM 2023 ĐẾN HẾT QUÝ I NĂM 2024", (2023, 2023)),
    ("KẾT QUẢ BÌNH CHỌN SẢN PHẨM CÔNG NGHIỆP NÔNG THÔN TIÊU BIỂU CẤP TỈNH NĂM 2023 THAM GIA CẤP KHU VỰC NĂM 2024",
     (2023, 2023)),
])
def test_a_reports_year_joined_only_to_the_next_years_plan(subject, period):
    meta = extract_text(f"SỞ CÔNG THƯƠNG\nSố: 88/BC-SCT\nBến Tre, ngày 05 tháng 12 năm 2023\nBÁO CÁO\n{subject}\nI. KẾT "
                        "QUẢ\nNăm 2023 đã tổ chức 5 lớp.\n").metadata
    assert (meta.period_start, meta.period_end) == period


@pytest.mark.parametrize("lede", [
    "UBND tỉnh Lâm Đồng vừa cấp cho hoạt động khuyến công năm 2019 số tiền trên 9 tỷ đồng.",
    "UBND tỉnh Lâm Đồng vừa quyết định phân bổ 9 tỷ đồng kinh phí khuyến công địa phương năm 2019.",
])
def test_a_ledes_year_of_money_allotted_over_a_period_holding_it(lede):
    meta = extract_text(f"Lâm Đồng cấp hơn 9 tỷ đồng cho khuyến công\n\n{lede}\nGiai đoạn 2016-2020, tỉnh đã hỗ trợ 120 đề "
                        "án.").metadata
    assert (meta.period_start, meta.period_end) == (2019, 2019)


@pytest.mark.parametrize(("text", "agencies"), [
    # "đồng thời giao" after leading or allotting gives the second agency its task
    ("IV. TỔ CHỨC THỰC HIỆN\n1. Sở Công Thương chủ trì xây dựng kế hoạch, đồng thời giao Trung tâm Khuyến công tổ chức "
     "thực hiện các đề án.\n2. Sở Tài chính bố trí kinh phí.", ["Sở Công Thương", "Trung tâm Khuyến công", "Sở Tài chính"]),
    ("Bắc Giang phân bổ kinh phí khuyến công\n\nUBND tỉnh Bắc Giang vừa phân bổ 5 tỷ đồng kinh phí khuyến công địa "
     "phương năm 2024, đồng thời giao Sở Công Thương chủ trì hướng dẫn các cơ sở lập đề án.\n", ["Sở Công Thương"]),
    # a decision's task to carry out a plan before its article of force is a duty
    ("QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt danh mục đề án khuyến công địa phương năm 2024.\nĐiều 2. Sở Công Thương có trách "
     "nhiệm tổ chức thi hành Kế hoạch số 35/KH-UBND ngày 10/3/2023 của UBND tỉnh.\nĐiều 3. Quyết định này có hiệu lực "
     "kể từ ngày ký.", ["Sở Công Thương"]),
])
def test_tasks_given_after_leading_or_allotting_and_to_carry_out_a_plan(text, agencies):
    assert [d.agency for d in extract_text(text).duties] == agencies


def test_a_headline_opening_with_anh_huong_is_no_caption():
    meta = extract_text("Ảnh hưởng của dịch bệnh đến sản xuất công nghiệp nông thôn.\n\nThứ Hai 27/12/2021 07:49\n\nNăm "
                        "2021, Trung tâm Khuyến công đã tổ chức 2 hội chợ với 300 gian hàng, tổng kinh phí 1,2 tỷ đồng.").metadata
    assert meta.doc_type == "bai_viet"


def test_smaller_near_misses_of_the_second_audit():
    # kilns replaced are a count; "trên cơ sở" goes on with the sentence
    assert [t.text for t in extract_text(
        "Năm 2023, khuyến công đã hỗ trợ 12 cơ sở đầu tư lò sấy, thay thế cho 120 lò sấy thủ công gây ô nhiễm.").targets
            ] == ["12 cơ sở", "120 lò"]
    assert [c.title for c in extract_text(
        "Căn cứ Quyết định số 1174/QĐ-UBND ngày 12/6/2023 của UBND tỉnh trên cơ sở đề xuất của Sở Công Thương phê duyệt "
        "danh mục đề án.").citations] == [None]
    # a city named "Hải Phòng" is no department ("PHÒNG") of its committee
    meta = extract_text(
        "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG SỞ CÔNG THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
        "------- Số: 35/KH-SCT Hải Phòng, ngày 10 tháng 1 năm 2024 KẾ HOẠCH KHUYẾN CÔNG ĐỊA PHƯƠNG NĂM 2024 Thực hiện "
        "Quyết định số 15/2023/QĐ-UBND của UBND thành phố, Sở Công Thương xây dựng Kế hoạch như sau:").metadata
    assert (meta.issuer, meta.province) == ("Sở Công Thương Hải Phòng", "Hải Phòng")
    # a reported plan's date after its own number, with more words before it
    assert extract_text(
        "Lào Cai dành gần 7,4 tỷ đồng hỗ trợ hoạt động khuyến công năm 2022\n\nUBND tỉnh Lào Cai vừa ban hành Kế hoạch "
        "khuyến công số 395/KH-UBND ngày 19/11/2021 về khuyến công trên địa bàn tỉnh năm 2022. Kế hoạch nhằm khuyến "
        "khích, hỗ trợ các tổ chức, cá nhân tham gia đầu tư.").metadata.title == (
        "Kế hoạch khuyến công số 395/KH-UBND về khuyến công trên địa bàn tỉnh năm 2022")


def test_near_misses_of_the_third_audit():
    # a plan's own closing clause, by its number before its receivers' list: none; another plan's: a duty, and the
    # receivers' list none
    plan = ("UBND TỈNH BẮC GIANG\nSố: {own}\nBắc Giang, ngày 10 tháng 1 năm 2024\nKẾ HOẠCH\nKhuyến công năm 2024\nIV. TỔ "
            "CHỨC THỰC HIỆN\n1. Sở Công Thương chủ trì hướng dẫn các cơ sở xây dựng đề án.\n2. UBND các huyện, thành phố có "
            "trách nhiệm tổ chức thi hành Kế hoạch số 15/KH-UBND ngày 10/01/2024 của UBND tỉnh.\nNơi nhận:\n- Như trên;\n"
            "- Lưu: VT.")
    assert [d.agency for d in extract_text(plan.format(own="15/KH-UBND")).duties] == ["Sở Công Thương"]
    assert [d.agency for d in extract_text(plan.format(own="16/KH-UBND")).duties] == [
        "Sở Công Thương", "UBND các huyện, thành phố"]
    # a ceiling for each round of support is no item; money disbursed "trong đó" after money allotted by a date is spent
    assert extract_text("Hỗ trợ tối đa 50 triệu đồng cho mỗi đợt hỗ trợ các cơ sở.").budget == []
    assert [b.achieved for b in extract_text("Tính đến nay, tỉnh đã cấp 5 tỷ đồng kinh phí khuyến công, trong đó giải "
                                             "ngân được 2,8 tỷ đồng.").budget] == [False, True]
