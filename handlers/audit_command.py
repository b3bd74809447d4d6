"""`chatbot audit export`: every change to every draft, or every follower decision, since a date, for governors."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from chatbot.errors import UsageError

if TYPE_CHECKING:
    from chatbot.store import RedisStore

FIELDS = ("draft", "at", "transition", "from", "to", "actor", "detail")
FOLLOWER_FIELDS = ("follower", "handle", "decision", "by", "at", "on_platform")


def add_parser(commands: Any) -> None:
    audit = commands.add_parser("audit", help="the audit trail")
    actions = audit.add_subparsers(dest="action", required=True)
    export = actions.add_parser("export", help="write the audit trail out")
    export.add_argument("--since", required=True, help="a date, e.g. 2026-09-01")
    export.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    export.add_argument("--of", choices=("drafts", "followers"), default="drafts", help="what to export")
    export.add_argument("--config", type=Path, help="the app.yaml to use")
    export.set_defaults(handler=run)


def rows(store: RedisStore, since: datetime) -> Iterator[dict[str, str]]:
    for draft_id in store.draft_ids(since):
        for entry in store.history(draft_id):
            yield {"draft": draft_id, **{name: entry.get(name, "") for name in FIELDS[1:]}}


def follower_rows(store: RedisStore, since: datetime) -> Iterator[dict[str, str]]:
    for entry in store.followers.decisions():
        if datetime.fromisoformat(entry["at"]) >= since:
            stored = store.followers.alert(entry["follower"]) or {"record": {"account": {}}}
            handle = stored["record"]["account"].get("handle", "")
            yield {**{name: entry.get(name, "") for name in FOLLOWER_FIELDS}, "handle": handle}


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
        since = datetime.combine(day, time(), ZoneInfo(settings.school.timezone))
        if args.of == "followers":
            _write(follower_rows(store, since), args.format, FOLLOWER_FIELDS)
        else:
            _write(rows(store, since), args.format, FIELDS)
    finally:
        if private is not None:
            private.stop()
    return 0


def _write(entries: Iterator[dict[str, str]], form: str, fields: tuple[str, ...]) -> None:
    if form == "jsonl":
        for entry in entries:
            print(json.dumps(entry, ensure_ascii=False))
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=fields)
    writer.writeheader()
    writer.writerows(entries)
