"""After a restart or an outage: nothing approved is lost, and nothing caught mid-publication is posted twice."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from chatbot import messages
from chatbot.approval.ports import Notifier, Publisher
from chatbot.approval.publication import PUBLISHING_LEASE_SECONDS, Publication, publishing_lease
from chatbot.approval.states import BOT, State, Transition
from chatbot.errors import CountersignError
from chatbot.store import RedisStore, StoredDraft

logger = logging.getLogger(__name__)
RECOVERY = "recovery"  # the lease holder for drafts recovery is settling: a publisher's lease keeps it away


@dataclass
class Recovery:
    """Settles what a crash interrupted; it looks at the platform before anything is posted again."""

    store: RedisStore
    publisher: Publisher
    notifier: Notifier
    publication: Publication

    def resume(self, at: datetime, days: int = 7) -> int:
        """At start-up: settle drafts left in `publishing`, then release approved ones. Returns how many were
        released. A platform that does not answer leaves its draft waiting for `settle_stuck`, never a crash."""
        return sum(self._recover(draft_id, at) for draft_id in self.store.draft_ids(at - timedelta(days=days)))

    def settle_stuck(self, at: datetime, days: int = 7) -> int:
        """While running: settle drafts in `publishing` whose publisher has stopped holding them (it crashed, or
        the platform was down when they were last looked at), and release approved drafts whose publishing job
        was lost (a failed or refused background job). Returns how many were released."""
        settled = 0
        for draft_id in self.store.draft_ids(at - timedelta(days=days)):
            stored = self.store.get(draft_id)
            if stored is None:
                continue
            if stored.state == State.APPROVED or (stored.state == State.PUBLISHING and self._unheld(draft_id)):
                settled += self._recover(draft_id, at)
        return settled

    def reconcile(self, stored: StoredDraft, at: datetime) -> StoredDraft | None:
        """The platform may have taken the post just before the crash: look before posting again."""
        found = self.publisher.find_recent(stored.record["text"])
        if found is None:
            self.store.apply(stored.id, Transition.REQUEUED, BOT, at)
            return self.store.get(stored.id)
        self.store.apply(stored.id, Transition.PUBLISHED, BOT, at, {"post_id": found.post_id, "reconciled": True})
        if found.post_id:
            self.store.remember(stored.id, "post_id", found.post_id)
            self.store.index_post(found.post_id, stored.id)
        self.notifier.say(stored.ref, messages.PUBLISHED.format(url=found.url))
        return None

    def _recover(self, draft_id: str, at: datetime) -> int:
        stored = self.store.get(draft_id)
        try:
            if stored is not None and stored.state == State.PUBLISHING:
                stored = self.reconcile(stored, at)
        except CountersignError as error:  # the platform is down: the scheduler looks again (it holds the lease)
            logger.warning("a draft caught mid-publication waits to be settled: %s", error)
            self.store.take_lock(publishing_lease(draft_id), RECOVERY, PUBLISHING_LEASE_SECONDS)
            return 0
        if stored is None or stored.state != State.APPROVED:
            return 0
        self.publication.release(stored.ref, stored, at)
        return 1

    def _unheld(self, draft_id: str) -> bool:
        return self.store.lock(publishing_lease(draft_id), RECOVERY, PUBLISHING_LEASE_SECONDS)
