"""Tables written as lines: the rows of a table copied from a web page, an office file or a PDF, one line each, its
cells apart by table pipes (" | ") or by tabs.

`tab_cells` (a normalising step) writes the tabs of such rows as pipes, so that no later step reads a row as words
run on ("1 Đào tạo nghề lớp 04 04" read "04 lớp" and "1 Đào tạo" a count). `find_tables` reads a header row naming
its columns (`data/table_columns.toml`: the row's number, its content, its unit, a plan, a result, a year, a total)
and the rows under it; the extractors take a row's figures by their column, a plan's or a result's, instead of
reading the row as a sentence.
"""

from __future__ import annotations

import tomllib
from importlib import resources
from collections.abc import Callable
from typing import NamedTuple

import regex

from khuyencong_extract.numbers import SCALES, parse_figure, unit_declarations
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

MIN_ROWS = 2
"""Rows in a row a table needs (a header and one row at least): a line of tabs alone is a layout."""
MIN_CELLS = 3
"""Cells a row needs: two are a header's columns ("ỦY BAN NHÂN DÂN<tab>CỘNG HÒA XÃ HỘI ...")."""


def tab_cells(text: MappedText) -> MappedText:
    """``text`` with the tabs inside the rows of tables written with tabs (`MIN_ROWS` lines in a row or more, each of
    `MIN_CELLS` cells or more) each written " | ", mapped to the tab; tabs at a line's edges are left to `whitespace`."""
    if "\t" not in text.text:
        return text
    edits: list[tuple[int, int, str]] = []
    run: list[tuple[int, str]] = []
    offset = 0
    for line in [*text.text.split("\n"), ""]:
        inner = line.strip(" \t\r")
        if inner.count("\t") >= MIN_CELLS - 1:
            run.append((offset, line))
        else:
            if len(run) >= MIN_ROWS:
                edits += [edit for start, row in run for edit in _row_tabs(start, row)]
            run = []
        offset += len(line) + 1
    return text.edit(edits) if edits else text


def _row_tabs(start: int, line: str) -> list[tuple[int, int, str]]:
    """The edits writing each tab inside ``line`` (at ``start``) as a cell break."""
    first = len(line) - len(line.lstrip(" \t"))
    last = len(line.rstrip(" \t\r"))
    return [(start + k, start + k + 1, CELL_BREAK) for k in range(first, last) if line[k] == "\t"]


# --- reading tables ----------------------------------------------------------------------------------------------

