"""The draft form in Teams' own idiom: "draft" (or "template NAME") in the bot's 1:1 chat answers with the core's
draft form as an Adaptive Card; its Submit posts the draft in the drafts channel and runs it through the same
workflow as Slack's form."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from chatbot import messages
from chatbot.approval.draft_form import EXCEPTION, EXCEPTION_OF, MAX_TEXT, PICTURED, REASON, TEXT, TRIP, YES, draft_form
from chatbot.approval.events import DraftPosted, MessageRef
from chatbot.approval.rescheduling import time_problem
from handlers.teams import form_drafts, translate
from handlers.teams.cards import Card
from handlers.teams.deps import TeamsDeps
from handlers.teams.markup import teams_text
from handlers.teams.neutral_cards import form_card
from handlers.teams.scheduling import picked

VERB = "draft-submit"


def build_draft_form(zone: ZoneInfo, text: str = "", trip_question: bool = False) -> Card:
    """The core's draft form, less the photos (a card cannot carry files: post those in the drafts channel)."""
    return form_card(draft_form(zone, text, trip_question), VERB)


def submitted(activity: dict[str, Any], deps: TeamsDeps) -> str:
    """The form's answer: why it cannot be taken yet (the form stays open to fix it), or that it was posted."""
    data = translate.action_data(activity)
    text = str(data.get(TEXT) or "").replace("\r\n", "\n").strip()[:MAX_TEXT]  # its lines kept, as typed
    user, now = translate.author(activity), datetime.now(UTC)
    problem = _problem(data, text, deps, now)
    if problem is not None:
        return problem
    if not deps.service.store.every(f"teams-form:{activity.get('id')}", translate.PRESS_MEMORY_SECONDS):
        return messages.FORM_TAKEN  # the same press delivered again
    ref = form_drafts.post(deps, str(deps.teams.drafts_channel), user, text)
    deps.service.draft_posted(_draft(data, text, user, ref, now, deps))
    return messages.FORM_POSTED


def _problem(data: dict[str, Any], text: str, deps: TeamsDeps, now: datetime) -> str | None:
    if not text:
        return messages.FORM_EMPTY
    _, unknown = deps.service.ctx.roster.full_names(translate.typed_names(data.get(PICTURED)))
    if unknown:
        return messages.pupils_not_on_roster(unknown)
    try:
        return time_problem(picked(data, deps.service.ctx.zone), now)
    except ValueError:
        return messages.TIME_UNREADABLE


def _draft(data: dict[str, Any], text: str, user: str, ref: MessageRef, now: datetime, deps: TeamsDeps) -> DraftPosted:
    exception = EXCEPTION_OF.get(str(data.get(EXCEPTION) or ""))
    pictured, _ = deps.service.ctx.roster.full_names(translate.typed_names(data.get(PICTURED)))
    reason = " ".join(str(data.get(REASON) or "").split()) or None
    return DraftPosted(ref, user, text, f"teams-form:{ref.message}", now, pictured=pictured,
                       exception=exception, exception_reason=reason, photos_unseen=True,
                       publish_at=picked(data, deps.service.ctx.zone),
                       from_trip=data.get(TRIP) == YES)  # fmt: skip


def form_reply(deps: TeamsDeps, text: str = "") -> tuple[str, Card]:
    """The 1:1 chat's answer to "draft": a phone's notification line and the form."""
    ctx = deps.service.ctx
    return teams_text(messages.FORM_OFFERED, deps.people.name_of), build_draft_form(
        ctx.zone, text, ctx.profile.trip_hold
    )
