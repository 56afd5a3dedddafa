"""Findings left by earlier audits and probes of the rules' own mends: each a passage a rule read wrong, rebuilt from
the text it came from."""

import pytest

from khuyencong_extract.pipeline import extract_text

_DECISION = ("QUYẾT ĐỊNH\nPhê duyệt Chương trình khuyến công tỉnh Nam Định giai đoạn 2021-2025\n\n"
             "Điều 1. Phê duyệt Chương trình.\nĐiều 2. Tổ chức thực hiện\n{duties}\n")
_REPORT = "BÁO CÁO\nKết quả thực hiện khuyến công năm 2023\n\nI. KẾT QUẢ\nNăm 2023 đã hỗ trợ 10 cơ sở.\n{rest}\n"


def duties_of(text: str) -> list[tuple[str | None, str]]:
    return [(duty.agency_id, duty.text) for duty in extract_text(text).duties]


@pytest.mark.parametrize("heading", ["II. TỒN TẠI", "II. Tồn tại", "II. NHỮNG VIỆC CHƯA LÀM ĐƯỢC"])
def test_a_heading_ending_with_a_compound_is_no_wrapped_line(heading):
    # "tại" is a word a wrapped line may end with, but not as the second syllable of "tồn tại"
    text = _REPORT.format(rest=f"{heading}\nMột số đề án chậm tiến độ do thiếu vốn.\nIII. KIẾN NGHỊ\nBổ sung kinh phí.")
    headings = [section.heading for section in extract_text(text).sections]
    assert headings == ["KẾT QUẢ", heading[4:], "KIẾN NGHỊ"]


@pytest.mark.parametrize(("heading", "end"), [("II. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG CỦA", "Chương trình khuyến công"),
                                               ("II. NỘI DUNG VÀ", "Kinh phí thực hiện")])
def test_a_heading_in_capitals_ending_with_a_function_word_goes_on_in_sentence_case(heading, end):
    text = _REPORT.format(rest=f"{heading}\n{end}\nNăm 2023 đã hỗ trợ 12 cơ sở.")
    assert [section.heading for section in extract_text(text).sections][1] == f"{heading[4:]} {end}"


def test_a_heading_in_capitals_wrapped_onto_a_second_line_in_capitals_is_one():
    text = _REPORT.format(rest="II. NHỮNG TỒN TẠI, HẠN CHẾ VÀ\nNGUYÊN NHÂN\nMột số đề án chậm tiến độ.")
    assert [section.heading for section in extract_text(text).sections][1] == "NHỮNG TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"


@pytest.mark.parametrize("dash", ["-", "–"])
def test_two_departments_named_with_a_dash_share_their_duty(dash):
    duty = "Tham mưu UBND tỉnh bố trí kinh phí thực hiện Chương trình."
    text = _DECISION.format(duties=f"1. Sở Công Thương: Chủ trì thực hiện.\n2. Sở Tài chính {dash} Sở Kế hoạch và Đầu "
                                   f"tư: {duty}")
    assert duties_of(text)[1:] == [("so_tai_chinh", duty), ("so_ke_hoach_dau_tu", duty)]


def test_a_centre_named_with_its_department_after_a_dash_is_one_body():
    text = _DECISION.format(duties="1. Sở Công Thương: Chủ trì thực hiện.\n2. Trung tâm Khuyến công - Sở Công Thương: "
                                   "Tổ chức các lớp đào tạo nghề.")
    assert duties_of(text)[1:] == [("trung_tam_khuyen_cong", "Tổ chức các lớp đào tạo nghề.")]


@pytest.mark.parametrize(("text", "flagged"), [
    # a round figure of thousands of tỷ is flagged only when it adds up with unround ones of its sentence: a total and
    # its parts, whichever it is
    ("Tổng kinh phí 4.000 tỷ đồng, trong đó ngân sách tỉnh 1.759 tỷ đồng, vốn đối ứng 2.241 tỷ đồng.",
     ["4.000 tỷ đồng", "1.759 tỷ đồng", "2.241 tỷ đồng"]),
    # ... not beside an unround figure of something else
    ("Giai đoạn 2021-2025, tổng vốn đầu tư phát triển công nghiệp đạt 12.500 tỷ đồng, giá trị sản xuất công nghiệp nông "
     "thôn đạt 3.456 tỷ đồng.", []),
    ("Tổng kinh phí 12.500 tỷ đồng, trong đó ngân sách tỉnh 10.000 tỷ đồng, vốn đối ứng 2.500 tỷ đồng; giá trị tăng thêm "
     "1.234 tỷ đồng.", ["1.234 tỷ đồng"]),
])
def test_a_round_thousands_of_ty_is_flagged_when_it_adds_up_with_unround_ones(text, flagged):
    warnings = [w for w in extract_text(text).warnings if w.code == "ambiguous_number"]
    assert [text[start:end] for start, end in (w.span for w in warnings)] == flagged


@pytest.mark.parametrize("change", ["nhiều hơn năm 2022 là 24 sản phẩm", "tăng so với cùng kỳ năm trước 24 sản phẩm",
                                    "ít hơn giai đoạn 2016-2020 là 24 sản phẩm", "tăng 24 sản phẩm so với năm 2022"])
def test_a_change_over_an_earlier_time_named_before_its_count_is_a_detail(change):
    targets = extract_text(f"Năm 2023, toàn tỉnh có 120 sản phẩm OCOP, {change}.").targets
    assert [(t.value, t.part_of) for t in targets] == [(120, None), (24, 0)]


def test_a_count_of_a_year_named_after_a_raise_is_no_change():
    targets = extract_text("Năm 2023, toàn tỉnh có 120 sản phẩm OCOP, phấn đấu tăng năm 2024 lên 150 sản phẩm.").targets
    assert [(t.value, t.part_of) for t in targets][1] == (150, None)


@pytest.mark.parametrize("local", ["Kinh phí khuyến công địa phương năm 2023 là 1.800 triệu đồng.",
                                   "Đối với hoạt động khuyến công địa phương, năm 2023 tỉnh bố trí 1.800 triệu đồng."])
