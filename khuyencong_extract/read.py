"""Stage 1, read: raw bytes to text.

Reads: the raw bytes of one input. Writes: a `SourceText` (the decoded text, kept
faithful: no NFC, no clean-up; the name of the encoding it was found in; sha256 of the
bytes; notes about anything repaired while decoding). Spans everywhere in the output are
offsets into this decoded text.

Detection, in order:

1. empty or whitespace-only input, and binary files (magic numbers, control bytes) are
   refused with `ReadError` and a one-line reason;
2. a byte-order mark decides UTF-8 (``utf-8-sig``), UTF-16 (``utf-16``) or UTF-32
   (``utf-32``), and so do NUL bytes: on one byte parity only, UTF-16 without a mark; as
   the two high bytes of (nearly) every four, UTF-32 without a mark. After a UTF-8 mark,
   UTF-16 or UTF-32 text is read as such (an editor wrote the mark before it, a note says
   so) and anything else goes through steps 3 and 4 as input without the mark would
   (``utf-8-sig`` when that finds UTF-8; when nothing is plausible, UTF-8 with U+FFFD for
   the invalid bytes, as the mark declares);
3. input that decodes strictly as UTF-8 is UTF-8 (cut inside its last character, it is
   UTF-8 with a note); Unicode text that is really TCVN3 or VNI seen through Windows-1252,
   as old web pages serve it, or UTF-8 seen through Windows-1252 and saved again
   (mojibake), is converted with a note;
4. otherwise every candidate decoding (Windows-1258, TCVN3, VNI; UTF-8 line by line with
   a legacy fallback for the lines that are not UTF-8, when some line is UTF-8 or under 1%
   of the non-ASCII sequences are invalid; GB18030, a Chinese encoding of all Unicode,
   when the evidence decodes strictly in it) is scored on the lines holding non-ASCII
   bytes (up to 64 KB of them) by the share of its words that are valid Vietnamese
   syllables; the best wins (Unicode readings first when scores tie) and decodes the
   whole input once. When none is plausible the input is undecodable.

Reasons a `ReadError` gives (the manifest shows them as they are): ``empty input``;
``input holds only whitespace``; ``input holds only a byte-order mark``; ``binary input: a
PDF document, not a text document`` (likewise zip, PNG, GIF, JPEG, gzip, OLE .doc/.xls, RAR,
7-Zip, RTF); ``binary input: N% control bytes, not a text document`` (``... control
characters ...`` for UTF-32 by its NUL bytes: 32-bit numbers look like it); ``undecodable:
no encoding gives plausible Vietnamese text ...`` (``undecodable: utf-16 text that is not
plausible Vietnamese ...`` for UTF-16 and UTF-32).

Repairs do not fail a document: they become ``SourceText.notes`` (a truncated UTF-8
sequence at the end, lines of another encoding inside a UTF-8 file, stray invalid bytes,
UTF-16 or UTF-32 text after a UTF-8 byte-order mark), which the pipeline reports as
``encoding_repaired`` warnings.

The code tables live in ``data/tcvn3.tsv`` and ``data/vni.tsv``; the syllable structure
used for scoring in ``data/vi_syllables.json``.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import regex

SAMPLE_BYTES = 64 * 1024
"""Detection scores candidates on about this many bytes of evidence."""

MIN_PLAUSIBLE = 0.6
"""Lowest share of valid syllables (among words with diacritics) a decoding may have."""

MIN_UNMASK_EVIDENCE = 3
"""Valid syllables a legacy-font reading of Unicode text needs before it replaces the text."""

MAX_CONTROL_SHARE = 0.02
"""Above this share of control bytes an input is binary, not text."""

MAX_STRAY_SHARE = 0.01
"""Below this share of invalid bytes among its non-ASCII sequences, input is UTF-8 with stray bytes."""


class ReadError(Exception):
    """An input that cannot be read as text; ``str(error)`` is a one-line reason."""


@dataclass(frozen=True, slots=True)
class SourceText:
    text: str
    encoding: str
    sha256: str
    size: int
    notes: tuple[str, ...] = ()
    """What decoding had to repair (one line each); the pipeline turns these into warnings."""


def sha256_of(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def decode(raw: bytes) -> SourceText:
    """Detect the encoding of ``raw`` and decode it; `ReadError` when it is not text."""
    if not raw:
        raise ReadError("empty input")
    if not raw.strip():
        raise ReadError("input holds only whitespace")
    wide = wide_unicode_codec(raw[: SAMPLE_BYTES + 4].removeprefix(codecs.BOM_UTF8))  # after a UTF-8 mark too
    refuse_binary(raw, wide)
    text, encoding, notes = _decode(raw, wide)
    if not text.strip():
        raise ReadError("input holds only a byte-order mark" if not text else "input holds only whitespace")
    return SourceText(text, encoding, sha256_of(raw), len(raw), tuple(notes))


# --- binary input -------------------------------------------------------------------

MAGIC_NUMBERS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (or docx/xlsx/odt)"),
    (b"PK\x05\x06", "an empty zip archive"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE compound file (old .doc/.xls)"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"{\\rtf", "an RTF document"),
)

TCVN3_CAPITAL_SLOTS = frozenset((0x01, 0x02, 0x04, 0x05, 0x06, *range(0x11, 0x18)))
"""Control-range bytes that TCVN3 uses for toned capitals (see data/tcvn3.tsv)."""

CONTROL_BYTES = bytes(
    b for b in (*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F) if b not in TCVN3_CAPITAL_SLOTS
)
"""Bytes that do not occur in text in any encoding read here (tab, LF, VT, FF, CR do)."""


def refuse_binary(raw: bytes, wide: str | None = None) -> None:
    """Raise `ReadError` for known binary formats and for inputs full of control bytes
    (``wide``: the input is UTF-16 or UTF-32, `wide_unicode_codec`, whose NULs are text)."""
    for magic, kind in MAGIC_NUMBERS:
        if raw.startswith(magic):
            raise ReadError(f"binary input: {kind}, not a text document")
    if wide:
        return
    share = control_share(raw[:SAMPLE_BYTES])
    if share > MAX_CONTROL_SHARE:
        raise ReadError(f"binary input: {share:.0%} control bytes, not a text document")


def control_share(sample: bytes) -> float:
    """Share of bytes in ``sample`` that never occur in text (one pass: what deleting them removes)."""
    return (len(sample) - len(sample.translate(None, CONTROL_BYTES))) / len(sample) if sample else 0.0


def utf16_byte_order(raw: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when NUL bytes fall on one parity only (UTF-16 without BOM)."""
    sample = raw[: SAMPLE_BYTES & ~1]
    if len(sample) < 4 or 0 not in sample:  # no NUL byte (any 8-bit text): one memchr, no counting
        return None
    even, odd = sample[0::2].count(0) / (len(sample) // 2), sample[1::2].count(0) / (len(sample) // 2)
    if odd > 0.3 and even < 0.02:
        return "utf-16-le"
    if even > 0.3 and odd < 0.02:
        return "utf-16-be"
    return None


def utf32_byte_order(raw: bytes) -> str | None:
    """``utf-32-le``/``utf-32-be`` when the high byte of every four is NUL and the next one
    nearly always (UTF-32 without BOM: it is not NUL only for characters beyond the BMP)."""
    sample = raw[: SAMPLE_BYTES & ~3]
    if len(sample) < 8 or 0 not in sample:
        return None
    units = len(sample) // 4
    for codec, high, plane in (("utf-32-le", 3, 2), ("utf-32-be", 0, 1)):
        if sample[high::4].count(0) == units and sample[plane::4].count(0) >= 0.9 * units:
            return codec
    return None


def wide_unicode_codec(raw: bytes) -> str | None:
    """The codec of UTF-32 or UTF-16 input, by its byte-order mark or where its NUL bytes
    fall (``utf-32``, ``utf-16`` or one naming the byte order); None for other input."""
    if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # FF FE 00 00 before FF FE
        return "utf-32"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if raw.find(0, 0, SAMPLE_BYTES) < 0:  # no NUL byte (any 8-bit text): one memchr
        return None
    return utf32_byte_order(raw) or utf16_byte_order(raw)


# --- the decision -------------------------------------------------------------------

def _decode(raw: bytes, wide: str | None) -> tuple[str, str, list[str]]:
    """``raw`` decoded; ``wide``: `wide_unicode_codec` of what follows a UTF-8 mark, if any."""
    if raw.startswith(codecs.BOM_UTF8):
        return decode_after_utf8_bom(raw[len(codecs.BOM_UTF8):], wide)
    if wide:
        return decode_wide(raw, wide)
    return decode_8bit(raw)


def decode_after_utf8_bom(body: bytes, wide: str | None) -> tuple[str, str, list[str]]:
    """What follows a UTF-8 byte-order mark.

    UTF-16 or UTF-32 text (an editor wrote the mark before it) is read as such, with a note.
    Anything else is read as input without the mark is, lines of another encoding in it
    included, and named ``utf-8-sig`` when it is UTF-8; when nothing reads plausibly it is
    UTF-8 with U+FFFD for the invalid bytes, as the mark declares. ``wide``: the
    `wide_unicode_codec` of ``body``.
    """
    if wide:
        text, encoding, notes = decode_wide(body, wide)
        name = encoding.upper()
        return text, encoding, [f"{name} text after a UTF-8 byte-order mark; read as {name}", *notes]
    try:
        text, encoding, notes = decode_8bit(body)
    except ReadError:
        text, notes = unmask_font_text(*decode_utf8_lenient(body))
        return text, "utf-8-sig", notes
    if encoding == "utf-8":
        return text, "utf-8-sig", notes
    return text, encoding, [f"{encoding} text after a UTF-8 byte-order mark; read as {encoding}", *notes]


def decode_wide(raw: bytes, codec: str) -> tuple[str, str, list[str]]:
    """UTF-16 or UTF-32 input (``codec`` from `wide_unicode_codec`), named by its family."""
    family = codec[:6]
    text, notes = decode_units(raw, codec)
    if family == "utf-32":  # 32-bit numbers look like UTF-32 by their NUL bytes
        refuse_control_text(text)
    text, notes = unmask_font_text(text, notes)
    refuse_implausible(text, family)
    return text, family, notes


def decode_8bit(raw: bytes) -> tuple[str, str, list[str]]:
    """Input with neither a byte-order mark nor the NUL bytes of UTF-16 or UTF-32."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        truncated = truncation_note(raw, error) if is_truncated_utf8(raw, error) else None
        if truncated and not raw[: error.start].isascii():  # UTF-8 before the cut: trust it
            return raw.decode("utf-8", "replace"), "utf-8", [truncated]
    else:
        text, notes = unmask_font_text(text, [])
        return text, "utf-8", notes
    try:
        return decode_by_score(raw)
    except ReadError:
        if truncated:  # ASCII text cut inside its only multi-byte character
            return raw.decode("utf-8", "replace"), "utf-8", [truncated]
        raise


_UNICODE_VIETNAMESE = regex.compile(r"[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9\u0300\u0301\u0303\u0309\u0323]")
"""Letters and tone marks of Unicode Vietnamese outside Latin-1: text that shows a legacy
font's bytes, or UTF-8 bytes, through a Windows code page holds none of them."""


def unmask_font_text(text: str, notes: list[str]) -> tuple[str, list[str]]:
    """Convert Unicode text that is TCVN3, VNI or UTF-8 seen through Windows-1252.

    Web pages often carry legacy-font text as if it were Windows-1252 ("Céng hßa x· héi"
    for "Cộng hòa xã hội"), and UTF-8 read as Windows-1252 and saved again is mojibake
    ("Quyáº¿t Ä‘á»‹nh" for "Quyết định"). When ``text`` holds no Unicode Vietnamese letter,
    is not plausible as it is, and its Windows-1252 bytes read plausibly as TCVN3, VNI or
    UTF-8, return the best reading with a note; otherwise ``text`` unchanged.

    The UTF-8 reading is kept only when it is valid UTF-8 but for characters that lost a
    last byte Windows-1252 leaves undefined (dropped, or written as U+FFFD or '?'), which
    become U+FFFD; U+FFFD in ``text`` rules out the legacy fonts.
    """
    if text.isascii() or _UNICODE_VIETNAMESE.search(text):
        return text, notes
    lost = "\ufffd" in text
    raw = single_byte_form(text.replace("\ufffd", "") if lost else text)
    if raw is None or plausibility(text[:SAMPLE_BYTES]) >= MIN_PLAUSIBLE:
        return text, notes
    sample = raw[:SAMPLE_BYTES]
    fonts = [] if lost else [(encoding, decoder) for encoding, decoder in LEGACY if encoding != "windows-1258"]
    readings = [*fonts, ("utf-8", decode_mojibake_bytes)]
    scores = [evidence(decoder(sample)) for _, decoder in readings]
    best = max(range(len(readings)), key=lambda i: share(*scores[i]))  # a tie keeps the font
    valid, units = scores[best]
    if valid < MIN_UNMASK_EVIDENCE or share(valid, units) < MIN_PLAUSIBLE:
        return text, notes
    encoding, decoder = readings[best]
    if encoding != "utf-8":
        return decoder(raw), [*notes, f"text is {encoding} shown as Windows-1252 characters; converted to Unicode"]
    try:
        converted = mojibake_bytes(raw).decode("utf-8", LOST_BYTE_ERRORS)
    except UnicodeDecodeError:  # invalid where no undefined byte can have been lost
        return text, notes
    note = "text is UTF-8 shown as Windows-1252 characters (mojibake); converted"
    if broken := converted.count("\ufffd"):
        note += f", {broken} character{'s' if broken > 1 else ''} that lost a byte replaced by U+FFFD"
    return converted, [*notes, note]


WINDOWS_1252_UNDEFINED = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
"""Bytes Windows-1252 leaves undefined; UTF-8 Vietnamese ends Đ, ề, ọ, ỏ, Ố, ờ, Á, Í, Ý with them."""

_LOST_AS_QUESTION_MARK = regex.compile(rb"(?<=[\xc2-\xf4])\?|(?<=[\xe0-\xf4][\x80-\xbf])\?")
"""A '?' right after a UTF-8 sequence that lacks its last byte: that byte, written as '?'."""


def mojibake_bytes(raw: bytes) -> bytes:
    """The UTF-8 bytes of mojibake given back as ``raw``, without the '?' put for lost bytes."""
    return _LOST_AS_QUESTION_MARK.sub(b"", raw)


def decode_mojibake_bytes(raw: bytes) -> str:
    """The UTF-8 reading of mojibake as scored: U+FFFD for whatever is not valid."""
    return mojibake_bytes(raw).decode("utf-8", "replace")


def lost_byte_errors(error: UnicodeDecodeError) -> tuple[str, int]:
    """UTF-8 error handler: U+FFFD for a sequence that lacks one last byte Windows-1252
    leaves undefined; any other invalid byte fails the decoding."""
    sequence = error.object[error.start : error.end]
    if not any(valid_utf8(sequence + bytes([byte])) for byte in WINDOWS_1252_UNDEFINED):
        raise error
    return "\ufffd", error.end


LOST_BYTE_ERRORS = "khuyencong_extract.lost_byte"
codecs.register_error(LOST_BYTE_ERRORS, lost_byte_errors)  # type: ignore[arg-type]  # called for decoding only


def single_byte_form(text: str) -> bytes | None:
    """The bytes ``text`` shows through Windows-1252 as browsers read it; None when it cannot.

    Each character is taken back by Windows-1252 where that code page has it and by Latin-1
    otherwise: the five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D)
    come through as the C1 controls of the same number, beside € or “ from 0x80-0x9F.
    """
    try:
        return text.translate(windows_1252_bytes_as_latin1()).encode("latin-1")
    except UnicodeEncodeError:
        return None


@cache
def windows_1252_bytes_as_latin1() -> dict[int, str]:
    """For `str.translate`: each character Windows-1252 draws at 0x80-0x9F -> the Latin-1
    character of that byte (€ -> U+0080), so that Latin-1 then encodes it as that byte."""
    return {ord(char): chr(byte) for byte, char in windows_1252_c1() if char != "\ufffd"}


def refuse_implausible(text: str, encoding: str) -> None:
    """`ReadError` when ``text`` (decoded as ``encoding``) does not read as Vietnamese."""
    score = plausibility(text[: SAMPLE_BYTES // 2])
    if score < MIN_PLAUSIBLE:
        raise ReadError(f"undecodable: {encoding} text that is not plausible Vietnamese ({score:.0%} valid syllables)")


def decode_utf8_lenient(raw: bytes) -> tuple[str, list[str]]:
    """UTF-8 after a BOM that no decoding reads plausibly: U+FFFD for the invalid sequences."""
    text = raw.decode("utf-8", "replace")
    return text, [f"{text.count(chr(0xFFFD))} invalid UTF-8 sequences after the byte-order mark replaced by U+FFFD"]


def decode_units(raw: bytes, codec: str) -> tuple[str, list[str]]:
    """UTF-16 or UTF-32 (``codec`` consumes a BOM or names the byte order); repairs are noted."""
    try:
        return raw.decode(codec), []
    except UnicodeDecodeError:
        text = raw.decode(codec, "replace")
        if codec.startswith("utf-16"):
            reason = "odd number of bytes: truncated UTF-16 input" if len(raw) % 2 else "invalid UTF-16 surrogates"
        else:
            reason = "length not a multiple of 4: truncated UTF-32 input" if len(raw) % 4 else "invalid UTF-32 code points"
        return text, [f"{reason}, {text.count(chr(0xFFFD))} code units replaced by U+FFFD"]


CONTROL_CHARACTERS = dict.fromkeys((*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F))
"""For `str.translate`: the control characters that text never holds, deleted."""


def refuse_control_text(text: str) -> None:
    """`ReadError` when decoded ``text`` is too full of control characters to be text."""
    sample = text[:SAMPLE_BYTES]
    share = (len(sample) - len(sample.translate(CONTROL_CHARACTERS))) / len(sample) if sample else 0.0
    if share > MAX_CONTROL_SHARE:
        raise ReadError(f"binary input: {share:.0%} control characters, not a text document")


def is_truncated_utf8(raw: bytes, error: UnicodeDecodeError) -> bool:
    """The first fault is an incomplete sequence at the very end of the input."""
    return error.reason == "unexpected end of data" and error.end == len(raw)


def truncation_note(raw: bytes, error: UnicodeDecodeError) -> str:
    cut = len(raw) - error.start
    return f"truncated UTF-8 sequence at end of input (last {cut} byte{'s' if cut > 1 else ''} replaced by U+FFFD)"


@dataclass(frozen=True, slots=True)
class Candidate:
    encoding: str
    score: float
    decode_all: Callable[[bytes], tuple[str, list[str]]]
    """Decodes the whole input the way this candidate decoded the sample (text, notes)."""


def decode_by_score(raw: bytes) -> tuple[str, str, list[str]]:
    """Score every candidate on a sample; decode all of ``raw`` with the best one."""
    sample = evidence_sample(raw)
    candidates = [c for c in candidates_for(sample) if c is not None]
    best = max(candidates, key=lambda c: c.score)  # max keeps the first of equal scores
    if best.score < MIN_PLAUSIBLE:
        raise ReadError(
            f"undecodable: no encoding gives plausible Vietnamese text "
            f"(best {best.encoding}, {best.score:.0%} valid syllables)"
        )
    text, notes = best.decode_all(raw)
    return text, best.encoding, notes


def evidence_sample(raw: bytes, limit: int = SAMPLE_BYTES) -> bytes:
    """The lines of ``raw`` that hold non-ASCII bytes, up to about ``limit`` bytes.

    ASCII lines read the same under every 8-bit candidate, so only these carry evidence.
    """
    taken, size = [], 0
    for line in raw.splitlines(keepends=True):
        if not line.isascii():
            taken.append(line)
            size += len(line)
            if size >= limit:
                break
    return b"".join(taken)


def candidates_for(sample: bytes) -> Iterator[Candidate | None]:
    """Candidate decodings, in order of preference when scores tie."""
    yield mixed_utf8_candidate(sample)
    yield gb18030_candidate(sample)
    for legacy in LEGACY:
        yield legacy_candidate(sample, legacy)


def legacy_candidate(sample: bytes, legacy: Legacy) -> Candidate:
    encoding, decoder = legacy
    return Candidate(encoding, plausibility(decoder(sample)), lambda data: replacement_notes(decoder(data), encoding))


def replacement_notes(text: str, encoding: str) -> tuple[str, list[str]]:
    """Legacy decoders put U+FFFD where a byte is undefined; say how many."""
    count = text.count("\ufffd")
    return text, [f"{count} bytes undefined in {encoding} replaced by U+FFFD"] if count else []


def mixed_utf8_candidate(sample: bytes) -> Candidate | None:
    """UTF-8 line by line; a line that is not UTF-8 is read with the best legacy decoder.

    Only a candidate when some line with non-ASCII bytes is valid UTF-8 (evidence that the
    file is UTF-8 with some lines from another encoding pasted in), or when under 1% of the
    non-ASCII sequences are invalid (a UTF-8 file of one line, or of lines that each hold
    a stray byte or were cut inside a character).
    """
    if not any(valid_utf8(line) for line in sample.splitlines()) and not mostly_utf8(sample):
        return None
    fallback = best_legacy(sample)
    text, _ = decode_mixed(sample, fallback)
    return Candidate("utf-8", plausibility(text), lambda data: decode_mixed(data, fallback))


def gb18030_candidate(sample: bytes) -> Candidate | None:
    """GB18030, the Chinese encoding of all of Unicode, when ``sample`` decodes strictly in
    it to text holding letters only Vietnamese uses.

    It writes a Vietnamese letter as two bytes or four, the four holding ASCII digits in
    their second and fourth bytes, so a legacy reading finds short words cut by digits
    ("SẢ6†7" for "Sở"), some of them syllables. Legacy bytes that happen to be valid
    GB18030 read as CJK, no syllable: no such letter, or a score of nothing.
    """
    try:
        text = sample.decode("gb18030")
    except UnicodeDecodeError:
        return None
    if not _UNICODE_VIETNAMESE.search(text):
        return None
    return Candidate("gb18030", plausibility(text), decode_gb18030)


def decode_gb18030(raw: bytes) -> tuple[str, list[str]]:
    """GB18030 with U+FFFD for invalid sequences (the sample was strict; the rest may not be)."""
    text = raw.decode("gb18030", "replace")
    notes = ["text is in GB18030, a Chinese encoding of Unicode; decoded as GB18030"]
    if count := text.count("\ufffd"):
        notes.append(f"{count} sequences invalid in GB18030 replaced by U+FFFD")
    return text, notes


def best_legacy(data: bytes) -> Legacy:
    """The legacy decoder that reads the non-UTF-8 lines of ``data`` most plausibly."""
    foreign = b"".join(line for line in data.splitlines(keepends=True) if not valid_utf8(line))
    return max(LEGACY, key=lambda legacy: plausibility(legacy[1](foreign)))


def decode_mixed(raw: bytes, fallback: Legacy) -> tuple[str, list[str]]:
    """Decode UTF-8 lines as UTF-8, the others with ``fallback``; note which lines.

    A line that reads at least as well as UTF-8 with its bad bytes replaced (a stray byte, a
    lost one) as through ``fallback`` keeps its UTF-8 reading: the file is UTF-8, so a tie
    goes to UTF-8. ("Số: 69/QĐ-UBND" that lost the lead byte of "ố" reads as no Vietnamese
    either way, and through Windows-1258 it lost the "Đ" of the number too.)
    """
    parts: list[str] = []
    foreign: list[int] = []
    damaged: list[int] = []
    raw_lines = raw.splitlines(keepends=True)
    for number, line in enumerate(raw_lines, start=1):
        try:
            parts.append(line.decode("utf-8"))
            continue
        except UnicodeDecodeError:
            pass
        legacy, repaired = fallback[1](line), line.decode("utf-8", "replace")
        if plausibility(repaired) >= plausibility(legacy):
            parts.append(repaired)
            damaged.append(number)
        else:
            parts.append(legacy)
            foreign.append(number)
    notes = []
    if foreign:
        notes.append(f"{line_list(foreign)} not valid UTF-8, decoded as {fallback[0]}")
    if damaged:
        stray = sum(invalid_utf8_bytes(raw_lines[number - 1]) for number in damaged)
        notes.append(f"{stray} invalid UTF-8 byte{'s' if stray > 1 else ''} replaced by U+FFFD in {line_list(damaged)}")
    return "".join(parts), notes


def mostly_utf8(data: bytes) -> bool:
    """Are fewer than `MAX_STRAY_SHARE` of the non-ASCII sequences in ``data`` invalid UTF-8 bytes?"""
    text = data.decode("utf-8", "surrogateescape")  # each invalid byte one lone surrogate
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return invalid_utf8_bytes(data, text) < MAX_STRAY_SHARE * non_ascii


def invalid_utf8_bytes(data: bytes, text: str | None = None) -> int:
    """How many bytes of ``data`` are not part of a valid UTF-8 sequence (``text``: its
    surrogateescape decoding, when already made)."""
    if text is None:
        text = data.decode("utf-8", "surrogateescape")
    return len(data) - len(text.encode("utf-8", "ignore"))


def line_list(numbers: list[int], shown: int = 10) -> str:
    """``line 4`` or ``3 lines (4, 9, 12)``, the first ``shown`` numbers only."""
    if len(numbers) == 1:
        return f"line {numbers[0]}"
    listed = ", ".join(map(str, numbers[:shown])) + (", ..." if len(numbers) > shown else "")
    return f"{len(numbers)} lines ({listed})"


def valid_utf8(line: bytes) -> bool:
    """Does ``line`` hold non-ASCII bytes that decode strictly as UTF-8?"""
    if line.isascii():
        return False
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# --- legacy decoders ----------------------------------------------------------------

def decode_cp1258(raw: bytes) -> str:
    """Windows-1258, as decoded (tone marks stay combining characters)."""
    return raw.decode("cp1258", "replace")


def decode_tcvn3(raw: bytes) -> str:
    """TCVN3 with the full TCVN 5712 table: toned capitals at 0x80-0x9F (data/tcvn3.tsv)."""
    return codecs.charmap_decode(raw, "strict", charmap(tcvn3_table()))[0]


def decode_tcvn3_punctuation(raw: bytes) -> str:
    """TCVN3 as Windows ABC fonts draw it: 0x80-0x9F are Windows-1252 quotes and dashes."""
    return codecs.charmap_decode(raw, "strict", charmap(tcvn3_table(windows_punctuation=True)))[0]


def decode_vni(raw: bytes) -> str:
    """VNI: base letters and diacritic bytes composed through data/vni.tsv; the rest cp1252."""
    table, pattern = vni_table()

    def compose(match: regex.Match) -> str:
        found = match.group()
        if found in table:
            return table[found]
        return "".join(table.get(char, char) for char in found)  # a mark no letter takes

    text = codecs.charmap_decode(raw, "strict", charmap(windows_1252_c1()))[0]
    return pattern.sub(compose, text)


Legacy = tuple[str, Callable[[bytes], str]]

LEGACY: tuple[Legacy, ...] = (
    ("windows-1258", decode_cp1258),
    ("tcvn3", decode_tcvn3_punctuation),
    ("tcvn3", decode_tcvn3),
    ("vni", decode_vni),
)
"""Legacy 8-bit decoders (encoding name, decoder), in order of preference when scores tie.

The two TCVN3 readings differ only in 0x80-0x9F; they tie unless a byte there sits inside a
word (then it is a toned capital) or against one (then it is a quote or an ellipsis). A
byte standing alone is taken for punctuation: a dash between spaces, not the word "Ọ".
"""


def load_code_table(name: str) -> dict[bytes, str]:
    """A code table from data/: byte sequence -> Unicode character."""
    table = {}
    for line in resources.files("khuyencong_extract").joinpath("data", name).read_text("utf-8").splitlines():
        if not line or line.startswith(("#", "bytes\t")):
            continue
        sequence, codepoint = line.split("\t")[:2]
        table[bytes.fromhex(sequence)] = chr(int(codepoint.removeprefix("U+"), 16))
    return table


@cache
def charmap(overlay: tuple[tuple[int, str], ...]) -> str:
    """A 256-character table for `codecs.charmap_decode`: Latin-1 overlaid by ``overlay``."""
    chars = [chr(byte) for byte in range(256)]
    for byte, char in overlay:
        chars[byte] = char
    return "".join(chars)


@cache
def tcvn3_table(windows_punctuation: bool = False) -> tuple[tuple[int, str], ...]:
    """TCVN3 (byte, character) pairs; bytes not listed are ASCII.

    With ``windows_punctuation`` the bytes 0x80-0x9F keep their Windows-1252 meaning
    (“ ” – … in files typed with ABC fonts, which have no toned capitals there).
    """
    table = {seq[0]: char for seq, char in load_code_table("tcvn3.tsv").items()}
    if windows_punctuation:
        table |= {byte: char for byte, char in windows_1252_c1() if char != "\ufffd"}
    return tuple(sorted(table.items()))


@cache
def vni_table() -> tuple[dict[str, str], regex.Pattern]:
    """VNI sequences (as Latin-1 text) -> character, and the pattern that finds them.

    The pattern takes a base letter with the mark byte after it before a single byte, so
    ``ôø`` is ờ, not ơ and a stray mark (no mark byte is also a base).
    """
    table = {seq.decode("latin-1"): char for seq, char in load_code_table("vni.tsv").items()}
    bases = regex.escape("".join(sorted({key[0] for key in table if len(key) == 2})))
    marks = regex.escape("".join(sorted({key[1] for key in table if len(key) == 2})))
    singles = regex.escape("".join(sorted(key for key in table if len(key) == 1)))
    return table, regex.compile(f"[{bases}][{marks}]|[{singles}]")


@cache
def windows_1252_c1() -> tuple[tuple[int, str], ...]:
    """Bytes 0x80-0x9F as Windows-1252 draws them (quotes, dashes; U+FFFD where unused)."""
    return tuple((byte, bytes([byte]).decode("cp1252", "replace")) for byte in range(0x80, 0xA0))


# --- scoring ------------------------------------------------------------------------

_WORD = regex.compile(r"[\p{L}\p{M}]{1,40}")
"""A run of letters and combining marks (bounded: longer runs are not words anyway)."""

_ABBREVIATION = regex.compile(r"[bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX]{1,40}")
"""A word of Vietnamese consonant letters only: an abbreviation (QĐ, NĐ), not a syllable."""

_NON_ASCII = regex.compile(r"[^\x00-\x7f]")

_TYPOGRAPHY = regex.compile(r"[\u00a0\u00b0\u2010-\u2027\u2030-\u203a\u2116\u2212\ufeff]")
"""Non-ASCII characters that Vietnamese text uses and no decoding here makes of a letter:
spaces, dashes, quotes, bullets, ellipses, degrees. (Not « » § · ½, which are what TCVN3
letters look like read as Windows-1258.)"""

TONE_MARKS = {"\u0300": "grave", "\u0301": "acute", "\u0303": "tilde", "\u0309": "hook", "\u0323": "dot_below"}


@dataclass(frozen=True, slots=True)
class SyllableRules:
    """Vietnamese syllable structure, from data/vi_syllables.json."""

    onsets: tuple[str, ...]  # longest first
    rhymes: frozenset[str]
    stop_codas: tuple[str, ...]
    stop_tones: frozenset[str]
    front_vowels: tuple[str, ...]
    front_only_onsets: frozenset[str]
    never_front_onsets: frozenset[str]

    def spelled_right(self, onset: str, rhyme: str) -> bool:
        """k, gh, ngh write an onset before e, ê, i, y only; c and ng never there."""
        front = rhyme.startswith(self.front_vowels)
        return not (onset in self.front_only_onsets and not front or onset in self.never_front_onsets and front)

    def toned_right(self, rhyme: str, tones: list[str]) -> bool:
        """A rhyme closed by p, t, c or ch takes the acute or the dot-below tone."""
        return not rhyme.endswith(self.stop_codas) or (len(tones) == 1 and tones[0] in self.stop_tones)


@cache
def syllable_rules() -> SyllableRules:
    data = json.loads(resources.files("khuyencong_extract").joinpath("data", "vi_syllables.json").read_text("utf-8"))
    return SyllableRules(
        onsets=tuple(sorted(data["onsets"], key=len, reverse=True)),
        rhymes=frozenset(data["rhymes"]),
        stop_codas=tuple(data["stop_codas"]),
        stop_tones=frozenset(data["stop_tones"]),
        front_vowels=tuple(data["front_vowels"]),
        front_only_onsets=frozenset(data["front_only_onsets"]),
        never_front_onsets=frozenset(data["never_front_onsets"]),
    )


@lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """Is ``word`` (any case, any normal form) one well-formed Vietnamese syllable?"""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [TONE_MARKS[c] for c in decomposed if c in TONE_MARKS]
    if len(tones) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
    rules = syllable_rules()
    for onset in (*[o for o in rules.onsets if bare.startswith(o)], ""):
        rhyme = bare[len(onset):]
        if rhyme in rules.rhymes and rules.spelled_right(onset, rhyme):
            return rules.toned_right(rhyme, tones)
    return False


def plausibility(text: str) -> float:
    """Share of the non-ASCII evidence in ``text`` that reads as Vietnamese (1 with none)."""
    return share(*evidence(text))


def share(valid: int, units: int) -> float:
    return valid / units if units else 1.0


def evidence(text: str) -> tuple[int, int]:
    """How many units of non-ASCII evidence ``text`` holds, and how many of them are valid.

    Units are the words holding a non-ASCII letter (valid when they are a syllable) and the
    non-ASCII characters outside words that are not typography (always invalid: symbols and
    control characters a wrong decoding leaves). ASCII-only words are the same under every
    candidate and do not count; neither do one-letter words, which cannot tell a letter from
    a mis-decoded dash or quote, nor abbreviations such as ``QĐ``.
    """
    valid = units = 0
    for match in _WORD.finditer(text):
        word = match.group()
        if word.isascii() or len(unicodedata.normalize("NFC", word)) < 2 or _ABBREVIATION.fullmatch(word):
            continue
        units += 1
        valid += is_syllable(word)
    outside = _WORD.sub("", text)
    for char in _NON_ASCII.findall(outside):
        if not _TYPOGRAPHY.match(char):
            units += 1
    return valid, units
