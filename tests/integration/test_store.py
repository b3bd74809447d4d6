"""The store against a real redis-server: atomic transitions, one effect per event, nothing lost on restart."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from chatbot.approval.states import State, Transition
from chatbot.store import RedisStore, StoreUnavailable
from tests.redis_server import RedisServer

pytestmark = pytest.mark.integration
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
RECORD = {"channel": "C0123456789", "ts": "1732356000.000100", "text": "Year 3 made volcanoes"}


def awaiting(store: RedisStore, draft_id: str = "d1") -> str:
    assert store.create(draft_id, "U_AUTHOR", RECORD, NOW).done
    assert store.apply(draft_id, Transition.CHECKED_CLEAN, "countersign", NOW).done
    return draft_id


def race(count: int, action: Callable[[int], Any]) -> list[Any]:
    """Run `action` from `count` threads released at the same instant."""
    barrier, results, lock = threading.Barrier(count), [], threading.Lock()

    def worker(index: int) -> None:
        barrier.wait()
        outcome = action(index)
        with lock:
            results.append(outcome)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_create_is_idempotent(store: RedisStore) -> None:
    assert store.create("d1", "U_AUTHOR", RECORD, NOW).done
    again = store.create("d1", "U_OTHER", {"text": "replaced?"}, NOW)
    assert not again.done and again.state == "checking"
    stored = store.get("d1")
    assert stored is not None and stored.author == "U_AUTHOR" and stored.record == RECORD
    assert stored.state == State.CHECKING and store.get("nope") is None


def test_a_draft_can_be_created_already_checked_in_one_step(store: RedisStore) -> None:
    outcome = store.create(
        "d1", "U_AUTHOR", RECORD, NOW, Transition.CHECKED_BLOCKED, {"findings": ["text-speak:block"]}
    )
    assert outcome.done and outcome.state == "blocked"
    assert [(e["transition"], e["to"]) for e in store.history("d1")] == [
        ("created", "checking"),
        ("checked_blocked", "blocked"),
    ]


def test_events_are_remembered_once_handled(store: RedisStore) -> None:
    assert not store.seen("Ev0123ABCD")
    store.mark_seen("Ev0123ABCD")
    assert store.seen("Ev0123ABCD") and not store.seen("Ev0456EFGH")


def test_transitions_follow_the_table(store: RedisStore) -> None:
    awaiting(store)
    refused = store.apply("d1", Transition.PUBLISHED, "x", NOW)
    assert not refused.done and refused.state == "awaiting_approval" and refused.status == "refused"
    assert store.apply("d1", Transition.REJECTED, "U_HEAD", NOW).done
    again = store.apply("d1", Transition.WITHDRAWN, "U_AUTHOR", NOW)
    assert not again.done and again.state == "rejected"
    missing = store.apply("missing", Transition.REJECTED, "U_HEAD", NOW)
    assert not missing.done and missing.status == "missing" and missing.state == ""


def test_one_approval_approves_and_the_authors_count_is_the_callers_business(store: RedisStore) -> None:
    awaiting(store)
    outcome = store.approve("d1", "U_HEAD", 1, NOW, {"accepted_warnings": ["spelling"]})
    assert outcome.done and outcome.state == "approved" and outcome.approvals == 1
    late = store.approve("d1", "U_DEPUTY", 1, NOW, {})
    assert not late.done and late.status == "refused" and late.state == "approved"


def test_an_approval_for_a_version_counts_only_while_the_draft_is_that_version(store: RedisStore) -> None:
    awaiting(store)
    seen = store.get("d1")
    assert seen is not None
    store.apply("d1", Transition.EDITED, "U_AUTHOR", NOW)
    store.apply("d1", Transition.CHECKED_CLEAN, "countersign", NOW)
    stale = store.approve("d1", "U_HEAD", 1, NOW, {}, seen.version)
    assert stale.status == "stale" and not stale.done and stale.state == "awaiting_approval"
    current = store.get("d1")
    assert current is not None and store.approve("d1", "U_HEAD", 1, NOW, {}, current.version).status == "approved"


def test_two_approvers_needed_and_the_same_one_counts_once(store: RedisStore) -> None:
    awaiting(store)
    assert store.approve("d1", "U_HEAD", 2, NOW, {}).status == "counted"
    assert store.approve("d1", "U_HEAD", 2, NOW, {}).status == "already"
    final = store.approve("d1", "U_DEPUTY", 2, NOW, {})
    assert final.status == "approved" and final.state == "approved" and final.approvals == 2


def test_removing_the_emoji_before_publication_withdraws_the_approval(store: RedisStore) -> None:
    awaiting(store)
    store.approve("d1", "U_HEAD", 1, NOW, {})
    assert store.revoke("d1", "U_SOMEONE", 1, NOW).status == "not-approver"
    assert store.revoke("d1", "U_HEAD", 1, NOW).done
    stored = store.get("d1")
    assert stored is not None and stored.state == State.AWAITING_APPROVAL and stored.approvers == frozenset()


def test_an_edit_returns_to_checking_and_clears_approvals(store: RedisStore) -> None:
    awaiting(store)
    store.approve("d1", "U_HEAD", 2, NOW, {})
    edited = {**RECORD, "text": "Year 3 made amazing volcanoes"}
    assert store.apply("d1", Transition.EDITED, "U_AUTHOR", NOW, record=edited).done
    stored = store.get("d1")
    assert stored is not None and stored.state == State.CHECKING
    assert stored.approvers == frozenset() and stored.record == edited


def test_simultaneous_approvals_approve_exactly_once(store: RedisStore) -> None:
    for number in range(50):
        awaiting(store, f"d{number}")
    for number in range(50):
        outcomes = race(4, lambda i, n=number: store.approve(f"d{n}", f"U_APPROVER{i}", 2, NOW, {}))
        assert sum(o.status == "approved" for o in outcomes) == 1
    approvals = [e for n in range(50) for e in store.history(f"d{n}") if e["to"] == "approved"]
    assert len(approvals) == 50


def test_publishing_is_entered_at_most_once(store: RedisStore) -> None:
    awaiting(store)
    store.approve("d1", "U_HEAD", 1, NOW, {})
    outcomes = race(8, lambda i: store.apply("d1", Transition.PUBLISHING, f"worker-{i}", NOW))
    assert sum(o.done for o in outcomes) == 1
    entries = [e for e in store.history("d1") if e["transition"] == "publishing"]
    assert len(entries) == 1


def test_every_change_is_in_the_drafts_audit_trail_in_order(store: RedisStore) -> None:
    awaiting(store)
    store.approve("d1", "U_HEAD", 1, NOW + timedelta(minutes=5), {"accepted_warnings": ["spelling"]})
    store.apply("d1", Transition.PUBLISHING, "countersign", NOW + timedelta(minutes=6))
    store.apply("d1", Transition.PUBLISHED, "countersign", NOW + timedelta(minutes=6), {"url": "https://x.com/s/1"})
    trail = [(e["transition"], e["from"], e["to"], e["actor"]) for e in store.history("d1")]
    assert trail == [
        ("created", "", "checking", "U_AUTHOR"),
        ("checked_clean", "checking", "awaiting_approval", "countersign"),
        ("approval", "awaiting_approval", "approved", "U_HEAD"),
        ("publishing", "approved", "publishing", "countersign"),
        ("published", "publishing", "published", "countersign"),
    ]
    assert '"spelling"' in store.history("d1")[2]["detail"]
    assert store.draft_ids(NOW - timedelta(days=1)) == ["d1"]


def test_nothing_is_lost_when_redis_restarts(store: RedisStore, redis_server: RedisServer) -> None:
    awaiting(store)
    store.approve("d1", "U_HEAD", 1, NOW, {})
    redis_server.stop()
    with pytest.raises(StoreUnavailable, match="not answering"):
        store.get("d1")
    redis_server.start()
    stored = store.get("d1")
    assert stored is not None and stored.state == State.APPROVED and stored.approvers == {"U_HEAD"}
    assert store.apply("d1", Transition.PUBLISHING, "countersign", NOW).done


def test_a_dead_redis_is_a_clear_error_not_a_traceback() -> None:
    from tests.redis_server import _free_port

    store = RedisStore.from_url(f"redis://127.0.0.1:{_free_port()}/0")
    assert store.ping() is False
    with pytest.raises(StoreUnavailable, match="nothing was changed"):
        store.create("d1", "U_AUTHOR", RECORD, NOW)
