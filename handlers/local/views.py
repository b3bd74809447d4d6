"""Gathers what one person's page shows, from the conversation, the clock and the core (their home)."""

from __future__ import annotations

from chatbot.governance.home import home_for
from chatbot.governance.home_card import home_card
from handlers.local.team import person
from handlers.local.view import View
from handlers.local.workspace import Workspace


def view_for(ws: Workspace, user: str) -> View:
    you, chat, clock = person(user), ws.conversation, ws.clock
    now = clock.now()
    desk = ws.incidents.desk if ws.incidents else None
    home = home_card(home_for(you.id, now, ws.service, desk, ws.reminders), clock.zone, ws.money)
    return View(you, chat.version, now.astimezone(clock.zone), clock.pretending, clock.zone, chat.in_channel(),
                chat.privately(you.id), home, chat.threads(), ws.notices.get(you.id, ""),
                ws.service.ctx.profile.trip_hold)  # fmt: skip
