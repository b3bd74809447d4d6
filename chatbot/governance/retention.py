"""Data retention: a draft's words and photos are deleted a set number of days after it is settled; the record of
what was published, after retention.published_days."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from chatbot.approval.states import State
from chatbot.store.published import PublishedRecords
from chatbot.store.retention import RetentionStore

logger = logging.getLogger(__name__)
# Drafts waiting to go out are kept however long they wait (a summer holiday can hold a scheduled post).
KEPT = frozenset({State.APPROVED, State.SCHEDULED, State.PUBLISHING})


def purge_expired(store: RetentionStore, now: datetime, days: int) -> int:
    """Deletes the words and photos of drafts settled (or left untouched) for `days`. Returns how many."""
    cutoff = now - timedelta(days=days)
    purged = 0
    for draft_id, state, updated_at in store.retention_candidates(created_before=cutoff):
        if not state:  # its words were already deleted: only the index entry is left to move
            store.purge(draft_id, "", now)
            continue
        if state in KEPT or datetime.fromisoformat(updated_at) > cutoff:
            continue
        purged += store.purge(draft_id, updated_at, now)
    if purged:
        store.compact()
        logger.info("retention: deleted the words and photos of %d drafts older than %d days", purged, days)
    return purged


def forget_published(published: PublishedRecords, store: RetentionStore, now: datetime, days: int) -> int:
    """Deletes the record of what was published `days` ago or earlier (retention.published_days); how many."""
    forgotten = published.forget_before(now - timedelta(days=days))
    if forgotten:
        store.compact()  # so the words leave the disk too
        logger.info("retention: deleted the record of %d posts published over %d days ago", forgotten, days)
    return forgotten
