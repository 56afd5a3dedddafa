"""Re-joining of lines hard-wrapped mid-sentence (`join_lines`), by the rules of line
starts (``data/line_starts.txt``, section markers), headings, bullets and the names a
text writes whole elsewhere.

Reads: a `MappedText` as `whitespace` gives it. Writes: the `MappedText` with each joined
line break one space mapped to the break (a lower-case line after one blank line: the
blank line dropped as well; a double-spaced text: every blank line dropped; a superscript
power on a line of its own, "m" then "2": the break dropped, "m2").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, compress
from typing import NamedTuple

import regex

from khuyencong_extract.agencies import is_whole_registry_name
from khuyencong_extract.damage import function_words
from khuyencong_extract.textmap import MappedText
from khuyencong_extract.texttools import data_lines, occurrences, unit_nouns

_LINES_CACHED = 4096
"""Lines whose facts are cached: the rounds of `normalise` read a document's lines again."""

# A section marker opening a line: Roman "IV.", Arabic "2.", decimal "1.1." or "1.1" (no "3.500", an amount),
# letter "a)" / "đ)", "Điều 3." (an older decision's "Điều 3:"), "Chương II", "Mục 1". No
# blank it reads is a line break but the one that may close a marker (where the end of a line alone stands), so it
# matches at a line start inside a text as on the line alone.
_MARKER = regex.compile(
    r"(?:[IVXLC]{1,7}\.(?=\s|$)"
    r"|\d{1,3}(?:\.\d{1,3}){0,4}[.)](?=\s|$)"
    r"|\d{1,3}(?:\.\d{1,2}){1,4}(?=[^\S\n])"
    r"|[a-zđ]\)(?=\s|$)"
    r"|Điều[^\S\n]\d{1,3}[a-z]?[.:]"
    r"|(?:Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)[^\S\n](?:[IVXLC]{1,7}|\d{1,3})(?=[\s.:]|$))"
)
# A bullet opening a line: "- ", "+ ", "• ", en or em dash.
_BULLET = regex.compile(r"[-+•–—*]\s")
# Sentence or clause end at the end of a line (closing quotes may follow it).
_TERMINAL_MARKS = ".;:!?…"
_CLOSING_QUOTES = "'\"”’"
# A heading in capitals: at least one upper-case letter and no lower-case letter.
_CAPS = regex.compile(r"^(?=[^\p{Ll}]*\p{Lu})[^\p{Ll}]*$")
# A heading with a Roman marker ("III. ĐỐI TƯỢNG,").
_ROMAN_HEAD = regex.compile(r"^[IVXLC]{1,7}\.\s")
# A signature line ("TM. ỦY BAN NHÂN", "KT. CHỦ TỊCH").
_SIGNATURE_HEAD = regex.compile(r"^(?:TM|KT|TL|TUQ|Q)\.\s")
# The line naming the body that decides, under a decision's title ("ỦY BAN NHÂN DÂN TỈNH CAO
# BẰNG", "HỘI ĐỒNG NHÂN DÂN TỈNH"): no lone word above it goes on into it.
_AUTHORITY_LINE = regex.compile(r"^(?:(?:ỦY|UỶ)[ \t]+BAN|HỘI[ \t]+ĐỒNG)[ \t]+NHÂN[ \t]+DÂN(?![\p{L}])")
# The last word of a line and the first word of the next.
_LAST_WORD = regex.compile(r"(?r)(\w+)")  # reverse: `match` anchors it at the end
_FIRST_WORD = regex.compile(r"^(\w+)")
# Two words inside a line, the second capitalised: evidence that a proper name such as
# "Sở Công" or "An Giang" runs on, so a line break between them is a wrap.
_TITLE_BIGRAM = regex.compile(r"(?<=(?<!\w)(\w+) )(\p{Lu}\p{Ll}+)(?!\w)")
# Two words in capitals inside a line ("NHÂN DÂN" in "ỦY BAN NHÂN DÂN TỈNH AN GIANG"); the
# second is only looked at, so that it can begin the next pair.
_CAPS_BIGRAM = regex.compile(r"(?<!\w)(\p{Lu}+) (?=(\p{Lu}+)(?!\w))")
# A lower-case letter (after an optional opening bracket or quote) at the line start.
_LOWER_START = regex.compile(r"^[(\"“'‘]?\p{Ll}")
_DIGIT_START = regex.compile(r"^\d")
# An abbreviation in capitals and a comma: the end of a phrase, no sentence start ("tham gia
# Chương trình\nOCOP, góp phần ...").
_ABBREVIATION_AND_COMMA = regex.compile(r"^\p{Lu}{2,}\d*,")
# A line ending with the word of a firm before its name, which the next line holds: "... của Công ty" / "TNHH ...".
_FIRM_AT_END = regex.compile(r"(?<!\p{L})[Cc]ông[ \t]+ty$")
# How a firm's name opens after "Công ty": its form ("TNHH", "Cổ phần", "CP", "Trách nhiệm hữu hạn"), a word in capitals
# or two capitalised words ("May Xuất khẩu Hà Phong", "Đồng Tâm"; not "Kế hoạch năm 2025 ...", a new sentence).
_FIRM_NAME_START = regex.compile(
    r"(?:(?:TNHH|Cổ[ \t]+phần|cổ[ \t]+phần|CP|\p{Lu}{2,})(?!\p{Ll})|Trách[ \t]+nhiệm[ \t]+hữu[ \t]+hạn|\p{Lu}\p{Ll}*[ \t]+\p{Lu})")
