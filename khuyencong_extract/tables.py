"""Tables written as lines: the rows of a table copied from a web page, an office file or a PDF, one line each, its
cells apart by table pipes (" | ") or by tabs.

`tab_cells` (a normalising step) writes the tabs of such rows as pipes, so that no later step reads a row as words
run on ("1 Đào tạo nghề lớp 04 04" read "04 lớp" and "1 Đào tạo" a count). `find_tables` reads a header row naming
its columns (`data/table_columns.toml`: the row's number, its content, its unit, a plan, a result, a year, a total)
and the rows under it; the extractors take a row's figures by their column, a plan's or a result's, instead of
reading the row as a sentence.
"""

from __future__ import annotations

import bisect
import tomllib
from importlib import resources
from collections.abc import Callable
from typing import Any, NamedTuple

import regex

from khuyencong_extract.numbers import SCALES, parse_figure, phrase_alternation, unit_declarations
from khuyencong_extract.textmap import MappedText
from khuyencong_extract.texttools import PLACE_ABBREVIATION, YEAR, document_cache

COLUMN_WORDS = tomllib.loads(
    resources.files("khuyencong_extract").joinpath("data/table_columns.toml").read_text("utf-8"))

CELL_BREAK = " | "
"""What parts two cells of a row once the text is normalised."""


class Cell(NamedTuple):
    """A cell's text, stripped, and its offsets in the clean text."""

    start: int
    end: int
    text: str


class Column(NamedTuple):
    """A column of a table: its role (``number``, ``content``, ``unit``, ``plan``, ``done``, ``total``, ``other``),
    the year its header names (or None), and the scale of money its header names ("(triệu đồng)": 10⁶; or None)."""

    role: str
    year: int | None = None
    money_scale: int | None = None
    header: Cell | None = None
    """The header's cell ("Kinh phí KCĐP": the money of a source)."""
    unit: str | None = None
    """The unit its header names for its figures ("Số đề án": đề án), else the row's."""
    done: bool = False
    """Whether its figures are results: a result's column, or a total's in a table of results."""
    counts: bool = False
    """Whether its figures are counts ("Số lượng", "Số đề án"): never in a unit of money declared over the table."""


class Row(NamedTuple):
    start: int
    end: int
    cells: tuple[Cell, ...]


class Table(NamedTuple):
    """A header row and the rows under it (as many cells as the header: others are group headings or notes), and the
    unit a line right above it declares for its figures ("(Đơn vị tính: triệu đồng)"; None)."""

    start: int
    end: int
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    declared_unit: str | None = None

    def column(self, role: str) -> int | None:
        """The index of the first column of ``role``, or None."""
        return next((k for k, column in enumerate(self.columns) if column.role == role), None)


# --- tabs as pipes (a normalising step) -------------------------------------------------------------------------

MIN_CELLS = 3
"""Cells a row needs: two are a header's columns ("ỦY BAN NHÂN DÂN<tab>CỘNG HÒA XÃ HỘI ...")."""
MAX_CELLS = 40
"""Cells a header row holds at most (a line of thousands of pipes or tabs is no table's header: its cells are not
read one by one)."""


def tab_cells(text: MappedText) -> MappedText:
    """``text`` with the tabs inside the rows of tables written with tabs each written " | ", mapped to the tab: runs of
    two lines or more of `MIN_CELLS` cells or more, the first cell of the first no list's marker ("1.<tab>Hỗ trợ
    ...<tab>08 đề án" is a list laid out with tabs), and under a header row naming a table's columns (`_is_header`)
    every line of tabs (a group's row of two cells too); tabs at a line's edges are left to `whitespace`."""
    if "\t" not in text.text:
        return text
    lines = text.text.split("\n")
    inners = [line.strip(" \t\r") for line in lines]
    wide = [inner.count("\t") >= MIN_CELLS - 1 for inner in inners]
    converted = [False] * len(lines)
    in_table = False
    for k, inner in enumerate(inners):
        in_table = ("\t" in inner or _IN_WHICH_LINE.fullmatch(inner) is not None) if in_table else wide[k] and inner.count(
            "\t") < MAX_CELLS and _is_header(
            header_columns(tuple(cell.strip() for cell in inner.split("\t"))))
        run_start = k == 0 or not wide[k - 1]
        converted[k] = in_table or wide[k] and (not run_start or k + 1 < len(lines) and wide[k + 1]) and not (
            run_start and _LIST_MARKER.match(inner.split("\t", 1)[0].strip()))
        if converted[k] and not in_table and not run_start and not converted[k - 1]:
            converted[k] = False  # (a run whose first line is a list's item)
    edits: list[tuple[int, int, str]] = []
    offset = 0
    for line, convert in zip(lines, converted):
        if convert:
            edits += _row_tabs(offset, line)
        offset += len(line) + 1
    return text.edit(edits) if edits else text


_LIST_MARKER = regex.compile(
    r"(?:(?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3})*)[.)]|[a-zđ]\)|[-+•*]|(?:Điều|Chương|Mục)[ \t]+\S+)(?:[ \t]|$)")
"""A list's marker opening a line's first tab cell ("1.", "a)", "- Đào tạo nghề:", "Điều 1."): a layout, not a table."""


def _row_tabs(start: int, line: str) -> list[tuple[int, int, str]]:
    """The edits writing each tab inside ``line`` (at ``start``) as a cell break."""
    first = len(line) - len(line.lstrip(" \t"))
    last = len(line.rstrip(" \t\r"))
    return [(start + k, start + k + 1, CELL_BREAK) for k in range(first, last) if line[k] == "\t"]


# --- reading tables ----------------------------------------------------------------------------------------------

def _phrases(key: str) -> regex.Pattern:
    """The phrases of `COLUMN_WORDS` ``key`` as one pattern, its spaces any run of spaces or tabs."""
    return regex.compile(phrase_alternation(COLUMN_WORDS[key], r"[ \t]+"), regex.IGNORECASE)


