"""Choosing when a draft goes out, in Teams: the report card's day and time, sent by its Schedule button; the
rules are the core's (chatbot/approval/rescheduling.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from chatbot import messages
from chatbot.approval.draft_form import DAY, TIME, typed_time
from chatbot.approval.events import TimeChosen
from chatbot.approval.rescheduling import time_problem
from handlers.teams import translate
from handlers.teams.deps import TeamsDeps


def picked(data: dict[str, Any], zone: ZoneInfo) -> datetime | None:
    """The card's day and time, in the school's zone (Teams sends "2030-03-05" and "15:15"); None: both empty.

    Raises ValueError when only one is given or either cannot be read."""
    return typed_time(str(data.get(DAY) or ""), str(data.get(TIME) or ""), zone)


def answer(activity: dict[str, Any], deps: TeamsDeps, now: datetime) -> str:
    """What the person who pressed Schedule is told: the core's refusal, or that it is done."""
    service, ref = deps.service, translate.card_draft(activity, deps.teams.drafts_channel)
    if ref is None:
        return messages.NOT_A_DRAFT_CARD
    try:
        chosen = picked(translate.action_data(activity), service.ctx.zone)
    except ValueError:
        return messages.TIME_UNREADABLE
    if problem := time_problem(chosen, now):
        return problem
    if not service.store.every(f"schedule:{activity.get('id')}", translate.PRESS_MEMORY_SECONDS):
        return messages.TIME_SAVED  # the same press delivered again
    event = TimeChosen(ref, translate.author(activity), chosen, f"card:{activity.get('id')}", now)
    return service.rescheduling.change(event) or messages.TIME_SAVED
