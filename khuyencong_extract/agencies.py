"""Agency registry and name matching.

Reads: ``data/agencies.toml`` (canonical agencies, variants, succession) and
``data/provinces.csv`` (the province names stripped from an agency's name).
Writes nothing; gives `match` (one name -> registry entry or no match), `split_agencies`
(a heading naming several bodies -> one span per body) and `HEAD` (the nouns an agency
name starts with), used by the duties extractor, and `is_whole_registry_name` (a heading
that names one body whole), used by line re-joining.

Matching works on a *key*: the name folded (NFC, one tone-mark convention, lower case),
parentheticals dropped ("(thuộc Sở Công Thương)"), ``&`` read as "và", ``UBND``/``HTX``
expanded, punctuation removed, province names and qualifiers such as "tỉnh", "các tỉnh,
thành phố trực thuộc trung ương" (or a trailing "các tỉnh, thành phố", "các địa phương"),
"liên quan", "khác" stripped, and the district a district office is named with ("Phòng Kinh
tế và Hạ tầng huyện Vạn Ninh"). A key found among the registry keys resolves exactly, and so
does one that is "các" before a registry key ("các Sở Công Thương": each province's).
Otherwise rapidfuzz's `fuzz.ratio` (normalised Indel
similarity, 0-100) is computed against every registry key; the best one wins when it
scores at least `THRESHOLD` and no key of another agency is within `MARGIN` of it. Keys
shorter than `MIN_FUZZY_LEN` (abbreviations like "sct") only resolve exactly. A name
that does not clear the bar gets no id: an unknown agency is reported, never guessed.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import numpy as np
import regex
from rapidfuzz import fuzz, process

from khuyencong_extract.texttools import province_spellings
from khuyencong_extract.tones import fold, lower_keeping_length

THRESHOLD = 90.0
"""Minimum `fuzz.ratio` score of a fuzzy match (typos such as "Sở Công Thươg" score 96;
distinct departments such as "sở giao thông vận tải" vs "sở tài chính" score below 70)."""
MARGIN = 3.0
"""A fuzzy match is refused when another agency's key scores within this of the best."""
MIN_FUZZY_LEN = 6
"""Keys shorter than this (abbreviations) never match fuzzily."""

LEVELS = frozenset({"ministry", "province", "district", "commune", "mass_organisation", "press"})


def fold_text(text: str) -> str:
    """`fold`, guaranteed to keep offsets: falls back to lower case (`lower_keeping_length`)
    if lengths differ (a text not in NFC).

    Clean text is NFC with old-style tones already, so `fold` mostly just lower-cases it:
    when no tone pair that `fold` could move is in sight, ``lower()`` is the answer (a quick
    scan instead of a pass of the tone-placement pattern over a whole document).
    """
    lowered = _table_lower(text) if len(text) >= TABLE_LOWER_MIN else None
    if lowered is None and unicodedata.is_normalized("NFC", text):
        lowered = text.lower()
    if lowered is not None and len(lowered) == len(text) and not _movable_tone(lowered):
        return lowered
    folded = fold(text)
    return folded if len(folded) == len(text) else lower_keeping_length(text)


def _table_lower(text: str) -> str | None:
    """``text.lower()`` of a text made only of characters of `_LOWER_TABLE` (such a text is
    in NFC), looked up character by character in one pass over its UTF-16 code units; None
    for any other text. Both the NFC test and ``lower()`` read a document's text character
    by character in Python's C code, which took a fourth of the duties extractor's time."""
    codes = np.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
    lowered = _LOWER_TABLE.take(codes, mode="clip")
    return lowered.tobytes().decode("utf-16-le") if lowered.all() else None


def _lower_table() -> np.ndarray:
    """Each code point of `_TABLE_RANGES` that NFC keeps as it is -> its lower case when that
    is one character; 0 for every other code point up to the ranges' end, and past it (the
    last entry, which ``take(mode="clip")`` gives any higher code)."""
    table = np.zeros(_TABLE_RANGES[-1][1] + 2, dtype=np.uint16)
    for lo, hi in _TABLE_RANGES:
        for code in range(lo, hi + 1):
            char = chr(code)
            if len(lower := char.lower()) == 1 and unicodedata.normalize("NFC", char) == char:
                table[code] = ord(lower)
    return table


