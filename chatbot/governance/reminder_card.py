"""A reminder as a card described once for every chat: its words, how overdue it is, and Acknowledge; once
acknowledged, its words and who did it."""

from __future__ import annotations

from chatbot import messages
from chatbot.cards import Button, Buttons, Part, line, small
from chatbot.governance.reminders import Reminder

ACKNOWLEDGE = "acknowledge-reminder"  # the button's action; its value is the reminder's key


def reminder_card(reminder: Reminder, overdue_days: int) -> list[Part]:
    parts: list[Part] = [line(reminder.text)]
    parts += [small(messages.reminder_overdue(overdue_days))] if overdue_days else []
    return [*parts, Buttons("reminder", (Button("Acknowledge", ACKNOWLEDGE, reminder.key, "primary"),))]


def acknowledged_card(text: str, note: str) -> list[Part]:
    return [line(text), small(note)]
