"""Trip mode (Dimple Well: "no posts will be made from an offsite location until children have departed that
location"): a post from a trip in progress can be approved once the trip lead says the group has left."""

from __future__ import annotations

from datetime import datetime

from chatbot import messages
from chatbot.approval.events import MessageRef
from chatbot.approval.ports import Approvers, Notifier
from chatbot.store import RedisStore, StoredDraft

KEY = "trip_left"  # kept beside the draft, not in its record, so a re-check does not forget it


def refusal(store: RedisStore, stored: StoredDraft) -> str | None:
    """Why the draft cannot be approved yet: its trip has not been left, by the trip lead's word."""
    if not stored.record.get("trip_hold") or store.recall(stored.id, KEY):
        return None
    return messages.TRIP_HELD


def left(store: RedisStore, notifier: Notifier, approvers: Approvers, ref: MessageRef, user: str, at: datetime
         ) -> str | None:  # fmt: skip
    """The trip lead (the author, or an approver for them) says the group has left; audited. Why not, if refused."""
    stored = store.get(ref.draft_id)
    if stored is None or not stored.record.get("trip_hold"):
        return messages.TRIP_NOT_HELD
    if user != stored.author and not approvers.may_approve(user):
        return messages.TRIP_LEAD_ONLY
    if store.recall(stored.id, KEY):  # said already: a second press changes nothing
        return None
    store.remember(stored.id, KEY, user)
    store.governance.record("trip-left", user, at, stored.id)
    notifier.say(ref, messages.trip_left(user))
    return None
