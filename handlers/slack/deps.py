"""What the Slack listeners need, built once by the composition root and handed to each `register`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol
from zoneinfo import ZoneInfo

from chatbot.approval.backlog import EventBacklog
from chatbot.approval.service import WorkflowService
from chatbot.followers.decisions import FollowerDecisions
from chatbot.governance.reminder_desk import ReminderDesk
from chatbot.incidents.desk import IncidentDesk
from chatbot.school.money import POUNDS, Money
from chatbot.school.roster import Roster
from chatbot.school.settings import SlackSection

LONDON = ZoneInfo("Europe/London")


class Drafters(Protocol):
    restricted: bool  # True: drafts from people who may not draft are refused (`slack.drafters` is set)

    def may_draft(self, user: str) -> bool: ...


@dataclass(frozen=True)
class SlackDeps:
    service: WorkflowService
    slack: SlackSection
    bot_token: str
    file_hosts: frozenset[str]
    followers: dict[str, FollowerDecisions] = field(default_factory=dict)  # by network; empty: alerts are off
    incidents: IncidentDesk | None = None  # None: incidents are turned off
    reminders: ReminderDesk | None = None
    zone: ZoneInfo = LONDON  # the school's time zone, for times shown to people
    drafters: Drafters | None = None  # None: only approvers may search the roster
    backlog: EventBacklog | None = None  # None: drafts with photos are checked on the listener's thread
    money: Money = POUNDS  # spend is shown in the school's currency

    @property
    def roster(self) -> Roster:
        """The roster as its file says now (the bot re-reads it when it changes)."""
        return self.service.ctx.roster
