"""Each person's home card in their 1:1 chat, kept up to date: posted when they say "home", then updated in place
when drafts change. One background thread does it, so a card's button is answered first; changes that come
together are shown together, and a card whose content did not change is not sent again (Teams limits a bot's
messages per conversation, and a school may keep dozens of homes)."""

from __future__ import annotations

import json
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
        self._shown: dict[str, str] = {}  # each person's card as last sent, to send only what changed

    def start(self) -> HomeUpdates:
        self._thread.start()
        return self

    def show(self, user: str, conversation: str) -> None:
        """Post the person's home in their chat, and remember where, to keep it up to date."""
        text, card = home_reply(self._deps, user)
        posted = self._deps.outbox.post(conversation, text, card)
        self._shown[user] = json.dumps(card, sort_keys=True)
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
            try:
                self._update(user, where)
            except Exception as error:  # one person's chat refusing must not stop the others' homes
                logger.warning("could not update a home card: %s", type(error).__name__)

    def _update(self, user: str, where: str) -> None:
        text, card = home_reply(self._deps, user)
        shown = json.dumps(card, sort_keys=True)
        if self._shown.get(user) == shown:
            return
        conversation, _, activity = where.rpartition("|")
        self._deps.outbox.update(conversation, activity, text, card)
        self._shown[user] = shown
