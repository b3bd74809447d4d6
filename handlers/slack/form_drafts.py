"""A draft made with the form is the bot's message, so its author cannot edit or delete it in Slack: the message
carries Edit and Withdraw buttons for its author instead. An edit is checked again, as any edit is."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from chatbot import messages
from chatbot.approval.events import DraftDeleted, DraftEdited, MessageRef
from chatbot.approval.form_draft_card import edit_form, form_draft_card
from chatbot.approval.revisions import AFTER_POSTING
from handlers.slack import ids
from handlers.slack.deps import SlackDeps
from handlers.slack.neutral_cards import blocks
from handlers.slack.words_form import typed, words_given, words_modal


def form_draft_blocks(user: str, text: str) -> list[dict[str, Any]]:
    """The core's form draft card; its buttons act on the message they sit on (Slack says which when pressed)."""
    return blocks(form_draft_card(user, text, "draft"))


def _mine(deps: SlackDeps, body: dict[str, Any], client: WebClient) -> MessageRef | None:
    """The pressed message's draft, if the presser wrote it and it is not yet published; else they are told why."""
    channel, ts, user = body["container"]["channel_id"], body["container"]["message_ts"], body["user"]["id"]
    ref, stored = MessageRef("slack", channel, ts), deps.service.store.get(f"slack:{channel}:{ts}")
    why = (messages.FORM_DRAFT_NOT_YOURS if stored is None or stored.author != user
           else messages.FORM_DRAFT_TOO_LATE if stored.state in AFTER_POSTING else None)  # fmt: skip
    if why:
        client.chat_postEphemeral(channel=channel, user=user, text=why)
    return None if why else ref


def register(app: App, deps: SlackDeps) -> None:
    def handle_edit(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        if (ref := _mine(deps, body, client)) is None:
            return
        stored = deps.service.store.get(ref.draft_id)
        words = typed(stored.record) if stored else ""
        view = words_modal(ids.FORM_EDIT_MODAL, edit_form(words), ref.channel, ref.message)
        client.views_open(trigger_id=body["trigger_id"], view=view)

    def handle_edited(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        channel, ts, user, text = words_given(body)
        stored = deps.service.store.get(f"slack:{channel}:{ts}")
        if stored is None or stored.author != user or stored.state in AFTER_POSTING:
            return
        client.chat_update(channel=channel, ts=ts, text=messages.FORM_DRAFT_FROM.format(user=user, text=text),
                           blocks=form_draft_blocks(user, text))  # fmt: skip
        event_id = f"form-edit:{body['view']['id']}"
        edited = DraftEdited(MessageRef("slack", channel, ts), user, text, event_id, datetime.now(UTC))
        deps.service.draft_edited(edited)

    def handle_withdraw(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        if (ref := _mine(deps, body, client)) is None:
            return
        deps.service.draft_deleted(DraftDeleted(ref, f"form-withdraw:{ref.message}", datetime.now(UTC)))
        client.chat_update(channel=ref.channel, ts=ref.message, text=messages.FORM_DRAFT_WITHDRAWN, blocks=[])

    app.action(ids.ACTION_FORM_EDIT)(handle_edit)
    app.view(ids.FORM_EDIT_MODAL)(handle_edited)
    app.action(ids.ACTION_FORM_WITHDRAW)(handle_withdraw)
