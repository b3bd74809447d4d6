"""Reminders in the Teams drafts channel: the card with its Acknowledge button."""

from __future__ import annotations

from chatbot import messages
from chatbot.governance.reminders import Reminder
from handlers.teams.cards import card, execute, text_block
from handlers.teams.markup import People, teams_text
from handlers.teams.outbox import Outbox


class TeamsReminderNotifier:
    """Implements chatbot.governance.reminder_desk.ReminderNotifier."""

    def __init__(self, outbox: Outbox, channel: str, people: People) -> None:
        self._outbox, self._channel, self._people = outbox, channel, people

    def post_reminder(self, reminder: Reminder, overdue_days: int) -> tuple[str, str]:
        body = [text_block(teams_text(reminder.text, self._people.name_of))]
        if overdue_days:
            body.append(text_block(messages.reminder_overdue(overdue_days), isSubtle=True))
        acknowledge = execute("Acknowledge", "acknowledge-reminder", {"reminder": reminder.key}, "positive")
        posted = self._outbox.post(self._channel, teams_text(reminder.text, self._people.name_of),
                                   card(body, [acknowledge]))  # fmt: skip
        return self._channel, posted

    def acknowledged(self, where: tuple[str, str], text: str, note: str) -> None:
        name_of = self._people.name_of
        content = card([text_block(teams_text(text, name_of)), text_block(teams_text(note, name_of), isSubtle=True)])
        self._outbox.update(where[0], where[1], teams_text(text, name_of), content)
