"""Block Kit for incident cards (the core's, rendered) and the incident forms, built by pure functions."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from chatbot.incidents.by_hand import incident_form
from chatbot.incidents.card import incident_card, incident_summary, resolve_form
from chatbot.incidents.model import Incident
from chatbot.incidents.routes import Route
from handlers.slack import ids
from handlers.slack.neutral_cards import blocks, form_modal

__all__ = ["build_incident_card", "build_incident_modal", "build_resolve_modal", "incident_summary"]


def build_incident_card(incident: Incident, route: Route, zone: ZoneInfo) -> list[dict[str, Any]]:
    """The core's incident card, as Block Kit."""
    return blocks(incident_card(incident, route, zone))


def build_incident_modal() -> dict[str, Any]:
    """`/countersign incident`: any member of staff raises any kind by hand; it is routed like the others."""
    return form_modal(incident_form(), ids.INCIDENT_MODAL, ids.INCIDENT)


def build_resolve_modal(incident_id: str) -> dict[str, Any]:
    return form_modal(resolve_form(incident_id), ids.RESOLVE_MODAL, ids.INCIDENT, incident_id)
