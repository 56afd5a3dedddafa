"""Findings of the re-reading audits of older texts and of the notes left by earlier sessions: each a passage a rule
read wrong, rebuilt from the text it came from."""

import datetime as dt

import pytest

from khuyencong_extract.pipeline import extract_text

_HEADER = ("UBND TỈNH QUẢNG NAM\n{body}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n{number_line}\n\n"
           "KẾ HOẠCH\n{title}\n\nI. MỤC TIÊU\nHỗ trợ 10 cơ sở.\n")


@pytest.mark.parametrize("gap", ["     ", "\t", " "])
def test_the_place_and_date_on_the_numbers_line(gap):
    # the header's two cells run together on one line
    text = _HEADER.format(body="SỞ CÔNG THƯƠNG", number_line=f"Số: 35/KH-SCT{gap}Quảng Nam, ngày 10 tháng 1 năm 2024",
                          title="Khuyến công năm 2024")
    meta = extract_text(text).metadata
    assert (meta.number, meta.issued_date) == ("35/KH-SCT", dt.date(2024, 1, 10))


def test_a_rural_development_department_keeps_its_province():
    # "nông thôn" (rural) before the province: no hamlet ("thôn") of that name
    text = _HEADER.format(body="SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", number_line="Số: 35/KH-SNN\nQuảng Nam, ngày 10 "
                          "tháng 1 năm 2024", title="Hỗ trợ phát triển ngành nghề nông thôn năm 2024")
    meta = extract_text(text).metadata
    assert (meta.issuer, meta.province) == ("Sở Nông nghiệp và Phát triển nông thôn Quảng Nam", "Quảng Nam")


@pytest.mark.parametrize(("lead_in", "items", "achieved"), [
    # every marked item of a list takes its lead-in's tense, not the first alone
    ("Trong năm 2023, Trung tâm đã thực hiện các nội dung sau:", ["1. Hỗ trợ 5 cơ sở ứng dụng máy móc thiết bị tiên tiến.",
     "2. Tổ chức 3 lớp đào tạo nghề cho 90 lao động.", "3. Hỗ trợ 10 cơ sở tham gia hội chợ."], [True, True, True, True]),
    ("Năm 2024, Trung tâm sẽ thực hiện các nội dung sau:", ["- Hỗ trợ 5 cơ sở.", "- Tổ chức 3 lớp.", "- Hỗ trợ 10 cơ sở."],
     [False, False, False]),
    # ... but an item's own tense word is the nearest for the items after it
    ("Năm 2024, Trung tâm sẽ thực hiện các nội dung sau:", ["- Hỗ trợ 5 cơ sở.", "- Đã tổ chức 3 lớp.", "- Hỗ trợ 10 cơ sở."],
     [False, True, False]),
    # ... and an item naming a year of its own has its own time
    ("Trong năm 2023, Trung tâm đã thực hiện các nội dung sau:", ["- Tổ chức 3 lớp đào tạo nghề.", "- Hỗ trợ 5 cơ sở.",
     "- 2 đề án chuyển sang năm 2024."], [True, True, False]),
    # a lead-in's "đã" of results named or of a phrase fronted before it, or a lead-in of tasks or a request: a plan
    ("Để tiếp tục phát huy những kết quả đã đạt được, năm 2024 Trung tâm tập trung thực hiện các nhiệm vụ sau:",
     ["1. Tổ chức 5 lớp đào tạo nghề.", "2. Hỗ trợ 10 cơ sở ứng dụng máy móc thiết bị.", "3. Tổ chức 2 hội chợ triển lãm."],
     [False, False, False]),
    ("Trên cơ sở kết quả đã đạt được năm 2023, Trung tâm đề ra nhiệm vụ năm 2024 như sau:", ["- Tổ chức 5 lớp.",
     "- Hỗ trợ 10 cơ sở."], [False, False]),
    ("Trung tâm đã đăng ký với Bộ Công Thương các đề án khuyến công quốc gia năm 2024 như sau:", ["- Hỗ trợ 10 cơ sở.",
     "- Tổ chức 2 hội chợ triển lãm."], [False, False]),
    # ... but tasks or a plan done are reported, and a ground fronted before the main clause is no plan
    ("Trong năm 2023, Trung tâm đã thực hiện các nhiệm vụ sau:", ["1. Hỗ trợ 10 cơ sở.", "2. Tổ chức 3 lớp đào tạo nghề."],
     [True, True]),
    ("Thực hiện Kế hoạch số 25/KH-UBND ngày 15/3/2023 của UBND tỉnh, năm 2023 Trung tâm đã triển khai các nội dung sau:",
     ["- Hỗ trợ 10 cơ sở.", "- Tổ chức 3 lớp."], [True, True]),
    ("Kết quả thực hiện nhiệm vụ khuyến công năm 2023 đã đạt được như sau:", ["- Hỗ trợ 10 cơ sở.", "- Tổ chức 3 lớp."],
     [True, True]),
    ("Năm 2023, Trung tâm triển khai thực hiện được các nội dung sau:", ["- Hỗ trợ 10 cơ sở.", "- Tổ chức 3 lớp."],
     [True, True]),
    # ... but results reached are reported: "đã đạt được những kết quả ... như:"
    ("Qua đó, hoạt động của đơn vị đã đạt được những kết quả cụ thể như:", ["- Hướng dẫn 31 cơ sở xây dựng đề án.",
     "- Tổ chức 2 lớp tập huấn."], [True, True]),
])
def test_a_lists_items_take_the_tense_of_its_lead_in(lead_in, items, achieved):
    doc = extract_text("\n".join([lead_in, *items]))
    assert [t.achieved for t in doc.targets] == achieved