def test_the_other_programmes_money_is_no_part_of_a_programmes_total(local):
    budget = extract_text(f"Tổng kinh phí khuyến công quốc gia năm 2023 là 2.500 triệu đồng.\n{local}\n").budget
    assert [(b.funding_source, b.part_of) for b in budget] == [("quốc gia", None), ("địa phương", None)]


def test_a_total_split_by_programme_after_trong_do_keeps_its_parts():
    budget = extract_text("Tổng kinh phí khuyến công địa phương giai đoạn 2016-2020 là 24,235 tỷ đồng. Trong đó: kinh phí "
                          "khuyến công quốc gia hỗ trợ 10,365 tỷ đồng, kinh phí khuyến công địa phương hỗ trợ 13,870 tỷ "
                          "đồng.").budget
    assert [b.part_of for b in budget] == [None, 0, 0]


@pytest.mark.parametrize("centre", ["Trung tâm Xúc tiến thương mại", "Trung tâm Xúc tiến thương mại - Sở Công Thương"])
def test_a_departments_trade_promotion_centre_is_a_registry_body(centre):
    text = _DECISION.format(duties=f"1. Sở Công Thương: Chủ trì thực hiện.\n2. {centre}: Phối hợp tổ chức hội chợ.")
    assert duties_of(text)[1:] == [("trung_tam_xuc_tien_thuong_mai", "Phối hợp tổ chức hội chợ.")]


@pytest.mark.parametrize(("text", "achieved"), [
    # a goal's parts are planned, the one after a sibling's own "đã" too
    ("Phấn đấu năm 2024 có 40 sản phẩm tham gia bình chọn, trong đó 30 sản phẩm cấp tỉnh đã đăng ký dự thi, 10 sản phẩm "
     "mới.", [False, False, False]),
    ("Kế hoạch năm 2024 hỗ trợ 20 cơ sở, trong đó 12 cơ sở đã đăng ký, 8 cơ sở mới.", [False, False, False]),
    # ... but a plan's word that work done follows is no goal (Bình Thuận, 2018)
    ("Trung tâm đã tập trung xây dựng kế hoạch và triển khai thực hiện chương trình; cụ thể đã tổ chức thực hiện hoàn "
     "thành 05 đề án khuyến công quốc gia, trong đó có 1 đề án hỗ trợ hạ tầng cụm công nghiệp.", [True, True]),
])
def test_the_parts_of_a_goal_are_planned(text, achieved):
    assert [t.achieved for t in extract_text(text).targets] == achieved


@pytest.mark.parametrize(("lede", "period"), [
    # the event's year, the next year's plan joined to it, over a look back after it
    ("Sở Công Thương Quảng Nam vừa tổ chức Hội nghị tổng kết công tác khuyến công năm 2023 và triển khai kế hoạch năm "
     "2024.", (2023, 2024)),
    ("Sở Công Thương Quảng Nam vừa tổ chức Hội nghị tổng kết công tác khuyến công năm 2023.", (2023, 2023)),
    # ... but a lede naming another year is no event's alone
    ("Sở Công Thương Quảng Nam vừa tổ chức Hội nghị tổng kết công tác khuyến công năm 2023 và năm 2022.", (2021, 2023)),
])
def test_a_news_ledes_event_year_and_the_next_years_plan_joined_to_it(lede, period):
    meta = extract_text(f"Hội nghị khuyến công\n\n{lede}\n\nGiai đoạn 2021-2023, tỉnh đã hỗ trợ 300 cơ sở.\n").metadata
    assert (meta.period_start, meta.period_end) == period


@pytest.mark.parametrize("speaker", ["Ông Luông", "Đồng chí Nguyễn Văn Luông - Phó Giám đốc Sở Công Thương",
                                     "Theo ông Nguyễn Văn Luông, Phó Giám đốc Sở Công Thương, ông"])
def test_a_duty_a_speaker_reports_after_a_title_of_any_length(speaker):
    # Sóc Trăng (baomoi), 2022: the speaker's full title before "cho biết," put the committee's "giao" out of reach
    text = (f"Hội nghị khuyến công Sóc Trăng\n\nSÓC TRĂNG - Ngày 10/5/2022, Sở Công Thương tổ chức hội nghị triển khai kế "
            f"hoạch khuyến công.\n\n{speaker} cho biết, trong Kế hoạch số 137-KH/UBND, UBND tỉnh giao trách nhiệm cho Sở "
            f"Công Thương chủ trì, phối hợp với các sở, ngành có liên quan và địa phương triển khai thực hiện kế hoạch.\n")
    assert [(d.agency_id, d.role) for d in extract_text(text).duties] == [("so_cong_thuong", "lead")]


@pytest.mark.parametrize(("opening", "duties"), [
    # a committee giving a task after an opening clause of any length
    ("Theo ông Nguyễn Văn Luông, Phó Giám đốc Sở Công Thương, UBND tỉnh giao", [("so_cong_thuong", "lead")]),
    ("Theo đề nghị của Sở Công Thương tại Tờ trình số 123/TTr-SCT ngày 05/5/2022, UBND tỉnh giao",
     [("so_cong_thuong", "lead")]),
])
def test_a_committee_giving_a_task_after_a_long_opening(opening, duties):
    text = (f"Hội nghị khuyến công Sóc Trăng\n\nSÓC TRĂNG - Ngày 10/5/2022, Sở Công Thương tổ chức hội nghị triển khai kế "
            f"hoạch khuyến công.\n\n{opening} Sở Công Thương chủ trì triển khai kế hoạch.\n")
    assert [(d.agency_id, d.role) for d in extract_text(text).duties] == duties


