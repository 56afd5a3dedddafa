"""The state one document carries through the pipeline stages."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from operator import attrgetter

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
    _table: tuple[list[SectionNode], int, list[int], list[SectionNode | None]] | None = field(
        default=None, repr=False, compare=False)

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
        """The deepest section whose extent holds clean offset ``pos`` (the last listed of
        equally deep ones), looked up in `deepest_by_stretch` of ``sections``."""
        bounds, deepest = self._section_table()
        k = bisect.bisect_right(bounds, pos) - 1
        return deepest[k] if k >= 0 else None

    def _section_table(self) -> tuple[list[int], list[SectionNode | None]]:
        """`deepest_by_stretch` of ``sections``, worked out again only when the list changes."""
        cached = self._table
        if cached is None or cached[0] is not self.sections or cached[1] != len(self.sections):
            cached = self._table = (self.sections, len(self.sections), *deepest_by_stretch(self.sections))
        return cached[2], cached[3]

    def sections_of_kind(self, kind: str) -> list[SectionNode]:
        return [s for s in self.sections if s.kind == kind]


def deepest_by_stretch(sections: list[SectionNode]) -> tuple[list[int], list[SectionNode | None]]:
    """Every section start and end, sorted (``bounds``), and for each stretch from one bound
    to the next the deepest section holding it (``deepest[k]`` holds ``bounds[k] <= pos <
    bounds[k + 1]``; the last listed of equally deep ones; None past the last bound).

    Sections are laid over the stretches they cover shallowest first, in listed order among
    equally deep ones (a stable sort), so each stretch keeps the deepest, last listed one.
    """
    bounds = sorted(set(map(_START, sections)).union(map(_END, sections)))
    where = dict(zip(bounds, range(len(bounds))))
    deepest: list[SectionNode | None] = [None] * len(bounds)
    for node in sorted(sections, key=_LEVEL):
        lo, hi = where[node.start], where[node.end]
        if lo < hi:
            deepest[lo:hi] = [node] * (hi - lo)
    return bounds, deepest


_START, _END, _LEVEL = attrgetter("start"), attrgetter("end"), attrgetter("level")
