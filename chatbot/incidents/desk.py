"""The incident desk: raise an incident with its evidence, route it, and record every step people take."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime

from chatbot import messages
from chatbot.errors import PlatformError
from chatbot.incidents.about_head import names_the_head
from chatbot.incidents.kinds import Kind
from chatbot.incidents.model import ACKNOWLEDGED, ESCALATED, OPEN, RESOLVED, Evidence, Incident
from chatbot.incidents.ports import IncidentNotifier, MentionSource, SnapshotRenderer
from chatbot.incidents.routes import Route, Routing
from chatbot.store.incidents import IncidentStore

logger = logging.getLogger(__name__)
BOT = "countersign"
LIVE = (OPEN, ACKNOWLEDGED, ESCALATED)
# action -> (the state it leads to, or "" for none; the states it may follow)
ACTIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "acknowledge": (ACKNOWLEDGED, (OPEN, ESCALATED)),
    "escalate": (ESCALATED, (OPEN, ACKNOWLEDGED)),
    "decided": (RESOLVED, LIVE),
    "hide": ("", LIVE),
    "refer": ("", LIVE),
    "resolve": (RESOLVED, LIVE),
}


@dataclass(frozen=True)
class Outcome:
    status: str  # done, refused, missing, failed, duplicate, undeliverable
    incident_id: str | None = None
    message: str = ""  # for the person who acted, privately


class IncidentDesk:
    def __init__(self, store: IncidentStore, routing: Routing, notifier: IncidentNotifier,
                 renderer: SnapshotRenderer, *platforms: MentionSource) -> None:  # fmt: skip
        self.store, self.routing, self._notifier = store, routing, notifier
        self._renderer = renderer
        self._platforms = {platform.name: platform for platform in platforms}

    def route_of(self, evidence: Evidence) -> Route:
        return self.routing.of(evidence.kind, triage=evidence.route == "triage", about_head=evidence.about_head)

    def told(self, incident: Incident) -> frozenset[str]:
        """Who has been shown this incident so far: its route's people, and the fallbacks already told."""
        route = self.route_of(incident.evidence)
        fallbacks = route.fallbacks[: self.store.tiers_told(incident.id)]
        return frozenset((*route.mention, *route.private_to, *(p for tier in fallbacks for p in tier)))

    def raise_incident(self, evidence: Evidence, by: str = BOT) -> Outcome:
        if evidence.kind == "allegation" and not evidence.about_head:  # also one raised by hand, or decided
            said = f"{evidence.content} {evidence.author}"
            evidence = replace(evidence, about_head=names_the_head(said, self.routing.head_name))
        route = self.route_of(evidence)
        incident_id = self.store.create(evidence, by)
        if incident_id is None:
            return Outcome("duplicate")
        self._snapshot(incident_id, evidence)
        if route.deadline is not None and not evidence.check:  # the weekly check is no emergency
            self.store.set_deadline(incident_id, evidence.raised_at + route.deadline)
        if not route.deliverable:  # kept (nothing lost) and said loudly: app.yaml names nobody for this kind
            logger.error("incident %s (%s) has nobody to go to: set incidents.* in app.yaml", incident_id, route.kind)
            return Outcome("undeliverable", incident_id, messages.incident_nobody(route.kind))
        self.deliver(incident_id)
        return Outcome("done", incident_id)

    def deliver(self, incident_id: str, incident: Incident | None = None) -> None:
        """Show an incident not yet shown (a failure leaves it for the next tick: none is lost)."""
        incident = incident or self.store.get(incident_id)
        if incident is None:
            return
        route = self.route_of(incident.evidence)
        for channel, ts in self._notifier.show(incident, route, self.store.snapshot(incident_id)):
            self.store.add_ref(incident_id, channel, ts)
        self.store.delivered(incident_id)

    def receipt(self, reporter: str, incident: Incident | None, text: str) -> None:
        self._notifier.receipt(reporter, incident, text)

    def deliver_pending(self) -> None:
        for incident_id in self.store.undelivered():
            incident = self.store.get(incident_id)
            if incident is not None and self.route_of(incident.evidence).deliverable:
                self.deliver(incident_id, incident)

    def act(self, incident_id: str, action: str, user: str, now: datetime, note: str = "") -> Outcome:
        incident = self.store.get(incident_id)
        if incident is None or action not in ACTIONS:
            return Outcome("missing", incident_id, messages.INCIDENT_UNKNOWN)
        route = self.route_of(incident.evidence)
        if user not in route.people:
            return Outcome("refused", incident_id, messages.INCIDENT_NOT_ON_ROUTE)
        try:
            self._on_platform(incident, action)
        except PlatformError as error:
            return Outcome("failed", incident_id, messages.incident_platform_failed(str(error)))
        to, allowed = ACTIONS[action]
        status = self.store.step(incident_id, action, user, now, to=to, allowed_from=allowed, note=note)
        if status != "done":
            return Outcome("refused", incident_id, messages.incident_not_now(status.removeprefix("refused:")))
        try:
            self._after(incident_id, action, route, now)
        except Exception:  # the chat failed: an escalation is due now, so the next tick sends it again
            if action == "escalate":
                self.store.set_deadline(incident_id, now)
            raise
        return Outcome("done", incident_id)

    def decide(self, incident_id: str, choice: Kind | None, user: str, now: datetime) -> Outcome:
        """A person settles what an uncertain reply is; a concern is then raised and routed like any other."""
        incident = self.store.get(incident_id)
        if incident is None:
            return Outcome("missing", incident_id, messages.INCIDENT_UNKNOWN)
        if not self.route_of(incident.evidence).triage:
            return Outcome("refused", incident_id, messages.TRIAGE_NOT_WAITING)
        outcome = self.act(incident_id, "decided", user, now, note=choice or "nothing")
        if outcome.status != "done":
            return outcome
        self.store.keep_example(incident.evidence.content, choice or "none", now)
        if incident.evidence.check:
            self.store.tally({"check_missed" if choice else "check_confirmed": 1}, now)
        if choice is None:
            return Outcome("done", incident_id, messages.triage_nothing(incident_id))
        reasons = (*incident.evidence.reasons, messages.reason_decided(user))
        evidence = replace(incident.evidence, kind=choice, route="auto", raised_at=now, decided_from=incident_id,
                           check=False, reasons=reasons)  # fmt: skip
        raised = self.raise_incident(evidence, by=user)
        return Outcome("done", raised.incident_id, raised.message or messages.triage_sent(choice, raised.incident_id))

    def escalate_due(self, now: datetime) -> int:
        """Incidents nobody acknowledged by their deadline go to their route's next fallback. Returns how many.

        The next fallback is recorded as told only once it has been sent, so a chat failure is retried next tick.
        """
        escalated = 0
        for incident_id in self.store.due(now):
            incident = self.store.get(incident_id)
            if incident is None or incident.state not in (OPEN, ESCALATED):
                self.store.clear_deadline(incident_id)
                continue
            route = self.route_of(incident.evidence)
            if _escalations(incident) <= self.store.tiers_told(incident_id) < len(route.fallbacks):
                self.store.step(incident_id, "escalate", BOT, now, to=ESCALATED, allowed_from=(OPEN, ESCALATED))
                escalated += 1
            self._after(incident_id, "escalate", route, now)
        return escalated

    def _after(self, incident_id: str, action: str, route: Route, now: datetime) -> None:
        incident = self.store.get(incident_id)
        if incident is None:
            return
        if action == "escalate":
            self._tell_next(incident, route, now)
        if action in ("acknowledge", "resolve", "decided"):
            self.store.clear_deadline(incident_id)
        for ref in self.store.refs(incident_id):
            self._notifier.update(ref, incident, route)

    def _tell_next(self, incident: Incident, route: Route, now: datetime) -> None:
        """The next fallback is told; its deadline starts, or the last one has been told."""
        told = self.store.tiers_told(incident.id)
        if told < len(route.fallbacks):
            snapshot = self.store.snapshot(incident.id)
            for channel, ts in self._notifier.show_privately(incident, route, route.fallbacks[told], snapshot):
                self.store.add_ref(incident.id, channel, ts)
            told = self.store.told_tier(incident.id)
        if told < len(route.fallbacks) and route.deadline is not None:
            self.store.set_deadline(incident.id, now + route.deadline)
        else:
            self.store.clear_deadline(incident.id)

    def _on_platform(self, incident: Incident, action: str) -> None:
        if action != "hide":
            return
        platform = self._platforms.get(incident.evidence.network)
        if platform is None or not incident.evidence.post_id:
            raise PlatformError(messages.INCIDENT_NOTHING_TO_HIDE, retryable=False)
        platform.hide_reply(incident.evidence.post_id)

    def _snapshot(self, incident_id: str, evidence: Evidence) -> None:
        try:
            self.store.keep_snapshot(incident_id, self._renderer.render(evidence, incident_id))
        except (OSError, ValueError) as error:  # the evidence is kept in words even if the picture fails
            logger.warning("no snapshot for incident %s: %s", incident_id, type(error).__name__)


def _escalations(incident: Incident) -> int:
    return sum(1 for step in incident.steps if step.action == "escalate")