@pytest.mark.parametrize(("before", "line", "achieved"), [
    # a year of a document's number or of a date sets no bound on the year of the line a connective opens
    ("Sau 10 năm thực hiện Nghị định số 45/2012/NĐ-CP, hoạt động khuyến công của tỉnh đã đạt nhiều kết quả quan trọng.",
     "Cụ thể, trong năm 2023, Trung tâm hỗ trợ 15 cơ sở ứng dụng máy móc thiết bị.", True),
    ("Thực hiện Quyết định số 1881/QĐ-TTg ngày 13/11/2020 của Thủ tướng Chính phủ, Trung tâm đã triển khai hiệu quả các "
     "hoạt động khuyến công.", "Bên cạnh đó, năm 2023 hỗ trợ 15 cơ sở ứng dụng máy móc thiết bị.", True),
    ("Ngày 15/01/2022, UBND tỉnh ban hành Kế hoạch số 10/KH-UBND; Trung tâm đã triển khai thực hiện nghiêm túc.",
     "Cụ thể, năm 2023 hỗ trợ 15 cơ sở ứng dụng máy móc thiết bị.", True),
    # ... but a colon after a connective other than "Cụ thể" carries into no year later than the report's
    ("Báo cáo kết quả khuyến công năm 2023\nTrung tâm đã triển khai hiệu quả các đề án khuyến công.", "Ngoài ra: năm 2024 "
     "hỗ trợ 10 cơ sở ứng dụng máy móc.", False),
    ("Báo cáo kết quả khuyến công năm 2023\nTrung tâm đã triển khai hiệu quả các đề án khuyến công.", "Ngoài ra: năm 2023 "
     "hỗ trợ 10 cơ sở ứng dụng máy móc.", True),
    # ... nor does a later year the line names on the way, not as its time
    ("Năm 2023, Trung tâm đã triển khai thực hiện 12 đề án khuyến công địa phương.", "Cụ thể, trong năm 2023 hỗ trợ 8 cơ "
     "sở ứng dụng máy móc thiết bị; 2 đề án còn lại chuyển sang năm 2024.", True),
    ("Năm 2023, Trung tâm đã triển khai 15 đề án khuyến công.", "Theo đó: UBND tỉnh giao Trung tâm chủ trì thực hiện trong "
     "năm 2024 hỗ trợ 10 cơ sở ứng dụng máy móc.", False),
    ("Năm 2023, Trung tâm đã triển khai 15 đề án khuyến công.", "Đồng thời: hỗ trợ 10 cơ sở ứng dụng máy móc thiết bị.",
     True),
])
def test_a_connectives_line_and_the_years_of_the_line_before(before, line, achieved):
    assert extract_text(f"{before}\n{line}\n").targets[-1].achieved is achieved


@pytest.mark.parametrize(("text", "achieved"), [
    # making a plan is no work done: what it plans is planned
    ("Năm 2023, Trung tâm đã lập kế hoạch tổ chức 3 hội chợ với 200 gian hàng.", [False, False]),
    ("Sở Công Thương đã lập kế hoạch triển khai 12 đề án khuyến công địa phương năm 2024.", [False]),
    ("Trung tâm đã xây dựng kế hoạch đào tạo nghề cho 300 lao động nông thôn.", [False]),
    # ... but a verb of work joined to it reports work done
    ("Năm 2023, Trung tâm đã lập kế hoạch và tổ chức thành công 3 hội chợ với 200 gian hàng.", [True, True]),
    ("Năm 2023, Trung tâm đã lập kế hoạch, tổ chức 5 lớp tập huấn cho 150 học viên.", [True, True]),
    ("Năm 2023, Trung tâm đã xây dựng kế hoạch và triển khai 8 đề án khuyến công.", [True]),
])
def test_a_plan_made_is_planned_unless_work_is_joined_to_it(text, achieved):
    assert [t.achieved for t in extract_text(text).targets] == achieved


def test_a_plan_made_plans_its_money():
    budget = extract_text("Sở Công Thương đã lập kế hoạch triển khai 12 đề án khuyến công địa phương năm 2024 với tổng "
                          "kinh phí 3 tỷ đồng.").budget
    assert [b.achieved for b in budget] == [False]


@pytest.mark.parametrize("text", [
    # a plan states its tense once: a part singled out of a planned whole needs no plan word of its own
    "Năm 2024, tổng kinh phí khuyến công dự kiến là 5 tỷ đồng. Riêng kinh phí khuyến công quốc gia là 2 tỷ đồng.",
    "Kế hoạch năm 2024 sẽ hỗ trợ 20 cơ sở với tổng kinh phí 4 tỷ đồng. Riêng kinh phí hỗ trợ máy móc là 3 tỷ đồng.",
    "Năm 2024, kinh phí khuyến công địa phương là 5 tỷ đồng. Riêng hoạt động đào tạo nghề sẽ bố trí 600 triệu đồng.",
    # ... nor loses its whole for a plan word after its amount
    "Năm 2023, tổng kinh phí khuyến công thực hiện là 5 tỷ đồng. Riêng kinh phí khuyến công quốc gia đã giải ngân 2 tỷ "
    "đồng, dự kiến giải ngân hết trong quý I/2024.",
])
def test_a_singled_out_part_of_a_plan_stated_once(text):
    assert [b.part_of for b in extract_text(text).budget] == [None, 0]


def test_next_years_plan_is_no_part_of_last_years_spending():
    budget = extract_text("Năm 2023, Trung tâm đã giải ngân 5 tỷ đồng kinh phí khuyến công địa phương. Riêng năm 2024, tỉnh "
                          "dự kiến bố trí 2 tỷ đồng cho hoạt động đào tạo nghề.").budget
    assert [b.part_of for b in budget] == [None, None]