# A reference running on from the line before: "Quyết định số 23/...", "Điều 4 Nghị định".
_DOC_REFERENCE = regex.compile(
    r"^(?:Luật|Bộ luật|Nghị định|Nghị quyết|Quyết định|Thông tư(?: liên tịch)?|Chỉ thị"
    r"|Kế hoạch|Công văn|Thông báo|Tờ trình)\s(?:số\s?)?\d"
    r"|^(?:Điều|Khoản|Điểm)\s\d{1,3}[a-z]?(?![.\d])"
)
PREAMBLE_HEADS = (r"Căn cứ|Thực hiện(?=[ \t]+(?:các[ \t]+)?\p{Lu})|Theo đề nghị|Xét đề nghị"
                  r"|Xét(?=[ \t]+[Tt]ờ[ \t]+trình)")
"""The words that open a preamble clause: "Căn cứ" and "Thực hiện" (a plan's "Thực hiện
Nghị định số ...", before a document's name) a basis, the others a proposal ("Xét Tờ trình
số ..." a council's, whose head is "Xét" alone: the document's type follows); shared by
line re-joining, segment, citations and metadata."""
PREAMBLE_DASH = r"(?:[-–+•][ \t]+)?"
"""The dash an older decision puts before each preamble clause ("- Căn cứ Luật ...")."""
# A preamble clause ("Căn cứ ...") and the enacting sentence of a plan or resolution after
# it: "Ủy ban nhân dân tỉnh ban hành Kế hoạch ... như sau:". After a clause that ends with a
# comma, that sentence is a line of its own, not the clause's wrap.
_PREAMBLE_HEAD = regex.compile(rf"{PREAMBLE_DASH}(?:{PREAMBLE_HEADS})(?![\p{{L}}])")
_ENACTING = regex.compile(
    r"^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Chủ tịch Ủy ban nhân dân|Chủ tịch UBND)"
    r"(?: \w+){0,4}? ban hành (?=\p{Lu})"
)
# A marker followed by one word only ("Điều 3. Chánh"): never a whole heading.
_MARKER_AND_WORD = regex.compile(r"^(?:Điều\s\d{1,3}\.|\S+)\s\w+$")
# Capitalised words that stand inside a line after a lower-case word ("ngành Trung ương"):
# the second words of `_TITLE_BIGRAM` pairs whose first word ends in this.
_LOWER = regex.compile(r"\p{Ll}")

# The place and date line of a decision: "Hưng Yên, ngày 27 tháng 11 năm 2025".
_PLACE_DATE = regex.compile(r"(?:\p{Lu}\p{Ll}*\.? ){0,3}\p{Lu}\p{Ll}*, ngày \d{1,2}")
# A line that is complete by itself: the number line of a decision ("Số: 1966/QĐ-UBND").
_WHOLE_LINE = regex.compile(r"^Số:? ?\d{1,6}/\S{1,40}$")

# A line break that may join two lines (`join_lines`, with the line start pattern after
# it): after a non-blank line that ends no clause (no terminal mark before its closing
# quotes), before a non-blank line, or with one blank line before a line that starts in
# lower case (`_LOWER_START`).
_JOIN_CANDIDATE = (
    rf"(?<=[^\n])(?<![{regex.escape(_TERMINAL_MARKS)}][{regex.escape(_CLOSING_QUOTES)}]*)"
    r"(?:\n(?=[^\n])|\n\n(?=[(\"“'‘]?\p{Ll}))"
)

SPACED_MIN_BLANKS = 10
"""Blank lines between two lines that a double-spaced text holds at least."""
SPACED_MAX_BREAKS = 0.1
"""Highest share of the breaks between two lines that a double-spaced text makes without
a blank line."""
SPACED_MIN_WRAPS = 0.05
"""Lowest share of its blank lines that a double-spaced text has inside a sentence (where
a `_join_candidates` break holds one): blank lines between paragraphs only are paragraph
breaks."""

_LOOKAHEAD_LINES = 60
"""How far a bullet looks ahead for a sibling bullet (bounded so the pass stays linear)."""


@lru_cache(maxsize=None)
def _line_start_pattern() -> regex.Pattern:
    """What opens a line that is never joined to the one before: a section marker, a
    place and date or a phrase of ``data/line_starts.txt``, in one pattern."""
    phrases = sorted(data_lines("line_starts.txt"), key=len, reverse=True)
    words = "(?:" + "|".join(regex.escape(p) for p in phrases) + r")(?!\w)"
    return regex.compile(f"(?:{_MARKER.pattern})|(?:{_PLACE_DATE.pattern})|{words}")


@lru_cache(maxsize=None)
def _join_candidates() -> regex.Pattern:
    """A `_JOIN_CANDIDATE` line break before a line that `_line_start_pattern` does not
    match (such a line is never joined); at a line start inside the text, that pattern
    matches as on the line alone (no part of it reads past a line break but a marker's
    closing blank, which a line break and the end of the text both are)."""
    return regex.compile(f"{_JOIN_CANDIDATE}(?!{_line_start_pattern().pattern})")


def double_spaced(text: str, candidates: list[regex.Match] | None = None) -> bool:
    """Whether ``text`` (as `whitespace` gives it: one blank line at most) has a blank line
    between nearly all of its lines, also inside sentences: a viewer's double spacing, or
    CRLF converted twice (CR CR LF). Its blank lines then say no more than line breaks.
    ``candidates``: the `_join_candidates` matches of ``text``, when found already."""
    blanks = text.count("\n\n")
    if blanks < SPACED_MIN_BLANKS:  # most texts: the one count a text pays
        return False
    breaks = text.count("\n") - 2 * blanks
    if breaks > SPACED_MAX_BREAKS * (blanks + breaks):
        return False
    found = _join_candidates().finditer(text) if candidates is None else candidates
    wraps = sum(1 for m in found if m.end() - m.start() == 2)
    return wraps >= SPACED_MIN_WRAPS * blanks


def _line_at(text: str, at: int) -> str:
    """The line of ``text`` that holds offset ``at``."""
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1 : end if end != -1 else len(text)]


_INDEX_AFTER = 64
"""Whole-text readings by key lookups after which `_Evidence` indexes its text instead:
the index (every pair or word, one pass of each pattern) costs about as much as reading the
text this many times looking for a key, so the two together never cost more than twice
the cheaper one, at any length (a text is asked about up to a key a line)."""


