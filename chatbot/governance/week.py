"""The week ahead as a calendar: each day's posts, approved and scheduled, or waiting for approval at a chosen time."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from chatbot.approval.records import chosen_time
from chatbot.approval.states import State
from chatbot.cards import escape
from chatbot.store import StoredDraft

DAYS = 7


@dataclass(frozen=True)
class Planned:
    draft: StoredDraft
    at: datetime  # in the school's time zone
    approved: bool  # False: it goes out then only if it is approved by then


@dataclass(frozen=True)
class Day:
    day: date
    posts: tuple[Planned, ...]


def week(now: datetime, zone: ZoneInfo, scheduled: Iterable[tuple[StoredDraft, datetime]],
         drafts: Iterable[StoredDraft]) -> tuple[Day, ...]:  # fmt: skip
    """Today and the six days after it, each with its posts in time order; waiting drafts count by their chosen
    time."""
    planned = [Planned(d, at.astimezone(zone), True) for d, at in scheduled if d.state == State.SCHEDULED]
    for draft in drafts:
        chosen = chosen_time(draft.record)
        if draft.state in (State.AWAITING_APPROVAL, State.BLOCKED) and chosen is not None:
            planned.append(Planned(draft, chosen.astimezone(zone), False))
    first = now.astimezone(zone).date()
    days = [first + timedelta(days=n) for n in range(DAYS)]
    return tuple(Day(d, tuple(sorted((p for p in planned if p.at.date() == d), key=lambda p: p.at))) for d in days)


EXCERPT = 80
SHOWN_PER_DAY = 6  # a busy day says how many more, so the calendar stays one screen


def excerpt(text: str, limit: int = EXCERPT) -> str:
    """A post's first words on one line, escaped for the project's markup (it was written by a person)."""
    text = " ".join(text.split())
    return escape(text if len(text) <= limit else text[: limit - 1] + "…")


def day_line(day: Day, zone: ZoneInfo) -> str:
    """One line of the week, in the project's markup: the day, then each post's time and first words, "(if
    approved)" for those waiting."""
    posts = [f"{p.at.astimezone(zone):%H:%M} {excerpt(p.draft.record.get('text', ''), 40)}"
             + ("" if p.approved else " _(if approved)_") for p in day.posts[:SHOWN_PER_DAY]]  # fmt: skip
    more = [f"and {len(day.posts) - SHOWN_PER_DAY} more"] if len(day.posts) > SHOWN_PER_DAY else []
    return f"*{day.day:%a %-d %b}*: " + ("; ".join(posts + more) if posts else "_nothing planned_")
