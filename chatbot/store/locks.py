"""Named locks with expiry, renewed by their owner: one replica runs each background job at a time."""

from __future__ import annotations

import redis

from chatbot.store.unavailable import translated_errors


def hold(client: redis.Redis, name: str, owner: str, seconds: int) -> bool:
    """Take the lock, or renew it if `owner` already holds it; False while another owner does."""
    key = f"cs:lock:{name}"
    with translated_errors():
        if client.set(key, owner, nx=True, ex=seconds):
            return True
        if client.get(key) == owner:
            client.expire(key, seconds)
            return True
    return False


def take(client: redis.Redis, name: str, owner: str, seconds: int) -> None:
    """Hold the lock for `owner` whoever held it: the holder of work in flight says so (see `hold`)."""
    with translated_errors():
        client.set(f"cs:lock:{name}", owner, ex=seconds)
