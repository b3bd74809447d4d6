"""The governors' report for a period: its figures read once, then written as HTML and as a PDF of the same."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from chatbot.governance.report_html import report_html
from chatbot.governance.report_pdf import report_pdf
from chatbot.governance.report_sections import sections
from chatbot.governance.term_figures import Period, gather
from chatbot.school.money import Money
from chatbot.school.roster import Roster
from chatbot.store import RedisStore


@dataclass(frozen=True)
class School:
    name: str
    networks: tuple[str, ...]  # publishing.targets
    money: Money
    roster: Roster
    clauses: dict[str, str]  # each rule's clause of the policy in force


def governors_report(store: RedisStore, school: School, period: Period, made: datetime) -> tuple[str, bytes]:
    """The HTML page and the PDF; people named as the chat last showed them (store.governance.name_of)."""
    figures = gather(store, school.roster, school.networks, period)
    parts = sections(figures, school.clauses, store.governance.name_of, school.money)
    return report_html(parts, school.name, period, made), report_pdf(parts, school.name, period, made)
