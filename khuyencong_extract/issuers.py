"""Issuers and provinces: canonical names for the bodies that issue documents.

Reads: ``data/doc_codes.toml`` ([[issuer]] names and variants), ``data/provinces.csv``
(the 63 provinces before the 2025 merger and the 34 after, with their variant spellings) and
``data/province_lookalikes.txt`` (phrases a province's name is no part of: "Công nghệ An
Giang" names An Giang). Writes: canonical issuer names (`match_issuer`), province names with
diacritics (`find_province`).

Matching folds case and the tone-mark convention. A provincial body keeps its province:
"UBND tỉnh Tuyên Quang", "HĐND tỉnh An Giang", "Sở Công Thương Hà Tĩnh", "Tỉnh ủy An Giang"
(a body marked ``provincial`` in the table is completed with the document's province when
written without one, as UBND and HĐND are). A name the table does not know is
matched with rapidfuzz's `fuzz.ratio` at `THRESHOLD` or above (a name that lost a letter
in a bad conversion, "Thủ tướng Chính ph", scores 97) against the names not marked
``fuzzy = false``; below it, no issuer is guessed. A city the province table lists as a
province's ("thành phố Vinh", "thành phố Tuyên Quang") is none: its committee is a local
body (`local_body` in a header's capitals, `local_body_at` in prose: "UBND thành phố Vinh",
as "UBND huyện Thạch Hà"). "Thành phố" may be abbreviated ("UBND TP. Hồ Chí Minh", "UBND TP.
VINH"; "TP.HCM" is a spelling of Hồ Chí Minh). A province's name written in lower case is
none ("sống trong hòa bình") but right after its level word ("tỉnh hòa bình").
"""

from __future__ import annotations

import tomllib
from collections import Counter
from functools import cache, lru_cache
from importlib import resources

import regex
from rapidfuzz import fuzz, process

from khuyencong_extract.agencies import fold_text
from khuyencong_extract.texttools import data_lines, province_rows, row_spellings

THRESHOLD = 90.0
"""Minimum `fuzz.ratio` of a fuzzy issuer match."""
PROVINCIAL_BODIES = frozenset({"UBND", "HĐND"})
"""Bodies named "<body> tỉnh X" / "<body> thành phố X"."""

