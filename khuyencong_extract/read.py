"""Stage 1, read: raw bytes to text.

Reads: the raw bytes of one input. Writes: a `SourceText` (decoded text, the encoding
it was found in, sha256 of the bytes). Input that is empty, binary or undecodable raises
`ReadError` with a one-line reason; the batch records it and goes on.
"""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass


class ReadError(Exception):
    """An input that cannot be read as text; ``str(error)`` is a one-line reason."""


@dataclass(frozen=True, slots=True)
class SourceText:
    text: str
    encoding: str
    sha256: str
    size: int


def sha256_of(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def decode(raw: bytes) -> SourceText:
    """Detect the encoding of ``raw`` and decode it."""
    if not raw.strip():
        raise ReadError("empty input" if not raw else "input holds only whitespace")
    text, encoding = _decode(raw)
    return SourceText(text, encoding, sha256_of(raw), len(raw))


def _decode(raw: bytes) -> tuple[str, str]:
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8):].decode("utf-8"), "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16"), "utf-16"
    if b"\x00" in raw[:4096]:
        raise ReadError("binary input (NUL bytes), not a text document")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return raw.decode("cp1258"), "windows-1258"