@pytest.mark.parametrize(("text", "parts"), [
    # an example's support is a part of the whole it illustrates, its counterpart money after it is not
    ("Năm 2023, kinh phí khuyến công là 3 tỷ đồng. Chẳng hạn, Hợp tác xã Hải Hà được hỗ trợ 500 triệu đồng, vốn đối ứng của "
     "hợp tác xã 1 tỷ đồng.", [None, 0, None]),
    # ... but a project's whole holding its own money is no part (Vĩnh Phúc, 2023)
    ("Năm 2023, vốn khuyến công địa phương hỗ trợ 28,49 tỷ đồng. Điển hình như, với tổng vốn thực hiện đề án là 808.500.000 "
     "đồng, trong đó: Vốn khuyến công hỗ trợ 235.000.000 đồng; Vốn của đơn vị thụ hưởng 573.500.000 đồng.",
     [None, None, 1, 1]),
    # a value or an addition heads an amount's own words, not a value its work raises nor a contract's cost
    ("Năm 2023, tổng kinh phí khuyến công địa phương là 3 tỷ đồng. Riêng đề án hỗ trợ nâng cao giá trị sản phẩm chè, kinh "
     "phí 400 triệu đồng.", [None, 0]),
    ("Năm 2023, tổng kinh phí khuyến công địa phương là 3 tỷ đồng. Riêng kinh phí tổ chức hội chợ, hợp đồng thuê gian hàng "
     "là 600 triệu đồng.", [None, 0]),
    ("Năm 2023, Trung tâm đã triển khai 20 đề án với tổng kinh phí 5 tỷ đồng. Ví dụ, đề án tại Công ty An Phú được hỗ trợ "
     "300 triệu đồng, giá trị máy móc 900 triệu đồng.", [None, 0, None]),
    # an activity's paragraph singles out its part, a programme's does not
    ("Năm 2023, tổng kinh phí khuyến công địa phương là 3 tỷ đồng. Đối với hoạt động đào tạo nghề: tổ chức 5 lớp, kinh phí "
     "300 triệu đồng.", [None, 0]),
    ("Năm 2023, từ nguồn khuyến công địa phương, Trung tâm đã thực hiện 10 đề án với kinh phí 3.000 triệu đồng.\nĐối với "
     "hoạt động khuyến công quốc gia: Trung tâm đã thực hiện 6 đề án với kinh phí 2.400 triệu đồng.", [None, None]),
])
def test_singled_out_parts_examples_and_activities(text, parts):
    assert [b.part_of for b in extract_text(text).budget] == parts


def test_a_share_so_far_of_more_disbursed():
    budget = extract_text("Năm 2024, kinh phí khuyến công địa phương được giao 5 tỷ đồng. Đến hết tháng 9/2024, kinh phí "
                          "khuyến công địa phương đã giải ngân thêm 1 tỷ đồng.").budget
    assert [b.part_of for b in budget] == [None, 0]


@pytest.mark.parametrize(("lead_in", "achieved"), [
    # a lead-in setting out tasks, targets or a request is no report of work done
    ("Năm 2024, Sở Công Thương đã xác định các nhiệm vụ trọng tâm như sau:", False),
    ("Tại Hội nghị, Sở Công Thương đã triển khai kế hoạch khuyến công năm 2024 với các chỉ tiêu như sau:", False),
    ("Trung tâm đã xây dựng và đăng ký với Bộ Công Thương các đề án khuyến công quốc gia năm 2024 như sau:", False),
    ("Trung tâm đã hoàn thiện hồ sơ đăng ký các đề án khuyến công năm 2024 như sau:", False),
    ("Sở Công Thương đã thống nhất với các huyện về nhiệm vụ khuyến công năm 2024 như sau:", False),
    ("Hội nghị đã thống nhất các chỉ tiêu năm 2024 như sau:", False),
    ("Năm 2024, để triển khai được các nhiệm vụ trên, Trung tâm tập trung thực hiện các nội dung sau:", False),
    # ... but tasks or a plan carried out are reported, and so are projects registered before
    ("Trong năm 2023, Trung tâm đã thực hiện các nhiệm vụ sau:", True),
    ("Năm 2023, Trung tâm đã hoàn thành 100% kế hoạch được giao, cụ thể như sau:", True),
    ("Năm 2023, Trung tâm đã triển khai thực hiện các đề án đã đăng ký với Bộ Công Thương, kết quả như sau:", True),
    ("Năm 2023, Trung tâm đã tổ chức thực hiện các nhiệm vụ được giao như sau:", True),
])
def test_a_lead_in_of_tasks_targets_or_requests(lead_in, achieved):
    text = f"{lead_in}\n- Hỗ trợ 15 cơ sở ứng dụng máy móc thiết bị.\n- Tổ chức 4 lớp đào tạo nghề.\n"
    assert [t.achieved for t in extract_text(text).targets if t.unit in ("cơ sở", "lớp")] == [achieved, achieved]


@pytest.mark.parametrize("whole", ["Nhiệm vụ năm 2024 là hỗ trợ 40 sản phẩm tham gia bình chọn",
                                   "Phương hướng năm 2024: hỗ trợ 40 sản phẩm tham gia bình chọn",
                                   "Năm 2024, Trung tâm đề xuất hỗ trợ 40 sản phẩm tham gia bình chọn"])
def test_the_parts_of_tasks_and_proposals_are_planned(whole):
    targets = extract_text(f"{whole}, trong đó 30 sản phẩm đã đăng ký dự thi.").targets
    assert [(t.value, t.achieved) for t in targets] == [(40, False), (30, False)]


def test_the_parts_of_tasks_carried_out_are_done():
    targets = extract_text("Năm 2023, Trung tâm đã thực hiện các nhiệm vụ được giao, hỗ trợ 40 cơ sở, trong đó 30 cơ sở "
                           "đã đưa máy móc vào sản xuất.").targets
    assert [(t.value, t.achieved) for t in targets] == [(40, True), (30, True)]


@pytest.mark.parametrize("parts", ["hỗ trợ vốn mua sắm máy móc thiết bị 1,5 tỷ đồng; hỗ trợ đào tạo nghề 0,5 tỷ đồng",
                                   "hỗ trợ lãi suất vốn vay 0,5 tỷ đồng; hỗ trợ ứng dụng máy móc thiết bị 1,5 tỷ đồng"])
def test_support_parts_naming_capital_stay_the_supports(parts):
    # parts adding up to the support money are its parts, whatever "vốn" their labels name
    budget = extract_text("Năm 2023, tổng kinh phí thực hiện các đề án khuyến công là 5 tỷ đồng, trong đó kinh phí khuyến "
                          "công địa phương hỗ trợ 2 tỷ đồng, vốn đối ứng của các cơ sở 3 tỷ đồng. Trong đó, "
                          f"{parts}.").budget
    assert [(b.funding_source, b.part_of) for b in budget[3:]] == [("địa phương", 1), ("địa phương", 1)]


