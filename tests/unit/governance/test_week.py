"""The week ahead: seven days from today in the school's zone, posts in time order, waiting drafts by their chosen
time, and nothing that is not going out."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from chatbot.approval.states import State
from chatbot.governance.week import day_line, week
from chatbot.store import StoredDraft

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 12, 4, 23, 30, tzinfo=UTC)  # Friday 23:30


def draft(name: str, state: State, chosen: datetime | None = None) -> StoredDraft:
    record = {"text": name, "chosen_at": chosen.isoformat() if chosen else None}
    return StoredDraft(name, state, 1, "U1", record, frozenset())


def test_seven_days_from_today_each_in_time_order() -> None:
    late, early = draft("late", State.SCHEDULED), draft("early", State.SCHEDULED)
    days = week(NOW, LONDON, [(late, datetime(2026, 12, 7, 15, 15, tzinfo=UTC)),
                              (early, datetime(2026, 12, 7, 8, 0, tzinfo=UTC))], [])  # fmt: skip
    assert [d.day for d in days] == [date(2026, 12, n) for n in range(4, 11)]
    assert [p.draft.id for p in days[3].posts] == ["early", "late"] and all(p.approved for p in days[3].posts)


def test_a_waiting_draft_counts_by_its_chosen_time_and_is_not_yet_approved() -> None:
    waiting = draft("waiting", State.AWAITING_APPROVAL, datetime(2026, 12, 8, 9, 0, tzinfo=UTC))
    [planned] = [p for d in week(NOW, LONDON, [], [waiting]) for p in d.posts]
    assert planned.at.date() == date(2026, 12, 8) and not planned.approved


def test_nothing_shows_that_is_not_going_out_or_falls_outside_the_week() -> None:
    rejected = draft("rejected", State.REJECTED, datetime(2026, 12, 8, 9, 0, tzinfo=UTC))
    no_time = draft("no-time", State.AWAITING_APPROVAL)
    later = draft("later", State.SCHEDULED)
    stale = draft("stale", State.PUBLISHED)  # still in the schedule's set for a moment after publishing
    scheduled = [(later, datetime(2026, 12, 20, 8, 0, tzinfo=UTC)), (stale, datetime(2026, 12, 7, 8, 0, tzinfo=UTC))]
    assert all(not d.posts for d in week(NOW, LONDON, scheduled, [rejected, no_time]))


def test_a_day_line_names_the_day_times_and_escaped_words_and_says_how_many_more() -> None:
    posts = [(draft(f"<b>post {n}</b> & more words", State.SCHEDULED), datetime(2026, 12, 7, 8 + n, 0, tzinfo=UTC))
             for n in range(8)]  # fmt: skip
    [monday] = [d for d in week(NOW, LONDON, posts, []) if d.day == date(2026, 12, 7)]
    said = day_line(monday, LONDON)
    assert said.startswith("*Mon 7 Dec*: 08:00 &lt;b&gt;post 0&lt;/b&gt; &amp; more words;")
    assert said.endswith("and 2 more")
    assert day_line(week(NOW, LONDON, [], [])[0], LONDON) == "*Fri 4 Dec*: _nothing planned_"