def test_a_lists_items_take_the_source_its_lead_in_names():
    doc = extract_text("Năm 2023, từ nguồn kinh phí khuyến công địa phương, Trung tâm đã triển khai các đề án sau:\n"
                       "- Hỗ trợ cơ sở A ứng dụng máy sấy, kinh phí 200 triệu đồng.\n"
                       "- Hỗ trợ cơ sở B ứng dụng máy nghiền, kinh phí 150 triệu đồng.")
    assert [(b.amount_vnd, b.funding_source, b.achieved) for b in doc.budget] == [
        (200_000_000, "địa phương", True), (150_000_000, "địa phương", True)]
    # ... not two sources it names together
    doc = extract_text("Tổng kinh phí 5 tỷ đồng, từ nguồn khuyến công quốc gia và địa phương, gồm:\n"
                       "- Hỗ trợ cơ sở A, kinh phí 200 triệu đồng.\n- Hỗ trợ cơ sở B, kinh phí 150 triệu đồng.")
    assert [b.funding_source for b in doc.budget] == [None, None, None]


@pytest.mark.parametrize(("cue", "source"), [("khuyến công (KC) địa phương", "địa phương"),
                                             ("khuyến công (KC) quốc gia", "quốc gia")])
def test_a_source_with_its_abbreviation_in_brackets(cue, source):
    # "... từ nguồn kinh phí từ chương trình khuyến công (KC) địa phương"
    assert [b.funding_source for b in extract_text(f"Kinh phí {cue} năm 2024 là 3 tỷ đồng.").budget] == [source]


@pytest.mark.parametrize(("text", "achieved"), [
    # counts and amounts listed after "trong đó" within a sentence take their own words of work done or not
    ("Năm 2021, Trung tâm đã thực hiện 16 đề án, trong đó 14 đề án đã nghiệm thu và 2 đề án chưa nghiệm thu.",
     [(16, True), (14, True), (2, False)]),
    ("Năm 2023, Sở Công Thương đã tổ chức nghiệm thu 15 đề án khuyến công, trong đó 2 đề án không được nghiệm thu do "
     "không đạt yêu cầu.", [(15, True), (2, False)]),
    ("Năm 2021, tỉnh bố trí 3 tỷ đồng cho khuyến công, trong đó 2 tỷ đồng đã giải ngân và 1 tỷ đồng chưa giải ngân.",
     [(3000, False), (2000, True), (1000, False)]),
    ("Trong năm 2021, tỉnh bố trí 3 tỷ đồng cho khuyến công, trong đó 2 tỷ đồng đã giải ngân và 1 tỷ đồng chưa giải "
     "ngân.", [(3000, False), (2000, True), (1000, False)]),
])
def test_a_mid_sentence_lists_items_take_their_own_tense(text, achieved):
    doc = extract_text(text)
    found = [(t.value, t.achieved) for t in doc.targets] or [(b.amount_vnd / 1e6, b.achieved) for b in doc.budget]
    assert found == achieved


def test_a_part_right_after_trong_do_is_labelled_by_its_own_words_after_it():
    doc = extract_text("Năm 2021, tỉnh bố trí 3 tỷ đồng cho khuyến công, trong đó 2 tỷ đồng đã giải ngân và 1 tỷ đồng "
                       "chưa giải ngân.")
    assert [(b.label, b.part_of) for b in doc.budget] == [
        ("cho khuyến công", None), ("đã giải ngân", 0), ("chưa giải ngân", 0)]


@pytest.mark.parametrize("gap", ["\t", "    ", " | "])
def test_a_departments_header_in_two_columns_row_by_row(gap):
    # the left column's second line ("SỞ CÔNG THƯƠNG") on the motto's second line's row: the department issues
    text = (f"UBND TỈNH QUẢNG NAM{gap}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ CÔNG THƯƠNG{gap}Độc lập - Tự do - Hạnh "
            f"phúc\nSố: 15/KH-SCT{gap}Quảng Nam, ngày 10 tháng 01 năm 2023\n\nKẾ HOẠCH\nKhuyến công năm 2023\n\nI. MỤC "
            "TIÊU\nHỗ trợ 10 cơ sở.\n")
    meta = extract_text(text).metadata
    assert (meta.issuer, meta.province, meta.issued_date) == ("Sở Công Thương Quảng Nam", "Quảng Nam", dt.date(2023, 1, 10))


@pytest.mark.parametrize(("text", "found"), [
    # a part after "trong đó có" of one programme's count, the other programme's count after it: a part all the same,
    # and neither programme's count of the part's or a sibling's category
    ("Năm 2022, Trung tâm đã thực hiện 6 đề án khuyến công quốc gia, trong đó có 2 đề án hỗ trợ ứng dụng máy móc thiết "
     "bị, và 10 đề án khuyến công địa phương.",
     [(6, None, "other"), (2, 0, "demonstration_technology"), (10, None, "other")]),
    # Bình Thuận's 2018 report
    ("cụ thể đã tổ chức thực hiện hoàn thành 05 đề án khuyến công quốc gia;trong đó có 1 đề án hỗ trợ hạ tầng cụm công "
     "nghiệp, 05 đề án khuyến công địa phương và 02 nội dung chi khác với tổng kinh phí thực hiện 4,66 tỷ đồng.",
     [(5, None, "other"), (1, 0, "clusters_environment"), (5, None, "other")]),
    ("Năm 2022, Trung tâm đã tổ chức 4 lớp đào tạo nghề, 6 đề án khuyến công địa phương và 2 hội chợ.",
     [(4, None, "training"), (6, None, "other"), (2, None, "rural_products")]),
    # ... but a programme's count whose projects are all named takes their category
    ("Năm 2017, Trung tâm triển khai thực hiện 22 đề án khuyến công địa phương (1 đề án xây dựng mô hình trình diễn kỹ "
     "thuật và 21 đề án ứng dụng máy móc, thiết bị tiên tiến vào sản xuất).",
     [(22, None, "demonstration_technology"), (1, 0, "demonstration_technology"), (21, 0, "demonstration_technology")]),
])
def test_the_counts_of_two_programmes(text, found):
    assert [(t.value, t.part_of, t.category) for t in extract_text(text).targets] == found


