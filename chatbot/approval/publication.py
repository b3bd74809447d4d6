"""Publication: an approved draft goes out now or waits for its window, and is posted at most once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from chatbot import messages
from chatbot.approval import photos
from chatbot.approval.draft import Draft
from chatbot.approval.events import MessageRef
from chatbot.approval.ports import Notifier, Publisher, PublishImage, PublishResult
from chatbot.approval.records import chosen_time
from chatbot.approval.states import BOT, State, Transition
from chatbot.errors import AlreadyPublished, CountersignError, PublishError
from chatbot.policy.context import PolicyContext
from chatbot.policy.rules.window import publish_time
from chatbot.store import RedisStore, StoredDraft

# The longest one attempt to publish may take (X's rate-limit wait, then timeouts and back-off): a draft left in
# `publishing` longer than this was interrupted, and recovery may settle it.
PUBLISHING_LEASE_SECONDS = 30 * 60


def _approved(stored: StoredDraft, at: datetime) -> Draft:
    """What decides when an approved draft goes out: its words, exception and chosen time, judged at `at`."""
    return Draft(
        stored.record["text"], at, exception=stored.record.get("exception"), publish_at=chosen_time(stored.record)
    )


def publishing_lease(draft_id: str) -> str:
    return f"publishing:{draft_id}"


@dataclass
class Publication:
    """Releases approved drafts and publishes due ones; `publishing` is entered once per draft, whoever races."""

    store: RedisStore
    ctx: PolicyContext
    notifier: Notifier
    publisher: Publisher
    # A scheduled draft is judged again when its time comes (the roster may have changed since its approval);
    # True when it now blocks, and has been sent back with a new report.
    blocks_now: Callable[[MessageRef, StoredDraft, datetime], bool] = lambda ref, stored, at: False

    def release(self, ref: MessageRef, stored: StoredDraft, at: datetime) -> None:
        """An approved draft goes out now, or waits for the next posting window, or for publishing to resume."""
        when, paused = publish_time(_approved(stored, at), self.ctx), self.store.governance.paused()
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
            when = publish_time(_approved(stored, now), self.ctx)
            if when is not None:
                self.store.schedule(draft_id, when)
                continue
            self.store.unschedule(draft_id)
            if self.blocks_now(stored.ref, stored, now):
                self.notifier.say(stored.ref, messages.BLOCKED_BEFORE_PUBLISHING)
                continue
            published += self.publish(stored.ref, draft_id, now)
        return published

    def publish(self, ref: MessageRef, draft_id: str, at: datetime) -> bool:
        """Enter publishing (at most once per draft, whoever races), post, and say what happened.

        Returns True when this call published it (False when another worker had, or it failed)."""
        if not self.store.apply(draft_id, Transition.PUBLISHING, BOT, at).done:
            return False
        self.store.take_lock(publishing_lease(draft_id), "publication", PUBLISHING_LEASE_SECONDS)
        stored = self.store.get(draft_id)
        text = stored.record["text"] if stored else ""
        images = photos.to_publish(self.store.photos(draft_id))
        try:
            result = self.publisher.publish(draft_id, text, images)
        except AlreadyPublished:
            self._already_published(ref, draft_id, at, stored.record if stored else {})
            return False
        except CountersignError as error:
            self._failed(ref, draft_id, at, error)
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
        links = [url for _, url in result.links] or ([result.url] if result.url else [])
        self._keep_record(draft_id, at, text, images, links, stored.record if stored else {})
        if not result.dry_run:
            self._index_pictured(stored.record if stored else {}, draft_id, at, links)
        if result.post_id:
            self.store.remember(draft_id, "post_id", result.post_id)
            self.store.index_post(result.post_id, draft_id)
        self.notifier.mark_published(ref)
        self.notifier.say(ref, _published(result, text))
        return True

    def _keep_record(self, draft_id: str, at: datetime, text: str, images: tuple[PublishImage, ...], links: list[str],
                     record: dict[str, Any]) -> None:  # fmt: skip
        """What went out, kept past the draft's retention for published_days: its words, photos' descriptions and
        any exception to the posting hours, with why."""
        exception = (
            (str(record["exception"]), str(record.get("exception_reason") or "")) if record.get("exception") else None
        )
        self.store.published.keep(draft_id, at, text, [image.alt_text for image in images], links, exception)

    def _already_published(self, ref: MessageRef, draft_id: str, at: datetime, record: dict[str, Any]) -> None:
        """On the account, but X did not say which post: take-down must say so, and a consent withdrawal must
        still find it."""
        self.store.apply(
            draft_id, Transition.PUBLISHED, BOT, at, {"already_on_platform": True, "text": record.get("text", "")}
        )
        self.store.remember(draft_id, "post_unlocated", "1")
        self._index_pictured(record, draft_id, at, [])
        self.notifier.say(ref, messages.ALREADY_PUBLISHED)

    def _index_pictured(self, record: dict[str, Any], draft_id: str, at: datetime, links: list[str]) -> None:
        """The pupils named as pictured, for a later consent withdrawal to find this post (kept past retention)."""
        if names := list(record.get("pictured") or ()):
            self.store.pictured.add(names, draft_id, at, links)

    def _failed(self, ref: MessageRef, draft_id: str, at: datetime, error: CountersignError) -> None:
        """A platform that named a time (a rate limit's reset) gets the post then; otherwise people may retry."""
        retry_at, detail = getattr(error, "retry_at", None), {"error": str(error)}
        if retry_at is not None and self.store.apply(draft_id, Transition.REQUEUED, BOT, at, detail).done:
            due = max(retry_at, at)
            self.store.apply(draft_id, Transition.SCHEDULED, BOT, at, {"publish_at": due.isoformat()})
            self.store.schedule(draft_id, due)
            self.notifier.say(ref, messages.waiting_for_limit(str(error), due))
            return
        self.store.apply(draft_id, Transition.FAILED, BOT, at, detail)
        partly = isinstance(error, PublishError) and error.partial
        said = (messages.PUBLISH_PARTLY_FAILED if partly else messages.PUBLISH_FAILED).format(error=error)
        self.notifier.say(ref, said, offer_retry=True)


def _published(result: PublishResult, text: str) -> str:
    """What the thread is told: the post's link (each network's, when several), or what a dry run would have posted
    (with where to see how it would look, when the dry run can show it: the practice workspace)."""
    if result.dry_run:
        return (
            messages.PRACTICE_PUBLISHED.format(url=result.url)
            if result.url
            else messages.DRY_RUN_PUBLISHED.format(text=text)
        )
    if len(result.links) > 1:
        return messages.published_links(result.links)
    return messages.PUBLISHED.format(url=result.url)
