"""A draft sent from the Teams form, as the bot posts it in the channel: the core's card with its author's Edit and
Withdraw (nobody can edit or delete the bot's own post), answered as Slack answers them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from chatbot import messages
from chatbot.approval.draft_form import MAX_TEXT, TEXT
from chatbot.approval.events import DraftDeleted, DraftEdited, MessageRef
from chatbot.approval.form_draft_card import form_draft_card, withdrawn_card
from chatbot.approval.revisions import AFTER_POSTING
from handlers.teams import translate
from handlers.teams.deps import TeamsDeps
from handlers.teams.markup import teams_text
from handlers.teams.neutral_cards import card_from_parts


def post(deps: TeamsDeps, channel: str, user: str, text: str) -> MessageRef:
    """Posted, then given its card: the buttons name the draft, whose id is the post's own."""
    said = teams_text(messages.FORM_DRAFT_FROM.format(user=user, text=text), deps.people.name_of)
    ref = MessageRef(translate.PLATFORM, channel, deps.outbox.post(channel, said))
    deps.outbox.update(channel, ref.message, said, card_from_parts(form_draft_card(user, text, ref.draft_id),
                                                                    deps.people.name_of))  # fmt: skip
    return ref


def edited(activity: dict[str, Any], deps: TeamsDeps) -> str:
    ref, user = _draft(activity), translate.author(activity)
    text = str(translate.action_data(activity).get(TEXT) or "").replace("\r\n", "\n").strip()[:MAX_TEXT]
    if (why := _refused(deps, ref, user)) or not text:
        return why or messages.FORM_EMPTY
    said = teams_text(messages.FORM_DRAFT_FROM.format(user=user, text=text), deps.people.name_of)
    content = card_from_parts(form_draft_card(user, text, ref.draft_id), deps.people.name_of)
    deps.outbox.update(ref.channel, ref.message, said, content)
    deps.service.draft_edited(DraftEdited(ref, user, text, f"form-edit:{activity.get('id')}", datetime.now(UTC)))
    return messages.FORM_POSTED


def withdrawn(activity: dict[str, Any], deps: TeamsDeps) -> str:
    ref = _draft(activity)
    if why := _refused(deps, ref, translate.author(activity)):
        return why
    deps.service.draft_deleted(DraftDeleted(ref, f"form-withdraw:{ref.message}", datetime.now(UTC)))
    content = card_from_parts(withdrawn_card(), deps.people.name_of)
    deps.outbox.update(ref.channel, ref.message, messages.FORM_DRAFT_WITHDRAWN, content)
    return messages.FORM_DRAFT_WITHDRAWN


def _draft(activity: dict[str, Any]) -> MessageRef:
    return MessageRef.of(str(translate.action_data(activity).get("value") or ""))


def _refused(deps: TeamsDeps, ref: MessageRef, user: str) -> str | None:
    """Only its author, and only until it is published."""
    stored = deps.service.store.get(ref.draft_id)
    if stored is None or stored.author != user:
        return messages.FORM_DRAFT_NOT_YOURS
    return messages.FORM_DRAFT_TOO_LATE if stored.state in AFTER_POSTING else None
