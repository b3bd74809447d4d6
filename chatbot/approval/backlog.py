"""Drafts with photos are taken in at once and checked on the worker pool; what a crash interrupts is replayed."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from chatbot.errors import CountersignError
from chatbot.store.inbox import Inbox
from chatbot.workers import Busy, Workers

logger = logging.getLogger(__name__)
Handle = Callable[[dict[str, Any]], None]
# An event still in the inbox this long after it came was interrupted (a crash, Redis away): try it again
REPLAY_AFTER = timedelta(minutes=2)
BUG_TRIES = 3  # a job that fails for a reason other than an outage is not tried for the whole day


class EventBacklog:
    """Message events for one draft run in order on the pool once the first of them is slow (it has photos)."""

    def __init__(self, workers: Workers, inbox: Inbox) -> None:
        self.workers = workers
        self._inbox = inbox
        self._running: set[str] = set()
        self._failures: dict[str, int] = {}
        self._lock = threading.Lock()

    def holds(self, key: str) -> bool:
        return self.workers.holds(key)

    def accept(self, key: str, body: dict[str, Any], handle: Handle) -> None:
        """Record the event (so that acknowledging it loses nothing), then queue it behind its draft's others.

        A redelivery of an event already recorded is left to the first delivery or to `replay`."""
        event_id = str(body["event_id"])
        if self._inbox.keep(event_id, key, json.dumps(body), datetime.now(UTC)):
            self._submit(event_id, key, body, handle)

    def replay(self, handle: Handle, now: datetime | None = None, older_than: timedelta = REPLAY_AFTER) -> int:
        """Queue again the recorded events that nobody here is handling. Returns how many were queued."""
        try:
            waiting = self._inbox.waiting(now or datetime.now(UTC), older_than)
        except CountersignError as error:
            logger.warning("the inbox could not be read; it is tried again in a minute: %s", error)
            return 0
        queued = [self._submit(event_id, key, json.loads(payload), handle) for event_id, key, payload in waiting]
        return sum(queued)

    def _submit(self, event_id: str, key: str, body: dict[str, Any], handle: Handle) -> bool:
        with self._lock:
            if event_id in self._running:
                return False
            self._running.add(event_id)
        try:
            self.workers.submit(key, lambda: self._run(event_id, body, handle))
        except Busy:  # it stays in the inbox; `replay` queues it once the pool has room
            self._release(event_id)
            return False
        return True

    def _run(self, event_id: str, body: dict[str, Any], handle: Handle) -> None:
        try:
            handle(body)
            self._inbox.done(event_id)
            self._forget(event_id)
        except CountersignError:  # Redis or a platform away: `replay` tries again while the event is kept
            raise
        except Exception:
            if self._failed(event_id) >= BUG_TRIES:
                self._inbox.done(event_id)
                self._forget(event_id)
                logger.error("an event failed %d times and was set aside (%s)", BUG_TRIES, event_id)
            raise
        finally:
            self._release(event_id)

    def _failed(self, event_id: str) -> int:
        with self._lock:
            self._failures[event_id] = self._failures.get(event_id, 0) + 1
            return self._failures[event_id]

    def _forget(self, event_id: str) -> None:
        with self._lock:
            self._failures.pop(event_id, None)

    def _release(self, event_id: str) -> None:
        with self._lock:
            self._running.discard(event_id)
