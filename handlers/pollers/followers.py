"""The follower poller thread: each minute the replica holding the lock polls when due and sends the review."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime

from chatbot.errors import CountersignError
from chatbot.followers.decisions import FollowerDecisions
from chatbot.followers.digest import WeeklyReview
from chatbot.followers.watch import FollowerWatch, PollReport
from handlers.pollers.ticking import start_ticking

logger = logging.getLogger(__name__)
TICK_SECONDS = 60
LOCK_SECONDS = 180  # a replica that dies lets another take over within three minutes


@dataclass(frozen=True)
class FollowerAlerts:
    watch: FollowerWatch
    review: WeeklyReview
    decisions: FollowerDecisions
    interval_seconds: int


def start_follower_poller(alerts: FollowerAlerts, stop: threading.Event) -> threading.Thread:
    return start_ticking("follower-poller", TICK_SECONDS, stop, lambda owner, now: tick(alerts, owner, now))


def tick(alerts: FollowerAlerts, owner: str, now: datetime) -> PollReport | None:
    """Polls at most once per interval across replicas and restarts (the interval is kept in Redis)."""
    store = alerts.watch.store
    try:
        if not alerts.watch.lock(owner, LOCK_SECONDS):
            return None
        report = None
        alerts.watch.post_pending()  # alerts Slack did not take last time go out within a minute
        if not store.done("poll"):
            store.mark_done("poll", alerts.interval_seconds)  # before polling: a failing X is not hammered
            report = alerts.watch.poll(now)
        alerts.review.send_if_due(now)
        return report
    except CountersignError as error:  # X or Redis away for a while: the next interval tries again
        logger.warning("follower poll skipped: %s", error)
    except Exception as error:  # e.g. Slack refusing a message; never the alert's content in the log
        logger.warning(
            "follower poll stopped part-way (%s); unsent alerts wait for the next poll", type(error).__name__
        )
    return None
