"""Slack's redelivery of an event still being handled is told to come back later instead of racing the first."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class InFlight:
    """The ids of the events being handled now.

    HTTP mode answers Slack once the work is done, so work slower than Slack's 3 seconds brings a redelivery
    while the first delivery is still running. That redelivery is answered 503: Slack asks again a minute
    later, when the first has either marked the event handled (the repeat is then a no-op) or failed (the
    repeat redoes it). Payloads without an event id (buttons, forms) are never redelivered.
    """

    def __init__(self) -> None:
        self._ids: set[str] = set()
        self._lock = threading.Lock()

    @contextmanager
    def claim(self, body: dict[str, Any]) -> Iterator[bool]:
        """True, for the block's duration, unless the same event is being handled already."""
        event_id = body.get("event_id") if isinstance(body, dict) else None
        if not isinstance(event_id, str):
            yield True
            return
        with self._lock:
            claimed = event_id not in self._ids
            self._ids.add(event_id)
        try:
            yield claimed
        finally:
            if claimed:
                with self._lock:
                    self._ids.discard(event_id)