TABLE_LOWER_MIN = 2000
"""Texts this long are lower-cased by `_table_lower`: below it, its fixed cost (some us)
outweighs what it saves on each character (a whole document's text: x0.35)."""
_TABLE_RANGES = ((0x0001, 0x02FF), (0x1E00, 0x1EFF), (0x2000, 0x206F))
"""Latin and Vietnamese letters, punctuation: no character there is a combining mark or
the second of a canonical composition, so a text made of those NFC keeps as they are is
in NFC; and none lower-cases according to its neighbours (as "Σ", not in them, does)."""
_LOWER_TABLE = _lower_table()
"""The lower case of each character `_table_lower` reads (0: a character it leaves to ``lower()``)."""


_VIETNAMESE_LOWER = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
"""Lower-case letters of Vietnamese (a character class body): every one is a letter."""
# "o" or "u" before a toned a, e or y, in lower-case text, not followed by a Vietnamese
# letter (such a pair, as in "hoàn", is inside a word): one pattern per first letter, so
# that the scan jumps from one "o" (or "u") to the next instead of trying every position.
_TONE_PAIRS = tuple(re.compile(f"{vowel}[àáảãạèéẻẽẹỳýỷỹỵ](?![{_VIETNAMESE_LOWER}])") for vowel in "ou")
_LETTER_OR_MARK = regex.compile(r"[\p{L}\p{M}]")


def _movable_tone(lowered: str) -> bool:
    """Whether lower-case ``lowered`` holds a tone pair `fold` could rewrite: a tone on the
    second vowel of a syllable-final "oa", "oe" or "uy" ("quả", "quý" are onsets, not pairs)."""
    for pattern in _TONE_PAIRS:
        for m in pattern.finditer(lowered):
            start, end = m.span()
            if start > 0 and lowered[start - 1] == "q":
                continue  # "quả", "quý": "qu" is an onset
            if end == len(lowered) or not _letter_or_mark(lowered[end]):
                return True
    return False


@cache
def _letter_or_mark(char: str) -> bool:
    """Whether ``char`` is a letter or a combining mark (cached: a pair is mostly followed by a letter)."""
    return _LETTER_OR_MARK.match(char) is not None


@dataclass(frozen=True, slots=True)
class Agency:
    id: str
    name: str
    level: str
    variants: tuple[str, ...] = ()
    successor: str | None = None
    until: int | None = None


@dataclass(frozen=True, slots=True)
class AgencyMatch:
    agency: Agency | None
    score: float
    key: str

    @property
    def id(self) -> str | None:
        return self.agency.id if self.agency else None


# Dropped from a key: parenthetical remarks.
_PAREN = regex.compile(r"\([^()]{0,120}\)")
# Dropped: the department a centre is named with after a dash, as in brackets ("Trung tâm Khuyến công và Tư vấn phát
# triển công nghiệp – Sở Công Thương Bến Tre").
_PARENT_AFTER_DASH = regex.compile(r"^(trung tâm\s.+?)\s+[-–]\s+sở\s.*$")
# Dropped: "các tỉnh, thành phố trực thuộc trung ương" and its variants.
_CENTRAL = regex.compile(r"(?:các\s+)?(?:tỉnh|thành phố)(?:,?\s+(?:tỉnh|thành phố))?\s+trực thuộc\s+trung ương")
# Dropped: a trailing scope clause ("theo chức năng nhiệm vụ được giao", "trong phạm vi ...").
_SCOPE = regex.compile(r"\s(?:theo chức năng|trong phạm vi)\b.{0,200}$")
# Dropped: the district a district office is named with ("Phòng Kinh tế và Hạ tầng huyện Vạn
# Ninh"); a district's committee keeps it, "Ủy ban nhân dân huyện" being an agency of its own.
_DISTRICT_OF_OFFICE = regex.compile(r"^(?=phòng )(.+?) (?:huyện|thị xã|thành phố|quận|xã(?! hội)|phường)(?: \S+){1,3}$")
# Read as its level's committee: one district's or commune's named with its place ("Ủy ban nhân dân huyện Yên Lạc",
# "UBND xã Na Hang"); not a city's, a province's since 2025 ("UBND thành phố Huế").
_PLACE_OF_COMMITTEE = regex.compile(r"^ủy ban nhân dân (?:(?P<district>huyện|quận|thị xã)|xã|phường|thị trấn|đặc khu)(?: \S+){1,3}$")
_COMMITTEE_OF_LEVEL = {True: "ủy ban nhân dân huyện", False: "ủy ban nhân dân các xã"}
"""The registry key of a district's committee and of a commune's (`_PLACE_OF_COMMITTEE`)."""
# Punctuation and symbols become spaces.
_PUNCT = regex.compile(r"[^\p{L}\p{N}]+")
# Dropped at the end, repeatedly: qualifiers that do not change which body is meant.
_TRAILING = regex.compile(
    r"(?:\s+(?:các tỉnh thành phố|các tỉnh|các địa phương|tỉnh|có liên quan|liên quan|khác|chịu trách nhiệm"
    r"|có trách nhiệm))+$")


