"""`/countersign pause REASON`, `resume` and `policy`: the switches and the policy in plain words."""

from __future__ import annotations

from datetime import UTC, datetime

from slack_sdk import WebClient

from chatbot import messages
from chatbot.policy.summary import rules_in_force
from handlers.slack.deps import SlackDeps


def pause(deps: SlackDeps, client: WebClient, user: str, reason: str) -> str:
    """What to answer the person privately; the channel is told when publishing is paused."""
    if not deps.service.approvers.may_approve(user):
        return messages.ONLY_APPROVERS_PAUSE
    if not reason.strip():
        return messages.PAUSE_NEEDS_REASON
    governance = deps.service.store.governance
    if not governance.pause(user, reason.strip(), datetime.now(UTC)):
        current = governance.paused() or {}
        return messages.ALREADY_PAUSED.format(reason=current.get("reason", ""), by=current.get("by", ""))
    _announce(deps, client, messages.paused_notice(user, reason.strip()))
    return ""


def resume(deps: SlackDeps, client: WebClient, user: str) -> str:
    if not deps.service.approvers.may_approve(user):
        return messages.ONLY_APPROVERS_PAUSE
    now = datetime.now(UTC)
    if not deps.service.store.governance.resume(user, now):
        return messages.NOT_PAUSED
    waiting = len(deps.service.store.scheduled())
    _announce(deps, client, messages.resumed_notice(user, waiting))
    return ""


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
