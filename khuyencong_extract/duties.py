"""Extractor: agencies and their duties.

Reads: the clean text, the section tree (``ctx.sections``) and the agency registry
(`khuyencong_extract.agencies`). Writes: one `Duty` per (agency, duty item), each with
its role, deadline and source span, and an ``unknown_agency`` warning for every agency
heading the registry does not know.

Two passes over the clean text:

1. **Agency headings.** A section whose heading names agencies ("1. Sở Công Thương",
   "9. Báo An Giang, Đài phát thanh truyền hình An Giang", "a) Cục Công Thương địa
   phương:") owns the text under it: each lettered point or bullet is one duty, a plain
   paragraph gives one duty per sentence, for every agency the heading names. A point
   whose subject is an agency the heading does not name ("Trung tâm Khuyến công ...
   (thuộc Sở Công Thương) là đầu mối ...") is that agency's duty, and so is the list
   under a lead-in naming one ("Đề nghị Sở Tài chính:" over "- Bố trí kinh phí ...").
   A heading that gives its agencies the tasks under it ("2. Đề nghị Sở Tài chính:",
   "3. Giao Sở Kế hoạch và Đầu tư:") is an agency heading too. A lead-in naming a body the
   registry does not know ("Đề nghị Công an tỉnh:") gives its list to nobody.
2. **Running prose.** In the organisation, monitoring and decision sections outside
   agency headings (the whole text when a document has no organisation section: news,
   directives), a sentence whose subject is an agency ("Sở Công Thương chủ trì ...",
   "Giao Sở Công Thương chủ trì ...", "Hàng năm, ..., Sở Tài chính phối hợp ...") is
   a duty of that agency: its name ends at a verb of a duty, or, right after "giao" ("yêu
   cầu", "đề nghị"), at any verb ("giao Sở Công Thương tăng cường ..."); a passive may name
   it last ("Việc thẩm định ... được giao cho Sở Tài chính."); later sentences
   of the same paragraph without a subject of their own stay with it. An agency may be
   named by its head ("Giám đốc Sở Công Thương chủ trì ..."); a decision's closing clause
   naming who executes it ("... chịu (có) trách nhiệm thi hành Quyết định này") is no duty. In
   a report (a news article, an untyped text) without an organisation section, only a
   sentence that assigns the task counts: "Sở Công Thương tổ chức bình chọn ..." reports
   an event, "UBND tỉnh giao Sở Công Thương chủ trì ..." assigns one, as does a document's
   request ("Ngày 07/9/2022, Cục ... có Công văn số ..., trong đó đề nghị các Sở Công Thương
   rà soát ..."). A paragraph "... đề nghị <agencies>:" gives them each list item under it
   (dashes, "+" or lettered points) and the lines of its own paragraph after it, and is no
   duty itself when one follows.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

import regex

from khuyencong_extract.agencies import (HEAD, TRIM_CHARS, AgencyMatch, fold_text, head_at, is_registry_name, match,
                                         split_agencies)
from khuyencong_extract.damage import function_words
from khuyencong_extract.docnumbers import NUMBER
from khuyencong_extract.context import Context
from khuyencong_extract.models import REPORT_TYPES, Deadline, Duty, DutyRole, Recurrence, build
from khuyencong_extract.segment import SectionNode
from khuyencong_extract.metadata import news_headline_end
from khuyencong_extract.texttools import PLACE_ABBREVIATION, before_blanks, has_word, last_match, merge, occurrences


def _flex(pattern: str) -> str:
    """A pattern whose literal spaces match any whitespace (hard-wrapped lines)."""
    return pattern.replace(" ", r"\s+")


PROSE_KINDS = frozenset({"organization", "monitoring", "decision"})
"""Section kinds whose running prose is searched for agencies as subjects."""
PREFIX_MAX = 70
"""A subject may follow an opening clause ("Hàng năm, căn cứ ..., ") at most this long."""
SUBJECT_MAX = 200
"""Longest subject (a list of agencies) looked at."""
HEADING_MAX = 200
"""Longest heading that can name agencies."""
UNKNOWN_HEADING_MAX = 90
"""Longest heading taken for an unknown agency (it starts with "Sở", "Trung tâm", ...)."""


class Named(NamedTuple):
    """An agency named in the clean text: its extent, its text as written, its match."""

    start: int
    end: int
    text: str
    match: AgencyMatch


class Item(NamedTuple):
    """A paragraph, lettered point or bullet: marker (or None) and clean-text extent."""

    start: int
    end: int
    body_start: int
    marker: str | None


# ---------------------------------------------------------------- roles

# The words after an agency that give it its role in a task ("... chủ trì, phối hợp ...",
# "... là đơn vị triển khai ...", "... làm cơ quan đầu mối chủ trì", "... giữ vai trò chủ trì").
_ROLE_WORDS = (r"chủ trì|phối hợp|là cơ quan|là đầu mối|là đơn vị|có trách nhiệm|chịu trách nhiệm"
               r"|làm cơ quan|làm đầu mối|giữ vai trò|đóng vai trò")
# The verbs a duty opens with ("Chủ trì, phối hợp ...", "Sở Tài chính thẩm định ..."); "tổ chức"
# before "cá nhân" is a noun of a list of bodies ("Các đơn vị, tổ chức, cá nhân có liên quan").
_DUTY_VERBS = (
    rf"{_ROLE_WORDS}|tổng hợp"
    r"|theo dõi|xây dựng|thẩm định|tham mưu|hướng dẫn|kiểm tra|đề xuất|tổ chức(?!\s*(?:,|và)?\s*cá nhân)|báo cáo|thực hiện"
    r"|chỉ đạo|quản lý|bố trí|triển khai|giám sát|hỗ trợ|rà soát|tuyên truyền|phản ánh|chủ động"
    r"|căn cứ|lập|gửi|trình|cung cấp|phổ biến|nghiên cứu|đôn đốc|khẩn trương|tiếp tục"
    r"|quán triệt|kiểm soát|cấp phát|phân bổ|xác nhận|thông báo(?=\s+(?:kinh phí|dự toán))"
    r"|cân đối(?=,)|củng cố|kiện toàn"
)
# "chủ trì" or "(là) cơ quan thường trực", not as a noun ("sự chủ trì").
_LEAD = regex.compile(_flex(r"(?<!(?:sự|việc)\s)(?:chủ trì|cơ quan thường trực)"))
# "phối hợp" opening the duty ("Phối hợp tổ chức ...", "Sở Tài chính: Phối hợp, ..."),
# followed by the agency coordinated with ("phối hợp (với) Sở Công Thương") or by the verb of
# the task ("Sở Thông tin và Truyền thông phối hợp tuyên truyền ..."), a word of manner
# between ("phối hợp chặt chẽ với Sở Công Thương"); not a noun in a list ("trong chỉ đạo,
# phối hợp, triển khai") nor "phối hợp các chương trình".
_MANNER = r"(?:chặt chẽ|thường xuyên|đồng bộ|kịp thời|tốt) "
_COORDINATE = regex.compile(
    _flex(r"(?:^|:\s*)phối hợp\b") + "|"
    + _flex(rf"(?<!(?:sự|việc|tác|chế)\s)phối hợp (?:{_MANNER})?")
    + f"(?:(?:với\\s+)?(?:{HEAD.pattern})|(?:{_flex(_DUTY_VERBS)})\\b)"
)
# End of the first sentence.
_FIRST_SENTENCE_END = regex.compile(r"[.!?](?=\s+\p{Lu})")


def role_of(text: str, folded: str | None = None) -> DutyRole:
    """``lead`` when the duty leads (chủ trì, cơ quan thường trực), ``coordinate`` when its
    first sentence coordinates (phối hợp), else ``execute``. ``folded`` is ``fold_text(text)``
    when the caller has it."""
    folded = fold_text(text) if folded is None else folded
    if _search(_LEAD, folded):
        return "lead"
    if _may_match(_COORDINATE, folded):
        end = _FIRST_SENTENCE_END.search(text)
        if _COORDINATE.search(folded, 0, end.start() if end else len(folded)):
            return "coordinate"
    return "execute"


def _search(pattern: regex.Pattern, folded: str) -> regex.Match | None:
    """``pattern.search(folded)``, skipped when `_may_match` says it cannot match."""
    return pattern.search(folded) if _may_match(pattern, folded) else None


def _may_match(pattern: regex.Pattern, folded: str) -> bool:
    """Whether ``folded`` holds one of the words every match of ``pattern`` holds
    (`_REQUIRED`): a substring test is much cheaper than the search."""
    for word in _REQUIRED[pattern]:
        if word in folded:
            return True
    return False


# ---------------------------------------------------------------- deadlines

# "trước ngày 22 tháng 12 hằng năm", "trước ngày 30/10 năm trước", "chậm nhất ngày 15/01/2023",
# "hạn chót là ngày 10/4/2020".
_DATE = regex.compile(_flex(
    r"(?:trước|chậm nhất(?:\s+là)?|hạn chót(?:\s+là)?|không quá|trong)\s+ngày\s+(?P<day>\d{1,2})"
    r"(?:\s*/\s*|\s+tháng\s+)(?P<month>\d{1,2})"
    r"(?:(?:\s*/\s*|\s+năm\s+)(?P<year>\d{4}))?"
    r"(?P<tail>\s+(?:hằng|hàng)\s+năm|\s+(?:của\s+)?năm\s+(?:trước|sau))?"
))
# A reporting period: "sơ kết 06 tháng", "định kỳ 6 tháng".
_PERIOD = regex.compile(_flex(r"(?:sơ kết|định kỳ|mỗi|hằng|hàng|báo cáo)\s+(?P<text>(?P<months>\d{1,2})\s+tháng)(?!\s*/)\b"))
# Quarterly: "hằng quý".
_QUARTER = regex.compile(_flex(r"(?:hằng|hàng|mỗi)\s+quý\b"))
# Yearly: "hằng năm", "định kỳ hàng năm" (no optional group in front: it would be tried at
# every position).
_ANNUAL = regex.compile(_flex(r"(?:định kỳ (?:hằng|hàng)|hằng|hàng) năm\b"))


_REQUIRED = {
    _LEAD: ("trì", "trực"), _COORDINATE: ("phối",), _DATE: ("ngày",), _PERIOD: ("tháng",),
    _QUARTER: ("quý",), _ANNUAL: ("năm",),
}
"""Words every match of a role or deadline pattern holds (one of them)."""


def find_deadline(text: str, folded: str | None = None) -> Deadline | None:
    """The deadline or recurrence a duty states: a date beats a period beats "hằng năm".
    ``folded`` is ``fold_text(text)`` when the caller has it."""
    folded = fold_text(text) if folded is None else folded
    if m := _search(_DATE, folded):
        tail = m["tail"] or ""
        recurrence: Recurrence | None
        offset = -1 if "trước" in tail else 1 if "sau" in tail else None
        if m["year"]:
            recurrence = "once"
        elif offset is not None or "năm" in tail or _search(_ANNUAL, folded):
            recurrence = "annual"
        else:
            recurrence = None
        day, month = int(m["day"]), int(m["month"])
        year = int(m["year"]) if m["year"] and 1900 <= int(m["year"]) <= 2100 else None
        if 1 <= day <= 31 and 1 <= month <= 12:
            return Deadline(text=_as_written(text, m.span()), day=day, month=month, year=year,
                            recurrence=recurrence, year_offset=offset)
    if m := _search(_PERIOD, folded):
        return Deadline(text=_as_written(text, m.span("text")), recurrence="periodic",
                        period_months=max(1, int(m["months"])))
    if m := _search(_QUARTER, folded):
        return Deadline(text=_as_written(text, m.span()), recurrence="periodic", period_months=3)
    if m := _search(_ANNUAL, folded):
        return Deadline(text=_as_written(text, m.span()), recurrence="annual")
    return None


def _as_written(text: str, span: tuple[int, int]) -> str:
    return " ".join(text[span[0]:span[1]].split())


# ---------------------------------------------------------------- items and sentences

# A line starting an item: lettered point, bullet, numbered item, Roman section, article.
_MARKER = regex.compile(
    r"[ \t]*(?P<marker>[a-zđ]\)|[-+•–]|\d{1,2}(?:\.\d{1,2}){0,3}\.(?!\d)|[IVXL]{1,6}\.|Điều\s+\d{1,3}\.?)[ \t]+"
)
_MARKER_GROUP = _MARKER.groupindex["marker"]
"""The number of `_MARKER`'s group: `regex` reads a group by number faster than by name."""
_MARKER_FIRSTS = frozenset("abcdefghijklmnopqrstuvwxyzđ-+•–IVXLĐ")
"""The characters a `_MARKER` match may start with after its blanks, besides the digits
(``str.isdecimal``: the ``\\d`` of `regex`): a line starting otherwise is not tried."""
# A sentence ends at ., ! or ? followed by a capital letter, or at a colon ending a line
# before one ("... có ý kiến chỉ đạo:" / "Giao Sở Công Thương chủ trì ..."): the break is the
# whitespace after the mark (scanning for the mark is much faster than a look-behind at
# every position); not the full stop of an abbreviated city or town inside a line ("Sở Công
# Thương TP. Hà Nội chủ trì ..."; one ending a line ends its sentence: "... báo cáo UBND TP." /
# "TP giao các sở ..."), looked behind only after a stop and its spaces.
_SENTENCE_BREAK = regex.compile(rf"(?:[.!?]\s+(?<!{PLACE_ABBREVIATION}\.[ \t]+)|:[ \t]*\n\s*)(?=\p{{Lu}})")


