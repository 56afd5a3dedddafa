"""Extractor: the money amounts of a programme.

Reads: the clean text, the section tree (``section_id``) and ``data/budget_terms.toml``.
Writes: one `BudgetItem` per amount in đồng (``27,377 tỷ đồng`` -> 27 377 000 000) with
its label (the words before it), funding source, span, the amount it is a part of
(``part_of``) and the earlier one it repeats (``restates``): the amounts with neither add up
without counting any twice; and whether the text reports it as spent or raised
(``achieved``, the tense words of target_terms.toml). Warnings: ``amount_words_mismatch``
(the amount repeated in words says otherwise) and ``budget_sum_mismatch`` (the parts of a
stated amount do not add up to it). Money figures that are targets (economic indicators,
goals) are left to targets.py.
"""

from __future__ import annotations


import bisect
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from itertools import chain, combinations, takewhile
from typing import NamedTuple

import regex

from khuyencong_extract.context import Context
from khuyencong_extract.models import BudgetItem, build
from khuyencong_extract.numbers import (QUALIFIERS, Money, declared_money, find_money, find_parts_of_whole_money,
                                        in_unit_declaration, words_after)
from khuyencong_extract.targets import (
    CLOSING_TOTAL_REACH, ITEM_MARK, ITEM_MARKER, SAID, SAID_ENDS, SINGLED_OUT, SINGLED_OUT_REACH, TERMS,
    article_headline_end, heading_years, indicator_column, indicator_row,
    beyond_max_number, clause_bounds, clause_parts, closed_list_lead_in, closing_total_line, first_run_adding_up, holds_closing_total,
    colon_lead_in, load_terms, measured_against_plan, money_kind_at, of_earlier_year, of_other_years, open_bracket,
    paragraph_end, phrase_alternation, reported_done, reporting_year, section_chain, sentence_bounds, single_spaced,
    sentence_years, so_far_at, tense_marker, top_section, untensed_item, within_wholes_years, YEAR_ITEM_LINE,
    YEARLY_WHOLE_REACH,
)
from khuyencong_extract.tables import (Figure, amount_vnd, in_rows, kept_figures, merge_in_order, money_scale,
                                       read_in_rows, restate_totals, rows_with_figures)
from khuyencong_extract.texttools import YEAR, before_blanks, holds_any

BUDGET_TERMS = load_terms("budget_terms.toml")
COUNTERPART = "đối ứng"
"""The funding source of the beneficiaries' own money (budget_terms.toml ``funding_sources``)."""
OWN_MONEY_VERBS = frozenset(BUDGET_TERMS["own_money_verbs"])
"""Verbs of the beneficiaries putting in money of their own: cues of `COUNTERPART` (`own_money_source`)."""
FUNDING: dict[str, list[str]] = dict(BUDGET_TERMS["funding_sources"])
FUNDING[COUNTERPART] = FUNDING[COUNTERPART] + sorted(OWN_MONEY_VERBS)
# The cues of every funding source, one group each in `FUNDING` order (group i + 1 is source i);
# one of ``not_in_programme_name`` not after one of ``programme_words`` ("chương trình", "kế hoạch"),
# one of ``not_before_name`` not before a capital (a place's name).
_IN_NAME = BUDGET_TERMS["not_in_programme_name"]
_PROGRAMME = phrase_alternation(BUDGET_TERMS["programme_words"])
_BEFORE_NAME = BUDGET_TERMS["not_before_name"]
# ... and one of ``not_after_total`` not after "tổng" ("tổng vốn của doanh nghiệp" is a project's whole).
_AFTER_TOTAL = tuple(BUDGET_TERMS["not_after_total"])
FUNDING_CUES = regex.compile(
    "|".join(rf"(?P<s{i}>(?<!\p{{L}})(?:{phrase_alternation([c for c in cues if c not in _IN_NAME and not c.startswith(_AFTER_TOTAL)])}"
             + "".join(rf"|(?<!(?<!\p{{L}})(?:{_PROGRAMME})\s+){phrase_alternation([c])}" for c in cues if c in _IN_NAME)
             + "".join(rf"|(?<!(?<!\p{{L}})tổng\s+){phrase_alternation([c])}" for c in cues if c.startswith(_AFTER_TOTAL))
             + r")(?!\p{L})" + rf"(?<!(?<!\p{{L}})(?:{phrase_alternation(_BEFORE_NAME)})(?=[ \t]+(?-i:\p{{Lu}})))"
             + ")" for i, cues in enumerate(FUNDING.values())),
    regex.I,
)
FUNDING_NAMES = list(FUNDING)
# A second source joined to a cue: "(ngân sách trung ương) và địa phương", "(270 đề án khuyến công
# quốc gia), của tỉnh và huyện" (group i + 1 is the i-th source of ``joined_sources``); not a
# province named after a comma, the subject of the clause ("từ nguồn kinh phí khuyến công quốc
# gia, tỉnh Quảng Bình được hỗ trợ hơn 3,8 tỷ đồng").
JOINED_SOURCE = regex.compile(
    r"[ \t]*(?:,|và)[ \t]+(?:(?:ngân[ \t]+sách|nguồn|kinh[ \t]+phí|vốn)[ \t]+)?(?:(?:khuyến[ \t]+công|KC)[ \t]+)?"
    r"(?:(?:của|cấp)[ \t]+)?(?:"
    + "|".join(rf"(?P<j{i}>{phrase_alternation(words)})" for i, words in enumerate(BUDGET_TERMS["joined_sources"].values()))
    + r")(?!\p{L})(?![ \t]+(?-i:\p{Lu}))",
    regex.I,
)
JOINED_NAMES = list(BUDGET_TERMS["joined_sources"])
# The first word of every cue, case-folded: a window without one holds no cue (a letter
# `regex.I` matches to a cue's letter case-folds to a string starting with that letter).
FUNDING_HEADS = frozenset(cue.split()[0].casefold() for cues in FUNDING.values() for cue in cues)
# Words between a label and its amount: "... là: ", "... dự kiến là ", "... đã cấp năm 2020 là ".
# Matched from the end of the label backwards (``(?r)``), not tried at each of its positions.
LABEL_TAIL = regex.compile(r"(?r)(?:\s*(?:dự\s+kiến|ước\s+tính))?\s*(?:là|bằng)?\s*:?\s*\Z", regex.I)
# A total states the sum of the amounts listed after it.
TOTAL = regex.compile(r"tổng(?!\p{L})", regex.I)
# "Trong đó:" opens the breakdown of the amount before it.
BREAKDOWN = regex.compile(r"(?<!\p{L})trong\s+đó(?!\p{L})", regex.I)
DASH_ITEM = regex.compile(r"[-+•]\s")
# A lettered item under a lead-in ending with a colon: one deeper than a numbered one, as a dash item ("..., tổng kinh
# phí 520 triệu đồng, gồm:" / "a) ..., kinh phí 240 triệu đồng;"; not the lettered points of a numbered heading).
LETTER_ITEM = regex.compile(r"[a-zđ]\)\s")
# What may stand between an amount and the "trong đó" that lists its parts: the rest of its
# sentence, then its end ("4,7 tỷ đồng. Trong đó, ...", "18,877 tỷ đồng\n\nTrong đó:").
REST_OF_SENTENCE = regex.compile(r"[^.\n]*[.:;]?\s*")
# Right after an amount, "trong đó", "gồm" or "bao gồm" opens its parts: their sources are not
# its own ("9,51 tỷ đồng gồm nguồn kinh phí khuyến công quốc gia hỗ trợ 6,16 tỷ đồng, ...").
BREAKDOWN_AFTER = regex.compile(r"[\s,;:(]*(?:trong\s+đó|bao\s+gồm|gồm)(?!\p{L})", regex.I)
# "Trong đó" opening the sentence right after an amount's ("... là 290 triệu đồng. Trong đó,
# nguồn kinh phí khuyến công địa phương hỗ trợ 130 triệu đồng ...", "... với tổng kinh phí 610 triệu
# đồng để chế biến cà phê bột. Trong đó, kinh phí khuyến công địa phương hỗ trợ 195 triệu đồng": its
# purpose between, no other clause nor figure).
NEXT_BREAKDOWN = regex.compile(r"[^.;,\d\n]{0,80}?\.[ \t\n]+trong\s+đó(?!\p{L})", regex.I)
# The words right after an amount that still speak of it: up to a comma, semicolon, full
# stop, bracket's end, "và" ("8,5 tỷ đồng từ nguồn kinh phí khuyến công quốc gia") or a reason's clause naming the
# counterpart money that was not put in ("250 triệu đồng do cơ sở không bố trí được vốn đối ứng": none of its; not "do cơ
# sở không thực hiện đề án khuyến công quốc gia", its own programme).
AFTER_PART = regex.compile(
    r"(?:(?![,;.)]|\s+và(?!\p{L})|\s+(?:do|vì|bởi)\s+[^,;.\n]{0,60}?(?<!\p{L})(?:không|chưa)(?!\p{L})"
    r"[^,;.\n]{0,40}?(?<!\p{L})đối\s+ứng(?!\p{L})).)*",
    regex.I | regex.S)
# A purpose written after an amount: "7 tỷ đồng dành hỗ trợ các đề án ...", "... dành cho",
# "32,8 tỷ đồng để phát triển ...", "2,8 tỷ đồng cho khuyến công năm 2018", "630 triệu đồng phục vụ cho
# hoạt động tư vấn, ..." (not "cho 2 đề án",
# unless the words before the amount say nothing of it: `ANY_PURPOSE_AFTER`); up to a comma,
# semicolon, full stop or "và", not the mark inside a figure ("... với công suất 7.600m 3 /năm").
_PURPOSE = (r"\s+(?:được\s+)?(?P<purpose>(?:(?:dành|sử\s+dụng)\s+(?:cho|để|hỗ\s+trợ)|phục\s+vụ(?:\s+cho)?|để|cho)"
            r"\s{count}"
            r"(?:(?!(?<!\d)[,.]|[,.](?!\d)|;|\s+và(?!\p{{L}})).){{3,200}})")
PURPOSE_AFTER = regex.compile(_PURPOSE.format(count=r"(?!\d)"), regex.I | regex.S)
ANY_PURPOSE_AFTER = regex.compile(_PURPOSE.format(count=""), regex.I | regex.S)
# Words before an amount that say nothing of what it is for (budget_terms.toml ``no_label_words``
# and the qualifiers: "Cụ thể, đã hỗ trợ", "Khoảng", "Tương tự, với"), alone, maybe after the
# year or period opening the sentence and a subject of one word (``no_label_subjects``): "Năm
# 2013, với", "Trong giai đoạn 2020-2023, tỉnh đã hỗ trợ".
NO_LABEL = regex.compile(
    r"(?:(?:trong[ \t]+)?(?:năm|giai[ \t]+đoạn)[ \t]+\d{4}(?:[ \t]*[-–][ \t]*\d{4})?[ \t]*,[ \t]*)?"
    rf"(?:(?:{phrase_alternation(BUDGET_TERMS['no_label_subjects'])})[ \t]+)?"
    rf"(?:(?<!\p{{L}})(?:{phrase_alternation(BUDGET_TERMS['no_label_words'] + QUALIFIERS)})(?!\p{{L}})[\s,]*)+",
    regex.I)
# A verb of setting money aside ending the words before an amount: they name who sets it aside,
# the words after it what for ("Bình Phước cũng dành 20,4 tỷ đồng hỗ trợ triển khai nội dung xây
# dựng mô hình trình diễn kỹ thuật, ...").
SETTING_ASIDE = regex.compile(r"(?<!\p{L})dành\Z", regex.I)
# A verb of drawing in ending the words before an amount: the words after it say what money was drawn in
# ("... với 38,5 tỷ đồng ngân sách hỗ trợ thực hiện 102 đề án khuyến công Lâm Đồng đã thu hút 200 tỷ đồng vốn
# đối ứng từ các cơ sở CNNT", "đã tổ chức thực hiện 222 đề án và huy động được gần 600 tỷ đồng nguồn vốn đối ứng").
DRAWING_IN = regex.compile(
    r"(?<!\p{L})(?:thu[ \t]+hút|huy[ \t]+động)(?:[ \t]+(?:được|thêm)){0,2}(?:[ \t]+(?:lên[ \t]+)?(?:tới|đến))?\Z", regex.I)
# What opens the words of an amount after another one of its clause: ", trong đó", "và", "còn"
# (not "còn lại", the remainder: "còn lại 8 dự án hỗ trợ ..."), ". Trong đó,", the other's
# bracketed remark ("(chiếm 41%), kinh phí ..."), what it is compared with ("tăng 1,2 tỷ đồng so
# với năm 2023, trong đó hỗ trợ máy móc 3 tỷ đồng") or the count it was for ("hỗ trợ 10,365 tỷ
# đồng cho 33 đề án, kinh phí khuyến công địa phương hỗ trợ 13,870 tỷ đồng").
LABEL_LEAD = regex.compile(
    r"[\s,;:.]*(?:\([^()]{0,80}\)[\s,;:.]*)?(?:so\s+với(?!\p{L})[^,;.()\n]{0,60},\s*)?"
    r"(?:cho\s+\d[^,;.()\n]{0,80},\s*)?"
    r"(?:(?:trong\s+đó|và|còn(?!\s+lại(?!\p{L})))(?!\p{L})[\s,;:]*)?", regex.I
)


@dataclass(slots=True)
class Amount:
    money: Money
    label: str | None
    depth: int
    """0 for a total, 1 for a numbered or plain item, 2 for a dash item; +1 under "Trong đó"."""
    funding: str | None
    listed: bool = False
    """Whether it is one of the parts that "trong đó" lists after an amount (its depth is
    that amount's + 1)."""
    item: bool = False
    """Whether its line opens with an item marker ("1.", "a)", "-")."""
    sentence_start: int = 0
    """Where its sentence starts."""
    change_of: int | None = None
    """For a change over an earlier time ("Kinh phí này tăng 1,2 tỷ đồng so với năm 2023"), the
    index of the amount it is a change of (`changed_amount`), else None."""
    plan: bool = False
    """Whether it is the plan a result was measured against, in brackets after "kế hoạch" ("đạt
    96,1% so với kế hoạch (43,4 tỉ đồng)"): never done."""


def extract_budget(ctx: Context) -> list[BudgetItem]:
    """Every amount in đồng that is not a target, in reading order."""
    amounts = _amounts(ctx)
    parents = parts_of(ctx, amounts)
    parts_before_wholes(ctx.text, amounts, parents)
    details = (bracketed_parts(ctx.text, amounts, parents) | cumulative_parts(ctx.text, amounts, parents)
               | so_far_parts(ctx, amounts, parents))
    split = yearly_lines_parts(ctx.text, amounts, parents) | split_by_year_parts(ctx.text, amounts, parents)
    details |= split | activity_lines_parts(ctx, amounts, parents)
    details.update(i for i, amount in enumerate(amounts) if amount.change_of is not None)
    check_sums(ctx, amounts, parents, details)
    repeats = restatements(ctx, amounts, parents)
    headline_parts(ctx, amounts, parents, repeats)
    headline_as_its_repeat(ctx, amounts, parents, repeats)
    items, period_start = [], reporting_year(ctx.metadata)
    for amount, parent, repeated in zip(amounts, parents, repeats):
        money, section = amount.money, ctx.section_at(amount.money.start)
        items.append(build(BudgetItem, {
            "amount_vnd": int(money.amount), "amount_text": money.raw, "label": amount.label,
            "funding_source": amount.funding, "section_id": section.id if section else None,
            "qualifier": money.quantity.qualifier,
            "part_of": parent, "restates": repeated, "span": ctx.span(money.start, money.end),
            "achieved": not amount.plan and (
                reported_done(ctx.text, money.start, clause_parts(ctx.text, money.start)[1])
                or measured_against_plan(ctx.text, money.start, past_whole(ctx.text, money.end))
                or of_earlier_year(ctx.text, money.start, period_start)),
        }))
    split_parts_done(ctx.text, amounts, items, split)
    plans_by_share(ctx.text, amounts, items)
    unrepeated_across_parts(ctx, amounts, items)
    if (end := article_headline_end(ctx)) is not None:
        for item in items:  # the body reports as done what its headline sums up: the headline's is done,
            if item.restates is not None and amounts[item.restates].money.end <= end:  # of the body's source
                headline = items[item.restates]
                headline.achieved = headline.achieved or item.achieved
                headline.funding_source = headline.funding_source or item.funding_source
    unsourced_restated(items, parents)
    sourced_as_wholes(items)
    items = with_table_amounts(ctx, items, [amount.money.start for amount in amounts])
    restated_roots_as_parts(items)
    return items


def with_table_amounts(ctx: Context, items: list[BudgetItem], starts: list[int]) -> list[BudgetItem]:
    """``items`` and the amounts of the document's tables (`tables.find_tables`) in reading order: each figure of a
    column of plans, results or totals in a column of money ("Kinh phí (triệu đồng)") or a row whose unit is money
    ("triệu đồng"), spent when its column is of results, its label the row's content and its source the one that
    names (else its column's header: "Kinh phí KCĐP"), its parts the cells that add up to it
    (`tables.kept_figures`); an amount the text read in a figure's cell ("1.200 triệu đồng") or of a figure's value in
    its row's content is left out, and so is a unit the text read as an amount in a row ("1.000 đồng"); a table's total
    repeats the last amount of its value before it in the text, part and repeat of nothing, of a source not differing
    ("Điều 1. ... tổng kinh phí 670 triệu đồng." / "| Tổng cộng | 670"). ``starts``: where each item's amount stands."""
    kept = kept_figures(ctx.text, _of_money)
    if not kept:
        return items
    sections = {section.id: section for section in ctx.sections}
    extra = [_table_amount(ctx, figure, whole, sections) for figure, whole in kept]
    rows, read = rows_with_figures(kept), read_in_rows(kept, amount_vnd)
    dropped = frozenset(i for i, start in enumerate(starts) if in_rows(rows, start) and _UNIT_AMOUNT.fullmatch(
        items[i].amount_text) or in_rows(read, start, items[i].amount_vnd))  # a unit's cell, "1.000 đồng", no amount
    links = restate_totals(ctx.text, kept, extra, items, starts, dropped, _same_money, _same_sourced_money,
                           cells_too=True, later=_in_other_part(ctx), plain_after=_plainly_repeated)
    merged = merge_in_order(items, extra, dropped, links)
    split_after_tables(ctx.text, kept, extra, items, starts, merged)
    return merged


def split_after_tables(text: str, kept: list[tuple[Figure, int | None]], extra: list[BudgetItem],
                       items: list[BudgetItem], starts: list[int], merged: list[BudgetItem]) -> None:
    """Make the amounts of a line "Trong đó, ..." right after a table (past blank lines) parts of its total row's
    amount when they are all repeats of nothing, parts of nothing or of that total or the amount it repeats, and add up
    to it exactly, done as it is when naming no tense word of their own ("| Cộng | 3 | 129" / "Trong đó, kinh phí khuyến công địa phương hỗ trợ 89 triệu đồng; ngân sách
    huyện hỗ trợ 40 triệu đồng."). ``items`` and ``extra`` are the text's and the tables' items, ``merged`` both in
    reading order (`merge_in_order`), ``starts`` where each of ``items`` stands."""
    position = {id(item): n for n, item in enumerate(merged)}
    for (figure, whole), total in zip(kept, extra):
        if not figure.total_row or whole is not None:
            continue
        line = figure.table_end
        while line < len(text) and text[line].isspace():
            line += 1
        if not _SPLIT_OPENING.match(text, line):
            continue
        first, last = bisect.bisect_left(starts, line), bisect.bisect_left(starts, _split_end(text, line))
        wholes = {None, position[id(total)], total.restates}  # (the text may have made them parts of the repeated)
        parts = [j for j in range(first, last) if items[j].part_of in wholes and items[j].restates is None
                 and id(items[j]) in position]
        if not parts or len(parts) < last - first or sum(items[j].amount_vnd for j in parts) != total.amount_vnd:
            continue
        for j in parts:
            if items[j].part_of is None:
                items[j].part_of = position[id(total)]
            if total.achieved and tense_marker(text, line, starts[j]) is None:
                items[j].achieved = True


def _split_end(text: str, line: int) -> int:
    """Where the split opening at ``line`` ends: its line's end, or, for a line ending with a colon ("Trong đó:"), the
    end of the list items right after it ("- Kinh phí khuyến công địa phương: 89 triệu đồng;")."""
    end = _line_end(text, line)
    if text[line:end].rstrip().endswith(":"):
        while end < len(text) and ITEM_MARK.match(text, end + 1):
            end = _line_end(text, end + 1)
    return end


_SPLIT_OPENING = regex.compile(r"(?:[-+•][ \t]*)?trong[ \t]+đó(?!\p{L})", regex.I)
"""A line opening with "Trong đó" (a dash item's too): the split of the amount before it."""


def _plainly_repeated(item: BudgetItem, total: BudgetItem) -> bool:
    """Whether an amount of the text right after a table, in a sentence that does not sum up, may repeat its ``total``:
    of its source, or of a programme's when the total names none (not the beneficiaries' own money, "Kinh phí đối ứng
    của các cơ sở là 500 triệu đồng" after "| Tổng cộng | 500")."""
    return item.funding_source == total.funding_source or (
        total.funding_source is None and item.funding_source in _PROGRAMME_SOURCES)


def _in_other_part(ctx: Context) -> Callable[[int, int], bool]:
    """Whether an amount of the text at the second position may repeat a table's total at the first: in another
    top-level section than the table, the two sections' headings naming no years none shared ("I. KẾT QUẢ NĂM 2025" /
    "II. KẾ HOẠCH NĂM 2026"), as `restatements` reads the text's own amounts."""
    years = heading_years(ctx.sections)

    def other_part(total_at: int, at: int) -> bool:
        top, other = _top_id(ctx, total_at), _top_id(ctx, at)
        return top is not None and other is not None and top != other and not (
            top in years and other in years and years[top].isdisjoint(years[other]))
    return other_part


MAX_WHOLES_UP = 64
"""Wholes over wholes walked up at most by `restated_roots_as_parts`."""


def restated_roots_as_parts(items: list[BudgetItem]) -> None:
    """Make an amount counted alone (part and repeat of nothing) a part of the whole a later part repeating it is of:
    "IV. ... | Cộng | 4.200" is a part of "V. ... Tổng kinh phí ... 5.950 triệu đồng. Trong đó, kinh phí khuyến công
    địa phương là 4.200 triệu đồng", so that summing the amounts counted alone counts it once; not when that whole is
    one of its own parts' (no loop), nor when it lies under more than `MAX_WHOLES_UP` wholes."""
    for item in items:
        first, whole = item.restates, item.part_of
        if first is None or whole is None or items[first].part_of is not None or items[first].restates is not None:
            continue
        ancestors: set[int] = set()
        above: int | None = whole
        while above is not None and above not in ancestors and len(ancestors) < MAX_WHOLES_UP:
            ancestors.add(above)
            above = items[above].part_of
        if first not in ancestors and above is None:  # (a chain too long to walk is left alone)
            items[first].part_of = whole


def _same_money(item: BudgetItem, total: BudgetItem) -> bool:
    return item.amount_vnd == total.amount_vnd and _same_source(item.funding_source, total.funding_source)


def _same_sourced_money(item: BudgetItem, total: BudgetItem) -> bool:
    """The same amount of one source both name (a row's total repeats no amount by its value alone)."""
    return item.amount_vnd == total.amount_vnd and item.funding_source is not None and (
        item.funding_source == total.funding_source)


_UNIT_AMOUNT = regex.compile(r"1[.,]?000(?:[.,]?000)?[ \t]*(?:đồng|đ)", regex.I)
"""A unit of money written as an amount in a table's unit column: "1.000 đồng"."""


def _of_money(figure: Figure) -> bool:
    return money_scale(figure) is not None and not indicator_row(figure) and not indicator_column(figure)


def _table_amount(ctx: Context, figure: Figure, whole: int | None, sections: dict) -> BudgetItem:
    """The budget item of a table's ``figure`` of money (`tables.money_scale`), a part of the one at ``whole``; its
    source the one its row names, else its column's, else, when neither names any, for a row naming no other money
    (`_NOT_PROGRAMMES`), the programme the title right over the table names (`programme_of_title`: "Biểu 2: Kinh phí
    khuyến công địa phương"), else the heading over it (`programme_of_heading`: "1. Nhiệm vụ sử dụng kinh phí khuyến
    công địa phương" over "| Đào tạo nghề | 540")."""
    cell, content = figure.cell, figure.content
    label = content.text if content is not None and content.text else None
    cues = _funding_cues(ctx.text, content.start, content.end) if content is not None and label else []
    if not cues and figure.header is not None:  # "Kinh phí KCĐP", "Vốn đối ứng": the column's source
        cues = _funding_cues(ctx.text, figure.header.start, figure.header.end)
    section = ctx.section_at(cell.start)
    return build(BudgetItem, {
        "amount_vnd": amount_vnd(figure), "amount_text": cell.text, "label": label,
        "funding_source": _table_source(ctx, figure, label, cues, sections),
        "section_id": section.id if section else None,
        "part_of": whole, "achieved": figure.done, "span": ctx.span(cell.start, cell.end),
    })


def _table_source(ctx: Context, figure: Figure, label: str | None, cues: list[regex.Match], sections: dict) -> str | None:
    """The source of a table's ``figure`` of money (see `_table_amount`): the one its row's or column's ``cues`` name;
    with none, for a row naming no other money, its table's title's programme, else its heading's."""
    if cues:
        return one_source(ctx.text, cues)
    if label and _NOT_PROGRAMMES.search(label):
        return None
    titled = programme_of_title(ctx.text, figure.header.start) if figure.header is not None else None
    return titled or programme_of_heading(ctx, figure.cell.start, sections)


def one_source(text: str, cues: list[regex.Match]) -> str | None:
    """The one source ``cues`` all name (`_one_source`), or None when they name none or more than one."""
    named = {_one_source(text, cue, min(len(text), cue.end() + JOINED_REACH)) for cue in cues}
    return named.pop() if len(named) == 1 else None


