"""Taking a published post down: an approver's wastebasket emoji, or `/countersign unpublish LINK`."""

from __future__ import annotations

from dataclasses import dataclass

from chatbot import messages
from chatbot.approval.events import MessageRef, UnpublishRequested
from chatbot.approval.ports import Approvers, Notifier, Publisher
from chatbot.approval.states import State, Transition
from chatbot.errors import CountersignError
from chatbot.store import RedisStore


@dataclass
class Takedown:
    """Deletes published posts for approvers, and records who took each down and why."""

    store: RedisStore
    publisher: Publisher
    notifier: Notifier
    approvers: Approvers

    def unpublish(self, event: UnpublishRequested) -> None:
        """Delete the post on the platform (a dry-run post has none), then record who took it down."""
        stored = self.store.get(event.ref.draft_id)
        if stored is None or stored.state != State.PUBLISHED or not self.approvers.may_approve(event.user):
            return
        post_id = self.store.recall(stored.id, "post_id")
        if not post_id and self.store.recall(stored.id, "post_unlocated"):  # it is up; never call it a dry run
            self.notifier.say(event.ref, messages.UNPUBLISH_UNLOCATED)
            return
        try:
            if post_id:
                self.publisher.delete(post_id)
        except CountersignError as error:
            self.notifier.say(event.ref, messages.UNPUBLISH_FAILED.format(error=error))
            return
        detail = {"post_id": post_id, "reason": event.reason}
        self.store.apply(stored.id, Transition.UNPUBLISHED, event.user, event.at, detail)
        taken_down = messages.UNPUBLISHED.format(network=self.publisher.name)
        self.notifier.say(event.ref, taken_down if post_id else messages.UNPUBLISHED_DRY_RUN)

    def locate(self, link: str, user: str) -> MessageRef | str:
        """The draft a post's link came from, if this person may take it down; else what to answer them."""
        post_id = link.rstrip("/").rsplit("/", 1)[-1].split("?")[0]
        draft_id = self.store.draft_of_post(post_id) if post_id.isdigit() else None
        stored = self.store.get(draft_id) if draft_id else None
        if stored is None or stored.state != State.PUBLISHED:
            return messages.UNKNOWN_POST
        if not self.approvers.may_approve(user):
            return messages.ONLY_APPROVERS_UNPUBLISH
        return stored.ref
