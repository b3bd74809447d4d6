"""`/countersign pause REASON`, `resume` and `policy`: the switches and the policy in plain words."""

from __future__ import annotations

from datetime import UTC, datetime

from slack_sdk import WebClient

from chatbot.governance import pausing
from chatbot.policy.summary import rules_in_force
from handlers.slack.deps import SlackDeps


def pause(deps: SlackDeps, client: WebClient, user: str, reason: str) -> str:
    """What to answer the person privately; the channel is told when publishing is paused."""
    now = datetime.now(UTC)
    return pausing.pause(deps.service, user, reason, now, lambda said: _announce(deps, client, said)) or ""


def resume(deps: SlackDeps, client: WebClient, user: str) -> str:
    return pausing.resume(deps.service, user, datetime.now(UTC), lambda said: _announce(deps, client, said)) or ""


def _announce(deps: SlackDeps, client: WebClient, text: str) -> None:
    if deps.slack.drafts_channel:
        client.chat_postMessage(channel=deps.slack.drafts_channel, text=text)


def policy_text(deps: SlackDeps) -> str:
    """`/countersign policy`: the rules in force, blocking first, each with its clause."""
    ctx = deps.service.ctx
    icons = {"block": ":no_entry:", "warn": ":warning:", "info": ":information_source:"}
    lines = [f"*{ctx.profile.title}* — what Countersign checks before a post can be approved:"]
    for rule in rules_in_force(ctx):
        lines.append(f"{icons.get(rule.severity.split()[0], '•')} *{rule.rule}* ({rule.severity}): {rule.clause}")
    if ctx.schedule is not None:
        lines.append(f"Posting hours: {ctx.schedule.describe()}.")
    return "\n".join(lines)
