"""Vietnamese numbers: figures, ranges, qualifiers, money and numbers written in words.

Reads: plain strings (the clean text of a document or a passage of it). Writes: values
with their offsets in the string, for the targets and budget extractors. Conventions:
``.`` groups thousands and ``,`` marks decimals (``27,377 tỷ đồng`` is 27 377 000 000
đồng, ``2.400 USD`` is 2 400; but a dot with one or two digits after it before a scale of
money is a decimal: ``3.4 tỷ đồng``), counts keep leading zeros (``02``), amounts may be
repeated in words ("Hai mươi bảy tỷ, ba trăm bảy mươi bảy triệu đồng chẵn").
The vocabulary (digit words, scales, currencies, qualifiers) is in ``data/numbers.toml``.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterator
from decimal import Decimal
from importlib import resources
from typing import NamedTuple

import numpy as np
import regex

from khuyencong_extract.texttools import document_cache, holds_any

VOCAB = tomllib.loads(resources.files("khuyencong_extract").joinpath("data/numbers.toml").read_text("utf-8"))
DIGITS: dict[str, int] = VOCAB["digits"]
MULTIPLIERS: dict[str, int] = VOCAB["multipliers"]
TENS: dict[str, int] = VOCAB["tens"]
SCALES: dict[str, int] = VOCAB["scales"]
FILLER: frozenset[str] = frozenset(VOCAB["filler"])
CURRENCIES: dict[str, str] = VOCAB["currencies"]
QUALIFIERS: list[str] = sorted(VOCAB["qualifiers"], key=len, reverse=True)
COMPOUND_MONEY: dict = VOCAB["compound_money"]
"""The scales of an amount written in two: "99 tỷ 100 triệu đồng"."""
BARE_MONEY: dict = VOCAB["bare_money"]
"""Scale words that are an amount of ``BARE_MONEY["currency"]`` without a currency word."""


def phrase_alternation(words, space: str = r"\s+") -> str:
    """Regex alternation of ``words``, longest first, their spaces matching ``space`` (any whitespace)."""
    return "|".join(regex.escape(w).replace(r"\ ", space) for w in sorted(words, key=len, reverse=True))


# A currency word that begins another word ("đồng thời", "đồng bào"): no currency there.
_NOT_CURRENCY = "".join(
    rf"(?!{regex.escape(word)}[ \t]+(?:{phrase_alternation(after)})(?!\p{{L}}))"
    for word, after in VOCAB["currency_not_before"].items()
)
# A decimal dot, as an English-style copy writes it, before a scale of money: "3.4 tỷ đồng"
# (a dot that groups thousands has three digits after it).
_DOT_DECIMAL_BEFORE_SCALE = r"\.\d{1,2}(?=[ \t]*(?:tỷ|tỉ|triệu)(?!\p{L}))"
# A decimal comma a slip of typing spaced from its one or two digits, before a scale of money:
# "1, 35 tỷ đồng" is 1,35 tỷ (read apart, "35 tỷ" was 26 times the amount).
_SPACED_DECIMAL_BEFORE_SCALE = r",[ \t]\d{1,2}(?=[ \t]*(?:tỷ|tỉ|triệu)(?!\p{L}))"
# One figure: thousands grouped by dots (``17.600``, ``2.400``) or plain digits, with an
# optional decimal part after a comma (``27,377``, ``3,4``); or `_DOT_DECIMAL_BEFORE_SCALE`,
# or `_SPACED_DECIMAL_BEFORE_SCALE`.
_FIGURE = (rf"(?:\d{{1,3}}(?:\.\d{{3}})+|\d{{1,3}}{_DOT_DECIMAL_BEFORE_SCALE}|\d{{1,3}}{_SPACED_DECIMAL_BEFORE_SCALE}"
           rf"|\d{{1,15}})(?:,\d{{1,6}})?")
# A figure is not part of a date, a time, a document number or a dotted marker: no letter,
# digit, slash, dot, comma, dash or "7:" glued before it, and none of ``/``, ``.5``, ``,5``,
# ``:5``, ``-5`` after ("10:24 AM" is a time, no count of "AM"); but for the count an amount is
# paired with by a slash after its currency (`_PAIRED_BY_SLASH`: "130 tỷ đồng/106 đề án").
_PAIRED_BY_SLASH = r"(?<=(?<![\p{L}\p{N}])đồng/)"
# ... and for an amount paired by a slash after a count's unit: "5 cơ sở/500 triệu đồng", "10 đề án/2.500 triệu đồng"
# (not a norm, after its words: "Mức hỗ trợ 1 mô hình trình diễn/300 triệu đồng", "Định mức chi", "Đơn giá", "Hạn
# mức", "không quá", "tối đa", "mỗi", "bình quân").
_AMOUNT_AFTER_SLASH = (r"(?<=\d[ \t]+\p{L}+(?:[ \t]+\p{L}+){0,3}/)"
                       r"(?<!(?<!\p{L})(?i:(?:định[ \t]+)?mức[ \t]+(?:hỗ[ \t]+trợ|chi|kinh[ \t]+phí)|đơn[ \t]+giá"
                       r"|hạn[ \t]+mức|không[ \t]+quá|tối[ \t]+đa|mỗi|bình[ \t]+quân)[^.;,\n/]{0,40}/)"
                       r"(?=[\d.,]{1,20}[ \t]*(?:tỷ|tỉ|triệu)(?!\p{L}))")
_BEFORE = rf"(?:(?<![\p{{L}}\p{{N}}/.,\-–]|\p{{N}}:)|{_PAIRED_BY_SLASH}|{_AMOUNT_AFTER_SLASH})"
_AFTER = r"(?![\p{N}/]|[.,:]\p{N}|[\-–]\p{N})"
# Ranges: "3-4", "3 – 4", "từ 3 đến 5", "3 đến 5".
_SPAN_JOIN = r"\s*(?:[\-–]|\s(?:[đĐ][ếẾ][nN]|[tT][ớỚ][iI])\s)\s*"
# A percent sign may close the first figure when one closes the second: "từ 10% - 50%", "30%-35%".
_SPAN_PERCENT = r"(?P<pct>[ \t]?%)?"
_SPAN_CLOSED = r"(?(pct)(?=[ \t]?%))"
_SPAN = rf"(?P<lo>{_FIGURE}){_SPAN_PERCENT}{_SPAN_JOIN}(?P<hi>{_FIGURE}){_SPAN_CLOSED}"
_RANGE = rf"(?:(?:từ\s+)?{_SPAN})"
_QUALIFIER = rf"(?P<qual>(?<!\p{{L}})(?:{phrase_alternation(QUALIFIERS)}))\s+"
QUANTITY = regex.compile(
    rf"(?:{_QUALIFIER})?{_BEFORE}(?P<num>{_RANGE}|(?P<one>{_FIGURE})){_AFTER}",
    regex.IGNORECASE | regex.V1,
)
# The scale and currency after a quantity: "27,377 tỷ đồng"; a second figure of a smaller
# scale (`COMPOUND_MONEY`): "99 tỷ 100 triệu đồng"; or a `BARE_MONEY` scale word alone:
# "5,7 tỷ" (not "5 tỷ lệ"), or a guarded one ("990 triệu là nguồn kinh phí ...").
_MONEY_TAIL = (
    rf"\s*(?:(?P<scale>{phrase_alternation(SCALES)})?\s*{_NOT_CURRENCY}(?P<cur>{phrase_alternation(CURRENCIES)})(?!\p{{L}})"
    rf"|(?P<big>{phrase_alternation(COMPOUND_MONEY['big'])})[ \t]+(?P<rest>\d{{1,3}}(?:,\d{{1,3}})?)[ \t]*"
    rf"(?P<small>{phrase_alternation(COMPOUND_MONEY['small'])})(?:[ \t]*(?P<cur2>{phrase_alternation(CURRENCIES)}))?(?!\p{{L}})"
    rf"|(?P<bare>{phrase_alternation(BARE_MONEY['scales'])})(?!\p{{L}})(?!\s+(?:{phrase_alternation(BARE_MONEY['not_before'])})(?!\p{{L}}))"
    rf"|(?P<guarded>{phrase_alternation(BARE_MONEY['guarded_scales'])})"
    rf"(?=[ \t]*(?:[,.;:)]|$)|[ \t]+(?:{phrase_alternation(BARE_MONEY['guarded_before'])})(?!\p{{L}}))"
    rf"(?<=(?<!\p{{L}})(?:{phrase_alternation(BARE_MONEY['guarded_cues'])})(?!\p{{L}})[^.;\n]{{0,80}}))"
)
MONEY = regex.compile(QUANTITY.pattern + _MONEY_TAIL, regex.IGNORECASE | regex.V1)
# Every match above starts at a figure, at "từ" or at a qualifier, with only letters and
# spaces between its start and its first digit: at most the words of a qualifier and "từ".
# `_NUMBER_AT_DIGIT` is `QUANTITY` where it starts at a digit, capturing the words before
# it: one case-sensitive scan anchored on digits (scanning every position with case folding
# is ten times slower; "đến" and "tới" spell their capitals); `QUANTITY` itself is tried
# only where a lead word may open it. An amount is a quantity whose figure is followed by
# `_TAIL` (the figure reads alike either way). Its range is a figure ``lo`` with an optional
# second one ``hi``, which matches like `_SPAN` or a lone figure: every shorter reading of
# ``lo`` is followed by a digit, dot or comma, where no range goes on.
# The match opens with the figure's first digit, and what stands before it (`_BEFORE`, the
# words) is checked behind that digit: a pattern whose first item is a plain class ``[0-9]``
# is only tried where one of its characters is (`regex` skips to them; a pattern opening with
# a look-around or ``\d`` is tried at every offset, 1.2 M instructions a document).
# `_NUMBER_AT_ASCII_DIGIT` finds the figures of a text without other decimal digits
# (`holds_other_digits`), `_NUMBER_AT_DIGIT` those of any text, alike.
_WORDS_REACH = max(len(q.split()) for q in QUALIFIERS) + 1


def _number_at(first_digit: str) -> regex.Pattern:
    """`_NUMBER_AT_DIGIT` with ``first_digit`` (a class of digits) as the figure's first digit."""
    return regex.compile(
        rf"(?P<num>(?P<lo>{first_digit}(?<=(?:(?P<word>\p{{L}}+)\s+){{0,{_WORDS_REACH}}}{_BEFORE}{first_digit})"
        rf"(?:\d{{0,2}}(?:\.\d{{3}})+|\d{{0,2}}{_DOT_DECIMAL_BEFORE_SCALE}|\d{{0,2}}{_SPACED_DECIMAL_BEFORE_SCALE}"
        rf"|\d{{0,14}})(?:,\d{{1,6}})?)"  # `_FIGURE` after its first digit
        rf"(?:{_SPAN_PERCENT}{_SPAN_JOIN}(?P<hi>{_FIGURE}){_SPAN_CLOSED})?){_AFTER}"
    )


