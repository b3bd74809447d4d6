"""At the start of each term, the governors' report for the term just ended, posted once where the school reads
it (reports.channel, or to the approvers), and remembered so App Home can point to the latest."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol
from zoneinfo import ZoneInfo

from chatbot.governance.report import School, governors_report
from chatbot.governance.report_html import title
from chatbot.governance.terms import last_ended
from chatbot.store import RedisStore

logger = logging.getLogger(__name__)


class ReportNotifier(Protocol):
    def post_report(self, title: str, stem: str, page: str, pdf: bytes) -> str:
        """Post the HTML and the PDF; where they went, in the project's markup (for App Home)."""
        ...


@dataclass
class TermReports:
    store: RedisStore
    school: School
    starts: tuple[date, ...]
    zone: ZoneInfo
    notifier: ReportNotifier

    def send_due(self, now: datetime) -> str | None:
        """The report of the term that ended most recently, the first time this is asked after it ended; its name."""
        ended = last_ended(self.starts, now.astimezone(self.zone).date(), self.zone)
        if ended is None or not self.store.governance.claim_report(ended.name):
            return None
        page, pdf = governors_report(self.store, self.school, ended, now.astimezone(self.zone))
        try:
            stem = f"countersign-report-{ended.file_name}"
            where = self.notifier.post_report(title(self.school.name, ended), stem, page, pdf)
        except Exception:
            self.store.governance.release_report(ended.name)  # the next hourly look tries again
            raise
        self.store.governance.report_posted(ended.name, where, now)
        logger.info("posted the governors' report for %s", ended.name)
        return ended.name
