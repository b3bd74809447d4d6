"""`chatbot audit export`: every change to every draft since a date, as CSV or JSON lines, for governors."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from chatbot.errors import UsageError
from chatbot.store import RedisStore

FIELDS = ("draft", "at", "transition", "from", "to", "actor", "detail")


def add_parser(commands: Any) -> None:
    audit = commands.add_parser("audit", help="the audit trail")
    actions = audit.add_subparsers(dest="action", required=True)
    export = actions.add_parser("export", help="write the audit trail out")
    export.add_argument("--since", required=True, help="a date, e.g. 2026-09-01")
    export.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    export.add_argument("--config", type=Path, help="the app.yaml to use")
    export.set_defaults(handler=run)


def rows(store: RedisStore, since: datetime) -> Iterator[dict[str, str]]:
    for draft_id in store.draft_ids(since):
        for entry in store.history(draft_id):
            yield {"draft": draft_id, **{name: entry.get(name, "") for name in FIELDS[1:]}}


def run(args: argparse.Namespace) -> int:
    from chatbot.config_loader import load_settings
    from handlers.wiring import open_store

    try:
        day = date.fromisoformat(args.since)
    except ValueError:
        raise UsageError(f"--since {args.since!r} is not a date like 2026-09-01") from None
    settings = load_settings(args.config)
    store, private = open_store(settings, Path("var"))
    try:
        _write(rows(store, datetime.combine(day, time(), ZoneInfo(settings.school.timezone))), args.format)
    finally:
        if private is not None:
            private.stop()
    return 0


def _write(entries: Iterator[dict[str, str]], form: str) -> None:
    if form == "jsonl":
        for entry in entries:
            print(json.dumps(entry, ensure_ascii=False))
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=FIELDS)
    writer.writeheader()
    writer.writerows(entries)
