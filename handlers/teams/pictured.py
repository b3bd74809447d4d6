"""Naming who is pictured from a Teams report card: the card's names field and its "These pupils are pictured"
button, checked against the roster and given to the core as Slack's form gives them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from chatbot import messages
from chatbot.approval.events import MessageRef, PicturedGiven
from handlers.teams import translate
from handlers.teams.cards import PICTURED_INPUT
from handlers.teams.deps import TeamsDeps

FIELD = str(PICTURED_INPUT["id"])


def named(activity: dict[str, Any], deps: TeamsDeps) -> str:
    """What the person is told: the names not on the roster, or that the answer was taken."""
    data = ((activity.get("value") or {}).get("action") or {}).get("data") or {}
    draft, channel = str(data.get("draft") or ""), deps.teams.drafts_channel
    names = [name.strip() for name in str(data.get(FIELD) or "").split(",") if name.strip()]
    if not draft or channel is None or translate.channel_of(activity) != channel:
        return messages.NOT_A_DRAFT_CARD
    if not names:
        return messages.PICTURED_NAMES_EMPTY
    roster = deps.service.ctx.roster
    unknown = [name for name in names if not roster.named(name)]
    if unknown:
        return messages.pupils_not_on_roster(unknown)
    pictured = tuple(dict.fromkeys(roster.named(name)[0].full_name for name in names))
    ref = MessageRef(translate.PLATFORM, channel, draft)
    event = PicturedGiven(ref, translate.author(activity), pictured, None, f"card:{activity.get('id')}",
                          datetime.now(UTC))  # fmt: skip
    deps.service.pictured_given(event)
    return messages.PICTURED_TAKEN
