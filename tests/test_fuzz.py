"""Property tests over the whole pipeline: random text and mutated corpus files.

Whatever the input, `extract_text` returns a Document (never raises), every span lies
inside the source, the JSON validates against the committed ``schemas/`` and the tables'
reader takes it (64-bit integers, finite floats).
"""

from __future__ import annotations

import json
import re
import unicodedata

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khuyencong_extract import extract_text
from khuyencong_extract.models import Document
from khuyencong_extract.pipeline import extract_bytes
from khuyencong_extract.read import ReadError
from khuyencong_extract.write import document_json, parse_documents

from conftest import CORPUS, CORPUS_FILES, SCHEMAS, corpus_text
from test_read import encode_tcvn3, encode_vni

VALIDATOR = jsonschema.Draft202012Validator(json.loads((SCHEMAS / "document.schema.json").read_text("utf-8")))
TEXTS = {path.stem: corpus_text(path) for path in CORPUS_FILES}
FUZZ = settings(max_examples=25, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

CHROME = [  # page furniture found around the corpus' web copies
    "Skip to main content", "Đăng xuất", "Các tin, bài khác", "| Ngày đăng: | 21/07/2021 |",
    "Trang chủ > Tin tức > Khuyến công", "Chia sẻ Facebook Twitter In bài",
]


def spans(node):
    """Every ``span`` value anywhere in a dumped Document."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "span" and value is not None:
                yield tuple(value)
            else:
                yield from spans(value)
    elif isinstance(node, list):
        for value in node:
            yield from spans(value)


def check(text: str) -> None:
    """The three properties, for one input text."""
    doc = extract_text(text, source_name="fuzz.txt")
    check_document(doc, len(text))


def check_document(doc: Document, chars: int) -> None:
    """The output of a source of ``chars`` characters validates, the tables' reader takes
    it and its spans lie inside the source."""
    written = document_json(doc)
    dumped = json.loads(written)
    VALIDATOR.validate(dumped)
    parse_documents([written])  # the tables hold it (64-bit integers, finite floats)
    for start, end in spans(dumped):
        assert 0 <= start <= end <= chars, (start, end, chars)
    assert doc.source.chars == chars


# --- mutations of real files ---------------------------------------------------------------


def drop_lines(text: str, keep: list[bool]) -> str:
    lines = text.split("\n")
    return "\n".join(line for i, line in enumerate(lines) if keep[i % len(keep)])


def swap_blocks(text: str, cut: float, cut2: float) -> str:
    """Exchange two stretches of lines (sections moved out of order)."""
    lines = text.split("\n")
    a, b = sorted((int(cut * len(lines)), int(cut2 * len(lines))))
    middle = (a + b) // 2
    return "\n".join(lines[:a] + lines[middle:b] + lines[a:middle] + lines[b:])


def insert_chrome(text: str, at: float, chrome: str) -> str:
    lines = text.split("\n")
    i = int(at * len(lines))
    return "\n".join(lines[:i] + [chrome] + lines[i:])


CONTROLS = "\x00\x07\x1b\x1c\x1d\x1e\x1f\x7f\x85\u2028"
"""Control characters a damaged file holds, among them those Python reads as line ends or
spaces and `regex` does not (U+001C-U+001F)."""


def insert_controls(text: str, places: list[tuple[float, str]]) -> str:
    for at, char in places:
        cut = int(at * len(text))
        text = text[:cut] + char + text[cut:]
    return text


DIGIT_ZEROS = [0x660, 0x6F0, 0xFF10, 0x1D7CE, 0x11F50, 0x10D40]
"""The zero of digits of other scripts: Arabic-Indic, Persian, full-width, mathematical bold,
and Kawi and Garay (newer than some Pythons' Unicode tables, not than `regex`'s)."""


def other_digits(text: str, zero: int, share: float) -> str:
    """``text`` with about ``share`` of its ASCII digits written in the script of ``zero``."""
    return re.sub(r"[0-9]", lambda m: chr(zero + int(m[0])) if hash(m.start()) % 100 < share * 100 else m[0], text)


WORD = re.compile(r"\w{2,}")


def split_words(text: str, share: float) -> str:
    """A space inside about ``share`` of the words, after their first letter or two (text
    taken out of a PDF)."""
    def split(m: re.Match) -> str:
        cut = 1 + m.start() % 2
        return m[0][:cut] + " " + m[0][cut:] if m.start() * 7919 % 1000 < share * 1000 else m[0]

    return WORD.sub(split, text)


PAGE_FORMS = ["{n}", "- {n} -", "Trang {n}", "{n}/9"]
HEADERS = ["", "UBND TỈNH PHÚ THỌ - SỞ CÔNG THƯƠNG", "Báo cáo kết quả công tác khuyến công năm 2024", "cơ sở"]


def insert_pages(text: str, places: list[float], form: str, header: str, closing: bool) -> str:
    """A PDF's page furniture at ``places`` (shares of the lines, two at one place an empty page): the page's number
    alone between blank lines in ``form``, then ``header`` if any; ``closing``: the last page's number alone closing
    the text."""
    lines = text.split("\n")
    for number, at in sorted(enumerate(sorted(places), 1), key=lambda page: -page[1]):
        i = int(at * len(lines))
        lines[i:i] = ["", form.format(n=number), ""] + ([header] if header else [])
    return "\n".join(lines + (["", form.format(n=len(places) + 1)] if closing else []))


FIGURE = re.compile(r"(?<![\d.,/])\d{1,3}(?![\d.,/])")
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")

MUTATIONS = {
    "nfd": lambda text, data: unicodedata.normalize("NFD", text),
    "crlf": lambda text, data: text.replace("\n", "\r\n"),
    "cr": lambda text, data: text.replace("\n", "\r"),
    "drop": lambda text, data: drop_lines(text, data.draw(st.lists(st.booleans(), min_size=1, max_size=9))),
    "swap": lambda text, data: swap_blocks(text, data.draw(st.floats(0, 1)), data.draw(st.floats(0, 1))),
    "chrome": lambda text, data: insert_chrome(text, data.draw(st.floats(0, 1)), data.draw(st.sampled_from(CHROME))),
    "cut": lambda text, data: text[: data.draw(st.integers(0, len(text)))],
    "tabs-nbsp": lambda text, data: text.replace(" ", data.draw(st.sampled_from(["\t", "\u00a0", "  ", " \u200b"]))),
    # figures of up to 120 thousands groups (past any 64-bit number), years of any 4 digits
    "huge-figures": lambda text, data: FIGURE.sub("1" + ".000" * data.draw(st.integers(0, 120)), text),
    "years": lambda text, data: YEAR.sub(lambda m: f"{data.draw(st.integers(0, 9999)):04d}", text),
    "capitals": lambda text, data: text.upper(),
    "one-line": lambda text, data: text.replace("\n", " "),
    "controls": lambda text, data: insert_controls(text, data.draw(st.lists(
        st.tuples(st.floats(0, 1), st.sampled_from(CONTROLS)), max_size=60))),
    "other-digits": lambda text, data: other_digits(text, data.draw(st.sampled_from(DIGIT_ZEROS)), data.draw(st.floats(0, 1))),
    # a blank line after every line: a viewer's double spacing, CRLF converted twice
    "double-spaced": lambda text, data: text.replace("\n", data.draw(st.sampled_from(["\n\n", "\r\r\n"]))),
    "split-words": lambda text, data: split_words(text, data.draw(st.floats(0, 1))),
    "pdf-pages": lambda text, data: insert_pages(text, data.draw(st.lists(st.floats(0, 1), min_size=1, max_size=8)),
                                                 data.draw(st.sampled_from(PAGE_FORMS)),
                                                 data.draw(st.sampled_from(HEADERS)), data.draw(st.booleans())),
}


@pytest.mark.parametrize("stem", sorted(TEXTS))
@FUZZ
@given(data=st.data())
def test_mutated_corpus_files(stem, data):
    text = TEXTS[stem]
    for name in data.draw(st.lists(st.sampled_from(sorted(MUTATIONS)), min_size=1, max_size=3), label="mutations"):
        text = MUTATIONS[name](text, data)
    check(text)


@pytest.mark.parametrize("stem", sorted(TEXTS))
@FUZZ
@given(groups=st.integers(0, 120))
def test_corpus_files_with_figures_of_any_size(stem, groups):
    """Every small figure made ``1.000...`` with ``groups`` thousands groups: from 7 groups
    on past the largest integer the output holds, from 103 on past any float."""
    check(MUTATIONS["huge-figures"](TEXTS[stem], _Fixed(groups)))


class _Fixed:
    """Stands for hypothesis's ``data`` where a mutation draws one known value."""

    def __init__(self, value):
        self.value = value

    def draw(self, strategy, label=None):
        return self.value


# --- damaged bytes ----------------------------------------------------------------------------

BYTES = {path.stem: path.read_bytes() for path in CORPUS_FILES}


def check_bytes(raw: bytes) -> None:
    """Input bytes give a Document with the three properties, or a `ReadError` with its reason."""
    try:
        doc = extract_bytes(raw, "fuzz.txt")
    except ReadError as error:
        assert str(error)
        return
    check_document(doc, doc.source.chars)


def change_bytes(raw: bytes, edits: list[tuple[float, int, bytes]]) -> bytes:
    """``raw`` with each edit ``(where, how many bytes dropped, bytes put in)`` made in turn."""
    for at, dropped, put in edits:
        cut = int(at * len(raw))
        raw = raw[:cut] + put + raw[cut + dropped:]
    return raw


def legacy_lines(raw: bytes, chosen: list[bool], codec: str) -> bytes:
    """Lines of ``raw`` re-encoded in ``codec`` where ``chosen`` says (a file pasted together)."""
    lines = raw.split(b"\n")
    return b"\n".join(line.decode("utf-8", "replace").encode(codec, "replace") if chosen[i % len(chosen)] else line
                      for i, line in enumerate(lines))


EDITS = st.lists(st.tuples(st.floats(0, 1), st.integers(0, 6), st.binary(max_size=6)), min_size=1, max_size=40)


@pytest.mark.parametrize("stem", sorted(BYTES))
@FUZZ
@given(edits=EDITS, chosen=st.lists(st.booleans(), min_size=1, max_size=5),
       codec=st.sampled_from(["utf-8", "cp1258", "cp1252", "utf-16-le"]))
def test_corpus_files_with_damaged_bytes(stem, edits, chosen, codec):
    """Bytes dropped, changed or put in (control bytes, NULs, broken sequences) and lines in
    another encoding: a Document with the three properties, or a `ReadError` with its reason."""
    raw = change_bytes(legacy_lines(BYTES[stem], chosen, codec), edits)
    check_bytes(raw)


def per_character(encode, text: str) -> bytes:
    """``text`` encoded character by character, "?" for one the legacy encoding lacks ("…")."""
    def one(char: str) -> bytes:
        try:
            return encode(char)
        except (UnicodeEncodeError, KeyError, ValueError):
            return b"?"

    return b"".join(map(one, text))


WHOLE_FILE_ENCODINGS = {  # every way the reader knows to find a text's characters in its bytes
    "utf-16": lambda text: text.encode("utf-16"),
    "utf-16-be": lambda text: text.encode("utf-16-be"),
    "utf-32": lambda text: text.encode("utf-32"),
    "utf-32-le": lambda text: text.encode("utf-32-le"),
    "gb18030": lambda text: text.encode("gb18030"),
    "tcvn3": lambda text: per_character(encode_tcvn3, text),
    "vni": lambda text: per_character(encode_vni, text),
    "mojibake": lambda text: text.encode("utf-8").decode("cp1252", "replace").encode("utf-8"),
}


@pytest.mark.parametrize("stem", sorted(BYTES))
@FUZZ
@given(encoding=st.sampled_from(sorted(WHOLE_FILE_ENCODINGS)), bom=st.booleans(), edits=EDITS,
       cut=st.floats(0.02, 0.25))
def test_corpus_files_in_every_encoding_with_damaged_bytes(stem, encoding, bom, edits, cut):
    """A piece of each corpus file in each encoding the reader knows, behind a UTF-8 byte-order
    mark or not, its bytes then damaged: a Document with the three properties, or a `ReadError`
    with its reason."""
    text = corpus_text(CORPUS / f"{stem}.txt")
    raw = WHOLE_FILE_ENCODINGS[encoding](text[: max(1, int(cut * len(text)))])
    raw = change_bytes((b"\xef\xbb\xbf" if bom else b"") + raw, edits)
    check_bytes(raw)


# --- random text ---------------------------------------------------------------------------------

VIETNAMESE = st.sampled_from(  # letters, tone marks and the words extractors look for
    list("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ0123456789 .,;:/-()\n|+%")
                             + ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "ngày ", "tháng ", "năm ",
                                "Căn cứ ", "Điều 1. ", "I. ", "1.1. ", "a) ", "- ", "tỷ đồng", "triệu đồng",
                                " lớp", " cơ sở", "%", "Số: ", "/QĐ-UBND", "Sở Công Thương", "\r\n"])


@FUZZ
@given(st.lists(VIETNAMESE, max_size=1500).map("".join))
def test_random_vietnamese_text(text):
    check(text)


@FUZZ
@given(st.text(max_size=2000))
def test_random_unicode_text(text):
    check(text)