@dataclass(slots=True)
class _Evidence:
    """What a text shows of names, asked about key by key (`TitlePairs`, `TitleWords`).

    A key is looked for where it is written, until those lookups have read the text
    `_INDEX_AFTER` times over; then the text is indexed at once (`_every`). Each answer is kept.
    """

    text: str
    answers: dict = field(default_factory=dict)
    complete: bool = False
    """Whether ``answers`` holds every key that is in it (the text indexed at once)."""
    read: int = 0
    """Characters read by key lookups so far."""

    def __contains__(self, key) -> bool:
        if key in self.answers:
            return self.answers[key]
        if self.complete:
            return False
        if self.read >= _INDEX_AFTER * len(self.text):
            self.answers, self.complete = dict.fromkeys(self._every(), True), True
            return key in self.answers
        self.answers[key] = self._look_up(key)
        return self.answers[key]

    def _look_up(self, key) -> bool:
        """Whether the key is written somewhere it counts, the characters read counted."""
        written = self._written(key)
        for at in occurrences(self.text, written):
            if self._holds(at, key):
                self.read += at + len(written)
                return True
        self.read += len(self.text)
        return False

    def _every(self) -> Iterator:
        """Every key that is in it, read from the whole text."""
        raise NotImplementedError

    def _written(self, key) -> str:
        """The key as the text writes it."""
        raise NotImplementedError

    def _holds(self, at: int, key) -> bool:
        """Whether the key written at ``at`` counts."""
        raise NotImplementedError


@dataclass(slots=True)
class TitlePairs(_Evidence):
    """Word pairs that show a name running on.

    ``(first, second)`` is in it when a line of ``text`` holds ``first``, one space and a
    capitalised ``second`` (`_TITLE_BIGRAM`), or the two words in capitals inside a heading
    in capitals (`_CAPS_BIGRAM`, "NHÂN DÂN"): "Sở Công" inside a line says that "Sở\nCông"
    is one name broken across lines.
    """

    def _every(self) -> Iterator[tuple[str, str]]:
        titles = (m.groups() for m in _TITLE_BIGRAM.finditer(self.text))
        caps = (m.groups() for m in _CAPS_BIGRAM.finditer(self.text) if is_caps(_line_at(self.text, m.start())))
        return chain(titles, caps)

    def _written(self, pair: tuple[str, str]) -> str:
        return " ".join(pair)

    def _holds(self, at: int, pair: tuple[str, str]) -> bool:
        title = _TITLE_BIGRAM.match(self.text, at + len(pair[0]) + 1)
        if title and title.groups() == pair:
            return True
        caps = _CAPS_BIGRAM.match(self.text, at)
        return bool(caps and caps.groups() == pair and is_caps(_line_at(self.text, at)))


@dataclass(slots=True)
class TitleWords(_Evidence):
    """Capitalised words that stand inside a line of ``text`` after a word ending in lower
    case ("ngành Trung ương")."""

    def _every(self) -> Iterator[str]:
        return (m.group(2) for m in _TITLE_BIGRAM.finditer(self.text) if _ends_lower(m.group(1)))

    def _written(self, word: str) -> str:
        return " " + word

    def _holds(self, at: int, word: str) -> bool:
        title = _TITLE_BIGRAM.match(self.text, at + 1)
        return bool(title and title.group(2) == word and _ends_lower(title.group(1)))


@lru_cache(maxsize=16384)
def _ends_lower(word: str) -> bool:
    """Whether ``word`` ends in a lower-case letter."""
    return bool(_LOWER.match(word, len(word) - 1))


def _has_sibling_bullet(lines: list[str], index: int) -> bool:
    """True when another capitalised bullet follows ``lines[index]`` in the same list."""
    for line in lines[index + 1 : index + 1 + _LOOKAHEAD_LINES]:
        if not line:
            continue
        if _MARKER.match(line):
            return False
        if _BULLET.match(line) and not _LOWER_START.match(line[2:]):
            return True
    return False


@dataclass(slots=True)
class Paragraph:
    """What line re-joining knows of the logical line built so far (bounded state).

    Decisions read the paragraph, not only the physical line before, so that running the
    step again over its own output takes the same decisions (idempotence).
    """

    lines: list[str]
    """Its physical lines."""
    caps: bool = False

    @classmethod
    def start(cls, line: str) -> Paragraph:
        return cls([line], is_caps(line))

    def extend(self, line: str) -> None:
        self.lines.append(line)
        self.caps = self.caps and not any(c.islower() for c in line)

    @property
    def head(self) -> str:
        """Its first physical line."""
        return self.lines[0]

    @property
    def last(self) -> str:
        """Its last physical line."""
        return self.lines[-1]

    @property
    def parts(self) -> int:
        """How many physical lines it has."""
        return len(self.lines)

    @property
    def words(self) -> int:
        """Its words, counted up to ``_HEADING_WORDS + 1`` a line (only small counts
        matter; counted when asked, which few paragraphs are)."""
        return sum(map(_words, self.lines))


_DATE_AND_TIME = regex.compile(
    r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp][Mm])?(?:[ \t]*\(GMT[+-]\d{1,2}\))?[ \t]*$")
"""A line of a date and a time alone, a page's dateline under its headline ("12/06/2018 08:25 AM"): it
continues no paragraph (a double-spaced page read as single-spaced has it right under the headline)."""
DATELINE = regex.compile(
    r"(?:Thứ[ \t]+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|\d)|Chủ[ \t]+[Nn]hật),?[ \t]+(?:ngày[ \t]+)?" + _DATE_AND_TIME.pattern)
