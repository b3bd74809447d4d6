"""Speaking in the draft's thread: the report (posted once, then updated in place) and short messages."""

from __future__ import annotations

from slack_sdk import WebClient

from chatbot.events import MessageRef
from chatbot.policy.finding import Report
from chatbot.store import RedisStore
from handlers.slack.blocks import build_report, build_retry, report_summary


class SlackNotifier:
    """Implements chatbot.ports.Notifier with the Web API."""

    def __init__(self, client: WebClient, store: RedisStore, approve_emoji: str) -> None:
        self._client, self._store, self._emoji = client, store, approve_emoji

    def show_report(self, ref: MessageRef, report: Report, state: str, approvals: int, required: int) -> None:
        blocks = build_report(report, state, approvals, required, self._emoji, ref.message)
        text = report_summary(report)
        existing = self._store.recall(ref.draft_id, "report_ts")
        if existing:
            self._client.chat_update(channel=ref.channel, ts=existing, text=text, blocks=blocks)
            return
        posted = self._client.chat_postMessage(channel=ref.channel, thread_ts=ref.message, text=text, blocks=blocks)
        self._store.remember(ref.draft_id, "report_ts", str(posted["ts"]))

    def say(self, ref: MessageRef, text: str, offer_retry: bool = False) -> None:
        blocks = build_retry(text, ref.message) if offer_retry else None
        self._client.chat_postMessage(channel=ref.channel, thread_ts=ref.message, text=text, blocks=blocks)
