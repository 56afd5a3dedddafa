"""Extractor: the money amounts of a programme.

Reads: the clean text, the section tree (``section_id``) and ``data/budget_terms.toml``.
Writes: one `BudgetItem` per amount in đồng (``27,377 tỷ đồng`` -> 27 377 000 000) with
its label (the words before it), funding source and span, and the warnings
``amount_words_mismatch`` (the amount repeated in words says otherwise) and
``budget_sum_mismatch`` (the parts of a stated amount do not add up to it). Money
figures that are targets (economic indicators, goals) are left to targets.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import regex

from khuyencong_extract.context import Context
from khuyencong_extract.models import BudgetItem, build
from khuyencong_extract.numbers import Money, find_money, words_after
from khuyencong_extract.targets import (
    ITEM_MARKER, beyond_max_number, clause_bounds, load_terms, money_kind_at, phrase_alternation, sentence_bounds,
    single_spaced,
)

FUNDING: dict[str, list[str]] = load_terms("budget_terms.toml")["funding_sources"]
# The cues of every funding source, one group each in `FUNDING` order (group i + 1 is source i).
FUNDING_CUES = regex.compile(
    "|".join(rf"(?P<s{i}>(?<!\p{{L}})(?:{phrase_alternation(cues)})(?!\p{{L}}))" for i, cues in enumerate(FUNDING.values())),
    regex.I,
)
FUNDING_NAMES = list(FUNDING)
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
# Right after an amount, "trong đó" opens its parts: their sources are not its own.
BREAKDOWN_AFTER = regex.compile(r"[\s,;:(]*trong\s+đó(?!\p{L})", regex.I)
# The words right after an amount that still speak of it: up to a comma, semicolon, full
# stop, bracket's end or "và" ("8,5 tỷ đồng từ nguồn kinh phí khuyến công quốc gia").
AFTER_PART = regex.compile(r"(?:(?![,;.)]|\s+và(?!\p{L})).)*", regex.I | regex.S)
# A purpose written after an amount: "7 tỷ đồng dành hỗ trợ các đề án ...", "... dành cho",
# "32,8 tỷ đồng để phát triển ...", "2,8 tỷ đồng cho khuyến công năm 2018" (not "cho 2 đề án").
PURPOSE_AFTER = regex.compile(
    r"\s+(?:được\s+)?(?P<purpose>(?:(?:dành|sử\s+dụng)\s+(?:cho|để|hỗ\s+trợ)|để|cho)\s(?!\d)"
    r"(?:(?![,;.]|\s+và(?!\p{L})).){3,200})",
    regex.I | regex.S,
)
# What opens the words of an amount after another one of its clause: ", trong đó", "và",
# ". Trong đó,", the other's bracketed remark ("(chiếm 41%), kinh phí ...").
LABEL_LEAD = regex.compile(
    r"[\s,;:.]*(?:\([^()]{0,80}\)[\s,;:.]*)?(?:(?:trong\s+đó|và|còn)(?!\p{L})[\s,;:]*)?", regex.I
)


@dataclass(slots=True)
class Amount:
    money: Money
    label: str | None
    depth: int
    """0 for a total, 1 for a numbered or plain item, 2 for a dash item; +1 under "Trong đó"."""
    funding: str | None


def extract_budget(ctx: Context) -> list[BudgetItem]:
    """Every amount in đồng that is not a target, in reading order."""
    amounts = _amounts(ctx)
    check_sums(ctx, amounts)
    items = []
    for amount in amounts:
        money, section = amount.money, ctx.section_at(amount.money.start)
        items.append(build(BudgetItem, {
            "amount_vnd": int(money.amount), "amount_text": money.raw, "label": amount.label,
            "funding_source": amount.funding, "section_id": section.id if section else None,
            "span": ctx.span(money.start, money.end),
        }))
    return items


def _amounts(ctx: Context) -> list[Amount]:
    text = ctx.text
    amounts: list[Amount] = []
    found = list(find_money(text))
    for k, money in enumerate(found):
        if money.currency != "VND" or money.amount < MIN_AMOUNT:
            continue
        sentence = sentence_bounds(text, money.start)
        if money_kind_at(text, money.start, money.end):
            continue
        if beyond_max_number(ctx, money.amount, money.start, money.end):
            continue
        _check_words(ctx, money)
        start, end = own_words(text, found, k, sentence[1])
        label = label_of(text, money, start, end)
        depth = _depth(text, money, label)
        if amounts and depth > 0 and BREAKDOWN.search(text, amounts[-1].money.end, money.start):
            depth = max(depth, amounts[-1].depth + 1)
        amounts.append(Amount(money, label, depth, funding_source(text, money, start, end)))
    return amounts


MIN_AMOUNT = 1000
"""Amounts of fewer đồng are no spending: a ratio ("cứ 1 đồng vốn hỗ trợ thì hút được 50 đồng
vốn đối ứng") or a price."""


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


def label_of(text: str, money: Money, start: int, end: int) -> str | None:
    """What the amount is for: the purpose written after it ("7 tỷ đồng dành hỗ trợ các đề
    án ..."), else its words before it from ``start`` (its clause, or the amount before it in
    the clause), marker, "trong đó" and "là:" dropped; a total's words before it ("Tổng kinh
    phí ... 27,377 tỷ đồng để ...") stay its label, which says it is the total."""
    before = words_before(text, money, start)
    if before and TOTAL.match(before):
        return before
    if purpose := PURPOSE_AFTER.match(text, money.end, min(end, money.end + LABEL_REACH)):
        return single_spaced(purpose["purpose"]).strip(" ,;:-") or None
    return before


def words_before(text: str, money: Money, start: int) -> str | None:
    """The words before an amount from ``start``, at most `LABEL_REACH` characters; marker,
    what is left of the amount before it, and "là:" dropped."""
    if money.start - LABEL_REACH > start:  # cut at a word's start, not inside one
        start = money.start - LABEL_REACH
        while start < money.start and not text[start - 1].isspace():
            start += 1
    marker = ITEM_MARKER.match(text, start, money.start)
    start = marker.end() if marker else LABEL_LEAD.match(text, start, money.start).end()
    label = text[start:money.quantity.qualifier_start or money.start]
    label = single_spaced(label[:LABEL_TAIL.search(label).start()]).strip(" ,;:-")
    return label or None


def _depth(text: str, money: Money, label: str | None) -> int:
    if label and TOTAL.match(label):
        return 0
    line_start = text.rfind("\n", 0, money.start) + 1
    return 2 if DASH_ITEM.match(text, line_start) else 1


def funding_source(text: str, money: Money, start: int, end: int) -> str | None:
    """The source the amount's own words name (from ``start``, the clause or the amount before
    it, to ``end``, the amount after it or its sentence's end), or None: the last one before
    it ("khuyến công quốc gia (KCQG) 1,45 tỷ đồng"), else the first one in the words right
    after it, up to the next comma, semicolon or "và" ("8,5 tỷ đồng từ nguồn kinh phí
    khuyến công quốc gia"). A total that its parts follow ("7,648 tỷ đồng, trong đó ...")
    takes none of theirs, and none at all when they are split by source."""
    after_end = min(end, money.end + LABEL_REACH)
    breakdown = BREAKDOWN_AFTER.match(text, money.end, after_end)
    if breakdown and _funding_cues(text, money.end, after_end):
        return None  # a total split by source: "9 tỷ đồng, trong đó nguồn vốn ngân sách tỉnh ..."
    if cues := _funding_cues(text, max(start, money.start - LABEL_REACH), money.start):
        return FUNDING_NAMES[cues[-1].lastindex - 1]  # the one group that matched: group i + 1 is source i
    if breakdown:
        return None
    cues = _funding_cues(text, money.end, AFTER_PART.match(text, money.end, after_end).end())
    return FUNDING_NAMES[cues[0].lastindex - 1] if cues else None


def _funding_cues(text: str, start: int, end: int) -> list[regex.Match]:
    """The `FUNDING_CUES` matches in ``text[start:end]``, looked for only when the window holds
    a cue's first word (a quick test before the pattern)."""
    window = text[start:end].casefold()
    if not any(head in window for head in FUNDING_HEADS):
        return []
    return list(FUNDING_CUES.finditer(text, start, end))


def _check_words(ctx: Context, money: Money) -> None:
    """Warn when the amount repeated in words ("Bằng chữ: ...") says another amount."""
    repeated = words_after(ctx.text, money.end)
    if repeated is not None and Decimal(repeated[0]) != money.amount:
        ctx.warn("amount_words_mismatch",
                 f"'{money.raw}' is {int(money.amount):,} đồng but the words say {repeated[0]:,}",
                 money.start, repeated[2])


def check_sums(ctx: Context, amounts: list[Amount]) -> None:
    """Warn where the amounts listed under a stated amount do not add up to it."""
    for i, parent in enumerate(amounts):
        children = children_of(ctx, amounts, i)
        if len(children) < 2:
            continue
        total = sum(c.money.amount for c in children)
        if total != parent.money.amount:
            parts = " + ".join(c.money.raw for c in children)
            ctx.warn("budget_sum_mismatch",
                     f"{parts} = {int(total):,} đồng, but '{parent.label or parent.money.raw}' states "
                     f"{int(parent.money.amount):,}", parent.money.start, children[-1].money.end)


def children_of(ctx: Context, amounts: list[Amount], index: int) -> list[Amount]:
    """The amounts listed directly under ``amounts[index]`` (the shallowest ones after it)."""
    parent = amounts[index]
    below = []
    for later in amounts[index + 1:]:
        if later.depth <= parent.depth or not _same_part(ctx, parent.money, later.money):
            break
        below.append(later)
    top = min((a.depth for a in below), default=None)
    return [a for a in below if a.depth == top]


def _same_part(ctx: Context, a: Money, b: Money) -> bool:
    """Both amounts lie in the same top-level section (or the document has no sections)."""
    first, second = ctx.section_at(a.start), ctx.section_at(b.start)
    if first is None or second is None:
        return first is second
    return first.id.split(".")[0] == second.id.split(".")[0]