def unrepeated_across_parts(ctx: Context, amounts: list[Amount], items: list[BudgetItem]) -> None:
    """Take back a repeat of an amount in another top-level section (`restatements`) that the text reports in another
    tense or for other years: two facts of one value ("I. KẾT QUẢ ... Đã thực hiện ... 2.500 triệu đồng." / "II. KẾ
    HOẠCH NĂM 2026 ... Dự kiến ... 2.500 triệu đồng."; "Đã giải ngân 1.500 triệu đồng" / "Còn 1.500 triệu đồng ... chưa
    giải ngân"; "Giai đoạn 2021-2025, ... 25.000 triệu đồng" / "Giai đoạn 2026-2030 ... 25.000 triệu đồng")."""
    text = ctx.text
    for i, item in enumerate(items):
        first = item.restates
        if first is None or _top_id(ctx, amounts[first].money.start) == _top_id(ctx, amounts[i].money.start):
            continue
        years, first_years = (set(sentence_years(text, *sentence_bounds(text, amounts[k].money.start))) for k in (i, first))
        if items[first].achieved != item.achieved or (years and first_years and years.isdisjoint(first_years)):
            item.restates = None


def plans_by_share(text: str, amounts: list[Amount], items: list[BudgetItem]) -> None:
    """Make not done, with its parts naming no tense of their own (`untensed_item`), an amount that a later one's share
    of the plan shows to be that plan: the later
    amount over it is the share written right after it ("Tổng kinh phí khuyến công năm 2025 là 9.250 triệu đồng, trong
    đó: ... Đã giải ngân 8.720 triệu đồng, bằng 94,3% kế hoạch": 8.720 / 9.250 is 94,3 %, the 9.250 the plan, whatever
    a heading of results above says), within `PLAN_BY_SHARE_REACH` before it, a part of nothing and not the amount the
    later one repeats ("... 3.200 triệu đồng." / "Nhìn chung, ... 3.200 triệu đồng, đạt 100% kế hoạch")."""
    for k, amount in enumerate(amounts):
        if text.find("%", amount.money.end, amount.money.end + SHARE_READ) == -1 or not (
                share := _SHARE_OF_PLAN.match(text, amount.money.end)):
            continue
        written = share["share"].replace(",", ".")
        tolerance = 0.5 * 10 ** -len(written.partition(".")[2]) + 0.01  # as rounded when written
        for j in range(k - 1, -1, -1):
            plan = amounts[j].money
            if plan.end < amount.money.start - PLAN_BY_SHARE_REACH:
                break
            if (items[j].part_of is None and items[k].restates != j and plan.amount and abs(
                    float(amount.money.amount) / float(plan.amount) * 100 - float(written)) <= tolerance
                    and _same_source(items[j].funding_source, items[k].funding_source)
                    and (items[j].funding_source == COUNTERPART) == (items[k].funding_source == COUNTERPART)
                    and _may_be_plan_of(text, plan.start, amount.money.start)):
                items[j].achieved = False
                for i in range(j + 1, k):
                    if items[i].part_of == j and untensed_item(
                            text, plan.end, amounts[i].money.start, amounts[i].money.end):
                        items[i].achieved = False  # its split by source, not its parts reported done
                break


def _may_be_plan_of(text: str, plan: int, measured: int) -> bool:
    """Whether the amount at ``plan`` may be the plan of the one at ``measured``: its sentence reports no money spent of
    its own before it (a done word nearest, of spending or right before the amount: "Năm 2023, Trung tâm đã giải ngân
    500 triệu đồng", "đã thực hiện 1.000 triệu đồng"; not work done with it, "đã triển khai 12 đề án với tổng kinh phí
    2.400 triệu đồng", "đã hỗ trợ tỉnh 1.200 triệu đồng") and names no year the measured one's does not ("Năm 2023, ..."
    against "Năm 2024, ..., đạt 100% kế hoạch")."""
    start, end = sentence_bounds(text, plan)
    if ((marker := tense_marker(text, start, plan)) is not None and marker.group("done") is not None
            and (_SPENDING.search(text, marker.start(), plan) or _SPENT_RIGHT_BEFORE.search(text, marker.start(), plan))):
        return False
    plan_years = sentence_years(text, start, end)
    measured_years = sentence_years(text, *sentence_bounds(text, measured))
    return not plan_years or not measured_years or set(plan_years) == set(measured_years)


# A verb of spending money: "giải ngân", "thanh toán", "quyết toán", "chi", "sử dụng".
_SPENDING = regex.compile(
    r"(?<!\p{L})(?:giải[ \t]+ngân|thanh[ \t]+toán|quyết[ \t]+toán|chi(?:[ \t]+trả)?|sử[ \t]+dụng)(?!\p{L})", regex.I)
# A verb of work right before an amount it governs: "đã thực hiện 1.000 triệu đồng", "đã thực hiện được: 950 triệu đồng".
_SPENT_RIGHT_BEFORE = regex.compile(
    r"(?<!\p{L})(?:thực[ \t]+hiện|hoàn[ \t]+thành)(?:[ \t]+(?:được|là))?[ \t]*:?[ \t]*(?:(?:khoảng|gần|hơn|trên)[ \t]+)?\Z",
    regex.I)
# A share of the plan right after an amount: ", bằng 94,3% kế hoạch", ", đạt 97,4% so với dự toán".
_SHARE_OF_PLAN = regex.compile(
    r"[ \t]*,?[ \t]*(?:đạt|bằng)[ \t]+(?P<share>\d{1,3}(?:[.,]\d{1,2})?)[ \t]?%[ \t]*(?:so[ \t]+với[ \t]+)?"
    r"(?:kế[ \t]+hoạch|dự[ \t]+toán)(?!\p{L})", regex.I)
SHARE_READ = 24
"""Characters after an amount within which the "%" of `_SHARE_OF_PLAN` stands."""
PLAN_BY_SHARE_REACH = 600
"""Characters before an amount with its share of the plan within which the plan's amount is looked for."""


def split_parts_done(text: str, amounts: list[Amount], items: list[BudgetItem], split: set[int]) -> None:
    """Make done the parts of a split by year or content (``split``) of a whole done, each whose item names no tense,
    plan or work undone of its own nor a later year than the whole (`untensed_item`, `within_wholes_years`: "Giai
    đoạn 2021-2025, toàn tỉnh đã triển khai 96 đề án ..., tổng kinh phí 24,6 tỷ đồng." / "Năm 2021: thực hiện 15 đề
    án, kinh phí 3,8 tỷ đồng;" / ...), as targets' are."""
    for k in sorted(split):
        whole = items[k].part_of
        if whole is not None and items[whole].achieved and not items[k].achieved and untensed_item(
                text, amounts[whole].money.end, amounts[k].money.start, amounts[k].money.end) and within_wholes_years(
                text, amounts[whole].money.start, amounts[k].money.start):
            items[k].achieved = True


def sourced_as_wholes(items: list[BudgetItem]) -> None:
    """Give a part that names no source its whole's: a part of one source's money is of that
    source ("4 nhóm đề án KCĐP: ... (3 chương trình, đề án với kinh phí hỗ trợ 262,5 triệu đồng)"); not a
    project's total holding the beneficiaries' own money ("Điển hình như, ..., với tổng vốn thực hiện đề án ... là
    808.500.000 đồng, trong đó: Vốn khuyến công hỗ trợ 235.000.000 đồng; Vốn của đơn vị thụ hưởng 573.500.000 đồng")."""
    holding_own = {item.part_of for item in items if item.funding_source == COUNTERPART}
    for index, item in enumerate(items):
        if item.part_of is not None and item.funding_source is None and index not in holding_own:
            item.funding_source = items[item.part_of].funding_source


def unsourced_restated(items: list[BudgetItem], parents: list[int | None]) -> None:
    """A total whose parts name two sources or more has no source, whatever its own words say
    ("Tổng kinh phí khuyến công địa phương ... là 24,235 tỷ đồng ... Trong đó: kinh phí khuyến
    công quốc gia hỗ trợ 10,365 tỷ đồng ..., kinh phí khuyến công địa phương hỗ trợ 13,870 tỷ
    đồng"), and neither has an amount it restates (a headline's "9 tỷ đồng thực hiện chương
    trình khuyến công địa phương năm 2023", the programme's name, over "tổng kinh phí gần 9 tỷ
    đồng, trong đó nguồn vốn ngân sách tỉnh gần 5,7 tỷ và nguồn kinh phí đối ứng của DN 3,3 tỷ
    đồng")."""
    sources: dict[int, set[str]] = {}
    for item, parent in zip(items, parents):
        if parent is not None and item.funding_source is not None:
            sources.setdefault(parent, set()).add(item.funding_source)
    for i, item in enumerate(items):
        if len(sources.get(i, ())) > 1:
            item.funding_source = None
            if item.restates is not None:
                items[item.restates].funding_source = None


def _amounts(ctx: Context) -> list[Amount]:
    text = ctx.text
    amounts: list[Amount] = []
    found = list(find_money(text))
    if others := find_parts_of_whole_money(text) + list(declared_money(text)):
        found = sorted(found + others, key=lambda money: money.start)
    rate_end = -1  # where the last amount read as a rate ends
    headline_end = article_headline_end(ctx)
    sections = {section.id: section for section in ctx.sections}
    for k, money in enumerate(found):
        if money.currency != "VND" or money.amount < MIN_AMOUNT or _PER_UNIT.match(text, money.end):
            continue
        if k and past_whole(text, found[k - 1].end) == money.end and money.amount >= found[k - 1].amount:
            continue  # "giải ngân 3.180 triệu đồng/3.400 triệu đồng": the part is the amount (the whole its plan; not
            # "quốc gia/địa phương lần lượt là 1.200 triệu đồng/800 triệu đồng", two amounts)
        sentence = sentence_bounds(text, money.start)
        if _for_each_after(text, money) or _in_per_unit_sentence(text, money, sentence[0]):
            continue  # "Mức hỗ trợ tối đa 200 triệu đồng cho mỗi cơ sở", "Mỗi làng ... kinh phí hỗ trợ là 6 triệu đồng"
        if _PER_UNIT_BEFORE.search(text, max(0, money.first - PER_UNIT_REACH), money.first) or (
                rate_end != -1 and _rate_pair(text, rate_end, money)):
            rate_end = money.end  # "mỗi cơ sở được nhận hỗ trợ tối thiểu 12 triệu đồng và tối đa 35 triệu đồng"
            continue
        if money_kind_at(text, money.start, money.end) or in_unit_declaration(text, money.start):
            continue
        if beyond_max_number(ctx, money.amount, money.start, money.end):
            continue
        _check_words(ctx, money, sentence)
        start, end = own_words(text, found, k, sentence[1])
        if (bracket := whole_bracket(text, money, start)) is not None:
            start = bracket  # "... (tổng kinh phí đề án hơn 705 triệu đồng)": its words are the bracket's
        rest_end = headline_end if _alone_in_headline(found, k, headline_end) else None
        label = label_of(text, money, max(start, sentence[0]), end, rest_end)  # a label starts in its own sentence
        line_start = text.rfind("\n", 0, money.start) + 1
        depth, listed = _depth(text, line_start, label, sentence[0]), False
        if (amounts and depth > 0 and not _attracted(label)
                and (listed_depth := _listed_depth(text, amounts[-1], money))):
            if (changed := amounts[-1].change_of) is not None and listed_depth > amounts[-1].depth:
                listed_depth = amounts[changed].depth + 1  # a change's "trong đó" lists what it is a change of
            depth, listed = max(depth, listed_depth), True
        item = ITEM_MARKER.match(text, line_start) is not None
        funding = funding_source(text, money, start, end) or drawn_in_right_before(text, money) or (
            None if bracket is not None else source_of_lead_in(text, money.start) or (
                None if _own_whole(label) else source_of_label(text, money.start) or source_carried_on(text, sentence[0])
                or source_of_frame(text, sentence[0], money.start) or source_of_paragraph(text, money.start)
                or source_of_list(text, line_start, label) or source_of_heading(ctx, money.start, label, sections)))
        plan = bool(amounts and amounts[-1].sentence_start == sentence[0]
                    and PLAN_BRACKET_BEFORE.search(text, max(0, money.first - PLAN_BRACKET_REACH), money.first))
        if plan:  # "... là 41,7 tỉ đồng, đạt 96,1% so với kế hoạch (43,4 tỉ đồng)": the plan of the amount before
            label = "kế hoạch"
            funding = funding or amounts[-1].funding
        if (funding is None and amounts and amounts[-1].sentence_start == sentence[0] and amounts[-1].funding
                and money.amount <= amounts[-1].money.amount and not OWN_WORDS_AFTER.match(text, money.end)
                and SPENT_OF_BEFORE.fullmatch(text, amounts[-1].money.end, money.first)):
            funding = amounts[-1].funding  # "Kinh phí khuyến công địa phương năm 2024 được giao 5.200 triệu đồng, giải
            # ngân 4.870 triệu đồng": the money allotted, then what was spent of it (no more than it, naming no money of
            # its own after it: not "sử dụng 1.200 triệu đồng vốn vay ngân hàng")
        if funding in _PROGRAMME_SOURCES and total_of_both(text, label, max(sentence[0], found[k - 1].end if k else 0),
                                                           money.start):
            funding = None  # "05 đề án khuyến công quốc gia; trong đó ..., 05 đề án khuyến công địa phương ... với tổng kinh phí"
        amounts.append(Amount(money, label, depth, funding, listed, item, sentence[0],
                              changed_amount(text, amounts, money, sentence[0]), plan))
    return amounts


# The words between an amount and the next one in its sentence when the next is what was spent of it: ", giải ngân ",
# ", đã giải ngân được ", ", thực hiện ".
SPENT_OF_BEFORE = regex.compile(
    r"[ \t]*,[ \t]*(?:đã[ \t]+)?(?:giải[ \t]+ngân|thực[ \t]+hiện|sử[ \t]+dụng|thanh[ \t]+toán)(?:[ \t]+(?:được|là|đạt))?"
    r"[ \t]*:?[ \t]*", regex.I)


# Words right after an amount naming what money it is: "1.200 triệu đồng vốn vay ngân hàng", "... từ nguồn ...", "... ngân
# sách huyện", "từ Quỹ hỗ trợ phát triển" (not a time, a cause or an owner: "từ đầu năm đến nay", "do ...", "của 10 đề
# án").
OWN_WORDS_AFTER = regex.compile(
    r"[ \t]+(?:(?:từ[ \t]+)?(?:vốn|nguồn|ngân[ \t]+sách|quỹ)(?!\p{L})|từ[ \t]+(?:ngân[ \t]+hàng|chương[ \t]+trình|dự[ \t]+án)(?!\p{L})"
    r"|(?:ngân[ \t]+hàng|chương[ \t]+trình|dự[ \t]+án)[ \t]+(?-i:\p{Lu}))", regex.I)


# Words of a label that make its amount a whole of its own, no share of a programme's money a sentence or a
# paragraph names before it (budget_terms.toml ``own_whole_words``: "...; tổng giá trị máy móc, thiết bị đầu tư
# trên 4 tỷ đồng", "Đồng thời, tổng vốn đầu tư của các cơ sở là 2 tỷ đồng").
OWN_WHOLE = regex.compile(rf"(?<!\p{{L}})(?:{phrase_alternation(BUDGET_TERMS['own_whole_words'])})(?!\p{{L}})", regex.I)


def _own_whole(label: str | None) -> bool:
    """Whether an amount's label makes it a whole of its own (`OWN_WHOLE`)."""
    return label is not None and OWN_WHOLE.search(label) is not None


def total_of_both(text: str, label: str | None, start: int, pos: int) -> bool:
    """Whether a total (its label names one: `TOTAL`) follows, in its sentence after the amount
    before it (from ``start``), the words of both programme sources (`_PROGRAMME_SOURCES`): "...
    hoàn thành 05 đề án khuyến công quốc gia;trong đó có 1 đề án ..., 05 đề án khuyến công địa
    phương và 02 nội dung chi khác với tổng kinh phí thực hiện 4,66 tỷ đồng" is of both, whatever
    clause its nearest cue is in (not "... Quốc gia hỗ trợ 2 dự án với số tiền 395 triệu đồng;
    Chương trình khuyến công địa phương hỗ trợ 5 dự án với tổng số tiền 600 triệu đồng")."""
    if not label or TOTAL.search(label) is None:
        return False
    cues = _funding_cues(text, max(start, pos - SOURCE_REACH), pos)
    return _PROGRAMME_SOURCES <= {source_of(cue) for cue in cues}


# A sentence going on with the one before it in its line, by the same source: "Chỉ tính riêng năm 2023, từ nguồn
# khuyến công quốc gia, khuyến công Điện Biên đã hỗ trợ ... mỗi đơn vị 200 triệu đồng. Đồng thời hỗ trợ ứng dụng
# dây chuyền ... với kinh phí 300 triệu đồng."; "Theo (các) quyết định (này)", "Theo đó", "Tổng kinh phí ... đợt này"
# after the decisions it names ("... phê duyệt kinh phí thực hiện các đề án khuyến công địa phương năm 2019. Tổng kinh
# phí thực hiện được phê duyệt đợt này là 986 triệu đồng").
CARRYING_ON = regex.compile(
    r"[ \t]*(?:Đồng[ \t]+thời|Bên[ \t]+cạnh[ \t]+đó|Ngoài[ \t]+ra|Theo[ \t]+đó|Theo[ \t]+(?:các[ \t]+)?quyết[ \t]+định"
    r"(?:[ \t]+(?:này|trên))?|Tổng[ \t]+kinh[ \t]+phí[^.;\n]{0,40}?(?:đợt|lần)[ \t]+này)(?!\p{L})")
_PROGRAMME_SOURCES = frozenset({"quốc gia", "địa phương"})


def one_programme_source(text: str, cues: list[regex.Match]) -> str | None:
    """The programme source (`_PROGRAMME_SOURCES`) ``cues`` all name, or None when they name none,
    another or more than one (a source joined to one: "kinh phí khuyến công quốc gia và địa phương")."""
    source = one_source(text, cues)
    return source if source in _PROGRAMME_SOURCES else None


JOINED_REACH = 40
"""Characters after a cue within which a source joined to it (`JOINED_SOURCE`) is read."""


def source_carried_on(text: str, sentence_start: int) -> str | None:
    """The one programme source (`_PROGRAMME_SOURCES`) the sentence before names, in the same
    line, when the sentence at ``sentence_start`` opens by going on with it (`CARRYING_ON`); else None."""
    if not CARRYING_ON.match(text, sentence_start) or sentence_start < 2 or text[sentence_start - 1] == "\n":
        return None
    before = sentence_bounds(text, sentence_start - 2)
    return one_programme_source(text, _funding_cues(text, before[0], before[1]))


# The words framing a sentence by its source: "tính từ năm 2009 đến cuối năm 2012 bằng nguồn kinh phí khuyến
# công quốc gia Trung tâm đã triển khai ... 610 triệu đồng; hỗ trợ lập quy hoạch ... 480 triệu đồng" (matched
# from the cue back, ``(?r)``).
SOURCE_FRAME = regex.compile(r"(?r)(?<!\p{L})(?:từ|bằng)[ \t]+(?:nguồn[ \t]+)?(?:(?:kinh[ \t]+phí|vốn)[ \t]+)?\Z",
                             regex.I)


# A phrase of a source fronted before a sentence's main clause, to its comma: "Riêng nguồn khuyến công quốc gia,", "Từ
# nguồn kinh phí khuyến công địa phương,", "Bằng nguồn vốn khuyến công quốc gia,".
FRONTED_SOURCE = regex.compile(
    r"[ \t]*(?:(?:chỉ[ \t]+)?(?:tính[ \t]+)?riêng[ \t]+(?:từ[ \t]+)?|từ[ \t]+|bằng[ \t]+|với[ \t]+)nguồn[ \t]+"
    r"(?:(?:kinh[ \t]+phí|vốn|ngân[ \t]+sách)[ \t]+)?[^,.;:\n]{3,60},", regex.I)


# A paragraph opening with the source its amounts are of, as its subject: "Nguồn khuyến công địa phương được triển
# khai đề án ..., kinh phí hỗ trợ 50 triệu đồng. Dự kiến ... Triển khai đề án ..., kinh phí hỗ trợ 150 triệu đồng."
PARAGRAPH_SOURCE = regex.compile(r"(?:(?:Từ|Bằng)[ \t]+)?[Nn]guồn[ \t]+(?:(?:kinh[ \t]+phí|vốn)[ \t]+)?")


def source_of_paragraph(text: str, pos: int) -> str | None:
    """The programme source (`_PROGRAMME_SOURCES`) the line holding ``pos`` opens with as its subject
    (`PARAGRAPH_SOURCE`, its cue right after), when the line names no other source; else None."""
    line_start = text.rfind("\n", 0, pos) + 1
    if (lead := PARAGRAPH_SOURCE.match(text, line_start, pos)) is None:
        return None
    line_end = text.find("\n", pos)
    cues = _funding_cues(text, lead.end(), len(text) if line_end == -1 else line_end)
    if not cues or cues[0].start() != lead.end():
        return None
    if len(cues) > 1 and _two_sources(text, cues[0], cues[1]):
        return None
    return one_programme_source(text, cues)


def source_of_frame(text: str, sentence_start: int, pos: int) -> str | None:
    """The one programme source (`_PROGRAMME_SOURCES`) that frames the sentence from
    ``sentence_start`` (`SOURCE_FRAME` before its first cue, all its cues before its first
    semicolon naming it), for the amount at ``pos`` in a later clause of it, after a semicolon,
    or after the comma closing a phrase of the source fronted before the sentence's main clause
    (`FRONTED_SOURCE`: "Riêng nguồn khuyến công quốc gia, tỉnh được Bộ Công Thương hỗ trợ 3 đề án với
    kinh phí 1,2 tỷ đồng"); else None."""
    if (fronted := FRONTED_SOURCE.match(text, sentence_start, pos)) is not None:
        cues = _funding_cues(text, sentence_start, fronted.end())
        source = _one_source(text, cues[0], fronted.end() - 1) if len(cues) == 1 else None  # (not past its comma)
        return source if source in _PROGRAMME_SOURCES else None
    first = text.find(";", sentence_start, pos)
    if first == -1:
        return None
    cues = _funding_cues(text, sentence_start, first)
    source = one_programme_source(text, cues)
    if source is None or not SOURCE_FRAME.search(text, max(sentence_start, cues[0].start() - 24), cues[0].start()):
        return None
    return source


def source_of_list(text: str, line_start: int, label: str | None) -> str | None:
    """The one programme source (`_PROGRAMME_SOURCES`) the lead-in over the list whose item is the line at
    ``line_start`` names after "từ" or "bằng" (`SOURCE_FRAME`; not after "ngoài": "ngoài các đề án từ nguồn khuyến
    công quốc gia, ...", what is not of it), for an amount of support, its ``label`` naming no cost, value, other giver
    or other money (`_NOT_SUPPORT`: "kinh phí thực hiện", "tổng kinh phí", "giá trị máy", "do Bộ Công Thương hỗ trợ"):
    "Năm 2023, từ nguồn kinh phí khuyến công địa phương, Trung tâm đã triển khai các đề án sau:" / "- Hỗ trợ cơ sở A
    ..., kinh phí 200 triệu đồng." (the line under its colon, or a marked item after it: `colon_lead_in`); else None."""
    previous_end = before_blanks(text, line_start)
    if not previous_end or (label and _NOT_SUPPORT.search(label)):
        return None
    lead_in = text.rfind("\n", 0, previous_end) + 1 if text[previous_end - 1] == ":" else colon_lead_in(
        text, line_start)
    if lead_in is None:
        return None
    cues = _funding_cues(text, lead_in, text.find("\n", lead_in))  # a line ending with a colon before its item
    source = one_programme_source(text, cues)
    if source is None or not SOURCE_FRAME.search(text, max(lead_in, cues[0].start() - 24), cues[0].start()) or (
            _APART_FROM.search(text, max(lead_in, cues[0].start() - 40), cues[0].start())):
        return None
    return source


def source_of_heading(ctx: Context, pos: int, label: str | None, sections: dict) -> str | None:
    """The one programme source (`_PROGRAMME_SOURCES`) the heading of the section holding ``pos`` names, or the nearest
    heading above it naming one ("2.2. Khuyến công địa phương" over "a) Đào tạo nghề, nâng cao tay nghề"), a heading of
    `HEADING_SOURCE_WORDS` words at most, for an amount of the programme's: its ``label`` and the words right before it
    (`_own_phrase`) name no value, whole's cost or other money (`_NOT_PROGRAMMES`), and those words no beneficiary or
    investment (`_HOLDER`) nor a giver of the other programme (`_OTHER_GIVER`: "Sở Tài chính đã cấp" under "1. Khuyến
    công quốc gia", "Bộ Công Thương hỗ trợ" under "1. Khuyến công địa phương"): "1. Kế hoạch khuyến công quốc gia" /
    "Kế hoạch giao 3 đề án, kinh phí 1.350 triệu đồng. ..., giải ngân 900 triệu đồng"; else None. ``sections``: the
    document's sections by id."""
    if label and _NOT_PROGRAMMES.search(label):
        return None
    source = programme_of_heading(ctx, pos, sections)
    own = _own_phrase(ctx.text, pos)
    if source is None or _NOT_PROGRAMMES.search(ctx.text, own, pos) or _HOLDER.match(ctx.text, own, pos):
        return None
    return None if _OTHER_GIVER[source].search(ctx.text, own, pos) else source


def programme_of_heading(ctx: Context, pos: int, sections: dict) -> str | None:
    """The one programme source (`_PROGRAMME_SOURCES`) the heading of the section holding ``pos`` names, else the
    nearest heading above it naming one, a heading of `HEADING_SOURCE_WORDS` words at most ("1. Nhiệm vụ sử dụng kinh
    phí khuyến công địa phương"), or None. ``sections``: the document's sections by id."""
    node = ctx.section_at(pos)
    return None if node is None else next((
        found for section in section_chain(node, sections)  # its own heading's, else the nearest above
        if section.heading is not None and _few_words(section.heading, HEADING_SOURCE_WORDS)
        and (found := one_programme_source(ctx.text, _funding_cues(ctx.text, section.start, section.body_start)))), None)


def programme_of_title(text: str, header_at: int) -> str | None:
    """The one programme source (`_PROGRAMME_SOURCES`) the line right over a table's header (past blank lines) names,
    a title of `HEADING_SOURCE_WORDS` words at most ("Biểu 2: Kinh phí khuyến công địa phương"), or None."""
    header_start = text.rfind("\n", 0, header_at) + 1
    end = before_blanks(text, header_start)
    start = text.rfind("\n", max(0, end - HEADING_SOURCE_WORDS * MAX_WORD_LENGTH), end) + 1
    if end <= start or not _few_words(text[start:end], HEADING_SOURCE_WORDS):
        return None
    return one_programme_source(text, _funding_cues(text, start, end))


def _few_words(text: str, most: int) -> bool:
    """Whether ``text`` holds ``most`` words at most (a long text is not split: a one-line document's heading is all of
    it)."""
    return len(text) <= most * MAX_WORD_LENGTH and len(text.split()) <= most


