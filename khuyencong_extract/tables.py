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
from khuyencong_extract.texttools import document_cache

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
        in_table = ("\t" in inner) if in_table else wide[k] and inner.count("\t") < MAX_CELLS and _is_header(
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

def _words(role: str) -> regex.Pattern:
    """The words of a column's ``role`` (`COLUMN_WORDS`) opening a header cell."""
    words = phrase_alternation(COLUMN_WORDS[role], r"[ \t]+")
    return regex.compile(rf"(?:{words})(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)


_ROLE_WORDS = {role: _words(role) for role in ("number", "unit", "other", "done", "plan", "total", "content")}
_RATIO = regex.compile(r"%|(?<!\p{L})(?:so[ \t]+với|so[ \t]+sánh|tỷ[ \t]+lệ|tỉ[ \t]+lệ)(?!\p{L})|/[ \t]*kh(?!\p{L})", regex.I)
"""A column of shares or comparisons, wherever its words stand in the header ("TH/KH (%)", "TH so với KH")."""
_DONE_INSIDE = regex.compile(r"(?<!\p{L})(?:đã(?![ \t]+được)|giải[ \t]+ngân|quyết[ \t]+toán)(?!\p{L})", regex.I)
"""Words of a result inside a header ("Kinh phí đã hỗ trợ", "Giá trị giải ngân (triệu đồng)"); not a passive's ("Kinh
phí đã được phê duyệt": a plan)."""
_TOTAL_ROW = _words("total_rows")
_YEAR = regex.compile(r"(?<![\d/.,])(?:19|20)\d\d(?![\d/])")
_PERIOD = regex.compile(r"(?:19|20)\d\d[ \t]*[-–][ \t]*(?:19|20)\d\d")
_MONEY_SCALE = regex.compile(r"\([ \t]*(?P<scale>triệu|tr\.?|tỷ|tỉ|nghìn|ngàn)?[ \t]*(?:đồng|đ)[ \t]*\)", regex.IGNORECASE)
_MONEY_WORDS = regex.compile(
    r"(?<!\p{L})(?:kinh[ \t]+phí|vốn|ngân[ \t]+sách|kcqg|kcđp|khuyến[ \t]+công|đối[ \t]+ứng|số[ \t]+tiền|thành[ \t]+tiền)(?!\p{L})",
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
    if _RATIO.search(_SOURCE_SHARE.sub("", header) if money_words else header) or _DESCRIPTION.fullmatch(header):
        return Column("other")  # "TH/KH (%)", "TH so với KH", "Tỷ lệ đạt"; not "Kinh phí KCĐP (70%)"
    for role in ("number", "unit", "other", "done", "plan", "total", "content"):
        if _ROLE_WORDS[role].match(header) or role == "done" and _DONE_INSIDE.search(header) and not (
                _PLAN_HEADER.search(header) or _ROLE_WORDS["content"].match(header)):  # "Tổng kinh phí đã giải ngân"
            return Column(role, year if role in ("done", "plan") else None, scale if role != "other" else None)
    if not money_words and (counted := _COUNT_COLUMN.fullmatch(header)):  # "Số lượng", "Số đề án", "Số lượng (cơ sở)"
        return Column("plan", year, None, unit=counted["noun"] or counted["bracket"], counts=True)
    if year is not None and regex.fullmatch(r"(?:năm[ \t]+)?(?:19|20)\d\d", header, regex.IGNORECASE):
        return Column("plan", year, scale)
    if money_words:
        return Column("plan", year, scale if scale is not None else MONEY_OF_ROW)
    return Column("unknown")


_COUNT_COLUMN = regex.compile(
    r"số[ \t]+(?:lượng|(?P<noun>\p{L}+(?:[ \t]+\p{L}+)?))(?:[ \t]*\([ \t]*(?P<bracket>[^()]*?)[ \t]*\))?", regex.IGNORECASE)
"""A column of counts: "Số lượng" (in the row's unit, or the one its brackets name: "Số lượng (cơ sở)"), "Số đề án",
"Số lớp" (its noun the unit)."""
_DESCRIPTION = regex.compile(phrase_alternation(COLUMN_WORDS["descriptions"], r"[ \t]+"), regex.IGNORECASE)
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
    "Nguồn vốn", "Huyện, thành phố": `COLUMN_WORDS` ``names``) the content column of a table that names none."""
    columns = tuple(column_of(cell) for cell in cells)
    if any(column.role == "content" for column in columns):
        return columns
    named = next((k for k, cell in enumerate(cells) if _NAME_COLUMN.fullmatch(cell)), None)
    if named is None:
        return columns
    return columns[:named] + (Column("content"),) + columns[named + 1:]


_NAME_COLUMN = regex.compile(phrase_alternation(COLUMN_WORDS["names"], r"[ \t]+"), regex.IGNORECASE)


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
                k + 1 < len(lines) and "|" in text[lines[k + 1][0]:lines[k + 1][1]])):  # " | Trong đó: | |": its pipes dropped
            cells = _cells(text, *lines[k])
            rows.append(Row(lines[k][0], lines[k][1], cells))
            k += 1
        if rows:
            if _years_row(rows[0]):  # a header on two lines: "Kinh phí | Kinh phí" / " | | 2024 | 2025"
                columns = _with_years(columns, rows[0])
                rows = rows[1:]
            elif _names_row(rows[0]) and len(rows) > 1:  # merged cells over the second line's: "Kinh phí (triệu
                columns = _with_names(_widened(columns, rows[1:], end), rows[0])  # đồng) | |" / " | | Tổng | KCĐP"
                rows = rows[1:]
            columns = _with_row_total(_with_scale_of_table(_with_unit_by_cells(columns, rows)))
            if _reports_results(text, start):  # a report's years are its results: "Năm 2021 | Năm 2022 | ..."
                columns = tuple(column._replace(role="done") if column.role == "plan"
                                and not _PLAN_HEADER.search(column.header.text if column.header else "")
                                else column._replace(done=True) if column.role == "total" else column
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
    if not cells or not all(_UNIT_CELL.fullmatch(cell) for cell in cells):
        return columns
    return columns[:at] + (columns[at]._replace(role="unit"),) + columns[at + 1:]


_BARE_UNIT_HEADER = regex.compile(r"đơn[ \t]+vị", regex.I)
_UNIT_CELL = regex.compile(r"(?!\p{Lu}{2})\p{L}+(?:[ \t.]+\p{Ll}+){0,2}\.?|%")
"""A cell reading as a unit: one to three words, none but the first capitalised, the first no initialism."""


def _with_scale_of_table(columns: tuple[Column, ...]) -> tuple[Column, ...]:
    """``columns`` with its columns of money naming no unit ("KCQG", "Đối ứng") in the one scale the others name
    ("Tổng (triệu đồng)"), in a table of no unit column."""
    scales = {column.money_scale for column in columns if column.money_scale}
    if len(scales) != 1 or any(column.role == "unit" for column in columns):
        return columns
    scale = scales.pop()
    return tuple(column._replace(money_scale=scale) if column.money_scale == MONEY_OF_ROW else column
                 for column in columns)


def _with_row_total(columns: tuple[Column, ...]) -> tuple[Column, ...]:
    """``columns`` with a column of money naming no source and no year, right before columns of money naming sources
    ("Kinh phí (triệu đồng) | KCQG | KCĐP", "Kinh phí | Trong đó: KCĐP"), the row's total, in a table of no total
    column."""
    if any(column.role == "total" for column in columns):
        return columns
    for k, column in enumerate(columns[:-1]):
        if column.role in ("plan", "done") and column.money_scale is not None and column.year is None and (
                column.header is not None and not _SOURCE_WORDS.search(column.header.text)) and all(
                after.money_scale is not None and after.role == column.role and after.header is not None
                and _SOURCE_WORDS.search(after.header.text) for after in columns[k + 1:k + 2]):
            return columns[:k] + (column._replace(role="total", done=column.role == "done"),) + columns[k + 1:]
    return columns


_SOURCE_WORDS = regex.compile(
    r"(?<!\p{L})(?:kcqg|kcđp|khuyến[ \t]+công|đối[ \t]+ứng|ngân[ \t]+sách|vốn|nguồn|trong[ \t]+đó)(?!\p{L})", regex.I)
"""Words of a header naming a source of money, or a part of the column before ("Trong đó: KCĐP")."""


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
    r"(?<!\p{L})(?:kế[ \t]+hoạch|kh|dự[ \t]+kiến|dự[ \t]+toán|duyệt|giao|mục[ \t]+tiêu|chỉ[ \t]+tiêu|đề[ \t]+nghị|đăng[ \t]+ký)"
    r"(?!\p{L})", regex.I)
"""A header naming a plan, a request or a registration anywhere ("Kinh phí được duyệt", "Kinh phí giao", "Kinh phí đề
nghị giải ngân", "Số cơ sở đã đăng ký"): no result's column, in a table of results too."""


def _with_names(columns: tuple[Column, ...], row: Row) -> tuple[Column, ...]:
    """``columns`` with the columns a header's second line (`_names_row`) names under them, its cells aligned to the
    right: each named one takes the second line's role (a count's, money's, a total's) under a merged cell of plans or
    results its tense ("Thực hiện | |" / " | Số lượng | Kinh phí"), its year and its scale of money ("Kinh phí (triệu
    đồng) | |" / "Tổng | KCĐP")."""
    named = []
    shift = len(columns) - len(row.cells)
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


def _widened(columns: tuple[Column, ...], rows: list[Row], header_end: int) -> tuple[Column, ...]:
    """``columns`` and as many empty ones after them as the widest of ``rows`` has cells more: the merged cells a
    header's line lost at its end with their pipes ("Kinh phí (triệu đồng) | |")."""
    missing = max(len(row.cells) for row in rows) - len(columns)
    return columns + tuple(Column("unknown", header=Cell(header_end, header_end, "")) for _ in range(missing))


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
_RESULTS = regex.compile(r"(?<!\p{L})(?:kết[ \t]+quả|đã[ \t]+thực[ \t]+hiện)(?!\p{L})", regex.I)
_PLANNED = regex.compile(r"(?<!\p{L})(?:kế[ \t]+hoạch|dự[ \t]+kiến|mục[ \t]+tiêu|chỉ[ \t]+tiêu|phấn[ \t]+đấu|nhiệm[ \t]+vụ)(?!\p{L})",
                         regex.I)


def _reports_results(text: str, header_start: int) -> bool:
    """Whether the line right before a table's header names results and no plan or goal ("Kết quả năm 2024 như sau:"),
    or leads it in with work done ("Trung tâm đã tổ chức 05 lớp ..., cụ thể:"), or the lines right before it say it
    reports results ("BÁO CÁO Kết quả thực hiện ... 2021-2023", "Bảng 2. Kết quả hỗ trợ theo năm") and name no plan or
    goal: its columns of years, counts or money that name no plan are results, not plans ("Năm 2021", "Số cơ sở")."""
    before = text[max(0, header_start - RESULTS_REACH):header_start]
    lead_in = before[before.rfind("\n", 0, len(before) - 1) + 1:].rstrip()
    if _PLANNED.search(lead_in) is not None:
        return False
    if _RESULTS.search(lead_in) is not None or lead_in.endswith(":") and _DONE_LEAD_IN.search(lead_in) is not None:
        return True  # (whatever plan the lines before name: "Kế hoạch năm 2025 ..." / "Kết quả năm 2024 như sau:")
    return _RESULTS.search(before) is not None and _PLANNED.search(before) is None


_DONE_LEAD_IN = regex.compile(r"(?<!\p{L})đã(?![ \t]+được)(?!\p{L})", regex.I)
"""Work done in a table's lead-in ("đã tổ chức", "đã hỗ trợ"); not a passive's approval ("đã được phê duyệt")."""


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
    """Whether ``row`` sums the rows above it: its content cell (or its number's) opens with a word of totals and names
    three words more at most ("Tổng cộng", "Cộng I", "Tổng số kinh phí"; not "Tổng số lao động có việc làm")."""
    for role in ("content", "number"):
        k = table.column(role)
        if k is not None and k < len(row.cells) and (total := _TOTAL_ROW.match(row.cells[k].text)) and len(
                _WORD.findall(row.cells[k].text, total.end())) <= TOTAL_ROW_WORDS:
            return True
    return False


TOTAL_ROW_WORDS = 3
"""Words a total row's cell names after its word of totals at most."""
_WORD = regex.compile(r"\p{L}+")


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
    sub_row: bool
    """Whether its row details the row above ("Trong đó: nghề mây tre đan", "- Nghề dệt thổ cẩm"), its number empty."""
    row_number: str
    """Its row's number cell as written ("" when empty or the table has none)."""


def table_figures(table: Table) -> list[Figure]:
    """The figures of ``table``'s cells in its columns of plans, results and totals, row by row (a row of fewer cells
    than its header lost empty ones at its edges, `_aligned`; one of more is a note: none), of the column's unit, else
    the row's, else the one declared over the table."""
    content_at, unit_at, number_at = table.column("content"), table.column("unit"), table.column("number")
    figures = []
    main_number = ""  # the number of the last row detailed by none above it
    r = -1  # the row's place (a row "Trong đó:" alone takes none: the rows under it follow their whole's)
    for row in table.rows:
        if len(row.cells) > len(table.columns) or len(row.cells) == 1 and _IN_WHICH_LINE.fullmatch(row.cells[0].text):
            continue
        r += 1
        cells = _aligned(row, len(table.columns), content_at)
        total_row = is_total_row(Row(row.start, row.end, cells), table)
        number = cells[number_at].text if number_at is not None else ""
        content = cells[content_at] if content_at is not None else None
        sub_row = content is not None and not number and _SUB_ROW.match(content.text) is not None or _sub_number(
            number, main_number)
        main_number = main_number if sub_row or not number else number
        own_unit = cells[unit_at].text if unit_at is not None else None
        unit = own_unit or _row_unit(content.text if content is not None else "", table.declared_unit)
        if total_row and (content is None or not content.text) and number_at is not None:
            content = cells[number_at]  # "Tổng cộng | | 5.700 | ...": the words of the total in the number's cell
        for c, (cell, column) in enumerate(zip(cells, table.columns)):
            figure_unit = column.unit or (own_unit if column.counts else unit)
            written = _cell_figure(cell.text, figure_unit) if column.role in ("plan", "done", "total") else None
            if written is None or not written.strip("0.,"):
                continue  # (a zero: nothing)
            figures.append(Figure(
                cell, float(parse_figure(written)), figure_unit,
                column.role == "done" or column.done,
                column.header, column.year, content, column.money_scale, r, c, column.role == "total", total_row,
                row.start, sub_row, number))
    return figures


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


def _sub_number(number: str, main: str) -> bool:
    """Whether a row's ``number`` details the row numbered ``main`` above it: "1.1", "1.2" under "1"; "a", "b)" under
    a row of digits."""
    if not main or not number:
        return False
    if number.startswith(main.rstrip(".") + ".") and _ROW_NUMBER.fullmatch(number):
        return number.rstrip(".") != main.rstrip(".")
    return main.rstrip(".").isdigit() and _LETTER_NUMBER.fullmatch(number) is not None


_LETTER_NUMBER = regex.compile(r"[a-zđ][.)]?")


def _row_unit(content: str, declared: str | None) -> str | None:
    """The unit of a row naming none in a unit column: of a row naming a number of things ("Số đề án", "Tổng số lớp")
    its noun (none when it names no noun), else the unit declared over the table ("Tổng số kinh phí": money)."""
    counted = _COUNT_ROW.match(content)
    if counted is None or _MONEY_WORDS.search(content):
        return declared
    named = _COUNT_COLUMN.fullmatch(content, counted.start("count"))
    return named["noun"] if named else None


_SUB_ROW = regex.compile(r"[ \t]*(?:trong[ \t]+đó|[-+•*])", regex.I)
"""A row's content detailing the row above: "Trong đó: ...", "- Nghề dệt thổ cẩm"."""
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
    _sub_row_parts(figures, wholes)
    _column_parts(figures, range(len(figures)), wholes)
    _column_parts(figures, range(len(figures) - 1, -1, -1), wholes)  # (a total row over its rows)
    return wholes


def _sub_row_parts(figures: list[Figure], wholes: list[int | None]) -> None:
    """Give each cell of a row the cells of its column in the detailing rows right under it (`Figure.sub_row`) that add
    up to it, two at least ("1 | Đào tạo nghề | lớp | 5" / " | Trong đó: nghề mây tre đan | lớp | 2" / " | nghề dệt thổ
    cẩm | lớp | 3": a row of no number under a "Trong đó" one details it too; one numbered again is a main row)."""
    parent: dict[int, int] = {}  # column -> the last main row's figure
    details: dict[int, list[int]] = {}
    for i, figure in enumerate(figures):
        continues = figure.sub_row or (details.get(figure.column) and not figure.total_row and figure.content is not None
                                       and not figure.content.text[:1].isdigit() and not figure.row_number)
        if not continues:
            _give_parts(figures, details.pop(figure.column, []), parent.get(figure.column), wholes)
            parent[figure.column] = i
        else:
            details.setdefault(figure.column, []).append(i)
    for column, indices in details.items():
        _give_parts(figures, indices, parent.get(column), wholes)


def _give_parts(figures: list[Figure], parts: list[int], whole: int | None, wholes: list[int | None]) -> None:
    """Make ``parts`` parts of ``whole`` (in the row right above the first) when two at least add up to it, or when one
    alone says it is a part ("Trong đó: ...") and is no more than it."""
    if whole is None or not parts or figures[parts[0]].row != figures[whole].row + 1:
        return
    first = figures[parts[0]]
    one_named = len(parts) == 1 and first.content is not None and _IN_WHICH.match(first.content.text) is not None and (
        first.value <= figures[whole].value)
    if one_named or len(parts) >= 2 and _adds_up(figures, parts, whole):
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


def counted(figure: Figure) -> bool:
    """Whether ``figure`` is a count or a share (a target): of a unit that is no money, in a column of no money."""
    return figure.unit is not None and figure.money_scale is None and money_scale(figure) is None


def merge_in_order(items: list, extra: list, dropped: frozenset[int] = frozenset()) -> list:
    """``items`` (targets or budget items, in reading order) but those at ``dropped``, and ``extra`` (a table's, their
    `part_of` indices into ``extra``, their `restates` into ``items``) as one list in the order of their spans' starts,
    every `part_of` and `restates` index pointing at the same item as before (or null, at one dropped)."""
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
    return merged


def restate_totals(kept: list[tuple[Figure, int | None]], extra: list, items: list, starts: list[int],
                   dropped: frozenset[int], same: Callable[[Any, Any], bool]) -> None:
    """Make each table total of ``extra`` (a total row's or column's figure of ``kept``, part of nothing) repeat the last
    item of ``items`` before it in the text (``starts``: where each stands), not ``dropped``, part and repeat of nothing
    and not yet repeated, that is the ``same`` as it and done alike ("Điều 1. ... tổng kinh phí 670 triệu đồng" / "|
    Tổng cộng | | 670"; not "Năm 2024 đã hỗ trợ 8 cơ sở" / a plan's "Tổng cộng | cơ sở | 8"): its `restates` an index
    into ``items``, as `merge_in_order` takes it."""
    used: set[int] = set()
    for (figure, whole), total in zip(kept, extra):
        if whole is None and (figure.total_row or figure.total_column):
            j = next((j for j in range(bisect.bisect_left(starts, figure.cell.start) - 1, -1, -1)
                      if j not in used and j not in dropped and items[j].part_of is None and items[j].restates is None
                      and items[j].achieved == total.achieved and same(items[j], total)), None)
            if j is not None:
                total.restates = j
                used.add(j)


def rows_with_figures(kept: list[tuple[Figure, int | None]]) -> dict[tuple[int, int], frozenset[float]]:
    """The spans of the rows ``kept`` figures stand in, from each row's start to its last figure's end, each with the
    values of its figures."""
    rows: dict[int, list[Figure]] = {}
    for figure, _ in kept:
        rows.setdefault(figure.row_start, []).append(figure)
    return {(start, max(figure.cell.end for figure in figures)): frozenset(figure.value for figure in figures)
            for start, figures in rows.items()}


def header_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the header rows of ``text``'s tables (a header's line or two): labels, no figures of their own
    ("Kinh phí KCĐP (70%)")."""
    return [(table.start, table.rows[0].start) for table in find_tables(text)]


def in_rows(rows: dict[tuple[int, int], frozenset[float]], pos: int, value: float | None = None) -> bool:
    """Whether ``pos`` lies in one of the ``rows`` (`rows_with_figures`), and, given a ``value``, one of its figures'
    is that value."""
    return any(start <= pos < end and (value is None or value in values) for (start, end), values in rows.items())
