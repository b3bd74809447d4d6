"""Background threads that tick on a clock: one per job, each named for this replica so locks know who holds them."""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Callable
from datetime import UTC, datetime


def replica() -> str:
    """This process's name in a lock: which machine, which process."""
    return f"{socket.gethostname()}:{os.getpid()}"


def start_ticking(name: str, seconds: float, stop: threading.Event, tick: Callable[[str, datetime], object],
                  at_once: bool = True) -> threading.Thread:  # fmt: skip
    """Call `tick(owner, now)` every `seconds` until `stop` is set (first at once, unless `at_once` is False)."""
    owner = replica()

    def loop() -> None:
        if not at_once and stop.wait(seconds):
            return
        while True:
            tick(owner, datetime.now(UTC))
            if stop.wait(seconds):
                return

    thread = threading.Thread(target=loop, name=name, daemon=True)
    thread.start()
    return thread
