"""The governors' report as one self-contained HTML page: each section's sentences and tables, with its charts
drawn in (SVG), so nothing is fetched when it is opened."""

from __future__ import annotations

import html
from datetime import datetime, timedelta

from chatbot.governance.charts import bars, svg
from chatbot.governance.report_sections import Chart, Section, Table
from chatbot.governance.term_figures import Period

STYLE = """body{font:15px/1.5 system-ui,sans-serif;max-width:52em;margin:2em auto;padding:0 1em;color:#1d1c1d}
h1{font-size:1.6em}h2{border-bottom:2px solid #3f0e40;padding-bottom:.2em;margin-top:2em}h3{font-size:1em}
table{border-collapse:collapse;margin:.5em 0}td,th{border-bottom:1px solid #ddd;padding:.25em .8em;text-align:left}
td.n{text-align:right}.small{color:#555;font-size:.9em}svg{max-width:100%;height:auto}
@media print{section{break-inside:avoid}}"""


def title(school: str, period: Period) -> str:
    return f"{school}: social media report, {period.name}"


def foreword(period: Period, made: datetime) -> str:
    last = period.until - timedelta(seconds=1)  # the period ends at midnight after its last day
    return (f"For the governing body and the annual review of the social media policy. From {period.since:%-d %B %Y} "
            f"to {last:%-d %B %Y}; made {made:%-d %B %Y at %H:%M}. It holds counts and the names of staff "
            f"only: never a post's words, what anyone said to the school, or a pupil's name.")  # fmt: skip


def report_html(parts: list[Section], school: str, period: Period, made: datetime) -> str:
    heading = html.escape(title(school, period))
    body = "".join(_section(section) for section in parts)
    return (f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{heading}</title><style>{STYLE}'
            f'</style></head><body><h1>{heading}</h1><p class="small">{html.escape(foreword(period, made))}</p>'
            f"{body}</body></html>")  # fmt: skip


def _section(section: Section) -> str:
    parts = "".join(_table(part) if isinstance(part, Table) else _chart(part) for part in section.parts)
    return f"<section><h2>{html.escape(section.title)}</h2><p>{html.escape(section.words)}</p>{parts}</section>"


def _table(table: Table) -> str:
    heads = "".join(f"<th>{html.escape(head)}</th>" for head in table.heads)
    kind = ' class="n"' if table.counts else ""
    rows = "".join(f"<tr><td>{html.escape(a)}</td><td{kind}>{html.escape(b)}</td></tr>" for a, b in table.rows)
    body = f"<table><tr>{heads}</tr>{rows}</table>" if table.rows else '<p class="small">None in this period.</p>'
    return f"<h3>{html.escape(table.title)}</h3>{body}"


def _chart(chart: Chart) -> str:
    return (
        f'<figure aria-label="{html.escape(chart.title, quote=True)}">{svg(bars(chart.title, chart.counts))}</figure>'
    )
