"""A person's home as a card described once for every chat: the week ahead, what waits for them, their drafts, the
schedule (with Change time and Cancel for approvers), what was published, incidents, reminders and spend."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from chatbot import messages
from chatbot.cards import Button, Buttons, Field, Part, line, small
from chatbot.governance.home import Home, report_line
from chatbot.governance.week import day_line, excerpt
from chatbot.school.money import Money

RESCHEDULE, CANCEL = "home-reschedule", "home-cancel"
DAY, TIME = "publish_on", "publish_time"


def home_card(home: Home, zone: ZoneInfo, money: Money) -> list[Part]:
    parts: list[Part] = [line("*This week*"), *(small(day_line(day, zone)) for day in home.week)]
    if home.approver:
        parts += _listed("Waiting for your approval", [excerpt(d.record.get("text", "")) for d in home.to_approve])
    parts += _listed("Your drafts", [f"{excerpt(d.record.get('text', ''))} — _{d.state.replace('_', ' ')}_"
                                     for d in home.mine])  # fmt: skip
    parts += _scheduled(home, zone)
    parts += _listed("Published", [excerpt(d.record.get("text", "")) + (f" <{link}|(see it)>" if link else "")
                                   for d, link in home.published])  # fmt: skip
    parts += _listed("Open incidents for you", [f"{i.id} ({i.evidence.kind}) — _{i.state}_" for i in home.incidents])
    parts += _listed("Reminders due", [r.text for r in home.reminders])
    parts.append(small(messages.home_spend(money.say(home.spend))))
    if home.replies is not None:
        parts.append(small(messages.replies_counted(home.replies, "in the last seven days")))
    if home.report:
        parts.append(small(report_line(home.report)))
    return parts


def _listed(title: str, lines: list[str]) -> list[Part]:
    return [line(f"*{title}*"), *(small(f"• {said}") for said in lines or ["_Nothing._"])]


def _scheduled(home: Home, zone: ZoneInfo) -> list[Part]:
    if not home.scheduled:
        return _listed("Scheduled", [])
    parts: list[Part] = [line("*Scheduled*")]
    for draft, at in home.scheduled:
        parts.append(small(f"• {excerpt(draft.record.get('text', ''))} — {at.astimezone(zone):%a %-d %b %H:%M}"))
        if home.approver:
            parts.append(Buttons(f"scheduled-{draft.id}", (Button("Change to the time below", RESCHEDULE, draft.id),
                                                           Button("Cancel", CANCEL, draft.id, "danger"))))  # fmt: skip
    if home.approver:
        parts += [Field(DAY, "New day for a scheduled post", "date"), Field(TIME, "at", "time")]
    return parts