@dataclass(frozen=True, slots=True)
class Registry:
    agencies: dict[str, Agency]
    keys: dict[str, str]
    """Normalised key of every name and variant -> agency id."""
    provinces: regex.Pattern
    expand: dict[str, str]
    before_dash: frozenset[str] = frozenset()
    """Key of the words before each dash of every name and variant ("phòng kinh tế" of "Phòng
    Kinh tế - Hạ tầng")."""

    def key(self, name: str) -> str:
        """The normalised matching key of an agency name (see the module docstring)."""
        text = " ".join(fold(name).split())
        text = _PARENT_AFTER_DASH.sub(r"\1", _PAREN.sub(" ", text)).replace("&", " và ")
        text = _CENTRAL.sub(" ", text)
        text = _SCOPE.sub("", text)
        words = _PUNCT.sub(" ", text).split()
        text = " ".join(self.expand.get(word, word) for word in words)
        text = self.provinces.sub(" ", f" {text} ")
        text = " ".join(text.split())
        text = _DISTRICT_OF_OFFICE.sub(r"\1", text)
        if place := _PLACE_OF_COMMITTEE.match(text):
            text = _COMMITTEE_OF_LEVEL[place["district"] is not None]
        return _TRAILING.sub("", text).strip()

    def exact_key(self, key: str) -> str | None:
        """The registry key ``key`` is, or is "các" before ("các Sở Công Thương", a national
        text's: each province's); None for any other."""
        if key in self.keys:
            return key
        return key[4:] if key.startswith("các ") and key[4:] in self.keys else None

    def is_whole_name(self, name: str) -> bool:
        """Whether ``name``'s key is a registry key (`exact_key`) that is no name's words
        before its dash: no registry name goes on after a dash from it."""
        exact = self.exact_key(self.key(name))
        return exact is not None and exact not in self.before_dash

    def match(self, name: str) -> AgencyMatch:
        """The registry agency ``name`` designates, or an `AgencyMatch` without agency."""
        key = self.key(name)
        if not key:
            return AgencyMatch(None, 0.0, key)
        if exact := self.exact_key(key):
            return AgencyMatch(self.agencies[self.keys[exact]], 100.0, exact)
        if len(key) < MIN_FUZZY_LEN:
            return AgencyMatch(None, 0.0, key)
        best_by_agency: dict[str, float] = {}
        for choice, score, _ in process.extract(key, list(self.keys), scorer=fuzz.ratio, limit=8):
            agency_id = self.keys[choice]
            best_by_agency[agency_id] = max(score, best_by_agency.get(agency_id, 0.0))
        ranked = sorted(best_by_agency.items(), key=lambda item: -item[1])
        if not ranked:
            return AgencyMatch(None, 0.0, key)
        best_id, best = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
        if best < THRESHOLD or best - runner_up < MARGIN:
            return AgencyMatch(None, best, key)
        return AgencyMatch(self.agencies[best_id], best, key)


def _province_pattern(names: Iterable[str]) -> regex.Pattern:
    """Whole-word province names, optionally after "tỉnh" or "thành phố", longest first."""
    keys = sorted({" ".join(_PUNCT.sub(" ", fold(n)).split()) for n in names}, key=len, reverse=True)
    alternatives = "|".join(regex.escape(k) for k in keys)
    return regex.compile(rf"(?<=\s)(?:(?:tỉnh|thành phố|tp)\s)?(?:{alternatives})(?=\s)")


def load_registry(text: str) -> Registry:
    """Build a `Registry` from the TOML text of an agency registry file."""
    data = tomllib.loads(text)
    strip = data.get("strip", {})
    expand = {fold(k): " ".join(_PUNCT.sub(" ", fold(v)).split()) for k, v in strip.get("expand", {}).items()}
    shell = Registry({}, {}, _province_pattern(strip.get("provinces") or province_spellings()), expand)
    agencies: dict[str, Agency] = {}
    keys: dict[str, str] = {}
    for row in data.get("agency", []):
        agency = Agency(
            id=row["id"], name=row["name"], level=row["level"],
            variants=tuple(row.get("variants", ())), successor=row.get("successor"), until=row.get("until"),
        )
        if agency.level not in LEVELS:
            raise ValueError(f"agency {agency.id}: unknown level {agency.level!r}")
        if agency.id in agencies:
            raise ValueError(f"agency id {agency.id} appears twice")
        agencies[agency.id] = agency
        for name in (agency.name, *agency.variants):
            key = shell.key(name)
            if keys.get(key, agency.id) != agency.id:
                raise ValueError(f"{name!r} of {agency.id} has the same key as an alias of {keys[key]}")
            keys[key] = agency.id
    for agency in agencies.values():
        if agency.successor and agency.successor not in agencies:
            raise ValueError(f"agency {agency.id}: unknown successor {agency.successor}")
    before_dash = frozenset(
        shell.key(name[:dash.start()])
        for agency in agencies.values() for name in (agency.name, *agency.variants)
        for dash in _NAME_DASH.finditer(name)
    )
    return Registry(agencies, keys, shell.provinces, expand, before_dash)


