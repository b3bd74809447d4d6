"""Card buttons (Action.Execute): a draft's Approve, Reject and Retry; a reminder's Acknowledge; the follower
and incident cards' decisions. Each answers the person who pressed it; refusals on drafts go in the thread too."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from chatbot.approval import edited_card as edited
from chatbot.approval import form_draft_card as form_draft
from chatbot.approval import report_card as report
from chatbot.approval import withdrawal_card as withdrawal
from chatbot.approval.events import ApprovalGiven, RejectionGiven, RetryRequested
from chatbot.approval.trips import left
from chatbot.followers.ports import BLOCK, KEEP, MUTE
from chatbot.governance.reminder_card import ACKNOWLEDGE
from chatbot.incidents.kinds import CHOICES
from handlers.teams import (
    draft_form,
    form_drafts,
    home,
    incident_form,
    pictured,
    published,
    scheduling,
    suggestions,
    translate,
)
from handlers.teams.cards import SCHEDULE_VERB, SUGGEST_VERB
from handlers.teams.deps import TeamsDeps
from handlers.teams.drafts import seen
from handlers.teams.markup import teams_text
from handlers.teams.neutral_cards import NOTE_INPUT
from handlers.teams.sdk import ActivityContext, AdaptiveCardActionMessageResponse, AdaptiveCardInvokeActivity, App

logger = logging.getLogger(__name__)
ANSWER_WITHIN_SECONDS = 8.0
DONE = "Done."
STILL_WORKING = "Noted: still working on it; the thread will say what happened."
UNKNOWN = "This button is not for anything Countersign knows about."
FOLLOWER_VERBS = {"follower-keep": KEEP, "follower-block": BLOCK, "follower-mute": MUTE}
INCIDENT_VERBS = {"incident-acknowledge": "acknowledge", "incident-hide": "hide", "incident-escalate": "escalate",
                  "incident-refer": "refer", "incident-resolve": "resolve"}  # fmt: skip


def register(app: App, deps: TeamsDeps) -> None:
    async def on_card_action(ctx: ActivityContext[AdaptiveCardInvokeActivity]) -> AdaptiveCardActionMessageResponse:
        activity = seen(ctx.activity, deps)
        work = asyncio.ensure_future(asyncio.to_thread(answer_for, activity, deps))
        try:  # Teams gives up on a button after a few seconds; publishing to X may take longer (429 waits)
            answer = await asyncio.wait_for(asyncio.shield(work), timeout=ANSWER_WITHIN_SECONDS)
        except TimeoutError:
            work.add_done_callback(_log_failure)
            answer = STILL_WORKING
        return AdaptiveCardActionMessageResponse(value=teams_text(answer, deps.people.name_of) or DONE)

    app.on_card_action_execute(on_card_action)


def _log_failure(work: asyncio.Future[str]) -> None:
    if not work.cancelled() and work.exception() is not None:
        logger.error("a card action failed after Teams was answered: %s", type(work.exception()).__name__)


FORM_VERBS: dict[str, Callable[[dict[str, Any], TeamsDeps], str]] = {
    SUGGEST_VERB: lambda activity, deps: suggestions.answer(activity, deps, SUGGEST_VERB),
    report.ACCEPT: lambda activity, deps: suggestions.answer(activity, deps, report.ACCEPT),
    report.PICTURED: pictured.given,
    edited.TAKE_DOWN: published.take_down,
    withdrawal.TAKE_DOWN: published.consent_take_down,
    edited.CORRECTION: published.corrected,
    form_draft.EDIT: form_drafts.edited,
    form_draft.WITHDRAW: form_drafts.withdrawn,
    pictured.NAMED_BEFORE: pictured.given,
    report.DESCRIBED: pictured.described,
    draft_form.VERB: draft_form.submitted,
    incident_form.VERB: incident_form.submitted,
    SCHEDULE_VERB: lambda activity, deps: scheduling.answer(activity, deps, datetime.now(UTC)),
    report.SCHEDULE: lambda activity, deps: scheduling.answer(activity, deps, datetime.now(UTC)),
    report.SUGGEST: lambda activity, deps: suggestions.answer(activity, deps, SUGGEST_VERB),
    report.TRIP_LEFT: lambda activity, deps: trip_left(activity, deps),
    home.RESCHEDULE_VERB: lambda activity, deps: home.changed(activity, deps, home.RESCHEDULE_VERB),
    home.CANCEL_VERB: lambda activity, deps: home.changed(activity, deps, home.CANCEL_VERB),
}


def trip_left(activity: dict[str, Any], deps: TeamsDeps) -> str:
    """ "The group has left", from the trip lead (the author) or an approver: the core's rule and sentence."""
    ref, service = translate.card_draft(activity, deps.teams.drafts_channel), deps.service
    if ref is None:
        return UNKNOWN
    refused = left(service.store, service.notifier, service.approvers, ref, translate.author(activity),
                   datetime.now(UTC))  # fmt: skip
    return refused or DONE


def answer_for(activity: dict[str, Any], deps: TeamsDeps) -> str:
    action = (activity.get("value") or {}).get("action") or {}
    verb, data = str(action.get("verb", "")), translate.action_data(activity)
    user, now = translate.author(activity), datetime.now(UTC)
    if verb == ACKNOWLEDGE and deps.reminders is not None:  # "reminder": the key on cards posted before the core's
        return deps.reminders.acknowledge(str(data.get("value") or data.get("reminder", "")), user, now).message or DONE
    if verb in FOLLOWER_VERBS:
        network, _, follower = str(data.get("value", "")).rpartition("|")  # "Mastodon|109…"; X's is the id
        decisions = deps.followers.get(network or "X")
        if decisions is None or not follower:
            return UNKNOWN
        return decisions.decide(follower, FOLLOWER_VERBS[verb], user, now).message or DONE
    if verb.startswith("triage-") and verb.removeprefix("triage-") in CHOICES and deps.incidents is not None:
        choice = CHOICES[verb.removeprefix("triage-")]
        return deps.incidents.decide(str(data.get("value", "")), choice, user, now).message or DONE
    if verb in FORM_VERBS:  # the cards' forms: each module answers its own
        return FORM_VERBS[verb](activity, deps)
    if verb in INCIDENT_VERBS and deps.incidents is not None:
        note = str(data.get(NOTE_INPUT) or "")
        return deps.incidents.act(str(data.get("value", "")), INCIDENT_VERBS[verb], user, now, note).message or DONE
    return _draft_decision(activity, deps)


def _draft_decision(activity: dict[str, Any], deps: TeamsDeps) -> str:
    answered = translate.pictured_answer(activity, deps.teams.drafts_channel)  # on cards posted before the forms
    if answered is not None:
        deps.service.pictured_given(answered)
        return DONE
    event = translate.card_action(activity, deps.teams.drafts_channel)
    if event is None:
        return UNKNOWN
    handlers: dict[type, Callable[[Any], None]] = {ApprovalGiven: deps.service.approval_given,
                                                   RejectionGiven: deps.service.rejection_given,
                                                   RetryRequested: deps.service.retry_requested}  # fmt: skip
    handlers[type(event)](event)
    return DONE
