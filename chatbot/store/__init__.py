"""The Redis store (the only package that imports redis): drafts, followers, locks and the audit trail."""

from chatbot.store.drafts import Outcome, RedisStore, StoredDraft
from chatbot.store.unavailable import StoreUnavailable

__all__ = ["Outcome", "RedisStore", "StoreUnavailable", "StoredDraft"]
