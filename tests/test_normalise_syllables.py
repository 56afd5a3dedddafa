"""The array count of invalid syllables (`invalid_share`) equals reading `checked_words`
one by one with `is_valid_syllable`: on the corpus (as it is, normalised, in capitals and
decomposed-then-composed), on words built around every letter and on generated text."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORPUS_FILES, corpus_text
from khuyencong_extract import damage
from khuyencong_extract.damage import (
    _NO_SYLLABLE,
    _SYLLABLE_BYTES,
    _alphabet,
    _kind,
    _word_checks,
    are_syllables,
    checked_words,
    invalid_share,
    is_valid_syllable,
    syllable_parts,
)
from khuyencong_extract.normalise import normalise
from khuyencong_extract.texttools import KINDS_END


def reference_invalid_share(text: str) -> tuple[int, int]:
    words = [m.group() for m in checked_words(text)]
    return sum(not is_valid_syllable(word) for word in words), len(words)


def test_digits_fit():
    """Every letter of a syllable has a digit below `_NO_SYLLABLE`, and every syllable
    fewer letters than `_SYLLABLE_BYTES` (a longer word keeps a digit in its last byte)."""
    parts = syllable_parts()
    assert len(_alphabet()) < _NO_SYLLABLE
    assert max(len(o) + len(r) for o in parts.onsets for r in parts.rhymes) < _SYLLABLE_BYTES


@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.stem for p in CORPUS_FILES])
def test_counts_like_word_by_word_on_corpus(path):
    text = corpus_text(path)
    for form in (text, normalise(text).text.text, text.upper(), text.lower()):
        assert invalid_share(form) == reference_invalid_share(form)


@pytest.mark.parametrize("size", [1, 7, 64, 1000])
def test_counts_read_piece_by_piece_like_word_by_word(size, monkeypatch):
    """Pieces cut after spaces and line breaks (`damage._pieces`) count what the whole text counts."""
    monkeypatch.setattr(damage, "_PIECE_CHARS", size)
    text = " ".join(corpus_text(path) for path in CORPUS_FILES)
    pieces = list(damage._pieces(text, size))
    assert "".join(pieces) == text
    assert all(piece[-1] in " \n" for piece in pieces[:-1])
    assert len(pieces) > len(text) // 2000 if size >= 64 else len(pieces) >= 1
    for form in (text, "x" * 50 + " b) V. " + text[:2000]):
        assert invalid_share(form) == reference_invalid_share(form)


_LETTERS = regex.findall(r"\p{L}", "".join(map(chr, range(KINDS_END))))


def test_words_around_every_letter():
    """Each letter below `KINDS_END` alone, in capitals, and inside syllables, word by word."""
    words = [
        word for letter in _LETTERS
        for word in (letter, letter.upper(), "ng" + letter, letter + "nh", "tr" + letter + "ng",
                     "ngh" + letter + "êng", "nghiêng" + letter, "q" + letter + "a", letter + "b)", "Đ" + letter)
    ]
    text = " ".join(words)
    checked, numbers, _ = _word_checks(text)
    spans = [m.span() for m in regex.finditer(r"\p{L}+", text)]
    read = {m.span() for m in checked_words(text)}
    assert list(checked) == [span in read for span in spans]
    assert list(are_syllables(numbers)) == [is_valid_syllable(text[start:end]) for start, end in spans]


def test_kinds_table_reads_each_character_as_kind_does():
    """The table built from all characters below `KINDS_END` at once gives each the kind
    `_kind` gives it alone."""
    table = damage._syllable_kinds()
    assert len(table) == KINDS_END
    assert [int(kind) for kind in table] == [_kind(chr(code)) for code in range(KINDS_END)]


def test_high_letters_are_in_no_syllable():
    """No letter from `KINDS_END` on stands for a letter of a syllable (such letters are
    given their kind one by one)."""
    high = "".join(map(chr, range(KINDS_END, 0x110000))).encode("utf-8", "replace").decode("utf-8")
    for letter in set(regex.findall(r"\p{L}", high)):
        assert _kind(letter) & 31 in (0, _NO_SYLLABLE), letter


_PIECES = st.sampled_from([
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ế", "Ệ", "ỗ", "ữ", "ý", "À",
    "ng", "ngh", "gi", "qu", "tr", "th", "đ", "Đ", "nh", "ch", "c", "t", "m", "n", "p", "x",
    "f", "W", "z", "J", "B", "UBND", "İ", "ß", "ǹ", "ｎ", "中", "가", "\U0001d41a", "\U00010400",
    "e\u0301", "\u0301", " ", "  ", "\n", ".", ")", "]", "/", "(", "1", "-", "'", "\ud800",
])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_counts_like_word_by_word_on_generated_text(text):
    assert invalid_share(text) == reference_invalid_share(text)



@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ("• EMAIL:\n    sct@bentre.gov.vn\n  • ĐIỆN THOẠI:", ["sct@bentre.gov.vn"]),  # Bến Tre's contact block
        ("Xem http://sct.bentre.gov.vn/tin-tuc. Và www.moit.gov.vn, hết", ["http://sct.bentre.gov.vn/tin-tuc",
                                                                          "www.moit.gov.vn"]),
        ("@ và a@b không phải địa chỉ", []),  # no domain with a dot
        # a news page's image file name over its caption (Nhân Dân, 2025): its words had made the
        # page a damaged text
        ("năng lượng, chế biến nông, lâm sản.\n\nbo-truong-cong-thuong-nguyen-hong-dien-phat-bieu-tai-hoi-nghi.jpg\n"
         "Bộ trưởng Nguyễn Hồng Diên phát biểu tại hội nghị.",
         ["bo-truong-cong-thuong-nguyen-hong-dien-phat-bieu-tai-hoi-nghi.jpg"]),
        # every extension the one-pattern quick test stands for, each alone in its text
        *[(f"Ảnh: hoi-cho-cong-nghiep-nong-thon{ext} tại Hà Nội", [f"hoi-cho-cong-nghiep-nong-thon{ext}"])
          for ext in damage._FILE_EXTENSIONS],
    ],
)
def test_e_mail_addresses_and_urls_are_blanked(text, addresses):
    expected = text
    for address in addresses:
        expected = expected.replace(address, " " * len(address))
    assert damage.without_addresses(text) == expected
    assert invalid_share(text) == reference_invalid_share(text)


def test_an_address_holds_no_invalid_word():
    """"sct", "bentre", "gov", "vn" were 4 invalid words."""
    assert invalid_share("Thư điện tử: sct@bentre.gov.vn") == (0, 3)


# Bình Phước news of national projects done: machines' models and capacities.
_MACHINES = (
    "Các đề án hoàn thành gồm: Hỗ trợ Công ty TNHH MTV sản xuất thương mại Đức Thịnh (xã Thống Nhất, "
    "huyện Bù Đăng) 01 máy cắt tách vỏ cứng hạt điều Model 2017; công suất từ 450 - 570 kg điều nguyên "
    "liệu /giờ; máy mới 100%; sản xuất tại Việt Nam; hỗ trợ Công ty TNHH MTV sản xuất thương mại Hoàng "
    "Hưng - xã Đoàn Kết, huyện Bù Đăng 01 máy bóc vỏ lụa nhân hạt điều: Model PM300; công suất từ 200 - "
    "300 kg hạt điều nhân/giờ; máy mới 100%; sản xuất tại Việt Nam; hỗ trợ Công ty TNHH MTV sản xuất "
    "thương mại Thắng Lanh - xã Bình Thắng, huyện Bù Gia Mập 01 máy cắt tách vỏ cứng hạt điều Model 2017;"
    " công suất từ 450 - 570 kg điều nguyên liệu /giờ; máy mới 100%, sản xuất tại Việt Nam; hỗ trợ Công "
    "ty TNHH Hậu Nhựt - xã Bù Nho, huyện Phú Riềng 01 máy cắt tách vỏ cứng hạt điều Model 2017; công suất"
    " từ 450 - 600 kg điều nguyên liệu/giờ; máy mới 100%")


def test_units_and_models_beside_figures_are_no_damage():
    """"Model 2017", "450 - 570 kg": eight words no syllable made a clean report damaged."""
    assert damage.invalid_share(_MACHINES)[0] == 0
    assert not [w for w in normalise(_MACHINES).warnings if w.code == "damaged_text"]


# Đắk Lắk news (Tạp chí Công Thương, 2021): its districts and its loanwords
_DAK_LAK = (
    "Năm 2021, Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Đắk Lắk đã triển khai thực hiện 16/16 đề án. Tuy "
    "nhiên, vì diễn biến dịch covid-19 phức tạp nên có 2 đề án không kịp triển khai theo tiến độ.\n\nTheo đó, Trung tâm đã "
    "chú trọng triển khai thực hiện được 12 đề án hỗ trợ máy móc, thiết bị trong dây chuyền sản xuất công nghiệp - tiểu "
    "thủ công nghiệp, đúng theo mục tiêu của chương trình khuyến công như: Hỗ trợ dây chuyền chế biến nấm; ứng dụng máy "
    "móc thiết bị trong sản xuất bột cacao, socola, cà phê bột, bún, trà mãng cầu và gia công tôn trên địa bàn các huyện "
    "Ea Súp, Krông Búk, Ea H’leo, Krông Ana, Cư Kuin, Cư M’gar, EaKar, KRông Năng và Thành phố Buôn Ma Thuột.\n\nCác cơ "
    "sở đều đã đi vào hoạt động hiệu quả, tạo công ăn việc làm ổn định cho người lao động.")


def test_minority_place_names_and_loanwords_are_no_damage():
    """"M" of "Cư M’gar", "H" of "Ea H’leo", "cacao", "socola", "covid": five invalid words of 312
    made the page damaged, and the repairs then wrote "đại vào" for "đi vào", "công văn" for "công ăn"."""
    assert damage.invalid_share(_DAK_LAK)[0] == 0
    normalised = normalise(_DAK_LAK)
    assert [w.code for w in normalised.warnings] == ["text_repaired"]  # "EaKar -> Ea Kar" alone
    assert "đi vào hoạt động hiệu quả, tạo công ăn việc làm" in normalised.text.text
    assert invalid_share("huyện Cư M'gar và Ea H'leo") == (0, 6)
