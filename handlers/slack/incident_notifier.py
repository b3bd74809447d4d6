"""Showing incidents with the Web API: e-safety in the channel, safeguarding and allegations by direct message."""

from __future__ import annotations

import logging
from zoneinfo import ZoneInfo

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from chatbot.incidents.model import Incident
from chatbot.incidents.ports import Ref
from chatbot.incidents.routes import Route
from handlers.slack.incident_blocks import build_incident_card, incident_summary

logger = logging.getLogger(__name__)


class SlackIncidentNotifier:
    """Implements chatbot.incidents.ports.IncidentNotifier."""

    def __init__(self, client: WebClient, zone: ZoneInfo) -> None:
        self._client, self._zone = client, zone

    def show(self, incident: Incident, route: Route, snapshot: bytes | None) -> list[Ref]:
        refs = [self._post(route.channel, incident, route, snapshot)] if route.channel else []
        return refs + self.show_privately(incident, route, route.private_to, snapshot)

    def show_privately(self, incident: Incident, route: Route, people: tuple[str, ...],
                       snapshot: bytes | None) -> list[Ref]:  # fmt: skip
        return [self._post(self._direct(person), incident, route, snapshot) for person in people]

    def update(self, ref: Ref, incident: Incident, route: Route) -> None:
        blocks = build_incident_card(incident, route, self._zone)
        self._client.chat_update(channel=ref[0], ts=ref[1], text=incident_summary(incident), blocks=blocks)

    def receipt(self, reporter: str, incident: Incident | None, text: str) -> None:
        self._client.chat_postMessage(channel=self._direct(reporter), text=text)

    def _post(self, channel: str, incident: Incident, route: Route, snapshot: bytes | None) -> Ref:
        blocks = build_incident_card(incident, route, self._zone)
        posted = self._client.chat_postMessage(channel=channel, text=incident_summary(incident), blocks=blocks)
        ts = str(posted["ts"])
        if snapshot:
            self._attach(channel, ts, incident.id, snapshot)
        return channel, ts

    def _attach(self, channel: str, ts: str, incident_id: str, snapshot: bytes) -> None:
        """The snapshot goes in the card's thread; without it the card still stands (the words are the record)."""
        try:
            name = f"incident-{incident_id}.png"
            self._client.files_upload_v2(channel=channel, thread_ts=ts, content=snapshot, filename=name,
                                         title=f"Snapshot, {incident_id}")  # fmt: skip
        except SlackApiError as error:
            logger.warning("could not attach the snapshot of %s: %s", incident_id, error.response.get("error"))

    def _direct(self, person: str) -> str:
        opened = self._client.conversations_open(users=person)
        return str(opened["channel"]["id"])
