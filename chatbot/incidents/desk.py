"""The incident desk: raise an incident with its evidence, route it, and record every step people take."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from chatbot import messages
from chatbot.errors import PlatformError
from chatbot.incidents.classifier import Kind
from chatbot.incidents.model import ACKNOWLEDGED, ESCALATED, OPEN, RESOLVED, Evidence, Incident
from chatbot.incidents.ports import IncidentNotifier, MentionSource, SnapshotRenderer
from chatbot.incidents.routes import Route
from chatbot.store.incidents import IncidentStore

logger = logging.getLogger(__name__)
BOT = "countersign"
LIVE = (OPEN, ACKNOWLEDGED, ESCALATED)
# action -> (the state it leads to, or "" for none; the states it may follow)
ACTIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "acknowledge": (ACKNOWLEDGED, (OPEN, ESCALATED)),
    "escalate": (ESCALATED, (OPEN, ACKNOWLEDGED)),
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
    def __init__(self, store: IncidentStore, routes: dict[Kind, Route], notifier: IncidentNotifier,
                 renderer: SnapshotRenderer, *platforms: MentionSource) -> None:  # fmt: skip
        self.store, self.routes, self._notifier = store, routes, notifier
        self._renderer = renderer
        self._platforms = {platform.name: platform for platform in platforms}

    def raise_incident(self, evidence: Evidence, by: str = BOT) -> Outcome:
        route = self.routes[evidence.kind]
        incident_id = self.store.create(evidence, by)
        if incident_id is None:
            return Outcome("duplicate")
        self._snapshot(incident_id, evidence)
        if route.deadline is not None:
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
        route = self.routes[incident.evidence.kind]
        for channel, ts in self._notifier.show(incident, route, self.store.snapshot(incident_id)):
            self.store.add_ref(incident_id, channel, ts)
        self.store.delivered(incident_id)

    def receipt(self, reporter: str, incident: Incident | None, text: str) -> None:
        self._notifier.receipt(reporter, incident, text)

    def deliver_pending(self) -> None:
        for incident_id in self.store.undelivered():
            incident = self.store.get(incident_id)
            if incident is not None and self.routes[incident.evidence.kind].deliverable:
                self.deliver(incident_id, incident)

    def act(self, incident_id: str, action: str, user: str, now: datetime, note: str = "") -> Outcome:
        incident = self.store.get(incident_id)
        if incident is None or action not in ACTIONS:
            return Outcome("missing", incident_id, messages.INCIDENT_UNKNOWN)
        route = self.routes[incident.evidence.kind]
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
            self._after(incident_id, action, route)
        except Exception:  # the chat failed: an escalation is due now, so the next tick sends it again
            if action == "escalate":
                self.store.set_deadline(incident_id, now)
            raise
        return Outcome("done", incident_id)

    def escalate_due(self, now: datetime) -> int:
        """E-safety incidents nobody acknowledged by their deadline go to the DSL. Returns how many.

        The deadline is cleared only once the DSL has been sent it, so a chat failure is retried next tick.
        """
        escalated = 0
        for incident_id in self.store.due(now):
            incident = self.store.get(incident_id)
            if incident is None or incident.state not in (OPEN, ESCALATED):
                self.store.clear_deadline(incident_id)
                continue
            if incident.state == OPEN:
                self.store.step(incident_id, "escalate", BOT, now, to=ESCALATED, allowed_from=(OPEN,))
                escalated += 1
            self._after(incident_id, "escalate", self.routes[incident.evidence.kind])
        return escalated

    def _after(self, incident_id: str, action: str, route: Route) -> None:
        incident = self.store.get(incident_id)
        if incident is None:
            return
        if action == "escalate" and route.escalate_to:
            snapshot = self.store.snapshot(incident_id)
            for channel, ts in self._notifier.show_privately(incident, route, route.escalate_to, snapshot):
                self.store.add_ref(incident_id, channel, ts)
        if action in ("acknowledge", "escalate", "resolve"):
            self.store.clear_deadline(incident_id)
        for ref in self.store.refs(incident_id):
            self._notifier.update(ref, incident, route)

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