def _words(role: str) -> regex.Pattern:
    """The words of a column's ``role`` (`COLUMN_WORDS`) opening a header cell."""
    return regex.compile(rf"(?:{_phrases(role).pattern})(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)


_ROLE_WORDS = {role: _words(role) for role in ("number", "unit", "other", "done", "plan", "total", "content")}
_RATIO = regex.compile(r"%|(?<!\p{L})(?:so[ \t]+với|so[ \t]+sánh|tỷ[ \t]+lệ|tỉ[ \t]+lệ)(?!\p{L})|/[ \t]*kh(?!\p{L})", regex.I)
"""A column of shares or comparisons, wherever its words stand in the header ("TH/KH (%)", "TH so với KH")."""
_DONE_INSIDE = regex.compile(r"(?<!\p{L})(?:đã|giải[ \t]+ngân|quyết[ \t]+toán)(?!\p{L})", regex.I)
"""Words of a result inside a header ("Kinh phí đã hỗ trợ", "Số cơ sở đã được hỗ trợ", "Giá trị giải ngân (triệu
đồng)"); not with a plan's (`_PLAN_HEADER`: "Kinh phí đã được phê duyệt")."""
_TOTAL_ROW = _words("total_rows")
_YEAR = regex.compile(r"(?<![\d/.,])(?:19|20)\d\d(?![\d/])")
_PERIOD = regex.compile(r"(?:19|20)\d\d[ \t]*[-–][ \t]*(?:19|20)\d\d")
_MONEY_SCALE = regex.compile(r"\([ \t]*(?P<scale>triệu|tr\.?|tỷ|tỉ|nghìn|ngàn)?[ \t]*(?:đồng|đ)[ \t]*\)", regex.IGNORECASE)
_MONEY_WORDS = regex.compile(
    r"(?<!\p{L})(?:kinh[ \t]+phí|vốn|ngân[ \t]+sách|kcqg|kcđp|khuyến[ \t]+công|kc[ \t]+(?:tỉnh|huyện|tw|trung[ \t]+ương|quốc[ \t]+gia|địa[ \t]+phương)"
    r"|đối[ \t]+ứng|số[ \t]+tiền|thành[ \t]+tiền)(?!\p{L})",
    regex.IGNORECASE)
FIGURE = regex.compile(r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?")
"""A cell holding a figure alone ("04", "1.200", "12,5")."""


def column_of(header: str) -> Column:
    """The column a header cell names (`COLUMN_WORDS`): a year alone in it makes a plan's or a result's column of
    that year ("2026", "TH 2024"); a scale of money in brackets one of money in it ("Kinh phí (triệu đồng)"), and
    "Kinh phí" alone one of money in the row's unit."""
    money = _MONEY_SCALE.search(header)
    scale = (SCALES[money["scale"].lower()] if money["scale"] else 1) if money else None
    years = _YEAR.findall(header)
    year = int(years[0]) if len(years) == 1 and _PERIOD.search(header) is None else None
    money_words = money is not None or _MONEY_WORDS.search(header) is not None
    if _RATIO.search(_SOURCE_SHARE.sub("", header) if money_words else header):
        return Column("other")  # "TH/KH (%)", "TH so với KH", "Tỷ lệ đạt"; not "Kinh phí KCĐP (70%)"
    for role in ("number", "unit", "other", "done", "plan", "total", "content"):
        if _ROLE_WORDS[role].match(header) or role == "done" and _DONE_INSIDE.search(header) and not (
                _PLAN_HEADER.search(header) or _ROLE_WORDS["content"].match(header)):  # "Tổng kinh phí đã giải ngân"
            return Column(role, year if role in ("done", "plan") else None, scale if role != "other" else None)
    if not money_words and (counted := _COUNT_COLUMN.fullmatch(header)):  # "Số lượng", "Số đề án", "Số lượng (cơ sở)"
        named = column_of(counted["bracket"]).role if counted["bracket"] else "unknown"  # "Số lượng (Thực hiện)"
        bracket = counted["bracket"] if named == "unknown" and _BRACKET_UNIT.fullmatch(counted["bracket"] or "") else None
        return Column("done" if named == "done" else "plan", year, None, unit=counted["noun"] or bracket, counts=True)
    if year is not None and regex.fullmatch(r"(?:năm[ \t]+)?(?:19|20)\d\d", header, regex.IGNORECASE):
        return Column("plan", year, scale)
    if money_words:
        return Column("plan", year, scale if scale is not None else MONEY_OF_ROW)
    return Column("unknown")


_COUNT_COLUMN = regex.compile(
    r"số[ \t]+(?:lượng|(?P<noun>\p{L}+(?:[ \t]+\p{L}+)?))(?:[ \t]*\([ \t]*(?P<bracket>[^()]*?)[ \t]*\))?", regex.IGNORECASE)
"""A column of counts: "Số lượng" (in the row's unit, or the one its brackets name: "Số lượng (cơ sở)"), "Số đề án",
"Số lớp" (its noun the unit)."""
_ENTITY_MARK = regex.compile(
    r"năm[ \t]+thành[ \t]+lập|địa[ \t]+chỉ|ngành[ \t]+nghề|(?:số[ \t]+)?điện[ \t]+thoại|người[ \t]+đại[ \t]+diện", regex.I)
"""A header cell describing a firm or a body: its table lists them."""
_BRACKET_UNIT = regex.compile(r"\p{L}+(?:[ \t/]+\p{L}+){0,2}")
"""A unit in a count column's brackets: one to three words ("Số lượng (cơ sở)", "(cơ sở/lượt)"; not "(tính đến
31/12/2024)", "(*)")."""
_DESCRIPTION = _phrases("descriptions")
_SOURCE_SHARE = regex.compile(r"\([ \t]*\d{1,3}(?:[.,]\d+)?[ \t]*%[ \t]*\)")
"""A source's share in a money column's header, no column of shares: "Kinh phí KCĐP (70%)"."""
MONEY_OF_ROW = 0
"""The `Column.money_scale` of a column of money naming no unit ("Kinh phí"): its figures are money when the row's unit
is, else none."""


def _cells(text: str, start: int, end: int) -> tuple[Cell, ...]:
    """The cells of the row ``text[start:end]``, apart by its pipes (an empty cell is "| |" once spaces are tidied)."""
    cells, pos = [], start
    while True:
        cut = text.find("|", pos, end)
        stop = end if cut == -1 else cut
        lead = len(text[pos:stop]) - len(text[pos:stop].lstrip())
        body = text[pos:stop].strip()
        cells.append(Cell(pos + lead, pos + lead + len(body), body))
        if cut == -1:
            return tuple(cells)
        pos = cut + 1


def header_columns(cells: tuple[str, ...]) -> tuple[Column, ...]:
    """The columns a header row's cells name (`column_of`), the first naming who or where a row is about ("Đơn vị",
    "Nguồn vốn", "Huyện, thành phố": `COLUMN_WORDS` ``names``) the content column of a table that names none; in such a
    table, or one naming what describes a firm or a body ("Địa chỉ", "Năm thành lập"), the columns describing what a row
    names hold no figures (``descriptions``: a firm's "Số lao động")."""
    columns = tuple(column_of(cell) for cell in cells)
    named = None if any(column.role == "content" for column in columns) else next(
        (k for k, cell in enumerate(cells) if _NAME_COLUMN.fullmatch(cell)), None)
    if named is not None or any(_ENTITY_MARK.fullmatch(cell) for cell in cells):  # a list of firms, of bodies
        columns = tuple(Column("other") if _DESCRIPTION.fullmatch(cell) else column for column, cell in zip(columns, cells))
    return columns if named is None else columns[:named] + (Column("content"),) + columns[named + 1:]


_NAME_COLUMN = _phrases("names")


def _is_header(columns: tuple[Column, ...]) -> bool:
    """Whether a row's cells name a table's columns: a content column and a column of figures."""
    roles = {column.role for column in columns}
    return "content" in roles and bool(roles & {"plan", "done", "total"})


@document_cache()
def find_tables(text: str) -> tuple[Table, ...]:
    """Every table of ``text`` (clean): a header row (`_is_header`) and the rows of as many cells right under it."""
    if CELL_BREAK not in text:
        return ()
    tables: list[Table] = []
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    k = 0
    while k < len(lines):
        start, end = lines[k]
        if CELL_BREAK not in text[start:end] or not MIN_CELLS - 1 <= text.count("|", start, end) < MAX_CELLS:
            k += 1
            continue
        header = _cells(text, start, end)
        columns = tuple(column._replace(header=cell)
                        for column, cell in zip(header_columns(tuple(cell.text for cell in header)), header))
        if not _is_header(columns):
            k += 1
            continue
        rows: list[Row] = []
        k += 1
        while k < len(lines) and ("|" in text[lines[k][0]:lines[k][1]] or _IN_WHICH_LINE.fullmatch(text, *lines[k]) and (
                k + 1 < len(lines) and _detail_row(text, *lines[k + 1]))):  # " | Trong đó: | |": its pipes dropped
            cells = _cells(text, *lines[k])
            rows.append(Row(lines[k][0], lines[k][1], cells))
            k += 1
        if rows:
            if _years_row(rows[0]):  # a header on two lines: "Kinh phí | Kinh phí" / " | | 2024 | 2025"
                columns = _with_years(columns, rows[0])
                rows = rows[1:]
            elif _names_row(rows[0]) and len(rows) > 1 and (_first_merged(columns, max(len(row.cells) for row in rows))
                                                             is not None or _units_row(rows[0])):  # merged cells over the second line's: "Kinh phí (triệu
                columns = _with_names(columns, rows[0], rows[1:], end)  # đồng) | |" / " | | Tổng | KCĐP"
                rows = rows[1:]
            columns = _with_forecasts(_with_running_total(_with_row_total(_with_scale_of_table(
                _with_unit_by_cells(columns, rows)))))
            if _reports_results(text, start):  # a report's years are its results: "Năm 2021 | Năm 2022 | ..."
                columns = tuple(column._replace(role="done") if column.role == "plan"
                                and not _PLAN_HEADER.search(column.header.text if column.header else "")
                                else column._replace(done=True) if column.role == "total" else column
                                for column in columns)
            elif years := _result_years(text, start):  # "Kết quả thực hiện năm 2024 và kế hoạch năm 2025"
                columns = tuple(column._replace(role="done") if column.role == "plan" and column.year in years
                                and not _PLAN_HEADER.search(column.header.text if column.header else "") else column
                                for column in columns)
            tables.append(Table(start, rows[-1].end, columns, tuple(rows), declared_unit(text, start)))
    return tuple(tables)


def _with_unit_by_cells(columns: tuple[Column, ...], rows: list[Row]) -> tuple[Column, ...]:
    """``columns`` with a column headed "Đơn vị" alone the table's unit column when it has none and each of its cells
    in the rows of the header's width reads as a unit (`_UNIT_CELL`: "lớp", "cơ sở", "Triệu đồng"; not "Trung tâm
    Khuyến công", "UBND huyện": a column of bodies)."""
    if any(column.role == "unit" for column in columns):
        return columns
    at = next((k for k, column in enumerate(columns) if column.header is not None
               and _BARE_UNIT_HEADER.fullmatch(column.header.text)), None)
    if at is None or columns[at].role != "other":
        return columns
    cells = [row.cells[at].text for row in rows if len(row.cells) == len(columns) and row.cells[at].text]
    if not cells or not all(_UNIT_CELL.fullmatch(cell) and not _BODY_CELL.match(cell) for cell in cells):
        return columns
    return columns[:at] + (columns[at]._replace(role="unit"),) + columns[at + 1:]


_BARE_UNIT_HEADER = regex.compile(r"đơn[ \t]+vị", regex.I)
_UNIT_CELL = regex.compile(r"(?!\p{Lu}{2})\p{L}+(?:[ \t.]+\p{Ll}+){0,2}\.?|%")
"""A cell reading as a unit: one to three words, none but the first capitalised, the first no initialism."""
_BODY_CELL = regex.compile(
    r"(?:trung[ \t]+tâm|sở|ủy[ \t]+ban|uỷ[ \t]+ban|ubnd|cơ[ \t]+quan|đơn[ \t]+vị)(?!\p{L})", regex.I)
"""A body of the state opening a cell ("Trung tâm", "Sở Công Thương"): no unit (a beneficiary is, "Hợp tác xã", "Hộ
kinh doanh", and an event, "hội chợ", a room, a commune: "phòng", "xã")."""


def _with_scale_of_table(columns: tuple[Column, ...]) -> tuple[Column, ...]:
    """``columns`` with its columns of money naming a source and no unit ("KCQG", "Đối ứng") in the one scale the
    others name ("Tổng (triệu đồng)"), in a table of no unit column (not "Vốn đầu tư (tỷ đồng) | Kinh phí hỗ trợ")."""
    scales = {column.money_scale for column in columns if column.money_scale}
    if len(scales) != 1 or any(column.role == "unit" for column in columns):
        return columns
    scale = scales.pop()
    return tuple(column._replace(money_scale=scale) if column.money_scale == MONEY_OF_ROW and column.header is not None
                 and _SOURCE_WORDS.search(column.header.text) else column for column in columns)


def _with_row_total(columns: tuple[Column, ...]) -> tuple[Column, ...]:
    """``columns`` with a column of money naming no source and no year, right before two columns of money naming sources
    or more, or one naming itself a part or naming the state's money ("Kinh phí (triệu đồng) | KCQG | KCĐP", "Kinh phí |
    Trong đó: KCĐP", "Dự toán | Ngân sách tỉnh"; not "Kinh phí hỗ trợ | Vốn đối ứng"), the row's total, in a table of no
    total column."""
    if any(column.role == "total" for column in columns):
        return columns
    for k, column in enumerate(columns[:-1]):
        if column.role in ("plan", "done") and column.money_scale is not None and column.year is None and (
                column.header is not None and not _SOURCE_WORDS.search(column.header.text)):
            sources = 0
            while k + 1 + sources < len(columns) and _names_source(columns[k + 1 + sources], column.role):
                sources += 1
            first = columns[k + 1].header
            if sources >= 2 or sources == 1 and first is not None and (
                    _PARTS_HEADER.match(first.text) or not _COUNTERPART.search(first.text)):
                return columns[:k] + (column._replace(role="total", done=column.role == "done"),) + columns[k + 1:]
    return columns


def _names_source(column: Column, role: str) -> bool:
    """Whether ``column`` holds money of a source, in the tense of ``role`` ("KCQG", "Trong đó: KCĐP"; not a column of
    names, "Nguồn vốn")."""
    return column.money_scale is not None and column.role == role and column.header is not None and bool(
        _SOURCE_WORDS.search(column.header.text)) and not _NAME_COLUMN.fullmatch(column.header.text)


_COUNTERPART = regex.compile(r"(?<!\p{L})(?:đối[ \t]+ứng|xã[ \t]+hội[ \t]+hóa|xã[ \t]+hội[ \t]+hoá|tự[ \t]+có)(?!\p{L})", regex.I)
"""The beneficiaries' own money: a column of it beside "Kinh phí hỗ trợ" is no part of it."""
_PARTS_HEADER = regex.compile(r"[ \t]*(?:trong[ \t]+đó|chia[ \t]+ra|gồm)(?!\p{L})", regex.I)
"""A header naming its column a part of the one before: "Trong đó: KCĐP"."""


def _with_running_total(columns: tuple[Column, ...]) -> tuple[Column, ...]:
    """``columns`` with a running total's column ("Lũy kế", "Cộng dồn") after two columns of years or more the row's
    total, of results, in a table of no total column ("Năm 2021 | Năm 2022 | Lũy kế")."""
    if any(column.role == "total" for column in columns) or sum(column.year is not None for column in columns) < 2:
        return columns
    return tuple(column._replace(role="total", done=True) if column.header is not None
                 and _RUNNING_TOTAL.match(column.header.text) and column.year is None else column for column in columns)


def _with_forecasts(columns: tuple[Column, ...]) -> tuple[Column, ...]:
    """``columns`` with an estimate of the whole year's ("Ước cả năm", "Ước thực hiện năm 2025") a plan's column in a
    table with a column of part of the year ("Thực hiện 6 tháng", "Quý I"): a forecast, not work done."""
    headers = [column.header.text if column.header is not None else "" for column in columns]
    if not any(_PART_OF_YEAR.search(header) for header in headers):
        return columns
    return tuple(column._replace(role="plan", done=False) if _WHOLE_YEAR_ESTIMATE.match(header) else column
                 for column, header in zip(columns, headers))


_PART_OF_YEAR = regex.compile(r"(?<!\p{L})(?:\d{1,2}[ \t]+tháng|quý[ \t]+(?:I{1,3}|IV|[1-4]))(?![\p{L}\d])", regex.I)
_WHOLE_YEAR_ESTIMATE = regex.compile(r"ước(?:[ \t]+(?:thực[ \t]+hiện|th|đạt))?[ \t]+(?:cả[ \t]+)?năm(?!\p{L})", regex.I)
_RUNNING_TOTAL = regex.compile(r"(?:lũy|luỹ)[ \t]+kế|cộng[ \t]+dồn", regex.I)
_SOURCE_WORDS = regex.compile(
    r"(?<!\p{L})(?:kcqg|kcđp|kc|khuyến[ \t]+công|đối[ \t]+ứng|ngân[ \t]+sách|vốn|nguồn|trong[ \t]+đó|chia[ \t]+ra)(?!\p{L})", regex.I)
"""Words of a header naming a source of money, or a part of the column before ("Trong đó: KCĐP")."""


def _detail_row(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is a row of cells that names no table's columns (a table's row, not the
    header of the next table)."""
    return "|" in text[start:end] and not _is_header(header_columns(tuple(cell.text for cell in _cells(text, start, end))))


def _years_row(row: Row) -> bool:
    """Whether ``row`` is a header's second line: years alone in its cells, the others empty (" | | 2024 | 2025")."""
    texts = [cell.text for cell in row.cells]
    return any(texts) and all(not text or _YEAR.fullmatch(text) or _NAMED_YEAR.fullmatch(text) for text in texts)


_NAMED_YEAR = regex.compile(r"năm[ \t]+(?:19|20)\d\d", regex.I)


def _names_row(row: Row) -> bool:
    """Whether ``row`` is a header's second line naming the columns under its merged cells: two cells at least, each
    empty or naming a column of figures or of no figures (`column_of`: "Tổng", "KCĐP", "Số lượng", "Kinh phí"), none a
    figure."""
    named = [cell.text for cell in row.cells if cell.text]
    return len(named) >= 2 and all(
        not FIGURE.fullmatch(text) and column_of(text).role in ("plan", "done", "total", "other") for text in named)
_PLAN_HEADER = regex.compile(
    r"(?<!\p{L})(?:kế[ \t]+hoạch|kh|dự[ \t]+kiến|dự[ \t]+toán|duyệt|giao|phân[ \t]+bổ|bố[ \t]+trí|mục[ \t]+tiêu|chỉ[ \t]+tiêu"
    r"|đề[ \t]+nghị|đăng[ \t]+ký)"
    r"(?!\p{L})", regex.I)
"""A header naming a plan, a request or a registration anywhere ("Kinh phí được duyệt", "Kinh phí giao", "Kinh phí đề
nghị giải ngân", "Số cơ sở đã đăng ký"): no result's column, in a table of results too."""


def _units_row(row: Row) -> bool:
    """Whether ``row``'s named cells all name a scale of money in brackets (" | | (triệu đồng) | (triệu đồng)")."""
    return all(_MONEY_SCALE.fullmatch(cell.text) for cell in row.cells if cell.text)


def _with_names(columns: tuple[Column, ...], row: Row, rows: list[Row], header_end: int) -> tuple[Column, ...]:
    """``columns``, as many as the table's widest row or the merged cells need (`_widened`), with the columns a header's
    second line (`_names_row`) names under them, its cells from the first merged cell on (`_first_merged`; else aligned
    to the right): each named one takes the second line's role (a count's, money's, a total's) under a merged cell of
    plans or results its tense ("Thực hiện | |" / " | Số lượng | Kinh phí"), its year and its scale of money ("Kinh phí
    (triệu đồng) | |" / "Tổng | KCĐP")."""
    width = max(len(other.cells) for other in rows)
    first = _first_merged(columns, width)
    columns = _widened(columns, max(width, first + len(row.cells) if first is not None else 0), header_end)
    named = []
    shift = first if first is not None else len(columns) - len(row.cells)
    merged = Column("unknown")  # the header's last non-empty cell: merged over the empty ones after it
    for k, column in enumerate(columns):
        if column.header is not None and column.header.text:
            merged = column
        cell = row.cells[k - shift] if 0 <= k - shift < len(row.cells) else None
        if cell is None or not cell.text:
            named.append(column)
            continue
        under = column_of(cell.text)
        role = merged.role if under.role == "plan" and merged.role in ("plan", "done", "total") else under.role
        named.append(under._replace(
            role=role, header=cell, year=under.year if under.year is not None else merged.year,
            money_scale=_scale_under(under, merged),
            done=under.done or merged.done))
    return tuple(named)


def _first_merged(columns: tuple[Column, ...], width: int) -> int | None:
    """The first header cell merged over the ones after it: named and followed by an empty one, or the last when the
    rows are wider than the header (its empty cells lost at the line's end: "TT | Nội dung | Tổng số | Chia ra | |")."""
    texts = [column.header.text if column.header is not None else "" for column in columns]
    for k, text in enumerate(texts):
        if text and (k + 1 < len(texts) and not texts[k + 1] or k + 1 == len(texts) and width > len(texts)):
            return k
    return None


def _widened(columns: tuple[Column, ...], width: int, header_end: int) -> tuple[Column, ...]:
    """``columns`` and as many empty ones after them as ``width`` has more: the merged cells a header's line lost at its
    end with their pipes ("Kinh phí (triệu đồng) | |")."""
    return columns + tuple(Column("unknown", header=Cell(header_end, header_end, "")) for _ in range(width - len(columns)))


def _scale_under(under: Column, merged: Column) -> int | None:
    """The scale of money of a column named under a merged header cell: none for counts, else its own, else the merged
    cell's ("Kinh phí (triệu đồng)" over "KCĐP" or "Tổng")."""
    if under.counts or under.money_scale:
        return under.money_scale
    return merged.money_scale if merged.money_scale is not None else under.money_scale


def _with_years(columns: tuple[Column, ...], row: Row) -> tuple[Column, ...]:
    """``columns`` with the years a header's second line (`_years_row`) names under them, its cells aligned to the
    right, those of no role of figures made plans'."""
    named = []
    shift = len(columns) - len(row.cells)  # (its empty first cells lost with the pipes at the line's start)
    for k, column in enumerate(columns):
        year = _YEAR.search(row.cells[k - shift].text) if 0 <= k - shift < len(row.cells) else None
        if year is None:
            named.append(column)
        else:
            role = column.role if column.role in ("plan", "done", "total") else "plan"
            named.append(column._replace(role=role, year=int(year.group())))
    return tuple(named)


RESULTS_REACH = 300
"""Characters before a table's header read for the words saying it reports results (`_reports_results`)."""
_NOT_REPORTED = r"(?<!(?:căn[ \t]+cứ|cơ[ \t]+sở|dựa[ \t]+(?:trên|vào)|từ|theo|(?:phấn[ \t]+đấu|cần|sẽ|để|nhằm)[ \t]+đạt)[ \t]+)"
"""Words before "kết quả" that report none: results a plan rests on ("Căn cứ kết quả năm 2024", "Từ kết quả khảo
sát", "Theo kết quả bình chọn") or a goal's ("Phấn đấu đạt kết quả ...", "Để đạt kết quả cao nhất, ..."; not
results reached, "đạt kết quả tích cực, cụ thể như sau:")."""
_RESULTS = regex.compile(
    rf"(?<!\p{{L}}){_NOT_REPORTED}(?:kết[ \t]+quả(?![ \t]+(?:thẩm[ \t]+định|lựa[ \t]+chọn|xét[ \t]+chọn|phê[ \t]+duyệt|dự[ \t]+kiến|mong[ \t]+đợi"
    r"|cần[ \t]+đạt)(?!\p{L}))"
    r"|đã[ \t]+thực[ \t]+hiện)(?!\p{L})", regex.I)
"""Words of results (not an appraisal's or a selection's, "Kết quả thẩm định đề án", a list of plans; nor results
expected, "Kết quả dự kiến")."""
_PLANNED = regex.compile(r"(?<!\p{L})(?:kế[ \t]+hoạch|dự[ \t]+kiến|mục[ \t]+tiêu|chỉ[ \t]+tiêu|phấn[ \t]+đấu|nhiệm[ \t]+vụ)(?!\p{L})",
                         regex.I)


def _reports_results(text: str, header_start: int) -> bool:
    """Whether the line right before a table's header (past blank lines) names results and no plan or goal but as what
    the results measure ("Kết quả năm 2024 như sau:", "Kết quả thực hiện các chỉ tiêu ... như sau:"; not "... và kế
    hoạch năm 2025", "Căn cứ kết quả năm 2024, UBND tỉnh giao chỉ tiêu như sau:"), or leads it in with work done ("Trung tâm đã tổ chức 05 lớp ..., cụ thể:"), or the lines right before it say it
    reports results ("BÁO CÁO Kết quả thực hiện ... 2021-2023", "Bảng 2. Kết quả hỗ trợ theo năm") and name no plan or
    goal: its columns of years, counts or money that name no plan are results, not plans ("Năm 2021", "Số cơ sở")."""
    before = text[max(0, header_start - RESULTS_REACH):header_start].rstrip()
    lead_in = before[before.rfind("\n") + 1:]  # (past a blank line)
    if _PLANNED.search(_RESULTS_OF_INDICATORS.sub("", lead_in)) is not None:
        return False
    if _RESULTS.search(lead_in) is not None or lead_in.endswith(":") and _DONE_LEAD_IN.search(lead_in) is not None:
        return True  # (whatever plan the lines before name: "Kế hoạch năm 2025 ..." / "Kết quả năm 2024 như sau:")
    return _RESULTS.search(before) is not None and _PLANNED.search(before) is None


_PLAN_NOUN = r"(?:chỉ[ \t]+tiêu|kế[ \t]+hoạch|nhiệm[ \t]+vụ|mục[ \t]+tiêu)"
_RESULTS_OF_INDICATORS = regex.compile(
    r"(?<!\p{L})(?:(?:kết[ \t]+quả[ \t]+(?:thực[ \t]+hiện|triển[ \t]+khai)|so[ \t]+với|theo|vượt)(?:[ \t]+các)?[ \t]+"
    rf"{_PLAN_NOUN}(?:[ \t]*,?[ \t]*{_PLAN_NOUN})*|kế[ \t]+hoạch[ \t]+số)(?!\p{{L}})", regex.I)
"""A plan or goal named as what results measure ("Kết quả thực hiện các chỉ tiêu kế hoạch", "Kết quả triển khai Kế
hoạch khuyến công năm 2024", "các nhiệm vụ, chỉ tiêu", "... so với mục tiêu đề ra", "vượt chỉ tiêu", "theo Kế hoạch"),
or a plan cited by its number ("Kế hoạch số 45/KH-UBND"): no plan of the table's."""


_DONE_LEAD_IN = regex.compile(
    r"(?<!\p{L})đã[ \t]+(?:tổ[ \t]+chức|hỗ[ \t]+trợ|thực[ \t]+hiện|triển[ \t]+khai|hoàn[ \t]+thành|đào[ \t]+tạo|xây[ \t]+dựng"
    r"|giải[ \t]+ngân|chuyển[ \t]+giao|tập[ \t]+huấn|mở|bình[ \t]+chọn|nghiệm[ \t]+thu)(?!\p{L})", regex.I)
"""Work done in a table's lead-in ("đã tổ chức", "đã hỗ trợ"); not other things done ("các nội dung đã nêu trên",
"đã lập dự toán", "đã đăng ký") nor a passive's approval ("đã được phê duyệt")."""


_RESULT_YEAR = regex.compile(
    r"(?<!\p{L})(?P<kind>kết[ \t]+quả|kế[ \t]+hoạch)(?:[ \t]+(?:thực[ \t]+hiện|khuyến[ \t]+công|đạt[ \t]+được|trong))*(?:[ \t]+năm)?[ \t]+"
    r"(?P<year>(?:19|20)\d\d)(?!\d)", regex.I)


def _result_years(text: str, header_start: int) -> frozenset[int]:
    """The years the lines right before a table's header (`RESULTS_REACH`) name results of and no plan of ("Kết quả
    thực hiện năm 2024 và kế hoạch năm 2025": 2024): its columns of those years naming no plan are results."""
    start = max(0, header_start - RESULTS_REACH)
    if _GOAL.search(_RESULTS_OF_INDICATORS.sub("", text[start:header_start])):
        return frozenset()
    named = [(m["kind"][:3].lower(), int(m["year"])) for m in _RESULT_YEAR.finditer(text, start, header_start)]
    return frozenset(year for kind, year in named if kind == "kết") - {year for kind, year in named if kind != "kết"}


_GOAL = regex.compile(r"(?<!\p{L})(?:phấn[ \t]+đấu|mục[ \t]+tiêu)(?!\p{L})", regex.I)


DECLARED_REACH = 200
"""Characters before a table's header within which a line declaring its unit ends."""
_DECLARED_UNIT = regex.compile(r"[ \t]*(?P<unit>[^()\n]{1,40}?)[ \t]*(?:\)|$)", regex.MULTILINE)


def declared_unit(text: str, header_start: int) -> str | None:
    """The unit a declaration right above a table's header names for its figures ("Đơn vị tính: triệu đồng", "(ĐVT:
    lớp)"), within `DECLARED_REACH`; None when there is none."""
    before = [m for m in unit_declarations(text) if header_start - DECLARED_REACH <= m.end() <= header_start]
    if not before:
        return None
    colon = text.find(":", before[-1].start(), before[-1].end())
    unit = _DECLARED_UNIT.match(text, colon + 1)
    return unit["unit"] if unit else None


def is_total_row(row: Row, table: Table) -> bool:
    """Whether ``row`` sums the rows above it: its content cell (or its number's, or, the content cell empty, its first
    cell holding words: "| Tổng cộng | | 850" under "STT | Đơn vị thực hiện | Nội dung hỗ trợ | Kinh phí") opens with a
    word of totals, "Tổng cộng" or "Cộng" followed by any words, "Tổng" or "Tổng số" by six more at most ("Tổng cộng
    các huyện, thành phố", "Tổng kinh phí khuyến công địa phương", "Cộng I"; not "Tổng số lao động có việc làm sau đào
    tạo")."""
    cells = [row.cells[k].text for role in ("content", "number") if (k := table.column(role)) is not None
             and k < len(row.cells)]
    content = table.column("content")
    if content is not None and content < len(row.cells) and not row.cells[content].text:
        worded = _first_worded(row.cells)
        cells += [worded.text if worded is not None else ""]
    return any((total := _TOTAL_ROW.match(cell)) and not _NO_TOTAL.match(cell) and (
        _SUM_WORD.fullmatch(total.group()) or len(_WORD.findall(cell, total.end())) <= TOTAL_ROW_WORDS) for cell in cells)


TOTAL_ROW_WORDS = 6
"""Words a total row's cell opening with "Tổng" or "Tổng số" names after them at most."""
_SUM_WORD = regex.compile(r"(?:tổng[ \t]+)?cộng", regex.I)
_NO_TOTAL = regex.compile(
    r"(?:cộng[ \t]+(?:tác|đồng|hòa|hoà|sự|hưởng)|tổng[ \t]+(?:hợp|kết|thể|quan|cục|giám|đài|công[ \t]+ty|diễn))(?!\p{L})", regex.I)
"""Words opening with a word of totals that name none: "Cộng tác viên", "Tổng hợp số liệu", "Tổng kết"."""
_WORD = regex.compile(r"\p{L}+")


def _first_worded(cells: tuple[Cell, ...]) -> Cell | None:
    """The first of ``cells`` holding a word, or None."""
    return next((cell for cell in cells if _WORD.search(cell.text)), None)


class Figure(NamedTuple):
    """A figure of a table's cell read by its column: its value, the row's unit, whether done, the year its column
    names, its row's content, the scale of money its column names, where it stands, and whether its column or its row
    totals others."""

    cell: Cell
    value: float
    unit: str | None
    done: bool
    header: Cell | None
    year: int | None
    content: Cell | None
    money_scale: int | None
    row: int
    column: int
    total_column: bool
    total_row: bool
    row_start: int
    """Where its row's line starts."""
    parent_row: int | None
    """The row its row details (`Outline`), or None."""
    row_number: str
    """Its row's number cell as written ("" when empty or the table has none)."""
    lone_row: bool = False
    """Whether its row is its table's only row: each of its figures its column's total."""
    table_end: int = 0
    """Where its table's last row ends."""


def table_figures(table: Table) -> list[Figure]:
    """The figures of ``table``'s cells in its columns of plans, results and totals, row by row (a row of fewer cells
    than its header lost empty ones at its edges, `_aligned`; one of more is a note: none), of the column's unit, else
    the row's, else the one declared over the table."""
    content_at, unit_at, number_at = table.column("content"), table.column("unit"), table.column("number")
    figures = []
    outline = Outline()
    units_above: set[str] = set()  # the units of the rows above, named in the unit column
    r = -1  # the row's place (a row "Trong đó:" alone takes none: the rows under it follow their whole's)
    for row in table.rows:
        if len(row.cells) == 1 and _IN_WHICH_LINE.fullmatch(row.cells[0].text):
            outline.details_follow()
            continue
        if len(row.cells) > len(table.columns):
            continue
        r += 1
        cells = _aligned(row, len(table.columns), content_at)
        total_row = is_total_row(Row(row.start, row.end, cells), table)
        number = cells[number_at].text if number_at is not None else ""
        content = cells[content_at] if content_at is not None else None
        parent_row = outline.parent(r, number, content.text if content is not None else "", total_row)
        own_unit = cells[unit_at].text if unit_at is not None else None
        if total_row and not own_unit and len(units_above) == 1:
            own_unit = next(iter(units_above))  # "Tổng cộng | | 14" under rows of "lớp" alone
        units_above |= {own_unit} if own_unit and not total_row else set()
        unit = own_unit or _row_unit(content.text if content is not None else "", table.declared_unit)
        if total_row and (content is None or not content.text):  # the words of the total in the number's cell,
            content = _first_worded(cells) or content  # "Tổng cộng | | 5.700 | ...",
            # or in another before its figures: "| Tổng cộng | | 850"
        for c, (cell, column) in enumerate(zip(cells, table.columns)):
            figure_unit = column.unit or (own_unit if column.counts else unit)
            written = _cell_figure(cell.text, figure_unit) if column.role in ("plan", "done", "total") else None
            if written is None or not written.strip("0.,"):
                continue  # (a zero: nothing)
            figures.append(Figure(
                cell, float(parse_figure(written)), figure_unit,
                column.role == "done" or column.done,
                column.header, column.year, content, column.money_scale, r, c, column.role == "total", total_row,
                row.start, parent_row, number))
    lone_row = all(figure.row == 0 for figure in figures)
    return [figure._replace(lone_row=lone_row, table_end=table.end) for figure in figures]


_FIGURE_AND_UNIT = regex.compile(rf"(?P<figure>{FIGURE.pattern})[ \t]+(?P<unit>\p{{L}}+(?:[ \t]+\p{{L}}+)*)")


def _cell_figure(text: str, unit: str | None) -> str | None:
    """The figure a cell holds as written: alone ("05"), or followed by its row's unit ("5 lớp" in a row of "lớp");
    None for any other cell."""
    if FIGURE.fullmatch(text):
        return text
    written = _FIGURE_AND_UNIT.fullmatch(text)
    return written["figure"] if written and unit and written["unit"].lower() == unit.lower() else None


_ROW_NUMBER = regex.compile(r"\(?(?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3})*[a-zđ]?|[a-zđA-ZĐ])[.)]?|[-+*•]")
"""A row's number as its first cell writes it: "1", "1.2", "1a", "(1)", "II", "a)", "A", "-"."""


class Outline:
    """Which row each row of a table details, read row by row from their numbers and words: "1", "2" under a group's
    Roman "I"; "1.1", "1.2" under "1" ("1.2.1" under "1.2"); "a", "b)" under the last row of digits; a row of no number
    opening with a dash ("- Nghề dệt thổ cẩm", or numbered "-") under the last row detailing none, one of another dash
    under the last of the first ("-" then "+"); a row of no number opening with "Trong đó", or after a line "Trong đó:",
    and the rows of no number after it but a dash's, under the last row detailing none."""

    def __init__(self) -> None:
        self.group: int | None = None  # the last Roman row
        self.numbered: dict[str, int] = {}  # the rows of digits since it, by number
        self.last_digits: int | None = None  # the last row of digits
        self.anchor: int | None = None  # the last row detailing none (or numbered)
        self.in_which = False  # whether the rows before opened a "Trong đó" run of details
        self.dashes: list[tuple[str, int]] = []  # the dash of each level of the run of dashes, with its last row

    def details_follow(self) -> None:
        """Note a line "Trong đó:" alone: the rows of no number after it are details."""
        self.in_which, self.dashes = True, []

    def parent(self, row: int, number: str, content: str, total_row: bool) -> int | None:
        """The row that row ``row`` (numbered ``number``, ``content`` its words) details, or None."""
        number = number.rstrip(".")
        dash = number if number in _DASHES else content.lstrip()[:1] if not number and content.lstrip()[:1] in _DASHES else ""
        if total_row or number and not dash:
            self.in_which, self.dashes = False, []
        if total_row:
            self.anchor = None
            return None
        if dash:
            return self._dash_parent(row, dash)
        if not number and (_IN_WHICH.match(content) or self.in_which and not content[:1].isdigit()):
            self.in_which, self.dashes = True, []
            return self.anchor
        self.in_which, self.dashes = False, []
        parent: int | None = None
        if _ROMAN_NUMBER.fullmatch(number):
            self.group, self.numbered, self.last_digits = row, {}, None
        elif _DIGITS_NUMBER.fullmatch(number):
            parent = self.group if "." not in number else self.numbered.get(number.rpartition(".")[0])
            self.numbered[number] = self.last_digits = row
        elif _LETTER_NUMBER.fullmatch(number):
            parent = self.last_digits
        self.anchor = row
        return parent

    def _dash_parent(self, row: int, dash: str) -> int | None:
        """The row a row opening with ``dash`` details: the anchor for the run's first dash, the last row of the level
        above for another."""
        level = next((k for k, (seen, _) in enumerate(self.dashes) if seen == dash), len(self.dashes))
        parent = self.anchor if level == 0 else self.dashes[level - 1][1]
        self.dashes = self.dashes[:level] + [(dash, row)]
        return parent


_DASHES = ("-", "+", "*", "•")
_ROMAN_NUMBER = regex.compile(r"[IVX]{1,5}")
_DIGITS_NUMBER = regex.compile(r"\d{1,3}(?:\.\d{1,3})*")
_LETTER_NUMBER = regex.compile(r"[a-zđ]\)?")


def _row_unit(content: str, declared: str | None) -> str | None:
    """The unit of a row naming none in a unit column: of a row naming a number of things ("Số đề án", "Tổng số lớp")
    its noun (none when it names no noun), else the unit declared over the table ("Tổng số kinh phí": money)."""
    counted = _COUNT_ROW.match(content)
    if counted is None or _MONEY_WORDS.search(content):
        return declared
    named = _COUNT_COLUMN.fullmatch(content, counted.start("count"))
    return named["noun"] if named else None


_COUNT_ROW = regex.compile(r"(?:tổng[ \t]+)?(?P<count>số)(?:[ \t]+lượng)?(?!\p{L})", regex.I)
"""A row's content naming a number of things ("Số đề án", "Tổng số lớp"): no unit of money declared over its table."""


def _aligned(row: Row, width: int, content_at: int | None) -> tuple[Cell, ...]:
    """The cells of ``row`` as many as its table's columns: a row that lost cells at its edges (empty ones, dropped with
    the pipes or tabs at its line's edges) has its first cell under the content column when that cell is no row's
    number (" | Tổng cộng | 3.000 | 2.800 |", " | Trong đó: nghề mây tre đan | lớp | 2 | 2"), and its last cells
    empty."""
    cells = row.cells
    if content_at and len(cells) < width and not _ROW_NUMBER.fullmatch(cells[0].text):
        cells = tuple(Cell(row.start, row.start, "") for _ in range(min(content_at, width - len(cells)))) + cells
    return cells + tuple(Cell(row.end, row.end, "") for _ in range(width - len(cells)))


def figure_wholes(figures: list[Figure]) -> list[int | None]:
    """For each of ``figures`` (one table's, of one kind), the index of the figure it is a part of, or None: a row's
    cells (its years', its sources') that add up to its total column's cell are its parts; the cells of a column in the
    rows between two total rows that add up to the lower one's cell in that column (all of one unit) are that cell's
    parts, else to the upper one's (a total row over its rows). Exact sums only (to a hundredth): a row that misses a
    figure makes no parts."""
    wholes: list[int | None] = [None] * len(figures)
    by_row: dict[int, list[int]] = {}
    for i, figure in enumerate(figures):
        by_row.setdefault(figure.row, []).append(i)
    for indices in by_row.values():
        totals = [i for i in indices if figures[i].total_column]
        parts = [i for i in indices if not figures[i].total_column and totals and figures[i].done == figures[totals[0]].done]
        if len(totals) == 1 and parts and _adds_up(figures, parts, totals[0]):  # (one alone: the whole's one source)
            for i in parts:
                wholes[i] = totals[0]
    _detail_parts(figures, wholes)
    _column_parts(figures, range(len(figures)), wholes)
    _column_parts(figures, range(len(figures) - 1, -1, -1), wholes)  # (a total row over its rows)
    return wholes


def _detail_parts(figures: list[Figure], wholes: list[int | None]) -> None:
    """Give each cell the cells of its column in the rows detailing its row (`Figure.parent_row`), parts of nothing yet,
    that add up to it ("1 | Đào tạo nghề | lớp | 5" / " | Trong đó: nghề mây tre đan | lớp | 2" / " | nghề dệt thổ cẩm
    | lớp | 3"), one alone equal to it ("II | ... | 1.200" / "1 | ... | 1.200") or saying it is a part and no more than it
    (" | Trong đó: cơ sở nông thôn | cơ sở | 6")."""
    at = {(figure.row, figure.column): i for i, figure in enumerate(figures)}
    details: dict[tuple[int, int], list[int]] = {}
    for i, figure in enumerate(figures):
        if figure.parent_row is not None:
            details.setdefault((figure.parent_row, figure.column), []).append(i)
    for cell, parts in details.items():
        whole = at.get(cell)
        parts = [k for k in parts if wholes[k] is None]
        if whole is None or not parts:
            continue
        first = figures[parts[0]]
        one_named = len(parts) == 1 and first.content is not None and _IN_WHICH.match(first.content.text) is not None and (
            first.value <= figures[whole].value)
        if one_named or _adds_up(figures, parts, whole):
            for k in parts:
                wholes[k] = whole


_IN_WHICH = regex.compile(r"[ \t]*trong[ \t]+đó(?!\p{L})", regex.I)
_IN_WHICH_LINE = regex.compile(r"trong[ \t]+đó[ \t]*:?", regex.I)
"""A row of a table reading "Trong đó:" alone: its empty cells' pipes dropped with the line's edges, still a row."""


def _column_parts(figures: list[Figure], order: range, wholes: list[int | None]) -> None:
    """Give each total row's cell, in ``order``, the cells of its column in the rows before it since the last total
    row that add up to it, of one unit, parts of nothing yet; else the total rows' cells before it that do ("Cộng I",
    "Cộng II" / "Tổng cộng")."""
    above: dict[int, list[int]] = {}  # column -> its figures in the rows since the last total row
    subtotals: dict[int, list[int]] = {}  # column -> its total rows' figures, parts of nothing
    for i in order:
        figure = figures[i]
        if not figure.total_row:
            above.setdefault(figure.column, []).append(i)
            continue
        for candidates in (above.pop(figure.column, []), subtotals.get(figure.column, [])):
            column = [k for k in candidates if wholes[k] is None]
            units = {_unit_key(figures[k]) for k in column} | {_unit_key(figure)}
            if column and len(units - {None}) <= 1 and wholes[i] is None and _adds_up(figures, column, i):
                for k in column:
                    wholes[k] = i
                break
        subtotals.setdefault(figure.column, []).append(i)


def kept_figures(text: str, keep: Callable[[Figure], bool]) -> list[tuple[Figure, int | None]]:
    """The figures of ``text``'s tables that ``keep`` takes, in order, each with the index (in this list) of the one it
    is a part of (`figure_wholes`, table by table), or None."""
    kept: list[tuple[Figure, int | None]] = []
    for table in find_tables(text):
        figures = [figure for figure in table_figures(table) if keep(figure)]
        base = len(kept)
        kept += [(figure, None if whole is None else base + whole) for figure, whole in zip(figures, figure_wholes(figures))]
    return kept


def _unit_key(figure: Figure) -> str | int | None:
    """What a figure is counted in: its money's scale ("Kinh phí (triệu đồng)" under a count's unit column), else its
    unit."""
    return money_scale(figure) or figure.unit


def _adds_up(figures: list[Figure], parts: list[int], whole: int) -> bool:
    """Whether the values of ``parts`` add up to the value of ``whole`` (within a hundredth)."""
    return abs(sum(figures[k].value for k in parts) - figures[whole].value) < 0.005


_MONEY_UNIT = regex.compile(
    r"(?:(?P<scale>triệu|tr\.?|tỷ|tỉ|nghìn|ngàn)[ \t]*|(?P<factor>1[.,]?000(?P<million>[.,]?000)?)[ \t]*)?(?:đồng|đ|vnđ)"
    r"|(?P<alone>triệu|tỷ|tỉ)", regex.IGNORECASE)


def money_scale(figure: Figure) -> int | None:
    """The đồng a unit of ``figure`` is worth when it is money: its column's scale ("Kinh phí (triệu đồng)"), else
    its row's unit's ("triệu đồng", "Tr.đ"); None for a figure of another unit."""
    if figure.money_scale:
        return figure.money_scale
    if figure.unit and (m := _MONEY_UNIT.fullmatch(figure.unit)):
        if word := m["scale"] or m["alone"]:
            return SCALES[word.lower()]
        return (10**6 if m["million"] else 1000) if m["factor"] else 1
    return None


def amount_vnd(figure: Figure) -> int:
    """The đồng a figure of money is worth (`money_scale`; 0 for a figure of no money)."""
    return int(round(figure.value * (money_scale(figure) or 0)))


def counted(figure: Figure) -> bool:
    """Whether ``figure`` is a count or a share (a target): of a unit that is no money, in a column of no money."""
    return figure.unit is not None and figure.money_scale is None and money_scale(figure) is None


Link = tuple[int, int, int]
"""An item repeating a table's figure: the list it is in (0: the text's items, 1: the tables'), its index there, and
the figure's index among the tables'."""


def merge_in_order(items: list, extra: list, dropped: frozenset[int] = frozenset(), links: list[Link] | None = None) -> list:
    """``items`` (targets or budget items, in reading order) but those at ``dropped``, and ``extra`` (a table's, their
    `part_of` indices into ``extra``, their `restates` into ``items``) as one list in the order of their spans' starts,
    every `part_of` and `restates` index pointing at the same item as before (or null, at one dropped); each item of a
    `Link` of ``links`` repeats the table's figure it names."""
    tagged = [(item.span[0], 0, k) for k, item in enumerate(items) if k not in dropped]
    tagged += [(item.span[0], 1, k) for k, item in enumerate(extra)]
    tagged.sort()
    new_index = {(source, k): n for n, (_, source, k) in enumerate(tagged)}
    merged = []
    for _, source, k in tagged:
        item = (items, extra)[source][k]
        if item.part_of is not None:
            item.part_of = new_index.get((source, item.part_of))
        if item.restates is not None:
            item.restates = new_index.get((0, item.restates))
        merged.append(item)
    for source, k, total in links or []:
        if source == 1 or k not in dropped:
            (items, extra)[source][k].restates = new_index[(1, total)]
    return merged


def restate_totals(text: str, kept: list[tuple[Figure, int | None]], extra: list, items: list, starts: list[int],
                   dropped: frozenset[int], same: Callable[[Any, Any], bool],
                   same_in_row: Callable[[Any, Any], bool] | None = None, cells_too: bool = False,
                   later: Callable[[int, int], bool] | None = None,
                   plain_after: Callable[[Any, Any], bool] = lambda item, total: True) -> list[Link]:
    """Make each table total of ``extra`` (a total row's or column's figure of ``kept``, part of nothing) repeat the
    last item of ``items`` before it in the text (``starts``: where each stands), not ``dropped``, part and repeat
    of nothing and not yet repeated by its table (another table may: two annexes of one total), that is the ``same``
    as it and done alike ("Điều 1. ... tổng kinh phí 670 triệu đồng" / "| Tổng cộng | | 670"; not "Năm 2024 đã hỗ
    trợ 8 cơ sở" / a plan's "Tổng cộng | cơ sở | 8"): its `restates` an index into ``items``, as `merge_in_order`
    takes it. A total no item before repeats is repeated by the first such item after its table within
    `TOTAL_AFTER_REACH` whose sentence sums up (`_sums_up`: "| Tổng cộng | 550" / "Như vậy, tổng kinh phí ... là 550
    triệu đồng"), or, for a total row's or column's or a count (not a lone row's money: "| Hội chợ | 120" is no
    total of "Kinh phí tổ chức bình chọn ... 120 triệu đồng"), adds nothing on (`_adds_nothing_on`: "Năm 2024, Trung
    tâm đã tổ chức 8 lớp" after "| Tổng cộng | lớp | 8"; not "Ngoài ra, ...") and is ``plain_after`` the total
    (budget: of a source not another's than the programme's, "Kinh phí đối ứng ... 500 triệu đồng" no repeat of "|
    Tổng cộng | 500"), and a total row's no item repeats repeats the last total row of an earlier table that is the
    same, done alike, part and repeat of nothing: `Link` s, returned for `merge_in_order`. A lone row's figures are
    its table's totals ("Năm 2024, Trung tâm đã giải ngân 1.800 triệu đồng" / "| 2.000 | 1.800"), repeating an item
    within `LONE_ROW_REACH` before it only. A row's total (not a total row's) repeats what ``same_in_row`` finds the
    same, when given ("Máy sấy cho HTX A | 300" is no repeat of "Kinh phí tổ chức hội chợ ... 300 triệu đồng"). With
    ``cells_too``, any other figure part of nothing repeats the last item within `CELL_REACH` before its row that is
    the same and done alike, repeat of nothing, part of one or not ("Kinh phí khuyến công quốc gia 18.640 triệu
    đồng" / "| Khuyến công quốc gia | 18.640"). With ``later``, a total nothing else repeats is repeated by the
    first item after its table, among `TOTAL_LOOKBACK`, that is the same, done alike, repeat of nothing, part of one
    or not, and for which ``later(total's start, item's start)`` holds ("IV. ... | Cộng | 4.200" / "V. ... Trong đó,
    kinh phí khuyến công địa phương là 4.200 triệu đồng": in another top-level section)."""
    used: set[int] = set()  # the items a figure of this table repeats
    links: list[Link] = []
    gists = _gists(kept) if any(figure.total_row for figure, _ in kept) else {}
    for n, ((figure, whole), total) in enumerate(zip(kept, extra)):
        if n and kept[n - 1][0].table_end != figure.table_end:
            used = set()  # (another table may repeat them: two annexes of one total)
        if whole is not None:
            continue
        if not (figure.total_row or figure.total_column or figure.lone_row):
            if cells_too:
                _restate_cell(text, figure, total, items, starts, used, dropped, same)
            continue
        alike = same_in_row if same_in_row is not None and not (figure.total_row or figure.lone_row) else same
        reach = figure.row_start - LONE_ROW_REACH if figure.lone_row and not figure.total_row else -1
        last = bisect.bisect_left(starts, figure.cell.start) - 1
        before = next((j for j in range(last, max(-1, last - TOTAL_LOOKBACK), -1) if starts[j] < reach or (
            j not in used and j not in dropped and _repeats(items[j], total, alike))), None)
        before = None if before is not None and starts[before] < reach else before
        after = next((j for j in range(bisect.bisect_left(starts, figure.table_end), len(items))
                      if starts[j] > figure.table_end + TOTAL_AFTER_REACH or j not in used and j not in dropped
                      and _repeats(items[j], total, alike) and (_sums_up(text, starts[j]) or (
                          figure.total_row or figure.total_column or figure.money_scale is None)
                          and _adds_nothing_on(text, starts[j])
                          and plain_after(items[j], total))), None)
        if before is not None:
            total.restates = before
            used.add(before)
        elif after is not None and starts[after] <= figure.table_end + TOTAL_AFTER_REACH:
            links.append((0, after, n))
            used.add(after)
        elif figure.total_row and (earlier := _earlier_total(text, kept, extra, n, links, same, gists)) is not None:
            links.append((1, n, earlier))
        elif later is not None and (found := _later_repeat(figure, total, items, starts, used, dropped, same,
                                                           later)) is not None:
            links.append((0, found, n))
            used.add(found)
    return links


TableGist = tuple[int, set[str]]
"""A table's first row's start and its rows' contents, case-folded (of the rows with figures, not the totals)."""


def _later_repeat(figure: Figure, total: Any, items: list, starts: list[int], used: set[int], dropped: frozenset[int],
                  same: Callable[[Any, Any], bool], later: Callable[[int, int], bool]) -> int | None:
    """The first of ``items`` after ``figure``'s table, among `TOTAL_LOOKBACK`, not ``used`` nor ``dropped``, repeat of
    nothing, the ``same`` as ``total`` and done alike, for which ``later`` holds (see `restate_totals`)."""
    first = bisect.bisect_left(starts, figure.table_end)
    return next((j for j in range(first, min(len(items), first + TOTAL_LOOKBACK))
                 if j not in used and j not in dropped and items[j].restates is None
                 and items[j].achieved == total.achieved and same(items[j], total)
                 and later(figure.cell.start, starts[j])), None)


def _earlier_total(text: str, kept: list[tuple[Figure, int | None]], extra: list, n: int, links: list[Link],
                   same: Callable[[Any, Any], bool], gists: dict[int, TableGist]) -> int | None:
    """The last total row's figure of an earlier table than ``kept[n]``'s that ``extra[n]`` repeats: the same, done
    alike, part and repeat of nothing, of a table listing none of its rows' contents (another breakdown of one total:
    projects, then districts; not two years' tables of the same rows), the lines over the two tables' headers naming
    no years none shared ("Bảng 1. Kết quả năm 2023" / "Bảng 2. Kết quả năm 2024")."""
    figure, total = kept[n][0], extra[n]
    repeated = {target for _, _, target in links} | {k for source, k, _ in links if source == 1}
    return next((m for m in range(n - 1, -1, -1) if kept[m][0].table_end < figure.row_start and kept[m][0].total_row
                 and kept[m][1] is None and m not in repeated and extra[m].restates is None
                 and extra[m].achieved == total.achieved and same(extra[m], total)
                 and _other_breakdown(text, gists[kept[m][0].table_end], gists[figure.table_end])), None)


def _gists(kept: list[tuple[Figure, int | None]]) -> dict[int, TableGist]:
    """The `TableGist` of each table of ``kept``, by where the table ends."""
    gists: dict[int, TableGist] = {}
    for figure, _ in kept:
        start, contents = gists.get(figure.table_end, (figure.row_start, set()))
        if not figure.total_row and figure.content is not None and figure.content.text:
            contents.add(figure.content.text.casefold())
        gists[figure.table_end] = min(start, figure.row_start), contents
    return gists


def _other_breakdown(text: str, first: TableGist, second: TableGist) -> bool:
    """Whether two tables (their `TableGist`) list no row content alike and the two lines over each one's first row (its
    header and title) name no years none shared."""
    if first[1] & second[1]:
        return False
    years = [{int(year.group()) for year in YEAR.finditer(text, _lines_before(text, start, 2), start)}
             for start, _ in (first, second)]
    return not (years[0] and years[1] and years[0].isdisjoint(years[1]))


def _lines_before(text: str, pos: int, lines: int) -> int:
    """Where the ``lines`` lines before the line at ``pos`` start (past blank lines), within `TITLE_LINES_REACH`."""
    floor, start = max(0, pos - TITLE_LINES_REACH), pos
    for _ in range(lines):
        end = start - 1  # the line break ending the line before
        while end > floor and text[end - 1] == "\n":
            end -= 1  # (past blank lines)
        if end <= floor:
            return floor
        start = text.rfind("\n", floor, end) + 1
    return max(start, floor)


TITLE_LINES_REACH = 600
"""Characters before a table's first row read for its header's and title's years."""


def _restate_cell(text: str, figure: Figure, cell: Any, items: list, starts: list[int], used: set[int],
                  dropped: frozenset[int], same: Callable[[Any, Any], bool]) -> None:
    """Make ``cell`` (a table's figure, no total) of a row naming money itself and nothing else (`_MONEY_ROW`: "Kinh
    phí khuyến công", "Kinh phí giải ngân"; not an activity's, "Hỗ trợ máy sấy", "Kinh phí đào tạo nghề") repeat the
    last item of ``items`` within `CELL_REACH` before its row that is the ``same`` and done alike, repeat of nothing
    and repeated by no other figure of its table (``used``: "Trung tâm được cấp 300 triệu đồng." is no repeat of each
    of three rows' 300), its sentence naming no years none of which the cell's column, header or lead-in names ("Năm
    2023, ... đã giải ngân 1.200 triệu đồng." / "Kết quả năm 2024 như sau:" / "| Kinh phí giải ngân | ... | 1.200"),
    and no yearly rate nor average (`_YEARLY_RATE`)."""
    if figure.content is None or not opens_with(figure.content.text, _MONEY_ROW, whole=True):
        return
    last = bisect.bisect_left(starts, figure.cell.start) - 1
    for j in range(last, max(-1, last - TOTAL_LOOKBACK), -1):
        if starts[j] < figure.row_start - CELL_REACH:
            return
        if j not in used and j not in dropped and items[j].restates is None and items[j].achieved == cell.achieved and same(
                items[j], cell) and not _other_years(text, figure, starts[j]) and not _YEARLY_RATE.search(
                    text, _sentence_start(text, starts[j]), starts[j]):
            cell.restates = j
            used.add(j)
            return


_YEARLY_RATE = regex.compile(r"(?<!\p{L})(?:mỗi[ \t]+năm|hằng[ \t]+năm|hàng[ \t]+năm|bình[ \t]+quân)(?!\p{L})", regex.I)
"""Words of a yearly rate or an average before an amount ("mỗi năm đã giải ngân 1.500 triệu đồng"): no one year's
cell repeats it."""


def _other_years(text: str, figure: Figure, pos: int) -> bool:
    """Whether the sentence of the text's figure at ``pos`` names years and the table's ``figure`` others: its column's
    year, else those of its header's line and the line over it."""
    said = {int(year.group()) for year in YEAR.finditer(text, _sentence_start(text, pos), pos)}
    if not said:
        return False
    if figure.year is not None:
        return figure.year not in said
    if figure.header is None:
        return False
    header_start = text.rfind("\n", 0, figure.header.start) + 1
    header_end = text.find("\n", figure.header.start)
    named = {int(year.group()) for year in YEAR.finditer(
        text, _lines_before(text, header_start, 1), len(text) if header_end == -1 else header_end)}
    return bool(named) and said.isdisjoint(named)


_MONEY_ROW_WORDS = r"kinh[ \t]+phí|vốn|ngân[ \t]+sách|nguồn|khuyến[ \t]+công|kcqg|kcđp|giải[ \t]+ngân"
_MONEY_ROW = regex.compile(
    rf"(?:{_MONEY_ROW_WORDS})(?:[ \t]+(?:{_MONEY_ROW_WORDS}|quốc[ \t]+gia|địa[ \t]+phương|đối[ \t]+ứng|tỉnh|huyện|trung[ \t]+ương"
    r"|hỗ[ \t]+trợ|thực[ \t]+hiện|đã|được|giao|cấp|phân[ \t]+bổ|bố[ \t]+trí|của))*[ \t]*(?:\([^()\n]{0,30}\))?[ \t:]*",
    regex.I)
"""A row naming money itself and nothing else, or its source: "Kinh phí", "Kinh phí khuyến công địa phương", "Kinh
phí giải ngân", "Vốn đối ứng", "Khuyến công quốc gia (triệu đồng)"."""


def opens_with(content: str, words: regex.Pattern, whole: bool = False) -> bool:
    """Whether a row's ``content`` opens with ``words`` (``whole``: is made of them), past a list's marker and a "Tổng"
    before them ("- Kinh phí", "Tổng doanh thu")."""
    lead = _ROW_MARKER.match(content).end()
    total = _TOTAL_WORD.match(content, lead)
    match = words.fullmatch if whole else words.match
    return match(content, lead) is not None or total is not None and match(content, total.end()) is not None


_ROW_MARKER = regex.compile(r"[ \t\-+•*]*")
_TOTAL_WORD = regex.compile(r"tổng[ \t]+", regex.I)
CELL_REACH = 1500
"""Characters before a table's row within which an item of the text may be repeated by one of its figures."""


def _adds_nothing_on(text: str, pos: int) -> bool:
    """Whether the sentence of the figure at ``pos`` adds nothing on before it (`_ADDED_ON`: "Năm 2024, Trung tâm đã tổ
    chức 8 lớp, đạt 100% kế hoạch"; not "Ngoài ra, ... 150 triệu đồng")."""
    return _ADDED_ON.search(text, _sentence_start(text, pos), pos) is None


_ADDED_ON = regex.compile(
    r"(?<!\p{L})(?:ngoài[ \t]+ra|bên[ \t]+cạnh[ \t]+đó|đồng[ \t]+thời|thêm|còn|riêng|trong[ \t]+đó)(?!\p{L})", regex.I)
"""Words of a sentence adding something on or singling a part out: no repeat of a table's total."""


def _sums_up(text: str, pos: int) -> bool:
    """Whether the sentence of the figure at ``pos`` sums up before it ("Như vậy, ...", "Tổng số lớp ...", "Tính chung
    ..."; not "Ngoài ra, ... thêm 4 lớp", "Kinh phí đối ứng ... 500 triệu đồng")."""
    return _SUM_UP.search(text, _sentence_start(text, pos), pos) is not None


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence of the figure at ``pos`` starts (after `_SENTENCE_STOP`), `SUM_UP_REACH` before it at most."""
    stop = _SENTENCE_STOP.search(text, max(0, pos - SUM_UP_REACH), pos)
    return stop.end() if stop is not None else max(0, pos - SUM_UP_REACH)


_SENTENCE_STOP = regex.compile(rf"(?r)(?<!{PLACE_ABBREVIATION})[.!?](?=[ \t\n])|\n")
"""The last end of a sentence before a figure: a line break, or a stop before a space (not the dot of "1.200", nor of
"TP. Tuyên Quang")."""


SUM_UP_REACH = 200
"""Characters before a figure read for the words summing up its sentence."""
_SUM_UP = regex.compile(r"(?<!\p{L})(?:như[ \t]+vậy|tổng|tính[ \t]+chung|nhìn[ \t]+chung|tóm[ \t]+lại)(?!\p{L})", regex.I)


def _repeats(item: Any, total: Any, same: Callable[[Any, Any], bool]) -> bool:
    """Whether ``item`` of the text, part and repeat of nothing, is the ``same`` as a table's ``total`` and done alike."""
    return item.part_of is None and item.restates is None and item.achieved == total.achieved and same(item, total)


TOTAL_AFTER_REACH = 400
"""Characters after a table's last row within which an item of the text may repeat its total."""
TOTAL_LOOKBACK = 200
"""Items of the text before a table's total read for the one it repeats at most (a table of thousands of rows reads
no more for each)."""
LONE_ROW_REACH = 600
"""Characters before a lone row within which an item of the text may be repeated by one of its figures."""


Spans = dict[tuple[int, int], frozenset[float] | None]
"""Spans of a text, each with the values a figure read in it may be (None: any)."""


def rows_with_figures(kept: list[tuple[Figure, int | None]]) -> Spans:
    """The spans of the rows ``kept`` figures stand in, from each row's start to its last figure's end."""
    ends: dict[int, int] = {}
    for figure, _ in kept:
        ends[figure.row_start] = max(ends.get(figure.row_start, 0), figure.cell.end)
    return {(start, end): None for start, end in ends.items()}


def read_in_rows(kept: list[tuple[Figure, int | None]], value_of: Callable[[Figure], float]) -> Spans:
    """Where a figure the text read is one ``kept`` reads (`value_of` each): in one's cell ("05 lớp", "1.200 triệu
    đồng"), or, of its value, in its row's content ("Đào tạo nghề cho 35 lao động | lao động | 35"; not the row's
    "70 lao động" no column reads, nor "5 lớp (175 học viên)" in a cell of no figure)."""
    spans: Spans = {(figure.cell.start, figure.cell.end): None for figure, _ in kept}
    contents: dict[tuple[int, int], set[float]] = {}
    for figure, _ in kept:
        if figure.content is not None and figure.content.text:
            contents.setdefault((figure.content.start, figure.content.end), set()).add(value_of(figure))
    spans.update({span: frozenset(values) for span, values in contents.items()})
    return spans


def header_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the header rows of ``text``'s tables (a header's line or two): labels, no figures of their own
    ("Kinh phí KCĐP (70%)")."""
    return [(table.start, table.rows[0].start) for table in find_tables(text)]


def in_rows(spans: Spans, pos: int, value: float | None = None) -> bool:
    """Whether ``pos`` lies in one of ``spans`` (`rows_with_figures`, `read_in_rows`) whose figures may be ``value``
    (any span, given none)."""
    return any(start <= pos < end and (values is None or value is None or value in values)
               for (start, end), values in spans.items())
