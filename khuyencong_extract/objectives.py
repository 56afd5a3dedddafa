"""Extractor: objective items under the objectives sections.

Reads: the section tree (`Context.sections`) and the clean text. Writes: one `Objective`
per objective item, with the section it sits in, its scope and its source span; a warning
``objectives_not_found`` for an objectives section without any.

What an objective is
    One item (see `segment.items`) under a section of kind ``objectives``: a lettered or
    numbered point, a bullet, or a paragraph; never a sentence fragment. A child section
    whose heading is a label ("1. Mục tiêu", "1.1. Mục tiêu tổng quát", "2. Mục tiêu cụ
    thể") and that holds points of its own is a sub-heading: its points are the
    objectives, not the label; so is a bare label ("1. Mục đích", "1. Mục tiêu") over one
    paragraph, which is the objective without it (Lai Châu's "1. Mục đích" / "Tiếp tục thực
    hiện Đề án ..."). A child section whose heading names something else
    ("2. Phương hướng" under "I. MỤC TIÊU, PHƯƠNG HƯỚNG": priority areas and trades, the
    programme's orientation, not what it aims to achieve) is not of kind ``objectives``
    (see ``data/section_kinds.toml``) and is skipped with everything under it.

Lead-in paragraphs
    A paragraph that ends with a colon and is followed by points introduces them and is
    not an objective itself. Tuyên Quang's "1.2. Mục tiêu cụ thể" opens with the
    province's economic aims for 2020 (growth above 8 %/year, 2.400 USD per head, ...)
    and ends "Chương trình tập trung vào một số mục tiêu cụ thể sau:": the programme's
    specific objectives are the three bullets after it.

Scope
    ``general`` under "Mục tiêu chung" / "Mục tiêu tổng quát", ``specific`` under "Mục
    tiêu cụ thể" (the nearest such heading above the item), null where the text does not
    say (An Giang's "I. MỤC TIÊU" lists its four objectives without either heading).
"""

from __future__ import annotations

from dataclasses import replace

from khuyencong_extract.context import Context
from khuyencong_extract.models import Objective, build
from khuyencong_extract.segment import Item, SectionNode, is_objective_label, items, objective_scope
from khuyencong_extract.texttools import has_word

LABEL_MAX_WORDS = 12
"""A heading longer than this is a sentence (an objective), not a sub-heading label."""


def extract_objectives(ctx: Context) -> list[Objective]:
    """Every objective item of the document, in reading order."""
    by_id = {node.id: node for node in ctx.sections if node.kind == "objectives"}
    out: list[Objective] = []
    for node in by_id.values():
        if node.parent_id not in by_id:
            found = _collect(ctx, by_id, node, objective_scope(node.heading))
            if not found:
                ctx.warn("objectives_not_found", f"section {node.id} is about objectives but lists none",
                         node.start, node.body_start)
            out.extend(found)
    return out


def _collect(ctx: Context, by_id: dict[str, SectionNode], node: SectionNode, scope: str | None,
             points: list[Item] | None = None) -> list[Objective]:
    """Objectives directly or (through sub-heading sections) indirectly under ``node``;
    ``by_id`` holds the sections of kind ``objectives`` (section ids are unique), ``points``
    the `items` of ``node`` when the caller has them."""
    points = items(ctx, node) if points is None else points
    out: list[Objective] = []
    for k, item in enumerate(points):
        if item.kind == "section":
            child = by_id.get(item.section_id) if item.section_id else None
            if child is None:
                continue
            if (child_points := _subheading_points(ctx, child)) is not None:
                out.extend(_collect(ctx, by_id, child, objective_scope(child.heading) or scope, child_points))
                continue
        elif is_lead_in(item, k + 1 < len(points)) or not has_word(item.text):
            continue
        out.append(_objective(ctx, node, item, scope))
    return out


def is_subheading(ctx: Context, node: SectionNode) -> bool:
    """A short label heading with points (sections or bullets) of its own under it."""
    return _subheading_points(ctx, node) is not None


def _subheading_points(ctx: Context, node: SectionNode) -> list[Item] | None:
    """The `items` of ``node`` when it is a sub-heading (`is_subheading`), else None."""
    if objective_scope(node.heading) is not None:
        return items(ctx, node)
    heading = node.heading or ""
    # split at most LABEL_MAX_WORDS times: a longer heading leaves one part more than that
    if len(heading.split(maxsplit=LABEL_MAX_WORDS)) > LABEL_MAX_WORDS or heading.rstrip().endswith("."):
        return None
    points = items(ctx, node)
    if any(p.kind in ("section", "bullet") for p in points):
        return points
    if points and all(p.kind == "paragraph" for p in points) and is_objective_label(heading):
        return _clauses_joined(points)  # "1. Mục đích" / "Tiếp tục thực hiện Đề án ...": the paragraphs, not the label
    return None


def _clauses_joined(points: list[Item]) -> list[Item]:
    """The paragraphs, each going on in lower case joined to the one before (clauses of one sentence on lines of their
    own: "Tiếp tục hỗ trợ ... nông thôn;" / "khuyến khích ứng dụng ...")."""
    out: list[Item] = []
    for point in points:
        if out and point.text[:1].islower():
            out[-1] = replace(out[-1], end=point.end, text=f"{out[-1].text} {point.text}")
        else:
            out.append(point)
    return out


def is_lead_in(item: Item, followed: bool) -> bool:
    """A paragraph ending with a colon that introduces the points after it (``followed``: there are some)."""
    return item.kind == "paragraph" and item.text.endswith(":") and followed


def _objective(ctx: Context, section: SectionNode, item: Item, scope: str | None) -> Objective:
    section_id = item.section_id or section.id
    return build(Objective, {"section_id": section_id, "scope": scope, "text": item.text,
                             "span": ctx.span(item.text_start, item.end)})
