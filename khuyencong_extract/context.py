"""The state one document carries through the pipeline stages."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from khuyencong_extract.models import Metadata, Warning
from khuyencong_extract.segment import SectionNode
from khuyencong_extract.textmap import MappedText


@dataclass(slots=True)
class Context:
    """What extractors read: the source, its clean text, the section tree and hints.

    Extractors find items in ``clean.text`` and report spans through `span`, which maps
    clean offsets back to the source. They add warnings with `warn`.
    """

    source: str
    clean: MappedText
    sections: list[SectionNode] = field(default_factory=list)
    hints: dict[str, str] = field(default_factory=dict)
    warnings: list[Warning] = field(default_factory=list)
    metadata: Metadata = field(default_factory=Metadata)
    source_name: str | None = None
    _starts: tuple[list[SectionNode], list[int]] | None = field(default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        return self.clean.text

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Source span of ``clean.text[start:end]``."""
        return self.clean.to_source(start, end)

    def warn(self, code: str, message: str, start: int | None = None, end: int | None = None) -> None:
        """Record a warning, optionally at ``clean.text[start:end]``."""
        span = self.span(start, end if end is not None else start) if start is not None else None
        self.warnings.append(Warning(code=code, message=message, span=span))

    def section_at(self, pos: int) -> SectionNode | None:
        """The deepest section whose extent holds clean offset ``pos``."""
        best = None
        for node in self.sections[: bisect.bisect_right(self._section_starts(), pos)]:
            if node.start <= pos < node.end and (best is None or node.level >= best.level):
                best = node
        return best

    def _section_starts(self) -> list[int]:
        """Start offsets of ``sections``, worked out again only when the list changes."""
        cached = self._starts
        if cached is None or cached[0] is not self.sections or len(cached[1]) != len(self.sections):
            cached = self._starts = (self.sections, [s.start for s in self.sections])
        return cached[1]

    def sections_of_kind(self, kind: str) -> list[SectionNode]:
        return [s for s in self.sections if s.kind == kind]
