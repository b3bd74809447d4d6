"""A person's home in Teams: "home" in the bot's 1:1 chat answers with the core's home card (what Slack's App Home
shows), and its Change time and Cancel are answered here."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from chatbot import messages
from chatbot.approval.events import TimeChosen
from chatbot.governance import home_card
from chatbot.governance.home import Home, home_for
from chatbot.school.money import Money
from handlers.teams import translate
from handlers.teams.cards import Card
from handlers.teams.deps import TeamsDeps
from handlers.teams.neutral_cards import card_from_parts
from handlers.teams.scheduling import picked

RESCHEDULE_VERB, CANCEL_VERB = home_card.RESCHEDULE, home_card.CANCEL


def changed(activity: dict[str, Any], deps: TeamsDeps, verb: str) -> str:
    """A home card's Change time or Cancel: the core's rescheduling, answered to the person who pressed it."""
    data = translate.action_data(activity)
    service, user, now = deps.service, translate.author(activity), datetime.now(UTC)
    stored = service.store.get(str(data.get("value") or data.get("draft_id") or ""))  # draft_id: cards sent before
    if stored is None:
        return messages.TIME_TOO_LATE
    if verb == CANCEL_VERB:
        return service.rescheduling.cancel(stored.id, user, now) or messages.CANCELLED
    try:
        chosen = picked(data, service.ctx.zone)
    except ValueError:
        return messages.TIME_UNREADABLE
    event = TimeChosen(stored.ref, user, chosen, f"card:{activity.get('id')}", now)
    return service.rescheduling.change(event) or messages.TIME_SAVED


def build_home_card(home: Home, zone: ZoneInfo, money: Money, name_of: Callable[[str], str]) -> Card:
    return card_from_parts(home_card.home_card(home, zone, money), name_of)


def home_reply(deps: TeamsDeps, user: str) -> tuple[str, Card]:
    home = home_for(user, datetime.now(UTC), deps.service, deps.incidents, deps.reminders)
    return messages.HOME_SUMMARY, build_home_card(home, deps.service.ctx.zone, deps.money, deps.people.name_of)