# "Thành phố" abbreviated: "TP.", "TP", "Tp." ("UBND TP. Hồ Chí Minh", "Phòng Kinh tế TP.Tân An",
# "UBND TP Cần Thơ"); not the first letters of "TP.HCM", "TP HCM", a province's spellings.
_CITY_ABBREVIATION = r"(?:TP|Tp)(?![\p{L}])(?!\.?[ \t]*HCM(?![\p{L}]))\.?"
# "UBND tỉnh X" / "HĐND tỉnh X" in all their spellings ("Ủy ban nhân dân Thành phố", the house
# style of the cities; "UBND TP. Hồ Chí Minh"); group "place" is the rest of the name.
_PEOPLES_COMMITTEE = regex.compile(
    r"^(?:(?P<ubnd>UBND|Ủy ban nhân dân|Uỷ ban nhân dân|ỦY BAN NHÂN DÂN)|HĐND|Hội đồng nhân dân|HỘI ĐỒNG NHÂN DÂN)"
    rf"\s*(?P<level>tỉnh|thành phố|Tỉnh|Thành phố|TỈNH|THÀNH PHỐ|{_CITY_ABBREVIATION})?\s*(?P<place>.*)$"
)
# A department ("Sở ...", "SỞ ..." in a header) or a centre with or without its province, maybe after its director's
# title ("Giám đốc Trung tâm Khuyến công và Tư vấn phát triển công nghiệp").
_DEPARTMENT = regex.compile(r"^(?:Giám đốc\s+)?(?P<dept>(?:Sở|SỞ|Trung tâm|TRUNG TÂM)\s.+)$")
# The level word a body's name may write before its province ("Sở Công Thương tỉnh Hà Tĩnh",
# "Sở Công Thương TP. Hồ Chí Minh").
_LEVEL_BEFORE_PROVINCE = regex.compile(r"(?i)\s+(?:tỉnh|thành phố|tp\.?)$")
# The committee or council of a district, a town, a provincial city or a commune as a header writes it,
# in capitals: "ỦY BAN NHÂN DÂN HUYỆN THẠCH HÀ", "UBND THỊ XÃ KỲ ANH", "ỦY BAN NHÂN DÂN QUẬN
# BÌNH THỦY", "ỦY BAN NHÂN DÂN THÀNH PHỐ VINH", "UBND TP. VINH", "ỦY BAN NHÂN DÂN XÃ HƯNG NGUYÊN" (since the 2025
# merger communes and wards issue what districts did); group "place" is the unit's name, group "level" its level
# (none: an abbreviated "thành phố").
_LOCAL_COMMITTEE = regex.compile(
    r"(?:(?P<ubnd>UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)|HĐND|HỘI ĐỒNG NHÂN DÂN)"
    rf" (?:(?P<level>HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|XÃ(?! HỘI CHỦ)|PHƯỜNG|THỊ TRẤN|ĐẶC KHU) |{_CITY_ABBREVIATION} ?)"
    r"(?P<place>[\p{Lu}\d][\p{Lu}\d '’–-]{0,40})"
)
# The same as prose writes it, its unit's name capitalised, a commune's too: "UBND huyện Thạch
# Hà", "Ủy ban nhân dân thị xã Kỳ Anh", "UBND TP. Vinh", "UBND quận 3", "UBND xã Thạch Đài"; the
# name ends before a council's session ("Khóa IX, Kỳ họp thứ hai") or a title's first words
# ("Phê duyệt ...", "Về việc ...").
_PLACE_WORD = (
    r"(?!(?:Khóa|Khoá|Kỳ[ \t]+họp|Về|Phê[ \t]+duyệt|Ban[ \t]+hành|Quy[ \t]+định|Sửa[ \t]+đổi|Hướng[ \t]+dẫn)(?![\p{L}]))"
    r"(?:\p{Lu}\p{Ll}*|\d{1,2})"
)
_LOCAL_COMMITTEE_WRITTEN = regex.compile(
    r"(?:(?P<ubnd>UBND|Ủy ban nhân dân|Uỷ ban nhân dân)|HĐND|Hội đồng nhân dân)[ \t]+"
    rf"(?:(?P<level>(?i:huyện|quận|thị xã|thành phố|xã|phường|thị trấn|đặc khu))[ \t]+|{_CITY_ABBREVIATION}[ \t]*)"
    rf"(?P<place>{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,3}})(?![\p{{L}}\d])"
)
CITY_PROVINCES_SINCE = 2025
"""The year the cities listed only among the provinces after the 2025 merger (``pre_2025``
0: Huế) became provinces; before it, "thành phố Huế" is a city of Thừa Thiên Huế."""
# Anything left besides a province name.
_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\d]")
# Titles of people written before the body they head.
_PERSON_TITLE = regex.compile(r"^(?:Bộ trưởng|Giám đốc|Chủ tịch|Thủ trưởng)\s+(?=Bộ|Sở|Ủy|UBND|Uỷ)")


def _data(name: str) -> str:
    return resources.files("khuyencong_extract").joinpath(f"data/{name}").read_text("utf-8")


def provinces() -> tuple[dict[str, str], ...]:
    """Province rows: name, kind, pre_2025, post_2025, variants (`texttools.province_rows`)."""
    return province_rows()


@cache
def _province_pattern() -> regex.Pattern:
    """Any province name or variant spelling (`_province_by_key`), folded, its words apart by
    spaces or a dash ("thừa thiên - huế", "thừa thiên-huế", "bà rịa-vũng tàu")."""
    return regex.compile(rf"(?<![\p{{L}}])(?:{_words_apart(_province_by_key())})(?![\p{{L}}])")


def _words_apart(keys) -> str:
    """An alternation of folded names ``keys``, longest first, their words apart by spaces or
    a dash."""
    names = sorted(keys, key=len, reverse=True)
    return "|".join(_BETWEEN_WORDS.join(regex.escape(word) for word in n.split()) for n in names)


_BETWEEN_WORDS = r"(?:[ \t]*[-–][ \t]*|[ \t]+)"
_BETWEEN_WORDS_PATTERN = regex.compile(_BETWEEN_WORDS)


