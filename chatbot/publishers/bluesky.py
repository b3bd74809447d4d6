"""Publishing to Bluesky (the only module that imports atproto): posts with described photos, each under a
record key made from the draft, so a retry can never make a second post; the same retry policy as X."""

from __future__ import annotations

import hashlib
import re
import time
import warnings
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar
from urllib.parse import urlsplit

from atproto import Client, models
from atproto_client.exceptions import (
    BadRequestError,
    InvokeTimeoutError,
    NetworkError,
    RateLimitExceededError,
    RequestException,
    UnauthorizedError,
)

from chatbot import messages
from chatbot.approval.ports import PublishImage, PublishResult
from chatbot.errors import AlreadyPublished, PlatformError, PublishError
from chatbot.followers.account import Account, AccountPage
from chatbot.incidents.ports import Mention, MentionPage
from chatbot.publishers.retrying import with_retries

T = TypeVar("T")
POST = "app.bsky.feed.post"
_SORTABLE = "234567abcdefghijklmnopqrstuvwxyz"  # the alphabet of atproto's timestamp identifiers (TIDs)


def record_key(draft_id: str, at: datetime) -> str:
    """A valid TID for the draft: its time in microseconds, and a clock id from the draft's id (stable)."""
    micros = int(at.timestamp() * 1_000_000) & ((1 << 53) - 1)
    clock = int.from_bytes(hashlib.sha256(draft_id.encode()).digest()[:2], "big") & 0x3FF
    value = (micros << 10) | clock
    return "".join(_SORTABLE[(value >> (5 * i)) & 31] for i in reversed(range(13)))


_URL = re.compile(r"https?://[^\s]+[^\s.,;:!?)]")


def _links(text: str) -> list[Any]:
    """Bluesky shows a link as a link only when a facet marks it, by its position in UTF-8 bytes."""
    facets = []
    for match in _URL.finditer(text):
        start, end = len(text[: match.start()].encode()), len(text[: match.end()].encode())
        facets.append(models.AppBskyRichtextFacet.Main(index=models.AppBskyRichtextFacet.ByteSlice(byte_start=start,
                      byte_end=end), features=[models.AppBskyRichtextFacet.Link(uri=match.group(0))]))  # fmt: skip
    return facets


def _card(text: str) -> Any:
    """A link card for the post's first link (its site's name as the title; no page is fetched)."""
    match = _URL.search(text)
    if match is None:
        return None
    site = urlsplit(match.group(0)).hostname or match.group(0)
    return models.AppBskyEmbedExternal.Main(external=models.AppBskyEmbedExternal.External(
        uri=match.group(0), title=site.removeprefix("www."), description=""))  # fmt: skip


class BlueskyPublisher:
    """Implements chatbot.approval.ports.Publisher for one Bluesky account (handle and app password)."""

    name = "Bluesky"
    length_limit = 300  # graphemes

    def __init__(self, handle: str, app_password: str, base_url: str | None = None, *, attempts: int = 3,
                 sleep: Callable[[float], None] = time.sleep) -> None:  # fmt: skip
        self.client = Client(base_url=base_url) if base_url else Client()
        self._handle, self._password = handle, app_password
        self._attempts, self._sleep = attempts, sleep
        self._did: str | None = None

    def cost(self, text: str) -> float | None:
        return None  # Bluesky does not charge per post

    def publish(self, draft_id: str, text: str, images: tuple[PublishImage, ...] = ()) -> PublishResult:
        repo = self.login()
        drafted = self._draft_time(draft_id)
        embed, facets = self._images(images) or _card(text), _links(text) or None
        record = models.AppBskyFeedPost.Record(text=text, created_at=datetime.now(UTC).isoformat(), langs=["en-GB"],
                                               embed=embed, facets=facets)  # fmt: skip
        rkey = record_key(draft_id, drafted)
        data = models.ComAtprotoRepoCreateRecord.Data(repo=repo, collection=POST, rkey=rkey, record=record)
        self.call(lambda: self.client.com.atproto.repo.create_record(data))
        return PublishResult(url=f"https://bsky.app/profile/{self._handle}/post/{rkey}", post_id=rkey)

    def delete(self, post_id: str) -> None:
        data = models.ComAtprotoRepoDeleteRecord.Data(repo=self.login(), collection=POST, rkey=post_id)
        self.call(lambda: self.client.com.atproto.repo.delete_record(data))

    def find_recent(self, text: str) -> PublishResult | None:
        return None  # the record key made from the draft already makes a retry safe

    def login(self) -> str:
        if self._did is None:
            self.call(lambda: self.client.login(self._handle, self._password, fetch_bsky_profile=False))
            self._did = str(self.client.me.did) if self.client.me else self._session_did()
        return self._did

    def _session_did(self) -> str:
        session: Any = getattr(self.client, "_session", None)
        return str(session.did) if session is not None else self._handle

    def _images(self, images: tuple[PublishImage, ...]) -> Any:
        if not images:
            return None
        described = [models.AppBskyEmbedImages.Image(alt=image.alt_text or "", image=self._upload(image.data))
                     for image in images]  # fmt: skip
        return models.AppBskyEmbedImages.Main(images=described)

    def _upload(self, data: bytes) -> Any:
        with warnings.catch_warnings():  # atproto 0.0.73 hands httpx raw bytes the old way; httpx warns, works
            warnings.filterwarnings("ignore", "Use 'content=<...>'", DeprecationWarning)
            return self.call(lambda: self.client.upload_blob(data)).blob

    @staticmethod
    def _draft_time(draft_id: str) -> datetime:
        """The draft's own time where its id carries one (a Slack ts); else a stable time made from the id, so
        two drafts never share a record key (a shared key would make the second look already posted)."""
        tail = draft_id.rsplit(":", 1)[-1]
        try:
            return datetime.fromtimestamp(float(tail), UTC)
        except (ValueError, OverflowError):
            spread = int.from_bytes(hashlib.sha256(draft_id.encode()).digest()[2:10], "big") % (300 * 10**12)
            return datetime.fromtimestamp((1_600_000 * 10**9 + spread) / 1_000_000, UTC)  # within 2020–2030

    def call(self, operation: Callable[[], T]) -> T:
        return with_retries(operation, network=self.name, attempts=self._attempts, sleep=self._sleep,
                            verdict=_verdict)  # fmt: skip


