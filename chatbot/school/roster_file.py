"""The roster as its file says now: re-read when the file changes, so a consent withdrawal needs no restart."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from chatbot.errors import ConfigError
from chatbot.school.roster import Roster, load_roster

logger = logging.getLogger(__name__)
# A file written less than this long ago may still be being written (an MIS export copied over the old one): it is
# read at the next look, so a half-written roster never replaces a whole one.
SETTLE_SECONDS = 10


@dataclass(frozen=True, slots=True)
class Reread:
    """What a look at the file found: the pupils now, and a problem when the new file could not be used."""

    pupils: int
    problem: str | None = None


class RosterFile:
    """Holds the roster last read. `refresh()` (the bot calls it every minute) re-reads the file when its size or
    time changed; an unusable new file keeps the last good roster and says why (row and column, never a value)."""

    def __init__(self, path: Path | None = None, roster: Roster | None = None) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._seen = self._signature()
        self._roster = roster if roster is not None else load_roster(path) if path else Roster()
        self._read = self._seen  # the signature of the file the roster now in use came from

    def current(self) -> Roster:
        return self._roster

    def written_at(self) -> datetime | None:
        """When the file the roster in use came from was written (an unusable newer file does not count)."""
        return None if self._read is None else datetime.fromtimestamp(self._read[0] / 1e9, UTC)

    def refresh(self) -> Reread | None:
        """Re-read the file if it changed since the last look; None when it did not (or there is no file)."""
        with self._lock:
            seen = self._signature()
            if self.path is None or seen == self._seen or _settling(seen):
                return None
            self._seen = seen
            try:
                self._roster = load_roster(self.path)
            except ConfigError as problem:
                logger.error("The roster file changed but cannot be used; the last good one stays: %s", problem)
                return Reread(len(self._roster), str(problem))
            self._read = seen
        logger.info("The roster file changed: %d pupils read", len(self._roster))
        return Reread(len(self._roster))

    def _signature(self) -> tuple[int, int] | None:
        if self.path is None:
            return None
        try:
            status = self.path.stat()
        except OSError:
            return None  # gone for a moment (an export being replaced): the last good roster stays
        return status.st_mtime_ns, status.st_size

    def __repr__(self) -> str:
        return f"RosterFile({len(self._roster)} pupils)"


def _settling(signature: tuple[int, int] | None) -> bool:
    return signature is not None and time.time() - signature[0] / 1e9 < SETTLE_SECONDS