MAX_WORD_LENGTH = 40
"""Characters a word and its space take at most, for `_few_words`."""


def _own_phrase(text: str, pos: int) -> int:
    """Where the words right before the amount at ``pos`` start: after the last comma, semicolon or "với" of its clause
    ("Sở Tài chính đã cấp" of "Ngoài ra, Sở Tài chính đã cấp 300 triệu đồng cho ...")."""
    start = clause_parts(text, pos)[1]
    return max(start, text.rfind(",", start, pos) + 1, text.rfind(";", start, pos) + 1,
               text.rfind(" với ", start, pos) + 1)


HEADING_SOURCE_WORDS = 10
"""Words of a heading naming the source of the money of its section (`source_of_heading`): a heading naming more is a
sentence of its own."""
# An amount's words naming it no money of the programme's: a value ("giá trị máy", "trị giá"), a whole's cost ("tổng
# kinh phí thực hiện các đề án"), another giver's ("do Bộ Công Thương hỗ trợ") or the beneficiaries' or society's money
# ("vốn đối ứng", "vốn vay", "tự có", "huy động", "xã hội hóa").
_OTHER_MONEY = (r"kinh[ \t]+phí[ \t]+thực[ \t]+hiện|giá[ \t]+trị|trị[ \t]+giá|do(?=[ \t]+(?-i:\p{Lu}))|xã[ \t]+hội[ \t]+hóa"
                r"|đối[ \t]+ứng|vay|tự[ \t]+có|ngân[ \t]+hàng|tín[ \t]+dụng|huy[ \t]+động|góp")
"""The words of a cost, a value, another giver or other money, shared by `_NOT_PROGRAMMES` and `_NOT_SUPPORT`."""
_NOT_PROGRAMMES = regex.compile(rf"(?<!\p{{L}})(?:{_OTHER_MONEY})(?!\p{{L}})", regex.I)
# The words right before an amount opening with a beneficiary, its owner, or naming capital put in: "Hộ kinh doanh ...
# tự có", "các cơ sở bỏ vốn", "doanh nghiệp đầu tư" (not a beneficiary the verb's object: "giải ngân cho các cơ sở",
# "Hỗ trợ Công ty ...", nor what the money supports: "hỗ trợ đầu tư dây chuyền").
_BENEFICIARY = r"cơ[ \t]+sở|doanh[ \t]+nghiệp|hộ(?:[ \t]+kinh[ \t]+doanh)?|HTX|hợp[ \t]+tác[ \t]+xã|công[ \t]+ty"
"""The words a beneficiary is named by, shared by `_HOLDER` and `_REMARK_BRACKET`."""
_HOLDER = regex.compile(
    rf"[ \t]*(?:(?:các|những)[ \t]+)?(?:{_BENEFICIARY})(?!\p{{L}})"
    r"|.*?(?<!\p{L})bỏ[ \t]+(?:vốn|ra)(?!\p{L})", regex.I)
# A giver of the other programme than a heading's: the province's or a district's bodies for the national programme,
# the ministry's for the local one.
_OTHER_GIVER = {
    "quốc gia": regex.compile(r"(?<!\p{L})(?:UBND|Ủy[ \t]+ban|Uỷ[ \t]+ban|HĐND|Sở)(?!\p{L})"),
    "địa phương": regex.compile(r"(?<!\p{L})(?:Bộ|Cục)(?!\p{L})"),
}


# An amount's words naming it no support of the programme's: a project's cost or a whole ("kinh phí thực hiện", "tổng
# kinh phí", "tổng vốn"), a value ("giá trị máy", "trị giá"), another giver's ("do Bộ Công Thương hỗ trợ", "Bộ Công
# Thương hỗ trợ ...", "UBND huyện hỗ trợ thêm ...") or the beneficiaries' or society's money ("vốn đối ứng", "vốn vay",
# "vốn tự có", "vốn ngân hàng", "vốn tín dụng", "huy động vốn", "góp vốn", "đóng góp", "xã hội hóa"); not the
# programme's capital or support of capital ("vốn khuyến công hỗ trợ", "hỗ trợ vốn mua máy").
_NOT_SUPPORT = regex.compile(
    rf"(?<!\p{{L}})(?:tổng|{_OTHER_MONEY}"
    r"|(?<!hỗ[ \t]+trợ[ \t]+)vốn(?![ \t]+khuyến[ \t]+công))(?!\p{L})"
    r"|(?:^|[,;])[ \t]*(?:[-+•][ \t]+)?(?:Bộ|UBND|Ủy[ \t]+ban|Uỷ[ \t]+ban|ngân[ \t]+sách|nhân[ \t]+dân|người[ \t]+dân"
    r"|(?:các[ \t]+)?doanh[ \t]+nghiệp)(?!\p{L})[^,.;]{0,60}?(?<!\p{L})(?:hỗ[ \t]+trợ|đóng[ \t]+góp|cấp)(?!\p{L})",
    regex.I)
# "ngoài" (apart from) before a lead-in's source: the list is of everything else.
_APART_FROM = regex.compile(r"(?<!\p{L})ngoài(?!\p{L})", regex.I)


# A line opening with the source its amounts are of, and a colon: "Đối với khuyến công địa phương:
# Sở Công Thương đã chủ động ... Từ năm 2021 đến nay, đã thực hiện hỗ trợ cho 16 cơ sở CNNT với tổng
# kinh phí thực hiện là 3.438 triệu đồng."
SOURCE_LEAD_IN = regex.compile(r"(?:Đối[ \t]+với|Về)[ \t]+(?P<cue>[^:\n]{3,40}?)[ \t]*:", regex.I)
_LEAD_IN_WORDS = ("Đối", "đối", "Về", "về", "ĐỐI", "VỀ")
"""How a `SOURCE_LEAD_IN` opens its line (a quick test before the pattern)."""


def source_of_lead_in(text: str, pos: int) -> str | None:
    """The one source the `SOURCE_LEAD_IN` of the line holding ``pos`` names, or None."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not text.startswith(_LEAD_IN_WORDS, line_start) or not (m := SOURCE_LEAD_IN.match(text, line_start, pos)):
        return None
    cues = _funding_cues(text, m.start("cue"), m.end("cue"))
    return _one_source(text, cues[0], m.end("cue")) if len(cues) == 1 else None


LABEL_LINE_REACH = 120
"""Characters of a line's label before its colon read by `source_of_label`."""


def _line_end(text: str, pos: int) -> int:
    """The end of the line holding ``pos``."""
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


def source_of_label(text: str, pos: int) -> str | None:
    """The one programme source (`_PROGRAMME_SOURCES`) the label of the line holding ``pos`` names before its colon,
    a marker aside, when the amount stands after that colon: a line of indicators ("1. Số đề án khuyến công địa
    phương được giao năm 2024: 10 đề án; kinh phí 1.600 triệu đồng"), no "trong đó" after it in its line; else None."""
    line_start = text.rfind("\n", 0, pos) + 1
    colon = text.find(":", line_start, min(pos, line_start + LABEL_LINE_REACH))
    if colon == -1 or BREAKDOWN.search(text, pos, _line_end(text, pos)):
        return None  # (not a total with its parts after it: "kinh phí 1.600 triệu đồng, trong đó vốn đối ứng ...")
    marker = ITEM_MARKER.match(text, line_start, colon)
    return one_programme_source(text, _funding_cues(text, marker.end() if marker else line_start, colon))


# A change over an earlier time: "tăng" or "giảm" right before the amount and "so với" right
# after it ("tăng 1,2 tỷ đồng so với năm 2023"; not "tăng lên 3 tỷ đồng", a new level, nor "giá trị
# gia tăng"); ``joined``: right after a comma, the amount it is a change of before it in its
# sentence ("5 tỷ đồng cho hoạt động khuyến công, tăng 1,2 tỷ đồng ...").
COMPARED_AFTER = regex.compile(r"[ \t]*so[ \t]+với(?!\p{L})", regex.I)
CHANGE_BEFORE = regex.compile(
    r"(?P<joined>,[ \t]*)?(?<!\p{L})(?<!gia[ \t]+)(?:tăng|giảm)(?:[ \t]+thêm)?[ \t]+\Z", regex.I)
CHANGE_REACH = 20
"""Characters before an amount read for `CHANGE_BEFORE`."""
COMPARED_REACH = 200
"""Characters after an amount read for `COMPARED_AFTER`."""


def changed_amount(text: str, amounts: list[Amount], money: Money, sentence_start: int) -> int | None:
    """When ``money`` is a change over an earlier time (`CHANGE_BEFORE`, `COMPARED_AFTER`), the
    index in ``amounts`` (those before it) of the amount it is a change of: the last one, in its
    sentence when its verb opens a clause ("5 tỷ đồng cho 10 đề án, tăng 1,2 tỷ đồng so với năm
    2023"), or ending the sentence before when its own opens pointing back to it
    (`MONEY_POINTED_BACK`: "... 5 tỷ đồng cho hoạt động khuyến công. Kinh phí này tăng 1,2 tỷ
    đồng so với năm 2023"); else None. The words after it are looked at first (one match)."""
    if not amounts or COMPARED_AFTER.match(text, money.end, money.end + COMPARED_REACH) is None:
        return None  # (a window: `regex` reads up to its end on every call, the whole text without one)
    verb = CHANGE_BEFORE.search(text, max(0, money.first - CHANGE_REACH), money.first)
    if verb is None:
        return None
    before = amounts[-1].money
    if (verb["joined"] and before.end > sentence_start) or (
            before.end <= sentence_start and MONEY_POINTED_BACK.match(text, sentence_start)
            and REST_OF_SENTENCE.fullmatch(text, before.end, sentence_start)):
        return len(amounts) - 1
    return None


def _alone_in_headline(found: list[Money], k: int, headline_end: int | None) -> bool:
    """Whether ``found[k]`` is in a news headline (ending at ``headline_end``) and the last
    amount of it: the rest of the headline is what it is for."""
    return (headline_end is not None and found[k].end <= headline_end
            and (k + 1 == len(found) or found[k + 1].start >= headline_end))


def _attracted(label: str | None) -> bool:
    """Whether a label names money the beneficiaries brought (budget_terms.toml ``attracted``)."""
    return label is not None and ATTRACTED.search(label) is not None


ATTRACTED = regex.compile(rf"(?i)(?<!\p{{L}})(?:{phrase_alternation(BUDGET_TERMS['attracted'])})(?!\p{{L}})")


def _listed_depth(text: str, before: Amount, money: Money) -> int:
    """The depth of ``money`` as a part that "trong đó" lists, or 0 when it is none: one
    more than the amount ``before`` it when "trong đó" stands between them; the same as
    ``before`` when that is such a part and ``money`` follows it in its sentence, or on the
    next line after a semicolon ("Trong đó, kinh phí khuyến công địa phương 2,5 tỷ đồng,
    kinh phí doanh nghiệp đối ứng 2,2 tỷ đồng": both parts of the amount before). A "trong
    đó" some sentences after the amount before lists the parts of something else ("... 2 tỷ
    đồng để hỗ trợ cho 23 đề án. ... Trong 9 tháng, ... triển khai các đề án, trong đó: ...").
    An amount named as the whole first ("Trong tổng 1,4 tỷ đồng ...", `WHOLE_FIRST`) has the
    amounts after it in its sentence as parts."""
    if (breakdown := BREAKDOWN.search(text, before.money.end, money.start)) and _lists(
            text, before.money.end, breakdown, money.start):
        return before.depth + 1
    if before.label and WHOLE_FIRST.search(before.label) and sentence_bounds(text, money.start)[0] <= before.money.start:
        return before.depth + 1  # "Trong tổng 1,4 tỷ đồng ..., Trung tâm ... dành trên 910 triệu đồng ..."
    if before.listed and (sentence_bounds(text, money.start)[0] <= before.money.start
                          or _next_list_line(text, before.money.end, money.start)):
        return before.depth
    return 0


# A whole named first, its part after it in the sentence: "Trong tổng 1,4 tỷ đồng từ nguồn
# ..., Trung tâm ... dành trên 910 triệu đồng để hỗ trợ ..." (after a time phrase too: "Năm
# 2018, trong tổng ...").
WHOLE_FIRST = regex.compile(r"(?i)(?:^|,[ \t]*)trong\s+(?:tổng(?:\s+số)?|số)(?!\p{L})")


# A part written before its whole: "hỗ trợ 200 triệu đồng trên tổng chi phí 418 triệu đồng",
# "200 triệu đồng/tổng kinh phí 418 triệu đồng".
PART_BEFORE_WHOLE = regex.compile(r"[ \t]*(?:trên|/|trong)[ \t]*tổng(?:[ \t]+\p{L}+){0,3}?[ \t]*(?:là[ \t]*)?", regex.I)


# A whole in brackets later in the part's sentence: "đã hỗ trợ 300 triệu đồng cho Hợp tác xã ...
# mua sắm 2 máy ép mo cau (tổng giá trị 620 triệu đồng)".
WHOLE_IN_BRACKETS = regex.compile(r"\([ \t]*tổng(?:[ \t]+\p{L}+){1,5}?[ \t]*(?:là[ \t]*)?\Z", regex.I)
WHOLE_IN_BRACKETS_REACH = 50
"""Characters before a whole within which its bracket opens (`WHOLE_IN_BRACKETS`)."""


def whole_bracket(text: str, money: Money, start: int) -> int | None:
    """Where the words of an amount that a bracket opening with "tổng ..." holds start (after the
    bracket: "158,4 triệu đồng từ nguồn kinh phí khuyến công địa phương (tổng kinh phí đề án hơn 705
    triệu đồng)": the project's whole, beneficiaries' share included, names no source of the part's),
    or None; ``start``: where its words may start at the earliest."""
    opened = text.rfind("(", max(start, money.first - WHOLE_IN_BRACKETS_REACH), money.first)
    if opened == -1 or WHOLE_IN_BRACKETS.match(text, opened, money.first) is None:
        return None
    return opened + 1


def parts_before_wholes(text: str, amounts: list[Amount], parents: list[int | None]) -> None:
    """Give an amount that `PART_BEFORE_WHOLE` joins to a larger one right after it that
    one as its whole; so does a larger one right after it in its sentence that a bracket
    opens with "tổng ..." (`WHOLE_IN_BRACKETS`)."""
    for k in range(len(amounts) - 1):
        part, whole = amounts[k].money, amounts[k + 1].money
        if parents[k] is not None or part.amount >= whole.amount:
            continue
        if PART_BEFORE_WHOLE.fullmatch(text, part.end, whole.first) or (
                WHOLE_IN_BRACKETS.search(text, max(part.end, whole.first - WHOLE_IN_BRACKETS_REACH), whole.first)
                and not holds_any(text[part.end:whole.first], ".;\n")):
            parents[k] = k + 1


def bracketed_parts(text: str, amounts: list[Amount], parents: list[int | None]) -> set[int]:
    """Give the amounts in the brackets right after an amount, none a part yet (or of that amount or its own whole), that
    amount as their whole when they add up to it (`_brackets_add_up`), two at least ("5.760 triệu đồng (vốn
    ngân sách 3.210 triệu đồng, vốn huy động 2.550 triệu đồng)"), or, one at least, whatever
    they add up to when the bracket gives it by year or on average (`YEARLY`: "53,7 tỷ đồng
    (giai đoạn 2002 - 2005, mỗi năm 2 tỷ đồng, giai đoạn 2006 tăng lên 3 tỷ đồng, ...)",
    "16,3 tỷ đồng (bình quân 1,16 tỷ đồng/năm)"): details of it, no parts that add up to it; so are a bracket's
    amounts adding up to an amount that has parts of its own already (a closing total's by source after its list's
    projects). Returns the indices of those details, which `check_sums` leaves out."""
    yearly: set[int] = set()
    for k, amount in enumerate(amounts):
        if (opening := _BRACKET_AFTER.match(text, amount.money.end)) is None:
            continue
        closing = text.find(")", opening.end(), opening.end() + LABEL_REACH)
        inside = list(takewhile(lambda j: amounts[j].money.end <= closing, range(k + 1, len(amounts))))
        if not inside or any(parents[j] not in (None, k, parents[k]) for j in inside):
            continue  # (one the amount's own whole took as its sibling is its detail: "- Ngân sách tỉnh: 20 tỷ đồng
            # (bình quân 4 tỷ đồng/năm);" under "45 tỷ đồng, trong đó:")
        if YEARLY.search(text, opening.end(), closing):
            yearly.update(inside)
        elif len(inside) < 2 or not _brackets_add_up(amount.money, [amounts[j].money for j in inside]):
            continue
        elif any(parent == k for j, parent in enumerate(parents) if j not in inside):
            yearly.update(inside)  # a second breakdown of a total its list's items add up to: "Tổng cộng: ... 9.560
            # (kinh phí khuyến công địa phương 2.950; vốn đối ứng 6.610)" by source after its projects
        for j in inside:
            parents[j] = k
    return yearly


def _brackets_add_up(whole: Money, parts: list[Money]) -> bool:
    """Whether the amounts of a bracket add up to the amount before it: exactly, or, when that
    amount is written as approximate ("gần 3 tỉ đồng (... hơn 1,7 tỉ đồng, ... 240 triệu đồng, ...
    trên 1 tỉ đồng)"), within `APPROXIMATE` of it and the rounding of each."""
    total = sum(part.amount for part in parts)
    if not whole.quantity.qualifier:
        return total == whole.amount
    slack = whole.amount * APPROXIMATE + rounding(whole) + sum(rounding(part) for part in parts)
    return abs(total - whole.amount) <= slack


_BRACKET_AFTER = regex.compile(
    r"[ \t]*(?:,[ \t]*(?:đạt|bằng)[ \t]+\d[\d.,]*[ \t]*%(?:[ \t]+(?:so[ \t]+với[ \t]+)?(?:kế[ \t]+hoạch|dự[ \t]+toán)"
    r"(?:[ \t]+(?:năm|được[ \t]+giao))?)?[ \t]*)?\(", regex.I)
"""The bracket right after an amount (spaces aside), or after its share of the plan: "1.960 triệu đồng, đạt 34,4% kế
hoạch năm (kinh phí khuyến công quốc gia 450 triệu đồng, ...)"."""
# Words of a bracket that gives the amount before it by year or on average (budget_terms.toml
# ``yearly_in_brackets``: "mỗi năm", "bình quân", ...), or "/năm" after an amount of it.
YEARLY = regex.compile(
    rf"(?i)(?:(?<!\p{{L}})(?:{phrase_alternation(BUDGET_TERMS['yearly_in_brackets'])})|/[ \t]*năm)(?!\p{{L}})")


# A period of years: "giai đoạn 2021 - 2025", "(2016-2020)", "từ năm 2021 đến nay", "từ 2019 đến năm 2023"
# (no last year: up to now).
PERIOD = regex.compile(
    r"(?<![\d/])(?P<first>(?:19|20)\d\d)[ \t]*[-–—][ \t]*(?P<last>(?:19|20)\d\d)(?!\d)"
    r"|(?<!\p{L})từ[ \t]+(?:năm[ \t]+)?(?P<first>(?:19|20)\d\d)[ \t]+(?:đến|tới)[ \t]+"
    r"(?:nay|năm[ \t]+(?P<last>(?:19|20)\d\d))(?!\d)", regex.I)
# Words of a running total up to now (budget_terms.toml ``cumulative_words``: "lũy kế", "tính đến nay").
CUMULATIVE = regex.compile(
    rf"(?i)(?<!\p{{L}})(?:{phrase_alternation(BUDGET_TERMS['cumulative_words'])})(?!\p{{L}})")
# One year named as a time: "năm 2024", "Năm 2024".
ONE_YEAR = regex.compile(r"(?<!\p{L})năm[ \t]+(?P<year>(?:19|20)\d\d)(?![\d/])", regex.I)
CUMULATIVE_REACH = 8
"""Amounts of a line looked at on each side of one year's amount for the period total holding it."""


class Years(NamedTuple):
    """The years an amount is set in: from ``first`` to ``last``; ``period`` when written as
    a period or a running total, not as one year; ``running`` when a running total up to now
    (`CUMULATIVE` words, or a period "đến nay")."""
    first: int
    last: int
    period: bool
    running: bool = False


def cumulative_parts(text: str, amounts: list[Amount], parents: list[int | None]) -> set[int]:
    """Make the amount of one year, a part of nothing, a part of the nearest larger amount
    of its line for a period holding that year (`time_of`: "... năm 2024, chương trình
    khuyến công đã hỗ trợ hơn 1,5 tỷ đồng ... Lũy kế giai đoạn 2021 - 2025, tỉnh đã triển
    khai 57 đề án với tổng kinh phí hơn 7,6 tỷ đồng"), else of such an amount of the paragraph
    right before or after its own that is a running total ("Năm 2024, ... 1,5 tỷ đồng." then
    the line "Lũy kế giai đoạn 2021 - 2025, ... 7,6 tỷ đồng"), of no other source, neither of
    them money the beneficiaries brought. Returns the indices of those parts, which
    `check_sums` leaves out: the other years of the period are not stated."""
    times = [time_of(text, amounts, k) for k in range(len(amounts))]
    linked: set[int] = set()
    if not any(time and time.period for time in times):
        return linked
    for i, year in enumerate(times):
        if year is None or year.period or parents[i] is not None or not _programme_money(amounts[i]):
            continue
        for j in chain(_line_neighbours(text, amounts, i), _running_totals_near(text, amounts, times, i)):
            period = times[j]
            if (period and period.period and period.first <= year.first <= period.last
                    and (period.running or _whole_of_period(amounts[j]))
                    and amounts[j].money.amount > amounts[i].money.amount and _programme_money(amounts[j])
                    and _same_source(amounts[i].funding, amounts[j].funding) and not _is_part(parents, j, i)):
                parents[i] = j
                linked.add(i)
                break
    return linked


def activity_lines_parts(ctx: Context, amounts: list[Amount], parents: list[int | None]) -> set[int]:
    """Make the amounts of a part of results by activity (its heading `_BY_ACTIVITY`: "3. Kết quả theo từng hoạt động"
    / "b) Hỗ trợ ứng dụng máy móc ...: hỗ trợ 52 cơ sở, tổng kinh phí hỗ trợ 13,5 tỷ đồng."), each the first of its
    line, parts of nothing, the programme's money (`_programme_money`), parts of the nearest amount before that heading
    in its top-level section that is a part of nothing and the whole of a period (`_whole_of_period`: "Giai đoạn
    2021-2025, ... với tổng kinh phí hỗ trợ 24,6 tỷ đồng"), larger than each: one activity's money singled out of it.
    Returns the indices of those parts, which `check_sums` leaves out (not every activity's money is written)."""
    linked: set[int] = set()
    for node in ctx.sections:
        if node.heading is None or not _BY_ACTIVITY.search(node.heading):
            continue
        whole = None
        for j in range(len(amounts) - 1, -1, -1):
            if amounts[j].money.start >= node.start:
                continue
            if _top_id(ctx, amounts[j].money.start) != top_section(node.id):
                break
            if parents[j] is None and _whole_of_period(amounts[j]):
                whole = j
                break
        if whole is None:
            continue
        for k, amount in enumerate(amounts):
            line_start = ctx.text.rfind("\n", 0, amount.money.start) + 1
            if (node.body_start <= amount.money.start < node.end and parents[k] is None and _programme_money(amount)
                    and amount.money.amount < amounts[whole].money.amount
                    and not (k and amounts[k - 1].money.start >= line_start)):
                parents[k] = whole
                linked.add(k)
    return linked


# The heading of a part of results by activity: "3. Kết quả theo từng hoạt động", "Kết quả thực hiện theo nội dung".
_BY_ACTIVITY = regex.compile(r"(?<!\p{L})theo[ \t]+(?:từng[ \t]+)?(?:hoạt[ \t]+động|nội[ \t]+dung|lĩnh[ \t]+vực)(?!\p{L})",
                             regex.I)


def split_by_year_parts(text: str, amounts: list[Amount], parents: list[int | None]) -> set[int]:
    """Make the amounts after a lead-in splitting money by year (`_BY_YEAR`: "2. Kinh phí ngân sách tỉnh (phân) theo năm:
    năm 2026: 11 tỷ đồng; năm 2027: 12 tỷ đồng; ..."), each right after its year's label (`_YEAR_LABEL_BEFORE`), or by
    content (`_BY_CONTENT`: "3. Kinh phí khuyến công địa phương phân theo nội dung:" / "- Đào tạo nghề, truyền nghề:
    1.800 triệu đồng;" ...), each an item's after its label's colon (`_ITEM_LABEL_BEFORE`), parts of nothing or of a
    total its parts already add up to, two at least, in a row up to a blank line (not one right after the lead-in),
    parts of the nearest amount before the lead-in within `YEARLY_WHOLE_REACH`, of a source not differing from theirs,
    that they add up to exactly ("- Ngân sách tỉnh: 62 tỷ đồng;"). Returns the indices of those parts, which
    `check_sums` leaves out (a split by year beside one by source)."""
    linked: set[int] = set()
    if text.find("theo năm") != -1 or text.find("theo từng năm") != -1:
        linked |= _split_parts(text, amounts, parents, _lead_ins(text, _BY_YEAR, _BY_YEAR_WORDS), _YEAR_LABEL_BEFORE,
                               YEAR_LABEL_REACH)
    if text.find("theo nội dung") != -1 or text.find("theo từng nội dung") != -1:
        linked |= _split_parts(text, amounts, parents, _lead_ins(text, _BY_CONTENT, _BY_CONTENT_WORDS),
                               _ITEM_LABEL_BEFORE, ITEM_LABEL_REACH)
    return linked


def _lead_ins(text: str, leads: regex.Pattern, words: regex.Pattern) -> Iterator[regex.Match]:
    """The matches of ``leads`` in ``text``, in order, searched for only in the lines ``words`` match in: a lead-in lies
    on one line and ends with those words (the lines are found faster than the lead-ins, ten times over a long text)."""
    line_end = -1
    for word in words.finditer(text):
        if word.start() > line_end:
            line_end = text.find("\n", word.end())
            line_end = len(text) if line_end == -1 else line_end
            yield from leads.finditer(text, text.rfind("\n", 0, word.start()) + 1, line_end)


