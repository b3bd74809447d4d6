"""Publishing one approved draft to several networks: each exactly once, a failure on one never blocking or
repeating the others, and a retry posting only where it failed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from chatbot import messages
from chatbot.approval.ports import Publisher, PublishImage, PublishResult
from chatbot.errors import AlreadyPublished, CountersignError, PublishError
from chatbot.store import RedisStore


@dataclass(frozen=True)
class _Outcome:
    network: str
    url: str | None = None
    error: CountersignError | None = None


class SeveralPublishers:
    """Implements chatbot.approval.ports.Publisher over several; the first network's post is the draft's main link."""

    def __init__(self, targets: tuple[Publisher, ...], store: RedisStore) -> None:
        self._targets, self._store = targets, store
        self.name = messages.and_list([t.name for t in targets])
        self.length_limit = min(t.length_limit for t in targets)

    def cost(self, text: str) -> float | None:
        costs = [c for c in (t.cost(text) for t in self._targets) if c is not None]
        return sum(costs) if costs else None

    def publish(self, draft_id: str, text: str, images: tuple[PublishImage, ...] = ()) -> PublishResult:
        outcomes = [self._publish_on(target, draft_id, text, images) for target in self._targets]
        failed = [o for o in outcomes if o.error is not None]
        if failed:
            went = [o.network for o in outcomes if o.error is None]
            said = messages.some_networks_failed(went, [(o.network, str(o.error)) for o in failed])
            retryable = any(getattr(o.error, "retryable", False) for o in failed)
            resets: list[Any] = [getattr(o.error, "retry_at", None) for o in failed]
            retry_at = max(resets) if all(resets) else None  # only when every failed network said when
            raise PublishError(said, retryable=retryable, partial=bool(went), retry_at=retry_at)
        entries = self._store.publications.entries(draft_id)
        posted = [entries.get(t.name, {}) for t in self._targets]
        first = next((e for e in posted if e.get("post_id")), posted[0])  # a post whose id can take it down
        links = tuple((o.network, o.url) for o in outcomes if o.url)
        return PublishResult(url=first.get("url"), post_id=first.get("post_id"), links=links)

    def delete(self, post_id: str) -> None:
        """Take the draft down everywhere it went (any of its posts' ids finds the draft)."""
        draft_id = self._store.draft_of_post(post_id)
        entries = self._store.publications.entries(draft_id) if draft_id else {}
        for target in self._targets:
            own = entries.get(target.name, {}).get("post_id")
            if own:
                target.delete(own)

    def find_recent(self, text: str) -> PublishResult | None:
        return None  # each network is reconciled on its own when the draft is published again

    def _publish_on(self, target: Publisher, draft_id: str, text: str, images: tuple[PublishImage, ...]) -> _Outcome:
        ledger = self._store.publications
        state = ledger.claim(draft_id, target.name)
        if state == "published":
            return _Outcome(target.name, ledger.entries(draft_id)[target.name].get("url"))
        try:
            found = target.find_recent(text) if state == "publishing" else None  # a crash mid-post: look first
            result = found or target.publish(draft_id, text, images)
        except AlreadyPublished:
            ledger.published(draft_id, target.name, None, None)
            return _Outcome(target.name)
        except CountersignError as error:
            ledger.failed(draft_id, target.name)
            return _Outcome(target.name, error=error)
        ledger.published(draft_id, target.name, result.url, result.post_id)
        if result.post_id:
            self._store.index_post(result.post_id, draft_id)
        return _Outcome(target.name, result.url)
