"""The practice workspace for tests: built by its own composition root (with its own redis-server), driven through
its web app exactly as a browser's forms drive it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from chatbot.school.settings import PolicySection, PostingSection, SchoolSection, Settings
from handlers.local.wiring import RunningLocal, start_local

ROSTER = Path(__file__).resolve().parents[2] / "examples" / "roster.csv"


@dataclass
class Practice:
    running: RunningLocal
    client: httpx.Client

    @property
    def ws(self) -> Any:
        return self.running.workspace

    def post(self, path: str, person: str, files: Any = None, **fields: str) -> Any:
        answer = self.client.post(path, data={"as": person, **fields}, files=files, follow_redirects=False)
        assert answer.status_code in (303, 429), answer.text
        return answer

    def draft(self, person: str, text: str, **fields: Any) -> str:
        """Post a draft; the id of its message in the channel."""
        before = set(self.ws.conversation.messages)
        self.post("/drafts", person, text=text, **fields)
        return next(m for m in self.ws.conversation.in_channel() if m.id not in before).id

    def press(self, person: str, action: str, value: str, **fields: str) -> None:
        self.post("/press", person, press=f"{action}|{value}", **fields)

    def seen_by(self, person: str) -> str:
        """The live part of this person's page, as text (tags gone)."""
        answer = self.client.get(f"/live?as={person}")
        assert answer.status_code == 200
        return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", answer.text))

    def thread(self, message: str) -> str:
        return " ".join(m.text for m in self.ws.conversation.replies(message))

    def notice(self, person: str) -> str:
        return str(self.ws.notices.get(person, ""))


# Posting open at every hour, as the Teams tests have it: a test run after 18:00 or at a weekend would otherwise
# see "today" deferred to the next school day (a relative-date block), whatever the test is about
ALWAYS_OPEN = PostingSection(windows=["Mon-Sun 00:00-24:00"], bank_holidays="none")


def settings(**changes: Any) -> Settings:
    school = SchoolSection(name="Example Primary")
    changes.setdefault("posting", ALWAYS_OPEN)
    return Settings(school=school, policy=PolicySection(roster=ROSTER), **changes)


@contextmanager
def workspace(chosen: Settings) -> Iterator[Practice]:
    running = start_local(chosen, port=0).start()  # the real server, on a free port
    try:
        with httpx.Client(base_url=running.url, timeout=60) as client:
            yield Practice(running, client)
    finally:
        running.close()
