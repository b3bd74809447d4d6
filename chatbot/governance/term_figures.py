"""The governors' report's figures for a period, read from the audit trail: counts, times and names of staff only —
never a post's words, a reply's content or a pupil's name."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from statistics import median
from typing import Any

from chatbot.approval.states import Transition
from chatbot.incidents.model import Incident
from chatbot.school.roster import Roster
from chatbot.store import RedisStore

APPROVALS = ("approval", Transition.APPROVED)  # the store's approve script writes "approval"


@dataclass(frozen=True)
class Period:
    name: str  # "autumn-2026", or the dates
    since: datetime
    until: datetime  # not included

    def holds(self, at: datetime) -> bool:
        return self.since <= at < self.until

    @property
    def file_name(self) -> str:
        """For the report's files: the term's name, or the first and last days (2026-09-01-to-2026-12-18)."""
        if " " not in self.name:
            return self.name
        return f"{self.since:%Y-%m-%d}-to-{self.until - timedelta(seconds=1):%Y-%m-%d}"


@dataclass
class DraftFigures:
    drafts: int = 0
    published_by_week: Counter[str] = field(default_factory=Counter)  # "2026-W37"
    published_by_network: Counter[str] = field(default_factory=Counter)
    spend_usd: float = 0.0
    blocked_by_rule: Counter[str] = field(default_factory=Counter)  # drafts a rule blocked at least once
    warned_by_rule: Counter[str] = field(default_factory=Counter)
    warnings_accepted_by: Counter[str] = field(default_factory=Counter)
    approvals_by: Counter[str] = field(default_factory=Counter)
    minutes_to_approval: list[float] = field(default_factory=list)
    rejected: int = 0
    taken_down: int = 0


@dataclass(frozen=True)
class IncidentFigures:
    by_kind: dict[str, int]
    minutes_to_acknowledge: dict[str, float | None]  # the median, by kind
    escalated: int
    triaged: int


@dataclass(frozen=True)
class Figures:
    period: Period
    drafts: DraftFigures
    incidents: IncidentFigures
    follower_decisions: dict[str, int]
    reminders_acknowledged: int
    reminders_open: int
    consent: dict[str, int]  # pupils with consent, without, expired by the end of the period
    published: tuple[dict[str, Any], ...] = ()  # what went out: when, the words, the photos' descriptions

    @property
    def median_minutes_to_approval(self) -> float | None:
        found = self.drafts.minutes_to_approval
        return median(found) if found else None

    @property
    def slowest_minutes_to_approval(self) -> float | None:
        return max(self.drafts.minutes_to_approval, default=None)


def gather(store: RedisStore, roster: Roster, networks: tuple[str, ...], period: Period) -> Figures:
    drafts = DraftFigures()
    for draft_id in store.draft_ids(period.since):
        _draft(store, draft_id, networks, period, drafts)
    published = tuple(store.published.between(period.since, period.until))
    return Figures(period, drafts, _incidents(store, period), _followers(store, period), *_reminders(store, period),
                   _consent(roster, period.until.date()), published)  # fmt: skip


def _draft(store: RedisStore, draft_id: str, networks: tuple[str, ...], period: Period, into: DraftFigures) -> None:
    history = store.history(draft_id)
    created = datetime.fromisoformat(history[0]["at"]) if history else None
    if created is None or not period.holds(created):
        return
    into.drafts += 1
    rules: dict[str, set[str]] = {"block": set(), "warn": set()}
    for entry in history:
        _step(entry, created, networks, period, rules, into)
    into.blocked_by_rule.update(rules["block"])
    into.warned_by_rule.update(rules["warn"])


def _step(entry: dict[str, str], created: datetime, networks: tuple[str, ...], period: Period,
          rules: dict[str, set[str]], into: DraftFigures) -> None:  # fmt: skip
    at, transition = datetime.fromisoformat(entry["at"]), entry.get("transition", "")
    detail = json.loads(entry.get("detail") or "{}")
    for found in detail.get("findings", []):
        rule, _, severity = str(found).rpartition(":")
        rules.setdefault(severity, set()).add(rule)
    if transition in APPROVALS:  # each approver's; the last one makes it approved
        into.approvals_by[entry["actor"]] += 1
        if entry.get("to") == "approved":
            into.minutes_to_approval.append((at - created).total_seconds() / 60)
        if detail.get("accepted_warnings"):
            into.warnings_accepted_by[entry["actor"]] += 1
    elif transition == Transition.PUBLISHED and period.holds(at):
        _published(at, detail, networks, into)
    elif transition == Transition.REJECTED:
        into.rejected += 1
    elif transition == Transition.UNPUBLISHED:
        into.taken_down += 1


def _published(at: datetime, detail: dict[str, object], networks: tuple[str, ...], into: DraftFigures) -> None:
    year, week, _ = at.isocalendar()
    into.published_by_week[f"{year}-W{week:02d}"] += 1
    into.published_by_network.update(networks)
    cost = detail.get("cost_usd")
    into.spend_usd += float(cost) if isinstance(cost, int | float) else 0.0


def _incidents(store: RedisStore, period: Period) -> IncidentFigures:
    found = [i for i in (store.incidents.get(n) for n in store.incidents.ids(period.since)) if i is not None]
    found = [i for i in found if period.holds(i.steps[0].at if i.steps else i.evidence.occurred_at)]
    kinds: Counter[str] = Counter(str(i.evidence.kind) for i in found if not i.evidence.check)
    waits: dict[str, list[float]] = {}
    for incident in found:
        if (wait := _acknowledged_after(incident)) is not None:
            waits.setdefault(incident.evidence.kind, []).append(wait)
    return IncidentFigures(dict(kinds), {kind: median(waits[kind]) if kind in waits else None for kind in kinds},
                           sum(1 for i in found if i.did("escalated") or i.did("escalate")),
                           sum(1 for i in found if i.evidence.route == "triage"))  # fmt: skip


def _acknowledged_after(incident: Incident) -> float | None:
    raised, seen = incident.did("raised"), incident.did("acknowledge") or incident.did("acknowledged")
    return None if raised is None or seen is None else (seen.at - raised.at).total_seconds() / 60


def _followers(store: RedisStore, period: Period) -> dict[str, int]:
    decisions = [d for d in store.followers.decisions() if period.holds(datetime.fromisoformat(d["at"]))]
    return dict(Counter(d["decision"] for d in decisions))


def _reminders(store: RedisStore, period: Period) -> tuple[int, int]:
    entries = [e for e in store.governance.history() if period.holds(datetime.fromisoformat(e["at"]))]
    reminded = {e["detail"] for e in entries if e["action"] == "reminded"}
    acknowledged = {e["detail"] for e in store.governance.history() if e["action"] == "reminder-acknowledged"}
    return len(reminded & acknowledged), len(reminded - acknowledged)


def _consent(roster: Roster, on: date) -> dict[str, int]:
    given = sum(1 for pupil in roster.pupils if pupil.has_photo_consent(on))
    expired = sum(1 for pupil in roster.pupils if pupil.photo_consent and not pupil.has_photo_consent(on))
    return {"with consent": given, "consent expired": expired, "no consent": len(roster.pupils) - given - expired}
