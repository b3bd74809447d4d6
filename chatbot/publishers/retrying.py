"""The retry policy Mastodon and Bluesky share: transient failures tried again with growing pauses, the rest
said once, clearly."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from chatbot import messages
from chatbot.errors import PublishError

T = TypeVar("T")


def with_retries(operation: Callable[[], T], *, network: str, attempts: int, sleep: Callable[[float], None],
                 verdict: Callable[[Exception], Exception | None]) -> T:  # fmt: skip
    """`verdict(error)` is None for a failure worth another try, else the error to raise in its place."""
    for attempt in range(attempts):
        try:
            return operation()
        except Exception as error:
            final = verdict(error)
            if final is not None:
                raise final from None
            if attempt + 1 < attempts:
                sleep(2.0**attempt)
    raise PublishError(messages.network_not_answering(network), retryable=True)
