"""The governors' report's charts: horizontal bars drawn by matplotlib as SVG with real text (searchable, small),
the same figure for the PDF; nothing is fetched when they are viewed."""

from __future__ import annotations

import io
import re
from typing import Any

SIZE = (6.4, 2.6)  # inches: wide enough for a rule's name beside its bar
COLOUR = "#3f0e40"


def bars(title: str, counts: dict[str, int] | dict[str, float]) -> Any:
    """A matplotlib Figure: one bar per label, largest at the top, each with its number at its end."""
    import matplotlib

    matplotlib.use("Agg")  # no screen; SVG and PDF are written from the same figure
    from matplotlib.figure import Figure

    labels, values = list(counts), [float(v) for v in counts.values()]
    figure = Figure(figsize=(SIZE[0], max(SIZE[1], 0.35 * len(labels) + 0.8)))
    axes = figure.subplots()
    axes.barh(labels[::-1], values[::-1], color=COLOUR)
    for y, value in enumerate(values[::-1]):
        axes.text(value, y, f" {value:g}", va="center", fontsize=9)
    axes.set_title(title, fontsize=11, loc="left")
    axes.spines[["top", "right"]].set_visible(False)
    axes.set_xlim(0, max(values, default=1) * 1.15 or 1)
    figure.tight_layout()
    return figure


def svg(figure: Any) -> str:
    import matplotlib

    matplotlib.rcParams["svg.fonttype"] = "none"  # text stays text
    matplotlib.rcParams["svg.hashsalt"] = "countersign"  # the same report draws the same SVG
    out = io.StringIO()
    figure.savefig(out, format="svg", metadata={"Date": None})
    drawn = out.getvalue()
    drawn = drawn[drawn.index("<svg") :]  # inline: no XML declaration, no DOCTYPE (which names a web address)
    return re.sub(r"<metadata>.*?</metadata>", "", drawn, flags=re.S)
