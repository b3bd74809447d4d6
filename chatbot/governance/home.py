"""What one person's App Home shows: what waits for them, their drafts, what is scheduled and published,
the incidents they may see, reminders due, and the month's X spend."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from chatbot.approval.service import WorkflowService
from chatbot.approval.states import State
from chatbot.governance.reminder_desk import ReminderDesk
from chatbot.governance.reminders import Reminder
from chatbot.governance.week import DAYS, Day, week
from chatbot.incidents.desk import IncidentDesk
from chatbot.incidents.model import RESOLVED, Incident
from chatbot.incidents.tallies import replies_since
from chatbot.store import StoredDraft

LOOK_BACK = timedelta(days=30)
READ_COST = 0.001  # US dollars per item read from the account's own lists (X pay-per-use, 2026)


@dataclass(frozen=True)
class Home:
    approver: bool
    to_approve: tuple[StoredDraft, ...]
    mine: tuple[StoredDraft, ...]
    scheduled: tuple[tuple[StoredDraft, datetime], ...]
    published: tuple[tuple[StoredDraft, str | None], ...]  # with the post's link
    incidents: tuple[Incident, ...]
    reminders: tuple[Reminder, ...]
    spend: float  # this month, US dollars: posts published plus items read
    week: tuple[Day, ...] = ()  # today and the six days after: what goes out, and what would if approved
    replies: dict[str, int] | None = None  # the last seven days' replies read, raised and triaged; None: no incidents
    report: dict[str, str] | None = None  # the latest governors' report: its term, where it was posted, when


def home_for(user: str, now: datetime, service: WorkflowService, incidents: IncidentDesk | None,
             reminders: ReminderDesk | None) -> Home:  # fmt: skip
    store, approver = service.store, service.approvers.may_approve(user)
    month_start = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    loaded = [d for d in (store.get(i) for i in reversed(store.draft_ids(min(now - LOOK_BACK, month_start)))) if d]
    recent, this_month = set(store.draft_ids(now - LOOK_BACK)), set(store.draft_ids(month_start))  # ids only
    drafts = [d for d in loaded if d.id in recent]
    waiting = tuple(d for d in drafts if d.state == State.AWAITING_APPROVAL and d.author != user) if approver else ()
    scheduled = _scheduled(service, now)
    published = [d for d in drafts if d.state == State.PUBLISHED]
    links = tuple((d, _link(store.recall(d.id, "post_id"))) for d in published[:5])
    return Home(approver, waiting, tuple(d for d in drafts if d.author == user)[:10], scheduled[:10], links,
                _visible(incidents, user, now), tuple(reminders.open(now)) if reminders else (),
                _spend(service, [d for d in loaded if d.id in this_month], now),
                week(now, service.ctx.zone, scheduled, drafts),
                replies_since(incidents.store, now - timedelta(days=6), now) if incidents else None,
                store.governance.latest_report() if approver else None)  # fmt: skip


def _scheduled(service: WorkflowService, now: datetime) -> tuple[tuple[StoredDraft, datetime], ...]:
    """The first ten to go out, and every one in the coming week (the calendar): not the whole schedule."""
    end = now + timedelta(days=DAYS + 1)
    wanted = [(i, at) for n, (i, at) in enumerate(service.store.scheduled()) if n < 10 or at < end]
    return tuple((d, at) for d, at in ((service.store.get(i), at) for i, at in wanted) if d is not None)


def _link(post_id: str | None) -> str | None:
    return f"https://x.com/i/web/status/{post_id}" if post_id else None


def _visible(desk: IncidentDesk | None, user: str, now: datetime) -> tuple[Incident, ...]:
    """Open incidents this person has been shown: safeguarding ones reach the DSL's Home (the head's only once
    the DSL's deadline has passed and the head was told)."""
    if desk is None:
        return ()
    found = (desk.store.get(i) for i in reversed(desk.store.ids(now - timedelta(days=90))))
    return tuple(i for i in found if i and i.state != RESOLVED and user in desk.told(i))[:10]


def _spend(service: WorkflowService, this_month: list[StoredDraft], now: datetime) -> float:
    """Posts drafted and published this month, at the platform's price, plus the month's items read."""
    posts = sum(service.publisher.cost(d.record["text"]) or 0.0 for d in this_month if d.state == State.PUBLISHED)
    return posts + sum(service.store.followers.reads(f"{now:%Y-%m}").values()) * READ_COST


def report_line(report: dict[str, str]) -> str:
    """App Home's pointer to the latest governors' report, in the project's markup."""
    return f":scroll: The governors' report for *{report['name']}* was posted {report['where']}."
