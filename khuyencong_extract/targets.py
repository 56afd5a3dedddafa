"""Extractor: the numeric targets a programme commits to.

Reads: the clean text, the section tree (for ``section_id`` and the headings that help
categorise) and the word lists in ``data/target_terms.toml`` and ``data/categories.toml``.
Writes: `Target` items in reading order, each with its span in the source, and the
warnings ``ambiguous_number`` ("khoảng 3,4 cơ sở") and ``amount_words_mismatch``.

How: a regex finds every figure (numbers.py); cheap checks drop references, dates,
years, frequencies and section markers; only then pyvi segments and tags the short
clause after the figure to find the head noun (the unit). Percentages and money are
kept as `indicator` targets in sentences naming an economic indicator.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources

import regex
from rapidfuzz import fuzz

from khuyencong_extract import normalise
from khuyencong_extract.context import Context
from khuyencong_extract.models import Target
from khuyencong_extract.numbers import MONEY, SCALES, Quantity, find_quantities, split_comma_pair, words_after


def load_terms(name: str) -> dict:
    """A TOML word list of data/."""
    return tomllib.loads(resources.files("khuyencong_extract").joinpath(f"data/{name}").read_text("utf-8"))


TERMS = load_terms("target_terms.toml")
CATEGORIES: dict[str, list[str]] = {cid: spec["keywords"] for cid, spec in load_terms("categories.toml").items()}
NON_TARGET_UNITS = frozenset(TERMS["non_target_units"])
UNIT_TRAILING_STOP = frozenset(TERMS["unit_trailing_stop"])


def phrase_alternation(words) -> str:
    """Alternation of phrases, longest first, spaces matching any whitespace."""
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# The word before a figure makes it a reference, a date or an ordinal ("Điều 4", "năm 2025").
NON_TARGET_BEFORE = regex.compile(rf"(?<!\p{{L}})(?:{phrase_alternation(TERMS['non_target_before'])})[\s:]*\Z", regex.I)
# "N unit/period" is a frequency ("02 năm/lần").
FREQUENCY = regex.compile(rf"\s*/\s*(?:{phrase_alternation(TERMS['frequency_periods'])})(?!\p{{L}})", regex.I)
# A letter (or a bracketed word, "01 (một) cộng tác viên") follows: the figure may count something.
NOUN_AFTER = regex.compile(r"\s{0,3}(?:\([\p{L}\s]{1,20}\)\s{0,3})?(?=\p{L})")
PERCENT_AFTER = regex.compile(r"\s?%(?:\s*/\s*năm(?!\p{L}))?")
INDICATOR_CUES = regex.compile(rf"(?<!\p{{L}})(?:{phrase_alternation(TERMS['indicator_cues'])})(?!\p{{L}})", regex.I)
BUDGET_CUES = regex.compile(rf"(?<!\p{{L}})(?:{phrase_alternation(TERMS['budget_cues'])})", regex.I)
MONEY_GOAL_CUES = regex.compile(rf"(?<!\p{{L}})(?:{phrase_alternation(TERMS['money_goal_cues'])})(?!\p{{L}})", regex.I)
# A clause continuing the one before it: opens with a figure or a hedge ("dự kiến 09 cuộc").
DEPENDENT_START = regex.compile(rf"(?:\d|(?:{phrase_alternation(TERMS['dependent_clause_starts'])})(?!\p{{L}}))", regex.I)
# A label opening an item, not part of the activity ("Kết quả dự kiến: ").
CLAUSE_LABEL = regex.compile(rf"(?:{phrase_alternation(TERMS['clause_labels'])})\s*:\s*", regex.I)
# An item marker at the start of a line or clause: "IV.", "1.2.", "a)", "-", "+".
ITEM_MARKER = regex.compile(r"(?:(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2}){0,3})\.|[a-zđ]\)|[-+•*])\s+")
# Clause boundaries inside a line: ";" and sentence ends; inline letter items "... cơ sở. c) Xây dựng".
CLAUSE_BREAK = regex.compile(r";\s*|(?<=[.!?…])\s+(?=[\p{Lu}\d(])|\s(?=[a-zđ]\)\s)")
SENTENCE_BREAK = regex.compile(r"(?<=[.!?…])\s+(?=[\p{Lu}\d(])")
# A short label closing with a colon at the start of a sentence ("Cơ cấu kinh tế: ").
SENTENCE_LABEL = regex.compile(r"[^:;.\n]{3,60}:\s*")
SYLLABLES_GAP = r"[\s_]+"


@dataclass(frozen=True, slots=True)
class Found:
    """A target before it becomes a `Target`: clean-text offsets and values."""

    start: int
    end: int
    value: Decimal
    value_max: Decimal | None
    unit: str
    kind: str
    qualifier: str | None
    activity: tuple[int, int]


def extract_targets(ctx: Context) -> list[Target]:
    """Every target of the document, restatements pointing at their first statement."""
    targets = []
    for found in find_targets(ctx):
        section = ctx.section_at(found.start)
        activity = activity_text(ctx.text, found.activity, found.kind)
        targets.append(Target(
            section_id=section.id if section else None,
            value=float(found.value), value_max=float(found.value_max) if found.value_max is not None else None,
            unit=found.unit, text=ctx.text[found.start:found.end], activity=activity,
            category=categorise(activity, heading_chain(ctx, section)) if found.kind != "indicator" else "other",
            kind=found.kind, qualifier=found.qualifier, span=ctx.span(found.start, found.end),
        ))
    return mark_restatements(targets)


def find_targets(ctx: Context) -> list[Found]:
    text = ctx.text
    found = []
    for q in find_quantities(text):
        if q.looks_like_year or _reference_before(text, q):
            continue
        if MONEY.match(text, q.qualifier_start if q.qualifier else q.start):
            item = _money(text, q)
        else:
            item = _percent(text, q) or _count(ctx, q)
        if item is not None:
            found.append(item)
    return found


def _reference_before(text: str, q: Quantity) -> bool:
    """The figure is a reference, a date part or an ordinal ("Điều 4", "ngày 18 tháng 8")."""
    if q.qualifier:
        return False
    return NON_TARGET_BEFORE.search(text, max(0, q.start - 16), q.start) is not None


def _percent(text: str, q: Quantity) -> Found | None:
    m = PERCENT_AFTER.match(text, q.end)
    if m is None:
        return None
    unit = regex.sub(r"\s+", "", m.group(0))
    sentence = text[slice(*sentence_bounds(text, q.start))]
    kind = "indicator" if unit != "%" or INDICATOR_CUES.search(sentence) else "percent"
    return Found(q.start, m.end(), q.value, q.value_max, unit, kind, q.qualifier, clause_bounds(text, q.start))


def money_kind(sentence: str) -> str | None:
    """``indicator`` or ``money`` when a sentence's money figure is a target; None for budget.

    An economic indicator ("Giá trị sản xuất công nghiệp trên 17.600 tỷ đồng") or a goal to
    reach ("phấn đấu ... đạt") without a word about spending.
    """
    if INDICATOR_CUES.search(sentence):
        return "indicator"
    if MONEY_GOAL_CUES.search(sentence) and not BUDGET_CUES.search(sentence):
        return "money"
    return None


def _money(text: str, q: Quantity) -> Found | None:
    """A money figure is a target only as an indicator or a money goal; else it is budget."""
    m = MONEY.match(text, q.qualifier_start if q.qualifier else q.start)
    kind = money_kind(text[slice(*sentence_bounds(text, q.start))])
    if kind is None:
        return None
    factor = SCALES[m.group("scale").lower()] if m.group("scale") else 1
    value_max = q.value_max * factor if q.value_max is not None else None
    return Found(q.start, m.end(), q.value * factor, value_max, m.group("cur"), kind, q.qualifier,
                 clause_bounds(text, q.start))


def _count(ctx: Context, q: Quantity) -> Found | None:
    text = ctx.text
    gap = NOUN_AFTER.match(text, q.end)
    if gap is None:
        return None
    unit_span = head_noun(text, gap.end(), q.raw)
    if unit_span is None:
        return None
    unit = regex.sub(r"\s+", " ", text[slice(*unit_span)])
    if unit.lower() in NON_TARGET_UNITS or FREQUENCY.match(text, unit_span[1]):
        return None
    value, value_max = q.value, q.value_max
    if q.is_decimal:
        pair = split_comma_pair(q)
        ctx.warn("ambiguous_number", f"'{q.raw} {unit}': a count cannot be fractional; read as "
                 + (f"{pair[0]} to {pair[1]}" if pair else q.raw), q.start, unit_span[1])
        if pair:
            value, value_max = Decimal(pair[0]), Decimal(pair[1])
    repeated = words_after(text, q.end)
    if repeated is not None and repeated[0] != value:
        ctx.warn("amount_words_mismatch", f"'{q.raw}' is written in words as {repeated[0]}", q.start, repeated[2])
    return Found(q.start, unit_span[1], value, value_max, unit, "count", q.qualifier, clause_bounds(text, q.start))


@functools.cache
def _pyvi():
    """pyvi's tokenizer and tagger, imported once per process (the import loads models)."""
    from pyvi import ViPosTagger, ViTokenizer

    return ViTokenizer, ViPosTagger


