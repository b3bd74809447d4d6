"""Block Kit for incident cards (the core's, rendered) and the incident forms, built by pure functions."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from chatbot.incidents.card import incident_card, incident_summary
from chatbot.incidents.model import Incident
from chatbot.incidents.routes import Route
from handlers.slack import ids
from handlers.slack.block_parts import context, labelled, modal, text_input
from handlers.slack.neutral_cards import blocks

__all__ = ["build_incident_card", "build_incident_modal", "build_resolve_modal", "incident_summary"]

KIND_OPTIONS = (("E-safety: offensive, abusive or undermining content", "e-safety"),
                ("Safeguarding: a child may be at risk", "safeguarding"),
                ("Allegation about a member of staff", "allegation"))  # fmt: skip


def build_incident_card(incident: Incident, route: Route, zone: ZoneInfo) -> list[dict[str, Any]]:
    """The core's incident card, as Block Kit."""
    return blocks(incident_card(incident, route, zone))


def build_incident_modal() -> dict[str, Any]:
    """`/countersign incident`: any member of staff raises any kind by hand; it is routed like the others."""
    options = [{"text": {"type": "plain_text", "text": t}, "value": v} for t, v in KIND_OPTIONS]
    kind = {"type": "static_select", "action_id": ids.ACTION_KIND, "options": options}
    return modal(ids.INCIDENT_MODAL, "Report a concern", "Send", [
        labelled(ids.BLOCK_KIND, "What kind of concern?", kind),
        text_input(ids.BLOCK_WHAT, "What happened", ids.ACTION_WHAT, multiline=True),
        text_input(ids.BLOCK_LINK, "A link (the post, a message)", ids.ACTION_LINK, optional=True),
        text_input(ids.BLOCK_WHO, "Who is involved", ids.ACTION_WHO, optional=True),
        context("Safeguarding concerns go only to the DSL; allegations about staff only to the headteacher."),
    ])  # fmt: skip


def build_resolve_modal(incident_id: str) -> dict[str, Any]:
    note = text_input(ids.BLOCK_NOTE, "What was done", ids.ACTION_NOTE, multiline=True)
    return modal(ids.RESOLVE_MODAL, f"Resolve {incident_id}", "Resolve", [note], metadata=incident_id)
