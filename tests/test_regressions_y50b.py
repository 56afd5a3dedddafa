"""Re-reading audit Y50, an item left open then and mended later (E13; E8 is in test_duties.py)."""

from khuyencong_extract.pipeline import extract_text


def test_money_added_on_takes_its_own_source_and_words():
    # E13: "cùng với gần 700 triệu đồng vốn của hợp tác xã" is the cooperative's own money, not the support's
    text = ("Năm 2024, hợp tác xã được hỗ trợ 300 triệu đồng từ nguồn khuyến công địa phương để đầu tư lò nung gốm bằng "
            "gas, cùng với gần 700 triệu đồng vốn của hợp tác xã.\n")
    budget = extract_text(text).budget
    assert [(b.amount_vnd, b.funding_source) for b in budget] == [(300_000_000, "địa phương"), (700_000_000, "đối ứng")]
    assert budget[1].label == "vốn của hợp tác xã"
