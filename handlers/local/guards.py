"""What stands between the browser and the core: presses only from the workspace's own page, bodies no larger than
four photos, and no more presses a second than a person makes; each refusal in plain words, nothing lost."""

from __future__ import annotations

import threading
import time
from collections import deque
from urllib.parse import urlparse

from chatbot import messages

MAX_BODY = 4 * 30 * 1024 * 1024 + 1024 * 1024  # four photos of the largest size a photo can be, and the words
PRESSES, PER_SECONDS = 20, 2.0  # a person double-clicking is fine; a stuck key or a script is slowed down


def foreign(method: str, host: str | None, origin: str | None, referer: str | None) -> bool:
    """A POST from another site's page (a forged form): its Origin, or else its Referer, names another host."""
    if method != "POST":
        return False
    said = origin if origin and origin != "null" else referer
    return said is not None and urlparse(said).netloc != (host or "")


def too_large(length: str | None) -> str | None:
    """Why the body is refused before it is read, if it is: over MAX_BODY, by what the browser declared."""
    if length is None or not length.isdigit() or int(length) <= MAX_BODY:
        return None
    return messages.PRACTICE_TOO_LARGE.format(size=int(length) // (1024 * 1024))


class Pace:
    """At most PRESSES presses per PER_SECONDS for each person."""

    def __init__(self) -> None:
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def allows(self, person: str) -> bool:
        now = time.monotonic()
        with self._lock:
            seen = self._seen.setdefault(person, deque())
            while seen and now - seen[0] > PER_SECONDS:
                seen.popleft()
            if len(seen) >= PRESSES:
                return False
            seen.append(now)
            return True
