"""What was published, kept with the publication rather than the draft: the words and the photos' descriptions, for
retention.published_days (the school year and a term), so the school can answer "what did we publish in October?"
long after the draft's words are gone."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

import redis

from chatbot.store.unavailable import translated_errors

INDEX = "cs:published"  # draft id by time published


def _key(draft_id: str) -> str:
    return f"cs:published:{draft_id}"


class PublishedRecords:
    def __init__(self, client: redis.Redis) -> None:
        self._redis = client

    def keep(self, draft_id: str, at: datetime, text: str, descriptions: list[str | None], links: list[str],
             exception: tuple[str, str] | None = None) -> None:  # fmt: skip
        """`exception`: the exception to the posting hours it went out under, and why."""
        record = {"at": at.isoformat(), "text": text, "descriptions": json.dumps(descriptions),
                  "links": json.dumps(links), "exception": json.dumps(exception)}  # fmt: skip
        pipe = self._redis.pipeline(transaction=True)
        pipe.hset(_key(draft_id), mapping=record)
        pipe.zadd(INDEX, {draft_id: at.timestamp()})
        self._call(pipe.execute)

    def between(self, since: datetime, until: datetime) -> list[dict[str, Any]]:
        """Oldest first: {"draft", "at", "text", "descriptions", "links", "exception"}."""
        ids: list[str] = self._call(
            lambda: self._redis.zrangebyscore(INDEX, since.timestamp(), f"({until.timestamp()}")
        )
        return [record for record in (self._record(draft_id) for draft_id in ids) if record is not None]

    def _record(self, draft_id: str) -> dict[str, Any] | None:
        kept: dict[str, str] = self._call(lambda: self._redis.hgetall(_key(draft_id)))
        if not kept:
            return None
        return {"draft": draft_id, "at": datetime.fromisoformat(kept["at"]), "text": kept["text"],
                "descriptions": json.loads(kept["descriptions"]), "links": json.loads(kept["links"]),
                "exception": json.loads(kept.get("exception") or "null")}  # fmt: skip

    def forget_before(self, cutoff: datetime) -> int:
        """Deletes the records published before `cutoff`; how many."""
        ids: list[str] = self._call(lambda: self._redis.zrangebyscore(INDEX, "-inf", f"({cutoff.timestamp()}"))
        if ids:
            pipe = self._redis.pipeline(transaction=True)
            pipe.delete(*(_key(draft_id) for draft_id in ids))
            pipe.zrem(INDEX, *ids)
            self._call(pipe.execute)
        return len(ids)

    def _call(self, operation: Callable[[], Any]) -> Any:
        with translated_errors():
            return operation()