def _split_parts(text: str, amounts: list[Amount], parents: list[int | None], leads: Iterable[regex.Match],
                 label: regex.Pattern, reach: int) -> set[int]:
    """`split_by_year_parts` for the lead-ins ``leads`` and their amounts' labels ``label`` (read within ``reach``)."""
    linked: set[int] = set()
    wholes_complete = _complete_wholes(amounts, parents)
    starts = [amount.money.start for amount in amounts]
    for lead in leads:
        first = lead.end()  # the list's first line, past the blank lines after the lead-in (a clean copy's)
        while text.startswith("\n", first) or text.startswith(" ", first):
            first += 1
        blank = text.find("\n\n", first)
        end = len(text) if blank == -1 else blank
        run = []
        for k in range(bisect.bisect_left(starts, lead.end()), len(amounts)):  # (not each amount again for each lead-in)
            amount = amounts[k]
            if parents[k] is not None and parents[k] not in wholes_complete:
                continue
            if amount.money.start > end or not label.search(
                    text, max(lead.end(), amount.money.start - reach), amount.money.start):
                break
            run.append(k)
        if len(run) < 2:
            continue
        held = sum(amounts[k].money.amount for k in run)
        source = amounts[run[0]].funding
        for j in range(run[0] - 1, -1, -1):
            if amounts[j].money.start < lead.start() - YEARLY_WHOLE_REACH:
                break
            if amounts[j].money.amount == held and _same_source(amounts[j].funding, source):
                for k in run:
                    parents[k] = j
                linked.update(run)
                break
    return linked


def _complete_wholes(amounts: list[Amount], parents: list[int | None]) -> set[int]:
    """The amounts whose parts so far add up to them exactly: a total no more parts can belong to."""
    held: dict[int, Decimal] = defaultdict(Decimal)
    for amount, parent in zip(amounts, parents):
        if parent is not None:
            held[parent] += amount.money.amount
    return {index for index, total in held.items() if total == amounts[index].money.amount}


# A lead-in splitting money by year, its line naming the money: "Kinh phí ngân sách tỉnh phân theo năm:", "Phân kỳ kinh
# phí ngân sách tỉnh theo năm", "Kinh phí ngân sách tỉnh bố trí theo năm:", "ngân sách ... chia theo từng năm:".
_BY_YEAR = regex.compile(
    r"(?<!\p{L})(?:kinh[ \t]+phí|ngân[ \t]+sách|vốn)(?!\p{L})[^\n:]{0,80}?(?<!\p{L})theo[ \t]+(?:từng[ \t]+)?năm(?!\p{L})"
    r"[ \t]*:?", regex.I)
_BY_YEAR_WORDS = regex.compile(r"theo[ \t]+(?:từng[ \t]+)?năm", regex.I)
"""The words a `_BY_YEAR` lead-in ends with (`_lead_ins`)."""
# A year's label right before its amount: "năm 2026: 11 tỷ đồng", "- Năm 2027: khoảng 12 tỷ đồng", "năm 2026 là 6,5 tỷ
# đồng".
_YEAR_LABEL_BEFORE = regex.compile(
    r"(?r)(?<!\p{L})năm[ \t]+(?:19|20)\d\d[ \t]*(?::|là)[ \t]*(?:(?:khoảng|dự[ \t]+kiến|ước)[ \t]+)?\Z", regex.I)
YEAR_LABEL_REACH = 24
"""Characters before an amount within which its year's label is read."""
# A lead-in splitting money by content: "Kinh phí khuyến công địa phương phân theo nội dung:".
_BY_CONTENT = regex.compile(
    r"(?<!\p{L})(?:kinh[ \t]+phí|ngân[ \t]+sách|vốn)(?!\p{L})[^\n:]{0,80}?(?<!\p{L})theo[ \t]+(?:từng[ \t]+)?nội[ \t]+dung"
    r"(?!\p{L})[ \t]*:", regex.I)
_BY_CONTENT_WORDS = regex.compile(r"theo[ \t]+(?:từng[ \t]+)?nội[ \t]+dung", regex.I)
"""The words a `_BY_CONTENT` lead-in ends with (`_lead_ins`)."""
# An item's label and colon right before its amount, on its line: "- Đào tạo nghề, truyền nghề: 1.800 triệu đồng".
_ITEM_LABEL_BEFORE = regex.compile(r"(?r)^[ \t]*[-+•–][ \t]+[^\n:]{2,150}:[ \t]*\Z", regex.M)
ITEM_LABEL_REACH = 160
"""Characters before an amount within which its item's label is read."""


# A line of a list by year, its year as a label: "Năm 2021: thực hiện 7 đề án, kinh phí 2,1 tỷ đồng;", "- Năm 2025 (ước
# thực hiện): ...".


def yearly_lines_parts(text: str, amounts: list[Amount], parents: list[int | None]) -> set[int]:
    """Make the first amounts of the lines of a list by year (`YEAR_ITEM_LINE`, one line after another, blank lines
    between passed over), parts of nothing, two at least, parts of the nearest amount before the list, within
    `YEARLY_WHOLE_REACH`, a part of nothing, set in a period holding every year of them (`time_of`) and of the
    programme's money, when they add up to it exactly ("Giai đoạn 2021 - 2025, ... với tổng kinh phí hỗ trợ 15,6 tỷ
    đồng ..." / "2. Kết quả theo từng năm" / "Năm 2021: thực hiện 7 đề án, kinh phí 2,1 tỷ đồng;" / ...). Returns the
    indices of those parts, which `check_sums` leaves out: the period's money split by year beside its split by
    source."""
    linked: set[int] = set()
    for run, years in _yearly_runs(text, amounts, parents):
        held = sum(amounts[k].money.amount for k in run)
        for j in range(run[0] - 1, -1, -1):
            if amounts[j].money.start < amounts[run[0]].money.start - YEARLY_WHOLE_REACH:
                break
            period = time_of(text, amounts, j)
            if (parents[j] is None and period is not None and period.period and period.first <= min(years)
                    and max(years) <= period.last and _programme_money(amounts[j])):
                if amounts[j].money.amount == held:
                    for k in run:
                        parents[k] = j
                    linked.update(run)
                break
    return linked


def _yearly_runs(text: str, amounts: list[Amount], parents: list[int | None]) -> list[tuple[list[int], list[int]]]:
    """The first amounts, parts of nothing, of the lines of each list by year (`YEAR_ITEM_LINE`), two lines at least,
    with the year of each line."""
    runs: list[tuple[list[int], list[int]]] = []
    last_line_end = -1
    for k, amount in enumerate(amounts):
        line_start = text.rfind("\n", 0, amount.money.start) + 1
        if (k and amounts[k - 1].money.start >= line_start) or parents[k] is not None:
            continue  # (not the line's first amount)
        if (label := YEAR_ITEM_LINE.match(text, line_start)) is None:
            continue
        if not runs or before_blanks(text, line_start) != last_line_end:
            runs.append(([], []))
        runs[-1][0].append(k)
        runs[-1][1].append(int(label["year"]))
        end = text.find("\n", amount.money.start)
        last_line_end = len(text) if end == -1 else end
    return [run for run in runs if len(run[0]) >= 2]


def _whole_of_period(amount: Amount) -> bool:
    """Whether an amount of a closed period is its whole, its label naming a total or a running total ("tổng
    kinh phí", "Lũy kế"; one up to now is: "từ năm 2004 đến nay, tỉnh ... đã thực hiện được 2,065 tỷ đồng"), not
    money of the period for one purpose ("Giai đoạn 2005 – 2009, tỉnh cũng đã dành
    2.321,348 triệu đồng từ nguồn ngân sách hỗ trợ cho 9 doanh nghiệp có đề tài ..." holds no year's budget)."""
    label = amount.label or ""
    return TOTAL.search(label) is not None or CUMULATIVE.search(label) is not None


def time_of(text: str, amounts: list[Amount], k: int) -> Years | None:
    """The years the words before amount ``k`` in its sentence (from the amount before it)
    set it in: a period (`PERIOD`; a running total, `CUMULATIVE`, without one: any year), one
    year (`ONE_YEAR`, named alone), else None."""
    money = amounts[k].money
    start = max(amounts[k].sentence_start, amounts[k - 1].money.end if k else 0, money.first - LABEL_REACH)
    if (period := PERIOD.search(text, start, money.first)) is not None:
        last = period["last"]
        return Years(int(period["first"]), int(last or 9999), True,
                     not last or CUMULATIVE.search(text, start, money.first) is not None)
    if CUMULATIVE.search(text, start, money.first):
        return Years(0, 9999, True, True)
    years = {int(year["year"]) for year in ONE_YEAR.finditer(text, start, money.first)}
    if len(years) != 1:
        return None
    year = years.pop()
    return Years(year, year, False)


def _line_neighbours(text: str, amounts: list[Amount], i: int) -> list[int]:
    """The indices of the amounts of the line of amount ``i``, at most `CUMULATIVE_REACH` on
    each side, nearest first."""
    def same_line(j: int) -> bool | None:
        first, last = sorted((amounts[i].money.start, amounts[j].money.start))
        return True if text.find("\n", first, last) == -1 else None

    return _walked_out(amounts, i, same_line)


def _running_totals_near(text: str, amounts: list[Amount], times: list[Years | None], i: int) -> Iterator[int]:
    """The indices of the running totals (``times``: `Years.running`) of the paragraphs right
    before and right after the line of amount ``i``, nearest first; read only when asked for."""
    yield from (j for j in _next_paragraphs_neighbours(text, amounts, i) if (time := times[j]) and time.running)


def _next_paragraphs_neighbours(text: str, amounts: list[Amount], i: int) -> list[int]:
    """The indices of the amounts of the paragraphs right before and right after the line of
    amount ``i`` (`_next_paragraph`: blank lines between, no other line), at most
    `CUMULATIVE_REACH` on each side, nearest first."""
    def next_paragraph(j: int) -> bool | None:
        first, last = sorted((amounts[i].money, amounts[j].money), key=lambda money: money.start)
        if text.find("\n", first.end, last.start) == -1:
            return False  # its own line: passed over
        return True if _next_paragraph(text, first.end, last.start) else None

    return _walked_out(amounts, i, next_paragraph)


def _walked_out(amounts: list[Amount], i: int, verdict) -> list[int]:
    """The indices of the amounts ``verdict`` takes (True) on a walk out from amount ``i`` on
    each side, at most `CUMULATIVE_REACH` far, that stops where it answers None (False: passed
    over); nearest first."""
    near = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(amounts) and abs(j - i) <= CUMULATIVE_REACH:
            taken = verdict(j)
            if taken is None:
                break
            if taken:
                near.append(j)
            j += step
    return sorted(near, key=lambda j: abs(j - i))


def _programme_money(amount: Amount) -> bool:
    """Whether an amount is no money the beneficiaries brought (attracted or counterpart)."""
    return amount.funding != COUNTERPART and not _attracted(amount.label)


def _lists(text: str, end: int, breakdown: regex.Match, start: int) -> bool:
    """Whether the "trong đó" of ``breakdown`` lists the parts of the amount ending at
    ``end``, the amount at ``start`` among them: nothing but the rest of the amount's
    sentence stands before it, and the amount at ``start`` is in the sentence it opens, or
    on the lines after it when it ends its line ("Trong đó:")."""
    if not REST_OF_SENTENCE.fullmatch(text, end, breakdown.start()):
        return False
    line_end = text.find("\n", breakdown.end(), start)
    if line_end != -1 and not text[breakdown.end():line_end].strip(" :"):
        return True
    return sentence_bounds(text, start)[0] <= breakdown.start()


def _next_list_line(text: str, end: int, start: int) -> bool:
    """Whether the line holding offset ``start`` is the one after the line holding ``end``,
    and that line ends with a semicolon (an item of a list that goes on), the line after it no sibling item, in sentence
    case, of a line holding its own "trong đó" ("- Ngân sách địa phương: ..., trong đó ngân sách tỉnh ..., ngân sách cấp
    huyện ...;" / "- Vốn đối ứng ...": the next item of the list above, no part the "trong đó" lists; "- hỗ trợ máy móc
    ..." in lower case goes on with them, unless it names a source its line names not, "- kinh phí khuyến công quốc
    gia ..." after "- Ngân sách địa phương ..., trong đó ...;" ("- ngân sách cấp huyện ..." goes on), or a level of the
    budget other than its total's (`_other_level`))."""
    brk = text.find("\n", end, start)
    if brk == -1 or text.find("\n", brk + 1, start) != -1 or not text[end:brk].rstrip().endswith(";"):
        return False
    line_start = text.rfind("\n", 0, end) + 1
    line, after = text[line_start:brk], text[brk + 1:start]
    kind, breakdown = _mark_kind(line), BREAKDOWN.search(line)
    return (kind is None or not breakdown or kind != _mark_kind(after)
            or not (after.lstrip(" \t-+•*–—")[:1].isupper()
                    or not _cue_sources(text, brk + 1, start) <= _cue_sources(text, line_start, brk)
                    or _other_level(line[:breakdown.start()], after)))


# A level of the state budget: "Ngân sách tỉnh", "ngân sách cấp huyện".
_BUDGET_LEVEL = regex.compile(r"(?<!\p{L})ngân[ \t]+sách[ \t]+(?:cấp[ \t]+)?(?P<level>tỉnh|huyện|xã)(?!\p{L})", regex.I)


def _other_level(total_words: str, item: str) -> bool:
    """Whether a list's total names a level of the budget (`_BUDGET_LEVEL`) and the item another: "- Ngân sách tỉnh
    3.000 triệu đồng, trong đó ...;" / "- ngân sách huyện 800 triệu đồng" is the district's, no part of the province's."""
    own, other = _BUDGET_LEVEL.search(total_words), _BUDGET_LEVEL.search(item)
    return own is not None and other is not None and own["level"].lower() != other["level"].lower()


def _cue_sources(text: str, start: int, end: int) -> set[str]:
    """The funding sources the cues in ``text[start:end]`` name (`FUNDING_CUES`)."""
    return {source_of(cue) for cue in _funding_cues(text, start, end)}


def source_of(cue: regex.Match) -> str:
    """The funding source a `FUNDING_CUES` match names (its group's)."""
    return FUNDING_NAMES[cue.lastindex - 1]


# "kế hoạch" and an opening bracket right before an amount after another of its sentence: the plan that
# result was measured against ("... là 41,7 tỉ đồng, đạt 96,1% so với kế hoạch (43,4 tỉ đồng)"; alone,
# "đã giải ngân 100% kế hoạch (5,2 tỷ đồng)" is what was spent).
PLAN_BRACKET_BEFORE = regex.compile(r"(?<!\p{L})kế[ \t]+hoạch(?:[ \t]+năm(?:[ \t]+\d{4})?)?[ \t]*\([ \t]*\Z", regex.I)
PLAN_BRACKET_REACH = 30
"""Characters before an amount read for `PLAN_BRACKET_BEFORE`."""


MIN_AMOUNT = 1000
"""Amounts of fewer đồng are no spending: a ratio ("cứ 1 đồng vốn hỗ trợ thì hút được 50 đồng
vốn đối ứng") or a price."""

# A rate after an amount: a slash and a unit, not a year nor a count ("thu nhập 7 triệu
# đồng/người/tháng", "hỗ trợ 100 triệu đồng/mô hình", "Mức hỗ trợ tối đa 500 triệu đồng/ 1 làng
# nghề"): no money to spend. "... đồng/năm" is a yearly budget, "70 triệu đồng/2 cơ sở" an
# amount for two.
# The whole an amount is a part of, after a slash, its currency written again: "giải ngân 3.180 triệu đồng/3.400 triệu
# đồng, đạt 93,5% kế hoạch" (as "3.180/3.400 triệu đồng" is 3.180 triệu).
_WHOLE_AMOUNT_AFTER = regex.compile(r"[ \t]*/[ \t]*\d[\d.,]*[ \t]*(?:tỷ|tỉ|triệu|nghìn|ngàn)?[ \t]*đồng(?!\p{L})", regex.I)


def past_whole(text: str, end: int) -> int:
    """Where the whole after the amount ending at ``end`` ends (`_WHOLE_AMOUNT_AFTER`), else ``end``."""
    whole = _WHOLE_AMOUNT_AFTER.match(text, end) if text.startswith("/", end) or text.startswith(" /", end) else None
    return whole.end() if whole else end


_PER_UNIT = regex.compile(r"[ \t]*/[ \t]*(?:(?!năm(?!\p{L}))\p{L}|0?1[ \t]+\p{L})")
# The same rate written before the amount: "định mức mỗi dự án từ 300 - 500 triệu đồng", "mỗi
# doanh nghiệp 24 triệu đồng", "mỗi mô hình được hỗ trợ 300 triệu đồng", "mỗi mô hình hỗ trợ tối đa
# 500 triệu đồng", "mỗi sản phẩm/bộ sản phẩm 5 triệu đồng", "mỗi giải A được thưởng 10 triệu đồng" ("mỗi năm 500
# triệu đồng" is a yearly budget).
_PER_UNIT_BEFORE = regex.compile(
    r"(?<!\p{L})mỗi[ \t]+(?!(?:năm|tháng|quý|kỳ|giai[ \t]+đoạn|đợt)(?!\p{L}))\p{L}+(?:[ \t]+\p{L}+){0,2}"
    r"(?:[ \t]*/[ \t]*\p{L}+(?:[ \t]+\p{L}+){0,3})?(?:[ \t]+(?:được[ \t]+)?(?:nhận[ \t]+)?(?:hỗ[ \t]+trợ|cấp|nhận|giao|thưởng))?[ \t]*(?:là|từ|:|khoảng|tối[ \t]+thiểu"
    r"|tối[ \t]+đa)?[ \t]*$", regex.I)
# The other end of a rate right after one ("tối thiểu 12 triệu đồng và tối đa 35 triệu đồng",
# "từ 12 triệu đồng đến 35 triệu đồng"): a rate too ("24 triệu đồng và 100 triệu đồng cho hội
# chợ" is another amount).
_RATE_PAIR = regex.compile(r"[ \t]*(?:(?:và|,)[ \t]+(?P<bound>tối[ \t]+(?:đa|thiểu)|không[ \t]+quá)?|đến|tới)[ \t]*", regex.I)
_BOUNDS = ("tối đa", "tối thiểu", "không quá")
"""Qualifiers of an amount that make it the other end of a rate after "và" (`_RATE_PAIR`)."""


def _rate_pair(text: str, rate_end: int, money: Money) -> bool:
    """Whether ``money`` is the other end of the rate ending at ``rate_end``: "đến" between
    them, or "và" and a bound ("tối đa"), written before it or as its qualifier."""
    between = _RATE_PAIR.fullmatch(text, rate_end, money.first)
    if between is None:
        return False
    joined_by_and = "và" in between[0].lower() or "," in between[0]
    return not joined_by_and or bool(between["bound"]) or (money.quantity.qualifier or "").lower() in _BOUNDS
PER_UNIT_REACH = 40
"""Characters the per-unit patterns read: before an amount (`_PER_UNIT_BEFORE`), after it (`_EACH_AFTER`,
`_ONE_AFTER`) and from a sentence's start (`_PER_UNIT_SENTENCE`; `regex` looks for a pattern's literal
ahead in all it is given first: unbounded, a match at every amount of a long sentence is quadratic)."""
# The same rate with its unit after the amount in words: "cho mỗi cơ sở", "đối với mỗi mô hình"
# (`_EACH_AFTER`); a ceiling's "cho một cơ sở", "cho 01 đề án", "một gian hàng", "một lần" (`_ONE_AFTER`,
# after an amount that a bound qualifies: "Mức hỗ trợ tối đa không quá 200 triệu đồng cho một cơ sở";
# "hỗ trợ 200 triệu đồng cho một cơ sở" is that one's money).
_TIMES = (rf"(?:năm|tháng|quý|giai[ \t]+đoạn|khi|lúc|(?:kỳ|đợt)(?=[ \t]*(?:[,.;:)\n]|\Z)"
          rf"|[ \t]+(?:{phrase_alternation(BUDGET_TERMS['round_as_time_before'])})(?!\p{{L}})))(?!\p{{L}})")
"""Words of a time after "mỗi": a yearly amount ("mỗi năm", "mỗi kỳ", "mỗi kỳ kế hoạch", "2 tỷ đồng mỗi kỳ để ...",
"mỗi đợt phân bổ": budget_terms.toml ``round_as_time_before``), "Mỗi khi" (whenever); not "lần", an occasion a ceiling
is for ("tối đa 100 triệu đồng một lần"), nor an event's round, "kỳ" or "đợt" before any other word ("cho mỗi kỳ hội
chợ", "cho từng đợt tập huấn", "cho mỗi kỳ phát sóng", "mỗi đợt kiểm tra")."""
_YEARLY = r"(?:năm|tháng|quý|giai[ \t]+đoạn|kỳ[ \t]+kế[ \t]+hoạch)(?!\p{L})"
"""Words of a time after "một" that make an amount a yearly (monthly) one ("tối thiểu 2 tỷ đồng một năm");
"cho một kỳ hội chợ", "cho một đợt tập huấn" are events a ceiling is for."""
_EACH_AFTER = regex.compile(
    rf"[ \t]*(?:(?:cho|đối[ \t]+với|trên)[ \t]+)?(?:mỗi|(?P<every>từng))[ \t]+(?!{_TIMES})\p{{L}}", regex.I)
_ONE_AFTER = regex.compile(
    rf"[ \t]*(?:(?:cho|đối[ \t]+với|trên)[ \t]+)?(?:một|0?1|từng)[ \t]+(?!{_YEARLY})\p{{L}}", regex.I)
# A breakdown announced after "cho từng <unit>" in its sentence: "3,5 tỷ đồng cho từng nội dung, cụ thể như sau:",
# "cho từng đơn vị thực hiện (có phụ lục kèm theo)" (the total, then its parts).
_BREAKDOWN_AFTER = regex.compile(
    r"[^.;\n]{0,150}?(?:(?<![\p{L}])(?<!(?:mức|danh[ \t]+sách|mức[ \t]+hỗ[ \t]+trợ)[ \t])(?:cụ[ \t]+thể|chi[ \t]+tiết)"
    r"(?:[ \t]+như[ \t]+sau)?[ \t]*(?::|$)|(?<!\p{L})như[ \t]+sau|(?<!\p{L})(?:theo|tại|có)[ \t]+(?:phụ[ \t]+lục|biểu)(?!\p{L}))",
    regex.I | regex.M)
BREAKDOWN_REACH = 160
"""Characters after "cho từng" within which `_BREAKDOWN_AFTER` reads."""
# A sentence that opens with "Mỗi <unit>" (not a time's "Mỗi năm", "Mỗi khi"): each of its amounts up to
# its first total or semicolon is for one of them ("Mỗi làng được công nhận danh hiệu ... và kèm theo
# kinh phí hỗ trợ là 6 triệu đồng"; not "Mỗi huyện ... 300 triệu đồng, tổng kinh phí ... là 2,7 tỷ đồng").
_PER_UNIT_SENTENCE = regex.compile(rf"[\s\-–+•*]*mỗi[ \t]+(?!{_TIMES}|lần(?!\p{{L}}))\p{{L}}", regex.I)
_PER_UNIT_SENTENCE_ENDS = regex.compile(
    r";|(?<!%[ \t]?(?:(?:trên|của|so[ \t]+với)[ \t]+)?)(?<!\p{L})tổng[ \t]+"
    r"(?:(?:số|nguồn|mức|giá[ \t]+trị)[ \t]+)?(?:kinh[ \t]+phí|vốn|cộng|(?:số[ \t]+)?tiền|ngân[ \t]+sách|dự[ \t]+toán"
    r"|chi[ \t]+phí(?=[ \t]+(?:thực[ \t]+hiện|của|cho)[ \t]+\d)|(?:giá[ \t]+trị|mức)[ \t]+hỗ[ \t]+trợ"
    r"(?![ \t]+(?:không|tối|tới))|hỗ[ \t]+trợ(?![ \t]+(?:không|tối|tới))(?=[^.;\n]{0,30}?(?:là|:)))(?!\p{L})", regex.I)
"""Where a "Mỗi <unit>" sentence's amounts for each unit end: a semicolon or a total of money ("tổng kinh
phí ...", "tổng số tiền", "tổng ngân sách"; not a rate's "50% (trên) tổng kinh phí", nor a unit's own
"tổng mức hỗ trợ", "tổng thời gian", "tổng chi phí")."""


def _in_per_unit_sentence(text: str, money: Money, start: int) -> bool:
    """Whether ``money``, in the sentence from ``start``, is an amount for each unit of a sentence opening
    "Mỗi <unit>", before its first total or semicolon (`_PER_UNIT_SENTENCE`)."""
    return (_PER_UNIT_SENTENCE.match(text, start, start + PER_UNIT_REACH) is not None
            and ((end := _PER_UNIT_SENTENCE_ENDS.search(text, start, money.end)) is None or end.start() >= money.first))


def _for_each_after(text: str, money: Money) -> bool:
    """Whether the words right after ``money`` give it for one when a bound qualifies it (`_ONE_AFTER`:
    "tối đa 300 triệu đồng cho từng đề án cụ thể"), or for each of a unit (`_EACH_AFTER`: "cho mỗi",
    "cho từng", not before a breakdown it announces, `_BREAKDOWN_AFTER`: "3,5 tỷ đồng cho từng nhiệm vụ,
    cụ thể như sau:"): a rate or a ceiling, no money to spend."""
    bound = (money.quantity.qualifier or "").lower() in _BOUNDS
    if bound and _ONE_AFTER.match(text, money.end, money.end + PER_UNIT_REACH) is not None:
        return True
    each = _EACH_AFTER.match(text, money.end, money.end + PER_UNIT_REACH)
    if each is None:
        return False
    return (each.start("every") < 0 or _BREAKDOWN_AFTER.match(text, each.end(), each.end() + BREAKDOWN_REACH) is None
            or _ALLOTTED_BEFORE.search(text, max(0, money.first - ALLOTTED_REACH), money.first) is None)


# Words of money allotted or a total before an amount "cho từng" splits ("Kinh phí ... là 3,5 tỷ đồng cho từng nội
# dung", "phân bổ 5 tỷ đồng cho từng huyện"), not a rate's ("Mức hỗ trợ 30 triệu đồng cho từng cơ sở, chi tiết tại Phụ
# lục", "Hỗ trợ 20 triệu đồng cho từng lớp ..., cụ thể: ...").
_ALLOTTED_BEFORE = regex.compile(
    r"(?<!\p{L})(?<!mức[ \t])(?:tổng|kinh[ \t]+phí|phân[ \t]+bổ|bố[ \t]+trí|giao|dự[ \t]+toán|ngân[ \t]+sách)(?!\p{L})",
    regex.I)
ALLOTTED_REACH = 80
"""Characters before an amount read for `_ALLOTTED_BEFORE`."""


