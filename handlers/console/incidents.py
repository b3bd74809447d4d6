"""`chatbot incidents export`: the incident log for governors, as CSV or JSON lines."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from handlers.console import export

if TYPE_CHECKING:
    from chatbot.incidents.model import Incident
    from chatbot.store import RedisStore

FIELDS = ("incident", "kind", "source", "state", "occurred_utc", "occurred_local", "raised_utc", "author", "link",
          "content", "reasons", "reporter", "steps")  # fmt: skip
CONFIDENTIAL = ("safeguarding", "allegation")
WITHHELD = "[confidential: kept in Countersign for the DSL or headteacher; export with --include-confidential]"


def add_parser(commands: Any) -> None:
    incidents = commands.add_parser("incidents", help="the incident log")
    actions = incidents.add_subparsers(dest="action", required=True)
    command = actions.add_parser("export", help="write the incident log out")
    command.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    command.add_argument("--since", help="a date, e.g. 2026-09-01 (default: everything)")
    secret = "include what safeguarding concerns and allegations say (for the DSL or headteacher only)"
    command.add_argument("--include-confidential", action="store_true", help=secret)
    command.add_argument("--config", type=Path, help="the app.yaml to use")
    command.set_defaults(handler=run)


def rows(store: RedisStore, since: datetime, zone: ZoneInfo, confidential: bool) -> Iterator[dict[str, str]]:
    for incident_id in store.incidents.ids(since):
        incident = store.incidents.get(incident_id)
        if incident is not None:
            yield row(incident, zone, confidential)


def row(incident: Incident, zone: ZoneInfo, confidential: bool) -> dict[str, str]:
    e = incident.evidence
    hidden = e.kind in CONFIDENTIAL and not confidential
    steps = "; ".join(f"{s.action} by {s.by} at {s.at.isoformat()}" + (f" ({s.note})" if s.note else "")
                      for s in incident.steps)  # fmt: skip
    return {"incident": incident.id, "kind": e.kind, "source": e.source, "state": incident.state,
            "occurred_utc": e.occurred_at.isoformat(), "occurred_local": e.occurred_at.astimezone(zone).isoformat(),
            "raised_utc": e.raised_at.isoformat(), "author": WITHHELD if hidden else e.author, "link": e.link or "",
            "content": WITHHELD if hidden else e.content, "reasons": " ".join(e.reasons), "reporter": e.reporter or "",
            "steps": WITHHELD if hidden else steps}  # fmt: skip


def run(args: argparse.Namespace) -> int:
    from chatbot.school.config_loader import load_settings

    settings = load_settings(args.config)
    zone = ZoneInfo(settings.school.timezone)
    with export.store_for(settings) as store:
        export.write(rows(store, export.since(args.since, zone), zone, args.include_confidential), args.format, FIELDS)
    return 0
