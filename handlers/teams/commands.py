"""Commands in the bot's 1:1 chat: pause REASON, resume, policy, help (Slack's /countersign, said to the bot)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

from chatbot import messages
from chatbot.approval.events import MessageRef, UnpublishRequested
from chatbot.approval.withdrawal import ConsentWithdrawal
from chatbot.approval.withdrawal_card import withdrawal_card
from chatbot.cards import Line
from chatbot.governance import pausing
from chatbot.policy.summary import rules_in_force
from handlers.teams import translate
from handlers.teams.deps import TeamsDeps
from handlers.teams.draft_form import form_reply
from handlers.teams.home import home_reply
from handlers.teams.incident_form import build_incident_form
from handlers.teams.markup import teams_text
from handlers.teams.neutral_cards import card_from_parts
from handlers.teams.outbox import message
from handlers.teams.sdk import MessageActivityInput

HELP = (
    "Say **draft** for the draft form (who is pictured, an exception, a time), **template NAME** for one filled in, "
    "**home** for what waits for you and the week ahead, **incident** to report a concern, **unpublish LINK** and "
    "why to take a post down (approvers), **consent-withdrawn NAME** for the posts a pupil was named in "
    "(approvers), **pause** and why to stop all publishing (approvers), **resume** to start "
    "again, and **policy** to see the rules Countersign checks. Drafts with photos go in the drafts channel as "
    "ordinary posts."
)


def is_command(activity: dict[str, Any]) -> bool:
    return (activity.get("conversation") or {}).get("conversationType") == "personal" and bool(
        translate.author(activity)
    )


def answer(activity: dict[str, Any], deps: TeamsDeps) -> str | MessageActivityInput | None:
    """Runs in a worker thread; the reply for the person, in Teams' Markdown, or the draft form; None when the bot
    has already posted its answer (the home card, which it then keeps up to date)."""
    words = translate.plain_text(str(activity.get("text") or "")).removeprefix("@Countersign").strip()
    verb, _, rest = words.partition(" ")
    user = translate.author(activity)
    if verb.casefold() in ("draft", "template"):
        return _form(deps, verb.casefold(), rest.strip())
    if verb.casefold() == "home" and deps.homes is not None:
        deps.homes.show(user, str((activity.get("conversation") or {}).get("id") or ""))
        return None
    if verb.casefold() == "home":
        return message(*home_reply(deps, user))
    if verb.casefold() == "consent-withdrawn":
        return consent_withdrawn(deps, user, rest)
    if verb.casefold() == "incident":
        return message(teams_text(messages.INCIDENT_FORM_OFFERED, deps.people.name_of), build_incident_form())
    replies = {"pause": lambda: pause(deps, user, rest), "resume": lambda: resume(deps, user),
               "policy": lambda: policy_text(deps),
               "unpublish": lambda: unpublish(deps, user, rest, activity)}  # fmt: skip
    reply = replies.get(verb.casefold(), lambda: HELP)()
    return teams_text(reply, deps.people.name_of)


def _form(deps: TeamsDeps, verb: str, name: str) -> str | MessageActivityInput:
    """ "draft" opens the form; "template NAME" opens it filled in with a template's words."""
    templates = deps.service.store.templates
    if verb == "template" and not name:
        return teams_text(messages.template_list(templates.names()), deps.people.name_of)
    text = templates.text(name) if verb == "template" else ""
    if text is None:
        return teams_text(messages.template_unknown(name, templates.names()), deps.people.name_of)
    return message(*form_reply(deps, text))


async def reply_to(activity: dict[str, Any], deps: TeamsDeps) -> str | MessageActivityInput | None:
    return await asyncio.to_thread(answer, activity, deps)


def pause(deps: TeamsDeps, user: str, reason: str) -> str:
    refused = pausing.pause(deps.service, user, reason, datetime.now(UTC), lambda said: _announce(deps, said))
    return refused.replace("/countersign", "@Countersign") if refused else "Publishing is paused."


def resume(deps: TeamsDeps, user: str) -> str:
    return pausing.resume(deps.service, user, datetime.now(UTC), lambda said: _announce(deps, said)) or (
        "Publishing has resumed."
    )


def unpublish(deps: TeamsDeps, user: str, said: str, activity: dict[str, Any]) -> str:
    """ "unpublish LINK [why]": the post a link points to is taken down, as the report card's button does."""
    link, _, reason = said.strip().partition(" ")
    if not link:
        return messages.UNPUBLISH_HOW
    event = UnpublishRequested(MessageRef("teams", "", ""), user, f"cmd:{activity.get('id')}", datetime.now(UTC),
                               reason.strip() or None)  # fmt: skip
    return deps.service.unpublish_link(link, event)


def consent_withdrawn(deps: TeamsDeps, user: str, name: str) -> str | MessageActivityInput:
    """ "consent-withdrawn NAME" (approvers): the posts that pupil was named in, each with Take it down."""
    desk = ConsentWithdrawal(deps.service.store, deps.service.approvers, deps.service.ctx)
    found = desk.posts(user, name, datetime.now(UTC))
    if isinstance(found, str):
        return teams_text(found, deps.people.name_of)
    parts, name_of = withdrawal_card(name, found, deps.service.ctx.zone), deps.people.name_of
    heading = parts[0].text if isinstance(parts[0], Line) else ""
    return message(teams_text(heading, name_of), card_from_parts(parts, name_of))


def _announce(deps: TeamsDeps, text: str) -> None:
    deps.outbox.post(deps.teams.drafts_channel or "", teams_text(text, deps.people.name_of))


def policy_text(deps: TeamsDeps) -> str:
    ctx = deps.service.ctx
    lines = [f"**{ctx.profile.title}** — what Countersign checks before a post can be approved:"]
    lines += [f"- **{rule.rule}** ({rule.severity}): {rule.clause}" for rule in rules_in_force(ctx)]
    if ctx.schedule is not None:
        lines.append(f"Posting hours: {ctx.schedule.describe()}.")
    return "\n".join(lines)
