"""What was published is kept with the publication for retention.published_days, past the draft's words, then goes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from chatbot.governance.retention import forget_published, purge_expired
from chatbot.store import RedisStore

PUBLISHED = datetime(2026, 10, 6, 9, 30, tzinfo=UTC)


def test_the_record_outlives_the_drafts_words_and_goes_after_published_days(store: RedisStore) -> None:
    store.published.keep("slack:C1:1.0", PUBLISHED, "Year 3 loved the science museum.", ["A rocket model", None],
                         ["https://x.com/school/status/1"])  # fmt: skip
    purge_expired(store.retention, PUBLISHED + timedelta(days=40), 30)
    (kept,) = store.published.between(PUBLISHED - timedelta(days=1), PUBLISHED + timedelta(days=1))
    assert kept["text"] == "Year 3 loved the science museum." and kept["descriptions"] == ["A rocket model", None]
    assert forget_published(store.published, store.retention, PUBLISHED + timedelta(days=479), 480) == 0
    assert forget_published(store.published, store.retention, PUBLISHED + timedelta(days=481), 480) == 1
    assert store.published.between(PUBLISHED - timedelta(days=1), PUBLISHED + timedelta(days=1)) == []


def test_a_period_holds_only_what_was_published_in_it(store: RedisStore) -> None:
    for day in (1, 10, 20):
        store.published.keep(f"slack:C1:{day}.0", PUBLISHED + timedelta(days=day), f"Post {day}", [], [])
    found = store.published.between(PUBLISHED + timedelta(days=5), PUBLISHED + timedelta(days=20))
    assert [post["text"] for post in found] == ["Post 10"]  # the end is not included
