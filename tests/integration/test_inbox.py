"""The inbox keeps events taken in until they are done, hands back the interrupted ones, and forgets old ones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from chatbot.store import RedisStore
from chatbot.store.inbox import KEPT_FOR

NOON = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def test_an_event_is_kept_once_and_handed_back_until_it_is_done(store: RedisStore) -> None:
    assert store.inbox.keep("Ev1", "C1:1.0", '{"event": 1}', NOON)
    assert not store.inbox.keep("Ev1", "C1:1.0", '{"event": "redelivered"}', NOON)  # the first copy stays
    assert store.inbox.waiting(NOON + timedelta(minutes=5), timedelta(minutes=2)) == [("Ev1", "C1:1.0", '{"event": 1}')]
    store.inbox.done("Ev1")
    assert store.inbox.waiting(NOON + timedelta(minutes=5), timedelta(minutes=2)) == []


def test_only_events_older_than_asked_are_handed_back_oldest_first(store: RedisStore) -> None:
    store.inbox.keep("Ev2", "k", "second", NOON + timedelta(minutes=1))
    store.inbox.keep("Ev1", "k", "first", NOON)
    store.inbox.keep("Ev3", "k", "just now", NOON + timedelta(minutes=4))
    waiting = store.inbox.waiting(NOON + timedelta(minutes=5), timedelta(minutes=2))
    assert [event_id for event_id, _, _ in waiting] == ["Ev1", "Ev2"]


def test_an_event_older_than_a_day_is_forgotten_with_its_words(store: RedisStore) -> None:
    store.inbox.keep("Ev1", "k", "Amelia's class trip", NOON)
    assert store.inbox.waiting(NOON + KEPT_FOR + timedelta(minutes=1), timedelta(minutes=2)) == []
    assert store.inbox.keep("Ev1", "k", "gone from Redis, so it can be kept again", NOON + KEPT_FOR)
