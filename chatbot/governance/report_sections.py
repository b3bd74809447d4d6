"""The governors' report's content, once, for the HTML and the PDF: sections of sentences, tables and charts.
Counts and staff names only: no post's words, no reply's content, no pupil's name."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from chatbot.governance.term_figures import Figures
from chatbot.school.money import Money

KINDS = {"e-safety": "E-safety incidents", "safeguarding": "Safeguarding concerns",
         "allegation": "Allegations about staff"}  # fmt: skip


@dataclass(frozen=True)
class Table:
    title: str
    heads: tuple[str, str]
    rows: tuple[tuple[str, str], ...]
    counts: bool = True  # the second column holds numbers (else words)


@dataclass(frozen=True)
class Chart:
    title: str
    counts: dict[str, float]


@dataclass(frozen=True)
class Section:
    title: str
    words: str
    parts: tuple[Table | Chart, ...] = field(default_factory=tuple)


def _table(title: str, heads: tuple[str, str], rows: Sequence[tuple[str, object]]) -> Table:
    return Table(title, heads, tuple((str(a), str(b)) for a, b in rows))


def _chart(title: str, counts: dict[str, int] | dict[str, float]) -> tuple[Chart, ...]:
    return (Chart(title, {k: float(v) for k, v in counts.items()}),) if counts else ()


def sections(figures: Figures, clauses: dict[str, str], name_of: Callable[[str], str], money: Money
             ) -> list[Section]:  # fmt: skip
    return [_published(figures, money), _checks(figures, clauses, name_of), _approvals(figures, name_of),
            _incidents(figures), _followers(figures), _reminders(figures), _consent(figures),
            _what_was_published(figures)]  # fmt: skip


def _published(figures: Figures, money: Money) -> Section:
    d = figures.drafts
    words = f"Posts published: {sum(d.published_by_week.values())}. Spend on the networks: {money.say(d.spend_usd)}."
    networks = _table("By network", ("Network", "Posts"), list(d.published_by_network.items()))
    weekly = _chart("Posts published, by week", dict(sorted(d.published_by_week.items())))
    return Section("Posts published", words, (networks, *weekly))


def _checks(figures: Figures, clauses: dict[str, str], name_of: Callable[[str], str]) -> Section:
    d = figures.drafts
    words = (f"Drafts checked: {d.drafts}. Rejected by an approver: {d.rejected}. Taken down after publishing: "
             f"{d.taken_down}.")  # fmt: skip
    blocked = [(f"{rule}: {clauses.get(rule, '')}", n) for rule, n in d.blocked_by_rule.most_common()]
    warned = [(f"{rule}: {clauses.get(rule, '')}", n) for rule, n in d.warned_by_rule.most_common()]
    accepted = [(name_of(person), n) for person, n in d.warnings_accepted_by.most_common()]
    return Section("Drafts checked against the policy", words, (
        _table("Blocked, by rule", ("Rule and clause", "Drafts"), blocked),
        *_chart("Drafts blocked, by rule", dict(d.blocked_by_rule.most_common())),
        _table("Warned, by rule", ("Rule and clause", "Drafts"), warned),
        _table("Warnings accepted, by approver", ("Approver", "Drafts"), accepted),
        Table("Published outside the posting hours, by exception", ("Published", "Exception and why"),
              _exceptions(figures), counts=False)))  # fmt: skip


def _exceptions(figures: Figures) -> tuple[tuple[str, str], ...]:
    rows = []
    for post in (post for post in figures.published if post.get("exception")):
        kind, why = post["exception"]
        rows.append((f"{post['at']:%a %-d %b %Y %H:%M}", f"{kind}: {why or 'no reason given'}"))
    return tuple(rows)


def _approvals(figures: Figures, name_of: Callable[[str], str]) -> Section:
    middle, slowest = figures.median_minutes_to_approval, figures.slowest_minutes_to_approval
    words = (f"From draft to approval: {duration(middle)} in the middle case, {duration(slowest)} at the slowest."
             if middle is not None else "No drafts were approved in this period.")  # fmt: skip
    by = {name_of(person): n for person, n in figures.drafts.approvals_by.most_common()}
    return Section("Approvals", words, (_table("By approver", ("Approver", "Approvals"), list(by.items())),
                                        *_chart("Approvals, by approver", by)))  # fmt: skip


def _incidents(figures: Figures) -> Section:
    i = figures.incidents
    words = (f"Counts only: what was said is kept for the people it went to, and is never in this report. "
             f"Escalated because nobody acknowledged them in time: {i.escalated}. Sent to a person to decide because "
             f"Countersign was unsure: {i.triaged}.")  # fmt: skip
    rows = [(KINDS.get(kind, kind), n) for kind, n in sorted(i.by_kind.items())]
    waits = [(KINDS.get(kind, kind), duration(wait)) for kind, wait in sorted(i.minutes_to_acknowledge.items())]
    acknowledged = _table("Time to acknowledge, middle case", ("Kind", "Time"), waits)
    return Section("Incidents", words, (_table("By kind", ("Kind", "Incidents"), rows), acknowledged))


def _followers(figures: Figures) -> Section:
    rows = sorted(figures.follower_decisions.items())
    said = f"New followers an approver decided on: {sum(figures.follower_decisions.values())}."
    return Section("New followers reviewed", said, (_table("By decision", ("Decision", "Followers"), list(rows)),))


def _reminders(figures: Figures) -> Section:
    rows: list[tuple[str, object]] = [("Acknowledged", figures.reminders_acknowledged),
                                      ("Not acknowledged", figures.reminders_open)]  # fmt: skip
    said = "Password changes, the policy review, consent refresh and the weekly follower review."
    return Section("Reminders", said, (_table("Reminders", ("", "Number"), rows),))


def _consent(figures: Figures) -> Section:
    said = "Pupils on the roster by photo consent, at the end of the period (counts, never names)."
    return Section("Photo consent", said, (_table("Pupils", ("Consent", "Pupils"), list(figures.consent.items())),
                                           *_chart("Photo consent, pupils", figures.consent)))  # fmt: skip


def _what_was_published(figures: Figures) -> Section:
    """The words as they went out, and each photo's description: public already, kept for published_days."""
    rows = tuple((f"{post['at']:%a %-d %b %Y %H:%M}", _published_words(post)) for post in figures.published)
    said = "Every post published in the period, as it went out (photos by their descriptions)."
    return Section("What was published", said, (Table("Posts", ("Published", "Words"), rows, counts=False),))


def _published_words(post: dict[str, Any]) -> str:
    described = [f"[photo: {d or 'no description'}]" for d in post.get("descriptions") or []]
    return " ".join([str(post["text"]), *described])


def duration(minutes: float | None) -> str:
    if minutes is None:
        return "—"
    if minutes < 90:
        return f"{minutes:.0f} minutes"
    return f"{minutes / 60:.1f} hours" if minutes < 48 * 60 else f"{minutes / 1440:.1f} days"