_NUMBER_AT_DIGIT = _number_at(r"\d")
_NUMBER_AT_ASCII_DIGIT = _number_at("[0-9]")
_WORDS_BEFORE = _NUMBER_AT_DIGIT.groupindex["word"]
_NUM, _LO, _HI = (_NUMBER_AT_DIGIT.groupindex[name] for name in ("num", "lo", "hi"))
_LEAD_WORDS = frozenset(q.split()[0] for q in QUALIFIERS) | {"từ"}
_TAIL = regex.compile(_MONEY_TAIL, regex.IGNORECASE | regex.V1)
_TAIL_SCALE, _TAIL_CURRENCY, _TAIL_BARE, _TAIL_GUARDED, _TAIL_BIG, _TAIL_REST, _TAIL_SMALL, _TAIL_CURRENCY2 = (
    _TAIL.groupindex[name] for name in ("scale", "cur", "bare", "guarded", "big", "rest", "small", "cur2"))
_TAIL_FIRST = frozenset(word[0] for word in [*SCALES, *CURRENCIES])
# An amount repeated in words right after a figure: "(Bằng chữ: Hai mươi bảy tỷ, ...)" or
# "01 (một) cộng tác viên".
WORDS_IN_BRACKETS = regex.compile(r"\s*\(\s*(?:bằng\s+chữ\s*:\s*)?(?P<words>[\p{L}\s,]{2,160}?)\s*\)", regex.IGNORECASE)
_WORDS = WORDS_IN_BRACKETS.groupindex["words"]
_WORD = regex.compile(r"\p{L}+")