def _province_key(folded: str) -> str:
    """A folded province name, its words apart by one space: "thừa thiên huế" for "thừa
    thiên - huế", "bà rịa vũng tàu" for "bà rịa - vũng tàu"."""
    return _BETWEEN_WORDS_PATTERN.sub(" ", folded)


@cache
def _province_by_key() -> dict[str, str]:
    """Province names by the key (`_province_key`) of each way of writing them: the name and
    the spellings its ``variants`` list ("Bà Rịa - Vũng Tầu")."""
    table = {}
    for row in provinces():
        for written in row_spellings(row):
            table[_province_key(fold_text(written))] = row["name"]
    return table


@cache
def _canonical_keys() -> dict[str, str]:
    """The key of each province's name by the key of each way of writing it."""
    return {key: _province_key(fold_text(name)) for key, name in _province_by_key().items()}


@lru_cache(maxsize=4096)
def find_province(text: str) -> str | None:
    """The first province named in ``text`` (capitalised, or any case after its level word:
    `province_names`), with diacritics (cached: issuer names recur)."""
    key = next(province_keys(fold_text(text), text), None)
    return _province_by_key()[key] if key else None


def province_keys(folded: str, text: str):
    """The folded keys of the province names in ``text`` (``folded`` its `fold_text`:
    `province_names`), in order, but for a commune's or a district's name that is one too ("xã
    Thái Bình Trung", "phường Hòa Bình"), a craft village's (`_village_name`: "làng nghề dệt Hòa Bình") and one ending
    a firm's name (`_in_firm_name`)."""
    return (key for key, _ in _keys_at(folded, text))


def _keys_at(folded: str, text: str):
    """`province_keys`, each with where its name starts."""
    for m in province_names(folded, text):
        if not _BELOW_PROVINCE.search(folded, max(0, m.start() - 10), m.start()) and not _in_firm_name(text, m.start()) \
                and not _village_name(folded, text, m.start()):
            yield _canonical_keys()[_province_key(m[0])], m.start()


# A place people go to, right before a province's name (folded text): "tại (tỉnh) Hưng Yên", "ở", "đến", "sang".
_VENUE = regex.compile(r"(?<!\p{L})(?:tại|ở|đến|sang)[ \t]+(?:(?:tỉnh|thành[ \t]+phố|tp\.?)[ \t]*)?\Z")
VENUE_REACH = 24
"""Characters before a province's name read for `_VENUE`."""


# A craft village's name after "làng nghề" and its craft in lower case: "làng nghề dệt Hòa Bình", "làng nghề bánh tráng
# Thái Bình" (not "làng nghề truyền thống tỉnh Hòa Bình", the province after its level word).
_VILLAGE_BEFORE = regex.compile(r"(?r)(?<!\p{L})[Ll]àng[ \t]+nghề(?:[ \t]+\p{Ll}+){1,4}[ \t]+\Z")
VILLAGE_REACH = 48
"""Characters before a province's name within which the "làng nghề" of a village it names starts."""


def _village_name(folded: str, text: str, start: int) -> bool:
    """Whether the province name at ``start`` names a craft village (`_VILLAGE_BEFORE`), no level word right before it."""
    return (_VILLAGE_BEFORE.search(text, max(0, start - VILLAGE_REACH), start) is not None
            and not _LEVEL_BEFORE_NAME.search(folded, max(0, start - 12), start))


