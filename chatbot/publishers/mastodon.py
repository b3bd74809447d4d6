"""Publishing to Mastodon (the only module that imports Mastodon.py): statuses with described photos, an
idempotency key per draft so a retry never posts twice, and the same retry policy as X."""

from __future__ import annotations

import html
import io
import re
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from mastodon import Mastodon
from mastodon.errors import (
    MastodonAPIError,
    MastodonNetworkError,
    MastodonRatelimitError,
    MastodonServerError,
    MastodonUnauthorizedError,
)

from chatbot import messages
from chatbot.approval.ports import PublishImage, PublishResult
from chatbot.errors import PlatformError, PublishError
from chatbot.followers.account import Account, AccountPage
from chatbot.incidents.ports import Mention, MentionPage
from chatbot.publishers.retrying import with_retries

T = TypeVar("T")
_TAGS, _BREAKS = re.compile(r"<[^>]+>"), re.compile(r"<br\s*/?>|</p>")  # a status's HTML, as plain text
DEFAULT_LIMIT = 500  # Mastodon's own default; a server may allow more (its configuration says so)


class MastodonPublisher:
    """Implements chatbot.approval.ports.Publisher for one Mastodon account."""

    name = "Mastodon"

    def __init__(self, base_url: str, access_token: str, *, attempts: int = 3,
                 sleep: Callable[[float], None] = time.sleep, length_limit: int = DEFAULT_LIMIT) -> None:  # fmt: skip
        self.api = Mastodon(access_token=access_token, api_base_url=base_url.rstrip("/"), ratelimit_method="throw",
                             mastodon_version="4.3.0", version_check_mode="none", request_timeout=60)  # fmt: skip
        self._attempts, self._sleep, self.length_limit = attempts, sleep, length_limit

    def cost(self, text: str) -> float | None:
        return None  # Mastodon does not charge per post

    def publish(self, draft_id: str, text: str, images: tuple[PublishImage, ...] = ()) -> PublishResult:
        media = [self._upload(image) for image in images]
        status = self.call(lambda: self.api.status_post(text, media_ids=media or None, idempotency_key=draft_id))
        return PublishResult(url=str(status["url"]), post_id=str(status["id"]))

    def delete(self, post_id: str) -> None:
        self.call(lambda: self.api.status_delete(post_id))

    def find_recent(self, text: str) -> PublishResult | None:
        return None  # the idempotency key already makes a retry of the same draft safe

    def _upload(self, image: PublishImage) -> Any:
        return self.call(lambda: self.api.media_post(io.BytesIO(image.data), mime_type=image.media_type,
                                                       description=image.alt_text, file_name="photo"))  # fmt: skip

    def call(self, operation: Callable[[], T]) -> T:
        return with_retries(operation, network=self.name, attempts=self._attempts, sleep=self._sleep,
                            verdict=_verdict)  # fmt: skip


def _verdict(error: Exception) -> Exception | None:
    if isinstance(error, MastodonRatelimitError | MastodonServerError | MastodonNetworkError):
        return None
    if isinstance(error, MastodonUnauthorizedError):
        return PublishError(messages.MASTODON_TOKEN_REFUSED, retryable=False)
    if isinstance(error, MastodonAPIError):
        return PublishError(messages.network_refused("Mastodon", str(error)), retryable=False)
    return error


class MastodonMentions:
    """Implements chatbot.incidents.ports.MentionSource for Mastodon: mention notifications, newest first."""

    name = "Mastodon"
    read_cost = 0.0

    def __init__(self, publisher: MastodonPublisher) -> None:
        self._publisher = publisher

    def mentions(self, since_id: str | None, limit: int, token: str | None) -> MentionPage:
        api = self._publisher.api
        page = self._publisher.call(lambda: api.notifications(types=["mention"], since_id=since_id, max_id=token,
                                                              limit=max(1, min(limit, 40))))  # fmt: skip
        found = tuple(_mention(n) for n in page if n.get("status"))
        following = getattr(page, "_pagination_next", None) or {}
        return MentionPage(found, str(following["max_id"]) if found and following.get("max_id") else None)

    def hide_reply(self, post_id: str) -> None:
        raise PlatformError(messages.CANNOT_HIDE.format(network=self.name), retryable=False)


def _mention(notification: Any) -> Mention:
    status, account = notification["status"], notification["account"]
    text = html.unescape(_TAGS.sub("", _BREAKS.sub(" ", str(status.get("content", ""))))).strip()
    author = f"@{account.get('acct')} ({account.get('display_name') or account.get('username')})"
    created = status.get("created_at")
    when = created if isinstance(created, datetime) else datetime.fromisoformat(str(created).replace("Z", "+00:00"))
    return Mention(str(notification["id"]), " ".join(text.split()), author, when, str(status.get("url") or ""))


class MastodonFollowers:
    """Implements chatbot.followers.ports.FollowerSource for Mastodon: the account's followers, newest first."""

    name = "Mastodon"
    read_cost = 0.0

    def __init__(self, publisher: MastodonPublisher) -> None:
        self._publisher = publisher
        self._me: str | None = None

    def followers(self, limit: int, token: str | None) -> AccountPage:
        api = self._publisher.api
        if self._me is None:
            self._me = str(self._publisher.call(api.me)["id"])
        me = self._me
        page = self._publisher.call(lambda: api.account_followers(me, max_id=token, limit=max(1, min(limit, 80))))
        following = getattr(page, "_pagination_next", None) or {}
        accounts = tuple(_account(a) for a in page)
        return AccountPage(accounts, str(following["max_id"]) if accounts and following.get("max_id") else None)

    def mute(self, account_id: str) -> None:
        self._publisher.call(lambda: self._publisher.api.account_mute(account_id))


def _account(raw: Any) -> Account:
    created = raw.get("created_at")
    when = created if isinstance(created, datetime) else (datetime.fromisoformat(str(created).replace("Z", "+00:00"))
                                                           if created else None)  # fmt: skip
    bio = html.unescape(_TAGS.sub("", _BREAKS.sub(" ", str(raw.get("note") or "")))).strip()
    avatar = str(raw.get("avatar") or "")
    return Account(id=str(raw["id"]), handle=str(raw.get("acct", "")), name=str(raw.get("display_name") or ""),
                   bio=bio, created_at=when, has_picture=bool(avatar) and "missing.png" not in avatar,
                   followers=int(raw.get("followers_count") or 0), following=int(raw.get("following_count") or 0),
                   posts=int(raw.get("statuses_count") or 0), protected=bool(raw.get("locked")),
                   url=str(raw.get("url") or ""))  # fmt: skip
