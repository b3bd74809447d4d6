"""relative-date: day words in a post read on a later day than written, flagged; the same words kept when the
post goes out the day it was written, and days that name themselves (dated, recurring, feasts) left alone."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from chatbot.policy import check
from chatbot.policy.relative_days import phrases, still_true
from tests.drafting import LONDON, SCHOOL_HOURS, context, draft, findings

FRIDAY_EVENING = datetime(2026, 12, 4, 18, 30, tzinfo=LONDON)  # after the window: out on Monday 7 December
THURSDAY, FRIDAY, SATURDAY, MONDAY = date(2026, 12, 3), date(2026, 12, 4), date(2026, 12, 5), date(2026, 12, 7)

FLAGGED = [
    ("What a fantastic sports day today!", "today"),
    ("Tonight's concert was a triumph.", "Tonight's"),
    ("This afternoon Year 2 planted bulbs.", "This afternoon"),
    ("Don't forget PE kits tomorrow.", "tomorrow"),
    ("Yesterday we welcomed the fire brigade.", "Yesterday"),
    ("Have a lovely weekend, see you next week.", "next week"),
    ("Enjoy this weekend, everyone!", "this weekend"),
    ("The book fair opens on Friday.", "on Friday"),
    ("Next Tuesday is flu vaccination day.", "Next Tuesday"),
]
CLEAN = [
    "Sports day was on Friday 4 December.",
    "Our Good Friday service is at St Mary's.",
    "Every Friday we swim at the leisure centre.",
    "Fridays are for celebration assembly.",
    "Year 1 sang 'Tomorrow' from Annie.",  # a quoted title: the quote marks are the author's
    "Year 1 sang “Tomorrow” from Annie.",
    "#TodayWeLearned about volcanoes.",
    "Mufti Friday raised £212 for Children in Need.",
    "See you on Monday!",  # written on Friday, read on Monday: still that Monday
]


@pytest.mark.parametrize(("text", "words"), FLAGGED)
def test_a_day_word_in_a_post_held_to_monday_blocks(text: str, words: str) -> None:
    [finding] = findings(text, "relative-date", at=FRIDAY_EVENING)
    assert finding.severity == "block" and f"“{words}”" in finding.message
    assert "Friday 4 December" in finding.message and "Monday 7 December" in finding.message


@pytest.mark.parametrize(("text", "words"), FLAGGED)
def test_the_same_words_going_out_the_day_they_were_written_pass(text: str, words: str) -> None:
    assert findings(text, "relative-date", at=SCHOOL_HOURS) == []


@pytest.mark.parametrize("text", CLEAN)
def test_days_that_stay_true_are_not_flagged_even_when_held(text: str) -> None:
    assert findings(text, "relative-date", at=FRIDAY_EVENING) == []


def test_an_exception_publishes_now_so_today_stays_true() -> None:
    made = draft("Snow closure: school is closed today.", at=FRIDAY_EVENING, exception="urgent")
    assert [f for f in check(made, context()).findings if f.rule == "relative-date"] == []


def test_approved_days_later_without_a_window_the_words_are_judged_on_the_approval_day() -> None:
    monday = datetime(2026, 12, 7, 9, 0, tzinfo=LONDON)  # Dimple Well has no posting window: out on approval
    made = draft("What a fantastic sports day today!", at=monday, written_at=FRIDAY_EVENING)
    [finding] = [f for f in check(made, context("dimple-well")).findings if f.rule == "relative-date"]
    assert "Monday 7 December" in finding.message
    same_day = draft("What a fantastic sports day today!", at=FRIDAY_EVENING, written_at=FRIDAY_EVENING)
    assert [f for f in check(same_day, context("dimple-well")).findings if f.rule == "relative-date"] == []


def test_a_weekday_keeps_its_meaning_when_it_names_the_same_day_forwards_or_back() -> None:
    assert still_true("on Friday", SATURDAY, MONDAY)  # "on Friday we went…": the Friday just gone, either way
    assert not still_true("on Friday", THURSDAY, MONDAY)  # tomorrow, then a week on
    assert not still_true("on Friday", FRIDAY, MONDAY)  # written on the day itself
    assert still_true("next week", date(2026, 12, 1), date(2026, 12, 2)) and not still_true("next week", FRIDAY, MONDAY)


def test_phrases_are_found_where_they_are() -> None:
    text = "Well done today, and see you on Thursday!"
    assert [(p.words, text[p.start : p.end]) for p in phrases(text)] == [
        ("today", "today"),
        ("on Thursday", "on Thursday"),
    ]