@pytest.mark.parametrize("opening", ["Cụ thể:", "Cụ thể,", "Chia theo nhóm sản phẩm:"])
def test_a_breakdown_opening_its_paragraph_takes_the_tense_before(opening):
    # Vĩnh Long's page on the products of 2017 ("... vừa công bố 102 sản phẩm ..." / "Chia theo nhóm sản phẩm: ...")
    doc = extract_text("Hội đồng Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia năm 2017 vừa công bố 102 "
                       "sản phẩm được công nhận là sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia.\n"
                       f"{opening} có 19 sản phẩm thủ công mỹ nghệ, 42 sản phẩm chế biến nông, lâm, thủy sản và 41 sản "
                       "phẩm khác.\n")
    assert [(t.value, t.achieved) for t in doc.targets] == [(102, True), (19, True), (42, True), (41, True)]


@pytest.mark.parametrize("owner", ["vốn của công ty", "vốn của chủ cơ sở"])
def test_the_beneficiarys_own_capital(owner):
    doc = extract_text(f"Tổng kinh phí thực hiện đề án 500 triệu đồng, trong đó {owner} là 300 triệu đồng, kinh phí "
                       "khuyến công hỗ trợ 200 triệu đồng.")
    assert [(b.amount_vnd, b.funding_source) for b in doc.budget][1] == (300_000_000, "đối ứng")


@pytest.mark.parametrize("change", [
    # a count of change written otherwise than "tăng N ... so với": a detail of the count before it, no count of its own
    "nhiều hơn 7 đề án so với năm 2021", "so với năm 2021 tăng 7 đề án", "tăng 7 đề án so với năm 2021"])
def test_a_count_of_change_is_a_detail_of_its_count(change):
    doc = extract_text(f"Năm 2022, tỉnh đã thực hiện 23 đề án khuyến công, {change}.")
    assert [(t.value, t.part_of) for t in doc.targets] == [(23, None), (7, 0)]


@pytest.mark.parametrize("lede", [
    # the venue after a national body's event is no province of the report ("... tổ chức Hội nghị ... tại tỉnh X")
    "Cục Công Thương địa phương vừa tổ chức Hội nghị Khuyến công các tỉnh khu vực miền Trung - Tây Nguyên tại tỉnh Đắk "
    "Nông.",
    "Ngày 26/10, Bộ Công Thương tổ chức Hội nghị Khuyến công các tỉnh khu vực miền Trung - Tây Nguyên tại Đắk Nông.",
])
def test_the_venue_of_a_national_bodys_event_after_it(lede):
    text = f"Hội nghị khuyến công miền Trung - Tây Nguyên\n\n{lede} Năm 2023, các tỉnh đã hỗ trợ 300 cơ sở.\n"
    assert extract_text(text).metadata.province is None
    # ... but a province's own event is its
    text = ("Đắk Nông hỗ trợ 300 cơ sở\n\nNgày 26/10, Sở Công Thương tỉnh Đắk Nông tổ chức Hội nghị tổng kết tại thành "
            "phố Gia Nghĩa. Năm 2023, tỉnh đã hỗ trợ 300 cơ sở.\n")
    assert extract_text(text).metadata.province == "Đắk Nông"


def test_a_ledes_year_of_the_event_it_reports_held():
    text = ("Hội nghị khuyến công miền Trung - Tây Nguyên\n\nCục Công Thương địa phương vừa tổ chức Hội nghị Khuyến công "
            "các tỉnh khu vực miền Trung - Tây Nguyên lần thứ XIII năm 2023 tại tỉnh Đắk Nông.\n\nGiai đoạn 2019-2023, các "
            "tỉnh đã hỗ trợ 300 cơ sở.\n")  # a look back after the lede
    meta = extract_text(text).metadata
    assert (meta.period_start, meta.period_end, meta.province) == (2023, 2023, None)


@pytest.mark.parametrize("code", ["(VLO) ", "BHG- ", ""])
def test_a_ledes_year_after_a_papers_code(code):
    text = f"Vĩnh Long đẩy mạnh khuyến công\n\n{code}Năm 2023, hoạt động khuyến công sẽ triển khai 27 đề án trên địa bàn.\n"
    meta = extract_text(text).metadata
    assert (meta.period_start, meta.period_end) == (2023, 2023)