_LIST = "Năm 2023, từ nguồn kinh phí khuyến công địa phương, Trung tâm đã triển khai các đề án sau:\n{items}\n"


@pytest.mark.parametrize(("item", "sources"), [
    # a list's source reaches the support of its items, not a loan, credit, capital raised or another giver's money
    ("- Hỗ trợ Công ty An Phú đầu tư dây chuyền may, kinh phí hỗ trợ 300 triệu đồng, vốn ngân hàng 1 tỷ đồng.",
     ["địa phương", None]),
    ("- Hỗ trợ Công ty An Phú đầu tư dây chuyền may 300 triệu đồng, vốn tín dụng ưu đãi 500 triệu đồng.",
     ["địa phương", None]),
    ("- Hỗ trợ 5 cơ sở mua máy móc 300 triệu đồng, các doanh nghiệp huy động vốn 2 tỷ đồng.", ["địa phương", None]),
    ("- Bộ Công Thương hỗ trợ Cơ sở Hòa Bình 300 triệu đồng.", [None]),
    # ... nor a cost or a value written with a capital
    ("- Hỗ trợ Cơ sở Minh Phát ứng dụng máy sấy nông sản. Kinh phí thực hiện 800 triệu đồng, trong đó kinh phí khuyến công "
     "200 triệu đồng.", [None, "địa phương"]),
    ("- Hỗ trợ Cơ sở Minh Phát ứng dụng máy sấy. Giá trị máy móc: 900 triệu đồng.", [None]),
    # ... but it reaches the programme's capital and support of capital
    ("- Hỗ trợ Cơ sở Minh Phát ứng dụng máy sấy, vốn khuyến công hỗ trợ 200 triệu đồng.", ["địa phương"]),
    ("- Hỗ trợ vốn mua máy sấy cho Cơ sở Minh Phát 200 triệu đồng.", ["địa phương"]),
])
def test_a_lists_source_reaches_only_its_support(item, sources):
    assert [b.funding_source for b in extract_text(_LIST.format(items=item)).budget] == sources


def sections_of(text: str) -> list[tuple[str, str | None]]:
    return [(section.id, section.heading) for section in extract_text(text).sections]


def test_the_parts_of_a_course_are_no_divisions():
    text = ("KẾ HOẠCH\nĐào tạo nghề năm 2024\n\nI. MỤC TIÊU\nĐào tạo nghề cho 60 lao động nông thôn.\nII. NỘI DUNG ĐÀO TẠO\n"
            "Nội dung đào tạo gồm 2 phần:\nPhần 1: Lý thuyết (20 tiết)\nPhần 2: Thực hành (40 tiết)\nIII. KINH PHÍ\nTổng kinh "
            "phí 60 triệu đồng từ nguồn khuyến công địa phương.\n")
    assert [section_id for section_id, _ in sections_of(text)] == ["I", "II", "III"]
    assert [(t.value, t.category) for t in extract_text(text).targets if t.unit == "tiết"] == [(20, "training"),
                                                                                                (40, "training")]


@pytest.mark.parametrize("items", ["1. Hỗ trợ 10 cơ sở ứng dụng máy móc.\n2. Tổ chức 3 lớp đào tạo nghề.",
                                   "a) Hỗ trợ 10 cơ sở ứng dụng máy móc.\nb) Tổ chức 3 lớp đào tạo nghề."])
def test_a_division_in_sentence_case_over_its_first_roman_section_after_an_item(items):
    # an item of the division before leaves the next division's marker a division
    text = (f"KẾ HOẠCH\nKhuyến công năm 2024\n\nPhần I: Kết quả thực hiện năm 2023\nI. Kết quả đạt được\n{items}\n"
            "Phần II: Kế hoạch năm 2024\nI. Mục tiêu\nHỗ trợ 12 cơ sở.\n")
    sections = sections_of(text)
    assert ("Phần II", "Kế hoạch năm 2024") in sections and ("Phần II.I", "Mục tiêu") in sections
    assert [t.section_id for t in extract_text(text).targets if t.value == 12] == ["Phần II.I"]


@pytest.mark.parametrize("text", [
    # the proposal agreed to is named by its proposer, not a proposing word
    "Qua chấm điểm, Ban Giám khảo đã lựa chọn 30 sản phẩm đạt điểm cao nhất. Hội đồng bình chọn thống nhất với đề xuất của "
    "Ban Giám khảo, đồng ý công nhận 30 sản phẩm đạt sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh.",
    # ... or its list under a proposing lead-in
    "Ban Giám khảo đề xuất như sau:\n- 30 sản phẩm đạt giải cấp tỉnh;\n- 10 sản phẩm đạt giải khuyến khích.\nHội đồng bình "
    "chọn nhất trí với đề xuất của Ban Giám khảo, công nhận 30 sản phẩm đạt giải cấp tỉnh.",
    # ... and the agreeing sentence may write "Đề xuất" with a capital, or be in capitals
    "Ban Giám khảo đã chấm điểm và đề xuất 30 sản phẩm đạt giải. Hội đồng thống nhất với Đề xuất của Ban Giám khảo, công "
    "nhận 30 sản phẩm đạt giải.",
    "Ban Giám khảo đề xuất 30 sản phẩm đạt giải cấp tỉnh. HỘI ĐỒNG BÌNH CHỌN THỐNG NHẤT VỚI ĐỀ XUẤT CỦA BAN GIÁM KHẢO, công "
    "nhận 30 sản phẩm đạt giải cấp tỉnh.",
])
def test_a_count_agreed_to_restates_the_proposal(text):
    targets = extract_text(text).targets
    assert targets[-1].value == 30 and targets[-1].restates == 0


def test_a_programme_is_no_proposal():
    # the "trình" of "chương trình" proposes nothing
    targets = extract_text("Năm 2023, chương trình khuyến công đã hỗ trợ 12 cơ sở ứng dụng máy móc thiết bị. Năm 2024, UBND "
                           "tỉnh thống nhất với đề xuất của Sở Công Thương, đồng ý hỗ trợ 12 cơ sở ứng dụng máy móc thiết "
                           "bị.").targets
    assert [t.restates for t in targets] == [None, None]


