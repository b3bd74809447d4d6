"""A draft checked with the 600-pupil corpus roster (tests/data/names/), for the tests of reading in context."""

from __future__ import annotations

from bench.names_corpus import MONDAY, context
from chatbot.approval.draft import Draft
from chatbot.policy import check
from chatbot.policy.finding import Report


def report(text: str, profile: str = "default") -> Report:
    return check(Draft(text, MONDAY), context(profile))


def flagged(text: str, rule: str, profile: str = "default") -> bool:
    return any(f.rule == rule and f.severity != "info" for f in report(text, profile).findings)