@functools.lru_cache(maxsize=4096)
def tag(passage: str) -> tuple[tuple[str, str], ...]:
    """pyvi word segmentation and POS tags of a short passage."""
    tokenizer, tagger = _pyvi()
    words, tags = tagger.postagging(tokenizer.tokenize(passage))
    return tuple(zip(words, (str(t) for t in tags)))


_WINDOW = regex.compile(r"[^;:.,()\n]{1,60}")
_NOT_WORD = regex.compile(r"[\d.,]+")


def head_noun(text: str, pos: int, figure: str) -> tuple[int, int] | None:
    """Offsets of the head noun starting at ``pos`` ("mô hình" in "02 mô hình trình diễn"), or None.

    pyvi tags the figure and the short passage after it up to the next punctuation (the
    figure keeps the tagger on a noun reading); the first word must be a noun. Syllables
    pyvi glues onto it from the next word ("sản_phẩm_cấp") are dropped.
    """
    window = _WINDOW.match(text, pos)
    if window is None:
        return None
    tagged = [(w, t) for w, t in tag(f"{figure} {window.group(0)}") if not _NOT_WORD.fullmatch(w)]
    if not tagged or not tagged[0][1].startswith("N"):
        return None
    syllables = tagged[0][0].split("_")
    while len(syllables) > 1 and syllables[-1].lower() in UNIT_TRAILING_STOP:
        syllables.pop()
    m = regex.compile(SYLLABLES_GAP.join(map(regex.escape, syllables)), regex.I).match(text, pos)
    return (m.start(), m.end()) if m else None


