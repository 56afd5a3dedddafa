"""Probe audit Y53 (204 probes of ce6548d..3763f71: 7 regressions), mended."""

import pytest

from khuyencong_extract.normalise import normalise
from khuyencong_extract.pipeline import extract_text

_RESULTS_2024 = "I. KẾT QUẢ THỰC HIỆN NĂM 2024\n"


@pytest.mark.parametrize("sentence, done", [
    # R1: a beneficiary in the province, no province allotted
    ("Năm 2024, 03 cơ sở trên địa bàn tỉnh được Bộ Công Thương hỗ trợ 03 đề án khuyến công quốc gia với tổng kinh phí "
     "1.500 triệu đồng.", True),
    ("Năm 2024, các doanh nghiệp trong tỉnh được Bộ Công Thương hỗ trợ 02 đề án với kinh phí 1.000 triệu đồng.", True),
    # R2: the support over a period is reported, no year's allotment
    ("Giai đoạn 2021-2024, tỉnh được Bộ Công Thương hỗ trợ 12 đề án khuyến công quốc gia với tổng kinh phí 7.600 triệu "
     "đồng.", True),
    # the centre by its full name is allotted as the province is
    ("Năm 2024, Trung tâm Khuyến công và Tư vấn phát triển công nghiệp tỉnh Thanh Hóa được Bộ Công Thương hỗ trợ 04 đề "
     "án khuyến công quốc gia với kinh phí 2.100 triệu đồng.", False),
])
def test_what_the_ministry_supports(sentence, done):
    document = extract_text(_RESULTS_2024 + sentence + "\n")
    assert {t.achieved for t in document.targets if t.unit == "đề án"} | {b.achieved for b in document.budget} == {done}


@pytest.mark.parametrize("sentence, done", [
    # R3: the beneficiaries' state or papers, not work not carried out
    ("Năm 2023, Trung tâm đào tạo nghề cho 200 lao động nông thôn chưa có việc làm ổn định tại các huyện miền núi.",
     [True]),
    ("Năm 2023, Trung tâm tư vấn cho 9 hợp tác xã đang hoàn thiện hồ sơ đề nghị công nhận sản phẩm OCOP.", [True]),
    # ... a facility that withdrew is
    ("Năm 2023, Trung tâm hỗ trợ 4 cơ sở đầu tư máy móc thiết bị, 01 cơ sở xin dừng do thay đổi phương án sản xuất.",
     [True, False]),
])
def test_a_fact_of_the_year_before_a_plans_own(sentence, done):
    text = "KẾ HOẠCH\nKhuyến công địa phương năm 2024\nI. KẾT QUẢ THỰC HIỆN NĂM 2023\n" + sentence + "\n"
    assert [t.achieved for t in extract_text(text).targets] == done


@pytest.mark.parametrize("text", [
    # R4: "đến năm" of a year already reached is a date as of which, no deadline; a need of another clause
    "BÁO CÁO\nTổng kết công tác khuyến công năm 2024\nĐến năm 2024, toàn tỉnh có 152 làng nghề đang hoạt động.",
    "(Ngày 20/01/2025) Theo Sở Công Thương, đến năm 2024, toàn tỉnh có 2.450 cơ sở công nghiệp nông thôn đang hoạt động.",
    "Nhiều cơ sở cần vốn để đầu tư, toàn huyện có 310 cơ sở đang hoạt động.",
])
def test_a_stock_as_of_a_date_gone_is_a_state(text):
    assert extract_text(text).targets[0].achieved is True


def test_a_line_ending_công_ty_joins_only_a_firms_name():
    # R5: "... cho Công ty" over a new sentence stays two lines
    text = _RESULTS_2024 + "Trung tâm hỗ trợ 02 đề án cho Công ty\nKế hoạch năm 2025 dự kiến hỗ trợ 05 đề án.\n"
    assert "cho Công ty\nKế hoạch năm 2025" in normalise(text).text.text


@pytest.mark.parametrize("sentence", [
    # R6: a project's whole holding the firm's money takes no source from the programme named before it
    "Năm 2024, thực hiện đề án khuyến công quốc gia với tổng vốn 4.000 triệu đồng, trong đó kinh phí khuyến công quốc "
    "gia hỗ trợ 1.200 triệu đồng.",
    "Đề án khuyến công địa phương có tổng kinh phí 900 triệu đồng, trong đó kinh phí khuyến công địa phương hỗ trợ 270 "
    "triệu đồng.",
])
def test_a_projects_whole_takes_no_source_of_its_support(sentence):
    assert extract_text(sentence).budget[0].funding_source is None


def test_lower_case_dash_items_go_on_with_an_inline_breakdown():
    # R7
    text = ("III. KINH PHÍ THỰC HIỆN\n- Kinh phí khuyến công địa phương 3.000 triệu đồng, trong đó đào tạo nghề 500 triệu "
            "đồng;\n- hỗ trợ máy móc thiết bị 2.000 triệu đồng;\n- tổ chức hội chợ 500 triệu đồng.\n")
    assert [(b.part_of, b.funding_source) for b in extract_text(text).budget] == [
        (None, "địa phương"), (0, "địa phương"), (0, "địa phương"), (0, "địa phương")]