class Quantity(NamedTuple):
    """A figure or a range found in a string, with its offsets there (a named tuple: built
    for every figure of a text, at a third of a frozen dataclass's cost)."""

    value: Decimal
    value_max: Decimal | None
    start: int
    """Offset of the first digit (or of "từ" in "từ 3 đến 5")."""
    end: int
    raw: str
    qualifier: str | None = None
    qualifier_start: int | None = None

    @property
    def first(self) -> int:
        """Where the figure's words start: its qualifier's ("gần 21"), else its own."""
        return self.qualifier_start if self.qualifier and self.qualifier_start is not None else self.start

    @property
    def is_decimal(self) -> bool:
        """Written with a decimal comma and no scale word ("1,2 nghìn" is 1 200)."""
        return "," in self.raw and self.raw[-1].isdigit()

    @property
    def looks_like_year(self) -> bool:
        """A four-digit figure between 1900 and 2100 (or a range of two such). Such a figure
        is written in four characters at least: shorter ones are not compared; one written
        with a thousands dot ("2.100 lao động") or a scale word ("2 nghìn") is a count."""
        return (len(self.raw) >= 4 and "." not in self.raw and self.raw[-1].isdigit() and _is_year(self.value)
                and (self.value_max is None or _is_year(self.value_max)))


