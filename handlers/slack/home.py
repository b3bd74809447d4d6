"""App Home: each person's own view, published when they open it: the week ahead, and Change time and Cancel on
scheduled posts."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from slack_bolt import Ack, App
from slack_sdk import WebClient

from chatbot import messages
from chatbot.governance.home import Home, home_for, report_line
from chatbot.governance.week import day_line, excerpt
from chatbot.school.money import POUNDS, Money
from handlers.slack import ids
from handlers.slack.block_parts import button, context, section
from handlers.slack.deps import SlackDeps

LINES_PER_SECTION = 25  # a section holds 3,000 characters: a long list continues in the next one


def _list(title: str, lines: list[str]) -> dict[str, Any]:
    return section(f"*{title}*\n" + ("\n".join(lines) if lines else "_Nothing._"))


def _long_list(title: str, lines: list[str]) -> list[dict[str, Any]]:
    """Every line, however many: the waiting drafts are all shown, not the first ten."""
    parts = [lines[n : n + LINES_PER_SECTION] for n in range(0, len(lines), LINES_PER_SECTION)] or [[]]
    return [_list(title, parts[0])] + [section("\n".join(part)) for part in parts[1:]]


def build_home(home: Home, zone: ZoneInfo, money: Money = POUNDS) -> dict[str, Any]:
    blocks: list[dict[str, Any]] = [section(":wave: *Countersign*: what is waiting for you.")]
    if home.approver:
        blocks += _long_list("Waiting for your approval", [f"• {excerpt(d.record.get('text', ''))}"
                                                           for d in home.to_approve])  # fmt: skip
    blocks.append(_list("Your drafts", [f"• {excerpt(d.record.get('text', ''))} — _{d.state.replace('_', ' ')}_"
                                        for d in home.mine]))  # fmt: skip
    blocks.append(_list("This week", [day_line(day, zone) for day in home.week]))
    blocks.append(section("*Scheduled*" + ("" if home.scheduled else "\n_Nothing._")))
    for draft, at in home.scheduled:
        blocks.append(section(f"• {excerpt(draft.record.get('text', ''))} — {at.astimezone(zone):%a %-d %b %H:%M}"))
        if home.approver:
            blocks.append({"type": "actions", "elements": [
                button("Change time", ids.ACTION_HOME_RESCHEDULE, draft.id),
                button("Cancel", ids.ACTION_HOME_CANCEL, draft.id, style="danger")]})  # fmt: skip
    blocks.append(_list("Recently published", [f"• {excerpt(d.record.get('text', ''))}" + (f" — <{link}|view>" if link
                                               else "") for d, link in home.published]))  # fmt: skip
    if home.incidents:
        blocks.append(_list("Open incidents for you", [f"• {i.id} ({i.evidence.kind}) — _{i.state}_"
                                                        for i in home.incidents]))  # fmt: skip
    blocks.append(_list("Reminders due", [f"• {r.text}" for r in home.reminders]))
    blocks.append(context(messages.home_spend(money.say(home.spend))))
    if home.replies is not None:
        blocks.append(context(messages.replies_counted(home.replies, "in the last seven days")))
    if home.report:
        blocks.append(context(report_line(home.report)))
    return {"type": "home", "blocks": blocks[:100]}


def register(app: App, deps: SlackDeps, zone: ZoneInfo) -> None:
    def publish_home(client: WebClient, user: str) -> None:
        home = home_for(user, datetime.now(UTC), deps.service, deps.incidents, deps.reminders)
        client.views_publish(user_id=user, view=build_home(home, zone, deps.money))

    def handle_home_opened(event: dict[str, Any], client: WebClient) -> None:
        if event.get("tab", "home") == "home" and event.get("user"):
            publish_home(client, event["user"])

    def handle_cancel(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        user, draft_id = body["user"]["id"], (body.get("actions") or [{}])[0].get("value", "")
        deps.service.rescheduling.cancel(draft_id, user, datetime.now(UTC))  # refused, it is still listed below
        publish_home(client, user)

    app.event("app_home_opened")(handle_home_opened)
    app.action(ids.ACTION_HOME_CANCEL)(handle_cancel)
