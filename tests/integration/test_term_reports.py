"""At the start of a term, the report of the one just ended is posted once, across ticks, replicas and failures."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from chatbot.governance.report import School
from chatbot.governance.term_reports import TermReports
from chatbot.governance.terms import last_ended, term_name
from chatbot.school.money import POUNDS
from chatbot.school.roster import Roster
from chatbot.store import RedisStore
from tests.drafting import context

STARTS = (date(2026, 9, 3), date(2027, 1, 5), date(2027, 4, 19))


class Posted:
    def __init__(self, fail: bool = False) -> None:
        self.posted: list[tuple[str, str, int]] = []
        self.fail = fail

    def post_report(self, title: str, stem: str, page: str, pdf: bytes) -> str:
        if self.fail:
            raise RuntimeError("the chat refused")
        self.posted.append((title, stem, len(pdf)))
        return "<#C0REPORTS1>"


def reports(store: RedisStore, notifier: Posted) -> TermReports:
    ctx = context()
    return TermReports(store, School("Example Primary", ("x",), POUNDS, Roster(), {}), STARTS, ctx.zone, notifier)


def test_the_ended_terms_report_is_posted_once_and_app_home_can_find_it(store: RedisStore) -> None:
    notifier = Posted()
    desk = reports(store, notifier)
    assert desk.send_due(datetime(2027, 1, 4, 12, tzinfo=UTC)) is None  # autumn has not ended
    assert desk.send_due(datetime(2027, 1, 5, 9, tzinfo=UTC)) == "autumn-2026"
    assert desk.send_due(datetime(2027, 1, 5, 10, tzinfo=UTC)) is None  # once
    assert [stem for _, stem, _ in notifier.posted] == ["countersign-report-autumn-2026"]
    assert store.governance.latest_report() == {"name": "autumn-2026", "where": "<#C0REPORTS1>",
                                                "at": "2027-01-05T09:00:00+00:00"}  # fmt: skip


def test_a_refused_post_is_tried_again(store: RedisStore) -> None:
    with pytest.raises(RuntimeError):
        reports(store, Posted(fail=True)).send_due(datetime(2027, 1, 6, 9, tzinfo=UTC))
    later = Posted()
    assert reports(store, later).send_due(datetime(2027, 1, 6, 10, tzinfo=UTC)) == "autumn-2026"


def test_terms_are_named_by_the_month_they_start_in() -> None:
    assert [term_name(d) for d in STARTS] == ["autumn-2026", "spring-2027", "summer-2027"]
    ended = last_ended(STARTS, date(2027, 5, 1), context().zone)
    assert (
        ended is not None
        and ended.name == "spring-2027"
        and last_ended(STARTS, date(2026, 12, 1), context().zone) is None
    )
