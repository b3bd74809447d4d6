"""Reminders in the Teams drafts channel: the core's reminder card, as an Adaptive Card."""

from __future__ import annotations

from chatbot.governance.reminder_card import acknowledged_card, reminder_card
from chatbot.governance.reminders import Reminder
from handlers.teams.markup import People, teams_text
from handlers.teams.neutral_cards import card_from_parts
from handlers.teams.outbox import Outbox


class TeamsReminderNotifier:
    """Implements chatbot.governance.reminder_desk.ReminderNotifier."""

    def __init__(self, outbox: Outbox, channel: str, people: People) -> None:
        self._outbox, self._channel, self._people = outbox, channel, people

    def post_reminder(self, reminder: Reminder, overdue_days: int) -> tuple[str, str]:
        said = teams_text(reminder.text, self._people.name_of)
        content = card_from_parts(reminder_card(reminder, overdue_days), self._people.name_of)
        return self._channel, self._outbox.post(self._channel, said, content)

    def acknowledged(self, where: tuple[str, str], text: str, note: str) -> None:
        content = card_from_parts(acknowledged_card(text, note), self._people.name_of)
        self._outbox.update(where[0], where[1], teams_text(text, self._people.name_of), content)
