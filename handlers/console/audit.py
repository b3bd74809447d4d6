"""`chatbot audit export`: every change to every draft, or every follower decision, since a date, for governors."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from handlers.console import export

if TYPE_CHECKING:
    from chatbot.store import RedisStore

FIELDS = ("draft", "at", "transition", "from", "to", "actor", "detail")
FOLLOWER_FIELDS = ("follower", "handle", "decision", "by", "at", "on_platform")


def add_parser(commands: Any) -> None:
    audit = commands.add_parser("audit", help="the audit trail")
    actions = audit.add_subparsers(dest="action", required=True)
    command = actions.add_parser("export", help="write the audit trail out")
    command.add_argument("--since", required=True, help="a date, e.g. 2026-09-01")
    command.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    command.add_argument("--of", choices=("drafts", "followers"), default="drafts", help="what to export")
    command.add_argument("--config", type=Path, help="the app.yaml to use")
    command.set_defaults(handler=run)


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
    from chatbot.school.config_loader import load_settings

    settings = load_settings(args.config)
    start = export.since(args.since, ZoneInfo(settings.school.timezone))
    with export.store_for(settings) as store:
        if args.of == "followers":
            export.write(follower_rows(store, start), args.format, FOLLOWER_FIELDS)
        else:
            export.write(rows(store, start), args.format, FIELDS)
    return 0
