"""Inline SVG charts for the HTML report, generated in Python (no script, no network).

Reads: rows of (group, label, value) already aggregated by `report`. Writes: HTML
fragments (a table whose rows each carry a small SVG bar), so that hiding one row hides
one bar and the page stays readable with many provinces.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

BAR_WIDTH = 260
BAR_HEIGHT = 14


@dataclass(frozen=True, slots=True)
class BarRow:
    label: str
    value: float
    value_text: str
    group: int | None = None
    """Column group index (province and period) the row belongs to, for show/hide."""
    title: str = ""
    href: str | None = None


def bar_svg(value: float, max_value: float, css_class: str = "bar") -> str:
    """One horizontal bar, ``value`` scaled against ``max_value``."""
    share = 0.0 if max_value <= 0 else max(0.0, min(1.0, value / max_value))
    width = round(share * BAR_WIDTH, 1)
    if value > 0 and width < 1:
        width = 1.0
    return (
        f'<svg class="{escape(css_class)}" width="{BAR_WIDTH}" height="{BAR_HEIGHT}" '
        f'viewBox="0 0 {BAR_WIDTH} {BAR_HEIGHT}" role="img" aria-hidden="true">'
        f'<rect class="track" x="0" y="0" width="{BAR_WIDTH}" height="{BAR_HEIGHT}"/>'
        f'<rect class="fill" x="0" y="0" width="{width}" height="{BAR_HEIGHT}"/></svg>'
    )


def bar_chart(title: str, rows: list[BarRow], css_class: str = "bar", note: str = "") -> str:
    """A titled bar chart: one table row per bar, longest bar = largest value."""
    if not rows:
        return ""
    top = max(row.value for row in rows)
    body = "".join(_bar_row(row, top, css_class) for row in rows)
    caption = escape(title) + (f' <span class="note">{escape(note)}</span>' if note else "")
    return f'<figure class="chart"><figcaption>{caption}</figcaption><table class="bars">{body}</table></figure>'


def _bar_row(row: BarRow, top: float, css_class: str) -> str:
    group = f' data-g="{row.group}"' if row.group is not None else ""
    title = f' title="{escape(row.title)}"' if row.title else ""
    label = escape(row.label)
    if row.href:
        label = f'<a href="{escape(row.href)}">{label}</a>'
    return (
        f'<tr{group}{title}><th scope="row">{label}</th><td>{bar_svg(row.value, top, css_class)}</td>'
        f'<td class="num">{escape(row.value_text)}</td></tr>'
    )
