"""A person's home as a card described once for every chat: what waits for them, their drafts, the week ahead, the
schedule (with Change time and Cancel for approvers), what was published, incidents, reminders and spend."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from chatbot import messages
from chatbot.approval.draft_form import schedule_form
from chatbot.cards import Ask, Button, Buttons, Part, line, small
from chatbot.governance.home import Home, report_line
from chatbot.governance.week import day_line, excerpt
from chatbot.school.money import Money
from chatbot.store import StoredDraft

RESCHEDULE, CANCEL = "home-reschedule", "home-cancel"
LINES_PER_PART = 25  # a chat limits a block of text (Slack: 3,000 characters): a long list goes on in the next


def home_card(home: Home, zone: ZoneInfo, money: Money) -> list[Part]:
    parts: list[Part] = [line(":wave: *Countersign*: what is waiting for you.")]
    if home.approver:
        parts += _listed("Waiting for your approval", [_words(d) for d in home.to_approve])
    parts += _listed("Your drafts", [f"{_words(d)} — _{d.state.replace('_', ' ')}_" for d in home.mine])
    parts += _listed("This week", [day_line(day, zone) for day in home.week], bullet="")  # each day opens in bold
    parts += _scheduled(home, zone)
    parts += _listed("Recently published", [_words(d) + (f" — <{link}|view>" if link else "")
                                            for d, link in home.published])  # fmt: skip
    parts += _listed("Open incidents for you", [f"{i.id} ({i.evidence.kind}) — _{i.state}_" for i in home.incidents])
    parts += _listed("Reminders due", [r.text for r in home.reminders])
    parts.append(small(messages.home_spend(money.say(home.spend))))
    if home.replies is not None:
        parts.append(small(messages.replies_counted(home.replies, "in the last seven days")))
    if home.report:
        parts.append(small(report_line(home.report)))
    return parts


def _words(draft: StoredDraft) -> str:
    return excerpt(draft.record.get("text", ""))


def _listed(title: str, said: list[str], bullet: str = "• ") -> list[Part]:
    """Every line, however many (all the waiting drafts, not the first ten), under its title."""
    rows = [bullet + one for one in said] or ["_Nothing._"]
    chunks = ["\n".join(rows[n : n + LINES_PER_PART]) for n in range(0, len(rows), LINES_PER_PART)]
    return [line(f"*{title}*\n{chunks[0]}"), *map(line, chunks[1:])]


def _scheduled(home: Home, zone: ZoneInfo) -> list[Part]:
    if not home.scheduled:
        return _listed("Scheduled", [])
    parts: list[Part] = [line("*Scheduled*")]
    for draft, at in home.scheduled:
        parts.append(line(f"• {_words(draft)} — {at.astimezone(zone):%a %-d %b %H:%M}"))
        if home.approver:
            change = Ask("Change time", RESCHEDULE, schedule_form(zone, at), RESCHEDULE, draft.id)
            parts.append(Buttons(f"scheduled-{draft.id}", (change, Button("Cancel", CANCEL, draft.id, "danger"))))
    return parts