def own_words(text: str, found: list[Money], k: int, sentence_end: int) -> tuple[int, int]:
    """Where the words of amount ``found[k]`` (every amount of ``text``, in order) may lie: from
    its clause's start or the amount before it, to its clause's or sentence's end or the
    amount after it ("trong đó ... ngân sách tỉnh gần 5,7 tỷ và nguồn ... đối ứng 3,3 tỷ")."""
    money = found[k]
    clause = clause_bounds(text, money.start)
    start = max(clause[0], found[k - 1].end if k else 0)
    end = min(max(clause[1], sentence_end), found[k + 1].start if k + 1 < len(found) else len(text))
    return start, end


LABEL_REACH = 300
"""Characters looked at on each side of an amount for its label and funding source: labels
are short, and the bound keeps a line of thousands of amounts linear."""
LABEL_CUT_REACH = 60
"""Characters from where a long label is cut within which a clause opening after a comma starts
it instead."""
SOURCE_REACH = 600
"""Characters before an amount within which its clause's funding source is read: a long
sentence names it at its opening ("Theo Kế hoạch kinh phí khuyến công quốc gia năm 2017, Trung
tâm ... được giao thực hiện 07 đề án ... (330 characters) ..., với tổng kinh phí hỗ trợ là
1.650 triệu đồng")."""


def label_of(text: str, money: Money, start: int, end: int, rest_end: int | None = None) -> str | None:
    """What the amount is for: the purpose written after it ("7 tỷ đồng dành hỗ trợ các đề
    án ...", or without a cue word after an amount opening its clause: `WORDS_AFTER`), else
    its words before it from ``start`` (its clause, or the amount before it in the clause),
    marker, "trong đó" and "là:" dropped; a total's words before it ("Tổng kinh phí ...
    27,377 tỷ đồng để ...") stay its label, which says it is the total. Words before it that
    say nothing of it (`NO_LABEL`: "Cụ thể, đã hỗ trợ", "Khoảng"; a headline's place before
    its colon, `place_tag`: "Hưng Yên: 42 tỷ đồng ..."), or none at all ("... và 10,8 tỷ đồng
    vốn đối ứng từ các cơ sở ..."), are no label while words
    after it are one: as after an amount opening its clause, and "cho" before a count too
    ("... 1,6 tỷ đồng cho 3 cơ sở công nghiệp nông thôn ..."). Words after it run to
    ``rest_end`` when given (a headline's last amount: "Trên 1 tỷ đồng khôi phục và phát
    triển nghề, làng nghề truyền thống"), over the commas and "và" that end them elsewhere."""
    before = words_before(text, money, start)
    if before and TOTAL.match(before):
        return before
    unsaid = (before is None or NO_LABEL.fullmatch(before) is not None or place_tag(text, money, before)
              or (before.endswith(("dành", "Dành")) and SETTING_ASIDE.search(before) is not None)
              or before.endswith(_ADDED_ON)  # "150 triệu đồng hỗ trợ ... cộng thêm 700 triệu đồng vốn đối ứng"
              or before.endswith((" và", " hoặc"))  # "2 tỷ đồng chưa giải ngân và 3 tỷ đồng đã giải ngân": the one before's
              or DRAWING_IN.search(before) is not None)  # "... đã thu hút 200 tỷ đồng vốn đối ứng từ các cơ sở"
    reach = min(end, money.end + LABEL_REACH)
    if purpose := (ANY_PURPOSE_AFTER if unsaid else PURPOSE_AFTER).match(text, money.end, reach):
        return _words_to(text, purpose, "purpose", rest_end) or None
    if (unsaid or opens_clause(text, money, start)) and (after := WORDS_AFTER.match(text, money.end, reach)):
        return _words_to(text, after, "words", rest_end) or before
    return before


_ADDED_ON = ("cộng thêm", "cộng với", "cùng với")
"""Words joining an amount to the one before it: the words before them are that one's."""


def _words_to(text: str, words: regex.Match, group: str, rest_end: int | None) -> str:
    """The words of ``group`` of a match after an amount, or from their start to ``rest_end``
    when given; single-spaced, without the punctuation around them."""
    end = words.end(group) if rest_end is None else max(rest_end, words.end(group))
    label = single_spaced(text[words.start(group):end]).strip(" ,;:-")
    opened = label.rfind("(")
    if opened > 0 and ")" not in label[opened:]:  # "... máy ép mo cau (tổng giá trị": the next amount's bracket
        label = label[:opened].rstrip(" ,;:-")
    return label


# The words after an amount that opens its clause, up to a comma, semicolon, full stop, "và"
# or "cộng thêm" (another amount added to it): its purpose without a cue word ("...; 950 triệu
# đồng phát triển sản phẩm công nghiệp nông thôn tiêu biểu; khoảng 500 triệu đồng hỗ trợ đào tạo,
# truyền nghề").
WORDS_AFTER = regex.compile(
    r"[ \t]+(?P<words>\p{Ll}(?:(?![,;.]|\s+(?:và|cộng\s+(?:thêm|với))(?!\p{L})).){2,200})", regex.S)


def opens_clause(text: str, money: Money, start: int) -> bool:
    """Whether the amount (its qualifier included) is the first thing after a semicolon or a
    line break between ``start`` and it (the words before it are another clause's), or opens
    the text: "...; 950 triệu đồng phát triển sản phẩm ...", a headline "22,5 tỷ đồng hỗ trợ
    thực hiện hoạt động khuyến công" (not after a colon: "Kinh phí đầu tư xây dựng trụ sở ...:
    8,5 tỷ đồng từ nguồn ..." is labelled before it)."""
    brk = max(text.rfind(mark, max(0, start - 1), money.first) for mark in ";\n")  # the clause may open the line
    return (brk != -1 or start == 0) and not text[brk + 1:money.first].strip()


# A headline's place before its colon: "Hưng Yên: 42 tỷ đồng hỗ trợ phát triển làng nghề ...",
# "Vĩnh Linh: 4,2 tỷ đồng hỗ trợ dự án khuyến công" (a name: capitalised words alone), or a
# paper's code before a dash opening its lede: "TTH - Trên 330 triệu đồng là số tiền ...".
_PLACE_TAG = regex.compile(r"(?:(?:\p{Lu}\p{Ll}*[ \t]+){0,3}\p{Lu}\p{Ll}*[ \t]*:|\p{Lu}{2,5}[ \t]*[-–])[ \t]*")


def place_tag(text: str, money: Money, before: str) -> bool:
    """Whether the words before an amount (``before``) are only the place a line opening with
    it names before a colon (`_PLACE_TAG`), no label: the words after the amount are one."""
    line_start = text.rfind("\n", 0, money.first) + 1
    return text.startswith(before, line_start) and _PLACE_TAG.fullmatch(text, line_start, money.first) is not None


def words_before(text: str, money: Money, start: int) -> str | None:
    """The words before an amount from ``start``, at most `LABEL_REACH` characters (from the
    clause opening within `LABEL_CUT_REACH` of the cut, when cut: not "quốc gia năm 2017, Trung tâm
    ..."); marker,
    what is left of the amount before it, who says it (`SAID`), "là:" and the words before a
    colon in them (two words at least after it) dropped."""
    if money.start - LABEL_REACH > start:  # cut at a clause's start, else at a word's, not inside one
        start = money.start - LABEL_REACH
        comma = text.find(", ", start, min(money.first, start + LABEL_CUT_REACH))
        if comma != -1:
            start = comma + 2
        while start < money.start and not text[start - 1].isspace():
            start += 1
    marker = ITEM_MARKER.match(text, start, money.start)
    start = marker.end() if marker else LABEL_LEAD.match(text, start, money.start).end()
    if (start == 0 or text[start - 1] == "\n") and (code := _PAPER_CODE.match(text, start, money.first)):
        start = code.end()  # "TBV - Sở Công Thương Sóc Trăng đang nỗ lực ...": a paper's code opening the lede
    if any(text.find(word, start, money.first) != -1 for word in SAID_ENDS) and (
            said := SAID.search(text, start, money.first)):
        start = said.end()
    label = text[start:money.first]
    label = single_spaced(label[:LABEL_TAIL.search(label).start()]).strip(" ,;:-/")
    if ": " in label and len((after := label.rsplit(": ", 1)[1]).split()) >= 2:
        label = after  # "Theo báo cáo tại Hội nghị ...: Tổng kế hoạch kinh phí ...": the words after the colon
    # the words after a breakdown's "trong đó" are the part's own ("Đây là kế hoạch ... 2016 – 2020, trong đó, kinh phí
    # từ nguồn ..."), and none is none ("3 tỷ đồng cho khuyến công, trong đó 2 tỷ đồng đã giải ngân": those after it are)
    if (cut := _BREAKDOWN_INSIDE.search(label)) and len(label[cut.end():].split()) != 1 and (
            cut[0][0] == "," or label[cut.end():cut.end() + 3].lower() != "có "):  # ";trong đó có 1 đề án ...": counts
        label = label[cut.end():]
    return _unbracketed(label) or None


# A paper's code before a dash opening a lede: "TBV - ", "TTH - ".
_PAPER_CODE = regex.compile(r"\p{Lu}{2,5}[ \t]*[-–][ \t]+")
# "trong đó" after a comma or a semicolon inside the words before an amount: the words after it are the
# part's ("... cho 04 nội dung bao gồm 14 đề án; trong đó, kinh phí khuyến công địa phương hỗ trợ"), but
# for a breakdown of counts after a semicolon ("...;trong đó có 1 đề án ...").
_BREAKDOWN_INSIDE = regex.compile(r"(?r)[,;][ \t]*trong[ \t]+đó[ \t]*[,:]?[ \t]*", regex.I)


def _unbracketed(label: str) -> str:
    """``label`` without the bracket closing the amount before it (and the words after it
    that `LABEL_LEAD` drops), the one opening its own amount ("), 4 đề án tập huấn khuyến
    công (" for "... (2,7 tỷ đồng), 4 đề án tập huấn khuyến công (380 triệu đồng)"), and the
    one opening a list of amounts ("(vốn ngân sách" for "5.760 triệu đồng (vốn ngân sách
    3.210 triệu đồng, ...)")."""
    if label.startswith(")"):
        label = label[LABEL_LEAD.match(label, 1).end():]
    if label.endswith("(") and ")" not in label.rsplit("(", 1)[1]:
        label = label[:-1].rstrip(" ,;:-")
    if label.startswith("(") and ")" not in label:  # the first of the amounts a bracket lists
        label = label[1:].lstrip()
    return label


def _depth(text: str, line_start: int, label: str | None, sentence_start: int) -> int:
    """`Amount.depth` before "trong đó" is read: that of a total, else of a dash item, or a lettered one under a
    colon (`LETTER_ITEM`), when the amount's line (from ``line_start``) opens with one. A label opening with words
    pointing back to the amount before ("Tổng kinh phí trên ..., trong đó năm 2021 là") is
    no total's, nor is a dash item's total in a later sentence of the item (``sentence_start``: "- Hỗ trợ Cơ sở Minh
    Phát ứng dụng máy sấy. Tổng kinh phí 600 triệu đồng, ...", the item's own whole, no whole of the items after it);
    an item under a dash item of another mark ending with a colon is one deeper (`_sub_item`: "+ Khuyến công 150 triệu
    đồng;" under "- ... Tổng cộng 600 triệu đồng, gồm:")."""
    dash = DASH_ITEM.match(text, line_start)
    if label and TOTAL.match(label) and not MONEY_POINTED_BACK.match(label) and not (
            dash and text[dash.end():sentence_start].strip()):
        return 0
    if dash:
        return 3 if _sub_item(text, line_start) else 2
    return 2 if LETTER_ITEM.match(text, line_start) and colon_lead_in(text, line_start) is not None else 1


SUB_ITEM_REACH = 100
"""Lines of one mark walked back over to the item of another mark they are the sub-items of."""


def _sub_item(text: str, line_start: int) -> bool:
    """Whether the item at ``line_start`` is one of a run of items of its mark (`SUB_ITEM_REACH` lines at most) right
    under a dash item of another mark, or a lettered item under a colon (`LETTER_ITEM`, `colon_lead_in`), whose line
    ends with a colon ("- ... gồm:" over "+ ...", "a) Dừng thực hiện 02 đề án, kinh phí 520 triệu đồng:" over "- ..."),
    or, for a lettered item, holds an amount (`_OWN_AMOUNT`: "a) ...: 10 đề án, kinh phí 2.000 triệu đồng." over "- ...:
    200 triệu đồng;")."""
    mark, end = text[line_start], line_start - 1
    for _ in range(SUB_ITEM_REACH):
        if end <= 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        item = DASH_ITEM.match(text, start)
        if item is None or text[start] != mark:
            lettered = item is None and LETTER_ITEM.match(text, start) and colon_lead_in(text, start) is not None
            if item is None and not lettered:
                return False
            line = text[start:end].rstrip()
            return line.endswith(":") or bool(lettered and _OWN_AMOUNT.search(line))
        end = start - 1
    return False


# An amount of money in a lettered item's line: "a) Hỗ trợ ứng dụng máy móc thiết bị tiên tiến: 10 đề án, kinh phí 2.000
# triệu đồng." holds the whole of the dash items under it, its line ending with a colon or not.
_OWN_AMOUNT = regex.compile(r"\d[ \t]*(?:tỷ|tỉ|triệu|nghìn|ngàn)?[ \t]*đồng(?!\p{L})", regex.I)


def funding_source(text: str, money: Money, start: int, end: int) -> str | None:
    """The source the amount's own words name (from ``start``, the clause or the amount before
    it, to ``end``, the amount after it or its sentence's end), or None: the last one before
    it ("khuyến công quốc gia (KCQG) 1,45 tỷ đồng"), else the first one in the words right
    after it, up to the next comma, semicolon or "và" ("8,5 tỷ đồng từ nguồn kinh phí
    khuyến công quốc gia"). A total that its parts follow ("7,648 tỷ đồng, trong đó ...",
    "290 triệu đồng. Trong đó, ...") takes none of theirs, and none at all when they are
    split by source, but its own named source when its parts are all of it (and add up to it past "với", "tổng" or "gồm"
    between the source and it) ("Ngân sách địa phương: 8.600
    triệu đồng, trong đó ngân sách tỉnh ..., ngân sách cấp huyện ...")."""
    after_end = min(end, money.end + LABEL_REACH)
    breakdown = BREAKDOWN_AFTER.match(text, money.end, after_end)
    if breakdown is None and (opened := NEXT_BREAKDOWN.match(text, money.end)):
        breakdown, after_end = opened, _items_end(text, opened.end(), min(len(text), money.end + LABEL_REACH))
    if breakdown and _funding_cues(text, money.end, after_end):
        clause = max(text.rfind(mark, 0, money.start) for mark in ("\n", ",", ";", ". ")) + 1
        own = _funding_cues(text, max(clause, money.start - SOURCE_REACH), money.start)  # its own clause's
        split_end = max(after_end, sentence_bounds(text, money.end)[1])  # all the parts the sentence names
        sources = {_one_source(text, cue, split_end) for cue in _funding_cues(text, money.end, split_end)}
        if own and sources == {_one_source(text, own[-1], money.start)} - {None} and (
                not _OWN_SOURCE_APART.search(text, own[-1].end(), money.start) or _parts_add_up(text, money, split_end)):
            return sources.pop()  # split within its own source: "Ngân sách địa phương: 8.600 triệu đồng, trong đó
            # ngân sách tỉnh 7.500 triệu đồng, ngân sách cấp huyện 1.100 triệu đồng"
        return None  # a total split by source: "9 tỷ đồng, trong đó nguồn vốn ngân sách tỉnh ..."
    if _LISTED_AFTER_ANOTHER.search(text, max(start, money.first - LISTED_AFTER_REACH), money.first):
        own_end = AFTER_PART.match(text, money.end, after_end).end()
        if after := _funding_cues(text, money.end, own_end):
            return _one_source(text, after[0], after_end)  # "2 tỷ đồng kinh phí ... quốc gia và 3 tỷ đồng kinh
            # phí ... địa phương"
        if OWN_WORDS_AFTER.match(text, money.end, own_end):
            return None  # "..., cộng thêm 100 triệu đồng vốn vay ưu đãi của Ngân hàng ...": money of its own, no cue's
    if cues := _funding_cues(text, max(start, money.start - SOURCE_REACH), money.start):
        if len(cues) > 1 and _two_sources(text, cues[-2], cues[-1]):
            return None  # "khuyến công quốc gia (KCQG), khuyến công địa phương với tổng kinh phí ..."
        if (ADDED.search(text, max(start, cues[-1].start() - ADDED_REACH), cues[-1].start())
                and not IN_BRACKETS_AFTER_CUE.fullmatch(text, cues[-1].end(), money.start)
                and not _AMOUNT_OF_CUE.fullmatch(text, cues[-1].end(), money.start)):
            return None  # "Cùng với các đề án khuyến công địa phương ... thì ... 1,680 tỷ đồng": more than one
        if SEVERAL.search(text, max(start, cues[0].start() - ADDED_REACH), cues[0].start()):
            return None  # "nhiều nguồn vốn như quỹ khuyến công, chương trình giống, ...": a list of sources
        if _own_money(cues[-1]):
            return own_money_source(text, cues, money, after_end)
        if len(cues) > 1 and _matching_money(text, cues[-2], cues[-1]):
            if len(cues) > 2 and _two_sources(text, cues[-3], cues[-2]):
                return None  # "kinh phí khuyến công quốc gia và ngân sách tỉnh đối ứng là ...": both
            return _one_source(text, cues[-2], cues[-1].start())
        return _one_source(text, cues[-1], money.start)
    if breakdown or _REMARK_BRACKET.match(text, money.end, after_end):
        return None  # (a beneficiary's remark: "260 triệu đồng (cơ sở đã được hỗ trợ từ nguồn khác)")
    tail = words_bracket.end() if (words_bracket := _IN_WORDS.match(text, money.end, after_end)) else money.end
    part_end = AFTER_PART.match(text, tail, after_end).end()
    cues = _funding_cues(text, tail, part_end)
    if not cues and (bracketed := _BRACKETED_SOURCE.match(text, part_end, after_end)):
        cues = _funding_cues(text, part_end, bracketed.end())  # "(350 triệu đồng; nguồn khuyến công địa phương)"
    if not cues and (drawn := _DRAWN_FROM_AFTER.match(text, part_end, after_end)):
        drawn_end = AFTER_PART.match(text, drawn.end(), after_end).end()
        if not _AMOUNT_IN_CLAUSE.match(text, drawn.end()):  # (not a breakdown by source: ", từ ngân sách tỉnh 1.000
            cues = _funding_cues(text, drawn.end(), drawn_end)  # triệu đồng và vốn đối ứng 500 triệu đồng")
    if not cues:
        return None
    joined_end = min(after_end, cues[0].end() + JOINED_REACH)
    if (semicolon := text.find(";", cues[0].end(), joined_end)) != -1:
        joined_end = semicolon  # (the next clause's is its own: "14,2 tỷ đồng vốn đối ứng; nguồn xã hội hóa đạt ...")
    joined = _funding_cues(text, cues[0].end(), joined_end)
    if joined and _two_sources(text, cues[0], joined[0]):
        return None  # "500 triệu đồng từ nguồn khuyến công quốc gia và vốn đối ứng của cơ sở": both
    return _one_source(text, cues[0], after_end)


# A bracket right after an amount opening with a beneficiary as the subject of a remark of its own, no source of the
# amount's: "260 triệu đồng (cơ sở đã được hỗ trợ từ nguồn khác)", "(doanh nghiệp xin dừng do ...)".
_REMARK_BRACKET = regex.compile(
    rf"[ \t]*\([ \t]*(?:{_BENEFICIARY})[ \t]+(?:đã|xin|không|chưa|bị|tự)(?!\p{{L}})", regex.I)
# An amount's source after a semicolon inside the bracket holding both: "(kinh phí hỗ trợ 350 triệu đồng; nguồn khuyến
# công địa phương)".
_BRACKETED_SOURCE = regex.compile(r";[ \t]*(?:từ[ \t]+)?nguồn[ \t][^;()\n]{3,60}(?=[;)])", regex.I)
# A clause right after an amount's comma saying what it was drawn from: "92 triệu đồng, trích từ ngân sách huyện", ",
# được lấy từ nguồn ...", ", từ nguồn ...".
# A figure in the rest of a clause: ", từ nguồn khuyến công quốc gia 2.000 triệu đồng, ..." splits a whole by source.
_AMOUNT_IN_CLAUSE = regex.compile(r"[^,;\n]*?\d")
_DRAWN_FROM_AFTER = regex.compile(
    r",[ \t]*(?:(?:được[ \t]+)?(?:trích|lấy|chi|cấp|bố[ \t]+trí)[ \t]+)?từ(?=[ \t]+(?:nguồn|ngân[ \t]+sách|kinh[ \t]+phí|quỹ|vốn))",
    regex.I)


def _parts_add_up(text: str, money: Money, end: int) -> bool:
    """Whether the amounts after ``money`` up to ``end`` add up to it (within 5 % when one of them is written as
    approximate, "hơn 96 tỷ đồng"; a project's whole holding the firm's money does not: "đề án khuyến công quốc gia với
    tổng vốn 4.000 triệu đồng, trong đó kinh phí khuyến công quốc gia hỗ trợ 1.200 triệu đồng")."""
    parts = [part for part in find_money(text, money.end, end) if part.currency == "VND"]
    parts += [part for part in declared_money(text) if money.end <= part.start and part.end <= end]
    if not parts:
        return False
    total = sum(part.amount for part in parts)
    if any(m.quantity.qualifier for m in (money, *parts)):
        return abs(total - money.amount) <= money.amount * APPROXIMATE
    return abs(total - money.amount) <= sum(rounding(m) for m in (money, *parts))


# Words between a total's own source and it that may make it a project's whole holding the firm's money ("đề án khuyến
# công quốc gia với tổng vốn 4.000 triệu đồng, ..."): then its parts must add up to it (`_parts_add_up`).
_OWN_SOURCE_APART = regex.compile(r"(?<!\p{L})(?:với|tổng|gồm)(?!\p{L})", regex.I)


def _items_end(text: str, pos: int, limit: int) -> int:
    """Where the list of marked items that the line holding ``pos`` opens with its colon ends ("Trong đó:" / "- ...: 2,3
    tỷ đồng;" / "- ..."), within ``limit``: a line after it is no part of the breakdown ("Đồng thời đăng ký ... 4 đề án
    khuyến công quốc gia" names no source of its parts); ``limit`` when the line opens no such list."""
    end = text.find("\n", pos, limit)
    if end == -1 or text[pos:end].strip(" \t") != ":" or not ITEM_MARK.match(text, end + 1):
        return limit
    items_end = _item_run_end(text, end + 1, limit)
    return limit if items_end == -1 else items_end


def _item_run_end(text: str, start: int, limit: int) -> int:
    """The end of the line at ``start`` and, while that line and the next are marked items (`ITEM_MARK`), of the last
    of them, read within ``limit``; -1 when a line runs past it."""
    end = text.find("\n", start, limit)
    while end != -1 and ITEM_MARK.match(text, start) and ITEM_MARK.match(text, end + 1):
        start, end = end + 1, text.find("\n", end + 1, limit)
    return end


# The amount written again in words, in brackets right after it: "1.290 triệu đồng (Một tỷ, hai trăm chín mươi triệu
# đồng) từ nguồn kinh phí khuyến công địa phương" (its source is read after the bracket).
_IN_WORDS = regex.compile(r"[ \t]*\((?:bằng[ \t]+chữ[ \t]*:?[ \t]*)?[^()\d\n]{3,160}?đồng[^()\d\n]{0,10}\)", regex.I)


# An amount listed after another one, its own words after it: the cues before it are the one before's.
_LISTED_AFTER_ANOTHER = regex.compile(r"(?:,|(?<!\p{L})(?:và|cùng[ \t]+với|cộng[ \t]+(?:thêm|với)))[ \t]+\Z")
"""A comma, "và" or a word adding it on right before an amount: one listed after another ("..., cùng với gần 700 triệu
đồng vốn của hợp tác xã"), its own words after it naming its source first."""
LISTED_AFTER_REACH = 16
"""Characters before an amount read for `_LISTED_AFTER_ANOTHER`."""


def _own_money(cue: regex.Match) -> bool:
    """Whether a funding cue is a verb of the beneficiaries putting in money (`OWN_MONEY_VERBS`)."""
    return " ".join(cue[0].split()).casefold() in OWN_MONEY_VERBS


# "thu hút" right before an amount ("được", "thêm" and a bound between them at most): money the support drew in
# from the beneficiaries, counterpart money ("triển khai 14 mô hình trình diễn ..., thu hút hơn 18 tỷ
# đồng vốn đầu tư"); the verb elsewhere in an amount's words says nothing of it ("Với 38,5 tỷ đồng
# ngân sách ... đã thu hút 200 tỷ đồng ...", "thu hút sự tham gia của 200 cơ sở với kinh phí 3 tỷ đồng").
DRAWN_IN_RIGHT_BEFORE = regex.compile(
    r"(?<!\p{L})thu[ \t]+hút(?:[ \t]+(?:được|thêm)){0,2}[ \t]+(?:(?:lên[ \t]+)?(?:tới|đến)[ \t]+)?\Z", regex.I)
DRAWN_IN_REACH = 24
"""Characters before an amount read for `DRAWN_IN_RIGHT_BEFORE` ("thu hút được thêm lên tới ")."""
# ... when capital or the beneficiaries follow the amount ("vốn đầu tư", "đầu tư của các cơ sở", "của các
# doanh nghiệp"), not the state's or another programme's money ("thu hút 3 tỷ đồng kinh phí hỗ trợ của Trung
# ương", "... từ các chương trình, dự án khác").
CAPITAL_AFTER = regex.compile(
    r"[ \t]+(?:(?:nguồn[ \t]+)?vốn(?!\p{L})(?![ \t]+(?:ngân[ \t]+sách|nhà[ \t]+nước|trung[ \t]+ương|của[ \t]+trung[ \t]+ương))"
    r"|đầu[ \t]+tư(?!\p{L})|(?:của|từ)[ \t]+(?:các[ \t]+)?(?:cơ[ \t]+sở|doanh[ \t]+nghiệp|hộ|HTX|hợp[ \t]+tác[ \t]+xã|đơn[ \t]+vị"
    r"|tổ[ \t]+chức|người[ \t]+dân))", regex.I)


def drawn_in_right_before(text: str, money: Money) -> str | None:
    """`COUNTERPART` when "thu hút" is right before ``money`` (`DRAWN_IN_RIGHT_BEFORE`) and capital
    after it (`CAPITAL_AFTER`), else None."""
    if (DRAWN_IN_RIGHT_BEFORE.search(text, max(0, money.first - DRAWN_IN_REACH), money.first)
            and CAPITAL_AFTER.match(text, money.end, money.end + 40)):
        return COUNTERPART
    return None


