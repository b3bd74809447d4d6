"""Edits after publication: the public post keeps its words, so the corrected words are kept to be checked as a
new draft when the author or an approver asks."""

from __future__ import annotations

from chatbot.approval.draft import ImageAttachment
from chatbot.approval.events import MessageRef
from chatbot.approval.ports import Approvers
from chatbot.approval.records import kept_images
from chatbot.store import RedisStore

KEY = "correction"


def keep(store: RedisStore, draft_id: str, text: str) -> None:
    """The words the author now wants public (the latest edit wins)."""
    store.remember(draft_id, KEY, text)


def correction(store: RedisStore, approvers: Approvers, ref: MessageRef, user: str
               ) -> tuple[str, tuple[ImageAttachment, ...]] | None:  # fmt: skip
    """The corrected words of a published post, with its photos as they were published, for a new draft: None
    when there is no correction, or `user` is neither its author nor an approver."""
    stored, text = store.get(ref.draft_id), store.recall(ref.draft_id, KEY)
    if stored is None or not text or (user != stored.author and not approvers.may_approve(user)):
        return None
    return text, kept_images(store, stored.id)
