"""Section: the governors' report for a year of a busy school (2,000 drafts, 200 incidents): HTML and PDF."""

from __future__ import annotations

import os
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.table import Goal, Row, measured

DRAFTS = int(os.environ.get("BENCH_REPORT_DRAFTS", "2000"))
INCIDENTS = 200
YEAR_START = datetime(2025, 9, 1, 8, 0, tzinfo=UTC)
RULES = ("pupil-name", "targeted-content", "text-speak", "alt-text", "live-location")


def _year(store: Any) -> None:
    """Each draft as the workflow leaves it: checked (some blocked), approved by one of three, published."""
    from chatbot.approval.states import Transition
    from chatbot.incidents.model import Evidence

    for n in range(DRAFTS):
        at, draft_id = YEAR_START + timedelta(hours=4 * n), f"slack:C0DRAFTS01:{1756713600 + n}.000100"
        findings = [f"{RULES[n % 5]}:{'block' if n % 7 == 0 else 'warn'}"] if n % 3 == 0 else []
        record = {"platform": "slack", "channel": "C0DRAFTS01", "message": draft_id.rsplit(":", 1)[1],
                  "text": f"Year {n % 6 + 1} news number {n}", "warnings": [], "exception": "event" if n % 50 == 0
                  else None}  # fmt: skip
        checked = Transition.CHECKED_BLOCKED if n % 21 == 0 else Transition.CHECKED_CLEAN
        store.create(draft_id, "U0AUTHOR01", record, at, checked, {"findings": findings})
        if checked == Transition.CHECKED_BLOCKED:
            continue
        store.approve(draft_id, ("U0HEAD0001", "U0DEPUTY01", "U0SENCO001")[n % 3], 1, at + timedelta(minutes=n % 90),
                      {"accepted_warnings": [r.split(":")[0] for r in findings]})  # fmt: skip
        store.apply(draft_id, Transition.PUBLISHING, "countersign", at + timedelta(minutes=95))
        store.apply(draft_id, Transition.PUBLISHED, "countersign", at + timedelta(minutes=95), {"cost_usd": 0.015})
        store.published.keep(draft_id, at + timedelta(minutes=95), record["text"], [None], [])
    for n in range(INCIDENTS):
        at = YEAR_START + timedelta(days=n * 1.5)
        kind = ("e-safety", "safeguarding", "allegation")[n % 3]
        store.incidents.create(Evidence(kind, "mention", "(words)", "@someone", None, at, at, ("why",),
                                        post_id=str(n)), "countersign")  # fmt: skip


def run() -> list[Row]:
    from chatbot.governance.report import School, governors_report
    from chatbot.governance.term_figures import Period
    from chatbot.school.money import POUNDS
    from chatbot.school.roster import Roster
    from chatbot.store import RedisStore
    from tests.redis_server import RedisServer

    with tempfile.TemporaryDirectory() as folder:
        server = RedisServer(Path(folder), fsync="everysec")
        server.start()
        try:
            store = RedisStore.from_url(server.url)
            _year(store)
            period = Period("2025-26", YEAR_START - timedelta(days=1), YEAR_START + timedelta(days=365))
            school = School("Example Primary", ("x",), POUNDS, Roster(), {rule: "a clause" for rule in RULES})
            start = time.perf_counter()
            page, pdf = governors_report(store, school, period, YEAR_START + timedelta(days=365))
            took = time.perf_counter() - start
        finally:
            server.stop()
    year = f"a year: {DRAFTS:,} drafts, {INCIDENTS} incidents"
    return [
        measured("report", f"the governors' report for {year}", took, " s", 1, goal=Goal(10, " s")),
        measured("report", "the governors' report: HTML size", len(page) // 1024, " KB", 0),
        measured("report", "the governors' report: PDF size", len(pdf) // 1024, " KB", 0),
    ]