_DEPARTMENT = ("SỞ CÔNG THƯƠNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 35/KH-SCT\n\n"
               "KẾ HOẠCH\n{title}\n\nI. MỤC ĐÍCH\nHỗ trợ 10 cơ sở tham gia hội chợ.\n")


@pytest.mark.parametrize(("title", "province"), [
    # a department's province is the one its title names as the programme's or its own
    ("Khuyến công tỉnh Nghệ An năm 2024", "Nghệ An"),
    ("Thực hiện Chương trình khuyến công trên địa bàn tỉnh Nghệ An năm 2024", "Nghệ An"),
    ("Đưa sản phẩm công nghiệp nông thôn tỉnh Quảng Nam vào thị trường Hà Nội năm 2024", "Quảng Nam"),
    # ... not a venue, a destination or a partner
    ("Tham gia Hội chợ triển lãm tại thành phố Đà Lạt, tỉnh Lâm Đồng năm 2024", None),
    ("Tổ chức đoàn công tác học tập kinh nghiệm phát triển làng nghề tỉnh Bắc Ninh", None),
    ("Phối hợp với tỉnh Lâm Đồng tổ chức Tuần hàng công nghiệp nông thôn", None),
    ("Tham gia Hội chợ Công Thương khu vực Tây Nguyên - Lâm Đồng năm 2024", None),
])
def test_a_departments_province_from_its_title(title, province):
    assert extract_text(_DEPARTMENT.format(title=title)).metadata.province == province


@pytest.mark.parametrize(("text", "categories"), [
    # a contest's jury or its scoring names the contest's products, prizes and their makers
    ("Năm 2023, Hội đồng thẩm định cấp tỉnh đã chấm điểm 43 sản phẩm của 35 cơ sở công nghiệp nông thôn.",
     ["rural_products", "rural_products"]),
    ("Tổ chuyên gia đã chấm điểm 43 sản phẩm, lựa chọn 30 sản phẩm đạt từ 70 điểm trở lên.",
     ["rural_products", "rural_products"]),
    ("Ban giám khảo cũng sẽ trao tặng 6 giải C và 8 giải Khuyến khích.", ["rural_products", "rural_products"]),
    # ... not a count whose words name another category, nor another kind of count
    ("Năm 2023, Ban Giám khảo Hội thi tay nghề đã chấm điểm 25 học viên của 3 lớp đào tạo nghề.", ["training", "training"]),
    ("Ban Giám khảo gồm 7 thành viên là lãnh đạo các sở, ngành.", ["other"]),
    ("Ban Giám khảo đã tổ chức chấm điểm, xét chọn 40 đề án khuyến công địa phương năm 2024.", ["other"]),
])
def test_a_contests_jury_names_the_contests_counts(text, categories):
    assert [t.category for t in extract_text(text).targets] == categories


@pytest.mark.parametrize("text", [
    # a share so far of money set aside or received, reported with "đã"
    "Năm 2024, tỉnh đã dành 5 tỷ đồng kinh phí khuyến công địa phương để hỗ trợ các cơ sở. Đến nay, kinh phí khuyến công "
    "địa phương đã giải ngân 3 tỷ đồng.",
    # ... and of a contract signed and paid for
    "Năm 2024, kinh phí khuyến công địa phương được giao 5 tỷ đồng. Đến nay, Trung tâm đã ký hợp đồng và giải ngân 1,2 tỷ "
    "đồng kinh phí khuyến công địa phương.",
])
def test_a_share_so_far_of_money_set_aside(text):
    assert [b.part_of for b in extract_text(text).budget] == [None, 0]


def test_no_share_so_far_of_money_spent():
    budget = extract_text("Năm 2023, Trung tâm đã chi 5 tỷ đồng kinh phí khuyến công địa phương. Đến nay, kinh phí khuyến "
                          "công địa phương đã giải ngân 3 tỷ đồng.").budget
    assert [b.part_of for b in budget] == [None, None]


@pytest.mark.parametrize(("first", "second", "issuer", "province"), [
    # the body's name going on in the left cell is read once, not after a line naming its place already
    ("UBND HUYỆN ĐẠI LỘC", "TỈNH QUẢNG NAM", "UBND huyện Đại Lộc", "Quảng Nam"),
    ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM", "TỈNH QUẢNG NAM", "UBND tỉnh Quảng Nam", "Quảng Nam"),
    ("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NAM", "UBND tỉnh Quảng Nam", "Quảng Nam"),
])
def test_a_two_column_headers_left_cell_under_a_place(first, second, issuer, province):
    text = (f"{first}    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{second}    Độc lập - Tự do - Hạnh phúc\nSố: 15/KH-UBND    "
            "Quảng Nam, ngày 10 tháng 01 năm 2023\n\nKẾ HOẠCH\nKhuyến công năm 2023\n\nI. MỤC TIÊU\nHỗ trợ 10 cơ sở.\n")
    meta = extract_text(text).metadata
    assert (meta.issuer, meta.province) == (issuer, province)


@pytest.mark.parametrize("text", [
    # a share so far of a day written without "ngày", and of its disbursement's value
    "Năm 2024, kinh phí khuyến công quốc gia được Bộ Công Thương phân bổ cho tỉnh là 5 tỷ đồng. Tính đến 30/9/2024, giá trị "
    "giải ngân kinh phí khuyến công quốc gia đạt 3 tỷ đồng.",
    "Năm 2024, Trung tâm đã nhận 5 tỷ đồng kinh phí khuyến công địa phương. Tính đến 30/6/2024, kinh phí khuyến công địa "
    "phương đã giải ngân 2 tỷ đồng.",
])
def test_a_share_so_far_of_a_day_without_ngay(text):
    assert [b.part_of for b in extract_text(text).budget] == [None, 0]


def test_a_dash_items_own_total_is_no_whole_of_the_items_after_it():
    text = _LIST.format(items="- Hỗ trợ Cơ sở Minh Phát ứng dụng máy sấy nông sản. Tổng kinh phí 600 triệu đồng, trong đó "
                              "kinh phí khuyến công 150 triệu đồng.\n- Tổ chức 3 lớp đào tạo nghề mây tre đan, kinh phí 150 "
                              "triệu đồng.")
    assert [b.part_of for b in extract_text(text).budget] == [None, 0, None]


