"""The scheduler thread: every 30 seconds, the replica holding the lock publishes the drafts that are due."""

from __future__ import annotations

import logging
import os
import socket
import threading
from datetime import UTC, datetime

from chatbot.errors import CountersignError
from chatbot.service import WorkflowService

logger = logging.getLogger(__name__)
TICK_SECONDS = 30
LOCK_SECONDS = 90  # a replica that dies lets another take over within a minute and a half


def start_scheduler(service: WorkflowService, stop: threading.Event) -> threading.Thread:
    owner = f"{socket.gethostname()}:{os.getpid()}"

    def loop() -> None:
        while not stop.wait(TICK_SECONDS):
            tick(service, owner)

    thread = threading.Thread(target=loop, name="scheduler", daemon=True)
    thread.start()
    return thread


def tick(service: WorkflowService, owner: str) -> int:
    try:
        if not service.store.lock("scheduler", owner, LOCK_SECONDS):
            return 0
        return service.publish_due(datetime.now(UTC))
    except CountersignError as error:  # Redis away for a moment: the next tick tries again, nothing is lost
        logger.warning("scheduler tick skipped: %s", error)
        return 0