# A firm's, a cooperative's or a school's name the province ends: "Công ty Cổ phần Chè Thái Bình", "HTX Macca
# Lạng Sơn", "Hợp tác xã dệt thổ cẩm Hòa Bình", "trường Đại học Nông Lâm Tp.HCM" (its words after the legal form; not
# "công ty ... tại tỉnh Lạng Sơn").
_FIRM_NAME_BEFORE = regex.compile(
    r"(?r)(?<![\p{L}])(?:Công[ \t]+ty|HTX|Hợp[ \t]+tác[ \t]+xã|Đại[ \t]+học|Cao[ \t]+đẳng)"
    r"(?:[ \t]+(?:cổ[ \t]+phần|Cổ[ \t]+phần|TNHH|MTV|CP))*(?:[ \t]+\p{Lu}[\p{L}&.-]*){0,4}[ \t]+\Z"
    # a firm's or a cooperative's trade in lower case among its words (a school's are its province's: "Trường Cao đẳng
    # Công nghệ An Giang")
    r"|(?<![\p{L}])(?:Công[ \t]+ty|HTX|Hợp[ \t]+tác[ \t]+xã)(?:[ \t]+(?:cổ[ \t]+phần|Cổ[ \t]+phần|TNHH|MTV|CP))*"
    r"(?:[ \t]+(?:\p{Lu}[\p{L}&.-]*|(?!(?:tại|ở|của|thuộc|tỉnh|thành|huyện|xã|trên|và)(?!\p{L}))\p{Ll}+)){1,5}[ \t]+\Z")
FIRM_NAME_REACH = 80
"""Characters before a province's name within which the firm's name it ends starts."""


def _in_firm_name(text: str, start: int) -> bool:
    """Whether the province name at ``start`` ends a firm's, a cooperative's or a school's name
    (`_FIRM_NAME_BEFORE`)."""
    return _FIRM_NAME_BEFORE.search(text, max(0, start - FIRM_NAME_REACH), start) is not None


def province_names(folded: str, text: str | None):
    """The `_province_pattern` matches of ``folded`` (the `fold_text` of ``text``: the same
    offsets) in order, but for the words of a longer name (`_inside_longer_name`: "công nghệ
    an giang" holds "an giang", not "nghệ an") and for a name ``text`` writes in lower case
    but after its level word (`_lower_case_word`: "gìn giữ hòa bình" is peace, "tỉnh hòa
    bình" the province; ``text`` None: a name alone, in any case)."""
    pattern = _province_pattern()
    pos = 0
    while m := pattern.search(folded, pos):
        if _inside_longer_name(folded, m) or (text is not None and _lower_case_word(folded, text, m.start())):
            pos = m.start() + 1  # the next word may start a province: "công nghệ [an giang]"
            continue
        yield m
        pos = m.end()


@cache
def _longer_names() -> regex.Pattern:
    """The phrases of ``data/province_lookalikes.txt``, folded, as whole words."""
    phrases = [_province_key(fold_text(line)) for line in data_lines("province_lookalikes.txt")]
    return regex.compile(rf"(?<![\p{{L}}])(?:{_words_apart(phrases)})(?![\p{{L}}])")


_LONGER_NAME_REACH = 24
"""How far before and after a province match a longer name that crosses its edge may reach."""


def _inside_longer_name(folded: str, m: regex.Match) -> bool:
    """Whether a phrase of `_longer_names` crosses an edge of the province match ``m``:
    "công nghệ" the start of "nghệ an" in "công nghệ an giang", "thái bình dương" the end of
    "thái bình" and the start of "bình dương"."""
    start, end = m.span()
    window = (max(0, start - _LONGER_NAME_REACH), end + _LONGER_NAME_REACH)
    for phrase in _longer_names().finditer(folded, *window):
        if phrase.start() < start < phrase.end() or phrase.start() < end < phrase.end():
            return True
    return False


def _lower_case_word(folded: str, text: str, start: int) -> bool:
    """Whether the province name at ``start`` is written in lower case in ``text`` and not
    right after its level word (`_LEVEL_BEFORE_NAME`, in ``folded``)."""
    return text[start].islower() and not _LEVEL_BEFORE_NAME.search(folded, max(0, start - 12), start)


# A province's level word right before its name: "tỉnh", "thành phố", "tp." (folded).
_LEVEL_BEFORE_NAME = regex.compile(r"(?<![\p{L}])(?:tỉnh|thành[ \t]+phố|tp\.?)[ \t]*$")
# A unit below a province right before a name: the name is that unit's (not the "thôn" of "nông thôn", rural: "Sở
# Nông nghiệp và Phát triển nông thôn Quảng Nam").
_BELOW_PROVINCE = regex.compile(r"(?:xã|phường|huyện|quận|thị trấn|(?<!nông )thôn|ấp)[^\S\n]$")


