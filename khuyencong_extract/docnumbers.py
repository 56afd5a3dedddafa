"""Document numbers: find, normalise and repair ("45/2012/NĐ-CP", "1881/QQĐ-TTg").

Reads: text, and ``data/doc_codes.toml`` (type codes, issuer codes, unit codes). Writes:
`DocNumber` (the number as written, its canonical form, its type and issuer codes, and
whether a repair changed it).

Canonical form: ``NUMBER[/YEAR]/CODE`` with ``/`` and ``-`` only, no inner spaces, the
code parts joined by dashes (a "/" or "." written between them is one:
``183/2010/TTLT/BTC-BNN`` -> ``183/2010/TTLT-BTC-BNN``, ``27/2010/QĐ .UBND`` ->
``27/2010/QĐ-UBND``; an "&" is kept: ``4469/SNN-PTNT&QLCL``), each code part spelled as in
the code table (``QD`` -> ``QĐ``, ``Ttg`` -> ``TTg``; a legislature's number stays on its
code: ``QH15``). A code part the table does not know is repaired only when one unambiguous
edit makes it known: a ``0``/``O``/``_``/``.`` standing for the dash (``TT0BCT`` ->
``TT-BCT``), a missing dash (``TTBCT`` -> ``TT-BCT``) or a doubled letter (``QQĐ`` ->
``QĐ``). Otherwise the part is kept as written. A year glued to a type code of the table
gets its "/" back (``2211/2016QĐ-UBND`` -> ``2211/2016/QĐ-UBND``).

A ministry's department that numbers letters of its own (``[offices]``) is the issuer of a
code it opens ("437/CTĐP-QLKC": Cục Công Thương địa phương) and a unit after its
ministry's code ("5658/BCT-CTĐP": Bộ Công Thương).

Party documents are numbered ``NUMBER-TYPE/ORGAN`` (``09-NQ/TU``, ``21-CT/TW``): the type
code comes before the "/", the organ after it (never an issuer code).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import regex

# One code part: an upper-case letter then letters/digits (ASCII plus Đ), at most 10.
_TOKEN = r"[A-ZĐ][A-Za-zĐđ0-9]{0,9}"
# What joins two code parts: a dash (a space or line break may follow, as in "NĐ- CP"; a space
# on both sides before an upper-case code: "TT - BCT"), an
# "&" ("PTNT&QLCL", a space may come on either side: "BKH &ĐT"), a "/" (a space may come
# before it: "TTLT/BTC-BNN", "HDLN /STC-SCT"), or a "." before an upper-case code ("QĐ .UBND",
# never a sentence end before a word: "QĐ-UBND.Trong").
_JOIN = r"(?:[-–—][ \t\n]?|[ \t][-–—][ \t]?(?=[A-ZĐ]{2,10}(?![\p{L}\d]))|[ \t]?&[ \t]?|[ \t]?/|[ \t]?\.(?=[A-ZĐ]{2,10}(?![\p{L}\d])))"


@cache
def _code_data() -> dict:
    """``data/doc_codes.toml`` as read."""
    return tomllib.loads(resources.files("khuyencong_extract").joinpath("data/doc_codes.toml").read_text("utf-8"))


def _glued_type_pattern() -> str:
    """A type code of the table (its "Đ" may be written "D") then a code separator or the
    number's end: what a year may be glued to when its "/" was lost ("2016QĐ-UBND")."""
    spellings = {spelling for code in _code_data()["types"] for spelling in (code, code.replace("Đ", "D"))}
    return rf"(?:{'|'.join(sorted(spellings, key=len, reverse=True))})(?:[-–—/]|(?![\p{{L}}\d]))"


_GLUED_TYPE = _glued_type_pattern()