def items(text: str, start: int, end: int, breaks: frozenset[int] = frozenset()) -> list[Item]:
    """Paragraphs, points and bullets of ``text[start:end]``.

    An item starts at a line opening with a marker or after a blank line, and runs to
    the next one; hard-wrapped continuation lines stay in their item. A line starting at one
    of ``breaks`` (where a section's body starts, after a heading such as "2. Công tác phối
    hợp") starts an item too, and so does a lead-in line after a point's last sentence
    (`_lead_in_line`), or a line giving a task after a sentence's end (`_giving_line`).
    """
    found: list[Item] = []
    current: list = []  # [start, end, body_start, marker] of the open item, if any
    line_end = start - 1
    for line in text[start:end].split("\n"):
        line_start, line_end = line_end + 1, line_end + 1 + len(line)
        stripped = line.lstrip()
        if not stripped:
            if current:
                _close(text, current, found)
            continue
        m = _MARKER.match(line) if stripped[0] in _MARKER_FIRSTS or stripped[0].isdecimal() else None
        if m and current and _wrapped_dash(m[_MARKER_GROUP], text, current[1], line_start + m.end()):
            m = None  # "Phòng Kinh tế/Kinh tế" / "- Hạ tầng": a hyphen wrapped to a line start
        if (m or not current or line_start in breaks or (current[3] and _lead_in_line(text, stripped, current[1]))
                or _giving_line(text, stripped, current[1])):
            if current:
                _close(text, current, found)
            indent = line_start + len(line) - len(stripped)
            current += [indent, line_end, line_start + m.end(), m[_MARKER_GROUP]] if m else [indent, line_end, indent, None]
        else:
            current[1] = line_end
        if line.rstrip().endswith("/."):  # "./." closes a document part
            _close(text, current, found)
    if current:
        _close(text, current, found)
    return found


def _close(text: str, current: list, found: list[Item]) -> None:
    """Add the open item ``current`` to ``found`` unless its body is blank (its end moved
    before trailing whitespace), and empty ``current``."""
    item_start, end, body_start, marker = current
    while end > body_start and text[end - 1].isspace():
        end -= 1
    if end > body_start:
        found.append(Item(item_start, end, body_start, marker))
    current.clear()


_SENTENCE_ENDS = (".", ";", "!", "?")
"""The marks a point's line ends with when its sentence is over."""


def _lead_in_line(text: str, line: str, previous_end: int) -> bool:
    """Whether the unmarked ``line`` (its indent stripped) under a point whose last line ends a
    sentence ("- Bố trí kinh phí kịp thời." / "Đề nghị Ủy ban nhân dân các huyện:") is a lead-in
    over a list of its own (`given_before_colon`), not the point's next line: a capital first,
    a colon last (a quick test before the pattern)."""
    line = line.rstrip()
    if not line.endswith(":") or not line[0].isupper():
        return False
    return sentence_ended(text, previous_end) and given_before_colon(line, fold_text(line), 0, len(line)) is not None


def sentence_ended(text: str, end: int) -> bool:
    """Whether ``text[:end]``, trailing whitespace aside, ends with a mark that ends a sentence
    (`_SENTENCE_ENDS`)."""
    return text.endswith(_SENTENCE_ENDS, 0, before_blanks(text, end))


def _giving_line(text: str, line: str, previous_end: int) -> bool:
    """Whether the unmarked ``line`` (its indent stripped) opens with a verb giving a task
    (`_GIVING_LINE`) after a line that ends a sentence: a task of its own, no continuation
    ("... làng nghề TP. Hà Nội;" / "Giao Sở Tài nguyên và Môi trường TP. Hà Nội chủ trì, ...")."""
    return line[:1] in _GIVING_FIRSTS and _GIVING_LINE.match(line) is not None and sentence_ended(text, previous_end)


_GIVING_LINE = regex.compile(r"(?:Giao|Yêu[ \t]+cầu|Đề[ \t]+nghị)[ \t]")
"""The opening of a line that gives the agency after it a task."""
_GIVING_FIRSTS = "GYĐ"
"""The first letters of `_GIVING_LINE` (a quick test before the pattern)."""


def _wrapped_dash(marker: str, text: str, previous_end: int, after: int) -> bool:
    """A dash after a line that stops mid-sentence (no closing punctuation) continues it ("d) Chỉ đạo Phòng Kinh tế/Kinh
    tế" / "- Hạ tầng, ..."), but for one opening with a letter under a line in capitals ("III. KIẾN NGHỊ" / "- Đề nghị
    Bộ Công Thương ...") and one opening with an agency (from ``after``) under a short marked line ("2. Giải pháp" / "-
    Phòng Kinh tế chủ trì, ...": the heading's first item)."""
    if marker not in "-–":
        return False
    end = before_blanks(text, previous_end)
    if not (end > 0 and text[end - 1].isalnum()):
        return False
    line = text[text.rfind("\n", 0, end) + 1:end]
    if line.isupper() and text[after:after + 1].isalpha():
        return False  # "III. KIẾN NGHỊ" / "- Đề nghị Bộ Công Thương ...": the heading's first item (not "... GIAI ĐOẠN 2021" /
        # "- 2025")
    heading = (marked := _MARKED_HEADING.match(line)) is not None and len(
        line[marked.end():].split()) <= HEADING_AFTER_MARKER_WORDS
    return not (heading and head_at(fold_text(text[after:after + AGENCY_HEAD_REACH]), 0))


