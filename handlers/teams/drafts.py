"""Posts in the drafts channel: a new post is a draft; an edit re-checks it; a deletion withdraws it; 👍 approves."""

from __future__ import annotations

import asyncio
from typing import Any

from chatbot.events import ApprovalGiven
from handlers.teams import commands, translate
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


def register(app: App, deps: TeamsDeps) -> None:
    channel = deps.teams.drafts_channel

    @app.on_message
    async def on_message(ctx: ActivityContext[MessageActivity]) -> None:
        activity = seen(ctx.activity, deps)
        if translate.is_draft(activity, channel):
            event = translate.draft_posted(activity, await deps.images.fetch(activity))
            await asyncio.to_thread(deps.service.draft_posted, event)
        elif commands.is_command(activity):
            await ctx.reply(await commands.reply_to(activity, deps))

    @app.on_message_update
    async def on_update(ctx: ActivityContext[MessageUpdateActivity]) -> None:
        edited = translate.draft_edited(seen(ctx.activity, deps), channel)
        if edited is not None:
            await asyncio.to_thread(deps.service.draft_edited, edited)

    @app.on_message_delete
    async def on_delete(ctx: ActivityContext[MessageDeleteActivity]) -> None:
        deleted = translate.draft_deleted(wire(ctx.activity), channel)
        if deleted is not None:
            await asyncio.to_thread(deps.service.draft_deleted, deleted)

    @app.on_message_reaction
    async def on_reaction(ctx: ActivityContext[MessageReactionActivity]) -> None:
        for event in translate.reactions(seen(ctx.activity, deps), channel, deps.teams.like_approves):
            if isinstance(event, ApprovalGiven):
                await asyncio.to_thread(deps.service.approval_given, event)
            else:
                await asyncio.to_thread(deps.service.approval_revoked, event)


def seen(activity: Any, deps: TeamsDeps) -> dict[str, Any]:
    """The activity's JSON; its author's display name is noted so messages can say who did what."""
    data = wire(activity)
    sender = data.get("from") or {}
    deps.people.saw(str(sender.get("aadObjectId") or ""), sender.get("name"))
    return data