# A document number: digits / optional 4-digit year / code parts; or a party document's
# digits - type code / organ code ("09-NQ/TU"). A space is tolerated around "/"; the year's
# "/" may be missing before a type code (`_GLUED_TYPE`: "2211/2016QĐ-UBND").
NUMBER = regex.compile(
    rf"(?<![\p{{L}}\d/])(?:\d{{1,5}}[ \t]?/[ \t]?(?:\d{{4}}[ \t]?/[ \t]?|\d{{4}}(?={_GLUED_TYPE}))?"
    rf"{_TOKEN}(?:{_JOIN}{_TOKEN}){{0,4}}"
    rf"|\d{{1,5}}-[A-ZĐ][A-Za-zĐđ]{{0,4}}/{_TOKEN}(?:[-–—]{_TOKEN}){{0,3}})(?:(?![\p{{L}}\d])|(?=ngày(?!\p{{L}})))"
)
# Any run of whitespace (removed from a number).
_SPACE = regex.compile(r"\s+")
# A year glued to the code after it ("2211/2016QĐ-UBND"): the "/" to put back after it.
_GLUED_YEAR = regex.compile(rf"^(\d{{1,5}}/\d{{4}})(?={_GLUED_TYPE})")
# Dash variants written between code parts.
_DASH = regex.compile(r"[–—_]")
# Separators of code parts that are dashes in the canonical form.
_CODE_SEPARATORS = regex.compile(r"[-/.]")
# A party document's number, compacted: serial, type code, organ code.
_PARTY = regex.compile(r"^(\d+)-([^/]+)/(.+)$")
# A code part carrying a legislature's number: "QH15" (code, number).
_NUMBERED_PART = regex.compile(r"^(.+?)(\d{1,2})$")
# Characters that stand for a lost dash inside a code part ("TT0BCT").
_DASH_STANDINS = "0O_."


@dataclass(frozen=True, slots=True)
class DocNumber:
    raw: str
    number: str
    type_code: str | None
    issuer_codes: tuple[str, ...]
    repaired: bool
    year: int | None = None
    """The year written in the number ("45/2012/NĐ-CP": 2012), if any."""


@dataclass(frozen=True, slots=True)
class CodeTable:
    types: dict[str, dict]
    issuers: dict[str, str]
    units: frozenset[str]
    offices: dict[str, str]
    """A ministry's departments: the issuer when the code opens with them, else a unit."""
    numbered: frozenset[str]
    """Issuer codes written with a legislature's number (``QH15``)."""
    by_key: dict[str, str]
    """Folded key (upper case, Đ as D) -> canonical code part."""


def fold_code(part: str) -> str:
    """Case- and Đ-insensitive key of a code part: ``QĐ``, ``qd``, ``QD`` -> ``QD``."""
    return part.upper().replace("Đ", "D").replace("đ", "D")


@cache
def codes() -> CodeTable:
    """The code table from ``data/doc_codes.toml``."""
    data = _code_data()
    units = frozenset(data["units"]["codes"])
    by_key: dict[str, str] = {}
    offices = data["offices"]
    for part in [*data["types"], *data["issuers"], *units, *offices]:
        by_key.setdefault(fold_code(part), part)
    return CodeTable(data["types"], data["issuers"], units, offices, frozenset(data["numbered"]["codes"]), by_key)


def known_part(part: str) -> str | None:
    """The canonical spelling of a known code part, else None."""
    table = codes()
    if part in table.types or part in table.issuers or part in table.units or part in table.offices:
        return part
    return table.by_key.get(fold_code(part))


def numbered_part(part: str) -> tuple[str, str] | None:
    """A code carrying a legislature's number, canonical: ``qh15`` -> (``QH15``, ``QH``)."""
    if (m := _NUMBERED_PART.match(part)) and (code := known_part(m[1])) in codes().numbered:
        return code + m[2], code
    return None


def repair_part(part: str) -> list[str] | None:
    """Known parts that one edit of an unknown ``part`` gives, or None if not exactly one way."""
    candidates: set[tuple[str, ...]] = set()
    for i in range(1, len(part)):
        left, right = part[:i], part[i:]
        if part[i] in _DASH_STANDINS and (a := known_part(left)) and (b := known_part(right[1:])):
            candidates.add((a, b))
        if (a := known_part(left)) and (b := known_part(right)):
            candidates.add((a, b))
        if part[i] == part[i - 1] and (c := known_part(part[:i] + part[i + 1:])):
            candidates.add((c,))
    return list(candidates.pop()) if len(candidates) == 1 else None


