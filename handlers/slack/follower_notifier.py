"""Showing follower alerts and the weekly review in the channel, with the Web API."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from slack_sdk import WebClient

from chatbot.followers.ports import Digest, FollowerAlert
from chatbot.school.money import POUNDS, Money
from handlers.slack.follower_blocks import UTC_ZONE, alert_summary, build_digest, build_follower_alert


class SlackFollowerNotifier:
    """Implements chatbot.followers.ports.FollowerNotifier. An alert's reference is its message's ts."""

    def __init__(self, client: WebClient, channel: str, digest_channel: str | None = None, zone: ZoneInfo = UTC_ZONE,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 money: Money = POUNDS) -> None:  # fmt: skip
        self._client, self._channel, self._zone, self._clock = client, channel, zone, clock
        self._money = money
        self._digest_channel = digest_channel or channel

    def post_alert(self, alert: FollowerAlert) -> str:
        blocks = build_follower_alert(alert, self._clock(), self._zone)
        posted = self._client.chat_postMessage(channel=self._channel, text=alert_summary(alert), blocks=blocks)
        return str(posted["ts"])

    def update_alert(self, ref: str, alert: FollowerAlert) -> None:
        blocks = build_follower_alert(alert, self._clock(), self._zone)
        self._client.chat_update(channel=self._channel, ts=ref, text=alert_summary(alert), blocks=blocks)

    def post_digest(self, digest: Digest) -> None:
        text = f"Countersign: weekly follower review — {len(digest.new)} new, {len(digest.undecided)} undecided"
        self._client.chat_postMessage(channel=self._digest_channel, text=text, blocks=build_digest(digest, self._money))

    def post_note(self, text: str) -> None:
        self._client.chat_postMessage(channel=self._channel, text=text)
