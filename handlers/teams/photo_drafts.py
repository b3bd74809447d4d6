"""Drafts with photos are taken in at once, so Teams has its answer, then fetched and checked on the photo pool."""

from __future__ import annotations

from typing import Any

from handlers.teams import translate
from handlers.teams.deps import TeamsDeps
from handlers.teams.files import image_sources

EDITED = "messageUpdate"


def take_in(activity: dict[str, Any], deps: TeamsDeps) -> bool:
    """True when the pool has it: a new draft with photos, or an edit of a draft whose photos are still checked
    (it waits its turn behind them). Recorded in Redis first, so a crash after Teams' answer loses nothing."""
    backlog, key = deps.backlog, _key(activity)
    if backlog is None:
        return False
    edited = activity.get("type") == EDITED
    if not (backlog.holds(key) if edited else bool(image_sources(activity))):
        return False
    event_id = f"teams:{activity['id']}:{activity.get('timestamp') if edited else 'posted'}"
    backlog.accept(key, {"event_id": event_id, "activity": activity}, lambda body: handle(deps, body))
    return True


def handle(deps: TeamsDeps, body: dict[str, Any]) -> None:
    """On the pool (or replayed from the inbox): fetch the photos through the bot's event loop, then check."""
    activity = body["activity"]
    if activity.get("type") == EDITED:
        edited = translate.draft_edited(activity, deps.teams.drafts_channel)
        if edited is not None:
            deps.service.draft_edited(edited)
        return
    images = deps.outbox.connector.call(lambda: deps.images.fetch(activity))
    deps.service.draft_posted(translate.draft_posted(activity, images))


def _key(activity: dict[str, Any]) -> str:
    return f"teams:{translate.channel_of(activity)}:{activity.get('id')}"
