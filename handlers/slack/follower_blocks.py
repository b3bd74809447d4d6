"""Block Kit for follower alerts and the weekly review: the core's cards (chatbot/followers/card.py), rendered."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from chatbot.followers.card import UTC_ZONE, alert_summary, digest_card, follower_card
from chatbot.followers.ports import Digest, FollowerAlert
from chatbot.school.money import POUNDS, Money
from handlers.slack.neutral_cards import blocks

__all__ = ["UTC_ZONE", "alert_summary", "build_digest", "build_follower_alert"]


def build_follower_alert(alert: FollowerAlert, now: datetime, zone: ZoneInfo = UTC_ZONE) -> list[dict[str, Any]]:
    return blocks(follower_card(alert, now, zone))


def build_digest(digest: Digest, money: Money = POUNDS) -> list[dict[str, Any]]:
    return blocks(digest_card(digest, money))
