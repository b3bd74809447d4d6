"""Speaking in the draft's thread: the report (posted once, then updated in place) and short messages."""

from __future__ import annotations

import logging
from collections.abc import Callable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from chatbot import messages
from chatbot.approval.edited_card import edited_card
from chatbot.approval.events import MessageRef
from chatbot.approval.ports import PublishImage
from chatbot.approval.report_card import report_card, retry_card, suggestion_card
from chatbot.policy.finding import Report
from chatbot.store import RedisStore
from handlers.slack.blocks import report_summary
from handlers.slack.neutral_cards import blocks

logger = logging.getLogger(__name__)
PUBLISHED_REACTION = "outbox_tray"


def _suffix(photo: PublishImage) -> str:
    return ".png" if photo.media_type == "image/png" else ".jpg"


def _free(_: str) -> float | None:
    return None


class SlackNotifier:
    """Implements chatbot.approval.ports.Notifier with the Web API."""

    def __init__(
        self,
        client: WebClient,
        store: RedisStore,
        approve_emoji: str,
        cost: Callable[[str], str | None] = lambda _: None,  # the cost sentence for a text (money.priced)
        approvers: str = "an approver",  # who approves, as Slack mentions them (approvers_said)
    ) -> None:
        self._client, self._store, self._emoji, self._cost = client, store, approve_emoji, cost
        self._approvers = approvers

    def show_report(self, ref: MessageRef, report: Report, state: str, approvals: int, required: int) -> None:
        how = f"{self._approvers} reacts with :{self._emoji}:"
        card = blocks(report_card(report, state, approvals, required, ref.message, self._cost(report.text), how))
        text = report_summary(report)
        existing = self._store.recall(ref.draft_id, "report_ts")
        if existing:
            self._client.chat_update(channel=ref.channel, ts=existing, text=text, blocks=card)
            return
        posted = self._client.chat_postMessage(channel=ref.channel, thread_ts=ref.message, text=text, blocks=card)
        self._store.remember(ref.draft_id, "report_ts", str(posted["ts"]))

    def mark_published(self, ref: MessageRef) -> None:
        """A reaction on the draft itself, so the channel sees at a glance which drafts went out."""
        try:
            self._client.reactions_add(channel=ref.channel, timestamp=ref.message, name=PUBLISHED_REACTION)
        except SlackApiError as error:  # already_reacted, or a missing scope: the thread message says it anyway
            logger.info("could not mark the draft as published: %s", error.response.get("error"))

    def show_photos(self, ref: MessageRef, photos: tuple[PublishImage, ...]) -> None:
        """The sanitised photos in the thread, numbered as the report numbers them (never the original names)."""
        uploads = [{"content": photo.data, "filename": f"photo-{n}{_suffix(photo)}", "alt_txt": photo.alt_text or ""}
                   for n, photo in enumerate(photos, 1)]  # fmt: skip
        try:
            self._client.files_upload_v2(channel=ref.channel, thread_ts=ref.message, file_uploads=uploads,
                                         initial_comment=messages.PHOTOS_AS_PUBLISHED)  # fmt: skip
        except SlackApiError as error:
            logger.warning("could not show a form draft's photos: %s", error.response.get("error"))
            self.say(ref, messages.PHOTOS_NOT_SHOWN)

    def edited_after_publishing(self, ref: MessageRef, network: str) -> None:
        text = messages.EDITED_AFTER_PUBLISHING.format(network=network)
        card = blocks(edited_card(text, ref.draft_id))
        self._client.chat_postMessage(channel=ref.channel, thread_ts=ref.message, text=text, blocks=card)

    def offer_suggestion(self, ref: MessageRef, approver: str, text: str) -> None:
        said = messages.suggestion_offered(approver, text)
        card = blocks(suggestion_card(said, ref.message))
        self._client.chat_postMessage(channel=ref.channel, thread_ts=ref.message, text=said, blocks=card)

    def remind_approvers(self, ref: MessageRef, waited_minutes: int) -> None:
        self.say(ref, messages.waiting_for_approval(waited_minutes, self._approvers))

    def say(self, ref: MessageRef, text: str, offer_retry: bool = False) -> None:
        card = blocks(retry_card(text, ref.message)) if offer_retry else None
        self._client.chat_postMessage(channel=ref.channel, thread_ts=ref.message, text=text, blocks=card)