"""A weekday, a date and a time alone on a line, a page's posting time ("Thứ Năm, 08/01/2026, 16:20"): no paragraph
goes on from it."""
_PAGE_STAMP = regex.compile(r"\((?:Ngày đăng|Ngày cập nhật|Cập nhật|Lượt xem|Đăng ngày)\b", regex.I)
"""A page's stamp under a headline, "(Ngày đăng: 22/03/2012 Lượt xem: 856)": no part of it."""
_NAMED_HEADING = regex.compile(r"[^:\n]{4,50}:[ \t]+\p{Lu}")
"""A line naming a document, then a colon and a capital: a sub-heading ("Nghị quyết 18/2025/NQ-HĐND:
Cú hích cho công nghiệp nông thôn"), no wrapped reference."""
_SOURCE_TAG = regex.compile(r"\([^()\n]{1,24}\)[ \t]*[-–—][ \t]")
"""A news agency's tag opening an article's first paragraph ("(BĐ) - UBND tỉnh vừa ...",
"(Chinhphu.vn) - "): the line above is a headline, not a sentence it continues."""
_HEADING_WORDS = 12
"""A paragraph that opens with a marker and has fewer words than this may be a heading."""
SHORT_HEADING_WORDS = 5
"""A one-line paragraph of a marker and at most this many words in all ("2. Yêu cầu", "a) Giai
đoạn đến 2015") is a heading: no hard wrap leaves a line that short, so a capitalised bullet
under it is a list item even when no sibling bullet follows."""


@lru_cache(maxsize=_LINES_CACHED)
def is_caps(line: str) -> bool:
    """A line in capitals: an upper-case letter at least and no lower-case one."""
    return bool(_CAPS.match(line))


@lru_cache(maxsize=_LINES_CACHED)
def _words(line: str) -> int:
    """Words of ``line``, or ``_HEADING_WORDS + 1`` when it has more (cached: the rounds
    of `normalise` read the same lines)."""
    return len(line.split(maxsplit=_HEADING_WORDS))


def continues(
    para: Paragraph,
    line: str,
    lines: list[str],
    index: int,
    evidence: tuple[TitlePairs, TitleWords],
) -> bool:
    """Whether ``line`` (at ``lines[index]``) continues the paragraph ``para`` above it.

    Asked only across a line break `_join_candidates` finds: both lines hold text, the
    paragraph's last line ends no clause and ``line`` is no line start. ``evidence`` is
    `TitlePairs` and `TitleWords` of the whole text.
    """
    prev = para.last
    if "|" in prev or "|" in line:
        return False
    if para.parts == 1 and DATELINE.match(prev):
        return False  # a page's posting time over its headline: "Thứ Năm, 08/01/2026, 16:20" / "Na Hang: ..."
    if prev.startswith("Số") and _WHOLE_LINE.match(prev):
        return False
    if _LOWER_START.match(line):  # no heading in capitals, bullet or digit: read first
        return not para.caps
    if is_caps(line) and not _DIGIT_START.match(line):
        return caps_line_continues(para, line, evidence[0])
    if _BULLET.match(line):
        return bullet_continues(para, line, lines, index)
    if _DIGIT_START.match(line):
        return not _DATE_AND_TIME.match(line) and not count_under_heading(para, line)
    if line.startswith("("):
        return not para.caps and not _SOURCE_TAG.match(line) and not _PAGE_STAMP.match(line)
    if para.caps and not prev.endswith(","):
        return False  # a line in capitals over one in sentence case: a label or heading above its text
    return words_continue(para, line, evidence)


def count_under_heading(para: Paragraph, line: str) -> bool:
    """Whether ``line`` is a sentence opening with a count under a short marked heading, a line of its own ("2. Tồn
    tại, hạn chế" / "2 đề án chậm tiến độ do cơ sở chưa bố trí đủ vốn đối ứng."): the heading ends with a letter, has
    at most `SHORT_HEADING_WORDS` words after its marker (`HEADING_WORDS_BEFORE_SENTENCE` when no function word ends
    it), and the line ends a sentence and is over twice as wide, or of `SENTENCE_WORDS_MIN` words at least under a
    heading no function word ends ("1. Công tác đào tạo nghề" / "3 lớp còn lại sẽ tổ chức vào quý I/2025."; a heading
    cut at a width, "2. Hỗ trợ ứng dụng máy móc cho" / "20 cơ sở.", goes on)."""
    if not (para.parts == 1 and para.last[-1:].isalpha() and line.rstrip()[-1:] in ".;"
            and (marker := _MARKER.match(para.head)) is not None):
        return False
    words = para.head[marker.end():].split()
    if len(line) > 2 * len(para.last) and len(words) <= SHORT_HEADING_WORDS:
        return True
    return (bool(words) and len(words) <= HEADING_WORDS_BEFORE_SENTENCE and words[-1].lower() not in function_words()
            and len(line.split()) >= SENTENCE_WORDS_MIN)


HEADING_WORDS_BEFORE_SENTENCE = 8
"""Most words after its marker of a heading over a sentence opening with a count (`count_under_heading`)."""
SENTENCE_WORDS_MIN = 6
"""Fewest words of a sentence opening with a count read as no wrapped heading's end (`count_under_heading`)."""


def caps_line_continues(para: Paragraph, line: str, bigrams: TitlePairs) -> bool:
    """Whether a heading line in capitals continues ``para``: only a heading in capitals
    without sentence end that has a Roman marker ("III. ĐỐI TƯỢNG,"), or is a lone word
    ("CHƯƠNG") over no authority line (`_AUTHORITY_LINE`: the "BẰNG" a title wrapped in "TỈNH
    CAO / BẰNG" is its end), or is a signature wrapped inside a name seen whole elsewhere ("TM.
    ỦY BAN NHÂN")."""
    if not para.caps:
        return False
    if _ROMAN_HEAD.match(para.head) or (para.words == 1 and not _AUTHORITY_LINE.match(line)):
        return True
    last, first = _LAST_WORD.match(para.last), _FIRST_WORD.match(line)
    return bool(
        _SIGNATURE_HEAD.match(para.head) and last and first
        and (last.group(1), first.group(1)) in bigrams
    )


