"""Who is pictured and the photos' descriptions, from the forms a Teams report card unfolds: names typed are
checked against the roster, and both are given to the core as Slack's forms give them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from chatbot import messages
from chatbot.approval.draft_form import PICTURED, PICTURED_ANSWER, typed_descriptions
from chatbot.approval.events import PhotosDescribed, PicturedGiven
from chatbot.approval.pictured import typed_answer
from handlers.teams import translate
from handlers.teams.deps import TeamsDeps

NAMED_BEFORE, NAMES_BEFORE = "pictured-named", "pictured_names"  # the button and field of cards posted before the form


def given(activity: dict[str, Any], deps: TeamsDeps) -> str:
    """What the person is told: the names not on the roster, that an answer is needed, or that it was taken."""
    ref, data = translate.card_draft(activity, deps.teams.drafts_channel), translate.action_data(activity)
    if ref is None:
        return messages.NOT_A_DRAFT_CARD
    typed = str(data.get(PICTURED) or data.get(NAMES_BEFORE) or "")
    read = typed_answer(typed, str(data.get(PICTURED_ANSWER) or ""), deps.service.ctx)
    if isinstance(read, str):
        return read
    pupils, answer = read
    event_id, now = f"card:{activity.get('id')}", datetime.now(UTC)
    deps.service.pictured_given(PicturedGiven(ref, translate.author(activity), pupils, answer, event_id, now))
    return messages.PICTURED_TAKEN


def described(activity: dict[str, Any], deps: TeamsDeps) -> str:
    ref, data = translate.card_draft(activity, deps.teams.drafts_channel), translate.action_data(activity)
    if ref is None:
        return messages.NOT_A_DRAFT_CARD
    descriptions = typed_descriptions(data, len(deps.service.answers.photo_names(ref)))
    event = PhotosDescribed(ref, translate.author(activity), descriptions, f"card:{activity.get('id')}",
                            datetime.now(UTC))  # fmt: skip
    deps.service.photos_described(event)
    return messages.DESCRIBED_TAKEN
