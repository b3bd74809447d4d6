"""Posts in the drafts channel: a new post is a draft; an edit re-checks it; a deletion withdraws it; 👍 approves."""

from __future__ import annotations

import asyncio
from typing import Any

from chatbot.approval.events import ApprovalGiven
from handlers.teams import commands, photo_drafts, translate
from handlers.teams.deps import TeamsDeps
from handlers.teams.sdk import (
    ActivityContext,
    App,
    MessageActivity,
    MessageDeleteActivity,
    MessageReactionActivity,
    MessageUpdateActivity,
)


def wire(activity: Any) -> dict[str, Any]:
    """The activity as Teams sent it (camelCase JSON), which the pure translators read."""
    data: dict[str, Any] = activity.model_dump(by_alias=True, exclude_none=True, mode="json")
    return data


def seen(activity: Any, deps: TeamsDeps) -> dict[str, Any]:
    """The activity's JSON; its author's display name is noted so messages can say who did what, and kept so the
    governors' report names them (a leaver too)."""
    data = wire(activity)
    sender = data.get("from") or {}
    user, name = str(sender.get("aadObjectId") or ""), sender.get("name")
    if deps.people.saw(user, name):
        deps.service.store.governance.remember_name(user, str(name))
    return data


async def on_message(ctx: ActivityContext[MessageActivity], deps: TeamsDeps) -> None:
    activity = seen(ctx.activity, deps)
    if translate.is_draft(activity, deps.teams.drafts_channel):
        if photo_drafts.take_in(activity, deps):
            return
        event = translate.draft_posted(activity, await deps.images.fetch(activity))
        await asyncio.to_thread(deps.service.draft_posted, event)
    elif commands.is_command(activity) and (reply := await commands.reply_to(activity, deps)):
        await ctx.reply(reply)


async def on_update(ctx: ActivityContext[MessageUpdateActivity], deps: TeamsDeps) -> None:
    activity = seen(ctx.activity, deps)
    edited = translate.draft_edited(activity, deps.teams.drafts_channel)
    if edited is not None and not photo_drafts.take_in(activity, deps):
        await asyncio.to_thread(deps.service.draft_edited, edited)


async def on_delete(ctx: ActivityContext[MessageDeleteActivity], deps: TeamsDeps) -> None:
    deleted = translate.draft_deleted(wire(ctx.activity), deps.teams.drafts_channel)
    if deleted is not None:
        await asyncio.to_thread(deps.service.draft_deleted, deleted)


async def on_reaction(ctx: ActivityContext[MessageReactionActivity], deps: TeamsDeps) -> None:
    activity = seen(ctx.activity, deps)
    for event in translate.reactions(activity, deps.teams.drafts_channel, deps.teams.like_approves):
        if isinstance(event, ApprovalGiven):
            await asyncio.to_thread(deps.service.approval_given, event)
        else:
            await asyncio.to_thread(deps.service.approval_revoked, event)


def register(app: App, deps: TeamsDeps) -> None:
    app.on_message(lambda ctx: on_message(ctx, deps))
    app.on_message_update(lambda ctx: on_update(ctx, deps))
    app.on_message_delete(lambda ctx: on_delete(ctx, deps))
    app.on_message_reaction(lambda ctx: on_reaction(ctx, deps))
