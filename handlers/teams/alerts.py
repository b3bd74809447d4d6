"""Follower alerts and incidents in Teams: the core's cards, in the drafts channel or a 1:1 chat."""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from chatbot.followers.card import alert_summary, digest_card, follower_card
from chatbot.followers.ports import Digest, FollowerAlert
from chatbot.incidents.card import incident_card, incident_summary
from chatbot.incidents.model import Incident
from chatbot.incidents.ports import Ref
from chatbot.incidents.routes import Route
from chatbot.school.money import POUNDS, Money
from handlers.teams.connector import TeamsUnavailable
from handlers.teams.markup import People, teams_text
from handlers.teams.neutral_cards import card_from_parts
from handlers.teams.outbox import Outbox

logger = logging.getLogger(__name__)


class TeamsFollowerNotifier:
    """Implements chatbot.followers.ports.FollowerNotifier."""

    def __init__(self, outbox: Outbox, channel: str, people: People, zone: ZoneInfo,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 money: Money = POUNDS) -> None:  # fmt: skip
        self._outbox, self._channel, self._people, self._zone, self._clock = outbox, channel, people, zone, clock
        self._money = money

    def post_alert(self, alert: FollowerAlert) -> str:
        content = card_from_parts(follower_card(alert, self._clock(), self._zone), self._people.name_of)
        return self._outbox.post(self._channel, alert_summary(alert), content)

    def update_alert(self, ref: str, alert: FollowerAlert) -> None:
        content = card_from_parts(follower_card(alert, self._clock(), self._zone), self._people.name_of)
        self._outbox.update(self._channel, ref, alert_summary(alert), content)

    def post_digest(self, digest: Digest) -> None:
        text = f"Countersign: weekly follower review — {len(digest.new)} new, {len(digest.undecided)} undecided"
        self._outbox.post(self._channel, text, card_from_parts(digest_card(digest, self._money), self._people.name_of))

    def post_note(self, text: str) -> None:
        self._outbox.post(self._channel, teams_text(text, self._people.name_of))


class TeamsIncidentNotifier:
    """Implements chatbot.incidents.ports.IncidentNotifier; private kinds go to each person's 1:1 chat."""

    def __init__(self, outbox: Outbox, people: People, zone: ZoneInfo) -> None:
        self._outbox, self._people, self._zone = outbox, people, zone

    def show(self, incident: Incident, route: Route, snapshot: bytes | None) -> list[Ref]:
        refs = [self._post(route.channel, incident, route, snapshot)] if route.channel else []
        return refs + self.show_privately(incident, route, route.private_to, snapshot)

    def show_privately(self, incident: Incident, route: Route, people: tuple[str, ...],
                       snapshot: bytes | None) -> list[Ref]:  # fmt: skip
        return [self._post(self._outbox.chat_with(person), incident, route, snapshot) for person in people]

    def update(self, ref: Ref, incident: Incident, route: Route) -> None:
        content = card_from_parts(incident_card(incident, route, self._zone), self._people.name_of)
        self._outbox.update(ref[0], ref[1], incident_summary(incident), content)

    def receipt(self, reporter: str, incident: Incident | None, text: str) -> None:
        self._outbox.direct(reporter, teams_text(text, self._people.name_of))

    def _post(self, conversation: str, incident: Incident, route: Route, snapshot: bytes | None) -> Ref:
        content = card_from_parts(incident_card(incident, route, self._zone), self._people.name_of)
        posted = self._outbox.post(conversation, incident_summary(incident), content)
        if snapshot:
            self._attach(conversation, incident.id, snapshot)
        return conversation, posted

    def _attach(self, conversation: str, incident_id: str, snapshot: bytes) -> None:
        """The snapshot as an inline picture; without it the card still stands (the words are the record)."""
        url = "data:image/png;base64," + base64.b64encode(snapshot).decode()
        try:
            self._outbox.post_image(conversation, f"Snapshot, {incident_id}", url, f"incident-{incident_id}.png")
        except TeamsUnavailable as error:
            logger.warning("could not attach the snapshot of %s: %s", incident_id, error)
