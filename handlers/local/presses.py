"""A button pressed on one of the workspace's cards, as the core's neutral events and calls: the report's answers
and decisions, the home's Change time and Cancel, reminders, and the follower and incident cards' decisions."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from chatbot import messages
from chatbot.approval import edited_card as edited
from chatbot.approval import report_card as report
from chatbot.approval import trips
from chatbot.approval.corrections import correction
from chatbot.approval.draft_form import DAY, PICTURED, PICTURED_ANSWER, TIME, typed_descriptions
from chatbot.approval.events import (
    ApprovalGiven,
    DraftPosted,
    MessageRef,
    PhotosDescribed,
    PicturedGiven,
    RejectionGiven,
    RetryRequested,
    TimeChosen,
    UnpublishRequested,
)
from chatbot.approval.pictured import typed_answer
from chatbot.approval.rescheduling import time_problem
from chatbot.approval.suggestions import accept, suggest
from chatbot.followers.card import BLOCK_ACTION, KEEP_ACTION, MUTE_ACTION
from chatbot.followers.ports import BLOCK, KEEP, MUTE
from chatbot.governance import home_card as home
from chatbot.governance.reminder_card import ACKNOWLEDGE as ACKNOWLEDGE_REMINDER
from chatbot.incidents import card as incident
from chatbot.incidents.kinds import CHOICES
from handlers.local.cards_html import NOTE
from handlers.local.conversation import CHANNEL
from handlers.local.drafting import event_id, picked, ref_of
from handlers.local.workspace import Workspace

Fields = Mapping[str, str]
CORRECTION_ONCE_SECONDS = 24 * 3600  # a button pressed twice makes one new draft
Press = Callable[[Workspace, str, str, Fields], str | None]
FOLLOWER = {KEEP_ACTION: KEEP, BLOCK_ACTION: BLOCK, MUTE_ACTION: MUTE}
INCIDENT = {incident.ACKNOWLEDGE: "acknowledge", incident.HIDE: "hide", incident.ESCALATE: "escalate",
            incident.REFER: "refer", incident.RESOLVE: "resolve"}  # fmt: skip
TRIAGE = {action: choice for choice, action in incident.TRIAGE.items()}


def press(ws: Workspace, user: str, pressed: str, fields: Fields) -> str | None:
    """What the person who pressed is told, if anything; `pressed` is "action|value"."""
    action, _, value = pressed.partition("|")
    answer = PRESSES.get(action) or _alert_press(action)
    return answer(ws, user, value, fields) if answer else messages.PRACTICE_GONE


def _alert_press(action: str) -> Press | None:
    if action in FOLLOWER:
        return lambda ws, user, value, _: _follower(ws, user, value, FOLLOWER[action])
    if action in INCIDENT:
        return lambda ws, user, value, fields: _incident(ws, user, value, INCIDENT[action], fields.get(NOTE, ""))
    if action in TRIAGE:
        return lambda ws, user, value, _: _triage(ws, user, value, TRIAGE[action])
    return None


def _approve(ws: Workspace, user: str, value: str, fields: Fields) -> str | None:
    """The button approves every time it is pressed (an emoji pressed twice is taken away instead)."""
    ws.conversation.react(value, "white_check_mark", user, on=True)
    ws.service.approval_given(ApprovalGiven(ref_of(value), user, event_id(), ws.clock.now()))
    return None


def _reject(ws: Workspace, user: str, value: str, fields: Fields) -> str | None:
    reason = " ".join(fields.get(report.REASON, "").split()) or None
    ws.service.rejection_given(RejectionGiven(ref_of(value), user, event_id(), ws.clock.now(), reason))
    return None


def _schedule(ws: Workspace, user: str, value: str, fields: Fields) -> str | None:
    try:
        chosen = picked(fields.get(DAY, ""), fields.get(TIME, ""), ws)
    except ValueError:
        return messages.TIME_UNREADABLE
    now = ws.clock.now()
    if problem := time_problem(chosen, now):
        return problem
    return (
        ws.service.rescheduling.change(TimeChosen(ref_of(value), user, chosen, event_id(), now)) or messages.TIME_SAVED
    )


def _suggest(ws: Workspace, user: str, value: str, fields: Fields) -> str | None:
    words = fields.get(report.SUGGESTED, "").replace("\r\n", "\n").strip()
    if not words:
        return messages.FORM_EMPTY
    return suggest(ws.service, ref_of(value), user, words) or messages.SUGGESTION_SENT


def _accept(ws: Workspace, user: str, value: str, fields: Fields) -> str | None:
    refused = accept(ws.service, ref_of(value), user, event_id(), ws.clock.now())
    if refused is None and (suggested := ws.service.store.get(ref_of(value).draft_id)) is not None:
        ws.conversation.change(value, text=suggested.record.get("text", ""), edited=True)
    return refused or messages.SUGGESTION_ACCEPTED


def _pictured(ws: Workspace, user: str, value: str, fields: Fields) -> str | None:
    read = typed_answer(fields.get(PICTURED, ""), fields.get(PICTURED_ANSWER, ""), ws.service.ctx)
    if isinstance(read, str):
        return read
    ws.service.pictured_given(PicturedGiven(ref_of(value), user, *read, event_id(), ws.clock.now()))
    return messages.PICTURED_TAKEN


def _described(ws: Workspace, user: str, value: str, fields: Fields) -> str | None:
    ref = ref_of(value)
    descriptions = typed_descriptions(fields, len(ws.service.answers.photo_names(ref)))
    ws.service.photos_described(PhotosDescribed(ref, user, descriptions, event_id(), ws.clock.now()))
    return messages.DESCRIBED_TAKEN


def _trip_left(ws: Workspace, user: str, value: str, fields: Fields) -> str | None:
    service = ws.service
    return trips.left(service.store, service.notifier, service.approvers, ref_of(value), user, ws.clock.now())


def _retry(ws: Workspace, user: str, value: str, fields: Fields) -> str | None:
    ws.service.retry_requested(RetryRequested(ref_of(value), user, event_id(), ws.clock.now()))
    return None


def _take_down(ws: Workspace, user: str, value: str, fields: Fields) -> str | None:
    ws.service.unpublish_requested(UnpublishRequested(MessageRef.of(value), user, event_id(), ws.clock.now()))
    return None


def _corrected(ws: Workspace, user: str, value: str, fields: Fields) -> str | None:
    """An edit made after publishing, posted in the channel as a new draft by whoever asked (once)."""
    service = ws.service
    found = correction(service.store, service.approvers, MessageRef.of(value), user)
    if found is None:
        return messages.CORRECTION_NOT_YOURS
    if not service.store.every(f"correction:{value}", CORRECTION_ONCE_SECONDS):
        return messages.CORRECTION_SENT
    text, images = found
    message = ws.conversation.post(CHANNEL, user, text, ws.clock.now())
    service.draft_posted(DraftPosted(ref_of(message.id), user, text, event_id(), ws.clock.now(), images,
                                     photos_unseen=bool(images)))  # fmt: skip
    return messages.CORRECTION_SENT


def _reschedule(ws: Workspace, user: str, value: str, fields: Fields) -> str | None:
    service, now = ws.service, ws.clock.now()
    stored = service.store.get(value)
    if stored is None:
        return messages.TIME_TOO_LATE
    try:
        chosen = picked(fields.get(DAY, ""), fields.get(TIME, ""), ws)
    except ValueError:
        return messages.TIME_UNREADABLE
    return service.rescheduling.change(TimeChosen(stored.ref, user, chosen, event_id(), now)) or messages.TIME_SAVED


def _cancel(ws: Workspace, user: str, value: str, fields: Fields) -> str | None:
    return ws.service.rescheduling.cancel(value, user, ws.clock.now()) or messages.CANCELLED


def _reminder(ws: Workspace, user: str, value: str, fields: Fields) -> str | None:
    if ws.reminders is None:
        return messages.PRACTICE_GONE
    return ws.reminders.acknowledge(value, user, ws.clock.now()).message or None


def _follower(ws: Workspace, user: str, value: str, kind: str) -> str | None:
    if ws.followers is None:
        return messages.PRACTICE_GONE
    return ws.followers.decisions.decide(value.rpartition("|")[2], kind, user, ws.clock.now()).message or None


def _incident(ws: Workspace, user: str, value: str, action: str, note: str) -> str | None:
    if ws.incidents is None:
        return messages.PRACTICE_GONE
    return ws.incidents.desk.act(value, action, user, ws.clock.now(), note.strip()).message or None


def _triage(ws: Workspace, user: str, value: str, choice: str) -> str | None:
    if ws.incidents is None:
        return messages.PRACTICE_GONE
    return ws.incidents.desk.decide(value, CHOICES[choice], user, ws.clock.now()).message or None


PRESSES: dict[str, Press] = {
    report.APPROVE: _approve, report.REJECT: _reject, report.SCHEDULE: _schedule, report.SUGGEST: _suggest,
    report.ACCEPT: _accept, report.PICTURED: _pictured, report.DESCRIBED: _described,
    report.TRIP_LEFT: _trip_left, report.RETRY: _retry, edited.TAKE_DOWN: _take_down,
    edited.CORRECTION: _corrected, home.RESCHEDULE: _reschedule,
    home.CANCEL: _cancel, ACKNOWLEDGE_REMINDER: _reminder,
}  # fmt: skip
