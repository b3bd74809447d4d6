"""Published posts on Teams: Take it down (under an edit made after publishing, or on the consent-withdrawn card),
and the check of an edit's corrected words as a new draft (posted by the bot, then approved like any other)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from chatbot import messages
from chatbot.approval.corrections import correction
from chatbot.approval.events import DraftPosted, MessageRef, UnpublishRequested
from handlers.teams import translate
from handlers.teams.deps import TeamsDeps
from handlers.teams.markup import teams_text

ONCE_SECONDS = 24 * 3600  # a button pressed twice, or an invoke Teams sends again, makes one new draft


def take_down(activity: dict[str, Any], deps: TeamsDeps, why: str | None = None) -> str:
    """Approvers only, recorded with who (and why, from the consent-withdrawn card): the core's take-down."""
    ref = MessageRef.of(str(translate.action_data(activity).get("value") or ""))
    event = UnpublishRequested(ref, translate.author(activity), f"card:{activity.get('id')}", datetime.now(UTC), why)
    deps.service.unpublish_requested(event)
    return messages.TAKE_DOWN_ASKED


def consent_take_down(activity: dict[str, Any], deps: TeamsDeps) -> str:
    return take_down(activity, deps, messages.CONSENT_TAKEDOWN_REASON)


def corrected(activity: dict[str, Any], deps: TeamsDeps) -> str:
    draft_id, user = str(translate.action_data(activity).get("value") or ""), translate.author(activity)
    service, ref = deps.service, MessageRef.of(draft_id)
    found = correction(service.store, service.approvers, ref, user)
    if found is None:
        return messages.CORRECTION_NOT_YOURS
    if not service.store.every(f"correction:{draft_id}", ONCE_SECONDS):
        return messages.CORRECTION_SENT
    text, images = found
    said = teams_text(messages.CORRECTION_FROM.format(user=user, text=text), deps.people.name_of)
    posted = MessageRef("teams", ref.channel, deps.outbox.post(ref.channel, said))
    service.draft_posted(DraftPosted(posted, user, text, f"correction:{draft_id}", datetime.now(UTC), images=images,
                                     photos_unseen=bool(images)))  # fmt: skip
    return messages.CORRECTION_SENT
