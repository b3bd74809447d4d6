"""After a restart: nothing approved is lost, and nothing caught mid-publication is posted twice."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from chatbot import messages
from chatbot.approval.ports import Notifier, Publisher
from chatbot.approval.publication import Publication
from chatbot.approval.states import BOT, State, Transition
from chatbot.store import RedisStore, StoredDraft


@dataclass
class Recovery:
    """Settles what a crash interrupted; it looks at the platform before anything is posted again."""

    store: RedisStore
    publisher: Publisher
    notifier: Notifier
    publication: Publication

    def resume(self, at: datetime, days: int = 7) -> int:
        """Settle drafts left in `publishing`, then release approved ones. Returns how many were released."""
        released = 0
        for draft_id in self.store.draft_ids(at - timedelta(days=days)):
            stored = self.store.get(draft_id)
            if stored is not None and stored.state == State.PUBLISHING:
                stored = self.reconcile(stored, at)
            if stored is not None and stored.state == State.APPROVED:
                self.publication.release(stored.ref, stored, at)
                released += 1
        return released

    def reconcile(self, stored: StoredDraft, at: datetime) -> StoredDraft | None:
        """The platform may have taken the post just before the crash: look before posting again."""
        found = self.publisher.find_recent(stored.record["text"])
        if found is None:
            self.store.apply(stored.id, Transition.REQUEUED, BOT, at)
            return self.store.get(stored.id)
        self.store.apply(stored.id, Transition.PUBLISHED, BOT, at, {"post_id": found.post_id, "reconciled": True})
        if found.post_id:
            self.store.remember(stored.id, "post_id", found.post_id)
        self.notifier.say(stored.ref, messages.PUBLISHED.format(url=found.url))
        return None
