"""A bounded pool for slow work (photo checks, publishing), so that listeners answer the staff chat at once."""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from chatbot.errors import CountersignError

logger = logging.getLogger(__name__)
Job = Callable[[], None]


class Busy(CountersignError):
    """Too much is waiting already: the listener fails, so the chat platform delivers the event again later."""


class Workers:
    """Runs jobs on `threads` threads; jobs with the same key run one after another, in the order given.

    Every job must be safe to lose: what it does is recorded first (a draft in the inbox, an approval in the
    store), so a crash or a failed job is picked up again by whoever sweeps that record.
    """

    def __init__(self, name: str, threads: int, limit: int = 64) -> None:
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix=name)
        self._chains: dict[str, deque[Job]] = {}
        self._waiting = 0
        self._limit = limit
        self._changed = threading.Condition()

    def submit(self, key: str, job: Job) -> None:
        """Queue `job` behind the other jobs for `key`; raises Busy when `limit` jobs are waiting already."""
        with self._changed:
            if self._waiting >= self._limit:
                raise Busy(f"{self._waiting} jobs are waiting; the platform will deliver this again")
            self._waiting += 1
            chain = self._chains.get(key)
            if chain is not None:
                chain.append(job)
                return
            self._chains[key] = deque([job])
        self._pool.submit(self._run_chain, key)

    def holds(self, key: str) -> bool:
        """Whether a job for `key` is waiting or running (later events for it must queue behind it)."""
        with self._changed:
            return key in self._chains

    def waiting(self) -> int:
        with self._changed:
            return self._waiting

    def drain(self, timeout: float = 60.0) -> bool:
        """Wait until nothing is waiting or running; False if `timeout` passed first."""
        with self._changed:
            return self._changed.wait_for(lambda: self._waiting == 0, timeout)

    def close(self, timeout: float = 30.0) -> None:
        """Let running and waiting jobs finish (up to `timeout`), then stop the threads."""
        self.drain(timeout)
        self._pool.shutdown(wait=False, cancel_futures=True)

    def _run_chain(self, key: str) -> None:
        """Run `key`'s jobs until none is left; the key is let go together with the last job's count."""
        while True:
            with self._changed:
                job = self._chains[key].popleft()
            try:
                job()
            except BaseException as error:  # the job's record stays for its sweeper; never its content in a log
                logger.warning("a background job stopped (%s); it will be tried again", type(error).__name__)
            with self._changed:
                self._waiting -= 1
                self._changed.notify_all()
                if not self._chains[key]:
                    del self._chains[key]
                    return
