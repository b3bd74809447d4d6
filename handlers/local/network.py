"""The practice network: replies and new followers that people in the workspace make up, and posts that go nowhere.

It implements the ports the real networks do (mentions, followers, publishing), so the same incident, triage and
follower cards come from the same core; but it is always a dry run: nothing leaves this computer."""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass, field
from datetime import datetime

from chatbot.approval.ports import PublishImage, PublishResult
from chatbot.followers.account import Account, AccountPage
from chatbot.incidents.ports import Mention, MentionPage

NAME = "X"  # the cards read as they would for the school's X account, the networks' common case
LENGTH_LIMIT = 280


@dataclass(frozen=True)
class PracticePost:
    id: str
    text: str
    photos: tuple[PublishImage, ...]
    at: datetime
    taken_down: bool = False


@dataclass
class PracticeNetwork:
    """What was said to the account, who followed it, and what the school "posted", all made up in the workspace."""

    base_url: str  # the workspace's address, for the links on cards
    name: str = NAME
    read_cost: float = 0.0
    hidden: set[str] = field(default_factory=set)
    muted: set[str] = field(default_factory=set)
    _mentions: list[Mention] = field(default_factory=list)  # newest first, as networks list them
    _followers: list[Account] = field(default_factory=list)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1_000_001))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def next_id(self) -> str:
        """Numbers, like X's post ids, so a post's link can be pasted to take it down."""
        with self._lock:
            return str(next(self._ids))

    def reply(self, text: str, author: str, at: datetime) -> Mention:
        mention_id = self.next_id()
        mention = Mention(mention_id, text, author, at, f"{self.base_url}/replies/{mention_id}")
        with self._lock:
            self._mentions.insert(0, mention)
        return mention

    def follow(self, account: Account) -> None:
        with self._lock:
            self._followers.insert(0, account)

    def mentions(self, since_id: str | None, limit: int, token: str | None) -> MentionPage:
        with self._lock:
            newer = [m for m in self._mentions if since_id is None or int(m.id) > int(since_id)]
        return MentionPage(tuple(newer[:limit]))

    def mention(self, mention_id: str) -> Mention | None:
        return next((m for m in self._mentions if m.id == mention_id), None)

    def account(self, account_id: str) -> Account | None:
        return next((a for a in self._followers if a.id == account_id), None)

    def hide_reply(self, post_id: str) -> None:
        self.hidden.add(post_id)

    def followers(self, limit: int, token: str | None) -> AccountPage:
        with self._lock:
            return AccountPage(tuple(self._followers[:limit]))

    def mute(self, account_id: str) -> None:
        self.muted.add(account_id)


@dataclass
class PracticePublisher:
    """Implements chatbot.approval.ports.Publisher: keeps each post to show how it would look, and posts nothing."""

    network: PracticeNetwork
    name: str = "the practice X account"
    length_limit: int = LENGTH_LIMIT
    posts: dict[str, PracticePost] = field(default_factory=dict)

    def publish(self, draft_id: str, text: str, images: tuple[PublishImage, ...] = ()) -> PublishResult:
        post = PracticePost(self.network.next_id(), text, images, datetime.now().astimezone())
        self.posts[post.id] = post
        return PublishResult(f"{self.network.base_url}/posts/{post.id}", dry_run=True, post_id=post.id)

    def delete(self, post_id: str) -> None:
        kept = self.posts.get(post_id)
        if kept is not None:
            self.posts[post_id] = PracticePost(kept.id, kept.text, kept.photos, kept.at, taken_down=True)

    def find_recent(self, text: str) -> PublishResult | None:
        found = next((p for p in self.posts.values() if p.text == text and not p.taken_down), None)
        return None if found is None else PublishResult(f"{self.network.base_url}/posts/{found.id}", True, found.id)

    def cost(self, text: str) -> float | None:
        return None