# A marked line's marker: "III.", "2.", "2.1.", "a)".
_MARKED_HEADING = regex.compile(r"[ \t]*(?:[IVXLC]{1,6}\.|\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\))[ \t]+")
HEADING_AFTER_MARKER_WORDS = 6
"""Most words after its marker of a heading a dash line under it opens an item of (`_wrapped_dash`)."""
AGENCY_HEAD_REACH = 40
"""Characters of a dash line read for an agency's head (`_wrapped_dash`)."""


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` of each sentence of ``text[start:end]``, whitespace trimmed.

    Only the ends of the stretch need trimming: a break starts at a stop and ends before a
    capital, so every sentence inside begins with that capital and ends with a stop.
    """
    start, end = _strip(text, start, end)
    bounds, pos = [], start
    for m in _SENTENCE_BREAK.finditer(text, start, end):
        bounds.append((pos, m.start() + 1))
        pos = m.end()
    if pos < end:
        bounds.append((pos, end))
    return bounds


# A comma before a committee giving a task: "UBND tỉnh Hải Dương vừa phê duyệt chương trình ...,
# UBND tỉnh giao cho Sở Công Thương triển khai, thực hiện, ..." (a news report joins the two).
_COMMITTEE_GIVES = regex.compile(
    r",[ \t]+(?=(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)[ \t]+(?:tỉnh|thành phố|huyện)[^,.;\n]{0,30}?[ \t]giao[ \t])")


# The same task given by the sentence's own subject, in folded text: "UBND tỉnh Hà Nam vừa phê duyệt
# kế hoạch ..., đồng thời giao Sở Công Thương chủ trì ...", "... và giao Sở Công Thương ...", "..., giao ...".
_ALSO_GIVES = regex.compile(
    r"(?:,[ \t]+(?:đồng[ \t]+thời[ \t]+)?|[ \t]+(?:và|đồng[ \t]+thời)[ \t]+)"
    rf"(?=giao[ \t]+(?:nhiệm[ \t]+vụ[ \t]+)?(?:cho[ \t]+)?(?:{HEAD.pattern}))")


_DECIDING = regex.compile(_flex(r"\b(?:phê duyệt|ban hành|quyết định|chỉ đạo|thông qua|chủ trì|giao|đề nghị|yêu cầu"
                                r"|phân bổ|cấp(?! (?:huyện|tỉnh|xã|khu vực|quốc gia|trung ương)\b)|bố trí|ký|đồng ý)\b"))
"""A body's own act of deciding, before which its "đồng thời giao" gives a task (not a report of work done: "Trung tâm
đã xây dựng 3 mô hình ... và giao cho UBND xã Vạn Thắng quản lý" is a handover)."""


def _also_gives(folded: str, start: int, end: int) -> regex.Match | None:
    """The `_ALSO_GIVES` words in the sentence ``folded[start:end]`` after its subject's act of deciding (`_DECIDING`)."""
    m = _ALSO_GIVES.search(folded, start, end)
    return m if m and _DECIDING.search(folded, start, m.start()) else None


def committee_clauses(text: str, folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence ``[start, end)``, or its two parts around a `_COMMITTEE_GIVES` comma (or the
    words before an `_ALSO_GIVES` "giao" after an act of deciding) when the part before it has a subject of its own
    (`find_subject`): the task the committee gives is read as a sentence of its own, not as more
    of what the first subject did ("Thực hiện kế hoạch, UBND tỉnh giao ..." stays one)."""
    if folded.find("giao", start, end) == -1 or not (
            m := _COMMITTEE_GIVES.search(text, start, end) or _also_gives(folded, start, end)):
        return [(start, end)]
    if find_subject(text, folded, start, m.start()) is None:
        return [(start, end)]
    return [(start, m.start()), (m.end(), end)]


def agency_clauses(text: str, folded: str, start: int, end: int, owned: bool = False) -> list[tuple[int, int]]:
    """The unit ``[start, end)``, or its parts at each semicolon after which another agency opens a clause
    of its own with its task ("... tổ chức triển khai kế hoạch; Sở Tài chính bố trí kinh phí thực hiện",
    "...; giao Sở Tài chính ..."), when the part before it has a subject of its own (`find_subject`: a bare
    list of agencies, "Chánh Văn phòng UBND tỉnh; Giám đốc Sở ...", is none, nor one ending at a colon, "Giám
    đốc các Sở: Công Thương, ...; Chủ tịch UBND các huyện ... chịu trách nhiệm thi hành ..."): each agency its own
    duty. A giving word after "đồng thời" (`_ALSO_GIVING`), after a semicolon or a comma, opens a part whatever
    comes before it ("... đề nghị các cơ sở tiếp tục phát huy hiệu quả; đồng thời giao Trung tâm Khuyến công ..."), and
    so does one after a semicolon in a paragraph an agency's heading owns (``owned``: "1. Sở Công Thương" / "Chủ trì tổ
    chức thực hiện Kế hoạch; giao Trung tâm Khuyến công ... triển khai các đề án; ...": the first part the heading's)."""
    if folded.find(";", start, end) == -1 and folded.find("đồng thời", start, end) == -1:
        return [(start, end)]
    parts, at = [], start
    for mark in _clause_marks(folded, start, end):
        after = _strip(text, mark + 1, end)[0]
        also = _ALSO_GIVING.match(folded, after, end)
        if folded[mark] == "," and also is None:
            continue
        opening = also or _GIVING_AT.match(folded, after, end)
        subject_start = opening.end() if opening else after
        given = opening is not None or _GIVING_IN.search(folded, at, mark) is not None  # "đề nghị Phòng Kinh tế ...;
        # Sở Công Thương tăng cường ...": the request's giving word gives the next agency its task too
        if ((head_at(folded, subject_start) or (opening and folded.startswith(_MINISTRY, subject_start)))
                and (_subject_at(text, folded, subject_start, end) or (
                given and _given_subject_at(text, folded, subject_start, end)))  # "...; đề nghị Sở Tài chính sớm thẩm
                and folded.find(":", at, mark) == -1  # định ...": any verb after a giving word
                and (also or (owned and opening is not None) or find_subject(text, folded, at, mark) is not None)):
            parts.append((at, mark))
            at = after
    return [*parts, (at, end)] if parts else [(start, end)]


def request_carried(text: str, folded: str, opened: int, start: int, end: int) -> list[Named] | None:
    """The agencies opening the clause ``[start, end)`` after a semicolon of a sentence opened at ``opened`` whose
    giving word goes on to them ("... đề nghị Phòng Kinh tế chủ trì rà soát ...; Sở Công Thương tăng cường tuyên
    truyền ...": whatever verb their task opens with, as after the word itself, `_given_subject_at`); else None."""
    if start == opened or folded.rfind(";", opened, start) == -1:
        return None
    giving = last_match(_GIVING_IN, folded, opened, start)
    if giving is None or folded.endswith("đã ", opened, giving.start()):
        return None  # (a report of a task given: "Năm 2023, UBND tỉnh đã giao Sở Công Thương ...; Trung tâm ... tổ chức")
    return _given_subject_at(text, folded, start, end) if head_at(folded, start) else None


def _clause_marks(folded: str, start: int, end: int) -> list[int]:
    """The semicolons of ``folded[start:end]`` and its commas before "đồng thời", in order."""
    marks = list(occurrences(folded, ";", end, start))
    for also in occurrences(folded, "đồng thời", end, start):
        comma = folded.rfind(",", start, also)
        if comma != -1 and not folded[comma + 1:also].strip():
            marks.append(comma)
    return sorted(marks)


# A photo's credit closing a caption: "... kế hoạch khuyến công quốc gia. Ảnh: Thùy Linh", "... Ảnh Thùy Linh" (its
# line's end, or the next caption's start when a copy joined the two lines).
_PHOTO_CREDIT = regex.compile(
    r"[ \t]*(?:Ảnh|ẢNH|Nguồn[ \t]+ảnh)(?:[ \t]*:[ \t]*[^.\n]{1,40}(?=\n|\Z)|(?:[ \t]+\p{Lu}\p{Ll}*){1,4}"
    r"[ \t]*(?=\n|\Z|\p{Lu}))")
CAPTION_REACH = 60
"""Characters after a sentence within which its line's photo credit is looked for."""


def captioned(text: str, end: int) -> bool:
    """Whether the sentence ending at ``end`` is a photo's caption: its line closes with a credit (`_PHOTO_CREDIT`)
    right after it."""
    return _PHOTO_CREDIT.match(text, end, end + CAPTION_REACH) is not None


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# ---------------------------------------------------------------- agencies in text

# Where a subject may start after the start of a sentence: after "giao" ("yêu cầu", "đề
# nghị"), before the agency given the task ("UBND tỉnh giao Sở Công Thương chủ trì", "giao
# nhiệm vụ cho Sở Công Thương ...", "UBND tỉnh yêu cầu các sở, ban, ngành ..."), or after a
# comma that may end an opening clause ("Hàng năm, ", "Định kỳ
# trước ngày 22 ..., ").
_GIVING_WORDS = _flex(r"(?:giao|yêu cầu|đề nghị) (?:nhiệm vụ |trách nhiệm )?(?:cho )?")
"""The words that give the agency after them a task ("giao nhiệm vụ cho ", "đề nghị ")."""
_GIVING_AT = regex.compile(_GIVING_WORDS)
_GIVING_IN = regex.compile(r"(?<!\w)(?<!được\s)(?:giao|yêu\s+cầu|đề\s+nghị)(?!\w)")
"""A giving word anywhere (not a passive's, "được giao"): a relative clause holding one ("có cơ sở đề nghị hỗ trợ") is no
agency's (`_subject_at`)."""
_ALSO_GIVING = regex.compile(_flex(r"đồng thời,? ") + _GIVING_WORDS)
"""A giving word after "đồng thời" ("; đồng thời giao Trung tâm ...", ", đồng thời đề nghị Sở Tài chính ..."): a
clause of the agency after it (`agency_clauses`)."""
_OPENING = regex.compile(rf"\b{_GIVING_WORDS}|,\s+")
# An opening clause that makes the agencies after it objects, not subjects.
_OBJECT_CLAUSE = regex.compile(_flex(r"phối hợp|chủ trì|gửi|báo cáo|giúp|chỉ đạo"))
# The words of a duty's own coordinating after an opening "Là ..." (`_objects_after`).
_COORDINATING = regex.compile(_flex(r"phối hợp|chủ trì"))


def _objects_after(folded: str, start: int, end: int) -> bool:
    """Whether the words of a sentence from ``start`` to ``end`` make the agencies after them objects: words of
    coordinating or reporting (`_OBJECT_CLAUSE`); after an opening "Là ..." (a predicate of the heading's agency), only
    its duty's own coordinating after the apposition's first comma ("Là cơ quan thường trực, chủ trì, phối hợp với ...,
    Ủy ban nhân dân các huyện ...":
    `_COORDINATING`; not "Là cơ quan tham mưu, giúp UBND tỉnh ..., Sở Công Thương chủ trì"); after "Với vai trò ..."
    (the subject's role, the subject after it), none."""
    if folded.startswith("với vai trò ", start):
        return False
    if folded.startswith("là ", start):  # past the apposition's own words ("Là cơ quan phối hợp, Sở Tài chính ...")
        comma = folded.find(",", start, end)
        return comma != -1 and _COORDINATING.search(folded, comma, end) is not None
    return _OBJECT_CLAUSE.search(folded, start, end) is not None
# A passive that gives the subject before it a task: "Sở Công Thương được giao nhiệm vụ chủ trì,
# phối hợp ..." (not what it was given: "được giao 2 tỷ đồng"), or names who gave it, the task
# after it opening with a verb: "Trung tâm Khuyến công và Xúc tiến thương mại được Sở Công Thương
# giao hoàn tất hồ sơ ...".
_GIVEN_TASK = (r"được (?:giao (?:nhiệm vụ|trách nhiệm|chủ trì|làm)"
               r"|(?:ubnd|ủy ban|uỷ ban|sở|bộ|cục) [^,.;:\n\d]{2,40}? giao (?=\p{Ll}))")  # (read in folded text)
# What follows a subject: a colon (not a number's, "ỦY BAN NHÂN DÂN TỈNH SƠN LA Số: 38/...",
# nor one before the agencies it lists, "Thủ trưởng các cơ quan: Sở Tài chính, ..."), a verb of
# the duty (not a noun after "các": "và các tổ chức, cá nhân"), a word before one ("tùy
# theo", "đã", "sẽ", "vừa": "Trung tâm Khuyến công vừa phối hợp ...", not the end of "Doanh
# nghiệp nhỏ và vừa"), or a dash before its role ("Sở Công Thương - cơ quan thường trực, ...").
_CUE = regex.compile(
    rf"(?<!\bsố)\s*:(?!\s*(?:{HEAD.pattern}))|(?<!\bcác)"
    + _flex(rf"\s+(?:{_DUTY_VERBS}|tùy theo|đã|đang|sẽ|cũng|{_GIVEN_TASK})\b")
    + r"|(?<!\bvà)\s+vừa\b|\s+[-–]\s+(?=(?:là\s+)?(?:cơ\s+quan|đơn\s+vị|đầu\s+mối)\b)"
)
# A sentence without a subject that opens with a duty verb (after "Đồng thời," "hằng năm"):
# the task of the agency before.
_DUTY_START = regex.compile(_flex(rf"(?:(?:đồng thời|hằng năm|hàng năm|định kỳ)[,\s]+){{0,2}}(?:{_DUTY_VERBS})\b"))
# A decision's closing clause naming who executes it ("Chánh Văn phòng UBND tỉnh, Giám đốc Sở
# Công Thương, ... chịu trách nhiệm thi hành Quyết định này", "... có trách nhiệm thi hành Quyết
# định này", "Các ông (bà): ... căn cứ Quyết định thi hành"): no duty, as it gives no task of its
# own, nor an article it heads.
_TYPES_EXECUTED = r"quyết định|nghị quyết|chỉ thị|kế hoạch|thông tư|đề án|chương trình|quy chế|quy định|văn bản"
_NUMBERED = (r" số (?P<number>\S+?)(?: ngày (?:[\d/]+|\d{1,2} tháng \d{1,2} năm \d{4}))?(?: của [^.;:,\n]{1,60}?)?"
             r"\s*")
_THIS_DOCUMENT_WORDS = (rf"(?:(?:{_TYPES_EXECUTED})(?: này|{_NUMBERED}(?:\./\.|\.?\s*\Z)|\s*(?:\.|\Z))"
                        r"|quyết(?: định)?\s*\Z)")
"""A document after "có trách nhiệm thi hành" that makes the clause the closing one (`_EXECUTION`,
`_THIS_DOCUMENT`): this document ("Quyết định này", "Kế hoạch./.", by its number, date and issuer closing the
text, or, the text's own number, its end matter (`names_itself`): "Quyết định số 15/2024/QĐ-UBND ngày 10/01/2024 của
UBND tỉnh./."), or a copy's "Quyết" cut there; not a
task's document named further ("thi hành đề án được phê duyệt", "tổ chức thi hành Kế hoạch số 35/KH-UBND ... của
UBND tỉnh trên địa bàn, định kỳ báo cáo ...", "... Nghị quyết số 05/2021/NQ-HĐND ngày 12/7/2021 của HĐND tỉnh.")."""
_EXECUTION = regex.compile(_flex(
    rf"(?:chịu trách nhiệm|căn cứ quyết định) thi hành|(?:có trách nhiệm (?:tổ chức )?|chịu trách nhiệm tổ chức )thi hành "
    rf"{_THIS_DOCUMENT_WORDS}|\bcác ông\b"))
# After a subject, what makes its sentence a report of work done, not a duty: "Sở Công
# Thương tỉnh Thanh Hóa đã tổ chức ...", "Trung tâm ... đang triển khai ..." (news reports).
_DONE = regex.compile(_flex(r"\s*(?:đã|đang|vừa)\b"))
# Before a subject given the task in a passive, the same: "Việc thẩm định ... đã được giao cho
# Sở Tài chính."
_DONE_GIVEN = regex.compile(_flex(r"(?<!\p{L})(?:đã|đang|vừa) được giao (?:nhiệm vụ )?cho\s+$"))


def reported(folded: str, start: int, subject: list[Named], end: int) -> bool:
    """Whether the sentence ``folded[start:end]`` reports what its ``subject`` did, not a task:
    a tense word after it (`_DONE`), or before "được giao cho" before it (`_DONE_GIVEN`)."""
    if _DONE.match(folded, subject[-1].end, end):
        return True
    window = max(start, subject[0].start - DONE_GIVEN_REACH)
    return folded.find("được", window, subject[0].start) >= 0 \
        and _DONE_GIVEN.search(folded, window, subject[0].start) is not None


DONE_GIVEN_REACH = 40
"""Characters before a subject read for `_DONE_GIVEN` ("đã được giao nhiệm vụ cho ")."""
# After a subject, what assigns it a task in a report (`assigned`): "Sở Tài chính: Phối hợp ..."
# (a colon before a duty verb: a headline "UBND tỉnh: Họp nghe báo cáo ..." assigns nothing),
# "... chủ trì, phối hợp", "... theo chức năng nhiệm vụ được giao", a passive (`_GIVEN_TASK`)
# (not "tổ chức", "hỗ trợ", "triển khai", "phối hợp với": what a news report says an agency does or did, "Trung tâm
# Khuyến công phối hợp với UBND huyện tổ chức lớp tập huấn").
_ASSIGNED_CUE = regex.compile(_flex(
    rf"\s*:\s*(?:{_DUTY_VERBS})\b|\s+(?!phối hợp (?:với|cùng)\b)(?:{_ROLE_WORDS}|tùy theo|theo chức năng|chủ động|khẩn trương|cần"
    rf"|phải|{_GIVEN_TASK})\b"
))
_GIVEN = regex.compile(r"\b(?:(?<!được\s)giao|được\s+giao\s+(?:nhiệm\s+vụ\s+)?cho|yêu\s+cầu|đề\s+nghị)\b")
_GIVING = ("giao", "cầu", "nghị")
"""A word of each verb of `_OPENING` and `_GIVEN` (a quick test before the patterns)."""
_PAREN_REMARK = regex.compile(r"\s*\([^()]{0,120}\)")
# A speaker's words opening what a news report quotes: "Đồng chí ... - Phó Giám đốc Sở Công Thương cho biết, trong Kế
# hoạch số 137-KH/UBND, UBND tỉnh giao ..." (read in folded text).
_REPORTED = regex.compile(r"(?<!\p{L})cho\s+biết(?:\s+thêm)?\s*[,:]\s*")
# A scope clause after an agency ("... theo chức năng nhiệm vụ được giao"): not its name.
_SCOPE_TAIL = regex.compile(_flex(r"\s+(?:theo chức năng|trong phạm vi)\b"))


def assigned(folded: str, start: int, subject: list[Named], end: int) -> bool:
    """Whether the sentence ``folded[start:end]`` assigns its ``subject`` a task: "giao"
    ("yêu cầu", "đề nghị") before it ("UBND tỉnh giao Sở Công Thương chủ trì ..."; a passive
    only with "cho": "Thực hiện Kế hoạch nhiệm vụ được giao, ..., Trung tâm ... tổ chức ..."
    reports what the centre does), or an
    `_ASSIGNED_CUE` after it; not a sentence opening with the day of an event ("Ngày 14/9,
    Trung tâm ... phối hợp với ... tổ chức bế giảng": what happened that day)."""
    if _EVENT_DAY.match(folded, start, subject[0].start):
        return False
    return (_GIVEN.search(folded, start, subject[0].start) is not None
            or _ASSIGNED_CUE.match(folded, subject[-1].end, end) is not None)


# The day a report's sentence opens with: "Ngày 14/9, ...", "Sáng ngày 05/6/2023, ...".
_EVENT_DAY = regex.compile(r"(?:(?:sáng|chiều|tối)\s+)?(?:ngày\s+)?\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?\s*,")


def name_agencies(text: str, start: int, end: int) -> list[Named]:
    """The agencies named in ``text[start:end]`` (a heading or a subject), each matched."""
    return [Named(start + s, start + e, written, found) for s, e, written, found in _names_in(text[start:end])]


@lru_cache(maxsize=4096)
def _names_in(text: str) -> tuple[tuple[int, int, str, AgencyMatch], ...]:
    """(start, end, text as written, match) of each agency named in ``text`` (cached: headings
    and subjects recur)."""
    found = []
    folded = fold_text(text)
    for s, e in split_agencies(text, folded):
        if scope := _SCOPE_TAIL.search(folded, s, e):
            e = scope.start()
        written = " ".join(_PAREN_REMARK.sub("", text[s:e]).split())
        if written:
            found.append((s, e, written, match(text[s:e])))
    return tuple(found)


def find_subject(text: str, folded: str, start: int, end: int) -> list[Named] | None:
    """The agencies a sentence ``text[start:end]`` assigns work to, when it opens with them.

    The subject starts the sentence, follows "giao" ("yêu cầu", "đề nghị"), or follows a short opening clause
    ending with a comma (after a speaker of any length, "... cho biết,": `_REPORTED`); it ends at a duty verb or a colon, and every agency in it must
    resolve in the registry. Else it may be named last, given the task the sentence states
    (`given_last`).
    """
    if head_at(folded, start) and (named := _subject_at(text, folded, start, end, unknown_bodies=True)):
        return named
    limit = min(end, start + PREFIX_MAX)
    if folded.find(",", start, limit) < 0 and not any(folded.find(word, start, limit) >= 0 for word in _GIVING):
        return _subject_further(text, folded, start, end)  # no opening in reach (a quick test before the pattern)
    for opening in _OPENING.finditer(folded, start, limit):
        if not (head_at(folded, opening.end()) or folded.startswith(_MINISTRY, opening.end())):
            continue
        if folded[opening.start()] == "," and _objects_after(folded, start, opening.start()):
            continue  # the agencies after this clause are its objects
        if named := _subject_at(text, folded, opening.end(), end):
            return named
        if folded[opening.start()] != "," and not folded.endswith(_NOT_GIVING, start, opening.start()) \
                and not _PROPOSING.search(folded, start, opening.start()) \
                and (named := _named_to_end(text, opening.end(), end)
                     or _given_subject_at(text, folded, opening.end(), end)):
            return named
    return _subject_further(text, folded, start, end)


def _subject_further(text: str, folded: str, start: int, end: int) -> list[Named] | None:
    """The agencies a sentence assigns work to further than its opening: after a committee's "giao" past an opening
    clause (`_given_after_opening`), in what a speaker reports (`_reported`), or named last (`given_last`)."""
    return (_given_after_opening(text, folded, start, end) or _reported(text, folded, start, end)
            or _speaker_gives(text, folded, start, end) or given_last(text, folded, start, end))


# A speaker at an event asking agencies for work, after an opening clause, its title and name of any length: "Phát biểu
# chỉ đạo, Phó Giám đốc Sở Công Thương Nguyễn Văn Khoa đề nghị Trung tâm Khuyến công ...", "Phát biểu tại hội nghị, bà
# ... - Phó Chủ tịch UBND tỉnh đề nghị Sở Công Thương ..." (read in folded text).
_SPEAKER_GIVES = regex.compile(_flex(
    r"[ \t]*(?:phát biểu|tại (?:hội nghị|buổi lễ|buổi làm việc|lễ))[^,;.:\n]{0,60}, "
    r"[^;.:\n]{1,160}? (?:đề nghị|yêu cầu|giao) "))


def _speaker_gives(text: str, folded: str, start: int, end: int) -> list[Named] | None:
    """The agencies a speaker at an event opening the sentence asks for work (`_SPEAKER_GIVES`), named right after the
    giving word as after any "giao" (`_subject_at`, `_given_subject_at`); else None."""
    if not folded.startswith(("phát biểu", "tại "), _strip(text, start, end)[0]):
        return None  # (a quick test before the pattern)
    given = _SPEAKER_GIVES.match(folded, start, min(end, start + SUBJECT_MAX))
    if given is None or not head_at(folded, given.end()):
        return None
    return _subject_at(text, folded, given.end(), end) or _given_subject_at(text, folded, given.end(), end)


def _reported(text: str, folded: str, start: int, end: int) -> list[Named] | None:
    """The agencies what a speaker reports assigns work to (`_REPORTED`, "... cho biết,", within `SUBJECT_MAX`), read as a
    sentence of its own: the speaker's title may be of any length; else None."""
    reach = min(end, start + SUBJECT_MAX)
    if folded.find("cho biết", start, reach) < 0 or (reported := _REPORTED.search(folded, start, reach)) is None:
        return None
    return find_subject(text, folded, reported.end(), end)


def _given_after_opening(text: str, folded: str, start: int, end: int) -> list[Named] | None:
    """The agencies a committee gives a task after an opening clause of any length ends with a comma
    (`_COMMITTEE_GIVING`: "Theo ông ..., Phó Giám đốc Sở Công Thương, UBND tỉnh giao Sở Công Thương chủ trì ..."), within
    `SUBJECT_MAX` of ``start``, no proposal before it (`_PROPOSING`); else None."""
    reach = min(end, start + SUBJECT_MAX)
    if folded.find("giao", start, reach) < 0 and folded.find("yêu cầu", start, reach) < 0:
        return None  # a quick test before the pattern
    given = _COMMITTEE_GIVING.search(folded, start, reach)
    if given is None or _PROPOSING.search(folded, start, given.start()):
        return None
    return find_subject(text, folded, given.start("body"), end)


# "(được) giao (nhiệm vụ) cho" before the agencies a sentence names last: "Việc thẩm định dự toán
# kinh phí khuyến công hằng năm được giao cho Sở Tài chính."
_GIVEN_TO = regex.compile(_flex(r"(?<!\p{L})giao (?:nhiệm vụ |trách nhiệm )?cho "))
_SENTENCE_MARKS = " \t\n.;!?/"
"""What may follow the agencies a sentence names last (`given_last`): its closing marks."""


def given_last(text: str, folded: str, start: int, end: int) -> list[Named] | None:
    """The agencies the sentence ``text[start:end]`` names last, after "giao cho" ("giao
    nhiệm vụ cho") and a task before it ("Việc thẩm định ... được giao cho Sở Tài chính."):
    each a registry name as written, up to the sentence's closing marks; else None. Only a
    sentence holding "giao" in its last `SUBJECT_MAX` characters is searched."""
    window = max(start + 1, end - SUBJECT_MAX)
    if folded.find("giao", window, end) < 0:
        return None  # a quick test before the pattern
    last = last_match(_GIVEN_TO, folded, window, end)
    return _named_to_end(text, last.end(), end) if last and head_at(folded, last.end()) else None


def _named_to_end(text: str, start: int, end: int) -> list[Named] | None:
    """The agencies named from ``start`` to the closing marks of a sentence ending at ``end``
    ("giao cho Sở Tài chính."), each a registry name as written, within `SUBJECT_MAX`; else None."""
    names_end = end
    while names_end > start and text[names_end - 1] in _SENTENCE_MARKS:
        names_end -= 1
    if not start < names_end <= start + SUBJECT_MAX or not _names_exactly(text[start:names_end]):
        return None
    return name_agencies(text, start, names_end)


def _subject_at(text: str, folded: str, start: int, end: int, unknown_bodies: bool = False) -> list[Named] | None:
    """The agencies named from ``start`` to the first duty cue before ``end`` after which
    every one of them resolves, or, with ``unknown_bodies`` (a subject opening its sentence), one does, with the names
    read as bodies the registry does not know (`_with_unknown_bodies`: "Sở Tài chính và Văn phòng HĐND tỉnh theo dõi
    ...", whose duty has no `agency_id`), if any; a relative clause
    after them up to the cue, "có ..." ("UBND các xã, thị trấn có cơ sở được hỗ trợ theo dõi, giám sát ..."; no comma
    between), is no part of their names."""
    for cue in _CUE.finditer(folded, start + 1, min(end, start + SUBJECT_MAX)):
        named = name_agencies(text, start, cue.start())
        if named and all(n.match.agency for n in named):
            return named
        if named and unknown_bodies and _with_unknown_bodies(folded, named, start, cue.start()):
            return [n for n in named if n.match.agency or _body_named(folded, n)]  # (not "Trung tâm thương mại ...")
        relative = folded.find(" có ", start, cue.start())
        if (relative != -1 and folded.find(",", relative, cue.start()) == -1
                and _GIVING_IN.search(folded, relative, cue.end()) is None
                and (named := name_agencies(text, start, relative)) and all(n.match.agency for n in named)):
            return named  # (not before a giving word: "UBND các xã có cơ sở đề nghị hỗ trợ ...", the makers')
    return None


def _with_unknown_bodies(folded: str, named: list[Named], start: int, end: int) -> bool:
    """Whether ``named``, a subject from ``start`` to ``end``, holds an agency the registry knows beside names it does not
    know, and no giving word ("UBND tỉnh giao Sở ..., ..." names the given ones after it): the known agencies and the
    names read as bodies (`_body_named`: "Sở Tài chính và Văn phòng HĐND tỉnh") are the subject, the others no agency
    ("Sở Công Thương và Trung tâm thương mại Vincom phối hợp ...": the department's duty)."""
    return any(n.match.agency for n in named) and _GIVEN.search(folded, start, end) is None


def _body_named(folded: str, named: Named) -> bool:
    """Whether a name the registry does not know reads as a body's: short, an agency's head and a capital right after it
    or in it ("Văn phòng HĐND tỉnh", "Hội Cựu chiến binh tỉnh", "Ban Dân tộc tỉnh"; not "Văn phòng phẩm", "Trung tâm
    thương mại Vincom")."""
    head = HEAD.match(folded, named.start) if head_at(folded, named.start) else None
    if head is None or len(named.text.split()) > UNKNOWN_BODY_WORDS:
        return False
    written = named.text[:head.end() - named.start]
    after = named.text[len(written):].lstrip()[:1]
    return after.isupper() or any(word[:1].isupper() for word in written.split()[1:])  # "Ban Dân tộc tỉnh"


UNKNOWN_BODY_WORDS = 6
"""The most words of a body the registry does not know named beside a known agency in a subject."""


_MINISTRY = ("bộ ", "bộ\n")
"""How a ministry's name starts ("Hội nghị đề nghị Bộ Công Thương sớm trình ..."): no agency
head (`agencies.HEAD`) in general, as "bộ" is also a common noun ("bộ sản phẩm"), but one right
after "giao" ("yêu cầu", "đề nghị"), where the registry must still know the name."""
# A committee giving a task right after an opening clause: "Theo ông ..., Phó Giám đốc Sở Công Thương, UBND tỉnh giao
# ..." (read in folded text, however long the opening).
_COMMITTEE_GIVING = regex.compile(
    _flex(r", (?P<body>(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)[^,.;:\n]{0,30}? (?:giao|yêu cầu) )"))
_NOT_GIVING = ("theo ", "xét ", "cơ sở ", "bàn ", "chuyển ")
"""Words that make the "giao" ("yêu cầu", "đề nghị") after them no assignment: a noun ("Theo
đề nghị Sở Công Thương, UBND tỉnh phê duyệt ..."), a handover ("bàn giao", "chuyển giao")."""
# A proposal before "giao": "Tham mưu UBND tỉnh giao Sở Tài chính cân đối ..." is the task of
# who proposes (under its heading), not of the agency it would have given one.
_PROPOSING = regex.compile(_flex(r"tham mưu|đề xuất|kiến nghị"))
_WORD_GAP = regex.compile(r"\s+")
_WORD = regex.compile(r"\w+")


def _given_subject_at(text: str, folded: str, start: int, end: int) -> list[Named] | None:
    """The agencies given a task by the "giao" ("yêu cầu", "đề nghị") right before ``start``,
    whatever verb the task opens with ("UBND tỉnh giao Sở Công Thương tăng cường kiểm tra
    ..."): named up to the last gap before ``end`` (within `SUBJECT_MAX`) right after a word
    (not a comma: "giao Sở Nội vụ, giao, ...") after which each name is a registry name
    exactly and a lower-case word, no function word, follows."""
    cut = None
    for gap in _WORD_GAP.finditer(folded, start, min(end, start + SUBJECT_MAX)):
        if (text[gap.start() - 1].isalnum() or text[gap.start() - 1] == ")") \
                and _opens_task(text, folded, gap.end()) and _names_exactly(text[start:gap.start()]):
            cut = gap.start()
    return name_agencies(text, start, cut) if cut else None


def _opens_task(text: str, folded: str, pos: int) -> bool:
    """Whether the word at ``pos`` may open a task: lower case, no function word ("tại",
    "của", "và": "Xét đề nghị Giám đốc Sở Công Thương tại Tờ trình ...")."""
    word = _WORD.match(folded, pos)
    return word is not None and text[pos].islower() and word[0] not in function_words()


@lru_cache(maxsize=4096)
def _names_exactly(text: str) -> bool:
    """Whether every agency ``text`` names is a registry name or variant as it is (no fuzzy
    match: "UBND các huyện tăng" would pass one)."""
    return all(is_registry_name(text[s:e]) for s, e in split_agencies(text))


def heading_agencies(text: str, folded: str, node: SectionNode) -> tuple[list[Named], int] | None:
    """The agencies a section heading names and where its body starts, or None when it is
    not an agency heading.

    Every name in it must start with an agency noun ("Sở", "Ủy ban nhân dân", "Các sở",
    ...). A heading naming at least one registry agency qualifies; so does a short
    heading of unknown agencies ("Sở Giao thông vận tải"), flagged by the caller. Lines that continue
    a hard-wrapped heading ("9. Báo An Giang, Đài phát" / "thanh truyền hình An Giang")
    belong to it.
    """
    if not node.heading or node.body_start <= node.start:
        return None
    start = node.start
    if node.marker and text.startswith(node.marker, start):
        start += len(node.marker)
    first = start  # where the heading starts, wrapped or not
    while first < node.body_start and text[first].isspace():
        first += 1
    giving = _GIVING_HEADING.match(folded, first, node.body_start) if folded.startswith(_GIVING_FIRST, first) else None
    if giving and head_at(folded, giving.end()):
        start = first = giving.end()  # "2. Đề nghị Sở Tài chính:": the agencies after the verb
    elif first < node.body_start and text[first] not in _NAME_EDGE and not head_at(folded, first):
        return None  # the first name would start here, without an agency noun
    body_start = _heading_end(text, node)
    start, end = _strip(text, start, body_start)
    if responsible := _RESPONSIBLE_END.search(text, start, end):
        end = responsible.start()  # "1. Trung tâm Khuyến công ... tỉnh Cà Mau có trách nhiệm:": the name before it
    if not start < end <= start + HEADING_MAX:
        return None
    if _EXECUTION.search(folded, start, end):
        return None
    if giving and not _names_exactly(text[start:end]):
        return None  # "3. Giao Sở Công Thương chỉ đạo ...": a task in the heading, no heading of names
    named = name_agencies(text, start, end)
    if not named or not all(head_at(folded, n.start) for n in named):
        return None
    if any(n.match.agency is None and _runs_into_verb(text, folded, n) for n in named):
        return None  # a sentence of names and their duty, "2. Sở Tài chính, Sở Nông nghiệp và Môi trường phối hợp ..."
    if any(n.match.agency for n in named):
        return named, body_start
    if end - start <= UNKNOWN_HEADING_MAX and all(first.isupper() for first in _cue_openings(text, folded, start, end)):
        return named, body_start  # (a cue opening with a capital is a word of the name: "Phòng Quản lý công nghiệp")
    return None


def _runs_into_verb(text: str, folded: str, named: Named) -> bool:
    """Whether an unknown name runs on into a verb of its duty in lower case (`_CUE`: "Sở Nông nghiệp và Môi trường
    phối hợp thực hiện"; not "Sở Xây dựng", a name)."""
    return any(first.islower() for first in _cue_openings(text, folded, named.start, named.end))


def _cue_openings(text: str, folded: str, start: int, end: int) -> Iterator[str]:
    """The first character of each cue (`_CUE`) in ``text[start:end]``, past its spaces, as written."""
    cue = _CUE.search(folded, start, end)
    while cue is not None:
        word = len(folded) - len(folded[cue.start():].lstrip())
        yield text[word:word + 1]
        cue = _CUE.search(folded, cue.end(), end)


_RESPONSIBLE_END = regex.compile(r"(?r)[ \t]+(?:có|chịu)[ \t]+trách[ \t]+nhiệm[ \t:]*\Z")
""""có trách nhiệm" closing a heading of names over their duties."""


# A heading giving the agencies it names the tasks under it: "2. Đề nghị Sở Tài chính:",
# "3. Giao Sở Kế hoạch và Đầu tư:", "4. Yêu cầu UBND các huyện".
_GIVING_HEADING = regex.compile(_GIVING_WORDS)
_GIVING_FIRST = ("giao", "yêu", "đề")
"""How `_GIVING_HEADING` starts (a quick test before the pattern)."""
_NAME_EDGE = TRIM_CHARS + "("
"""Characters that may stand before the first agency noun of a heading."""


# A line continuing a hard-wrapped heading: starts lower case, no item marker.
_CONTINUATION = regex.compile(r"[ \t]*\p{Ll}")
CONTINUATION_LINES = 2
"""Hard-wrapped heading lines taken into a heading at most."""


def _heading_end(text: str, node: SectionNode) -> int:
    """``node.body_start``, moved past lines that continue a hard-wrapped heading."""
    body_start = node.body_start
    for _ in range(CONTINUATION_LINES):
        if text[node.start:body_start].rstrip()[-1:] in (".", ":", ";"):
            break
        line_end = text.find("\n", body_start, node.end)
        if line_end < 0 or not _CONTINUATION.match(text, body_start) or _MARKER.match(text, body_start):
            break
        body_start = line_end + 1
    return body_start


# ---------------------------------------------------------------- the extractor


def extract_duties(ctx: Context) -> list[Duty]:
    """Every duty of every agency in the organisation, monitoring and decision text."""
    text, folded = ctx.text, fold_text(ctx.text)
    own = ctx.metadata.number if ctx.metadata is not None else None
    executions = _executions(folded, own.casefold() if own else None)
    headings = _agency_headings(ctx, folded)
    breaks = _body_lines(ctx, folded) | _under_headline(ctx)
    closings = _closing_lines(folded)
    duties: list[Duty] = []
    warned: set[tuple[int, int]] = set()
    for node, named, body_start in headings:
        warn_unknown(ctx, named, warned)
        nested = [(h.start, h.end) for h, _, _ in headings if h is not node and node.start <= h.start < node.end]
        for start, end in _subtract([(body_start, node.end)], nested):
            if (closing := bisect_left(closings, start)) < len(closings):
                end = min(end, closings[closing])  # "Trên đây là Kế hoạch ...": the plan's closing words, no duty
            titled: list[Named] | None = None  # "d) Văn phòng Bộ:" over the paragraphs it gives them
            lead_in: LeadIn | None = None  # "Đề nghị Sở Tài chính:" over the list it gives them
            block = items(text, start, end, breaks)
            for index, item in enumerate(block):
                heading, titled = names_carried(text, item, titled)
                lead_in = lead_in.over(item.marker) if lead_in and not heading else None
                if heading:
                    continue
                owners = lead_in.names if lead_in else titled or named
                units = [part for unit in heading_units(text, folded, item)
                         for part in agency_clauses(text, folded, *unit, owned=True)]
                for number, (s, e) in enumerate(units):
                    subject = find_subject(text, folded, s, e)
                    if (given := given_before_colon(text, folded, s, e)) is not None:
                        # its list: the item's next sentences, else the items after it
                        listed = number + 1 < len(units) or (
                            index + 1 < len(block) and LeadIn(given, item.marker).over(block[index + 1].marker))
                        lead_in = LeadIn(given, item.marker) if number + 1 == len(units) else None
                        if listed and (not given or _same_names(subject, given)):
                            owners = given
                            continue  # the lead-in alone (an unknown body's list: nobody's duty)
                    warn_unknown(ctx, subject or [], warned)
                    duties.extend(_duties(ctx, _assignees(owners, subject), s, e))
                    owners = given or owners
    blocks = [(node.start, node.end) for node, _, _ in headings]
    organised = any(n.kind == "organization" for n in ctx.sections)
    report = not organised and ctx.metadata is not None and ctx.metadata.doc_type in REPORT_TYPES
    for start, end in _subtract(_prose_regions(ctx), blocks):
        lead_in = None  # "... đề nghị UBND các tỉnh:" over the list items it gives them
        titled = None  # "d) Văn phòng Bộ:" over the paragraphs it gives them
        paragraphs = items(text, start, end, breaks)
        for index, item in enumerate(paragraphs):
            heading, titled = names_carried(text, item, titled)
            lead_in = lead_in.over(item.marker) if lead_in and not heading else None
            if heading:
                continue
            current: list[Named] | None = lead_in.names if lead_in else titled
            given = given_before_colon(text, folded, item.body_start, item.end)
            listed = given is not None and index + 1 < len(paragraphs) and (
                LeadIn(given, item.marker).over(paragraphs[index + 1].marker) is not None)
            for opened, (s, e) in ((whole[0], part) for whole in sentences(text, item.body_start, item.end)
                                   for clause in committee_clauses(text, folded, *whole)
                                   for part in agency_clauses(text, folded, *clause)):
                if executions and _any_within(executions, s, e):
                    current = None  # "... chịu trách nhiệm thi hành Quyết định này", nor the sentences after it
                    continue
                if report and captioned(text, e):
                    continue  # a photo's caption: "Cục ... phối hợp với các địa phương triển khai ... Ảnh: Thùy Linh"
                if folded.startswith("nơi nhận", s):
                    current = None  # the receivers' list closing the text: no task of the agency before
                    continue
                requested = requested_in_letter(text, folded, s, e)
                subject = requested or find_subject(text, folded, s, e)
                carried = None if requested else request_carried(text, folded, opened, s, e)
                subject = subject or carried
                if e < item.end and (inner := given_before_colon(text, folded, s, e)) and _same_names(subject, inner):
                    current = inner
                    continue  # the lead-in alone: the item's next sentences are its agencies' duties
                if listed and e == item.end and _same_names(subject, given):
                    continue  # the lead-in alone: the list under it gives its agencies their duties
                # a document's request is assigned by its words, whatever day opens the sentence
                if subject and (reported(folded, s, subject, e)
                                or (report and not (requested or carried) and not assigned(folded, s, subject, e))):
                    current = None  # a report of what it did, and the sentences after it
                    continue
                if subject is None and not (organised or lead_in or _DUTY_START.match(folded, s, e)):
                    continue  # prose of a text with no organisation section: a report, no task
                current = subject or current
                warn_unknown(ctx, subject or [], warned)
                if current:
                    duties.extend(_duties(ctx, current, s, e))
            if given is not None and (item.marker is None or listed):
                lead_in = LeadIn(given, item.marker)  # (a marked item's only over a list of another mark under it)
    return sorted(duties, key=lambda d: d.span)  # stable: agencies keep the order they are named in


def warn_unknown(ctx: Context, named: list[Named], warned: set[tuple[int, int]]) -> None:
    """An ``unknown_agency`` warning for each of ``named`` the registry does not know, once for each place."""
    for n in named:
        if n.match.agency is None and (n.start, n.end) not in warned:
            warned.add((n.start, n.end))
            ctx.warn("unknown_agency", f"agency not in the registry: {n.text!r} "
                     f"(best score {n.match.score:.0f})", n.start, n.end)


class LeadIn(NamedTuple):
    """The agencies a lead-in ending with a colon gives the list under it (`given_before_colon`),
    the marker of the item it closes (None for a paragraph) and the marker of its list's first
    item, once met (None before)."""

    names: list[Named]
    after: str | None
    first: str | None = None

    def over(self, marker: str | None) -> LeadIn | None:
        """This lead-in when the item marked ``marker`` is in its list, else None: the items
        after it marked alike ("a)", "b)" or dashes), of another kind than the item closing it
        ("b) ... Đề nghị Sở Tài chính:" over dashes) or starting a list afresh ("b) ... Đề nghị
        Sở Tài chính:" over "a)", "b)")."""
        kind = marker_kind(marker)
        if self.first is None:
            opens = kind in _LIST_KINDS and (kind != marker_kind(self.after) or marker == "a)")
            return self._replace(first=marker) if opens else None
        return self if kind == marker_kind(self.first) else None


_LIST_KINDS = frozenset({"letter", "dash", "plus"})
"""The kinds of marker (`marker_kind`) of the list a lead-in gives: numbered and Roman items
are parts of the document, not a lead-in's."""


def marker_kind(marker: str | None) -> str | None:
    """What kind of list an item marker belongs to: "letter" ("a)"), "dash" ("-", "–", "•"),
    "plus", "number" with its depth ("number1" for "1.", "number2" for "1.2."), "roman",
    "article"; None for a paragraph."""
    if marker is None:
        return None
    if marker.endswith(")"):
        return "letter"
    if marker in "-–•":
        return "dash"
    if marker == "+":
        return "plus"
    if marker[0].isdecimal():
        return f"number{marker.count('.')}"
    return "article" if marker.startswith("Điều") else "roman"


def heading_units(text: str, folded: str, item: Item) -> list[tuple[int, int]]:
    """The duty texts of an item under an agency heading: a marked item whole, a paragraph
    each sentence; a lead-in closing the item after a sentence or a semicolon ("b) Tổng hợp
    báo cáo ...; đề nghị UBND các huyện:") cut off as a unit of its own."""
    units = sentences(text, item.body_start, item.end) if item.marker is None else [(item.body_start, item.end)]
    if text[item.end - 1] != ":":
        return units
    start, end = units[-1]
    clause = max(sentences(text, start, end)[-1][0], text.rfind(";", start, end) + 1)
    clause = _strip(text, clause, end)[0]
    if clause == start or given_before_colon(text, folded, clause, end) is None:
        return units
    return units[:-1] + [_strip(text, start, clause), (clause, end)]


_LIST_MARKERS = ("-", "+", "•", "–")
"""The markers of list items, which an agency's name alone over them gives to it (`names_carried`)."""
_GIVEN_BEFORE_COLON = regex.compile(_flex(
    r"(?<!\p{L})(?:giao(?! thông)|yêu cầu|đề nghị|chỉ đạo) (?P<named>(?:(?!(?<!\p{L})(?:giao(?! thông)|yêu cầu|đề nghị"
    r"|chỉ đạo)(?!\p{L}))[^:\n]){3,200}?)\s*:\s*$"))
"""The last "giao" ("yêu cầu", "đề nghị", "chỉ đạo") of a paragraph ending with a colon, and the words
after it ("UBND tỉnh yêu cầu Sở Công Thương ...; đồng thời đề nghị UBND các huyện:", "Sở Công Thương chỉ đạo Trung tâm
Khuyến công:"); not the "giao" of "Sở Giao thông vận tải"."""


def given_before_colon(text: str, folded: str, start: int, end: int) -> list[Named] | None:
    """The agencies a paragraph ending with a colon gives the list under it ("Bộ Nông nghiệp
    và PTNT đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:" over "- Nội
    dung tổng kết: ...", "- Trong quá trình tổng kết ..."): named right after "giao" ("yêu
    cầu", "đề nghị"; not "Theo/Xét đề nghị"), each a registry name as written; an empty list
    for a body the registry does not know ("Đề nghị Công an tỉnh:", `_names_a_body`: the list
    is nobody's the extractor can name, not the heading agency's); else None."""
    if end <= start or text[end - 1] != ":":  # an item ends at its last non-blank character
        return None
    m = _GIVEN_BEFORE_COLON.search(folded, max(start, end - 260), end)
    if m is None or folded.endswith(_NOT_GIVING, start, m.start()):
        return None
    named_start, named_end = m.span("named")
    if _names_exactly(text[named_start:named_end]):
        return name_agencies(text, named_start, named_end)
    return [] if _names_a_body(text, folded, named_start, named_end) else None


def _names_a_body(text: str, folded: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, the words between "giao" ("yêu cầu", "đề nghị") and a
    lead-in's colon, read as a body's name: a capital first, short, no verb of a duty ("Công an
    tỉnh", "Bộ Chỉ huy Quân sự tỉnh"; not "Sở Công Thương chủ trì thực hiện các nội dung sau")."""
    return (text[start].isupper() and end - start <= UNKNOWN_HEADING_MAX
            and _CUE.search(folded, start, end) is None)


def named_alone(text: str, item: Item) -> list[Named] | None:
    """The agencies of a paragraph that is only their names and a colon, a heading the
    sections did not take ("d) Văn phòng Bộ:" after a list whose "b)" and "c)" a copy lost),
    each a registry name as written; else None. The paragraphs under it, up to the next
    marked one but for a list's, are their duties."""
    if item.end - item.body_start > _NAMED_ALONE_MAX or text[item.end - 1] != ":":
        return None
    names = text[item.body_start:item.end - 1]
    return name_agencies(text, item.body_start, item.end - 1) if has_word(names) and _names_exactly(names) else None


def names_carried(text: str, item: Item, titled: list[Named] | None) -> tuple[bool, list[Named] | None]:
    """Whether ``item`` is an agency's name alone (`named_alone`), and the names that carry on
    to the paragraphs after it: its own; else ``titled`` (the last such name's) under an
    unmarked paragraph or a list's item, None after any other marker."""
    if alone := named_alone(text, item):
        return True, alone
    return False, titled if item.marker is None or item.marker in _LIST_MARKERS else None


_NAMED_ALONE_MAX = 160
"""Characters of the longest paragraph `named_alone` reads (two or three agencies' names)."""


def _same_names(subject: list[Named] | None, given: list[Named] | None) -> bool:
    """Whether a sentence's ``subject`` is, at the same places, the agencies its lead-in
    gives the list under it (``given``, `given_before_colon`): then the sentence gives them
    nothing but that list ("Ủy ban nhân dân tỉnh đề nghị các Sở, ban, ngành:"). A subject
    found elsewhere in it has a task of its own."""
    return subject is not None and given is not None and [(n.start, n.end) for n in subject] == [
        (n.start, n.end) for n in given]


# A request a document makes, stated after it is named: "Ngày 07/9/2022, Cục Công Thương địa
# phương có Công văn số 123/CTĐP-KC ..., trong đó đề nghị các Sở Công Thương ... rà soát ...".
_LETTER_REQUEST = regex.compile(_flex(r",\s*trong đó ") + _GIVING_WORDS)


def requested_in_letter(text: str, folded: str, start: int, end: int) -> list[Named] | None:
    """The agencies the sentence ``text[start:end]`` says a document (named by its number
    before) asks for a task: named right after ", trong đó đề nghị" ("giao", "yêu cầu") up to
    a duty cue, or up to any verb as after an opening "giao"; else None. A sentence opening
    with the day the document was sent still gives them the task (not a report of that day)."""
    if folded.find("trong đó", start, end) < 0 and folded.find("trong\nđó", start, end) < 0:
        return None  # a quick test before the pattern
    request = _LETTER_REQUEST.search(folded, start, end)
    if request is None or not head_at(folded, request.end()) or not NUMBER.search(text, start, request.start()):
        return None
    return (_subject_at(text, folded, request.end(), end)
            or _given_subject_at(text, folded, request.end(), end))


_EXECUTION_BEFORE = regex.compile(_flex(r"(?:chịu trách nhiệm|có trách nhiệm|căn cứ quyết định)\s+(?:tổ chức\s+)?$"))


def _closing_lines(folded: str) -> list[int]:
    """Where each line opening with "Trên đây là" starts (ascending): a plan's or a report's closing words ("Trên đây
    là Kế hoạch thực hiện Chương trình khuyến công trên địa bàn huyện./."), which end the duties of the agency heading
    over them."""
    return [at for at in occurrences(folded, "trên đây là")
            if at == 0 or ("\n" + folded[max(0, at - 8):at]).rstrip(" \t").endswith("\n")]


def _executions(folded: str, own_number: str | None = None) -> list[int]:
    """One offset inside each `_EXECUTION` match of ``folded``, ascending: where its last
    words ("thi hành", "các ông") start, and where a council's resolution says when it was
    passed ("thông qua ngày"), found by string search, the words before them read in a short
    window (a pattern search of the whole text took a fifth of the
    extractor's time)."""
    found = [at for gap in " \n" for at in occurrences(folded, f"thi{gap}hành")
             if (before := _EXECUTION_BEFORE.search(folded, max(0, at - 40), at))
             and (not (before[0].startswith("có") or "tổ chức" in before[0])
                  or _THIS_DOCUMENT.match(folded, at + 8) or names_itself(folded, at + 8, own_number))]
    found += [at for gap in " \n" for at in occurrences(folded, f"các{gap}ông")
              if not folded[at + 7:at + 8].isalpha() and not folded[at - 1:at].isalpha()]
    found += [at for gap in " \n" for at in occurrences(folded, f"thông qua{gap}ngày")
              if "nghị quyết này" in folded[max(0, at - PASSED_REACH):at]]
    return sorted(found)


# After "có trách nhiệm thi hành": this document, what makes it the closing clause ("... có trách nhiệm thi
# hành Quyết định này", in a copy cut there "... thi hành Quyết"; "Sở Tài chính có trách nhiệm thi hành việc
# cấp phát kinh phí", "... thi hành chương trình khuyến công trên địa bàn" are tasks).
_THIS_DOCUMENT = regex.compile(_flex(r"\s+" + _THIS_DOCUMENT_WORDS))
# The same, named by its own number before its end matter: the receivers' list ("Nơi nhận"), the signature ("TM.",
# "KT.") or the article of when it comes into force.
_NAMED_BEFORE_END = regex.compile(_flex(
    rf"\s+(?P<type>{_TYPES_EXECUTED}){_NUMBERED}\.?\s*(?=\n\s*(?:nơi nhận|tm\.|kt\.|điều \d+\.[^\n]{{0,80}}?hiệu lực))"))


def names_itself(folded: str, at: int, own_number: str | None) -> bool:
    """Whether the document "thi hành" names at ``at`` is this one, by its number before the end matter: its own
    number (``own_number``, case-folded), or any decision's when the text's own is not known."""
    m = _NAMED_BEFORE_END.match(folded, at)
    if m is None:
        return False
    number = m["number"].rstrip(".,;")
    return number == own_number if own_number else m["type"] == "quyết định"


PASSED_REACH = 200
"""Characters before "thông qua ngày" read for "Nghị quyết này": a council's resolution
closes "Nghị quyết này đã được Hội đồng nhân dân tỉnh ... khóa XIX, kỳ họp thứ ... thông qua
ngày ...", which is no duty (`_executions`)."""


def _any_within(positions: list[int], start: int, end: int) -> bool:
    """Whether one of ``positions`` (ascending) lies in ``[start, end)``."""
    at = bisect_left(positions, start)
    return at < len(positions) and positions[at] < end


def _assignees(heading: list[Named], subject: list[Named] | None) -> list[Named]:
    """Who a duty under an agency heading belongs to: the sentence's own subject when it
    names another agency, else every agency of the heading (a subject restating part of
    the heading does not drop the rest)."""
    if subject and {n.match.id for n in subject} - {n.match.id for n in heading}:
        return subject
    return heading


_FRONT_MATTER = frozenset({"header", "preamble"})
"""Sections that assign no work: the issuer, number and title; the grounds ("Căn cứ ...")."""
_NOT_DUTIES = frozenset({"scope"})
"""Kinds of sections whose agencies are no assignees: who a programme supports ("Đối tượng
được hỗ trợ: ... 3. Các cơ quan, tổ chức có hoạt động liên quan ...")."""


def _agency_headings(ctx: Context, folded: str) -> list[tuple[SectionNode, list[Named], int]]:
    """Sections headed by agencies, with the agencies and where the body starts.

    A heading of unknown agencies only counts inside an organisation section or beside
    a known agency heading.
    """
    organisation = [(n.start, n.end) for n in ctx.sections if n.kind == "organization"]
    text = ctx.text
    candidates = [(node, *found) for node in ctx.sections
                  if node.kind not in _NOT_DUTIES and (found := heading_agencies(text, folded, node))]
    known_parents = {node.parent_id for node, named, _ in candidates if any(n.match.agency for n in named)}
    return [
        (node, named, body_start) for node, named, body_start in candidates
        if any(n.match.agency for n in named)
        or node.parent_id in known_parents
        or any(s < node.start < e for s, e in organisation)
    ]


# A time opening a line before its subject: "Năm 2024, Sở Công Thương ...", "Hằng năm, ..." (read in folded text).
_TIME_OPENING = regex.compile(_flex(r"(?:trong )?năm \d{4},|(?:hằng|hàng) năm,"))


def _body_lines(ctx: Context, folded: str) -> frozenset[int]:
    """Where the line after a section's title starts, when it opens with an agency's task: a
    short heading line without a closing mark that names no subject ("2. Công tác phối hợp"),
    over a line opening with its subject ("Hội Nông dân tỉnh phối hợp ...", maybe after its time: "Năm 2024, Sở Công
    Thương ...") or with "giao"
    ("yêu cầu", "đề nghị") and the agencies it gives a task or a list ("Đề nghị Sở Tài chính:").
    An item starts there (`items`), not a line continuing the title's; a point whose first line
    the sections took for its heading goes on ("a) Chủ trì triển khai thực hiện" / "Quy định
    chính sách hỗ trợ ...")."""
    text, found = ctx.text, set()
    for node in ctx.sections:
        title = text[node.start:node.body_start].rstrip()
        line_start = node.start + len(title) + 1
        if not (node.start < line_start - 1 <= node.start + TITLE_MAX and text.startswith("\n", line_start - 1)
                and not title.endswith(_TITLE_CLOSERS) and text[line_start:line_start + 1].isupper()):
            continue
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        if (head_at(folded, line_start) or folded.startswith(_GIVING_OPENERS, line_start)
                or _TIME_OPENING.match(folded, line_start)) \
                and not find_subject(text, folded, node.start, line_start - 1) \
                and (find_subject(text, folded, line_start, line_end) or given_before_colon(
                    text, folded, line_start, _strip(text, line_start, line_end)[1]) is not None):
            found.add(line_start)
    return frozenset(found)


def _under_headline(ctx: Context) -> frozenset[int]:
    """Where a news report's first paragraph starts, on the line under its headline
    (`news_headline_end`) with no blank line between them: an item of its own, not the
    headline's next line ("... năm 2021 đã được phê duyệt" / "Cục Công Thương địa phương đề
    nghị Sở Công Thương các địa phương rà soát ...")."""
    if ctx.metadata is None or ctx.metadata.doc_type != "bai_viet":
        return frozenset()
    end = news_headline_end(ctx.text)
    if end is None or not ctx.text.startswith("\n", end):
        return frozenset()
    return frozenset({end + 1})


_GIVING_OPENERS = ("giao ", "đề nghị ", "yêu cầu ")
"""How a line giving agencies a task or a list opens (`_body_lines`)."""


TITLE_MAX = 60
"""Characters of the longest heading line read as a title (`_body_lines`): a longer line without
a closing mark may be a sentence wrapped before a capital ("... phối hợp với Sở Tài chính" /
"Sở Kế hoạch và Đầu tư ...")."""
_TITLE_CLOSERS = (".", ";", ":", ",", "!", "?")
"""The marks a heading line that is a point's sentence, or part of one, ends with."""


def _prose_regions(ctx: Context) -> list[tuple[int, int]]:
    """Bodies of organisation, monitoring and decision sections; if the document has no
    organisation section, the whole text but its header, preamble and `_NOT_DUTIES` sections."""
    if not any(n.kind == "organization" for n in ctx.sections):
        holes = [(n.start, n.end) for n in ctx.sections if n.kind in _NOT_DUTIES or n.id in _FRONT_MATTER]
        return list(_subtract([(0, len(ctx.text))], holes))
    return merge(sorted((n.body_start, n.end) for n in ctx.sections if n.kind in PROSE_KINDS))


def _subtract(ranges: list[tuple[int, int]], holes: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Parts of ``ranges`` outside every hole."""
    for start, end in ranges:
        pos = start
        for h_start, h_end in sorted(holes):
            if h_end <= pos or h_start >= end:
                continue
            if h_start > pos:
                yield pos, h_start
            pos = max(pos, h_end)
        if pos < end:
            yield pos, end


def _duties(ctx: Context, agencies: list[Named], start: int, end: int) -> list[Duty]:
    """One `Duty` per agency for the duty text ``ctx.text[start:end]`` (a document's closing
    mark "/." after its full stop left out: "... theo quy định./.")."""
    if ctx.text.endswith("./.", start, end):
        end -= 2
    body, role, deadline = _duty_facts(ctx.text[start:end])
    if not has_word(body):
        return []
    section = ctx.section_at(start)
    unique = {(n.match.id or n.text): n for n in reversed(agencies)}  # an agency named twice: once
    section_id, span = section.id if section else None, ctx.span(start, end)
    return [
        build(Duty, {"agency": n.text, "agency_id": n.match.id, "role": role, "section_id": section_id,
                     "text": body, "deadline": deadline, "span": span})
        for n in agencies if unique[n.match.id or n.text] is n
    ]


@lru_cache(maxsize=4096)
def _duty_facts(raw: str) -> tuple[str, DutyRole, Deadline | None]:
    """A duty text's words (whitespace collapsed), role and deadline (cached: plans copy
    their organisation sections from one another, so duty texts recur)."""
    folded = fold_text(raw)
    return " ".join(raw.split()), role_of(raw, folded), find_deadline(raw, folded)
