"""Speaking in a draft's thread in the practice workspace: the report card (posted once, then updated in place),
short messages, the sanitised photos, and the take-down button on an edit made after publishing."""

from __future__ import annotations

from chatbot import messages
from chatbot.approval.edited_card import edited_card
from chatbot.approval.events import MessageRef
from chatbot.approval.ports import PublishImage
from chatbot.approval.report_card import report_card, retry_card, suggestion_card
from chatbot.cards import Line
from chatbot.policy.finding import Report
from chatbot.store import RedisStore
from handlers.local.clock import Clock
from handlers.local.conversation import CHANNEL, Conversation
from handlers.local.team import BOT, TEAM

REPORT_KEY = "report_ts"  # the record field every edge uses: the id of the report's own message


class LocalNotifier:
    """Implements chatbot.approval.ports.Notifier in the workspace's drafts channel."""

    def __init__(self, conversation: Conversation, store: RedisStore, clock: Clock) -> None:
        self._chat, self._store, self._clock = conversation, store, clock

    def show_report(self, ref: MessageRef, report: Report, state: str, approvals: int, required: int) -> None:
        parts = tuple(report_card(report, state, approvals, required, ref.message))
        summary = messages.verdict_summary(report.verdict)
        existing = self._store.recall(ref.draft_id, REPORT_KEY)
        if existing and self._chat.change(existing, text=summary, parts=parts, edited=True):
            return
        posted = self._chat.post(CHANNEL, BOT, summary, self._clock.now(), ref.message, parts)
        self._store.remember(ref.draft_id, REPORT_KEY, posted.id)

    def say(self, ref: MessageRef, text: str, offer_retry: bool = False) -> None:
        parts = tuple(retry_card(text, ref.message)[1:]) if offer_retry else ()
        self._chat.post(CHANNEL, BOT, text, self._clock.now(), ref.message, parts)

    def mark_published(self, ref: MessageRef) -> None:
        """📤 on the draft; its report keeps its words but loses the buttons nobody can use any more."""
        self._chat.react(ref.message, "outbox_tray", BOT, on=True)
        report = self._store.recall(ref.draft_id, REPORT_KEY)
        kept = self._chat.get(report) if report else None
        if kept is not None:
            self._chat.change(kept.id, parts=tuple(part for part in kept.parts if isinstance(part, Line)))

    def show_photos(self, ref: MessageRef, photos: tuple[PublishImage, ...]) -> None:
        """The photos as they will be published: metadata gone, the workspace's only copy (none: nothing to show)."""
        if not photos:
            return
        kept = tuple(self._chat.keep_photo(photo.data, photo.media_type) for photo in photos)
        said = f":camera: The {len(kept)} photo(s) as they would be published (metadata removed):"
        self._chat.post(CHANNEL, BOT, said, self._clock.now(), ref.message, photos=kept)

    def edited_after_publishing(self, ref: MessageRef, network: str) -> None:
        said = messages.EDITED_AFTER_PUBLISHING.format(network=network)
        self._chat.post(CHANNEL, BOT, said, self._clock.now(), ref.message, tuple(edited_card(said, ref.draft_id)[1:]))

    def offer_suggestion(self, ref: MessageRef, approver: str, text: str) -> None:
        said = messages.suggestion_offered(approver, text)
        self._chat.post(
            CHANNEL, BOT, said, self._clock.now(), ref.message, tuple(suggestion_card(said, ref.message)[1:])
        )

    def remind_approvers(self, ref: MessageRef, waited_minutes: int) -> None:
        approvers = " ".join(f"<@{p.id}>" for p in TEAM if p.approver)
        self.say(ref, messages.waiting_for_approval(waited_minutes, approvers))
