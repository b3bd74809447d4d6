"""A concern raised by a member of staff: routed by its kind like one the poller found, with a receipt for them."""

from __future__ import annotations

from datetime import datetime

from chatbot import messages
from chatbot.cards import Field, Form
from chatbot.incidents.desk import IncidentDesk
from chatbot.incidents.kinds import Kind
from chatbot.incidents.model import Evidence

KINDS: dict[str, Kind] = {"e-safety": "e-safety", "safeguarding": "safeguarding", "allegation": "allegation"}
KIND_CHOICES = (("E-safety: offensive, abusive or undermining content", "e-safety"),
                ("Safeguarding: a child may be at risk", "safeguarding"),
                ("Allegation about a member of staff", "allegation"))  # fmt: skip


def incident_form() -> Form:
    """What any member of staff fills in to raise a concern by hand, on every chat. No kind is chosen for them: a
    child's disclosure sent as the first choice (e-safety) would be shown in the channel."""
    return Form("Report a concern", (
        Field("kind", "What kind of concern?", "choice", choices=KIND_CHOICES, optional=False),
        Field("what", "What happened", "long", limit=4000, optional=False),
        Field("link", "A link (the post, a message)"),
        Field("who", "Who is involved", limit=300),
    ), send="Send", note=messages.INCIDENT_FORM_NOTE)  # fmt: skip


def raise_by_hand(desk: IncidentDesk, kind: str, what: str, who: str, link: str | None, reporter: str,
                  now: datetime) -> str:  # fmt: skip
    """What the reporter is told (the desk sends it to them too): the receipt, or why it was not raised."""
    if not what.strip() or kind not in KINDS:
        return messages.INCIDENT_NEEDS_WHAT
    evidence = Evidence(KINDS[kind], "staff", what.strip(), who.strip(), link or None, now, now,
                        (messages.REASON_RAISED_BY_HAND,), reporter=reporter)  # fmt: skip
    outcome = desk.raise_incident(evidence, by=reporter)
    incident = desk.store.get(outcome.incident_id) if outcome.incident_id else None
    said = outcome.message or messages.incident_receipt(kind, outcome.incident_id or "")
    desk.receipt(reporter, incident, said)
    return said