def _verdict(error: Exception) -> Exception | None:
    if isinstance(error, RateLimitExceededError | NetworkError | InvokeTimeoutError):
        return None
    if isinstance(error, UnauthorizedError):
        return PublishError(messages.BLUESKY_LOGIN_REFUSED, retryable=False)
    if isinstance(error, BadRequestError):
        return _refusal(error)
    if isinstance(error, RequestException):
        return None if _status(error) >= 500 else PublishError(messages.network_refused("Bluesky", _said(error)),
                                                                retryable=False)  # fmt: skip
    return error


def _status(error: Exception) -> int:
    response = getattr(error, "response", None)
    return int(getattr(response, "status_code", 0) or 0)


def _said(error: Exception) -> str:
    content = getattr(getattr(error, "response", None), "content", None)
    return str(getattr(content, "message", None) or getattr(content, "error", None) or content or "")


def _refusal(error: BadRequestError) -> Exception:
    said = _said(error)
    if "already exists" in said.lower() or "RecordAlreadyExists" in str(getattr(error.response, "content", "")):
        return AlreadyPublished(messages.network_duplicate("Bluesky"))
    return PublishError(messages.network_refused("Bluesky", said), retryable=False)


class BlueskyMentions:
    """Implements chatbot.incidents.ports.MentionSource for Bluesky: mention, reply and quote notifications."""

    name = "Bluesky"
    read_cost = 0.0

    def __init__(self, publisher: BlueskyPublisher) -> None:
        self._publisher = publisher

    def mentions(self, since_id: str | None, limit: int, token: str | None) -> MentionPage:
        """Newest first, stopping at `since_id` (Bluesky has no "since": the poller's cursor is a post's uri)."""
        self._publisher.login()
        params = models.AppBskyNotificationListNotifications.Params(limit=max(1, min(limit, 100)), cursor=token,
                                                                    reasons=["mention", "reply", "quote"])  # fmt: skip
        answer = self._publisher.call(lambda: self._publisher.client.app.bsky.notification.list_notifications(params))
        found: list[Mention] = []
        for notification in answer.notifications:
            if notification.uri == since_id:
                return MentionPage(tuple(found), None)
            found.append(_mention(notification))
        return MentionPage(tuple(found), answer.cursor if found else None)

    def hide_reply(self, post_id: str) -> None:
        raise PlatformError(messages.CANNOT_HIDE.format(network=self.name), retryable=False)


def _mention(notification: Any) -> Mention:
    author = notification.author
    handle = f"@{author.handle} ({author.display_name or author.handle})"
    rkey = notification.uri.rsplit("/", 1)[-1]
    link = f"https://bsky.app/profile/{author.handle}/post/{rkey}"
    when = datetime.fromisoformat(str(notification.indexed_at).replace("Z", "+00:00"))
    return Mention(notification.uri, str(getattr(notification.record, "text", "")), handle, when, link)


class BlueskyFollowers:
    """Implements chatbot.followers.ports.FollowerSource for Bluesky: the account's followers, newest first."""

    name = "Bluesky"
    read_cost = 0.0

    def __init__(self, publisher: BlueskyPublisher) -> None:
        self._publisher = publisher

    def followers(self, limit: int, token: str | None) -> AccountPage:
        me = self._publisher.login()
        params = models.AppBskyGraphGetFollowers.Params(actor=me, limit=max(1, min(limit, 100)), cursor=token)
        answer = self._publisher.call(lambda: self._publisher.client.app.bsky.graph.get_followers(params))
        accounts = tuple(_account(profile) for profile in answer.followers)
        return AccountPage(accounts, answer.cursor if accounts else None)

    def mute(self, account_id: str) -> None:
        self._publisher.login()
        data = models.AppBskyGraphMuteActor.Data(actor=account_id)
        self._publisher.call(lambda: self._publisher.client.app.bsky.graph.mute_actor(data))


def _account(profile: Any) -> Account:
    created = getattr(profile, "created_at", None)
    return Account(id=str(profile.did), handle=str(profile.handle), name=str(profile.display_name or ""),
                   bio=str(profile.description or ""), has_picture=bool(profile.avatar),
                   created_at=datetime.fromisoformat(created.replace("Z", "+00:00")) if created else None,
                   url=f"https://bsky.app/profile/{profile.handle}")  # fmt: skip
