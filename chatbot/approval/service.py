"""The approval workflow: neutral events in, checks, atomic state changes, publication and thread messages out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from chatbot import messages
from chatbot.approval import photos, recovery, takedown
from chatbot.approval.draft import Draft
from chatbot.approval.events import (
    ApprovalGiven,
    ApprovalRevoked,
    DraftDeleted,
    DraftEdited,
    DraftPosted,
    MessageRef,
    RejectionGiven,
    RetryRequested,
    UnpublishRequested,
)
from chatbot.approval.ports import Approvers, Notifier, Publisher
from chatbot.approval.states import State, Transition
from chatbot.errors import AlreadyPublished, CountersignError, PublishError
from chatbot.policy import check, inspected
from chatbot.policy.context import PolicyContext
from chatbot.policy.finding import Report
from chatbot.policy.rules.window import publish_time
from chatbot.store import RedisStore, StoredDraft

BOT = "countersign"


@dataclass
class WorkflowService:
    """One instance per process; every method is safe to call twice with the same event (redeliveries)."""

    store: RedisStore
    ctx: PolicyContext
    notifier: Notifier
    publisher: Publisher
    approvers: Approvers
    approvals_required: int = 1

    def draft_posted(self, event: DraftPosted) -> None:
        self._once(event.event_id, lambda: self._posted(event))

    def draft_edited(self, event: DraftEdited) -> None:
        self._once(event.event_id, lambda: self._edited(event))

    def draft_deleted(self, event: DraftDeleted) -> None:
        self._once(event.event_id, lambda: self._deleted(event))

    def approval_given(self, event: ApprovalGiven) -> None:
        self._once(event.event_id, lambda: self._approved(event))

    def approval_revoked(self, event: ApprovalRevoked) -> None:
        self._once(event.event_id, lambda: self._revoked(event))

    def rejection_given(self, event: RejectionGiven) -> None:
        self._once(event.event_id, lambda: self._rejected(event))

    def unpublish_requested(self, event: UnpublishRequested) -> None:
        self._once(event.event_id, lambda: takedown.unpublish(self, event))

    def unpublish_link(self, link: str, event: UnpublishRequested) -> str:
        return takedown.unpublish_link(self, link, event)

    def retry_requested(self, event: RetryRequested) -> None:
        self._once(event.event_id, lambda: self._retry(event))

    def _once(self, event_id: str, work: Callable[[], None]) -> None:
        """Handle an event unless it was handled before. Racing duplicates are safe too: every store change
        is idempotent or atomic; the mark only spares the repeat work, and a failure leaves it unmarked."""
        if self.store.seen(event_id):
            return
        work()
        self.store.mark_seen(event_id)

    def _posted(self, event: DraftPosted) -> None:
        draft = Draft(event.text, event.at, event.images, event.pictured, event.exception, event.exception_reason)
        draft = inspected(draft, self.ctx)  # once: the photos are kept as they were checked
        report = check(draft, self.ctx)
        record = {**_record(event.ref, report, event.exception), "pictured": list(event.pictured)}
        outcome = self.store.create(event.ref.draft_id, event.author, record, event.at, *_checked(report))
        if outcome.done and draft.images:
            self.store.keep_photos(event.ref.draft_id, [photos.to_keep(image) for image in draft.images])
        if outcome.state in (State.AWAITING_APPROVAL, State.BLOCKED):
            # Also on a redelivery after a failure: the notifier updates the report in place.
            self.notifier.show_report(event.ref, report, outcome.state, 0, self.approvals_required)

    def _edited(self, event: DraftEdited) -> None:
        stored = self.store.get(event.ref.draft_id)
        if stored is None:
            return
        images = tuple(photos.attachment(kept) for kept in self.store.photos(stored.id))
        pictured = tuple(stored.record.get("pictured", ()))
        report = check(Draft(event.text, event.at, images, pictured, stored.record.get("exception")), self.ctx)
        record = {**_record(event.ref, report, stored.record.get("exception")), "pictured": list(pictured)}
        if self.store.apply(event.ref.draft_id, Transition.EDITED, event.author, event.at, record=record).done:
            transition, detail = _checked(report)
            outcome = self.store.apply(event.ref.draft_id, transition, BOT, event.at, detail)
            self.notifier.show_report(event.ref, report, outcome.state, 0, self.approvals_required)

    def _deleted(self, event: DraftDeleted) -> None:
        if self.store.apply(event.ref.draft_id, Transition.WITHDRAWN, BOT, event.at).done:
            self.notifier.say(event.ref, messages.WITHDRAWN)

    def _approved(self, event: ApprovalGiven) -> None:
        stored = self.store.get(event.ref.draft_id)
        refusal = None if stored is None else self._refusal(stored, event.user)
        if stored is None or refusal is not None:
            if refusal:
                self.notifier.say(event.ref, refusal)
            return
        detail = {"accepted_warnings": stored.record.get("warnings", [])}
        outcome = self.store.approve(stored.id, event.user, self.approvals_required, event.at, detail)
        if outcome.status == "approved":
            self.release(event.ref, stored, event.at)
        elif outcome.status == "counted":
            count = messages.APPROVAL_COUNTED.format(count=outcome.approvals, required=self.approvals_required)
            self.notifier.say(event.ref, count)

    def _revoked(self, event: ApprovalRevoked) -> None:
        outcome = self.store.revoke(event.ref.draft_id, event.user, self.approvals_required, event.at)
        if outcome.done and outcome.state == State.AWAITING_APPROVAL:
            self.notifier.say(event.ref, messages.APPROVAL_WITHDRAWN)

    def _rejected(self, event: RejectionGiven) -> None:
        if not self.approvers.may_approve(event.user):
            return
        if self.store.apply(event.ref.draft_id, Transition.REJECTED, event.user, event.at).done:
            self.notifier.say(event.ref, messages.REJECTED)

    def _retry(self, event: RetryRequested) -> None:
        if not self.approvers.may_approve(event.user):
            return
        if self.store.apply(event.ref.draft_id, Transition.RETRIED, event.user, event.at).done:
            stored = self.store.get(event.ref.draft_id)
            if stored is not None and self.store.governance.paused() is not None:
                self.release(event.ref, stored, event.at)
            else:
                self.publish(event.ref, event.ref.draft_id, event.at)

    def _refusal(self, stored: StoredDraft, user: str) -> str | None:
        if user == stored.author:
            return messages.OWN_DRAFT
        if not self.approvers.may_approve(user):
            return messages.NOT_AN_APPROVER
        if stored.state == State.BLOCKED:
            return messages.BLOCKED_CANNOT_BE_APPROVED
        return None  # already approved or further on: the store refuses quietly, a late emoji needs no message

    def resume(self, at: datetime, days: int = 7) -> int:
        """After a restart: settle drafts caught mid-publication, release approved ones. Returns how many."""
        return recovery.resume(self, at, days)

    def release(self, ref: MessageRef, stored: StoredDraft, at: datetime) -> None:
        """An approved draft goes out now, or waits for the next posting window, or for publishing to resume."""
        draft = Draft(stored.record["text"], at, exception=stored.record.get("exception"))
        when, paused = publish_time(draft, self.ctx), self.store.governance.paused()
        if when is not None or paused is not None:
            due = when or at
            if self.store.apply(stored.id, Transition.SCHEDULED, BOT, at, {"publish_at": due.isoformat()}).done:
                self.store.schedule(stored.id, due)
                said = messages.held_while_paused(paused["reason"]) if paused else messages.scheduled_for(due)
                self.notifier.say(ref, said)
            return
        self.publish(ref, stored.id, at)

    def publish_due(self, now: datetime) -> int:
        """Publish scheduled drafts whose time has come, if a window is open now; else move them to the next.

        After an outage a draft may be due in the middle of the night: it waits for the next window.
        """
        published = 0
        if self.store.governance.paused() is not None:  # scheduled posts wait for /countersign resume
            return 0
        for draft_id in self.store.due(now):
            stored = self.store.get(draft_id)
            if stored is None or stored.state != State.SCHEDULED:
                self.store.unschedule(draft_id)  # edited, withdrawn, rejected or un-approved since
                continue
            when = publish_time(Draft(stored.record["text"], now, exception=stored.record.get("exception")), self.ctx)
            if when is not None:
                self.store.schedule(draft_id, when)
                continue
            self.store.unschedule(draft_id)
            published += self.publish(stored.ref, draft_id, now)
        return published

    def publish(self, ref: MessageRef, draft_id: str, at: datetime) -> bool:
        """Enter publishing (at most once per draft, whoever races), post, and say what happened.

        Returns True when this call published it (False when another worker had, or it failed)."""
        if not self.store.apply(draft_id, Transition.PUBLISHING, BOT, at).done:
            return False
        stored = self.store.get(draft_id)
        text = stored.record["text"] if stored else ""
        try:
            result = self.publisher.publish(draft_id, text, photos.to_publish(self.store.photos(draft_id)))
        except AlreadyPublished:
            self.store.apply(draft_id, Transition.PUBLISHED, BOT, at, {"already_on_platform": True, "text": text})
            self.notifier.say(ref, messages.ALREADY_PUBLISHED)
            return False
        except CountersignError as error:
            self.store.apply(draft_id, Transition.FAILED, BOT, at, {"error": str(error)})
            partly = isinstance(error, PublishError) and error.partial
            said = (messages.PUBLISH_PARTLY_FAILED if partly else messages.PUBLISH_FAILED).format(error=error)
            self.notifier.say(ref, said, offer_retry=True)
            return False
        cost = None if result.dry_run else self.publisher.cost(text)
        detail = {
            "url": result.url,
            "post_id": result.post_id,
            "dry_run": result.dry_run,
            "text": text,
            "cost_usd": cost,
        }
        self.store.apply(draft_id, Transition.PUBLISHED, BOT, at, detail)
        if result.post_id:
            self.store.remember(draft_id, "post_id", result.post_id)
            self.store.index_post(result.post_id, draft_id)
        self.notifier.mark_published(ref)
        said = (
            messages.DRY_RUN_PUBLISHED.format(text=text)
            if result.dry_run
            else messages.published_links(result.links)
            if len(result.links) > 1
            else messages.PUBLISHED.format(url=result.url)
        )
        self.notifier.say(ref, said)
        return True


def _checked(report: Report) -> tuple[Transition, dict[str, Any]]:
    """How a check moves a draft on, and what the audit keeps of it (rule and severity, never the words)."""
    transition = Transition.CHECKED_BLOCKED if report.verdict == "block" else Transition.CHECKED_CLEAN
    return transition, {"findings": [f"{f.rule}:{f.severity}" for f in report.findings]}


def _record(ref: MessageRef, report: Report, exception: str | None) -> dict[str, Any]:
    """What the store keeps of a draft: where it is, the text that would be published, and its check."""
    warnings = sorted({f.rule for f in report.findings if f.severity == "warn"})
    where = {"platform": ref.platform, "channel": ref.channel, "message": ref.message}
    return {**where, "text": report.text, "verdict": report.verdict, "warnings": warnings, "exception": exception}