class Money(NamedTuple):
    """An amount of money: the quantity, its scale word and currency, in base units."""

    quantity: Quantity
    amount: Decimal
    currency: str
    start: int
    end: int
    raw: str
    scale: int = 1
    """The factor of the scale word ("tỷ": 10⁹), 1 without one."""
    written: str = ""
    """The currency as the text writes it ("đồng", "USD"); `BARE_MONEY`'s when it is left out."""

    @property
    def first(self) -> int:
        """Where the amount's words start: its qualifier's ("gần 21 tỷ đồng"), else its own."""
        return self.quantity.first if self.quantity.qualifier else self.start


@functools.lru_cache(maxsize=4096)
def parse_figure(token: str) -> Decimal:
    """``"27,377"`` -> 27.377, ``"2.400"`` -> 2400, ``"02"`` -> 2. Cached: a few figures
    ("01", "02", "2025") make most of a text's. ``"3.4"`` (`_DOT_DECIMAL_BEFORE_SCALE`) -> 3.4,
    ``"1, 35"`` (`_SPACED_DECIMAL_BEFORE_SCALE`) -> 1.35."""
    if _DOT_DECIMAL.fullmatch(token):
        return Decimal(token)
    if ", " in token or ",\t" in token:
        token = "".join(token.split())
    return Decimal(token.replace(".", "").replace(",", "."))


_DOT_DECIMAL = regex.compile(r"\d{1,3}\.\d{1,2}")
"""A figure `_DOT_DECIMAL_BEFORE_SCALE` reads: one dot, one or two digits after it."""


_FIRST_YEAR, _LAST_YEAR = Decimal(1900), Decimal(2100)


def _is_year(value: Decimal) -> bool:
    """Whether ``value`` is a whole number from 1900 to 2100 (compared with decimals: an int
    is converted at each comparison)."""
    return _FIRST_YEAR <= value <= _LAST_YEAR and value == value.to_integral_value()


def find_quantities(text: str, start: int = 0, end: int | None = None) -> Iterator[Quantity]:
    """Every figure or range in ``text[start:end]``, offsets in ``text`` (not the second
    figure of an amount in two scales, "99 tỷ 100 triệu đồng": a part of the amount)."""
    for quantity, _ in find_figures(text, start, end):
        yield quantity


def find_money(text: str, start: int = 0, end: int | None = None) -> Iterator[Money]:
    """Every amount with a currency in ``text[start:end]``: ``8,5 tỷ đồng`` -> 8 500 000 000 VND."""
    for _, money in find_figures(text, start, end):
        if money is not None:
            yield money


# A part of a whole, its unit after the whole: "52/67 sản phẩm" (targets), "tổng kinh phí hỗ
# trợ thực hiện là 600/1200 triệu đồng" (600 approved of the 1,200 asked for), "3.180/3.400 triệu đồng". Found from the
# slash, one figure alone on each side of it (no date, document number or figure of
# `find_figures` is such a pair).
PART_OF_WHOLE = regex.compile(
    r"/(?<=(?<![\p{L}\p{N}/.,\-–])(?P<part>\d{1,3}(?:\.\d{3})+|\d{1,4})/)(?P<whole>\d{1,3}(?:\.\d{3})+|\d{1,4})"
    r"(?![\p{N}/]|[.,\-–]\p{N})")


@document_cache()
def parts_of_whole(text: str) -> tuple[regex.Match, ...]:
    """The matches of `PART_OF_WHOLE` in ``text``, in order. Kept for the document: targets
    and budget both read them (one scan of a document costs ~0.2 M instructions)."""
    return tuple(PART_OF_WHOLE.finditer(text))


def find_parts_of_whole_money(text: str) -> list[Money]:
    """Every amount written as its part of a whole ("600/1200 triệu đồng": 600 triệu), the
    part no larger than the whole."""
    found = []
    for m in parts_of_whole(text):
        part, whole = parse_figure(m["part"]), parse_figure(m["whole"])
        if 0 < part <= whole and _may_open_tail(text, m.end()) and (tail := _TAIL.match(text, m.end())):
            quantity = Quantity(part, None, m.start("part"), m.end(), text[m.start("part"):m.end()])
            found.append(_money(text, quantity, tail))
    return found


