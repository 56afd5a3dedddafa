"""The read stage: encoding detection and decoding, code tables, and refusals.

Paragraphs come from the corpus (UTF-8 files), are encoded into each supported encoding
(the legacy ones through the inverse of our own code tables) and must decode back.
"""

from __future__ import annotations

import codecs
import shutil
import subprocess
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import AN_GIANG, CORPUS_FILES, HA_TINH, HUNG_YEN, TUYEN_QUANG
from khuyencong_extract.pipeline import extract_bytes
from khuyencong_extract.read import (
    CONTROL_BYTES,
    ReadError,
    control_share,
    decode,
    decode_tcvn3,
    decode_vni,
    evidence,
    is_syllable,
    load_code_table,
    plausibility,
)

TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# --- factories ----------------------------------------------------------------------

def paragraph(path, first: int, last: int) -> str:
    """Lines ``first..last`` (1-based, inclusive) of a corpus file, NFC."""
    lines = path.read_text("utf-8").splitlines(keepends=True)
    return nfc("".join(lines[first - 1 : last]))


TCVN3 = {char: seq for seq, char in load_code_table("tcvn3.tsv").items()}
VNI = {char: seq for seq, char in load_code_table("vni.tsv").items()}
VIETNAMESE_LETTERS = frozenset(
    nfc(base + mark + tone).swapcase() if upper else nfc(base + mark + tone)
    for base, marks in {"a": "\u0306\u0302", "e": "\u0302", "i": "", "o": "\u0302\u031b", "u": "\u031b", "y": ""}.items()
    for mark in ("", *marks)
    for tone in ("", *TONE_MARKS)
    for upper in (False, True)
    if (mark or tone)
) | {"đ", "Đ"}
"""The 134 letters of Vietnamese that are not plain ASCII."""


def encode_tcvn3(text: str) -> bytes:
    """TCVN3 bytes through the inverse of data/tcvn3.tsv (full table: toned capitals too)."""
    return b"".join(TCVN3.get(char) or char.encode("ascii") for char in text)


def encode_abc_font(text: str) -> bytes:
    """TCVN3 as typed with Windows ABC fonts: – … “ ” are cp1252 bytes, and a toned capital
    is the lower-case code (a capitals font such as .VnTimeH draws it upper case)."""
    out = []
    for char in text:
        if char in "–…“”":
            out.append(char.encode("cp1252"))
        elif char.isupper() and char in TCVN3 and char not in "ĂÂÊÔƠƯĐ":
            out.append(TCVN3[char.lower()])
        else:
            out.append(TCVN3.get(char) or char.encode("ascii"))
    return b"".join(out)


