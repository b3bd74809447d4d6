"""What the workspace's pages and presses need, built once by the composition root (handlers/local/wiring.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from chatbot.approval.service import WorkflowService
from chatbot.governance.reminder_desk import ReminderDesk
from chatbot.governance.term_reports import TermReports
from chatbot.school.money import POUNDS, Money
from handlers.local.clock import Clock
from handlers.local.conversation import CHANNEL, Conversation
from handlers.local.network import PracticeNetwork, PracticePublisher
from handlers.local.team import BOT
from handlers.pollers import incidents as incident_poller
from handlers.pollers import scheduler
from handlers.pollers.followers import FollowerAlerts
from handlers.pollers.incidents import Incidents
from handlers.pollers.ticking import replica


@dataclass
class Workspace:
    service: WorkflowService
    conversation: Conversation
    clock: Clock
    network: PracticeNetwork
    publisher: PracticePublisher
    school: str
    targets: tuple[str, ...]
    followers: FollowerAlerts | None = None
    incidents: Incidents | None = None
    reminders: ReminderDesk | None = None
    money: Money = POUNDS
    retention_days: int = 30
    published_days: int = 480
    reports: TermReports | None = None  # the governors' report at each term's end, when term_starts are set
    notices: dict[str, str] = field(default_factory=dict)  # the last answer to each person's press, theirs alone

    def tell(self, person: str, text: str | None) -> None:
        """Answer a press for this person only (Slack's ephemeral message); a fresh press clears the last one."""
        self.notices[person] = text or ""
        self.conversation.touch()

    def announce(self, text: str) -> None:
        """Said by the bot in the drafts channel, for everyone (a pause, a resume)."""
        self.conversation.post(CHANNEL, BOT, text, self.clock.now())

    def tick(self) -> None:
        """What the pollers do on their clocks, done now by the workspace's clock (also after it was moved)."""
        now = self.clock.now()
        scheduler.tick(
            self.service, replica(), now, self.retention_days, self.reminders, self.published_days, self.reports
        )
        if self.incidents is not None:
            incident_poller.tick(self.incidents, replica(), now)