# A line declaring the unit of the bare figures after it, as an annex's table does: "Đơn vị tính: triệu đồng", "(ĐVT:
# Tr.đồng)", "ĐVT: 1.000 đồng", "ĐVT: 1.000.000 đồng", "ĐVT: triệu", "Đơn vị: nghìn đồng". One of "Đơn vị tính" or
# "ĐVT" naming another unit (``other``: "Đơn vị tính: lớp") ends the one before; "Đơn vị: Trung tâm ..." names none.
UNIT_DECLARATION = regex.compile(
    rf"(?<!\p{{L}})(?:(?P<calc>đơn[ \t]+vị[ \t]+tính|đvt)|đơn[ \t]+vị)[ \t]*:[ \t]*"
    rf"(?:(?P<scale>{phrase_alternation(SCALES)})|(?P<factor>1[.,]?000(?P<million>[.,]?000)?))?"
    rf"[ \t]*(?:(?P<cur>{phrase_alternation(CURRENCIES)})(?!\p{{L}})"
    rf"|(?<=(?<!\p{{L}})(?:{phrase_alternation(BARE_MONEY['scales'] + BARE_MONEY['guarded_scales'])}))(?=[ \t]*(?:\)|$))"
    rf"|(?P<other>\p{{L}}))", regex.IGNORECASE | regex.V1 | regex.MULTILINE)
DECLARED = VOCAB["declared_units"]
# Where the figures a declaration's unit holds for end: an annex's next heading ("PHỤ LỤC II"); outside an annex, the
# next Roman heading too ("Bảng 1. Tổng hợp kinh phí (ĐVT: triệu đồng)" holds for its table, not "II. KẾT QUẢ CỤ THỂ").
_ANNEX_HEADING = regex.compile(r"^[ \t]*PHỤ[ \t]+LỤC(?!\p{L})", regex.MULTILINE)
_ROMAN_HEADING = regex.compile(r"^[ \t]*[IVX]{1,5}\.[ \t]", regex.MULTILINE)
# A bare figure under a declared unit of money: not a year, a date, a ratio or a document's number, nor a figure that a
# word of its own, a share, another figure or a colon follows ("35 lao động", "20%", "Tổng cộng 12 8.960", "1234: 500").
_DECLARED_FIGURE = (r"(?!(?:19|20)\d\d(?!\d))(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d{1,3})?|\d{1,6}(?:,\d{1,3})?)"
                    r"(?![\p{N}/]|[.,:\-–]\p{N})(?![ \t]*(?:[%:\d]|\p{L}))")
_NOT_AFTER = rf"(?<!(?<!\p{{L}})(?:{phrase_alternation(DECLARED['not_after'])})[ \t]*:?[ \t]*)"
# The figure right after words of money ("Tổng kinh phí: 980", "trong đó kinh phí khuyến công 250, vốn đối ứng 730",
# "(kinh phí khuyến công địa phương 2.850; ...)", "Kinh phí năm 2026: 500"), after a closing total's words alone
# ("Tổng cộng: 8.960", "Cộng I: 240"), or closing a marked item's line that opens with a verb of work or a word of
# money, after its colon ("11. Hỗ trợ 20 lượt cơ sở tham gia hội chợ ...: 240", "- Kinh phí theo Quyết định số
# 123/QĐ-UBND ngày 5/3/2024: 300").
DECLARED_AMOUNT = regex.compile(
    rf"(?<!\p{{L}})(?:{phrase_alternation(DECLARED['money_words'])}|nguồn(?=[ \t]+(?:{phrase_alternation(DECLARED['source_after'])})))"
    r"(?!\p{L})(?:[ \t]+(?:\p{L}+|(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)\d\d)?)){0,8}?[ \t]*(?::|là)?[ \t]*"
    + _NOT_AFTER + _DECLARED_FIGURE
    + r"|(?<!\p{L})(?:tổng[ \t]+)?cộng(?:[ \t]+[IVX]{1,4})?[ \t]*:?[ \t]*" + _DECLARED_FIGURE
    + r"|^[ \t]*(?:[-+•*]|\d{1,3}[.)]|[a-zđ][.)])[ \t]*+(?:đã[ \t]+)?"
    + rf"(?:{phrase_alternation(DECLARED['item_verbs'] + DECLARED['money_words'])})(?!\p{{L}})"
    + r"[^\n:]{0,300}:[ \t]*" + _DECLARED_FIGURE + r"(?=[ \t]*[.;]?[ \t]*$)",
    regex.IGNORECASE | regex.V1 | regex.MULTILINE)


_DECLARATION_WORDS = ("ĐVT", "Đvt", "đvt", "Đơn vị", "đơn vị", "ĐƠN VỊ")
"""The first words of a `UNIT_DECLARATION` as texts write them (a string search before the pattern)."""


@document_cache()
def unit_declarations(text: str) -> tuple[regex.Match, ...]:
    """The matches of `UNIT_DECLARATION` in ``text``, in order (most texts hold none: a string search first)."""
    if not holds_any(text, _DECLARATION_WORDS):
        return ()
    return tuple(UNIT_DECLARATION.finditer(text))