def encode_vni(text: str) -> bytes:
    """VNI bytes through the inverse of data/vni.tsv; everything else as cp1252."""
    return b"".join(VNI.get(char) or char.encode("cp1252") for char in text)


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: base letter, then a combining tone mark."""
    out = []
    for char in text:
        try:
            out.append(char.encode("cp1258"))
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", char)
            tone = "".join(c for c in decomposed if c in TONE_MARKS)
            base = nfc("".join(c for c in decomposed if c not in TONE_MARKS))
            out.append(base.encode("cp1258") + tone.encode("cp1258"))
    return b"".join(out)


def shown_as_windows_1252(raw: bytes) -> str:
    """``raw`` as a browser shows a page labelled Windows-1252: the five bytes the code page
    leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) become the C1 controls of that number."""
    return "".join(bytes([byte]).decode("cp1252", "ignore") or chr(byte) for byte in raw)


ENCODERS = {
    "utf-8": (lambda t: t.encode("utf-8"), "utf-8"),
    "utf-8 with BOM": (lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8-sig"),
    "utf-16 LE with BOM": (lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"), "utf-16"),
    "utf-16 BE with BOM": (lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), "utf-16"),
    "utf-16 LE without BOM": (lambda t: t.encode("utf-16-le"), "utf-16"),
    "utf-16 BE without BOM": (lambda t: t.encode("utf-16-be"), "utf-16"),
    "utf-32 LE with BOM": (lambda t: codecs.BOM_UTF32_LE + t.encode("utf-32-le"), "utf-32"),
    "utf-32 BE with BOM": (lambda t: codecs.BOM_UTF32_BE + t.encode("utf-32-be"), "utf-32"),
    "utf-32 LE without BOM": (lambda t: t.encode("utf-32-le"), "utf-32"),
    "utf-32 BE without BOM": (lambda t: t.encode("utf-32-be"), "utf-32"),
    "windows-1258": (encode_cp1258, "windows-1258"),
    "tcvn3": (encode_tcvn3, "tcvn3"),
    "vni": (encode_vni, "vni"),
}

PARAGRAPHS = {
    # header, capitals with tones, the first basis clauses
    "tuyen-quang header": (TUYEN_QUANG, 2, 31, "Căn cứ Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ về khuyến công;"),
    # the general objectives, long lines
    "hung-yen objectives": (HUNG_YEN, 35, 45, "2. Mục tiêu cụ thể"),
    # hard-wrapped lines
    "an-giang basis": (AN_GIANG, 22, 30, "Căn cứ Nghị định số\n45/2012/NĐ-CP ngày 21 tháng 5 năm 2012 của Chính phủ về Khuyến công;"),
}


# --- round trips --------------------------------------------------------------------

@pytest.mark.parametrize("paragraph_name", PARAGRAPHS)
@pytest.mark.parametrize("encoder_name", ENCODERS)
def test_real_paragraph_round_trips_through_every_encoding(paragraph_name, encoder_name):
    path, first, last, clause = PARAGRAPHS[paragraph_name]
    text = paragraph(path, first, last)
    encode, expected = ENCODERS[encoder_name]
    source = decode(encode(text))
    assert source.encoding == expected
    assert nfc(source.text) == text
    assert clause in nfc(source.text)
    assert source.notes == ()


def test_gb18030_is_read_as_gb18030_not_taken_for_tcvn3():
    # GB18030 writes "ổ" as 81 36 85 37: TCVN3 read "Tổ" as "TẢ6…7", and took the paragraph
    # for TCVN3 ("CHẢ0œ5Ả0›0NG TRẢ0ˆ0NH"): the digits cut its words short, some into syllables
    text = paragraph(AN_GIANG, 123, 128)  # "IV. NỘI DUNG ... Tổ chức 50 lớp đào tạo nghề ..."
    source = decode(text.encode("gb18030"))
    assert source.encoding == "gb18030"
    assert source.text == text
    assert "Tổ chức 50 lớp đào tạo nghề và" in source.text
    assert source.notes == ("text is in GB18030, a Chinese encoding of Unicode; decoded as GB18030",)


def test_windows_1258_text_is_returned_as_decoded_with_combining_tone_marks():
    text = paragraph(TUYEN_QUANG, 16, 16)  # "QUYẾT ĐỊNH"
    source = decode(encode_cp1258(text))
    assert source.text == "QUY\u00ca\u0301T \u0110I\u0323NH\n"  # Ê + combining acute: faithful, NFC comes later
    assert nfc(source.text) == "QUYẾT ĐỊNH\n"


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.stem)
def test_corpus_files_are_read_as_utf8_unchanged(path):
    raw = path.read_bytes()
    source = decode(raw)
    assert (source.encoding, source.text, source.size, source.notes) == ("utf-8", raw.decode("utf-8"), len(raw), ())


def test_tcvn3_typed_with_windows_punctuation_keeps_the_ellipsis():
    text = paragraph(HA_TINH, 3, 3)  # "... sản phẩm công nghiệp nông thôn… gắn với ..."
    source = decode(encode_abc_font(text))
    assert source.encoding == "tcvn3"
    assert "sản phẩm công nghiệp nông thôn… gắn với phổ biến cơ chế chính sách mới" in source.text


def test_abc_font_heading_keeps_its_dash_and_loses_the_case_of_toned_capitals():
    text = paragraph(AN_GIANG, 60, 70)  # "KHUYẾN CÔNG TỈNH AN GIANG GIAI ĐOẠN 2021 – 2025"
    source = decode(encode_abc_font(text))
    assert source.encoding == "tcvn3"
    # the bytes do not say which letters a capitals font drew upper case (known limitation)
    assert "KHUYếN CÔNG TỉNH AN GIANG GIAI ĐOạN 2021 – 2025" in source.text
    assert nfc(source.text).upper() == text.upper()


@pytest.mark.parametrize("wide", ["utf-16", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf8_byte_order_mark_before_utf16_or_utf32_text_reads_that_text(wide):
    text = paragraph(TUYEN_QUANG, 2, 31)
    source = decode(codecs.BOM_UTF8 + text.encode(wide))  # "utf-16": its own mark after the UTF-8 one
    family = wide[:6]
    assert source.encoding == family
    assert source.text == text
    assert "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;" in source.text
    assert source.notes == (f"{family.upper()} text after a UTF-8 byte-order mark; read as {family.upper()}",)


def test_ascii_utf16_without_bom_is_not_taken_for_utf8_with_nul_bytes():
    source = decode("Can cu Luat To chuc chinh quyen dia phuong".encode("utf-16-le"))
    assert (source.encoding, source.text) == ("utf-16", "Can cu Luat To chuc chinh quyen dia phuong")


# --- code tables --------------------------------------------------------------------

@pytest.mark.parametrize("table", [TCVN3, VNI], ids=["tcvn3", "vni"])
def test_code_table_covers_every_vietnamese_letter_once(table):
    assert len(VIETNAMESE_LETTERS) == 134
    assert VIETNAMESE_LETTERS <= set(table)
    sequences = [table[letter] for letter in VIETNAMESE_LETTERS]
    assert len(set(sequences)) == len(sequences)


def test_vni_sequences_are_a_base_letter_and_a_mark_or_one_byte():
    for char, seq in VNI.items():
        assert len(seq) in (1, 2), char
        if len(seq) == 2:
            assert seq[:1] in b"aeouyAEOUY\xf4\xf6\xd4\xd6", char  # ô/ö bytes are the bases of ơ/ư
    marks = {seq[1] for seq in VNI.values() if len(seq) == 2}
    assert not marks & {seq[0] for seq in VNI.values()}  # a mark byte never starts a letter


@pytest.mark.parametrize(
    "raw, expected",
    [
        # well-known TCVN3 renderings of the national motto, as seen on old web pages
        ("Céng hßa x· héi chñ nghÜa ViÖt Nam".encode("cp1252"), "Cộng hòa xã hội chủ nghĩa Việt Nam"),
        ("§éc lËp - Tù do - H¹nh phóc".encode("cp1252"), "Độc lập - Tự do - Hạnh phúc"),
        (b"Quy\xd5t \xae\xdenh", "Quyết định"),
        (b"\x9eY BAN NH\xa2N D\xa2N", "ỦY BAN NHÂN DÂN"),  # toned capital from the full table
    ],
)
def test_tcvn3_table_decodes_known_text(raw, expected):
    assert decode_tcvn3(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam".encode("cp1252"), "Cộng hòa xã hội chủ nghĩa Việt Nam"),
        ("Ñoäc laäp - Töï do - Haïnh phuùc".encode("cp1252"), "Độc lập - Tự do - Hạnh phúc"),
        ("UÛY BAN NHAÂN DAÂN TÆNH".encode("cp1252"), "ỦY BAN NHÂN DÂN TỈNH"),
        ("Thuû töôùng Chính phuû".encode("cp1252"), "Thủ tướng Chính phủ"),
        ("löôïng, ôû, ñòa baøn, hoaëc, khuyeán coâng".encode("cp1252"), "lượng, ở, địa bàn, hoặc, khuyến công"),
        ("\x93quy ñònh\x94".encode("latin-1"), "“quy định”"),
    ],
)
def test_vni_table_decodes_known_text(raw, expected):
    assert decode_vni(raw) == expected


@pytest.mark.skipif(shutil.which("iconv") is None, reason="iconv not installed")
def test_tcvn3_table_agrees_with_the_system_tcvn5712_converter():
    probe = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=b"a", capture_output=True)
    if probe.returncode != 0:
        pytest.skip("iconv has no TCVN5712-1")
    for char, seq in TCVN3.items():
        converted = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=seq, capture_output=True)
        assert converted.stdout.decode("utf-8") == char, seq.hex()


# --- syllables (the scoring unit) ---------------------------------------------------

@pytest.mark.parametrize(
    "word, valid",
    [
        ("khuyến", True), ("nghiệp", True), ("QUYẾT", True), ("Đẩy", True), ("thủy", True),
        ("thuỷ", True), ("giữa", True), ("quốc", True), ("chuyển", True), ("rượu", True),
        ("Quyê\u0301t", True),  # decomposed, as Windows-1258 writes it
        ("quyet", False),  # a stop coda needs the acute or dot-below tone
        ("QuyƠt", False), ("Þnh", False), ("ViÖt", False), ("héi", False), ("Viá»", False),
        ("hp", False),  # "hợp" with its vowel lost, from the directive file
        ("kế", True), ("ghế", True), ("nghề", True), ("cuốn", True), ("ngoài", True), ("gì", True),
        ("céng", False), ("ngế", False), ("kuốn", False), ("ghoài", False),  # c/k, ng/ngh, g/gh spelling
    ],
)
def test_is_syllable(word, valid):
    assert is_syllable(word) is valid


@pytest.mark.parametrize(
    "text, score",
    [
        ("Số: 69/QĐ-UBND; Nghị định số 45/2012/NĐ-CP", 1.0),  # abbreviations are not evidence
        ("Căn cứ Luật Tổ chức chính quyền địa phương", 1.0),
        ("Sè: 69/Q§-UBND", 0.5),  # TCVN3 "Số: 69/QĐ" read as Windows-1258: § is no letter
        ("ngày 19 tháng 6 – năm 2015 …", 1.0),  # dashes and ellipses are typography
        ("Quyáº¿t Ä‘á»‹nh", 0.0),  # UTF-8 read as Windows-1258
    ],
)
def test_plausibility(text, score):
    assert plausibility(text) == score


# --- repairs reported as notes ------------------------------------------------------

def test_truncated_utf8_at_end_is_decoded_with_a_note():
    raw = HUNG_YEN.read_bytes()
    cut = raw.rindex("hiện".encode()) + len("hi") + 2  # inside the three bytes of "ệ"
    source = decode(raw[:cut])
    assert source.encoding == "utf-8"
    assert source.text == raw[: cut - 2].decode("utf-8") + "\ufffd"
    assert source.notes == ("truncated UTF-8 sequence at end of input (last 2 bytes replaced by U+FFFD)",)


@pytest.mark.parametrize(
    "foreign, note",
    [
        # "b) Đẩy mạnh hoạt động khuyến công ..." pasted from a Windows-1258 file
        ({4}, "line 4 not valid UTF-8, decoded as windows-1258"),
        # and "c) Khuyến khích hỗ trợ sản xuất sạch hơn ..." too
        ({4, 5}, "2 lines (4, 5) not valid UTF-8, decoded as windows-1258"),
    ],
)
def test_mixed_file_decodes_foreign_lines_with_the_legacy_encoding(foreign, note):
    lines = paragraph(HUNG_YEN, 35, 45).splitlines(keepends=True)
    raw = b"".join(encode_cp1258(line) if n in foreign else line.encode("utf-8") for n, line in enumerate(lines, 1))
    source = decode(raw)
    assert source.encoding == "utf-8"
    assert nfc(source.text) == "".join(lines)
    assert source.notes == (note,)


def test_utf8_file_with_a_byte_order_mark_decodes_foreign_lines_with_the_legacy_encoding():
    lines = paragraph(HUNG_YEN, 35, 45).splitlines(keepends=True)
    raw = b"".join(encode_cp1258(line) if n == 4 else line.encode("utf-8") for n, line in enumerate(lines, 1))
    source = decode(codecs.BOM_UTF8 + raw)
    assert source.encoding == "utf-8-sig"
    assert nfc(source.text) == "".join(lines)
    assert "b) Đẩy mạnh hoạt động khuyến công" in nfc(source.text)  # not "b) \ufffd\ufffdy m\ufffd\ufffdnh"
    assert source.notes == ("line 4 not valid UTF-8, decoded as windows-1258",)


@pytest.mark.parametrize("encode, encoding", [(encode_tcvn3, "tcvn3"), (encode_cp1258, "windows-1258")])
def test_legacy_text_after_a_utf8_byte_order_mark_is_read_in_its_encoding(encode, encoding):
    text = paragraph(TUYEN_QUANG, 2, 31)
    source = decode(codecs.BOM_UTF8 + encode(text))
    assert source.encoding == encoding
    assert nfc(source.text) == text
    assert source.notes == (f"{encoding} text after a UTF-8 byte-order mark; read as {encoding}",)


def test_truncated_utf32_is_decoded_with_a_note():
    text = paragraph(HUNG_YEN, 35, 45)
    source = decode(text.encode("utf-32")[:-2])  # half of the last line end lost
    assert source.encoding == "utf-32"
    assert source.text == text[:-1] + "\ufffd"
    assert source.notes == ("length not a multiple of 4: truncated UTF-32 input, 1 code units replaced by U+FFFD",)


def test_stray_byte_in_a_utf8_line_is_replaced_not_misread():
    text = paragraph(TUYEN_QUANG, 25, 31)
    raw = text.encode("utf-8").replace("địa phương".encode(), "địa".encode() + b"\xa0" + "phương".encode())  # a Latin-1 NBSP
    source = decode(raw)
    assert source.encoding == "utf-8"
    assert "Căn cứ Luật Tổ chức chính quyền địa\ufffdphương ngày 19 tháng 6 năm 2015;" in source.text
    assert source.notes == ("1 invalid UTF-8 byte replaced by U+FFFD in line 1",)


def test_utf8_line_that_lost_a_byte_keeps_its_utf8_reading_when_neither_reads_better():
    lines = TUYEN_QUANG.read_bytes().splitlines(keepends=True)[:16]  # the header
    assert lines[6] == "Số: 69/QĐ-UBND\n".encode()
    lines[6] = b"S" + "ố".encode()[1:] + ": 69/QĐ-UBND\n".encode()  # the lead byte of "ố" lost
    source = decode(b"".join(lines))
    assert source.encoding == "utf-8"
    assert source.text.splitlines()[6] == "S\ufffd\ufffd: 69/QĐ-UBND"  # not "S»‘: 69/QÄ\ufffd-UBND"
    assert "Tuyên Quang, ngày 10 tháng 03 năm 2016" in source.text
    assert source.notes == ("2 invalid UTF-8 bytes replaced by U+FFFD in line 7",)


ONE_LINE = " ".join(TUYEN_QUANG.read_text("utf-8").split("\n"))
"""The Tuyên Quang decision as one line, as some exports write it."""


def test_one_line_utf8_file_with_a_stray_byte_is_utf8_with_a_note():
    at = ONE_LINE.index("khuyến công;") + len("khuyến công")  # "... của Chính phủ về khuyến công;"
    raw = ONE_LINE[:at].encode() + b"\xff" + ONE_LINE[at:].encode()
    source = decode(raw)
    assert source.encoding == "utf-8"
    assert source.text == ONE_LINE[:at] + "\ufffd" + ONE_LINE[at:]
    assert "Căn cứ Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ về khuyến công\ufffd;" in source.text
    assert source.notes == ("1 invalid UTF-8 byte replaced by U+FFFD in line 1",)


def test_one_line_utf8_file_cut_inside_its_first_character_is_utf8_with_a_note():
    raw = ("Ủy ban nhân dân tỉnh. " + ONE_LINE).encode()[1:]  # the lead byte of "Ủ" cut off
    source = decode(raw)
    assert source.encoding == "utf-8"
    assert source.text == "\ufffd\ufffdy ban nhân dân tỉnh. " + ONE_LINE  # one U+FFFD for each continuation byte
    assert source.notes == ("2 invalid UTF-8 bytes replaced by U+FFFD in line 1",)


def test_pipeline_turns_notes_into_encoding_repaired_warnings():
    raw = HUNG_YEN.read_bytes()
    cut = raw.rindex("hiện".encode()) + len("hi") + 1  # after the first byte of "ệ"
    doc = extract_bytes(raw[:cut], path="hung-yen-cut.txt")
    repaired = [(w.code, w.message) for w in doc.warnings if w.code == "encoding_repaired"]
    assert doc.source.encoding == "utf-8"
    assert repaired == [("encoding_repaired", "truncated UTF-8 sequence at end of input (last 1 byte replaced by U+FFFD)")]


@pytest.mark.parametrize(
    "shown, encoding, clause",
    [
        # what old provincial web pages serve: legacy-font bytes labelled as Windows-1252
        (encode_abc_font(paragraph(HA_TINH, 3, 3)).decode("cp1252"), "tcvn3",
         "Tổ chức tập huấn xây dựng thương hiệu, nhãn hiệu sản phẩm công nghiệp nông thôn… gắn với"),
        (encode_vni(paragraph(TUYEN_QUANG, 25, 31)).decode("cp1252"), "vni",
         "Căn cứ Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ về khuyến công;"),
        ("Céng hßa x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\n", "tcvn3",
         "Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc"),
    ],
)
def test_legacy_font_text_shown_as_windows_1252_is_converted(shown, encoding, clause):
    source = decode(shown.encode("utf-8"))
    assert source.encoding == "utf-8"
    assert clause in source.text
    assert source.notes == (f"text is {encoding} shown as Windows-1252 characters; converted to Unicode",)


def test_legacy_font_text_shown_as_windows_1252_with_an_undefined_byte_is_converted():
    # full TCVN3: Ì is 0x8D, undefined in Windows-1252 (a C1 control once shown); Ệ is 0x8C, Œ
    text = paragraph(AN_GIANG, 15, 16)  # "QUYẾT ĐỊNH / PHÊ DUYỆT CHƯƠNG TRÌNH KHUYẾN CÔNG ..."
    shown = shown_as_windows_1252(encode_tcvn3(text))
    assert "TR\x8dNH" in shown and "DUYŒT" in shown
    source = decode(shown.encode("utf-8"))
    assert nfc(source.text) == text
    assert "PHÊ DUYỆT CHƯƠNG TRÌNH KHUYẾN CÔNG TỈNH AN GIANG GIAI ĐOẠN" in source.text
    assert source.notes == ("text is tcvn3 shown as Windows-1252 characters; converted to Unicode",)


HEADING = paragraph(TUYEN_QUANG, 16, 18).encode("utf-8")
"""'QUYẾT ĐỊNH / Về việc phê duyệt Chương trình khuyến công ...': the UTF-8 of Đ and ề ends
in 0x90 and 0x81, bytes Windows-1252 leaves undefined."""


@pytest.mark.parametrize("text, shown, phrase", [
    # no undefined byte in it
    (paragraph(AN_GIANG, 46, 48), paragraph(AN_GIANG, 46, 48).encode("utf-8").decode("cp1252"),
     "Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Công Thương"),
    # as a browser shows it: 0x90 and 0x81 as C1 controls
    (HEADING.decode("utf-8"), shown_as_windows_1252(HEADING), "QUYẾT ĐỊNH\n\nVề việc phê duyệt Chương trình"),
], ids=["defined bytes only", "undefined bytes as C1 controls"])
def test_utf8_shown_as_windows_1252_and_saved_again_is_converted(text, shown, phrase):
    assert "Ã" in shown and "á»" in shown  # mojibake: "Ã" and "á»" start its two- and three-byte letters
    source = decode(shown.encode("utf-8"))
    assert source.encoding == "utf-8"
    assert source.text == text
    assert phrase in source.text
    assert source.notes == ("text is UTF-8 shown as Windows-1252 characters (mojibake); converted",)


@pytest.mark.parametrize("shown", [
    HEADING.decode("cp1252", "replace"),  # U+FFFD for the undefined bytes
    HEADING.decode("cp1252", "replace").replace("\ufffd", "?"),  # saved back as Windows-1252
    HEADING.decode("cp1252", "ignore"),  # dropped
], ids=["as U+FFFD", "as ?", "dropped"])
def test_mojibake_that_lost_its_undefined_bytes_is_converted_with_u_fffd_for_those_characters(shown):
    source = decode(shown.encode("utf-8"))
    assert source.encoding == "utf-8"
    assert source.text == "QUYẾT \ufffdỊNH\n\nV\ufffd việc phê duyệt Chương trình khuyến công tỉnh Tuyên Quang \n"
    assert source.notes == ("text is UTF-8 shown as Windows-1252 characters (mojibake); converted, "
                            "2 characters that lost a byte replaced by U+FFFD",)


@pytest.mark.parametrize("text", ["Café crème brûlée à la française, déjà vu.", "Größe ¡ § ½ µ", "¸n ¸n"])
def test_latin1_text_that_is_not_a_legacy_font_stays_as_it_is(text):
    source = decode(text.encode("utf-8"))
    assert (source.text, source.notes) == (text, ())


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.stem)
def test_corpus_words_with_diacritics_are_vietnamese_syllables(path):
    valid, units = evidence(path.read_text("utf-8"))
    assert units > 300
    assert valid >= units - 1  # the one exception: "tríđủ", two words run together in Tuyên Quang


# --- refusals -----------------------------------------------------------------------

TEXT = paragraph(TUYEN_QUANG, 25, 25).encode("utf-8")

BAD_INPUTS = {
    "empty": (b"", "empty input"),
    "whitespace": (b" \r\n\t  \n", "input holds only whitespace"),
    "BOM only": (codecs.BOM_UTF8, "input holds only a byte-order mark"),
    "UTF-16 blanks": (codecs.BOM_UTF16_LE + " \n ".encode("utf-16-le"), "input holds only whitespace"),
    "PDF": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>", "binary input: a PDF document"),
    "zip": (b"PK\x03\x04\x14\x00\x06\x00\x08\x00" + TEXT, "binary input: a zip archive"),
    "PNG": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary input: a PNG image"),
    "GIF": (b"GIF89a\x01\x00\x01\x00\x80\x00\x00", "binary input: a GIF image"),
    "JPEG": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "binary input: a JPEG image"),
    "gzip": (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + TEXT, "binary input: a gzip archive"),
    "OLE .doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(40), "binary input: an OLE compound file"),
    "control bytes": (bytes(range(0, 32)) * 4 + TEXT, "binary input: "),
    # 32-bit numbers: their NUL bytes fall as in UTF-32 text, which they are not
    "32-bit integers": (b"".join(n.to_bytes(4, "little") for n in range(64)), "binary input: 42% control characters"),
    "Russian cp1251": ("Программа поддержки промышленности на 2021-2025 годы".encode("cp1251"), "undecodable: "),
    "Chinese GBK": ("工业推广计划二〇二一年至二〇二五年".encode("gbk"), "undecodable: "),
}


@pytest.mark.parametrize("name", BAD_INPUTS)
def test_bad_input_gives_its_one_line_reason(name):
    raw, reason = BAD_INPUTS[name]
    with pytest.raises(ReadError) as caught:
        decode(raw)
    message = str(caught.value)
    assert message.startswith(reason)
    assert "\n" not in message


def test_control_byte_reason_gives_the_share():
    with pytest.raises(ReadError, match=r"^binary input: \d+% control bytes, not a text document$"):
        decode(bytes(range(0, 32)) * 4 + TEXT)


@pytest.mark.parametrize("sample", [
    bytes(range(256)),
    bytes(range(0, 32)) * 4 + TEXT,
    TEXT,
    "Céng hßa x· héi".encode("cp1252") + bytes([0x01, 0x11, 0x17, 0x7F, 0x00]),
])
def test_control_share_counts_each_control_byte(sample):
    counted = sum(sample.count(b) for b in CONTROL_BYTES) / len(sample)
    assert control_share(sample) == counted


# --- properties ---------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_decode_raises_nothing_but_read_error(raw):
    try:
        source = decode(raw)
    except ReadError as error:
        assert str(error) and "\n" not in str(error)
    else:
        assert source.text.strip() and source.size == len(raw)


VIETNAMESE_TEXT = st.text(
    alphabet=st.sampled_from(sorted(VIETNAMESE_LETTERS) + list("abcdeghiklmnopqrstuvxyABCDEGHIKLMNOPQRSTUVXY ,.;:-0123456789\n")),
    max_size=200,
)


@given(VIETNAMESE_TEXT)
def test_tcvn3_table_inverse_round_trips(text):
    assert decode_tcvn3(encode_tcvn3(text)) == text


@given(VIETNAMESE_TEXT)
def test_vni_table_inverse_round_trips(text):
    assert decode_vni(encode_vni(text)) == text


@given(st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=200))
def test_any_unicode_vietnamese_text_is_read_back_unchanged(text):
    text = "Căn cứ " + text
    source = decode(text.encode("utf-8"))
    assert (source.text, source.encoding, source.notes) == (text, "utf-8", ())