# A level word ending a line ("... Nhà nước tỉnh", "UBND các huyện, thành phố"): a place's name
# wrapped at its dash ("tỉnh Bà Rịa" / "- Vũng Tàu", "Phòng Kinh tế" / "- Hạ tầng") never ends so.
_LEVEL_WORD_END = regex.compile(r"(?i)(?<![\p{L}])(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn)$")


def ends_with_level_word(line: str) -> bool:
    """Whether ``line`` ends with a level word (`_LEVEL_WORD_END`): no name goes on after a
    dash on the next line."""
    return _LEVEL_WORD_END.search(line) is not None


AGENCY_HEADING_MAX = 100
"""Longest line looked up as a marker and an agency's name (`is_agency_heading`)."""


def is_agency_heading(line: str) -> bool:
    """Whether ``line`` is a marker, then the whole name of a registry agency from which no
    registry name goes on after a dash ("3. Trung tâm Khuyến công và Xúc tiến thương mại",
    `agencies.is_whole_registry_name`): a heading, so a dash line under it opens an item.
    Only a short line opening with a marker is looked up."""
    if len(line) > AGENCY_HEADING_MAX or not (marker := _MARKER.match(line)):
        return False
    return is_whole_registry_name(line[marker.end():].strip())


def ends_name(line: str) -> bool:
    """Whether no name goes on after a dash on the line after ``line``: it ends with a level
    word ("2. Kho bạc Nhà nước tỉnh", `ends_with_level_word`) or is an agency's heading
    (`is_agency_heading`)."""
    return ends_with_level_word(line) or is_agency_heading(line)


_AMOUNT = r"\d[\d.,]*[ \t]*(?:(?:tỷ|tỉ|triệu|nghìn|ngàn)[ \t]+)?(?:đồng|VNĐ|VND|đ)"
"""An amount in đồng, its scale word and currency as a line may write them ("750 triệu đồng", "800 triệu VNĐ")."""
_AMOUNT_AT_END = regex.compile(rf"(?<![\p{{L}}\p{{N}}]){_AMOUNT}(?:[ \t]*\([^()\n]{{1,160}}\))?\Z")
"""An amount closing a line, maybe written again in words in brackets: "750 triệu đồng", "800 triệu VNĐ", "160 triệu
đồng (Một trăm sáu mươi triệu đồng)" (no item and no name goes on after one)."""


_AMOUNT_START = regex.compile(rf"[ \t]*{_AMOUNT}(?!\p{{L}})")
"""An amount opening a line: a range's second figure after the dash of "50.000 đồng - 60.000 đồng"."""
_LOWER_ITEM = regex.compile(
    r"(?:hỗ[ \t]+trợ|tổ[ \t]+chức|xây[ \t]+dựng|đào[ \t]+tạo|mở|thực[ \t]+hiện|triển[ \t]+khai|tham[ \t]+gia"
    r"|bình[ \t]+chọn|tư[ \t]+vấn)(?!\p{L})")
"""Verbs of work opening an item in lower case: "- tổ chức 3 lớp ...", a list's next item after an amount."""
AMOUNT_TAIL = 200
"""Characters at a paragraph's end within which `_AMOUNT_AT_END` is read."""


def _closes_with_amount(para: Paragraph) -> bool:
    """Whether ``para`` closes with an amount (`_AMOUNT_AT_END`, read in its last `AMOUNT_TAIL` characters: an amount
    wrapped before its "đồng" too)."""
    tail = " ".join(line[-AMOUNT_TAIL:] for line in para.lines[-2:])
    return _AMOUNT_AT_END.search(tail, max(0, len(tail) - AMOUNT_TAIL)) is not None


def bullet_continues(para: Paragraph, line: str, lines: list[str], index: int) -> bool:
    """Whether a bullet line continues ``para``: "- tiểu thủ công nghiệp" after a wrapped line does (not under a heading
    in capitals, "ĐỀ XUẤT" / "- đề nghị UBND huyện ...", nor an item opening with a verb of work after an amount,
    `_LOWER_ITEM`: "Kinh phí: 750 triệu đồng" / "- tổ chức 3 lớp ..."); a capitalised
    bullet only when no sibling bullet follows ("Kinh tế\n- Hạ tầng"), ``para`` is no short heading ("2. Yêu cầu\n-
    Bảo tồn ...": a list of one item) nor one in capitals over a bullet in sentence case, and ends no name (`ends_name`:
    a level word, an agency's heading) nor amount (`_closes_with_amount`)."""
    if _LOWER_START.match(line[2:]) and not para.caps and not (_closes_with_amount(para) and _LOWER_ITEM.match(line, 2)):
        return True
    if _closes_with_amount(para) and not _AMOUNT_START.match(line, 2):
        return False  # "Kinh phí: 750 triệu đồng" / "- Tổ chức 3 lớp ...", "- 2 lớp ...": no item goes on one (a
        # range's second amount does: "tương ứng 50.000 đồng" / "- 60.000 đồng/người/ngày")
    if ends_name(" ".join(para.lines)):  # (a one-line paragraph's join is its line)
        return False  # "2. Kho bạc Nhà nước tỉnh" / "- Kiểm soát chi ...": no name goes on after a dash there
    if para.head[:1] == line[:1]:
        return False  # the next item of the list this paragraph belongs to
    if para.caps and not is_caps(line[2:]):
        return False  # a heading in capitals over its item: "II. NHIỆM VỤ HỖ TRỢ MÁY MÓC" / "- Hỗ trợ 45 cơ sở ..."
    if para.parts == 1 and _MARKER.match(para.head) and (
            para.words <= SHORT_HEADING_WORDS or _DIGIT_START.match(line[2:])):
        return False  # (a count opening the item: "1. Công tác đào tạo nghề" / "- 01 đề án ...", never a name's end)
    return not _has_sibling_bullet(lines, index)


