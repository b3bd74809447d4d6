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
    """When an approved draft would go out: None for now, else the start of the next posting window."""
    schedule = ctx.schedule
    config = ctx.rules.get("posting-window")
    if schedule is None or config is None or not config.enabled or draft.exception:
        return None
    if schedule.is_open(draft.submitted_at):
        return None
    return schedule.next_open(draft.submitted_at)


@rule("posting-window")
def check_posting_window(draft: Draft, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    """Not a block: the draft is scheduled; an exception publishes now and is recorded."""
    schedule = ctx.schedule
    if schedule is None or schedule.is_open(draft.submitted_at):
        return
    if draft.exception:
        yield Hit(messages.exception_used(draft.exception, draft.exception_reason), cap=Severity.INFO)
        return
    publish_at = schedule.next_open(draft.submitted_at)
    holiday = holiday_name(draft.submitted_at.astimezone(schedule.zone).date(), schedule.holidays)
    message = (
        messages.holiday_window(holiday, publish_at)
        if holiday
        else messages.outside_window(schedule.describe(), publish_at)
    )
    yield Hit(message, None, messages.WINDOW_SUGGESTION, cap=Severity.WARN)