def canonical_parts(code: str) -> list[str]:
    """The code parts of ``code`` (separated by ``-``, ``/`` or ``.``; an "&" group stays one
    part), each spelled canonically or repaired."""
    parts: list[str] = []
    for part in (p for p in _CODE_SEPARATORS.split(code) if p):
        if "&" in part:
            parts.append("&".join(known_part(p) or p for p in part.split("&")))
        elif canonical := known_part(part):
            parts.append(canonical)
        elif numbered := numbered_part(part):
            parts.append(numbered[0])
        else:
            parts.extend(repair_part(part) or [part])
    return parts


def issuer_of_part(part: str) -> str | None:
    """The issuer code a canonical code part names: ``BTC`` -> ``BTC``, ``QH15`` -> ``QH``."""
    if part in codes().issuers:
        return part
    numbered = numbered_part(part)
    return numbered[1] if numbered else None


@lru_cache(maxsize=4096)
def normalise_number(raw: str) -> DocNumber:
    """Canonical form of a document number as written (cached: the same numbers are cited
    again and again)."""
    compact = _GLUED_YEAR.sub(r"\1/", _DASH.sub("-", _SPACE.sub("", raw)))
    table = codes()
    if party := _PARTY.match(compact):
        serial, type_part, organ = party.groups()
        type_code = known_part(type_part) or type_part
        number = f"{serial}-{type_code}/{'-'.join(known_part(p) or p for p in organ.split('-'))}"
        return DocNumber(raw, number, type_code if type_code in table.types else None, (), number != raw)
    pieces = compact.split("/")
    lead = 1 + (len(pieces) > 2 and pieces[1].isdigit())
    parts = canonical_parts("/".join(pieces[lead:]))
    number = "/".join([*pieces[:lead], "-".join(parts)])
    type_code = parts[0] if parts and parts[0] in table.types else None
    issuer_codes = tuple(code for p in parts if (code := issuer_of_part(p))) or _opening_office(parts, type_code)
    year = int(pieces[1]) if lead == 2 and len(pieces[1]) == 4 else None
    return DocNumber(raw, number, type_code, issuer_codes, number != raw, year)


def _opening_office(parts: list[str], type_code: str | None) -> tuple[str, ...]:
    """The office (a ministry's department) a code opens with, after its type code, as the
    issuer of a number that names no other: ``437/CTĐP-QLKC`` -> ``("CTĐP",)``."""
    rest = parts[1:] if type_code else parts
    return (rest[0],) if rest and rest[0] in codes().offices else ()


def find_numbers(text: str) -> list[tuple[int, int, DocNumber]]:
    """Every document number in ``text`` with its offsets."""
    return [(m.start(), m.end(), normalise_number(m[0])) for m in NUMBER.finditer(text)]


def type_name(type_code: str | None) -> str | None:
    """Document type named by a type code: ``NĐ`` -> ``Nghị định``."""
    entry = codes().types.get(type_code or "")
    return entry["name"] if entry else None


def type_names() -> tuple[str, ...]:
    """The names of the code table's document types: ``Quyết định``, ``Nghị quyết`` ..."""
    return tuple(entry["name"] for entry in codes().types.values())


@cache
def type_variants() -> dict[str, str]:
    """Misspelt document type names -> the name: ``Quyết đinh`` -> ``Quyết định`` (the
    ``variants`` of the code table's types)."""
    return {v: entry["name"] for entry in codes().types.values() for v in entry.get("variants", ())}


def type_issuer(name: str | None) -> str | None:
    """Issuer implied by a document type cited by name: ``Luật`` -> ``Quốc hội``."""
    for entry in codes().types.values():
        if entry["name"] == name and "issuer" in entry:
            return codes().issuers[entry["issuer"]]
    return None


def issuer_of_codes(issuer_codes: tuple[str, ...]) -> str | None:
    """Issuer named by a number's issuer codes: ``("BTC", "BCT")`` -> ``Bộ Tài chính - Bộ Công Thương``."""
    table = codes()
    names = [table.issuers.get(c) or table.offices[c] for c in issuer_codes]
    return " - ".join(names) if names else None
