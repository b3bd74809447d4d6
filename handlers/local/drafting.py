"""A draft from the workspace's form, as the core's neutral events: posted, edited, deleted, and the reactions that
approve, reject or take a post down; the browser's words are checked here as Slack's form's are."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from chatbot import messages
from chatbot.approval.attachments import Offered, sort_files
from chatbot.approval.draft import ImageAttachment, LeftOut
from chatbot.approval.draft_form import EXCEPTION_OF, typed_time
from chatbot.approval.events import (
    ApprovalGiven,
    ApprovalRevoked,
    DraftDeleted,
    DraftEdited,
    DraftPosted,
    MessageRef,
    RejectionGiven,
    UnpublishRequested,
)
from chatbot.approval.rescheduling import time_problem
from handlers.local.conversation import CHANNEL
from handlers.local.workspace import Workspace

PLATFORM = "local"


@dataclass(frozen=True)
class DraftForm:
    text: str
    photos: tuple[tuple[str, str, bytes], ...] = ()  # (file name, media type, data)
    descriptions: tuple[str, ...] = ()  # one for each photo, in order
    pictured: str = ""
    exception: str = ""
    reason: str = ""
    publish_on: str = ""
    publish_time: str = ""
    trip: bool = False


def ref_of(message_id: str) -> MessageRef:
    return MessageRef(PLATFORM, CHANNEL, message_id)


def event_id() -> str:
    """Each press in a browser is a new event (Slack's redeliveries have no counterpart here)."""
    return f"local:{uuid.uuid4().hex}"


def post(ws: Workspace, user: str, form: DraftForm) -> str | None:
    """Why the draft cannot be posted (nothing is posted then), or None once it is in the channel and checked."""
    text, now = form.text.replace("\r\n", "\n").strip(), ws.clock.now()
    if not text:
        return messages.PRACTICE_EMPTY
    pictured, unknown = ws.service.ctx.roster.full_names(_names(form.pictured))
    if unknown:
        return messages.pupils_not_on_roster(unknown)
    try:
        publish_at = picked(form.publish_on, form.publish_time, ws)
    except ValueError:
        return messages.TIME_UNREADABLE
    if problem := time_problem(publish_at, now):
        return problem
    images, left_out = _photos(form)
    message = ws.conversation.post(CHANNEL, user, text, now)
    reason = " ".join(form.reason.split()) or None
    ws.service.draft_posted(DraftPosted(ref_of(message.id), user, text, event_id(), now, images, pictured,
                                        EXCEPTION_OF.get(form.exception), reason, left_out, photos_unseen=True,
                                        publish_at=publish_at, from_trip=form.trip))  # fmt: skip
    return None


def picked(day: str, time: str, ws: Workspace) -> datetime | None:
    """A day and time typed in the school's zone; None when both are empty. ValueError when only one is, or bad."""
    return typed_time(day, time, ws.clock.zone)


def _names(said: str) -> list[str]:
    return [name.strip() for name in said.split(",") if name.strip()]


def _photos(form: DraftForm) -> tuple[tuple[ImageAttachment, ...], tuple[LeftOut, ...]]:
    chosen, left_out = sort_files([Offered(name, kind, len(data)) for name, kind, data in form.photos])
    described = [said.strip() or None for said in form.descriptions]
    images = tuple(ImageAttachment(form.photos[i][0], form.photos[i][2], described[n] if n < len(described) else None)
                   for n, i in enumerate(chosen))  # fmt: skip
    return images, left_out


def edit(ws: Workspace, user: str, message_id: str, text: str) -> str | None:
    kept = ws.conversation.get(message_id)
    if kept is None or kept.deleted:
        return messages.PRACTICE_GONE
    if kept.author != user:
        return messages.PRACTICE_NOT_YOURS
    text = text.replace("\r\n", "\n").strip()
    if not text:
        return messages.PRACTICE_EMPTY
    ws.conversation.change(message_id, text=text, edited=True)
    ws.service.draft_edited(DraftEdited(ref_of(message_id), user, text, event_id(), ws.clock.now()))
    return None


def delete(ws: Workspace, user: str, message_id: str) -> str | None:
    kept = ws.conversation.get(message_id)
    if kept is None or kept.deleted:
        return messages.PRACTICE_GONE
    if kept.author != user:
        return messages.PRACTICE_NOT_YOURS
    ws.conversation.change(message_id, deleted=True)
    ws.service.draft_deleted(DraftDeleted(ref_of(message_id), event_id(), ws.clock.now()))
    return None


def react(ws: Workspace, user: str, message_id: str, emoji: str) -> str | None:
    """A second press of the same emoji takes it away, as in Slack; the core decides what each one means."""
    kept = ws.conversation.get(message_id)
    if kept is None or kept.deleted or emoji not in ("white_check_mark", "x", "wastebasket"):
        return messages.PRACTICE_GONE
    on = (emoji, user) not in kept.reactions
    ws.conversation.react(message_id, emoji, user, on)
    ref, now = ref_of(message_id), ws.clock.now()
    if emoji == "white_check_mark" and on:
        ws.service.approval_given(ApprovalGiven(ref, user, event_id(), now))
    elif emoji == "white_check_mark":
        ws.service.approval_revoked(ApprovalRevoked(ref, user, event_id(), now))
    elif on and emoji == "x":
        ws.service.rejection_given(RejectionGiven(ref, user, event_id(), now))
    elif on:
        ws.service.unpublish_requested(UnpublishRequested(ref, user, event_id(), now))
    return None


def unpublish_event(ws: Workspace, user: str, reason: str) -> UnpublishRequested:
    """A take-down by link: the core finds the draft the link came from (the reference here is a placeholder)."""
    return UnpublishRequested(ref_of(""), user, event_id(), ws.clock.now(), " ".join(reason.split()) or None)
