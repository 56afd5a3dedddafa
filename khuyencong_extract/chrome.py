"""Web-page chrome: HTML markup a copy kept (`decode_markup`), a site's metadata table
(`strip_site_table`), menu, footer and byline lines and words (`strip_chrome`), by the
rules of ``data/chrome.txt``, and a news page's related headlines run together on the line
under its lede (`related_headlines_line`).

Reads: a `MappedText` (`strip_chrome` expects the output of `whitespace`). Writes: the
`MappedText` with the chrome dropped (dropped text has no group in the map) and hints,
facts read from the chrome before it was dropped (``number``, ``issued_date``, ``title``,
``page_date``, ``byline``, ``site``...), values as written.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from functools import lru_cache

import regex

from khuyencong_extract.textmap import MappedText
from khuyencong_extract.texttools import BLANKS, data_lines, holds_any, merge

_HEAD_LINES = 5
"""How many first lines a ``head`` chrome rule looks at."""
_FOOTER_LINE_CHARS = 200
"""A page footer (link list) holds no line longer than this."""
# A row of a copied two-column table: "| Số hiệu | 1966/QĐ-UBND |".
_TABLE_ROW = regex.compile(r"^[^\S\n]*\|[^\S\n]*([^|\n]{1,80}?)[^\S\n]*\|[^\S\n]*([^|\n]{0,300}?)[^\S\n]*\|?[^\S\n]*$")
# A row whose leading pipe a copy lost: "Số hiệu | 24/2013/QĐ-UBND |". A row only when its key
# is a known one (a header cell "ỦY BAN NHÂN DÂN |" is none), and with its closing pipe, which
# clean text never has (`whitespace` drops it): a table that a first pass left stays.
_BARE_ROW = regex.compile(r"^[^\S\n]*([^|\n]{1,80}?)[^\S\n]*\|[^\S\n]*([^|\n]{1,300}?)[^\S\n]*\|[^\S\n]*$")


# HTML a page's copy kept as text: a character reference ("&agrave;", "&#7855;", "&nbsp;") and
# a tag of text markup ("<p style=...>", "</span>", "<br/>"); a block tag breaks the line.
_ENTITY = regex.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_TAG = regex.compile(
    r"</?(?P<name>p|br|div|li|ul|ol|tr|td|th|table|tbody|thead|h[1-6]|span|strong|b|i|em|u|a|font|sup|sub|img)"
    r"(?:[ \t\n][^<>]{0,500})?/?>",
    regex.I,
)
_BLOCK_TAGS = frozenset({"p", "br", "div", "li", "ul", "ol", "tr", "td", "th", "table", "tbody", "thead",
                         "h1", "h2", "h3", "h4", "h5", "h6"})
_MARKUP_PASSES = 3
"""Passes of `decode_markup` at most: "&amp;agrave;" is decoded twice."""


def decode_markup(text: MappedText) -> MappedText:
    """``text`` with its HTML character references decoded and its tags of text markup
    dropped (a block tag becomes a line break mapped to it), until none is left; each
    pass is tried only when the text holds "&" or "<"."""
    for _ in range(_MARKUP_PASSES):
        before = text
        if "&" in text.text:
            text = text.sub(_ENTITY, lambda m: html.unescape(m.group()))
        if "<" in text.text:
            text = text.sub(_TAG, lambda m: "\n" if m["name"].lower() in _BLOCK_TAGS else "")
        if text is before:
            break
    return text


@dataclass(frozen=True, slots=True)
class ChromeRules:
    hints: tuple[tuple[regex.Pattern, str], ...]
    words: regex.Pattern | None
    word_cues: tuple[str, ...] | None
    """The ``words`` rules case-folded when all are plain text (see `_may_hold_words`)."""
    lines: regex.Pattern | None
    """The ``line`` rules without a cue as a whole line after a line break (see `_whole_lines`)."""
    cued_lines: tuple[tuple[str, regex.Pattern, str | None], ...]
    """The ``line`` rules with a cue: (cue, the rule as ``lines``, the hint key its line gives
    or None), tried in a text holding the cue."""
    head: tuple[tuple[regex.Pattern, str | None], ...]
    tail: regex.Pattern | None
    """The ``tail`` rules as ``lines``."""
    lines_or_tail: regex.Pattern | None
    """``lines`` or ``tail`` (groups ``line`` and ``tail``), when there are both: one search finds both."""
    last: tuple[tuple[regex.Pattern, str | None], ...]


# A document header a copy flattened onto its first line, its cells apart by table pipes and
# its rules inline: "ỦY BAN NHÂN DÂN TỈNH SƠN LA ------- Số: 38/2018/QĐ-UBND | CỘNG HÒA XÃ HỘI
# CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Sơn La, ngày 02 tháng 11 năm 2018".
_HEADER_LINE = regex.compile(
    r"[^\n]{0,200}?(?:ỦY|UỶ|SỞ|BỘ|HỘI)[ \t][^\n]{0,200}?Số[ \t]*:?[ \t]*\d[^\n]{0,300}?CỘNG[ \t]+H[OÒ][AÀ][^\n]{0,300}")
_CELL_BREAK = regex.compile(r"[ \t]+\|[ \t]+|[ \t]+(?P<rule>-{3,})[ \t]+")
HEADER_LINE_REACH = 600
"""The flattened header is looked for in this many characters at the top."""


def header_cells(text: MappedText) -> MappedText:
    """A header flattened onto one line (`_HEADER_LINE`) back on lines of its own: each table
    pipe a line break (mapped to it), each inline rule dropped, the space before it a break."""
    start = BLANKS.match(text.text).end()
    line_end = text.text.find("\n", start, start + HEADER_LINE_REACH)
    line_end = min(len(text.text), start + HEADER_LINE_REACH) if line_end < 0 else line_end
    if "|" not in text.text[start:line_end] and "---" not in text.text[start:line_end]:
        return text
    if not _HEADER_LINE.fullmatch(text.text, start, line_end):
        return text
    edits = []
    for m in _CELL_BREAK.finditer(text.text, start, line_end):
        if m["rule"] is None:
            edits.append((m.start(), m.end(), "\n"))
        else:  # the first space a break, the rule and the other spaces dropped
            edits += [(m.start(), m.start() + 1, "\n"), (m.start() + 1, m.end(), "")]
    return text.edit(edits)


# A header a text view of a PDF flattened onto one line, its cells in reading order: "1. UBND TỈNH BẾN TRE
# CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ CÔNG THƯƠNG Độc lập - Tự do - Hạnh phúc ------- --------------- Số:
# 1231/CTr-SCT Bến Tre, ngày 24 tháng 09 năm 2013 CHƯƠNG TRÌNH KHUYẾN CÔNG ... NĂM 2020 Phần mở đầu. ..."
# (a sharing site's copy): the motto, then the number, the place and date and the title in capitals.
# The enacting body's line under a flattened header's title, over the body in sentence case: "ỦY BAN NHÂN DÂN TỈNH
# ĐẮK LẮK", "CHỦ TỊCH ỦY BAN NHÂN DÂN ...", "HỘI ĐỒNG NHÂN DÂN TỈNH ... KHÓA XIX, KỲ HỌP THỨ 30", "GIÁM ĐỐC SỞ ...",
# "BỘ TRƯỞNG BỘ ..."; the last such line before the body, not the same words inside the title ("PHÂN CẤP CHO ỦY BAN
# NHÂN DÂN CẤP HUYỆN ...": `_ENACTING_START` never inside the enacting line).
_ENACTING_START = r"(?:(?:ỦY|UỶ)[ \t]+BAN|UBND|HỘI[ \t]+ĐỒNG|HĐND|CHỦ[ \t]+TỊCH|GIÁM[ \t]+ĐỐC|BỘ[ \t]+TRƯỞNG)(?!\p{L})"
_ENACTING = (r"(?:(?:CHỦ[ \t]+TỊCH[ \t]+)?(?:(?:ỦY|UỶ)[ \t]+BAN[ \t]+NHÂN[ \t]+DÂN|UBND|HỘI[ \t]+ĐỒNG[ \t]+NHÂN[ \t]+DÂN|HĐND)"
             r"|CHỦ[ \t]+TỊCH|GIÁM[ \t]+ĐỐC|BỘ[ \t]+TRƯỞNG)(?!\p{L})")
_TITLE_LINKS = r"(?<!\p{L})(?:CỦA|CHO|VÀ|GIỮA|ĐƯỢC|VỚI|TỚI|ĐẾN|CÁC)"
"""Words after which an enacting word opens no enacting line but goes on with the title ("... PHÂN CẤP CHO ỦY BAN
NHÂN DÂN CẤP HUYỆN", "... GIỮA SỞ CÔNG THƯƠNG VÀ UBND CÁC HUYỆN")."""
_ROMAN_HEADING = r"[IVX]{1,4}\.[ \t]"
"""A Roman section marker: the body's first heading right after a title in capitals."""
_FLAT_HEADER = regex.compile(
    r"(?P<motto>CỘNG[ \t]+H[OÒ][AÀ][ \t]+XÃ[ \t]+HỘI[ \t]+CHỦ[ \t]+NGHĨA[ \t]+VIỆT[ \t]+NAM)[ \t]+[^\n]{0,120}?"
    r"(?P<motto2>Độc[ \t]+lập[ \t]*-[ \t]*Tự[ \t]+do[ \t]*-[ \t]*Hạnh[ \t]+phúc)(?P<rules>(?:[ \t]+-{3,})*)[ \t]+"
    r"(?P<number>Số[ \t]*:?[ \t]*\d[^\s]{1,40})[ \t]+"
    r"(?P<dated>(?:\p{Lu}\p{Ll}*[ \t]+){0,3}\p{Lu}\p{Ll}*,[ \t]+ngày[ \t]+\d{1,2}[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm[ \t]+\d{4})"
    r"(?:[ \t]+(?P<title>(?:(?P<type>QUYẾT[ \t]+ĐỊNH|NGHỊ[ \t]+QUYẾT|CHỈ[ \t]+THỊ|THÔNG[ \t]+TƯ|KẾ[ \t]+HOẠCH)[ \t]+)?"
    r"\p{Lu}[\p{Lu}\d \t,/\-–]{10,400}?)"
    rf"(?=[ \t]+\p{{Lu}}?\p{{Ll}}|[ \t]+{_ROMAN_HEADING}|(?<!{_TITLE_LINKS})[ \t]+{_ENACTING}"
    rf"(?:(?!{_ENACTING_START})[^\p{{Ll}}\n]){{0,120}}?[ \t]+\p{{Lu}}?\p{{Ll}}))?")
# The capitals right after a title cut at an enacting word, up to the body in sentence case: the rest of the title of
# a header that has no enacting line (a plan's, a circular's, a report's); not the body's first words, an enacting
# body (`_ENACTING_LINE`) or a Roman heading ("... NĂM 2024 I. MỤC ĐÍCH, YÊU CẦU").
_ENACTING_LINE = (rf"{_ENACTING_START}(?:[ \t]+(?!(?:CÁC|VỀ|NĂM|TRONG|TẠI|CỦA|CHO|VÀ|THEO|GIỮA|VỚI)(?!\p{{L}}))"
                   r"[\p{Lu}\-–]+){0,10}[ \t]+\p{Lu}?\p{Ll}")
"""An enacting body opening the body in sentence case: its name alone, words of a name in capitals up to the body
("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU Trong ...", "GIÁM ĐỐC SỞ CÔNG THƯƠNG Căn cứ ...", "BỘ TRƯỞNG BỘ CÔNG
THƯƠNG Căn cứ ..."), or a sentence's subject ("UBND tỉnh yêu cầu ..."); not a body the title names, a word of the title
("CÁC", "VỀ", "NĂM", "TẠI", ...) or a figure before the body ("... TẠI UBND CÁC HUYỆN NĂM 2024 Căn cứ ...", "KẾT LUẬN
CHỦ TỊCH UBND TỈNH VỀ CÔNG TÁC ...")."""
_REST_IN_CAPITALS = regex.compile(
    rf"(?:[ \t]+(?!{_ROMAN_HEADING})(?!{_ENACTING_LINE})[\p{{Lu}}\d,/\-–]+(?![\p{{Ll}}]))*")
_ENACTED_TYPES = ("QUYẾT", "NGHỊ")
"""The first words of the types of a document that has an enacting body's line under its title."""
# A parent body then its department, before a flattened header's motto: "UBND TỈNH ĐẮK LẮK SỞ CÔNG THƯƠNG CỘNG HÒA
# ..." (the issuer's lines, as a header on lines writes them).
_SUB_BODY = regex.compile(
    r"(?P<parent>(?:UBND|(?:ỦY|UỶ)[ \t]+BAN[ \t]+NHÂN[ \t]+DÂN|BỘ)[ \t]+[^\n]{2,60}?)"
    r"[ \t]+(?<!(?:PHỐ|TP\.?)[ \t]+HẢI[ \t]+)(?:SỞ|TRUNG[ \t]+TÂM|PHÒNG|CHI[ \t]+CỤC|CỤC|BAN[ \t]+QUẢN[ \t]+LÝ)[ \t]+\p{Lu}"
    r"[^\n]{0,80}?[ \t]*\Z")
FLAT_HEADER_REACH = 3000
# A text view's page number opening the line of a flattened header: "1. UBND TỈNH BẾN TRE CỘNG HÒA XÃ HỘI ...".
_PAGE_NUMBER = regex.compile(r"[ \t]*\d{1,3}\.[ \t]+(?=(?:UBND|(?:ỦY|UỶ)[ \t]+BAN|BỘ|SỞ|HỘI[ \t]+ĐỒNG)[ \t])")
"""Characters from the text's start within which `_FLAT_HEADER` is looked for."""


def header_lines(text: MappedText) -> MappedText:
    """A header flattened onto one line in reading order (`_FLAT_HEADER`) back on lines of its own: the
    space before the motto, after it, before and after the second motto line and its rules, before the
    place and date and after them, after a decision's type word and after the title in capitals (before
    the enacting body's line), each a line break; a page number opening its line (`_PAGE_NUMBER`) dropped."""
    if "Hạnh phúc" not in text.text[:FLAT_HEADER_REACH]:
        return text
    m = _FLAT_HEADER.search(text.text, 0, FLAT_HEADER_REACH)
    if m is None:
        return text
    breaks = [m.start("motto") - 1, m.end("motto"), m.start("motto2") - 1, m.start("number") - 1,
              m.start("dated") - 1, m.end("dated")]
    line_start = text.text.rfind("\n", 0, m.start("motto")) + 1
    page = _PAGE_NUMBER.match(text.text, line_start, m.start("motto"))
    if page:  # "1. UBND TỈNH BẾN TRE CỘNG HÒA ...": a text view's page number, no section
        line_start = page.end()
    if body := _SUB_BODY.match(text.text, line_start, m.start("motto")):
        breaks.append(body.end("parent"))  # "UBND TỈNH ĐẮK LẮK" over "SỞ CÔNG THƯƠNG"
    if m["title"]:
        title_end = m.end("title")
        if not (m["type"] or "").startswith(_ENACTED_TYPES):  # no enacting line: the whole title in capitals
            title_end = _REST_IN_CAPITALS.match(text.text, title_end).end()
        breaks.append(title_end)
    if m["type"]:  # a decision's type on its own line over its subject
        breaks.append(m.end("type"))
    edits = sorted({(at, at + 1, "\n") for at in breaks if 0 <= at < len(text.text) and text.text[at] in " \t"}
                   | ({(page.start(), page.end(), "")} if page else set()))
    return text.edit(edits)


def _either(patterns: list[str], whole_lines: bool) -> regex.Pattern | None:
    """Any of ``patterns``, case-insensitive; ``whole_lines``: as a whole line after a line
    break (the pattern opens with the line break: it is searched for faster than a line start)."""
    if not patterns:
        return None
    body = _alternation(patterns)
    return regex.compile(_whole_line(body, patterns) if whole_lines else body, regex.IGNORECASE)


def _either_kind(lines: list[str], tails: list[str]) -> regex.Pattern | None:
    """Any of ``lines`` (group ``line``) or of ``tails`` (group ``tail``) as a whole line, as
    `_either` reads them; None unless there are both."""
    if not (lines and tails):
        return None
    return regex.compile(_whole_line(f"(?P<line>{_alternation(lines)})|(?P<tail>{_alternation(tails)})",
                                     lines + tails), regex.IGNORECASE)


def _alternation(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def _whole_line(body: str, patterns: list[str]) -> str:
    """``body`` (an alternation of ``patterns``) as a whole line after a line break. When the
    first characters of ``patterns`` are known (`_first_characters`), a line opening with none
    of them is passed over at its first character, not tried against each pattern in turn."""
    firsts = [known for p in patterns if (known := _first_characters(p)) is not None]
    opening = "" if len(firsts) < len(patterns) else "(?=[{}])".format("".join(map(regex.escape, sorted(set().union(*firsts)))))
    return rf"\n\K[^\S\n]*{opening}(?:{body})[^\S\n]*(?=\n|\Z)"


def _first_characters(pattern: str) -> set[str] | None:
    """The characters (as written) a match of ``pattern`` opens with, when each of its
    alternatives opens with a literal character (escaped or not) or with a group, repeated
    at least once, whose alternatives do so; None for any other opening (a class, an
    optional first character or group)."""
    firsts: set[str] = set()
    for alternative in _alternatives(pattern)[0]:
        if alternative.startswith("(?:"):
            close = _alternatives(alternative, 3)[1]
            inner, rest = _first_characters(alternative[3:close]), alternative[close + 1:]
        elif alternative[:1] == "\\" and not alternative[1:2].isalnum():
            inner, rest = {alternative[1:2]}, alternative[2:]
        elif alternative[:1] and alternative[0] not in "[(.^$|)?*+{\\":
            inner, rest = {alternative[0]}, alternative[1:]
        else:
            return None
        if inner is None or rest.startswith(("?", "*", "{0", "{,")):
            return None
        firsts |= inner
    return firsts


def _alternatives(pattern: str, at: int = 0) -> tuple[list[str], int]:
    """The alternatives of ``pattern`` from ``at`` on (split at each "|" outside inner groups
    and classes), up to the ")" closing the group ``at`` is in or to the end; and where they end."""
    alternatives, depth, start, i = [], 0, at, at
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 1
        elif char == "[":
            i = _class_end(pattern, i)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                break
        elif char == "|" and depth == 0:
            alternatives.append(pattern[start:i])
            start = i + 1
        i += 1
    return alternatives + [pattern[start:i]], i


def _class_end(pattern: str, at: int) -> int:
    """The index of the "]" closing the character class opening at ``at`` (a "]" first in
    it, or escaped, is a member)."""
    i = at + 1 + (pattern[at + 1:at + 2] == "^")
    i += pattern[i:i + 1] == "]"
    while pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i


@lru_cache(maxsize=None)
def chrome_rules() -> ChromeRules:
    """The rules of ``data/chrome.txt``, compiled once."""
    by_kind: dict[str, list[list[str]]] = {}
    for row in data_lines("chrome.txt"):
        kind, *rest = row.split("\t")
        by_kind.setdefault(kind, []).append(rest)

    def keyed(kind: str, flags: int = regex.IGNORECASE) -> tuple:
        return tuple(
            (regex.compile(rf"^[^\S\n]*(?:{r[0]})[^\S\n]*$", flags), r[1] if len(r) > 1 else None)
            for r in by_kind.get(kind, [])
        )

    words = [r[0] for r in by_kind.get("words", [])]
    line_rules = [r[0] for r in by_kind.get("line", []) if len(r) == 1]
    tail_rules = [r[0] for r in by_kind.get("tail", [])]
    plain = all(regex.escape(w, special_only=True, literal_spaces=True) == w for w in words)
    return ChromeRules(
        hints=tuple((regex.compile(rf"(?:{r[0]})", regex.IGNORECASE), r[1]) for r in by_kind.get("hint", [])),
        words=_either(words, whole_lines=False),
        word_cues=tuple(w.casefold() for w in words) if plain else None,
        lines=_either(line_rules, whole_lines=True),
        cued_lines=tuple((r[1].casefold(), _either(r[:1], whole_lines=True), r[2] if len(r) > 2 else None)
                         for r in by_kind.get("line", []) if len(r) > 1),
        head=keyed("head"),
        tail=_either(tail_rules, whole_lines=True),
        lines_or_tail=_either_kind(line_rules, tail_rules),
        last=keyed("last", flags=0),
    )


def _table_hint(rules: ChromeRules, line: str) -> tuple[str, str] | None:
    """``(hint key, value)`` when ``line`` is a metadata row of a known key."""
    m = _TABLE_ROW.match(line) or _BARE_ROW.match(line)
    if not m:
        return None
    for pattern, key in rules.hints:
        if pattern.fullmatch(m.group(1)):
            return key, m.group(2)
    return None


def _delete_lines(text: MappedText, lines: list[str], drop: set[int]) -> MappedText:
    """Delete whole lines (with their line break) of ``text``: each run of them in one range,
    whose ends are found by summing the lengths of the lines up to it (not of every line)."""
    if not drop:
        return text
    ranges, at, offset = [], 0, 0  # ``offset``: where line ``at`` starts
    for first, end in merge([(i, i + 1) for i in sorted(drop)]):
        start = offset + sum(map(len, lines[at:first])) + first - at
        offset = start + sum(map(len, lines[first:end])) + end - first
        ranges.append((start, min(offset, len(text.text))))
        at = end
    return text.delete(ranges)


def strip_site_table(text: MappedText) -> tuple[MappedText, dict[str, str]]:
    """Drop a site metadata table (rows of known keys) and the page title above it, and the
    lines of links or captions a page closes with a cell separator (`_LINK_LINE`).

    Runs before `whitespace`, which removes the cell separators the rows are found by.
    Each value becomes a hint under its key (``data/chrome.txt``, kind ``hint``), the
    page title line (the first line of the text, just above the table) ``hints["title"]``.
    """
    if "|" not in text.text:
        return text, {}
    rules = chrome_rules()
    lines = text.text.split("\n")
    first_line = next((i for i, line in enumerate(lines) if line.strip()), None)
    drop: set[int] = set()
    hints: dict[str, str] = {}
    rows = [i for i, line in enumerate(lines) if "|" in line and (_TABLE_ROW.match(line) or _table_hint(rules, line))]
    for index, end in merge([(row, row + 1) for row in rows]):  # each table: a run of rows
        known = [hint for row in range(index, end) if (hint := _table_hint(rules, lines[row]))]
        take_table(lines, index, end, known, first_line, hints, drop)
    drop.update(i for i, line in enumerate(lines) if line.endswith(("|", "| ")) and _is_link_line(line))
    return _delete_lines(text, lines, drop), hints


# A line of prose closed by a cell separator, the only one on it: related articles' links run
# together ("Hỗ trợ cơ sở công nghiệp nông thôn chuyển đổi số Quảng Bình có 11 sản phẩm công nghiệp
# nông thôn tiêu biểu cấp khu vực |"), a photo's caption; not a header's cell (in capitals, with a
# colon or the motto) nor a table's row.
_LINK_LINE = regex.compile(r"[ \t]*(?=[^|\n]*\p{Ll})(?![^|\n]*(?:Độc lập|Hạnh phúc))[^|\n.:;]{40,400}[ \t]\|[ \t]*")
LINK_LINE_WORDS = 10
"""Words a `_LINK_LINE` holds at least."""


def _is_link_line(line: str) -> bool:
    return _LINK_LINE.fullmatch(line) is not None and len(line.split()) >= LINK_LINE_WORDS


def take_table(lines: list[str], index: int, end: int, known: list[tuple[str, str]], first_line: int | None,
               hints: dict[str, str], drop: set[int]) -> None:
    """Take the table rows ``lines[index:end]`` if two of them are known (``known``: their
    hints): their hints go to ``hints``, the rows (and the page title above them, when it
    is the text's first line ``first_line``) to ``drop``."""
    if len(known) < 2:
        return
    for key, value in known:
        hints.setdefault(key, value)
    drop.update(range(index, end))
    title = index - 1
    while title >= 0 and not lines[title].strip():
        title -= 1
    if title >= 0 and title == first_line:
        hints.setdefault("title", lines[title].strip())
        drop.add(title)


def strip_chrome(text: MappedText, *, words: bool = True) -> tuple[MappedText, dict[str, str]]:
    """Drop page chrome lines and words (``data/chrome.txt``); return facts read from them.
    ``words=False``: the lines only, each dropped whole (`drop_chrome_words` drops the words).

    Expects the output of `whitespace` (trimmed lines, no table pipes at line edges).
    """
    rules = chrome_rules()
    lines = text.text.split("\n")
    drop: set[int] = set()
    hints: dict[str, str] = {}
    nonblank = [i for i, line in enumerate(lines) if line]
    drop_head_lines(rules, lines, nonblank, drop, hints)
    if (related := related_headlines_line(lines, nonblank)) is not None:
        drop.add(related)
    page = "\n" + text.text  # each line after a line break
    line_hits, tail_hits = _line_and_tail_lines(rules, page)
    drop.update(i for i in line_hits if lines[i])
    cues = {cue for cue, _, _ in rules.cued_lines}  # each looked for once (two rules share one)
    held = {cue: _holds_cue(text.casefolded(), cue) for cue in cues}
    for cue, rule, key in rules.cued_lines:
        if held[cue]:  # (the cue case-folded, as the rule matches any case)
            matched = [i for i in _whole_lines(rule, page) if lines[i]]
            drop.update(matched)
            if key and matched:
                hints.setdefault(key, lines[matched[0]])
    if rules.tail:
        drop.update(footer_lines(tail_hits, page, lines, nonblank))
    return drop_last_line_and_words(rules, text, lines, nonblank, drop, hints, words=words), hints


def _holds_cue(folded: str, cue: str) -> bool:
    """Whether ``folded`` holds ``cue``, its first character looked for first: a text without
    it (a rare one, such as the "°" of "°c") is read faster for one character than for two."""
    return cue[:1] in folded and cue in folded


def _line_and_tail_lines(rules: ChromeRules, page: str) -> tuple[list[int], list[int]]:
    """The numbers of the lines that the ``line`` rules and that the ``tail`` rules match
    whole in ``page`` (`_whole_lines`), in order: by one search of both, a line that a
    ``line`` rule matches tried alone against the ``tail`` rules."""
    line_rule, tail_rule, either = rules.lines, rules.tail, rules.lines_or_tail
    if either is None or tail_rule is None:  # not both kinds (`_either_kind`)
        return ([*_whole_lines(line_rule, page)] if line_rule else [],
                [*_whole_lines(tail_rule, page)] if tail_rule else [])
    line_hits: list[int] = []
    tail_hits: list[int] = []
    for number, m in _whole_line_matches(either, page):
        if m.start("line") < 0:
            tail_hits.append(number)
            continue
        line_hits.append(number)
        if tail_rule.match(page, m.start() - 1):  # from the line break before the line
            tail_hits.append(number)
    return line_hits, tail_hits


def footer_lines(tail_hits: list[int], page: str, lines: list[str], nonblank: list[int]) -> list[int] | range:
    """The lines the ``tail`` rules drop (``tail_hits``: the lines they match whole): from the
    first one that opens the page footer to the end; or, where none does, those among the
    first `_HEAD_LINES` non-blank lines alone (a menu link or a box title above the
    document: "Đăng xuất", "Các tin, bài khác").

    A footer opens after the last long line (`_FOOTER_LINE_CHARS`); in a text without a
    long line (hard-wrapped: every line is short), in its second half. Before that rule,
    such a line at the top of a hard-wrapped decision dropped the whole decision."""
    long = next((i for i in reversed(nonblank) if len(lines[i]) > _FOOTER_LINE_CHARS), -1)
    first = long + 1 if long >= 0 else page.count("\n", 0, (len(page) + 1) // 2) - 1  # the middle's line
    found = [i for i in tail_hits if lines[i]]
    footer = next((i for i in found if i >= first), None)
    head = nonblank[:_HEAD_LINES]
    return range(footer, len(lines)) if footer is not None else [i for i in found if i in head]


def drop_head_lines(rules, lines: list[str], nonblank: list[int], drop: set[int], hints: dict[str, str]) -> None:
    """Add to ``drop`` the first non-blank lines (`_HEAD_LINES`) a ``head`` rule matches;
    a rule's group goes to ``hints`` under its key."""
    for i in nonblank[:_HEAD_LINES]:
        for pattern, key in rules.head:
            m = pattern.match(lines[i])
            if m:
                drop.add(i)
                if key and m.groups():
                    hints.setdefault(key, m.group(1))
                break


_LEDE_MIN_CHARS = 60
"""A line ending with a full stop is the lede under a headline from this many characters."""
_RELATED_MIN_CHARS = 100
"""A line of related headlines run together holds two at least: longer than one headline."""
_RELATED_MIN_STARTS = 2
"""Capitalised words after a lower-case word or a figure that such a line holds at least."""
# A capitalised word right after a lower-case word or a figure, where one headline runs into the
# next ("... được phân bổ 45 tỷ đồng Lạng Sơn đề xuất ...", "... nhỏ và vừa Phú Yên: ...").
_RUN_ON_START = regex.compile(r"(?<![\p{L}\d])(?:\p{Ll}\p{L}*|\d[\d.,]*) (?=\p{Lu})")
# A sentence's end inside a line ("... nước mắm. Ảnh: TTXVN", "1. Dự thảo ..."): a line of
# headlines has none.
_SENTENCE_END = regex.compile(r"[.!?…][ \t]+\S")
_FINAL_MARKS = ".!?:;…)]\"”'"
"""Characters a line of prose or a caption may end with; a headline ends with none."""


def related_headlines_line(lines: list[str], nonblank: list[int]) -> int | None:
    """The line of a news page's related headlines run together next to its lede, or None
    (congthuong.vn: "6 tháng, kinh phí khuyến công quốc gia được phân bổ 45 tỷ đồng Lạng Sơn
    đề xuất thông tin sớm về đề án khuyến công quốc gia Kiên Giang: Khuyến công quốc gia hỗ
    trợ ..." between the lede and the article; vietnam.vn: "Khuyến công quốc gia: Góp sức cùng
    ngành dừa của Bến Tre phát triển bền vững Bộ Công Thương tiếp tục hỗ trợ ..." between the
    headline and the lede). The lede is the first line among the first `_HEAD_LINES` non-blank
    lines that ends with a full stop, `_LEDE_MIN_CHARS` long, with a blank line above it; the
    line right under it, followed by a blank line, or the line above it, between two blank
    lines under a line (the headline), longer than a headline (`_HEADLINE_MAX_WORDS`), is the
    related headlines when `_run_on_headlines` reads it so: a page that sets its paragraphs
    apart by blank lines glues no paragraph of its own to the lede."""
    lede = next((i for i in nonblank[:_HEAD_LINES]
                 if lines[i].endswith(".") and len(lines[i]) >= _LEDE_MIN_CHARS), None)
    if lede is None or lede < 2 or lines[lede - 1]:
        return None
    if lede + 2 < len(lines) and not lines[lede + 2] and _run_on_headlines(lines[lede + 1]):
        return lede + 1
    above = lede - 2
    if (above >= 2 and not lines[above - 1] and lines[above - 2] and len(lines[above].split()) > _HEADLINE_MAX_WORDS
            and _run_on_headlines(lines[above])):
        return above
    return None


_HEADLINE_MAX_WORDS = 30
"""Words of a headline at most: a line above the lede of more, headline-shaped, is headlines run
together (one of fewer is the page's own headline: "Đồng Tháp có 18 sản phẩm được bình chọn
công nghiệp nông thôn tiêu biểu cấp Khu vực phía Nam năm 2022")."""


def _run_on_headlines(line: str) -> bool:
    """Whether ``line`` reads as headlines run together: it holds no sentence's end and ends
    with no mark of one, is `_RELATED_MIN_CHARS` long and has `_RELATED_MIN_STARTS`
    capitalised words after a lower-case word or figure (`_RUN_ON_START`)."""
    return (len(line) >= _RELATED_MIN_CHARS and not line.endswith(tuple(_FINAL_MARKS))
            and not _SENTENCE_END.search(line) and len(_RUN_ON_START.findall(line)) >= _RELATED_MIN_STARTS)


def drop_last_line_and_words(rules, text: MappedText, lines: list[str], nonblank: list[int], drop: set[int],
                             hints: dict[str, str], *, words: bool = True) -> MappedText:
    """``text`` without the lines in ``drop``, the last line left if a ``last`` rule matches
    it (within the last `_HEAD_LINES` non-blank lines), and (``words``) the chrome words."""
    remaining = [i for i in nonblank[-_HEAD_LINES:] if i not in drop]
    if remaining:
        for pattern, key in rules.last:
            if pattern.match(lines[remaining[-1]]):
                drop.add(remaining[-1])
                if key:
                    hints.setdefault(key, lines[remaining[-1]])
                break
    text = _delete_lines(text, lines, drop)
    return drop_chrome_words(text) if words else text


def drop_chrome_words(text: MappedText) -> MappedText:
    """``text`` without the chrome words (the ``words`` rules); ``text`` itself when it holds none."""
    rules = chrome_rules()
    if rules.words and _may_hold_words(rules, text):
        text = text.sub(rules.words, "")
    return text


def _whole_lines(pattern: regex.Pattern, page: str):
    """The numbers of the lines that ``pattern`` (`_either` of whole lines) matches whole in
    ``page``, a line break and a text, in order (`_whole_line_matches`)."""
    return (number for number, _ in _whole_line_matches(pattern, page))


def _whole_line_matches(pattern: regex.Pattern, page: str):
    """``(number, match)`` of each line that ``pattern`` matches whole in ``page``, in order
    (one search of the text instead of a match a line; a rule reads within a line, as it
    reads a line alone)."""
    number, at = 0, 0
    for m in pattern.finditer(page):
        number += page.count("\n", at + 1, m.start())
        at = m.start() - 1
        yield number, m


_FOLDS_APART = "\u0130\u0131"
"""Letters that `regex` matches case-insensitively with a letter of another case folding:
"İ" with "i" and "ı" with "I" (a test checks the ``words`` rules for others)."""


def _may_hold_words(rules: ChromeRules, text: MappedText) -> bool:
    """False when no ``words`` rule can match ``text`` (a cheap test before the regex pass):
    letters that match case-insensitively have one case folding, but for `_FOLDS_APART`."""
    if rules.word_cues is None or holds_any(text.text, _FOLDS_APART):
        return True
    return holds_any(text.casefolded(), rules.word_cues)
