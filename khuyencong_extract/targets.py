"""Extractor: the numeric targets a programme commits to.

Reads: the clean text, the section tree (for ``section_id`` and the headings that help
categorise) and the word lists in ``data/target_terms.toml``, ``data/categories.toml`` and
``data/unit_nouns.tsv``.
Writes: `Target` items in reading order, each with its span in the source, and the
warnings ``ambiguous_number`` ("khoảng 3,4 cơ sở") and ``amount_words_mismatch``.

How: a regex finds every figure (numbers.py); cheap checks drop references, dates,
years, frequencies and section markers; only then the head noun after the figure (the
unit) is read: a known unit directly, any other word by pyvi, which segments and tags
the short clause after the figure (pyvi is imported at that first need only).
Percentages and money are kept as `indicator` targets in sentences naming an economic
indicator, and so are figures of a unit of measure ("17,5 tấn", "2.850 m3") and the goods
counted after a head of production output ("sản lượng ... tăng thêm ..., 750.000 cái bánh in").
"""

from __future__ import annotations

import bisect
import functools
import re
import tomllib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import resources
from typing import NamedTuple

import regex
from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from khuyencong_extract import agencies, tones
from khuyencong_extract.context import Context
from khuyencong_extract.metadata import news_headline_end
from khuyencong_extract.models import MAX_NUMBER, Metadata, Target, build
from khuyencong_extract.numbers import (
    phrase_alternation,
    QUALIFIERS, Money, Quantity, find_figures, parse_figure, parts_of_whole, split_comma_pair, words_after,
)
from khuyencong_extract.tables import (Cell, Figure, counted, header_spans, in_rows, kept_figures, merge_in_order,
                                       money_scale, opens_with, read_in_rows, restate_totals)
from khuyencong_extract.texttools import (
    BLANKS, PLACE_ABBREVIATION, YEAR, before_blanks, document_cache, fewest_needles, first_mark, holds_any, last_match,
    occurrences, unit_nouns,
)


def load_terms(name: str) -> dict:
    """A TOML word list of data/."""
    return tomllib.loads(resources.files("khuyencong_extract").joinpath(f"data/{name}").read_text("utf-8"))


TERMS = load_terms("target_terms.toml")
_CATEGORY_SPECS = load_terms("categories.toml")
CATEGORIES: dict[str, list[str]] = {cid: spec["keywords"] for cid, spec in _CATEGORY_SPECS.items()}
CATEGORY_OF_UNIT: dict[str, str] = {unit: cid for cid, spec in _CATEGORY_SPECS.items() for unit in spec.get("units", [])}
"""The category of a count of a unit (categories.toml ``units``: "máy" counts machines) whose words name none."""
NON_TARGET_UNITS = frozenset(TERMS["non_target_units"])
UNIT_TRAILING_STOP = frozenset(TERMS["unit_trailing_stop"])


# Who says what follows (target_terms.toml ``speaker_verbs``): the last such verb and its comma, matched backwards.
SAID = regex.compile(rf"(?r)(?<!\p{{L}})(?:{phrase_alternation(TERMS['speaker_verbs'])})\s*[,:]\s*", regex.I)
SAID_ENDS = tuple(dict.fromkeys(verb.split()[-1] for verb in TERMS["speaker_verbs"]))
"""The last words of `SAID`'s verbs (a quick test before the pattern)."""


# "chiếm" right before a percentage: a share ("chiếm 84,7%", "chiếm khoảng 15%").
SHARE_BEFORE = regex.compile(r"(?<![\p{L}])chiếm(?:[ \t]+(?:khoảng|gần|trên|hơn))?[ \t]*\(?[ \t]*\Z", regex.I)
# "mới" right before a percentage: a state of goods ("Máy móc mới 100%": brand new).
NEW_BEFORE = regex.compile(r"(?<![\p{L}])mới[ \t]*\Z", regex.I)
# "lãi suất" (a loan's interest) right before a percentage: a rate, no promise ("lãi suất 0%/năm").
INTEREST_BEFORE = regex.compile(r"(?<![\p{L}])lãi[ \t]+suất(?:[ \t]+vay)?[ \t]*:?[ \t]*\Z", regex.I)
# A word of costs right after a percentage that a word of support or lending is shortly before,
# or a counterpart's share: a rate, no promise ("hỗ trợ 100% chi phí khảo sát", "mức vốn cho vay
# từ 60-70% dự toán", "30-40 % vốn đối ứng"); not a result ("tiết kiệm 15% chi phí năng lượng",
# "giải ngân đạt 95% dự toán") nor a growth ("tăng 20,5% kinh phí").
RATE_AFTER = regex.compile(
    rf"[ \t]*(?:(?P<counterpart>vốn[ \t]+đối[ \t]+ứng)|{phrase_alternation(TERMS['rate_nouns'])})(?!\p{{L}})", regex.I)
RATE_BEFORE = regex.compile(rf"(?<!\p{{L}})(?:{phrase_alternation(TERMS['rate_cues'])})(?!\p{{L}})", regex.I)
RATE_CUE_REACH = 30
"""Characters before a percentage within which `RATE_BEFORE` is looked for."""
# A share of support, no promise: a percentage right after "hỗ trợ" or "chi" (maybe "tối đa",
# "không quá") and right before what it is for ("cho", "hỗ trợ"): "hỗ trợ tối đa 30% cho mô hình
# phổ biến sản phẩm mới", "chi 30% hỗ trợ cho mô hình thí điểm" (a rule's norms; "hỗ trợ 100% cơ
# sở" counts whom it reaches).
SUPPORT_SHARE_BEFORE = regex.compile(
    r"(?<!\p{L})(?:hỗ[ \t]+trợ|chi)(?:[ \t]+(?:tối[ \t]+đa|không[ \t]+quá))?[ \t]*\Z", regex.I)
SUPPORT_SHARE_AFTER = regex.compile(r"[ \t]+(?:cho|hỗ[ \t]+trợ)(?!\p{L})", regex.I)
LINE_CLOSED_AFTER = regex.compile(r"[ \t]*[.;]?[ \t]*(?:\n|\Z)")
# ... closing its line after "do <money> hỗ trợ": a caption's share of a machine's cost ("Máy đóng nhãn
# chai rượu vang do nguồn vốn khuyến công hỗ trợ 50%"; "tỷ lệ cơ sở ... được hỗ trợ 60%" is a goal).
MONEY_SUPPORT_BEFORE = regex.compile(
    r"(?<!\p{L})do[ \t]+(?:nguồn[ \t]+)?(?:vốn|kinh[ \t]+phí|ngân[ \t]+sách)(?!\p{L})[^,.;:\n]{0,30}?(?<!\p{L})hỗ[ \t]+trợ"
    r"[ \t]*\Z", regex.I)
# The money a percentage is a share of, set aside for a use after it: how a budget is split, no promise ("100%
# kinh phí KC địa phương năm 2013 của Hà Giang dành hỗ trợ cho các cơ sở CNNT ...", "60% kinh phí khuyến công
# địa phương được dành cho ...").
MONEY_SET_ASIDE_AFTER = regex.compile(
    r"[ \t]*(?:kinh[ \t]+phí|ngân[ \t]+sách|nguồn[ \t]+vốn|vốn)(?!\p{L})[^,.;:\n]{0,60}?(?<!\p{L})(?:được[ \t]+)?dành(?!\p{L})",
    regex.I)
_SET_ASIDE_REACH = 90
"""Characters after a percentage `MONEY_SET_ASIDE_AFTER` reads."""
GROWTH_BEFORE = regex.compile(r"(?<![\p{L}])(?:tăng|giảm)(?:[ \t]+(?:khoảng|gần|trên|hơn))?[ \t]*\Z", regex.I)
_PHRASE_REACH = 60
"""How far the two patterns below are tried (the end passed to ``match``: `regex` would
otherwise look for their literal through the rest of a long line, at every figure)."""
# After a count's unit, words that make it a threshold of a condition, no promise.
THRESHOLD_AFTER = regex.compile(r"[^\S\n]*(?:trở[^\S\n]+lên|trở[^\S\n]+xuống)(?!\p{L})", regex.I)
NON_TARGET_PHRASE = regex.compile(rf"(?:{phrase_alternation(TERMS['non_target_phrases'])})(?!\p{{L}})", regex.I)
_PHRASE_UNITS = frozenset(phrase.split()[0] for phrase in TERMS["non_target_phrases"])
"""The units `NON_TARGET_PHRASE` is tried after."""

# A unit of groups, up to eight words, then the "gồm:" of their list: "4 nhóm sản phẩm được tham
# gia bình chọn, gồm:".
GROUPS_LISTED = regex.compile(
    rf"(?:{phrase_alternation(TERMS['listed_group_units'])})(?:[ \t]+[^\s,.;:]+){{0,8}}[ \t]*,?[ \t]*"
    rf"(?:bao[ \t]+)?gồm[ \t]*:", regex.I)
LISTED_GROUP_UNITS = frozenset(TERMS["listed_group_units"])
GROUPS_LISTED_REACH = 120
"""Characters after a unit within which `GROUPS_LISTED` is matched."""

# A word of an area or a length before a figure of `geography_units`, in its clause: "Tổng
# diện tích tự nhiên toàn khu vực là 102.035 km2", "bờ biển trải dài trên 200 km".
GEOGRAPHY_UNITS = frozenset(TERMS["geography_units"])
GEOGRAPHY_BEFORE = regex.compile(
    rf"(?<!\p{{L}})(?:{phrase_alternation(TERMS['geography_words'])})(?!\p{{L}})[^,;.\n]*\Z", regex.I)
GEOGRAPHY_REACH = 60
"""Characters before a figure within which `GEOGRAPHY_BEFORE` is looked for."""
# A word right before a count of provinces that makes it the frame of an event or a region:
# "hoạt động khuyến công của 15 tỉnh", "đại biểu từ 15 tỉnh", "gồm 15 tỉnh, thành phố:".
FRAME_UNITS = frozenset(TERMS["frame_units"])
FRAME_BEFORE = regex.compile(rf"(?<!\p{{L}})(?:{phrase_alternation(TERMS['frame_before'])})[ \t]+\Z", regex.I)
FRAME_REACH = 13
"""Characters before a count read for `FRAME_BEFORE` (its longest words, "khuyến công ")."""
# ... or the last of a list of places a word of origin opens in its clause: "cơ sở sản xuất đến từ các xã, phường trong
# tỉnh và 12 tỉnh, thành phố".
FRAME_LISTED_BEFORE = regex.compile(r"(?<!\p{L})(?:đến[ \t]+từ|từ)[ \t]+[^.;:\n\d]{1,60}?(?:[ \t]+và|,)[ \t]+\Z",
                                    regex.I)
FRAME_LISTED_REACH = 80
"""Characters before a count read for `FRAME_LISTED_BEFORE`."""
PLACE_FRAME_UNITS = frozenset(TERMS["place_frame_units"])
PLACE_FRAME_BEFORE = regex.compile(
    rf"(?<!\p{{L}})(?:{phrase_alternation(TERMS['place_frame_before'])})[ \t]+\Z", regex.I)
PLACE_FRAME_REACH = 16
"""Characters before a count read for `PLACE_FRAME_BEFORE` ("trên địa bàn ")."""
COMMUNE_FRAME_UNITS = frozenset(TERMS["commune_frame_units"])
COMMUNE_FRAME_BEFORE = regex.compile(
    rf"(?<!\p{{L}})(?:{phrase_alternation(TERMS['commune_frame_before'])})[ \t]+\Z", regex.I)
# "cả nước" ("toàn quốc") shortly after a percentage: a share of the nation ("chiếm hơn 30% diện
# tích của cả nước", "chiếm 43% trong tổng số sản phẩm toàn quốc được công nhận").
NATION_AFTER = regex.compile(r"[^,;.\n]{0,40}?(?<!\p{L})(?:cả[ \t]+nước|toàn[ \t]+quốc)(?!\p{L})", regex.I)
GOAL_WORDS = regex.compile(rf"(?<!\p{{L}})(?:{phrase_alternation(TERMS['goal_words'])})(?!\p{{L}})", regex.I)

# A size per unit, no total, before the figure: "mỗi lớp 30 học viên", "mỗi lớp có khoảng 30
# học viên", "mỗi huyện xây dựng ít nhất 01 mô hình", "mỗi xã, phường có 01 cộng tác viên" (not
# "mỗi năm": a yearly figure is one); or after its unit: "30 học viên/lớp", the noun after the
# slash one of `per_unit_nouns` and the unit none ("5 hội chợ/triển lãm", "10 lớp/khóa" name
# alternatives).
PER_UNIT_BEFORE = regex.compile(
    rf"(?<!\p{{L}})mỗi[ \t]+(?!(?:{phrase_alternation(TERMS['per_unit_not_after'])})(?!\p{{L}}))"
    r"(?P<noun>\p{L}+(?:[ \t]+\p{L}+){0,4})(?:,[ \t]*\p{L}+(?:[ \t]+\p{L}+){0,2})?"
    r"(?:[ \t]*(?:có|gồm|là|từ|khoảng|tối[ \t]+đa|tối[ \t]+thiểu|ít[ \t]+nhất|bình[ \t]+quân|trung[ \t]+bình|:))*[ \t]*$",
    regex.I)
PER_UNIT_REACH = 48
"""Characters before a figure read for `PER_UNIT_BEFORE`."""
PER_UNIT_NOUNS = frozenset(TERMS["per_unit_nouns"])
PER_UNIT_AFTER = regex.compile(rf"[ \t]*/[ \t]*(?P<noun>{phrase_alternation(PER_UNIT_NOUNS)})(?!\p{{L}})", regex.I)
# "mỗi" and its noun right after a count's unit: "200 gian hàng mỗi hội chợ", "30 học viên mỗi lớp" (not a period, a
# rate's: "mỗi năm", "700kg mỗi giờ").
_PERIODS = phrase_alternation(set(TERMS["per_unit_not_after"]) | set(TERMS["frequency_periods"]))
PER_UNIT_EACH_AFTER = regex.compile(
    rf"[ \t]+(?:(?:cho|trên|ở|tại)[ \t]+)?mỗi[ \t]+(?!(?:{_PERIODS})(?!\p{{L}}))"
    r"(?P<noun>\p{L}+(?:[ \t]+\p{L}+){0,3}?)(?=[ \t]*(?:[,.;:)\n]|$))", regex.I)

# The word before a figure makes it a reference, a date or an ordinal ("Điều 4", "năm 2025").
# Matched from the figure backwards (``(?r)``), not tried at each offset before it.
NON_TARGET_BEFORE = regex.compile(rf"(?r)(?<!\p{{L}})(?:{phrase_alternation(TERMS['non_target_before'])})[\s:]*\Z", regex.I)
# ... unless its "số" is a total's ("tổng số 50 cơ sở").
TOTAL_BEFORE = regex.compile(rf"(?r)(?<!\p{{L}})(?:{phrase_alternation(TERMS['total_before'])})[\s:]*\Z", regex.I)
# The last letters of those words in either case, and "İ", which `regex` folds to "i" ("đội",
# "khối": no other character matches one of them case-insensitively; a test checks it), and the
# characters `regex` reads as [\s:].
_REFERENCE_ENDS = frozenset(c for word in TERMS["non_target_before"] for c in (word[-1], word[-1].upper())) | (
    {"İ"} if any(word.endswith("i") for word in TERMS["non_target_before"]) else set())
_SPACES_AND_COLON = "\t\n\x0b\x0c\r \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f\u3000:"
# A currency and a slash right before a figure of one: the unit a rate of money is given for
# ("Mức hỗ trợ tối đa 500 triệu đồng/ 1 làng nghề"; budget.py drops the amount).
RATE_OF_MONEY = regex.compile(r"(?<!\p{L})(?:đồng|USD)[ \t]*/[ \t]*\Z", regex.I)
# "N unit/period" is a frequency ("02 năm/lần", "50 tấn chè xanh/năm").
FREQUENCY = regex.compile(
    rf"(?:\s*|(?:[ \t]{{1,3}}\p{{L}}{{1,10}}){{1,3}}[ \t]{{0,3}})/\s*(?:{phrase_alternation(TERMS['frequency_periods'])})"
    rf"(?!\p{{L}})", regex.I)
# A letter (or a bracketed word, "01 (một) cộng tác viên") follows: the figure may count something.
# Not past a line break before a capital: re-joining left it, so a new line starts there
# ("... ảnh 1" / "Thêu, may thổ cẩm ...": a caption's number and the next paragraph), nor past one after a bracket
# ("Biểu 1 (triệu đồng)" / "STT | ..."); a word glued to the figure only when it is letters alone
# ("22946fcbde44271a7e55.jpg" is a file).
NOUN_AFTER = regex.compile(
    r"(?:[^\S\n]{1,3}|[^\S\n]{0,2}\n(?=\p{Ll})|(?=\p{L}+(?![\p{L}\p{N}])))(?:\([\p{L} \t]{1,20}\)[^\S\n]{0,3})?(?=\p{L})"
)
PERCENT_AFTER = regex.compile(r"\s?%(?:\s*/\s*năm(?!\p{L}))?")
# One match after a figure: its percent sign, else the gap before a word it may count.
AFTER_FIGURE = regex.compile(rf"(?P<percent>{PERCENT_AFTER.pattern})|{NOUN_AFTER.pattern}")
_PERCENT = AFTER_FIGURE.groupindex["percent"]
# Registered or charter capital, a statistic of firms, no money to spend ("tổng vốn đăng ký", "vốn
# đầu tư đăng ký", a copy's "vốn đầu đăng ký", "vốn điều lệ"): up to two words between; a firm's
# total assets, and its total capital under a ceiling, the size of a small or medium firm ("có tổng
# nguồn vốn tương đương tổng tài sản ... (không quá 100 tỷ)").
REGISTERED_CAPITAL = (r"vốn(?:\s+\p{L}+){0,2}?\s+đăng\s+ký|vốn\s+điều\s+lệ|tổng\s+tài\s+sản"
                      r"|tổng\s+nguồn\s+vốn(?=[^.;\n]{0,160}?không\s+quá)")
INDICATOR_CUES = regex.compile(
    rf"(?<!\p{{L}})(?:{phrase_alternation(TERMS['indicator_cues'])}|{REGISTERED_CAPITAL})(?!\p{{L}})", regex.I
)
BUDGET_CUES = regex.compile(rf"(?<!\p{{L}})(?:{phrase_alternation(TERMS['budget_cues'])})", regex.I)
# A percentage of a plan right after a goal word: "đạt 100% kế hoạch năm" (a result's share).
_PLAN_SHARE = (rf"[ \t]+(?:(?:khoảng|gần|trên|hơn)[ \t]+)?\d[\d.,]*[ \t]*%[ \t]*(?:so[ \t]+với[ \t]+)?"
               rf"(?:{phrase_alternation(TERMS['plan_share_nouns'])})(?!\p{{L}})")
MONEY_GOAL_CUES = regex.compile(
    rf"(?<!\p{{L}})(?-i:(?<!(?<!\p{{L}})\p{{Lu}}\p{{L}}*[ \t]+(?=\p{{Lu}})))(?:{phrase_alternation(TERMS['money_goal_cues'])})"
    rf"(?!\p{{L}})"
    rf"(?!{_PLAN_SHARE})", regex.I)
"""A goal word in a sentence of money (not a capitalised one after a capitalised word: a name, "HTX may Thành Đạt")."""
# A label opening an item, not part of the activity ("Kết quả dự kiến: ").
CLAUSE_LABEL = regex.compile(rf"(?:{phrase_alternation(TERMS['clause_labels'])})\s*:\s*", regex.I)
# An item marker at the start of a line or clause: "IV.", "1.2.", "a)", "-", "+".
ITEM_MARKER = regex.compile(r"(?:(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2}){0,3})\.|(?:[a-zđ]|\d{1,2})\)|[-+•*])\s+")
# What opens a clause before its activity, each part matched where the one before ends (an
# optional group takes the match its pattern alone would): a marker, a label, a marker.
ACTIVITY_LEAD = regex.compile(rf"(?:{ITEM_MARKER.pattern})?(?i:{CLAUSE_LABEL.pattern})?(?:{ITEM_MARKER.pattern})?")
# A clause continuing the one before it: no item marker, a figure or a hedge ("dự kiến 09 cuộc").
CONTINUATION = regex.compile(
    rf"(?!{ITEM_MARKER.pattern})(?i:\d|(?:{phrase_alternation(TERMS['dependent_clause_starts'])})(?!\p{{L}}))"
)
# The tense words of `achieved`, nearest first (``(?r)``: searched from the figure back); a
# done word before a word of `done_marker_not_before` (or of `plan_making_words` no verb of work is joined to), or
# before the passive but for one of
# work done ("đã được triển khai"), is passed over, and so is one inside another phrase ("thực
# hiện có", "nhỏ và vừa": ``marker_not_after``).
_STATE = (rf"(?<!(?<!\p{{L}})(?:{phrase_alternation(TERMS['marker_not_after']['hiện có'])})\s)"
          rf"(?:{phrase_alternation(TERMS['state_openers'])})[ \t]*,?(?:[ \t]+[^\s,.;:]+){{0,{TERMS['state_words']}}}?[ \t]+có")
# The years of work behind a report, a result: "Sau 12 năm thực hiện, có 762 sản phẩm đạt bình chọn cấp huyện".
_YEARS_OF_WORK = (rf"(?:{phrase_alternation(TERMS['years_of_work_openers'])})[ \t]+\d{{1,2}}[ \t]+năm[ \t]+"
                  rf"(?:{phrase_alternation(TERMS['years_of_work_verbs'])})")
# "(ký) ban hành" or "ký quyết định" after "đã" makes it no report of work done, but for a decision whose
# title (its next 60 characters) opens with one of `recognising_words`: what it recognises is done ("đã
# ban hành Quyết định số 83/QĐ-CTĐP về việc công nhận sản phẩm công nghiệp nông thôn tiêu biểu ... Qua
# đó, Khu vực phía Nam có 200 sản phẩm ...", "vừa ký quyết định công nhận sản phẩm ...").
_ISSUING = ("ban hành", "ký quyết định", "ký ban hành")
_NOT_BEFORE = "|".join(
    [phrase_alternation(word for word in TERMS["done_marker_not_before"] if word not in _ISSUING),
     rf"(?:{phrase_alternation(TERMS['plan_making_words'])})"
     rf"(?!(?:[ \t]+(?!(?<!(?:hằng|hàng|từng|theo|mỗi|định)[ \t]+)(?:năm|quý|kỳ|trung[ \t]+hạn|giai[ \t]+đoạn)(?!\p{{L}})|\d)"
     rf"[^\s,.;:]+){{0,3}}?[ \t]*(?:,|[ \t]và)[ \t]+"
     rf"(?:{phrase_alternation(TERMS['plan_then_work_verbs'])})(?!\p{{L}}))",
     r"có(?=[ \t]*[,;])",  # "đã có" of a noun phrase, no object after it: "các cụm CN đã có, bao gồm ..." (the existing)
     rf"(?:(?:ký[ \t]+)?ban[ \t]+hành|ký(?=[ \t]+quyết[ \t]+định))(?!\p{{L}})(?![ \t]+quyết[ \t]+định[^.;\n]{{0,60}}?"
     rf"(?<!\p{{L}})(?:{phrase_alternation(TERMS['recognising_words'])})(?!\p{{L}}))"])


def _goal_before(marker: str, goal: dict) -> str:
    """A guard refusing ``marker`` after a word of a goal (``goal["words"]``) or a goal's noun (``goal["nouns"]``)
    earlier in its clause (target_terms.toml ``goal_before``), but for a noun reached (``goal["reaching_verbs"]``) with
    "và", "với việc" or a subject after it (not the body that set it: "chỉ tiêu UBND tỉnh giao"), or after "Tình hình"
    or "Kết quả" (or "đánh giá" alone) with a colon after it; the marker is looked for first, the look back is costly."""
    words, nouns = phrase_alternation(goal["words"]), phrase_alternation(goal["nouns"])
    gap = rf"(?:(?![ \t]nên(?!\p{{L}}))[^,.;\n]){{1,{goal['reach']}}}"
    verbs = phrase_alternation(goal["reaching_verbs"])
    reached = (rf"(?:(?<!\p{{L}})(?:{verbs})[ \t]+(?:\p{{L}}+[ \t]+)?(?:{nouns})(?!\p{{L}})[^,.;\n]{{0,{goal['reach']}}}?"
               rf"[ \t](?:và|với[ \t]+việc|tỉnh|(?-i:Trung[ \t]+tâm|Sở|UBND))(?![ \t]+(?:tỉnh[ \t]+)?giao(?!\p{{L}}))"
               rf"[ \t][^,.;\n]{{0,30}}?"
               rf"|(?<!\p{{L}})(?:(?:tình[ \t]+hình|kết[ \t]+quả)[ \t]+(?:{verbs})|đánh[ \t]+giá)[ \t]+(?:\p{{L}}+[ \t]+)?"
               rf"(?:{nouns})(?!\p{{L}})"
               rf"[^,.;:\n]{{0,{goal['reach']}}}?:[ \t]*)")
    return (rf"(?!(?={phrase_alternation([marker])})(?:(?<=(?<!\p{{L}})(?:{words})(?!\p{{L}}){gap})"
            rf"|(?<=(?<!\p{{L}})(?:{nouns})(?!\p{{L}}){gap})(?<!{reached})))")


_DONE_MARKER = (
    "".join(rf"(?!(?<=(?<!\p{{L}})(?:{phrase_alternation(words)})\s){phrase_alternation([marker])})"
            for marker, words in TERMS["marker_not_after"].items())
    + "".join(_goal_before(marker, goal) for marker, goal in TERMS["goal_before"].items())
    + rf"(?:{phrase_alternation(TERMS['done_markers'])}|{_STATE}|{_YEARS_OF_WORK})"
    rf"(?!\s+(?:{_NOT_BEFORE}"
    rf"|{TERMS['done_marker_passive']}(?!\s+(?:{phrase_alternation(TERMS['done_passive_verbs'])})(?!\p{{L}})))"
    rf"(?!\p{{L}}))"
)
TENSE_MARKER = regex.compile(
    rf"(?r)(?<!\p{{L}})"
    rf"(?:(?P<done>{_DONE_MARKER})|{phrase_alternation(TERMS['not_done_markers'])})(?!\p{{L}})",
    regex.I,
)
"""The tense word of a figure: a done one (group ``done``), or one of work not done or to come (`not_done_markers`)."""
# A goal met or measured against, no goal set, right before "mục tiêu": "đạt 95% mục tiêu", "đạt mục tiêu", "vượt mục
# tiêu" (its "mục tiêu" is no tense word of a plan; matched from "mục tiêu" back).
_GOAL_MET = regex.compile(r"(?r)(?:%|(?<!\p{L})(?:đạt|vượt))[ \t]*(?:so[ \t]+với[ \t]+)?\Z", regex.I)
GOAL_MET_REACH = 16
"""Characters before "mục tiêu" within which `_GOAL_MET` is read."""


def tense_marker(text: str, start: int, end: int) -> regex.Match | None:
    """The nearest `TENSE_MARKER` before ``end`` from ``start`` on, passing over a goal met ("đạt 95% mục tiêu")."""
    marker = TENSE_MARKER.search(text, start, end)
    while marker is not None and _goal_met(text, start, marker):
        marker = TENSE_MARKER.search(text, start, marker.start())
    return marker


def _goal_met(text: str, start: int, marker: regex.Match) -> bool:
    """Whether the tense word ``marker`` is the "mục tiêu" of a goal met (`_GOAL_MET`), read from ``start`` on."""
    return (marker.group("done") is None and text[marker.start()] in "mM" and marker.group().lower().startswith("mục")
            and _GOAL_MET.search(text, max(start, marker.start() - GOAL_MET_REACH), marker.start()) is not None)
# A word of approving or allocating (not describing: after "đã", "vừa" or "được" within four words, or after
# "do" and its agency closing a phrase with a comma: "bằng nguồn kinh phí từ ngân sách trung ương do Bộ Công
# Thương phê duyệt, Trung tâm triển khai 03 đề án"; not "kế hoạch ... do UBND tỉnh phê duyệt với 15 đề án").
_PLANNED = regex.compile(
    rf"(?<!(?<!\p{{L}})(?:đã|vừa|được)(?:[ \t]+\S+){{0,4}}[ \t]+)"
    rf"(?!(?<=(?<!\p{{L}})do(?:[ \t]+\S+){{1,4}}[ \t]+)(?:{phrase_alternation(TERMS['planned_between'])})[ \t]*,)"
    rf"(?<!\p{{L}})"
    rf"(?:{phrase_alternation(TERMS['planned_between'])})(?!\p{{L}})", regex.I)
_AFTER_NOUN = r"[\d.,]*(?:[ \t]+\p{L}+){1,7}?[ \t]+"
"""The rest of a figure, then its noun of up to seven words: what stands before a word said of the count after its
noun (`_SUBJECT_DONE`, `_SUBJECT_NOT_DONE`, `_OWN_NOT_DONE`, ...)."""
_NEGATION = r"(?<!\p{L})(?:không|chưa)(?:[ \t]+(?:kịp|thể|được))?"
"""A negation before a done word: "không hoàn thành", "chưa kịp hoàn thành", "không thể hoàn thành"."""
# A figure that opens its clause, its noun of up to twelve words (maybe its money set aside, `_MONEY_ASIDE`) then a done
# word ("Riêng từ nguồn khuyến công quốc gia, 7 đề án đã được triển khai", "3 hợp tác xã chế biến chè Shan tuyết và măng
# khô đã được hỗ trợ lắp đặt ...", "- 01 đề án của HTX Krông Năng, kinh phí 250 triệu đồng, đã nghiệm thu."): the figure
# is the subject of work reported done; not after a negation ("2 đề án không hoàn thành").
_MONEY_ASIDE = (r"[ \t]*,[ \t]*(?:với[ \t]+)?(?:tổng[ \t]+)?(?:kinh[ \t]+phí|số[ \t]+tiền)(?:[ \t]+\p{L}+){0,3}?[ \t]+"
                r"\d[\d.,]*[ \t]+(?:(?:triệu|tỷ|tỉ|nghìn)[ \t]+)?đồng[ \t]*,")
"""The money of a count's work set between its noun and what is said of it: ", kinh phí 250 triệu đồng,"."""
_SUBJECT_DONE = regex.compile(
    rf"[\d.,]*(?:[ \t]+\p{{L}}+){{1,12}}?(?:{_MONEY_ASIDE})?[ \t]+(?<!{_NEGATION}[ \t]+){_DONE_MARKER}(?!\p{{L}})",
    regex.I)
# A count's own done word negated after its noun, opening its clause: "..., 2 đề án không hoàn thành do ...".
_SUBJECT_NEGATED = regex.compile(rf"{_AFTER_NOUN}{_NEGATION}[ \t]+{_DONE_MARKER}(?!\p{{L}})", regex.I)
# The same with a word of a plan after its noun ("Theo đó, 2 sản phẩm CNNT dự kiến được trao giải A"):
# the subject of work to come (target_terms.toml ``subject_not_done_markers``).
_SUBJECT_NOT_DONE = regex.compile(
    rf"{_AFTER_NOUN}(?:{phrase_alternation(TERMS['subject_not_done_markers'])})(?!\p{{L}})"
    r"(?![ \t]+phát[ \t]+huy)", regex.I)  # (not an effect: "10 cơ sở này chưa phát huy hiệu quả máy móc")
# A count's own verb of work done after its noun, no passive: "05 đề án đã thực hiện năm 2024" (not "4 đề án đã được phê
# duyệt", what a task is about).
_OWN_WORK_DONE = regex.compile(
    rf"{_AFTER_NOUN}(?:đã|vừa)[ \t]+(?:thực[ \t]+hiện|triển[ \t]+khai|hoàn[ \t]+thành|tổ[ \t]+chức|hỗ[ \t]+trợ)(?!\p{{L}})",
    regex.I)
SUBJECT_REACH = 64
"""Characters after a figure in which "đã" is looked for before `_SUBJECT_DONE` is tried
(its seven words of a noun phrase, "7 đề án khuyến công địa phương đã được triển khai", and
the done word)."""
SUBJECT_DONE_REACH = 110
"""Characters after a figure in which "đã" is looked for before `done_by_subject` is tried (its noun phrase, the money
set aside, "01 đề án của HTX Krông Năng, với tổng kinh phí hỗ trợ 250 triệu đồng, đã hoàn thành")."""
_DONE_WORDS = tuple(TERMS["done_markers"]) + tuple(f"năm {verb}" for verb in TERMS["years_of_work_verbs"])
# A verb opening one activity of a list after a comma ("..., hỗ trợ 10 cơ sở tham gia hội chợ").
ACTIVITY_VERB = regex.compile(rf"\s*(?i:{phrase_alternation(TERMS['activity_verbs'])})(?!\p{{L}})")
# Clause boundaries inside a line: ";" and sentence ends; inline letter items "... cơ sở. c) Xây dựng".
# The dot of a city's or town's abbreviation before its name ends no sentence: "huyện Cam Lâm
# có 6 sản phẩm, TP. Cam Ranh có 7 sản phẩm".
_NOT_AFTER_ABBREVIATION = rf"(?<!{PLACE_ABBREVIATION}\.)"
CLAUSE_BREAK = regex.compile(rf";\s*|(?<=[.!?…]){_NOT_AFTER_ABBREVIATION}\s+(?=[\p{{Lu}}\d(])|\s(?=[a-zđ]\)\s)")
SENTENCE_BREAK = regex.compile(rf"(?<=[.!?…]){_NOT_AFTER_ABBREVIATION}\s+(?=[\p{{Lu}}\d(])")
# A short label closing with a colon at the start of a sentence ("Cơ cấu kinh tế: ").
SENTENCE_LABEL = regex.compile(r"[^:;.\n]{3,60}:\s*")
SYLLABLES_GAP = r"[\s_]+"
# The characters `regex` reads as \s (Python's spaces less \x1c-\x1f), for patterns of the
# standard `re`, several times faster at substituting in short strings.
REGEX_SPACES = r"\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_SPACES = re.compile(rf"[{REGEX_SPACES}]+")


def single_spaced(text: str) -> str:
    """``text`` with each run of spaces as one " ". Every space but " " is unprintable, so a
    printable text without two spaces in a row is returned as it is, unscanned."""
    return text if text.isprintable() and "  " not in text else _SPACES.sub(" ", text)


class Found(NamedTuple):
    """A target before it becomes a `Target`: clean-text offsets and values (a named tuple,
    built at a third of a frozen dataclass's cost)."""

    start: int
    end: int
    value: Decimal
    value_max: Decimal | None
    unit: str
    kind: str
    qualifier: str | None
    activity: tuple[int, int]
    own_start: int
    """Where the figure's own clause starts (``activity`` may join it to clauses before it)."""
    per_unit: str | None = None
    """The noun a count is a size of each of (`per_unit_noun`), None for a total."""
    summing_up: bool = False
    """A noun-first count repeating a count written before it (`_count_named_before`)."""


def extract_targets(ctx: Context) -> list[Target]:
    """Every target of the document, restatements pointing at their first statement."""
    text = ctx.text
    targets, kept = [], []
    sections = {s.id: s for s in ctx.sections}
    every = find_targets(ctx)
    figures = [found.start for found in every]
    period_start = reporting_year(ctx.metadata)
    for found in every:
        if beyond_max_number(ctx, found.value if found.value_max is None else max(found.value, found.value_max),
                             found.start, found.end):
            continue
        kept.append(found)
        section = ctx.section_at(found.start)
        activity = activity_text(text, in_cell(text, found.activity, found.start, found.end), found.kind)
        unit, qualifier = found.unit, found.qualifier
        if unit.isupper() and in_capitals(text, found.start):  # a heading's "HƠN 350 GIAN HÀNG": as a sentence's
            unit, qualifier = unit.lower(), qualifier and qualifier.lower()
        targets.append(build(Target, {
            "section_id": section.id if section else None,
            "value": float(found.value), "value_max": float(found.value_max) if found.value_max is not None else None,
            "unit": unit, "text": text[found.start:found.end], "activity": activity,
            "category": target_category(text, found, activity, figures, heading_chain(section, sections)),
            "kind": found.kind, "qualifier": qualifier, "achieved": achieved(text, found, period_start),
            "per_unit": found.per_unit,
            "span": ctx.span(found.start, found.end),
        }))
    mark_restatements(targets, heading_years(ctx.sections), programme_articles(ctx.sections),
                      lambda i: own_place(text, kept[i]))
    mark_pointed_back(text, kept, targets)
    mark_parts(text, kept, targets)
    mark_slash_parts(text, kept, targets)
    mark_summing_up(kept, targets)
    mark_bracketed_parts(text, kept, targets)
    mark_shares_so_far(text, kept, targets)
    mark_closing_totals(text, kept, targets)
    mark_singled_out(text, kept, targets)
    mark_raised_totals(text, kept, targets)
    changes = mark_changes(text, kept, targets)
    mark_lone_parts(text, kept, targets, changes)
    mark_yearly_counts(text, kept, targets)
    if (end := article_headline_end(ctx)) is not None:
        mark_headline_restatements(targets, ctx.span(0, end)[1])
        mark_headline_parts(text, kept, targets, end)
    mark_crosshead_restatements(text, kept, targets)
    mark_approved_proposals(text, kept, targets)
    categorise_parts(text, targets, kept)
    return with_table_targets(ctx, targets, sections, [found.start for found in kept])


def with_table_targets(ctx: Context, targets: list[Target], sections: dict, starts: list[int]) -> list[Target]:
    """``targets`` and the counts and shares of the document's tables (`tables.find_tables`) in reading order: each
    figure of a column of plans, results or totals in a row whose unit is no money, done when its column is of results
    ("Thực hiện", "TH 2024"), its activity the row's content, its parts the cells that add up to it
    (`tables.kept_figures`); a count the text read in such a row is left out (the row's "Đào tạo nghề cho 35 lao động"
    is its 35 of the plan's column), and a table's total repeats the last count of its value and unit before it in the
    text, part and repeat of nothing ("... 14 đề án" / "Tổng cộng | | 14"). ``starts``: where each target's figure
    stands."""
    kept, headers = kept_figures(ctx.text, _of_target), header_spans(ctx.text)
    if not headers:
        return targets
    extra = [_table_target(ctx, figure, sections, whole) for figure, whole in kept]
    for target in extra:  # a detail naming no category is of its whole's: " | nghề dệt thổ cẩm | lớp | 3"
        if target.part_of is not None and target.category == "other":
            target.category = extra[target.part_of].category
    read = read_in_rows(kept, lambda figure: figure.value)
    dropped = frozenset(i for i, start in enumerate(starts) if in_rows(read, start, targets[i].value) or any(
        header_start <= start < header_end for header_start, header_end in headers))
    links = restate_totals(ctx.text, kept, extra, targets, starts, dropped, _same_count)
    return merge_in_order(targets, extra, dropped, links)


def _same_count(target: Target, total: Target) -> bool:
    return (target.kind, target.value, unit_key(target.unit)) == (total.kind, total.value, unit_key(total.unit))


def indicator_row(figure: Figure) -> bool:
    """Whether a table's ``figure`` is money in a row whose content opens with an economic indicator (`INDICATOR_CUES`:
    "Giá trị sản xuất công nghiệp", "Tổng doanh thu"; not "Hỗ trợ tham gia hội chợ để tăng doanh thu"): an indicator's
    target, no money to spend."""
    return figure.content is not None and money_scale(figure) is not None and opens_with(
        figure.content.text, INDICATOR_CUES)


def indicator_column(figure: Figure) -> bool:
    """Whether a table's ``figure`` stands in a column naming an economic indicator ("Doanh thu năm 2023 (triệu
    đồng)"): a firm's figure, no money to spend."""
    return figure.header is not None and INDICATOR_CUES.search(figure.header.text) is not None




def _of_target(figure: Figure) -> bool:
    """Whether a table's ``figure`` is a target: a count or a share, or money of an indicator's row (`indicator_row`)."""
    return counted(figure) or indicator_row(figure)


def _table_target(ctx: Context, figure: Figure, sections: dict, whole: int | None) -> Target:
    """The target of a table's ``figure``, a part of the one at ``whole``: a count or a share, or an indicator in đồng
    (a row of money naming one: "Giá trị sản xuất công nghiệp | tỷ đồng | 12.500")."""
    cell, unit, value = figure.cell, figure.unit or "", figure.value
    if unit[:1].isupper() and unit[1:] == unit[1:].lower():
        unit = unit[:1].lower() + unit[1:]  # a cell in sentence case: "Lớp"
    activity = figure.content.text if figure.content is not None and figure.content.text else None
    section = ctx.section_at(cell.start)
    if not counted(figure):
        kind, unit, value, category = "indicator", "đồng", value * (money_scale(figure) or 1), "other"
    else:
        kind = "percent" if unit == "%" else "count"
        category = _table_category(activity or "", figure.header, unit, heading_chain(section, sections))
    return build(Target, {
        "section_id": section.id if section else None, "value": value, "unit": unit, "text": cell.text,
        "activity": activity, "category": category, "kind": kind, "achieved": figure.done, "part_of": whole,
        "span": ctx.span(cell.start, cell.end),
    })


def _table_category(activity: str, header: Cell | None, unit: str, headings: list[str]) -> str:
    """The category of a table's count or share: its row's words' and its headings' (`categorise`), else its column's
    words' ("Số học viên"), else its unit's (`CATEGORY_OF_UNIT`)."""
    category = categorise(activity, headings)
    if category == "other" and header is not None:
        category = best_category(_matchable(header.text)) or "other"
    if category == "other" and unit != "%":
        category = CATEGORY_OF_UNIT.get(unit_key(unit)) or CATEGORY_OF_UNIT.get(unit_key(unit).split()[0], "other")
    return category


def target_category(text: str, found: Found, activity: str, figures: list[int], headings: list[str]) -> str:
    """The category of a target: `other` for an indicator, a count spanning groups (`spans_groups`) or a
    programme's count (`programme_count`), else its words' (`categorise`), else its unit's or its unit's first word's for a count (`CATEGORY_OF_UNIT`:
    "01 máy nghiền", "01 máy sấy năng lượng mặt trời")."""
    if found.kind == "indicator" or spans_groups(text, found) or programme_count(text, found):
        return "other"
    if found.kind == "count" and found.unit.startswith("thành viên") and _BODY_OF_MEMBERS.search(
            text, max(0, found.start - BODY_OF_MEMBERS_REACH), found.start) and best_category(
            _matchable(text[found.end:sentence_bounds(text, found.start)[1]])) is None:
        return "other"  # "Hội đồng bình chọn gồm 09 thành viên": the council's size, whatever it judges (not "... gồm 5
        # thành viên đã được tập huấn về quản trị doanh nghiệp": what its members did)
    if found.kind == "percent" and _MONEY_SHARE.search(text, max(found.own_start, found.start - MONEY_SHARE_REACH),
                                                       found.start):
        return categorise(text[found.own_start:found.start], headings)  # "...; ước cả năm giải ngân 9.600 triệu đồng,
        # đạt 96% kế hoạch": a share of money, not of the clause before's classes (its heading's, if any)
    words = own_or_joined(text, found, activity, figures)
    if unit_key(found.unit).startswith(_PROJECT_UNITS) and _sums_up_projects(text, found.start):
        return best_category(_matchable(words)) or "other"  # no heading's: "Tổng cộng năm 2023 đã thực hiện 25 đề án"
    category = categorise(words, headings)
    if category == "other" and found.kind == "count":
        key = unit_key(found.unit)  # "máy", or "máy sấy" read by its first word
        return CATEGORY_OF_UNIT.get(key) or CATEGORY_OF_UNIT.get(key.split()[0]) or _unit_keyword_category(
            words, key, text[max(0, found.start - _UNIT_KEYWORD_GUARD_REACH):found.start])
    return category


# A council, a jury or a board before the count of its members: "Hội đồng bình chọn gồm 09 thành viên", "Ban Giám khảo
# có 7 thành viên".
_BODY_OF_MEMBERS = regex.compile(
    r"(?r)(?<!\p{L})(?:hội[ \t]+đồng|ban[ \t]+giám[ \t]+khảo|ban[ \t]+tổ[ \t]+chức|ban[ \t]+chỉ[ \t]+đạo|tổ[ \t]+chuyên[ \t]+gia"
    r"|tổ[ \t]+giúp[ \t]+việc)(?!\p{L})[^,.;:\n\d]{0,90}?(?<!\p{L})(?:gồm|có)(?:[ \t]+(?:có|khoảng|tối[ \t]+đa|từ))?[ \t]*\Z",
    regex.I)
BODY_OF_MEMBERS_REACH = 130
"""Characters before a count of members read for `_BODY_OF_MEMBERS`."""


# Money spent or its amount before a share in its own clause: the share is of that money.
_MONEY_SHARE = regex.compile(r"(?<!\p{L})(?:giải[ \t]+ngân|kinh[ \t]+phí|\d[ \t]*(?:tỷ|tỉ|triệu)[ \t]+đồng)(?!\p{L})", regex.I)
MONEY_SHARE_REACH = 400
"""Characters before a share within which its clause's money is read (a clause of thousands of shares is read once
for each, not from its start)."""


# A sentence summing up a list's projects, opening with a word of totalling: "Tổng cộng năm 2023 đã thực hiện 25 đề án
# khuyến công", "Tính chung, ...", "Sau điều chỉnh, Kế hoạch khuyến công địa phương năm 2024 gồm 9 đề án": its count of
# projects takes no category from the heading of the item above it, nor does one of the plan or programme it makes up
# ("Kế hoạch khuyến công năm 2025 gồm 25 đề án, ..."; not "Chương trình khuyến công năm 2024 thực hiện 3 đề án" under "3.
# Hỗ trợ xây dựng mô hình trình diễn ...", the item's own).
_SUMMING_UP = regex.compile(
    r"[ \t]*(?:(?:tổng[ \t]+cộng|tổng[ \t]+số|tính[ \t]+chung|nhìn[ \t]+chung|như[ \t]+vậy|sau[ \t]+(?:khi[ \t]+)?điều[ \t]+chỉnh)"
    r"(?!\p{L})|(?:kế[ \t]+hoạch|chương[ \t]+trình)[ \t]+khuyến[ \t]+công[^,.;:\n]{0,60}?(?<!\p{L})gồm(?!\p{L}))", regex.I)


def _sums_up_projects(text: str, pos: int) -> bool:
    """Whether the sentence of the count of projects at ``pos`` opens summing up (`_SUMMING_UP`)."""
    return _SUMMING_UP.match(text, sentence_bounds(text, pos)[0], pos) is not None


def reporting_year(metadata: Metadata | None) -> int | None:
    """The first year of the document's period; for a news report naming none, the year it
    was published (its dateline): figures of the years before it are reported as done
    (`of_earlier_year`). None when neither is known."""
    if metadata is None:
        return None
    if metadata.period_start is None and metadata.doc_type == "bai_viet" and metadata.issued_date:
        return metadata.issued_date.year
    return metadata.period_start


def in_capitals(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` is written in capitals (a heading's: no lower-case letter)."""
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    line = text[start:len(text) if end == -1 else end]
    return line.isupper()


def achieved(text: str, found: Found, period_start: int | None = None) -> bool:
    """Whether the text reports the figure ``found`` as done, not promised (`reported_done`,
    its clause opening where its activity does, or `measured_against_plan`), or as a fact of
    a year before the document's period (`of_earlier_year`) but a count of work whose noun says it was not carried out
    ("Năm 2021, ... triển khai 9/10 đề án ..., 01 đề án không thực hiện được ..." in a plan for 2022; not the
    beneficiaries' state, "cho 200 lao động ... chưa có việc làm")."""
    return (reported_done(text, found.start, found.activity[0]) or measured_against_plan(text, found.start, found.end)
            or (found.kind == "percent" and share_reached(text, found.start))
            or (of_earlier_year(text, found.start, period_start) and not _work_not_carried_out(text, found)))


# A share a result reached right after the figure and noun it is the share of, in its clause: "Ước giải ngân cả năm
# 5.650 triệu đồng, đạt 96,3% kế hoạch", "Hỗ trợ ứng dụng máy móc thiết bị: 31/50 cơ sở, đạt 62%".
_SHARE_REACHED_BEFORE = regex.compile(
    r"(?r)(?<![\p{L}\d.,/])(?P<figure>\d[\d.,]*(?:/\d[\d.,]*)?)(?P<noun>[ \t]+[^\d,.;:()\n]{1,40}?)[ \t]*,[ \t]*đạt[ \t]+"
    r"(?:(?:gần|hơn|trên|khoảng)[ \t]+)?\Z", regex.I)
SHARE_REACHED_REACH = 70
"""Characters before a percentage within which `_SHARE_REACHED_BEFORE` is matched."""


def share_reached(text: str, pos: int) -> bool:
    """Whether the percentage at ``pos`` is the share a result reached, right after its figure and noun
    (`_SHARE_REACHED_BEFORE`), and that figure is read as done by its share (`measured_against_plan`)."""
    if text.find("đạt", max(0, pos - 12), pos) == -1:
        return False
    before = _SHARE_REACHED_BEFORE.search(text, max(0, pos - SHARE_REACHED_REACH), pos)
    return before is not None and measured_against_plan(text, before.start("figure"), before.end("noun"))


def _work_not_carried_out(text: str, found: Found) -> bool:
    """Whether the noun of the count ``found`` says its work was not carried out: a count of work, any word of work not
    done after its noun ("02 đề án đang triển khai", "01 đề án không thực hiện được"); another count, work not carried
    out (`_OWN_NOT_CARRIED_OUT`: "02 hợp tác xã không thực hiện được", "01 cơ sở xin dừng") or any word of work not done
    but of what they lack (`_STATE_LACKING`: "02 cơ sở đang lắp đặt máy móc"); not the beneficiaries' state or their own
    papers ("9 hợp tác xã đang hoàn thiện hồ sơ ...", "cho 200 lao
    động ... chưa có việc làm")."""
    if unit_key(found.unit).startswith(_PROJECT_UNITS + ("lớp", "mô hình", "hội chợ")):
        return bool(_OWN_NOT_DONE.match(text, found.start, found.start + SUBJECT_REACH)
                    or _OWN_NOT_CARRIED_OUT.match(text, found.start, found.start + CLAUSE_REACH))
    carried = _OWN_NOT_CARRIED_OUT.match(text, found.start, found.start + CLAUSE_REACH)
    if carried is not None and _OWN_PAPERS.search(carried.group()) is None:
        return True  # "02 hợp tác xã không thực hiện được", "01 cơ sở xin dừng" (not "... đang hoàn thiện hồ sơ")
    not_done = _OWN_NOT_DONE.match(text, found.start, found.start + SUBJECT_REACH)
    return not_done is not None and not any(pattern.search(text, not_done.start(), not_done.end() + LACKING_REACH)
                                            for pattern in (_STATE_LACKING, _OWN_PAPERS))  # "02 cơ sở đang lắp đặt máy
    # móc", "01 làng nghề dừng hoạt động" (not "200 lao động chưa có việc làm", "8 cơ sở không đủ vốn")


_OWN_PAPERS = regex.compile(r"(?<!\p{L})đang[ \t]+(?:hoàn[ \t]+thiện|làm[ \t]+thủ[ \t]+tục)(?!\p{L})")
_STATE_LACKING = regex.compile(r"(?<!\p{L})(?:chưa|không)[ \t]+(?:có|qua|đủ|đạt|được)(?!\p{L})")
"""What the beneficiaries lack, no work of the count's not done: "chưa có việc làm", "không đủ vốn", "không đạt"."""
LACKING_REACH = 8
"""Characters after a count's word of work not done within which what it lacks is read (`_STATE_LACKING`)."""


# A figure's share of the plan right after it: "kế hoạch ... là 345,5 tỷ đồng, thực hiện là 323 tỷ đồng, đạt
# 93,48% so với kế hoạch", the standard line of a year's report (the 345,5 is no result).
SHARE_OF_PLAN_AFTER = regex.compile(
    r"[ \t]*,?[ \t]*đạt[ \t]+(?:gần[ \t]+|hơn[ \t]+|trên[ \t]+|khoảng[ \t]+)?\d[\d.,]*[ \t]?%[ \t]*"
    r"(?:so[ \t]+với[ \t]+)?kế[ \t]+hoạch(?!\p{L})", regex.I)


SHARE_REACH = 8
"""Characters after a figure within which the "đạt" of `SHARE_OF_PLAN_AFTER` starts."""


# A goal met after a figure's noun, in its clause: "Năm 2024 hỗ trợ 38 cơ sở, đạt 95% mục tiêu đề ra", "giải ngân 1.800
# triệu đồng, đạt 90% mục tiêu", "hỗ trợ 40 cơ sở, vượt mục tiêu đề ra".
GOAL_MET_AFTER = regex.compile(
    r"[^\d,.;:\n]{0,60}?,[ \t]*(?:đạt|vượt)[ \t]+(?:(?:gần|hơn|trên|khoảng)[ \t]+)?(?:\d[\d.,]*[ \t]?%[ \t]*)?"
    r"(?:so[ \t]+với[ \t]+)?(?:mục[ \t]+tiêu|kế[ \t]+hoạch|chỉ[ \t]+tiêu)(?!\p{L})", regex.I)
GOAL_MET_AFTER_REACH = 100
"""Characters after a figure within which `GOAL_MET_AFTER` is read."""


def measured_against_plan(text: str, pos: int, end: int) -> bool:
    """Whether the figure from ``pos`` to ``end`` is followed by its share of the plan
    (`SHARE_OF_PLAN_AFTER`), or by a goal met after its noun (`goal_met_after`) or the share it makes of its whole
    (`share_of_own_whole`), neither governed by a plan's word, a result, under no label or list lead-in of work to come
    (`under_plan_label`, `in_plan_list`), and no word of a plan ("sẽ", "dự kiến") is the nearest tense word before it in
    its sentence."""
    if text.find("đạt", end, end + SHARE_REACH) == -1 or SHARE_OF_PLAN_AFTER.match(text, end) is None:
        if not (goal_met_after(text, end) or share_of_own_whole(text, pos, end)) or under_plan_label(text, pos) or _governs(
                _PLAN_WORD, text, sentence_bounds(text, pos)[0], pos) or in_plan_list(text, pos):
            return False  # (string searches first: most figures have no share nor goal after them; not "Kế hoạch năm
            # 2025, hỗ trợ 40 cơ sở, đạt 80% mục tiêu giai đoạn", a plan's words before it in its clause, nor an item
            # under "Kế hoạch năm 2025:")
    elif under_plan_label(text, pos) or in_plan_list(text, pos):
        return False  # "Mục tiêu năm 2025:" / "- Đào tạo nghề: 1.500 lao động, đạt 100% kế hoạch;"
    marker = tense_marker(text, sentence_bounds(text, pos)[0], pos)
    return marker is None or (marker.group("done") is not None and not year_forecast(text, marker))


def year_forecast(text: str, marker: regex.Match) -> bool:
    """Whether the tense word ``marker`` is an estimate of the whole year (`_WHOLE_YEAR`: "Ước thực hiện cả năm") in a
    text reporting on part of it: its title names part of a year (`_title_names_part_of_year`, in its first
    `TITLE_REACH` characters: "Tình hình thực hiện ... 6 tháng đầu năm 2025"), or a clause opening with part of one
    stands in its sentence or the one right before (`_RUNNING_PART_OF_YEAR`: "Lũy kế 6 tháng đầu năm 2025 đã giải ngân
    ...", "Quý I năm 2024, ..."):
    a forecast, not work done (not in a year-end report naming "6 tháng đầu năm" or "quý I" on the way)."""
    if not text.startswith(("ước", "Ước"), marker.start()) or _WHOLE_YEAR.match(text, marker.end()) is None:
        return False
    return _on_part_of_year(text, marker.start())


def estimate_of_year_before(text: str, start: int, pos: int) -> bool:
    """Whether the sentence opening at ``start`` estimates the whole year before ``pos`` (within `YEAR_ESTIMATE_REACH`)
    with no tense word
    (`_YEAR_ESTIMATE`: "Ước cả năm giải ngân 3.650 triệu đồng", "Cả năm ước tổ chức 10 lớp") in a text on part of it
    (`_on_part_of_year`, as `year_forecast`): a forecast, whatever the sentence before reports done."""
    found = _YEAR_ESTIMATE.search(text, max(start, pos - YEAR_ESTIMATE_REACH), pos)
    return found is not None and _on_part_of_year(text, found.start())


YEAR_ESTIMATE_REACH = 200
"""Characters before a figure read for the words estimating the whole year (`estimate_of_year_before`)."""
_YEAR_ESTIMATE = regex.compile(r"(?<!\p{L})(?:ước(?:[ \t]+tính)?[ \t]+(?:cả|trong)[ \t]+năm|cả[ \t]+năm[ \t]+ước)"
                               r"(?![ \t]*\d)(?!\p{L})", regex.I)


def _on_part_of_year(text: str, at: int) -> bool:
    """Whether the words at ``at`` stand in a text reporting on part of a year: its title names part of one
    (`_title_names_part_of_year`, in its first `TITLE_REACH` characters), or a clause opening with part of one stands
    in their sentence or the one right before (`_RUNNING_PART_OF_YEAR`)."""
    if _title_names_part_of_year(text, min(at, TITLE_REACH)):
        return True
    start = sentence_bounds(text, at)[0]
    if start >= 2 and text[start - 1] != "\n":
        start = sentence_bounds(text, start - 2)[0]  # (and the sentence right before in its line)
    return _RUNNING_PART_OF_YEAR.search(text, max(0, start - 2), at) is not None  # (from its stop on)


def _title_names_part_of_year(text: str, end: int) -> bool:
    """Whether a heading or title line of ``text[:end]`` (ending with no stop, `TITLE_WORDS` words at most) names part
    of a year (`_PART_OF_YEAR`: "Tình hình thực hiện công tác khuyến công 6 tháng đầu năm 2025")."""
    start = 0
    while start < end:
        line_end = text.find("\n", start, end)
        line_end = end if line_end == -1 else line_end
        if _heading_like(text[start:line_end], TITLE_WORDS) and _PART_OF_YEAR.search(text, start, line_end):
            return True
        start = line_end + 1
    return False


# A count written over the plan's whole, then the share it reached: "Hỗ trợ ứng dụng máy móc thiết bị: 31/50 cơ sở, đạt
# 62%" (a programme's results so far, the share no noun of a plan after it).
_SHARE_AFTER = regex.compile(r"[ \t]*,[ \t]*đạt[ \t]+(?P<share>\d[\d.,]*)[ \t]?%")
SHARE_ROUNDING = 1
"""Percentage points by which a written share may differ from its part over its whole (rounded as written)."""


def in_plan_list(text: str, pos: int) -> bool:
    """Whether the figure at ``pos`` is on an item of a list whose lead-in ending with a colon names a goal or a plan
    (`names_plan`, `_PLAN_LABEL`: "Kế hoạch năm 2025:", "Mục tiêu đến năm 2025:", "Nhiệm vụ năm 2025:") and does not
    report on it (`_REPORTING_LEAD_IN`: "So với mục tiêu Chương trình giai đoạn 2021-2025:", "Kết quả thực hiện các mục
    tiêu năm 2024:"; but results foreseen, `_forecasts`: "Dự kiến kết quả năm 2024:"), or under a heading of work to
    come (`in_part_of_tasks`, `under_tasks_heading`)."""
    line_start = text.rfind("\n", 0, pos) + 1
    if (head := colon_lead_in(text, line_start)) is not None:
        head_end = text.find("\n", head)
        if _forecasts(text, head, head_end) or (
                (names_plan(text, head, head_end) or _PLAN_LABEL.match(text, head, head_end))
                and not _REPORTING_LEAD_IN.search(text, head, head_end)):
            return True
    return in_part_of_tasks(text, pos) or under_tasks_heading(text, pos)


# What makes a lead-in naming a plan or a goal report on it: a comparison with it, its results, its state, a done word
# ("So với mục tiêu Chương trình ...:", "Tình hình thực hiện các chỉ tiêu kế hoạch năm 2024:", "Kế hoạch ..., kết quả
# thực hiện:", "Kế hoạch năm 2024 đã thực hiện:").
# Not a done word of a passive ("Kế hoạch năm 2025 đã được phê duyệt như sau:") nor the results or state a plan rests on
# ("căn cứ kết quả thực hiện năm 2024", "trên cơ sở tình hình thực tế").
_REPORTING_LEAD_IN = regex.compile(
    r"(?<!\p{L})(?:so[ \t]+với|(?<!(?:căn[ \t]+cứ|cơ[ \t]+sở|dựa[ \t]+(?:trên|vào))[ \t]+)(?:kết[ \t]+quả|tình[ \t]+hình)"
    r"|đã(?![ \t]+được))(?!\p{L})", regex.I)
# ... but for results foreseen: "Dự kiến kết quả năm 2024:", "Kết quả dự kiến năm 2025:" (not a plan's as foreseen, what
# results are compared with: "So với kế hoạch dự kiến đầu năm, kết quả như sau:", "so với dự kiến", "vượt dự kiến",
# "theo tiến độ dự kiến"; nor what the items' words strive for, "các chỉ tiêu (mục tiêu) phấn đấu"; nor a clause of
# work to come joined after the results', "... và sẽ tiếp tục ..."; nor the report's own passive, "Kết quả thực hiện
# ... sẽ được tổng hợp như sau:").
_FORECAST_LEAD_IN = regex.compile(
    r"(?<!\p{L})(?<!(?:kế[ \t]+hoạch|chỉ[ \t]+tiêu|mục[ \t]+tiêu|tinh[ \t]+thần|nỗ[ \t]+lực|và|so[ \t]+với|vượt(?:[ \t]+mức)?"
    r"|tiến[ \t]+độ)[ \t]+)(?:dự[ \t]+kiến|sẽ(?![ \t]+được)|phấn[ \t]+đấu)"
    r"(?!\p{L})",
    regex.I)


def _forecasts(text: str, start: int, end: int) -> bool:
    """Whether the lead-in ``text[start:end]`` foresees its items (`_FORECAST_LEAD_IN`: "Dự kiến kết quả năm 2024:",
    "Kết quả thực hiện dự kiến đến hết năm 2024:", "So với cùng kỳ năm 2023, dự kiến kết quả năm 2024 như sau:") and
    holds no done word (not "Các đề án dự kiến triển khai trong năm 2024 đã hoàn thành:")."""
    return _FORECAST_LEAD_IN.search(text, start, end) is not None and not any(
        report.group().lower() == "đã" for report in _REPORTING_LEAD_IN.finditer(text, start, end))


def share_of_own_whole(text: str, pos: int, end: int) -> bool:
    """Whether the figure from ``pos`` to ``end`` is a part written over its whole (`_SLASH_WHOLE`) followed by the share
    it makes of it (`_SHARE_AFTER`, to `SHARE_ROUNDING`): "31/50 cơ sở, đạt 62%", "640/1.200 lao động, đạt 53,3%"."""
    if text.find("/", pos, end) == -1:
        return False
    fraction, share = _SLASH_WHOLE.match(text, pos, end), _SHARE_AFTER.match(text, end)
    if fraction is None or share is None:
        return False
    whole = parse_figure(fraction["whole"])
    return whole > 0 and abs(parse_figure(share["share"]) - 100 * parse_figure(fraction["part"]) / whole) <= SHARE_ROUNDING


def goal_met_after(text: str, end: int) -> bool:
    """Whether a goal met follows the figure ending at ``end`` after its noun, in its clause (`GOAL_MET_AFTER`)."""
    reach = end + GOAL_MET_AFTER_REACH
    return ((text.find("đạt", end, reach) != -1 or text.find("vượt", end, reach) != -1)
            and GOAL_MET_AFTER.match(text, end, reach) is not None)


# A year set before a clause as its time, then a comma: "Năm 2017, trung tâm được giao ...",
# "Được biết, năm 2022, trên địa bàn ...", "Giai đoạn 2006-2009, ...", "Riêng năm 2020, ...": its
# words before the year, matched back from it, and the comma after it.
_YEAR_OPENING = regex.compile(
    r"(?r)(?:^|(?<=[,.;:]))[ \t]*(?:(?:chỉ[ \t]+)?(?:tính[ \t]+)?riêng[ \t]+)?(?:trong[ \t]+)?(?:năm|giai[ \t]+đoạn)[ \t]+"
    r"(?:(?:19|20)\d\d[ \t]*[-–][ \t]*)?",
    regex.I | regex.M)
_YEAR_WORDS = ("năm", "Năm", "NĂM", "đoạn", "ĐOẠN")
"""The words right before such a year (or its range), in the cases a text writes them."""
_FRONTED_AT = regex.compile(r"[ \t]+(?:(?:19|20)\d\d[ \t]*[-–][ \t]*)?(?P<year>(?:19|20)\d\d)[ \t]*,")
"""The year after one of `_YEAR_WORDS`, then a comma."""
YEAR_OPENING_REACH = 40
"""Characters before a year within which `_YEAR_OPENING` is matched."""
EARLIER_YEAR_REACH = 400
"""Characters before a figure within which the year it is reported of is looked for (in its line)."""


def of_earlier_year(text: str, pos: int, period_start: int | None) -> bool:
    """Whether the figure or amount at ``pos`` is reported of a year before the document's
    period (from ``period_start`` on): the nearest year written before it in its line
    (within `EARLIER_YEAR_REACH`) is such a year set before a clause as its time (a news
    report of a year's plan recalls the year before: "Năm 2017, trung tâm được UBND tỉnh
    giao 1 tỷ đồng kinh phí khuyến công địa phương cho 12 đề án"). Its figures are no part
    of the plan."""
    if period_start is None:
        return False
    starts, years = _fronted_years(text)
    k = bisect.bisect_left(starts, pos) - 1
    if k < 0 or years[k] >= period_start or starts[k] < max(line_bounds(text, pos)[0], pos - EARLIER_YEAR_REACH):
        return False
    return YEAR.search(text, starts[k] + 4, pos) is None  # no other year nearer the figure


@document_cache()
def _fronted_years(text: str) -> tuple[list[int], list[int]]:
    """Where the years of ``text`` set before a clause as their time start (ascending), and
    their values: found from the words before them (`_YEAR_WORDS`, a string search; a
    pattern tried at every offset of a document cost ~0.2 ms)."""
    found = {}
    for word in _YEAR_WORDS:
        for at in occurrences(text, word):
            year = _FRONTED_AT.match(text, at + len(word))
            if year and _YEAR_OPENING.match(text, max(0, year.start("year") - YEAR_OPENING_REACH), year.start("year")):
                found[year.start("year")] = int(year["year"])
    starts = sorted(found)
    return starts, [found[at] for at in starts]


def reported_done(text: str, pos: int, clause: int) -> bool:
    """Whether the figure or amount at ``pos``, in the clause opening at ``clause``, is
    reported as done, not promised: the nearest tense word (`TENSE_MARKER`) before it in
    its sentence is "đã" ("Trong năm 2022, chương trình đã hỗ trợ xây dựng 1 mô hình, hỗ
    trợ 19 cơ sở") or another word of a result or a state ("Trung tâm hiện có 11 cán bộ",
    "Tính đến tháng 6/2020, toàn tỉnh có 75 cơ sở"), not "sẽ", "dự kiến", "đang" or "chưa";
    an "đã" of approving or allocating ("đã phê duyệt kế hoạch ... cho 23 đề án", "đã bố
    trí ... 2 tỷ đồng") or of a passive is passed over. A word of an earlier clause of the
    sentence counts for a clause that names no year of its own ("tỉnh đã tổ chức 28 lớp
    ...; tổ chức 11 hội thảo", not "Năm 2023 đã hỗ trợ 30 cơ sở; năm 2024 hỗ trợ 40 cơ sở"),
    and a word of the sentences before it in its line for a sentence without one that names
    no year ("... đã huy động ... 4,3 tỷ đồng. Hỗ trợ 492,4 triệu đồng ..."). A figure that
    opens its clause, a done word after its noun, is done first of all (`done_by_subject`);
    a word of approving or allocating between the tense word and the figure makes it a plan
    (`_PLANNED`: "đã phối hợp ... trình UBND tỉnh phê duyệt, với tổng kinh phí tạm giao 630
    triệu đồng"), and so does a word of a plan in the sentence before an estimate ("dự kiến cho
    14 cơ sở, với kinh phí ước đạt hơn 2 tỷ đồng")."""
    if after_share_of_plan(text, pos):
        return False  # "đã thực hiện 9 đề án, đạt 90% kế hoạch 10 đề án": the 10 is the plan's
    line_start = line_bounds(text, pos, TENSE_REACH)[0]  # holds the sentence
    if text.find("đã", pos, pos + SUBJECT_DONE_REACH) != -1 and (
            done_by_subject(text, pos, line_start) or money_of_subject_done(text, pos, line_start)):
        return True
    if text.find("đang hoạt động", pos, pos + SUBJECT_REACH) != -1 and stock_running(text, pos, line_start):
        return True
    if in_negated_clause(text, pos):
        return False  # "đã tổ chức 8 lớp tập huấn, không tổ chức 2 lớp do dịch bệnh, kinh phí 100 triệu đồng"
    if text.find(":", line_start, pos) != -1 and under_plan_label(text, pos):
        return _OWN_WORK_DONE.match(text, pos, pos + SUBJECT_REACH) is not None  # "... đã hoàn thành 6 đề án. Nhiệm vụ 6
        # tháng cuối năm: hoàn thành 4 đề án còn lại." (not "Nhiệm vụ năm 2025: đánh giá 05 đề án đã thực hiện năm 2024")
    if text.find("đó", max(line_start, pos - LISTED_SUBJECTS_REACH), pos) != -1:
        listed = listed_subject_done(text, pos, line_start)
        if listed is not None:
            return listed
    if opens_clause_or_rest(text, pos, line_start) and (_SUBJECT_NOT_DONE.match(text, pos, pos + SUBJECT_REACH)
                                                        or _SUBJECT_NEGATED.match(text, pos, pos + SUBJECT_REACH)
                                                        or _OWN_NOT_DONE.match(text, pos, pos + SUBJECT_REACH)
                                                        or _OWN_NOT_CARRIED_OUT.match(text, pos, pos + CLAUSE_REACH)):
        return False  # "Theo đó, 2 sản phẩm CNNT dự kiến được trao giải A", "..., 2 đề án không hoàn thành", "...; 1
        # đề án đang hoàn thiện hồ sơ thanh quyết toán", "...; số còn lại 800 triệu đồng sẽ giải ngân ..."
    if (text.startswith("có ", pos - 3) and not text.endswith(("đã ", "hiện "), max(0, pos - 9), pos - 3)
            and _OWN_NOT_DONE.match(text, pos, pos + SUBJECT_REACH)):
        return False  # "nên có 2 đề án không kịp triển khai theo tiến độ": there were 2 not carried out
    reach = carried_from(text, line_start)
    before = text[min(reach, clause):pos].lower()
    if not any(word in before for word in _DONE_WORDS) and not ("hiện" in before and " có" in before):
        return done_in_main_clause(text, pos) or reported_in_part_of_results(text, pos, line_start)  # most figures: no
        # word of a result (or a state) before them
    start = min(sentence_bounds(text, pos)[0], clause)
    marker = _past_counts_own(text, start, clause, tense_marker(text, start, pos))
    if marker is not None and (speakers_own(text, start, marker, pos) or _modifying_state(text, start, marker)):
        marker = None  # the speaker's: "... ghi nhận kết quả đạt được và cho biết, năm 2026, thành phố bố trí 7 tỷ đồng";
        # a noun's: "Các cơ sở ... đang hoạt động trên địa bàn tỉnh; mỗi cơ sở được đăng ký tối đa 03 sản phẩm"
    own_start = sentence_bounds(text, pos)[0]
    if (marker is None or marker.start() < own_start) and estimate_of_year_before(text, own_start, pos):
        return False  # "Lũy kế 6 tháng đầu năm 2025, đã giải ngân 1.240 triệu đồng. Ước cả năm giải ngân ..."
    if marker is None:  # no tense word in its sentence: the one of the sentences before it
        if done_in_main_clause(text, pos):
            return True
        lead_end = text.find("\n", reach, start) if reach < line_start else -1  # (its lead-in's line alone, not the
        marker, clause = tense_marker(text, min(reach, start), start if lead_end == -1 else lead_end), start
        # items between: "- ...; 01 đề án ... không thực hiện được ..." over "- Kinh phí ...: ... giải ngân 1.860 ...")
    if marker is None or marker.group("done") is None or _PLANNED.search(text, marker.end(), pos):
        return False
    if (text.startswith(("Hoàn thành", "hoàn thành"), marker.start())
            and (in_part_of_tasks(text, marker.start()) or under_tasks_heading(text, marker.start()))
            and not _DONE_BEFORE.search(text, max(start, marker.start() - DONE_BEFORE_REACH), marker.start())):
        return False  # "II. NHIỆM VỤ TRỌNG TÂM 3 THÁNG CUỐI NĂM 2024" / "1. Hoàn thành 4 đề án còn lại ...": a task
    if plan_made_known(text, line_start, marker.span(), pos):
        return False  # "Năm 2023, ... đã triển khai Kế hoạch khuyến công năm 2024 với 15 đề án": the plan's figures
    if marker.group().lower() in _AS_OF and allotted_by_then(text, marker.end(), pos):
        return False  # "Tính đến 30/6/2024, Bộ Công Thương đã phân bổ 45 tỷ đồng": allotted by then
    if text.startswith(_ESTIMATE, marker.start()) and _NOT_DONE.search(text, start, marker.start()):
        return False  # an estimate of a plan: "dự kiến cho 14 cơ sở, với kinh phí ước đạt hơn 2 tỷ đồng"
    if year_forecast(text, marker):
        return False  # "Lũy kế 6 tháng đầu năm 2025 ... Ước thực hiện cả năm giải ngân ..."
    if marker.start() < line_start and _PLAN_FIGURE.search(text, line_start, pos):
        return False  # "Kết quả thực hiện ... như sau:" / "- Kế hoạch giao 10 đề án, đã thực hiện 9 đề án": the plan's
    if marker.start() < line_start and CARRYING.match(text, line_start, line_start + _PHRASE_REACH):
        return True  # "Cụ thể, trong 2 năm 2016-2017, ... có 7 dự án": the details of the paragraph before
    return marker.start() >= clause or not names_own_year(text, clause, pos) or (
        reach < line_start and ITEM_MARK.match(text, line_start) and (lead_end := text.find("\n", reach)) > 0
        and text[lead_end - 1] == ":" and not _year_past_lead_in(text, line_start, reach, lead_end, pos)) or (  # "Giai đoạn
        # 2021-2025, ... đã thực hiện 143 đề án, cụ thể:" / "- Năm 2024: 70 đề án, kinh phí 8 tỷ đồng;": a year it holds
        reach < line_start and _YEAR_LABEL_LINE.match(text, line_start) is not None
        and not _planned_year_line(text, line_start, pos)  # (not "Năm 2023: kế hoạch 9 đề án, kinh phí ...")
        and year_lines_heading(text, line_start) == reach)  # "2. Kết quả theo từng năm" / "Năm 2021: thực hiện ..."


def _modifying_state(text: str, start: int, marker: regex.Match) -> bool:
    """Whether the tense word ``marker`` is a state ("đang hoạt động") no count right before it holds (`_STOCK_BEFORE`,
    read from ``start`` on): a noun's modifier ("Các cơ sở công nghiệp nông thôn đang hoạt động"), not a stock's ("có
    trên 23.000 cơ sở sản xuất kinh doanh đang hoạt động, trong đó gần 4.400 doanh nghiệp")."""
    return (marker.group().lower() == "đang hoạt động"
            and _STOCK_BEFORE.search(text, max(start, marker.start() - COUNT_BEFORE_REACH), marker.start()) is None)


# A count and its noun of up to eight syllables right before a state: "23.000 cơ sở sản xuất kinh doanh".
_STOCK_BEFORE = regex.compile(r"(?r)(?<![\d.,])\d[\d.,]*(?:[ \t]+\p{L}+){1,8}?[ \t]+\Z")


def speakers_own(text: str, start: int, marker: regex.Match, pos: int) -> bool:
    """Whether the tense word ``marker`` (its sentence from ``start``) stands before a speaker's verb and comma of
    saying (`SAID`: "... ghi nhận kết quả đạt được và cho biết,") whose words said, holding the figure at ``pos``, name
    a year later than the last date's before that verb (or its own year when that date is early in it,
    `EARLY_MONTHS`), else than the last year named before that verb: the words said are a plan of their own, whoever's
    the tense word ("..., năm 2026, thành phố bố trí 7 tỷ đồng" after a review on 15/12/2025, "Ngày 15/1/2025, ...
    cho biết, năm 2025 Trung tâm tổ chức 12 lớp"; not "..., năm 2023 toàn tỉnh có 30 đề án" at the review on 20/12/2023,
    nor "Trung tâm đã hỗ trợ 120 cơ sở, ông An chia sẻ, tổng kinh phí ...")."""
    if not any(text.find(word, marker.end(), pos) != -1 for word in SAID_ENDS):
        return False
    said = SAID.search(text, marker.end(), pos)
    if said is None:
        return False
    reach = max(0, start - YEAR_BEFORE_REACH)
    said_years = [int(year.group()) for year in YEAR.finditer(text, said.end(), pos)]
    if not said_years:
        return False
    if date := last_match(_DATE, text, reach, said.start()):  # the event's day: a plan's year is later, or its own
        year, early = int(date["year"]), _early_event(text, date, said, pos)  # early in it
        return any(said > year or (said == year and early) for said in said_years)
    before = last_match(YEAR, text, reach, said.start())
    return before is not None and any(said > int(before.group()) for said in said_years)


YEAR_BEFORE_REACH = 1500
"""Characters before a sentence read for the last date or year (`speakers_own`)."""
_DATE = regex.compile(r"(?<!\d)\d{1,2}[/.-](?P<month>\d{1,2})[/.-](?P<year>(?:19|20)\d\d)(?!\d)")
"""A date ("15/12/2025"): the day of the event a news report tells."""
EARLY_MONTHS = 3
"""The months of a year in which an event speaks of that year's plans ("Ngày 15/1/2025, ... năm 2025 Trung tâm tổ chức
12 lớp"), not of its results (a review on 20/12/2023 of 2023)."""


def _early_event(text: str, date: regex.Match, said: regex.Match, pos: int) -> bool:
    """Whether ``date`` is the day of an event early in its year (`EARLY_MONTHS`) at which the words said (after
    ``said``, to the figure at ``pos``) speak of the whole year: no document's date ("Kế hoạch số 12/KH-UBND ngày
    10/3/2023", `_ISSUED_ON`), no later time named before the speaker ("Đến cuối năm, ông Nam ... cho biết",
    `_LATER_TIME`), and no part of the year said ("quý I/2025", "2 tháng đầu năm 2024": results of months gone,
    `_PART_OF_YEAR`)."""
    return (int(date["month"]) <= EARLY_MONTHS
            and not _ISSUED_ON.search(text, max(0, date.start() - ISSUED_ON_REACH), date.start())
            and not any(_later_time(time, date) for time in _LATER_TIME.finditer(text, date.end(), said.start()))
            and not _PART_OF_YEAR.search(text, said.end(), pos))


def _later_time(time: regex.Match, date: regex.Match) -> bool:
    """Whether a `_LATER_TIME` match names a time after ``date`` in its year ("Đến cuối năm", "tháng 6"; not "tháng
    2" of an event on 10/3, nor "tháng 8/2023" of another year)."""
    if time["month"] is None:
        return True
    year = time["year"]
    return (year is None or year == date["year"]) and int(time["month"]) > int(date["month"])


_ISSUED_ON = regex.compile(r"\d/[\p{Lu}\d/.-]+[ \t]+ngày[ \t]+$")
ISSUED_ON_REACH = 40
"""Characters before a date read for a document's number (`_ISSUED_ON`)."""
_LATER_TIME = regex.compile(
    r"(?<!\p{L})(?:cuối[ \t]+năm|đến[ \t]+nay|tháng[ \t]+(?P<month>\d{1,2})(?![\d/]\d{1,2}/)"
    r"(?:[ \t]*(?:/|năm)[ \t]*(?P<year>(?:19|20)\d\d))?)", regex.I)
_PART_OF_YEAR = regex.compile(r"(?<!\p{L})(?:quý|tháng|tuần)(?!\p{L})", regex.I)


# A count right before a tense word, its noun between: the word is that count's own ("4 đề án đang thực hiện").
_COUNT_BEFORE = regex.compile(r"(?r)(?<![\d.,])\d[\d.,]*(?:[ \t]+\p{L}+){1,5}?[ \t]+\Z")
COUNT_BEFORE_REACH = 48
"""Characters before a tense word within which `_COUNT_BEFORE` is read."""


def _past_counts_own(text: str, start: int, clause: int, marker: regex.Match | None) -> regex.Match | None:
    """``marker``, or, when it is a word of work not done in an earlier clause than ``clause`` that a count's noun stands
    right before (that count's own: "... trong đó 6 đề án đã nghiệm thu và 4 đề án đang thực hiện; giải ngân 1.420
    triệu đồng"), the nearest tense word before that count, from ``start`` on."""
    while marker is not None and marker.group("done") is None and marker.start() < clause:
        count = _COUNT_BEFORE.search(text, max(start, marker.start() - COUNT_BEFORE_REACH), marker.start())
        if count is None:
            break
        marker = tense_marker(text, start, count.start())
    return marker


_PLAN_NOUN = (r"(?<!\p{L})(?:kế[ \t]+hoạch|chỉ[ \t]+tiêu|mục[ \t]+tiêu)(?:[ \t]+(?:năm(?:[ \t]+\d{4})?|được[ \t]+giao|giao|"
              r"đề[ \t]+ra))*[ \t]*:?[ \t]*(?:là[ \t]+)?\Z")
# A plan's or a target's figure, its noun right before it: "Kế hoạch giao 10 đề án", "Kế hoạch: 10 đề án", "Chỉ tiêu
# giao 10 đề án", "kế hoạch năm 5 đề án" (matched from the figure back); not the plan a result goes beyond or meets: "Vượt kế hoạch 2 đề án",
# "Đạt 100% chỉ tiêu 15 lớp" ("So với kế hoạch 12 lớp" is the plan's).
_PLAN_FIGURE = regex.compile(r"(?r)(?<!(?:vượt|đạt|hoàn[ \t]+thành|(?<![\d.,])100[ \t]*%)[ \t]+)" + _PLAN_NOUN, regex.I)
# A plan's figure after the share of it a result reached, but all of it: "đạt 90% kế hoạch 10 đề án", "hoàn thành
# 80% chỉ tiêu 10 đề án", "đạt 110% kế hoạch 10 đề án" (the 10 is the plan's; 100% of it is done).
_SHARE_OF_PLAN_BEFORE = regex.compile(
    r"(?r)(?<![\d.,])(?P<share>\d[\d.,]*)[ \t]*%[ \t]*(?:so[ \t]+với[ \t]+)?" + _PLAN_NOUN, regex.I)
SHARE_OF_PLAN_REACH = 48
"""Characters before a figure within which the percentage of `_SHARE_OF_PLAN_BEFORE` is looked for."""


# A negated verb of work right before its own figure: "không tổ chức 2 lớp", "không thực hiện 01 đề án".
_NEGATED_VERB_BEFORE = regex.compile(
    r"(?r)(?<!\p{L})(?:không|chưa)[ \t]+(?:tổ[ \t]+chức|thực[ \t]+hiện|triển[ \t]+khai|mở)[ \t]+(?:được[ \t]+)?\Z", regex.I)
NEGATED_VERB_REACH = 28
"""Characters before a figure within which `_NEGATED_VERB_BEFORE` is read."""
# The figure of a negated verb of work and the words after it, no figure nor clause end among them, up to another figure
# of its clause: "không tổ chức 2 lớp tập huấn, kinh phí 100 triệu đồng", "không mở được 2 lớp với kinh phí 80 triệu
# đồng" (matched from the later figure back; not "không tổ chức 2 lớp; tổ chức 3 hội thảo").
_NEGATED_FIGURE_BEFORE = regex.compile(r"(?r)(?<![\d.,])\d[\d.,]*[^\d.;:\n]*\Z")
_VERB_AFTER_COMMA = regex.compile(rf",{ACTIVITY_VERB.pattern}")
"""A comma and a verb of activity opening a new clause ("..., hỗ trợ 5 cơ sở khác thay thế")."""
NEGATED_CLAUSE_REACH = 80
"""Characters before a figure within which the figure of a negated verb of its clause ends."""


def in_negated_clause(text: str, pos: int) -> bool:
    """Whether the figure at ``pos`` is a negated verb of work's own (`_NEGATED_VERB_BEFORE`: "không tổ chức 2 lớp"), or
    its clause's next figure, no tense word between (`_NEGATED_FIGURE_BEFORE`: the 100 triệu of "không tổ chức 2 lớp tập
    huấn, kinh phí 100 triệu đồng"): work not done (not "không thực hiện thu phí", no figure)."""
    reach = max(0, pos - NEGATED_CLAUSE_REACH)
    if text.find("không", reach, pos) == -1 and text.find("chưa", reach, pos) == -1:
        return False  # (a string search first: most figures have no negation before them)
    if _NEGATED_VERB_BEFORE.search(text, max(0, pos - NEGATED_VERB_REACH), pos):
        return True
    own = _NEGATED_FIGURE_BEFORE.search(text, reach, pos)
    return (own is not None and _NEGATED_VERB_BEFORE.search(text, max(0, own.start() - NEGATED_VERB_REACH), own.start())
            is not None and TENSE_AHEAD.search(text, own.start(), pos) is None
            and _VERB_AFTER_COMMA.search(text, own.start(), pos) is None)  # (not "..., hỗ trợ 5 cơ sở khác thay thế")
# A label of work to come opening a sentence, up to its colon: "Nhiệm vụ 6 tháng cuối năm 2024:", "Phương hướng năm
# 2025:", "Kế hoạch năm 2024:", "Mục tiêu đến năm 2030:".
_PLAN_LABEL = regex.compile(
    r"[ \t]*(?:[-+•][ \t]*)?(?:nhiệm[ \t]+vụ|phương[ \t]+hướng|kế[ \t]+hoạch|mục[ \t]+tiêu|chỉ[ \t]+tiêu)[^:.;\n]{0,60}:",
    regex.I)


def under_plan_label(text: str, pos: int) -> bool:
    """Whether the sentence of the figure at ``pos`` opens with a label of work to come (`_PLAN_LABEL`) and holds no
    word of work done in it nor of a result between it and the figure (`_LABEL_DONE`, `_RESULT_AFTER_LABEL`), nor
    another label after a
    semicolon ("- Kế hoạch: 10 đề án; thực hiện: 9 đề án"): a task's figure, whatever the sentences before it
    report."""
    start = sentence_bounds(text, pos)[0]
    label = _PLAN_LABEL.match(text, start, pos)
    return (label is not None and _LABEL_DONE.search(text, label.start(), label.end()) is None
            and not _result_after_label(text, label.end(), pos)
            and (text.find(":", label.end(), pos) == -1 or text.find(";", label.end(), pos) == -1))


# A word of work done in a label of work to come ("Nhiệm vụ năm 2023 đã hoàn thành: ..."), or of a result after it
# ("Mục tiêu đề ra: hỗ trợ 10 cơ sở, kết quả hỗ trợ 12 cơ sở"; not the task's own "hoàn thành 4 đề án").
_LABEL_DONE = regex.compile(r"(?<!\p{L})(?:đã|hoàn[ \t]+thành|kết[ \t]+quả)(?!\p{L})", regex.I)
_RESULT_AFTER_LABEL = regex.compile(
    r"(?<!\p{L})(?:đã|(?<=(?:[,;:]|(?<!\p{L})đạt)[ \t]{0,2})kết[ \t]+quả|vượt)(?!\p{L})", regex.I)


def _result_after_label(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, after a label of work to come, holds a word of a result (`_RESULT_AFTER_LABEL`) other
    than a count's own done word after its noun ("đánh giá 05 đề án đã thực hiện năm 2024, triển khai 08 đề án mới":
    the 08 is a task)."""
    return any(_COUNT_BEFORE.search(text, max(start, word.start() - COUNT_BEFORE_REACH), word.start()) is None
               for word in _RESULT_AFTER_LABEL.finditer(text, start, end))


def after_share_of_plan(text: str, pos: int) -> bool:
    """Whether the figure at ``pos`` is a plan's after the share of it a result reached, not 100%
    (`_SHARE_OF_PLAN_BEFORE`): no figure of work done."""
    if text.find("%", max(0, pos - SHARE_OF_PLAN_REACH), pos) == -1:
        return False  # (a string search first: most figures have no percentage before them)
    share = _SHARE_OF_PLAN_BEFORE.search(text, max(0, pos - SHARE_OF_PLAN_REACH), pos)
    return share is not None and share.group("share") != "100"


# A phrase fronted before a sentence's main clause that an amount or a figure may stand in, after
# the sentence's time: "Năm 2013, với 400 triệu đồng từ nguồn kinh phí KC địa phương, Trung tâm ... đã
# triển khai 8 đề án", "Bằng nguồn vốn 500 triệu đồng, ...".
FRONTED = regex.compile(
    r"[ \t]*(?:(?:trong[ \t]+)?năm[ \t]+\d{4}[ \t]*,[ \t]*)?(?:với|từ[ \t]+nguồn|bằng)(?!\p{L})[^,;:\n]*\Z", regex.I)
FRONTED_REACH = 400
"""Characters before a figure within which its clause's start is looked for (`done_in_main_clause`; a fronted phrase
of a council's money runs past 160: "Từ nguồn kinh phí khuyến công địa phương được Hội đồng nhân dân tỉnh thông qua tại
kỳ họp thứ mười lăm để hỗ trợ ... là 2.500 triệu đồng, Trung tâm đã hỗ trợ 25 cơ sở")."""
_FRONTED_WORDS = ("với", "nguồn", "bằng")
"""The words `FRONTED` opens with, one of which the clause before a fronted figure holds."""
TENSE_AHEAD = regex.compile(TENSE_MARKER.pattern.replace("(?r)", "", 1), regex.I)
"""`TENSE_MARKER` searched forwards: the first tense word after a place."""


def done_in_main_clause(text: str, pos: int) -> bool:
    """Whether the figure at ``pos`` stands in a phrase fronted before its sentence's main clause
    (`FRONTED`) and the first tense word of that clause, after the phrase's comma, is a done
    word: what the main clause reports done was done with that money."""
    reach = max(0, pos - FRONTED_REACH)
    clause = max(max(text.rfind(mark, reach, pos) for mark in ",;\n"), reach - 1)  # (within the reach: not the text's start)
    if not holds_any(text[clause + 1:pos].lower(), _FRONTED_WORDS):
        return False  # most figures: no fronting word in their clause before them (a quick test first)
    sentence_start, sentence_end = sentence_bounds(text, pos)
    if not FRONTED.match(text, sentence_start, pos) or _NOT_DONE.search(text, sentence_start, pos):
        return False  # (not a phrase of a goal or a plan: "Với mục tiêu hỗ trợ 20 cơ sở, ...", "Với kinh phí dự kiến ...")
    comma = text.find(",", pos, sentence_end)
    marker = TENSE_AHEAD.search(text, comma, sentence_end) if comma != -1 else None
    return marker is not None and marker.group("done") is not None


_AS_OF = frozenset(TERMS["as_of_markers"])
"""Done words that only date what follows them (target_terms.toml ``as_of_markers``)."""
_ALLOTTED = regex.compile(
    rf"(?<!\p{{L}})đã[ \t]+(?:được[ \t]+)?(?:{phrase_alternation(TERMS['allotting_words'])})(?!\p{{L}})", regex.I)
"""An "đã" (or "đã được") of approving or allotting (target_terms.toml ``allotting_words``)."""
_WORK_AFTER_ALLOTTING = regex.compile(
    rf"(?:,|(?<!\p{{L}})(?:và|đều|đã|trong[ \t]+đó|thực[ \t]+tế))[ \t]+(?:{phrase_alternation(TERMS['done_passive_verbs'])}"
    rf"|xong|hoàn[ \t]+thành)"
    rf"(?!\p{{L}})", regex.I)
"""A verb of work done joined to an allotting word: the figure after it is what was done ("đã phê duyệt và triển khai
thực hiện xong 20 đề án", "đã được cấp và giải ngân 3,5 tỷ đồng", "các đề án đã được giao đều triển khai xong"); not
one of a purpose ("để thực hiện 40 đề án") or a modifier ("kinh phí hỗ trợ")."""
_MONEY_AHEAD = regex.compile(r"[\d.,]*[ \t]*(?:tỷ|tỉ|triệu|nghìn|ngàn)?[ \t]*đồng(?!\p{L})", regex.I)


def allotted_by_then(text: str, start: int, pos: int) -> bool:
    """Whether the figure at ``pos`` is money approved or allotted by a date (an `_ALLOTTED` word between ``start``, the
    end of "Tính đến ..." or "Đến nay", and it), or what such money is for ("Đến nay đã phê duyệt 45 tỷ đồng cho 20 đề
    án"); not when a verb of work done follows the allotting word, nor when no money is named ("đã cấp giấy chứng nhận
    cho 120 sản phẩm", "đã quyết định công nhận 15 làng nghề")."""
    allotted = _ALLOTTED.search(text, start, pos)
    if allotted is None or text.find(";", allotted.end(), pos) != -1 or _WORK_AFTER_ALLOTTING.search(
            text, allotted.end(), pos):
        return False  # (a clause after a semicolon has its own subject)
    return text.find("đồng", allotted.end(), pos) != -1 or _MONEY_AHEAD.match(text, pos, pos + 30) is not None


_ESTIMATE = "ước"
"""How the done words of an estimate ("ước đạt", "ước thực hiện") start (a plan's, after a
not-done word of their sentence: `_NOT_DONE`)."""
_WHOLE_YEAR = regex.compile(r"(?:[ \t]+(?:thực[ \t]+hiện|đạt))?[ \t]+(?:cả|trong)[ \t]+năm(?![ \t]*\d)(?!\p{L})", regex.I)
"""A whole year after the words of an estimate: "ước thực hiện cả năm", "ước đạt cả năm"."""
_PART_OF_YEAR = regex.compile(
    r"(?<!\p{L})(?:(?:\d{1,2}|sáu|chín|ba)[ \t]+tháng[ \t]+đầu[ \t]+năm|quý[ \t]+(?:I|II|III|1|2|3)(?![\p{L}\d]))", regex.I)
"""Part of a year a report covers: "6 tháng đầu năm 2025", "9 tháng đầu năm", "quý III"."""
_RUNNING_PART = (r"[ \t]*(?:(?:trong|lũy[ \t]+kế|(?:tính[ \t]+)?(?:đến|tới)(?:[ \t]+hết)?)[ \t]+)?"
                 r"(?:(?:[1-9]|1[01]|sáu|chín|ba)[ \t]+tháng(?:[ \t]+đầu[ \t]+năm)?(?!\p{L})(?![ \t]+(?:cuối|qua|tới|sau|còn))"
                 r"|quý[ \t]+(?:I{1,3}|[123])(?![\p{L}\d]))")
_RUNNING_PART_OF_YEAR = regex.compile(
    rf"(?:^|(?<=[.;\n])){_RUNNING_PART}|(?<=,){_RUNNING_PART}(?:[ \t]+(?:năm[ \t]+)?(?:19|20)\d\d(?!\d)|[ \t]*,)",
    regex.I | regex.M)
"""A sentence opening with part of a year, its results so far, or a clause after a comma opening with one and its year
or made of it: "Lũy kế 6 tháng đầu năm 2025 đã giải ngân ...", "Quý I năm 2024, Trung tâm đã tổ chức ...", "Sở Công
Thương cho biết, trong 6 tháng đầu năm 2024, ...", "Theo báo cáo ..., 6 tháng đầu năm 2024 Trung tâm ...", "Tính đến
hết 6 tháng đầu năm 2024, ...", "Đến hết quý III, ..." (not "Lũy kế từ quý I/2021 đến nay ...", "Năm 2024 ..., trong
đó 6 tháng đầu năm ...", "(quý I tổ chức 02 lớp, quý II tổ chức 03 lớp)", "Trong 2 tháng cuối năm", "12 tháng
qua")."""
TITLE_REACH = 1000
"""Characters at a text's start read for the part of a year its title names (`year_forecast`)."""
TITLE_WORDS = 40
"""Words of a title line at most (`_title_names_part_of_year`: "Tình hình thực hiện công tác khuyến công 6 tháng đầu
năm 2024 và nhiệm vụ trọng tâm 6 tháng cuối năm 2024" has 23)."""
_NOT_DONE = regex.compile(rf"(?<!\p{{L}})(?:{phrase_alternation(TERMS['not_done_markers'])})(?!\p{{L}})", regex.I)
"""A word that makes what it reports not done (target_terms.toml ``not_done_markers``)."""


# A connective opening a paragraph that goes on with the one before: "Cụ thể, ... tỉnh đã tổ
# chức 28 lớp ...\nBên cạnh đó, hỗ trợ 05 mô hình trình diễn kỹ thuật".
CARRYING = regex.compile(
    rf"[ \t]*(?:(?:{phrase_alternation(TERMS['carrying_connectives'])})[ \t]*[,:]|(?:chia|phân)[ \t]+theo[^,:.\n]{{1,40}}:)",
    regex.I)
"""A connective opening a line that goes on with the one before ("Theo đó,", "Cụ thể:"), or a breakdown's lead-in ("Chia
theo nhóm sản phẩm:"); a line naming a year of its own later than the one before's takes no tense from it ("Theo
đó: năm 2024 bố trí ...")."""


@document_cache(maxsize=1024)
def carried_from(text: str, line_start: int) -> int:
    """Where the tense of the line starting at ``line_start`` is read from: the line before it
    (blank lines passed over) when it opens with a connective that goes on with it
    (`CARRYING`; for "Trong (số) đó," that line's last sentence), or the one before that when it is a photo's caption
    (`is_caption`: "Các đại biểu tham dự lễ công bố" between a lede and its "Theo đó, ..."); or the line before when
    that line is a lead-in ending with a colon ("... đã thực hiện được một số công việc như
    sau:" / "Tổ chức 3 lớp dạy nghề ..."); else its own start. Kept for the document: each figure of a line asks."""
    if not line_start:
        return line_start
    previous_end = before_blanks(text, line_start)  # the end of the line before, blank lines passed over
    carrying = CARRYING.match(text, line_start, line_start + _PHRASE_REACH) if previous_end else None
    if not previous_end or (text[previous_end - 1] != ":" and not carrying):
        if (open_line := _open_line_lead_in(text, line_start, previous_end)) is not None:
            return open_line
        lead_in = list_lead_in(text, line_start, previous_end) if previous_end else None
        if lead_in is None and previous_end and text.startswith(("Năm", "năm"), line_start):
            lead_in = year_lines_heading(text, line_start)
        return line_start if lead_in is None else lead_in
    previous_start = line_bounds(text, previous_end)[0]
    if carrying and _later_year(text, carrying, previous_start, previous_end):
        return line_start  # "Năm 2023, ... đã triển khai 15 đề án." / "Theo đó: năm 2024 bố trí 3 tỷ đồng ...": a plan
    if text[previous_end - 1] == ":":
        head = reported_list_head(text, previous_start, previous_end)
        if head is None or _year_past_lead_in(text, line_start, previous_start, previous_end):
            return line_start  # "Để tiếp tục phát huy những kết quả đã đạt được, năm 2024 Trung tâm ... các nhiệm vụ sau:"
        previous_start = head  # (the heading of results over a lead-in naming no tense)
    if is_caption(text, previous_start, previous_end) and (earlier_end := before_blanks(text, previous_start)):
        return line_bounds(text, earlier_end)[0]
    if carrying and text[previous_end - 1] != ":" and _LONE_PART_CUE.match(carrying.group().lstrip()):
        # a breakdown's "Trong (số) đó," goes on with the last sentence before ("... đã thực hiện 10 đề án. Kế hoạch năm
        # 2024 là 12 đề án." / "Trong đó, 5 đề án ...": the plan's)
        return max(previous_start, sentence_bounds(text, previous_end - 1)[0])
    return previous_start


def _open_line_lead_in(text: str, line_start: int, previous_end: int) -> int | None:
    """The start of the open line over the bullet item at ``line_start`` (`_open_list_top`: right above it, or above
    the items marked alike right above it, up to one of work to come) when that line may lead it in (`_open_lead_in`:
    of sentence case, no item, preparing no work, `_NO_WORK_LINE`, "Trung tâm đã tổng hợp nhu cầu ...") and ends no
    clause (no terminal mark, `OPEN_LINE_END`): a lead-in lacking its colon, whose tense the item takes ("Năm 2023,
    Trung tâm đã hỗ trợ 3 cơ sở với tổng kinh phí 1.500 triệu đồng" / "- Hỗ trợ 12 cơ sở tham gia hội chợ ..."); one
    over a list of two items or more must report work done (`lead_in_reports`). The item holds no word of work undone of
    its own (`_undone_in_item`), none of a proposal or plan opening it (`_PROPOSED`), no need or request unless it opens
    with a verb of work (`_ASKED_ITEM`) and no year later than those of the line (`sentence_years`, `item_years`: not
    "... trong năm 2024", "... khai giảng ngày 15/01/2024" under a line of 2023); else None."""
    item = ITEM_MARK.match(text, line_start)
    if item is None or item.group("bullet") is None or previous_end != line_start - 1 or not previous_end:
        return None
    top = _open_list_tops(text).get(line_start, _MISSING)
    if top == _MISSING:
        top = _open_list_top(text, line_start, previous_end)
    if top is None or not OPEN_LINE_END.match(text[top - 1]):
        return None
    line_end = text.find("\n", line_start)
    listed = top != previous_end or (line_end != -1 and text.startswith(item.group("bullet"), line_end + 1)
                                     and ITEM_MARK.match(text, line_end + 1) is not None)
    top_start = line_bounds(text, top)[0]
    if not _open_lead_in(text, top_start, top, listed):
        return None
    line_end = min(len(text) if line_end == -1 else line_end, item.end() + ITEM_READ_REACH)
    if (_PROPOSED.match(text, item.end()) or _undone_in_item(text, item.end(), line_end)
            or (_ASKED_ITEM.search(text, item.end(), line_end) and (
                not _WORK_OPENING.match(text, item.end()) or _MONEY_REQUEST.search(text, item.end(), line_end)))):
        return None  # work undone, proposed or asked for: "..., đến nay chưa thực hiện", "- Đề xuất hỗ trợ 4 cơ sở ...",
        # "- 12 cơ sở có nhu cầu hỗ trợ ..."
    years = sentence_years(text, top_start, top)
    later = years and any(year > max(years) for year in item_years(text, item.end(), line_end))
    return None if later else top_start


_ASKED_ITEM = regex.compile(
    r"(?<!\p{L})(?:có[ \t]+nhu[ \t]+cầu|đề[ \t]+nghị|đủ[ \t]+điều[ \t]+kiện)(?!\p{L})", regex.I)
"""An item's words of a need, a request or eligibility: "- 12 cơ sở có nhu cầu hỗ trợ máy móc", "- 08 cơ sở đề nghị hỗ
trợ ..." (not in one opening with a verb of work, `_WORK_OPENING`: "- Hỗ trợ 12 cơ sở có nhu cầu ...", unless the item
asks for money, `_MONEY_REQUEST`)."""
_MONEY_REQUEST = regex.compile(
    r"(?<!\p{L})đề[ \t]+nghị[^\n;]{0,40}?(?<!\p{L})(?:xem[ \t]+xét|bố[ \t]+trí|cấp|phân[ \t]+bổ)(?!\p{L})", regex.I)
"""An item's request for money: "- Hỗ trợ 10 cơ sở có nhu cầu, đề nghị UBND tỉnh xem xét bố trí kinh phí"."""
_WORK_OPENING = regex.compile(
    r"(?:hỗ[ \t]+trợ|tổ[ \t]+chức|đào[ \t]+tạo|xây[ \t]+dựng|triển[ \t]+khai|thực[ \t]+hiện)(?!\p{L})", regex.I)
_PLAN_ITEM_OPENING = regex.compile(
    r"[ \t]*(?:năm[ \t]+(?:19|20)\d\d[ \t]*,?[ \t]*)?(?:\p{L}+[ \t]+){0,6}?(?:sẽ|dự[ \t]+kiến)(?!\p{L})(?![^\n]*?đã)",
    regex.I)
"""How an item of work to come opens, no "đã" after: "- Năm 2024, Trung tâm (Khuyến công tỉnh) sẽ ...", "- Dự kiến
..." (not "- Dự kiến ban đầu 05 lớp, thực tế đã mở 06 lớp"; nor "- Phấn đấu năm 2025 tổ chức 10 lớp;" between the
items adding up to the line's 08 lớp)."""
_MISSING = -1
"""No entry in `_open_list_tops`."""


@document_cache(maxsize=1024)
def _open_lead_in(text: str, start: int, end: int, listed: bool) -> bool:
    """Whether the line ``text[start:end]`` may lead in the items under it: no item, not in capitals, making no plan nor
    gathering needs (`_NO_WORK_LINE`), and, over a list, reporting work done (`lead_in_reports`). Kept for the
    document: each item of a list asks."""
    return not (ITEM_MARK.match(text, start) or in_capitals(text, start) or _NO_WORK_LINE.search(text, start, end)
                or (listed and not lead_in_reports(text, start, end)))


def _open_list_top(text: str, line_start: int, previous_end: int) -> int | None:
    """The end of the line over the bullet item at ``line_start`` and the items marked alike right above it (no blank
    line between), or None when a blank line or the text's start comes first; each item walked over is kept in
    `_open_list_tops`."""
    bullet, tops, walked = text[line_start], _open_list_tops(text), []
    top: int | None = None
    while True:
        start = text.rfind("\n", 0, previous_end) + 1
        above = ITEM_MARK.match(text, start, previous_end)
        if above is None or above.group("bullet") is None or text[start] != bullet:
            top = previous_end
            break
        if start in tops:
            top = tops[start]
            break
        if _PLAN_ITEM_OPENING.match(text, above.end(), previous_end):
            break  # past an item of work to come: "- Năm 2024, Trung tâm sẽ hỗ trợ 08 cơ sở;" / "- Tổ chức ..."
        walked.append(start)
        previous_end = start - 1
        if previous_end <= 0 or text[previous_end - 1] == "\n":
            break  # the list opens the text or a paragraph
    for start in walked:
        tops[start] = top
    return top


@document_cache()
def _open_list_tops(text: str) -> dict[int, int | None]:
    """For a document, the end of the open line over each bullet item `_open_list_top` walked over (or None)."""
    return {}


# A line that prepares work rather than reporting it: gathers needs or requests, lists the eligible, makes a plan or a
# contract, or gets ready: "Trung tâm đã (phối hợp ... khảo sát,) tổng hợp (được) nhu cầu ...", "đã tiếp nhận hồ sơ ...",
# "lập danh sách các cơ sở ...", "đã xây dựng kế hoạch khuyến công ...", "đã ký hợp đồng ...", "chuẩn bị (triển khai)",
# "tiếp nhận (các, được, ..., thẩm định các) hồ sơ (đề án, đơn)", "lấy ý kiến", "có văn bản" (not "..., chuẩn bị cho
# ...", a clause of its own after the work, nor "chuẩn bị tốt các điều kiện và đưa ..."; not "đã
# khảo sát nhu cầu và (đã) tổ chức ...", "đã ký hợp đồng và nghiệm thu ...", "đã xây dựng kế hoạch, triển khai ...", nor
# "hỗ trợ các cơ sở có nhu cầu ...", "kỹ năng lập kế hoạch kinh doanh", "chuẩn bị đầy đủ điều kiện", "tiếp nhận 20 học
# viên", "và tham gia thẩm định (ý kiến)": no work joined).
_NO_WORK_LINE = regex.compile(
    r"(?<!\p{L})(?:(?:tổng[ \t]+hợp|khảo[ \t]+sát|rà[ \t]+soát|nắm[ \t]+bắt|thống[ \t]+kê)(?:[ \t]+được)?[ \t]+nhu[ \t]+cầu"
    r"|tiếp[ \t]+nhận(?:[ \t]*,?[ \t]*(?!và(?!\p{L}))\p{L}+){0,4}?[ \t]+(?:hồ[ \t]+sơ|đề[ \t]+nghị|đăng[ \t]+ký|đề[ \t]+án|đơn)"
    r"|lập[ \t]+danh[ \t]+sách|lấy[ \t]+ý[ \t]+kiến|có[ \t]+văn[ \t]+bản"
    r"|(?:ký|ký[ \t]+kết)[ \t]+hợp[ \t]+đồng|(?<![,;][ \t]*)chuẩn[ \t]+bị(?![ \t]+(?:đầy[ \t]+đủ|tốt))"
    r"|(?:xây[ \t]+dựng|lập|ban[ \t]+hành|phê[ \t]+duyệt)[ \t]+(?:các[ \t]+)?kế[ \t]+hoạch(?![ \t]+kinh[ \t]+doanh))(?!\p{L})"
    r"(?![^\n,]{0,60}?(?:,|[ \t]và)[ \t]+(?:đã[ \t]+)?(?:(?:phối[ \t]+hợp|tiếp[ \t]+tục)[ \t]+)?(?:tổ[ \t]+chức"
    r"|triển[ \t]+khai|thực[ \t]+hiện|hỗ[ \t]+trợ|đào[ \t]+tạo|nghiệm[ \t]+thu|bàn[ \t]+giao|đưa"
    r"|tham[ \t]+gia(?![ \t]+(?:thẩm[ \t]+định|ý[ \t]+kiến|góp[ \t]+ý)))(?!\p{L}))",
    regex.I)


def _undone_in_item(text: str, start: int, end: int) -> bool:
    """Whether the item ``text[start:end]`` holds a word of work undone (`TENSE_AHEAD`) read as its own wherever it
    stands ("- 06 lớp đào tạo nghề, đang tuyển sinh 180 học viên", "..., còn 2 lớp chưa tổ chức"): not one of a goal
    met (`_goal_met`), of a running state ("..., hiện các cơ sở đang vận hành ổn định"), of a purpose ("..., góp phần
    thực hiện mục tiêu của Chương trình"), nor one of more work in a later clause (`_MORE_WORK`: "- 06 lớp đào tạo
    nghề, đang tiếp tục tổ chức thêm 3 lớp": the 3 lớp's)."""
    first_clause_end = first_mark(text, ",;", start, end)
    for marker in TENSE_AHEAD.finditer(text, start, end):
        if (marker.group("done") is not None or _goal_met(text, start, marker)
                or _RUNNING_STATE.match(text, marker.end())
                or _PURPOSE_BEFORE.search(text, max(start, marker.start() - PURPOSE_REACH), marker.start())):
            continue
        if marker.start() > first_clause_end:
            clause_end = first_mark(text, ",;", marker.end(), end)
            if _MORE_WORK.search(text, marker.start(), clause_end):
                continue
        return True
    return False


_MORE_WORK = regex.compile(
    r"(?<!\p{L})(?:thêm|tiếp[ \t]+tục(?:[ \t]+\p{Ll}+){1,3})[ \t]+(?:khoảng[ \t]+|gần[ \t]+)?\d"
    r"|\d[\d.,]*[ \t]+\p{L}+(?:[ \t]+\p{L}+)?[ \t]+tiếp[ \t]+theo(?!\p{L})")
"""More work of its own after a word of work undone: "đang tiếp tục tổ chức thêm 3 lớp", "đang tiếp tục triển khai 2
lớp", "đang tuyển sinh cho 02 lớp tiếp theo"."""


def sentence_years(text: str, start: int, end: int) -> list[int]:
    """The years ``text[start:end]`` (a sentence or a line) names as its time: its plain years and those of a period's
    end written as a day ("Giai đoạn 2021-2023", "đến hết tháng 9/2024", "đến (thời điểm) ngày 30/9/2024", "tính đến
    thời điểm báo cáo (ngày 30/9/2024)"); when it names none, the days' it names that date no cited document (a
    meeting's, "Tại Hội nghị tổng kết ngày 15/01/2024"); never a document's number, a cited document's date ("Kế
    hoạch số 45/KH-UBND ngày 10/3/2021", "Công văn gửi tới Trung tâm ngày 10/01/2021") nor an amount ("2000 triệu
    đồng")."""
    plain, days = [], []
    for year in YEAR.finditer(text, start, end):
        if _DOCUMENT_NUMBER_YEAR.match(text, year.start()) or _AMOUNT_AFTER.match(text, year.end()):
            continue
        if not _DAY_DATE_YEAR.match(text, year.start()) or _PERIOD_END_DAY.match(text, year.start()):
            plain.append(int(year.group()))
        elif not _CITED_DAY.match(text, year.start()):
            days.append(int(year.group()))
    return plain or days


def item_years(text: str, start: int, end: int) -> list[int]:
    """The years an item ``text[start:end]`` names as its own time, a day's too ("khai giảng ngày 15/01/2024"): not a
    document's number, a cited document's date nor an amount."""
    return [int(year.group()) for year in YEAR.finditer(text, start, end)
            if not _DOCUMENT_NUMBER_YEAR.match(text, year.start()) and not _AMOUNT_AFTER.match(text, year.end())
            and not (_DAY_DATE_YEAR.match(text, year.start()) and _CITED_DAY.match(text, year.start()))]


ITEM_READ_REACH = 400
"""Characters of a lone bullet item read for its own words (`_open_line_lead_in`)."""
_AMOUNT_AFTER = regex.compile(r"[ \t]+(?:triệu|tỷ|tỉ|nghìn|ngàn|đồng)(?!\p{L})", regex.I)
"""Money's words after a figure: it is an amount, not a year."""
_DOCUMENT_NUMBER_YEAR = regex.compile(
    r"(?<=\d[ \t]?/)(?:19|20)\d\d(?=/\p{Lu})|(?<=(?<!\p{L})số[ \t]*:?[ \t]*\d{1,5}[ \t]?/)(?:19|20)\d\d"
    r"|(?<![\d/])(?:19|20)\d\d(?=[ \t]?/[ \t]?\p{Lu})", regex.I)
"""A year of a document's number: "Quyết định 12/2021/QĐ-UBND", "Quyết định số 12/2024", "Quyết định số 2030/QĐ-UBND"."""
_DAY = r"(?<!\p{L})ngày[ \t]+\d{1,2}(?:[/.-]\d{1,2}[/.-]|[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm[ \t]+)"
_DAY_DATE_YEAR = regex.compile(rf"(?<={_DAY})(?:19|20)\d\d", regex.I)
"""The year of a day's date: "ngày 10/3/2024", "ngày 10 tháng 3 năm 2024"."""
_PERIOD_END_DAY = regex.compile(
    rf"(?<=(?<!\p{{L}})(?:đến|tới|hết)(?:[ \t]+(?:hết|trước|cuối|nay|thời[ \t]+điểm|thời[ \t]+gian|báo[ \t]+cáo|hiện[ \t]+tại"
    rf"|quý[ \t]+[IVX\d]+|tháng[ \t]+\d{{1,2}}|năm[ \t]+\d{{4}})){{0,4}}[ \t]*\(?[ \t]*{_DAY})(?:19|20)\d\d", regex.I)
"""The year of a day ending a period, four words of time at most between: "đến thời điểm ngày 30/9/2024", "đến
hết quý III (ngày 30/9/2024)", "Tính đến thời điểm báo cáo (ngày 30/9/2024)", "Tính hết ngày 31/12/2023", "Tính
đến trước ngày 30/9/2024" (not "Công văn gửi tới Trung tâm ngày 10/01/2021")."""
_CITED_DAY = regex.compile(
    r"(?<=(?:\d[ \t]?/[ \t]?\p{Lu}|(?<!\p{L})(?:quyết[ \t]+định|kế[ \t]+hoạch|nghị[ \t]+quyết|công[ \t]+văn"
    r"|thông[ \t]+báo|báo[ \t]+cáo|chỉ[ \t]+thị|tờ[ \t]+trình|thông[ \t]+tư|nghị[ \t]+định|văn[ \t]+bản|ký"
    rf"|ban[ \t]+hành)(?!\p{{L}}))[^\n.;]{{0,60}}?{_DAY})(?:19|20)\d\d", regex.I)
"""The year of a cited document's date, its number or its kind at most 60 characters before ("Kế hoạch số 45/KH-UBND
ngày 10/3/2024", "05-NQ/TU ngày 10/01/2024", "45/KH-UBND của UBND tỉnh ngày ...", "ký ngày ...")."""
_RUNNING_STATE = regex.compile(
    r"[ \t]+(?:vận[ \t]+hành|hoạt[ \t]+động|sản[ \t]+xuất|kinh[ \t]+doanh|phát[ \t]+huy)(?!\p{L})", regex.I)
"""Words of a running state after "đang": "các cơ sở đang vận hành ổn định", "mô hình đang phát huy hiệu quả"."""
_PROPOSED = regex.compile(r"(?:đề[ \t]+xuất|đề[ \t]+nghị|kiến[ \t]+nghị|kế[ \t]+hoạch)(?!\p{L})", regex.I)
"""Words opening an item of work proposed or planned, not done: "- Đề xuất hỗ trợ 4 cơ sở ...", "- Kế hoạch hỗ trợ
..." (not "theo kế hoạch" inside it)."""
_PURPOSE_BEFORE = regex.compile(r"(?<!\p{L})(?:góp[ \t]+phần|nhằm)(?:[ \t]+\p{L}+){0,3}[ \t]+\Z", regex.I)
"""A purpose's opening right before a word of a goal: "góp phần thực hiện mục tiêu", "nhằm đạt mục tiêu"."""
PURPOSE_REACH = 40
"""Characters before a tense word read for `_PURPOSE_BEFORE`."""


OPEN_LINE_END = regex.compile(r"[\p{L}\p{N})]")
"""The last character of a line that ends no clause: a letter, a digit or a closing bracket."""
# A list item's mark: a bullet, or a number or a letter with its dot or bracket ("- ", "2. ", "b) ").
ITEM_MARK = regex.compile(r"[ \t]*(?:(?P<bullet>[-+•–*])|(?P<number>\d{1,2})[.)]|(?P<letter>[a-zđ])[.)])[ \t]+")


def list_lead_in(text: str, line_start: int, previous_end: int) -> int | None:
    """The start of the lead-in ending with a colon over the list whose item (not the first) is the line at
    ``line_start`` (``previous_end``: where the line before ends): its tense is the items' ("Trong năm 2023, Trung
    tâm đã thực hiện các nội dung sau:" / "1. Hỗ trợ 5 cơ sở ..." / "2. Tổ chức 3 lớp ..."). Read over the items
    before it, each marked as it is and ending with no colon, when none of them holds a tense word of its own (one
    that does is the nearest), the lead-in reports work done (`lead_in_reports`) and the item names no year of its own
    but one a lead-in ending with a colon holds (`_year_past_lead_in`); else None. Each item is read once for the document (`_list_heads`)."""
    own = ITEM_MARK.match(text, line_start)
    if own is None:
        return None
    kind, end = own.lastgroup, previous_end
    memo, walked = _list_heads(text), []
    head: int | None = None
    while end:
        start = text.rfind("\n", 0, end) + 1
        if (start, kind) in memo:
            head = memo[(start, kind)]
            break
        item = ITEM_MARK.match(text, start, end)
        if item is None or item.lastgroup != kind:
            head = reported_list_head(text, start, end)
            if head is None and item is None and text[end - 1] != ":" and _paragraph_reports(text, start, end):
                head = under_results_heading(text, start)
            break  # (past a paragraph under such a heading: "2. Kết quả thực hiện các đề án" / "... đã triển khai ...")
        walked.append((start, kind))
        if text[end - 1] == ":":
            break
        if TENSE_MARKER.search(text, item.end(), end):
            head = _under_reporting_lead_in(text, start, kind)
            break  # "1. ...: đã hỗ trợ 7 cơ sở ..." / "3. ...: hỗ trợ 1 mô hình ...": the lead-in's, past the item
        end = before_blanks(text, start)
    for key in walked:
        memo[key] = head
    if head is not None:
        head_end = text.find("\n", head)
        if (_year_past_lead_in(text, line_start, head, head_end) if head_end != -1 and text[head_end - 1] == ":"
                else _item_names_year(text, line_start)):
            return None  # "- 2 đề án chuyển sang năm 2024." (an item naming a year takes only the tense of a lead-in
            # ending with a colon that holds it)
    return head


def colon_lead_in(text: str, line_start: int) -> int | None:
    """The start of the line ending with a colon over the list whose item is the line at ``line_start`` (`list_head`),
    whatever its tense; else None."""
    own = ITEM_MARK.match(text, line_start)
    head = list_head(text, line_start, own.lastgroup) if own else None
    return head[0] if head and text[head[1] - 1] == ":" else None


def _under_reporting_lead_in(text: str, item_start: int, kind: str | None) -> int | None:
    """The start of the lead-in ending with a colon (or the heading of results, `heads_reported_list`) that reports work
    done over the list whose item (items of its kind of mark, ``kind``) starts at ``item_start`` (`list_head`); else
    None. An item after one holding a tense word of its own takes the lead-in's tense, not that item's last word ("-
    ... thực hiện 11 đề án, ...; 01 đề án ... không thực hiện được ..." / "- Kinh phí ...: kế hoạch 2.100 triệu đồng,
    giải ngân 1.860 triệu đồng")."""
    head = list_head(text, item_start, kind)
    return reported_list_head(text, *head) if head else None


def list_head(text: str, item_start: int, kind: str | None) -> tuple[int, int] | None:
    """The line (start, end) heading the list whose item of the kind of mark ``kind`` starts at ``item_start``: the
    first line above it, blank lines passed over, that is no item of that kind, read over the items of its kind before
    it, each ending with no colon; None when one ends with a colon (the lead-in of a list of its own) or none heads it.
    Each list is walked once a document (`_list_head_lines`: a list of 8,000 items walked from each of them took 15 s)."""
    memo, walked = _list_head_lines(text), []
    head: tuple[int, int] | None = None
    end = before_blanks(text, item_start)
    while end:
        start = text.rfind("\n", 0, end) + 1
        if (start, kind) in memo:
            head = memo[(start, kind)]
            break
        item = ITEM_MARK.match(text, start, end)
        if item is None or item.lastgroup != kind:
            head = (start, end) if start < end else None
            break
        walked.append((start, kind))
        if text[end - 1] == ":":
            break
        end = before_blanks(text, start)
    for key in walked:
        memo[key] = head
    return head


@document_cache()
def _list_head_lines(text: str) -> dict[tuple[int, str | None], tuple[int, int] | None]:
    """For a document, the line heading the list (or None) `list_head` reached from each item walked over, by the
    item's start and its kind of mark."""
    return {}


def reported_list_head(text: str, start: int, end: int) -> int | None:
    """Where the tense of the list under the line ``text[start:end]`` is read from: the line, a lead-in ending with a
    colon or a heading of results with none ("2. Kết quả cụ thể", `_RESULTS_HEADING`) that reports work done
    (`lead_in_reports`); or the heading of results right above a lead-in ending with a colon that names no plan ("2.
    Kết quả thực hiện năm 2024" / "Năm 2024, huyện được Sở Công Thương hỗ trợ 03 đề án ..., cụ thể:",
    `under_results_heading`); else None."""
    if start >= end:
        return None
    if text[end - 1] != ":":
        return start if _RESULTS_HEADING.fullmatch(text, start, end) and lead_in_reports(text, start, end) else None
    if lead_in_reports(text, start, end):
        return start
    if (_NOT_DONE.search(text, start, end) is None and _LEAD_IN_PLAN.search(text, start, end) is None
            and _REQUEST_WORD.search(text, start, end) is None):
        return under_results_heading(text, start)
    return None


# A request of projects or support, its count or projects after it: "... đăng ký đề xuất hỗ trợ 03 đề án năm 2025, cụ
# thể:" lists no results (not "đã đăng ký và được hỗ trợ ...", "Trên cơ sở đề xuất của ...").
_REQUEST_WORD = regex.compile(
    r"(?<!\p{L})(?:đăng[ \t]+ký|đề[ \t]+xuất|đề[ \t]+nghị)(?:[ \t]+(?:đề[ \t]+xuất|hỗ[ \t]+trợ|cho))*[ \t]+"
    r"(?:\d|các[ \t]+đề[ \t]+án)", regex.I)


def _paragraph_reports(text: str, start: int, end: int) -> bool:
    """Whether the paragraph ``text[start:end]`` between a heading of results and a list reports work done: its last
    sentence holds a done word ("... Trung tâm đã triển khai 10 đề án, ...; giải ngân ...", "tiếp tục ..., đã tổ chức
    nghiệm thu ..."), or no tense word but a goal met ("đạt 95% mục tiêu") and names no goal, plan or request
    (`names_plan`, `_REQUEST_WORD`); not "Kế hoạch năm 2025 dự kiến ...", "... sẽ ...", "Kế hoạch khuyến công năm 2025
    gồm 8 đề án.", "Trung tâm đề xuất 8 đề án ..."."""
    last = sentence_bounds(text, end - 1)[0]
    markers = [m for m in TENSE_MARKER.finditer(text, last, end) if not _goal_met(text, last, m)]
    if markers:
        return any(m.group("done") is not None for m in markers)
    return not names_plan(text, last, end) and _REQUEST_WORD.search(text, last, end) is None


# The noun a goal's "đề ra" follows: "mục tiêu đề ra", "kế hoạch đề ra" (matched from "đề ra" back).
_SET_GOAL_NOUN = regex.compile(r"(?r)(?<!\p{L})(?:mục[ \t]+tiêu|kế[ \t]+hoạch|chỉ[ \t]+tiêu)[ \t]+\Z", regex.I)


# A document's number right after its kind: "Kế hoạch số 12/KH-UBND".
_DOCUMENT_NUMBER_AFTER = regex.compile(r"[ \t]+số[ \t]*\d", regex.I)


def names_plan(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a goal or a plan (`_GOAL_OR_PLAN`) other than one met ("đạt 95% mục tiêu", "đạt
    mục tiêu đề ra", `_GOAL_MET`) or a plan document cited ("Kế hoạch số 12/KH-UBND")."""
    for word in _GOAL_OR_PLAN.finditer(text, start, end):
        if _DOCUMENT_NUMBER_AFTER.match(text, word.end()):
            continue  # a plan document cited: "Thực hiện Kế hoạch số 12/KH-UBND ..., Trung tâm tổ chức 15 lớp"
        noun = _SET_GOAL_NOUN.search(text, start, word.start()) if word.group().lower().startswith("đề") else None
        at = word.start() if noun is None else noun.start()  # (the goal's noun before its "đề ra")
        if _GOAL_MET.search(text, max(start, at - GOAL_MET_REACH), at) is None:
            return True
    return False


def heads_reported_list(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` heads a list reported as done (`reported_list_head`)."""
    return reported_list_head(text, start, end) is not None


def under_results_heading(text: str, start: int) -> int | None:
    """The start of the heading of results (`_RESULTS_HEADING`, reporting work done) on the line right above the one at
    ``start``, blank lines passed over; else None."""
    above_end = before_blanks(text, start)
    if not above_end:
        return None
    above = text.rfind("\n", 0, above_end) + 1
    if above_end - above > RESULTS_HEADING_MAX:
        return None  # no heading (and no scan of a long line for one: `regex` reads its whole span for a literal)
    if _RESULTS_HEADING.fullmatch(text, above, above_end) and lead_in_reports(text, above, above_end):
        return above
    return None


RESULTS_HEADING_MAX = 200
"""Longest line read as a heading of results (`under_results_heading`: a marker and eleven words at most)."""


# A heading of results over a list, marked and with no colon: "2. Kết quả cụ thể", "II. Kết quả thực hiện năm 2024",
# "2. Kết quả theo từng năm" (a few words, no sentence).
_RESULTS_HEADING = regex.compile(
    r"[ \t]*(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})?|[a-zđ])[.)][ \t]+kết[ \t]+quả(?:[ \t]+[^\s.:;,!?]+){0,10}[ \t]*", regex.I)


# A line of a list by year, opening with its year as a label: "Năm 2021: thực hiện 7 đề án, ...", "Năm 2025 (ước thực
# hiện): 9 đề án ...".
YEAR_LABEL = r"[Nn]ăm[ \t]+(?P<year>(?:19|20)\d\d)(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*:"
_YEAR_LABEL_LINE = regex.compile(YEAR_LABEL)


# A plan's word right after a year label, and a word of a result after it: "Năm 2023: kế hoạch 9 đề án, kinh phí 2,7 tỷ
# đồng" is the plan's line; "Năm 2023: kế hoạch 10 đề án, thực hiện 9 đề án; kinh phí ..." reports results after it.
_PLAN_AFTER_LABEL = regex.compile(r"[ \t]*(?:kế[ \t]+hoạch|dự[ \t]+kiến|chỉ[ \t]+tiêu|mục[ \t]+tiêu|phấn[ \t]+đấu)(?!\p{L})",
                                  regex.I)
_RESULT_WORD = regex.compile(r"(?<!\p{L})(?:thực[ \t]+hiện|đạt|giải[ \t]+ngân|hoàn[ \t]+thành|đã)(?!\p{L})", regex.I)


def _planned_year_line(text: str, line_start: int, pos: int) -> bool:
    """Whether the line by year at ``line_start`` opens with a plan's word after its label (`_PLAN_AFTER_LABEL`) and no
    word of a result (`_RESULT_WORD`) stands between that word and the figure at ``pos``."""
    label = _YEAR_LABEL_LINE.match(text, line_start, pos)
    plan = _PLAN_AFTER_LABEL.match(text, label.end(), pos) if label else None
    return plan is not None and _RESULT_WORD.search(text, plan.end(), pos) is None


def year_lines_heading(text: str, line_start: int) -> int | None:
    """The start of the heading of results naming no year (`heads_reported_list`) over the lines of a list by year
    (`_YEAR_LABEL_LINE`) one of which starts at ``line_start`` ("2. Kết quả theo từng năm" / "Năm 2021: thực hiện 7 đề
    án ..." / "Năm 2022: ..."): their tense, whatever year each names; else None."""
    if not _YEAR_LABEL_LINE.match(text, line_start):
        return None
    end = before_blanks(text, line_start)
    while end:
        start = text.rfind("\n", 0, end) + 1
        if not _YEAR_LABEL_LINE.match(text, start, end):
            return start if heads_reported_list(text, start, end) and not YEAR.search(text, start, end) else None
        end = before_blanks(text, start)
    return None


@document_cache()
def _list_heads(text: str) -> dict[tuple[int, str | None], int | None]:
    """For a document, the lead-in's start (or None) `list_lead_in` reached from each list item walked over, by the
    item's start and its kind of mark."""
    return {}


# A lead-in's word of a plan: its list is no report of work done ("Năm 2024, Trung tâm sẽ thực hiện các nội dung sau:"),
# a plan's noun too ("đã xác định các nhiệm vụ trọng tâm như sau:", "đã triển khai kế hoạch ... với các chỉ tiêu như
# sau:"), but for one carried out ("đã thực hiện các nhiệm vụ sau:", "đã hoàn thành 100% kế hoạch được giao", "đã triển
# khai các nhiệm vụ trọng tâm như sau:", "đã triển khai Kế hoạch khuyến công năm 2023, cụ thể như sau:"; not "đã triển
# khai Kế hoạch ... gồm (với các nội dung) ...", a plan made known).
_ALL_OF = r"(?:[ \t]+(?:toàn[ \t]+bộ(?:[ \t]+(?:các|những))?|các|những|\d+(?:[,.]\d+)?[ \t]*%))?"
"""What may stand between a verb of work and the plan's noun it carries out: "các", "toàn bộ (các)", "100%"."""
_LEAD_IN_PLAN = regex.compile(
    r"(?<!\p{L})(?:sẽ|dự[ \t]+kiến|phấn[ \t]+đấu|phương[ \t]+hướng"
    rf"|(?<!(?:thực[ \t]+hiện|hoàn[ \t]+thành){_ALL_OF}[ \t]+)"
    rf"(?<!triển[ \t]+khai{_ALL_OF}[ \t]+"
    r"(?!kế[ \t]+hoạch[^,.;:\n]{0,60}?(?<!\p{L})(?:gồm|với[ \t]+(?:các|những)[ \t]+(?:nội[ \t]+dung|chỉ[ \t]+tiêu))(?!\p{L})))"
    r"(nhiệm[ \t]+vụ|kế[ \t]+hoạch|chỉ[ \t]+tiêu|mục[ \t]+tiêu))(?!\p{L})", regex.I)
# Words of results in a lead-in: its plan's noun is what was carried out ("đã triển khai kế hoạch khuyến công, kết quả
# như sau:", "đã thực hiện đạt và vượt kế hoạch các chỉ tiêu sau:", "đã tập trung thực hiện tốt các nhiệm vụ sau:"; not one
# of a purpose, three words at most after "để" or "nhằm": "để đạt kết quả cao").
_LEAD_IN_RESULT = regex.compile(
    r"(?=kết|đạt|vượt|tốt|hiệu|hoàn)(?<!(?<!\p{L})(?:để|nhằm)(?:[ \t]+[^\s,;:.]+){0,3}[ \t]+)"
    r"(?<!\p{L})(?:kết[ \t]+quả|đạt|vượt|tốt|hiệu[ \t]+quả|hoàn[ \t]+thành)(?!\p{L})", regex.I)
# A lead-in's done word: "đã", "vừa" (not the "đã đạt được" of results named: "những kết quả đã đạt được"; "đã đạt được
# những kết quả ... như:" reports them), a verb of work with "được" ("triển khai thực hiện được các nội dung sau:").
_LEAD_IN_DONE = regex.compile(
    r"(?<!\p{L})(?:(?:đã|vừa)(?<!kết[ \t]+quả[ \t]+đã)|(?:thực[ \t]+hiện|triển[ \t]+khai)[ \t]+được)(?!\p{L})", regex.I)
# Setting out right after the done word, the lead-in's own verb: "Năm 2024, Trung tâm đã xác định các nội dung sau:",
# "đã đề ra kế hoạch như sau:" (not "các chỉ tiêu đã đề ra", a noun's; nor "đã xác định được các cơ sở", identified).
_LEAD_IN_SETTING_OUT = regex.compile(r"[ \t]+(?:xác[ \t]+định|đề[ \t]+ra)(?!\p{L})(?![ \t]+được(?!\p{L}))", regex.I)
# ... or after a later done word opening a verb joined by "và" or a comma, no word of results in the lead-in: "đã họp
# và đã xác định các nội dung sau:" (not "... và đã xác định nhiệm vụ trọng tâm, kết quả đạt được như sau:").
_LEAD_IN_SETTING_OUT_LATER = regex.compile(
    rf"(?=đã|vừa)(?:(?<=(?<!\p{{L}})và[ \t]+)|(?<=,[ \t]*))(?:đã|vừa){_LEAD_IN_SETTING_OUT.pattern}"
    r"(?![ \t]+(?:các[ \t]+)?giải[ \t]+pháp)", regex.I)
# A request right after the done word: "Trung tâm đã đăng ký với Bộ Công Thương các đề án ... năm 2024 như sau:".
_LEAD_IN_REQUEST = regex.compile(r"[ \t]+(?:đăng[ \t]+ký|đề[ \t]+xuất|đề[ \t]+nghị|trình)(?!\p{L})", regex.I)
# A request of the list's own items further in the lead-in's main clause ("đã xây dựng và đăng ký với Bộ Công Thương các
# đề án ...", "đã hoàn thiện hồ sơ đăng ký các đề án ...", "đã chủ động đề xuất các đề án ...", "đề xuất với Bộ Công
# Thương và UBND tỉnh các đề án"), its object within 60 characters, before a "và" joining a word in lower case (another
# verb: not "và UBND tỉnh") and a "của" of the beneficiaries; not a
# relative clause's ("các đề án đã đăng ký với Bộ Công Thương, kết quả như sau:"), another's ("đã hướng dẫn các cơ sở
# đăng ký tham gia bình chọn"; "hồ sơ đề nghị hỗ trợ của các cơ sở"; "theo đề nghị của ..."), a payment's, nor one of a
# breakdown's parts ("đã triển khai 12 đề án ..., trong đó đề xuất 2 đề án điểm").
_BENEFICIARY_NOUNS = ("cơ sở", "doanh nghiệp", "hộ", "hợp tác xã", "htx", "chủ thể", "làng nghề")
"""The nouns of beneficiaries: a lead-in's requests of theirs are theirs, not the lead-in's (`_LEAD_IN_REQUEST_LATER`);
kinds of them may be joined in one count (`_JOINED_KINDS`)."""
_BENEFICIARY = "|".join(noun.replace(" ", r"[ \t]+") for noun in _BENEFICIARY_NOUNS)
_LEAD_IN_REQUEST_LATER = regex.compile(
    r"(?=đăng|đề)(?<!\p{L})(?<!(?<![\d/])\d{1,3}[ \t]+\p{L}[^.;:\n]{0,60}?,[ \t]*trong[ \t]+đó[ \t]+)"
    rf"(?<!(?:đã|được|theo|đơn[ \t]+vị|địa[ \t]+phương|{_BENEFICIARY})[ \t]+)"
    r"(?:đăng[ \t]+ký|đề[ \t]+xuất|đề[ \t]+nghị)(?!\p{L})(?![ \t]+thanh[ \t]+toán)"
    r"(?:(?![ \t]và[ \t]+(?!(?:gửi|trình)(?!\p{L}))(?-i:\p{Ll})"
    rf"|[ \t]của[ \t]+(?:\d+[ \t]+)?(?:các[ \t]+)?(?:{_BENEFICIARY})(?!\p{{L}}))[^,.;:\n]){{0,60}}?(?<!\p{{L}})"
    r"(?:(?:các|\d+)[ \t]+(?:đề[ \t]+án|nội[ \t]+dung|dự[ \t]+án|nhiệm[ \t]+vụ)|nhu[ \t]+cầu|danh[ \t]+mục"
    r"|hỗ[ \t]+trợ[ \t]+cho)(?!\p{L})",
    regex.I)
# A phrase fronted before a lead-in's main clause, to its comma: a purpose, a ground or a time ("Để tiếp tục phát huy
# ...,", "Trên cơ sở kết quả ...,", "Căn cứ ...,", "Thực hiện Kế hoạch số ...,", "Sau 5 năm triển khai Kế hoạch,").
_FRONTED = regex.compile(
    r"[ \t]*(?:(?:Trong[ \t]+)?năm[ \t]+\d{4}[ \t]*,[ \t]*)?(?:Để|Nhằm|Theo|Với|Bám[ \t]+sát|Trên[ \t]+cơ[ \t]+sở|Căn[ \t]+cứ"
    r"|Dựa[ \t]+(?:trên|vào)|Phát[ \t]+huy|Thực[ \t]+hiện|Sau)(?!\p{L})[^,:\n]*,", regex.I)


# A sentence that only opens details, closing a lead-in: "Cụ thể:", "Kết quả cụ thể:", "Chi tiết như sau:".
_DETAILS_ONLY = regex.compile(
    r"(?:kết[ \t]+quả[ \t]+)?(?:cụ[ \t]+thể|chi[ \t]+tiết)(?:[ \t]+như[ \t]+sau)?[ \t]*:[ \t]*"
    r"|kết[ \t]+quả[ \t]+(?:đạt[ \t]+được[ \t]+)?như[ \t]+sau[ \t]*:[ \t]*", regex.I)
# A plan named beside results in a heading: "Kết quả thực hiện năm 2023 và kế hoạch năm 2024 như sau:" (its list may be
# either's).
_AND_PLAN = regex.compile(r"(?<!\p{L})và[ \t]+(?:kế[ \t]+hoạch|phương[ \t]+hướng|nhiệm[ \t]+vụ)(?!\p{L})", regex.I)
# A lead-in of results with no done word, a heading's: "Kết quả thực hiện Kế hoạch khuyến công năm 2023 như sau:",
# "2. Kết quả đạt được:" (not "Kết quả dự kiến:", a plan's).
_RESULTS_LEAD_IN = regex.compile(
    r"[ \t]*(?:(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})?|[a-zđ])[.)][ \t]*|[-+•][ \t]*)?kết[ \t]+quả[ \t]+(?:thực[ \t]+hiện"
    r"|đạt[ \t]+được|triển[ \t]+khai|công[ \t]+tác|hoạt[ \t]+động|(?:theo[ \t]+)?từng[ \t]+năm|(?P<any>cụ[ \t]+thể))(?!\p{L})",
    regex.I)
# A Roman (or lettered, or "PHẦN I.") heading of a report's part of results: "I. KẾT QUẢ THỰC HIỆN NĂM 2024", "II. TÌNH
# HÌNH THỰC HIỆN ...", "PHẦN I. KẾT QUẢ ...", "A. KẾT QUẢ ..." (not "I. MỤC TIÊU", "II. KẾ HOẠCH NĂM 2025", "III. PHƯƠNG
# HƯỚNG, NHIỆM VỤ ...").
_RESULTS_PART = regex.compile(
    r"(?m)^[ \t]*(?:(?:PHẦN|Phần)[ \t]+)?(?:[IVX]{1,5}|[A-Đ])\.[ \t]+"
    r"(?P<results>(?i:kết[ \t]+quả|tình[ \t]+hình|đánh[ \t]+giá))?[^\n]*$")
RESULTS_PART_REACH = 12000
"""Characters before a heading within which the Roman heading of its part is looked for (`in_part_of_results`)."""


# "đã" or "vừa" before a "hoàn thành", a few words between: work reported done ("Năm 2023, Trung tâm đã hoàn thành 12 đề
# án" at the head of a part of tasks).
_DONE_BEFORE = regex.compile(r"(?r)(?<!\p{L})(?:đã|vừa)(?:[ \t]+\p{L}+){0,2}[ \t]+\Z", regex.I)
DONE_BEFORE_REACH = 24
"""Characters before a "hoàn thành" within which `_DONE_BEFORE` is read."""


def _part_heading(text: str, pos: int) -> regex.Match | None:
    """The nearest Roman heading ending before ``pos``, within `RESULTS_PART_REACH` (`_RESULTS_PART`), or None."""
    headings = _part_headings(text)
    index = bisect.bisect_right(headings[0], pos) - 1
    if index < 0 or headings[1][index].start() < pos - RESULTS_PART_REACH:
        return None
    return headings[1][index]


@document_cache()
def _part_headings(text: str) -> tuple[list[int], list[regex.Match]]:
    """The Roman headings of ``text`` (`_RESULTS_PART`): where each ends (ascending), and each."""
    found = list(_RESULTS_PART.finditer(text))
    return [heading.end() for heading in found], found


def in_part_of_tasks(text: str, pos: int) -> bool:
    """Whether the nearest Roman heading before ``pos`` names work to come and no results ("II. NHIỆM VỤ TRỌNG TÂM 3
    THÁNG CUỐI NĂM 2024", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025"): its items' "Hoàn thành ..." are tasks."""
    heading = _part_heading(text, pos)
    return heading is not None and heading["results"] is None and _GOAL_OR_PLAN.search(
        text, heading.start(), heading.end()) is not None


def under_tasks_heading(text: str, pos: int) -> bool:
    """Whether the nearest marked line at or above ``pos``'s line (within `RESULTS_PART_REACH`) heads work to come
    (`_plan_subheading`): a report whose parts are Arabic, "2. Nhiệm vụ 3 tháng cuối năm 2024" / "- Hoàn thành 2 đề án
    còn lại ...", its items' "Hoàn thành ..." are tasks."""
    line_start = text.rfind("\n", 0, pos) + 1
    reach = max(0, line_start - RESULTS_PART_REACH)
    return _plan_subheading(text, (reach, reach), line_start)


def in_part_of_results(text: str, pos: int) -> bool:
    """Whether the nearest Roman heading before ``pos`` (within `RESULTS_PART_REACH`) is one of results naming no plan
    (`_RESULTS_PART`): a heading "Kết quả cụ thể" there reports results; in a plan's "I. MỤC TIÊU" it sets them."""
    heading = _part_heading(text, pos)
    return heading is not None and heading["results"] is not None and _NOT_DONE.search(
        text, heading.start(), heading.end()) is None and _AND_PLAN.search(text, heading.start(), heading.end()) is None


# A word of assigning or allotting work or money: what a part of results says was set for the year, not done.
_ASSIGNING = regex.compile(r"(?<!\p{L})(?:giao|phân[ \t]+bổ|bố[ \t]+trí|phê[ \t]+duyệt)(?!\p{L})", regex.I)


# The ministry's support of a province's projects, a count right after it (`_COUNT_ALLOTTED`): "tỉnh được Bộ Công Thương
# hỗ trợ 02 đề án khuyến công quốc gia với kinh phí 1.200 triệu đồng" (the national projects and their money allotted;
# not "cơ sở được Bộ Công Thương hỗ trợ", a beneficiary's, nor "03 cơ sở trên địa bàn tỉnh được ...", a place's word).
_MINISTRY_ALLOTS = regex.compile(
    r"(?<!\p{L})(?:(?<!(?:bàn|trong|ở|tại|của|thuộc|ngoài)[ \t])(?:tỉnh|thành[ \t]+phố)|Sở[ \t]+Công[ \t]+Thương"
    r"|Trung[ \t]+tâm(?:[ \t]+\p{L}+){0,12}?)[ \t]+được[ \t]+Bộ[ \t]+"
    r"Công[ \t]+Thương[ \t]+hỗ[ \t]+trợ(?!\p{L})")
_COUNT_ALLOTTED = regex.compile(r"[ \t]+(?:thực[ \t]+hiện[ \t]+)?\d")


# A phrase of a result after an assigning or a plan's word: ", thực hiện 11 đề án", ", giải ngân ...", a subject or a
# year of its own then a verb of work ("Chỉ tiêu giao 20 lớp, Trung tâm tổ chức 20 lớp", "Kế hoạch giao 40 cơ sở, năm
# 2024 hỗ trợ 38 cơ sở"; not "Kế hoạch năm 2025, hỗ trợ 40 cơ sở").
_RESULT_PHRASE = regex.compile(
    r"[,:][ \t]*(?:(?:năm[ \t]+(?:19|20)\d\d|(?-i:\p{Lu})\p{L}*(?:[ \t]+\p{L}+){0,3}?)[ \t]+)?(?:đã[ \t]+)?"
    r"(?:thực[ \t]+hiện(?![ \t]+tại)|giải[ \t]+ngân|hoàn[ \t]+thành|nghiệm[ \t]+thu|(?<=(?:\d|\p{Lu}\p{L}*)[ \t]+(?:đã[ \t]+)?)"
    r"(?:tổ[ \t]+chức|hỗ[ \t]+trợ|triển[ \t]+khai|đào[ \t]+tạo))(?!\p{L})", regex.I)


# A next item of work after a comma: a verb, no subject ("các huyện", "Trung tâm"), no result's verb, contrast or "được"
# of work managed ("..., hỗ trợ 40 cơ sở"; not "..., thực hiện được 18 lớp", "..., nghiệm thu 11 đề án", "..., thực tế
# hỗ trợ 38 cơ sở", "..., tuy nhiên chỉ mở 15 lớp", "..., năm 2024 mở 18 lớp").
_NEXT_WORK = (r"[ \t]*(?=(?-i:\p{Ll}))(?!(?:các|những|toàn|cả|mỗi|nhiều|năm|thực[ \t]+tế|tuy[ \t]+nhiên|nhưng|song|kết[ \t]+quả"
              r"|thực[ \t]+hiện|nghiệm[ \t]+thu|giải[ \t]+ngân|hoàn[ \t]+thành|đạt|vượt|chỉ|đã)(?!\p{L}))"
              r"(?![^\d,;]*?(?<!\p{L})được(?!\p{L}))")
_NEXT_WORK_AFTER = regex.compile(_NEXT_WORK, regex.I)
# A plan's time alone between its word and a comma, next work after it (`_NEXT_WORK`): "Kế hoạch năm 2025, hỗ trợ",
# "Kế hoạch giai đoạn 2026-2030, tổ chức" (not "Kế hoạch năm 2024, Trung tâm tổ chức 18 lớp", "..., các huyện tổ chức",
# "..., mở được 18 lớp": what was done of it).
_FRONTED_TIME = regex.compile(
    rf"[ \t]+(?:năm|giai[ \t]+đoạn)[ \t]+(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)\d\d)?[ \t]*,{_NEXT_WORK}", regex.I)
# A list's next item after a comma: a figure, maybe after a money label or a qualifier ("600 học viên", "tổng kinh phí
# 2.500 triệu đồng", "khoảng 900 lao động").
_LISTED_FIGURE = regex.compile(
    r"[ \t]*(?:(?:tổng[ \t]+)?(?:kinh[ \t]+phí|số[ \t]+tiền)(?:[ \t]+(?:là|khoảng|dự[ \t]+kiến))?[ \t]+|khoảng[ \t]+|gần[ \t]+"
    r"|trên[ \t]+|hơn[ \t]+)?\d", regex.I)
# A plan's setting word, then a verb of work, between its word and its first figure: the plan lays out work ("Nhiệm vụ
# đặt ra là đào tạo 600 lao động, hỗ trợ 40 cơ sở", "Kế hoạch đề ra mở 20 lớp, ..."; not "Chỉ tiêu 20 lớp, tổ chức 18
# lớp": a figure set, then what was done; nor "Kế hoạch triển khai 12 đề án, nghiệm thu 11 đề án", "Kế hoạch giao tổ
# chức 20 lớp, thực hiện 18 lớp": no setting word).
_WORK_VERB = (r"(?:tổ[ \t]+chức|mở|đào[ \t]+tạo|hỗ[ \t]+trợ|xây[ \t]+dựng|triển[ \t]+khai|thực[ \t]+hiện|tập[ \t]+huấn"
              r"|tư[ \t]+vấn|bồi[ \t]+dưỡng|truyền[ \t]+nghề)(?!\p{L})")
_WORK_LAID_OUT = regex.compile(
    rf"(?<!\p{{L}})(?:đặt[ \t]+ra|đề[ \t]+ra|là|gồm)[ \t:]+(?:\p{{L}}+[ \t]+)?{_WORK_VERB}[^\d,;]*\Z", regex.I)


def _governs(words: regex.Pattern, text: str, sentence: int, pos: int) -> bool:
    """Whether a word of ``words`` stands before the figure at ``pos`` in its clause (from the last semicolon of its
    sentence, from ``sentence``), past commas only over a list of figures (`_LISTED_FIGURE`: "Các huyện đăng ký 30 lớp,
    900 học viên": both asked for; "Kế hoạch năm 2024 là 20 lớp, 600 học viên": both planned; not "Kế hoạch giao 12 đề
    án, thực hiện 11 đề án", "Chỉ tiêu 20 lớp, tổ chức 18 lớp") or after a plan's time alone before a comma
    (`_FRONTED_TIME`: "Kế hoạch năm 2025, hỗ trợ 40 cơ sở"), neither a count's own verb after its noun ("Có 67 sản
    phẩm đăng ký tham gia, 52 sản phẩm đạt giải") nor a phrase fronted before the main clause ("Được UBND tỉnh cho
    phép, Trung tâm tổ chức 3 hội chợ")."""
    clause = max(sentence, text.rfind(";", sentence, pos) + 1)
    word = last_match(words, text, clause, pos)
    if word is None or text.startswith(",", word.end()):
        return False
    fronted = _FRONTED_TIME.match(text, word.end())  # "Kế hoạch năm 2025, hỗ trợ 40 cơ sở ...": the whole clause's
    commas = [] if fronted is not None else list(occurrences(text, ",", pos, word.end()))
    laid_out = bool(commas) and words is _PLAN_WORD and _laid_out(text, word.end(), commas[0])
    if any(_LISTED_FIGURE.match(text, comma + 1) is None and not (laid_out and _NEXT_WORK_AFTER.match(text, comma + 1))
           for comma in commas):
        return False  # past a comma only over a list of figures or of work laid out (not ", mở được 18 lớp")
    count = _COUNT_BEFORE.search(text, max(clause, word.start() - COUNT_BEFORE_REACH), word.start())
    return count is None or text.endswith(("năm ", "Năm "), 0, count.start())  # (a year's time is no count)


def _laid_out(text: str, start: int, comma: int) -> bool:
    """Whether a verb of work stands between a plan's word (ending at ``start``) and its first figure, before the
    ``comma`` after it (`_WORK_LAID_OUT`)."""
    first = _first_figure_at(text, start, comma)
    return _WORK_LAID_OUT.search(text[start:first]) is not None


def _first_figure_at(text: str, start: int, end: int) -> int:
    """Where the first digit of ``text[start:end]`` is, but for a year's ("năm 2024"), or ``end``."""
    for m in _FIRST_FIGURE.finditer(text, start, end):
        if not text.endswith(("năm ", "Năm "), 0, m.start()):
            return m.start()
    return end


_FIRST_FIGURE = regex.compile(r"\d+")
"""A run of digits (`_first_figure_at`, `_done_after_plan_figure`)."""


def _assigned(text: str, sentence: int, pos: int) -> bool:
    """Whether work is assigned or money allotted before the figure at ``pos`` in its sentence (`_ASSIGNING`), no phrase
    of a result between ("Kế hoạch giao 12 đề án, thực hiện 11 đề án": the 11 is done; "... được giao thực hiện 14 đề án
    khuyến công, tổng kinh phí 2.830 triệu đồng": the money too is the plan's)."""
    assigning = last_match(_ASSIGNING, text, sentence, pos)
    if assigning is not None and _RESULT_PHRASE.search(text, assigning.end(), pos) is None:
        return True
    ministry = last_match(_MINISTRY_ALLOTS, text, sentence, pos)
    return (ministry is not None and _COUNT_ALLOTTED.match(text, ministry.end()) is not None
            and _RESULT_PHRASE.search(text, ministry.end(), pos) is None
            and _PERIOD_OF_YEARS.match(text, sentence, ministry.start()) is None
            and _RUNNING_TOTAL.search(text, max(ministry.end(), clause_parts(text, pos)[1]), pos) is None)


# A running total after the year's allotment, in the count's own clause: what the years so far came to, no allotment
# ("Năm 2024, tỉnh được Bộ Công Thương hỗ trợ 03 đề án, nâng tổng số đề án giai đoạn 2021-2024 lên 11 đề án", "..., lũy
# kế giai đoạn 2021-2024 là 11 đề án"; not "...; đồng thời hỗ trợ 02 đề án khác" after it).
_RUNNING_TOTAL = regex.compile(r"(?<!\p{L})(?:nâng[ \t]+tổng|l(?:ũy|uỹ)[ \t]+kế)(?!\p{L})", regex.I)


# A period of years opening a sentence: the ministry's support over it is reported, no year's allotment ("Giai đoạn
# 2021-2025, tỉnh được Bộ Công Thương hỗ trợ 15 đề án ...; các đề án đều đã hoàn thành"; not a programme's name later,
# "... thuộc Chương trình khuyến công quốc gia giai đoạn 2021-2025").
_PERIOD_OF_YEARS = regex.compile(
    r"[\s\-+•*]*(?:(?:trong|qua|sau|từ)[ \t]+)?(?:giai[ \t]+đoạn|(?:năm[ \t]+)?(?:19|20)\d\d[ \t]*[-–][ \t]*(?:19|20)\d\d)"
    r"(?!\p{L})", regex.I)


def reported_in_part_of_results(text: str, pos: int, line_start: int) -> bool:
    """Whether the figure at ``pos``, its sentence holding no tense word before it, stands in a Roman part of results
    (`in_part_of_results`: "I. KẾT QUẢ THỰC HIỆN NĂM 2024" / "1. Công tác đào tạo nghề" / "Năm 2024, Trung tâm tổ chức 15
    lớp ..."), or on the line right under a marked heading of results (`under_results_heading`: "2. Kết quả thực hiện
    các đề án" / "Năm 2024, Trung tâm triển khai 10 đề án, ..."), its sentence no work assigned nor money allotted
    before it (`_assigned`), no goal's, plan's, request's, need's or permission's word governing it (`_governs`,
    `_PLAN_WORD`, `_NOT_REPORTED`), no words of work not done, carried over or (opening its clause) of need after its
    noun, no heading of plans or shortcomings above it in the part (`_plan_subheading`), no later year than the
    heading's before it in its sentence (`_later_year_than`) nor as its phrase's time after it (`_later_year_after`),
    nor, for a list's item, a plan named or a tense word of work to come in the line heading its list. The heading is
    looked for first: most figures have none."""
    heading = _results_heading_over(text, pos, line_start)
    if heading is None:
        return False
    sentence = sentence_bounds(text, pos)[0]
    if tense_marker(text, sentence, pos) is not None or _assigned(text, sentence, pos):
        return False  # "Năm 2024, Sở Công Thương được UBND tỉnh giao thực hiện 11 đề án ...": the year's plan
    if _governs(_PLAN_WORD, text, sentence, pos) or _governs(_NOT_REPORTED, text, sentence, pos):
        return False  # "Đào tạo nghề: kế hoạch giao 6 lớp, ...", "Đề nghị Bộ Công Thương hỗ trợ 5 đề án ..."
    if (_OWN_NOT_DONE.match(text, pos, pos + SUBJECT_REACH) or _SUBJECT_NEGATED.match(text, pos, pos + SUBJECT_REACH)
            or _CARRIED_OVER.match(text, pos, pos + SUBJECT_REACH) or _CUT_FROM_PLAN.match(text, pos, pos + CUT_REACH)
            or (_OWN_NEED.match(text, pos, pos + SUBJECT_REACH) and _NEED_COUNTED_BEFORE.search(text, sentence, pos))
            or _plan_subheading(text, heading, line_start) or _later_year_after(text, heading, pos)):
        return False  # "1 lớp còn lại đang tuyển sinh", "Còn 2 lớp chuyển sang năm 2025"; under "3. Kế hoạch năm
        # 2025", "2. Tồn tại, hạn chế"
    item = ITEM_MARK.match(text, line_start)
    head = list_head(text, line_start, item.lastgroup) if item is not None else None
    if head is not None:
        head = _reading_of_lead_in(text, head, heading)
    if head is not None and (names_plan(text, *head) or any(
            marker.group("done") is None for marker in TENSE_AHEAD.finditer(text, *head))):
        return False  # "Kế hoạch năm 2025 như sau:" / "- Tổ chức 12 lớp ..."
    return not _later_year_than(text, heading, sentence, pos)


def _reading_of_lead_in(text: str, head: tuple[int, int], heading: tuple[int, int]) -> tuple[int, int] | None:
    """What of a list's lead-in ``head`` says whether its items are planned: its last sentence ("Kế hoạch giao 24 đề
    án, .... Kết quả 9 tháng:" heads results); the whole when that is a bare word of detail (`_BARE_DETAIL`: "Kế hoạch
    năm 2024 giao 24 đề án. Cụ thể:" details the plan), or None when the sentence before it reports work done ("Đã
    hoàn thành 20/24 đề án theo kế hoạch. Trong đó:": its items are done): its last tense word is one of work done,
    no aside's (`_ASIDE_BEFORE`: "Kế hoạch năm 2025 giao 30 đề án, như đã báo cáo."), and no plan of its own follows
    it (`_OWN_PLAN`) of a later year than the heading of results ``heading`` names ("Đã thực hiện 20/24 đề án; kế hoạch
    năm 2025 giao 30 đề án. Cụ thể:" details the plan) or after work it counts not ("Trung tâm đã hoàn thành các đề án
    năm 2023 chuyển sang; kế hoạch năm 2024 giao 24 đề án. Bao gồm:"; not "Đến ngày 30/6/2024, đã triển khai 12 đề
    án; kế hoạch năm 2024 giao 25 đề án. Cụ thể:", `_WORK_COUNTED`). A bare
    word on a line of its own is read with the last sentence of the line above, no item ("Kế hoạch năm 2025 giao 30 đề
    án." / "Cụ thể:" details the plan)."""
    last = sentence_bounds(text, head[1] - 1)[0]
    if not _BARE_DETAIL.fullmatch(text, last, head[1]):
        return max(head[0], last), head[1]
    if last <= head[0]:  # the bare word alone on its line: the sentence before ends the line above
        above_end = before_blanks(text, head[0])
        above_start = text.rfind("\n", 0, above_end) + 1 if above_end else head[0]
        if not above_end or ITEM_MARK.match(text, above_start):
            return head
        last = above_end
        opened = max(above_start, sentence_bounds(text, above_end - 1)[0])
        head = (opened, head[1])
    else:
        opened = max(head[0], sentence_bounds(text, max(head[0], last - 1))[0])
    before = tense_marker(text, opened, last)
    if (before is None or before.group("done") is None
            or _ASIDE_BEFORE.search(text, max(opened, before.start() - ASIDE_REACH), before.start())):
        return head
    plan = _OWN_PLAN.search(text, before.end(), last)
    if plan and (_later_year_than(text, heading, before.end(), last)
                 or not _work_the_list_details(text, before.end(), plan, last, head[1])):
        return head
    return None


def _work_the_list_details(text: str, work_start: int, plan: regex.Match, last: int, list_start: int) -> bool:
    """Whether the work reported before a plan of its own (from ``work_start`` to ``plan``, whose words end at
    ``last``) is what the list after them (from ``list_start``) details: work of the plan's kind (`_WORK_COUNTED`; for a
    plan of money, `_WORK_MONEY`); for a list of counts, work counted when the plan is of money alone ("Trung tâm đã
    triển khai 12 đề án; kế hoạch vốn năm 2024 là 3 tỷ đồng. Cụ thể:" / "- 5 lớp ..." / "- 7 cơ sở ..."), and never
    money when the plan counts ("đã giải ngân 2,8 tỷ đồng; kế hoạch năm 2024 giao 25 đề án, kinh phí 3 tỷ đồng. Cụ
    thể:" / "- 10 lớp ..." details the plan)."""
    plan_money = _WORK_MONEY.search(text, plan.end(), last)
    work_counted = _WORK_COUNTED.search(text, work_start, plan.start())
    if not _money_first_item(text, list_start):
        if not _WORK_COUNTED.search(text, plan.end(), last):
            if work_counted:
                return True
        elif not work_counted:
            return False
    return bool(_WORK_MONEY.search(text, work_start, plan.start()) if plan_money else work_counted)


def _money_first_item(text: str, end: int) -> bool:
    """Whether the first item of the list after its lead-in (ending at ``end``) holds an amount in đồng: a list of
    money details a plan of money, one of counts the work counted ("Trung tâm đã triển khai 12 đề án; kế hoạch vốn năm
    2024 là 3 tỷ đồng. Cụ thể:" / "- 5 lớp đào tạo nghề;" / "- 7 cơ sở ..." details the 12 đề án done)."""
    first = text.find("\n", end + 1)  # the lead-in's line may hold the first item, else the line below does
    first_end = text.find("\n", first + 1) if first != -1 and not text[end:first].strip() else first
    return bool(_WORK_MONEY.search(text, end, first_end if first_end != -1 else len(text)))


# A figure of the work reported, of the plan's kind: a count (not a year's, nor money), "đã triển khai 12 đề án", "18/20
# đề án"; or an amount for a plan of money, "đã giải ngân 2.800 triệu đồng; kế hoạch vốn là 3.000 triệu đồng".
_WORK_COUNTED = regex.compile(r"(?<![\d.,/])(?<!năm[ \t])\d[\d.,/]*[ \t]+(?!(?:triệu|tỷ|tỉ|nghìn|đồng)(?!\p{L}))\p{L}")
_WORK_MONEY = regex.compile(r"\d[\d.,]*[ \t]+(?:triệu|tỷ|tỉ)[ \t]+đồng")
"""An amount in đồng: the work counted for a plan of money, and what makes a plan one (written after it)."""


# A plan a sentence names with its own figure or year, not one work is measured against ("theo kế hoạch được giao"):
# "kế hoạch năm 2025 giao 30 đề án", "kế hoạch vốn năm 2025 là 3.000 triệu đồng", "xây dựng kế hoạch 30 đề án".
_OWN_PLAN = regex.compile(
    r"(?<!\p{L})(?:(?<!(?<!\p{L})theo[ \t]+)kế[ \t]+hoạch(?:[ \t]+vốn)?(?:[ \t]+năm[ \t]+\d{4})?[ \t]+(?:được[ \t]+)?(?:giao|là)"
    r"|xây[ \t]+dựng[ \t]+kế[ \t]+hoạch(?:[ \t]+năm[ \t]+\d{4})?[ \t]+(?:(?:với|gồm)[ \t]+)?\d)(?!\p{L})", regex.I)
# What makes a tense word right after it an aside's: a reference ("như đã nêu"), a relative clause ("mà Trung tâm đã
# đăng ký"), a comparison ("so với năm 2024 đã thực hiện") or a bracket ("(đã thực hiện 24 đề án)").
_ASIDE_BEFORE = regex.compile(
    r"(?:(?<!\p{L})(?:như|mà(?:[ \t]+\S+){0,5}|so[ \t]+với(?:[ \t]+\S+){0,6})|\([^)]*?)[ \t]*\Z", regex.I)
ASIDE_REACH = 60
"""Characters before a tense word read for `_ASIDE_BEFORE`."""


# A sentence that is a bare word of detail before a colon: "Cụ thể:", "Cụ thể như sau:", "Chi tiết:", "Bao gồm:".
_BARE_DETAIL = regex.compile(
    r"[ \t]*(?:cụ[ \t]+thể|chi[ \t]+tiết|bao[ \t]+gồm|gồm|như[ \t]+sau|trong[ \t]+đó)(?:[ \t]+(?:như[ \t]+sau|gồm))?[ \t]*:[ \t]*",
    regex.I)


# Words of a figure's phrase before it that report no work done whatever its tense: a request, a need, a permission
# ("Đề nghị Bộ Công Thương hỗ trợ 5 đề án", "Trung tâm đăng ký hỗ trợ cho 02 cơ sở", "Nhu cầu đào tạo ... 30 lớp", "UBND
# tỉnh cho phép tổ chức 3 hội chợ"; not "theo đề xuất của ...", "theo nhu cầu", "đáp ứng nhu cầu").
_NOT_REPORTED = regex.compile(
    r"(?<!\p{L})(?<!(?:được|theo|của)[ \t])(?:đề[ \t]+nghị|đề[ \t]+xuất|đăng[ \t]+ký|kiến[ \t]+nghị"
    r"|(?<!(?:theo|đáp[ \t]+ứng|phù[ \t]+hợp|với)[ \t])nhu[ \t]+cầu|cho[ \t]+phép|(?:cho|có|xin)[ \t]+chủ[ \t]+trương"
    r"|(?:chuyển|lùi)(?:[ \t]+(?:tiếp|nguồn))?[ \t]+(?:sang|qua)[ \t]+(?:năm|giai[ \t]+đoạn|kỳ|quý|tháng|\d))(?!\p{L})",
    regex.I)
# A goal's or a plan's word (`_GOAL_OR_PLAN`) but for a fronted basis or purpose ("Thực hiện Kế hoạch ...,", "Theo kế
# hoạch,", "So với kế hoạch ...", "Bám sát kế hoạch,", "Để hoàn thành kế hoạch năm 2024,") and a plan document cited
# ("Kế hoạch số 12/KH-UBND").
_PLAN_WORD = regex.compile(
    r"(?<!\p{L})(?<!(?:thực[ \t]+hiện|theo|so[ \t]+với|bám[ \t]+sát|căn[ \t]+cứ|triển[ \t]+khai|đạt|vượt|hoàn[ \t]+thành|%)[ \t]{1,2})"
    r"(?:kế[ \t]+hoạch|mục[ \t]+tiêu|chỉ[ \t]+tiêu|phấn[ \t]+đấu|nhiệm[ \t]+vụ|phương[ \t]+hướng)(?!\p{L})(?![ \t]+số[ \t]*\d)",
    regex.I)
# A count's own work carried over after its noun: "Còn 2 lớp chuyển sang năm 2025", "3 đề án chuyển tiếp thực hiện năm
# 2025", "còn 2 đề án chuyển tiếp.", "lùi sang quý I" (not "8 cơ sở chuyển sang sản xuất bằng máy móc").
_CARRIED_OVER = regex.compile(
    rf"{_AFTER_NOUN}(?:còn[ \t]+lại[ \t]+)?(?:được[ \t]+)?(?:chuyển|lùi)(?:[ \t]+(?:tiếp|nguồn))?[ \t]+"
    r"(?:(?:sang|qua)[ \t]+(?:thực[ \t]+hiện[ \t]+)?(?:trong[ \t]+)?(?:năm|giai[ \t]+đoạn|kỳ|quý|tháng|\d|kế[ \t]+hoạch)"
    r"|thực[ \t]+hiện[ \t]+(?:trong[ \t]+)?(?:năm|giai[ \t]+đoạn)|(?<=tiếp)(?=[ \t]*[.;,\n]))", regex.I)
# A count of work cut from the plan, in its clause after its noun: "Riêng 02 đề án của Công ty TNHH ... đã được điều
# chỉnh giảm theo Quyết định số ...", "2 đề án bị cắt giảm", "1 đề án được rút khỏi kế hoạch" (not what its work cut,
# "... giúp chi phí nhân công được cắt giảm", nor work done smaller, "2 đề án được điều chỉnh giảm kinh phí (quy mô)",
# nor "lao động ... được đưa ra khỏi diện hỗ trợ").
_CUT_FROM_PLAN = regex.compile(
    r"[\d.,]*[ \t]+(?:đề[ \t]+án|dự[ \t]+án|lớp|khóa|mô[ \t]+hình|hội[ \t]+chợ|nội[ \t]+dung|hoạt[ \t]+động"
    r"|cơ[ \t]+sở|doanh[ \t]+nghiệp|hộ|HTX|hợp[ \t]+tác[ \t]+xã)(?!\p{L})"
    r"[^,;.\n]*?(?<!\p{L})(?:được|bị)[ \t]+(?:(?:điều[ \t]+chỉnh[ \t]+giảm|cắt[ \t]+giảm)"
    r"(?=[ \t]*(?:[,.;)\n]|$|theo|do|khỏi|so[ \t]+với|tại|trong)(?!\p{L}))"
    r"|(?:loại|rút|đưa)[ \t]+(?:ra[ \t]+)?khỏi[ \t]+(?:kế[ \t]+hoạch|danh[ \t]+mục|chương[ \t]+trình))", regex.I)
CUT_REACH = 160
"""Characters after a figure read for `_CUT_FROM_PLAN`."""
# A count of those in need, its need after its noun: "Qua khảo sát, 25 cơ sở có nhu cầu hỗ trợ máy móc", "trong đó có 25
# cơ sở có nhu cầu ..." (only when counted, `_NEED_COUNTED_BEFORE`: not "Hỗ trợ 25 cơ sở có nhu cầu ...", those served).
_OWN_NEED = regex.compile(
    r"[\d.,]*[ \t]+(?:cơ[ \t]+sở|doanh[ \t]+nghiệp|hộ|lao[ \t]+động|người|đơn[ \t]+vị|HTX|hợp[ \t]+tác[ \t]+xã)"
    r"(?:[ \t]+\p{L}+){0,2}?[ \t]+có[ \t]+nhu[ \t]+cầu(?!\p{L})", regex.I)
# What stands right before a count of those in need when it counts them (a qualifier between): its clause's start, "có",
# "trong đó", "tổng hợp (ghi nhận) được", "là" ("Qua rà soát, có 25 cơ sở có nhu cầu ...", "trong đó 25 cơ sở có nhu cầu
# ..."); not a verb of the work they got ("Hỗ trợ (Kết nối, Hướng dẫn) 25 cơ sở có nhu cầu ...": those served).
_NEED_COUNTED_BEFORE = regex.compile(
    r"(?:^|[,;:(.+•–-]|(?<!\p{L})(?:có(?:[ \t]+(?:tới|đến))?|đó|là"
    r"|(?:ghi[ \t]+nhận|tổng[ \t]+hợp|thống[ \t]+kê|rà[ \t]+soát|khảo[ \t]+sát|điều[ \t]+tra|xác[ \t]+định|nắm[ \t]+bắt"
    r"|đánh[ \t]+giá|phát[ \t]+hiện|cho[ \t]+thấy)(?:[ \t]+(?:được|có))?))"
    r"(?:[ \t]+(?:khoảng|gần|hơn|trên|tổng[ \t]+số|số))?[ \t]*\Z", regex.I | regex.M)
# A later year after a figure in its phrase, as its time ("Tổ chức 2 hội chợ trong năm 2025", "3 lớp còn lại trong quý I
# năm 2025", "trong 6 tháng đầu năm 2025", "vào cuối năm 2025", "quý I/2025"; not a date, a period's end, a horizon, an
# object's year nor a bare month, often another step's: "ngày 05 tháng 01 năm 2025", "giai đoạn 2021 - 2025", "đến hết
# năm 2026", "kế hoạch sản xuất năm 2025", "(nghiệm thu tháng 01 năm 2025)").
_TIME_YEAR_AFTER = regex.compile(
    r"(?<![\p{L}\d])(?<!(?:đến|tới|hết|ngày[ \t]+\d{1,2})[ \t]+)(?:(?:trong|vào|sang)[ \t]+(?:(?:quý|tháng)[ \t]+[IVX\d]{1,4}[ \t]+)?"
    r"|(?:(?:\d{1,2}|sáu|ba)[ \t]+tháng[ \t]+)?(?:đầu|cuối)[ \t]+|quý[ \t]+[IVX\d]{1,4}[ \t]+)"
    r"năm[ \t]+(?P<year>(?:19|20)\d\d)(?!\d)"
    r"|(?<!\p{L})(?<!(?:đến|tới|hết)[ \t]+)(?:(?:trong|vào|sang)[ \t]+)?quý[ \t]+[IVX\d]{1,4}[ \t]*/[ \t]*(?P<year>(?:19|20)\d\d)"
    r"(?!\d)", regex.I)
# A count and its year, at most three words between: "Tổ chức 4 lớp năm 2025" (not "12 cơ sở xây dựng kế hoạch sản
# xuất năm 2025": an object's year).
_COUNT_OF_YEAR = regex.compile(
    r"[\d.,]+(?:[ \t]+(?!(?:đến|tới|hết|trước|cuối|đầu)(?!\p{L}))\p{L}+){1,3}?[ \t]+năm[ \t]+(?P<year>(?:19|20)\d\d)(?!\d)",
    regex.I)


# Projects of a year, the year right after their noun: "12 đề án khuyến công địa phương năm 2025" (next year's).
_PROJECTS_OF_YEAR = regex.compile(
    r"[\d.,]+[ \t]+(?:đề[ \t]+án|dự[ \t]+án)(?:[ \t]+\p{L}+){0,5}?[ \t]+năm[ \t]+(?P<year>(?:19|20)\d\d)(?!\d)", regex.I)


def _later_year_after(text: str, heading: tuple[int, int], pos: int) -> bool:
    """Whether the figure's phrase after it (to the next comma, semicolon or sentence end) names a year as its time
    (`_TIME_YEAR_AFTER`), or as its projects' own (`_PROJECTS_OF_YEAR`), later than every year the heading ``heading``
    names."""
    latest = _latest_year(text, heading)
    if latest is None:
        return False
    end = min(at for at in (text.find(",", pos), text.find(";", pos), sentence_bounds(text, pos)[1]) if at != -1)
    own = _PROJECTS_OF_YEAR.match(text, pos, end) or _COUNT_OF_YEAR.match(text, pos, end)
    return (own is not None and int(own["year"]) > latest) or any(
        int(m["year"]) > latest for m in _TIME_YEAR_AFTER.finditer(text, pos, end))
# A marked line of a part (an Arabic or lettered heading or item), matched from a line's end back: the nearest one above
# a figure in a part of results heads it ("3. Kế hoạch năm 2025", "2. Tồn tại, hạn chế").
_MARKED_LINE_BEFORE = regex.compile(r"(?rm)^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\))[ \t]+(?P<title>[^\n]*)")
# Words of a heading of work to come or of shortcomings, no results: "Kế hoạch năm 2025", "Phương hướng, nhiệm vụ ...",
# "Dự kiến ...", "Tồn tại, hạn chế", "Khó khăn, vướng mắc", "Đề xuất, kiến nghị", "Giải pháp ...".
_PLAN_SUBHEADING = regex.compile(
    r"[ \t]*(?:(?P<ahead>phương[ \t]+hướng|dự[ \t]+kiến|tồn[ \t]+tại|hạn[ \t]+chế|khó[ \t]+khăn|đề[ \t]+xuất|kiến[ \t]+nghị)"
    r"|kế[ \t]+hoạch|nhiệm[ \t]+vụ|mục[ \t]+tiêu|giải[ \t]+pháp)(?!\p{L})", regex.I)
# Words of a heading of results: "Mục tiêu đạt được", "Giải pháp đã triển khai", "Khó khăn đã được tháo gỡ" (not "Kế
# hoạch đã được phê duyệt").
_RESULT_IN_HEADING = regex.compile(
    r"(?<!\p{L})(?:đã[ \t]+(?:thực[ \t]+hiện|triển[ \t]+khai|đạt|hoàn[ \t]+thành|được[ \t]+tháo[ \t]+gỡ)|đạt[ \t]+được"
    r"|kết[ \t]+quả[ \t]+(?:thực[ \t]+hiện|đạt[ \t]+được)|(?:và|,)[ \t]+(?:kết[ \t]+quả|tình[ \t]+hình[ \t]+thực[ \t]+hiện))(?!\p{L})"
    r"(?![ \t]+(?:cần|dự[ \t]+kiến|mong|phấn[ \t]+đấu|sẽ|đề[ \t]+ra)(?!\p{L}))",
    regex.I)
# A plan's heading by its time to come or its setting: "Nhiệm vụ trọng tâm thời gian tới", "Kế hoạch năm tới", "... 6
# tháng cuối năm", "Kế hoạch được giao", "Kế hoạch đã được phê duyệt", "Mục tiêu, nhiệm vụ năm 2024".
_TIME_TO_COME = regex.compile(
    r"(?<!\p{L})(?:tới|sắp[ \t]+tới|tiếp[ \t]+theo|cuối[ \t]+năm|còn[ \t]+lại|được[ \t]+giao|phê[ \t]+duyệt|đề[ \t]+ra"
    r"|nhiệm[ \t]+vụ|mục[ \t]+tiêu|chỉ[ \t]+tiêu)(?!\p{L})", regex.I)


def _plan_subheading(text: str, part: tuple[int, int], line_start: int) -> bool:
    """Whether the nearest marked line above the line at ``line_start`` (in the part whose heading is ``part``; the line
    itself when marked) heads work to come or shortcomings (`_PLAN_SUBHEADING`), no result named in it: "Phương hướng
    ...", "Dự kiến ...", "Tồn tại, hạn chế", "Đề xuất, kiến nghị", or a plan's, a task's, a goal's or a solution's
    naming a time to come or its setting (`_TIME_TO_COME`) or a year later than the part's ("2. Kế hoạch năm 2025",
    "Nhiệm vụ trọng tâm thời gian tới", "Kế hoạch được giao"; not "1. Kế hoạch khuyến công quốc gia", "Mục tiêu đạt
    được", "Giải pháp đã triển khai", "Kế hoạch được giao và tình hình thực hiện")."""
    line_end = text.find("\n", line_start)
    marked = _MARKED_LINE_BEFORE.search(text, part[1], len(text) if line_end == -1 else line_end)
    if marked is None or (word := _PLAN_SUBHEADING.match(text, marked.start("title"))) is None:
        return False
    title = marked.span("title")
    if _RESULT_IN_HEADING.search(text, *title):
        return False
    return (word.group("ahead") is not None or _TIME_TO_COME.search(text, word.end(), title[1]) is not None
            or _later_year_than(text, part, title[0], title[1]))


def _results_heading_over(text: str, pos: int, line_start: int) -> tuple[int, int] | None:
    """The heading of results over the figure at ``pos`` (its line at ``line_start``), as (start, end): its Roman part's
    (`in_part_of_results`), else a marked one right above its line (`under_results_heading`); else None."""
    if in_part_of_results(text, pos):
        heading = _part_heading(text, pos)
        return heading.span() if heading is not None else None
    above = under_results_heading(text, line_start)
    return None if above is None else (above, text.find("\n", above))


def _later_year_than(text: str, heading: tuple[int, int], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a year later than every year its heading ``text[heading[0]:heading[1]]`` names
    ("2. Kết quả thực hiện năm 2023" / "Năm 2024: hỗ trợ 10 cơ sở": a plan's); False when the heading names none."""
    latest = _latest_year(text, heading)
    return latest is not None and any(int(year.group()) > latest for year in YEAR.finditer(text, start, end))


def _latest_year(text: str, heading: tuple[int, int]) -> int | None:
    """The latest year the heading ``text[heading[0]:heading[1]]`` names, or None."""
    return max((int(year.group()) for year in YEAR.finditer(text, *heading)), default=None)


def lead_in_reports(text: str, start: int, end: int) -> bool:
    """Whether the lead-in ``text[start:end]`` (its last sentence, the one before when that only opens details,
    `_DETAILS_ONLY`, but for "Kết quả cụ thể:" after a sentence with no word of a plan, which reports them) reports work
    done, its tense for the list under it:
    a done word in its main clause, after a phrase fronted before it (`_FRONTED`: not "Trên cơ sở kết quả đã đạt được
    năm 2023, Trung tâm đề ra ..."; a time before it too: "Năm 2024, để ..."), no request after it (`_LEAD_IN_REQUEST`:
    "đã đăng ký ... như sau:", `_LEAD_IN_REQUEST_LATER`), no word of a plan in the main clause (`_LEAD_IN_PLAN`:
    "đã xác định các nhiệm vụ ..." too) and no plan made known (`plan_made_known`); or, with no done word, a heading
    of results with no word of a plan nor a plan beside them (`_RESULTS_LEAD_IN`, `_AND_PLAN`: "Kết quả thực hiện Kế
    hoạch khuyến công năm 2023 như sau:")."""
    line_start, stop = start, text.rfind(". ", start, end)
    if stop != -1 and (details := _DETAILS_ONLY.fullmatch(text, stop + 2, end)):
        before = text.rfind(". ", start, stop)  # "... đã triển khai hoàn thành 9/9 đề án, ... Cụ thể:": the one before
        if details.group().lower().startswith("kết") and _NOT_DONE.search(text, before + 1, stop) is None:
            return True  # "Năm 2024, Sở Công Thương được giao ... Kết quả cụ thể:": results, whatever the one before says
        stop = before
    start = stop + 2 if stop != -1 else start  # its last sentence
    fronted = _FRONTED.match(text, start, end)
    main = fronted.end() if fronted else start
    done = _LEAD_IN_DONE.search(text, main, end)
    if done is None:
        results = _RESULTS_LEAD_IN.match(text, main, end)
        return (results is not None and _NOT_DONE.search(text, main, end) is None
                and _AND_PLAN.search(text, main, end) is None
                and (results["any"] is None or (_UNTIL_YEAR_IN.search(text, main, end) is None
                                                and in_part_of_results(text, line_start))))
    if _LEAD_IN_SETTING_OUT.match(text, done.end(), end):
        return False
    result = _LEAD_IN_RESULT.search(text, main, end)
    if result is None and plan_made_known(text, line_start, done.span(), end):
        return False  # "Tại hội nghị tổng kết năm 2023, Sở đã triển khai Kế hoạch khuyến công năm 2024 ... như sau:"
    if result is None and _LEAD_IN_SETTING_OUT_LATER.search(text, done.end(), end) or (
            plan := _LEAD_IN_PLAN.search(text, main, end)) and (plan.group(1) is None or result is None):
        return False
    return _LEAD_IN_REQUEST.match(text, done.end(), end) is None and _LEAD_IN_REQUEST_LATER.search(
        text, done.end(), end) is None


_UNTIL_YEAR_IN = regex.compile(r"(?<!\p{L})đến[ \t]+năm[ \t]+\d{4}", regex.I)
"""A horizon in a heading of results: "Kết quả cụ thể đến năm 2030" is a plan's."""


# A plan named with its year, a few words between: "Kế hoạch khuyến công năm 2024", "kế hoạch 2024" (not "Kế hoạch số
# 12/KH-UBND ngày 10/3/2023": a number and a date are no plan's year).
_PLAN_NAMING_YEAR = regex.compile(
    r"(?<!\p{L})kế[ \t]+hoạch(?:[ \t]+(?!số(?!\p{L}))\p{L}+){0,4}?[ \t]+(?:năm[ \t]+)?((?:19|20)\d\d)(?![\d/])", regex.I)
# "triển khai", "phổ biến" or "công bố" right after a done word, before a plan's noun: the plan made known ("đã triển
# khai Kế hoạch khuyến công năm 2024 đến các địa phương"), or carried out; not "triển khai thực hiện", carried out.
_DEPLOYING = regex.compile(
    r"(?:[ \t]+(?:kịp[ \t]+thời|tổ[ \t]+chức|nhanh[ \t]+chóng))?[ \t]+(?:triển[ \t]+khai(?![ \t]+thực[ \t]+hiện(?!\p{L}))"
    r"|phổ[ \t]+biến|công[ \t]+bố)"
    r"(?:[ \t]+(?:các|những))?[ \t]+(?=kế[ \t]+hoạch)", regex.I)
# Where a plan is made known to, right after it: "đến các địa phương", "tới các huyện".
_TO_PLACES = regex.compile(r"[ \t]+(?:đến|tới)[ \t]+(?:các|những|toàn[ \t]+thể|\d+)[ \t]", regex.I)
# A second verb of work joined after the plan: "đã triển khai Kế hoạch ... năm 2024 và tổ chức 15 lớp" (the figure is
# that verb's); after a comma, only before the plan's contents ("Kế hoạch ... năm 2024, tổ chức 15 lớp"; not "Kế hoạch
# ... với 15 đề án, hỗ trợ 10 cơ sở").
_SECOND_VERB = regex.compile(
    rf"(?:(?P<comma>,)|(?<!\p{{L}})(?:và|đồng[ \t]+thời))[ \t]+(?:{phrase_alternation(TERMS['activity_verbs'])})(?!\p{{L}})",
    regex.I)
_CONTENTS = regex.compile(r"(?<!\p{L})(?:với|gồm)(?!\p{L})", regex.I)


def plan_made_known(text: str, line_start: int, done: tuple[int, int], pos: int) -> bool:
    """Whether what stands at ``pos`` belongs to a plan named with its year that the done word at ``done`` (its start
    and end) reports made known, not carried out: "triển khai" ("phổ biến", "công bố") right after the done word, then
    the plan (`_DEPLOYING`, `_PLAN_NAMING_YEAR`), made known to places (`_TO_PLACES`: "đã triển khai Kế hoạch
    khuyến công năm 2024 đến các địa phương với 15 đề án") or of a year later than every year of time its paragraph
    writes before the done word (from ``line_start``; `_TIME_YEAR`, not a date nor a number: "Tại hội nghị tổng kết
    năm 2023, Sở đã triển khai Kế hoạch khuyến công năm 2024 với 15 đề án"), and no second verb of work after the plan
    before ``pos`` (`_SECOND_VERB`)."""
    if text.find("hoạch", done[1], pos) == -1:
        return False  # (a string search first: most sentences name no plan)
    deploying = _DEPLOYING.match(text, done[1], pos)
    plan = _PLAN_NAMING_YEAR.match(text, deploying.end(), pos) if deploying else None
    if plan is None or (second := _SECOND_VERB.search(text, plan.end(), pos)) and (
            second.group("comma") is None or not _CONTENTS.search(text, plan.end(), second.start())):
        return False
    if _TO_PLACES.match(text, plan.end(), pos):
        return True
    before = [int(year[0]) for year in _TIME_YEAR.finditer(text, line_start, done[0])]
    return bool(before) and int(plan[1]) > max(before)


def _later_year(text: str, carrying: regex.Match, previous_start: int, previous_end: int) -> bool:
    """Whether the line a connective opens (``carrying``) names a year of its own (`_own_time_year`) later than every
    year of time the line ``text[previous_start:previous_end]`` names (`_TIME_YEAR`: not a document's number or a
    date). A line naming none sets no bound ("Cụ thể, trong 2 năm 2016-2017, ..." goes on with its report), but for a
    colon after a connective other than "Cụ thể" or a breakdown's the years of the text before it do ("Ngoài ra: năm
    2024 hỗ trợ ..." in a report on 2023: a plan)."""
    pos = carrying.end()
    line_end = text.find("\n", pos)
    own = _own_time_year(text, pos, len(text) if line_end == -1 else line_end)
    if own is None:
        return False
    before = [int(m[0]) for m in _TIME_YEAR.finditer(text, previous_start, previous_end)]
    if not before and carrying.group().rstrip().endswith(":") and _DETAILING.match(carrying.group()) is None:
        before = [int(m[0]) for m in _TIME_YEAR.finditer(text, 0, previous_start)]  # the report's years so far
    return bool(before) and own > max(before)


def _own_time_year(text: str, start: int, end: int) -> int | None:
    """The first year of time (`_TIME_YEAR`) of the clause from ``start`` to ``end`` that is its own time: in its first
    words (`OWN_YEAR_REACH`) or after a word of time ("trong năm 2024"); not a later one it names on the way ("chuyển
    sang năm 2024", "giai đoạn 2021-2025", a date); None when it names none."""
    year = _own_year(_TIME_YEAR, text, start, end)
    return int(year[0]) if year else None


# A year of time, not of a document's number ("45/2012/NĐ-CP") nor of a date ("ngày 13/11/2020", "ngày 10 tháng 01 năm
# 2023").
_TIME_YEAR = regex.compile(r"(?<![\d/.\-–])(?<!tháng[ \t]+\d{1,2}[ \t]+năm[ \t]+)(?:19|20)\d\d(?![\d/])")
# The connectives that detail what the line before states, whatever its time: "Cụ thể:", "Chia theo nhóm sản phẩm:".
_DETAILING = regex.compile(r"[ \t]*(?:cụ[ \t]+thể|chia[ \t]+theo|phân[ \t]+theo)", regex.I)


def _year_past_lead_in(text: str, line_start: int, lead_start: int, lead_end: int, pos: int | None = None) -> bool:
    """Whether the list item at ``line_start`` names a year of its own (`_item_names_year`) that the lead-in
    ``text[lead_start:lead_end]`` does not hold: the years of the part of the count at ``pos`` (`_count_part`; its first
    count's when None) all later than the years the lead-in names
    (`sentence_years`), or than the report's date within them (`_as_of_year`), or, for a lead-in running to now, than
    the year of the heading, title or dateline before it (`_year_before`); any year of its own when the lead-in names none or the item names a plan ("Giai đoạn 2021-2025,
    Trung tâm đã thực hiện 143 đề án, cụ thể:" holds "- Năm 2024: 70 đề án, kinh phí 8 tỷ đồng;", "Năm 2023, Trung tâm
    đã thực hiện:" not "- 2 đề án chuyển sang năm 2024.")."""
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end == -1 else line_end
    lead_years = sentence_years(text, lead_start, lead_end)
    if not lead_years or names_plan(text, line_start, line_end):
        return _item_names_year(text, line_start)  # (the item's own plan: "- Năm 2025: 30 đề án (kế hoạch).")
    own = item_years(text, *_count_part(text, line_start, line_end, pos))  # (not another count's, "..., trong đó 02
    if not own:  # đề án hoàn thành tháng 01/2025", nor a bracket's, "(nghiệm thu tháng 01/2024)")
        return False
    if _TO_NOW.search(text, lead_start, lead_end) is None:
        bound = max(lead_years)
        if (as_of := _as_of_year(text, lead_start)) is not None and min(lead_years) <= as_of < bound:
            bound = as_of  # the report's date within the period: "(tính đến ngày 30/6/2024)" over "Giai đoạn 2021-2025"
        return min(own) > bound  # (all later: "khai giảng ngày 10/11/2023, bế giảng ngày 20/01/2024" is 2023's)
    return (as_of := _year_before(text, lead_start)) is not None and min(own) > as_of


def _count_part(text: str, start: int, end: int, pos: int | None) -> tuple[int, int]:
    """The part of the item ``text[start:end]`` that the words of the count at ``pos`` make (None: its first count's),
    up to a bracket or a clause of what follows the work (`_AFTER_WORK_CLAUSE`): from the comma or semicolon before that
    count (the item's start for its first) to the one before the next count ("- 05 lớp đào tạo nghề, khai giảng ngày
    15/01/2024;" is one part; "- 10 đề án, trong đó 02 đề án chuyển sang thực hiện năm 2024" two; "- Hỗ trợ 08 cơ sở
    ..., nghiệm thu tháng 02/2024;" ends before "nghiệm thu")."""
    starts = _count_starts(text)
    counts = starts[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
    k = 0 if pos is None or not counts else max(0, bisect.bisect_right(counts, pos) - 1)
    part_start = start if k == 0 else _part_break(text, counts[k - 1], counts[k])
    part_end = end if k + 1 >= len(counts) else _part_break(text, counts[k], counts[k + 1])
    part_end = first_mark(text, "(", part_start, part_end)
    after = _AFTER_WORK_CLAUSE.search(text, counts[k] if counts else part_start, part_end)
    return part_start, after.start() if after else part_end


# A clause of what follows the work, its date no time of the work: ", nghiệm thu tháng 02/2024", ", bế giảng ngày
# 20/01/2024", ", quyết toán ..." (not ", khai giảng ngày 15/01/2024": the work starts then).
_AFTER_WORK_CLAUSE = regex.compile(
    r",[ \t]*(?:đã[ \t]+)?(?:nghiệm[ \t]+thu|bàn[ \t]+giao|quyết[ \t]+toán|thanh[ \t]+toán|bế[ \t]+giảng|giải[ \t]+ngân)"
    r"(?!\p{L})", regex.I)


def _part_break(text: str, before: int, count: int) -> int:
    """The last comma or semicolon between the count at ``before`` and the one at ``count``, else ``count``."""
    mark = max(text.rfind(",", before, count), text.rfind(";", before, count))
    return mark if mark != -1 else count


@document_cache()
def _count_starts(text: str) -> list[int]:
    """Where each figure of ``text`` that does not read as a year starts (`find_figures`), in order."""
    return [q.start for q, _ in find_figures(text) if not q.looks_like_year]


def _item_names_year(text: str, line_start: int) -> bool:
    """Whether the list item at ``line_start`` names a year of its own (`names_own_year`)."""
    own = ITEM_MARK.match(text, line_start)
    line_end = text.find("\n", line_start)
    return names_own_year(text, own.end() if own else line_start, len(text) if line_end == -1 else line_end)


CAPTION_MAX_WORDS = 24
"""Words of a photo's caption at most (`is_caption`)."""


def is_caption(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` reads as a photo's caption between paragraphs: a
    paragraph of its own (blank lines around it) of `CAPTION_MAX_WORDS` words at most that ends
    with no mark of a sentence's or a lead-in's end."""
    return (text[end - 1] not in ".!?…:;" and len(text[start:end].split()) <= CAPTION_MAX_WORDS
            and text.startswith("\n\n", end) and text[max(0, start - 2):start] == "\n\n")


# A word of time before a year (and its "năm"): "trong năm 2024", "đến năm 2025".
_TIME_BEFORE_YEAR = regex.compile(
    r"(?<![\p{L}])(?:trong|đến|tới|từ|cuối|đầu|giữa|sau|trước)[ \t]+(?:năm[ \t]+)?\Z", regex.I)
OWN_YEAR_REACH = 24
"""A year this close to its clause's start is the clause's time ("năm 2024 hỗ trợ 40 cơ sở",
"6 tháng đầu năm 2024, ...")."""


def names_own_year(text: str, start: int, pos: int) -> bool:
    """Whether the clause from ``start`` to the figure at ``pos`` names a year of its own:
    in its first words (`OWN_YEAR_REACH`) or after a word of time ("trong năm 2024"); a year
    inside a name ("tổ chức Hội chợ ... làng nghề năm 2017 với quy mô 120 gian hàng") is not."""
    return _own_year(YEAR, text, start, pos) is not None


def _own_year(years: regex.Pattern, text: str, start: int, end: int) -> regex.Match | None:
    """The first year (``years``) of the clause from ``start`` to ``end`` that is its own time: in its first
    `OWN_YEAR_REACH` characters or after a word of time (`_TIME_BEFORE_YEAR`); None when there is none."""
    for year in years.finditer(text, start, end):
        at = year.start()
        if at - start <= OWN_YEAR_REACH or _TIME_BEFORE_YEAR.search(text, max(start, at - 16), at):
            return year
    return None


def done_by_subject(text: str, pos: int, line_start: int) -> bool:
    """Whether the figure at ``pos`` opens its clause (nothing but a bullet after the line
    start, a comma, a semicolon or a sentence end) and a done word follows its noun
    (`_SUBJECT_DONE`): "..., 7 đề án đã được triển khai", not "hỗ trợ 30 cơ sở đã có sản
    phẩm" (a figure after a verb, the done word of a relative clause), maybe after an existential "có" opening it ("Đáng
    chú ý, có 9 sản phẩm đã đạt 4 sao OCOP") or "cả" of all of them (", cả 03 đề án đã hoàn thành")."""
    opens = opens_clause(text, pos, line_start) or (
        text.startswith(("có ", "cả "), pos - 3) and opens_clause(text, pos - 3, line_start))
    if not opens or (m := _SUBJECT_DONE.match(text, pos)) is None:
        return False
    return _PLAN_LATER.match(text, m.end(), m.end() + PLAN_LATER_REACH) is None  # "10 sản phẩm đã được công nhận ... sẽ"


def money_of_subject_done(text: str, pos: int, line_start: int) -> bool:
    """Whether the amount at ``pos`` is the money set aside (`_MONEY_ASIDE`) between a count's noun and a done word said
    of the count (`done_by_subject`): "- 01 đề án của HTX Krông Năng, kinh phí 250 triệu đồng, đã nghiệm thu"."""
    aside = text.rfind(",", line_start, pos)
    if aside == -1:
        return False
    count = _COUNT_OPENING.match(text, clause_lead(text, aside, line_start), aside)
    if count is None or not done_by_subject(text, count.end(), line_start):
        return False
    said = _SUBJECT_DONE.match(text, count.end())
    return said is not None and said.end() > pos


_COUNT_OPENING = regex.compile(r"[ \t]*(?:[-+•*][ \t]*)?(?:(?:có|cả)[ \t]+)?(?=\d)")
"""What may stand before a count opening its clause: a bullet, "có", "cả"."""


def stock_running(text: str, pos: int, line_start: int) -> bool:
    """Whether the count at ``pos`` is a stock running, a state: "đang hoạt động" after its noun (`_STOCK_RUNNING`), the
    count after "có" or opening its clause, maybe after a word of about ("Toàn tỉnh có trên 23.000 cơ sở sản xuất kinh
    doanh đang hoạt động", "Bắc Ninh có 94 làng nghề, hơn 38.000 cơ sở ... đang hoạt động"; not "hỗ trợ 30 cơ sở đang
    hoạt động", whose verb tells, nor under a word of a plan before it or after it, "Dự kiến ...", "... sẽ được hỗ
    trợ")."""
    running = _STOCK_RUNNING.match(text, pos)
    if running is None or _PLAN_LATER.match(text, running.end(), running.end() + PLAN_LATER_REACH):
        return False  # "20 cơ sở đang hoạt động sẽ được hỗ trợ"
    sentence = sentence_bounds(text, pos)[0]
    before = tense_marker(text, sentence, pos)
    if before is not None and before.group("done") is None:
        return False  # "Dự kiến năm 2026, 20 cơ sở đang hoạt động ..."
    if (_goal_or_need(text, sentence, pos) or _governs(_PLAN_WORD, text, sentence, pos)
            or under_plan_label(text, pos) or in_part_of_tasks(text, pos) or under_tasks_heading(text, pos)):
        return False  # "Đến năm 2030, toàn tỉnh có 100 làng nghề đang hoạt động", "Chỉ tiêu năm 2026: có 60 làng nghề
        # đang hoạt động", under "II. MỤC TIÊU ĐẾN NĂM 2030"
    lead = _STOCK_LEAD.search(text, max(line_start, pos - STOCK_LEAD_REACH), pos)
    return lead is not None and "có" in lead.group().lower() or opens_clause(text, lead.start() if lead else pos,
                                                                            line_start)


def _goal_or_need(text: str, sentence: int, pos: int) -> bool:
    """Whether a goal, a need in the count's own clause, or a deadline stands before the count at ``pos`` in its
    sentence (`_GOAL_OR_NEED`): a deadline is a year no other year before it (`YEAR_BEFORE_REACH`, dates too) or in its
    sentence reaches: "Đến năm 2030, toàn tỉnh có 100 làng nghề ..." (not "Đến năm 2024, ..." in a report of 2024 or
    news of 2025, a date as of which; nor "Đến năm 2022, ...; năm 2024 tăng lên ...")."""
    clause = max(sentence, text.rfind(",", sentence, pos) + 1)
    years = None  # the years around the sentence, read at the first deadline
    for found in _GOAL_OR_NEED.finditer(text, sentence, pos):
        if found["year"] is None:
            if found["need"] is None or found.start() >= clause:
                return True
            continue
        if years is None:
            years = list(YEAR.finditer(text, max(0, sentence - YEAR_BEFORE_REACH), sentence_bounds(text, pos)[1]))
        if not any(_year_reached(text, year, int(found["year"])) for year in years
                   if year.start() != found.start("year")):
            return True
    return False


def _year_reached(text: str, year: regex.Match, deadline: int) -> bool:
    """Whether ``year`` shows the ``deadline`` year reached: a later one, or the same on a line of a report ("BÁO CÁO
    Tổng kết công tác khuyến công năm 2024"; not "Kế hoạch số 45/KH-UBND ngày 12/4/2025", a plan's)."""
    value = int(year.group())
    if value != deadline:
        return value > deadline
    line_start, line_end = text.rfind("\n", 0, year.start()) + 1, text.find("\n", year.end())
    return _REPORT_LINE.search(text, line_start, len(text) if line_end == -1 else line_end) is not None


_REPORT_LINE = regex.compile(r"(?<!\p{L})(?:báo[ \t]+cáo|tổng[ \t]+kết|sơ[ \t]+kết|kết[ \t]+quả)(?!\p{L})", regex.I)


_GOAL_OR_NEED = regex.compile(r"(?<!\p{L})(?:đến[ \t]+năm[ \t]+(?P<year>\d{4})|(?P<need>cần)|mục[ \t]+tiêu|chỉ[ \t]+tiêu)"
                              r"(?!\p{L})", regex.I)
"""A deadline, a need or a goal before a stock in its sentence: a target, no state."""
_STOCK_RUNNING = regex.compile(r"[\d.,]*(?:[ \t]+\p{L}+){1,8}?[ \t]+đang[ \t]+hoạt[ \t]+động(?!\p{L})")
_STOCK_LEAD = regex.compile(r"(?r)(?<!\p{L})(?:(?:hiện[ \t]+)?có[ \t]+)?(?:(?:trên|hơn|gần|khoảng)[ \t]+)?\Z", regex.I)
STOCK_LEAD_REACH = 20
"""Characters before a count read for "có" and a word of about (`_STOCK_LEAD`)."""


# A word of a plan later in the clause of a done word after a count's noun: the done word was the noun's own ("Năm
# 2024, 10 sản phẩm đã được công nhận cấp tỉnh sẽ tham gia bình chọn cấp khu vực").
_PLAN_LATER = regex.compile(r"[^,.;:\n]*?(?<!\p{L})(?:sẽ|dự[ \t]+kiến|tiếp[ \t]+tục)(?!\p{L})", regex.I)
PLAN_LATER_REACH = 80
"""Characters after a count's done word read for `_PLAN_LATER`."""


_NOT_DONE_WORDS = (
    r"(?:chưa(?![ \t]+(?:từng|phát[ \t]+huy))|sẽ|dự[ \t]+(?:kiến|định)|ngừng|dừng"
    r"|đang[ \t]+(?:triển[ \t]+khai|thực[ \t]+hiện|xây[ \t]+dựng|chờ|hoàn[ \t]+thiện|làm[ \t]+thủ[ \t]+tục|lắp[ \t]+đặt"
    r"|tuyển[ \t]+sinh|học|(?:được[ \t]+)?(?:đề[ \t]+nghị|đề[ \t]+xuất|thẩm[ \t]+định|xem[ \t]+xét)"
    r"|tổ[ \t]+chức(?=[ \t]*(?:[.;,)\n]|$|thực[ \t]+hiện))"
    r"|(?<!(?:cơ[ \t]+sở|doanh[ \t]+nghiệp|hộ|HTX|hợp[ \t]+tác[ \t]+xã|làng[ \t]+nghề|đơn[ \t]+vị|công[ \t]+ty)(?:[ \t]+\p{L}+){0,6}?"
    r"[ \t]+đang[ \t]+)tổ[ \t]+chức(?=[ \t]+(?:đào[ \t]+tạo|giảng[ \t]+dạy|dạy|học)))"
    r"|không[ \t]+(?:kịp|thực[ \t]+hiện|triển[ \t]+khai|tổ[ \t]+chức|mở|được|đủ|đạt)"
    r"|(?<!thiết[ \t])bị[ \t]+(?:dừng|hủy|huỷ|thu[ \t]+hồi|loại))(?!\p{L})")
"""A count's own words of work not done after its noun ("2 đề án chưa thực hiện", "3 đề án đang triển khai", "1 lớp còn
lại đang tuyển sinh", "1 lớp đang học", "12 sản phẩm đang (được) đề nghị cấp khu vực", "2 đề án không kịp triển khai"): a verb phrase of work, not a state ("250 cơ sở đang hoạt động") nor a noun's modifier ("cơ sở
sản xuất gạch không nung", "30 cơ sở không nằm trong làng nghề")."""
_LISTED_NOT_DONE_WORDS = (
    r"(?:chưa|sẽ|dự[ \t]+(?:kiến|định)|ngừng|ngưng|dừng|tạm[ \t]+(?:ngừng|ngưng|dừng|hoãn)"
    r"|đang(?![ \t]+hoạt[ \t]+động)"
    r"|không(?![ \t]+(?:nung|nằm|khí|gian|chỉ|chứa|gây|(?:sử[ \t]+dụng|dùng)(?![ \t]+(?:hết|đến)))(?!\p{L}))"
    r"|(?<!(?:thiết|trang|chuẩn|dự|phòng)[ \t])bị)(?!\p{L})")
"""A listed count's own words of work not done or not whole after its noun, any "đang", "không" or "bị" ("2 tỷ
đồng đang làm thủ tục thanh toán", "2 đề án không hoàn thành", "2 đề án bị cắt giảm kinh phí") but those of a
state, a noun or a noun's modifier ("đang hoạt động", "gạch không nung", "không nằm trong làng nghề", "ô nhiễm không
khí", "không sử dụng hóa chất", "trang bị máy móc", "chuẩn bị mặt bằng")."""
_OWN_TENSE = rf"(?:đã(?!\p{{L}})|{_LISTED_NOT_DONE_WORDS})"
"""A tense or negation among a listed count's words: the count has its own ("2 tỷ đồng chưa giải ngân và ...")."""
# Counts listed after "Trong đó (có)", joined by "và" or commas, then a done word after the last one's noun:
# the subjects of work reported done ("Trong đó có 2 đề án KC quốc gia và 28 đề án KC địa phương đã được
# triển khai tại các huyện ...").
LISTED_SUBJECTS_DONE = regex.compile(
    rf"(?:trong[ \t]+đó|trong[ \t]+số[ \t]+đó)[ \t]*,?[ \t]*(?:có[ \t]+)?"
    rf"(?:\d[\d.,]*(?:[ \t]+(?!{_OWN_TENSE})\p{{L}}+){{1,12}}?[ \t]*(?:,|và)[ \t]+)+\d[\d.,]*(?:[ \t]+\p{{L}}+){{1,7}}?[ \t]+"
    rf"{_DONE_MARKER}(?!\p{{L}})", regex.I)
LISTED_SUBJECTS_REACH = 200
"""Characters from a clause's opening `LISTED_SUBJECTS_DONE` reads."""


def listed_subject_done(text: str, pos: int, line_start: int) -> bool | None:
    """Whether the figure at ``pos``, one of the counts listed after "Trong đó (có)" opening its
    sentence, is done: by a tense word after its own noun ("Trong đó có 8 đề án đã được nghiệm
    thu và 2 đề án chưa thực hiện": the 8 done, the 2 not), else by a done word after the last
    one's noun (`LISTED_SUBJECTS_DONE`); so is one listed after "trong đó" within its sentence,
    no semicolon between ("Trung tâm đã thực hiện 16 đề án, trong đó 14 đề án đã nghiệm thu và 2
    đề án chưa nghiệm thu"), but never one of a goal's or a plan's parts; None: no such count, or nothing tells."""
    found = text.rfind(". ", max(line_start, pos - LISTED_SUBJECTS_REACH), pos)
    at = BLANKS.match(text, max(line_start, found + 2) if found != -1 else line_start).end()
    not_done, planned = _LISTED_OWN_NOT_DONE, False
    if not text.startswith(("Trong", "trong"), at):
        inner = _IN_THAT.search(text, at, pos)  # "..., trong đó 14 đề án đã nghiệm thu và 2 đề án chưa nghiệm thu"
        if inner is None or text.find(";", inner.end(), pos) != -1 or not _COUNTS_LISTED.fullmatch(text, inner.end(), pos):
            return None  # (not past the list: "..., trong đó có 1 hội chợ ..., thu hút 200 gian hàng, 150 ...")
        # a part's own words of work not done alone, not a state ("350 cơ sở đang sản xuất ổn định"); a whole's goal or
        # plan makes no part done ("Phấn đấu ... 40 sản phẩm ..., trong đó ... 30 sản phẩm cấp tỉnh đã đăng ký dự thi")
        not_done = _OWN_NOT_DONE
        planned = _plan_governs(text, at, inner.start()) and not _done_after_plan_figure(text, at, inner.start())
        at = inner.start()
    if _LISTED_BEFORE.search(text, max(at, pos - _LISTED_BEFORE_REACH), pos):
        if not planned and _SUBJECT_DONE.match(text, pos, pos + SUBJECT_REACH):
            return True
        if not_done.match(text, pos, pos + SUBJECT_REACH):
            return False
    if planned:
        return False  # each part of a goal, its own "đã" or a sibling's aside ("..., 10 sản phẩm mới")
    m = LISTED_SUBJECTS_DONE.match(text, at, at + LISTED_SUBJECTS_REACH)
    return True if m is not None and pos < m.end() else None


# What stands right before a listed count: a list's separator, or the "Trong đó (,) (có)" opening it.
_ITEM_WORD = r"(?:còn(?:[ \t]+lại)?|riêng|khoảng|gần|hơn|trên)"
"""A word between a list's separator and its count: "..., còn (lại) 6 đề án chưa nghiệm thu", "riêng", a qualifier."""
_LISTED_BEFORE = regex.compile(
    rf"(?:,|(?<!\p{{L}})và|(?<!\p{{L}})trong[ \t]+(?:số[ \t]+)?đó[ \t]*,?(?:[ \t]*có)?)(?:[ \t]+{_ITEM_WORD})?[ \t]+\Z", regex.I)
_LISTED_BEFORE_REACH = 24
# A word of a goal or a plan in a whole's clause: "Phấn đấu ...", "Mục tiêu ...", "Kế hoạch năm 2024 hỗ trợ ...",
# "Nhiệm vụ năm 2024 là ...", "Trung tâm đề xuất hỗ trợ ...".
_GOAL_OR_PLAN = regex.compile(
    r"(?<!\p{L})(?:kế[ \t]+hoạch|mục[ \t]+tiêu|phấn[ \t]+đấu|sẽ|dự[ \t]+kiến|nhiệm[ \t]+vụ|phương[ \t]+hướng"
    r"|chỉ[ \t]+tiêu|đề[ \t]+ra|đề[ \t]+xuất)(?!\p{L})", regex.I)
# "đã", "vừa", "hoàn thành": work done, in a goal's or a plan's clause; not a counted noun's own, its noun phrase (fifteen
# words at most, no subject's) after its count ("hỗ trợ 20 cơ sở đã đăng ký", "100 cơ sở hoàn thành đổi mới công nghệ",
# "25 cơ sở và hộ gia đình đã đăng ký"; not after a span of time, "9 tháng đầu năm Trung tâm đã ...", nor past a
# subject, "15 đề án và Trung tâm đã triển khai", "giao 20 cơ sở nhưng thực tế tỉnh đã hỗ trợ").
_WORK_DONE = regex.compile(
    r"(?=đã|vừa|hoàn)(?<!(?<![\d.,])\d{1,3}(?:\.\d{3})*[ \t]+(?!(?:tháng|năm|quý|tuần|ngày)(?!\p{L}))\p{L}+"
    r"(?:[ \t]+(?!(?:(?<!(?:của|trong|ngoài|tại|ở|thuộc|bàn)[ \t]+(?:các[ \t]+)?)"
    r"(?:trung[ \t]+tâm|tỉnh|huyện|các[ \t]+(?:đơn[ \t]+vị|huyện))|ubnd|ủy[ \t]+ban|nhưng|song"
    r"|và[ \t]+(?:đến|trong|hết)|(?-i:Sở|Bộ))(?!\p{L}))\p{L}+){0,14}[ \t]+)"
    r"(?<!\p{L})(?:đã|vừa|hoàn[ \t]+thành)(?!\p{L})", regex.I)


def _plan_governs(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a word of a goal or a plan (`_GOAL_OR_PLAN`) and no word of work done: "Phấn
    đấu năm 2024 có 40 sản phẩm ...", "Nhiệm vụ năm 2024 là ..." plan; "đã ... xây dựng kế hoạch ...; cụ thể đã tổ
    chức thực hiện hoàn thành 05 đề án", "đã thực hiện các nhiệm vụ ...", "Thực hiện Kế hoạch số ..., năm 2023 Trung tâm
    đã hỗ trợ ..." report."""
    return _GOAL_OR_PLAN.search(text, start, end) is not None and _WORK_DONE.search(text, start, end) is None


# A clause of work done opening with its verb after a comma: "Kế hoạch 20 lớp, tổ chức 18 lớp, trong đó ...", "...
# kế hoạch 850 triệu đồng, giải ngân 780 triệu đồng, đạt 91,8%; trong đó ...".
_WORK_AFTER_COMMA = regex.compile(
    rf",[ \t]*(?:đã[ \t]+)?(?:{_WORK_VERB}|(?:giải[ \t]+ngân|nghiệm[ \t]+thu|hoàn[ \t]+thành)(?!\p{{L}}))", regex.I)
# A figure that is no share: the whole a breakdown follows ("780 triệu đồng, đạt 91,8%; trong đó ...": the 780).
_FIGURE_NOT_SHARE = regex.compile(r"(?>\d[\d.,]*)(?![ \t]?%)")


def _done_after_plan_figure(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a whole's sentence up to its "trong đó", sets a figure of a plan, then reports
    work with its verb after a comma: the whole is that work, done ("Kế hoạch 20 lớp, tổ chức 18 lớp, trong đó 10 lớp
    đào tạo nghề, 8 lớp tập huấn"; not "Phấn đấu đến năm 2025, toàn tỉnh có 40 sản phẩm, trong đó ...")."""
    whole = last_match(_FIGURE_NOT_SHARE, text, start, end)
    comma = text.rfind(",", start, whole.start()) if whole is not None else -1
    work = _WORK_AFTER_COMMA.match(text, comma) if comma != -1 else None
    return work is not None and _first_figure_at(text, start, comma) < comma


# The counts listed after a "trong đó" up to the one read: each item after a comma opens with its figure.
_COUNTS_LISTED = regex.compile(
    rf"[^,]*(?:,[ \t]*(?:và[ \t]+)?(?:{_ITEM_WORD}[ \t]+)?\d[^,]*)*,?[ \t]*(?:và[ \t]+)?(?:{_ITEM_WORD}[ \t]+)?")
# The last "trong (số) đó" opening a list within a sentence (searched back, ``(?r)``), or a breakdown's before a count:
# it is a part of the count before.
_IN_THAT = regex.compile(r"(?r)(?<!\p{L})trong[ \t]+(?:số[ \t]+)?đó(?!\p{L})", regex.I)
# A count's own words of work not done after its noun (`_NOT_DONE_WORDS`; a listed count's, `_LISTED_NOT_DONE_WORDS`).
_OWN_NOT_DONE = regex.compile(rf"{_AFTER_NOUN}{_NOT_DONE_WORDS}", regex.I)
# A count's own work not carried out after a long noun phrase, in its clause, no other figure between: "01 đề án hỗ trợ
# máy móc của cơ sở sản xuất kẹo dừa tại huyện Chợ Gạo không thực hiện được do cơ sở xin rút", "01 đề án hỗ trợ xây
# dựng phòng trưng bày sản phẩm của HTX ... chưa triển khai, chuyển sang năm 2025" (its verb closing its phrase), "01 cơ sở
# rang xay cà phê tại phường An Lạc xin dừng do thay đổi phương án sản xuất", "còn 2 đề án hỗ trợ máy móc thiết bị chưa
# nghiệm thu do cơ sở chậm lắp đặt", "01 đề án hỗ trợ dây chuyền chế biến nước mắm của Công ty TNHH Hải sản Sầm Sơn đang
# hoàn thiện hồ sơ thanh quyết toán".
_OWN_NOT_CARRIED_OUT = regex.compile(
    r"[\d.,]*(?:[ \t]+(?!\d)[^\s,;.:()]+){1,20}?[ \t]+(?:(?:không|chưa)[ \t]+(?:thực[ \t]+hiện|triển[ \t]+khai|tổ[ \t]+chức"
    r"|nghiệm[ \t]+thu|hoàn[ \t]+thành)"
    r"(?:[ \t]+được(?!\p{L})|(?=[ \t]*(?:[,.;)\n]|$|(?:do|vì)(?!\p{L}))))"
    r"|(?:xin|phải|bị)[ \t]+(?:dừng|ngừng|rút)(?!\p{L})"
    r"|đang[ \t]+(?:hoàn[ \t]+thiện[ \t]+hồ[ \t]+sơ|làm[ \t]+thủ[ \t]+tục)(?!\p{L}))", regex.I)
CLAUSE_REACH = 160
"""Characters after a figure within which `_OWN_NOT_CARRIED_OUT` is read."""
_LISTED_OWN_NOT_DONE = regex.compile(rf"{_AFTER_NOUN}{_LISTED_NOT_DONE_WORDS}", regex.I)


def opens_clause(text: str, pos: int, line_start: int) -> bool:
    """Whether nothing but a bullet stands between the figure at ``pos`` and the line start, a
    comma, a semicolon, a colon ("b) Tại huyện Tuy Phước: 4 lớp ...") or a sentence end before it."""
    return not text[clause_lead(text, pos, line_start):pos].strip(" -+•*")


def clause_lead(text: str, pos: int, line_start: int) -> int:
    """Where the clause holding ``pos`` starts in its line (from ``line_start``): after the last comma, semicolon, colon
    or sentence end before it."""
    return max(line_start, text.rfind(",", line_start, pos) + 1, text.rfind(";", line_start, pos) + 1,
               text.rfind(":", line_start, pos) + 1, text.rfind(". ", line_start, pos) + 2)


# The rest of a whole right before its figure, or a word of contrast: "...; số còn lại 800 triệu đồng sẽ giải ngân ...",
# "còn 4 lớp ...", "..., tuy nhiên 01 đề án ... không thực hiện được", "riêng 01 đề án ... chưa triển khai".
_REST_BEFORE = regex.compile(
    r"(?r)(?<!\p{L})(?:(?:số[ \t]+)?còn(?:[ \t]+lại)?|tuy[ \t]+nhiên[ \t]*,?|tuy[ \t]+vậy[ \t]*,?|nhưng|riêng)[ \t]+\Z",
    regex.I)
REST_BEFORE_REACH = 16
"""Characters before a figure within which `_REST_BEFORE` is read."""
_REST_BEFORE_WORDS = ("còn", "Còn", "nhiên", "vậy", "nhưng", "Nhưng", "riêng", "Riêng")
"""What every `_REST_BEFORE` match holds (a line's first word capitalised too: "- Còn 4 đề án chưa triển khai")."""


def opens_clause_or_rest(text: str, pos: int, line_start: int) -> bool:
    """Whether the figure at ``pos`` opens its clause (`opens_clause`), maybe after words of the rest of a whole or of
    contrast (`_REST_BEFORE`: "số còn lại", "còn", "tuy nhiên", "nhưng", "riêng")."""
    if opens_clause(text, pos, line_start):
        return True
    reach = max(line_start, pos - REST_BEFORE_REACH)
    if not any(text.find(word, reach, pos) != -1 for word in _REST_BEFORE_WORDS):
        return False
    rest = _REST_BEFORE.search(text, reach, pos)
    return rest is not None and opens_clause(text, rest.start(), line_start)


def article_headline_end(ctx: Context) -> int | None:
    """Where a news report's headline ends in the clean text (None: no news report)."""
    return news_headline_end(ctx.text) if ctx.metadata and ctx.metadata.doc_type == "bai_viet" else None


def mark_headline_restatements(targets: list[Target], headline_end: int) -> list[Target]:
    """Point a news article's body target at the figure of its headline it repeats ("Triển
    khai 65 đề án khuyến công", then "... thực hiện 65 đề án ...": same value, unit and kind;
    the headline is no clause of the body, so its category may differ). Each headline target
    is claimed by the first body target repeating it that repeats nothing else, the last of its
    quantity by every later one too (a lede and a closing paragraph both repeat "52 sản phẩm");
    the targets that repeated a claiming body target then point at the headline's. A headline figure
    the body reports as done is done, and one of no category takes the body's (the figure summed is the headline's).
    ``headline_end``:
    where the headline ends in the source (target spans are source offsets)."""
    headline: dict[tuple, list[int]] = defaultdict(list)
    moved: dict[int, int] = {}
    for i, target in enumerate(targets):
        key = _quantity(target)
        if target.span[1] <= headline_end:
            headline[key].append(i)
        elif target.restates is None and headline.get(key):  # the last of a quantity stays claimable
            target.restates = moved[i] = headline[key].pop(0) if len(headline[key]) > 1 else headline[key][0]
            summed = targets[target.restates]
            if target.achieved:  # the body reports as done what its headline sums up
                summed.achieved = True
            if summed.category == "other":  # ... of the activity it names
                summed.category = target.category
        elif target.restates in moved:
            target.restates = moved[target.restates]
    return targets


CROSSHEAD_MAX_WORDS = 8
"""Words of a crosshead at most: a line of its own over the paragraph it sums up."""


def mark_crosshead_restatements(text: str, found: list[Found], targets: list[Target]) -> None:
    """Point the first figure of the paragraph under a crosshead at the crosshead's figure it
    repeats (same quantity; a crosshead is a line of its own, `CROSSHEAD_MAX_WORDS` words at
    most, no full stop, one figure, no list's marker nor a comma, semicolon or colon closing it: "HƠN 350 GIAN HÀNG"
    over "Hội chợ có trên 350 gian hàng đến từ 15 tỉnh, thành ..."), when neither repeats anything."""
    for i, head in enumerate(targets[:-1]):
        body = targets[i + 1]
        if head.restates is not None or body.restates is not None or _quantity(body) != _quantity(head):
            continue  # (most targets: the next one is of another quantity)
        line_start, line_end = text.rfind("\n", 0, found[i].start) + 1, text.find("\n", found[i].end)
        line = text[line_start:line_end]
        if line_end == -1 or len(line.split()) > CROSSHEAD_MAX_WORDS or "." in line or found[i + 1].start < line_end:
            continue
        if ITEM_MARK.match(text, line_start) or line.rstrip().endswith((";", ",", ":")):
            continue  # a list's item ("+ Năm 2026: 02 lớp;" over "+ Năm 2027: 02 lớp."), no crosshead
        below = line_end + 1
        while text.startswith("\n", below):
            below += 1
        below_end = text.find("\n", below)
        if found[i + 1].start < (len(text) if below_end == -1 else below_end):
            body.restates = i


# A sentence agreeing to a proposal made before it: "thống nhất với đề xuất của Ban Giám khảo, đồng ý công nhận 30 sản
# phẩm ..." (the counts it approves are those proposed).
APPROVED_PROPOSAL = regex.compile(r"(?<!\p{L})(?:thống[ \t]+nhất|nhất[ \t]+trí|đồng[ \t]+ý)[ \t]+với[ \t]+đề[ \t]+xuất(?!\p{L})",
                                  regex.I)
# A sentence proposing its counts: "Ban Giám khảo đã chấm điểm, đề xuất 30 sản phẩm ..." (not the "trình" of
# "chương trình", "quy trình", "công trình").
PROPOSING = regex.compile(
    r"(?<!\p{L})(?:đề[ \t]+xuất|đề[ \t]+nghị|(?<!(?:chương|quy|công|lộ|tiến|giải|thuyết|phương|biểu)[ \t]+)trình)"
    r"(?!\p{L})", regex.I)
# Who made the proposal agreed to: "... thống nhất với đề xuất của Ban Giám khảo, ..." (its name, to the comma).
_PROPOSER = regex.compile(r"[ \t]+của[ \t]+([^,.;:\n]{3,40}?)[ \t]*(?=[,.;:\n])")
_APPROVED_PROPOSAL_FORMS = ("với đề xuất", "với Đề xuất", "VỚI ĐỀ XUẤT", "Với đề xuất")
"""The cases a text writes `APPROVED_PROPOSAL`'s "với đề xuất" in (a quick test before the pattern)."""
PROPOSAL_REACH = 1500
"""Characters before a sentence agreeing to a proposal within which the counts proposed are looked for."""


def mark_approved_proposals(text: str, found: list[Found], targets: list[Target]) -> None:
    """Point each count of a sentence agreeing to a proposal (`APPROVED_PROPOSAL`) at the earliest count of the same
    quantity before that sentence, within `PROPOSAL_REACH`, proposed (`_proposed`), that repeats nothing
    and no other count repeats: "... đề xuất
    30 sản phẩm đạt giải cấp tỉnh và 30 sản phẩm đăng ký tham gia ... Hội đồng ... thống nhất với đề xuất của Ban Giám
    khảo, đồng ý công nhận 30 sản phẩm đạt giải cấp tỉnh và 30 sản phẩm ..." (120 products were counted for 60)."""
    if not holds_any(text, _APPROVED_PROPOSAL_FORMS):
        return  # most texts: no sentence agreeing to a proposal (a quick test before the pattern)
    repeated = {target.restates for target in targets}
    for j, target in enumerate(targets):
        if target.restates is not None or not _plain_count(target):
            continue
        start, end = sentence_bounds(text, found[j].start)
        if not (approved := APPROVED_PROPOSAL.search(text, start, found[j].start)):
            continue
        proposer = _PROPOSER.match(text, approved.end(), found[j].start)
        for i in range(j):
            if (found[i].start >= start - PROPOSAL_REACH and found[i].end <= start and i not in repeated
                    and targets[i].restates is None and _quantity(targets[i]) == _quantity(target)
                    and _proposed(text, found[i].start, proposer[1] if proposer else None)):
                target.restates = i
                repeated.add(i)
                break


def _proposed(text: str, pos: int, proposer: str | None) -> bool:
    """Whether the count at ``pos`` is proposed: its sentence proposes it (`PROPOSING`) or names the ``proposer`` ("Ban
    Giám khảo đã lựa chọn 30 sản phẩm ..."), or it is an item of a list a proposing lead-in opens ("Ban Giám khảo đề
    xuất như sau:" / "- 30 sản phẩm đạt giải cấp tỉnh;")."""
    start, end = sentence_bounds(text, pos)
    if PROPOSING.search(text, start, end) or proposer and text.find(proposer, start, end) != -1:
        return True
    line_start = text.rfind("\n", 0, pos) + 1
    for _ in range(PROPOSED_ITEMS_MAX):
        if not line_start or not ITEM_MARK.match(text, line_start):
            return False
        previous_end = before_blanks(text, line_start)
        line_start = text.rfind("\n", 0, previous_end) + 1
        if previous_end and text[previous_end - 1] == ":":
            return PROPOSING.search(text, line_start, previous_end) is not None
    return False


PROPOSED_ITEMS_MAX = 30
"""List items looked back over for a proposing lead-in (`_proposed`)."""


HEADLINE_PARTS_MAX = 8
"""Counts or amounts of one body paragraph tried as the parts of a news headline's one."""


def mark_headline_parts(text: str, found: list[Found], targets: list[Target], headline_end: int) -> list[Target]:
    """Point at a news headline's count ("Hỗ trợ 8 cơ sở sản xuất công nghiệp từ chương trình
    khuyến công") the first run of counts of its unit in one body paragraph, two at least and
    none a part or a repeat, that adds up to it exactly ("... cho 3 cơ sở ...; hỗ trợ 5 cơ sở
    ..."): the body splits the headline's count, which is done when they all are. Only a
    count its headline holds alone of its unit, that no body target repeats or splits
    already. ``headline_end``: where the headline ends in the clean text, as ``found``'s offsets."""
    heads: dict[str, list[int]] = defaultdict(list)  # unit -> the headline's plain counts of it
    for i, target in enumerate(targets):
        if found[i].end > headline_end:
            break
        if _plain_count(target):
            heads[unit_key(target.unit)].append(i)
    for unit, (whole, *others) in heads.items():
        if others or any(t.restates == whole or t.part_of == whole for t in targets):
            continue
        counts = [(j, found[j].start, found[j].end, targets[j].value) for j in range(whole + 1, len(targets))
                  if found[j].start >= headline_end and _plain_count(targets[j]) and unit_key(targets[j].unit) == unit]
        parts = first_run_adding_up(text, counts, targets[whole].value)
        for j in parts:
            targets[j].part_of = whole
        if parts and all(targets[j].achieved for j in parts):
            targets[whole].achieved = True
    return targets


def first_run_adding_up(text: str, items: Sequence[tuple[int, int, int, float | Decimal]],
                        whole: float | Decimal) -> list[int]:
    """The indices of the first run of ``items`` (index, start, end and value, in text order)
    in one paragraph, two at least and `HEADLINE_PARTS_MAX` at most, whose values add up to
    ``whole`` exactly; [] when none does. Read for a headline's count and amount alike."""
    for first, (_, _, first_end, _) in enumerate(items):
        total: float | Decimal = 0
        for last in range(first, min(len(items), first + HEADLINE_PARTS_MAX)):
            _, start, _, value = items[last]
            if "\n" in text[first_end:start]:
                break  # another paragraph
            total += value  # type: ignore[operator]  # the items and the whole are of one kind
            if total > whole:
                break
            if total == whole and last > first:
                return [index for index, _, _, _ in items[first:last + 1]]
    return []


def beyond_max_number(ctx: Context, value: Decimal, start: int, end: int) -> bool:
    """Whether a figure or amount is over `MAX_NUMBER` (a run of digit groups, not a real
    quantity); such a one is left out with a ``figure_out_of_range`` warning."""
    if value <= MAX_NUMBER:
        return False
    written = ctx.text[start:min(end, start + 40)]
    ctx.warn("figure_out_of_range", f"'{written}{'...' if end - start > 40 else ''}' is over {MAX_NUMBER:,}: "
             "not read as a figure", start, end)
    return True


# Characters after which `AFTER_FIGURE` cannot match: it needs a space, "%", "(" or a letter
# first. A figure before one ("1.", "2025;") is passed over without the pattern or the
# year and reference tests (money aside: its amount is read already).
_NOT_AFTER_FIGURE = frozenset(".,;:)")


# A count whose noun comes first, at the head of the words before it: "(tổng) số <unit> ... là" or a colon
# ("Năm 2023, số cơ sở được hỗ trợ là 15.", "tổng số sản phẩm đạt yêu cầu (70 điểm trở lên) là 43/43",
# "số sản phẩm được công nhận: 25").
NOUN_FIRST = regex.compile(
    r"(?<!\p{L})(?:tổng[ \t]+)?số[ \t]+(?:lượng[ \t]+)?(?P<noun>\p{L}[^,;.:\n]{0,100}?)(?:[ \t]+là|[ \t]*:)[ \t]*\Z",
    regex.I)
NOUN_FIRST_REACH = 130
"""Characters before a figure within which `NOUN_FIRST` is looked for."""


def _count_named_before(ctx: Context, q: Quantity) -> Found | None:
    """The count of a figure closing its clause (a full stop, comma, semicolon or bracket after it, or
    "/" and its whole) whose known unit opens the words before it (`NOUN_FIRST`); None otherwise."""
    text = ctx.text
    before = text[max(0, q.first - 4):q.first].rstrip(" \t")
    if not before.endswith((" là", ":")) or q.looks_like_year or q.is_decimal:
        return None  # most figures closing a clause: no "là" or colon right before them (a quick test first)
    clause, own_start = clause_parts(text, q.start)
    m = NOUN_FIRST.search(text, max(own_start, q.first - NOUN_FIRST_REACH), q.first)
    if m is None or (unit_span := known_unit(text, m.start("noun"))) is None:
        return None
    unit = single_spaced(text[slice(*unit_span)])
    if unit.lower() in NON_TARGET_UNITS or unit.lower() in _NOT_NAMED_FIRST or _STOPPED.search(m["noun"]):
        return None  # "tổng số điểm là 70", "Số lần hỗ trợ: 01", "Số đề án bị dừng thực hiện là 2"
    summing_up = _sums_up_before(text, q, unit, m.start())  # "... đã hỗ trợ 15 cơ sở. Số cơ sở được hỗ trợ là 15."
    return Found(q.start, q.end, q.value, q.value_max, unit, "count", q.qualifier, clause, own_start, None, summing_up)


def _sums_up_before(text: str, q: Quantity, unit: str, named_at: int) -> bool:
    """Whether a noun-first count (its noun at ``named_at``) repeats the same count written the usual way
    within `RESTATED_REACH` before it, with no year, word of a plan or result, or place between them
    ("Năm 2022, ... 15 cơ sở. Năm 2023, số cơ sở được hỗ trợ là 15." are two counts)."""
    window = max(0, q.start - RESTATED_REACH)
    written = None
    for written in regex.finditer(rf"(?<![\d.,]){regex.escape(q.raw.split('/')[0])}[ \t]+{regex.escape(unit)}(?!\p{{L}})",
                                  text, regex.I, pos=window, endpos=named_at):
        pass  # the last one
    return written is not None and _APART.search(text, written.end(), named_at) is None


# Words between two equal counts that make them counts of two things: another year, period, quarter or month, a plan
# and its result, a place, a source.
_OTHER_TIME_WORDS = r"năm[ \t]+\d{4}|kế[ \t]+hoạch|dự[ \t]+kiến"
"""Words of another year or of a plan (`_OTHER_TIME`)."""
_APART = regex.compile(
    rf"(?<!\p{{L}})(?:{_OTHER_TIME_WORDS}|năm[ \t]+nay|giai[ \t]+đoạn|quý|tháng|kết[ \t]+quả|huyện|xã"
    r"|thị[ \t]+xã|thành[ \t]+phố|tỉnh|nguồn)(?!\p{L})",
    regex.I)


RESTATED_REACH = 600
"""Characters before a noun-first count within which the same count written the usual way makes it a
summary repeating that one."""
_NOT_NAMED_FIRST = frozenset({"điểm", "lần"})
"""Units no count named first is of: a score, a number of times."""
_STOPPED = regex.compile(r"(?<!\p{L})(?:dừng|ngừng)(?!\p{L})", regex.I)


COUNT_QUALIFIERS = frozenset({"trên", "hơn", "gần", "khoảng", "ít nhất", "tối thiểu", "không dưới", "dưới"})
"""Qualifiers that make a figure of a year's digits a count ("phát triển nghề cho trên 1900 lao
động mới"): a year has none of them before it."""


def find_targets(ctx: Context) -> list[Found]:
    """Every figure of the clean text that makes a target, as `Found` items in text order."""
    text = ctx.text
    found = []
    for q, money in find_figures(text):
        if money is None and text[q.end:q.end + 1] in _NOT_AFTER_FIGURE:
            if (named := _count_named_before(ctx, q)) is not None:
                found.append(named)  # "Năm 2023, số cơ sở được hỗ trợ là 15."
            continue
        if (q.looks_like_year and q.qualifier not in COUNT_QUALIFIERS) or _reference_before(text, q):
            continue
        if q.value_max is not None and q.value_max < q.value:
            continue  # no range falls: a year and its month ("date 2021-06 Chiều 23/6"), a code
        if text.find("có", max(0, q.first - 5), q.first) != -1 and is_criterion(text, q):
            continue  # "Theo tiêu chuẩn ..., làng đó phải có ít nhất 20% số lao động ...": a criterion, no promise
        if money is not None:
            item = _money(text, q, money)
        elif (after := AFTER_FIGURE.match(text, q.end)) is None:
            continue
        else:
            item = _percent(text, q, after) if after.start(_PERCENT) >= 0 else _count(ctx, q, after.end())
        if item is not None:
            found.append(item)
    parts = [item for m in (*parts_of_whole(text), *PART_IN_TOTAL.finditer(text))
             if (item := _part_of_whole(ctx, m)) is not None]
    return without_pools(text, sorted(found + parts) if parts else found)


# "phải có" (must have) right before a figure, its bound aside, after a word of a standard: a criterion a
# thing must meet, no promise nor result ("Theo tiêu chuẩn để công nhận một làng có nghề là làng đó phải có
# ít nhất 20% số lao động ...").
CRITERION_BEFORE = regex.compile(r"(?<!\p{L})phải[ \t]+có[ \t]+\Z", regex.I)
CRITERION_WORDS = regex.compile(
    r"(?<!\p{L})(?:tiêu[ \t]+chuẩn|tiêu[ \t]+chí|điều[ \t]+kiện|để[ \t]+được|công[ \t]+nhận|được[ \t]+hỗ[ \t]+trợ)(?!\p{L})",
    regex.I)
"""Words of a standard, before "phải có" in its sentence, that make it a criterion ("Mục tiêu ..., mỗi huyện
... phải có ít nhất 01 sản phẩm" is a goal)."""
CRITERION_REACH = 12
"""Characters before a figure (or its qualifier) read for `CRITERION_BEFORE`."""
# A goal in a sentence: "Mục tiêu đến năm 2025, các làng nghề đã được công nhận phải có ít nhất 01 sản phẩm".
_GOAL_IN_SENTENCE = regex.compile(
    r"(?<!\p{L})(?<!(?:có|đạt)[ \t])(?:mục[ \t]+tiêu|phấn[ \t]+đấu|(?<!dụng[ \t])(?:đến|tới)[ \t]+năm[ \t]+\d{4})(?!\p{L})",
    regex.I)


def is_criterion(text: str, q: Quantity) -> bool:
    """Whether the figure ``q`` after "phải có" (`CRITERION_BEFORE`) is a standard's criterion: words of a
    standard before it in its sentence (`CRITERION_WORDS`) and no goal (`_GOAL_IN_SENTENCE`)."""
    if not CRITERION_BEFORE.search(text, max(0, q.first - CRITERION_REACH), q.first):
        return False
    start = sentence_bounds(text, q.start)[0]
    clause = max(start, text.rfind(";", start, q.first) + 1)
    return CRITERION_WORDS.search(text, start, q.first) is not None and _GOAL_IN_SENTENCE.search(
        text, clause, q.first) is None


# "trên tổng số" or "trong tổng số" right before a count: the pool a part was drawn from.
POOL_BEFORE = regex.compile(r"(?r)(?<!\p{L})(?:trên|trong)[ \t]+tổng[ \t]+số[ \t]*\Z", regex.I)


def without_pools(text: str, found: list[Found]) -> list[Found]:
    """``found`` without the counts after `POOL_BEFORE` that an earlier count of their unit, no
    larger, in their sentence was drawn from: "trao giải cho 200 sản phẩm đạt giải ... trên tổng
    số 364 sản phẩm, bộ sản phẩm đăng ký tham gia bình chọn" counts the 200, as "40 trong tổng số
    96 sản phẩm" counts the 40 (the entries are no result, and the part is in them)."""
    if "tổng số" not in text:
        return found
    kept: list[Found] = []
    for item in found:
        if not (item.kind == "count" and POOL_BEFORE.search(text, max(0, item.start - 20), item.start)
                and _drawn_from(text, item, kept)):
            kept.append(item)
    return kept


def _drawn_from(text: str, pool: Found, earlier: list[Found]) -> bool:
    """Whether a count of the last `POOL_LOOKBACK` of ``earlier``, in ``pool``'s sentence, has
    its unit and is no larger."""
    start = sentence_bounds(text, pool.start)[0]
    unit = unit_key(pool.unit)
    return any(item.start >= start and item.kind == "count" and unit_key(item.unit) == unit and item.value <= pool.value
               for item in earlier[-POOL_LOOKBACK:])


POOL_LOOKBACK = 8
"""Targets before a pool looked at for the count drawn from it."""


# A part of a whole counted before a unit: "Qua đánh giá, 52/67 sản phẩm đạt tiêu chuẩn", "phê
# duyệt cho tỉnh 01/02 đề án" (`PART_OF_WHOLE`, found from the slash: `parts_of_whole`, which
# budget reads too); "đã có 40 trong tổng số 96 sản phẩm tham gia bình chọn được công nhận"
# (`PART_IN_TOTAL`, found from "trong"; the whole is a count too).
PART_IN_TOTAL = regex.compile(
    r"trong[ \t]+(?<=(?<![\p{L}\p{N}/.,\-–])(?P<part>\d{1,3}(?:\.\d{3})*)[ \t]+trong[ \t]+)"
    r"(?:tổng[ \t]+)?số[ \t]+(?P<whole>\d{1,3}(?:\.\d{3})*)(?![\p{N}/]|[.,\-–]\p{N})")


_SCALE_BEFORE = regex.compile(r"(?<!\p{L})tỷ[ \t]+lệ[ \t]*:?[ \t]*$", regex.I)


def _part_of_whole(ctx: Context, m: regex.Match) -> Found | None:
    """The count of the part (``52`` of "52/67 sản phẩm", ``40`` of "40 trong tổng số 96 sản
    phẩm"), when a unit of data/unit_nouns.tsv follows, or opens the words before it (`_count_named_before`:
    "tổng số sản phẩm đạt yêu cầu ... là 43/43."), and the part is no larger than the whole; the text is
    the whole phrase."""
    text = ctx.text
    if _SCALE_BEFORE.search(text, max(0, m.start("part") - 12), m.start("part")):
        return None  # a drawing's scale: "quy hoạch chi tiết tỷ lệ 1/500 cụm công nghiệp"
    part, whole = parse_figure(m["part"]), parse_figure(m["whole"])
    after = AFTER_FIGURE.match(text, m.end())
    q = Quantity(part, None, m.start("part"), m.end(), text[m.start("part"):m.end()])
    if 0 < part <= whole and after is None and text[m.end():m.end() + 1] in _NOT_AFTER_FIGURE:
        return _count_named_before(ctx, q)  # "tổng số sản phẩm đạt yêu cầu ... là 43/43."
    if not 0 < part <= whole or after is None or after.start(_PERCENT) >= 0 or not known_unit(text, after.end()):
        return None
    if text.startswith(_SCORE_UNIT, after.end()) or text.endswith("điểm", after.end()):
        return None  # a score out of its scale: "đạt số điểm cao nhất, 92/100 điểm"
    return None if _reference_before(text, q) else _count(ctx, q, after.end())


_SCORE_UNIT = ("điểm.", "điểm,", "điểm;", "điểm)", "điểm\n")
"""A score's unit closing its phrase after a part and its whole (`_part_of_whole`: "92/100 điểm."), no count of points
of sale ("3/5 điểm bán hàng")."""


REFERENCE_REACH = 24
"""Characters before a figure within which the words of `NON_TARGET_BEFORE` are looked for
(the longest, "phát triển công nghiệp", and a space)."""


def _reference_before(text: str, q: Quantity) -> bool:
    """The figure is a reference, a date part or an ordinal ("Điều 4", "ngày 18 tháng 8"),
    not a total ("tổng số 50 cơ sở": `TOTAL_BEFORE`), nor the one after "trong số" that the text
    writes nowhere before (`IN_NUMBER`), or whose phrase names a year ("Trong 10 cơ sở được hỗ trợ năm 2024, ..."),
    nor a list's size ("danh mục 11 đề án":
    `REFERENCE_NOT_AFTER`, unless kinds are listed after it, `KINDS_LISTED_AFTER`); or the one of
    a rate of money (`RATE_OF_MONEY`: "500 triệu đồng/ 1 làng nghề").

    `NON_TARGET_BEFORE` is searched only where the text before the figure, spaces and
    colons aside, ends with a letter that ends one of its words."""
    if q.qualifier:
        return False
    start = max(0, q.start - REFERENCE_REACH)
    last = text[start:q.start].rstrip(_SPACES_AND_COLON)[-1:]
    if last == "/":  # "70 triệu đồng/2 cơ sở" is for two
        return q.value == 1 and q.value_max is None and RATE_OF_MONEY.search(text, start, q.start) is not None
    if last not in _REFERENCE_ENDS:
        return False
    if (within := IN_NUMBER.search(text, start, q.start)) is not None:  # "Trong số 34 sản phẩm, ...": said before?
        earlier = text.find(text[q.start:q.end] + " ", max(0, within.start() - IN_NUMBER_REACH), within.start())
        return earlier != -1 and not _of_another_year(text, q.end, sentence_bounds(text, earlier)[0], within.start())
    m = NON_TARGET_BEFORE.search(text, start, q.start)
    if m is None or TOTAL_BEFORE.search(text, start, q.start) or (":" in m[0] and not _opens_label(text, m.start())):
        return False  # (a colon after the word: a label's, "Số: 25", not a noun's end, "cho cơ sở công nghiệp nông
        # thôn: 01 đề án")
    before = REFERENCE_NOT_AFTER.get(m[0].split()[0].casefold())  # "mục" of "danh mục 11 đề án": a list of 11
    return not (before and text[max(0, m.start() - 12):m.start()].rstrip().casefold().endswith(before)
                and not KINDS_LISTED_AFTER.match(text, q.end) and q.value < FIRST_YEAR)


def _opens_label(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` opens its line or follows a list marker or a stop, as a label does ("Số: 25", "c)
    Thôn: 5"), not the end of a noun ("cho cơ sở công nghiệp nông thôn: 01 đề án")."""
    before = text[text.rfind("\n", 0, pos) + 1:pos].rstrip()
    return not before or not before[-1].isalnum()


FIRST_YEAR = 1900
"""The least figure after "năm" that is a year's number ("kế hoạch năm 2025"), not a count ("kế hoạch năm 5 đề án")."""


# A list of kinds right after a figure, opened by "gồm:" in its clause: "Danh mục 07 ngành nghề được hưởng
# chính sách khuyến công, gồm: Công nghiệp chế biến ..." (the decree's own sorting, no count).
KINDS_LISTED_AFTER = regex.compile(r"[^.;:\n]{0,80}?(?<!\p{L})gồm[ \t]*:", regex.I)


REFERENCE_NOT_AFTER: dict[str, tuple[str, ...]] = {
    word: tuple(words) for word, words in TERMS["reference_not_after"].items()}
"""Words of `NON_TARGET_BEFORE` that make no reference after these words (target_terms.toml)."""


# "trong số" right before a figure: of a count already read when the figure is written before it ("Tổ chức 35 lớp
# truyền nghề. Trong số 35 lớp truyền nghề, có 10 lớp ..."), else a total stated first ("Trong số 34 sản phẩm, bộ
# sản phẩm của 27 cơ sở sản xuất được UBND tỉnh Khánh Hòa công nhận ..., TP. Nha Trang có 12 sản phẩm ...").
IN_NUMBER = regex.compile(r"(?r)(?:(?<!\p{L})trong[ \t]+số|(?:^|(?<=[.!?][ \t])|(?<=\n))(?-i:Trong))[ \t]*\Z",
                          regex.I)
""""trong số" right before a figure, or "Trong" opening a sentence before it ("Trong 25 sản phẩm được công nhận, có 9 sản
phẩm ...")."""
IN_NUMBER_REACH = 1000
"""Characters before "trong số" within which the figure after it is looked for."""
IN_NUMBER_PHRASE_REACH = 120
"""Characters after the figure of "trong số" within which the year its phrase names is read (to its comma)."""


def _of_another_year(text: str, end: int, before_start: int, before_end: int) -> bool:
    """Whether the phrase after "trong số" and its figure (ending at ``end``, to its comma) names a year and the text
    ``[before_start, before_end)`` of the figure written before names years, none of them its: "Năm 2023 đã hỗ trợ 10
    cơ sở. Trong 10 cơ sở được hỗ trợ năm 2024, ..." is a count of its own (not "... năm 2023, ...")."""
    phrase_end = text.find(",", end, end + IN_NUMBER_PHRASE_REACH)
    named = {m[0] for m in _TIME_YEAR.finditer(text, end, end + IN_NUMBER_PHRASE_REACH if phrase_end == -1 else phrase_end)}
    if not named:
        return False
    before = {m[0] for m in _TIME_YEAR.finditer(text, before_start, before_end)}
    return bool(before) and not named & before


def _percent(text: str, q: Quantity, m: regex.Match) -> Found | None:
    """The percentage of a figure whose percent sign ``m`` matched (`AFTER_FIGURE`); None for
    a share of the money ("kinh phí từ ngân sách tỉnh ... chiếm 84,7%") or of the nation
    (`nation_share`: "chiếm hơn 21,2% dân số cả nước"; `AMOUNT_BRACKET_BEFORE`: "kinh phí khuyến công quốc
    gia chiếm hơn 3 tỷ đồng (33,3% tổng kinh phí)"), goods brand new
    ("máy móc mới 100%"), a loan's interest (`INTEREST_BEFORE`: "lãi suất 0%/năm"), a rate of costs
    (`RATE_AFTER`, `RATE_BEFORE`: "hỗ trợ 100% chi phí") or a share of support (`SUPPORT_SHARE_BEFORE`,
    `SUPPORT_SHARE_AFTER`: "hỗ trợ tối đa 30% cho mô hình")."""
    unit = _SPACES.sub("", m.group(0))
    if SHARE_BEFORE.search(text, max(0, q.start - 24), q.start) and (
            money_share(text, q.start) or nation_share(text, q.start, m.end())):
        return None
    if NEW_BEFORE.search(text, max(0, q.start - 8), q.start):  # "máy móc mới 100%"
        return None
    if AMOUNT_BRACKET_BEFORE.search(text, max(0, q.start - 16), q.start):  # "chiếm hơn 3 tỷ đồng (33,3% tổng kinh phí)"
        return None
    if INTEREST_BEFORE.search(text, max(0, q.start - 20), q.start):  # "(có thu hồi, lãi suất 0%/năm)"
        return None
    if unit == "%" and (rate := RATE_AFTER.match(text, m.end(), m.end() + _PHRASE_REACH)) and (
            rate["counterpart"] or (RATE_BEFORE.search(text, max(0, q.start - RATE_CUE_REACH), q.start)
                                    and not GROWTH_BEFORE.search(text, max(0, q.start - 16), q.start))):
        return None
    if (unit == "%" and SUPPORT_SHARE_AFTER.match(text, m.end())
            and SUPPORT_SHARE_BEFORE.search(text, max(0, q.start - 24), q.start)):
        return None
    if (unit == "%" and LINE_CLOSED_AFTER.match(text, m.end())
            and MONEY_SUPPORT_BEFORE.search(text, max(0, q.start - 60), q.start)):
        return None  # "... do nguồn vốn khuyến công hỗ trợ 50%"
    if unit == "%" and MONEY_SET_ASIDE_AFTER.match(text, m.end(), m.end() + _SET_ASIDE_REACH):
        return None  # "100% kinh phí KC địa phương năm 2013 của Hà Giang dành hỗ trợ cho các cơ sở ..."
    sentence = text[slice(*sentence_bounds(text, q.start))]
    kind = "indicator" if unit != "%" or INDICATOR_CUES.search(sentence) else "percent"
    return Found(q.start, m.end(), q.value, q.value_max, unit, kind, q.qualifier, *clause_parts(text, q.start))


# An amount of money right before a bracket opening with a percentage: the amount's share of a whole.
AMOUNT_BRACKET_BEFORE = regex.compile(r"(?r)(?<!\p{L})(?:đồng|tỷ|tỉ|triệu)[ \t]*\([ \t]*\Z", regex.I)


def nation_share(text: str, start: int, end: int) -> bool:
    """Whether the percentage from ``start`` to ``end`` is a share of the nation ("cả nước",
    "toàn quốc" shortly after it: "chiếm hơn 30% diện tích của cả nước"), a statistic, its
    sentence setting no goal (`GOAL_WORDS`: "Phấn đấu ... chiếm 5% ... cả nước")."""
    after = text[end:end + 60]
    if ("nước" not in after and "quốc" not in after) or not NATION_AFTER.match(text, end, end + 60):
        return False
    return GOAL_WORDS.search(text, *sentence_bounds(text, start)) is None


@functools.lru_cache(maxsize=1024)
def money_kind(text: str, names_indicator: bool | None = None, start: int = 0, end: int | None = None) -> str | None:
    """``indicator`` or ``money`` when a money figure of the sentence ``text[start:end]`` is a target; None for budget.

    An economic indicator ("Giá trị sản xuất công nghiệp trên 17.600 tỷ đồng"; ``names_indicator``
    when known, else whether the sentence names one) or a goal to reach ("phấn đấu ... đạt")
    without a word about spending ("ước thực hiện" included, `_money_goal`); "đạt 100% kế hoạch" is a result's
    share of a plan, no goal.
    """
    end = len(text) if end is None else end
    if INDICATOR_CUES.search(text, start, end) if names_indicator is None else names_indicator:
        return "indicator"
    return "money" if _money_goal(text, start, end) else None


PART_REACH = 300
"""Characters read on each side of an amount for the words around it (`money_kind_at`)."""


def money_share(text: str, pos: int) -> bool:
    """Whether the clause holding ``pos`` speaks of money to spend (`BUDGET_CUES`)."""
    start, end = clause_bounds(text, pos)
    return BUDGET_CUES.search(text, max(start, pos - PART_REACH), min(end, pos + PART_REACH)) is not None


def money_kind_at(text: str, start: int, end: int) -> str | None:
    """`money_kind` of the amount at ``text[start:end]``: None (budget) when the words around
    it up to a comma or semicolon speak of spending and name no indicator ("tổng kinh phí
    khoảng 34 tỷ đồng, chiếm tỷ trọng chủ đạo": the share is another clause's), else that
    of its sentence."""
    sentence_start, sentence_end = sentence_bounds(text, start)
    near_start, near_end = max(sentence_start, start - PART_REACH), min(sentence_end, end + PART_REACH)
    part_start = max(text.rfind(",", near_start, start), text.rfind(";", near_start, start), near_start - 1) + 1
    part_end = first_mark(text, ",;", end, near_end)
    part = text[part_start:part_end]
    if BUDGET_CUES.search(part) and not INDICATOR_CUES.search(part):
        return None
    return money_kind(text, names_indicator(text, sentence_start, sentence_end, end), sentence_start, sentence_end)


@document_cache()
def _money_goal(text: str, start: int, end: int) -> bool:
    """`money_kind`'s goal to reach in the sentence ``text[start:end]`` without a word about spending; read once for
    a sentence's amounts (one of thousands would read it for each)."""
    return MONEY_GOAL_CUES.search(text, start, end) is not None and BUDGET_CUES.search(text, start, end) is None


def names_indicator(text: str, start: int, end: int, figure_end: int) -> bool:
    """Whether the sentence ``text[start:end]`` names an indicator the figure ending at
    ``figure_end`` may be of: a cue before it, or after it but not right before a later
    figure ("thu hút 148 tỷ đồng vốn đối ứng và mang lại doanh thu trên 200 tỷ đồng": the
    revenue is the 200 tỷ, the 148 tỷ is counterpart money); the cues within `INDICATOR_REACH` of it."""
    cues = _indicator_cues(text, text.rfind("\n", 0, figure_end) + 1)
    if not cues:
        return False
    start, end = max(start, figure_end - INDICATOR_REACH), min(end, figure_end + INDICATOR_REACH)
    first = bisect.bisect_left(cues, (start, -1))
    return any(cue_start < figure_end or not CUE_OF_NEXT_FIGURE.match(text, cue_end, end)
               for cue_start, cue_end in cues[first:bisect.bisect_left(cues, (end, -1))] if cue_end <= end)


@document_cache()
def _indicator_cues(text: str, line_start: int) -> tuple[tuple[int, int], ...]:
    """The spans of the `INDICATOR_CUES` of the line at ``line_start``, read once for its figures (a line of
    thousands of amounts would be read for each)."""
    line_end = text.find("\n", line_start)
    return tuple(m.span() for m in INDICATOR_CUES.finditer(text, line_start, len(text) if line_end == -1 else line_end))


INDICATOR_REACH = 1000
"""Characters on each side of a figure within which `names_indicator` reads its sentence (a sentence of a whole
document's length, a flattened table or a pathological input, would make each figure read all of it)."""


# A regulation's terms: a tier of a condition closed by a colon before what it gets, and the rate of
# support for each unit ("vốn đăng ký thành lập doanh nghiệp trên 20 tỷ đồng: mức hỗ trợ 10 triệu đồng/doanh
# nghiệp").
TIER_CLOSED = regex.compile(r"[ \t]*:")
# An amount for each unit after a slash: "8 triệu đồng/sản phẩm" (not "/năm": a yearly amount); or "mỗi" and a noun
# before it: "mỗi giải trị giá 5 triệu đồng" (not "mỗi năm").
MONEY_PER_UNIT = regex.compile(r"[ \t]*/[ \t]*(?!năm(?!\p{L}))\p{L}")
MONEY_FOR_EACH = regex.compile(
    r"(?r)(?<!\p{L})mỗi[ \t]+(?!(?:năm|tháng|quý|kỳ|đợt)(?!\p{L}))\p{L}+(?:[ \t]+\p{L}+){0,3}?[ \t]*:?[ \t]*\Z", regex.I)
FOR_EACH_REACH = 40
"""Characters before an amount read for `MONEY_FOR_EACH`."""
RATE_OF_SUPPORT = regex.compile(r"(?r)(?<!\p{L})mức[ \t]+(?:hỗ[ \t]+trợ|chi)[ \t]*(?:là|:)?[ \t]*\Z", regex.I)
CUE_OF_NEXT_FIGURE = regex.compile(r"[^,;.\d\n]{0,30}?\d")
"""What follows an indicator cue that names the figure right after it, before any break."""


def _money(text: str, q: Quantity, money: Money) -> Found | None:
    """A money figure is a target only as an indicator or a money goal; else it is budget. A rule's
    rate of support ("mức hỗ trợ 10 triệu đồng/doanh nghiệp") or the tier a colon closes ("Vốn đăng
    ký thành lập doanh nghiệp từ 10 đến 20 tỷ đồng: mức hỗ trợ ...", `TIER_CLOSED`, `RATE_OF_SUPPORT`) is neither."""
    kind = money_kind_at(text, q.start, money.end)
    if kind is None or TIER_CLOSED.match(text, money.end) or RATE_OF_SUPPORT.search(text, max(0, q.start - 24), q.start):
        return None
    if kind == "money" and (MONEY_PER_UNIT.match(text, money.end)
                            or MONEY_FOR_EACH.search(text, max(0, q.start - FOR_EACH_REACH), q.start)):
        return None  # "giải A 8 triệu đồng/sản phẩm", "mỗi giải trị giá 5 triệu đồng": a prize each, no goal (an
        # indicator's "/người/tháng" is one)
    upper = q.value_max if q.value_max is not None else money.quantity.value_max  # "từ 2,5 triệu đồng đến 3,5 triệu đồng"
    value_max = upper * money.scale if upper is not None else None
    return Found(q.start, money.end, money.amount, value_max, money.written, kind, q.qualifier,
                 *clause_parts(text, q.start))


def _count(ctx: Context, q: Quantity, noun_start: int) -> Found | None:
    """The count a figure makes of the noun from ``noun_start`` on (after a `NOUN_AFTER` gap);
    of a unit of measure (`MEASURE_UNITS`: "17,5 tấn"), a measured quantity of kind ``indicator``."""
    text = ctx.text
    if ITEM_MARKER.match(text, noun_start):  # "... 12\nc) Hỗ trợ": the next item
        return None
    figure = tagged_figure(q)
    unit_span = head_noun(text, noun_start, figure)
    if unit_span is None:
        return None
    unit = single_spaced(text[slice(*unit_span)])
    if len(unit) == 1:  # a code ("Công ty ... 12B") or a word cut short ("là 95 t"): no noun
        return None
    if unit.lower() in NON_TARGET_UNITS or per_period(text, unit_span[1]):
        return None
    if unit.lower() in _TIMES_UNITS and _PERIOD_BEFORE.search(text, max(0, q.start - PERIOD_BEFORE_REACH), q.start):
        return None  # "mỗi năm 1 lần", "mỗi năm 2 đợt": a frequency
    if q.value == 1 and unit.lower() == "số":  # "1 số doanh nghiệp": "một số", some
        return None
    if unit.lower() in _PHRASE_UNITS and NON_TARGET_PHRASE.match(text, unit_span[0], unit_span[0] + _PHRASE_REACH):
        return None
    if unit.lower() in LISTED_GROUP_UNITS and GROUPS_LISTED.match(text, unit_span[0], unit_span[0] + GROUPS_LISTED_REACH):
        return None  # "4 nhóm sản phẩm ..., gồm: ..."
    if THRESHOLD_AFTER.match(text, unit_span[1], unit_span[1] + _PHRASE_REACH):  # "(từ 50 lao động trở lên)"
        return None
    if describes_place(text, q, unit.lower()) or in_firm_name(text, q, unit_span):
        return None
    value, value_max = q.value, q.value_max
    if q.is_decimal and unit.lower() not in MEASURE_UNITS:
        pair = split_comma_pair(q)
        ctx.warn("ambiguous_number", f"'{q.raw} {unit}': a count cannot be fractional; read as "
                 + (f"{pair[0]} to {pair[1]}" if pair else q.raw), q.start, unit_span[1])
        if pair:
            value, value_max = Decimal(pair[0]), Decimal(pair[1])
    repeated = words_after(text, q.end)
    if repeated is not None and repeated[0] != value:
        ctx.warn("amount_words_mismatch", f"'{q.raw}' is written in words as {repeated[0]}", q.start, repeated[2])
    clause, own_start = clause_parts(text, q.start)
    measured = unit.lower() in MEASURE_UNITS or of_production_output(text, clause[0], q.start)
    kind = "indicator" if measured else "count"  # "17,5 tấn", "750.000 cái bánh" produced: no count
    found = Found(q.start, unit_span[1], value, value_max, unit, kind, q.qualifier, clause, own_start)
    per = per_unit_noun(text, q, unit, unit_span[1])
    return found._replace(per_unit=per) if per else found


# A period right before a figure: "mỗi năm", "hằng quý" ("Tổ chức bình chọn sản phẩm mỗi năm 1 lần").
_PERIOD_BEFORE = regex.compile(r"(?r)(?<!\p{L})(?:mỗi|hằng|hàng)[ \t]+(?:năm|quý|tháng|tuần)[ \t]+\Z", regex.I)
PERIOD_BEFORE_REACH = 16
"""Characters before a figure read for `_PERIOD_BEFORE`."""
_TIMES_UNITS = frozenset({"lần", "đợt", "kỳ"})
"""Units that count times: after a period (`_PERIOD_BEFORE`) a frequency, no target."""


# The last figure of a quantity as written: a range's upper bound ("từ 2 đến 3", "2-3": pyvi
# reads "từ", "đến" and the dash as words of their own before the noun).
_LAST_FIGURE = regex.compile(r"(?r)\d[\d.,]*")


def tagged_figure(q: Quantity) -> str:
    """The figure of ``q`` pyvi is given before its noun: a range's last figure, a figure
    with a scale word its digits ("1 nghìn": pyvi reads "1"), else the figure as written."""
    if q.value_max is not None:
        return _LAST_FIGURE.search(q.raw)[0]
    return q.raw if q.raw[-1].isdigit() else q.raw.rsplit(None, 1)[0]


# A head of production output (`production_output_cues`), matched back from a figure.
PRODUCTION_OUTPUT = regex.compile(
    rf"(?r)(?<!\p{{L}})(?:{phrase_alternation(TERMS['production_output_cues'])})(?!\p{{L}})", regex.I)
_PRODUCTION_OUTPUT_FORMS = tuple({form for cue in TERMS["production_output_cues"]
                                  for form in (cue, cue.capitalize(), cue.upper())})
"""`PRODUCTION_OUTPUT`'s heads in the cases a text writes them (a quick test: clean text has one
space between words; their first word alone, "sản", is in most clauses)."""
# A word of support that makes a figure count whom the work reaches ("hỗ trợ 5 cơ sở").
PRODUCTION_OUTPUT_STOP = regex.compile(
    rf"(?<!\p{{L}})(?:{phrase_alternation(TERMS['production_output_stops'])})(?!\p{{L}})", regex.I)
_DIGIT = regex.compile(r"\d")


def of_production_output(text: str, chain_start: int, pos: int) -> bool:
    """Whether the count at ``pos`` lists goods produced: a head of production output
    (`PRODUCTION_OUTPUT`) stands before it in its clause chain (from ``chain_start``), with no
    word of support (`PRODUCTION_OUTPUT_STOP`) between them, nor one before the head with a
    figure after it ("hỗ trợ 5 cơ sở nâng cao sản lượng; 3 cơ sở ..." counts businesses)."""
    if not any(text.find(form, chain_start, pos) != -1 for form in _PRODUCTION_OUTPUT_FORMS):
        return False
    cue = PRODUCTION_OUTPUT.search(text, chain_start, pos)
    if cue is None or PRODUCTION_OUTPUT_STOP.search(text, cue.end(), pos):
        return False
    stop = PRODUCTION_OUTPUT_STOP.search(text, chain_start, cue.start())
    return stop is None or _DIGIT.search(text, stop.end(), cue.start()) is None


# A firm's kind before a figure in its clause: the figure may be in its name.
FIRM_BEFORE = regex.compile(
    r"(?<!\p{L})(?:công[ \t]+ty|doanh[ \t]+nghiệp[ \t]+tư[ \t]+nhân|hợp[ \t]+tác[ \t]+xã|HTX|DNTN|hộ[ \t]+kinh[ \t]+doanh|HKD"
    r"|cơ[ \t]+sở)(?!\p{L})"
    r"[^,;.:\n]*\Z", regex.I)
FIRM_REACH = 120
"""Characters before a figure within which `FIRM_BEFORE` is looked for."""


def in_firm_name(text: str, q: Quantity, unit_span: tuple[int, int]) -> bool:
    """Whether the figure at ``q`` is in a firm's name: its unit is a capitalised word (not
    an abbreviation: "16 HTX") and unknown (`known_unit`), after a firm's kind in its clause
    ("tại Công ty TNHH Thiết kế xây dựng và Dịch vụ thương mại 36 Khánh Vũ": an address, no
    count; a household's trading name: "Hộ kinh doanh 2 Đậu")."""
    word = text[unit_span[0]:unit_span[1]].split()[0]
    return (word[0].isupper() and not word.isupper() and known_unit(text, unit_span[0]) is None
            and FIRM_BEFORE.search(text, max(0, q.start - FIRM_REACH), q.start) is not None)


def describes_place(text: str, q: Quantity, unit: str) -> bool:
    """Whether a count of ``unit`` (lower case) at ``q`` describes a place, no work: a length
    or an area of it (`GEOGRAPHY_BEFORE`: "bờ biển trải dài trên 200 km"), or the provinces
    an event or a region is made of (`FRAME_BEFORE`: "của 15 tỉnh, thành phố"; `FRAME_LISTED_BEFORE`: "đến từ các xã,
    phường trong tỉnh và 12 tỉnh, thành phố"), or the places
    where the work is done (`PLACE_FRAME_BEFORE`: "trên địa bàn 6 huyện, thị xã"; `COMMUNE_FRAME_BEFORE`: "tại 6 xã,
    thị trấn")."""
    if unit in GEOGRAPHY_UNITS:
        return GEOGRAPHY_BEFORE.search(text, max(0, q.start - GEOGRAPHY_REACH), q.start) is not None
    if unit in FRAME_UNITS and (FRAME_BEFORE.search(text, max(0, q.start - FRAME_REACH), q.start) is not None
                                or FRAME_LISTED_BEFORE.search(text, max(0, q.start - FRAME_LISTED_REACH), q.start)):
        return True
    if unit in COMMUNE_FRAME_UNITS and COMMUNE_FRAME_BEFORE.search(text, max(0, q.start - PLACE_FRAME_REACH), q.start):
        return True  # "tại 6 xã, thị trấn"
    return unit in PLACE_FRAME_UNITS and PLACE_FRAME_BEFORE.search(
        text, max(0, q.start - PLACE_FRAME_REACH), q.start) is not None


def per_unit_noun(text: str, q: Quantity, unit: str, unit_end: int) -> str | None:
    """The noun the count of ``unit`` at ``q`` is a size of each of, as written; None for a
    total. Before the figure, "mỗi" and its noun (`PER_UNIT_BEFORE`; the longest known unit
    its words open with, else its first word: "huyện" of "mỗi huyện xây dựng ít nhất 01 mô
    hình"); after the unit, a slash and a noun of `per_unit_nouns` (`PER_UNIT_AFTER`), or "mỗi" and its noun
    (`PER_UNIT_EACH_AFTER`: "200 gian hàng mỗi hội chợ"). Each
    pattern is tried only where its first characters are near."""
    first = q.first
    window = max(0, first - PER_UNIT_REACH)
    if "mỗi" in text[window:first].lower() and (m := PER_UNIT_BEFORE.search(text, window, first)):
        words = m["noun"]
        known = _KNOWN_UNIT.match(words)
        return single_spaced(known["unit"]) if known else words.split()[0]
    if "/" in text[unit_end:unit_end + 4] and unit.lower() not in PER_UNIT_NOUNS and (
            m := PER_UNIT_AFTER.match(text, unit_end, unit_end + _PHRASE_REACH)):
        return single_spaced(m["noun"])
    if "mỗi" in text[unit_end:unit_end + 12].lower() and (
            m := PER_UNIT_EACH_AFTER.match(text, unit_end, unit_end + _PHRASE_REACH)):
        known = _KNOWN_UNIT.match(m["noun"])
        noun = single_spaced(known["unit"]) if known else m["noun"].split()[0]
        return noun if noun.lower() != unit.lower() else None  # ("30 cơ sở mỗi cơ sở ...": the next phrase's)
    return None


def per_period(text: str, pos: int) -> bool:
    """Whether a period ("/ năm", "/tháng", or after up to three words of the noun: "50 tấn
    chè xanh/năm": `FREQUENCY`) follows ``pos``. The pattern is tried only where a slash
    ends the blanks after ``pos`` or stands within `PER_PERIOD_REACH` characters after them:
    `regex` first looks for the slash through the rest of the text, once per figure of a
    long text without one."""
    after = BLANKS.match(text, pos).end()
    if text.startswith("/", after):
        return FREQUENCY.match(text, pos) is not None
    return text.find("/", after, after + PER_PERIOD_REACH) != -1 and FREQUENCY.match(text, pos) is not None


PER_PERIOD_REACH = 43
"""Characters after a unit's blanks within which `FREQUENCY` past words has its slash (three
words of ten letters at most, each after three blanks at most, and three blanks)."""


UNIT_NOUNS = unit_nouns()
# A known unit in lower case, its syllables on one line, then the next syllable of the
# passage pyvi would see (a word, or nothing when punctuation, a figure or the window's end
# follows: pyvi reads every listed unit alone before a figure, "9 năm 2018", "02 lớp 15").
_KNOWN_UNIT = regex.compile(
    "(?P<unit>" + phrase_alternation(UNIT_NOUNS).replace(r"\s+", r"[^\S\n]{1,3}") + ")"
    r"(?:[^\S\n]{1,3}(?P<next>\p{L}+)(?!\w)|[^\S\n]{0,3}(?=[!-@\[-`{-~\n]|\Z))"
)
_UNIT, _NEXT = _KNOWN_UNIT.groupindex["unit"], _KNOWN_UNIT.groupindex["next"]


def head_noun(text: str, pos: int, figure: str) -> tuple[int, int] | None:
    """Offsets of the head noun starting at ``pos`` ("mô hình" in "02 mô hình trình diễn"), or None.

    A unit of data/unit_nouns.tsv is read directly (`known_unit`); any other word is left
    to pyvi (`tagged_head_noun`). A classifier (target_terms.toml ``classifier_units``) takes
    the known unit after it: "50 lượt cơ sở" counts "lượt cơ sở", not "lượt" (turns of
    people and of businesses are no one unit), "1.500 chủ cơ sở" counts "chủ cơ sở", "400 lượt chủ cơ sở" "lượt chủ cơ
    sở".
    """
    found = known_unit(text, pos) or tagged_head_noun(text, pos, figure)
    if found and text.startswith(" ", found[1]) and text[found[0]:found[1]].lower() in CLASSIFIER_UNITS:
        after = found[1] + 1
        word = text[after:after + CLASSIFIER_MAX + 1].split(" ", 1)[0]
        if word.lower() in CLASSIFIER_UNITS and text.startswith(" ", after + len(word)):
            after += len(word) + 1  # a classifier of a classifier: "400 lượt chủ cơ sở"
        if counted := known_unit(text, after):
            return found[0], counted[1]
    return found


CLASSIFIER_UNITS = frozenset(TERMS["classifier_units"])
CLASSIFIER_MAX = max(map(len, CLASSIFIER_UNITS))
"""Characters of the longest classifier."""
MEASURE_UNITS = frozenset(TERMS["measure_units"])


def known_unit(text: str, pos: int) -> tuple[int, int] | None:
    """Offsets of a known unit at ``pos``, where pyvi reads it alike; None elsewhere.

    pyvi reads the unit as a noun of its own unless the next syllable makes it part of
    another word ("lớp học") or another reading: those syllables are listed with the unit.
    """
    m = _KNOWN_UNIT.match(text, pos)
    if m is None or (m[_NEXT] or "").lower() in UNIT_NOUNS[single_spaced(m[_UNIT])]:
        return None
    return m.span(_UNIT)


@functools.cache
def load_pyvi():
    """pyvi's tokenizer and tagger, imported once per process on first use (the import loads
    models, 1-4 s): only a figure followed by a unit unknown to data/unit_nouns.tsv needs it.
    A batch may call it before forking workers so that they share the models."""
    from pyvi import ViPosTagger, ViTokenizer

    return ViTokenizer, ViPosTagger


@functools.lru_cache(maxsize=4096)
def tag(passage: str) -> tuple[tuple[str, str], ...]:
    """pyvi word segmentation and POS tags of a short passage."""
    tokenizer, tagger = load_pyvi()
    words, tags = tagger.postagging(tokenizer.tokenize(passage))
    return tuple(zip(words, (str(t) for t in tags)))


_WINDOW = regex.compile(r"[^;:.,()\n]{1,60}")
_NOT_WORD = regex.compile(r"[\d.,]+")


def tagged_head_noun(text: str, pos: int, figure: str) -> tuple[int, int] | None:
    """The head noun at ``pos`` as pyvi reads it, or None.

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
    m = syllables_pattern(tuple(syllables)).match(text, pos)
    return (m.start(), m.end()) if m else None


@functools.lru_cache(maxsize=1024)
def syllables_pattern(syllables: tuple[str, ...]) -> regex.Pattern:
    """The syllables of a word as pyvi segments it, spaces or "_" between them, any case.
    Cached here: looking the pattern up in `regex`'s own cache takes ten times the match."""
    return regex.compile(SYLLABLES_GAP.join(map(regex.escape, syllables)), regex.I)


LINE_REACH = 500
"""How far a line is looked at on each side of a figure: real lines are far shorter, and the
bound keeps one huge line (a 5 MB paste) linear instead of quadratic."""
TENSE_REACH = 1500
"""How far back a figure's tense word is looked for in its line: a news paragraph of long
names may set its tense 500 characters before the amount ("... đã phối hợp ... tổ chức nghiệm
thu 3 đề án ... Trong đó, Đề án “...” ...; Đề án “...” ..., tổng kinh phí hỗ trợ 200 triệu
đồng")."""


def line_bounds(text: str, pos: int, reach: int = LINE_REACH) -> tuple[int, int]:
    """The line holding ``pos``, cut at ``reach`` characters on each side; a cut falls
    between two words (a long news paragraph is one line: an activity read from it starts
    with a whole word)."""
    low, high = max(0, pos - reach), min(len(text), pos + reach)
    start = text.rfind("\n", low, pos) + 1
    if not start and low:
        start = text.find(" ", low, pos) + 1 or low
    end = text.find("\n", pos, high)
    if end < 0:
        cut = text.rfind(" ", pos, high) if high < len(text) else -1
        end = cut if cut > pos else high
    return start, end


# The marks that place a match of `CLAUSE_BREAK` (`SENTENCE_BREAK`: the sentence ends only), each
# with where the match would start: at ";", at the space after a sentence end, at the space
# two characters before the ")" of an item ("c) "). A mark is found far faster than `regex`
# tries the whole pattern at every offset.
_CLAUSE_MARK = re.compile(r"[;.!?…)]")
_SENTENCE_MARK = re.compile(r"[.!?…]")
_BREAK_SHIFT = {";": 0, ".": 1, "!": 1, "?": 1, "…": 1, ")": -2}


@document_cache(maxsize=256)
def find_breaks(pattern: regex.Pattern, marks: re.Pattern, text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The spans of ``pattern.finditer(text, start, end)`` (``pattern`` has no empty match), the
    pattern tried only where one of ``marks`` places a match. Cached: the figures of a line
    share its sentence breaks."""
    found = {m.start() + _BREAK_SHIFT[m.group()] for m in marks.finditer(text, max(start - 1, 0), end)}
    spans = []
    pos = start
    for at in sorted(found):
        if pos <= at < end:
            m = pattern.match(text, at, end)
            if m is not None:
                spans.append(m.span())
                pos = m.end()
    return tuple(spans)


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The sentence (within one line) holding ``pos``."""
    start, end = line_bounds(text, pos)
    for at, after in find_breaks(SENTENCE_BREAK, _SENTENCE_MARK, text, start, end):
        if at < pos:
            start = after
        else:
            return start, at
    return start, end


# A second activity joined after a figure's own: "tổ chức 5 lớp đào tạo nghề và bình chọn sản phẩm ..." (not its
# words' category).
_AND_ACTIVITY = regex.compile(
    rf"[ \t]+(?:và|đồng[ \t]+thời)[ \t]+(?:{phrase_alternation(TERMS['activity_verbs'])})(?!\p{{L}})"
    r"(?![ \t]+thực[ \t]+hiện(?!\p{L}))", regex.I)
"""(not "tổ chức thực hiện", carrying out: "nâng cao năng lực quản lý và tổ chức thực hiện hoạt động khuyến công")"""


# The breakdown after a count: ", trong đó ...", ", trong số đó ..." (its parts follow).
_IN_IT = regex.compile(r"[ \t]*,?[ \t]*(?<!\p{L})trong[ \t]+(?:số[ \t]+)?đó(?!\p{L})", regex.I)


def _joined_after_figure(text: str, start: int, pos: int) -> int:
    """Where the phrase of the figure at ``pos`` starts in the phrase from ``start``: after a "và" joining it to an
    activity counted before it ("tổ chức 4 lớp đào tạo nghề và đưa 10 cơ sở tham gia hội chợ": the fairs' from "và"),
    else ``start``."""
    joined = text.rfind(" và ", start, pos)
    return joined + 1 if joined != -1 and _FIRST_FIGURE.search(text, start, joined) else start


def own_or_joined(text: str, found: Found, activity: str, figures: list[int]) -> str:
    """What a target's category is read from: the phrase between the commas around its
    figure when a verb of `ACTIVITY_VERB` opens it and it names a category (a list of
    activities in one clause: "hỗ trợ xây dựng 1 mô hình, hỗ trợ 10 cơ sở tham gia hội
    chợ"), or from its figure to the item's end (`_ITEM_BREAK`) when figures open the items of
    a list ("1 đề án thông tin tuyên truyền ..., 1 đề án tổ chức hội nghị tập huấn ..., 7 đề án
    ứng dụng máy móc ...", "...; 2 đề án quản lý ... (80 triệu đồng) và 2 đề án cung cấp thông
    tin ..."); else the phrase around its figure (between commas, or "và" before a verb)
    when another phrase of its clause holds a target's figure (a list of activities counted:
    "Trung tâm đã đào tạo nghề cho 120 lao động, hỗ trợ 4 cơ sở ứng dụng máy móc ..., tổ chức 2
    hội chợ") and it names one; else its own clause when that names one ("...; 1 - 2 cơ sở
    thí điểm áp dụng sản xuất sạch hơn" after "02 mô hình trình diễn ..."); else its
    ``activity``, the clause joined to those it continues. A purpose clause after the figure
    (`_PURPOSE`), and a second activity joined to its own (`_AND_ACTIVITY`), are left out when the words before them
    name a category. ``figures``: where every target's figure starts, in order."""
    own_start, end = found.own_start, found.activity[1]
    if text.find("đó", found.end, end) != -1 and (in_it := _IN_IT.search(text, found.end, end)) is not None:
        end = in_it.start()  # "Phấn đấu hỗ trợ 60 đề án khuyến công, trong đó ưu tiên 35 đề án ứng dụng máy móc ...":
        activity = text[min(found.activity[0], own_start):end]  # the whole names none of its parts' activities
    purpose = _PURPOSE.search(text, found.end, end) if text.find(",", found.end, end) != -1 else None
    if purpose and best_category(_matchable(text[own_start:purpose.start()])):
        end = purpose.start()  # "... tham gia các hội chợ triển lãm ..., giúp ... liên doanh, liên kết"
    own_end = text.find(",", found.end, end)  # (its own phrase: a second activity after a comma is a listed one's)
    second = _AND_ACTIVITY.search(text, found.end, end if own_end == -1 else own_end) if text.find(
        "và", found.end, end) != -1 else None
    if second and best_category(_matchable(text[own_start:second.start()])):
        end = second.start()  # "tổ chức 5 lớp đào tạo nghề và bình chọn sản phẩm ...": the classes are training
    comma = text.rfind(",", own_start, found.start)
    last = text.find(",", found.end, end)
    item_end = _ITEM_BREAK.search(text, found.end, end)
    listed = _listed_figure(text, own_start, found.start)
    item = text[found.start:item_end.start() if item_end else end]  # a figure and what it counts, up to the next
    if comma != -1 and ACTIVITY_VERB.match(text, comma + 1, found.start):
        phrase = text[_joined_after_figure(text, comma + 1, found.start):last if last != -1 else end]
        if listed and unit_key(found.unit) not in _BENEFICIARY_KINDS and best_category(_matchable(item)):
            return item  # "..., tổ chức 5 lớp đào tạo nghề cho 150 lao động và 2 hội chợ triển lãm": the fairs'
        if best_category(_matchable(phrase)):
            return phrase
    if listed or (item_end and _FIGURE_NEXT.match(text, item_end.end(), end)):
        if best_category(_matchable(item)):  # one of a list of figures and what they count
            return item
        if not listed and item_end:  # "hỗ trợ 07 cơ sở công nghiệp nông thôn và 01 lớp đào tạo nghề": not the class's
            return text[own_start:item_end.start()]
    first = bisect.bisect_left(figures, own_start)
    if first + 1 < len(figures) and figures[first + 1] < end:  # two figures in its clause at least
        hold_start, hold_end = _phrase_around(text, own_start, end, found.start, found.end)
        if _counts_outside(figures, own_start, end, hold_start, hold_end):
            holding = text[hold_start:hold_end]
            if best_category(_matchable(holding)):
                return holding
            if (text.startswith(",", hold_end) and (verb := ACTIVITY_VERB.match(text, hold_end + 1, end))
                    and (_names_two(text[hold_end + 1:end]) or (verb.group().strip().lower() != "hỗ trợ"
                                                                and unit_key(found.unit).startswith(_PROJECT_UNITS)))):
                return holding  # "dự kiến triển khai 18 đề án, tổ chức Hội chợ ... 120 gian hàng", "hỗ trợ 16 cơ sở, tổ
                # chức 4 lớp đào tạo nghề và đưa 10 cơ sở tham gia hội chợ", "triển khai 22 đề án, hỗ trợ 25 cơ sở đổi
                # mới công nghệ và 10 cơ sở chuyển đổi số": none of theirs (not "phê duyệt 2 đề án ..., hỗ trợ 2 cơ sở
                # ... dây chuyền công nghệ", what the projects do; "hỗ trợ 3 cơ sở, tổ chức 2 hội chợ ...")
    own = text[own_start:end]
    if len(own) < len(activity) and best_category(_matchable(own)):
        return own
    if found.activity[0] < own_start and _FIGURE_NEXT.match(text, own_start):
        return _list_item(text, found, own_start, figures) or activity
    return activity


_PHRASES_APART = regex.compile(r"[,;]|[ \t]+và(?!\p{L})")


def _names_two(phrases: str) -> bool:
    """Whether the phrases of ``phrases`` (apart at commas, semicolons and "và") name two categories or more."""
    return len({best_category(_matchable(phrase)) for phrase in _PHRASES_APART.split(phrases)} - {None}) >= 2


def _list_item(text: str, found: Found, own_start: int, figures: list[int]) -> str | None:
    """What the category of a count opening an item of a list of counts after a lead-in is read
    from, when its clause names none ("gồm: 09 đề án tổ chức đào tạo nghề; 6 đề án hỗ trợ các làng
    nghề ...": not the items before it): the item up to its semicolon when it names one, else the
    lead-in with it (up to its colon, "hỗ trợ 10 cơ sở ứng dụng máy móc thiết bị tiên tiến: 5 cơ sở ...; 3 cơ sở
    ...", else the list's first item, "tổ chức 3 hội chợ triển lãm ...; 150 gian hàng; 80 doanh nghiệp tham gia"),
    else, for a clause opening inside an earlier item, the item alone. None: no item after a semicolon or a
    lead-in's colon."""
    lead = text[max(found.activity[0], own_start - 3):own_start].rstrip(" \t")
    if not lead.endswith((";", ":")):
        return None
    semicolon = text.find(";", found.end, sentence_bounds(text, found.end)[1])
    item = text[own_start:semicolon if semicolon != -1 else found.activity[1]]
    if best_category(_matchable(item)):
        return item
    start = found.activity[0]
    first = figures[bisect.bisect_left(figures, start)]
    if ";" in text[start:first]:
        return item  # the clause opens inside an earlier item of the list
    colon = text.rfind(":", start, own_start)
    lead_end = colon + 1 if colon != -1 else text.find(";", first, own_start)
    return text[start:lead_end] + " " + item


# A colon after a count opening a list of the groups it spans: "27 đề án khuyến công thuộc
# các nhóm: hỗ trợ ứng dụng máy móc ...; thiết kế mẫu mã ...; ...", "21 đề án ..., thực hiện
# 05 nội dung ... bao gồm: Hỗ trợ xây dựng mô hình ...; phát triển sản phẩm ...".
_GROUPS_CUE = regex.compile(
    r"(?<!\p{L})(?:bao[ \t]+gồm|gồm|các[ \t]+nhóm|các[ \t]+nội[ \t]+dung|trong[ \t]+đó)[ \t]*:", regex.I)
# A colon right after a count's unit, another noun or two after a comma between: "Sở Công Thương
# với 8 nhiệm vụ, đề án: Đào tạo nghề ...; tập huấn ...; bình chọn ..." (the count's own list).
_OWN_LIST = regex.compile(r"(?:[ \t]*,[ \t]*\p{L}+(?:[ \t]+\p{L}+){0,2})?[ \t]*:")
GROUPS_CUE_REACH = 200
"""Characters after a count within which the colon of its list of groups is looked for."""
GROUPS_REACH = 1500
"""Characters of the list of groups read after that colon (in the count's line)."""


def spans_groups(text: str, found: Found) -> bool:
    """Whether the count ``found`` is followed by a list (`_GROUPS_CUE`, a colon right after
    its unit: `_OWN_LIST`, or the colon of a count "gồm" opens: `list_opened_before`; items cut
    at ";") whose items name two categories or more: a count over several groups has none of
    them."""
    line_end = line_bounds(text, found.end)[1]
    if text.find(":", found.end, min(line_end, found.end + GROUPS_CUE_REACH)) == -1:
        return False
    cue = _GROUPS_CUE.search(text, found.end, min(line_end, found.end + GROUPS_CUE_REACH)) or _OWN_LIST.match(
        text, found.end, line_end)
    list_start = cue.end() if cue else list_opened_before(text, found.start, found.end)
    if list_start is None:
        return False
    items = _list_after(text, list_start, line_end).split(";")
    return len({best_category(_matchable(item)) for item in items} - {None}) >= 2


# "gồm" right before a count, matched back from its figure: the count a list after a colon
# spells out ("Cụ thể, gồm 02 đề án với tổng kinh phí ... là 405 triệu đồng: Hỗ trợ ứng dụng
# máy móc ... (01 đề án nhóm); Thông tin tuyên truyền ... (01 đề án)"); "có" and a qualifier
# may stand between them ("gồm có 02 đề án ...:", "gồm khoảng 20 cơ sở ...:").
_INCLUDES_BEFORE = regex.compile(
    rf"(?r)(?<!\p{{L}})gồm(?:[ \t]+có)?(?:[ \t]+(?:{phrase_alternation(QUALIFIERS)}))?[ \t]+\Z", regex.I)
INCLUDES_REACH = 24
"""Characters before a figure within which `_INCLUDES_BEFORE` is looked for ("gồm có ước khoảng ")."""


def list_opened_before(text: str, start: int, end: int) -> int | None:
    """Where the list a count from ``start`` to ``end`` opens starts: after the first colon
    following it in its sentence (within `GROUPS_CUE_REACH`, no ";" before it) when "gồm"
    (with "có" or a qualifier after it) stands right before its figure (`_INCLUDES_BEFORE`);
    else None."""
    if _INCLUDES_BEFORE.search(text, max(0, start - INCLUDES_REACH), start) is None:
        return None
    limit = min(sentence_bounds(text, start)[1], end + GROUPS_CUE_REACH)
    colon = text.find(":", end, limit)
    return colon + 1 if colon != -1 and text.find(";", end, colon) == -1 else None


def _list_after(text: str, start: int, line_end: int) -> str:
    """The list from ``start`` to the end of its line, and of the lines after it while a line
    ends with ";" (a web copy may set each item apart by a blank line), within `GROUPS_REACH`."""
    limit = min(len(text), start + GROUPS_REACH)
    end = min(line_end, limit)
    while end < limit and text[start:end].rstrip().endswith(";"):
        following = BLANKS.match(text, end).end()  # the next line's first character
        if following >= limit:
            break
        end = max(end + 1, min(line_bounds(text, following)[1], limit))
    return text[start:end]


# A purpose clause after a target's figure, set off by a comma: "hỗ trợ kinh phí cho 3 đoàn ...
# tham gia các hội chợ triển lãm ..., giúp các đơn vị quảng bá thương hiệu, liên doanh, liên
# kết": the category is read before it when the words before it name one.
_PURPOSE = regex.compile(rf",[ \t]*(?:{phrase_alternation(TERMS['purpose_words'])})(?!\p{{L}})", regex.I)
# What parts the activities of a clause: a comma, or "và" before a verb of `ACTIVITY_VERB`
# ("đào tạo nghề cho 500 lao động và xây dựng 4 mô hình trình diễn").
_PHRASE_BREAK = regex.compile(rf",|[ \t]+và(?={ACTIVITY_VERB.pattern})")


def _phrase_around(text: str, start: int, end: int, figure_start: int, figure_end: int) -> tuple[int, int]:
    """The phrase of ``text[start:end]`` holding a figure: from the last `_PHRASE_BREAK` before
    it to the first after it."""
    before = [m.end() for m in _PHRASE_BREAK.finditer(text, start, figure_start)]
    after = _PHRASE_BREAK.search(text, figure_end, end)
    return (before[-1] if before else start), (after.start() if after else end)


def _counts_outside(figures: list[int], start: int, end: int, inner_start: int, inner_end: int) -> bool:
    """Whether a figure of ``figures`` (ascending) lies in ``[start, end)`` but outside
    ``[inner_start, inner_end)``."""
    first, last = bisect.bisect_left(figures, start), bisect.bisect_left(figures, end)
    low, high = max(start, inner_start), min(end, inner_end)  # (counted by bisection: a clause may hold thousands)
    inside = bisect.bisect_left(figures, high) - bisect.bisect_left(figures, low) if low < high else 0
    return last - first > inside


def _listed_figure(text: str, start: int, figure_start: int) -> bool:
    """Whether the figure at ``figure_start`` opens an item of a list (after `_ITEM_BREAK`,
    from ``start`` on)."""
    return _ITEM_BREAK_BEFORE.search(text, start, figure_start) is not None


# What ends an item of a list of figures and what they count: a comma, or a semicolon or "và"
# before the next figure ("... (310 triệu đồng); 2 đề án quản lý ... (80 triệu đồng) và 2 đề án
# cung cấp thông tin ..."); and the same right before a figure, matched back from it.
_ITEM_BREAK = regex.compile(r",|;(?=[ \t]*\d)|[ \t]+và(?=[ \t]+\d)")
_ITEM_BREAK_BEFORE = regex.compile(r"(?r)(?:[,;]|(?<![\p{L}])và)[ \t]*\Z")
# A figure right after an item's end: the next item of a list of figures.
_FIGURE_NEXT = regex.compile(r"[ \t]*\d")


def clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """The clause holding ``pos``, joined to the clauses before it that it continues."""
    return clause_parts(text, pos)[0]


def clause_parts(text: str, pos: int) -> tuple[tuple[int, int], int]:
    """`clause_bounds`, and where the clause holding ``pos`` itself opens."""
    opens, starts, ends = line_clauses(text, *line_bounds(text, pos))
    index = bisect.bisect_right(opens, pos) - 1
    return (starts[index], ends[index]), opens[index]


@document_cache(maxsize=256)
def line_clauses(text: str, start: int, end: int) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """The clauses of the line ``text[start:end]``, split at `CLAUSE_BREAK`: where each opens
    (ascending), where it starts once joined to the clauses before it that it continues
    (`CONTINUATION`; one opening with a figure continues only after a semicolon: after a full
    stop it is a sentence of its own, "... /2 cơ sở. 6 tháng đầu năm 2024, ..."), and where
    it ends. Cached: the figures of a line share them."""
    cuts = [(start, start), *find_breaks(CLAUSE_BREAK, _CLAUSE_MARK, text, start, end), (end, end)]
    opens = tuple(after for _, after in cuts[:-1])
    starts: list[int] = []
    for at, after in cuts[:-1]:
        continues = starts and CONTINUATION.match(text, after) and not (text[after:after + 1].isdigit()
                                                                        and text[at:at + 1] != ";")
        starts.append(starts[-1] if continues else after)
    return opens, tuple(starts), tuple(at for at, _ in cuts[1:])


def in_cell(text: str, bounds: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """``bounds`` of an activity narrowed to the cell of a row written with pipes that holds its figure (from
    ``start`` to ``end``) with other words, the row's first cell of words: "Xây dựng 02 điểm giới thiệu, bán sản phẩm
    CNNT" of "1 | Xây dựng 02 điểm ... | Trung tâm Khuyến công | 360" (not "| Đào tạo nghề | 3 lớp | 360" nor "| Đào
    tạo nghề | Đã tổ chức 3 lớp |": the row's)."""
    first, last = bounds
    if text.find("|", first, last) == -1:
        return bounds
    cell_start, cell_end = max(first, text.rfind("|", first, start) + 1), text.find("|", end, last)
    cell_end = last if cell_end == -1 else cell_end
    if not text[cell_start:start].strip() and not text[end:cell_end].strip():
        return bounds  # a cell of the figure alone ("| 3 lớp |"): its row names the activity
    if _LETTER.search(text, first, cell_start):
        return bounds  # a cell after the row's content ("| Đào tạo nghề | Đã tổ chức 3 lớp |"): the row's
    return cell_start, cell_end


_LETTER = regex.compile(r"\p{L}")


def activity_text(text: str, bounds: tuple[int, int], kind: str) -> str:
    """The clause as an activity: no item marker, no "Kết quả dự kiến:" label, no final dot.

    An indicator keeps the label of its sentence ("Cơ cấu kinh tế: các ngành dịch vụ 39%").
    """
    start, end = bounds
    start = ACTIVITY_LEAD.match(text, start, end).end()
    activity = text[start:end]
    if kind == "indicator":
        s_start, _ = sentence_bounds(text, start)
        label = SENTENCE_LABEL.match(text, s_start, end)
        if label and label.end() <= start:
            activity = text[s_start:label.end()] + activity
    return single_spaced(activity).strip(" .;,")


def heading_chain(section, sections: dict) -> list[str]:
    """Headings of ``section`` and its ancestors (``sections`` by id), deepest first."""
    return [node.heading for node in section_chain(section, sections) if node.heading]


def section_chain(section, sections: dict) -> Iterator:
    """``section`` and its ancestors (``sections`` by id), deepest first."""
    while section is not None:
        yield section
        section = sections.get(section.parent_id) if section.parent_id else None


def fold(text: str) -> str:
    """The form keywords match on: `tones.fold` (NFC, one tone placement, lower case),
    punctuation and runs of spaces as one space.

    A printable text has no space but " " (`single_spaced`): its words are split out by
    str methods, faster than the substitution."""
    folded = tones.fold(text)
    if not folded.isprintable():
        return _PUNCTUATION_RUN.sub(" ", folded).strip()
    for mark in _PUNCTUATION:
        folded = folded.replace(mark, " ")
    return " ".join(folded.split())


_PUNCTUATION = ",;:()-–.!?…"
"""Marks that part words as a space does: a clause's final full stop included ("2 cơ sở xây
dựng nhãn hiệu." names "nhãn hiệu")."""


# Runs of punctuation and spaces: `regex`'s ``[\s,;:()\-–]+``.
_PUNCTUATION_RUN = re.compile(rf"[{REGEX_SPACES}{regex.escape(_PUNCTUATION)}]+")
_NONZERO_DIGIT = re.compile(r"[1-9]")


def _cutoff(keyword: str) -> int:
    """Fuzzy score a keyword needs: a long phrase tolerates a repeated or dropped word
    ("nông thôn thôn tiêu biểu" scores 87.5); a short one must be nearly exact."""
    return 86 if len(keyword) >= 20 else 92


@dataclass(frozen=True, slots=True)
class Keyword:
    """A category keyword, folded, with the fuzzy score it needs (None: exact match only)."""

    category: str
    folded: str
    cutoff: int | None
    needed: tuple[int, ...] = ()
    """`common_needed` for each length of the shorter string, up to the keyword's."""

    def occurs_in(self, matchable: str) -> bool:
        """Whether the keyword occurs as whole words in a `_matchable` text."""
        return f" {self.folded} " in matchable

    def resembles(self, matchable: str) -> bool:
        """Whether a long keyword matches a `_matchable` text fuzzily.

        `fuzz.partial_ratio` runs only where the keyword and the text have the longest
        common subsequence it needs (`common_needed`), a test several times cheaper.
        """
        if self.cutoff is None or len(matchable) < len(self.folded):
            return False  # (a text shorter than the keyword holds no copy of it: "35 doanh nghiệp" is no "khởi sự doanh
        needed = self.needed[min(len(self.folded), len(matchable))]  # nghiệp")
        return (LCSseq.similarity(self.folded, matchable, score_cutoff=needed) >= needed
                and fuzz.partial_ratio(self.folded, matchable, score_cutoff=self.cutoff) > 0)


def common_needed(cutoff: int, shorter: int) -> int:
    """The longest common subsequence two strings have when `fuzz.partial_ratio` scores them
    ``cutoff`` or more, ``shorter`` being the length of the shorter one.

    partial_ratio is the best `fuzz.ratio`, ``200 * lcs / (shorter + l)``, of the shorter
    string against a substring of length ``l <= shorter`` of the other; as ``lcs <= l``,
    a score of ``cutoff`` needs ``lcs * (200 - cutoff) >= cutoff * shorter``, and the
    subsequence common to the whole strings is at least that long.
    """
    return -(-cutoff * shorter // (200 - cutoff))


def make_keyword(category: str, folded: str) -> Keyword:
    """The `Keyword` of a folded keyword: fuzzy from 12 characters on."""
    if len(folded) < 12:
        return Keyword(category, folded, None)
    cutoff = _cutoff(folded)
    return Keyword(category, folded, cutoff, tuple(common_needed(cutoff, n) for n in range(len(folded) + 1)))


KEYWORDS = tuple(make_keyword(cid, folded) for cid, keywords in CATEGORIES.items() for folded in map(fold, keywords))
UNIT_KEYWORDS: dict[str, tuple[regex.Pattern, frozenset[str], regex.Pattern | None]] = {
    cid: (regex.compile(rf"(?<!\p{{L}})(?:{'|'.join(regex.escape(fold(k)) for k in spec['unit_keywords'])})(?!\p{{L}})"),
          frozenset(spec["keyword_units"]),
          regex.compile(rf"(?<!\p{{L}})(?:{phrase_alternation(refused)})[ \t]+\Z", regex.I)
          if (refused := spec.get("keyword_units_not_after")) else None)
    for cid, spec in _CATEGORY_SPECS.items() if "unit_keywords" in spec}
"""Per category, words naming it only for counts of its units whose words name no other, and words a count of them is
none right after (categories.toml ``unit_keywords``, ``keyword_units``, ``keyword_units_not_after``: a contest's jury,
"chấm điểm 43 sản phẩm"; not "thành viên đến từ 5 đơn vị")."""
_UNIT_KEYWORD_GUARD_REACH = 24
"""Characters before a count read for ``keyword_units_not_after``."""


def _unit_keyword_category(words: str, unit: str, before: str) -> str:
    """The category whose `UNIT_KEYWORDS` ``words`` hold, for a count of one of its units not right after its words
    refused (``before``: the text right before the count); else `other`."""
    folded, parts = fold(words), unit.split(" ")
    readings = {unit, parts[0], " ".join(parts[:-1]), " ".join(parts[1:])}  # "bộ sản phẩm": the noun after its measure
    for cid, (keywords, units, not_after) in UNIT_KEYWORDS.items():
        if not readings.isdisjoint(units) and keywords.search(folded) and not (not_after and not_after.search(before)):
            return cid
    return "other"


# Longest first, categories in file order on a tie: the first keyword a text matches names
# its most specific category.
RANKED_KEYWORDS = sorted(KEYWORDS, key=lambda k: -len(k.folded))
KEYWORDS_OF = {cid: [k for k in KEYWORDS if k.category == cid] for cid in CATEGORIES}


# An abbreviation in brackets inside a name, before its "và" ("Trung tâm Khuyến công (KC) và Tư vấn phát triển
# công nghiệp"): left out, the name is read whole.
_ABBREVIATION_IN_NAME = regex.compile(r"[ \t]*\(\p{Lu}{1,6}\)(?=[ \t]+và[ \t])")


@functools.lru_cache(maxsize=4096)
def _matchable(text: str) -> str:
    """``text`` folded between spaces, its digits as 0, agencies' names left out, words written short written out
    (`ACTIVITY_ABBREVIATIONS`): keywords
    have no digits, so neither exact nor fuzzy matches depend on which digits a figure has,
    and texts differing only in their figures share the cached results below; an agency's
    name is no activity ("Trung tâm Khuyến công và Tư vấn phát triển công nghiệp" names no
    consulting, nor does it with its abbreviation inside, "Khuyến công (KC) và Tư vấn"; "Sở Thông
    tin và Truyền thông" no communication)."""
    folded = fold(_ABBREVIATION_IN_NAME.sub("", text) if "(" in text else text)  # "Khuyến công (KC) và Tư vấn"
    folded = " ".join(folded.replace("&", " và ").split()) if "&" in folded else folded  # "Khuyến công & Tư vấn"
    folded = folded.replace("/", " / ") if "/" in folded else folded  # "hội chợ/triển lãm": two words
    matchable = _NONZERO_DIGIT.sub("0", f" {_not_activities().sub(' ', folded)} ")
    for short, words in ACTIVITY_ABBREVIATIONS.items():  # "bán sản phẩm CNNT"
        matchable = matchable.replace(f" {short} ", f" {words} ") if short in matchable else matchable
    return matchable


ACTIVITY_ABBREVIATIONS: dict[str, str] = TERMS["activity_abbreviations"]
"""Words written short in an activity and the words they stand for (target_terms.toml)."""


@functools.cache
def not_activity_names() -> frozenset[str]:
    """Every name of more than one word in the agency registry and every phrase of
    ``not_activity_phrases``, as `fold` writes them."""
    reg = agencies.registry()
    names = {fold(name) for agency in reg.agencies.values() for name in (agency.name, *agency.variants)
             if len(name.split()) > 1}
    return frozenset(names | {fold(phrase) for phrase in TERMS["not_activity_phrases"]})


@functools.cache
def _not_activities() -> regex.Pattern:
    """`not_activity_names`, longest first, between word boundaries."""
    return regex.compile(rf"(?<!\S)(?:{by_first_word(not_activity_names())})(?!\S)")


def by_first_word(phrases) -> str:
    """Alternation of ``phrases``, longest first, grouped by their first word ("sở (?:công
    thương|tài chính)", spaces escaped): where a word starts, the phrases of one first word
    alone can match, so it matches as the plain alternation does, and `regex` reads each
    first word once instead of each phrase (five times faster over a clause)."""
    groups: dict[str, list[str]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        first, space, rest = phrase.partition(" ")
        groups.setdefault(first, []).append(regex.escape(space + rest))
    return "|".join(f"{regex.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


@functools.lru_cache(maxsize=4096)
def best_category(matchable: str) -> str | None:
    """The category of the longest keyword matching a `_matchable` text, or None."""
    exact = next((i for i, k in enumerate(RANKED_KEYWORDS) if k.occurs_in(matchable)), len(RANKED_KEYWORDS))
    fuzzy = next((k for k in RANKED_KEYWORDS[:exact] if k.resembles(matchable)), None)
    if fuzzy is not None:
        return fuzzy.category
    return RANKED_KEYWORDS[exact].category if exact < len(RANKED_KEYWORDS) else None


@functools.lru_cache(maxsize=4096)
def mentions(matchable: str, category: str) -> bool:
    """Whether a keyword of ``category`` matches a `_matchable` text."""
    keywords = KEYWORDS_OF[category]
    return any(k.occurs_in(matchable) for k in keywords) or any(k.resembles(matchable) for k in keywords)


def categorise(activity: str, headings: list[str]) -> str:
    """Activity category: a heading's category among the activity's, else the most specific.

    Falls back to the nearest heading that names a category, then to ``other``.
    """
    matchable = _matchable(activity)
    nearest = None
    for heading in headings:
        cid = best_category(_matchable(heading))
        if cid is not None and mentions(matchable, cid):
            return cid
        nearest = nearest or cid
    return best_category(matchable) or nearest or "other"


# A word after a count that points back at one already stated: "kinh phí hỗ trợ 2 đề án trên
# đều từ nguồn ...", "Cả 2 đề án này đều hoàn thành", "12 cơ sở nói trên" ("trên" only before a
# clause's end or "đều", "đã", "được", "cũng": "22 sản phẩm trên đã được ..."; "2 đề án trên địa
# bàn" is "on").
POINTING_BACK = regex.compile(
    r"[ \t]+(?:này|nói[ \t]+trên|kể[ \t]+trên|trên(?=[ \t]*(?:[,.;:)]|(?:đều|đã|được|cũng)(?!\p{L})|$)))(?!\p{L})",
    regex.I)


# "cả" right before a count: all of those already stated ("..., đã nghiệm thu cả 02 đề án").
_ALL_OF_BEFORE = regex.compile(r"(?<!\p{L})cả[ \t]+\Z", regex.I)
ALL_OF_REACH = 8
"""Characters before a count read for `_ALL_OF_BEFORE`."""


# The money of what a count names, right before it: "Tổng kinh phí thực hiện 08 Đề án hơn 5,3 tỷ
# đồng" after "phê duyệt kinh phí ... thực hiện 08 đề án" costs the projects already counted, and
# so does an amount paired with it by a slash ("hỗ trợ 2 cơ sở ... với nguồn kinh phí 70 triệu
# đồng/2 cơ sở").
COST_OF_BEFORE = regex.compile(
    r"(?r)(?:(?<!\p{L})kinh[ \t]+phí(?:[ \t]+(?:thực[ \t]+hiện|hỗ[ \t]+trợ|triển[ \t]+khai|cho|của))?[ \t]+"
    r"(?:các[ \t]+)?|(?<!\p{L})đồng[ \t]*/[ \t]*)\Z",
    regex.I)
COST_OF_REACH = 600
"""Characters before a count whose money it names within which the count it repeats is looked for."""


def mark_summing_up(found: list[Found], targets: list[Target]) -> list[Target]:
    """Point a noun-first count summing up (`Found.summing_up`) at the nearest earlier count of the
    same value, unit and category (or either's `other`) within `RESTATED_REACH` it repeats, when it
    repeats nothing yet."""
    for j, target in enumerate(targets):
        if not found[j].summing_up or target.restates is not None:
            continue
        unit = unit_key(target.unit)
        i = _nearest_before(found, targets, j, found[j].start - RESTATED_REACH, lambda earlier: (
            earlier.kind == "count" and earlier.value == target.value and unit_key(earlier.unit) == unit
            and (earlier.category == target.category or "other" in (earlier.category, target.category))))
        if i is not None:
            target.restates = _first_statement(targets, i)
    return targets


# Words between a count and a part over its whole that make them of two times: another year, a plan.
_OTHER_TIME = regex.compile(rf"(?<!\p{{L}})(?:{_OTHER_TIME_WORDS})(?!\p{{L}})", regex.I)
# A part written over its whole with a slash ("14/16 đề án"): the whole is the figure after the slash.
_SLASH_WHOLE = regex.compile(r"(?P<part>\d{1,3}(?:\.\d{3})*)/(?P<whole>\d{1,3}(?:\.\d{3})*)(?!\d)")
SLASH_WHOLE_REACH = 600
"""Characters before a slashed part within which the count of its whole is looked for."""


def mark_slash_parts(text: str, found: list[Found], targets: list[Target]) -> list[Target]:
    """Point a count written over its whole ("nghiệm thu, thanh quyết toán 14/16 đề án") at
    the nearest earlier count of that whole and unit within `SLASH_WHOLE_REACH` ("đã triển
    khai thực hiện 16/16 đề án"), when it is part or restatement of nothing yet and no year or word of a plan
    stands between them (`_OTHER_TIME`: "Kế hoạch năm 2024 gồm 16 đề án. Năm 2023, ... 14/16 đề án")."""
    for j, target in enumerate(targets):
        m = _SLASH_WHOLE.match(target.text)
        if m is None or target.kind != "count" or target.part_of is not None or target.restates is not None:
            continue
        whole = parse_figure(m["whole"])
        if whole < target.value:
            continue
        unit = unit_key(target.unit)
        i = _nearest_before(found, targets, j, found[j].start - SLASH_WHOLE_REACH, lambda earlier: (
            earlier.kind == "count" and earlier.value == whole and earlier.value_max is None
            and unit_key(earlier.unit) == unit and earlier.per_unit == target.per_unit))
        if i is not None and _OTHER_TIME.search(text, found[i].end, found[j].start) is None:  # not another year's
            target.part_of = _first_statement(targets, i)
    return targets


def _first_statement(targets: list[Target], i: int) -> int:
    """The index of the target ``targets[i]`` repeats, or ``i`` when it repeats none."""
    restates = targets[i].restates
    return i if restates is None else restates


def mark_pointed_back(text: str, found: list[Found], targets: list[Target]) -> list[Target]:
    """Point a count followed by a word pointing back (`POINTING_BACK`) or after "cả" (`_ALL_OF_BEFORE`), or named as what an
    amount is the cost of (`COST_OF_BEFORE`: the earlier one within `COST_OF_REACH`), at the
    nearest earlier target of the same quantity that repeats none, when it repeats none itself."""
    latest: dict[tuple, int] = {}  # quantity -> the last target of it that repeats none
    for j, target in enumerate(targets):
        key = _quantity(target)
        points_back = target.restates is None and (POINTING_BACK.match(text, found[j].end) is not None or (
            _ALL_OF_BEFORE.search(text, max(0, found[j].start - ALL_OF_REACH), found[j].start) is not None))
        if target.restates is None and key in latest and (
                points_back or _costed_again(text, found[j], found[latest[key]])
                or _programme_named_again(text, found[j], found[latest[key]])):
            target.restates = latest[key]
        elif points_back:
            for i in _summed_back(targets, found, j):
                targets[i].part_of = j
        if target.restates is None:
            latest[key] = j
    return targets


SUMMED_BACK_REACH = 600
"""Characters before a count pointing back within which the counts it sums are read."""


def _summed_back(targets: list[Target], found: list[Found], j: int) -> list[int]:
    """The counts right before count ``j`` (which points back) that it sums: the nearest
    ones of its unit within `SUMMED_BACK_REACH`, two at least, that add up to it exactly,
    none of them a part, a repeat or a size per unit ("4 cơ sở được hỗ trợ ... giúp 3 cơ sở
    ... Đến nay, cả 7 cơ sở này đều hoạt động ổn định": 7 is the 4 and the 3)."""
    whole = targets[j]
    if whole.kind != "count" or whole.value_max is not None or whole.per_unit:
        return []
    unit, total, parts = unit_key(whole.unit), 0.0, []
    for i in range(j - 1, -1, -1):
        part = targets[i]
        if found[j].start - found[i].start > SUMMED_BACK_REACH or total >= whole.value:
            break
        if part.kind != "count" or unit_key(part.unit) != unit:
            continue
        if part.part_of is not None or part.restates is not None or part.value_max is not None or part.per_unit:
            return []
        total += part.value
        parts.append(i)
    return parts if total == whole.value and len(parts) >= 2 else []


def _costed_again(text: str, count: Found, earlier: Found) -> bool:
    """Whether ``count`` is named as what an amount costs (`COST_OF_BEFORE`) within
    `COST_OF_REACH` characters of ``earlier``, the same quantity."""
    return (count.start - earlier.end <= COST_OF_REACH
            and COST_OF_BEFORE.search(text, max(0, count.start - 40), count.start) is not None)


# A count's programme named right after it ("16 đề án khuyến công địa phương"), or in the clause of a
# count of the next sentence: "... được phê duyệt 2 đề án khuyến công quốc gia và 16 đề án khuyến công
# địa phương, tổng kinh phí ... Khuyến công địa phương thực hiện 16 đề án với số tiền hỗ trợ ...".
_PROGRAMME_AFTER = regex.compile(r"[ \t]+(?:khuyến[ \t]+công[ \t]+)?(?P<name>quốc[ \t]+gia|địa[ \t]+phương)(?!\p{L})", regex.I)
_PROGRAMME_NAME = regex.compile(r"(?<!\p{L})khuyến[ \t]+công[ \t]+(?P<name>quốc[ \t]+gia|địa[ \t]+phương)(?!\p{L})", regex.I)


def _programme_named_again(text: str, count: Found, earlier: Found) -> bool:
    """Whether ``count`` opens no year's figures and repeats ``earlier``, the same quantity in
    the sentence before in its paragraph, whose programme (`_PROGRAMME_AFTER`) its own clause
    names (`_PROGRAMME_NAME`)."""
    if "\n" in text[earlier.end:count.start] or (after := _PROGRAMME_AFTER.match(text, earlier.end)) is None:
        return False
    start = sentence_bounds(text, count.start)[0]
    if not sentence_bounds(text, earlier.start)[1] <= start < count.start or YEAR.search(text, start, count.start):
        return False
    named = [m["name"].lower() for m in _PROGRAMME_NAME.finditer(text, clause_bounds(text, count.start)[0], count.start)]
    return named[-1:] == [after["name"].lower()]


# What opens the breakdown of the count before it: "đã hỗ trợ 142 cơ sở ..., trong đó phân
# theo địa bàn các huyện: Sơn Động (20 cơ sở), ...", "65 đề án, trong đó có 11 đề án KCQG và
# 54 đề án khuyến công địa phương", "... thu hút 225 sản phẩm ...\nTrong số các sản phẩm tham
# gia bình chọn có 107 sản phẩm ...", "hỗ trợ 60 cơ sở ...; theo từng năm: năm 2026: 10 cơ sở; ...".
PARTS_CUE = regex.compile(
    r"(?<!\p{L})(?:trong[ \t]+(?:đó|số)|bao[ \t]+gồm|gồm|cụ[ \t]+thể|theo[ \t]+từng[ \t]+năm)(?!\p{L})", regex.I)
_PARTS_CUE_SYLLABLES = ("đó", "ng số", "gồm", "thể", "từng")
"""A syllable of each `PARTS_CUE` in lower case, looked for first (a quick test before the
pattern; "số" alone is in most paragraphs: "ng số", as clean text has one space between words)."""
PARTS_REACH = 400
"""Characters after a count within which its breakdown's cue is looked for (in its paragraph)."""
DETAILS_REACH = 3000
"""Characters after the cue within which the parts are (in its paragraph): a breakdown
whose items name their groups at length runs long ("Cụ thể, đó là 4 nhóm đề án KCĐP: ...
(gồm 13 chương trình, đề án ...); ... (2 chương trình, gần 162,5 triệu đồng)", 700)."""
# "Cụ thể", "Trong đó", "Trong số" or "Chia (Phân) theo" opening the paragraph after a count's also
# opens its breakdown ("... có 16 đề án khuyến công địa phương được thực hiện ...\n\nCụ thể, 7 đề án ...,
# 4 đề án ...", "... có 52 dự án khuyến công được hỗ trợ ...\n\nTrong đó, có 5 dự án ...", "... vừa công bố
# 102 sản phẩm ...\n\nChia theo nhóm sản phẩm: có 19/34 sản phẩm thủ công mỹ nghệ, ...").
NEXT_PARAGRAPH_CUE = regex.compile(
    r"\n\n[ \t]*(?:cụ[ \t]+thể|trong[ \t]+(?:đó|số)|(?:chia|phân)[ \t]+theo)(?!\p{L})", regex.I)


def mark_parts(text: str, found: list[Found], targets: list[Target]) -> list[Target]:
    """Point the counts a count is broken down into at it (`Target.part_of`): after the
    whole, a cue (`parts_cues`; for a whole that is a part itself, in its sentence, no figure between: `_cue_follows`),
    then counts of its unit that add up to it exactly, two at
    least (figures of other units, and of its unit before the cue, are passed over), in the cue's paragraph (and the
    paragraph after it, for a cue opening a paragraph of its own).
    The lists "gồm" opens before a count are read first, the last first (`mark_listed_parts`),
    so that a list nested in another's part is no part of the outer count.
    ``found`` are the targets' `Found` items (clean-text offsets)."""
    split = mark_listed_parts(text, found, targets)
    for i, whole in enumerate(targets):
        if whole.kind != "count" or whole.value_max is not None or whole.per_unit or i in split:
            continue
        for cue in parts_cues(text, found[i].start, found[i].end):
            if whole.part_of is not None and not _cue_follows(text, found, i, cue):
                continue  # a part's own breakdown only right after it: "... 1,42 tỷ đồng cho 11 cơ sở, trong đó 6 cơ sở ..."
            end = list_end(text, paragraph_end(text, cue, DETAILS_REACH))
            parts = _adding_up(whole, targets, found, i, cue, end, text)
            if not parts and end < len(text) and text.find("\n\n", found[i].end, cue) != -1:
                # a breakdown opening a paragraph of its own goes on in the next (a web copy's one sentence a paragraph),
                # not one of a time of its own or a plan ("Năm 2024, phấn đấu hỗ trợ 8 cơ sở.")
                next_end = paragraph_end(text, end + 2, DETAILS_REACH)
                first = next((f.start for f in found if end + 2 <= f.start < next_end), next_end)
                if not _another_time_or_plan(text, found[i].start, end + 2, next_end, first):
                    parts = _adding_up(whole, targets, found, i, cue, next_end, text)
            if parts and _nearer_whole(text, found, targets, i, cue):
                continue  # "Kế hoạch ... giao 8 đề án ... Trung tâm đã ... thực hiện 8 đề án, trong đó:": the second's
            if parts:
                for j in parts:
                    targets[j].part_of = i
                    _take_wholes_tense(text, found, targets, i, j)
                break
    return targets


def _cue_follows(text: str, found: list[Found], i: int, cue: int) -> bool:
    """Whether the breakdown's cue at ``cue`` follows count ``i`` in its sentence, no other figure between."""
    return sentence_bounds(text, found[i].end)[1] > cue and (i + 1 == len(found) or found[i + 1].start >= cue)


# A change right before a count: "tăng 3 lớp so với năm 2023", "tăng thêm 3 lớp" is no whole of a breakdown.
_CHANGE_BEFORE = regex.compile(r"(?r)(?<!\p{L})(?:tăng|giảm)(?:[ \t]+(?:thêm|được|đi|bớt))?[ \t]+\Z", regex.I)
CHANGE_REACH = 16
"""Characters before a count read for `_CHANGE_BEFORE`."""


def _nearer_whole(text: str, found: list[Found], targets: list[Target], i: int, cue: int) -> bool:
    """Whether a count of the unit of count ``i`` stands between it and the breakdown's cue at ``cue``, in no bracket
    (not a plan or a year compared, "đạt 100% kế hoạch (8 đề án)"), of its value or in the cue's sentence: the parts
    are that nearer count's ("Kế hoạch năm 2024 giao 5 lớp ... đã mở 3 lớp ...; trong đó 2 lớp đã bế giảng, 1 lớp
    đang học")."""
    whole, key = targets[i], unit_key(targets[i].unit)
    cue_sentence = sentence_bounds(text, cue)[0]
    return any(_plain_count(targets[k]) and unit_key(targets[k].unit) == key
               and (targets[k].value == whole.value or found[k].start >= cue_sentence
                    and _CHANGE_BEFORE.search(text, max(0, found[k].start - CHANGE_REACH), found[k].start) is None)
               and open_bracket(text, found[k].start) is None for k in range(i + 1, len(targets)) if found[k].start < cue)


def _take_wholes_tense(text: str, found: list[Found], targets: list[Target], whole: int, part: int) -> None:
    """Give the part ``part`` of the count ``whole`` its whole's `achieved` when it stands in a later sentence that holds
    no tense word nor year of its own (`_tenseless`) and no word of work undone after it (`_UNDONE_AFTER`): "... đã tổ
    chức 10 lớp. ..." / "4 lớp còn lại ..."."""
    if found[part].start >= sentence_bounds(text, found[whole].start)[1] and _tenseless(
            text, *sentence_bounds(text, found[part].start)) and not _UNDONE_AFTER.match(text, found[part].end):
        targets[part].achieved = targets[whole].achieved


# Words of work undone or not done in a part's own clause after it: "4 lớp nghề may bị hủy", "không tổ chức được", "3 đề
# án bị thu hồi" (not a negation that only describes it: "4 lớp ... không thu học phí").
_UNDONE_AFTER = regex.compile(
    r"[^,;.\n]{0,60}?(?<!\p{L})(?:(?:không|chưa)(?:[ \t]+(?:kịp|thể|được))?[ \t]+(?:tổ[ \t]+chức|thực[ \t]+hiện"
    r"|triển[ \t]+khai|hoàn[ \t]+thành|mở|đủ)|bị|hủy|dừng|thu[ \t]+hồi)(?!\p{L})", regex.I)


def _another_time_or_plan(text: str, whole: int, start: int, end: int, first: int) -> bool:
    """Whether the paragraph ``text[start:end]`` after a breakdown's has a time of its own (`_own_time_year`) other than
    the whole's (of the sentence of the whole at ``whole``), a plan of a later year (`_PLAN_NAMING_YEAR`), or a word of
    a goal or a plan (`_plan_governs`) or of more added before its first count (at ``first``): "Năm 2024, phấn đấu hỗ
    trợ 8 cơ sở.", "Có 8 cơ sở đăng ký kế hoạch (khuyến công) năm 2024.", "Tháng 12/2023 có thêm 8 cơ sở ..." after a
    report on 2023; not "6 đề án ... được thực hiện theo Kế hoạch số 12/KH-UBND", "Năm 2023 có 6 đề án ...", "...,
    tăng 2 cơ sở so với năm 2022" under a whole of 2023."""
    own = _own_time_year(text, sentence_bounds(text, whole)[0], whole)
    year = _own_time_year(text, start, end)
    if year is not None and year != own or any(
            own is None or int(plan[1]) > own for plan in _PLAN_NAMING_YEAR.finditer(text, start, end)):
        return True
    return _plan_governs(text, start, first) or _ADDED_BEFORE.search(text, start, first) is not None


_ADDED_BEFORE = regex.compile(r"(?<!\p{L})thêm(?!\p{L})", regex.I)


def mark_lone_parts(text: str, found: list[Found], targets: list[Target], changes: set[int]) -> None:
    """Point the count a `_LONE_PART_CUE` opens at the count before it (`_lone_part`), and the
    counts a count after "trong số" holds in its sentence at it (`_drawn_in_sentence`), for
    counts given no part by the rules before (their parts adding up); a whole that repeats another gives its part to
    the first statement, when that has none. ``changes`` (`mark_changes`)
    stand between a count and its part as no count of the unit ("120 sản phẩm ..., tăng 20 sản
    phẩm so với năm 2021, trong đó có 15 sản phẩm ...")."""
    if not holds_any(text, _IN_IT_FORMS):
        return  # most texts: no "trong đó" nor "trong số"
    given = {target.part_of for k, target in enumerate(targets) if k not in changes}
    units = [unit_key(target.unit) for target in targets]
    next_of_unit: list[int | None] = [None] * len(targets)  # the index of the next target of each one's unit
    latest: dict[str, int] = {}
    for i in range(len(targets) - 1, -1, -1):
        next_of_unit[i] = latest.get(units[i])
        if i not in changes:
            latest[units[i]] = i
    for i, at in _wholes_referred_to(text, found):  # "... 12 cơ sở ... trong số 12 cơ sở được hỗ trợ có 7 cơ sở ..."
        if _plain_count(targets[i]):
            for part in _drawn_in_sentence(text, found, targets, i, units, at):
                if targets[part].part_of is None:
                    targets[part].part_of = i
                    _take_wholes_tense(text, found, targets, i, part)
    for i, whole in enumerate(targets):
        first = _first_statement(targets, i)  # a repeat's part is its first statement's
        if not _plain_whole(whole) or i in given or first in given:
            continue
        if IN_NUMBER.search(text, max(0, found[i].start - REFERENCE_REACH), found[i].start):
            for part in _drawn_in_sentence(text, found, targets, i, units):
                targets[part].part_of = first
        elif (lone := _lone_part(text, found, targets, i, _next_counted(text, found, units, next_of_unit, i),
                                 units)) is not None:
            targets[lone].part_of = first
            if _tenseless_paragraph_opening(text, found[lone].start):
                targets[lone].achieved = whole.achieved  # "... đã triển khai 10 đề án." / "Trong đó, 4 đề án ..."


# Beneficiaries of other kinds joined to a count's noun: "95 doanh nghiệp, hợp tác xã và cơ sở sản xuất ...".
_JOINED_KINDS = regex.compile(
    rf"(?:(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+)(?P<kind>{_BENEFICIARY})(?!\p{{L}})){{1,4}}", regex.I)


_BENEFICIARY_KINDS = frozenset(noun for noun in _BENEFICIARY_NOUNS if noun != "htx")
"""The units (`unit_key`: "htx" is "hợp tác xã") of counts of beneficiaries."""
_JOINED_TO_KINDS = _BENEFICIARY_KINDS | {"lao động", "học viên", "người"}
"""The units of counts other kinds of beneficiaries may be joined to (`_joined_kinds`: "200 học viên, hộ gia đình,
trong đó có 40 hộ"; not "10 mô hình, cơ sở tham gia tích cực")."""


def _joined_kinds(text: str, end: int) -> frozenset[str] | None:
    """The units of beneficiaries of other kinds joined right after the noun of a count ending at ``end``
    (`_JOINED_KINDS`: "95 doanh nghiệp, hợp tác xã và cơ sở sản xuất", a count of all of them), or None."""
    joined = _JOINED_KINDS.match(text, end, end + JOINED_UNIT_REACH)
    return frozenset(unit_key(" ".join(kind.split()).lower()) for kind in joined.captures("kind")) if joined else None


def _next_counted(text: str, found: list[Found], units: list[str], next_of_unit: list[int | None],
                  i: int) -> list[int | None]:
    """``next_of_unit``, or, for a count ``i`` of beneficiaries with other kinds joined to its noun (`_joined_kinds`),
    a copy giving it the next count of its unit or of one of those kinds."""
    if units[i] not in _JOINED_TO_KINDS or (kinds := _joined_kinds(text, found[i].end)) is None:
        return next_of_unit
    following = next((k for k in range(i + 1, len(units)) if units[k] == units[i] or units[k] in kinds), None)
    return [following if k == i else nxt for k, nxt in enumerate(next_of_unit)]


def _tenseless_paragraph_opening(text: str, pos: int) -> bool:
    """Whether the sentence of the figure at ``pos`` opens its line with the cue right before the figure
    (`_LONE_PART_CUE`, or a place having it: `_PLACE_HAS`) and holds no tense word (`TENSE_AHEAD`) nor a year
    (`_TIME_YEAR`): a lone part's, which then takes its whole's tense rather than a sentence's before its whole ("Năm
    2023, ... đã thực hiện 10 đề án. Kế hoạch năm 2024 là 12 đề án." / "Trong đó, 5 đề án ...": planned, as the 12;
    not "Trong đó, năm 2024 có 4 đề án chuyển tiếp.", "Trong đó, tỉnh đề nghị hỗ trợ thêm 2 lớp ...")."""
    start, end = sentence_bounds(text, pos)
    cue = _LONE_PART_CUE.match(text, start, pos)
    return ((start == 0 or text[start - 1] == "\n") and cue is not None
            and (cue.end() == pos or _PLACE_HAS.fullmatch(text, cue.end(), pos) is not None)
            and _tenseless(text, start, end))


def _tenseless(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` holds no tense word (`TENSE_AHEAD`) nor a year (`_TIME_YEAR`): a part's
    there takes its whole's tense."""
    return TENSE_AHEAD.search(text, start, end) is None and _TIME_YEAR.search(text, start, end) is None


# A place or a body having the part, between the cue and its figure: "Trong đó, Hà Tĩnh có 6 sản phẩm ...".
_PLACE_HAS = regex.compile(r"(?:\p{L}+[ \t]+){1,3}có[ \t]+")


_IN_NUMBER_AT = regex.compile(r"trong[ \t]+(?P<so>số[ \t]+)?(?P<figure>\d[\d.,]*)[ \t]", regex.I)
"""A figure after "trong số" (or "Trong" opening a sentence), matched where the word starts."""


def _in_number_figures(text: str) -> list[regex.Match]:
    """The matches of `_IN_NUMBER_AT` of ``text`` in order: after "trong số", or "Trong" opening a sentence (found by a
    string search: a pattern tried at every offset of a document cost ~2 ms)."""
    found = {}
    for word in ("Trong ", "trong số", "TRONG SỐ"):
        for at in occurrences(text, word):
            m = _IN_NUMBER_AT.match(text, at)
            if m and (m["so"] or at == 0 or text[at - 1] == "\n" or text[at - 2:at] in (". ", "! ", "? ")):
                found[at] = m
    return [found[at] for at in sorted(found)]


def _wholes_referred_to(text: str, found: list[Found]) -> Iterator[tuple[int, int]]:
    """For each figure after "trong số" that is no target, since it writes again a count already read
    (`_reference_before`), the index of that count (the nearest target before it starting with that figure and its
    unit, within `IN_NUMBER_REACH`, of the same time when "trong số" names one) and where it is written again."""
    starts = {f.start: k for k, f in enumerate(found)}
    for m in _in_number_figures(text):
        if m.start("figure") in starts:
            continue  # a target of its own: a total stated first
        reach, end = max(0, m.start() - IN_NUMBER_REACH), m.start()
        while (earlier := text.rfind(m["figure"] + " ", reach, end)) != -1 and (
                earlier not in starts or not text.startswith(found[starts[earlier]].unit, m.end())):
            end = earlier  # "năm 2020 " holds "20 ": no target starts there; "12 hợp tác xã" is no "12 cơ sở"
        if earlier == -1:
            continue
        own = _own_time_year(text, sentence_bounds(text, m.start())[0], m.start())
        if own is None or own == _own_time_year(text, sentence_bounds(text, earlier)[0], earlier):
            yield starts[earlier], m.start("figure")  # not "Năm 2020, ... 20 sản phẩm ... Năm 2023, trong số 20 ..."


_IN_IT_FORMS = ("ng đó", "ng số", "NG ĐÓ", "NG SỐ", "Trong ")
"""Syllables of "trong đó" and "trong số" in the cases a text writes them, and "Trong " (`IN_NUMBER`) (a quick test)."""


def _drawn_in_sentence(text: str, found: list[Found], targets: list[Target], i: int, units: list[str],
                       at: int | None = None) -> list[int]:
    """The counts of the unit of count ``i`` ("Trong số 68 sản phẩm được công nhận ...", `IN_NUMBER`)
    after it in its sentence (after ``at`` in its sentence: where "trong số" writes it again), each smaller, when
    there is one ("..., Ban giám khảo đã chọn ra 20 sản phẩm đạt điểm cao nhất") or they add up to it exactly; else [].
    ``units``: each target's `unit_key`."""
    at = found[i].start if at is None else at
    end, parts = sentence_bounds(text, at)[1], []
    for j in range(i + 1, len(targets)):
        if found[j].start >= end:
            break
        if units[j] == units[i] and found[j].start > at:
            parts.append(j)
    if not parts or not all(_plain_count(targets[j]) and targets[j].value < targets[i].value for j in parts):
        return []
    return parts if len(parts) == 1 or sum(targets[j].value for j in parts) == targets[i].value else []


# "Trong đó" right after a count's sentence or inside it, then, right after the cue, one count of its
# unit alone: a part of it, though no other part is named ("... với tổng kinh phí tạm giao 630 triệu
# đồng với 7 đề án. Trong đó có 04 đề án hỗ trợ ứng dụng máy móc thiết bị ...").
# What stands between two counts of a list: up to three words of the first one's and a comma, a place named after
# "tại", "ở", "thuộc" or "của" and a comma ("5 cơ sở tại huyện Tam Nông, 7 cơ sở ..."; not a stage of a funnel, "30 cơ sở ở
# huyện Tam Nông đăng ký tham gia, 12 cơ sở được hỗ trợ"), or eight words and "và" ("6 giải ba và 8 giải khuyến khích",
# "5 giải cho sản phẩm thủ công mỹ nghệ và 7 giải"; not a clause, "20 cơ sở, Trung tâm đã hỗ trợ 22 cơ sở", "35 sản
# phẩm tham gia bình chọn, được công nhận 28 sản phẩm", "67 sản phẩm tham gia bình chọn cấp tỉnh, 52 sản phẩm đạt
# chuẩn", "72 sản phẩm tham gia, 45 sản phẩm được công nhận": a funnel's stages).
_LISTED_WORD = r"[ \t]+(?!(?:đã|được|vừa|sẽ|trung[ \t]+tâm|tham[ \t]+gia|đăng[ \t]+ký|dự[ \t]+thi)(?!\p{L}))\p{L}+"
_LISTED_PLACE = (r"[ \t]+(?:tại|ở|thuộc|của)[ \t]+(?:các[ \t]+)?(?:huyện|thị[ \t]+xã|thành[ \t]+phố|tp\.?|xã|phường"
                 r"|thị[ \t]+trấn|tỉnh)(?:[ \t]+(?-i:\p{Lu})\p{L}*){1,4}")
"""A place a listed count is of: "tại huyện Tam Nông", "ở thị xã Phú Thọ" (its name in capitals)."""
_LISTED_NEXT = regex.compile(
    rf"(?:(?:{_LISTED_WORD}){{0,3}}?[ \t]*,|(?P<place>{_LISTED_PLACE})[ \t]*,|(?:{_LISTED_WORD}){{0,8}}?[ \t]+và)[ \t]+",
    regex.I)
_LISTED_PLACE_AFTER = regex.compile(rf"{_LISTED_PLACE}(?:[ \t]*[,;.]|[ \t]+và[ \t])", regex.I)
"""The place of the last count of a list of places, then its end: a funnel's last stage names none."""
_LONE_PART_CUE = regex.compile(r"(?<!\p{L})trong[ \t]+(?:số[ \t]+)?đó[ \t]*[,:]?[ \t]*(?:có[ \t]+)?", regex.I)


def _lone_part(text: str, found: list[Found], targets: list[Target], i: int, next_of_unit: list[int | None],
               units: list[str]) -> int | None:
    """The index of the count that a `_LONE_PART_CUE` after count ``i`` opens (within
    `PARTS_REACH`; the cue in the count's sentence or opening the next one or the next paragraph; the count its first
    after the cue, "trong đó, nguồn kinh phí khuyến công quốc gia đạt gần 600 triệu đồng cho 04 đề
    án"), when it is the next count of ``i``'s unit, smaller, and no other count of that unit
    follows it in its sentence but one of the other programme ("05 đề án khuyến công quốc gia; trong
    đó có 1 đề án ..., 05 đề án khuyến công địa phương": its sibling), and ``i`` is no last of a list of counts of its
    unit; else None. ``next_of_unit``: for each target, the index of the next one
    of its unit (`unit_key`, ``units``), or None."""
    j = next_of_unit[i]
    if (j is None or found[j].start - found[i].end > PARTS_REACH or not _plain_count(targets[j])
            or targets[j].value >= targets[i].value):
        return None
    sentence, whole_sentence = sentence_bounds(text, found[j].start), sentence_bounds(text, found[i].start)
    cues = [m for m in _LONE_PART_CUE.finditer(text, max(found[i].end, sentence[0]), found[j].start)]
    if not cues or found[j - 1].start > cues[-1].start() or ";" in text[cues[-1].end():found[j].start]:
        return None  # another figure, or another clause of a list, between the cue and it
    cue = cues[-1]
    if sentence != whole_sentence and (sentence[0] != cue.start() or text[whole_sentence[1]:cue.start()].strip(" .\n")):
        return None  # the cue neither in the count's sentence nor opening the next one (or the next paragraph)
    if i and units[i - 1] == units[i] and (listed := _LISTED_NEXT.fullmatch(text, found[i - 1].end, found[i].start)) and (
            listed.group("place") is None or _LISTED_PLACE_AFTER.match(text, found[i].end)):
        return None  # the last of a list of counts of its unit ("2 giải nhất, 4 giải nhì, ... và 8 giải khuyến khích";
        # of places, each naming its own: "5 cơ sở tại huyện Tam Nông, 7 cơ sở tại huyện Thanh Sơn")
    following = next_of_unit[j]
    if following is None or found[following].start >= sentence[1]:
        return j
    programme, other = _programme_after(text, found[i].end), _programme_after(text, found[following].end)
    return j if programme and other and programme != other else None  # "5 đề án KCQG, trong đó có 1 ..., 5 đề án KCĐP"


# The programme a count's words name right after it: "đề án khuyến công quốc gia", "đề án KCĐP".
_PROGRAMME_NAMED = regex.compile(
    r"[^,;.()\n]{0,40}?(?<!\p{L})(?:(?:khuyến[ \t]+công|KC)[ \t]+(?P<programme>quốc[ \t]+gia|địa[ \t]+phương)"
    r"|KC(?P<short>QG|ĐP))(?!\p{L})", regex.I)


def programme_count(text: str, found: Found) -> bool:
    """Whether a count's own words, to its item's end, name a programme and no activity, and it is an item of a list
    or a whole some of whose parts follow ("6 đề án khuyến công quốc gia, trong đó có 2 đề án hỗ trợ ứng dụng máy móc
    ..., và 10 đề án khuyến công địa phương"): a programme's projects span activities, neither a part's nor a
    sibling's category is theirs (not "02 đề án khuyến công quốc gia ..., cụ thể: Đề án “Hỗ trợ ứng dụng máy móc ...”",
    all the projects named)."""
    if not unit_key(found.unit).startswith(_PROJECT_UNITS):
        return False  # (classes, machines, fairs are of their own activity: "3 lớp KCQG, 5 lớp KCĐP")
    m = _PROGRAMME_OF_COUNT.match(text, found.end)
    if m is None:
        return False
    item_end = _REST_OF_ITEM.match(text, m.end()).end()
    if best_category(_matchable(text[found.start:item_end])) is not None:
        return False
    return _listed_figure(text, found.own_start, found.start) or _PARTS_FOLLOW.match(text, item_end) is not None


_PROJECT_UNITS = ("đề án", "dự án", "nhiệm vụ", "chương trình", "nội dung", "hoạt động")
"""Units of a programme's projects, of any activity (`programme_count`)."""
# A count's programme right after its noun: "đề án khuyến công quốc gia", "đề án KCĐP", "đề án thuộc chương trình
# khuyến công địa phương".
_PROGRAMME_OF_COUNT = regex.compile(
    r"(?:[ \t]+\p{L}+){0,2}?[ \t]+(?:thuộc[ \t]+(?:chương[ \t]+trình[ \t]+)?)?"
    r"(?:(?:khuyến[ \t]+công|KC)[ \t]+(?:quốc[ \t]+gia|địa[ \t]+phương)|KCQG|KCĐP)(?!\p{L})", regex.I)
_REST_OF_ITEM = regex.compile(r"(?:(?![ \t]+và[ \t])(?:[^,;.(\n]|(?<=\d)[.,](?=\d))){0,200}")
"""An item's words to its end: a comma, semicolon, full stop or bracket (not the mark inside a figure, "2.800 triệu
đồng"), or "và"."""
# Some of a whole's parts after it: "..., trong đó (có) 2 đề án ...", "..., gồm 01 đề án ... và 01 đề án ...".
_PARTS_FOLLOW = regex.compile(
    r"[ \t]*[,;(]?[ \t]*(?:trong[ \t]+(?:số[ \t]+)?đó|(?:bao[ \t]+)?gồm(?=[ \t]+\d))(?!\p{L})", regex.I)


def _programme_after(text: str, end: int) -> str | None:
    """The programme (``quốc gia``, ``địa phương``, folded to its initials) the words right after a count ending at
    ``end`` name (`_PROGRAMME_NAMED`), or None."""
    m = _PROGRAMME_NAMED.match(text, end, end + 60)
    if m is None:
        return None
    return (m["short"] or "".join(word[0] for word in m["programme"].split())).upper().replace("Đ", "D")


def mark_listed_parts(text: str, found: list[Found], targets: list[Target]) -> set[int]:
    """Point the counts of the list "gồm" opens before a count (`list_opened_before`) at it,
    from the last such count to the first: in "10 đề án, gồm 02 đề án ...: ... (01 đề án); ...
    (01 đề án); 8 đề án ..." the 01s are the 02's parts, and the 02 and the 8 the 10's.
    Returns the indices of the counts given parts."""
    split = set()
    for i in range(len(targets) - 1, -1, -1):
        whole = targets[i]
        if whole.kind != "count" or whole.value_max is not None or whole.per_unit:
            continue
        opened = list_opened_before(text, found[i].start, found[i].end)
        if opened is not None and (parts := _adding_up(whole, targets, found, i, opened,
                                                       paragraph_end(text, opened, DETAILS_REACH), text)):
            for j in parts:
                targets[j].part_of = i
            split.add(i)
    return split


# A word opening a sentence that singles out a part of a count before it: "chương trình đã
# thực hiện 23 đề án, ... Riêng từ nguồn khuyến công quốc gia, 7 đề án đã được triển khai".
SINGLED_OUT_WORDS = TERMS["singled_out"] + TERMS["examples"]
"""target_terms.toml ``singled_out`` and ``examples``: both single out a part, of a count or of an amount."""
SINGLED_OUT = regex.compile(
    rf"(?:{phrase_alternation(SINGLED_OUT_WORDS)})(?!\p{{L}})(?!(?<=hoạt[ \t]động)[ \t]+khuyến[ \t]+công)", regex.I)
SINGLED_OUT_REACH = 8
"""Targets (amounts) looked back at for the count (the whole) a singled-out one is a part of."""
_SINGLED_OUT_FORMS = fewest_needles(form for word in SINGLED_OUT_WORDS for form in (word, word.capitalize(), word.upper()))
"""The `SINGLED_OUT` words in the cases a text writes them (a quick test before the targets' loop),
but those holding another ("Tính riêng" holds "riêng")."""


def mark_bracketed_parts(text: str, found: list[Found], targets: list[Target]) -> None:
    """Point the counts a bracket lists, two or more, at the nearest count before the bracket
    in its line that they add up to exactly: "19 đề án, nhiệm vụ khuyến công (05 đề án khuyến
    công quốc gia và 14 khuyến công địa phương)", "8 lớp dạy nghề cho 280 lao động nông thôn (4
    lớp dạy nghề phi nông nghiệp, 4 lớp dạy nghề nông)" (not the 280); and those of a bracket opening with the day
    they run to (`so_far_at`: "11 đề án ... (đến nay: đã nghiệm thu 04 đề án, ...)") at the nearest larger count of their
    unit before it in its line, shares so far. Only counts that are parts of nothing yet; a whole that repeats another
    gives its parts to the first statement. ``found`` are the targets' `Found` items."""
    if "(" not in text:
        return
    listed: dict[int, list[int]] = {}  # bracket's offset -> the counts inside it
    for j, target in enumerate(targets):
        if _plain_count(target) and (bracket := open_bracket(text, found[j].start)) is not None:
            listed.setdefault(bracket, []).append(j)
    for bracket, parts in listed.items():
        if so_far_at(text, bracket + 1):  # "(đến nay: đã nghiệm thu 04 đề án, ...)": a share so far of the count before
            line_start = text.rfind("\n", 0, bracket) + 1
            for j in parts:
                unit = unit_key(targets[j].unit)
                whole = _nearest_before(found, targets, j, line_start, lambda before: (
                    _plain_count(before) and unit_key(before.unit) == unit and before.value > targets[j].value))
                if whole is not None and found[whole].end <= bracket:
                    targets[j].part_of = whole
            continue
        if len(parts) < 2:
            continue
        total = sum(targets[j].value for j in parts)
        for k in range(parts[0] - 1, -1, -1):
            if found[k].end > bracket or text.find("\n", found[k].end, bracket) != -1 \
                    or bracket - found[k].end > BRACKET_WHOLE_REACH:
                break
            if _plain_whole(targets[k]) and targets[k].value == total:
                for j in parts:
                    targets[j].part_of = _first_statement(targets, k)  # a repeat's parts are its first statement's
                break


BRACKET_WHOLE_REACH = 200
"""Characters between a count and the bracket listing its parts."""


def mark_shares_so_far(text: str, found: list[Found], targets: list[Target]) -> None:
    """Point each count, part of nothing, of a sentence opening with the day it runs to (`so_far_at`: "Đến nay, đã
    nghiệm thu 7 đề án ...; 1 đề án đang hoàn thiện hồ sơ ...") at the nearest larger count of its unit before that
    sentence (within `SO_FAR_WHOLE_REACH`), part of nothing itself: a share so far of it ("... đã triển khai thực hiện
    8 đề án ..."); not a stock ("Đến nay, toàn tỉnh có 12 cơ sở ...") nor more of it ("tiếp tục tổ chức 3 lớp",
    `_STOCK_OR_MORE`, in the count's own clause), nor a count up to a day of a later year than the whole's
    (`_later_day`: "Đến tháng 6/2024, ... 4 lớp"). Those of a bracket are `mark_bracketed_parts`'s."""
    openings = _so_far_openings(text)
    if not openings:
        return  # most texts: no sentence opens with the day it runs to
    for j, target in enumerate(targets):
        k = bisect.bisect_right(openings, found[j].start) - 1
        if k < 0 or found[j].start - openings[k] > SO_FAR_SENTENCE_REACH or not _plain_count(target):
            continue
        start = sentence_bounds(text, found[j].start)[0]
        if start != openings[k] or target.part_of is not None or open_bracket(text, found[j].start) is not None:
            continue
        clause = max(start, text.rfind(",", start, found[j].start) + 1, text.rfind(" và ", start, found[j].start) + 1)
        if not _STOCK_OR_MORE.search(text, max(clause, found[j].start - STOCK_REACH), found[j].start):
            unit = unit_key(target.unit)
            whole = _nearest_before(found, targets, j, start - SO_FAR_WHOLE_REACH, lambda before: (
                _plain_count(before) and before.part_of is None and unit_key(before.unit) == unit
                and before.value > target.value))
            if whole is not None and found[whole].start < start and not _later_day(text, start, found[whole].start):
                target.part_of = whole


def _so_far_openings(text: str) -> list[int]:
    """Where the sentences of ``text`` that open with the day they run to start (`so_far_at`), ascending: found from
    their word "đến" (a string search), at a line's start or after a sentence's end ("tính" before it too)."""
    found = []
    for word in _SO_FAR_FORMS:
        for at in occurrences(text, word):
            if text.startswith(("tính ", "Tính ", "TÍNH "), at - 5):
                at -= 5
            before = text[max(0, at - 2):at]
            if (at == 0 or before.endswith("\n") or before in (". ", "! ", "? ")) and so_far_at(text, at):
                found.append(at)
    return sorted(found)


def _later_day(text: str, start: int, whole: int) -> bool:
    """Whether the day the sentence at ``start`` runs to (`_SO_FAR`) names a year later than the own time of the
    sentence of the count at ``whole`` (`_own_time_year`): "Năm 2023, ... 12 lớp ... Đến tháng 6/2024, ... 4 lớp" is no
    share so far of the 12."""
    day = _SO_FAR.match(text, start)
    year = YEAR.search(text, day.start(), day.end()) if day else None
    own = _own_time_year(text, sentence_bounds(text, whole)[0], whole)
    return year is not None and own is not None and int(year[0]) > own


# A line closing a list with its total: "Tổng cộng: 09 đề án, tổng kinh phí 1.550 triệu đồng ...", "Cộng: ...".
CLOSING_TOTAL = regex.compile(r"[ \t]*(?:tổng[ \t]+cộng|cộng|tổng[ \t]+số)(?:[ \t]+[IVX]{1,4})?[ \t]*:", regex.I)
CLOSING_TOTAL_REACH = 3000
"""Characters before a closing total within which the items it sums are read."""


_CLOSING_TOTAL_FORMS = ("ổng cộng", "ỔNG CỘNG", "ộng:", "ổng số:")
"""How a closing total's words are written (a quick test of a text before `CLOSING_TOTAL`)."""


def holds_closing_total(text: str) -> bool:
    """Whether ``text`` may hold a closing total (`_CLOSING_TOTAL_FORMS`, a string search): most texts hold none."""
    return holds_any(text, _CLOSING_TOTAL_FORMS)


def closing_total_line(text: str, pos: int) -> int | None:
    """The start of the line holding ``pos`` when it opens with a closing total (`CLOSING_TOTAL`), else None."""
    line_start = text.rfind("\n", 0, pos) + 1
    return line_start if CLOSING_TOTAL.match(text, line_start, pos) else None


def mark_closing_totals(text: str, found: list[Found], targets: list[Target]) -> None:
    """Point the counts a closing total sums (`closing_total_line`: "Tổng cộng: 09 đề án, ...") at it: the counts of
    its unit before its line, part and restatement of nothing, the nearest first, that add up to it exactly, two at
    least, within `CLOSING_TOTAL_REACH` ("(06 đề án, ...)", "(02 đề án, ...)", "(01 đề án, ...)"); a total whose parts
    name two categories or more is of none (``other``); those of a total repeating an earlier count are that count's
    parts. A closing total whose items do not add up to it repeats the count of its value its list's lead-in states
    (`_closed_count`), and takes its category."""
    if not holds_closing_total(text):
        return
    for j, total in enumerate(targets):
        if not _plain_whole(total) or total.part_of is not None:
            continue
        line_start = closing_total_line(text, found[j].start)
        if line_start is None:
            continue
        unit, parts, held = unit_key(total.unit), [], 0.0
        for k in range(j - 1, -1, -1):
            if found[k].start < line_start - CLOSING_TOTAL_REACH or held >= total.value:
                break
            if (k != total.restates and _plain_count(targets[k]) and targets[k].part_of is None
                    and targets[k].restates is None and unit_key(targets[k].unit) == unit):
                parts.append(k)
                held += targets[k].value
        if len(parts) >= 2 and held == total.value:
            whole = j if total.restates is None else total.restates  # (a repeat's parts are the first statement's)
            for k in parts:
                targets[k].part_of = whole
            if len({targets[k].category for k in parts}) > 1:
                targets[whole].category = total.category = "other"
        elif total.restates is None and (first := _closed_count(text, found, targets, j, line_start)) is not None:
            total.restates, total.category = first, targets[first].category


def mark_yearly_counts(text: str, found: list[Found], targets: list[Target]) -> None:
    """Point the counts of the lines of a list by year (`YEAR_ITEM_LINE`, one line after another, blank lines
    between passed over), the first of its unit in each line, plain counts part and restatement of nothing, two lines
    at least, at the nearest count of their unit before the list within `YEARLY_WHOLE_REACH`, a plain count part of
    nothing, that they add up to exactly (a count of one line repeats none of another's: each is its year's) ("Giai đoạn 2021-2025, toàn tỉnh đã triển khai 96 đề án ..." / "2. Kết quả
    theo từng năm" / "Năm 2021: thực hiện 15 đề án, kinh phí 3,8 tỷ đồng;" / ... / "Năm 2025: thực hiện 22 đề án"); a
    part of a whole done, however linked, is done when its item says no tense of its own (`untensed_item`) and its year
    is no later than its whole's (`within_wholes_years`)."""
    if text.find("ăm 2") == -1:
        return
    for lines in _year_line_runs(text, found) + _inline_year_runs(text, found):
        first = min(found[j].start for line in lines for j in line)
        for line in lines:
            for j in line:
                if (k := targets[j].restates) is not None and found[k].start >= first:
                    targets[j].restates = None  # another year's line of the list: no repeat ("Năm 2027: ... 5 lớp")
        by_unit: dict[str, list[int]] = defaultdict(list)
        for line in lines:
            seen: set[str] = set()
            for j in line:
                unit = unit_key(targets[j].unit)
                if unit not in seen and _plain_count(targets[j]):
                    seen.add(unit)
                    by_unit[unit].append(j)
        for unit, parts in by_unit.items():
            held = sum(targets[j].value for j in parts)
            if len(parts) < 2:
                continue
            for k in range(min(parts) - 1, -1, -1):
                if found[k].start < first - YEARLY_WHOLE_REACH:
                    break
                if (_plain_count(targets[k]) and unit_key(targets[k].unit) == unit) and targets[k].value == held:
                    for j in parts:
                        targets[j].part_of = k
                    break
        for j in (j for line in lines for j in line):
            whole = targets[j].part_of
            if whole is not None and targets[whole].achieved and not targets[j].achieved and untensed_item(
                    text, found[whole].end, found[j].start, found[j].end) and within_wholes_years(
                    text, found[whole].start, found[j].start):
                targets[j].achieved = True  # its year's share of work done


def within_wholes_years(text: str, whole: int, part: int) -> bool:
    """Whether the year labelling the item of the part at ``part`` (the last year before it on its line) is no later
    than the years the sentence of the whole at ``whole`` names (`sentence_years`), or whether that sentence runs to
    now ("Giai đoạn 2021-2023, ... đã hỗ trợ 18 cơ sở" holds 2022, not 2025 of "Định hướng những năm tiếp theo:" /
    "Năm 2025: 7 cơ sở"; "Từ năm 2021 đến nay, ..." holds 2023). A sentence naming no year, or one running from a year
    with no end ("Từ năm 2022, ..."), holds the years of the list its line leads into (`_leads_into`: "Trung tâm đã hỗ
    trợ 30 cơ sở, cụ thể:" / "- Năm 2021: 10 cơ sở;" / ...; not a list after "Định hướng giai đoạn tới:", nor one a
    word of a plan after the whole introduces, "..., kế hoạch các năm tới như sau:"), up to the nearest year named
    before it (`_year_before`: the report's), if any."""
    start, end = sentence_bounds(text, whole)
    if _TO_NOW.search(text, start, end) is not None:
        return True
    label = last_match(YEAR, text, line_bounds(text, part, CLAUSE_REACH)[0], part)
    years = sentence_years(text, start, end)
    if years and _SINCE.search(text, start, end) is None:
        return label is None or int(label.group()) <= max(years)
    if not _leads_into(text, whole, part) or _GOAL_OR_PLAN.search(text, whole, end):
        return False  # (not "... đã hỗ trợ 30 cơ sở, kế hoạch các năm tới như sau:")
    bound = _year_before(text, start)
    return label is None or bound is None or int(label.group()) <= bound


def _as_of_year(text: str, pos: int) -> int | None:
    """The year of the last day ending a period (`_PERIOD_END_DAY`: a report's date, "(tính đến ngày 30/6/2024)") within
    `YEARLY_WHOLE_REACH` before ``pos``, or None."""
    ends = [year for year in YEAR.finditer(text, max(0, pos - YEARLY_WHOLE_REACH), pos)
            if _PERIOD_END_DAY.match(text, year.start())]
    return int(ends[-1].group()) if ends else None


def _year_before(text: str, pos: int) -> int | None:
    """The last year a heading, a title or a dateline names (`sentence_years`: a short line ending with no stop,
    `HEADING_WORDS` words at most; not a sentence's, "Năm 2021, tỉnh đã bố trí 2.000 triệu đồng cho khuyến công.") within
    `YEARLY_WHOLE_REACH` before ``pos``, or None."""
    line_end = pos
    while line_end > max(0, pos - YEARLY_WHOLE_REACH):
        line_start = text.rfind("\n", 0, line_end - 1) + 1 if line_end else 0
        if _heading_like(text[line_start:line_end]) and (years := sentence_years(text, line_start, line_end)):
            return max(years)
        if not line_start:
            return None
        line_end = line_start - 1
    return None


def _leads_into(text: str, whole: int, part: int) -> bool:
    """Whether the part at ``part`` stands in the sentence of the whole at ``whole``, or the whole's line ends with a
    colon and only lines of a list by year (`YEAR_ITEM_LINE`) and blank lines stand between it and the part's line."""
    whole_end = line_bounds(text, whole)[1]
    if part < whole_end:
        return part < sentence_bounds(text, whole)[1]
    if not text[:whole_end].rstrip().endswith(":"):
        return False
    part_line = line_bounds(text, part)[0]
    return all(not line.strip() or YEAR_ITEM_LINE.match(line)
               for line in text[whole_end + 1:max(whole_end + 1, part_line - 1)].split("\n"))


HEADING_WORDS = 20
"""Words of a heading, a title or a dateline at most (`_heading_like`)."""


def _heading_like(line: str, words: int = HEADING_WORDS) -> bool:
    """Whether ``line`` reads as a heading, a title or a dateline: it ends with no stop and holds ``words`` words at
    most."""
    line = line.rstrip()
    return bool(line) and line[-1] not in ".;:" and len(line.split()) <= words
_TO_NOW = regex.compile(r"(?<!\p{L})(?:đến|tới)[ \t]+(?:nay|hiện[ \t]+nay|thời[ \t]+điểm[ \t]+này)(?!\p{L})", regex.I)
"""A period running to now: "Từ năm 2021 đến nay"."""
_SINCE = regex.compile(r"(?<!\p{L})từ[ \t]+(?:năm[ \t]+)?(?:19|20)\d\d(?![\d/])(?![ \t]*(?:[-–—]|đến|tới))", regex.I)
"""A period from a year with no end named: "Từ năm 2022, ..." (not "từ năm 2022 đến năm 2023", "từ 2021-2023")."""


def untensed_item(text: str, start: int, part_start: int, part_end: int) -> bool:
    """Whether the item of a list holding a part (at ``text[part_start:part_end]``), from ``start`` or the line break or
    semicolon before it to the next one or the sentence's end (within `CLAUSE_REACH`), holds no tense word
    (`TENSE_AHEAD`), no plan (`names_plan`: "Năm 2025: kế hoạch 12 đề án") nor word of work undone after it
    (`_UNDONE_AFTER`): "đã hỗ trợ 18 cơ sở, cụ thể: năm 2021: 5 cơ sở; năm 2022: 6 cơ sở; ..."."""
    line_start, line_end = line_bounds(text, part_start, CLAUSE_REACH)
    item_start = max(start, line_start, text.rfind(";", line_start, part_start) + 1)
    ends = (text.find(";", part_end, line_end), text.find(". ", part_end, line_end))
    item_end = min((end for end in ends if end != -1), default=line_end)
    return (TENSE_AHEAD.search(text, item_start, item_end) is None and not names_plan(text, item_start, item_end)
            and not _UNDONE_AFTER.match(text, part_end))


YEARLY_WHOLE_REACH = 3000
"""Characters before a list by year within which the count (budget.py: the amount) of the period it adds up to is
looked for."""


# A line of a list by year, maybe a dash item: "Năm 2021: thực hiện 15 đề án, ...", "- Năm 2025 (ước thực hiện): ..."
# (budget.py reads amounts' lists by year with it too).
YEAR_ITEM_LINE = regex.compile(r"[ \t]*(?:[-+•][ \t]*)?" + YEAR_LABEL)


# A year's label right before a figure inside a line, after a colon, a semicolon or a comma: "Kế hoạch thực hiện theo
# từng năm: năm 2021: 5 cơ sở; năm 2022: 6 cơ sở; ...".
_INLINE_YEAR_LABEL = regex.compile(r"(?r)(?<=[:;,])[ \t\n]*[Nn]ăm[ \t\n]+(?:19|20)\d\d[ \t]*:[ \t\n]*\Z")
INLINE_YEAR_LABEL_REACH = 16
"""Characters before a figure within which `_INLINE_YEAR_LABEL` is matched."""


def _inline_year_runs(text: str, found: list[Found]) -> list[list[list[int]]]:
    """The runs of a list by year written inline, each item a year's label right before its first figure
    (`_INLINE_YEAR_LABEL`), the next item after a semicolon, two items at least, in `_year_line_runs`'s shape (each item
    the index of its first target) ("... theo từng năm: năm 2021: 5 cơ sở; năm 2022: 6 cơ sở; ... năm 2025: 7 cơ sở.")."""
    runs: list[list[list[int]]] = []
    last_end = -1
    for j, item in enumerate(found):
        if text.find("ăm", max(0, item.start - INLINE_YEAR_LABEL_REACH), item.start) == -1:
            continue
        label = _INLINE_YEAR_LABEL.search(text, max(0, item.start - INLINE_YEAR_LABEL_REACH), item.start)
        if label is None:
            continue
        between = text[last_end:label.start()]
        if last_end == -1 or not between.rstrip().endswith(";") or "\n\n" in between or between.count(";") > 1:
            runs.append([])
        runs[-1].append([j])
        last_end = item.end
    return [run for run in runs if len(run) >= 2]


def _year_line_runs(text: str, found: list[Found]) -> list[list[list[int]]]:
    """The runs of lines of a list by year (`YEAR_ITEM_LINE`), two lines at least, each line the indices of the
    targets (`found`) on it."""
    runs: list[list[list[int]]] = []
    last_line, last_end = -1, -1
    for j, item in enumerate(found):
        line_start = text.rfind("\n", 0, item.start) + 1
        if line_start == last_line:
            runs[-1][-1].append(j)
            continue
        if not YEAR_ITEM_LINE.match(text, line_start):
            continue
        if not runs or before_blanks(text, line_start) != last_end:
            runs.append([])
        runs[-1].append([j])
        last_line = line_start
        end = text.find("\n", line_start)
        last_end = len(text) if end == -1 else end
    return [run for run in runs if len(run) >= 2]


def _closed_count(text: str, found: list[Found], targets: list[Target], j: int, line_start: int) -> int | None:
    """The count a closing total ``j`` whose items' counts do not add up to it repeats: one of its unit and value, part
    and restatement of nothing, in the last sentence of the lead-in over its list (`closed_list_lead_in`: "... để thực
    hiện 05 đề án, cụ thể:" / items / "Tổng cộng: 05 đề án, 1.180 triệu đồng."); else None."""
    lead_in = closed_list_lead_in(text, line_start)
    if lead_in is None:
        return None
    total, unit = targets[j], unit_key(targets[j].unit)
    for k in range(j - 1, -1, -1):
        if found[k].start < lead_in[0]:
            break
        if (found[k].start < lead_in[1] and _plain_count(targets[k]) and targets[k].part_of is None
                and targets[k].restates is None and unit_key(targets[k].unit) == unit and targets[k].value == total.value):
            return k
    return None


def closed_list_lead_in(text: str, line_start: int) -> tuple[int, int] | None:
    """The lead-in ending with a colon over the list of marked items a closing total's line at ``line_start`` closes
    (blank lines passed over; each item ending with no colon), as (start, end): its whole line ("... 14 đề án ..., tổng
    kinh phí 2.830 triệu đồng. ... Kết quả cụ thể như sau:"), with the line above when it holds no figure ("Các đề án
    gồm:"), but its last sentence alone when that names a year of its own (a later year's plan after a report); else
    None."""
    end = before_blanks(text, line_start)
    items = 0
    while end:
        start = text.rfind("\n", 0, end) + 1
        if ITEM_MARK.match(text, start, end) is None or text[end - 1] == ":":
            if not items or text[end - 1] != ":":
                return None
            last = sentence_bounds(text, end - 1)[0]
            if _TIME_YEAR.search(text, last, end):
                return last, end  # "Năm 2024 đã ... 05 đề án. Kế hoạch năm 2025 phân bổ kinh phí như sau:": its own year's
            if not any(char.isdigit() for char in text[start:end]) and (above := before_blanks(text, start)):
                start = text.rfind("\n", 0, above) + 1  # "... 10 đề án với kinh phí 2.000 triệu đồng." / "Các đề án gồm:"
            return start, end
        items += 1
        end = before_blanks(text, start)
    return None


_STOCK_OR_MORE = regex.compile(
    r"(?<!\p{L})(?:(?:toàn[ \t]+(?:tỉnh|huyện|thành[ \t]+phố|quốc)|trên[ \t]+địa[ \t]+bàn(?:[ \t]+\p{L}+){0,4}?)"
    r"(?:[ \t]+(?:đã|hiện|cũng|đều)){0,2}[ \t]+có"
    r"|tiếp[ \t]+tục|thêm)(?!\p{L})", regex.I)
STOCK_REACH = 40
"""Characters before a count within which `_STOCK_OR_MORE` is read."""
SO_FAR_SENTENCE_REACH = 600
"""Characters after the start of a sentence of shares so far within which its counts are read."""
SO_FAR_WHOLE_REACH = 600
"""Characters before a sentence of shares so far within which the count they are shares of is looked for."""
_SO_FAR_FORMS = ("đến", "Đến", "ĐẾN")
"""The word a day that a sentence runs to is written with, in the cases a text writes it (a quick test)."""
_SO_FAR = regex.compile(
    r"[ \t]*(?:tính[ \t]+)?đến[ \t]+(?:hết[ \t]+)?(?:ngày[ \t]+\d{1,2}/\d{1,2}(?:/\d{4})?"
    r"|(?P<day>\d{1,2})/(?P<month>\d{1,2})(?:/\d{4})?"
    r"(?:(?=[ \t]+(?:huyện|xã|tỉnh|cơ[ \t]+sở|đơn[ \t]+vị|doanh[ \t]+nghiệp|đề[ \t]+án)(?!\p{L}))(?P<counted>))?"
    r"|tháng[ \t]+\d{1,2}(?:/\d{4})?"
    r"|nay|thời[ \t]+điểm[ \t]+(?:này|hiện[ \t]+tại))(?![\p{L}\d/])", regex.I)


def so_far_at(text: str, pos: int) -> bool:
    """Whether the day what follows runs to opens ``text`` at ``pos`` (a sentence or a bracket): "Đến hết ngày
    30/6/2024, ...", "Tính đến 30/9 đơn vị đã giải ngân ...", "(đến nay: ...)"; not a share before what it counts,
    its first figure no larger than its second ("Đến 15/20 huyện ...")."""
    so_far = _SO_FAR.match(text, pos, pos + SO_FAR_REACH)  # (a window: `regex` reads to its end on every call)
    return so_far is not None and (so_far.start("counted") == -1 or int(so_far["day"]) > int(so_far["month"]))


SO_FAR_REACH = 80
"""Characters from a sentence's or a bracket's start within which `_SO_FAR` is matched."""


def open_bracket(text: str, pos: int) -> int | None:
    """The offset of the bracket ``pos`` is inside, opened within `BRACKET_REACH` characters
    before it and not closed before it; None when there is none."""
    bracket = text.rfind("(", max(0, pos - BRACKET_REACH), pos)
    return bracket if bracket != -1 and text.find(")", bracket, pos) == -1 else None


BRACKET_REACH = 150
"""Characters before a count within which the bracket it stands in opens."""


# An activity's own paragraph: "Đối với hoạt động đào tạo nghề: ...", "Đối với nội dung “...” ...".
_ACTIVITY_PARAGRAPH = regex.compile(r"[ \t]*đối[ \t]+với[ \t]+(?:hoạt[ \t]+động|nội[ \t]+dung)(?!\p{L})", regex.I)


def _activity_holds(text: str, whole: Found, name_start: int) -> bool:
    """Whether the activity an `_ACTIVITY_PARAGRAPH` names from ``name_start`` (to its colon or comma) holds the words
    after a general count (``whole``, to its clause's end); for a count with none, whether the verb right before it is
    one of any work (`_ANY_WORK`) or one the name holds: "hỗ trợ 20 cơ sở." is the whole of "Đối với nội dung hỗ trợ
    máy móc thiết bị: hỗ trợ 12 cơ sở", "10 lớp tập huấn" of "Đối với hoạt động tập huấn khởi sự doanh nghiệp: ... 5 lớp", not of
    "Đối với hoạt động đào tạo nghề: ... 5 lớp", nor "khảo sát 40 cơ sở." of "Đối với hoạt động hỗ trợ máy móc ..."."""
    words = _CLAUSE_REST.match(text, whole.end, whole.end + _PHRASE_REACH).group().strip().lower()
    name = _CLAUSE_REST.match(text, name_start, name_start + _PHRASE_REACH).group().lower()
    if words:
        return words in name
    verb = _VERB_BEFORE.search(text, max(0, whole.start - _VERB_REACH), whole.start)
    return verb is not None and (verb.group(1).lower() in name or _ANY_WORK.fullmatch(verb.group(1)) is not None)


_CLAUSE_REST = regex.compile(r"[^,;:.\n]*")
# The two words right before a count (a qualifier passed over): "đã hỗ trợ 20 cơ sở", "tổ chức được 10 lớp".
_VERB_BEFORE = regex.compile(r"(\p{L}+[ \t]+\p{L}+)(?:[ \t]+(?:được|cho|khoảng|gần|hơn|trên))?[ \t]+\Z")
_VERB_REACH = 40
# Verbs of any work: a count they govern is a whole of any activity's ("tổ chức 10 lớp", "thực hiện 12 đề án").
_ANY_WORK = regex.compile(r"hỗ[ \t]+trợ|tổ[ \t]+chức|thực[ \t]+hiện|triển[ \t]+khai", regex.I)


def mark_singled_out(text: str, found: list[Found], targets: list[Target]) -> list[Target]:
    """Point a count whose sentence opens with a word singling it out (`SINGLED_OUT`) at the
    nearest larger count of its unit before it (within `SINGLED_OUT_REACH` targets, in its
    top-level section), done or planned as it is, that is a part of nothing and repeats
    nothing and is no stock (`is_stock`: an earlier count may be its whole), when it is neither and no state
    (`_STATED`: "hiện có", not "thực hiện có hiệu quả"); not a sibling singled out itself, and for an activity's
    paragraph (`_ACTIVITY_PARAGRAPH`) a count of projects or of its own category only ("10 lớp tập huấn" holds no "Đối
    với hoạt động đào tạo nghề: ... 5 lớp")."""
    if not holds_any(text, _SINGLED_OUT_FORMS):
        return targets  # most texts: no such word
    for j, part in enumerate(targets):
        sentence_start = sentence_bounds(text, found[j].start)[0] if _plain_count(part) else None
        if sentence_start is None or not SINGLED_OUT.match(text, sentence_start) or _STATED.search(
                text, sentence_start, found[j].start):
            continue
        activity = _ACTIVITY_PARAGRAPH.match(text, sentence_start)
        for i in range(j - 1, max(-1, j - SINGLED_OUT_REACH), -1):
            whole = targets[i]
            if top_section(whole.section_id) != top_section(part.section_id):
                break
            if (_plain_count(whole) and unit_key(whole.unit) == unit_key(part.unit) and whole.value > part.value
                    and (whole.achieved == part.achieved or years_compared(text, found[j].start, found[i].start))):
                if SINGLED_OUT.match(text, sentence_bounds(text, found[i].start)[0]) or activity and not (
                        unit_key(whole.unit) in _PROGRAMME_UNITS or whole.category == part.category
                        or whole.category == "other" and _activity_holds(text, found[i], activity.end())):
                    continue  # a sibling singled out, or another activity's count
                if is_stock(text, found[i].start):
                    if not _IN_THAT.search(text, sentence_bounds(text, found[i].start)[0], found[i].start):
                        continue  # a stock, "hiện có 500 cơ sở", is no whole of work done: an earlier count may be
                    break  # ... but not past a stock that is itself a part ("trong đó hiện có 25 cơ sở ...")
                if not of_other_years(text, found[j].start, found[i].start):
                    part.part_of = i
                break
    return targets


# A running total raised by the count before it: "7 sản phẩm ... được ... công nhận ..., nâng tổng số sản
# phẩm đạt bình chọn cấp quốc gia lên 24 sản phẩm" (searched from the figure back, ``(?r)``).
RAISED_TO = regex.compile(r"(?r)(?<!\p{L})nâng[ \t]+tổng(?:[ \t]+số)?(?:[ \t]+[^\s.;]+){0,12}?[ \t]+lên(?:[ \t]+\p{L}+){0,2}[ \t]+\Z",
                          regex.I)
RAISED_REACH = 120
"""Characters before a figure within which `RAISED_TO` is looked for."""


def mark_raised_totals(text: str, found: list[Found], targets: list[Target]) -> None:
    """Point a count at the running total its sentence raises with it right after ("..., nâng tổng
    số ... lên 24 sản phẩm", `RAISED_TO`): the nearest count of the same unit before it in that
    sentence, smaller, a part of nothing."""
    if "nâng tổng" not in text and "Nâng tổng" not in text:
        return  # most texts
    for j, whole in enumerate(targets):
        start = found[j].start
        if not _plain_count(whole) or not RAISED_TO.search(text, max(0, start - RAISED_REACH), start):
            continue
        unit = unit_key(whole.unit)
        i = _nearest_before(found, targets, j, sentence_bounds(text, start)[0],
                            lambda part: _plain_count(part) and unit_key(part.unit) == unit and part.value < whole.value)
        if i is not None:
            targets[i].part_of = j


# A change over an earlier time: "tăng", "giảm" before a count in its clause (a share of money between them too), or
# "nhiều (ít) hơn" right before it, and "so với" after it ("(tăng 26,1% kinh phí và 7 chương trình, đề án so với năm
# 2015)", "nhiều hơn 7 đề án so với năm 2021"), or "so với ..., tăng (giảm)" right before it ("so với năm 2021 tăng 5
# cơ sở").
CHANGE_BEFORE = regex.compile(
    r"(?r)(?<!\p{L})(?:(?<!gia[ \t])(?:tăng|giảm)(?:[ \t]+thêm)?[^.;:()\n]{0,40}|(?:nhiều|ít)[ \t]+hơn[ \t]+)\Z", regex.I)
COMPARED_AFTER = regex.compile(
    r"(?:[^.;:()\n\d]{0,40}?(?:,|(?<!\p{L})và)[ \t]+\d[\d.,]*(?!\d))?[^.;:()\n\d]{0,40}?(?<!\p{L})so[ \t]+với(?!\p{L})", regex.I)
COMPARED_REACH = 100
"""Characters after a count within which `COMPARED_AFTER` is read: two phrases and a count of another unit between
("tăng 50 gian hàng và 2 hội chợ so với năm 2022")."""
COMPARED_BEFORE = regex.compile(
    r"(?r)(?<!\p{L})so[ \t]+với[^.;:()\n\d]{0,40}?(?:\d{4}(?:[ \t]*[-–][ \t]*\d{4})?(?:[^.;:()\n\d]{0,6}"
    r"|,[^.;:()\n\d]{0,40}?))?(?<!\p{L})"
    r"(?:tăng|giảm)(?:[ \t]+thêm)?[ \t]+\Z", regex.I)
_COMPARED_OPENING = regex.compile(r"[ \t]*so[ \t]+với[^.;:()\n]{0,40}?,", regex.I)
"""A sentence opening with the earlier time it compares to: "So với năm 2021, số sản phẩm được công nhận tăng 4 sản
phẩm" (a change of the count of the sentence before)."""
# The change and the earlier time both before the count: "nhiều hơn năm 2022 là 24 sản phẩm", "tăng so với cùng kỳ năm
# trước 5 cơ sở", "ít hơn giai đoạn 2016-2020 là 3 đề án".
CHANGED_SINCE_BEFORE = regex.compile(
    r"(?r)(?<!\p{L})(?:(?:nhiều|ít)[ \t]+hơn|tăng|giảm)(?:[ \t]+so[ \t]+với)?[ \t]+(?:cùng[ \t]+kỳ[ \t]+)?"
    r"(?:năm|giai[ \t]+đoạn)(?:[ \t]+(?:trước|qua|\d{4}(?:[ \t]*[-–][ \t]*\d{4})?))?[ \t]+(?:là[ \t]+)?\Z", regex.I)


def mark_changes(text: str, found: list[Found], targets: list[Target]) -> set[int]:
    """Point a count that says by how much a count changed over an earlier time ("Năm 2016, ... 23
    chương trình, đề án khuyến công (tăng 26,1% kinh phí và 7 chương trình, đề án so với năm 2015)":
    `CHANGE_BEFORE`, `COMPARED_AFTER`; `COMPARED_BEFORE`; `CHANGED_SINCE_BEFORE`) at the nearest count of its unit before it in its sentence: a
    detail of it, no count of its own (the sum gave 30 programmes). Returns their indices."""
    changes: set[int] = set()
    if "so với" not in text and "So với" not in text and "hơn" not in text:
        return changes  # most texts
    for j, change in enumerate(targets):
        start = found[j].start
        if not _plain_count(change):
            continue
        if not (COMPARED_AFTER.match(text, found[j].end, found[j].end + COMPARED_REACH)
                and CHANGE_BEFORE.search(text, max(0, start - 48), start)
                or COMPARED_BEFORE.search(text, max(0, start - 64), start)
                or CHANGED_SINCE_BEFORE.search(text, max(0, start - 64), start)):
            continue
        unit = unit_key(change.unit)
        own_start = bound = sentence_bounds(text, start)[0]
        if _COMPARED_OPENING.match(text, own_start, start) and own_start > 0 and text[own_start - 1] != "\n":
            bound = sentence_bounds(text, own_start - 2)[0]  # the count it changes is the sentence before's
        i = _nearest_before(found, targets, j, bound,
                            lambda target: target.kind == "count" and unit_key(target.unit) == unit)
        if i is not None:
            change.part_of = i
            changes.add(j)
            if found[i].start < own_start and TENSE_AHEAD.search(text, own_start, start) is None:
                change.achieved = targets[i].achieved  # its year is the one compared to, no time of its own
    return changes


def _nearest_before(found: list[Found], targets: list[Target], j: int, bound: int,
                    fits: Callable[[Target], bool]) -> int | None:
    """The index of the nearest target before ``targets[j]`` that ``fits``, its figure at ``bound`` or after
    (its sentence's start, or a reach before ``targets[j]``'s), or None."""
    for i in range(j - 1, -1, -1):
        if found[i].start < bound:
            return None
        if fits(targets[i]):
            return i
    return None


def of_other_years(text: str, pos: int, whole: int) -> bool:
    """Whether the sentence of the figure at ``pos`` names, before it, a year outside the years
    the sentence of the figure at ``whole`` spans (from the first year it names to the last):
    "từ năm 2008 đến năm 2017, TTKC đã hoàn thành 226 đề án ... Riêng trong 7 tháng đầu năm
    2018, trung tâm đã hoàn thành 17/28 đề án" singles nothing out of the 226. False when either
    names none."""
    return years_compared(text, pos, whole) is False


def years_compared(text: str, pos: int, whole: int) -> bool | None:
    """Whether the years the sentence of the figure at ``pos`` names before it all lie within
    those the sentence of the figure at ``whole`` spans ("Giai đoạn 2016-2020, ... 17 đề án ...
    Tính riêng trong năm 2020, ... 5 đề án": a part of that period, however its tense is written);
    None when either names none."""
    own = [int(m[0]) for m in YEAR.finditer(text, sentence_bounds(text, pos)[0], pos)]
    around = [int(m[0]) for m in YEAR.finditer(text, *sentence_bounds(text, whole))]
    if not (own and around):
        return None
    return all(min(around) <= year <= max(around) for year in own)


# A state reported of what is singled out ("Riêng huyện Tuy Phước hiện có 30 cơ sở"): a stock,
# no part of a count of work.
def is_stock(text: str, pos: int) -> bool:
    """Whether the count at ``pos`` is a stock a place has: a `_STATED` "hiện (nay) ... có" of its sentence governs it,
    no semicolon between nor a comma but between bare counts ("Toàn tỉnh hiện có 1.200 cơ sở ...", "có 45 làng nghề,
    1.200 cơ sở"; not the "40 cơ sở" of ", năm 2023 đã hỗ trợ 40 cơ sở" after it)."""
    stated = last_match(_STATED, text, sentence_bounds(text, pos)[0], pos)
    return stated is not None and text.find(";", stated.end(), pos) == -1 and all(
        _BARE_COUNT.fullmatch(part) for part in text[stated.end():pos].split(",")[1:])


_BARE_COUNT = regex.compile(r"[ \t]*(?:\d[\d.,]*[ \t]+\p{L}+(?:[ \t]+\p{L}+){0,6})?[ \t]*")
"""A list's item that is a bare count ("45 làng nghề, 1.200 cơ sở": one stock), or the place of the figure read."""


_STATED = regex.compile(
    r"(?<!\p{L})(?:(?<!(?:thực|thể|xuất|phát)[ \t])hiện(?:[ \t]+nay)?"
    r"|(?:tính[ \t]+)?đến[ \t]+(?:nay|thời[ \t]+điểm[ \t]+này)(?=[ \t,]+(?:\S+[ \t]+){0,3}?(?<!đã[ \t]+)có(?!\p{L})))"
    r"[ \t,]+(?:\S+[ \t]+){0,3}?có(?!\p{L})", regex.I)
"""A sentence's words of a state, what a place has: "hiện (nay) ... có", "(Tính) đến nay, toàn tỉnh có" (not "đến nay
đã có": a sum of work done), not "thực hiện có hiệu quả"."""


def categorise_parts(text: str, targets: list[Target], found: list[Found]) -> list[Target]:
    """Give a count whose parts name two categories or more, and whose own words before its
    first part inside its activity name none, ``other`` ("8 đề án, bao gồm 6 đề án hỗ trợ ứng
    dụng máy móc ... và 2 đề án xây dựng thương hiệu": it is of both, it had the first's words;
    "17 đề án hỗ trợ ứng dụng máy móc thiết bị ..., cụ thể gồm: 15 đề án ...; 01 đề án hỗ trợ sản
    xuất bao bì; ..." keeps its own; so does a contest's "194 sản phẩm tham gia bình chọn ...",
    its groups listed after its activity); then give a part whose own words name no category
    (``other``) the category of the count it is a part of ("26 sản phẩm tham gia bình chọn gồm 03
    nhóm: ...; nhóm sản phẩm khác gồm 01 sản phẩm": the contest's), and a contest's products
    theirs (`CONTEST`). ``found`` are the targets' `Found` items."""
    named: dict[int, set[str]] = {}
    first_part: dict[int, int] = {}
    for j, target in enumerate(targets):
        if target.part_of is not None:
            first_part.setdefault(target.part_of, j)
            if target.category != "other":
                named.setdefault(target.part_of, set()).add(target.category)
    for whole, categories in named.items():
        start, end = found[whole].activity
        first = found[first_part[whole]].start
        if (len(categories) > 1 and start <= first < end
                and best_category(_matchable(text[start:first])) is None):
            targets[whole].category = "other"
    for target in targets:
        if target.part_of is None:
            continue
        of = targets[target.part_of]
        if target.category == "other" or (of.category == CONTEST and target.unit.startswith(CONTEST_UNIT)):
            target.category = of.category
    for j, target in enumerate(targets):
        if target.part_of is None and contest_group(text, found, targets, j):
            target.category = CONTEST
    return targets


def contest_group(text: str, found: list[Found], targets: list[Target], j: int) -> bool:
    """Whether target ``j`` counts the products of a group its own words name ("Nhóm thủ công mỹ nghệ chiếm ưu thế
    với 24 sản phẩm", "nhóm thiết bị, máy móc, dụng cụ có 4 sản phẩm") on the line of a count of a contest's
    products before it ("Hội đồng đã chọn ra 32 sản phẩm ... tiêu biểu ..."): the contest's, whatever the group is."""
    if not targets[j].unit.startswith(CONTEST_UNIT) or not _GROUP_WORD.search(text, found[j].own_start, found[j].start):
        return False
    line_start = text.rfind("\n", 0, found[j].start) + 1
    return any(targets[i].category == CONTEST and targets[i].unit.startswith(CONTEST_UNIT)
               and found[i].start >= line_start for i in range(j))


_GROUP_WORD = regex.compile(r"(?<!\p{L})[Nn]hóm(?!\p{L})")


CONTEST, CONTEST_UNIT = "rural_products", "sản phẩm"
"""The category of the contest of rural industry's products and the unit it counts: a group of the
products a contest recognised is of the contest whatever it names ("Trong đó, ...; nhóm sản phẩm về
thiết bị, máy móc và phụ tùng cơ khí 1 sản phẩm; ..." is no support for machinery)."""


def _plain_whole(target: Target) -> bool:
    """A count of one value, no size per unit, part of nothing, that may repeat another (whose parts its parts are)."""
    return (target.kind == "count" and target.value_max is None and target.part_of is None
            and target.per_unit is None)


def _plain_count(target: Target) -> bool:
    """A count of one value, no size per unit, that is a part of nothing and repeats nothing."""
    return _plain_whole(target) and target.restates is None


def parts_cues(text: str, start: int, pos: int) -> list[int]:
    """Where a breakdown of the count from ``start`` to ``pos`` may start: after the colon of
    a list "gồm" before it opens (`list_opened_before`), after the first `PARTS_CUE` in its
    paragraph (within `PARTS_REACH`), after a `NEXT_PARAGRAPH_CUE` opening the paragraph after
    it (its own paragraph's "trong đó" may split an amount instead)."""
    end = paragraph_end(text, pos, PARTS_REACH)
    opened = list_opened_before(text, start, pos)
    cues = [opened] if opened is not None else []
    if any(syllable in text[pos:end] for syllable in _PARTS_CUE_SYLLABLES):
        if cue := PARTS_CUE.search(text, pos, end):
            cues.append(cue.end())
    if cue := NEXT_PARAGRAPH_CUE.match(text, end):
        cues.append(cue.end())
    return cues


def paragraph_end(text: str, pos: int, reach: int) -> int:
    """Where the paragraph holding ``pos`` ends (a blank line, or the text's end), read
    within ``reach`` characters (at most ``pos + reach``)."""
    end = text.find("\n\n", pos, pos + reach)
    return min(len(text), pos + reach) if end == -1 else end


def list_end(text: str, end: int) -> int:
    """``end``, a paragraph's end, or, when that paragraph ends with a colon, the end of the
    paragraphs after it that open with a dash or a bullet, blank lines between them passed over
    (a web copy's list: "... cụ thể chia làm 02 nhóm:" / "" / "- Nhóm ... 01 đề án ...;" / "" /
    "- Nhóm ... 05 đề án ..."), read within `DETAILS_REACH` characters."""
    last = before_blanks(text, end)
    if text[last - 1:last] != ":":
        return end
    limit, pos = min(len(text), end + DETAILS_REACH), end
    while (start := BLANKS.match(text, pos, limit).end()) < limit and text[start] in "-–+•":
        pos = paragraph_end(text, start, limit - start)
    return pos


def _adding_up(whole: Target, targets: list[Target], found: list[Found], i: int, start: int, end: int,
               text: str) -> list[int]:
    """Indices of the counts of ``whole``'s unit from ``start`` to ``end`` (after target
    ``i``) whose values, summed in order, reach its value exactly; [] when they do not. A whole counting
    programmes and projects together ("23 chương trình, đề án", read in ``text``) has parts of either."""
    units, total, parts = _units_counted(text, whole, found[i].end), 0.0, []
    for j in range(i + 1, len(targets)):
        if found[j].start >= end:
            break
        part = targets[j]
        if (found[j].start < start or part.kind != "count" or part.value_max is not None or part.part_of is not None
                or part.per_unit or unit_key(part.unit) not in units):
            continue
        total += part.value
        parts.append(j)
        if total >= whole.value:
            break
    return parts if total == whole.value and len(parts) >= 2 else []


def _units_counted(text: str, whole: Target, end: int) -> frozenset[str]:
    """The units a count counts: its own, and a programme unit joined to it by a comma or a slash right after it
    (`_JOINED_PROGRAMME_UNIT`: "23 chương trình, đề án khuyến công" counts programmes and projects)."""
    unit = unit_key(whole.unit)
    joined = _JOINED_PROGRAMME_UNIT.match(text, end, end + JOINED_UNIT_REACH) if unit in _PROGRAMME_UNITS else None
    return frozenset((unit, joined[1].lower())) if joined else frozenset((unit,))


_PROGRAMME_UNITS = frozenset({"chương trình", "đề án", "dự án", "nhiệm vụ"})
_JOINED_PROGRAMME_UNIT = regex.compile(
    r"[ \t]*[,/][ \t]*(" + "|".join(regex.escape(unit).replace(r"\ ", r"[ \t]") for unit in sorted(_PROGRAMME_UNITS))
    + r")(?!\p{L})", regex.I)
JOINED_UNIT_REACH = 64
"""Characters after a count read for `_JOINED_PROGRAMME_UNIT` (a window: `regex` reads up to a match's end position)."""


UNIT_ABBREVIATIONS: dict[str, str] = TERMS["unit_abbreviations"]


def unit_key(unit: str) -> str:
    """A unit as counts are compared by: lower case, an abbreviation read out ("HTX": "hợp
    tác xã")."""
    key = unit.lower()
    return UNIT_ABBREVIATIONS.get(key, key)


def heading_years(sections) -> dict[str, frozenset[int]]:
    """The years the heading of each top-level section (`top_section`) names, by section id (those naming one): "I. KẾT
    QUẢ THỰC HIỆN NĂM 2024"."""
    years = {}
    for section in sections:
        heading = section.heading or ""
        if ("20" in heading or "19" in heading) and top_section(section.id) == section.id and (
                named := frozenset(int(year.group()) for year in YEAR.finditer(heading))):
            years[section.id] = named
    return years


# A district, commune or town named in a figure's own phrase: "Hỗ trợ máy móc thiết bị tại huyện Yên Lạc: 08 cơ sở",
# "tại TP. Vĩnh Yên" (the name as written after its kind; not a youth union, "Huyện Đoàn", "huyện Đoàn Tứ Kỳ").
_PLACE_WORDS = r"huyện|thị[ \t]+xã|thành[ \t]+phố|xã|phường|thị[ \t]+trấn"
"""The kinds of district, commune and town written out (then "TP", "TX" for a city, a town)."""
_PLACE_NAMED = regex.compile(
    rf"(?:(?<!\p{{L}})(?i:{_PLACE_WORDS})|(?<![\p{{L}}.])(?:TP|TX)\.?)[ \t]+"
    r"(?!(?<=(?i:huyện)[ \t]{1,3})Đoàn(?!\p{L}))(?P<name>\p{Lu}\p{L}*(?:[ \t]+\p{Lu}\p{L}*){0,3})")
_PLACE_KINDS = ("huyện", "xã", "phố", "phường", "trấn", "TP", "TX", "Huyện", "Xã", "Thành", "Thị", "Phường", "HUYỆN", "XÃ")
"""A word of each kind of `_PLACE_NAMED` (a quick test before the pattern)."""
_PLACE_KIND = rf"(?:{_PLACE_WORDS}|TP|TX)(?!\p{{L}})"
# Where a figure's own phrase ends after it: a semicolon, full stop, a bracket holding figures (a breakdown's; not
# "(tại huyện Lập Thạch)"), line end, a breakdown, or a comma not going on with another place ("tại huyện Sông Lô,
# thành phố Vĩnh Yên" is one phrase).
_PHRASE_END = regex.compile(
    rf"[;\n]|\((?=[^()\n]*\d)|(?<!(?<!\p{{L}})(?:TP|TX))\.(?!\d)|(?<!\p{{L}})trong[ \t]+đó(?!\p{{L}})"
    rf"|,(?![ \t]*{_PLACE_KIND})", regex.I)
# ... and where it starts before it, matched back from it.
_PHRASE_START = regex.compile(rf"(?r)[;(]|(?<!\p{{L}})trong[ \t]+đó(?!\p{{L}})|,(?![ \t]*{_PLACE_KIND})", regex.I)


def own_place(text: str, found: Found) -> frozenset[str]:
    """The places (`_PLACE_NAMED`, as written) the figure ``found``'s own phrase names: from its clause's start, or the
    last semicolon, bracket, "trong đó" or comma before it that goes on with no place (but a place set before the
    clause, `_FRONTED_PLACE`), to the first after it (`_PHRASE_START`, `_PHRASE_END`); none, empty."""
    reach_start = max(found.own_start, found.start - PLACE_PHRASE_REACH)
    reach_end = min(len(text), found.end + PLACE_PHRASE_REACH)
    opened = _PHRASE_START.search(text, reach_start, found.start)
    closed = _PHRASE_END.search(text, found.end, reach_end)
    start = opened.end() if opened else reach_start
    if text[max(0, start - 3):start].rstrip().endswith(",") and (fronted := _FRONTED_PLACE.search(
            text, max(text.rfind("\n", 0, start) + 1, start - PLACE_PHRASE_REACH), start)) is not None:
        start = fronted.start()  # "Tại huyện Yên Lạc, hỗ trợ 08 cơ sở ..."
    phrase = text[start:closed.start() if closed else reach_end]
    if not any(kind in phrase for kind in _PLACE_KINDS):
        return frozenset()
    return frozenset(place["name"] for place in _PLACE_NAMED.finditer(phrase))


PLACE_PHRASE_REACH = 400
"""Characters before and after a figure within which its own phrase is read for places (`own_place`; bounded, so a
line of thousands of figures costs no square of its length)."""


# A place set before a figure's clause as where it is, then a comma: "Tại huyện Yên Lạc, hỗ trợ 08 cơ sở ...", "...;
# tại xã Tứ Trưng, hỗ trợ 06 cơ sở" (matched back from the comma).
_FRONTED_PLACE = regex.compile(
    rf"(?r)(?:^|(?<=[;:\n]))[ \t]*(?:[-+•][ \t]*|\d{{1,2}}[.)][ \t]*)?(?:tại|ở|trên[ \t]+địa[ \t]+bàn)[ \t]+{_PLACE_KIND}"
    rf"[^,;:\n]*,[ \t]*\Z", regex.I | regex.M)


def programme_articles(sections) -> frozenset[str]:
    """The articles holding a programme set out in numbered points, one of goals and one of contents or solutions
    ("Điều 1. Phê duyệt Chương trình ..." / "1. Mục tiêu" / ... / "2. Nội dung"): their points are its top-level
    sections for `mark_restatements`, as the Roman sections of one set out so are."""
    kinds: dict[str, set[str]] = defaultdict(set)
    for section in sections:
        article, _, point = section.id.partition(".")
        if article.startswith("Điều") and point.isdigit():
            kinds[article].add(section.kind)
    return frozenset(article for article, held in kinds.items()
                     if "objectives" in held and held & {"content", "solutions"})


def mark_restatements(targets: list[Target], years: dict[str, frozenset[int]] | None = None,
                      articles: frozenset[str] = frozenset(),
                      place_of: Callable[[int], frozenset[str]] | None = None) -> list[Target]:
    """Point a target at the earlier one it repeats (same value, unit, kind, category).

    A repeat is in another top-level section ("Mục tiêu cụ thể" then "Kết quả dự kiến"; a point of one of
    ``articles``, `programme_articles`, is one), naming no place or the place the first names (``place_of`` a target's
    index, `own_place`, read only for targets whose quantity another has: a district's "08 cơ sở" repeats no province's nor another district's; "Tổ chức 01 lớp còn lại" may
    repeat "01 lớp đan tre tại xã Lục Nam đang tuyển sinh"), done or planned as the first is
    (a year's results then the next year's plan repeat nothing), its heading naming a year of the first's when both
    name years (``years``, by section id: "Đào tạo nghề: kế hoạch giao 6 lớp" under "I. KẾT QUẢ THỰC HIỆN NĂM 2024" and
    "Tổ chức 6 lớp" under "II. KẾ HOẠCH NĂM 2025" are two years' plans),
    or, in any section, a second copy of the same activity and text that neither overlaps
    the first nor starts within its activity's length of it (two figures of one clause:
    "(02 cụm), ... 02 cụm công nghiệp"). Each earlier target is claimed at most
    once per section, and the earliest that fits is taken. Earlier targets are looked up
    by top-level section and by text (`_Earlier`), not compared one by one: a long
    programme repeats a quantity ("01 lớp") hundreds of times within one section. A target
    whose quantity no other target has (most of them) is passed over: it repeats none and
    none repeats it. ``targets`` are in text order, as `extract_targets` gives them.
    """
    keys = [_quantity_key(target) for target in targets]
    shared = {key for key, count in Counter(keys).items() if count > 1}
    claimed: set[tuple[int, str | None]] = set()
    by_top: dict[tuple, dict[str, _Earlier]] = defaultdict(lambda: defaultdict(_Earlier))  # quantity -> top -> targets
    by_text: dict[tuple, _Earlier] = defaultdict(_Earlier)  # (quantity, activity, text) -> targets
    places: dict[int, frozenset[str]] = {}  # target -> the places its own phrase names, read when first asked
    for i, (target, key) in enumerate(zip(targets, keys)):
        if key not in shared:
            continue
        top, section_id = _restating_top(target.section_id, articles), target.section_id
        same_text = (key, target.activity, target.text)
        place = places[i] = place_of(i) if place_of else frozenset()
        found = [earlier.first_free(claimed, section_id, fits=lambda j: not place or places[j] == place)
                 for other, earlier in by_top.get((key, target.achieved), {}).items()
                 if top and other != top and not (years and _years_apart(years, other, top))]
        if same_text in by_text and (j := by_text[same_text].first_apart(claimed, section_id, targets, target)) is not None \
                and not (years and top and _years_apart(years, _restating_top(targets[j].section_id, articles) or "",
                                                        top)):
            found.append(j)  # (not a year's results, then another year's plan of the same words)
        if (j := min((j for j in found if j is not None), default=None)) is not None:
            target.restates = j
            claimed.add((j, section_id))
        if target.restates is None:  # only a target that repeats none can be repeated
            if top:
                by_top[(key, target.achieved)][top].add(i, target.span[0])
            by_text[same_text].add(i, target.span[0])
    return targets


@dataclass(slots=True)
class _Earlier:
    """Earlier targets that one may repeat, in text order (indices and span starts).

    Per section, the claimed ones at the head are counted and skipped without a look, so
    a long run of repeats claims its way down the list once, not from its start each time.
    """

    indices: list[int] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    claimed_head: dict[str | None, int] = field(default_factory=dict)
    """Per section id: how many targets at the head of the list are claimed for it."""

    def add(self, index: int, start: int) -> None:
        self.indices.append(index)
        self.starts.append(start)

    def first_free(self, claimed: set, section_id: str | None, end: int | None = None, fits=None) -> int | None:
        """The first target of the list's first ``end`` not claimed for ``section_id`` (and
        that ``fits``, when given)."""
        at = self.claimed_head.get(section_id, 0)
        while at < len(self.indices) and (self.indices[at], section_id) in claimed:
            at += 1
        self.claimed_head[section_id] = at
        for k in range(at, len(self.indices) if end is None else end):
            j = self.indices[k]
            if (j, section_id) not in claimed and (fits is None or fits(j)):
                return j
        return None

    def first_apart(self, claimed: set, section_id: str | None, targets: list[Target], target: Target) -> int | None:
        """`first_free` among those that start more than ``target``'s activity length before
        it (in text order, a head of the list) and do not overlap it."""
        reach = target.span[0] - len(target.activity or "")
        return self.first_free(claimed, section_id, bisect.bisect_left(self.starts, reach),
                               lambda j: not _overlap(targets[j].span, target.span))


def _years_apart(years: dict[str, frozenset[int]], first: str, second: str) -> bool:
    """Whether the headings of two top-level sections both name years, none of them shared."""
    return first in years and second in years and not years[first] & years[second]


def _quantity(target: Target) -> tuple:
    """A target's quantity: value, range, unit, kind and the noun it is a size of each of."""
    return target.value, target.value_max, target.unit.lower(), target.kind, target.per_unit


def _quantity_key(target: Target) -> tuple:
    """What a restatement has in common with the target it repeats: its quantity and category."""
    return *_quantity(target), target.category


def top_section(section_id: str | None) -> str | None:
    """The top-level section of a section id ("II.1.a": "II"); for an article holding Roman sections, the Roman one in
    it ("Điều 1.II.1": "Điều 1.II", a plan set out inside its decision's article)."""
    if not section_id:
        return None
    parts = section_id.split(".", 2)
    if len(parts) > 1 and parts[0].startswith("Điều") and _ROMAN_ID.fullmatch(parts[1]):
        return f"{parts[0]}.{parts[1]}"
    return parts[0]


_ROMAN_ID = regex.compile(r"[IVXLC]{1,6}")


def _restating_top(section_id: str | None, articles: frozenset[str]) -> str | None:
    """`top_section`, but a point of one of ``articles`` (`programme_articles`) for a section under it ("Điều 1.2.g":
    "Điều 1.2")."""
    if section_id and articles and (article := section_id.split(".", 1)[0]) in articles:
        point = section_id.split(".", 2)[1] if "." in section_id else ""
        if point.isdigit():
            return f"{article}.{point}"
    return top_section(section_id)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
