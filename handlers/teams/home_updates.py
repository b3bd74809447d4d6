"""Each person's home card in their 1:1 chat, kept up to date: posted when they say "home", then updated in place
when drafts change. One background thread does it, so a card's button is answered first; changes that come
together are shown together."""

from __future__ import annotations

import logging
import threading

from handlers.teams.deps import TeamsDeps
from handlers.teams.home import home_reply

logger = logging.getLogger(__name__)
SETTLE_SECONDS = 0.3  # changes arriving together (an approval, then its publication) make one update


class HomeUpdates:
    def __init__(self, deps: TeamsDeps) -> None:
        self._deps, self._changed, self._stop = deps, threading.Event(), threading.Event()
        self._thread = threading.Thread(target=self._run, name="teams-homes", daemon=True)

    def start(self) -> HomeUpdates:
        self._thread.start()
        return self

    def show(self, user: str, conversation: str) -> None:
        """Post the person's home in their chat, and remember where, to keep it up to date."""
        posted = self._deps.outbox.post(conversation, *home_reply(self._deps, user))
        self._deps.service.store.governance.keep_home(user, f"{conversation}|{posted}")

    def changed(self) -> None:
        """Something a home shows may have changed: the thread updates every kept home soon."""
        self._changed.set()

    def stop(self) -> None:
        self._stop.set()
        self._changed.set()

    def _run(self) -> None:
        while self._changed.wait() and not self._stop.is_set():
            self._stop.wait(SETTLE_SECONDS)
            self._changed.clear()
            self.update_all()

    def update_all(self) -> None:
        try:
            homes = self._deps.service.store.governance.homes()
        except Exception as error:  # Redis away: the next change tries again
            logger.warning("could not read where the homes are: %s", type(error).__name__)
            return
        for user, where in homes.items():
            conversation, _, activity = where.rpartition("|")
            try:
                self._deps.outbox.update(conversation, activity, *home_reply(self._deps, user))
            except Exception as error:  # one person's chat refusing must not stop the others' homes
                logger.warning("could not update a home card: %s", type(error).__name__)
