"""Small deterministic charts for the HTML report, rendered by matplotlib as inline SVG.

The same data gives the same bytes: matplotlib's object API is used without pyplot (no global figure state, no GUI
backend), SVG ids are derived from a fixed per-chart salt (``svg.hashsalt``) rather than at random, the metadata
block (creator, date) is dropped, text stays text (``svg.fonttype: none``) and is laid out with the DejaVu Sans
metrics bundled with matplotlib, whatever fonts the machine has. The bytes can still change with the matplotlib
version, which ``pyproject.toml`` keeps within one minor series.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence

STYLE = {
    "svg.fonttype": "none",  # keep text as <text>: smaller, and no glyph outlines that depend on font files
    "font.family": "DejaVu Sans",  # bundled with matplotlib, so the layout is the same on every machine
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 10,
    "axes.titleweight": "bold",
    "text.parse_math": False,  # labels are data (a repair named "$x^$"): draw them as text, never as math
}
COLOUR = "#3b6ea5"
WIDTH_IN = 5.2  # inches; the report's CSS scales the SVG to its column
BAR_HEIGHT_IN = 0.28  # per bar of a horizontal chart, so long lists stay legible
MAX_BARS = 25  # more categories than this are folded into "other"
MIN_COLUMNS = 6  # a vertical chart is laid out for at least this many columns


def fold(labels: Sequence[str], values: Sequence[float], limit: int = MAX_BARS) -> tuple[list[str], list[float]]:
    """Keep the ``limit - 1`` largest categories and fold the rest into one "other (n)" bar.

    >>> fold(["a", "b", "c", "d"], [4, 1, 3, 2], limit=3)
    (['a', 'c', 'other (2)'], [4, 3, 3])
    >>> fold(["a"], [1])
    (['a'], [1])
    """
    if len(labels) <= limit:
        return list(labels), list(values)
    order = sorted(range(len(labels)), key=lambda i: (-values[i], labels[i]))
    keep, rest = order[: limit - 1], order[limit - 1:]
    return [labels[i] for i in keep] + [f"other ({len(rest)})"], [values[i] for i in keep] + [
        sum(values[i] for i in rest)]


def bar_chart(labels: Sequence[str], values: Sequence[float], *, title: str, xlabel: str, salt: str,
              horizontal: bool = True, ylabel: str = "") -> str:
    """Return an inline ``<svg>`` bar chart (horizontal by default: category labels stay readable).

    ``salt`` must differ between the charts of one page: SVG ids are derived from it, and ids must be unique.

    >>> svg = bar_chart(["numbered", "bullet"], [7, 9], title="Tips", xlabel="tips", salt="t")
    >>> svg.startswith("<svg") and svg.endswith("</svg>") and "numbered" in svg
    True
    >>> svg == bar_chart(["numbered", "bullet"], [7, 9], title="Tips", xlabel="tips", salt="t")
    True
    """
    import matplotlib
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    labels, values = fold(labels, values)
    with matplotlib.rc_context(STYLE | {"svg.hashsalt": f"tipline-{salt}"}):
        if horizontal:
            fig = Figure(figsize=(WIDTH_IN, 0.9 + BAR_HEIGHT_IN * max(len(labels), 2)))
            ax = fig.add_subplot()
            positions = list(range(len(labels)))[::-1]  # first label on top
            bars = ax.barh(positions, values, color=COLOUR, height=0.65)
            ax.set_yticks(positions, labels)
            ax.set_xlabel(xlabel)
            ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        else:
            fig = Figure(figsize=(WIDTH_IN, 2.6))
            ax = fig.add_subplot()
            bars = ax.bar(range(len(labels)), values, color=COLOUR, width=0.65)
            ax.set_xticks(range(len(labels)), labels)
            ax.set_xlim(-0.6, max(len(labels), MIN_COLUMNS) - 0.4)  # a lone bar stays a bar, not a wall
            ax.set_xlabel(xlabel)
            ax.set_ylabel(ylabel)
            ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.bar_label(bars, fmt="%g", padding=2, fontsize=8)
        ax.margins(x=0.12, y=0.12) if horizontal else ax.margins(y=0.15)
        ax.set_title(title, loc="left")
        fig.tight_layout()
        buf = io.StringIO()
        fig.savefig(buf, format="svg", metadata={"Date": None})
    return inline_svg(buf.getvalue(), title, prefix=salt)


def inline_svg(document: str, title: str, prefix: str) -> str:
    """Strip an SVG document down to its ``<svg>`` element for inlining in HTML, and give it an accessible title.

    Element ids (``figure_1``, ``axes_1``, ...) repeat from chart to chart, so they are prefixed to stay unique in
    one HTML page, and so are the references to them.

    >>> doc = '<?xml version="1.0"?>\\n<!DOCTYPE svg>\\n<svg a="1">\\n <metadata>x</metadata>\\n<g id="g1"/>'
    >>> inline_svg(doc + '<use xlink:href="#g1" clip-path="url(#g1)"/></svg>\\n', "T", "c")
    '<svg a="1" role="img" aria-label="T">\\n<g id="c-g1"/><use xlink:href="#c-g1" clip-path="url(#c-g1)"/></svg>'
    """
    start = document.index("<svg")
    svg = document[start:].strip()
    svg = re.sub(r"\s*<metadata>.*?</metadata>", "", svg, count=1, flags=re.S)
    svg = re.sub(r'\bid="([^"]+)"', rf'id="{prefix}-\1"', svg)
    svg = re.sub(r'href="#([^"]+)"', rf'href="#{prefix}-\1"', svg)
    svg = re.sub(r"url\(#([^)]+)\)", rf"url(#{prefix}-\1)", svg)
    label = title.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    return re.sub(r"^<svg([^>]*)>", lambda m: f'<svg{m.group(1)} role="img" aria-label="{label}">', svg, count=1)
