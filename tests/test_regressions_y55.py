"""Probe audit Y55 (161 probes of 6e3a08b..a04a022: 10 regressions in 3 kinds, all of becd167), mended."""

import pytest

from khuyencong_extract.pipeline import extract_text


@pytest.mark.parametrize("second_line", [
    # R1: a lower-case item naming a source within the line's own goes on with its "trong đó" list
    "- ngân sách cấp huyện 500 triệu đồng.",
    "- ngân sách huyện 500 triệu đồng.",
])
def test_the_districts_money_goes_on_with_the_local_moneys_parts(second_line):
    text = ("III. KINH PHÍ THỰC HIỆN\n- Ngân sách địa phương 3.000 triệu đồng, trong đó ngân sách tỉnh 2.500 triệu "
            "đồng;\n" + second_line + "\n")
    budget = extract_text(text).budget
    assert [(b.amount_vnd, b.part_of, b.funding_source) for b in budget] == [
        (3_000_000_000, None, "địa phương"), (2_500_000_000, 0, "địa phương"), (500_000_000, 0, "địa phương")]


def test_another_sources_item_still_ends_the_list():
    # ... as the national money after the local money's parts does (audit Y54's R8)
    text = ("III. KINH PHÍ THỰC HIỆN\n- Ngân sách địa phương 3.000 triệu đồng, trong đó ngân sách tỉnh 2.500 triệu "
            "đồng;\n- kinh phí khuyến công quốc gia 500 triệu đồng.\n")
    budget = extract_text(text).budget
    assert [(b.part_of, b.funding_source) for b in budget][2] == (None, "quốc gia")


@pytest.mark.parametrize("text, number, title", [
    # R2: the body after "và" gives the next document when its code names that body
    ("Xét đề nghị của Trung tâm Khuyến công tại Tờ trình số 25/TTr-TTKC về việc tổ chức hội chợ và Sở Tài chính tại "
     "Công văn số 402/STC-HCSN.", "25/TTr-TTKC", "tổ chức hội chợ"),
    ("Căn cứ Kế hoạch số 12/KH-UBND ngày 10/3/2023 về khuyến công và Sở Công Thương tại Công văn số 300/SCT-QLCN ngày "
     "15/3/2023;", "12/KH-UBND", "khuyến công"),
])
def test_a_second_proposal_its_body_gives_after_a_title(text, number, title):
    citations = {c.number: c for c in extract_text(text + "\n").citations}
    assert citations[number].title == title
    assert len(citations) == 2  # (a body in a title the letter's code names not stays: test_regressions_y54)


@pytest.mark.parametrize("running_total", [
    # R3: a running total after the year's allotment is what the years so far came to
    "nâng tổng số đề án giai đoạn 2021-2024 lên 11 đề án",
    "lũy kế giai đoạn 2021-2024 là 11 đề án",
])
def test_a_running_total_after_the_ministrys_allotment_is_done(running_total):
    text = ("I. KẾT QUẢ THỰC HIỆN NĂM 2024\nNăm 2024, tỉnh được Bộ Công Thương hỗ trợ 03 đề án, " + running_total
            + ".\n")
    targets = extract_text(text).targets
    assert [(t.value, t.achieved) for t in targets] == [(3, False), (11, True)]


def test_all_of_the_counts_done_after_the_ministrys_allotment():
    # wrong at both ends of the audit: "cả 03 đề án đã hoàn thành" reports them done
    text = "I. KẾT QUẢ THỰC HIỆN NĂM 2024\nNăm 2024, tỉnh được Bộ Công Thương hỗ trợ 03 đề án, cả 03 đề án đã hoàn thành.\n"
    assert [(t.value, t.achieved) for t in extract_text(text).targets] == [(3, False), (3, True)]
