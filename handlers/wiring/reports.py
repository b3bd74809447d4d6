"""Builds the term-end governors' report from settings: the term dates, the school, and the chat that posts it."""

from __future__ import annotations

from chatbot.governance.report import School
from chatbot.governance.term_reports import ReportNotifier, TermReports
from chatbot.policy.context import PolicyContext
from chatbot.school.settings import Settings
from chatbot.store import RedisStore


def term_reports(settings: Settings, store: RedisStore, ctx: PolicyContext, notifier: ReportNotifier
                 ) -> TermReports | None:  # fmt: skip
    """None without reminders.term_starts: there is no term to report on."""
    starts = tuple(settings.reminders.term_starts)
    if len(starts) < 2:  # a term ends when the next starts
        return None
    return TermReports(store, school(settings, ctx), starts, ctx.zone, notifier)


def school(settings: Settings, ctx: PolicyContext) -> School:
    """What the report needs to know of the school: its name, networks, currency, roster and policy's clauses."""
    return School(settings.school.name, tuple(settings.publishing.targets), settings.school.money(), ctx.roster,
                  ctx.clauses)  # fmt: skip