@pytest.mark.parametrize("gap", ["\n\n", " "])
def test_parts_adding_up_to_an_earlier_part_of_their_whole_are_its(gap):
    # the support money's breakdown after a split total, not the counterpart money's (it was, with its source)
    doc = extract_text("Năm 2023, tổng kinh phí thực hiện các đề án là 5 tỷ đồng, trong đó kinh phí khuyến công địa phương "
                       "hỗ trợ 2 tỷ đồng, vốn đối ứng của các cơ sở 3 tỷ đồng." + gap + "Trong đó, hỗ trợ ứng dụng máy "
                       "móc thiết bị 1,5 tỷ đồng; hỗ trợ đào tạo nghề 0,5 tỷ đồng.")
    assert [(b.amount_vnd // 10**8, b.part_of, b.funding_source) for b in doc.budget] == [
        (50, None, None), (20, 0, "địa phương"), (30, 0, "đối ứng"), (15, 1, "địa phương"), (5, 1, "địa phương")]
    assert not [w for w in doc.warnings if w.code == "budget_sum_mismatch"]


@pytest.mark.parametrize(("text", "found"), [
    # an example's amount or count, after "Điển hình (như)", "Chẳng hạn", "Ví dụ", "Đơn cử", is inside the total it
    # illustrates (Hà Tĩnh's 800 triệu of its 7,3 tỷ for machines were summed beside them)
    ("Trung tâm Khuyến công cũng hỗ trợ ứng dụng máy móc, thiết bị hiện đại vào sản xuất cho 47 cơ sở với tổng kinh phí "
     "lên tới hơn 7,3 tỷ đồng.\nĐiển hình như Hợp tác xã Dịch vụ Hải Hà (huyện Lộc Hà) đã nhận được 800 triệu đồng vốn "
     "hỗ trợ đầu tư máy móc hiện đại.\n", [(7300, None), (800, 0)]),
    ("Năm 2023, Trung tâm đã hỗ trợ 20 cơ sở với kinh phí 3 tỷ đồng. Chẳng hạn, Công ty A được hỗ trợ 500 triệu đồng để "
     "mua máy sấy.", [(3000, None), (500, 0)]),
])
def test_an_examples_amount_is_a_part_of_the_total_it_illustrates(text, found):
    assert [(b.amount_vnd // 10**6, b.part_of) for b in extract_text(text).budget] == found


def test_an_examples_count_is_a_part_and_a_projects_total_with_own_money_no_part():
    doc = extract_text("Năm 2023, Trung tâm đã hỗ trợ 20 cơ sở. Điển hình như 3 cơ sở chế biến chè đã đầu tư máy sao chè.")
    assert [(t.value, t.part_of) for t in doc.targets] == [(20, None), (3, 0)]
    # Vĩnh Phúc's example project: its total holds the beneficiary's money, so is no part of the support money and takes
    # no programme's source
    doc = extract_text(
        "Năm 2023, vốn khuyến công địa phương hỗ trợ cho 310 cơ sở sản xuất, doanh nghiệp với tổng vốn hỗ trợ 28,49 tỷ "
        "đồng.\nĐiển hình như, thực hiện kế hoạch khuyến công năm 2023, với tổng vốn thực hiện đề án \"Hỗ trợ vốn đầu tư "
        "máy móc thiết bị tiên tiến trong sản xuất gia công cơ khí\" là 808.500.000 đồng, trong đó: Vốn khuyến công hỗ "
        "trợ 235.000.000 đồng; Vốn của đơn vị thụ hưởng 573.500.000 đồng.")
    assert [(b.amount_vnd, b.part_of, b.funding_source) for b in doc.budget] == [
        (28_490_000_000, None, "địa phương"), (808_500_000, None, None), (235_000_000, 1, None),
        (573_500_000, 1, "đối ứng")]


@pytest.mark.parametrize("parent", [" – Sở Công Thương Bến Tre", " (Sở Công Thương Bến Tre)", " Bến Tre"])
def test_a_centre_named_with_its_department_is_given_its_task(parent):
    doc = extract_text(f"Theo đó, Bộ Công Thương giao Trung tâm Khuyến công và Tư vấn phát triển công nghiệp{parent} là "
                       "đơn vị thực hiện 01 đề án Khuyến công quốc gia điểm.")
    assert [(d.agency_id, d.role) for d in doc.duties] == [("trung_tam_khuyen_cong", "execute")]


def test_money_allotted_so_far_is_a_share_of_its_years_plan():
    # vietnam.vn on the national programme of 2024: the 45 tỷ allotted by 30 June out of the year's 130 tỷ, and the
    # headline's 45 tỷ with it (both were summed beside the 130)
    text = ("6 tháng, kinh phí khuyến công quốc gia được phân bổ 45 tỷ đồng\n\nTheo thông tin từ Cục Công Thương địa "
            "phương, năm 2024, tổng kế hoạch kinh phí khuyến công quốc gia được Bộ Công Thương phê duyệt tại Quyết định "
            "số 3396/QĐ-BCT là 130 tỷ đồng/106 đề án. Đến hết ngày 30/6/2024, kinh phí khuyến công quốc gia được phân bổ "
            "45 tỷ đồng.\n")
    doc = extract_text(text)
    assert [(b.amount_vnd // 10**9, b.part_of, b.restates) for b in doc.budget] == [(45, 1, None), (130, None, None),
                                                                                       (45, 1, 0)]
    assert not [w for w in doc.warnings if w.code == "budget_sum_mismatch"]
    # ... not of another source, nor of other years
    for other in ("Đến nay, kinh phí khuyến công địa phương đã giải ngân 3 tỷ đồng.",
                  "Đến nay, năm 2025 kinh phí khuyến công quốc gia đã giải ngân 3 tỷ đồng."):
        doc = extract_text("Năm 2024, kinh phí khuyến công quốc gia là 10 tỷ đồng. " + other)
        assert [b.part_of for b in doc.budget] == [None, None]


GIA_LAI_2024 = (
    "Năm 2024, Ủy ban nhân dân tỉnh Gia Lai phê duyệt kế hoạch khuyến công địa phương trên địa bàn tỉnh Gia Lai với tổng "
    "kinh phí thực hiện chương trình khuyến công địa phương năm 2024 là 4.068 triệu đồng cho 04 nội dung bao gồm 14 đề "
    "án; trong đó, kinh phí khuyến công địa phương hỗ trợ 2.178 triệu đồng, vốn đối ứng của các đơn vị thụ hưởng 1.890 "
    "triệu đồng.\n\nĐối với nội dung “Hỗ trợ ứng dụng máy móc thiết bị tiên tiến, chuyển giao công nghệ, tiến bộ khoa học "
    "kỹ thuật vào sản xuất công nghiệp – tiểu thủ công nghiệp” thực hiện 11 đề án của 8 huyện, thị xã, thành phố trên địa "
    "bàn tỉnh Gia Lai, với tổng kinh phí hỗ trợ 1.890 triệu đồng (đến nay: đã nghiệm thu 04 đề án, với KPKC hỗ trợ 710 "
    "triệu đồng).\n")


def test_an_activitys_paragraph_and_its_progress_so_far_are_parts_of_the_plan():
    # Gia Lai's plan of 2024 (Tạp chí Công Thương): the machines' 11 projects and 1.890 triệu are parts of the plan's 14
    # and 4.068 triệu, the 04 accepted so far and their 710 triệu parts of those (the money summed to 6.668 triệu)
    doc = extract_text(GIA_LAI_2024)
    assert [(t.value, t.part_of, t.achieved) for t in doc.targets] == [(14, None, False), (11, 0, False), (4, 1, True)]
    assert [(b.amount_vnd // 10**6, b.part_of) for b in doc.budget] == [
        (4068, None), (2178, 0), (1890, 0), (1890, 0), (710, 3)]
    assert not [w for w in doc.warnings if w.code == "budget_sum_mismatch"]  # a part singled out is no split's


def test_counts_agreed_to_as_proposed_repeat_the_proposal():
    # Bình Thuận's contest of 2022: the council agrees to the jury's proposal, the same 30 and 30 products
    doc = extract_text("Ban Giám khảo đã chấm điểm, đề xuất 30 sản phẩm đạt giải cấp tỉnh và 30 sản phẩm đăng ký tham gia "
                       "bình chọn cấp khu vực phía Nam để Hội đồng bình chọn xem xét.\nTại cuộc họp, các thành viên Hội "
                       "đồng bình chọn đã xem xét và thống nhất với đề xuất của Ban Giám khảo, đồng ý công nhận 30 sản phẩm "
                       "đạt giải cấp tỉnh và 30 sản phẩm đăng ký tham gia bình chọn cấp khu vực phía Nam.\n")
    assert [t.restates for t in doc.targets] == [None, None, 0, 1]


def test_the_sentence_going_on_with_a_singled_out_one_is_singled_out_too():
    # Điện Biên's 41 projects and 6 tỷ: the 2021 national money singled out, and the 200 triệu "Đồng thời" after it
    doc = extract_text(
        "Thời gian qua, ngành Công Thương đã triển khai 41 đề án hỗ trợ cho các cơ sở công nghiệp với kinh phí hơn 6 tỷ "
        "đồng.\nChỉ tính riêng năm 2021, từ nguồn khuyến công quốc gia, Trung tâm triển khai đề án hỗ trợ máy móc, kinh "
        "phí hỗ trợ 300 triệu đồng. Đồng thời tiếp tục triển khai Đề án xây dựng mô hình NICE HOUSE, kinh phí hỗ trợ 200 "
        "triệu đồng.\n")
    assert [(b.amount_vnd // 10**6, b.part_of) for b in doc.budget] == [(6000, None), (300, 0), (200, 0)]


def test_products_a_jury_scores_are_a_contests():
    # Thái Nguyên's contest of 2023: the products scored, their makers and the groups
    doc = extract_text("Tại cuộc họp, Ban Giám khảo đã xem xét hồ sơ, hình ảnh, trao đổi, thảo luận và chấm điểm 43 sản "
                       "phẩm, của 35 cơ sở công nghiệp nông thôn. Trong đó có 5 sản phẩm thuộc nhóm thủ công mỹ nghệ; 36 "
                       "sản phẩm thuộc nhóm chế biến nông sản; 2 sản phẩm thuộc nhóm khác.")
    assert {t.category for t in doc.targets} == {"rural_products"}
    # ... not projects scored for selection
    doc = extract_text("Năm 2023, Sở Công Thương đã tổ chức chấm điểm 25 đề án khuyến công địa phương đăng ký thực hiện năm "
                       "2024.")
    assert [t.category for t in doc.targets] == ["other"]


@pytest.mark.parametrize(("text", "title"), [
    # a short subject after "về", then the sentence's verb of what the decree says
    ("Nghị định 45/2012/NĐ-CP về khuyến công quy định các chính sách khuyến khích, hỗ trợ tổ chức, cá nhân tham gia phát "
     "triển sản xuất công nghiệp nông thôn.", "khuyến công"),
    ("Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ về khuyến công quy định rõ các nội dung hỗ trợ.",
     "khuyến công"),
    # ... not a title's own "quy định" after "về việc" or a verb of enacting
    ("Căn cứ Nghị quyết số 20/2017/NQ-HĐND ngày 12/7/2017 của HĐND tỉnh về ban hành quy định nội dung, mức chi hỗ trợ cho "
     "các hoạt động khuyến công trên địa bàn tỉnh;",
     "ban hành quy định nội dung, mức chi hỗ trợ cho các hoạt động khuyến công trên địa bàn tỉnh"),
    ("Căn cứ Thông tư số 46/2012/TT-BCT ngày 28/12/2012 của Bộ Công Thương về việc quy định chi tiết một số nội dung của "
     "Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ về khuyến công;",
     "quy định chi tiết một số nội dung của Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ về khuyến công"),
])
def test_a_citations_short_subject_before_what_it_says(text, title):
    assert extract_text(text).citations[0].title == title


def test_a_text_views_page_number_before_a_flattened_header_is_no_section():
    # tailieu.vn's text view of Bến Tre's programme 1231/CTr-SCT: "1." numbers its page, not a section
    doc = extract_text("Nội dung Text: Chương trình 1231/CTr-SCT năm 2013\n\n  1. UBND TỈNH BẾN TRE CỘNG HÒA XÃ HỘI CHỦ "
                       "NGHĨA VIỆT NAM SỞ CÔNG THƯƠNG Độc lập - Tự do - Hạnh phúc ------- --------------- Số: 1231/CTr-SCT "
                       "Bến Tre, ngày 24 tháng 09 năm 2013 CHƯƠNG TRÌNH KHUYẾN CÔNG TRÊN ĐỊA BÀN TỈNH BẾN TRE GIAI ĐOẠN "
                       "2014-2015 Phần mở đầu. Hỗ trợ 10 cơ sở.")
    assert [s.id for s in doc.sections] == []
    assert (doc.metadata.issuer, doc.metadata.number) == ("Sở Công Thương Bến Tre", "1231/CTr-SCT")


@pytest.mark.parametrize(("text", "achieved"), [
    # after a mid-sentence "trong đó", a part's state is no work not done
    ("Đến nay, toàn tỉnh có 1.200 cơ sở CNNT, trong đó 350 cơ sở đang sản xuất ổn định.", [True, True]),
    ("Năm 2023, Trung tâm đã hỗ trợ 15 cơ sở, trong đó 5 cơ sở không phải đối ứng vốn.", [True, True]),
    ("Năm 2023 đã hỗ trợ 20 cơ sở, trong đó 5 cơ sở chưa từng được hỗ trợ và 15 cơ sở đã được hỗ trợ ở các năm trước.",
     [True, True, True]),
    # ... nor does the list reach past its items
    ("Năm 2023, Trung tâm đã tổ chức 3 hội chợ, trong đó có 1 hội chợ cấp khu vực, thu hút 200 gian hàng, 150 doanh nghiệp "
     "đang sản xuất kinh doanh sản phẩm CNNT tham gia.", [True, True, True, True]),
    # a goal's or a plan's parts are not done for a state's "đã" of their own
    ("Phấn đấu năm 2025 có 40 sản phẩm được công nhận, trong đó 10 sản phẩm cấp khu vực và 30 sản phẩm cấp tỉnh đã đăng ký "
     "dự thi.", [False, False, False]),
    ("Kế hoạch năm 2024 hỗ trợ 10 cơ sở, trong đó 4 cơ sở đã đăng ký.", [False, False]),
])
def test_a_mid_sentence_lists_states_and_a_plans_parts(text, achieved):
    assert [t.achieved for t in extract_text(text).targets] == achieved


def test_a_lists_source_is_its_supports_not_a_projects_cost_nor_another_givers():
    doc = extract_text("Năm 2023, từ nguồn kinh phí khuyến công địa phương, Trung tâm đã triển khai các đề án sau:\n"
                       "- Hỗ trợ cơ sở A ứng dụng máy sấy, kinh phí thực hiện 1 tỷ đồng, khuyến công hỗ trợ 300 triệu đồng.\n"
                       "- Hỗ trợ cơ sở B ứng dụng máy cắt, giá trị máy 800 triệu đồng, hỗ trợ 200 triệu đồng.\n"
                       "- Tổ chức Hội chợ tại huyện C, kinh phí do Bộ Công Thương hỗ trợ 500 triệu đồng.\n")
    assert [(b.amount_vnd // 10**6, b.funding_source) for b in doc.budget] == [
        (1000, None), (300, "địa phương"), (800, None), (200, "địa phương"), (500, None)]
    # "ngoài" (apart from) the programme named: the list is of other money
    doc = extract_text("Năm 2023, ngoài các đề án từ nguồn khuyến công quốc gia, Trung tâm còn phối hợp triển khai các hoạt "
                       "động sau:\n- Tổ chức Hội chợ tại huyện C, kinh phí 500 triệu đồng.\n- Tổ chức 2 lớp đào tạo, kinh phí "
                       "50 triệu đồng.\n")
    assert [b.funding_source for b in doc.budget] == [None, None]


@pytest.mark.parametrize(("text", "achieved"), [
    # a colon carries the tense after "Cụ thể" alone, not after every connective
    ("Năm 2023, Trung tâm đã triển khai 15 đề án.\nTheo đó: năm 2024 bố trí 3 tỷ đồng cho 18 đề án.\n",
     [True, False, False]),
    # an estimate drawn up is no money spent
    ("Trung tâm đã xây dựng dự toán kinh phí năm 2024.\nCụ thể: hỗ trợ máy móc 2 tỷ đồng, đào tạo nghề 500 triệu đồng.\n",
     [False, False]),
])
def test_what_a_colon_connective_carries(text, achieved):
    doc = extract_text(text)
    assert [x.achieved for x in [*doc.targets, *doc.budget]] == achieved


@pytest.mark.parametrize("cell", ["SỐ: 15/KH-UBND", "V/V TRIỂN KHAI KẾ HOẠCH", "VĂN PHÒNG"])
def test_a_left_cell_between_the_mottos_lines_that_is_no_department(cell):
    text = (f"UBND TỈNH QUẢNG NAM    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{cell}    Độc lập - Tự do - Hạnh phúc\nQuảng Nam, "
            "ngày 10 tháng 01 năm 2023\n\nKẾ HOẠCH\nKhuyến công năm 2023\n\nI. MỤC TIÊU\nHỗ trợ 10 cơ sở.\n")
    meta = extract_text(text).metadata
    assert (meta.issuer, meta.province) == ("UBND tỉnh Quảng Nam", "Quảng Nam")


@pytest.mark.parametrize("title", ["Khuyến công tỉnh Nghệ An năm 2024",
                                   "Thực hiện Chương trình khuyến công trên địa bàn tỉnh Nghệ An năm 2024"])
def test_a_departments_province_from_its_title(title):
    text = ("SỞ CÔNG THƯƠNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 35/KH-SCT\n\nKẾ "
            f"HOẠCH\n{title}\n\nI. MỤC ĐÍCH\nHỗ trợ 10 cơ sở.\n")
    meta = extract_text(text).metadata
    assert (meta.issuer, meta.province) == ("Sở Công Thương Nghệ An", "Nghệ An")


def test_a_departments_province_is_no_venues():
    text = ("SỞ CÔNG THƯƠNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 35/KH-SCT\n\nKẾ "
            "HOẠCH\nTham gia Hội chợ Công nghiệp nông thôn tiêu biểu khu vực phía Nam năm 2024 tại tỉnh Lâm Đồng\n\nI. MỤC "
            "ĐÍCH\nGiới thiệu sản phẩm tại tỉnh Lâm Đồng. Hội chợ tổ chức tại thành phố Đà Lạt, tỉnh Lâm Đồng với 300 gian "
            "hàng.\n")
    meta = extract_text(text).metadata
    assert (meta.issuer, meta.province) == ("Sở Công Thương", None)


def test_near_misses_of_the_last_rules():
    # a strategy's horizon in a lede is no event's year
    meta = extract_text("Hội thảo phát triển công nghiệp nông thôn\n\nSở Công Thương Quảng Nam vừa tổ chức Hội thảo định "
                        "hướng phát triển công nghiệp nông thôn tỉnh Quảng Nam đến năm 2030.\n\nNăm 2023, tỉnh đã hỗ trợ 30 "
                        "cơ sở.\n").metadata
    assert (meta.period_start, meta.period_end) == (None, None)
    # classes of a programme are of their own activity
    doc = extract_text("Năm 2023 đã tổ chức 8 lớp đào tạo nghề cho 240 học viên: 3 lớp KCQG, 5 lớp KCĐP.")
    assert [t.category for t in doc.targets] == ["training"] * 4
    # an adverb "nhiều hơn" far before a count makes it no change
    doc = extract_text("Năm 2023, Trung tâm đã khảo sát 50 cơ sở, qua đó hỗ trợ nhiều hơn cho khu vực miền núi với 35 cơ sở "
                       "so với 20 cơ sở của năm 2022.")
    assert [t.part_of for t in doc.targets][:2] == [None, None]


@pytest.mark.parametrize(("body", "name", "issuer"), [
    # the left cell between the motto's two lines going on with the body's name above it
    ("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NAM", "UBND tỉnh Quảng Nam"),
    ("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI", "UBND thành phố Hà Nội"),
    ("HỘI ĐỒNG NHÂN DÂN", "TỈNH QUẢNG NAM", "HĐND tỉnh Quảng Nam"),
    ("ỦY BAN NHÂN DÂN", "HUYỆN ĐẠI LỘC", "UBND huyện Đại Lộc"),
])
def test_a_bodys_name_in_two_columns_row_by_row(body, name, issuer):
    text = (f"{body}    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{name}    Độc lập - Tự do - Hạnh phúc\nSố: 15/KH-UBND    Quảng "
            "Nam, ngày 10 tháng 01 năm 2023\n\nKẾ HOẠCH\nKhuyến công năm 2023\n\nI. MỤC TIÊU\nHỗ trợ 10 cơ sở.\n")
    assert extract_text(text).metadata.issuer == issuer


@pytest.mark.parametrize("after", [
    # no part of a singled-out amount's whole: the other programme's paragraph, next year's plan, money besides it, the
    # beneficiaries' own money, an example's own money
    "\nĐối với hoạt động khuyến công quốc gia: Trung tâm đã thực hiện 6 đề án với kinh phí 2.400 triệu đồng.",
    " Ngoài ra, tỉnh còn được Bộ Công Thương hỗ trợ 1,5 tỷ đồng từ nguồn khuyến công quốc gia.",
    " Bên cạnh đó, các cơ sở đã đối ứng 2 tỷ đồng để đầu tư máy móc thiết bị.",
    " Ví dụ, Công ty TNHH Minh Phát đã đầu tư 2 tỷ đồng vốn đối ứng để mua dây chuyền sản xuất gạch không nung.",
    "\nKế hoạch năm 2024:\nĐối với nội dung hỗ trợ máy móc thiết bị: dự kiến thực hiện 10 đề án, kinh phí 2.000 triệu đồng.",
])
def test_near_misses_of_singled_out_parts(after):
    doc = extract_text("Giai đoạn 2021-2023, tổng kinh phí khuyến công địa phương đã thực hiện là 6 tỷ đồng. Chỉ tính riêng "
                       "năm 2023, Trung tâm đã hỗ trợ 5 cơ sở với kinh phí 800 triệu đồng." + after)
    assert doc.budget[-1].part_of is None


def test_a_lists_source_reaches_its_items_whatever_their_words_for_the_money():
    doc = extract_text("Năm 2023, từ nguồn kinh phí khuyến công địa phương, Trung tâm đã triển khai các đề án sau:\n"
                       "- Hỗ trợ Cơ sở Minh Phát ứng dụng máy sấy nông sản, kinh phí khuyến công 200 triệu đồng.\n"
                       "- Hỗ trợ Cơ sở B (150 triệu đồng).\n"
                       "- Hỗ trợ Cơ sở C, tổng kinh phí 600 triệu đồng, trong đó kinh phí khuyến công 150 triệu đồng, vốn đối "
                       "ứng của cơ sở 450 triệu đồng.\n")
    assert [(b.amount_vnd // 10**6, b.funding_source) for b in doc.budget] == [
        (200, "địa phương"), (150, "địa phương"), (600, None), (150, "địa phương"), (450, "đối ứng")]


@pytest.mark.parametrize(("text", "achieved"), [
    # a colon after any connective carries the tense, but into a later year's plan
    ("Năm 2023, Trung tâm đã triển khai hiệu quả các hoạt động khuyến công.\nBên cạnh đó: hỗ trợ 10 cơ sở ứng dụng máy "
     "móc, tổ chức 3 lớp đào tạo nghề.\n", [True, True]),
    ("Năm 2023, Trung tâm đã hỗ trợ 20 cơ sở.\nNgoài ra, năm 2024 hỗ trợ thêm 5 cơ sở.\n", [True, False]),
    # "lập kế hoạch và tổ chức": the second verb reports work done
    ("Năm 2023, Trung tâm đã lập kế hoạch và tổ chức thành công 3 hội chợ với 200 gian hàng.", [True, True]),
])
def test_connectives_carry_but_into_a_later_years_plan(text, achieved):
    assert [t.achieved for t in extract_text(text).targets] == achieved


def test_near_misses_of_shares_so_far_and_approved_proposals():
    # the split of a share so far stays its own
    doc = extract_text("Năm 2024, Trung tâm thực hiện 11 đề án với tổng kinh phí 1.890 triệu đồng (đến nay: đã giải ngân "
                       "710 triệu đồng, trong đó khuyến công quốc gia 400 triệu đồng, khuyến công địa phương 310 triệu đồng).")
    assert [b.part_of for b in doc.budget] == [None, 0, 1, 1]
    # money reported spent over a closed period is no plan a later share is of
    doc = extract_text("Giai đoạn 2016-2020, kinh phí khuyến công địa phương đã thực hiện là 20 tỷ đồng. Tính đến nay, kinh "
                       "phí khuyến công địa phương đã giải ngân 4 tỷ đồng cho 30 đề án.")
    assert [b.part_of for b in doc.budget] == [None, None]
    # a count agreed to repeats a proposed one only
    doc = extract_text("Năm 2023, Trung tâm đã hỗ trợ 10 cơ sở ứng dụng máy móc thiết bị. Năm 2024, UBND tỉnh thống nhất "
                       "với đề xuất của Sở Công Thương, đồng ý hỗ trợ 10 cơ sở ứng dụng máy móc thiết bị với kinh phí 2 tỷ "
                       "đồng.")
    assert [t.restates for t in doc.targets] == [None, None]


def test_the_beneficiaries_split_stays_under_their_money():
    # a loan and own capital adding up to the support money by chance stay the counterpart money's parts
    doc = extract_text("Năm 2023, tổng kinh phí thực hiện các đề án khuyến công là 5 tỷ đồng, trong đó kinh phí khuyến công "
                       "địa phương hỗ trợ 2 tỷ đồng, vốn đối ứng của các cơ sở 3 tỷ đồng. Trong đó, các cơ sở vay vốn ngân "
                       "hàng 1,5 tỷ đồng; vốn tự có 0,5 tỷ đồng.")
    assert [b.part_of for b in doc.budget] == [None, 0, 0, 2, 2]


def test_a_lists_source_reaches_the_programmes_capital_not_a_loan():
    doc = extract_text("Năm 2023, từ nguồn kinh phí khuyến công địa phương, Trung tâm đã triển khai các đề án sau:\n"
                       "- Hỗ trợ cơ sở A ứng dụng máy sấy, vốn khuyến công hỗ trợ 200 triệu đồng.\n"
                       "- Hỗ trợ cơ sở B, vốn vay 300 triệu đồng.\n")
    assert [b.funding_source for b in doc.budget] == ["địa phương", None]


@pytest.mark.parametrize("rest", ["còn 6 đề án chưa nghiệm thu", "riêng 6 đề án chưa nghiệm thu",
                                  "còn lại 6 đề án sẽ nghiệm thu trong năm 2024"])
def test_a_listed_count_after_con_or_rieng_takes_its_own_tense(rest):
    doc = extract_text(f"Năm 2023, Trung tâm đã triển khai 20 đề án, trong đó có 14 đề án đã nghiệm thu, {rest}.")
    assert [(t.value, t.achieved) for t in doc.targets] == [(20, True), (14, True), (6, False)]
