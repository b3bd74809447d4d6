"""What the incident desk talks through: the chat that shows incidents, the platform, and the snapshot."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from chatbot.incidents.model import Evidence, Incident
from chatbot.incidents.routes import Route

Ref = tuple[str, str]  # (conversation, message) where a card was shown


class IncidentNotifier(Protocol):
    def show(self, incident: Incident, route: Route, snapshot: bytes | None) -> list[Ref]:
        """Show a new incident where its route says: the channel and/or privately; returns where it went."""
        ...

    def show_privately(self, incident: Incident, route: Route, people: tuple[str, ...],
                       snapshot: bytes | None) -> list[Ref]: ...  # fmt: skip

    def update(self, ref: Ref, incident: Incident, route: Route) -> None: ...

    def receipt(self, reporter: str, incident: Incident | None, text: str) -> None: ...


class SnapshotRenderer(Protocol):
    def render(self, evidence: Evidence, incident_id: str) -> bytes:
        """A picture of the post as it was (a "screen print"), PNG."""
        ...


@dataclass(frozen=True)
class Mention:
    id: str
    text: str
    author: str  # "@handle (Name)"
    created_at: datetime
    link: str


@dataclass(frozen=True)
class MentionPage:
    mentions: tuple[Mention, ...]  # newest first
    next_token: str | None = None


class MentionSource(Protocol):
    name: str
    read_cost: float

    def mentions(self, since_id: str | None, limit: int, token: str | None) -> MentionPage: ...

    def hide_reply(self, post_id: str) -> None:
        """Hide a reply to one of the account's posts; raises PlatformError when the platform refuses."""
        ...


class ReadCounter(Protocol):
    def count_reads(self, kind: str, items: int, at: datetime) -> None:
        """Items read from the platform this month (it charges per item read)."""
        ...
