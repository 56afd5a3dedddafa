"""Stage 6, report: an output folder to one self-contained HTML file.

Reads: an output folder written by ``khuyencong-extract run`` (``json/<doc_id>.json``
Documents and ``manifest.json``) and the source text named by each Document's
``source.path`` (absolute, or relative to the current directory). Writes: one HTML file
with inline CSS, script and SVG that opens offline: a per-document view (the source as
decoded, every item highlighted at its span, a side panel of items grouped by section,
the warnings) and a cross-province view (targets by category, budgets, a citation matrix,
agencies by number of duties).

Spans are Python ``str`` offsets, so the source is sliced here into pre-split, escaped
HTML segments (JavaScript's UTF-16 indices never come into play). Each document's view
sits in an inert ``<template>`` that the page builds only when it is opened, so a report
of hundreds of documents stays light in the browser.
"""

from __future__ import annotations

import json
import logging
import os
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from html import escape
from importlib import resources
from pathlib import Path

import regex
from pydantic import ValidationError

from khuyencong_extract.models import Document, Manifest, ManifestEntry, Section, Warning
from khuyencong_extract.read import ReadError, decode, sha256_of
from khuyencong_extract.report_charts import BarRow, bar_chart

KINDS = ("section", "duty", "objective", "citation", "budget", "target", "warning")
"""Item kinds highlighted, outermost first: a later kind is drawn over an earlier one."""

PREFIX = {"section": "s", "duty": "d", "objective": "o", "citation": "c", "budget": "b", "target": "t", "warning": "w"}

WHOLE_TEXT_SHARE = 0.5
"""A warning whose span covers more than this share of the source is about the whole text."""

DEFAULT_GROUPS_SHOWN = 12
"""Province columns ticked when the report opens; the reader ticks more."""


log = logging.getLogger(__name__)


class ReportError(Exception):
    """An output folder the report cannot be built from; ``str(error)`` says why."""


@cache
def _data(name: str) -> str:
    return resources.files("khuyencong_extract").joinpath("data", name).read_text("utf-8")


@cache
def labels() -> dict:
    return json.loads(_data("report_labels.json"))


@cache
def _national() -> dict:
    return json.loads(_data("report_national.json"))


# --- loading -------------------------------------------------------------------------


