"""The practice workspace's chat: the drafts channel with its threads and each person's private messages, kept in
memory (a practice workspace forgets everything when it stops), with a version number that live pages wait on."""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass, field, replace
from datetime import datetime

from chatbot.cards import Part

CHANNEL = "drafts"
KEEP_MESSAGES = 2000  # the oldest go first: a practice workspace left running for weeks stays small


def private(person: str) -> str:
    """Where the bot speaks to one person alone (Slack's direct message, Teams' 1:1 chat)."""
    return f"dm:{person}"


@dataclass(frozen=True)
class Message:
    id: str
    where: str  # CHANNEL or private(person)
    author: str
    text: str  # the project's markup
    at: datetime
    thread: str | None = None  # the message it answers
    parts: tuple[Part, ...] = ()  # a card under the text
    photos: tuple[str, ...] = ()  # ids of sanitised photos
    edited: bool = False
    deleted: bool = False
    reactions: tuple[tuple[str, str], ...] = ()  # (emoji, person)


@dataclass
class Conversation:
    messages: dict[str, Message] = field(default_factory=dict)
    photos: dict[str, tuple[bytes, str]] = field(default_factory=dict)  # id: (data, media type)
    files: dict[str, tuple[bytes, str]] = field(default_factory=dict)  # a report's HTML and PDF, by name
    version: int = 0
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _changed: threading.Condition = field(default_factory=threading.Condition)

    def post(self, where: str, author: str, text: str, at: datetime, thread: str | None = None,
             parts: tuple[Part, ...] = (), photos: tuple[str, ...] = ()) -> Message:  # fmt: skip
        message = Message(f"m{next(self._ids)}", where, author, text, at, thread, parts, photos)
        with self._changed:
            self.messages[message.id] = message
            self._forget_oldest()
            self._touch()
        return message

    def change(self, message_id: str, **changes: object) -> Message | None:
        with self._changed:
            kept = self.messages.get(message_id)
            if kept is None:
                return None
            self.messages[message_id] = replace(kept, **changes)  # type: ignore[arg-type]
            self._touch()
            return self.messages[message_id]

    def keep_photo(self, data: bytes, media_type: str) -> str:
        photo = f"p{next(self._ids)}"
        with self._changed:
            self.photos[photo] = (data, media_type)
        return photo

    def react(self, message_id: str, emoji: str, person: str, on: bool) -> bool:
        """Add or take away a reaction; False when nothing changed (the same press twice)."""
        kept = self.messages.get(message_id)
        if kept is None or ((emoji, person) in kept.reactions) == on:
            return False
        reactions = tuple(r for r in kept.reactions if r != (emoji, person)) + (((emoji, person),) if on else ())
        return self.change(message_id, reactions=reactions) is not None

    def in_channel(self) -> list[Message]:
        return [m for m in self._ordered() if m.where == CHANNEL and m.thread is None]

    def replies(self, message_id: str) -> list[Message]:
        return [m for m in self._ordered() if m.thread == message_id]

    def threads(self) -> dict[str, list[Message]]:
        """Every thread's replies, in one pass (a page shows them all: asking per message would read the whole
        conversation once for each)."""
        found: dict[str, list[Message]] = {}
        for message in self._ordered():
            if message.thread is not None:
                found.setdefault(message.thread, []).append(message)
        return found

    def privately(self, person: str) -> list[Message]:
        return [m for m in self._ordered() if m.where == private(person)]

    def get(self, message_id: str) -> Message | None:
        return self.messages.get(message_id)

    def wait(self, seen: int, seconds: float) -> int:
        """Until the version passes `seen`, or `seconds` go by; the version then."""
        with self._changed:
            self._changed.wait_for(lambda: self.version != seen, timeout=seconds)
            return self.version

    def touch(self) -> None:
        """Something the pages show changed outside the messages (an answer to one person, the clock)."""
        with self._changed:
            self._touch()

    def _touch(self) -> None:
        self.version += 1
        self._changed.notify_all()

    def _ordered(self) -> list[Message]:
        with self._changed:
            return list(self.messages.values())

    def _forget_oldest(self) -> None:
        while len(self.messages) > KEEP_MESSAGES:
            oldest = next(iter(self.messages))
            for photo in self.messages.pop(oldest).photos:
                self.photos.pop(photo, None)