def test_a_dash_items_total_opening_it_is_a_whole():
    budget = extract_text("Kinh phí thực hiện năm 2024:\n- Tổng kinh phí: 5 tỷ đồng, trong đó:\n+ Kinh phí khuyến công quốc "
                          "gia: 2 tỷ đồng;\n+ Kinh phí khuyến công địa phương: 3 tỷ đồng.").budget
    assert [b.part_of for b in budget] == [None, 0, 0]


def test_an_examples_support_to_invest_more_is_a_part_of_its_whole():
    # "được hỗ trợ đầu tư thêm": the support's money, not the beneficiary's own, nor an addition
    budget = extract_text("Năm 2023, Trung tâm đã hỗ trợ 47 cơ sở ứng dụng máy móc thiết bị với tổng kinh phí hơn 7,3 tỷ "
                          "đồng. Điển hình như cơ sở Minh Phát được hỗ trợ đầu tư thêm dây chuyền sản xuất với kinh phí 300 "
                          "triệu đồng.").budget
    assert [(b.funding_source, b.part_of) for b in budget] == [(None, None), (None, 0)]


@pytest.mark.parametrize("addition", ["UBND huyện hỗ trợ thêm", "ngân sách tỉnh bổ sung"])
def test_an_addition_is_no_singled_out_part(addition):
    budget = extract_text(f"Năm 2023, tổng kinh phí khuyến công địa phương là 3 tỷ đồng. Riêng đề án hỗ trợ Cơ sở Minh Phát, "
                          f"{addition} 100 triệu đồng.").budget
    assert budget[1].part_of is None


@pytest.mark.parametrize("opening", ["Trong đợt đầu năm 2025,", "Đợt 1 năm 2025,", "Trong năm 2025,"])
def test_a_text_opening_with_a_round_of_its_year(opening):
    meta = extract_text(f"{opening} tỉnh đã phê duyệt 12 đề án khuyến công, với tổng kinh phí hơn 1,8 tỷ đồng.").metadata
    assert (meta.period_start, meta.period_end) == (2025, 2025)


@pytest.mark.parametrize("gap", [" ", "\n", "\n\n"])
def test_a_count_of_programmes_and_projects_split_over_the_paragraphs_after_it(gap):
    # Bình Định, 2016: "23 chương trình, đề án" counts both; web copies put each sentence in a paragraph
    text = (f"Năm 2016, tỉnh được hỗ trợ tổng kinh phí 2.925 triệu đồng để thực hiện 23 chương trình, đề án khuyến công.{gap}"
            f"Trong đó, nguồn kinh phí khuyến công quốc gia hỗ trợ 900 triệu đồng cho 3 đề án.{gap}Khuyến công địa phương "
            "có 20 đề án với kinh phí hỗ trợ 2.025 triệu đồng.\n")
    assert [(t.value, t.part_of) for t in extract_text(text).targets] == [(23, None), (3, 0), (20, 0)]


def test_counts_of_another_unit_after_a_programmes_count_are_no_parts():
    text = ("Năm 2016, tỉnh thực hiện 23 chương trình khuyến công. Trong đó, hỗ trợ 3 cơ sở ứng dụng máy móc, 20 cơ sở tham "
            "gia hội chợ.")
    assert [t.part_of for t in extract_text(text).targets] == [None, None, None]


@pytest.mark.parametrize(("title", "province"), [
    # a title naming its province elsewhere than right after the programme, and no place away from home
    ("Khuyến công năm 2024 tỉnh Nghệ An", "Nghệ An"),
    ("Phát triển làng nghề tỉnh Thái Bình giai đoạn 2021-2025", "Thái Bình"),
    ("Thực hiện Đề án phát triển sản phẩm OCOP tỉnh Quảng Ninh năm 2024", "Quảng Ninh"),
])
def test_a_departments_province_from_a_title_naming_no_place_away(title, province):
    assert extract_text(_DEPARTMENT.format(title=title)).metadata.province == province


@pytest.mark.parametrize("lead_in", [
    # a lead-in reporting a plan's results carried out passes its tense on
    "Năm 2023, Trung tâm đã triển khai kế hoạch khuyến công, kết quả như sau:",
    "Năm 2023, Trung tâm đã thực hiện đạt và vượt kế hoạch các chỉ tiêu sau:",
    "Trong năm qua, Trung tâm đã tập trung thực hiện tốt các nhiệm vụ sau:",
    "Bám sát nhiệm vụ được giao, năm 2023 Trung tâm đã thực hiện các nội dung sau:",
    "Theo kế hoạch, năm 2023 Trung tâm đã thực hiện các nội dung sau:",
    "Năm 2023, Trung tâm đã hỗ trợ các cơ sở đăng ký nhãn hiệu, xây dựng thương hiệu, cụ thể:",
    "Năm 2023, Trung tâm đã tiếp nhận hồ sơ đề nghị hỗ trợ của các cơ sở và thực hiện như sau:",
    "Sau khi Kế hoạch được phê duyệt, Trung tâm đã triển khai các nội dung sau:",
])
def test_a_lead_in_reporting_a_plan_carried_out(lead_in):
    text = f"{lead_in}\n- Hỗ trợ 15 cơ sở ứng dụng máy móc thiết bị.\n- Tổ chức 4 lớp đào tạo nghề.\n"
    assert [t.achieved for t in extract_text(text).targets if t.unit in ("cơ sở", "lớp")] == [True, True]


@pytest.mark.parametrize("ground", ["Thực hiện Kế hoạch số 10/KH-UBND, năm 2023 Trung tâm",
                                    "Theo kế hoạch năm 2023, Trung tâm", "Với mục tiêu nâng cao năng lực sản xuất, năm "
                                    "2023 Trung tâm"])
