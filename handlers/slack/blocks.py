"""Block Kit of the draft's thread that is Slack's own (the report is the core's card), as pure functions."""

from __future__ import annotations

from datetime import date
from typing import Any

from chatbot.messages import verdict_summary
from chatbot.policy.finding import Report
from chatbot.school.roster import Roster
from handlers.slack.block_parts import option

NO_CONSENT_MARK = " (no photo consent)"


def report_summary(report: Report) -> str:
    """The notification text (what phones show): the verdict in words, no names."""
    return verdict_summary(report.verdict)


def pupil_options(roster: Roster, query: str, today: date, limit: int = 100) -> list[dict[str, Any]]:
    """Roster pupils whose name contains the typed text, for the pictured multi-select (Slack shows 100);
    a pupil without photo consent today is marked, so the person choosing sees it before the check does."""
    wanted = query.casefold().strip()
    found = {p.full_name: p for p in roster.pupils if wanted and wanted in p.full_name.casefold()}
    marked = [(name, "" if found[name].has_photo_consent(today) else NO_CONSENT_MARK) for name in sorted(found)]
    return [option(name + mark, name) for name, mark in marked[:limit]]
