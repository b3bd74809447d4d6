"""A person's home in Teams: "home" in the bot's 1:1 chat answers with a card of what Slack's App Home shows —
the week ahead, what waits for them, their drafts, the schedule, incidents on their route, reminders and spend."""

from __future__ import annotations

import html
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from chatbot import messages
from chatbot.approval.events import TimeChosen
from chatbot.governance.home import Home, home_for
from chatbot.governance.week import day_line, excerpt
from chatbot.school.money import Money
from chatbot.store import StoredDraft
from handlers.teams import translate
from handlers.teams.cards import SCHEDULE_INPUTS, Card, card, execute, text_block
from handlers.teams.deps import TeamsDeps
from handlers.teams.markup import teams_text
from handlers.teams.scheduling import picked

RESCHEDULE_VERB, CANCEL_VERB = "home-reschedule", "home-cancel"


def _said(text: str) -> str:
    """A line in the project's markup as Teams' Markdown (the words in it were escaped by the core)."""
    return html.unescape(teams_text(text, lambda _: "a colleague"))


def _words(draft: StoredDraft) -> str:
    return _said(excerpt(draft.record.get("text", "")))


def _list(title: str, lines: list[str]) -> list[dict[str, object]]:
    return [text_block(f"**{title}**", spacing="Medium"), text_block("\n".join(lines) if lines else "_Nothing._")]


def _changes(draft_id: str) -> dict[str, object]:
    """Change time (a day and time, opened under the line) and Cancel, for approvers, as on Slack's App Home."""
    when = card(list(SCHEDULE_INPUTS), [execute("Save", RESCHEDULE_VERB, {"draft_id": draft_id})])
    return {"type": "ActionSet", "actions": [
        {"type": "Action.ShowCard", "title": "Change time", "card": when},
        execute("Cancel", CANCEL_VERB, {"draft_id": draft_id}, "destructive")]}  # fmt: skip


def changed(activity: dict[str, Any], deps: TeamsDeps, verb: str) -> str:
    """A home card's Change time or Cancel: the core's rescheduling, answered to the person who pressed it."""
    data = translate.action_data(activity)
    service, user, now = deps.service, translate.author(activity), datetime.now(UTC)
    stored = service.store.get(str(data.get("draft_id") or ""))
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


def build_home_card(home: Home, zone: ZoneInfo, money: Money) -> Card:
    body = [text_block("👋 **Countersign**: what is waiting for you.", size="Medium")]
    body += _list("This week", [f"- {_said(day_line(day, zone))}" for day in home.week])
    if home.approver:
        body += _list("Waiting for your approval", [f"- {_words(d)}" for d in home.to_approve])
    body += _list("Your drafts", [f"- {_words(d)} — _{d.state.replace('_', ' ')}_"
                                  for d in home.mine])  # fmt: skip
    body += [text_block("**Scheduled**", spacing="Medium")] + ([] if home.scheduled else [text_block("_Nothing._")])
    for draft, at in home.scheduled:
        body.append(text_block(f"- {_words(draft)} — {at.astimezone(zone):%a %-d %b %H:%M}"))
        if home.approver:
            body.append(_changes(draft.id))
    body += _list("Open incidents for you", [f"- {i.id} ({i.evidence.kind}) — _{i.state}_" for i in home.incidents])
    body += _list("Reminders due", [f"- {r.text}" for r in home.reminders])
    body.append(text_block(messages.home_spend(money.say(home.spend)), isSubtle=True, size="Small"))
    if home.replies is not None:
        said = messages.replies_counted(home.replies, "in the last seven days")
        body.append(text_block(said, isSubtle=True, size="Small"))
    return card(body)


def home_reply(deps: TeamsDeps, user: str) -> tuple[str, Card]:
    home = home_for(user, datetime.now(UTC), deps.service, deps.incidents, deps.reminders)
    return messages.HOME_SUMMARY, build_home_card(home, deps.service.ctx.zone, deps.money)