# What stands between a source's cue and the verb it is the subject of: "ngân sách tỉnh (đã) đầu
# tư thêm".
SUBJECT_GAP = regex.compile(r"[ \t]+(?:(?:đã|đang|sẽ|vừa|cũng)[ \t]+)*", regex.I)


def _matching_money(text: str, subject: regex.Match, cue: regex.Match) -> bool:
    """Whether ``cue``, one of `COUNTERPART`'s ("đối ứng"), only says that the money of the
    source whose cue is right before it (``subject``) matches other money: "ngân sách tỉnh đối
    ứng 2 tỷ đồng", "kinh phí khuyến công địa phương đối ứng" beside the national money are the
    province's, not the beneficiaries' ("kinh phí doanh nghiệp đối ứng" names no other source)."""
    return (source_of(cue) == COUNTERPART != source_of(subject)
            and SUBJECT_GAP.fullmatch(text, subject.end(), cue.start()) is not None)


def own_money_source(text: str, cues: list[regex.Match], money: Money, after_end: int) -> str | None:
    """The source of an amount that the verb of ``cues[-1]`` (`_own_money`, the last cue before
    it) says the beneficiaries put in: the source whose cue right before the verb is its
    subject ("ngân sách tỉnh đầu tư thêm 1 tỷ đồng"), else the one named first in the words right
    after the amount ("thu hút được 3 tỷ đồng từ nguồn khuyến công quốc gia"), else `COUNTERPART`
    ("doanh nghiệp bỏ thêm hơn 7 tỷ đồng để mua sắm ..."); none after a word of support ("được hỗ trợ đầu tư thêm dây
    chuyền ... với kinh phí 300 triệu đồng": the support's money)."""
    verb = cues[-1]
    if _SUPPORT_BEFORE.search(text, max(0, verb.start() - 12), verb.start()):
        return None
    if len(cues) > 1 and not _own_money(cues[-2]) and SUBJECT_GAP.fullmatch(text, cues[-2].end(), verb.start()):
        return _one_source(text, cues[-2], verb.start())
    after = _funding_cues(text, money.end, AFTER_PART.match(text, money.end, after_end).end())
    if after and not _own_money(after[0]):
        return _one_source(text, after[0], after_end)
    return COUNTERPART


# A word of support right before a verb of putting money in: what is supported, not the beneficiaries' own money.
_SUPPORT_BEFORE = regex.compile(r"(?<!\p{L})hỗ[ \t]+trợ[ \t]+\Z", regex.I)


# "Cùng với" ("together with") a few words before a source's cue: the amount adds that
# source's money to other money ("Cùng với các đề án khuyến công địa phương được phê duyệt thì
# năm 2021 kinh phí khuyến công dự kiến tổ chức thực hiện là 1,680 tỷ đồng").
ADDED = regex.compile(r"(?<!\p{L})cùng[ \t]+với(?:[ \t]+\S+){0,4}[ \t]+\Z", regex.I)
ADDED_REACH = 40
"""Characters before a cue within which `ADDED` and `SEVERAL` are looked for."""
# An amount in brackets right after a source's cue, a few words of its own before it: that source's
# money, whatever comes before ("Cùng với nguồn kinh phí khuyến công quốc gia (khoảng 1 - 3 tỷ đồng/năm)").
IN_BRACKETS_AFTER_CUE = regex.compile(r"[ \t]*\([^()\d\n]{0,20}")
# ... or right after it, three words in lower case at most between: the amount added on is that source's ("..., cùng
# với nguồn xã hội hóa 1.500 triệu đồng", "cùng với vốn đối ứng của cơ sở 600 triệu đồng", "cùng với vốn đối ứng tổng
# số 3,6 tỷ đồng", past its owners, "cùng với vốn đối ứng của các cơ sở tổng cộng 4.200 triệu đồng"; not a sum after
# "thì": "Cùng với khuyến công quốc gia thì tổng 1,68 tỷ đồng").
_AMOUNT_OF_CUE = regex.compile(
    rf"(?:[ \t]+của(?:[ \t]+(?:các|những))?[ \t]+(?:{_BENEFICIARY})(?!\p{{L}}))?"
    r"(?:[ \t]+(?!thì(?!\p{L}))\p{Ll}+){0,3}[ \t]*:?[ \t]*")
# "nhiều nguồn vốn như" a few words before the first cue: a list of several sources follows
# (budget_terms.toml ``several_sources``).
SEVERAL = regex.compile(
    rf"(?<!\p{{L}})(?:{phrase_alternation(BUDGET_TERMS['several_sources'])})(?:[ \t]+\p{{L}}+){{0,2}}?[ \t]+như[ \t]+"
    r"(?:[^,;.\n]+,[ \t]*)?\Z", regex.I)


def _one_source(text: str, cue: regex.Match, end: int) -> str | None:
    """The source ``cue`` names (its one group that matched: group i + 1 is source i), or None
    when another source is joined to it ("ngân sách trung ương và địa phương": two)."""
    source = source_of(cue)
    joined = JOINED_SOURCE.match(text, cue.end(), end)
    if joined and JOINED_NAMES[joined.lastindex - 1] != source:
        return None
    return source


# What joins two cues naming the sources of one amount: a comma or "và", after the first
# one's bracketed abbreviation ("khuyến công quốc gia (KCQG), khuyến công địa phương"; the
# abbreviation, a cue itself, then ends at its bracket), and a count of what the second
# funds ("2 đề án KC quốc gia và 28 đề án KC địa phương ... với tổng kinh phí ..."); a semicolon
# too, after a word of the first one's kind ("12 Đề án khuyến công quốc gia điểm; 14 Đề án khuyến
# công địa phương, với tổng kinh phí hỗ trợ hơn 5 tỷ đồng"); the owners of the first's money between ("Vốn đối ứng
# của các cơ sở và xã hội hóa: 5,5 tỷ đồng").
CUES_JOINED = regex.compile(
    r"[ \t]*(?:\([^()\n]{1,20}\)|\))?(?:[ \t]+\p{Ll}+(?=;))?"
    r"(?:[ \t]+của[ \t]+(?:các[ \t]+)?(?:cơ[ \t]+sở|doanh[ \t]+nghiệp|đơn[ \t]+vị|hộ|HTX|hợp[ \t]+tác[ \t]+xã))?"
    r"[ \t]*(?:,|;|và)[ \t]+"
    r"(?:\d[\d.]*[ \t]+(?:\p{L}+[ \t]+){1,3}?|(?:nguồn|kinh[ \t]+phí)[ \t]+)?", regex.I)


def _two_sources(text: str, first: regex.Match, second: regex.Match) -> bool:
    """Whether two cues, one right after the other, name two sources of the same money."""
    return (first.lastindex != second.lastindex
            and CUES_JOINED.fullmatch(text, first.end(), second.start()) is not None)


def _funding_cues(text: str, start: int, end: int) -> list[regex.Match]:
    """The `FUNDING_CUES` matches in ``text[start:end]``, looked for only when the window holds
    a cue's first word (a quick test before the pattern)."""
    window = text[start:end].casefold()
    if not any(head in window for head in FUNDING_HEADS):
        return []
    return list(FUNDING_CUES.finditer(text, start, end))


def _check_words(ctx: Context, money: Money, sentence: tuple[int, int]) -> None:
    """Warn when the amount repeated in words ("Bằng chữ: ...") says another amount, and when a dot
    before "tỷ" may be a decimal comma (`_THOUSANDS_OF_TY`; a round one too, adding up with such in its
    ``sentence``: "... 4.899 tỷ đồng, kinh phí khuyến công hỗ trợ 1.759 tỷ đồng, kinh phí đối ứng 3.140 tỷ
    đồng", `_adds_up_with_unround`)."""
    repeated = words_after(ctx.text, money.end)
    if repeated is not None and Decimal(repeated[0]) != money.amount:
        ctx.warn("amount_words_mismatch",
                 f"'{money.raw}' is {int(money.amount):,} đồng but the words say {repeated[0]:,}",
                 money.start, repeated[2])
    if money.scale == 10**9 and (_THOUSANDS_OF_TY.match(money.raw) or _ROUND_THOUSANDS_OF_TY.match(money.raw)
                                 and _adds_up_with_unround(ctx.text, money, sentence)):
        ctx.warn("ambiguous_number",
                 f"'{money.raw}' read as {int(money.amount):,} đồng (its dot groups thousands): more than a thousand tỷ;"
                 " if the dot was written for a decimal comma it is a thousand times less", money.start, money.end)


# A figure of one to three digits, a dot and three digits not closing in "0", before "tỷ" ("4.899 tỷ
# đồng"): 4 899 tỷ as the dot groups thousands, but a page may write a dot for a decimal comma (4,899 tỷ),
# a thousand times less; a round figure is what thousands of tỷ are written as ("8.500 tỷ đồng", "1.250
# tỷ đồng", a national programme's).
_THOUSANDS_OF_TY = regex.compile(r"(?<![\d.,])\d{1,3}\.(?!\d\d0)\d{3}[ \t]*(?:tỷ|tỉ)(?!\p{L})", regex.I)
_ROUND_THOUSANDS_OF_TY = regex.compile(r"\d{1,3}\.\d\d0[ \t]*(?:tỷ|tỉ)(?!\p{L})", regex.I)
_ANY_THOUSANDS_OF_TY = regex.compile(r"(?<![\d.,])\d{1,3}\.\d{3}[ \t]*(?:tỷ|tỉ)(?!\p{L})", regex.I)
_SUM_FIGURES_MAX = 8
"""A sentence with more figures of thousands of tỷ than this is not searched for a sum: any round one there is flagged."""


def _adds_up_with_unround(text: str, money: Money, sentence: tuple[int, int]) -> bool:
    """Whether the round thousands of tỷ ``money`` adds up with figures of ``sentence`` written as `_THOUSANDS_OF_TY`
    (a total and its parts, whichever it is: "4.899 tỷ đồng, ... 1.759 tỷ đồng, ... 3.140 tỷ đồng"), so that it is
    read with them; a round total beside an unrelated unround figure ("giá trị sản xuất 3.456 tỷ đồng") is not."""
    figures = [(m.start() == money.start, bool(_THOUSANDS_OF_TY.match(m.group())), int(regex.sub(r"\D", "", m.group())))
               for m in _ANY_THOUSANDS_OF_TY.finditer(text, *sentence)]
    if not any(unround for _, unround, _ in figures):
        return False
    if len(figures) > _SUM_FIGURES_MAX:
        return True
    for size in range(3, len(figures) + 1):
        for group in combinations(figures, size):
            values = sorted(value for _, _, value in group)
            if (any(own for own, _, _ in group) and any(unround for _, unround, _ in group)
                    and values[-1] == sum(values[:-1])):
                return True
    return False


def parts_of(ctx: Context, amounts: list[Amount]) -> list[int | None]:
    """For each amount, the index of the amount it is a part of, or None: the nearest one
    before it of a smaller depth in the same top-level section (a total above its items, an
    item above its dash items, an amount above the parts "trong đó" lists after it), unless it
    is smaller than the part (`_larger`) or, not listed, of the other programme (`_other_programme`); else another source's amount completing a split
    (`completing_parts`), a "Riêng ..." amount (`singled_out_parts`), the amounts a remainder
    closes or a sentence draws from the amount before (`remainder_parts`), the amount a sentence
    adds other money to (`added_to_parts`); else an amount whose
    details "cụ thể" opens, when the amounts after it add up to it (`detailed_parts`, with the
    details of such a detail). A news headline's amount is the whole of nothing in the article
    (one there repeats it: `restatements`); a change over an earlier time is a part of the
    amount it is a change of (`Amount.change_of`), and closes no item nor opens one."""
    headline_end = article_headline_end(ctx)
    parents: list[int | None] = []
    open_amounts: list[int] = []  # of increasing depth, each the nearest of its depth so far
    held: dict[int, Decimal] = defaultdict(Decimal)  # what the parts of an amount add up to so far
    for amount in amounts:
        if amount.change_of is not None:  # a detail of the amount it is a change of, neither item nor whole
            parents.append(amount.change_of)
            continue
        beside = _beside(amount, amounts[open_amounts[-1]]) if open_amounts else False
        while open_amounts and not beside and (amounts[open_amounts[-1]].depth >= amount.depth
                                               or not _within_section(ctx, amounts[open_amounts[-1]].money, amount.money)):
            open_amounts.pop()
        if open_amounts and _beyond(ctx.text, amounts[open_amounts[-1]], amount, held[open_amounts[-1]]):
            open_amounts.clear()
        over = len(open_amounts) - 1
        while over >= 0 and not amount.listed and not _drawn(amount) and _apart(ctx.text, amounts[open_amounts[over]]):
            over -= 1  # a programme's items under its total, not under the beneficiaries' money named beside it, nor
            # under a project's whole in brackets ("... 180 triệu đồng (tổng vốn đầu tư của cơ sở 720 triệu đồng)")
        whole = open_amounts[over] if over >= 0 and not beside and not _larger(amount, amounts[open_amounts[over]]) \
            else None
        if whole is not None and not amount.listed and _other_programme(amounts[whole], amount):
            whole = None
        parents.append(whole)
        if whole is not None:
            held[whole] += amount.money.amount
        if headline_end is None or amount.money.end > headline_end:
            open_amounts.append(len(parents) - 1)
    completing_parts(ctx.text, amounts, parents)
    sourced_split_parts(ctx.text, amounts, parents)
    singled_out_parts(ctx, amounts, parents)
    remainder_parts(ctx, amounts, parents)
    added_to_parts(ctx, amounts, parents)
    closing_total_parts(ctx.text, amounts, parents)
    listed_total_parts(ctx, amounts, parents)
    wholes = set(parents)
    for index in range(len(amounts)):
        if index not in wholes:
            home, details, nested = detailed_parts(ctx.text, amounts, parents, index)
            for part in details:
                parents[part] = home
            for part, detail in nested.items():
                parents[part] = detail
    resummed_parts(amounts, parents)
    return parents


# Words of the beneficiaries' own money or a loan in a part's label: "vay vốn ngân hàng", "vốn tự có", "vốn của doanh
# nghiệp"; not support ("hỗ trợ vốn ...", "hỗ trợ lãi suất vốn vay", "nguồn vốn khuyến công").
_OWN_WORDS = regex.compile(
    r"(?<!\p{L})(?:vay[ \t]+vốn|(?<!lãi[ \t]+suất[ \t]+)vốn[ \t]+vay|tự[ \t]+có|đối[ \t]+ứng"
    r"|vốn[ \t]+(?:của|ngân[ \t]+hàng|tín[ \t]+dụng|huy[ \t]+động|góp))(?!\p{L})", regex.I)


def resummed_parts(amounts: list[Amount], parents: list[int | None]) -> None:
    """Point the parts of an amount, two or more listed in a sentence after its own, that do not add up to it but add
    up exactly to the one amount before it that is a part of the same whole, at that one: "tổng kinh phí ... 5 tỷ đồng,
    trong đó kinh phí khuyến công địa phương hỗ trợ 2 tỷ đồng, vốn đối ứng của các cơ sở 3 tỷ đồng." / "Trong đó, hỗ
    trợ ứng dụng máy móc thiết bị 1,5 tỷ đồng; hỗ trợ đào tạo nghề 0,5 tỷ đồng." are the 2 tỷ's, not the counterpart
    money's; so are those of the beneficiaries' money beside the programme's amount before it in its sentence, part of
    nothing (`_beside`), that add up exactly to that amount."""
    children: dict[int, list[int]] = defaultdict(list)
    for index, parent in enumerate(parents):
        if parent is not None:
            children[parent].append(index)
    moves: dict[int, int] = {}
    for whole, parts in children.items():
        grand = parents[whole]
        beside = whole > 0 and grand is None and _beside(amounts[whole], amounts[whole - 1])
        if (grand is None and not beside) or len(parts) < 2 or \
                amounts[parts[0]].sentence_start == amounts[whole].sentence_start:
            continue
        total = sum(amounts[k].money.amount for k in parts)
        if total == amounts[whole].money.amount or any(
                amounts[k].funding == COUNTERPART or _OWN_WORDS.search(amounts[k].label or "") for k in parts):
            continue  # (the beneficiaries' money split: "các cơ sở vay vốn ngân hàng 1,5 tỷ đồng; vốn tự có 0,5 tỷ đồng")
        if beside:  # "... tổng kinh phí hỗ trợ 3,2 tỷ đồng, thu hút hơn 9 tỷ đồng vốn đối ứng ... Trong đó, ... quốc gia
            fits = [whole - 1] if amounts[whole - 1].money.amount == total and whole - 1 not in children else []  # 1,4
        elif grand is not None:  # tỷ đồng, ... địa phương 1,8 tỷ đồng": the programme's amount's
            fits = [k for k in children[grand] if k < whole and k not in children and amounts[k].money.amount == total]
        else:
            fits = []
        if len(fits) == 1:
            moves.update(dict.fromkeys(parts, fits[0]))
    for part, whole in moves.items():
        parents[part] = whole


def _larger(part: Amount, whole: Amount) -> bool:
    """Whether ``part`` is larger than ``whole`` beyond the rounding of both: no part of it
    ("... kinh phí khuyến công địa phương là 649 triệu đồng. Trong đó, ... đã có hơn 1,3 tỷ
    đồng ...": the "Trong đó" is of both sources' money together; "Tổng kinh phí ... là 6.497
    triệu đồng, trong đó ... 3.4 tỷ đồng đã thu hút gần 8 tỷ đồng vốn đối ứng")."""
    return part.money.amount > whole.money.amount + rounding(part.money) + rounding(whole.money)


def completing_parts(text: str, amounts: list[Amount], parents: list[int | None]) -> None:
    """Make parts of an amount split by "trong đó" the amounts that complete it in the sentence
    or the paragraph right after its last part: the first of another funding source, and the
    amounts with a source right after it in its sentence, when they make the parts add up to
    it, within the rounding of the figures as written ("... tổng kinh phí 2.925 triệu đồng ...
    Trong đó, nguồn kinh phí khuyến công quốc gia ... 900 triệu đồng ...", then the paragraph
    "Khuyến công địa phương có 20 chương trình đề án với kinh phí hỗ trợ 2.025 triệu đồng";
    "... trong đó kinh phí khuyến công quốc gia hỗ trợ 2,620 tỷ đồng, đơn vị thụ hưởng đóng góp là
    3,422 tỷ đồng. Khuyến công địa phương thực hiện 16 đề án với số tiền hỗ trợ 2,250 tỷ đồng, đơn
    vị thụ hưởng đóng góp 1,978 tỷ đồng.")."""
    held: dict[int, Decimal] = defaultdict(Decimal)
    slack: dict[int, Decimal] = defaultdict(Decimal)
    sources: dict[int, set[str | None]] = defaultdict(set)
    for i, (amount, whole) in enumerate(zip(amounts, parents)):
        last = amounts[i - 1] if i else None
        if whole is None and last is not None and last.listed and (split := parents[i - 1]) is not None:
            if (amount.funding is not None and amount.funding not in sources[split] and not amount.item
                    and _next_sentence_or_paragraph(text, last, amount)):
                for j in _completing_run(amounts, parents, i, amounts[split].money, held[split], slack[split]):
                    parents[j] = split
                whole = parents[i]
        if whole is not None:
            held[whole] += amount.money.amount
            slack[whole] += rounding(amount.money)
            sources[whole].add(amount.funding)


def _next_sentence_or_paragraph(text: str, last: Amount, amount: Amount) -> bool:
    """Whether ``amount``'s sentence is the one right after ``last``'s, or opens the paragraph
    right after it."""
    if _next_paragraph(text, last.money.end, amount.money.start):
        return True
    end = sentence_bounds(text, last.money.start)[1]
    return last.sentence_start < end <= amount.sentence_start and not text[end:amount.sentence_start].strip(" .")


def _completing_run(amounts: list[Amount], parents: list[int | None], first: int, total: Money, held: Decimal,
                    slack: Decimal, *, programme_money: bool = False) -> range:
    """The amounts from ``first`` on in its sentence, each of a source (``programme_money``: or
    the programme's money, `source_key`) and a part of nothing, that, added to ``held`` (within
    ``slack`` and the rounding of the figures), make ``total``: the shortest such run, or none."""
    sentence_start = amounts[first].sentence_start
    for j in range(first, len(amounts)):
        amount = amounts[j]
        source = source_key(amount) if programme_money else amount.funding
        if amount.sentence_start != sentence_start or source is None or parents[j] is not None:
            break
        held += amount.money.amount
        slack += rounding(amount.money)
        if abs(held - total.amount) <= slack + rounding(total):
            return range(first, j + 1)
        if held > total.amount:
            break
    return range(0)


# A total right before its amount: "... tổng kinh phí 435 triệu đồng", "với tổng vốn là ...".
TOTAL_BEFORE = regex.compile(r"(?r)(?<!\p{L})tổng[ \t]+(?:kinh[ \t]+phí|(?:nguồn[ \t]+)?vốn)[^,;.\n]{0,30}\Z", regex.I)


# A label naming the programme's money without its level: "kinh phí khuyến công hỗ trợ", "nguồn khuyến công".
PROGRAMME_MONEY = regex.compile(r"(?<!\p{L})(?:khuyến[ \t]+công|KC)(?!\p{L})", regex.I)


def source_key(amount: Amount) -> str | None:
    """``amount``'s source, or "khuyến công" for the programme's money its label names without a
    level ("kinh phí khuyến công hỗ trợ 1,759 tỷ đồng" beside "kinh phí đối ứng 3,140 tỷ đồng")."""
    if amount.funding is not None:
        return amount.funding
    return "khuyến công" if amount.label and PROGRAMME_MONEY.search(amount.label) else None


_A_YEAR = regex.compile(r"(?<!\p{L})năm[ \t]+(?P<year>\d{4})(?!\d)", regex.I)
"""A year a label names: its money is that year's ("kinh phí khuyến công năm 2022 là 3 tỷ đồng"), no part
of another year's total."""


def of_another_year(part: Amount, total: Amount) -> bool:
    """Whether ``part``'s label names a year and ``total``'s another one."""
    part_year = _A_YEAR.search(part.label or "")
    total_year = _A_YEAR.search(total.label or "")
    return bool(part_year and total_year and part_year["year"] != total_year["year"])


def sourced_split_parts(text: str, amounts: list[Amount], parents: list[int | None]) -> None:
    """Make the amounts right after a total in its sentence, each naming its source (or the
    programme's money, `source_key`), two sources at least, parts of it when they add up to it
    (within the rounding of the figures), no "trong đó" between: "tổng kinh phí 435 triệu đồng,
    nguồn khuyến công địa phương hỗ trợ 200 triệu đồng, vốn đối ứng của đơn vị là 235 triệu đồng",
    "tổng kinh phí thực hiện 4,899 tỷ đồng, kinh phí khuyến công hỗ trợ 1,759 tỷ đồng, kinh phí đối ứng
    3,140 tỷ đồng"; or all the amounts of the sentence right after it in its line, when the total closes its
    own (`_split_in_next_sentence`: "... tổng nguồn vốn 375,6 tỷ đồng. Theo kế hoạch, chương trình khuyến công
    quốc gia hỗ trợ 22,6 tỷ đồng, nguồn khuyến công địa phương là 93,5 tỷ đồng, vốn đối ứng ... 259,5 tỷ đồng.")."""
    for i, total in enumerate(amounts):
        if (parents[i] is not None or i + 1 == len(amounts)
                or not TOTAL_BEFORE.search(text, max(0, total.money.first - 60), total.money.first)):
            continue
        next_sentence = amounts[i + 1].sentence_start != total.sentence_start
        if next_sentence and not _split_in_next_sentence(text, amounts, i):
            continue
        parts = _completing_run(amounts, parents, i + 1, total.money, Decimal(0), Decimal(0), programme_money=True)
        if next_sentence and (parts.stop < len(amounts) and amounts[parts.stop].sentence_start == amounts[i + 1].sentence_start):
            continue  # the next sentence's amounts all make the total, or it is no split of it
        if len({source_key(amounts[j]) for j in parts}) >= 2 and not any(of_another_year(amounts[j], total) for j in parts):
            for j in parts:
                parents[j] = i


def so_far_parts(ctx: Context, amounts: list[Amount], parents: list[int | None]) -> set[int]:
    """Make an amount of a bracket opening with the day it runs to (`so_far_at`: "... tổng kinh phí hỗ trợ 1.890 triệu đồng
    (đến nay: đã nghiệm thu 04 đề án, với KPKC hỗ trợ 710 triệu đồng)") a part of the amount right before the bracket
    in its sentence, when larger; and one of a sentence opening so ("Đến hết ngày 30/6/2024, kinh phí
    khuyến công quốc gia được phân bổ 45 tỷ đồng") a part of the nearest larger amount of its source before it in an
    earlier sentence, within `SINGLED_OUT_REACH` amounts and its top-level section, a part of nothing (its year's
    plan: "... tổng kế hoạch kinh phí khuyến công quốc gia ... là 130 tỷ đồng"; not one of other years than its
    sentence names, nor money reported spent, but money set aside or received, `_SET_ASIDE`), when it is a part of
    nothing and no addition ("bổ sung thêm"; `_no_share`). Returns
    those amounts: a share so far of a whole, they are not sum-checked."""
    so_far: set[int] = set()
    for i, amount in enumerate(amounts):
        bracket, parent = open_bracket(ctx.text, amount.money.start), parents[i]
        if parent is not None and (bracket is None or amounts[parent].money.start > bracket):
            continue  # (the split of a share so far: "(đến nay: đã giải ngân 710 triệu đồng, trong đó ...)")
        if bracket is not None and so_far_at(ctx.text, bracket + 1):  # "... 1.890 triệu đồng (đến nay: ... 710 triệu"
            before = next((j for j in range(i - 1, -1, -1) if amounts[j].money.end <= bracket), None)
            if (before is not None and amounts[before].sentence_start == amount.sentence_start
                    and amounts[before].money.amount > amount.money.amount):
                parents[i] = before
                so_far.add(i)
            continue
        if not so_far_at(ctx.text, amount.sentence_start) or _no_share(amount.label):
            continue  # (not an addition: "... sẽ được bổ sung thêm 1 tỷ đồng")
        for j in range(i - 1, max(-1, i - SINGLED_OUT_REACH), -1):
            whole = amounts[j]
            if not _same_part(ctx, whole.money, amount.money):
                break
            if (parents[j] is None and _share_source_fits(amounts, j, amount)
                    and whole.sentence_start < amount.sentence_start
                    and whole.money.amount > amount.money.amount
                    and not of_other_years(ctx.text, amount.money.start, whole.money.start)
                    and (_SET_ASIDE.search(ctx.text, whole.sentence_start, whole.money.end)
                         or not reported_done(ctx.text, whole.money.start, clause_parts(ctx.text, whole.money.start)[1]))):
                parents[i] = j
                so_far.add(i)
                break
    return so_far


