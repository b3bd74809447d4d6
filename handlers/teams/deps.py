"""What the Teams listeners need, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from chatbot.service import WorkflowService
from handlers.teams.config import TeamsSection
from handlers.teams.files import ImageFetcher
from handlers.teams.markup import People
from handlers.teams.outbox import Outbox


@dataclass(frozen=True)
class TeamsDeps:
    service: WorkflowService
    teams: TeamsSection
    images: ImageFetcher
    outbox: Outbox
    people: People
