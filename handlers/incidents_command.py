"""`chatbot incidents export`: the incident log for governors, as CSV or JSON lines."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from chatbot.errors import UsageError

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
    export = actions.add_parser("export", help="write the incident log out")
    export.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    export.add_argument("--since", help="a date, e.g. 2026-09-01 (default: everything)")
    secret = "include what safeguarding concerns and allegations say (for the DSL or headteacher only)"
    export.add_argument("--include-confidential", action="store_true", help=secret)
    export.add_argument("--config", type=Path, help="the app.yaml to use")
    export.set_defaults(handler=run)


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
    from chatbot.config_loader import load_settings
    from handlers.wiring import open_store

    settings = load_settings(args.config)
    zone = ZoneInfo(settings.school.timezone)
    since = _since(args.since, zone)
    store, private = open_store(settings, Path("var"))
    try:
        _write(rows(store, since, zone, args.include_confidential), args.format)
    finally:
        if private is not None:
            private.stop()
    return 0


def _since(value: str | None, zone: ZoneInfo) -> datetime:
    if value is None:
        return datetime(2000, 1, 1, tzinfo=UTC)
    try:
        return datetime.combine(date.fromisoformat(value), time(), zone)
    except ValueError:
        raise UsageError(f"--since {value!r} is not a date like 2026-09-01") from None


def _write(entries: Iterator[dict[str, str]], form: str) -> None:
    if form == "jsonl":
        for entry in entries:
            print(json.dumps(entry, ensure_ascii=False))
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=FIELDS)
    writer.writeheader()
    writer.writerows(entries)