def _share_source_fits(amounts: list[Amount], j: int, share: Amount) -> bool:
    """Whether the amount ``j`` may be the whole of a ``share`` so far by source: the same source, or the share names
    none and ``j``'s sentence holds money of no other source than ``j``'s ("... phân bổ 3 tỷ đồng kinh phí khuyến công
    địa phương. Đến nay, đã giải ngân 2,1 tỷ đồng"; not when money of two sources stands there)."""
    whole = amounts[j]
    if whole.funding == share.funding:
        return True
    return share.funding is None and all(
        other.funding in (None, whole.funding) for other in amounts if other.sentence_start == whole.sentence_start)


# Money set aside or received, a plan a later share is of even when reported with "đã": "Năm 2024, tỉnh đã dành 5 tỷ
# đồng ...", "Trung tâm đã nhận (về) 5 tỷ đồng ..." (the money its object; not "công nhận", "ghi nhận").
_SET_ASIDE = regex.compile(
    r"(?<!\p{L})(?:dành|(?<!(?:công|ghi|xác)[ \t]+)(?:tiếp[ \t]+)?nhận(?:[ \t]+về)?"
    r"(?=[ \t]+(?:\d|kinh[ \t]+phí|vốn|nguồn|tổng))|được[ \t]+giao)(?!\p{L})", regex.I)


def _split_in_next_sentence(text: str, amounts: list[Amount], i: int) -> bool:
    """Whether the amount after total ``i``, the last of its sentence, opens the sentence right after it, in its
    line ("... với tổng nguồn vốn 375,6 tỷ đồng. Theo kế hoạch, chương trình khuyến công quốc gia hỗ trợ 22,6 tỷ
    đồng, ..."): its split by source may be written there without a cue word."""
    total_end = sentence_bounds(text, amounts[i].money.start)[1]
    between = text[total_end:amounts[i + 1].sentence_start]
    return "\n" not in between and not between.strip(" \t.!?")


def singled_out_parts(ctx: Context, amounts: list[Amount], parents: list[int | None]) -> None:
    """Make an amount its label singles out (budget_terms.toml ``singled_out``: "Riêng nguồn
    khuyến công quốc gia ... 1,2 tỷ đồng") a part of the nearest larger amount before it in
    its top-level section that is a part of nothing and no money the beneficiaries brought
    (neither attracted nor counterpart funding); not one a "trong đó" lists, whose whole is the amount the list
    is of ("Trong đó, chỉ tính riêng 8 tháng đầu năm 2019, ... 1,3 tỷ đồng" after two sources' money); and so is the
    amount of the sentence right after its one going on with it (`_goes_on_with`: "Chỉ tính riêng năm 2021, ... 300
    triệu đồng. Đồng thời tiếp tục triển khai Đề án ..., kinh phí hỗ trợ 200 triệu đồng"), when their whole holds both."""
    last, whole = None, None  # the last amount singled out, and its whole
    for i, amount in enumerate(amounts):
        if parents[i] is not None or amount.listed:
            continue
        if not singled_out(ctx.text, amount):
            if last is not None and whole is not None and _goes_on_with(ctx.text, amounts[last], amount) and (
                    amounts[whole].money.amount > amount.money.amount + amounts[last].money.amount
                    and _of_the_whole(amounts[whole], amount)):
                parents[i] = whole  # "Chỉ tính riêng năm 2021, ... 300 triệu đồng. Đồng thời ..., 200 triệu đồng"
            last = None
            continue
        if _EXAMPLE.match(amount.label or "") or _EXAMPLE.match(ctx.text, amount.sentence_start):
            if not _of_the_whole(None, amount) or i in parents[i + 1:]:
                continue  # an example's own money, or a project's whole holding it ("tổng vốn ... là 808.500.000 đồng,
                # trong đó: Vốn khuyến công hỗ trợ ...; Vốn của đơn vị thụ hưởng ...")
        whole = _whole_before(ctx, amounts, parents, i, amount.money.amount, max(-1, i - SINGLED_OUT_REACH))
        while whole is not None and singled_out(ctx.text, amounts[whole]):  # a sibling singled out is no whole
            whole = _whole_before(ctx, amounts, parents, whole, amount.money.amount, max(-1, i - SINGLED_OUT_REACH))
        if (whole is not None and not of_other_years(ctx.text, amount.money.start, amounts[whole].money.start)
                and _of_the_whole(amounts[whole], amount) and _same_tense(ctx.text, amounts[whole], amount)):
            parents[i], last = whole, i


# An example's words opening its label or its sentence (target_terms.toml ``examples``: "Điển hình như", "Chẳng hạn").
_EXAMPLE_WORDS = "|".join(regex.escape(word).replace(r"\ ", r"[ \t]+") for word in TERMS["examples"])
_EXAMPLE = regex.compile(rf"[ \t]*(?:{_EXAMPLE_WORDS})(?!\p{{L}})", regex.I)
# A word of a plan in a sentence (its amount planned, for `_same_tense`).
_PLAN_WORD = regex.compile(r"(?<!\p{L})(?:dự[ \t]+kiến|sẽ)(?!\p{L})", regex.I)
# The head of an amount's own words that is no programme's share: a value, a revenue ("giá trị hợp đồng", "giá trị máy
# móc", "tổng doanh thu"); not a value raised by the work ("đề án hỗ trợ nâng cao giá trị sản phẩm chè, kinh phí ..."),
# nor money disbursed or spent ("giá trị giải ngân").
_VALUE_HEAD = regex.compile(
    r"[ \t]*(?:tổng[ \t]+)?(?:giá[ \t]+trị(?![ \t]+(?:giải[ \t]+ngân|thực[ \t]+hiện))|doanh[ \t]+thu)(?!\p{L})", regex.I)
# An addition among an amount's own words ("bổ sung thêm", "cấp thêm", "hỗ trợ (kinh phí) thêm", "điều chỉnh (tăng)
# thêm"), not more of a disbursement
# ("giải ngân thêm") nor an investment ("được hỗ trợ đầu tư thêm dây chuyền").
_ADDITION = regex.compile(
    r"(?<!\p{L})(?:bổ[ \t]+sung|(?:cấp|bố[ \t]+trí|phân[ \t]+bổ|giao|hỗ[ \t]+trợ|chi|tăng|điều[ \t]+chỉnh(?:[ \t]+tăng)?)"
    r"(?:[ \t]+(?:kinh[ \t]+phí|vốn))?[ \t]+thêm)(?!\p{L})", regex.I)
# A price named among an amount's own words: "ký kết hợp đồng trị giá 2 tỷ đồng".
_PRICED = regex.compile(r"(?<!\p{L})trị[ \t]+giá(?!\p{L})", regex.I)


def _no_share(label: str | None) -> bool:
    """Whether the words of an amount's label after its last comma (its own) say a value, an addition or a price
    (`_VALUE_HEAD` after a word singling it out, `_ADDITION`, `_PRICED`): no programme's share."""
    if not label:
        return False
    own = label[label.rfind(",") + 1:]
    head = SINGLED_OUT.match(own)
    return bool(_VALUE_HEAD.match(own, head.end() if head else 0) or _ADDITION.search(own) or _PRICED.search(own))


def _of_the_whole(whole: Amount | None, amount: Amount) -> bool:
    """Whether ``amount`` may be a share of ``whole``'s money: no money the beneficiaries brought, no value or addition
    (`_no_share`), and of the whole's source when both name one."""
    if amount.funding == COUNTERPART or _attracted(amount.label) or _no_share(amount.label):
        return False
    return whole is None or not (whole.funding and amount.funding and whole.funding != amount.funding)


def _same_tense(text: str, whole: Amount, amount: Amount) -> bool:
    """Whether ``amount`` and ``whole`` are not one planned (a word of a plan before it in its sentence, `_PLAN_WORD`)
    and the other reported done (`reported_done`): next year's planned money is no part of last year's spending, but a
    plan states its tense once ("tổng kinh phí ... dự kiến là 5 tỷ đồng. Riêng ... quốc gia là 2 tỷ đồng")."""
    def planned(a: Amount) -> bool:
        return _PLAN_WORD.search(text, a.sentence_start, a.money.start) is not None

    def done(a: Amount) -> bool:
        return reported_done(text, a.money.start, clause_parts(text, a.money.start)[1])
    return not (planned(whole) and done(amount) or done(whole) and planned(amount))


# A sentence going on with the one before, naming no year of its own before its amount: "Đồng thời", "Bên cạnh đó",
# "Cùng với đó" (not "Ngoài ra": besides, what is outside it).
GOING_ON = regex.compile(
    r"[ \t]*(?:đồng[ \t]+thời|bên[ \t]+cạnh[ \t]+đó|cùng[ \t]+với[ \t]+đó)(?!\p{L})[^\n]*?\Z", regex.I)


def _goes_on_with(text: str, before: Amount, amount: Amount) -> bool:
    """Whether ``amount``'s sentence is the one right after ``before``'s, in its line, and opens going on with it
    (`GOING_ON`), naming no year of its own before the amount."""
    return (amount.sentence_start > before.sentence_start
            and not text[sentence_bounds(text, before.money.end)[1]:amount.sentence_start].strip()
            and GOING_ON.match(text, amount.sentence_start, amount.money.start) is not None
            and YEAR.search(text, amount.sentence_start, amount.money.start) is None)


def singled_out(text: str, amount: Amount) -> bool:
    """Whether ``amount``'s label or sentence opens with a word singling it out (`SINGLED_OUT`)."""
    return bool(amount.label and SINGLED_OUT.match(amount.label) or SINGLED_OUT.match(text, amount.sentence_start))


# A sentence opening by adding other money to the amount before it, then its own amount, their sum:
# "Cùng với các đề án khuyến công địa phương được phê duyệt thì năm 2021 kinh phí khuyến công dự kiến tổ
# chức thực hiện là 1,680 tỷ đồng" (the national 600 triệu before it is a part of that).
ADDED_TO_BEFORE = regex.compile(
    r"[ \t]*(?:cùng[ \t]+với|cộng[ \t]+với|tính[ \t]+cả)(?!\p{L})[^.;\n]{0,150}?[ \t]thì(?!\p{L})", regex.I)
ADDED_TO_REACH = 1000
"""Characters before the adding sentence within which the amount it adds to ends."""


def closing_total_parts(text: str, amounts: list[Amount], parents: list[int | None]) -> None:
    """Make the amounts a closing total sums (`closing_total_line`: "Tổng cộng: 09 đề án, tổng kinh phí 1.550 triệu
    đồng ...") parts of it: those before its line, parts of nothing, the nearest first, that add up to it exactly, two
    at least, within `CLOSING_TOTAL_REACH` (the items' "1.320", "150" and "80 triệu đồng"; not the beneficiaries' own
    money, for a total of the programme's), when it is a part of nothing; items of its list taken for parts of an amount
    of another value before the last sentence of the list's lead-in (`closed_list_lead_in`) are its parts when they add
    up to it."""
    if not holds_closing_total(text):
        return
    for i, total in enumerate(amounts):
        if parents[i] is not None or (line_start := closing_total_line(text, total.money.start)) is None:
            continue
        lead_in = closed_list_lead_in(text, line_start)
        cut = sentence_bounds(text, lead_in[1] - 1)[0] if lead_in else -1  # (where the lead-in's last sentence starts)
        parts: list[int] = []
        held = Decimal(0)
        for k in range(i - 1, -1, -1):
            if amounts[k].money.start < line_start - CLOSING_TOTAL_REACH or held >= total.money.amount:
                break
            whole = parents[k]  # (none, or one before the lead-in, or of another value before its last sentence)
            if (whole is None or lead_in is not None and amounts[k].money.start > lead_in[1]
                    and _before_lead_in(amounts[whole], total, lead_in, cut)) and (
                    amounts[k].funding != COUNTERPART or total.funding == COUNTERPART):
                parts.append(k)  # an item's amount, or its total over its own items, summed as one; not the
                held += amounts[k].money.amount  # beneficiaries' own money beside a programme's
        if len(parts) >= 2 and held == total.money.amount:
            for k in parts:
                parents[k] = i


def _before_lead_in(whole: Amount, total: Amount, lead_in: tuple[int, int], cut: int) -> bool:
    """Whether ``whole``, an amount the items of a closing total's list were taken for parts of, stands before the list's
    lead-in (another year's money: "Năm 2023 đã hỗ trợ ... 1.000 triệu đồng." / "Năm 2024, ... phân bổ kinh phí ..., cụ
    thể:"), or in it before its last sentence, of another value than ``total`` ("Năm 2023, ... 2.500 triệu đồng. Các đề
    án gồm:"; not "... phân bổ 1.180 triệu đồng. Danh mục ... như sau:", which the total restates): the items are the
    total's parts."""
    return whole.money.start < lead_in[0] or whole.money.start < cut and whole.money.amount != total.money.amount


LISTED_TOTAL_GAP_LINES = 2
"""Lines at most between a total's line and the list of items it sums (a heading: "2. Danh sách cơ sở được hỗ trợ:")."""


def listed_total_parts(ctx: Context, amounts: list[Amount], parents: list[int | None]) -> None:
    """Make the amounts of the list of marked items right after a total's line (`TOTAL` opening its label, a part and a
    whole of nothing; `LISTED_TOTAL_GAP_LINES` lines between at most) parts of it when they add up to it exactly, two
    at least, parts of nothing, the list's heading in the next section or not: "1. Tổng kinh phí: 650 triệu đồng từ ngân
    sách huyện, ..." /
    "2. Danh sách cơ sở được hỗ trợ:" / "- Cơ sở mộc ...: hỗ trợ máy cưa CNC, 90 triệu đồng;" / ..."""
    text, wholes = ctx.text, set(parents)
    for i, total in enumerate(amounts[:-1]):
        if (parents[i] is not None or i in wholes or not total.label or not TOTAL.match(total.label)
                or not _list_follows(text, total.money.end, amounts[i + 1].money.start)):
            continue
        held, run = Decimal(0), []
        for k in range(i + 1, len(amounts)):
            part = amounts[k]
            if parents[k] is not None or not part.item:
                break
            run.append(k)
            held += part.money.amount
            if held >= total.money.amount:
                break
        if len(run) >= 2 and held == total.money.amount:
            for k in run:
                parents[k] = i


def _list_follows(text: str, end: int, first: int) -> bool:
    """Whether the amount at ``first`` is on a line after the one ending the amount at ``end`` with at most
    `LISTED_TOTAL_GAP_LINES` non-blank lines between."""
    line_end = text.find("\n", end, first)
    if line_end == -1:
        return False
    between = text[line_end:text.rfind("\n", 0, first)]
    return sum(1 for line in between.split("\n") if line.strip()) <= LISTED_TOTAL_GAP_LINES


def added_to_parts(ctx: Context, amounts: list[Amount], parents: list[int | None]) -> None:
    """Make the amount before the sentence that adds other money to it (`ADDED_TO_BEFORE`, the
    sentence's first amount its sum) a part of that sum, when it is a part of nothing, smaller,
    within `ADDED_TO_REACH` characters and in its top-level section."""
    for i, amount in enumerate(amounts):
        if not i or amounts[i - 1].sentence_start == amount.sentence_start or not ADDED_TO_BEFORE.match(
                ctx.text, amount.sentence_start, amount.money.start):
            continue
        before = amounts[i - 1]
        if (parents[i - 1] is None and parents[i] is None and before.money.amount < amount.money.amount
                and before.money.end >= amount.sentence_start - ADDED_TO_REACH
                and _same_part(ctx, before.money, amount.money)):
            parents[i - 1] = i


def remainder_parts(ctx: Context, amounts: list[Amount], parents: list[int | None]) -> None:
    """Make the amounts of a sentence that closes them with the remainder (`REMAINDER`: "...,
    phần còn lại do ...") parts of the amount before that sentence they are the rest of
    (`_whole_before`): "... tổng nguồn vốn khoảng 375,6 tỷ đồng." then "Theo kế hoạch, chương
    trình khuyến công quốc gia hỗ trợ 22,6 tỷ đồng, nguồn khuyến công địa phương là 93,48 tỷ
    đồng, phần còn lại do các cơ sở công nghiệp nông thôn đối ứng."; not when an amount of the
    remainder follows them. So are the amounts of a sentence that opens saying they are drawn
    from the amount before (`DRAWN_FROM`: "... được hỗ trợ trên 4,4 tỷ đồng ... Từ nguồn kinh phí
    trên, khuyến công tỉnh đã dành kinh phí hỗ trợ 140 triệu đồng ...")."""
    text = ctx.text
    rests = "còn lại" in text
    for last, amount in enumerate(amounts):
        closing = last + 1 == len(amounts) or amounts[last + 1].sentence_start != amount.sentence_start
        if not closing:
            continue
        if rests and (rest := REMAINDER.search(
                text, amount.money.end, min(len(text), amount.money.end + REMAINDER_GAP))) is not None:
            if holds_any(text[amount.money.end:rest.start()], ".\n"):  # its sentence's ("...; số tiền còn lại do ...")
                continue
        elif not DRAWN_FROM.match(text, amount.sentence_start):
            continue
        first = last  # the sentence's first amount
        while first and amounts[first - 1].sentence_start == amount.sentence_start:
            first -= 1
        group = range(first, last + 1)
        if any(parents[i] is not None for i in group):
            continue
        held = sum((amounts[i].money.amount for i in group), Decimal(0))
        low = amount.sentence_start - REMAINDER_REACH
        if (whole := _whole_before(ctx, amounts, parents, first, held, -1, low)) is not None:
            for i in group:
                parents[i] = whole


def _whole_before(ctx: Context, amounts: list[Amount], parents: list[int | None], index: int, held: Decimal,
                  stop: int, low: int = -1) -> int | None:
    """The nearest amount before ``amounts[index]``, after index ``stop``, ending at ``low`` or
    after, and in its top-level section, that is a part of nothing, no money the beneficiaries
    brought, and larger than ``held`` (what the amounts it would hold come to); None when
    there is none."""
    for j in range(index - 1, stop, -1):
        whole = amounts[j]
        if whole.money.end < low or not _same_part(ctx, whole.money, amounts[index].money):
            return None
        if (parents[j] is None and whole.money.amount > held and not _attracted(whole.label)
                and whole.funding != COUNTERPART):
            return j
    return None


# A sentence's opening saying its amounts are drawn from the amount before: "Từ nguồn kinh phí trên,",
# "Trong tổng kinh phí trên," (budget_terms.toml ``back_references`` after "từ" or "trong").
DRAWN_FROM = regex.compile(
    rf"(?i)[ \t]*(?:từ|trong)[ \t]+(?:{phrase_alternation(BUDGET_TERMS['back_references'])})(?!\p{{L}})")
REMAINDER_GAP = 50
"""Characters after an amount within which the `REMAINDER` closing its sentence's amounts lies."""
REMAINDER_REACH = 600
"""Characters before the remainder's sentence within which the amount it is the rest of ends."""


def _next_paragraph(text: str, end: int, start: int) -> bool:
    """Whether offset ``start`` is in the paragraph right after the one holding ``end``."""
    brk = text.find("\n", end, start)
    return brk != -1 and "\n" not in text[brk:start].strip()  # blank lines between, no other line


def _apart(text: str, amount: Amount) -> bool:
    """Whether ``amount`` heads no money of the programme after it unless a "trong đó" lists it: the beneficiaries' own
    (`_drawn`), or a project's whole, investment or money raised (`_own_whole`) in brackets that no "trong đó" lists
    ("... 180 triệu đồng (tổng vốn đầu tư của cơ sở 720 triệu đồng)": a remark on the amount before it)."""
    if _drawn(amount):
        return True
    if amount.listed or not _own_whole(amount.label):
        return False
    line_start = text.rfind("\n", 0, amount.money.start) + 1
    return text.rfind("(", line_start, amount.money.start) > text.rfind(")", line_start, amount.money.start)


def _drawn(amount: Amount) -> bool:
    """Whether ``amount`` is the beneficiaries' own money, listed by no "trong đó" ("thu hút 12,6 tỷ đồng vốn đối ứng
    của các cơ sở")."""
    return amount.funding == COUNTERPART and not amount.listed and not amount.item


def _beside(amount: Amount, before: Amount) -> bool:
    """Whether ``amount``, the beneficiaries' own money (`_drawn`), is named beside the programme's amount ``before``
    of its sentence and depth ("... tổng kinh phí hỗ trợ 3,15 tỷ đồng, đạt 98,4% kế hoạch; thu hút 12,6 tỷ đồng vốn
    đối ứng"): no part of it, and no end of it either: the items after them are the programme's."""
    return (_drawn(amount) and not _drawn(before) and before.depth == amount.depth
            and before.sentence_start == amount.sentence_start)


def _beyond(text: str, total: Amount, amount: Amount, held: Decimal) -> bool:
    """Whether ``amount``, listed by no "trong đó", in another paragraph than the ``total`` over it, is no part of it:
    the parts it has so far add up to it ("Tổng kinh phí ... là 9,6 tỷ đồng, trong đó ... 1,8 ..., 2,4 ..., 5,4 tỷ
    đồng", then "a) ... kinh phí hỗ trợ 1.650 triệu đồng"); or, a plain sentence's (no item marker), its paragraph opens
    with a topic of its own (`TOPIC_LEAD`), or the parts so far and this one would add up to more ("Tổng kinh phí ...
    đợt này là 986 triệu đồng ...:" its six items, then "Bên cạnh đó, ... bổ sung 01 đề án ... 94 triệu đồng")."""
    if total.depth != 0 or amount.listed:
        return False
    if text.find("\n", total.money.end, amount.money.start) == -1:
        return False  # the total's own paragraph
    if held and held + rounding(total.money) >= total.money.amount:
        return True  # its parts so far add up to it: "Tổng ... 9,6 tỷ đồng, trong đó ... 1,8 ..., 2,4 ..., 5,4 tỷ đồng"
    if amount.item:
        return False
    if TOPIC_LEAD.match(text, text.rfind("\n", 0, amount.money.start) + 1):
        return True  # a paragraph on another topic ("Về hỗ trợ nâng cao năng lực quản lý ...: ...")
    return held + amount.money.amount > total.money.amount + rounding(total.money) + rounding(amount.money)


# A paragraph opening with its topic and a colon, one of a report's parallel parts: "Về hỗ trợ đào tạo nghề,
# truyền nghề và nâng cao tay nghề: Tổng kinh phí hỗ trợ là 3,37 tỷ đồng ...", then "Về hỗ trợ nâng cao năng
# lực quản lý cho các cơ sở công nghiệp nông thôn (CNNT): ... với kinh phí 525 triệu đồng."
TOPIC_LEAD = regex.compile(r"[ \t]*(?:[-+•][ \t]+)?Về[ \t]+[^:\n]{3,160}:")


def whole_of(amounts: list[Amount], parents: list[int | None], index: int) -> int:
    """The amount whose details follow ``amounts[index]``: itself, or, when it is the last
    part that "trong đó" lists, the amount it is a part of ("tổng kinh phí gần 3,6 tỷ đồng,
    trong đó ... 2 tỷ đồng, ... gần 1,6 tỷ đồng. Cụ thể, 7 đề án ... (2,7 tỷ đồng), ...")."""
    parent = parents[index]
    return parent if amounts[index].listed and parent is not None else index


# "Cụ thể" ("specifically") after an amount opens its details, in its sentence or opening
# the next line ("... 810 triệu đồng. Đến nay, ...\nCụ thể, đề án ... 94 triệu đồng ...\n...");
# so does "bao gồm" or "gồm:" ("made of") after a few words of the next sentence ("...
# 2.025 triệu đồng. Các đề án thực hiện bao gồm:", "... 2,1 tỷ đồng.\nTheo đó, trong năm, các
# hoạt động khuyến công trọng tâm gồm: ..."); "Theo đó" opening the next sentence as "Cụ thể"
# does ("... số tiền trên 9 tỷ đồng. Theo đó, 7 tỷ đồng dành hỗ trợ ..., trên 2 tỷ đồng dành
# cho ...": parts only when they add up to it).
DETAILS = regex.compile(r"(?<!\p{L})(?:(?P<specific>cụ\s+thể|theo\s+đó)|bao\s+gồm|gồm(?=\s*:))(?!\p{L})", regex.I)
# Where no such cue is, "gồm" without the colon, for parts that add up exactly ("... với kinh phí
# 3,1 tỷ đồng.\n\nNội dung chính của đề án gồm Hỗ trợ ... 2,1 tỷ đồng và ... 1 tỷ đồng").
BARE_DETAILS = regex.compile(r"(?<!\p{L})gồm(?!\p{L})", regex.I)
# "gồm" right after an amount opens that amount's own details, even when "trong đó" lists it as
# a part ("Trong đó: Nguồn ngân sách hỗ trợ 9,51 tỷ đồng gồm nguồn kinh phí khuyến công quốc
# gia hỗ trợ 6,16 tỷ đồng, ... 3,35 tỷ đồng").
OWN_DETAILS = regex.compile(r"[ \t]*,?[ \t]*(?:bao[ \t]+)?gồm(?!\p{L})", regex.I)
DETAILS_OPENING = regex.compile(r"[^.\n]*[.:;]?\s*[^.:;\n]{0,80}")
"""What may stand between an amount and a "bao gồm" that opens its details."""
DETAIL_LINES_REACH = 3000
"""Characters after a "Cụ thể" opening a line within which its details may run over lines
(to the first blank line)."""