_NAME_DASH = regex.compile(r"\s*[-–]\s*")
"""A dash inside a registry name ("Sở Lao động - Thương binh và Xã hội", "Đài PT-TH")."""


def latest(agency_id: str, reg: Registry | None = None) -> str:
    """The body that holds ``agency_id``'s duties today, following ``successor`` links
    (so_ke_hoach_dau_tu -> so_tai_chinh), to compare programmes across reorganisations."""
    agencies = (reg or registry()).agencies
    seen = {agency_id}
    while (successor := agencies[agency_id].successor) and successor not in seen:
        seen.add(successor)
        agency_id = successor
    return agency_id


@cache
def registry() -> Registry:
    """The packaged registry (``data/agencies.toml``), loaded once."""
    path = resources.files("khuyencong_extract") / "data" / "agencies.toml"
    return load_registry(path.read_text("utf-8"))


@lru_cache(maxsize=8192)
def match(name: str) -> AgencyMatch:
    """Match ``name`` against the packaged registry (results cached: names repeat)."""
    return registry().match(name)


@lru_cache(maxsize=8192)
def is_registry_name(name: str) -> bool:
    """Whether ``name``'s key is the key of a registry name or variant, or "các" before one
    (an exact `match`, without the cost of a fuzzy one)."""
    reg = registry()
    return reg.exact_key(reg.key(name)) is not None


@lru_cache(maxsize=4096)
def is_whole_registry_name(name: str) -> bool:
    """Whether ``name`` is a registry name from which no registry name goes on after a dash
    (`Registry.is_whole_name`): "Trung tâm Khuyến công và Xúc tiến thương mại" is one, the
    words of a name before its dash ("Phòng Kinh tế" of "Phòng Kinh tế - Hạ tầng") never are."""
    return registry().is_whole_name(name)


# Nouns an agency name starts with (folded); "tổ chức", "cơ quan", "đơn vị" only after "các"; of
# the banks only the registry's state bodies ("Ngân hàng Nhà nước", "Ngân hàng Chính sách xã hội"):
# "ngân hàng" alone also starts a commercial bank's name and a "ngân hàng đề án" (a store of schemes).
_HEAD_WORDS = (
    "sở", "ủy ban nhân dân", "ubnd", "trung tâm", "báo", "đài", "liên minh", "hội", "tỉnh đoàn",
    "hiệp hội", "cục", "chi cục", "vụ", "văn phòng", "phòng", "ban quản lý",
    "thường trực hội đồng nhân dân", "thường trực hđnd", "các ban của hội đồng nhân dân", "các tổ đại biểu",
    "đại biểu hội đồng nhân dân",
    "ủy ban mặt trận", "ủy ban mttq", "ủy ban mttqvn", "ubmttq", "ub mttq", "mặt trận tổ quốc",
    "ngân hàng nhà nước", "ngân hàng chính sách", "chi nhánh ngân hàng nhà nước", "chi nhánh ngân hàng chính sách",
    "nhnn", "nhcsxh", "chi nhánh nhcsxh", "kho bạc", "kbnn", "đoàn thanh niên", "đoàn tncs", "ban dân tộc",
)
_COLLECTIVE_WORDS = ("tổ chức", "cơ quan", "đơn vị", "đoàn thể")
_HEAD_FORMS = sorted({fold(w) for w in _HEAD_WORDS}, key=len, reverse=True)
"""Each head word as `fold_text` writes it (old-style tones: "uỷ ban" is read as "ủy ban")."""
# Words that make a head noun something else: "hội chợ", "báo cáo", "phòng trưng bày".
_NOT_AGENCY = r"(?!\s+(?:chợ|nghị|thảo|thi|cáo|trưng\s+bày|chống|ngừa)\b)"


