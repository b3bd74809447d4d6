"""Taking a published post down: an approver's wastebasket emoji, or `/countersign unpublish LINK`."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from chatbot import messages
from chatbot.approval.events import UnpublishRequested
from chatbot.approval.states import State, Transition
from chatbot.errors import CountersignError

if TYPE_CHECKING:
    from chatbot.approval.service import WorkflowService


def unpublish(service: WorkflowService, event: UnpublishRequested) -> None:
    """Delete the post on the platform (a dry-run post has none), then record who took it down."""
    stored = service.store.get(event.ref.draft_id)
    if stored is None or stored.state != State.PUBLISHED or not service.approvers.may_approve(event.user):
        return
    post_id = service.store.recall(stored.id, "post_id")
    try:
        if post_id:
            service.publisher.delete(post_id)
    except CountersignError as error:
        service.notifier.say(event.ref, messages.UNPUBLISH_FAILED.format(error=error))
        return
    detail = {"post_id": post_id, "reason": event.reason}
    service.store.apply(stored.id, Transition.UNPUBLISHED, event.user, event.at, detail)
    taken_down = messages.UNPUBLISHED.format(network=service.publisher.name)
    service.notifier.say(event.ref, taken_down if post_id else messages.UNPUBLISHED_DRY_RUN)


def unpublish_link(service: WorkflowService, link: str, event: UnpublishRequested) -> str:
    """Find the draft a post's link came from, then take it down as the emoji does; returns what to answer."""
    post_id = link.rstrip("/").rsplit("/", 1)[-1].split("?")[0]
    draft_id = service.store.draft_of_post(post_id) if post_id.isdigit() else None
    stored = service.store.get(draft_id) if draft_id else None
    if stored is None or stored.state != State.PUBLISHED:
        return messages.UNKNOWN_POST
    if not service.approvers.may_approve(event.user):
        return messages.ONLY_APPROVERS_UNPUBLISH
    service.unpublish_requested(replace(event, ref=stored.ref))
    return messages.UNPUBLISHED.format(network=service.publisher.name)
