"""An incident's card, described once for every chat: its kind, the post, the facts, its history and the buttons
the people on its route may press (a triage card's four choices)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from chatbot.cards import Button, Buttons, Field, Form, Part, escape, line, small
from chatbot.incidents.model import ESCALATED, RESOLVED, Incident
from chatbot.incidents.routes import Route

GROUP = "incident-actions"
# What was done: typed beside the buttons where a card carries fields, asked for on Resolve where the chat opens forms
NOTE = Field("note", "What was done", "long", limit=2000)
ACKNOWLEDGE, HIDE, ESCALATE, RESOLVE = "incident-acknowledge", "incident-hide", "incident-escalate", "incident-resolve"
REFER, OPEN = "incident-refer", "incident-open"
TRIAGE = {"none": "triage-none", "e-safety": "triage-e-safety", "safeguarding": "triage-safeguarding",
          "allegation": "triage-allegation"}  # fmt: skip
TRIAGE_TITLE = (":grey_question: *Please decide: is this a concern?* — Countersign was not sure, so it is shown "
                "only to you")  # fmt: skip
CHECK_TITLE = ":mag: *Weekly check: was Countersign right that this is nothing?* — shown only to you"
TRIAGE_CHOICES = (("Nothing to escalate", "none"), ("E-safety", "e-safety"), ("Safeguarding", "safeguarding"),
                  ("Allegation about staff", "allegation"))  # fmt: skip
TITLES = {"e-safety": ":large_orange_circle: *E-safety incident*", "safeguarding": ":large_yellow_circle: "
          "*Safeguarding concern* — for the DSL only", "allegation": ":red_circle: *Allegation about a member "
          "of staff* — confidential, for the headteacher only"}  # fmt: skip
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


def incident_card(incident: Incident, route: Route, zone: ZoneInfo) -> list[Part]:
    e = incident.evidence
    title = CHECK_TITLE if e.check else TRIAGE_TITLE if route.triage else TITLES[e.kind]
    parts: list[Part] = [line(f"{title} · {incident.id} · _{incident.state}_")]
    if route.mention and incident.state not in (RESOLVED,):
        parts.append(line(" ".join(f"<@{u}>" for u in route.mention) + " please look at this."))
    parts.append(line("> " + escape(e.content).replace("\n", "\n> ")))
    local = e.occurred_at.astimezone(zone)
    facts = [f"*From:* {escape(e.author)}", f"*When:* {e.occurred_at:%-d %b %Y %H:%M} UTC ({local:%H:%M} local)"]
    facts += [f"*Link:* {e.link}"] if e.link else []
    facts += [f"*Raised by:* <@{e.reporter}>"] if e.reporter else []
    parts += [small(" · ".join(facts)), small("*Why:* " + " ".join(e.reasons)), small(_history(incident, zone))]
    if incident.state != RESOLVED:
        parts.append(_triage_buttons(incident) if route.triage else _buttons(incident, route))
    return parts


def _triage_buttons(incident: Incident) -> Buttons:
    """The person's choice routes it like any incident (and the head decides, not the DSL, on a likely allegation)."""
    buttons = [Button(label, TRIAGE[choice], incident.id) for label, choice in TRIAGE_CHOICES]
    if incident.evidence.link:
        buttons.append(Button(f"Open on {incident.evidence.network}", OPEN, incident.id, url=incident.evidence.link))
    return Buttons(GROUP, tuple(buttons))


def _history(incident: Incident, zone: ZoneInfo) -> str:
    lines = []
    for step in incident.steps:
        who = "Countersign" if step.by == "countersign" else f"<@{step.by}>"
        said = _DECISIONS.get(step.note, step.note) if step.action == "decided" else step.note
        note = f": {escape(said)}" if said else ""
        lines.append(f"{_DONE.get(step.action, step.action)} by {who}, {step.at.astimezone(zone):%-d %b %H:%M}{note}")
    return "\n".join(lines)


def _buttons(incident: Incident, route: Route) -> Buttons:
    i, e = incident.id, incident.evidence
    buttons = [Button("Acknowledge", ACKNOWLEDGE, i, style="primary")]
    if e.post_id and e.source == "mention" and e.network == "X":  # only X lets the account hide a reply
        buttons.append(Button("Hide reply", HIDE, i))
    if e.link:
        buttons.append(Button(f"Open on {e.network}", OPEN, i, url=e.link))
    if route.escalate_to and incident.state != ESCALATED:
        buttons.append(Button("Escalate to the DSL", ESCALATE, i))
    if e.kind == "allegation":
        buttons.append(Button("Referred to the LADO", REFER, i))
    buttons.append(Button("Resolve…", RESOLVE, i))
    return Buttons(GROUP, tuple(buttons), note=True)


def resolve_form(incident_id: str) -> Form:
    return Form(f"Resolve {incident_id}", (NOTE,), "Resolve")
