"""What every store module raises when Redis does not answer: one clear error, nothing changed."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import redis

from chatbot.errors import CountersignError


class StoreUnavailable(CountersignError):
    """Redis did not answer; nothing was changed."""


@contextmanager
def translated_errors() -> Iterator[None]:
    try:
        yield
    except (redis.ConnectionError, redis.TimeoutError) as error:
        raise StoreUnavailable(
            f"The store (Redis) is not answering ({type(error).__name__}); nothing was changed."
        ) from None
