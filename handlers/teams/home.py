"""A person's home in Teams: "home" in the bot's 1:1 chat answers with a card of what Slack's App Home shows —
the week ahead, what waits for them, their drafts, the schedule, incidents on their route, reminders and spend."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from chatbot import messages
from chatbot.governance.home import Home, home_for
from chatbot.governance.week import Day
from chatbot.school.money import Money
from handlers.teams.cards import Card, card, text_block
from handlers.teams.deps import TeamsDeps

EXCERPT = 80


def _excerpt(text: str, limit: int = EXCERPT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _list(title: str, lines: list[str]) -> list[dict[str, object]]:
    return [text_block(f"**{title}**", spacing="Medium"), text_block("\n".join(lines) if lines else "_Nothing._")]


def _day(day: Day, zone: ZoneInfo) -> str:
    posts = [f"{p.at.astimezone(zone):%H:%M} {_excerpt(p.draft.record.get('text', ''), 40)}"
             + ("" if p.approved else " _(if approved)_") for p in day.posts[:6]]  # fmt: skip
    return f"- **{day.day:%a %-d %b}**: " + ("; ".join(posts) if posts else "_nothing planned_")


def build_home_card(home: Home, zone: ZoneInfo, money: Money) -> Card:
    body = [text_block("👋 **Countersign**: what is waiting for you.", size="Medium")]
    body += _list("This week", [_day(day, zone) for day in home.week])
    if home.approver:
        body += _list("Waiting for your approval", [f"- {_excerpt(d.record.get('text', ''))}" for d in home.to_approve])
    body += _list("Your drafts", [f"- {_excerpt(d.record.get('text', ''))} — _{d.state.replace('_', ' ')}_"
                                  for d in home.mine])  # fmt: skip
    body += _list("Scheduled", [f"- {_excerpt(d.record.get('text', ''))} — {at.astimezone(zone):%a %-d %b %H:%M}"
                                for d, at in home.scheduled])  # fmt: skip
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