def sole_province(text: str, times: int = 2, *, venues: bool = True) -> str | None:
    """The province ``text`` names at least ``times`` times when it names no other one (a
    report about one province that names it in passing, never in a headline or title);
    None otherwise. Without ``venues``, a province named as a place the text's people go to (`_VENUE`: "... tham gia 02
    hội chợ tại thành phố Hà Nội") is not counted when the text names one otherwise ("... huyện Thạch Hà, tỉnh Hà
    Tĩnh ..."): a text naming its own only as a venue ("hội chợ được tổ chức tại tỉnh Hưng Yên") keeps it."""
    folded = fold_text(text)
    keys = list(_keys_at(folded, text))
    if not venues:
        at_home = [key for key, start in keys if not _VENUE.search(folded, max(0, start - VENUE_REACH), start)]
        keys = [(key, 0) for key in at_home] or keys
    named = Counter(key for key, _ in keys)
    for key in list(named):
        if longer := next((other for other in named if other.endswith(" " + key)), None):
            named[longer] += named.pop(key)  # "TP Huế" in a text about Thừa Thiên Huế: its city, no other province
    if len(named) != 1:
        return None
    [(key, count)] = named.items()
    return _province_by_key()[key] if count >= times else None


def named_after_body(text: str, province: str) -> bool:
    """Whether ``text`` writes ``province`` right after the name of one of its bodies, on its
    line: a name `match_issuer` reads as that province's, from a word with a capital first up
    to the province ("UBND tỉnh Tây Ninh", "lãnh đạo Sở Công Thương Cần Thơ", "Trung tâm
    Khuyến công và Tư vấn phát triển công nghiệp An Giang")."""
    for m in _province_written(text, province):
        line_start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - _BODY_NAME_REACH)
        for word in _CAPITALISED_WORD.finditer(text, line_start, m.start()):
            if (body := match_issuer(text[word.start() : m.end()], fuzzy=False)) and find_province(body) == province:
                return True
    return False


def named_as_programme_of(text: str, province: str) -> bool:
    """Whether ``text`` writes ``province`` as the one whose khuyến công, programme, plan or
    scheme it names (`_PROGRAMME_OF`: "chương trình khuyến công thành phố Cần Thơ", "Kế hoạch
    khuyến công địa phương tỉnh Lào Cai", "khuyến công tỉnh Bà Rịa – Vũng Tàu tập trung hỗ trợ ..."), or
    as the one carrying it out, after its level word (`_CARRYING_OUT_PROGRAMME`, `_AS_SUBJECT_BEFORE`: "năm đầu
    tiên tỉnh Nghệ An triển khai chương trình khuyến công giai đoạn 2016 – 2020")."""
    for m in _province_written(text, province):
        if _PROGRAMME_OF.search(m.string, max(0, m.start() - _PROGRAMME_REACH), m.start()):
            return True
        if (_CARRYING_OUT_PROGRAMME.match(m.string, m.end(), m.end() + _PROGRAMME_REACH)
                and _AS_SUBJECT_BEFORE.search(m.string, max(0, m.start() - _PROGRAMME_REACH), m.start())):
            return True
    return False


# A place's khuyến công, its programme, plan or scheme, and its level word right before a province (folded).
_PROGRAMME_OF = regex.compile(
    r"(?<![\p{L}])(?:(?:chương[ \t]+trình|kế[ \t]+hoạch|đề[ \t]+án)[ \t]+)?khuyến[ \t]+công(?:[ \t]+địa[ \t]+phương)?"
    r"[ \t]+(?:của[ \t]+)?(?:tỉnh|thành[ \t]+phố|tp\.?)[ \t]*$"
)
# After a province, its carrying out of its khuyến công programme, plan or scheme (folded) ...
_CARRYING_OUT_PROGRAMME = regex.compile(
    r"[ \t]+(?:(?:đã|đang|sẽ|vừa)[ \t]+)?(?:triển[ \t]+khai(?:[ \t]+thực[ \t]+hiện)?|thực[ \t]+hiện)[ \t]+"
    r"(?:chương[ \t]+trình|kế[ \t]+hoạch|đề[ \t]+án)[ \t]+khuyến[ \t]+công(?![\p{L}])"
)
# ... its level word right before it, not a way or an example ("học tập kinh nghiệm về cách thành phố Cần
# Thơ triển khai chương trình khuyến công") (folded).
_AS_SUBJECT_BEFORE = regex.compile(
    r"(?<![\p{L}])(?<!(?:cách|kinh[ \t]+nghiệm|như|của|mô[ \t]+hình)[ \t]+)(?:tỉnh|thành[ \t]+phố)[ \t]+$")
