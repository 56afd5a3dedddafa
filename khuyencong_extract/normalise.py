"""Stage 2, normalise: decoded source text to clean text with an offset map.

Reads: the decoded source `str`. Writes: `Normalised`, the clean `MappedText` (every
character mapped back to the source), warnings about the text itself, and hints (facts
read from web-page chrome before it was dropped, such as a site's metadata table).
Each step is one small function ``MappedText -> MappedText``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import regex

from khuyencong_extract.models import Warning
from khuyencong_extract.textmap import MappedText


@dataclass(slots=True)
class Normalised:
    text: MappedText
    warnings: list[Warning] = field(default_factory=list)
    hints: dict[str, str] = field(default_factory=dict)


def nfc(text: MappedText) -> MappedText:
    """Compose characters (NFC) cluster by cluster, keeping the map."""
    if unicodedata.is_normalized("NFC", text.text):
        return text
    return text.sub(_CLUSTER, lambda m: unicodedata.normalize("NFC", m.group(0)))


_CLUSTER = regex.compile(r"\X")


def normalise(source: str) -> Normalised:
    clean = nfc(MappedText.identity(source))
    return Normalised(clean)
