"""Naming who is pictured from a Teams report card: the card's names field and its "These pupils are pictured"
button, checked against the roster and given to the core as Slack's form gives them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from chatbot import messages
from chatbot.approval.events import PicturedGiven
from handlers.teams import translate
from handlers.teams.cards import PICTURED_INPUT
from handlers.teams.deps import TeamsDeps

FIELD = str(PICTURED_INPUT["id"])


def named(activity: dict[str, Any], deps: TeamsDeps) -> str:
    """What the person is told: the names not on the roster, or that the answer was taken."""
    ref, names = (
        translate.card_draft(activity, deps.teams.drafts_channel),
        translate.typed_names(translate.action_data(activity).get(FIELD)),
    )
    if ref is None:
        return messages.NOT_A_DRAFT_CARD
    if not names:
        return messages.PICTURED_NAMES_EMPTY
    pictured, unknown = deps.service.ctx.roster.full_names(names)
    if unknown:
        return messages.pupils_not_on_roster(unknown)
    event = PicturedGiven(ref, translate.author(activity), pictured, None, f"card:{activity.get('id')}",
                          datetime.now(UTC))  # fmt: skip
    deps.service.pictured_given(event)
    return messages.PICTURED_TAKEN
