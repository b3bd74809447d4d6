"""What one person's page shows at one moment, gathered once so the page is drawn from one consistent picture."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from chatbot.cards import Part
from handlers.local.conversation import Message
from handlers.local.team import Person


@dataclass(frozen=True)
class View:
    you: Person
    version: int
    now: datetime  # the workspace's time, in the school's zone
    pretending: bool
    zone: ZoneInfo
    channel: list[Message]
    private: list[Message]
    home: list[Part]
    replies: dict[str, list[Message]]  # by the message they answer
    notice: str = ""  # the last answer to something this person pressed, for them alone
    trips_held: bool = False  # the profile holds posts from trips: the draft form asks