def detailed_parts(text: str, amounts: list[Amount], parents: list[int | None],
                   index: int) -> tuple[int, list[int], dict[int, int]]:
    """The amount whose details follow ``amounts[index]`` (its `whole_of`, or itself when
    "gồm" follows it right away: `OWN_DETAILS`), the amounts after it that are its parts
    because "cụ thể" (`_details_end`) opens them and they add up to it, within the rounding
    of the figures as written, or 5 % of one written as approximate ("tổng kinh phí 2,52 tỉ
    đồng. Cụ thể, ...: ... 2,035 tỉ đồng; ... 262,5 triệu đồng; ... 60 triệu đồng; ... 162,5
    triệu đồng"), or exactly after a bare "gồm": two or more in a row, in the paragraph of the
    cue, parts of nothing else, or of the same amount as the whole; and, when they add up only
    so, the details of such a part (`_adding_details`); else, when ``amounts[index]`` is a listed part, the parts of
    one of the parts listed with it up to it, the nearest first, that they add up to exactly; when it is the
    beneficiaries' money beside the programme's amount before it (`_beside`), that amount's. Empty when none are."""
    before, first = amounts[index].money, index + 1
    home = whole_of(amounts, parents, index)
    if first >= len(amounts):
        return home, [], {}
    exact = False
    if own := OWN_DETAILS.match(text, before.end, amounts[first].money.start):
        home, details_end = index, text.find("\n", own.end())
    elif (found := _details_end(text, before, amounts[first].money.start)) is None:
        return home, [], {}
    else:
        details_end, exact = found
    if exact and amounts[home].money.quantity.qualifier:
        return home, [], {}
    for nested in (False, True):
        details, of_details = _adding_details(amounts, parents, home, first, details_end, exact, nested)
        if details:
            return home, details, of_details
    for sibling in (j for j in range(index, home, -1) if parents[j] == home and amounts[j].listed):
        details, of_details = _adding_details(amounts, parents, sibling, first, details_end, True, False)
        if details:  # "... 6.850 triệu đồng, trong đó kinh phí khuyến công địa phương hỗ trợ 2.150 triệu đồng, vốn đối
            return sibling, details, of_details  # ứng ... 4.700 triệu đồng. Cụ thể:" and items adding up to 2.150
    if index and home == index and _beside(amounts[index], amounts[index - 1]) and parents[index - 1] is None:
        details, of_details = _adding_details(amounts, parents, index - 1, first, details_end, exact, False)
        if details:  # "... tổng kinh phí ... 1.590 triệu đồng, thu hút vốn đối ứng của các cơ sở 3.870 triệu đồng. Kết quả
            return index - 1, details, of_details  # cụ thể:": the programme's amount beside the beneficiaries' money
    return home, [], {}


def _adding_details(amounts: list[Amount], parents: list[int | None], home: int, first: int, details_end: int,
                    exact: bool, nested: bool) -> tuple[list[int], dict[int, int]]:
    """The run of amounts from ``first`` that adds up to ``amounts[home]`` (see
    `detailed_parts`), the longest nearest one, two at least; with ``nested``, an amount that
    the amounts right after it add up to exactly (`_exact_details`) holds them, and they are
    not summed ("Cụ thể, kinh phí khuyến công địa phương: 8,85 tỷ đồng, đến nay đã phân bổ kinh
    phí 8,51 tỷ đồng; kinh phí chưa phân bổ 340 triệu đồng và nguồn kinh phí khuyến công quốc gia
    là 1,4 tỷ đồng" under 10,25 tỷ đồng). Returns the run's amounts and those held, each with the
    amount holding it."""
    whole = amounts[home].money
    slack: Decimal | int  # 0 once the parts are exact
    total, slack = Decimal(0), rounding(whole) + (whole.amount * APPROXIMATE if whole.quantity.qualifier else 0)
    run: list[int] = []
    held: dict[int, int] = {}
    best, closest = 0, None  # the run's length whose sum is nearest to the whole, within the slack
    last = first
    while last < len(amounts):
        part = amounts[last].money
        if (details_end != -1 and part.start > details_end) or parents[last] not in (None, parents[home]):
            break
        if total + part.amount > whole.amount + slack and _own_whole(amounts[last].label) and last > first:
            last += 1  # a listed project's own whole beside its support: "... kinh phí hỗ trợ 300 triệu đồng; tổng vốn
            continue  # thực hiện đề án 1.250 triệu đồng." under "... tổng kinh phí hỗ trợ 1.410 triệu đồng, cụ thể:"
        run.append(last)
        total, slack = total + part.amount, 0 if exact else slack + rounding(part)
        if total > whole.amount + slack:
            break
        if abs(total - whole.amount) <= slack and (closest is None or abs(total - whole.amount) <= closest):
            best, closest = len(run), abs(total - whole.amount)
        details = _exact_details(amounts, parents, last, details_end) if nested else range(0)
        held.update((k, last) for k in details)
        last = details[-1] + 1 if details else last + 1
    if best < 2:
        return [], {}
    kept = run[:best]
    return kept, {k: detail for k, detail in held.items() if detail in kept}


def _exact_details(amounts: list[Amount], parents: list[int | None], index: int, details_end: int) -> range:
    """The amounts right after ``amounts[index]``, two or more, parts of nothing, that add up to
    it exactly, the first such run; empty when none do."""
    whole, total = amounts[index].money.amount, Decimal(0)
    for last in range(index + 1, len(amounts)):
        part = amounts[last].money
        if (details_end != -1 and part.start > details_end) or parents[last] is not None:
            break
        total += part.amount
        if total >= whole:
            return range(index + 1, last + 1) if total == whole and last > index + 1 else range(0)
    return range(0)


def _details_end(text: str, before: Money, first: int) -> tuple[int, bool] | None:
    """Where the details that a `DETAILS` cue between the amount ``before`` and the next one
    (at ``first``) opens may run to (the end of its paragraph, -1 at the text's end; the
    first blank line for a "Cụ thể" opening the line after the amount's paragraph), and
    whether they must add up exactly (a bare "gồm"); None when no cue opens them. A sentence
    right after the amount's that opens with words pointing back to it (`referred_back`)
    opens them with its "trong đó", "cụ thể" or "gồm"."""
    if (referring := referred_back(text, before.end, first)) is not None:
        return text.find("\n", referring), False
    bare = (cue := DETAILS.search(text, before.end, first)) is None
    if bare and (cue := BARE_DETAILS.search(text, before.end, first)) is None:
        return None
    if not bare and cue["specific"]:  # "cụ thể"
        if text[cue.start() - 1:cue.start()] == "\n" and _next_paragraph(text, before.end, cue.start()):
            return paragraph_end(text, cue.end(), DETAIL_LINES_REACH), False
        opening = _RESULTS_BEFORE.search(text, max(before.end, cue.start() - 12), cue.start())
        if not REST_OF_SENTENCE.fullmatch(text, before.end, opening.start() if opening else cue.start()):
            return None  # (its sentence, then "Cụ thể" or "Kết quả cụ thể")
    elif cue.start() - before.end > LABEL_REACH or not DETAILS_OPENING.fullmatch(text, before.end, cue.start()):
        return None
    return _line_or_lead_in_end(text, cue.end()), bare


_RESULTS_BEFORE = regex.compile(r"(?r)(?<!\p{L})kết[ \t]+quả[ \t]+\Z", regex.I)
""""Kết quả" right before a "cụ thể" that opens details: "... 3.870 triệu đồng. Kết quả cụ thể:"."""


def _line_or_lead_in_end(text: str, pos: int) -> int:
    """The end of the line holding ``pos`` (-1 at the text's end); of the next non-blank line
    when only a colon (or "như sau:") follows ``pos`` on its line: a lead-in over its list ("...
    là 610 triệu đồng để thực hiện 08 đề án, gồm:", blank line, "Quy hoạch ... (150 triệu đồng);
    04 đề án ... (260 triệu đồng); ..."), and of the last of the marked items that line opens
    ("..., cụ thể như sau:" / "1. Hỗ trợ ..., kinh phí hỗ trợ 300 triệu đồng." / "2. ...")."""
    end = text.find("\n", pos)
    if end == -1 or not _LEAD_IN_CLOSE.fullmatch(text, pos, end):
        return end
    start = end
    while text.startswith("\n", start):
        start += 1
    return _item_run_end(text, start, len(text))


_LEAD_IN_CLOSE = regex.compile(r"(?:[ \t]+như[ \t]+sau)?[ \t]*:[ \t]*", regex.I)
"""What closes a lead-in's line after its cue: a colon, "như sau:"."""


# The opening of the sentence after an amount's that points back to it ("Nguồn kinh phí này",
# budget_terms.toml ``back_references``), up to the cue that opens its details ("..., trong
# đó"), in that sentence.
MONEY_POINTED_BACK = regex.compile(rf"(?i)(?:{phrase_alternation(BUDGET_TERMS['back_references'])})(?!\p{{L}})")
BACK_REFERENCE = regex.compile(
    MONEY_POINTED_BACK.pattern + r"[^.\n]*?(?<!\p{L})(?:trong\s+đó|cụ\s+thể|bao\s+gồm|gồm)(?!\p{L})")


def referred_back(text: str, end: int, first: int) -> int | None:
    """Where the cue of a `BACK_REFERENCE` sentence right after the sentence of the amount
    ending at ``end`` ends, before the next amount (at ``first``); None when there is none."""
    cue = BACK_REFERENCE.match(text, REST_OF_SENTENCE.match(text, end, first).end(), first)
    return cue.end() if cue else None


APPROXIMATE = Decimal("0.05")
"""How far the details of an amount written as approximate ("gần 3,6 tỷ", "trên 10 tỷ") may
add up from it, as a share of it."""


# The rest of a total named without its amount, after its last part ("... 9,7 tỷ đồng, còn lại
# là kinh phí thu hút từ nguồn vốn tự có", "số kinh phí còn lại do các đơn vị thụ hưởng đóng góp").
REMAINDER = regex.compile(r"(?<!\p{L})còn\s+lại(?!\p{L})", regex.I)


def check_sums(ctx: Context, amounts: list[Amount], parents: list[int | None], unchecked: set[int]) -> None:
    """Warn where the parts of a stated amount (`parts_of`, two or more) do not add up to it,
    within the rounding of the figures as written; an amount written as approximate ("hơn
    10 tỷ", "gần 5,7 tỷ") is not checked, nor are its parts, nor parts followed by the rest
    named without its amount (`REMAINDER`), nor items of a list one of whose items states no amount
    (`_item_without_amount`); singled-out parts (`singled_out`: "Riêng ...", "Đối với nội dung ...") and
    the ``unchecked`` amounts (yearly details in
    brackets: `bracketed_parts`; years of a running total: `cumulative_parts`; changes over an
    earlier time: `changed_amount`) are no parts that add up."""
    children: dict[int, list[Amount]] = {}
    for i, (amount, parent) in enumerate(zip(amounts, parents)):
        if parent is not None and i not in unchecked and not singled_out(ctx.text, amount):
            children.setdefault(parent, []).append(amount)
    for index, parts in children.items():
        whole = amounts[index]
        if len(parts) < 2 or any(a.money.quantity.qualifier for a in (whole, *parts)):
            continue
        if REMAINDER.search(ctx.text, parts[-1].money.end, sentence_bounds(ctx.text, parts[-1].money.end)[1]):
            continue  # "..., còn lại là kinh phí thu hút từ nguồn vốn tự có": the rest, unstated
        if _item_without_amount(ctx.text, parts):
            continue  # "- ... 2,1 tỷ đồng;" / "- Tổ chức 3 lớp đào tạo nghề;" / "- ... 600 triệu đồng": one unstated
        total = sum(a.money.amount for a in parts)
        if abs(total - whole.money.amount) > sum(rounding(a.money) for a in (whole, *parts)):
            written = " + ".join(a.money.raw for a in parts)
            ctx.warn("budget_sum_mismatch",
                     f"{written} = {int(total):,} đồng, but '{whole.label or whole.money.raw}' states "
                     f"{int(whole.money.amount):,}", whole.money.start, parts[-1].money.end)


def _item_without_amount(text: str, parts: list[Amount]) -> bool:
    """Whether ``parts`` are items of one list with an item among them that states no amount: their sum leaves its
    money out."""
    if not all(part.item for part in parts):
        return False
    start, end = text.rfind("\n", 0, parts[0].money.start) + 1, text.find("\n", parts[-1].money.end)
    kind = _mark_kind(text[start:])
    lines = text[start:len(text) if end == -1 else end].split("\n")
    items = sum(1 for line in lines if kind is not None and _mark_kind(line) == kind)  # not the dash items under one
    return items > len({text.rfind("\n", 0, part.money.start) for part in parts})


def _mark_kind(line: str) -> str | None:
    """The kind of item mark ``line`` opens with (`ITEM_MARK`): its bullet, or "number" or "letter"; None without one."""
    mark = ITEM_MARK.match(line)
    return None if mark is None else mark["bullet"] or mark.lastgroup


def rounding(money: Money) -> Decimal:
    """Half a unit of the last decimal an amount is written with: "9,74 tỷ" may stand for
    anything from 9 735 000 000 to 9 745 000 000 đồng, and a sum of parts may miss it by
    that much. An amount without decimals ("9 tỷ", "726 triệu") is taken as exact."""
    return last_digit_unit(money) / 2 if money.quantity.is_decimal else Decimal(0)


def last_digit_unit(money: Money) -> Decimal:
    """What a unit of the last digit an amount is written with is worth, in đồng: 10 000 000
    for "9,74 tỷ", 1 000 000 000 for "10 tỷ"."""
    exponent = money.quantity.value.as_tuple().exponent  # a figure as written: finite
    return Decimal(money.scale).scaleb(exponent)  # type: ignore[arg-type]


RESTATED_LABEL_WORDS = 5
"""Words a label has at least for an amount under it to be a restatement of an earlier one
with the same label (a sentence said again); a short label ("Đào tạo nghề") may head two
different items of a list."""


def restatements(ctx: Context, amounts: list[Amount], parents: list[int | None]) -> list[int | None]:
    """For each amount, the index of the earlier one it repeats, or None: the first of the
    same amount, itself no repeat, whose funding source does not differ, that is
    - a figure of a news report's headline, repeated in its body (never by a part of it),
      or a headline's rounded figure the first body amount it rounds (`rounded_from`) stands
      for ("Hưng Yên: Đầu tư hơn 10 tỷ đồng ..." over "Hưng Yên sẽ hỗ trợ 10,6 tỷ đồng");
    - in another top-level section (a decision's article states the total that its
      programme sets out again);
    - under the same amount (or none) with the same label of at least
      `RESTATED_LABEL_WORDS` words (a sentence a page says twice), or, for one under none,
      under any amount (a page that prints its article twice, once run on: "Trong đó, kinh
      phí xây dựng Trung tâm trưng bày và kinh doanh sản phẩm gốm 4,3 tỷ đồng, ..." under its
      total the first time only).
    Its parts are left as they are: they are parts of the repeat. Earlier amounts are looked
    up by amount and section, or by amount, whole and label, not compared one by one: a
    line may repeat one amount thousands of times."""
    headline_end = article_headline_end(ctx)
    headline = ctx.text[ctx.text.rfind("\n", 0, headline_end) + 1:headline_end] if headline_end is not None else None
    in_headline: dict[Decimal, list[int]] = defaultdict(list)
    by_top: dict[Decimal, dict[str, dict[str | None, int]]] = defaultdict(dict)  # amount -> top -> source -> first
    by_label: dict[tuple, dict[str | None, int]] = defaultdict(dict)  # (amount, whole, label, item) -> source -> first
    by_label_alone: dict[tuple, dict[str | None, int]] = defaultdict(dict)  # (amount, label, item) -> source -> first
    rounded: list[int] = []  # the headline's rounded amounts no body amount has stood for yet
    repeats: list[int | None] = []
    for i, amount in enumerate(amounts):
        if is_average(ctx.text, amount):
            repeats.append(None)  # "bình quân 2,1 tỷ đồng/năm": no year's amount, though of its value
            continue
        value, funding, top = amount.money.amount, amount.funding, _top_id(ctx, amount.money.start)
        label, item = _restated_label(amount), _list_item_id(ctx, amount.money.start) if amount.item else None
        found = [j for j in in_headline.get(value, ()) if _same_source(amounts[j].funding, funding)
                 and not _is_part(parents, i, j)]
        if not found and rounded and (headline_end is None or amount.money.end > headline_end):
            found = [j for j in rounded if _same_source(amounts[j].funding, funding) and not _is_part(parents, i, j)
                     and rounded_from(amounts[j].money, value)][:1]
        if not _copies_headline(ctx.text, amount.money.start, headline):
            rounded = [j for j in rounded if j not in found]  # the body has stated it
        if top is not None:
            found += [j for other, sources in by_top.get(value, {}).items() if other != top
                      for source, j in sources.items() if _same_source(source, funding)
                      and not (amount.item and amounts[j].item and _sibling_parts(other, top))]
        if label is not None:
            same = by_label.get((value, parents[i], label, item), {}) if parents[i] is not None else by_label_alone.get(
                (value, label, item), {})
            found += [j for source, j in same.items() if _same_source(source, funding)]
        if not found and (line_start := closing_total_line(ctx.text, amount.money.start)) is not None and (
                lead_in := closed_list_lead_in(ctx.text, line_start)) is not None:
            found = _closed_amount(amounts, parents, repeats, i, lead_in)
        repeats.append(min(found, default=None))
        if repeats[-1] is not None:
            continue
        if headline_end is not None and amount.money.end <= headline_end:
            in_headline[value].append(i)
            rounded += [i] if (amount.money.quantity.qualifier or "").lower() in ROUNDING_QUALIFIERS else []
        elif top is not None:
            by_top[value].setdefault(top, {}).setdefault(funding, i)
        if label is not None:
            by_label[(value, parents[i], label, item)].setdefault(funding, i)
            by_label_alone[(value, label, item)].setdefault(funding, i)
    return repeats


def _closed_amount(amounts: list[Amount], parents: list[int | None], repeats: list[int | None], i: int,
                   lead_in: tuple[int, int]) -> list[int]:
    """The amount a closing total ``i`` repeats ("... Phân bổ 1.180 triệu đồng ..., cụ thể:" / items / "Tổng cộng: 05
    đề án, 1.180 triệu đồng."): one of its value and a source not differing, part and repeat of nothing, in the last
    sentence of the lead-in over its list (``lead_in``, `closed_list_lead_in`); else none."""
    total = amounts[i]
    for k in range(i - 1, -1, -1):
        if amounts[k].money.start < lead_in[0]:
            break
        if (amounts[k].money.start < lead_in[1] and amounts[k].money.amount == total.money.amount
                and parents[k] is None and repeats[k] is None and _same_source(amounts[k].funding, total.funding)):
            return [k]
    return []


def headline_parts(ctx: Context, amounts: list[Amount], parents: list[int | None], repeats: list[int | None]) -> None:
    """Mark as parts of a news headline's one amount ("Gần 5 tỷ đồng cho khuyến công năm
    2024") the first run of amounts of one body paragraph, two at least and none a part or
    a repeat, that adds up to it exactly ("kinh phí khuyến công quốc gia 3 tỷ đồng, kinh phí
    khuyến công địa phương 2 tỷ đồng"): the body splits the headline's total."""
    end = article_headline_end(ctx)
    if end is None:
        return
    heads = [i for i, a in enumerate(amounts) if a.money.start < end and parents[i] is None and repeats[i] is None]
    if len(heads) != 1 or any(repeats[i] == heads[0] or parents[i] == heads[0] for i in range(len(amounts))):
        return  # no one total, or the body restates it or splits it already
    free = [(i, amounts[i].money.start, amounts[i].money.end, amounts[i].money.amount)
            for i in range(heads[0] + 1, len(amounts)) if parents[i] is None and repeats[i] is None]
    for j in first_run_adding_up(ctx.text, free, amounts[heads[0]].money.amount):
        parents[j] = heads[0]


def headline_as_its_repeat(ctx: Context, amounts: list[Amount], parents: list[int | None],
                           repeats: list[int | None]) -> None:
    """Make a news headline's amount that the body repeats as a part of a larger amount a part of that one too: "Gần 45
    tỷ đồng kinh phí khuyến công quốc gia đã được phân bổ" over "... tổng kế hoạch ... là 130 tỷ đồng ... Đến hết ngày
    30/6/2024, kinh phí khuyến công quốc gia được phân bổ 45 tỷ đồng" (the headline's 45 tỷ was summed beside the 130)."""
    end = article_headline_end(ctx)
    if end is None:
        return
    for repeat, head in enumerate(repeats):
        if (head is not None and amounts[head].money.end <= end and parents[head] is None
                and (whole := parents[repeat]) is not None and whole != head):
            parents[head] = whole


# An average or a yearly rate: "bình quân (trung bình) 2,1 tỷ đồng", "2,1 tỷ đồng/năm", "... mỗi năm".
_AVERAGE_BEFORE = regex.compile(r"(?r)(?<!\p{L})(?:(?:bình[ \t]+quân|trung[ \t]+bình)(?:[ \t]+(?:mỗi|hằng|hàng)[ \t]+năm)?"
                                r"|(?:mỗi|hằng|hàng)[ \t]+năm)(?:[ \t]+(?:là|khoảng|gần|hơn|trên|đạt))?[ \t]*\Z", regex.I)
_PER_YEAR_AFTER = regex.compile(r"[ \t]*(?:/[ \t]*năm|(?:mỗi|một|hằng|hàng)[ \t]+năm)(?!\p{L})", regex.I)
AVERAGE_REACH = 24
"""Characters before an amount within which `_AVERAGE_BEFORE` is read."""


def is_average(text: str, amount: Amount) -> bool:
    """Whether ``amount`` is an average or a yearly rate (`_AVERAGE_BEFORE`, `_PER_YEAR_AFTER`): it repeats no amount of
    its value, nor does one repeat it."""
    start = amount.money.start
    return (_PER_YEAR_AFTER.match(text, amount.money.end) is not None
            or _AVERAGE_BEFORE.search(text, max(0, start - AVERAGE_REACH), start) is not None)


def _restated_label(amount: Amount) -> str | None:
    """The label by which a repeat of ``amount`` is known, case-folded: None when it is
    shorter than `RESTATED_LABEL_WORDS` words."""
    label = amount.label
    return label.casefold() if label and len(label.split()) >= RESTATED_LABEL_WORDS else None


ROUNDING_QUALIFIERS = {"hơn": 1, "trên": 1, "gần": -1, "khoảng": 0, "ước": 0, "ước khoảng": 0, "ước tính": 0}
"""The qualifiers of a rounded figure, and the side the amount it stands for lies on: above
it (1), below it (-1), either (0)."""


def _copies_headline(text: str, pos: int, headline: str | None) -> bool:
    """Whether the line holding ``pos`` opens with the news headline ``headline``, after it: a
    photo's caption or a print view copying it ("Đại Từ: Gần 1 tỷ đồng hỗ trợ khuyến công Gia công
    cơ khí tại Công ty ..."), which states no figure of the body."""
    return headline is not None and headline != "" and text.startswith(headline, text.rfind("\n", 0, pos) + 1)


def rounded_from(rounded: Money, amount: Decimal) -> bool:
    """Whether ``amount`` is what the qualified figure ``rounded`` stands for, on the side
    its qualifier says: above it by less than a unit of its last digit as written ("hơn 10
    tỷ" for 10,6 tỷ: the rest cut off), below it or either side by at most half of one ("gần
    2 tỷ" for 1,5 to 2 tỷ, "khoảng 5 tỷ" for 4,5 to 5,5 tỷ: rounded); never the figure itself."""
    side = ROUNDING_QUALIFIERS.get((rounded.quantity.qualifier or "").lower())  # "Gần 1 tỷ" opening a headline too
    if side is None or rounded.quantity.value_max is not None:
        return False
    unit = last_digit_unit(rounded)
    difference = amount - rounded.amount
    if side > 0:
        return 0 < difference < unit
    return 0 < -difference <= unit / 2 if side < 0 else 0 < abs(difference) <= unit / 2


def _same_source(first: str | None, second: str | None) -> bool:
    """Whether two funding sources do not differ (either unknown, or both the same)."""
    return first is None or second is None or first == second


def _other_programme(whole: Amount, amount: Amount) -> bool:
    """Whether ``amount`` is of the other programme than ``whole`` (`_PROGRAMME_SOURCES`): no part of it ("Tổng kinh
    phí khuyến công quốc gia năm 2023 là 2.500 triệu đồng." over "Kinh phí khuyến công địa phương ... 1.800 triệu
    đồng"), unless "trong đó" lists it (a total of both split by source, whatever its own words say)."""
    return whole.funding != amount.funding and {whole.funding, amount.funding} <= _PROGRAMME_SOURCES


def _same_part(ctx: Context, a: Money, b: Money) -> bool:
    """Both amounts lie in the same top-level section (or both outside every section)."""
    return _top_id(ctx, a.start) == _top_id(ctx, b.start)


def _within_section(ctx: Context, whole: Money, part: Money) -> bool:
    """Whether a part at ``part`` may belong to the amount at ``whole``: both in the same top-level section
    (`_same_part`), and the part's section the whole's or one under it ("2. ..., tổng kinh phí 520 triệu đồng, gồm:" /
    "a) ..."; not an item of a later sibling, "4. Tồn tại, hạn chế" / "- 01 đề án ... với kinh phí 150 triệu đồng")."""
    if not _same_part(ctx, whole, part):
        return False
    outer, inner = ctx.section_at(whole.start), ctx.section_at(part.start)
    return outer is None or inner is None or inner.id == outer.id or inner.id.startswith(outer.id + ".")


def _is_part(parents: list[int | None], i: int, j: int) -> bool:
    """Whether amount ``i`` is a part of amount ``j``, directly or through others."""
    above = parents[i]
    while above is not None:
        if above == j:
            return True
        above = parents[above]
    return False


def _list_item_id(ctx: Context, pos: int) -> str | None:
    """The id of the section holding ``pos`` (an amount on a marked item's line) when it is a numbered item ("I.2", "2",
    an annex's project, its heading naming no part of a plan: section `kind` ``other``), else None: the same words of
    money under two such items are two amounts ("+ Kinh phí khuyến công địa phương: 120" under each of two projects;
    not "1. Mục tiêu: tổng kinh phí ... 2.850 triệu đồng" and "2. Kinh phí: tổng kinh phí ... 2.850 triệu đồng", a total
    said twice)."""
    section = ctx.section_at(pos)
    return section.id if section is not None and section.marker and section.kind == "other" else None


def _sibling_parts(top: str, other: str) -> bool:
    """Whether two top-level sections are numbered parts of one programme or annex ("II" and "III", "2" and "3", "Điều
    2.I" and "Điều 2.II"): amounts of one value on marked items' lines in two of them are two amounts (two projects'
    "+ Tổng kinh phí: 1.200" in an annex's list, "2. Chi lắp đặt, chạy thử: 50.000" / "3. Chi quản lý đề án: 50.000"),
    not a total that a later part sets out again."""
    head, _, number = top.rpartition(".")
    other_head, _, other_number = other.rpartition(".")
    return head == other_head and bool(_PART_ID.fullmatch(number)) and bool(_PART_ID.fullmatch(other_number))


_PART_ID = regex.compile(r"[IVXLC]{1,6}|\d{1,3}")


def _top_id(ctx: Context, pos: int) -> str | None:
    """The id of the top-level section holding ``pos`` (None: in no section)."""
    section = ctx.section_at(pos)
    return top_section(section.id) if section else None
