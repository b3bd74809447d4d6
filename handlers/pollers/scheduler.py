"""The scheduler thread: every 30 seconds, the replica holding the lock publishes the drafts that are due."""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime

from chatbot.approval.service import WorkflowService
from chatbot.errors import CountersignError
from chatbot.governance.reminder_desk import ReminderDesk
from chatbot.governance.retention import forget_published, purge_expired
from chatbot.governance.term_reports import TermReports
from handlers.pollers.ticking import start_ticking

logger = logging.getLogger(__name__)
TICK_SECONDS = 30
RETENTION_SECONDS = 3600  # the retention sweep runs hourly
SETTLE_SECONDS = 300  # drafts an outage left in `publishing` are looked at every five minutes
REPORT_SECONDS = 3600  # whether a term has ended, and its report is owed, is looked at hourly
NUDGE_SECONDS = 300  # drafts waiting for approval are looked at every five minutes
LOCK_SECONDS = 90  # a replica that dies lets another take over within a minute and a half


def start_scheduler(service: WorkflowService, stop: threading.Event, retention_days: int = 30,
                    reminders: ReminderDesk | None = None, published_days: int = 480,
                    reports: TermReports | None = None) -> threading.Thread:  # fmt: skip
    def run_once(owner: str, now: datetime) -> int:
        return tick(service, owner, now, retention_days, reminders, published_days, reports)

    return start_ticking("scheduler", TICK_SECONDS, stop, run_once, at_once=False)


def tick(service: WorkflowService, owner: str, now: datetime | None = None, retention_days: int = 30,
         reminders: ReminderDesk | None = None, published_days: int = 480, reports: TermReports | None = None
         ) -> int:  # fmt: skip
    now = now or datetime.now(UTC)
    try:
        if not service.store.lock("scheduler", owner, LOCK_SECONDS):
            return 0
        published = service.publish_due(now)
        if service.store.every("settle", SETTLE_SECONDS):
            published += service.settle_stuck(now)
        if service.store.every("nudges", NUDGE_SECONDS):
            service.remind_approvers(now)
        if service.store.every("retention", RETENTION_SECONDS):
            purge_expired(service.store.retention, now, retention_days)
            forget_published(service.store.published, service.store.retention, now, published_days)
        service.store.retention.compact_pending()  # a rewrite owed since the last sweep, if Redis was busy
        if reminders is not None:
            reminders.remind(now)
        if reports is not None and service.store.every("term-report", REPORT_SECONDS):
            reports.send_due(now)
        return published
    except CountersignError as error:  # Redis away for a moment: the next tick tries again, nothing is lost
        logger.warning("scheduler tick skipped: %s", error)
        return 0
    except Exception as error:  # e.g. Slack refusing a reminder: the thread must live on; no content logged
        logger.warning("scheduler tick stopped part-way (%s); the next tick tries again", type(error).__name__)
        return 0
