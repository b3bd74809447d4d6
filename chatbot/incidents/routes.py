"""Who an incident goes to, by kind, and who may act on it: the policies' orange and yellow forms."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from chatbot.incidents.classifier import Kind
from chatbot.school.settings import IncidentsSection


@dataclass(frozen=True)
class Route:
    kind: Kind
    channel: str | None  # shown in this shared channel; None: the content never reaches a channel
    mention: tuple[str, ...]  # named on the channel card (the Computing Lead)
    private_to: tuple[str, ...]  # sent privately to each
    escalate_to: tuple[str, ...] = ()  # when unacknowledged by the deadline
    deadline: timedelta | None = None

    @property
    def people(self) -> frozenset[str]:
        """Only these may act on the incident."""
        return frozenset((*self.mention, *self.private_to, *self.escalate_to))

    @property
    def deliverable(self) -> bool:
        return bool(self.channel or self.private_to)


def routes(config: IncidentsSection, drafts_channel: str | None) -> dict[Kind, Route]:
    dsl, head = tuple(config.dsl), tuple(config.headteacher)
    deadline = timedelta(minutes=config.escalate_after_minutes)
    return {
        "e-safety": Route(
            "e-safety", config.channel or drafts_channel, tuple(config.computing_lead), (), dsl, deadline
        ),
        "safeguarding": Route("safeguarding", None, (), dsl),
        "allegation": Route("allegation", None, (), head),
    }
