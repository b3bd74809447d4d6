"""The approval workflow: neutral events in, checks, atomic state changes, publication and thread messages out."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from chatbot import messages
from chatbot.approval import corrections, photos, pictured, revisions, trips
from chatbot.approval.answers import ReportAnswers
from chatbot.approval.events import (
    ApprovalGiven,
    ApprovalRevoked,
    DraftDeleted,
    DraftEdited,
    DraftPosted,
    MessageRef,
    PhotosDescribed,
    PicturedGiven,
    RejectionGiven,
    RetryRequested,
    UnpublishRequested,
)
from chatbot.approval.nudges import Nudges
from chatbot.approval.ports import Approvers, Notifier, Publisher
from chatbot.approval.publication import Publication
from chatbot.approval.records import checked, rechecked, record, stored_draft
from chatbot.approval.recovery import Recovery
from chatbot.approval.rescheduling import Rescheduling
from chatbot.approval.routing import Routing
from chatbot.approval.states import BOT, State, Transition
from chatbot.approval.takedown import Takedown
from chatbot.errors import InProgress
from chatbot.policy import check, inspected
from chatbot.policy.context import PolicyContext
from chatbot.store import RedisStore, StoredDraft
from chatbot.workers import Busy, Workers

logger = logging.getLogger(__name__)


@dataclass
class WorkflowService:
    """One instance per process; every method is safe to call twice with the same event (redeliveries)."""

    store: RedisStore
    ctx: PolicyContext
    notifier: Notifier
    publisher: Publisher
    approvers: Approvers
    approvals_required: int = 1
    background: Workers | None = None  # where publishing runs; None: on the caller's thread
    remind_after: timedelta | None = None  # approvers are reminded of a draft waiting this long; None: never
    routing: Routing = field(default_factory=Routing)  # whose approval some kinds of post need
    publication: Publication = field(init=False)
    recovery: Recovery = field(init=False)
    takedown: Takedown = field(init=False)
    answers: ReportAnswers = field(init=False)
    nudges: Nudges = field(init=False)
    rescheduling: Rescheduling = field(init=False)  # a post's time changed, or a scheduled post cancelled

    def __post_init__(self) -> None:
        self.answers = ReportAnswers(self.store, self.ctx, self.notifier, self.approvers, self.approvals_required)
        self.publication = Publication(self.store, self.ctx, self.notifier, self.publisher, self.answers.blocks_now)
        self.recovery = Recovery(self.store, self.publisher, self.notifier, self.publication)
        self.takedown = Takedown(self.store, self.publisher, self.notifier, self.approvers)
        self.nudges = Nudges(self.store, self.ctx, self.notifier, self.remind_after)
        self.rescheduling = Rescheduling(self.store, self.ctx, self.approvers, self.notifier, self.answers)

    def draft_posted(self, event: DraftPosted) -> None:
        self._once(event.event_id, lambda: self._posted(event))

    def draft_edited(self, event: DraftEdited) -> None:
        self._once(event.event_id, lambda: self._edited(event))

    def draft_deleted(self, event: DraftDeleted) -> None:
        self._once(event.event_id, lambda: self._deleted(event))

    def pictured_given(self, event: PicturedGiven) -> None:
        self._once(event.event_id, lambda: self.answers.pictured(event))

    def photos_described(self, event: PhotosDescribed) -> None:
        self._once(event.event_id, lambda: self.answers.described(event))

    def approval_given(self, event: ApprovalGiven) -> None:
        self._once(event.event_id, lambda: self._approved(event))

    def approval_revoked(self, event: ApprovalRevoked) -> None:
        self._once(event.event_id, lambda: self._revoked(event))

    def rejection_given(self, event: RejectionGiven) -> None:
        self._once(event.event_id, lambda: self._rejected(event))

    def unpublish_requested(self, event: UnpublishRequested) -> None:
        self._once(event.event_id, lambda: self.takedown.unpublish(event))

    def unpublish_link(self, link: str, event: UnpublishRequested) -> str:
        """Take down the post a link points to, as the emoji does; returns what to answer."""
        target = self.takedown.locate(link, event.user)
        if isinstance(target, str):
            return target
        self.unpublish_requested(replace(event, ref=target))
        return messages.UNPUBLISHED.format(network=self.publisher.name)

    def retry_requested(self, event: RetryRequested) -> None:
        self._once(event.event_id, lambda: self._retry(event))

    def _once(self, event_id: str, work: Callable[[], None]) -> None:
        """Handle an event unless it was handled before. A delivery that races another of the same event is
        refused (InProgress), so that Slack delivers it again later: it then finds the event handled, or
        handles it if the first failed. A failure leaves the event unmarked for that redelivery."""
        if self.store.seen(event_id):
            return
        if not self.store.claim_event(event_id):
            raise InProgress("this event is being handled already; it will be delivered again")
        try:
            work()
            self.store.mark_seen(event_id)
        finally:
            self.store.release_event(event_id)

    def _posted(self, event: DraftPosted) -> None:
        draft = inspected(event.draft(), self.ctx)  # once: the photos are kept as they were checked
        report = check(draft, self.ctx)
        first = revisions.first(record(event.ref, report, draft), event.text, event.at)
        kept = pictured.with_pictured(first, draft, self.ctx)
        outcome = self.store.create(event.ref.draft_id, event.author, kept, event.at, *checked(report))
        if outcome.done and draft.images:
            sanitised = [photos.to_keep(image) for image in draft.images]
            self.store.keep_photos(event.ref.draft_id, sanitised)
            if event.photos_unseen:  # the approver sees exactly the photos that would go out
                self.notifier.show_photos(event.ref, photos.to_publish(sanitised))
        if outcome.state in (State.AWAITING_APPROVAL, State.BLOCKED):
            # Also on a redelivery after a failure: the notifier updates the report in place.
            self.notifier.show_report(event.ref, report, outcome.state, 0, self.approvals_required)

    def _edited(self, event: DraftEdited) -> None:
        stored = self.store.get(event.ref.draft_id)
        if stored is None or revisions.unchanged(stored.record, event.text):
            return
        if revisions.before_revision(stored.record, event.at):  # an older edit delivered after a newer one
            return
        if stored.state in revisions.AFTER_POSTING:
            corrections.keep(self.store, stored.id, event.text)
            self.notifier.edited_after_publishing(event.ref, self.publisher.name)
            return
        draft = stored_draft(self.store, stored, event.at, event.text)
        report = check(draft, self.ctx)
        revised = revisions.revised(record(event.ref, report, draft), event.text, event.at)
        kept = pictured.with_pictured(revised, draft, self.ctx)
        state = rechecked(self.store, stored.id, report, event.author, event.at, kept)
        if state is not None:
            self.notifier.show_report(event.ref, report, state, 0, self.approvals_required)

    def _deleted(self, event: DraftDeleted) -> None:
        if self.store.apply(event.ref.draft_id, Transition.WITHDRAWN, BOT, event.at).done:
            self.notifier.say(event.ref, messages.WITHDRAWN)

    def _approved(self, event: ApprovalGiven) -> None:
        stored = self.store.get(event.ref.draft_id)
        refusal = None if stored is None else self._refusal(stored, event.user, event.at)
        if stored is None or refusal is not None:
            if refusal:
                self.notifier.say(event.ref, refusal)
            return
        if stored.state == State.AWAITING_APPROVAL and self.answers.blocks_now(event.ref, stored, event.at):
            return self.notifier.say(event.ref, messages.BLOCKED_SINCE_CHECKED)
        detail = {"accepted_warnings": stored.record.get("warnings", [])}
        outcome = self.store.approve(stored.id, event.user, self.approvals_required, event.at, detail, stored.version)
        if outcome.status == "stale":  # edited between reading it and counting: judge again against the edit
            return self._approved(event)
        if outcome.status == "approved":
            self._later(stored.id, lambda: self.release(event.ref, stored, event.at))
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
        detail = {"reason": event.reason} if event.reason else None
        if self.store.apply(event.ref.draft_id, Transition.REJECTED, event.user, event.at, detail).done:
            self.notifier.say(event.ref, messages.rejected(event.reason))

    def _retry(self, event: RetryRequested) -> None:
        if not self.approvers.may_approve(event.user):
            return
        if self.store.apply(event.ref.draft_id, Transition.RETRIED, event.user, event.at).done:
            self._later(event.ref.draft_id, lambda: self._retried(event))

    def _retried(self, event: RetryRequested) -> None:
        stored = self.store.get(event.ref.draft_id)
        if stored is not None and self.store.governance.paused() is not None:
            self.release(event.ref, stored, event.at)
        else:
            self.publish(event.ref, event.ref.draft_id, event.at)

    def _later(self, draft_id: str, publishing: Callable[[], None]) -> None:
        """Publishing can wait minutes on a platform's rate limit: it runs on the pool, not the listener's thread.

        Nothing is lost if the job is: the draft is `approved` in the store, and `settle_stuck` releases it."""
        if self.background is None:
            return publishing()
        try:
            self.background.submit(draft_id, publishing)
        except Busy:
            logger.warning("publishing is busy; an approved draft waits for the next settling round")

    def _refusal(self, stored: StoredDraft, user: str, at: datetime) -> str | None:
        if user == stored.author:
            return messages.OWN_DRAFT
        if not self.approvers.may_approve(user):
            return messages.NOT_AN_APPROVER
        if stored.state == State.BLOCKED:
            return messages.BLOCKED_CANNOT_BE_APPROVED
        waiting = pictured.refusal(stored) or trips.refusal(self.store, stored)
        waiting = waiting or self.routing.refusal(stored, user, self.approvals_required)
        if stored.state == State.AWAITING_APPROVAL and waiting:
            return waiting
        if revisions.before_revision(stored.record, at) and stored.state == State.AWAITING_APPROVAL:
            return messages.APPROVED_AN_EARLIER_VERSION
        return None  # already approved or further on: the store refuses quietly, a late emoji needs no message

    def resume(self, at: datetime, days: int = 7) -> int:
        """After a restart: settle drafts caught mid-publication, release approved ones. Returns how many."""
        return self.recovery.resume(at, days)

    def settle_stuck(self, at: datetime) -> int:
        """Settle drafts left in `publishing` by a crash or an outage, once the platform answers."""
        return self.recovery.settle_stuck(at)

    def release(self, ref: MessageRef, stored: StoredDraft, at: datetime) -> None:
        self.publication.release(ref, stored, at)

    def publish_due(self, now: datetime) -> int:
        return self.publication.publish_due(now)

    def remind_approvers(self, now: datetime) -> int:
        return self.nudges.remind(now)

    def publish(self, ref: MessageRef, draft_id: str, at: datetime) -> bool:
        return self.publication.publish(ref, draft_id, at)
