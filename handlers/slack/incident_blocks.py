"""Block Kit for incident cards and the incident forms, built by pure functions and tested as data."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from chatbot.incidents.model import ESCALATED, RESOLVED, Incident
from chatbot.incidents.routes import Route
from handlers.slack import ids
from handlers.slack.block_parts import button, context, escape, labelled, modal, section, text_input

TRIAGE_TITLE = (":grey_question: *Please decide: is this a concern?* — Countersign was not sure, so it is shown "
                "only to you")  # fmt: skip
CHECK_TITLE = ":mag: *Weekly check: was Countersign right that this is nothing?* — shown only to you"
TRIAGE_CHOICES = (("Nothing to escalate", "none"), ("E-safety", "e-safety"), ("Safeguarding", "safeguarding"),
                  ("Allegation about staff", "allegation"))  # fmt: skip
TITLES = {"e-safety": ":large_orange_circle: *E-safety incident*", "safeguarding": ":large_yellow_circle: "
          "*Safeguarding concern* — for the DSL only", "allegation": ":red_circle: *Allegation about a member "
          "of staff* — confidential, for the headteacher only"}  # fmt: skip
KIND_OPTIONS = (("E-safety: offensive, abusive or undermining content", "e-safety"),
                ("Safeguarding: a child may be at risk", "safeguarding"),
                ("Allegation about a member of staff", "allegation"))  # fmt: skip
_DONE = {"raised": "Raised", "acknowledged": "Acknowledged", "escalated": "Escalated", "hide": "Reply hidden on X",
         "refer": "Referred to the LADO", "resolve": "Resolved", "acknowledge": "Acknowledged",
         "escalate": "Escalated", "decided": "Decided"}  # fmt: skip


_DECISIONS = {"nothing": "nothing to escalate", "e-safety": "an e-safety incident",
              "safeguarding": "a safeguarding concern", "allegation": "an allegation about staff"}  # fmt: skip


def incident_summary(incident: Incident) -> str:
    """The notification text: the kind and number only, never the content (lock screens are seen by others)."""
    kind = incident.evidence.kind
    if incident.evidence.check:
        return f"Countersign: weekly check, {incident.id} — a reply read as nothing, for you to confirm"
    if incident.evidence.route == "triage":
        return f"Countersign: a reply for you to decide on, {incident.id} — needs you"
    return f"Countersign: {kind} incident {incident.id}" + (" — needs you" if kind != "e-safety" else "")


def build_incident_card(incident: Incident, route: Route, zone: ZoneInfo) -> list[dict[str, Any]]:
    e = incident.evidence
    title = CHECK_TITLE if e.check else TRIAGE_TITLE if route.triage else TITLES[e.kind]
    blocks = [section(f"{title} · {incident.id} · _{incident.state}_")]
    if route.mention and incident.state not in (RESOLVED,):
        blocks.append(section(" ".join(f"<@{u}>" for u in route.mention) + " please look at this."))
    blocks.append(section("> " + escape(e.content).replace("\n", "\n> ")))
    local = e.occurred_at.astimezone(zone)
    facts = [f"*From:* {escape(e.author)}", f"*When:* {e.occurred_at:%-d %b %Y %H:%M} UTC ({local:%H:%M} local)"]
    facts += [f"*Link:* {e.link}"] if e.link else []
    facts += [f"*Raised by:* <@{e.reporter}>"] if e.reporter else []
    blocks.append(context(" · ".join(facts)))
    blocks.append(context("*Why:* " + " ".join(e.reasons)))
    blocks.append(context(_history(incident, zone)))
    if incident.state != RESOLVED:
        blocks.append(_triage_buttons(incident) if route.triage else _buttons(incident, route))
    return blocks


def _triage_buttons(incident: Incident) -> dict[str, Any]:
    """The person's choice routes it like any incident (and the head decides, not the DSL, on a likely allegation)."""
    buttons = [button(label, ids.ACTION_TRIAGE[choice], incident.id) for label, choice in TRIAGE_CHOICES]
    if incident.evidence.link:
        buttons.append(button(f"Open on {incident.evidence.network}", ids.ACTION_INCIDENT_OPEN, incident.id,
                              url=incident.evidence.link))  # fmt: skip
    return {"type": "actions", "block_id": ids.BLOCK_INCIDENT, "elements": buttons}


def _history(incident: Incident, zone: ZoneInfo) -> str:
    lines = []
    for step in incident.steps:
        who = "Countersign" if step.by == "countersign" else f"<@{step.by}>"
        said = _DECISIONS.get(step.note, step.note) if step.action == "decided" else step.note
        note = f": {escape(said)}" if said else ""
        lines.append(f"{_DONE.get(step.action, step.action)} by {who}, {step.at.astimezone(zone):%-d %b %H:%M}{note}")
    return "\n".join(lines)


def _buttons(incident: Incident, route: Route) -> dict[str, Any]:
    i, e = incident.id, incident.evidence
    buttons = [button("Acknowledge", ids.ACTION_INCIDENT_ACK, i, style="primary")]
    if e.post_id and e.source == "mention" and e.network == "X":  # only X lets the account hide a reply
        buttons.append(button("Hide reply", ids.ACTION_INCIDENT_HIDE, i))
    if e.link:
        buttons.append(button(f"Open on {e.network}", ids.ACTION_INCIDENT_OPEN, i, url=e.link))
    if route.escalate_to and incident.state != ESCALATED:
        buttons.append(button("Escalate to the DSL", ids.ACTION_INCIDENT_ESCALATE, i))
    if e.kind == "allegation":
        buttons.append(button("Referred to the LADO", ids.ACTION_INCIDENT_REFER, i))
    buttons.append(button("Resolve…", ids.ACTION_INCIDENT_RESOLVE, i))
    return {"type": "actions", "block_id": ids.BLOCK_INCIDENT, "elements": buttons}


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