def in_unit_declaration(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in a `UNIT_DECLARATION` ("ĐVT: 1.000 đồng" declares a unit, no amount)."""
    return any(m.start() <= pos < m.end() for m in unit_declarations(text))


@document_cache()
def declared_money(text: str) -> tuple[Money, ...]:
    """Every bare figure `DECLARED_AMOUNT` finds under a `UNIT_DECLARATION` of money, as the amount the declared
    unit makes of it ("Đơn vị tính: triệu đồng" ... "+ Tổng kinh phí: 980": 980 triệu đồng), up to the next
    declaration or annex heading; the amount's text is the figure as written."""
    found: list[Money] = []
    declarations = [m for m in unit_declarations(text) if m["calc"] or m["other"] is None]
    for k, declaration in enumerate(declarations):
        if declaration["other"] is not None:
            continue
        end = declarations[k + 1].start() if k + 1 < len(declarations) else len(text)
        in_annex = _ANNEX_HEADING.search(text, 0, declaration.start()) is not None
        for heading in (_ANNEX_HEADING,) if in_annex else (_ANNEX_HEADING, _ROMAN_HEADING):
            if stop := heading.search(text, declaration.end(), end):
                end = stop.start()
        scale = (_entry(SCALES, declaration["scale"]) if declaration["scale"]
                 else (10**6 if declaration["million"] else 1000) if declaration["factor"] else 1)
        written = declaration["cur"] or ""  # (none after a scale alone: "ĐVT: triệu")
        currency = _entry(CURRENCIES, written or BARE_MONEY["currency"])
        for m in DECLARED_AMOUNT.finditer(text, declaration.end(), end):
            start, stop = m.span("num")
            if " | " in text[text.rfind("\n", 0, start) + 1:stop]:
                continue  # a table's cell: its column says what it is (`tables`)
            raw = m["num"]
            quantity = Quantity(parse_figure(raw), None, start, stop, raw)
            found.append(Money(quantity, quantity.value * scale, currency, start, stop, raw, scale, written))
    return tuple(found)


def holds_other_digits(text: str) -> bool:
    """Whether ``text`` may hold a decimal digit other than 0-9 (one `regex` reads as ``\\d``):
    a character where such digits lie, from U+0660 to U+1C59 or from U+A620 on (as UTF-16
    code units: a character beyond the first plane is two of them, from U+D800 on). Vietnamese
    letters lie between (U+1EA0 to U+1EF9) or before."""
    units = np.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
    return bool(((units >= 0x660) & (units <= 0x1C59)).any() or (units >= 0xA620).any())


def find_figures(text: str, start: int = 0, end: int | None = None) -> tuple[tuple[Quantity, Money | None], ...]:
    """Every figure or range in ``text[start:end]`` (as `find_quantities` gives them), each
    with the amount it opens (None when no currency follows it). Computed once per text and
    bounds: both extractors read it."""
    return _figures(text, start, len(text) if end is None else end)


@document_cache()
def _figures(text: str, start: int, end: int) -> tuple[tuple[Quantity, Money | None], ...]:
    """The matches of `QUANTITY` in ``text[start:end]`` as ``finditer`` finds them, each with
    the amount `MONEY` finds at the same start (None if none): one pass serves both extractors."""
    found: list[tuple[Quantity, Money | None]] = []
    pos = money_end = start
    numbers = _NUMBER_AT_DIGIT if holds_other_digits(text) else _NUMBER_AT_ASCII_DIGIT
    for number in numbers.finditer(text, start, end):
        m = number
        captured = number.captures(_WORDS_BEFORE)
        if captured and not _LEAD_WORDS.isdisjoint(map(str.casefold, captured)):
            words = sorted(zip(number.starts(_WORDS_BEFORE), captured))
            leads = (QUANTITY.match(text, at, end) for at, word in words if at >= pos and word.casefold() in _LEAD_WORDS)
            m = next((lead for lead in leads if lead is not None), number)
        quantity = _figure_quantity(m) if m is number else _quantity(m)
        pos = m.end()
        if quantity.start < money_end:
            continue  # the second figure of "99 tỷ 100 triệu đồng": part of that amount
        tail = _TAIL.match(text, pos, end) if _may_open_tail(text, pos) else None
        money = None if tail is None else _money(text, quantity, tail)
        money_end = money.end if money else money_end
        if money is None and _may_open_thousands(text, pos) and (
                thousands := _THOUSANDS.match(text, pos, min(end, pos + THOUSANDS_REACH))):
            quantity = _in_thousands(text, quantity, thousands.end())
        if money is not None and found and (lower := _range_lower_end(text, *found[-1], money)) is not None:
            found[-1] = (found[-1][0], lower)  # "từ 300 triệu đến dưới 1 tỷ đồng": one amount
            continue
        found.append((quantity, money))
    return tuple(found)


# The words between the two ends of a range of money: "từ 300 triệu <đến dưới> 1 tỷ đồng".
_MONEY_RANGE_JOIN = regex.compile(rf"\s+(?:đến|tới)\s+(?:(?:{phrase_alternation(QUALIFIERS)})\s+)?", regex.IGNORECASE)
_SCALE_ALONE = regex.compile(rf"\s*(?P<scale>{phrase_alternation(SCALES)})(?!\p{{L}})", regex.IGNORECASE)
_FROM_BEFORE = regex.compile(r"(?<!\p{L})từ\s+$", regex.IGNORECASE)


def _range_lower_end(text: str, lower: Quantity, lower_money: Money | None, upper: Money) -> Money | None:
    """The amount of a range of money whose ends are written with their own scales, "từ
    300 triệu đến dưới 1 tỷ đồng" or "từ 300 triệu đồng đến 1 tỷ đồng" (``lower`` a figure
    of the text before ``upper``, ``lower_money`` its amount or None): its lower end, as
    for "từ 5 - 6 tỷ đồng", written from "từ" to the upper end's currency; else None."""
    if lower.value_max is not None or lower.qualifier is not None:
        return None
    if lower_money is None:
        scale_word = _SCALE_ALONE.match(text, lower.end, upper.start)
        if scale_word is None:
            return None
        scale, join_start = _entry(SCALES, scale_word.group("scale")), scale_word.end()
    elif lower_money.currency == upper.currency and lower_money.scale > 1:
        scale, join_start = lower_money.scale, lower_money.end
    else:
        return None
    from_word = _FROM_BEFORE.search(text, max(0, lower.start - 8), lower.start)
    if from_word is None or _MONEY_RANGE_JOIN.fullmatch(text, join_start, upper.first) is None:
        return None
    start = from_word.start()
    quantity = lower._replace(value_max=upper.amount / scale)  # its upper end in the lower end's scale
    return upper._replace(quantity=quantity, amount=lower.value * scale, start=start, raw=text[start:upper.end], scale=scale)


# A scale word of thousands after a figure that opens no amount: "2 nghìn lao động".
_THOUSANDS = regex.compile(rf"[ \t]+(?:{phrase_alternation(VOCAB['thousands'])})(?!\p{{L}})", regex.IGNORECASE)
THOUSANDS_REACH = 16
"""Characters `_THOUSANDS` reads after a figure: `regex` looks for the word ahead in all it is
given first, so an unbounded match at every figure of a long line is quadratic."""


def _may_open_thousands(text: str, pos: int) -> bool:
    """Whether `_THOUSANDS` may match at ``pos`` (a quick test): after its first blank, a
    thousands word's first letters (each starts "ng") or another blank."""
    after = text[pos + 1:pos + 3]
    return after.lower() == "ng" or after[:1] in (" ", "\t")


def _in_thousands(text: str, quantity: Quantity, end: int) -> Quantity:
    """``quantity`` counted in thousands, written up to ``end`` ("2 nghìn": 2 000)."""
    value_max = None if quantity.value_max is None else quantity.value_max * 1000
    return quantity._replace(value=quantity.value * 1000, value_max=value_max, end=end, raw=text[quantity.start:end])


def _may_open_tail(text: str, pos: int) -> bool:
    """Whether `_TAIL` may match at ``pos``: after spaces, a letter that can start a scale or
    currency word (Python's spaces include all of the pattern's)."""
    after = text[pos:pos + 16].lstrip()
    return not after or after[0].casefold()[:1] in _TAIL_FIRST


def _figure_quantity(m: regex.Match) -> Quantity:
    """The quantity of a match of `_NUMBER_AT_DIGIT` (its group ``num`` is the whole match)."""
    num, lo, hi = m.group(_NUM, _LO, _HI)
    start, end = m.span()
    return Quantity(parse_figure(lo), None if hi is None else parse_figure(hi), start, end, num)


# Group numbers of `QUANTITY` (and of `MONEY`, which opens with its pattern): `regex` looks a
# group name up several times slower than it reads the group.
_Q_NUM, _Q_ONE, _Q_LO, _Q_HI, _Q_QUAL = (QUANTITY.groupindex[name] for name in ("num", "one", "lo", "hi", "qual"))


def _quantity(m: regex.Match) -> Quantity:
    """The quantity of a match of `QUANTITY` or `MONEY`."""
    num, one, lo, hi, qual = m.group(_Q_NUM, _Q_ONE, _Q_LO, _Q_HI, _Q_QUAL)
    value, value_max = (parse_figure(one), None) if one is not None else (parse_figure(lo), parse_figure(hi))
    start, end = m.span(_Q_NUM)
    return Quantity(value, value_max, start, end, num, qual, m.start(_Q_QUAL) if qual else None)


def _money(text: str, quantity: Quantity, tail: regex.Match) -> Money:
    """The amount of a quantity followed by a `_TAIL` match."""
    scale_word, currency, bare, guarded, big, rest, small, currency2 = tail.group(
        _TAIL_SCALE, _TAIL_CURRENCY, _TAIL_BARE, _TAIL_GUARDED, _TAIL_BIG, _TAIL_REST, _TAIL_SMALL, _TAIL_CURRENCY2)
    if bare or guarded:  # "5,7 tỷ": đồng understood
        scale_word, currency = bare or guarded, BARE_MONEY["currency"]
    extra = Decimal(0)
    if big:  # "99 tỷ 100 triệu đồng"
        scale_word, currency = big, currency2 or BARE_MONEY["currency"]
        extra = parse_figure(rest) * _entry(SCALES, small)
    scale = _entry(SCALES, scale_word) if scale_word else 1
    return Money(
        quantity=quantity, amount=quantity.value * scale + extra, currency=_entry(CURRENCIES, currency),
        start=quantity.start, end=tail.end(), raw=text[quantity.start:tail.end()], scale=scale,
        written=currency,
    )


_SPACES = regex.compile(r"\s+")


def _fold(word: str) -> str:
    return _SPACES.sub(" ", word.lower())


def _entry(table: dict, word: str):
    """``table``'s value for ``word``, which a case-insensitive pattern of its keys
    (`_alternation`) matched: by the word's lower case or, for a letter that the pattern
    folds like another and `str.lower` does not ("trİệu": İ lowers to two characters; "uſd":
    the long s stays), by the key whose pattern matches the word."""
    folded = _fold(word)
    if folded in table:
        return table[folded]
    flags = regex.IGNORECASE | regex.V1
    return next(value for key, value in table.items() if regex.fullmatch(phrase_alternation([key]), word, flags))


def words_to_number(words: str) -> int | None:
    """Value of a number written in words, or None when ``words`` is not one.

    "Hai mươi bảy tỷ, ba trăm bảy mươi bảy triệu đồng chẵn" -> 27 377 000 000;
    "một" -> 1; "một trăm linh năm" -> 105; "mười lăm" -> 15.
    """
    total, chunk, digit, top_scale, seen = 0, 0, None, 0, False
    for word in (w.lower() for w in _WORD.findall(words)):
        if word in DIGITS:
            if digit is not None:
                return None
            digit, seen = DIGITS[word], True
        elif word in MULTIPLIERS:
            chunk += (1 if digit is None else digit) * MULTIPLIERS[word]
            digit = None
        elif word in TENS:
            chunk, seen = chunk + TENS[word], True
        elif word in SCALES:
            chunk += digit or 0
            digit, scale = None, SCALES[word]
            if scale > top_scale:
                total, top_scale = ((total + chunk) or 1) * scale, scale
            else:
                total += chunk * scale
            chunk = 0
        elif word not in FILLER:
            return None
    return total + chunk + (digit or 0) if seen else None


WORDS_REACH = 400
"""Characters after an amount that may hold its number in words (the words take at most
160): the match is bounded there, as an unbounded one first scans the whole rest of the
text for the bracket it requires (quadratic over a line of thousands of amounts)."""


def words_after(text: str, pos: int) -> tuple[int, int, int] | None:
    """A bracketed number in words right after ``pos``: ``(value, start, end)`` or None."""
    m = WORDS_IN_BRACKETS.match(text, pos, pos + WORDS_REACH)
    if m is None:
        return None
    value = words_to_number(m[_WORDS])
    return None if value is None else (value, m.start(), m.end())


# Compiled once: looking a pattern string up in `regex`'s cache takes ten times the match.
_COMMA_PAIR = regex.compile(r"(\d),(\d)")


def split_comma_pair(quantity: Quantity) -> tuple[int, int] | None:
    """``3,4`` read as the range 3 to 4 (a count cannot be 3.4); None if not of that shape.

    Only a single digit on each side of the comma, the second larger than the first.
    """
    m = _COMMA_PAIR.fullmatch(quantity.raw)
    if m is None or int(m.group(2)) <= int(m.group(1)):
        return None
    return int(m.group(1)), int(m.group(2))