def _phrase(words: str) -> str:
    """Pattern for ``words`` separated by any whitespace (hard-wrapped lines)."""
    return r"\s+".join(regex.escape(w) for w in words.split())


# The head of an agency named before it: "Giám đốc Sở Công Thương", "Chủ tịch UBND các huyện",
# "Thủ trưởng các sở, ban, ngành" give the agency its task.
_PERSON_TITLES = ("giám đốc", "chủ tịch", "thủ trưởng")
PERSON_TITLE = regex.compile(r"(?:" + "|".join(_phrase(t) for t in _PERSON_TITLES) + r")\s+")
HEAD = regex.compile(
    rf"(?:{PERSON_TITLE.pattern})?(?:"
    r"(?:các\s+)?(?:" + "|".join(_phrase(w) for w in _HEAD_FORMS) + r")\b" + _NOT_AGENCY
    + r"|các\s+(?:" + "|".join(_phrase(w) for w in _COLLECTIVE_WORDS) + r")\b)"
)
"""Start of an agency name, on folded text, its head's title before it or not."""
_HEAD_WORD_STARTS = tuple(sorted({form.split()[0] for form in _HEAD_FORMS} | {"các"} | set(_PERSON_TITLES)))
"""The first words of `HEAD`'s alternatives, and its titles whole ("chủ tịch", not "chủ": "chủ
trì" is no agency): every match starts with one of them."""


def head_at(folded: str, pos: int) -> bool:
    """Whether `HEAD` matches ``folded`` at ``pos`` (a prefix test turns most places away)."""
    return folded.startswith(_HEAD_WORD_STARTS, pos) and HEAD.match(folded, pos) is not None


# Where a list of agencies splits: a comma, semicolon, "và" or a spaced dash followed by an agency head.
_SEPARATOR = regex.compile(r"\s*[,;]\s*|\s+và\s+|\s+[-–]\s+")
# A unit named with the department it belongs to after a dash ("Trung tâm Khuyến công - Sở Công Thương"): one body.
_UNIT_OF = regex.compile(r"(?:trung tâm|phòng|chi cục|trạm|văn phòng)\s")


_JOINT_OFFICE = ("văn phòng hđnd", "văn phòng hội đồng nhân dân")
"""How the office serving both a council and its committee starts ("Văn phòng HĐND và UBND xã"): its "và" splits no
list of agencies."""


def split_agencies(text: str, folded: str | None = None) -> list[tuple[int, int]]:
    """``[start, end)`` of each agency named in ``text`` ("Báo An Giang, Đài ...": two).

    Splits only where the next part starts with an agency head noun, so "Sở Kế hoạch và
    Đầu tư" and "Ủy ban nhân dân huyện, thị xã, thành phố" stay whole ("Sở Tài chính - Sở
    Kế hoạch và Đầu tư": two, but a unit and its department after a dash, "Trung tâm
    Khuyến công - Sở Công Thương", one); the title of an
    agency's head before it is no part of the name. ``folded`` is ``fold_text(text)`` when
    the caller has it.
    """
    folded = fold_text(text) if folded is None else folded
    cuts = [0]
    bounds: list[tuple[int, int]] = []
    for sep in _SEPARATOR.finditer(folded):
        if sep.group().strip() in "-–" and _UNIT_OF.match(folded, cuts[-1]):
            continue
        if (sep.group().strip() == "và" and folded[cuts[-1]:sep.start()].strip() in _JOINT_OFFICE
                and folded.startswith(("ubnd", "ủy ban nhân dân", "uỷ ban nhân dân"), sep.end())):
            continue  # "Văn phòng HĐND và UBND xã": one office of both (not "Văn phòng HĐND tỉnh và Sở Tài chính")
        if head_at(folded, sep.end()):
            bounds.append((cuts[-1], sep.start()))
            cuts.append(sep.end())
    bounds.append((cuts[-1], len(text)))
    return [trimmed for start, end in bounds if (trimmed := _untitled(folded, *_trim(text, start, end)))[0] < trimmed[1]]


def _untitled(folded: str, start: int, end: int) -> tuple[int, int]:
    """A name's extent without its head's title ("Giám đốc Sở Công Thương": "Sở Công Thương")."""
    title = PERSON_TITLE.match(folded, start, end)
    return (title.end(), end) if title and head_at(folded, title.end()) else (start, end)


TRIM_CHARS = " \t\r\n,;:.-–"
"""Characters trimmed from either end of each agency name `split_agencies` cuts."""


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in TRIM_CHARS:
        start += 1
    while end > start and text[end - 1] in TRIM_CHARS:
        end -= 1
    return start, end