@dataclass(slots=True)
class Loaded:
    """What an output folder holds: valid Documents, failed inputs, unreadable JSON files."""

    docs: list[Document] = field(default_factory=list)
    failed: list[ManifestEntry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    pipeline_version: str | None = None


def load_output(out_dir: str | os.PathLike) -> Loaded:
    """Read every ``json/*.json`` Document and the manifest of ``out_dir``; what cannot be
    read is left out, named in ``problems`` and logged as a warning."""
    out = Path(out_dir)
    if not (out / "json").is_dir():
        raise ReportError(f"{out} is not an output folder of khuyencong-extract run (no json/ folder)")
    loaded = Loaded()
    for path in sorted((out / "json").glob("*.json")):
        try:
            loaded.docs.append(Document.model_validate_json(path.read_bytes()))
        except (OSError, ValidationError) as error:
            count = error.error_count() if isinstance(error, ValidationError) else 1
            loaded.problems.append(f"{path.name}: not a valid Document ({count} error(s)), left out")
    manifest_path = out / "manifest.json"
    if manifest_path.is_file():
        try:
            manifest = Manifest.model_validate_json(manifest_path.read_bytes())
            loaded.failed, loaded.pipeline_version = manifest.failed, manifest.pipeline_version
        except (OSError, ValidationError):
            loaded.problems.append("manifest.json: not a valid manifest, failed inputs not listed")
    for problem in loaded.problems:
        log.warning("%s", problem)
    return loaded


@dataclass(frozen=True, slots=True)
class LoadedSource:
    text: str | None
    note: str | None = None


def read_source(doc: Document, roots: Sequence[Path] = ()) -> LoadedSource:
    """The decoded source of ``doc``, or None with a note saying why it is not shown.

    The bytes must have the sha256 the Document recorded: spans into other bytes would
    highlight the wrong passages.
    """
    path = Path(doc.source.path)
    candidates = [path] if path.is_absolute() else [Path.cwd() / path, *(Path(r) / path for r in roots)]
    found = next((c for c in candidates if c.is_file()), None)
    if found is None:
        return LoadedSource(None, f"Source file {doc.source.path} not found: items are listed without their passages.")
    raw = found.read_bytes()
    if sha256_of(raw) != doc.source.sha256:
        return LoadedSource(None, f"Source file {found} has changed since extraction (sha256 differs): passages not shown.")
    try:
        text = decode(raw).text
    except ReadError as error:
        return LoadedSource(None, f"Source file {found} cannot be decoded: {error}.")
    if len(text) != doc.source.chars:
        return LoadedSource(text, f"Decoded source has {len(text)} characters, the Document says {doc.source.chars}: highlights may be misplaced.")
    return LoadedSource(text)


# --- items and their marks -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted item: ``item`` is its id in the page (``t3`` = targets[3])."""

    item: str
    kind: str
    start: int
    end: int
    label: str
    detail: str = ""
    section: str | None = None


def fmt_number(value: float) -> str:
    """Vietnamese style: ``.`` for thousands, ``,`` for decimals (``27.377``, ``3,5``)."""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    text = f"{value:,.3f}".rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def heading_end(source: str, start: int, end: int, heading: str) -> int:
    """Source offset where ``heading`` (as segmented) ends when written from ``start``.

    Counts non-space characters (combining marks aside), so a heading hard-wrapped over
    lines in the source, re-spaced or recomposed (NFC) in the clean text still ends at its
    last character.
    """
    need = sum(1 for ch in heading if not ch.isspace() and not unicodedata.combining(ch))
    if need == 0:
        newline = source.find("\n", start, end)
        return end if newline < 0 else newline
    pos = start
    while pos < end and need:
        if not source[pos].isspace() and not unicodedata.combining(source[pos]):
            need -= 1
        pos += 1
    while pos < end and unicodedata.combining(source[pos]):
        pos += 1
    return pos


def _join(*parts: object) -> str:
    return " · ".join(str(p) for p in parts if p not in (None, ""))


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def span_mismatch(source: str | None, span: tuple[int, int], written: str) -> str | None:
    """A note when the source at ``span`` is not the text the item says it was written as."""
    if source is None:
        return None
    found = " ".join(source[span[0]:span[1]].split())
    if found == " ".join(written.split()):
        return None
    return f"⚠ the source here reads {_short(found, 60)!r}"


def section_mark(item: str, sec: Section, source: str | None) -> Mark:
    """A section's heading as a mark; a section that is only its heading marks its marker."""
    title = " ".join(p for p in (sec.marker, sec.heading) if p)
    start, end = sec.span
    if source is not None:
        limit = min(end, len(source))
        end = heading_end(source, start, limit, title)
        if sec.marker and not source[end:limit].strip():
            end = heading_end(source, start, limit, sec.marker)  # a list item, not a heading
    return Mark(item, "section", start, end, _join(sec.id, _short(sec.heading or "", 120)), sec.kind, sec.id)


def item_marks(doc: Document, source: str | None) -> list[Mark]:
    """Every item of ``doc`` with a span, as marks (section marks cover the heading only)."""
    cat_labels = labels()["categories"]
    marks = [section_mark(f"s{i}", sec, source) for i, sec in enumerate(doc.sections)]
    for i, t in enumerate(doc.targets):
        value = fmt_number(t.value) + (f"–{fmt_number(t.value_max)}" if t.value_max is not None else "")
        detail = _join(span_mismatch(source, t.span, t.text), f"{value} {t.unit}",
                       cat_labels.get(t.category, t.category), t.kind, t.qualifier,
                       f"repeats t{t.restates}" if t.restates is not None else None,
                       f"part of t{t.part_of}" if t.part_of is not None else None,
                       "reported as done" if t.achieved else None, _short(t.activity) if t.activity else None)
        marks.append(Mark(f"t{i}", "target", *t.span, t.text, detail, t.section_id))
    for i, b in enumerate(doc.budget):
        detail = _join(span_mismatch(source, b.span, b.amount_text), f"{fmt_number(b.amount_vnd)} đồng",
                       b.label, b.funding_source, f"part of b{b.part_of}" if b.part_of is not None else None,
                       f"repeats b{b.restates}" if b.restates is not None else None,
                       "reported as spent" if b.achieved else None)
        marks.append(Mark(f"b{i}", "budget", *b.span, b.amount_text, detail, b.section_id))
    for i, c in enumerate(doc.citations):
        raw = f"written {c.number_raw}" if c.number_raw and c.number_raw != c.number else None
        detail = _join(c.role, raw, c.issued_date, c.issuer, _short(c.title, 120) if c.title else None)
        marks.append(Mark(f"c{i}", "citation", *c.span, _join(c.doc_type, c.number or c.number_raw), detail))
    for i, d in enumerate(doc.duties):
        detail = _join(d.role, d.agency_id, d.deadline.text if d.deadline else None)
        label = _short(d.text) if d.text.startswith(d.agency) else f"{d.agency}: {_short(d.text)}"
        marks.append(Mark(f"d{i}", "duty", *d.span, label, detail, d.section_id))
    for i, o in enumerate(doc.objectives):
        marks.append(Mark(f"o{i}", "objective", *o.span, _short(o.text), o.scope or "", o.section_id))
    for i, w in enumerate(doc.warnings):
        if drawn(w, doc.source.chars):
            marks.append(Mark(f"w{i}", "warning", *w.span, w.code, w.message))
    return marks


def drawn(warning: Warning, chars: int) -> bool:
    """Whether a warning is drawn in the source: it has a span, not over most of the text.

    A verdict on the whole text (``damaged_text`` over every line) is listed, not drawn:
    underlining everything would hide the precise warnings inside it.
    """
    return warning.span is not None and (warning.span[1] - warning.span[0]) <= WHOLE_TEXT_SHARE * max(chars, 1)


def clip_marks(marks: Iterable[Mark], length: int) -> tuple[list[Mark], int]:
    """Marks cut to ``[0, length]``, and how many reached past the end of the source."""
    kept, outside = [], 0
    for m in marks:
        if m.end > length:
            outside += 1
            m = Mark(m.item, m.kind, min(m.start, length), length, m.label, m.detail, m.section)
        kept.append(m)
    return kept, outside


def section_of(start: int, sections: Sequence[Section]) -> str | None:
    """Id of the deepest section whose span holds source offset ``start``."""
    best = None
    for sec in sections:
        if sec.span[0] <= start < sec.span[1] and (best is None or sec.level >= best.level):
            best = sec
    return best.id if best else None


# --- the source, pre-split into highlighted segments ---------------------------------


def segments(length: int, marks: Sequence[Mark]) -> list[tuple[int, int, tuple[Mark, ...]]]:
    """Split ``[0, length)`` where any mark starts or ends; each piece with its marks.

    Marks are listed outermost first (earlier start, then longer), so overlapping and
    nested spans both come out as flat, non-overlapping pieces.
    """
    points = sorted({0, length, *(m.start for m in marks), *(m.end for m in marks)})
    starts: dict[int, list[Mark]] = defaultdict(list)
    for m in marks:
        if m.start < m.end:
            starts[m.start].append(m)
    active: list[Mark] = []
    pieces = []
    for a, b in zip(points, points[1:]):
        active = [m for m in active if m.end > a] + starts.get(a, [])
        active.sort(key=lambda m: (m.start, -m.end, KINDS.index(m.kind)))
        pieces.append((a, b, tuple(active)))
    return pieces


_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""Control characters an HTML page cannot show; drawn as U+FFFD, one for one."""


def is_dropped(code: str) -> bool:
    """Whether a warning code says its span was left out of the clean text (``*_removed``)."""
    return code.endswith(tuple(labels()["dropped_code_suffixes"]))


def _text(text: str) -> str:
    return escape(_CONTROL.sub("\ufffd", text), quote=False)


def render_source(text: str, marks: Sequence[Mark]) -> str:
    """The source as escaped HTML, each marked piece a ``<span data-m="ids">``.

    A mark with an empty span (a warning at a point) becomes an empty anchor there; a
    piece that starts an item right where another of its kind ends is flagged ``start``.
    """
    points: dict[int, list[Mark]] = defaultdict(list)
    for m in marks:
        if m.start == m.end:
            points[m.start].append(m)
    out = []
    ended: set[str] = set()
    for a, b, active in segments(len(text), marks):
        out.extend(_anchor(m) for m in points.pop(a, []))
        chunk = _text(text[a:b])
        just_ended, ended = ended, {m.kind for m in active if m.end == b}
        if not active:
            out.append(chunk)
            continue
        kinds = sorted({m.kind for m in active}, key=KINDS.index)
        flags = ["multi"] if len(active) > 1 else []
        if any(m.start == a and m.kind in just_ended for m in active):
            flags.append("start")  # right after another item of its kind: draw the seam
        warnings = [m for m in active if m.kind == "warning"]
        if warnings and all(is_dropped(m.label) for m in warnings):
            flags.append("dropped")
        classes = " ".join(["m", *(f"k-{k}" for k in kinds), *flags])
        ids = " ".join(m.item for m in active)
        out.append(f'<span class="{classes}" data-m="{ids}">{chunk}</span>')
    for at in sorted(points):
        out.extend(_anchor(m) for m in points[at])
    return "".join(out)


def _anchor(m: Mark) -> str:
    return f'<span class="m k-{m.kind} point" data-m="{m.item}" title="{escape(m.label)}"></span>'


# --- per-document view ----------------------------------------------------------------


def _item_li(m: Mark, clickable: bool) -> str:
    attrs = f' data-item="{m.item}" tabindex="0"' if clickable else ""
    detail = f"<small>{escape(m.detail)}</small>" if m.detail else ""
    return f'<li class="it k-{m.kind}"{attrs}><i class="sw"></i><span class="lbl">{escape(m.label)}</span>{detail}</li>'


def render_panel(doc: Document, marks: Sequence[Mark], clickable: bool) -> str:
    """Items grouped by section (section order), each group headed by its heading."""
    ids = {s.id for s in doc.sections}
    groups: dict[str | None, list[Mark]] = defaultdict(list)
    for m in marks:
        if m.kind in ("section", "warning"):
            continue
        sec = m.section if m.section in ids else section_of(m.start, doc.sections)
        groups[sec].append(m)
    heads = {m.section: m for m in marks if m.kind == "section"}
    out = []
    order: list[str | None] = [None, *(s.id for s in doc.sections)]
    levels = {s.id: s.level for s in doc.sections}
    for sec in order:
        items = sorted(groups.get(sec, []), key=lambda m: (m.start, KINDS.index(m.kind)))
        if sec is None and not items:
            continue
        head = heads.get(sec)
        if head is None:
            title = '<h4 class="grp">Outside any section</h4>'
        else:
            attrs = f' data-item="{head.item}" tabindex="0"' if clickable else ""
            title = f'<h4 class="grp k-section"{attrs}>{escape(head.label)} <small>{escape(head.detail)}</small></h4>'
        level = levels.get(sec, 0) if sec else 0
        lis = "".join(_item_li(m, clickable) for m in items)
        out.append(f'<section class="group lv{min(level, 5)}">{title}<ul>{lis}</ul></section>')
    return "".join(out) or '<p class="empty">No items extracted.</p>'


def render_warnings(doc: Document, clickable: bool) -> str:
    if not doc.warnings:
        return '<p class="ok">No warnings.</p>'
    lis = []
    for i, w in enumerate(doc.warnings):
        attrs = f' data-item="w{i}" tabindex="0"' if clickable and drawn(w, doc.source.chars) else ""
        lis.append(f'<li class="it k-warning"{attrs}><i class="sw"></i><code>{escape(w.code)}</code> {escape(w.message)}</li>')
    return f'<ul class="warnings">{"".join(lis)}</ul>'


def render_document(doc: Document, source: LoadedSource) -> str:
    """The view of one document: header, warnings, item panel and highlighted source."""
    marks = item_marks(doc, source.text)
    notes = [source.note] if source.note else []
    if source.text is not None:
        marks, outside = clip_marks(marks, len(source.text))
        if outside:
            notes.append(f"{outside} item(s) have spans past the end of the source; cut at its end.")
        body = f'<div class="src" lang="vi">{render_source(source.text, marks)}</div>'
    else:
        body = '<div class="src missing"><p>Source text not available.</p></div>'
    meta = doc.metadata
    facts = [("Type", meta.doc_type), ("Number", meta.number), ("Issued", meta.issued_date),
             ("Issuer", meta.issuer), ("Province", meta.province), ("Signer", meta.signer),
             ("Period", "–".join(str(y) for y in (meta.period_start, meta.period_end) if y)),
             ("Source", f"{doc.source.path} ({doc.source.encoding}, {doc.source.chars} chars)")]
    dl = "".join(f"<dt>{k}</dt><dd>{escape(str(v))}</dd>" for k, v in facts if v not in (None, ""))
    counts = " · ".join(f"{len(getattr(doc, f))} {f}" for f in ("targets", "budget", "citations", "duties", "objectives", "sections"))
    note_html = "".join(f'<p class="notice">{escape(n)}</p>' for n in notes)
    clickable = source.text is not None
    return (
        f'<article class="doc" data-doc="{escape(doc.doc_id)}">'
        f'<header class="dochead"><h2>{escape(meta.title or Path(doc.source.path).name)}</h2><dl>{dl}</dl>'
        f'<p class="counts">{escape(counts)} · {len(doc.warnings)} warnings</p>{note_html}</header>'
        f'<div class="docbody"><div class="panel"><details class="warn-box" open><summary>Warnings ({len(doc.warnings)})</summary>'
        f'{render_warnings(doc, clickable)}</details>{render_panel(doc, marks, clickable)}</div>{body}</div></article>'
    )


def doc_entry(doc: Document) -> str:
    """One line of the document list."""
    meta = doc.metadata
    place = meta.province or meta.issuer or Path(doc.source.path).name
    search = " ".join(str(x) for x in (place, meta.number, meta.title, doc.doc_id, meta.doc_type) if x).lower()
    return (
        f'<li data-doc="{escape(doc.doc_id)}" data-search="{escape(search)}"><b>{escape(place)}</b> '
        f'{escape(meta.number or doc.doc_id)}<small>{escape(_short(meta.title or "", 90))} '
        f'· {len(doc.targets)} targets · {len(doc.warnings)} warnings</small></li>'
    )


# --- cross-province view ---------------------------------------------------------------


@dataclass(slots=True)
class Group:
    """Documents of one province (or issuer) and period: one column of the comparison."""

    index: int
    label: str
    docs: list[Document] = field(default_factory=list)


def item_link(doc: Document, item: str) -> str:
    """Page link that opens ``doc`` at ``item`` (``t3``, ``c0``...)."""
    return f"#doc={doc.doc_id}&item={item}"


def _link(href: str | None, text: str) -> str:
    return f'<a href="{escape(href)}">{escape(text)}</a>' if href else escape(text)


def group_label(doc: Document) -> str:
    meta = doc.metadata
    place = meta.province or meta.issuer or doc.doc_id
    if meta.period_start or meta.period_end:
        period = "–".join(dict.fromkeys(str(y) for y in (meta.period_start, meta.period_end) if y))
    else:
        period = str(meta.issued_date.year) if meta.issued_date else ""
    return f"{place} {period}".strip()


def group_documents(docs: Iterable[Document]) -> list[Group]:
    by_label: dict[str, list[Document]] = defaultdict(list)
    for doc in docs:
        by_label[group_label(doc)].append(doc)
    return [Group(i, label, by_label[label]) for i, label in enumerate(sorted(by_label))]


@dataclass(slots=True)
class Total:
    """Targets of one (category, unit) in one group: summed counts, or listed values."""

    low: float = 0.0
    high: float = 0.0
    summable: bool = True
    values: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    first: str | None = None
    """Link to the first of these targets in its document view."""

    def show(self) -> str:
        if not self.summable:
            return ", ".join(self.values)
        return fmt_number(self.low) + (f"–{fmt_number(self.high)}" if self.high != self.low else "")


def target_totals(groups: Sequence[Group]) -> dict[tuple[str, str], dict[int, Total]]:
    """(category, unit) -> group index -> total of what the documents promise: restated
    targets are counted once, the parts of a count in it, figures reported as done
    (`achieved`) and sizes per unit (`per_unit`: "mỗi lớp 30 học viên") not at all.

    Counts are summed per unit; percents and indicators are listed, never summed.
    Money targets are left to the budget table.
    """
    table: dict[tuple[str, str], dict[int, Total]] = defaultdict(dict)
    for group in groups:
        for doc in group.docs:
            for i, t in enumerate(doc.targets):
                if t.restates is not None or t.part_of is not None or t.achieved or t.kind == "money" or t.per_unit:
                    continue
                unit = " ".join(t.unit.lower().split())
                total = table[(t.category, unit)].setdefault(group.index, Total(first=item_link(doc, f"t{i}")))
                total.summable = total.summable and t.kind == "count"
                total.low += t.value
                total.high += t.value_max if t.value_max is not None else t.value
                value = fmt_number(t.value) + (f"–{fmt_number(t.value_max)}" if t.value_max is not None else "")
                total.values.append(f"{t.qualifier + ' ' if t.qualifier else ''}{value}{'' if unit == '%' else ' '}{unit}")
                total.texts.append(_short(t.activity or t.text, 100))
    return table


def _category_order(key: tuple[str, str]) -> tuple[int, str]:
    order = list(labels()["categories"])
    return (order.index(key[0]) if key[0] in order else len(order), key[1])


_TOTAL = regex.compile(r"(?i)\btổng")
"""A budget label naming a total ("Tổng kinh phí")."""


def headline_budget(doc: Document) -> int | None:
    """Index of the document's planned total: of the amounts not reported as spent
    (`achieved`), the largest labelled as a total, else the largest; None without one."""
    planned = [i for i, b in enumerate(doc.budget) if not b.achieved]
    if not planned:
        return None
    totals = [i for i in planned if (label := doc.budget[i].label) and _TOTAL.search(label)]
    return max(totals or planned, key=lambda i: doc.budget[i].amount_vnd)


_NUMBER_CODES = regex.compile(r"[A-Za-zĐđ]+")
"""Issuer codes in the last part of a document number (``NĐ``, ``CP`` in ``NĐ-CP``)."""


def is_national(doc_type: str, number: str | None, issuer: str | None) -> bool:
    """Whether a cited document is national (Assembly, Government, Prime Minister, ministry)."""
    nat = _national()
    if doc_type in nat["doc_types"]:
        return True
    if number:
        last = number.rsplit("/", 1)[-1]
        if set(_NUMBER_CODES.findall(last)) & set(nat["issuer_codes"]):
            return True
    return bool(issuer) and issuer.startswith(tuple(nat["issuer_prefixes"]))


def citation_matrix(groups: Sequence[Group]) -> dict[str, dict[int, dict[str, str]]]:
    """National document (label) -> group index -> role -> link to its first such citation."""
    rows: dict[str, dict[int, dict[str, str]]] = defaultdict(lambda: defaultdict(dict))
    for group in groups:
        for doc in group.docs:
            for i, c in enumerate(doc.citations):
                if not is_national(c.doc_type, c.number, c.issuer):
                    continue
                label = _join(c.doc_type, c.number) if c.number else _join(c.doc_type, _short(c.title or "", 70))
                rows[label][group.index].setdefault(c.role, item_link(doc, f"c{i}"))
    return rows


@dataclass(slots=True)
class Tally:
    count: int = 0
    first: str | None = None
    """Link to the first counted item in its document view."""


def agency_name(agency_id: str) -> str:
    """Canonical name of a registry agency, or the id when the registry does not know it."""
    from khuyencong_extract.agencies import registry

    agency = registry().agencies.get(agency_id)
    return agency.name if agency else agency_id


def agency_duties(groups: Sequence[Group]) -> dict[str, dict[int, Tally]]:
    """Agency (registry name, else as written) -> group index -> its duties there."""
    rows: dict[str, dict[int, Tally]] = defaultdict(dict)
    for group in groups:
        for doc in group.docs:
            for i, d in enumerate(doc.duties):
                name = agency_name(d.agency_id) if d.agency_id else " ".join(d.agency.split())
                tally = rows[name].setdefault(group.index, Tally(first=item_link(doc, f"d{i}")))
                tally.count += 1
    return rows


def _head_row(groups: Sequence[Group], first: str, last: str | None = None) -> str:
    cells = "".join(f'<th data-g="{g.index}" scope="col">{escape(g.label)}</th>' for g in groups)
    tail = f"<th>{escape(last)}</th>" if last else ""
    return f"<thead><tr><th>{escape(first)}</th>{cells}{tail}</tr></thead>"


def render_targets(groups: Sequence[Group]) -> str:
    totals = target_totals(groups)
    if not totals:
        return '<p class="empty">No targets extracted yet.</p>'
    cats = labels()["categories"]
    keys = sorted(totals, key=_category_order)
    per_category = defaultdict(int)
    for category, _ in keys:
        per_category[category] += 1
    rows, previous = [], None
    for key in keys:
        category, unit = key
        head = ""
        if category != previous:
            head = f'<th scope="rowgroup" rowspan="{per_category[category]}">{escape(cats.get(category, category))}</th>'
            previous = category
        cells = []
        for g in groups:
            total = totals[key].get(g.index)
            if total is None:
                cells.append(f'<td data-g="{g.index}"></td>')
            else:
                title = escape(" | ".join(total.texts))
                link = _link(total.first, total.show())
                cells.append(f'<td data-g="{g.index}" class="num" title="{title}">{link}</td>')
        rows.append(f'<tr>{head}<td>{escape(unit)}</td>{"".join(cells)}</tr>')
    head = _head_row(groups, "Category").replace("<th>Category</th>", "<th>Category</th><th>Unit</th>", 1)
    charts = render_target_charts(groups, totals)
    return f'<table class="cmp">{head}<tbody>{"".join(rows)}</tbody></table>{charts}'


def render_target_charts(groups: Sequence[Group], totals: dict[tuple[str, str], dict[int, Total]], limit: int = 6) -> str:
    """Small multiples: the count targets most groups share, one bar per group."""
    cats = labels()["categories"]
    keys = [k for k, by_group in totals.items() if all(t.summable for t in by_group.values())]
    keys.sort(key=lambda k: (-len(totals[k]), _category_order(k)))
    charts = []
    for key in keys[:limit]:
        rows = [BarRow(g.label, totals[key][g.index].high, totals[key][g.index].show(), g.index,
                       " | ".join(totals[key][g.index].texts))
                for g in groups if g.index in totals[key]]
        charts.append(bar_chart(f"{cats.get(key[0], key[0])}: {key[1]}", rows, "bar target"))
    return f'<div class="charts">{"".join(charts)}</div>' if charts else ""


def render_budget(groups: Sequence[Group]) -> str:
    rows, bars = [], []
    for g in groups:
        heads = [(doc, i) for doc in g.docs if (i := headline_budget(doc)) is not None]
        if not heads:
            continue
        amount = sum(doc.budget[i].amount_vnd for doc, i in heads)
        written = "; ".join(doc.budget[i].amount_text for doc, i in heads)
        links = "; ".join(_link(item_link(doc, f"b{i}"), doc.budget[i].amount_text) for doc, i in heads)
        items = sum(len(doc.budget) for doc, _ in heads)
        rows.append(f'<tr data-g="{g.index}"><th scope="row">{escape(g.label)}</th>'
                    f'<td class="num">{escape(fmt_number(amount))}</td><td>{links}</td><td class="num">{items}</td></tr>')
        bars.append(BarRow(g.label, amount, f"{fmt_number(round(amount / 1e9, 3))} tỷ đồng", g.index, written))
    if not rows:
        return '<p class="empty">No budget amounts extracted yet.</p>'
    table = ('<table class="cmp"><thead><tr><th>Province · period</th><th>Total (đồng)</th><th>As written</th>'
             f'<th>Amounts in the text</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')
    note = ("per document, the largest amount labelled as a total (else the largest amount), "
            "amounts reported as spent left out")
    return table + bar_chart("Programme budget", bars, "bar budget", note)


def render_citations(groups: Sequence[Group]) -> str:
    matrix = citation_matrix(groups)
    if not matrix:
        return '<p class="empty">No national documents cited (or citations not extracted yet).</p>'
    roles = labels()["roles"]
    order = ("basis", "proposal", "mention")
    rows = []
    for label in sorted(matrix, key=lambda k: (-len(matrix[k]), k)):
        cells = []
        for g in groups:
            got = matrix[label].get(g.index, {})
            marks = "".join(_link(got[r], roles[r][0]) for r in order if r in got)
            title = escape(", ".join(roles[r][1] for r in order if r in got))
            cells.append(f'<td data-g="{g.index}" class="sym" title="{title}">{marks}</td>')
        rows.append(f'<tr><th scope="row">{escape(label)}</th>{"".join(cells)}<td class="num">{len(matrix[label])}</td></tr>')
    legend = " ".join(f"{sym} {escape(text)}" for sym, text in (roles[r] for r in order))
    return (f'<p class="legend-note">{legend}</p><table class="cmp">{_head_row(groups, "National document", "Cited by (all)")}'
            f'<tbody>{"".join(rows)}</tbody></table>')


def render_agencies(groups: Sequence[Group], limit: int = 15) -> str:
    table = agency_duties(groups)
    if not table:
        return '<p class="empty">No duties extracted yet.</p>'
    totals = {agency: sum(t.count for t in by_group.values()) for agency, by_group in table.items()}
    order = sorted(table, key=lambda a: (-totals[a], a))
    rows = []
    for agency in order:
        cells = "".join(
            f'<td data-g="{g.index}" class="num">{_link(t.first, str(t.count)) if (t := table[agency].get(g.index)) else ""}</td>'
            for g in groups)
        rows.append(f'<tr><th scope="row">{escape(agency)}</th>{cells}<td class="num">{totals[agency]}</td></tr>')
    bars = [BarRow(a, totals[a], str(totals[a])) for a in order[:limit]]
    return (f'<table class="cmp">{_head_row(groups, "Agency", "All columns")}<tbody>{"".join(rows)}</tbody></table>'
            + bar_chart(f"Agencies with the most duties (top {min(limit, len(order))})", bars, "bar duty"))


def render_compare(docs: Sequence[Document]) -> str:
    groups = group_documents(docs)
    if not groups:
        return '<p class="empty">No documents.</p>'
    boxes = "".join(
        f'<label><input type="checkbox" data-group="{g.index}"{" checked" if g.index < DEFAULT_GROUPS_SHOWN else ""}> '
        f'{escape(g.label)} <small>({len(g.docs)})</small></label>' for g in groups)
    return (
        f'<div class="groups"><b>Columns</b> <input type="search" id="groups-filter" size="48" '
        f'placeholder="show only columns matching… (comma-separated: An Giang, Hưng Yên)" aria-label="Columns to show"> '
        f'<button type="button" id="groups-all">all</button><button type="button" id="groups-none">none</button>'
        f'<div class="group-boxes">{boxes}</div></div>'
        f'<h3 id="cmp-targets">Targets by category</h3><p class="legend-note">Counts summed per unit (targets that repeat an '
        f'earlier one counted once, figures reported as done left out); percentages listed. Hover a cell for the clauses.</p>{render_targets(groups)}'
        f'<h3 id="cmp-budget">Budget</h3>{render_budget(groups)}'
        f'<h3 id="cmp-citations">National documents cited</h3>{render_citations(groups)}'
        f'<h3 id="cmp-agencies">Agencies by number of duties</h3>{render_agencies(groups)}'
    )


# --- the page ----------------------------------------------------------------------------


def _legend() -> str:
    kinds = labels()["kinds"]
    return "".join(
        f'<label class="k-{k}"><input type="checkbox" data-kind="{k}" checked><i class="sw"></i>{escape(kinds[k])}</label>'
        for k in ("target", "budget", "citation", "duty", "objective", "section", "warning")
    ) + '<span class="m k-warning dropped">left out of the clean text</span> <span>click an item or a highlight</span>'


def build_report(out_dir: str | os.PathLike, source_roots: Sequence[Path] = ()) -> str:
    """The whole report for ``out_dir`` as one HTML string."""
    loaded = load_output(out_dir)
    docs = sorted(loaded.docs, key=lambda d: (group_label(d), d.doc_id))
    templates = []
    for doc in docs:
        view = render_document(doc, read_source(doc, source_roots))
        templates.append(f'<template id="tpl-{escape(doc.doc_id)}">{view}</template>')
    failed = "".join(f"<li>{escape(e.path)}: {escape(e.error or 'failed')}</li>" for e in loaded.failed)
    problems = "".join(f"<li>{escape(p)}</li>" for p in loaded.problems)
    issues = ""
    if failed or problems:
        issues = f'<details class="notice"><summary>{len(loaded.failed)} input(s) failed, {len(loaded.problems)} file(s) unreadable</summary><ul>{failed}{problems}</ul></details>'
    summary = f"{len(docs)} documents from {escape(str(out_dir))}" + (
        f" · pipeline {escape(loaded.pipeline_version)}" if loaded.pipeline_version else "")
    return _data("report_page.html").format(
        css=_data("report.css"), js=_data("report.js"), summary=summary, issues=issues,
        doc_list="".join(doc_entry(d) for d in docs), legend=_legend(),
        compare=render_compare(docs), templates="".join(templates))


def write_report(out_dir: str | os.PathLike, html_path: str | os.PathLike,
                 source_roots: Sequence[Path] = ()) -> Path | None:
    """Build the report for ``out_dir`` and write it to ``html_path`` (`write.write_named_file`:
    a file atomically, a pipe as a stream); returns the file, None for a stream."""
    from khuyencong_extract.write import write_named_file

    path = Path(html_path)
    written = write_named_file(path, build_report(out_dir, source_roots).encode("utf-8", "replace"))
    if written is None:
        return None
    umask = os.umask(0)
    os.umask(umask)
    written.chmod(0o666 & ~umask)
    return path