LINE_REACH = 500
"""How far a line is looked at on each side of a figure: real lines are far shorter, and the
bound keeps one huge line (a 5 MB paste) linear instead of quadratic."""


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """The line holding ``pos``, cut at `LINE_REACH` characters on each side."""
    low, high = max(0, pos - LINE_REACH), min(len(text), pos + LINE_REACH)
    end = text.find("\n", pos, high)
    return text.rfind("\n", low, pos) + 1 or low, high if end < 0 else end


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The sentence (within one line) holding ``pos``."""
    start, end = line_bounds(text, pos)
    for m in SENTENCE_BREAK.finditer(text, start, end):
        if m.start() < pos:
            start = m.end()
        else:
            return start, m.start()
    return start, end


def clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """The clause holding ``pos``, joined to the clauses before it that it continues."""
    line_start, line_end = line_bounds(text, pos)
    cuts = [(line_start, line_start)] + [m.span() for m in CLAUSE_BREAK.finditer(text, line_start, line_end)]
    cuts.append((line_end, line_end))
    index = max(i for i, (_, after) in enumerate(cuts[:-1]) if after <= pos)
    end = cuts[index + 1][0]
    while index > 0 and _continues(text, cuts[index][1]):
        index -= 1
    return cuts[index][1], end


def _continues(text: str, start: int) -> bool:
    m = ITEM_MARKER.match(text, start)
    return m is None and DEPENDENT_START.match(text, start) is not None


def activity_text(text: str, bounds: tuple[int, int], kind: str) -> str:
    """The clause as an activity: no item marker, no "Kết quả dự kiến:" label, no final dot.

    An indicator keeps the label of its sentence ("Cơ cấu kinh tế: các ngành dịch vụ 39%").
    """
    start, end = bounds
    for pattern in (ITEM_MARKER, CLAUSE_LABEL, ITEM_MARKER):
        m = pattern.match(text, start, end)
        start = m.end() if m else start
    activity = text[start:end]
    if kind == "indicator":
        s_start, _ = sentence_bounds(text, start)
        label = SENTENCE_LABEL.match(text, s_start, end)
        if label and label.end() <= start:
            activity = text[s_start:label.end()] + activity
    return regex.sub(r"\s+", " ", activity).strip(" .;,")


def heading_chain(ctx: Context, section) -> list[str]:
    """Headings of ``section`` and its ancestors, deepest first."""
    by_id = {s.id: s for s in ctx.sections}
    headings = []
    while section is not None:
        if section.heading:
            headings.append(section.heading)
        section = by_id.get(section.parent_id) if section.parent_id else None
    return headings


def fold(text: str) -> str:
    """The form keywords match on: `normalise.fold` (NFC, one tone placement, lower case),
    punctuation and runs of spaces as one space."""
    return regex.sub(r"[\s,;:()\-–]+", " ", normalise.fold(text)).strip()


@functools.cache
def _folded_keywords() -> list[tuple[str, str]]:
    return [(cid, fold(k)) for cid, keywords in CATEGORIES.items() for k in keywords]


def category_matches(text: str) -> dict[str, int]:
    """Categories whose keywords occur in ``text`` (fuzzily), with the longest keyword length."""
    folded = f" {fold(text)} "
    found: dict[str, int] = {}
    for cid, keyword in _folded_keywords():
        hit = f" {keyword} " in folded or (
            len(keyword) >= 12 and fuzz.partial_ratio(keyword, folded, score_cutoff=_cutoff(keyword)) > 0
        )
        if hit:
            found[cid] = max(found.get(cid, 0), len(keyword))
    return found


def _cutoff(keyword: str) -> float:
    """Fuzzy score a keyword needs: a long phrase tolerates a repeated or dropped word
    ("nông thôn thôn tiêu biểu" scores 87.5); a short one must be nearly exact."""
    return 86 if len(keyword) >= 20 else 92


def categorise(activity: str, headings: list[str]) -> str:
    """Activity category: a heading's category among the activity's, else the most specific.

    Falls back to the nearest heading that names a category, then to ``other``.
    """
    candidates = category_matches(activity)
    heading_categories = [_best(category_matches(h)) for h in headings]
    heading_categories = [c for c in heading_categories if c]
    for cid in heading_categories:
        if cid in candidates:
            return cid
    return _best(candidates) or (heading_categories[0] if heading_categories else "other")


def _best(matches: dict[str, int]) -> str | None:
    return max(matches, key=matches.get) if matches else None


def mark_restatements(targets: list[Target]) -> list[Target]:
    """Point a target at the earlier one it repeats (same value, unit, kind, category).

    A repeat is in another top-level section ("Mục tiêu cụ thể" then "Kết quả dự kiến"),
    or, where sections are unknown, a second copy of the same activity text elsewhere.
    Each earlier target is claimed at most once per section.
    """
    claimed: set[tuple[int, str | None]] = set()
    for i, target in enumerate(targets):
        for j in range(i):
            first = targets[j]
            if first.restates is not None or (j, target.section_id) in claimed:
                continue
            if _same_quantity(first, target) and _elsewhere(first, target):
                target.restates = j
                claimed.add((j, target.section_id))
                break
    return targets


def _same_quantity(a: Target, b: Target) -> bool:
    return (a.value, a.value_max, a.unit.lower(), a.kind, a.category) == (
        b.value, b.value_max, b.unit.lower(), b.kind, b.category)


def _top(section_id: str | None) -> str | None:
    return section_id.split(".")[0] if section_id else None


def _elsewhere(a: Target, b: Target) -> bool:
    if _top(a.section_id) and _top(b.section_id) and _top(a.section_id) != _top(b.section_id):
        return True
    return a.activity == b.activity and not _overlap(a.span, b.span) and a.text == b.text and _far(a, b)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _far(a: Target, b: Target) -> bool:
    """Not two figures of one clause ("(02 cụm), ... 02 cụm công nghiệp")."""
    return abs(a.span[0] - b.span[0]) > len(a.activity or "")
