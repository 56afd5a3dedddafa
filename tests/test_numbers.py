"""Vietnamese numbers: every form the corpus uses, quoted from the corpus texts."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import CORPUS_FILES
from khuyencong_extract.numbers import (
    WORDS_IN_BRACKETS,
    find_money,
    find_quantities,
    parse_figure,
    split_comma_pair,
    words_after,
    words_to_number,
)


def only_quantity(text: str):
    """The single quantity found in ``text``."""
    found = list(find_quantities(text))
    assert len(found) == 1, [q.raw for q in found]
    return found[0]


def only_money(text: str):
    found = list(find_money(text))
    assert len(found) == 1, [m.raw for m in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "raw", "amount"),
    [
        # A news report leaves the currency out after "tỷ": still đồng, never a count of "tỷ".
        ("nguồn vốn ngân sách tỉnh gần 5,7 tỷ và nguồn kinh phí đối ứng", "5,7 tỷ", Decimal("5700000000")),
        ("tổng kinh phí thực hiện 7,4 tỉ.", "7,4 tỉ", Decimal("7400000000")),
        ("với tổng kinh phí gần 9 tỷ đồng", "9 tỷ đồng", Decimal("9000000000")),
        # An amount in two scales is one amount (it was two: 99 tỷ, then 100 triệu alone).
        ("tổng kinh phí 99 tỷ 100 triệu đồng, trong đó", "99 tỷ 100 triệu đồng", Decimal("99100000000")),
        ("kinh phí 17 tỷ 900 triệu", "17 tỷ 900 triệu", Decimal("17900000000")),
        ("hỗ trợ 3 tỷ 500 nghìn đồng", "3 tỷ 500 nghìn đồng", Decimal("3000500000")),
        # Tạp chí Tài chính, Hưng Yên 2024: a decimal comma typed with a space after it (it was 35 tỷ).
        ("Ước tổng kinh phí khuyến công địa phương năm 2024 hỗ trợ là 1, 35 tỷ đồng.", "1, 35 tỷ đồng",
         Decimal("1350000000")),
    ],
)
def test_amounts_of_dong_as_news_reports_write_them(text, raw, amount):
    money = only_money(text)
    assert (money.raw, money.amount, money.currency) == (raw, amount, "VND")


@pytest.mark.parametrize(
    ("text", "raw", "amount"),
    [
        # Bình Dương news: each end with its own scale, the currency after the upper one only;
        # the range was read as its upper end, 1 tỷ, the 300 triệu lost.
        ("mỗi năm ngân sách tỉnh chỉ cấp từ 300 triệu đến dưới 1 tỷ đồng, từ năm 2017",
         "từ 300 triệu đến dưới 1 tỷ đồng", Decimal(300_000_000)),
        # The currency written at both ends: one range, not two amounts to add up.
        ("Kinh phí hỗ trợ mỗi đề án từ 300 triệu đồng đến 1 tỷ đồng.", "từ 300 triệu đồng đến 1 tỷ đồng",
         Decimal(300_000_000)),
        # One scale for both ends, as before: the lower end.
        ("hiện nay kinh phí hàng năm từ 5 - 6 tỷ đồng.", "từ 5 - 6 tỷ đồng", Decimal(5_000_000_000)),
    ],
)
def test_a_range_of_money_is_one_amount_its_lower_end(text, raw, amount):
    money = only_money(text)
    assert (text[money.start:money.end], money.raw, money.amount) == (raw, raw, amount)


@pytest.mark.parametrize("text", [
    "Kinh phí tăng từ 300 triệu đồng lên 1 tỷ đồng.",  # a change, two amounts
    "cấp 300 triệu đồng đến 1 tỷ đồng",  # no "từ": no range read
    "từ 300 triệu đồng đến 1.000 USD",  # two currencies
])
def test_two_amounts_that_make_no_range_stay_two(text):
    assert len(list(find_money(text))) == 2


@pytest.mark.parametrize(("text", "raw", "amount"), [
    # Đồng Nai 2020 plan, reported: "nghìn tỷ" was no scale, the 66 000 tỷ lost.
    ("đạt giá trị sản xuất CNNT của toàn tỉnh trên 66 ngàn tỷ đồng, tăng 5,8%", "66 ngàn tỷ đồng",
     Decimal(66_000 * 10**9)),
    ("tổng kinh phí 1,2 nghìn tỷ đồng", "1,2 nghìn tỷ đồng", Decimal(1_200 * 10**9)),
    ("ngân sách 1,5 nghìn tỷ", "1,5 nghìn tỷ", Decimal(1_500 * 10**9)),  # đồng left out, as after "tỷ"
    ("hỗ trợ 500 nghìn đồng mỗi người", "500 nghìn đồng", Decimal(500_000)),
])
def test_thousands_of_billions_are_one_scale(text, raw, amount):
    money = only_money(text)
    assert (money.raw, money.amount) == (raw, amount)


@pytest.mark.parametrize(("text", "raw", "value", "value_max"), [
    # Đồng Nai: "gần 1 ngàn chủ cơ sở" was a count of 1 "nghìn", "2 nghìn lao động" none.
    ("gần 1 ngàn chủ cơ sở, cán bộ quản lý", "1 ngàn", 1000, None),
    ("đào tạo 1,2 nghìn lao động", "1,2 nghìn", 1200, None),
    ("2 - 3 ngàn học viên", "2 - 3 ngàn", 2000, 3000),
])
def test_a_count_in_thousands(text, raw, value, value_max):
    quantity = only_quantity(text)
    assert (quantity.raw, quantity.value, quantity.value_max) == (raw, value, value_max)
    assert not quantity.looks_like_year and not quantity.is_decimal


@pytest.mark.parametrize(("text", "raw"), [
    # Nghệ An news: "đồng bằng nguồn" (by means of) was read as "đồng bằng" (a delta)
    ("Năm 2023, tỉnh hỗ trợ 600 triệu đồng bằng nguồn kinh phí khuyến công địa phương.", "600 triệu đồng"),
    ("Hỗ trợ 6 tỷ đồng bằng ngân sách tỉnh.", "6 tỷ đồng"),
])
def test_dong_before_bang_is_money_unless_a_delta_is_named(text, raw):
    assert only_money(text).raw == raw
    assert list(find_money("Các tỉnh vùng đồng bằng sông Hồng có 300 đồng bằng sông nhỏ")) == []


@pytest.mark.parametrize("text", ["nâng 5 tỷ lệ lao động qua đào tạo", "chiếm 30 tỷ trọng"])
def test_rate_and_share_words_after_ty_are_no_amount(text):
    assert list(find_money(text)) == []


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("27,377", Decimal("27.377")),  # Tuyên Quang IV: decimal comma
        ("2.400", Decimal(2400)),  # Tuyên Quang I.1.2: thousands dot
        ("17.600", Decimal(17600)),
        ("02", Decimal(2)),  # An Giang: leading zero
        ("09", Decimal(9)),
        ("2,080", Decimal("2.08")),  # Hà Tĩnh
        ("119", Decimal(119)),  # Hưng Yên
    ],
)
def test_figures_read_dot_as_thousands_and_comma_as_decimal(token, value):
    assert parse_figure(token) == value


@pytest.mark.parametrize(
    ("clause", "amount", "currency"),
    [
        ("Tổng kinh phí thực hiện Chương trình là: 27,377 tỷ đồng", 27_377_000_000, "VND"),
        ("dự kiến là: 8,5 tỷ đồng từ nguồn kinh phí khuyến công quốc gia", 8_500_000_000, "VND"),
        ("đã cấp năm 2020 là 2,080 tỷ đồng.", 2_080_000_000, "VND"),
        ("Tổng sản phẩm bình quân đầu người đạt trên 2.400 USD.", 2_400, "USD"),
        ("Giá trị sản xuất công nghiệp trên 17.600 tỷ đồng,", 17_600_000_000_000, "VND"),
        ("dự kiến là 2,942 tỷ đồng.", 2_942_000_000, "VND"),
        # "triệu" written short before the currency (Vĩnh Phúc centre's report; "tr.đồng", "trđ" alike)
        ("triển khai 04 đề án với tổng kinh phí 2.170 tr đồng bao gồm:", 2_170_000_000, "VND"),
        ("triển khai 04 đề án với tổng kinh phí 2.170 tr.đồng bao gồm:", 2_170_000_000, "VND"),
        ("triển khai 04 đề án với tổng kinh phí 2.170 trđ bao gồm:", 2_170_000_000, "VND"),
        # letters the pattern folds like another and str.lower does not: a KeyError failed the document
        ("Kinh phí 5 trİệu đồng.", 5_000_000, "VND"),
        ("Tổng sản phẩm đạt trên 2.400 uſd.", 2_400, "USD"),
    ],
)
def test_money_scales_and_currencies(clause, amount, currency):
    money = only_money(clause)
    assert (money.amount, money.currency) == (amount, currency)
    assert clause[money.start:money.end] == money.raw


@pytest.mark.parametrize(
    ("clause", "value", "value_max", "qualifier"),
    [
        ("Đào tạo khoảng 500 lao động cho các cơ sở", 500, None, "khoảng"),
        ("sau đào tạo tối thiểu 70% số học viên học nghề", 70, None, "tối thiểu"),
        ("tốc độ tăng trưởng kinh tế bình quân trên 8%/năm", 8, None, "trên"),
        ("Ước khoản 30 sản phẩm cấp tỉnh", 30, None, "Ước khoản"),
        ("khảo sát, học tập kinh nghiệm; dự kiến 09 cuộc.", 9, None, "dự kiến"),
        ("hỗ trợ từ 3 đến 5 cơ sở", 3, 5, None),
        ("hỗ trợ 3-4 cơ sở", 3, 4, None),
        ("hỗ trợ 3 – 4 cơ sở", 3, 4, None),
        ("Hỗ trợ xây dựng 02 mô hình trình diễn kỹ thuật", 2, None, None),
        # a percent sign on both ends (Sóc Trăng news): one range, not two figures or one losing its end
        ("đã nâng cao năng suất sản xuất và lợi nhuận từ 10% - 50% và tăng khả năng cạnh tranh", 10, 50, None),
        ("tiết kiệm từ 30% - 35% điện năng tiêu thụ", 30, 35, None),
        ("tiết kiệm từ 30%-35% điện năng tiêu thụ", 30, 35, None),  # the same without spaces: "35" was lost
    ],
)
def test_ranges_and_qualifiers(clause, value, value_max, qualifier):
    q = only_quantity(clause)
    assert (q.value, q.value_max, q.qualifier) == (value, value_max, qualifier)


@pytest.mark.parametrize(
    "clause",
    [
        "Nghị định số 45/2012/NĐ-CP ngày 21/5/2012",  # document number and date
        "Xây dựng kế hoạch khuyến công hàng năm của địa phương gửi Sở Công Thương trước ngày 30/10 năm trước",
        "chuyển đổi số trong bối cảnh cách mạng công nghiệp 4.0.",  # 4.0 is a name
        "1.2. Kết quả dự kiến:",  # decimal section marker
        "Thứ bảy, ngày 18/09/2021",
    ],
)
def test_dates_document_numbers_and_dotted_markers_are_not_figures(clause):
    assert [q.raw for q in find_quantities(clause)] == []


def test_year_ranges_are_recognised_as_years():
    q = only_quantity("Chương trình Khuyến công tỉnh An Giang giai đoạn 2021 - 2025.")
    assert (q.value, q.value_max, q.looks_like_year) == (2021, 2025, True)
    assert not only_quantity("cho 700 lao động").looks_like_year


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("Hai mươi bảy tỷ, ba trăm bảy mươi bảy triệu đồng chẵn", 27_377_000_000),  # Tuyên Quang IV
        ("một", 1),  # Hưng Yên "01 (một) cộng tác viên"
        ("mười lăm", 15),
        ("hai mươi mốt", 21),
        ("một trăm linh năm", 105),
        ("hai tỷ không trăm tám mươi triệu đồng", 2_080_000_000),
        ("một nghìn tỷ", 1_000_000_000_000),
    ],
)
def test_numbers_in_words(words, value):
    assert words_to_number(words) == value


@pytest.mark.parametrize("words", ["Bằng chữ", "Sở Công Thương", "CN-TTCN", "b/c", ""])
def test_text_that_is_not_a_number_in_words(words):
    assert words_to_number(words) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("27,377 tỷ đồng \n\n(Bằng chữ: Hai mươi bảy tỷ, ba trăm bảy mươi bảy triệu đồng chẵn)", 27_377_000_000),
        ("hình thành mỗi xã, phường có 01 (một) cộng tác viên khuyến công.", 1),
    ],
)
def test_words_repeating_a_figure_are_read_after_it(text, value):
    figure = next(find_quantities(text))
    repeated = words_after(text, figure.end if "tỷ" not in text else text.index("đồng") + len("đồng"))
    assert repeated is not None and repeated[0] == value


def test_bracketed_text_that_is_not_words_of_a_number_is_ignored():
    text = "sản xuất công nghiệp, tiểu thủ công nghiệp (CN-TTCN) nâng cao"
    assert words_after(text, text.index("(") - 1) is None


@pytest.mark.parametrize(("raw", "pair"), [("3,4", (3, 4)), ("8,5", None), ("27,377", None), ("4,3", None)])
def test_comma_pairs_that_read_as_a_range_of_counts(raw, pair):
    assert split_comma_pair(only_quantity(f"khoảng {raw} cơ sở")) == pair


@given(st.integers(min_value=0, max_value=999_999_999_999))
def test_grouped_figures_round_trip(n):
    grouped = f"{n:,}".replace(",", ".")
    assert parse_figure(grouped) == n
    assert only_quantity(f"cho {grouped} cơ sở").value == n


# The scans try the patterns only at figures and at the words before them; a plain
# ``finditer`` over every position is the reference they must equal.
_PIECES = [
    *"0123456789 .,-–/%\n", "từ ", "Từ ", "TỪ ", "đến", " tới ", "tỷ", " triệu", "đồng", "đ", "USD", "vnđ",
    "khoảng ", "Ước khoản ", "ước  khoảng ", "không dưới ", "tối đa ", "trên\n", "dự kiến ", "nghìn", "a", "xã ",
    " Đến ", " TỚI ", "đẾn", "ß", "ſ", "İ", "½", "٣", "\u00a0", "Đồng", "1.234", "12,5", "3 - 4", "7 tới 8",
    "tỉ", " lệ", " trọng", "TỶ", " 100 triệu", " 5 nghìn", "ngàn",
]


def _reference(text: str, start: int, end: int):
    from khuyencong_extract.numbers import (
        _THOUSANDS, BARE_MONEY, CURRENCIES, MONEY, QUANTITY, SCALES, THOUSANDS_REACH, Money, _in_thousands, _quantity,
    )

    quantities = [_quantity(m) for m in QUANTITY.finditer(text, start, end)]
    amounts: list = []
    for m in MONEY.finditer(text, start, end):
        scale_word, written = (m["bare"], BARE_MONEY["currency"]) if m["bare"] else (m["scale"], m["cur"])
        extra = 0
        if m["big"]:
            scale_word, written = m["big"], m["cur2"] or BARE_MONEY["currency"]
            extra = Decimal(m["rest"].replace(",", ".")) * SCALES[m["small"].lower()]
        quantity, scale = _quantity(m), SCALES[" ".join(scale_word.lower().split())] if scale_word else 1
        amounts.append(Money(
            quantity=quantity, amount=quantity.value * scale + extra, currency=CURRENCIES[" ".join(written.lower().split())],
            start=quantity.start, end=m.end(), raw=text[quantity.start:m.end()], scale=scale, written=written,
        ))
    # a figure no amount opens, then a thousands word ("2 nghìn"), is counted in thousands
    quantities = [
        _in_thousands(text, q, thousands.end()) if q.start not in {a.start for a in amounts}
        and (thousands := _THOUSANDS.match(text, q.end, min(end, q.end + THOUSANDS_REACH))) else q
        for q in quantities
    ]
    # the second figure of an amount in two scales is part of it, no figure of its own
    return [q for q in quantities if not any(a.start < q.start < a.end for a in amounts)], amounts


def _found(text: str, start: int, end: int):
    return list(find_quantities(text, start, end)), list(find_money(text, start, end))


@given(st.lists(st.sampled_from(_PIECES), max_size=20), st.data())
def test_scans_equal_finditer_over_every_position(pieces, data):
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _found(text, start, end) == _reference(text, start, end)


@pytest.mark.parametrize("path", ["an-giang_2080-qd-ubnd_2022", "tuyen-quang_69-qd-ubnd_2016", "ha-tinh_ke-hoach-2020_news"])
def test_scans_equal_finditer_on_the_corpus(path):
    from conftest import CORPUS, corpus_text

    text = corpus_text(CORPUS / f"{path}.txt")
    assert _found(text, 0, len(text)) == _reference(text, 0, len(text))


def test_every_other_decimal_digit_lies_where_the_quick_test_looks():
    """Each character `regex` reads as a decimal digit, but 0-9, makes `holds_other_digits`
    true: the scan for figures that starts at 0-9 alone is used only where none is."""
    import regex

    from khuyencong_extract.numbers import holds_other_digits

    every = "".join(map(chr, range(0x110000)))
    others = [digit for digit in regex.findall(r"\d", every) if digit not in "0123456789"]
    assert len(others) > 600
    assert all(holds_other_digits(f"cho {digit} cơ sở") for digit in others)


@pytest.mark.parametrize(("text", "other_digits", "values"), [
    ("Hỗ trợ 12 cơ sở, tổ chức 3 - 4 lớp tập huấn năm 2024", False, [12, 3, 2024]),
    ("Tiền Giang: “hỗ trợ 02 đề án” – giai đoạn 2021–2025 (Ưu tiên)", False, [2, 2021]),
    ("hỗ trợ ١٢ cơ sở và 5 mô hình", True, [12, 5]),
    ("tổ chức ３ hội chợ", True, [3]),
])
def test_figures_of_texts_with_and_without_other_digits(text, other_digits, values):
    from khuyencong_extract.numbers import holds_other_digits

    assert holds_other_digits(text) is other_digits
    assert [q.value for q in find_quantities(text)] == values


def test_words_after_reads_as_far_as_the_unbounded_match():
    """Bounding the match at `WORDS_REACH` changes nothing where words in brackets follow an
    amount, even after the longest run of blanks the words may hold."""
    texts = [path.read_text("utf-8") for path in CORPUS_FILES] + [
        "27,377 tỷ đồng (Hai mươi bảy tỷ, ba trăm bảy mươi bảy triệu đồng chẵn)",
        "500 triệu đồng  (  bằng chữ:  năm trăm triệu đồng  )",
        "1,5 tỷ đồng (" + "một " * 38 + "tỷ)",
    ]
    for text in texts:
        for money in find_money(text):
            match = WORDS_IN_BRACKETS.match(text, money.end)
            expected = None
            if match and (value := words_to_number(match["words"])) is not None:
                expected = (value, match.start(), match.end())
            assert words_after(text, money.end) == expected


def test_looks_like_year_equals_the_comparisons():
    """The length test before the comparisons turns away no year (corpus figures and written
    variants: thousands dots, decimals, leading zeros, ranges); a figure with a thousands dot
    is a count ("2.100 lao động")."""
    from conftest import CORPUS_FILES, corpus_text
    from khuyencong_extract.numbers import _is_year, find_quantities

    texts = [corpus_text(path) for path in CORPUS_FILES]
    figures = ["1899", "1900", "1.900", "1900,0", "01900", "2.025", "2025,5", "2100", "2100,00", "2101", "190",
               "19", "2", "02", "999", "1.000", "2 - 2025", "2021 - 2025", "2021-2", "từ 1999 đến 2001"]
    texts.append(" ".join(f"có {figure} cơ sở;" for figure in figures))
    quantities = [q for text in texts for q in find_quantities(text)]
    assert sum(q.looks_like_year for q in quantities) > 10
    for q in quantities:
        plain = "." not in q.raw and _is_year(q.value) and (q.value_max is None or _is_year(q.value_max))
        assert q.looks_like_year == plain, q

