"""The approval workflow over a real redis-server and the real policy engine, from neutral events."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import pytest

from chatbot import messages
from chatbot.approval.draft import ImageAttachment, PicturedAnswer
from chatbot.approval.events import (
    ApprovalGiven,
    ApprovalRevoked,
    DraftDeleted,
    DraftEdited,
    DraftPosted,
    MessageRef,
    PicturedGiven,
    RejectionGiven,
    RetryRequested,
    UnpublishRequested,
)
from chatbot.approval.ports import PublishImage, PublishResult
from chatbot.approval.service import WorkflowService
from chatbot.approval.states import State, Transition
from chatbot.errors import AlreadyPublished, PublishError
from chatbot.images import ImageInspection
from chatbot.policy.finding import Report
from chatbot.publishers.dry_run import DryRunPublisher
from chatbot.store import RedisStore
from chatbot.workers import Workers
from tests.drafting import LONDON, context
from tests.redis_server import RedisServer

pytestmark = pytest.mark.integration
MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=LONDON)
SATURDAY = datetime(2026, 11, 28, 11, 0, tzinfo=LONDON)
REF = MessageRef("slack", "C0123456789", "1732356000.000100")
AUTHOR, HEAD, DEPUTY, TA = "U_AUTHOR", "U_HEAD", "U_DEPUTY", "U_TEACHING_ASSISTANT"


@dataclass
class ThreadLog:
    """What the service said in each thread: our Notifier port, recording instead of calling a chat platform."""

    reports: list[tuple[str, str]] = field(default_factory=list)
    rules: list[set[str]] = field(default_factory=list)
    said: list[str] = field(default_factory=list)

    def show_report(self, ref: MessageRef, report: Report, state: str, approvals: int, required: int) -> None:
        self.reports.append((report.verdict, state))
        self.rules.append({f.rule for f in report.findings})

    def say(self, ref: MessageRef, text: str, offer_retry: bool = False) -> None:
        self.said.append(text + (" [Retry]" if offer_retry else ""))

    def mark_published(self, ref: MessageRef) -> None:
        self.said.append("(marked published)")

    def show_photos(self, ref: MessageRef, photos: tuple[PublishImage, ...]) -> None:
        self.said.append(f"({len(photos)} photos shown)")

    def edited_after_publishing(self, ref: MessageRef, network: str) -> None:
        self.said.append(messages.EDITED_AFTER_PUBLISHING.format(network=network))

    def offer_suggestion(self, ref: MessageRef, approver: str, text: str) -> None:
        self.said.append(messages.suggestion_offered(approver, text))

    def remind_approvers(self, ref: MessageRef, waited_minutes: int) -> None:
        self.said.append(f"(approvers reminded after {waited_minutes} minutes)")


@dataclass(frozen=True)
class Staff:
    approvers: frozenset[str]

    def may_approve(self, user: str) -> bool:
        return user in self.approvers


def service(store: RedisStore, required: int = 1) -> tuple[WorkflowService, ThreadLog, DryRunPublisher]:
    log, publisher = ThreadLog(), DryRunPublisher()
    workflow = WorkflowService(store, context(), log, publisher, Staff(frozenset({HEAD, DEPUTY})), required)
    return workflow, log, publisher


HELD = "Year 3 made volcanoes: what a wonderful mess!"  # no "today": it goes out on a later day than written


def post(workflow: WorkflowService, text: str = "Year 3 made volcanoes today!", at: datetime = MONDAY) -> None:
    workflow.draft_posted(DraftPosted(REF, AUTHOR, text, "Ev_post", at))


def approve(workflow: WorkflowService, user: str, event: str = "Ev_approve", at: datetime = MONDAY) -> None:
    workflow.approval_given(ApprovalGiven(REF, user, event, at))


def state(store: RedisStore) -> State:
    stored = store.get(REF.draft_id)
    assert stored is not None
    return stored.state


def test_a_clean_draft_is_reported_once_even_when_slack_redelivers_it(store: RedisStore) -> None:
    workflow, log, _ = service(store)
    post(workflow)
    post(workflow)
    assert log.reports == [("pass", "awaiting_approval")]


def test_an_approver_approves_and_it_is_published_once_in_dry_run(store: RedisStore) -> None:
    workflow, log, publisher = service(store)
    post(workflow, "Year 3 made volcanoes todday!")  # a spelling warning, accepted by approving
    approve(workflow, HEAD)
    approve(workflow, HEAD)  # the same event redelivered
    assert publisher.posted == [(REF.draft_id, "Year 3 made volcanoes todday!")]
    assert state(store) == State.PUBLISHED
    assert log.said[-1].startswith("Approved. Dry run: not posted")
    approval = next(e for e in store.history(REF.draft_id) if e["transition"] == "approval")
    assert approval["actor"] == HEAD and '"spelling"' in approval["detail"]


@pytest.mark.parametrize(
    ("user", "said"),
    [(AUTHOR, "Your own approval does not count"), (TA, "only the school's approvers can approve")],
)
def test_the_author_and_non_approvers_cannot_approve(store: RedisStore, user: str, said: str) -> None:
    workflow, log, publisher = service(store)
    post(workflow)
    approve(workflow, user)
    assert state(store) == State.AWAITING_APPROVAL and publisher.posted == []
    assert said in log.said[-1]


def test_a_blocked_draft_cannot_be_approved(store: RedisStore) -> None:
    workflow, log, publisher = service(store)
    post(workflow, "Well done Amelia, gr8 work!")
    approve(workflow, HEAD)
    assert state(store) == State.BLOCKED and publisher.posted == []
    assert "blocked" in log.said[-1]


def test_outside_posting_hours_an_approved_draft_is_scheduled(store: RedisStore) -> None:
    workflow, log, publisher = service(store)
    post(workflow, HELD, at=SATURDAY)
    approve(workflow, HEAD, at=SATURDAY)
    assert state(store) == State.SCHEDULED and publisher.posted == []
    assert "Monday 30 November at 08:00" in log.said[-1]


def test_two_approvers_needed_and_both_at_once_publish_exactly_once(store: RedisStore) -> None:
    workflow, _, publisher = service(store, required=2)
    post(workflow)
    barrier = threading.Barrier(2)

    def react(user: str) -> None:
        barrier.wait()
        approve(workflow, user, event=f"Ev_{user}")

    threads = [threading.Thread(target=react, args=(user,)) for user in (HEAD, DEPUTY)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(publisher.posted) == 1 and state(store) == State.PUBLISHED


def test_an_edit_rechecks_and_clears_approvals(store: RedisStore) -> None:
    workflow, log, _ = service(store, required=2)
    post(workflow)
    approve(workflow, HEAD)
    workflow.draft_edited(DraftEdited(REF, AUTHOR, "Year 3 made gr8 volcanoes!", "Ev_edit", MONDAY))
    stored = store.get(REF.draft_id)
    assert stored is not None and stored.state == State.BLOCKED and stored.approvers == frozenset()
    assert log.reports[-1] == ("block", "blocked")


def test_deleting_withdraws_and_rejecting_rejects(store: RedisStore) -> None:
    workflow, log, _ = service(store)
    post(workflow)
    workflow.rejection_given(RejectionGiven(REF, TA, "Ev_reject_ta", MONDAY))
    assert state(store) == State.AWAITING_APPROVAL  # only approvers may reject
    workflow.rejection_given(RejectionGiven(REF, HEAD, "Ev_reject", MONDAY))
    assert state(store) == State.REJECTED and log.said[-1].startswith("Rejected")
    workflow.draft_deleted(DraftDeleted(REF, "Ev_delete", MONDAY))
    assert state(store) == State.REJECTED  # final: a later deletion changes nothing


def test_removing_the_emoji_before_the_window_opens_withdraws_the_approval(store: RedisStore) -> None:
    workflow, log, _ = service(store)
    post(workflow, HELD, at=SATURDAY)
    approve(workflow, HEAD, at=SATURDAY)
    workflow.approval_revoked(ApprovalRevoked(REF, HEAD, "Ev_unreact", SATURDAY + timedelta(minutes=1)))
    assert state(store) == State.AWAITING_APPROVAL and "withdrawn" in log.said[-1]


def test_a_restart_between_approval_and_publication_loses_nothing_and_publishes_once(
    store: RedisStore, redis_server: RedisServer
) -> None:
    workflow, _, _ = service(store)
    post(workflow)
    store.approve(REF.draft_id, HEAD, 1, MONDAY, {})  # approved: then the process died before publishing
    redis_server.stop()
    redis_server.start()
    restarted, _, publisher = service(store)
    assert restarted.resume(MONDAY + timedelta(minutes=2)) == 1
    assert restarted.resume(MONDAY + timedelta(minutes=3)) == 0
    assert len(publisher.posted) == 1 and state(store) == State.PUBLISHED


MONDAY_OPENING = datetime(2026, 11, 30, 8, 0, 30, tzinfo=LONDON)


def test_scheduled_drafts_go_out_when_the_window_opens_and_not_before(store: RedisStore) -> None:
    workflow, _, publisher = service(store)
    post(workflow, HELD, at=SATURDAY)
    approve(workflow, HEAD, at=SATURDAY)
    assert workflow.publish_due(SATURDAY + timedelta(hours=20)) == 0 and publisher.posted == []
    assert workflow.publish_due(MONDAY_OPENING) == 1
    assert state(store) == State.PUBLISHED and len(publisher.posted) == 1
    assert workflow.publish_due(MONDAY_OPENING + timedelta(minutes=1)) == 0  # nothing twice


def test_after_an_outage_through_the_window_a_post_waits_for_the_next_window(store: RedisStore) -> None:
    workflow, _, publisher = service(store)
    post(workflow, HELD, at=SATURDAY)
    approve(workflow, HEAD, at=SATURDAY)
    monday_night = datetime(2026, 11, 30, 23, 30, tzinfo=LONDON)  # the bot was down all Monday
    assert workflow.publish_due(monday_night) == 0 and publisher.posted == []
    assert store.due(datetime(2026, 12, 1, 7, 59, tzinfo=LONDON)) == []
    assert workflow.publish_due(datetime(2026, 12, 1, 8, 0, 5, tzinfo=LONDON)) == 1


def test_a_scheduled_draft_that_is_edited_or_withdrawn_is_not_published(store: RedisStore) -> None:
    workflow, _, publisher = service(store)
    post(workflow, HELD, at=SATURDAY)
    approve(workflow, HEAD, at=SATURDAY)
    workflow.draft_deleted(DraftDeleted(REF, "Ev_delete", SATURDAY + timedelta(hours=1)))
    assert workflow.publish_due(MONDAY_OPENING) == 0 and publisher.posted == []
    assert store.due(MONDAY_OPENING) == []


def test_only_one_replica_holds_the_scheduler(store: RedisStore) -> None:
    assert store.lock("scheduler", "replica-a", 60)
    assert not store.lock("scheduler", "replica-b", 60)
    assert store.lock("scheduler", "replica-a", 60)  # its owner renews it


GROUP = ImageInspection("group.jpg", width=1600, height=1200, faces=6, removed=("location data",),
                        sanitised=b"\xff\xd8clean-group", sanitised_type="image/jpeg")  # fmt: skip
WORK = ImageInspection(
    "work.jpg", width=1600, height=1200, sanitised=b"\xff\xd8clean-work", sanitised_type="image/jpeg"
)


def post_photos(workflow: WorkflowService, text: str = "Sports day!") -> None:
    images = (
        ImageAttachment("group.jpg", alt_text="Children racing", inspection=GROUP),
        ImageAttachment("work.jpg", inspection=WORK),
    )
    workflow.draft_posted(DraftPosted(REF, AUTHOR, text, "Ev_photos", MONDAY, images))


def say_pictured(workflow: WorkflowService, user: str, *named: str, answer: PicturedAnswer | None = None,
                 event: str = "Ev_pictured") -> None:  # fmt: skip
    workflow.pictured_given(PicturedGiven(REF, user, named, answer, event, MONDAY + timedelta(minutes=1)))


def test_a_photo_with_faces_cannot_be_approved_until_someone_says_who_is_pictured(store: RedisStore) -> None:
    workflow, log, publisher = service(store)
    post_photos(workflow)
    approve(workflow, HEAD)
    assert state(store) == State.AWAITING_APPROVAL and publisher.posted == []
    assert "cannot be approved" in log.said[-1]
    say_pictured(workflow, AUTHOR, answer="consent-checked")
    assert "photo-consent" not in log.rules[-1]  # re-checked with the answer, and reported again
    approve(workflow, HEAD, event="Ev_approve_again", at=MONDAY + timedelta(minutes=2))
    assert state(store) == State.PUBLISHED
    stored = store.get(REF.draft_id)
    assert stored is not None and stored.record["pictured_by"] == AUTHOR
    assert stored.record["pictured_answer"] == "consent-checked"
    assert any(entry.get("detail", "").find("consent-checked") >= 0 for entry in store.history(REF.draft_id))


def test_a_pupil_named_without_consent_blocks_and_a_stranger_cannot_answer(store: RedisStore) -> None:
    workflow, log, _ = service(store)
    post_photos(workflow)
    say_pictured(workflow, TA, answer="nobody-identifiable")
    assert log.said[-1] == "Only the author or an approver can say who is pictured."
    say_pictured(workflow, HEAD, "Amelia Nowak", event="Ev_pictured_2")  # an approver may answer
    assert state(store) == State.BLOCKED and "photo-consent" in log.rules[-1]


def test_the_sanitised_photos_are_kept_and_published_with_the_post(store: RedisStore) -> None:
    workflow, _, publisher = service(store)
    post_photos(workflow)
    say_pictured(workflow, AUTHOR, answer="nobody-identifiable")
    approve(workflow, HEAD, at=MONDAY + timedelta(minutes=2))  # after the answer: it was part of what was approved
    published = publisher.photos[REF.draft_id]
    assert [(p.data, p.alt_text) for p in published] == [(b"\xff\xd8clean-group", "Children racing"),
                                                        (b"\xff\xd8clean-work", None)]  # fmt: skip


def test_an_edit_rechecks_the_kept_photos_as_well(store: RedisStore) -> None:
    workflow, log, _ = service(store)
    post_photos(workflow)
    assert "alt-text" in log.rules[-1]
    workflow.draft_edited(DraftEdited(REF, AUTHOR, "Sports day was brilliant!", "Ev_edit_photos", MONDAY))
    assert {"alt-text", "image-metadata"} <= log.rules[-1]


@dataclass
class Refusing:
    error: Exception
    posted: list[str] = field(default_factory=list)

    def publish(self, draft_id: str, text: str, images: tuple[PublishImage, ...] = ()) -> PublishResult:
        raise self.error

    def delete(self, post_id: str) -> None:
        raise self.error

    def find_recent(self, text: str) -> PublishResult | None:
        return None


@pytest.mark.parametrize(
    ("error", "final", "said"),
    [
        (AlreadyPublished("already"), State.PUBLISHED, "already on the account"),
        (PublishError("X refused the credentials", retryable=False), State.FAILED, "publishing failed: X refused"),
    ],
)
def test_what_the_platform_says_decides_the_state(store: RedisStore, error: Exception, final: State, said: str) -> None:
    log = ThreadLog()
    workflow = WorkflowService(store, context(), log, Refusing(error), Staff(frozenset({HEAD})), 1)
    post(workflow)
    approve(workflow, HEAD)
    assert state(store) == final and said in log.said[-1]


@dataclass
class Flaky:
    """Fails the first `failures` times, then posts; remembers what it took down."""

    name = "X"
    failures: int = 0
    posted: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)

    def publish(self, draft_id: str, text: str, images: tuple[PublishImage, ...] = ()) -> PublishResult:
        if self.failures:
            self.failures -= 1
            raise PublishError("X is not answering properly", retryable=True)
        self.posted.append(text)
        return PublishResult(url="https://x.com/i/web/status/1001", post_id="1001")

    def delete(self, post_id: str) -> None:
        self.deleted.append(post_id)

    def cost(self, text: str) -> float | None:
        return 0.015

    def find_recent(self, text: str) -> PublishResult | None:
        return None


def flaky_service(store: RedisStore, failures: int) -> tuple[WorkflowService, ThreadLog, Flaky]:
    log, platform = ThreadLog(), Flaky(failures)
    return WorkflowService(store, context(), log, platform, Staff(frozenset({HEAD, DEPUTY})), 1), log, platform


def test_a_failed_publication_offers_retry_and_an_approver_retries(store: RedisStore) -> None:
    workflow, log, platform = flaky_service(store, failures=1)
    post(workflow)
    approve(workflow, HEAD)
    assert state(store) == State.FAILED and log.said[-1].endswith("[Retry]")
    workflow.retry_requested(RetryRequested(REF, TA, "Ev_retry_ta", MONDAY))
    assert state(store) == State.FAILED  # only approvers may retry
    workflow.retry_requested(RetryRequested(REF, DEPUTY, "Ev_retry", MONDAY))
    assert state(store) == State.PUBLISHED and platform.posted == ["Year 3 made volcanoes today!"]
    assert log.said[-1] == "Approved and published: https://x.com/i/web/status/1001"


def test_an_approver_takes_a_published_post_down(store: RedisStore) -> None:
    workflow, log, platform = flaky_service(store, failures=0)
    post(workflow)
    approve(workflow, HEAD)
    workflow.unpublish_requested(UnpublishRequested(REF, TA, "Ev_bin_ta", MONDAY))
    assert platform.deleted == [] and state(store) == State.PUBLISHED  # not an approver
    workflow.unpublish_requested(UnpublishRequested(REF, DEPUTY, "Ev_bin", MONDAY))
    assert platform.deleted == ["1001"] and state(store) == State.UNPUBLISHED
    assert log.said[-1] == "Taken down from X by an approver."
    taken_down = store.history(REF.draft_id)[-1]
    assert taken_down["actor"] == DEPUTY and '"1001"' in taken_down["detail"]


def test_unpublishing_a_dry_run_post_says_nothing_was_posted(store: RedisStore) -> None:
    workflow, log, publisher = service(store)
    post(workflow)
    approve(workflow, HEAD)
    workflow.unpublish_requested(UnpublishRequested(REF, HEAD, "Ev_bin", MONDAY))
    assert state(store) == State.UNPUBLISHED and "dry run" in log.said[-1] and publisher.deleted == []


@dataclass
class Remembering(Flaky):
    """A platform that may already hold the post from before the crash."""

    already: list[str] = field(default_factory=list)

    def find_recent(self, text: str) -> PublishResult | None:
        return PublishResult(url="https://x.com/i/web/status/999", post_id="999") if text in self.already else None


@pytest.mark.parametrize("posted_before_the_crash", [True, False])
def test_a_crash_mid_publication_never_posts_twice(store: RedisStore, posted_before_the_crash: bool) -> None:
    text = "Year 3 made volcanoes today!"
    first, _, _ = service(store)
    post(first)
    store.approve(REF.draft_id, HEAD, 1, MONDAY, {})
    store.apply(REF.draft_id, Transition.PUBLISHING, "countersign", MONDAY)  # …and the process died here
    platform = Remembering(already=[text] if posted_before_the_crash else [])
    restarted = WorkflowService(store, context(), ThreadLog(), platform, Staff(frozenset({HEAD})), 1)
    restarted.resume(MONDAY + timedelta(minutes=5))
    assert state(store) == State.PUBLISHED
    assert platform.posted == ([] if posted_before_the_crash else [text])
    assert store.recall(REF.draft_id, "post_id") == ("999" if posted_before_the_crash else "1001")


def test_scheduled_posts_survive_a_restart_and_publish_once(store: RedisStore, redis_server: RedisServer) -> None:
    workflow, _, _ = service(store)
    post(workflow, HELD, at=SATURDAY)
    approve(workflow, HEAD, at=SATURDAY)
    redis_server.stop()
    redis_server.start()
    restarted, _, publisher = service(store)
    assert restarted.resume(SATURDAY + timedelta(hours=1)) == 0  # still waiting for Monday
    assert restarted.publish_due(MONDAY_OPENING) == 1 and restarted.publish_due(MONDAY_OPENING) == 0
    assert len(publisher.posted) == 1


def test_bank_holidays_hold_scheduled_posts_until_the_next_school_day(store: RedisStore) -> None:
    workflow, log, publisher = service(store)
    assert publisher.posted == []
    christmas_eve_evening = datetime(2026, 12, 24, 19, 0, tzinfo=LONDON)
    post(workflow, HELD, at=christmas_eve_evening)
    approve(workflow, HEAD, at=christmas_eve_evening)
    assert "Tuesday 29 December at 08:00" in log.said[-1]  # 25th, 26th, the weekend, the 28th substitute day
    for day in (25, 28):
        assert workflow.publish_due(datetime(2026, 12, day, 10, 0, tzinfo=LONDON)) == 0
    assert workflow.publish_due(datetime(2026, 12, 29, 8, 0, 1, tzinfo=LONDON)) == 1
    assert len(publisher.posted) == 1


def test_the_scheduler_tick_runs_the_retention_sweep_hourly_by_the_clock_it_is_given(store: RedisStore) -> None:
    from handlers.pollers.scheduler import tick

    workflow, _, _ = service(store)
    post(workflow)
    workflow.draft_deleted(DraftDeleted(REF, "Ev_deleted", MONDAY))  # withdrawn: settled
    assert tick(workflow, "replica-a", MONDAY + timedelta(days=10), retention_days=30) == 0
    assert store.get(REF.draft_id) is not None  # the sweep ran, but a month has not passed
    store._redis.delete("cs:every:retention")  # an hour later
    tick(workflow, "replica-a", MONDAY + timedelta(days=31), retention_days=30)
    assert store.get(REF.draft_id) is None and store.history(REF.draft_id)[-1]["transition"] == "purged"


def test_an_approved_draft_whose_publishing_job_was_lost_is_released_by_the_next_settling_round(
    store: RedisStore,
) -> None:
    log, publisher = ThreadLog(), DryRunPublisher()
    full = Workers("test", threads=1, limit=1)
    gate = threading.Event()
    full.submit("someone else's draft", lambda: gate.wait(5) and None)  # the pool is full: the job is refused
    workflow = WorkflowService(store, context(), log, publisher, Staff(frozenset({HEAD})), 1, full)
    post(workflow)
    approve(workflow, HEAD)
    assert state(store) == State.APPROVED and publisher.posted == []  # approved, and the approval kept
    gate.set()
    assert workflow.settle_stuck(MONDAY + timedelta(minutes=5)) == 1
    assert state(store) == State.PUBLISHED and len(publisher.posted) == 1
    assert workflow.settle_stuck(MONDAY + timedelta(minutes=10)) == 0  # and never twice


def test_publishing_runs_on_the_pool_and_the_approval_returns_before_it(store: RedisStore) -> None:
    log, gate, entered = ThreadLog(), threading.Event(), threading.Event()

    @dataclass
    class Slow(DryRunPublisher):
        def publish(self, draft_id: str, text: str, images: tuple[PublishImage, ...] = ()) -> PublishResult:
            entered.set()
            gate.wait(5)
            return super().publish(draft_id, text, images)

    pool, publisher = Workers("test", threads=1), Slow()
    workflow = WorkflowService(store, context(), log, publisher, Staff(frozenset({HEAD})), 1, pool)
    post(workflow)
    approve(workflow, HEAD)  # returns although the publisher is held
    assert entered.wait(5) and state(store) == State.PUBLISHING and publisher.posted == []
    gate.set()
    assert pool.drain(5) and state(store) == State.PUBLISHED