_PROGRAMME_REACH = 60
"""The characters before a province `_PROGRAMME_OF` may take."""


def _province_written(text: str, province: str):
    """The `province_names` matches of ``text`` (in its `fold_text`) that name ``province``."""
    folded = fold_text(text)
    key = _province_key(fold_text(province))
    for m in province_names(folded, text):
        if _canonical_keys()[_province_key(m[0])] == key:
            yield m


_BODY_NAME_REACH = 90
"""The characters before a province its body's name may take ("Trung tâm Khuyến công và Tư
vấn phát triển công nghiệp ")."""
# A word starting with a capital, where a body's name may start ("Sở", "Trung tâm", "UBND").
_CAPITALISED_WORD = regex.compile(r"(?<![\p{L}\d])\p{Lu}")


def _only_province(text: str) -> str | None:
    """The province ``text`` names when it names nothing else (dashes and pipes aside), however
    its words are apart ("Bà Rịa – Vũng Tàu", "THỪA THIÊN-HUẾ"); else None."""
    folded = fold_text(text)
    m = next(province_names(folded, None), None)
    if m is None or _LETTER_OR_DIGIT.search(folded, 0, m.start()) or _LETTER_OR_DIGIT.search(folded, m.end()):
        return None
    return _province_by_key()[_province_key(m[0])]


def _province_first(text: str) -> str | None:
    """The province whose name opens ``text`` (any case), else None."""
    folded = fold_text(text)
    m = next(province_names(folded, None), None)
    return _province_by_key()[_province_key(m[0])] if m and m.start() == 0 else None


def provincial_body(body: str, province: str) -> str:
    """``UBND tỉnh An Giang``, ``HĐND thành phố Hà Nội`` (the level from the province table)."""
    kind = _province_kinds().get(province)
    return f"{body} {'thành phố' if kind == 'thanh_pho' else 'tỉnh'} {province}"


@cache
def _province_kinds() -> dict[str, str]:
    return {row["name"]: row["kind"] for row in provinces()}


@cache
def _provinces_since_merger() -> frozenset[str]:
    """The provinces listed only after the 2025 merger (``pre_2025`` 0)."""
    return frozenset(row["name"] for row in provinces() if row["pre_2025"] == "0")


def was_province(province: str, year: int | None = None) -> bool:
    """Whether ``province`` was a province in ``year``: any of the table's before the merger;
    one listed only after it, from `CITY_PROVINCES_SINCE` on ("Huế"); any, ``year`` unknown."""
    return province not in _provinces_since_merger() or year is None or year >= CITY_PROVINCES_SINCE


def city_is_province(province: str, year: int | None = None) -> bool:
    """Whether "thành phố ``province``" (a province's name) is that province, not a city of
    it: the province table lists it as a city (kind ``thanh_pho``: "Hà Nội", unlike "Tuyên
    Quang") and it was a province in ``year`` (`was_province`: "Huế" from 2025)."""
    return _province_kinds().get(province) == "thanh_pho" and was_province(province, year)