def words_continue(para: Paragraph, line: str, evidence: tuple[TitlePairs, TitleWords]) -> bool:
    """Whether a line starting with a capitalised word continues ``para``: after a comma
    (but for the enacting sentence after a preamble clause, `_ENACTING`), as a document
    reference, as an abbreviation ending a phrase ("OCOP,"), after a firm's word ("... của Công ty" / "TNHH ..."), as a
    pair of words seen
    together elsewhere, as the one word after a short marker heading, or with a word seen
    inside lines elsewhere when it is no far wider line (`WIDER_LINE_MIN`) and, under a marked heading of one line,
    the heading's last word is capitalised or a function word (a name cut: "... Khuyến công và" / "Tư vấn ...")."""
    bigrams, title_words = evidence
    prev = para.last
    if prev.endswith(","):
        return not (_ENACTING.match(line) and _PREAMBLE_HEAD.match(para.head))
    if _DOC_REFERENCE.match(line):
        return not _NAMED_HEADING.match(line)
    if _ABBREVIATION_AND_COMMA.match(line) or (_FIRM_AT_END.search(prev) and _FIRM_NAME_START.match(line)):
        return True  # "... OCOP," / "... của Công ty" / "TNHH Hải sản Sầm Sơn ...": a firm's name goes on
    last, first = _LAST_WORD.match(prev), _FIRST_WORD.match(line)
    if not (last and first):
        return False
    if (last.group(1), first.group(1)) in bigrams:
        return True
    if _MARKER.match(para.head) and para.words < _HEADING_WORDS:
        return para.parts == 1 and bool(_MARKER_AND_WORD.match(prev))
    if len(line) > max(WIDER_LINE_MIN, 2 * len(prev)):
        return False  # a line far wider than the one before: that one was not cut at a width
    if para.parts == 1 and _MARKER.match(para.head) and not (
            last.group(1)[0].isupper() or last.group(1).lower() in function_words()):
        return False  # a marked heading ending a phrase, "5. Sản xuất sạch hơn, ... bền vững" / "Tư vấn, hỗ trợ 20 cơ sở
        # ...": no name cut after a word of neither a name nor a function ("Trung tâm Khuyến công và" / "Tư vấn ...")
    return first.group(1) in title_words


WIDER_LINE_MIN = 160
"""A line at least this long and twice as long as the one before it shows that the one before
was no line cut at a text's width (a news headline over its first paragraph: "Hội nghị
khuyến công các tỉnh, thành phố khu vực miền Trung - Tây Nguyên" / "Hội nghị tổng kết ..."),
so a word seen capitalised elsewhere ("Tham dự Hội nghị") does not join them."""


# A unit of area or volume after a figure at a line's end, and its power alone at the start
# of the next line: a web page's superscript "m²" copied as "1.000 m", a line break, "2".
_UNIT_AT_END = regex.compile(r"(?r)\d[^\S\n]?k?m")
_POWER_AT_START = regex.compile(r"[23](?![\p{L}\p{N}])")


def lost_superscript(prev: str, line: str) -> bool:
    """Whether the line break between ``prev`` and ``line`` stands for a lost superscript
    ("1.000 m" and "2 ván ốp trần"): the line is joined with nothing between, "1.000 m2 ván".
    """
    return line.startswith(("2", "3")) and bool(_POWER_AT_START.match(line) and _UNIT_AT_END.match(prev))


def drop_page_breaks(text: MappedText) -> MappedText:
    """Drop the furniture of a PDF's page breaks, its blank lines too, so that `join_lines` weighs the two lines around
    each as any wrapped ones: the pages' numbers of a text that numbers its pages (`page_numbers`), with the running
    header or footer line after each, and elsewhere a page break inside a sentence (`_PAGE_BREAK`: the page's number
    alone, maybe a running header or footer line after it: "... sản phẩm công nghiệp nông" / "" / "Trang 1" / "" / "UBND
    XÃ NGA SƠN - PHÒNG KINH TẾ" / "thôn tiêu biểu cấp tỉnh ...", "... trong đó kinh phí khuyến công quốc gia" / ... /
    "3.500 triệu đồng, ..."), the line before it as wide as a wrapped one (`WRAPPED_LINE_MIN`, no cell of a table or
    bar)."""
    if "\n\n" not in text.text:
        return text
    cuts = []
    for found in _PAGE_BREAK.finditer(text.text):
        line_start = text.text.rfind("\n", 0, found.start() - 1) + 1
        before = text.text[line_start:found.start() - 1]
        if len(before) < WRAPPED_LINE_MIN or "|" in before:
            continue
        end = found.end()
        if found["head"] and not _running_head(found["head"], before):
            end = found.start("head")  # a line of the page going on: the number alone is dropped, when that line is
            if not _PAGE_GOES_ON.match(text.text, end):  # one to join
                continue
        if not (found["number"].isdigit() and _figure_goes_on(text.text, found.start(), end)):
            cuts.append((found.start(), end))
    cuts += [(start, end) for start, end in page_numbers(text.text)
             if not any(start < cut_end and cut_start < end for cut_start, cut_end in cuts)]
    return text.delete(merged(cuts)) if cuts else text


def merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` in order, those that overlap or touch made one (a page's header running up to the next page's number
    on an empty page)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


# A page's number on a line alone after a blank line, then a blank line or the end of the text: "1", "Trang 2", "- 3
# -", "2/5".
_PAGE_NUMBER_FORM = r"(?:Trang[ \t]*)?(?:[-–][ \t]*)?(\d{1,3})(?:[ \t]*/[ \t]*\d{1,3})?(?:[ \t]*[-–])?"
"""How a page's number is written (its number the group): "1", "Trang 2", "- 3 -", "2/5"."""
_PAGE_NUMBER = regex.compile(_PAGE_NUMBER_FORM + r"[ \t]*(?:\n\n|\n?\Z)")
PAGE_MIN_LINES = 10
"""Lines of text between two pages' numbers at least, when no running header shows them to be pages' numbers."""
RUNNING_HEAD_MIN_LINES = 5
"""Lines of text between two copies of a running header at least, and between a page's number and the next."""


def page_numbers(text: str) -> list[tuple[int, int]]:
    """The spans of a PDF's page numbers (`_page_furniture`), each a line alone between blank lines (`_PAGE_NUMBER`),
    with the running header or footer line right after it (`_running_heads`: the line after two or more of them, the
    same each time, "1" / "" / "Chương trình khuyến công tỉnh Quảng Ngãi giai đoạn 2026-2030"). A number is a page's
    when such a line follows it, or when it follows or precedes a page's number by one, `RUNNING_HEAD_MIN_LINES` lines
    of text or more away; with no running header, two numbers in a row so, `PAGE_MIN_LINES` lines of text or more
    apart, are pages' numbers, unless either is a bare figure
    over its unit ("Số cơ sở được hỗ trợ:" / "" / "9" / "" / "cơ sở", `_figure_goes_on`). A bare number under a label
    awaiting it ("Số mô hình đã xây dựng:" / "" / "2", `_after_label`) is none, but with a running header."""
    alone = list(_lone_numbers(text))
    if len(alone) < 2:
        return []
    running = _running_heads(alone)
    alone = [found for found in alone if found.line_after in running or not _after_label(text, found)]
    pages = [found.line_after in running for found in alone]
    if not any(pages):  # no running header: two numbers in a row, one apart and far enough, number pages
        for k in range(1, len(alone)):
            if _next_page(alone[k], alone[k - 1]) and not any(
                    found.bare and _figure_goes_on(text, found.start, found.end) for found in alone[k - 1:k + 1]):
                pages[k - 1] = pages[k] = True
    for order in (range(len(alone)), range(len(alone) - 1, -1, -1)):  # the pages after the last known, then before
        last = None
        for k in order:
            if pages[k] or (last is not None and _next_page(alone[k], last, len(text), RUNNING_HEAD_MIN_LINES)):
                pages[k], last = True, alone[k]
    return [_page_furniture(found, found.line_after in running, len(text)) for found in compress(alone, pages)]


def _after_label(text: str, found: _LoneNumber) -> bool:
    """Whether a bare lone number stands under a label awaiting it, a line narrower than a wrapped one ending with a
    colon ("Số mô hình đã xây dựng:" / "" / "2"; not "... kế hoạch năm 2025 như sau:" / "" / "1")."""
    above = found.start - 1
    while above > 0 and text[above] in " \t\n":
        above -= 1
    return found.bare and text[above] == ":" and above - text.rfind("\n", 0, above) <= WRAPPED_LINE_MIN


def _running_heads(alone: list[_LoneNumber]) -> set[str]:
    """The lines after two or more of the lone numbers, each time `RUNNING_HEAD_MIN_LINES` lines of text or more after
    the last and after a greater number, and no unit of data/unit_nouns.tsv opening them (a page's running header, no
    count's unit, "9" / "" / "cơ sở", nor a cell of a table repeated under its row's number)."""
    seen: dict[str, list[_LoneNumber]] = {}
    for found in alone:
        if found.line_after and not _unit_after().match(found.line_after):
            seen.setdefault(found.line_after, []).append(found)
    return {line for line, each in seen.items() if len(each) > 1 and all(
        later.line - earlier.line >= RUNNING_HEAD_MIN_LINES and later.number > earlier.number
        for earlier, later in zip(each, each[1:]))}


def _page_furniture(found: _LoneNumber, headed: bool, text_end: int) -> tuple[int, int]:
    """The span to drop of a page's number: with its running header and the blank line above (the lines around meet,
    to be joined if they are one sentence), at the end of the text with the line break above, else the number and the
    blank line below (the blank line above stays: a page break outside a sentence breaks a paragraph)."""
    if headed:
        return found.start, found.head_end
    return (found.start - 1, text_end) if found.end == text_end else (found.start + 1, found.end)


class _LoneNumber(NamedTuple):
    """A number on a line alone between blank lines: `start` at its blank line above, `end` past the blank line below,
    `head_end` past the line after it (`line_after`, stripped and folded), `line` the lines of text above it (blank
    lines not counted: a double-spaced copy's are no lines of a page)."""
    number: int
    start: int
    end: int
    head_end: int
    line_after: str
    line: int
    bare: bool
    """Written as a bare number ("2", no "Trang 2" nor "- 2 -")."""


def _lone_numbers(text: str) -> Iterator[_LoneNumber]:
    """The numbers on lines alone between blank lines (`_PAGE_NUMBER`), in order."""
    lines = counted = 0
    at = text.find("\n\n")
    while at != -1:
        found = _PAGE_NUMBER.match(text, at + 2)
        if found:
            lines += text.count("\n", counted, at) - text.count("\n\n", counted, at)  # lines of text only
            counted = at
            line_end = text.find("\n", found.end())
            line_end = len(text) if line_end == -1 else line_end
            line_after = text[found.end():line_end].strip()
            yield _LoneNumber(int(found.group(1)), at + 1, found.end(), min(line_end + 1, len(text)),
                              "" if _MARKER.match(line_after) else line_after.casefold(), lines,
                              text[at + 2:found.end()].strip().isdigit())
        at = text.find("\n\n", at + 1)


def _next_page(found: _LoneNumber, other: _LoneNumber, text_end: int = -1, lines: int = PAGE_MIN_LINES) -> bool:
    """Whether ``found`` numbers the page after or before ``other``'s, ``lines`` lines of text or more from it (or
    closing the text, ``text_end``: a last page may be short)."""
    return (abs(found.line - other.line) >= lines or found.end == text_end) and (
        found.number - other.number == (1 if found.line > other.line else -1))


# A page's number alone between blank lines inside a sentence (the line before ends with a letter or a comma, the line
# going on opens in lower case or with an amount or a count, `_PAGE_GOES_ON`), maybe a running header or footer line
# right before that one (`_running_head`): "Trang 1", "1", "- 2 -", "2/5" (a bare number before a unit, "... là" / "" /
# "12" / "" / "cơ sở, ...", is the sentence's figure: `_figure_goes_on`).
_PAGE_GOES_ON = regex.compile(r"\p{Ll}|\d[\d.,]*[ \t]+(?:triệu|tỷ|tỉ|nghìn)?[ \t]*\p{Ll}")
_PAGE_BREAK = regex.compile(
    rf"(?<=[\p{{L}},]\n)\n(?P<number>{_PAGE_NUMBER_FORM})\n\n?(?P<head>[^\n]{{1,150}}\n)?(?={_PAGE_GOES_ON.pattern})")


def _running_head(head: str, before: str) -> bool:
    """Whether ``head``, the line after a page's number, is a running header or footer: in capitals ("UBND XÃ NGA SƠN
    - PHÒNG KINH TẾ"), or a short title in sentence case ("Báo cáo kết quả công tác khuyến công năm 2024") with no comma,
    no figure but a year, no stop at its end, and narrower than the wrapped line ``before`` the number
    (`HEAD_WIDTH_SHARE`), which a line of the text going on, as wide, is not."""
    head = head.strip()
    if is_caps(head):
        return True
    return (head[:1].isupper() and not _NOT_IN_HEAD.search(head) and not head.endswith(tuple(_TERMINAL_MARKS))
            and len(head) <= HEAD_WIDTH_SHARE * len(before))


_NOT_IN_HEAD = regex.compile(r"[,;]|(?<![\d/])(?!(?:19|20)\d\d(?!\d))\d")
HEAD_WIDTH_SHARE = 0.75
"""A running header in sentence case is at most this share of the wrapped line before the page's number."""


def _figure_goes_on(text: str, start: int, end: int) -> bool:
    """Whether the bare number of a `_PAGE_BREAK` match (from ``start`` to ``end``) is the sentence's figure: the line
    going on opens with its unit ("... là" / "" / "12" / "" / "cơ sở, ..."), and the line before ends with no word of a
    plural, which never stands before a figure ("... triển khai các" / "" / "9" / "" / "đề án sau: ...")."""
    return bool(_unit_after().match(text, end)) and not _PLURAL_AT_END.search(text, 0, start)


@lru_cache(maxsize=None)
def _unit_after() -> regex.Pattern:
    """A unit of ``data/unit_nouns.tsv`` opening a line ("cơ sở", "lớp", "học viên")."""
    units = sorted(unit_nouns(), key=len, reverse=True)
    return regex.compile("(?:" + "|".join(map(regex.escape, units)) + r")(?!\p{L})")


_PLURAL_AT_END = regex.compile(r"(?<![\p{L}])(?:các|những)$")
WRAPPED_LINE_MIN = 50
"""Characters of the line before a page break at least: a line wrapped at a page's width, no table cell or label."""


def join_lines(text: MappedText) -> MappedText:
    """Re-join lines hard-wrapped mid-sentence with one space (mapped to the line break).

    Expects the output of `whitespace`: a blank line is a paragraph break and is kept,
    except that a lower-case line after a single blank line continues the line before.
    A `double_spaced` text first loses its blank lines, then is joined as any other.
    Only the line breaks `_join_candidates` finds are weighed; every other non-blank line
    starts a paragraph, which is built when a line below asks about it.
    """
    candidates = list(_join_candidates().finditer(text.text))
    if double_spaced(text.text, candidates):
        text = text.delete((at + 1, at + 2) for at in occurrences(text.text, "\n\n"))
        candidates = list(_join_candidates().finditer(text.text))
    lines = text.text.split("\n")
    evidence = (TitlePairs(text.text), TitleWords(text.text))
    edits = []
    para: Paragraph | None = None  # the paragraph last extended, at line ``para_end``
    para_end = -1
    index = counted = 0
    for m in candidates:
        pos = m.end()  # where the line starts
        index += text.text.count("\n", counted, pos)
        counted = pos
        line, last = lines[index], index - len(m.group())
        if para is None or para_end != last:
            para = Paragraph.start(lines[last])
        if last == index - 1:
            joined = continues(para, line, lines, index, evidence)
            edits += [(pos - 1, pos, "" if lost_superscript(para.last, line) else " ")] if joined else []
        else:
            joined = bool(not para.caps and _LOWER_START.match(line))
            edits += [(pos - 2, pos - 1, " "), (pos - 1, pos, "")] if joined else []
        if joined:
            para.extend(line)
            para_end = index
    edits += amounts_after_labels(text.text)
    return text.edit(sorted(edits)) if edits else text


# A dash item's label closing its line with a colon and its amount alone on the next line: a PDF's wrap right after
# the colon ("- Hỗ trợ ứng dụng máy CNC chạm khắc gỗ tại Cơ sở mộc mỹ nghệ Phúc Lộc, thị xã Ba Đồn:" / "220 triệu
# đồng;"), which no candidate weighs (a colon ends a clause).
_AMOUNT_AFTER_LABEL = regex.compile(
    r":(?P<wrap>\n)(?=\d[\d.,]*[ \t]*(?:tỷ|tỉ|triệu|nghìn|ngàn)?[ \t]*đồng[ \t]*[;.]?[ \t]*(?:\n|\Z))", regex.I)
_ITEM_LINE = regex.compile(r"[ \t]*[-+•–][ \t]")


def amounts_after_labels(text: str) -> list[tuple[int, int, str]]:
    """The edits joining each amount alone on its line to the label closing the line above with a colon
    (`_AMOUNT_AFTER_LABEL`), when that line is a dash item's (`_ITEM_LINE`)."""
    return [(m.start("wrap"), m.end("wrap"), " ") for m in _AMOUNT_AFTER_LABEL.finditer(text)
            if _ITEM_LINE.match(text, text.rfind("\n", 0, m.start()) + 1)]
