"""`Context.section_at`, looked up in a table of stretches, gives what a scan of every
section gives: the deepest section holding the offset, the last listed of equally deep ones."""

from __future__ import annotations

import random

from conftest import CORPUS_FILES, corpus_text
from khuyencong_extract.context import Context
from khuyencong_extract.pipeline import build_context
from khuyencong_extract.segment import SectionNode
from khuyencong_extract.textmap import MappedText


def scan(sections: list[SectionNode], pos: int) -> SectionNode | None:
    best = None
    for node in sections:
        if node.start <= pos < node.end and (best is None or node.level >= best.level):
            best = node
    return best


def test_section_at_equals_a_scan_on_the_corpus():
    for path in CORPUS_FILES:
        ctx = build_context(corpus_text(path))
        bounds = {b for n in ctx.sections for b in (n.start, n.end)}
        positions = set(range(-2, len(ctx.text) + 3, 7)) | {b + d for b in bounds for d in (-1, 0, 1)}
        for pos in sorted(positions):
            assert ctx.section_at(pos) is scan(ctx.sections, pos), pos


def test_section_at_equals_a_scan_on_any_list_of_sections():
    rng = random.Random(3)
    for _ in range(300):
        nodes = []
        for k in range(rng.randrange(0, 12)):
            start = rng.randrange(0, 40)
            end = start + rng.choice([0, 0, 1, 5, 20]) if rng.random() > 0.05 else start - 1
            nodes.append(SectionNode(f"s{k}", None, None, rng.randrange(0, 4), None, "other", start, end, start))
        ctx = Context(source="x" * 70, clean=MappedText.identity("x" * 70), sections=nodes)
        for pos in range(-1, 70):
            assert ctx.section_at(pos) is scan(nodes, pos), (pos, nodes)


def test_section_at_follows_a_new_section_list():
    ctx = build_context(corpus_text(CORPUS_FILES[0]))
    pos = ctx.sections[-1].start
    assert ctx.section_at(pos) is ctx.sections[-1]
    ctx.sections = ctx.sections[:1]
    assert ctx.section_at(pos) is scan(ctx.sections, pos)