def local_body(name: str, year: int | None = None) -> str | None:
    """The district's, town's or provincial city's committee or council a header names in
    capitals (`_LOCAL_COMMITTEE`, the whole of ``name``): "ỦY BAN NHÂN DÂN HUYỆN THẠCH HÀ" ->
    "UBND huyện Thạch Hà", "UBND THÀNH PHỐ VINH" and "UBND TP. VINH" -> "UBND thành phố
    Vinh"; an office of the committee under it, its own header (`_DISTRICT_OFFICE`): "UBND HUYỆN
    MỘ ĐỨC" / "PHÒNG KINH TẾ" -> "Phòng Kinh tế huyện Mộ Đức"; None for any other name and for a
    city that is a province in ``year`` (`city_is_province`: "THÀNH PHỐ HÀ NỘI")."""
    m = _LOCAL_COMMITTEE.fullmatch(name)
    if m is None:
        return None
    body = _local_name(m, m["place"].title(), year)
    office = _DISTRICT_OFFICE.search(m["place"]) if body else None  # ("THÀNH PHỐ HẢI PHÒNG" / "SỞ ...": none)
    if office is None:
        return body
    body = _local_name(m, m["place"][:office.start()].title(), year)  # "UBND HUYỆN MỘ ĐỨC" / "PHÒNG KINH TẾ"
    return f"{office_name(office)} {body.split(' ', 1)[1]}" if body else None


# An office of a district's committee on the header's next line, its kind then its name: "PHÒNG KINH TẾ", "PHÒNG KINH
# TẾ - HẠ TẦNG", "PHÒNG TÀI CHÍNH - KẾ HOẠCH", "TRUNG TÂM VĂN HÓA - THÔNG TIN".
_DISTRICT_OFFICE = regex.compile(r"(?<! VĂN) (?P<office>(?P<kind>PHÒNG|TRUNG TÂM|BAN QUẢN LÝ) (?!SỞ )(?P<name>[\p{Lu} –-]+))$")
# Where an office's name opens a part of it: its start, after a dash and after "và" ("Phòng Tài chính - Kế hoạch",
# "Phòng Nông nghiệp và Phát triển nông thôn").
_NAME_PART_START = regex.compile(r"(?:^|(?<=[-–] )|(?<= VÀ ))\p{Lu}")


def office_name(office: regex.Match) -> str:
    """An office's name in capitals (a `_DISTRICT_OFFICE` match) as prose writes it: "PHÒNG KINH TẾ - HẠ TẦNG" ->
    "Phòng Kinh tế - Hạ tầng"."""
    name = office["name"]
    starts = {m.start() for m in _NAME_PART_START.finditer(name)}
    return office["kind"].capitalize() + " " + "".join(c if i in starts else c.lower() for i, c in enumerate(name))


def local_body_at(text: str, pos: int, end: int, year: int | None = None) -> tuple[str, int] | None:
    """The local committee or council prose names at ``pos`` (`_LOCAL_COMMITTEE_WRITTEN`, before
    ``end``), and where its name ends: "UBND huyện Thạch Hà về việc ..." -> ("UBND huyện Thạch
    Hà", 19); None elsewhere and for a city that is a province (`local_body`)."""
    m = _LOCAL_COMMITTEE_WRITTEN.match(text, pos, end)
    name = _local_name(m, m["place"], year) if m else None
    return (name, m.end()) if name else None


def written_local_body(name: str, year: int | None = None) -> str | None:
    """The local committee or council prose names in the whole of ``name`` (`local_body_at`:
    "UBND TP. Vinh" -> "UBND thành phố Vinh"), else None."""
    local = local_body_at(name, 0, len(name), year)
    return local[0] if local and local[1] == len(name) else None


def _local_name(m: regex.Match, place: str, year: int | None) -> str | None:
    """"UBND huyện Thạch Hà" from a `_LOCAL_COMMITTEE` or `_LOCAL_COMMITTEE_WRITTEN` match and
    its ``place`` as it is to be written; None for a city that is a province in ``year``, its
    name first in ``place`` ("Đà Nẵng Khóa IX": the council of Đà Nẵng)."""
    level = m["level"].lower() if m["level"] else "thành phố"
    if level == "thành phố" and (province := _province_first(place)) and city_is_province(province, year):
        return None
    return f"{'UBND' if m['ubnd'] else 'HĐND'} {level} {place}"


@cache
def _issuers() -> tuple[dict, ...]:
    return tuple(tomllib.loads(_data("doc_codes.toml"))["issuer"])


@cache
def _issuer_by_key() -> dict[str, str]:
    table: dict[str, str] = {}
    for entry in _issuers():
        for variant in [entry["name"], *entry.get("variants", [])]:
            table[fold_text(variant)] = entry["name"]
    return table


