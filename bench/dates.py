"""Section: relative-date on the labelled examples it was built with, and on a fresh set written afterwards by
someone who never saw the code (tests/data/relative_dates_fresh.jsonl): posts found, and posts flagged wrongly."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bench.table import Row

FRESH = Path(__file__).parent.parent / "tests" / "data" / "relative_dates_fresh.jsonl"
LONDON = ZoneInfo("Europe/London")


def _flagged(text: str, written: datetime, out: datetime) -> bool:
    """Checked at the moment it goes out (the re-check before publishing), remembering when it was written."""
    from chatbot.policy import check
    from tests.drafting import context, draft

    made = draft(text, at=out, written_at=written)
    return any(f.rule == "relative-date" for f in check(made, context()).findings)


def _figures(cases: list[tuple[str, datetime, datetime, bool]]) -> str:
    found = [(_flagged(text, written, out), flag) for text, written, out, flag in cases]
    hits = sum(got and flag for got, flag in found)
    wrong = sum(got and not flag for got, flag in found)
    should, clean = sum(flag for _, flag in found), sum(not flag for _, flag in found)
    return f"{hits}/{should} found; {wrong}/{clean} flagged wrongly"


def _built_with() -> list[tuple[str, datetime, datetime, bool]]:
    from tests.unit.policy.test_dates import CLEAN, FLAGGED, FRIDAY_EVENING

    monday = datetime(2026, 12, 7, 8, 0, tzinfo=LONDON)
    return [(text, FRIDAY_EVENING, monday, True) for text, _ in FLAGGED] + [
        (text, FRIDAY_EVENING, monday, False) for text in CLEAN
    ]


def _fresh() -> list[tuple[str, datetime, datetime, bool]]:
    def moment(value: str) -> datetime:
        return datetime.fromisoformat(value).replace(tzinfo=LONDON)

    rows = [json.loads(line) for line in FRESH.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(r["text"], moment(r["written"]), moment(r["out"]), bool(r["flag"])) for r in rows]


def run() -> list[Row]:
    return [
        Row("dates", "relative-date, the examples it was built with (Fri 18:30 → Mon)", _figures(_built_with())),
        Row("dates", "relative-date, fresh set written after it (120 posts, 4 moments)", _figures(_fresh())),
    ]
