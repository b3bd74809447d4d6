"""The worker pools every edge runs slow work on: photo checks and publishing, off the threads that answer."""

from __future__ import annotations

from chatbot.approval.backlog import EventBacklog
from chatbot.store import RedisStore
from chatbot.workers import Workers

PHOTO_THREADS = 2  # drafts with photos checked at once; the inspector decodes one large photo at a time anyway
PUBLISHING_THREADS = 2  # drafts published at once: one waiting on X's rate limit does not hold up Mastodon
# How many jobs may wait. A waiting job is small (an event, a closure); beyond this the work is not lost:
# photo drafts stay in the inbox for the next replay, approved drafts for the next settling round.
PHOTO_QUEUE, PUBLISHING_QUEUE = 100, 1000


def publishing_workers() -> Workers:
    return Workers("publishing", PUBLISHING_THREADS, PUBLISHING_QUEUE)


def photo_backlog(store: RedisStore) -> EventBacklog:
    """Two threads check photos (each decodes one large photo at a time), so that other drafts keep moving."""
    return EventBacklog(Workers("photos", PHOTO_THREADS, PHOTO_QUEUE), store.inbox)
