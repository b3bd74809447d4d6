"""Card buttons (Action.Execute): Approve, Reject and Retry on a draft's card, Acknowledge on a reminder."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from chatbot.events import ApprovalGiven, RejectionGiven, RetryRequested
from chatbot.reminder_desk import ReminderDesk
from handlers.teams import translate
from handlers.teams.deps import TeamsDeps
from handlers.teams.drafts import seen
from handlers.teams.markup import teams_text
from handlers.teams.sdk import ActivityContext, AdaptiveCardActionMessageResponse, AdaptiveCardInvokeActivity, App

DONE = "Done."


def register(app: App, deps: TeamsDeps, reminders: ReminderDesk | None) -> None:
    @app.on_card_action_execute
    async def on_card_action(ctx: ActivityContext[AdaptiveCardInvokeActivity]) -> AdaptiveCardActionMessageResponse:
        activity = seen(ctx.activity, deps)
        answer = await asyncio.to_thread(_answer, activity, deps, reminders)
        return AdaptiveCardActionMessageResponse(value=teams_text(answer, deps.people.name_of) or DONE)


def _answer(activity: dict[str, Any], deps: TeamsDeps, reminders: ReminderDesk | None) -> str:
    """What the person who pressed the button is told; refusals on drafts are said in the draft's thread too."""
    action = (activity.get("value") or {}).get("action") or {}
    if action.get("verb") == "acknowledge-reminder" and reminders is not None:
        key = str((action.get("data") or {}).get("reminder") or "")
        return reminders.acknowledge(key, translate.author(activity), datetime.now(UTC)).message or DONE
    event = translate.card_action(activity, deps.teams.drafts_channel)
    handlers: dict[type, Callable[[Any], None]] = {ApprovalGiven: deps.service.approval_given,
                                                   RejectionGiven: deps.service.rejection_given,
                                                   RetryRequested: deps.service.retry_requested}  # fmt: skip
    if event is None:
        return "This button is not for anything Countersign knows about."
    handlers[type(event)](event)
    return DONE
