"""`posting-window`: outside school hours a post waits for the next window, unless it is an event or urgent news."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from chatbot import messages
from chatbot.approval.draft import Draft
from chatbot.policy.finding import Hit, Severity
from chatbot.policy.rule import rule
from chatbot.policy.text import TextView
from chatbot.school.bank_holidays import holiday_name

if TYPE_CHECKING:
    from chatbot.policy.context import PolicyContext


def publish_time(draft: Draft, ctx: PolicyContext) -> datetime | None:
    """When an approved draft would go out: None for now; else the time the author chose, or the start of the
    next posting window after it (an exception keeps the chosen time, or publishes now)."""
    chosen = _chosen(draft)
    schedule, config = ctx.schedule, ctx.rules.get("posting-window")
    if schedule is None or config is None or not config.enabled or draft.exception:
        return chosen
    start = chosen or draft.submitted_at
    return chosen if schedule.is_open(start) else schedule.next_open(start)


def _chosen(draft: Draft) -> datetime | None:
    """A chosen time still ahead of this check; once it has come, the draft goes out as any other would."""
    return draft.publish_at if draft.publish_at is not None and draft.publish_at > draft.submitted_at else None


@rule("posting-window")
def check_posting_window(draft: Draft, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    """Not a block: the draft is scheduled; an exception publishes now and is recorded."""
    schedule, start = ctx.schedule, _chosen(draft) or draft.submitted_at
    if schedule is None or schedule.is_open(start):
        return
    if draft.exception:
        yield Hit(messages.exception_used(draft.exception, draft.exception_reason), cap=Severity.INFO)
        return
    publish_at = schedule.next_open(start)
    day = start.astimezone(schedule.zone).date()
    holiday = holiday_name(day, schedule.holidays)
    message = (
        messages.holiday_window(holiday, publish_at, day)
        if holiday
        else messages.outside_window(schedule.describe(), publish_at)
    )
    yield Hit(message, None, messages.WINDOW_SUGGESTION, cap=Severity.WARN)
