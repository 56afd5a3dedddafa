"""Stage 3, segment: the section tree of a decision and its attached programme.

Reads: the normalised `MappedText`. Writes: `SectionNode`s in reading order, each with
its marker path id (``IV.2.a``), parent, level, heading, kind and its extent in the
normalised text.
"""

from __future__ import annotations

from dataclasses import dataclass

from khuyencong_extract.models import Section, SectionKind
from khuyencong_extract.textmap import MappedText


@dataclass(slots=True)
class SectionNode:
    id: str
    parent_id: str | None
    marker: str | None
    level: int
    heading: str | None
    kind: SectionKind
    start: int
    """Offset (normalised text) of the marker."""
    end: int
    """Offset (normalised text) where the section, children included, ends."""
    body_start: int
    """Offset (normalised text) just after the heading line."""

    def to_model(self, clean: MappedText) -> Section:
        return Section(
            id=self.id, parent_id=self.parent_id, marker=self.marker, level=self.level,
            heading=self.heading, kind=self.kind, span=clean.to_source(self.start, self.end),
        )


def segment(clean: MappedText) -> list[SectionNode]:
    """Return the section tree of ``clean`` flattened in reading order."""
    return []
