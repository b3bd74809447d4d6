"""The incident thread: each minute the replica holding the lock delivers, escalates and reads mentions when due."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime

from chatbot.errors import CountersignError
from chatbot.incidents.desk import IncidentDesk
from chatbot.incidents.mentions import MentionWatch
from chatbot.incidents.reader import Reader
from chatbot.incidents.retraining import learn
from chatbot.incidents.weekly_check import WeeklyCheck
from handlers.pollers.ticking import start_ticking

logger = logging.getLogger(__name__)
TICK_SECONDS = 60
LOCK_SECONDS = 180
LEARN_SECONDS = 7 * 24 * 3600  # the classifier refits with the week's triage decisions


@dataclass(frozen=True)
class Incidents:
    desk: IncidentDesk
    mentions: tuple[MentionWatch, ...]  # one per network it can read (none without credentials)
    interval_seconds: int
    reader: Reader | None = None  # the classifier the mentions are read with: it learns weekly
    weekly_check: WeeklyCheck | None = None  # the DSL confirms a few replies read as nothing each week


def start_incident_poller(incidents: Incidents, stop: threading.Event) -> threading.Thread:
    return start_ticking("incident-poller", TICK_SECONDS, stop, lambda owner, now: tick(incidents, owner, now))


def tick(incidents: Incidents, owner: str, now: datetime) -> int | None:
    """Escalations are due by the clock given (deadlines live in Redis, so they survive restarts)."""
    desk = incidents.desk
    try:
        if not desk.store.lock(owner, LOCK_SECONDS):
            return None
        desk.deliver_pending()
        escalated = desk.escalate_due(now)
        for watch in incidents.mentions:
            name = "mentions" if watch.network == "X" else f"mentions:{watch.network.lower()}"
            if desk.store.due_every(name, incidents.interval_seconds):
                watch.poll(now)
        if incidents.weekly_check is not None:
            incidents.weekly_check.send_if_due(now)
        if incidents.reader is not None and desk.store.due_every("learn", LEARN_SECONDS):
            learn(desk.store, incidents.reader, now)
        return escalated
    except CountersignError as error:
        logger.warning("incident tick skipped: %s", error)
    except Exception as error:  # e.g. Slack refusing; never the incident's content in the log
        logger.warning("incident tick stopped part-way (%s); undelivered incidents wait", type(error).__name__)
    return None
