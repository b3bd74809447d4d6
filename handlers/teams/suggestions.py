"""Suggested edits in Teams: an approver's words from the report card's "Suggest an edit…", and the author's Accept
on the suggestion card; the rules are the core's (chatbot/approval/suggestions.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from chatbot import messages
from chatbot.approval.report_card import ACCEPT, SUGGESTED
from chatbot.approval.suggestions import accept, suggest
from handlers.teams import translate
from handlers.teams.deps import TeamsDeps


def answer(activity: dict[str, Any], deps: TeamsDeps, verb: str) -> str:
    """What the person who pressed Suggest or Accept is told."""
    ref, user = translate.card_draft(activity, deps.teams.drafts_channel), translate.author(activity)
    if ref is None:
        return messages.NOT_A_DRAFT_CARD
    if verb == ACCEPT:
        refused = accept(deps.service, ref, user, f"card:{activity.get('id')}", datetime.now(UTC))
        return refused or messages.SUGGESTION_ACCEPTED
    words = str(translate.action_data(activity).get(SUGGESTED) or "").replace("\r\n", "\n").strip()
    if not words:
        return messages.FORM_EMPTY
    return suggest(deps.service, ref, user, words) or messages.SUGGESTION_SENT
