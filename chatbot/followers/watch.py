"""The follower poller's work: find new followers reading as little as X charges for, and alert each once."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from itertools import chain, repeat

from chatbot import messages
from chatbot.followers.account import Account, AccountPage
from chatbot.followers.alerts import alert_from, record_of
from chatbot.followers.flags import FlagRules, follower_flags
from chatbot.followers.ports import FollowerNotifier, FollowerSource
from chatbot.store.followers import FollowerStore

logger = logging.getLogger(__name__)
PAGE_SIZES = (20, 100, 1000)  # one small page when nothing changed; bigger ones only when many arrived
FULL_PAGE = 1000  # X's largest page, for reading the whole list
MORE_PAGES = 100  # a bound on one poll; the weekly whole-list read catches anything beyond it


@dataclass(frozen=True)
class PollReport:
    read: int  # followers read from the platform (X charges per item)
    new: int  # followers alerted for the first time
    recorded: int | None = None  # on the first run: existing followers recorded without alerts


class FollowerWatch:
    def __init__(self, store: FollowerStore, source: FollowerSource, notifier: FollowerNotifier,
                 rules: FlagRules) -> None:  # fmt: skip
        self.store, self.source, self.notifier, self._rules = store, source, notifier, rules

    def poll(self, now: datetime) -> PollReport:
        """New followers since the last poll; on the very first, the existing ones are recorded quietly."""
        baseline = self.store.baseline()
        if "at" not in baseline:
            return self._record_existing(now, baseline.get("token"))
        with self._counting(now) as read:
            new = self._read_new(now, read)
        self.post_pending()
        return PollReport(read=read[0], new=new)

    def lock(self, owner: str, seconds: int) -> bool:
        """One replica polls at a time: the lock is held while renewed, and expires when its owner dies."""
        return self.store.lock("followers", owner, seconds)

    def reconcile(self, now: datetime) -> int:
        """Read the whole list: alert anyone missed, record who left. Returns how many left."""
        seen: dict[str, str] = {}
        with self._counting(now) as read:
            for page in self._pages(FULL_PAGE, None, read):
                seen.update((a.id, a.handle) for a in page.accounts)
                self._add_unknown(page.accounts, now)
        gone = self.store.known_ids() - seen.keys()
        self.store.forget(self.store.handles(gone), now)
        self.post_pending()
        return len(gone)

    def post_pending(self) -> None:
        """Show every alert not yet shown (a failure leaves the rest for the next poll: none is lost)."""
        for follower_id in self.store.pending():
            stored = self.store.alert(follower_id)
            if stored is not None:
                self.store.alert_posted(follower_id, self.notifier.post_alert(alert_from(stored, self.source.name)))

    def _read_new(self, now: datetime, read: list[int]) -> int:
        new, token = 0, None
        for size in chain(PAGE_SIZES, repeat(FULL_PAGE, MORE_PAGES)):
            page = self.source.followers(size, token)
            read[0] += len(page.accounts)
            added, known_seen = self._add_unknown(page.accounts, now)
            new += added
            if known_seen or not page.next_token:  # newest first: below a known follower, all are known
                break
            token = page.next_token
        return new

    def _add_unknown(self, accounts: tuple[Account, ...], now: datetime) -> tuple[int, bool]:
        unknown = set(self.store.unknown([a.id for a in accounts]))
        added = 0
        for account in reversed(accounts):  # oldest first, so the channel shows them in the order they came
            if account.id in unknown:
                record = record_of(account, follower_flags(account, now, self._rules))
                added += self.store.add_new(account.id, account.handle, record, now)
        return added, len(unknown) < len(accounts)

    def _record_existing(self, now: datetime, token: str | None) -> PollReport:
        with self._counting(now) as read:
            for page in self._pages(FULL_PAGE, token, read):
                self.store.record_known({a.id: a.handle for a in page.accounts}, page.next_token)
        count = self.store.finish_baseline(now)
        logger.info("recorded %d existing followers without alerts (%d read)", count, read[0])
        self.notifier.post_note(messages.followers_recorded(count, self.source.name))
        return PollReport(read=read[0], new=0, recorded=count)

    def _pages(self, size: int, token: str | None, read: list[int]) -> Iterator[AccountPage]:
        while True:
            page = self.source.followers(size, token)
            read[0] += len(page.accounts)
            yield page
            if not page.next_token:
                return
            token = page.next_token

    @contextmanager
    def _counting(self, now: datetime) -> Iterator[list[int]]:
        """Counts the items read even when reading fails part-way: they are charged all the same."""
        read = [0]
        try:
            yield read
        finally:
            self.store.count_reads("followers", read[0], now)
            logger.info("follower poll read %d items from %s", read[0], self.source.name)