@cache
def _fuzzy_keys() -> tuple[str, ...]:
    """The keys of `_issuer_by_key` a name may match fuzzily: not those of a body marked
    ``fuzzy = false`` (one letter from another body's: "Trung tâm Khuyến công", "Trung tâm
    Khuyến nông")."""
    exact = {fold_text(v) for e in _issuers() if e.get("fuzzy") is False for v in [e["name"], *e.get("variants", [])]}
    return tuple(key for key in _issuer_by_key() if key not in exact)


@cache
def _provincial() -> frozenset[str]:
    """Canonical names of the bodies the province may follow (``provincial = true``)."""
    return frozenset(entry["name"] for entry in _issuers() if entry.get("provincial"))


def _with_province(name: str, province: str | None) -> str | None:
    """A ``provincial`` body named with or without its province: "Tỉnh ủy An Giang" (the
    province written, else ``province``), or None."""
    place = find_province(name)
    base = name
    if place:
        *_, written = province_names(fold_text(name), name)  # the last name written (fold_text keeps offsets)
        if _LETTER_OR_DIGIT.search(name, written.end()):
            return None
        base = name[: written.start()].strip()
    table = _issuer_by_key()  # "Trung tâm Khuyến công thành phố Cần Thơ": the level word dropped
    canonical = table.get(fold_text(base)) or table.get(fold_text(_LEVEL_BEFORE_PROVINCE.sub("", base)))
    if canonical not in _provincial():
        return None
    place = place or province
    return f"{canonical} {place}" if place else canonical


def _is_city_level(level: str | None) -> bool:
    """Whether a `_PEOPLES_COMMITTEE` level is "thành phố", however written ("TP.")."""
    return level is not None and (level.lower() == "thành phố" or level.startswith(("TP", "Tp")))


def issuer_code(name: str | None) -> str | None:
    """The number code of a canonical issuer name (``Bộ Tài chính`` -> ``BTC``)."""
    for entry in _issuers():
        if entry["name"] == name:
            return entry.get("code")
    return None


@lru_cache(maxsize=4096)
def match_issuer(text: str, province: str | None = None, *, fuzzy: bool = True) -> str | None:
    """Canonical issuer for a name as written, or None when it is not recognisably one
    (cached: issuers recur).

    ``province`` completes a provincial body written without it ("Ủy ban nhân dân tỉnh").
    ``fuzzy=False`` accepts only names the table knows as written (case and tone aside).
    """
    name = " ".join(text.split()).strip(" ,;.:")
    if not name:
        return None
    name = _PERSON_TITLE.sub("", name)
    if m := _PEOPLES_COMMITTEE.match(name):
        place = province
        if m["place"]:
            place = _only_province(m["place"])
            if place is None:
                return None
            if _is_city_level(m["level"]) and not city_is_province(place):
                return None  # a city of the province: "UBND thành phố Tuyên Quang" (`local_body`)
        body = "UBND" if m["ubnd"] else "HĐND"
        if place:
            return provincial_body(body, place)
        return f"{body} thành phố" if _is_city_level(m["level"]) else f"{body} tỉnh"
    key = fold_text(name)
    table = _issuer_by_key()
    if canonical := _with_province(name, province):
        return canonical
    if key in table:
        return table[key]
    if m := _DEPARTMENT.match(name):
        place = find_province(m["dept"])
        base = m["dept"]
        if place:  # "Sở Công Thương (tỉnh) Hà Tĩnh" -> "Sở Công Thương" (fold_text keeps offsets)
            written = next(province_names(fold_text(base), base))
            if _LETTER_OR_DIGIT.search(base, written.end()):
                return None  # a name going on after its province ("SỞ CÔNG THƯƠNG NGHỆ AN TRUNG TÂM ...")
            base = _LEVEL_BEFORE_PROVINCE.sub("", base[: written.start()].rstrip()) or base
        canonical = table.get(fold_text(base))
        if canonical:
            return f"{canonical} {place}" if place else canonical
        return None
    if not fuzzy:
        return None
    best = process.extractOne(key, _fuzzy_keys(), scorer=fuzz.ratio, score_cutoff=THRESHOLD)
    return table[best[0]] if best else None
