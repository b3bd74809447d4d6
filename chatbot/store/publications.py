"""Where each draft went: one entry per network, so a retry posts only where it failed (hash tag {d:ID})."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import redis

from chatbot.store.keys import draft_keys
from chatbot.store.unavailable import translated_errors

CLAIM = """
local current = redis.call('HGET', KEYS[1], ARGV[1])
if current then return cjson.decode(current)['state'] end
redis.call('HSET', KEYS[1], ARGV[1], '{"state": "publishing"}')
return 'claimed'
"""


def _key(draft_id: str) -> str:
    return draft_keys(draft_id)[0].replace(":meta", ":targets")


class PublicationLedger:
    def __init__(self, client: redis.Redis) -> None:
        self._redis = client
        self._claim = client.register_script(CLAIM)

    def claim(self, draft_id: str, network: str) -> str:
        """'claimed' (go ahead), 'published' (done before), or 'publishing' (a crash left it unsure)."""
        status: str = self._call(lambda: self._claim(keys=[_key(draft_id)], args=[network]))
        return status

    def published(self, draft_id: str, network: str, url: str | None, post_id: str | None) -> None:
        entry = json.dumps({"state": "published", "url": url, "post_id": post_id})
        self._call(lambda: self._redis.hset(_key(draft_id), network, entry))

    def failed(self, draft_id: str, network: str) -> None:
        """Not posted there: the next try claims it again."""
        self._call(lambda: self._redis.hdel(_key(draft_id), network))

    def entries(self, draft_id: str) -> dict[str, dict[str, Any]]:
        stored: dict[str, str] = self._call(lambda: self._redis.hgetall(_key(draft_id)))
        return {network: json.loads(entry) for network, entry in stored.items()}

    def _call(self, operation: Callable[[], Any]) -> Any:
        with translated_errors():
            return operation()
