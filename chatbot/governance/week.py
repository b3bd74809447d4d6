"""The week ahead as a calendar: each day's posts, approved and scheduled, or waiting for approval at a chosen time."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from chatbot.approval.records import chosen_time
from chatbot.approval.states import State
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
