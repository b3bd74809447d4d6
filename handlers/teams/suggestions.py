"""Suggested edits in Teams: an approver's words from the report card's "Suggest an edit…", and the author's Accept
on the suggestion card; the rules are the core's (chatbot/approval/suggestions.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from chatbot import messages
from chatbot.approval.events import MessageRef
from chatbot.approval.suggestions import accept, suggest
from handlers.teams import translate
from handlers.teams.cards import ACCEPT_VERB, SUGGESTED
from handlers.teams.deps import TeamsDeps


def answer(activity: dict[str, Any], deps: TeamsDeps, verb: str) -> str:
    """What the person who pressed Suggest or Accept is told."""
    data = ((activity.get("value") or {}).get("action") or {}).get("data") or {}
    draft, channel = str(data.get("draft") or ""), deps.teams.drafts_channel
    if not draft or channel is None or translate.channel_of(activity) != channel:
        return messages.NOT_A_DRAFT_CARD
    ref, user = MessageRef(translate.PLATFORM, channel, draft), translate.author(activity)
    if verb == ACCEPT_VERB:
        refused = accept(deps.service, ref, user, f"card:{activity.get('id')}", datetime.now(UTC))
        return refused or messages.SUGGESTION_ACCEPTED
    words = str(data.get(SUGGESTED) or "").replace("\r\n", "\n").strip()
    if not words:
        return messages.FORM_EMPTY
    return suggest(deps.service, ref, user, words) or messages.SUGGESTION_SENT