def test_the_parts_of_a_whole_reported_after_a_ground_naming_a_plan(ground):
    targets = extract_text(f"{ground} đã hỗ trợ 20 cơ sở ứng dụng máy móc thiết bị, trong đó 12 cơ sở chế biến nông "
                           "sản.").targets
    assert [(t.value, t.achieved) for t in targets] == [(20, True), (12, True)]


@pytest.mark.parametrize(("under_first", "under_second"), [("A. Kết quả đạt được", "A. Mục tiêu"),
                                                           ("1. Kết quả đạt được", "1. Mục tiêu"),
                                                           ("Năm 2023, Trung tâm đã triển khai 15 đề án.", "Mục tiêu")])
def test_divisions_in_sentence_case_over_any_content(under_first, under_second):
    text = (f"BÁO CÁO\nKết quả khuyến công năm 2023\n\nPhần I: Kết quả thực hiện năm 2023\n{under_first}\nNăm 2023 đã hỗ "
            f"trợ 12 cơ sở.\nPhần II: Kế hoạch năm 2024\n{under_second}\nHỗ trợ 15 cơ sở.\n")
    assert [t.section_id.split(".")[0] for t in extract_text(text).targets if t.unit == "cơ sở"] == ["Phần I", "Phần II"]


def test_a_contests_rounds_are_no_divisions():
    text = ("THÔNG BÁO\nKết quả bình chọn sản phẩm\n\nCuộc thi gồm hai vòng.\nPhần I: Vòng sơ khảo với 60 sản phẩm\nPhần "
            "II: Vòng chung khảo với 30 sản phẩm\n")
    assert extract_text(text).sections == []


@pytest.mark.parametrize(("text", "parts"), [
    # a sibling activity's paragraph is no whole of the next one
    ("Đối với hoạt động hỗ trợ máy móc thiết bị: kinh phí 2 tỷ đồng. Đối với hoạt động đào tạo nghề: kinh phí 800 triệu "
     "đồng.", [None, None]),
    # ... nor is a contract's price a share
    ("Năm 2023, Trung tâm đã hỗ trợ 20 cơ sở với tổng kinh phí 5 tỷ đồng. Riêng các cơ sở ký kết hợp đồng trị giá 2 tỷ "
     "đồng.", [None, None]),
])
def test_no_part_of_a_sibling_or_a_price(text, parts):
    assert [b.part_of for b in extract_text(text).budget] == parts


def test_an_activitys_count_is_no_part_of_another_activitys():
    targets = extract_text("Năm 2023, Trung tâm đã tổ chức 10 lớp tập huấn. Đối với hoạt động đào tạo nghề: tổ chức 5 lớp "
                           "cho 150 học viên.").targets
    assert [t.part_of for t in targets if t.unit == "lớp"] == [None, None]


@pytest.mark.parametrize(("text", "category"), [
    ("Ban Giám khảo đã xem xét, chấm điểm 45 sản phẩm của 38 doanh nghiệp, hợp tác xã và hộ kinh doanh.", "rural_products"),
    ("Ban Giám khảo đã chấm chọn 12 bộ sản phẩm thủ công mỹ nghệ.", "rural_products"),
])
def test_a_jurys_makers_and_sets_of_products(text, category):
    assert {t.category for t in extract_text(text).targets} == {category}


def test_a_duty_before_a_speakers_words():
    text = ("Hội nghị khuyến công\n\nSÓC TRĂNG - Ngày 10/5/2022, Sở Công Thương tổ chức hội nghị.\n\nUBND tỉnh giao Sở Công "
            "Thương chủ trì thực hiện Chương trình khuyến công, ông Nguyễn Văn A cho biết, đến nay đã triển khai 10 đề án.\n")
    assert [(d.agency_id, d.role) for d in extract_text(text).duties] == [("so_cong_thuong", "lead")]


@pytest.mark.parametrize("whole", ["Năm 2023, 20 đề án đã được công nhận hoàn thành với kinh phí khuyến công địa phương 5 "
                                   "tỷ đồng.", "Năm 2023, Trung tâm đã chi 5 tỷ đồng kinh phí khuyến công địa phương."])
def test_money_spent_is_no_plan_of_a_share_so_far(whole):
    budget = extract_text(f"{whole} Đến nay, đã giải ngân kinh phí khuyến công địa phương 3 tỷ đồng.").budget
    assert [b.part_of for b in budget] == [None, None]


@pytest.mark.parametrize("heading", ["II. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM", "II. HỖ TRỢ CÁC CƠ SỞ"])
def test_a_heading_in_capitals_ending_with_a_noun_takes_no_sentence_under_it(heading):
    text = _REPORT.format(rest=f"{heading}\nTrong 6 tháng đầu năm 2024, Trung tâm đã hỗ trợ 12 cơ sở.")
    assert [section.heading for section in extract_text(text).sections][1] == heading[4:]


@pytest.mark.parametrize("first", ["Kết quả thực hiện 6 tháng đầu năm 2024", "Đánh giá 5 năm thực hiện Quyết định số 1881"])
def test_a_division_over_its_first_roman_section_with_figures_in_its_heading(first):
    text = (f"BÁO CÁO\nKết quả thực hiện khuyến công\n\nPhần I: {first}\nI. Kết quả đạt được\nTrung tâm đã hỗ trợ 12 cơ sở.\n"
            "Phần II: Nhiệm vụ 6 tháng cuối năm 2024\nI. Mục tiêu\nHỗ trợ 15 cơ sở.\n")
    assert [t.section_id for t in extract_text(text).targets] == ["Phần I.I", "Phần II.I"]


@pytest.mark.parametrize("title", ["Tổ chức đoàn tham quan, khảo sát mô hình sản xuất tiểu thủ công nghiệp tỉnh Bắc Ninh năm 2024",
                                   "Tham gia Hội chợ triển lãm hàng thủ công mỹ nghệ thành phố Hà Nội năm 2024",
                                   "Liên kết phát triển làng nghề giữa tỉnh Lâm Đồng và tỉnh Đắk Lắk"])
def test_a_departments_title_naming_a_visit_or_an_event_elsewhere_gives_no_province(title):
    assert extract_text(_DEPARTMENT.format(title=title)).metadata.province is None
