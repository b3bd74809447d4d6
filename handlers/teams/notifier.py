"""Speaking in a draft's thread in Teams: the report card (posted once, then updated in place) and short messages."""

from __future__ import annotations

from collections.abc import Callable

from chatbot import messages
from chatbot.approval.edited_card import edited_card
from chatbot.approval.events import MessageRef
from chatbot.approval.ports import PublishImage
from chatbot.approval.report_card import report_card, retry_card, suggestion_card
from chatbot.messages import verdict_summary
from chatbot.policy.finding import Report
from chatbot.store import RedisStore
from handlers.teams.markup import People, teams_text
from handlers.teams.neutral_cards import card_from_parts
from handlers.teams.outbox import Outbox, thread

REPORT_KEY = "report_ts"  # the same record field the Slack edge uses: the id of the report's own message


class TeamsNotifier:
    """Implements chatbot.approval.ports.Notifier through the Bot Connector."""

    def __init__(self, outbox: Outbox, store: RedisStore, people: People,
                 cost: Callable[[str], str | None] = lambda _: None) -> None:  # fmt: skip
        self._outbox, self._store, self._people, self._cost = outbox, store, people, cost
        self.on_change: Callable[[], None] = lambda: None  # the homes kept in 1:1 chats are told (wiring sets it)

    def show_report(self, ref: MessageRef, report: Report, state: str, approvals: int, required: int) -> None:
        parts = report_card(report, state, approvals, required, ref.message, self._cost(report.text))
        content = card_from_parts(parts, self._people.name_of)
        where = thread(ref.channel, ref.message)
        existing = self._store.recall(ref.draft_id, REPORT_KEY)
        if existing:
            self._outbox.update(where, existing, verdict_summary(report.verdict), content)
        else:
            self._store.remember(
                ref.draft_id, REPORT_KEY, self._outbox.post(where, verdict_summary(report.verdict), content)
            )
        self.on_change()

    def edited_after_publishing(self, ref: MessageRef, network: str) -> None:
        said = messages.EDITED_AFTER_PUBLISHING.format(network=network)
        content = card_from_parts(edited_card(said, ref.draft_id), self._people.name_of)
        self._outbox.post(thread(ref.channel, ref.message), teams_text(said, self._people.name_of), content)

    def offer_suggestion(self, ref: MessageRef, approver: str, text: str) -> None:
        """The suggested words in the thread, with Accept for the author."""
        said = messages.suggestion_offered(approver, text)
        content = card_from_parts(suggestion_card(said, ref.message), self._people.name_of)
        self._outbox.post(thread(ref.channel, ref.message), teams_text(said, self._people.name_of), content)

    def remind_approvers(self, ref: MessageRef, waited_minutes: int) -> None:
        """Named as a group: Teams mentions need each person's entity, which the card rendering does not build yet."""
        self.say(ref, messages.waiting_for_approval(waited_minutes, "approvers"))

    def say(self, ref: MessageRef, text: str, offer_retry: bool = False) -> None:
        content = card_from_parts(retry_card(text, ref.message), self._people.name_of) if offer_retry else None
        self._outbox.post(thread(ref.channel, ref.message), teams_text(text, self._people.name_of), content)
        self.on_change()  # most of what is said in a thread is a draft moving on (rejected, scheduled, published)

    def show_photos(self, ref: MessageRef, photos: tuple[PublishImage, ...]) -> None:
        """Nothing: a Teams draft's photos come in a channel post, which shows them (the form cannot carry any)."""

    def mark_published(self, ref: MessageRef) -> None:
        """Bots cannot react to posts in Teams, and the thread already holds the link: only the homes are told."""
        self.on_change()
