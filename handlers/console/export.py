"""What the export commands share: the --since date, the store for the length of a command, CSV or JSON lines."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from chatbot.errors import UsageError

if TYPE_CHECKING:
    from chatbot.school.settings import Settings
    from chatbot.store import RedisStore

EVERYTHING = datetime(2000, 1, 1, tzinfo=UTC)


def since(value: str | None, zone: ZoneInfo) -> datetime:
    """Midnight, school time, of a date like 2026-09-01; everything when none is given."""
    if value is None:
        return EVERYTHING
    try:
        return datetime.combine(date.fromisoformat(value), time(), zone)
    except ValueError:
        raise UsageError(f"--since {value!r} is not a date like 2026-09-01") from None


@contextmanager
def store_for(settings: Settings) -> Iterator[RedisStore]:
    """REDIS_URL's Redis, or the bot's own (started for the command and stopped after it if it was not running)."""
    from handlers.wiring.private_redis import open_store

    store, private = open_store(settings, Path("var"))
    try:
        yield store
    finally:
        if private is not None:
            private.stop()


def write(entries: Iterable[dict[str, str]], form: str, fields: tuple[str, ...]) -> None:
    if form == "jsonl":
        for entry in entries:
            print(json.dumps(entry, ensure_ascii=False))
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=fields)
    writer.writeheader()
    writer.writerows(entries)
