"""The governors' report as a PDF: the same sections as the HTML, a page each, drawn by matplotlib (no browser)."""

from __future__ import annotations

import io
import textwrap
from datetime import datetime

from chatbot.governance.charts import bars
from chatbot.governance.report_html import foreword, title
from chatbot.governance.report_sections import Chart, Section, Table
from chatbot.governance.term_figures import Period

A4 = (8.27, 11.69)
WIDTH = 95  # characters a line
PAGE_LINES = 60


def report_pdf(parts: list[Section], school: str, period: Period, made: datetime) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.backends.backend_pdf import PdfPages

    out = io.BytesIO()
    with PdfPages(
        out, metadata={"Title": title(school, period), "Creator": "Countersign", "CreationDate": None}
    ) as pdf:
        pdf.savefig(_page([title(school, period), "", *textwrap.wrap(foreword(period, made), WIDTH)]))
        for section in parts:
            lines = _lines(section)
            for start in range(0, len(lines), PAGE_LINES):  # a long section goes on over more pages
                pdf.savefig(_page([lines[0], *lines[max(start, 1) : start + PAGE_LINES]]))
            for chart in (part for part in section.parts if isinstance(part, Chart)):
                pdf.savefig(bars(chart.title, chart.counts))
    return out.getvalue()


def _lines(section: Section) -> list[str]:
    lines = [section.title, "", *textwrap.wrap(section.words, WIDTH)]
    for table in (part for part in section.parts if isinstance(part, Table)):
        lines += ["", table.title] + (_rows(table) or ["    None in this period."])
    return lines


def _rows(table: Table) -> list[str]:
    if table.counts:
        return [f"    {a[:70]:<72}{b:>10}" for a, b in table.rows]
    indent = " " * 8
    return [
        line
        for a, b in table.rows
        for line in ["    " + a, *textwrap.wrap(b, WIDTH, initial_indent=indent, subsequent_indent=indent)]
    ]


def _page(lines: list[str]) -> object:
    from matplotlib.figure import Figure

    page = Figure(figsize=A4)
    page.text(0.07, 0.95, lines[0], fontsize=15, weight="bold", va="top")
    page.text(0.07, 0.91, "\n".join(lines[1:]), fontsize=9, va="top", family="DejaVu Sans Mono")
    return page
