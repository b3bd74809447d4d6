"""The weekly review for senior leaders: the week's new followers, alerts still undecided, unfollows, and how many
replies were read, raised and triaged."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from chatbot.errors import PlatformError
from chatbot.followers.alerts import alert_from
from chatbot.followers.ports import Digest
from chatbot.followers.watch import FollowerWatch
from chatbot.school.weekly import latest

logger = logging.getLogger(__name__)
WEEK = timedelta(days=7)


class WeeklyReview:
    def __init__(self, watch: FollowerWatch, spec: str | None, zone: ZoneInfo, track_unfollows: bool,
                 replies: Callable[[datetime, datetime], dict[str, int]] | None = None) -> None:  # fmt: skip
        """`replies(since, now)`: the week's replies read, raised and triaged, when incidents are on."""
        self._watch, self._spec, self._zone, self._track = watch, spec, zone, track_unfollows
        self._replies = replies

    def send_if_due(self, now: datetime) -> bool:
        """Sends this week's review once, after its time, and only for weeks the alerts were on."""
        store = self._watch.store
        baseline = store.baseline().get("at")
        if self._spec is None or baseline is None:
            return False
        moment = latest(self._spec, now, self._zone)
        name = f"digest:{moment:%Y-%m-%d}"
        if moment < datetime.fromisoformat(baseline) or store.done(name):
            return False
        self._watch.notifier.post_digest(self.build(moment - WEEK, now, self._unfollows(now)))
        store.mark_done(name, 8 * 24 * 3600)
        return True

    def build(self, since: datetime, now: datetime, unfollows_read: bool = True) -> Digest:
        store, platform = self._watch.store, self._watch.source.name
        new, undecided = store.new_since(since), store.undecided()
        alerts = {i: store.alert(i) for i in {*new, *undecided}}
        shown = {i: alert_from(a, platform) for i, a in alerts.items() if a is not None}
        reads = sum(store.reads(f"{now:%Y-%m}").values())
        return Digest(
            since=since,
            new=tuple(shown[i] for i in new if i in shown),
            undecided=tuple(shown[i] for i in undecided if i in shown),
            unfollowed=tuple(store.unfollowed_since(since).values()) if unfollows_read else (),
            reads_this_month=reads,
            cost_this_month=reads * self._watch.source.read_cost,
            unfollows_known=unfollows_read,
            replies=self._replies(since, now) if self._replies else None,
        )

    def _unfollows(self, now: datetime) -> bool:
        if not self._track:
            return False
        try:
            self._watch.reconcile(now)
        except PlatformError as error:  # the review still goes out; it says the unfollows are missing
            logger.warning("could not read the whole follower list for the review: %s", error)
            return False
        return True