def _words(role: str) -> regex.Pattern:
    words = sorted(COLUMN_WORDS[role], key=len, reverse=True)
    alternatives = "|".join(regex.escape(word).replace(r"\ ", r"[ \t]+") for word in words)
    return regex.compile(rf"(?:{alternatives})(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)


_ROLE_WORDS = {role: _words(role) for role in ("number", "other", "done", "plan", "total", "unit", "content")}
_TOTAL_ROW = _words("total_rows")
_YEAR = regex.compile(r"(?<![\d/.,])(?:19|20)\d\d(?![\d/])")
_PERIOD = regex.compile(r"(?:19|20)\d\d[ \t]*[-–][ \t]*(?:19|20)\d\d")
_MONEY_SCALE = regex.compile(r"\([ \t]*(?P<scale>triệu|tr\.?|tỷ|tỉ|nghìn|ngàn)?[ \t]*(?:đồng|đ)[ \t]*\)", regex.IGNORECASE)
_MONEY_WORDS = regex.compile(r"(?<!\p{L})(?:kinh[ \t]+phí|vốn|ngân[ \t]+sách)(?!\p{L})", regex.IGNORECASE)
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
    for role in ("number", "other", "done", "plan", "total", "unit", "content"):
        if _ROLE_WORDS[role].match(header):
            return Column(role, year if role in ("done", "plan") else None, scale if role != "other" else None)
    if year is not None and regex.fullmatch(r"(?:năm[ \t]+)?(?:19|20)\d\d", header, regex.IGNORECASE):
        return Column("plan", year, scale)
    if money is not None or _MONEY_WORDS.search(header):
        return Column("plan", year, scale if scale is not None else MONEY_OF_ROW)
    return Column("unknown")


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
        if CELL_BREAK not in text[start:end] or text.count("|", start, end) < MIN_CELLS - 1:
            k += 1
            continue
        header = _cells(text, start, end)
        columns = tuple(column_of(cell.text)._replace(header=cell) for cell in header)
        if not _is_header(columns):
            k += 1
            continue
        rows: list[Row] = []
        k += 1
        while k < len(lines) and "|" in text[lines[k][0]:lines[k][1]]:
            cells = _cells(text, *lines[k])
            rows.append(Row(lines[k][0], lines[k][1], cells))
            k += 1
        if rows:
            tables.append(Table(start, rows[-1].end, columns, tuple(rows), declared_unit(text, start)))
    return tuple(tables)


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
    """Whether ``row`` sums the rows above it: its content cell (or its number's) opens with a word of totals."""
    for role in ("content", "number"):
        k = table.column(role)
        if k is not None and k < len(row.cells) and _TOTAL_ROW.match(row.cells[k].text):
            return True
    return False


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


def table_figures(table: Table) -> list[Figure]:
    """The figures of ``table``'s cells in its columns of plans, results and totals, row by row (a row of fewer cells
    than its header lacks its last ones, written empty; one of more is a note: none), of the row's unit or else the
    one declared over the table."""
    content_at, unit_at = table.column("content"), table.column("unit")
    figures = []
    for r, row in enumerate(table.rows):
        if len(row.cells) > len(table.columns):
            continue
        total_row = is_total_row(row, table)
        cells = _aligned(row, len(table.columns), total_row)
        content = cells[content_at] if content_at is not None else None
        unit = (cells[unit_at].text if unit_at is not None else None) or table.declared_unit
        if total_row and (content is None or not content.text) and (number_at := table.column("number")) is not None:
            content = cells[number_at]  # "Tổng cộng | | 5.700 | ...": the words of the total in the number's cell
        for c, (cell, column) in enumerate(zip(cells, table.columns)):
            if column.role not in ("plan", "done", "total") or not FIGURE.fullmatch(cell.text) or not cell.text.strip("0.,"):
                continue  # (a zero: nothing)
            figures.append(Figure(cell, float(parse_figure(cell.text)), unit, column.role == "done", column.header,
                                  column.year,
                                  content, column.money_scale, r, c, column.role == "total", total_row))
    return figures


def _aligned(row: Row, width: int, total_row: bool) -> tuple[Cell, ...]:
    """The cells of ``row`` as many as its table's columns: those it lacks are its last ones, empty; a total row's lack
    its first ones after the words of the total ("<tab>Tổng cộng<tab>3<tab>620<tab>1.200": its figures under the
    header's last columns, its empty first cell lost with the tabs at its line's start)."""
    missing = tuple(Cell(row.end, row.end, "") for _ in range(width - len(row.cells)))
    if total_row and missing:
        return row.cells[:1] + missing + row.cells[1:]
    return row.cells + missing


def in_table_row(tables: tuple[Table, ...], pos: int) -> bool:
    """Whether ``pos`` lies in a header or a row of one of ``tables``."""
    return any(table.start <= pos < table.end for table in tables)


def figure_wholes(figures: list[Figure]) -> list[int | None]:
    """For each of ``figures`` (one table's, of one kind), the index of the figure it is a part of, or None: a row's
    cells (its years', its sources') that add up to its total column's cell are its parts; the cells of a column in the rows between two
    total rows that add up to the lower one's cell in that column (all of one unit) are that cell's parts. Exact sums
    only (to a hundredth): a row that misses a figure makes no parts."""
    wholes: list[int | None] = [None] * len(figures)
    by_row: dict[int, list[int]] = {}
    for i, figure in enumerate(figures):
        by_row.setdefault(figure.row, []).append(i)
    for indices in by_row.values():
        totals = [i for i in indices if figures[i].total_column]
        parts = [i for i in indices if not figures[i].total_column and totals and figures[i].done == figures[totals[0]].done]
        if len(totals) == 1 and len(parts) >= 2 and _adds_up(figures, parts, totals[0]):
            for i in parts:
                wholes[i] = totals[0]
    above: dict[int, list[int]] = {}  # column -> its figures in the rows since the last total row
    for i, figure in enumerate(figures):
        if not figure.total_row:
            above.setdefault(figure.column, []).append(i)
            continue
        column = above.pop(figure.column, [])
        units = {_unit_key(figures[k]) for k in column} | {_unit_key(figure)}
        if len(column) >= 2 and len(units - {None}) <= 1 and _adds_up(figures, column, i):
            for k in column:
                wholes[k] = i
    return wholes


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


_MONEY_UNIT = regex.compile(r"(?:(?P<scale>triệu|tr\.?|tỷ|tỉ|nghìn|ngàn)[ \t]*)?(?:đồng|đ|vnđ)", regex.IGNORECASE)


def money_scale(figure: Figure) -> int | None:
    """The đồng a unit of ``figure`` is worth when it is money: its column's scale ("Kinh phí (triệu đồng)"), else
    its row's unit's ("triệu đồng", "Tr.đ"); None for a figure of another unit."""
    if figure.money_scale:
        return figure.money_scale
    if figure.unit and (m := _MONEY_UNIT.fullmatch(figure.unit)):
        return SCALES[m["scale"].lower()] if m["scale"] else 1
    return None


def counted(figure: Figure) -> bool:
    """Whether ``figure`` is a count or a share (a target): of a unit that is no money, in a column of no money."""
    return figure.unit is not None and figure.money_scale is None and money_scale(figure) is None


def merge_in_order(items: list, extra: list) -> list:
    """``items`` (targets or budget items, in reading order) and ``extra`` (a table's, their `part_of` indices into
    ``extra``) as one list in the order of their spans' starts, every `part_of` and `restates` index pointing at the
    same item as before."""
    tagged = [(item.span[0], 0, k) for k, item in enumerate(items)] + [(item.span[0], 1, k) for k, item in enumerate(extra)]
    tagged.sort()
    new_index = {(source, k): n for n, (_, source, k) in enumerate(tagged)}
    merged = []
    for _, source, k in tagged:
        item = (items, extra)[source][k]
        if item.part_of is not None:
            item.part_of = new_index[(source, item.part_of)]
        if item.restates is not None:
            item.restates = new_index[(source, item.restates)]
        merged.append(item)
    return merged
