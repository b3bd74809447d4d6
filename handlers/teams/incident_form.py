"""Raising an incident by hand in Teams: "incident" in the bot's 1:1 chat answers with a form; its Submit raises it
through the same desk as Slack's form, routed by kind, with a receipt for the person who raised it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from chatbot import messages
from chatbot.incidents.by_hand import KINDS, incident_form, raise_by_hand
from handlers.teams import translate
from handlers.teams.cards import Card
from handlers.teams.deps import TeamsDeps
from handlers.teams.neutral_cards import form_card

VERB = "incident-report"
KIND, WHAT, WHO, LINK = "kind", "what", "who", "link"


def build_incident_form() -> Card:
    return form_card(incident_form(), VERB)


def submitted(activity: dict[str, Any], deps: TeamsDeps) -> str:
    """What the reporter is told on the card; the desk also sends its receipt to their chat."""
    data = translate.action_data(activity)
    what, kind = str(data.get(WHAT) or "").strip(), str(data.get(KIND) or "")  # none chosen: asked again
    if deps.incidents is None:
        return messages.INCIDENTS_OFF
    if not what or kind not in KINDS:
        return messages.INCIDENT_NEEDS_WHAT
    if not deps.service.store.every(f"teams-incident:{activity.get('id')}", translate.PRESS_MEMORY_SECONDS):
        return messages.INCIDENT_TAKEN
    link = str(data.get(LINK) or "").strip() or None
    return raise_by_hand(deps.incidents, kind, what, str(data.get(WHO) or ""), link, translate.author(activity),
                         datetime.now(UTC))  # fmt: skip
