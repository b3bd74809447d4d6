"""What the Teams listeners need, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from chatbot.approval.backlog import EventBacklog
from chatbot.approval.service import WorkflowService
from chatbot.followers.decisions import FollowerDecisions
from chatbot.governance.reminder_desk import ReminderDesk
from chatbot.incidents.desk import IncidentDesk
from chatbot.school.money import POUNDS, Money
from handlers.teams.config import TeamsSection
from handlers.teams.files import ImageFetcher
from handlers.teams.markup import People
from handlers.teams.outbox import Outbox


class Homes(Protocol):
    """Each person's home card, kept up to date (handlers/teams/home_updates.py, which needs these deps)."""

    def show(self, user: str, conversation: str) -> None: ...

    def changed(self) -> None: ...


@dataclass
class TeamsDeps:
    service: WorkflowService
    teams: TeamsSection
    images: ImageFetcher
    outbox: Outbox
    people: People
    followers: dict[str, FollowerDecisions] = field(default_factory=dict)  # by network, as Slack's
    incidents: IncidentDesk | None = None
    reminders: ReminderDesk | None = None
    money: Money = POUNDS  # spend is shown in the school's currency
    homes: Homes | None = None
    backlog: EventBacklog | None = None  # None: a draft's photos are checked before Teams gets its answer
