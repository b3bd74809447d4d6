"""`chatbot report`: the governors' report for a term (or dates), as a self-contained HTML page and a PDF of it."""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from handlers.console import export


def add_parser(commands: Any) -> None:
    report = commands.add_parser("report", help="the governors' report: HTML and PDF, for a term or dates")
    report.add_argument("--term", help="a term, e.g. autumn-2026 (its dates come from reminders.term_starts)")
    report.add_argument("--since", help="instead of --term: the first day, e.g. 2026-09-01")
    report.add_argument("--until", help="with --since: the last day (default today)")
    report.add_argument("--out", type=Path, default=Path("."), help="the folder to write into (default: here)")
    report.add_argument("--config", type=Path, help="the app.yaml to use")
    report.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from chatbot.school.config_loader import load_settings

    settings = load_settings(args.config)
    period = _period(args, tuple(settings.reminders.term_starts), ZoneInfo(settings.school.timezone))
    with export.store_for(settings) as store:
        written = write_report(settings, store, period, args.out)
    print("\n".join(str(path) for path in written))
    return 0


def _period(args: argparse.Namespace, starts: tuple[date, ...], zone: ZoneInfo) -> Any:
    from chatbot.errors import UsageError
    from chatbot.governance.terms import dates, term

    if args.term and args.since:
        raise UsageError("give --term or --since, not both")
    if args.term:
        return term(args.term, starts, zone)
    if not args.since:
        raise UsageError("say which period: --term autumn-2026, or --since 2026-09-01 [--until 2026-12-18]")
    return dates(args.since, args.until, zone, datetime.now(zone).date())


def write_report(settings: Any, store: Any, period: Any, folder: Path) -> list[Path]:
    """The HTML and the PDF, named for the period, in `folder`."""
    from chatbot.governance.report import governors_report
    from chatbot.policy.context import build_context
    from handlers.wiring.reports import school

    ctx = build_context(settings)
    page, pdf = governors_report(store, school(settings, ctx), period, datetime.now(UTC).astimezone(ctx.zone))
    stem = f"countersign-report-{period.file_name}"
    folder.mkdir(parents=True, exist_ok=True)
    html_path, pdf_path = folder / f"{stem}.html", folder / f"{stem}.pdf"
    html_path.write_text(page, encoding="utf-8")
    pdf_path.write_bytes(pdf)
    return [html_path, pdf_path]
