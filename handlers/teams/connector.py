"""The Bot Connector, reached through the Teams SDK's client from the core's threads, with retries."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx

from chatbot.errors import CountersignError

logger = logging.getLogger(__name__)
T = TypeVar("T")
ATTEMPTS = 3
LONGEST_WAIT = 30.0  # seconds; a longer Retry-After fails this try and the caller's own retry takes over
CALL_TIMEOUT = 120.0


class TeamsUnavailable(CountersignError):
    """Teams did not take a message after the retries (or the bot's connection is not running)."""


class CardRefused(TeamsUnavailable):
    """Teams will never take this message as it is (400 BadArgument, 413 MessageSizeTooBig): no retry helps."""


class Connector:
    """Runs the SDK's coroutines on the event loop that serves the bot, waiting for them from a worker thread."""

    def __init__(self, sleep: Callable[[float], None] = time.sleep) -> None:
        self.loop: asyncio.AbstractEventLoop | None = None
        self._sleep = sleep

    def call(self, operation: Callable[[], Awaitable[T]]) -> T:
        """`operation` again on 429, 5xx and network errors (Retry-After honoured), at most three times."""
        for attempt in range(1, ATTEMPTS + 1):
            try:
                return self._once(operation)
            except (httpx.HTTPStatusError, httpx.TransportError) as error:
                wait = _wait(error, attempt)
                if _refused(error):
                    raise CardRefused(_describe(error)) from None
                if wait is None or attempt == ATTEMPTS:
                    raise TeamsUnavailable(_describe(error)) from None
                logger.info("Teams answered %s; trying again in %.0f s", _describe(error), wait)
                self._sleep(wait)
        raise AssertionError("unreachable")

    def _once(self, operation: Callable[[], Awaitable[T]]) -> T:
        if self.loop is None or not self.loop.is_running():
            raise TeamsUnavailable("the Teams connection is not running")

        async def run() -> T:
            return await operation()

        try:
            return asyncio.run_coroutine_threadsafe(run(), self.loop).result(CALL_TIMEOUT)
        except TimeoutError:
            raise TeamsUnavailable(f"Teams did not answer within {CALL_TIMEOUT:.0f} seconds") from None


def _refused(error: Exception) -> bool:
    return isinstance(error, httpx.HTTPStatusError) and error.response.status_code in (400, 413)


def _wait(error: Exception, attempt: int) -> float | None:
    if isinstance(error, httpx.TransportError):
        return float(2 ** (attempt - 1))
    assert isinstance(error, httpx.HTTPStatusError)
    status = error.response.status_code
    if status == 429:
        after = _seconds(error.response.headers.get("Retry-After"))
        return None if after > LONGEST_WAIT else after
    return float(2 ** (attempt - 1)) if status >= 500 else None


def _seconds(value: Any) -> float:
    try:
        return max(0.0, float(value))
    except (TypeError, ValueError):
        return 1.0


def _describe(error: Exception) -> str:
    if isinstance(error, httpx.HTTPStatusError):
        return f"HTTP {error.response.status_code}"
    return type(error).__name__
