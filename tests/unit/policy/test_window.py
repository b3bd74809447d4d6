"""posting-window: outside the window a post waits for the next one; exceptions publish now and are recorded."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from chatbot.school.posting_windows import PostingSchedule, parse_window
from tests.drafting import LONDON, findings, report


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=LONDON)


@pytest.mark.parametrize(
    ("submitted", "expected"),
    [
        ("2026-11-23T07:59", "2026-11-23T08:00"),  # Monday before opening
        ("2026-11-23T18:00", "2026-11-24T08:00"),  # closing time is outside
        ("2026-11-27T19:30", "2026-11-30T08:00"),  # Friday evening waits for Monday
        ("2026-11-28T11:00", "2026-11-30T08:00"),  # Saturday
        ("2026-12-24T18:30", "2026-12-29T08:00"),  # Christmas, Boxing Day substitute (28th) skipped
        ("2026-04-03T10:00", "2026-04-07T08:00"),  # Good Friday, then Easter Monday
    ],
)
def test_outside_the_window_publish_at_is_the_next_opening(submitted: str, expected: str) -> None:
    result = report("Lovely day", at=at(submitted))
    assert result.publish_at == at(expected)
    [finding] = findings("Lovely day", "posting-window", at=at(submitted))
    assert finding.severity == "warn"
    assert result.verdict == "warn"


@pytest.mark.parametrize("submitted", ["2026-11-23T08:00", "2026-11-23T17:59", "2026-11-27T12:00"])
def test_inside_the_window_publishes_now(submitted: str) -> None:
    assert report("Lovely day", at=at(submitted)).publish_at is None
    assert findings("Lovely day", "posting-window", at=at(submitted)) == []


def test_clock_change_is_respected() -> None:
    # 07:30 UTC on 30 March 2026 is 08:30 in London (BST): open.
    assert report("Lovely day", at=datetime(2026, 3, 30, 7, 30, tzinfo=UTC)).publish_at is None
    # 07:59 UTC on 27 March 2026 is 07:59 GMT: closed, opens at 08:00 London.
    later = report("Lovely day", at=datetime(2026, 3, 27, 7, 59, tzinfo=UTC)).publish_at
    assert later == at("2026-03-27T08:00")


def test_an_exception_publishes_now_and_is_recorded_as_info() -> None:
    saturday = at("2026-11-28T11:00")
    result = report("Football results: we won 3-1!", at=saturday)
    assert result.publish_at is not None
    from chatbot.policy import check
    from tests.drafting import context, draft

    excepted = check(draft("Football results: we won 3-1!", at=saturday, exception="event"), context())
    assert excepted.publish_at is None
    [finding] = [f for f in excepted.findings if f.rule == "posting-window"]
    assert finding.severity == "info" and "event" in finding.message
    assert excepted.verdict == "pass"


def test_profiles_without_hours_publish_any_time_unless_app_yaml_sets_windows() -> None:
    saturday = at("2026-11-28T11:00")
    assert report("Lovely day", profile="dimple-well", at=saturday).publish_at is None
    windowed = report("Lovely day", profile="dimple-well", at=saturday, posting={"windows": ["Mon-Fri 09:00-15:00"]})
    assert windowed.publish_at == at("2026-11-30T09:00")


def test_bank_holidays_can_be_switched_off() -> None:
    boxing_day_substitute = at("2026-12-28T10:00")
    assert report("Lovely day", at=boxing_day_substitute).publish_at is not None
    assert report("Lovely day", at=boxing_day_substitute, posting={"bank_holidays": "none"}).publish_at is None


@pytest.mark.parametrize("spec", ["Mon-Fri 8-18", "Funday 08:00-10:00", "Mon 10:00-09:00", "Mon 25:00-26:00"])
def test_malformed_windows_are_rejected(spec: str) -> None:
    with pytest.raises(ValueError):
        parse_window(spec)


def test_all_week_window_and_wrapping_day_ranges() -> None:
    always = PostingSchedule((parse_window("Mon-Sun 00:00-24:00"),), LONDON, "none")
    assert always.is_open(at("2026-11-28T23:59"))
    weekend = parse_window("Sat-Sun 10:00-12:00")
    assert weekend.days == frozenset({5, 6})
    wrap = parse_window("Fri-Mon 09:00-10:00")
    assert wrap.days == frozenset({4, 5, 6, 0})
    start = at("2026-11-23T10:00")
    assert PostingSchedule((wrap,), LONDON, "none").next_open(start) - start == timedelta(days=4, hours=-1)


MONDAY_TEN = datetime(2026, 11, 23, 10, 0, tzinfo=LONDON)


def _when(chosen: datetime | None, at: datetime = MONDAY_TEN, **extra: object) -> datetime | None:
    from chatbot.policy.rules.window import publish_time
    from tests.drafting import context, draft

    return publish_time(draft("Sports day races start on the field.", at=at, publish_at=chosen, **extra), context())


def test_a_chosen_time_in_school_hours_is_kept_and_outside_them_waits_for_the_window() -> None:
    afternoon = datetime(2026, 11, 24, 15, 15, tzinfo=LONDON)
    assert _when(afternoon) == afternoon
    assert _when(datetime(2026, 11, 28, 10, 0, tzinfo=LONDON)) == datetime(2026, 11, 30, 8, 0, tzinfo=LONDON)
    assert _when(datetime(2026, 11, 28, 10, 0, tzinfo=LONDON), exception="event") == datetime(
        2026, 11, 28, 10, 0, tzinfo=LONDON
    )


def test_a_chosen_time_that_has_passed_goes_out_as_any_draft_would() -> None:
    assert _when(MONDAY_TEN - timedelta(hours=1)) is None  # in school hours: now
    assert _when(None) is None
    chosen = [f for f in report("Races start on the field.", at=MONDAY_TEN).findings if f.rule == "posting-window"]
    assert chosen == []
