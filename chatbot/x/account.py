"""The school's own X account as the monitors read it: followers newest first, muting, mentions, hiding replies."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from chatbot.followers.account import Account, AccountPage
from chatbot.incidents.ports import Mention, MentionPage
from chatbot.x.transport import XTransport

USER_FIELDS = ["created_at", "description", "location", "profile_image_url", "protected", "public_metrics"]
OWNED_READ_COST = 0.001  # US dollars per item read from the account's own lists (pay-per-use, 2026)


class XAccount:
    """Implements chatbot.followers.ports.FollowerSource for X."""

    name = "X"
    read_cost = OWNED_READ_COST

    def __init__(self, transport: XTransport) -> None:
        self._x = transport
        self._me: str | None = None

    def me(self) -> str:
        """The account's own id: the start of its access token ("2244994945-…"), else asked of X once."""
        if self._me is None:
            head = self._x.credentials.access_token.partition("-")[0]
            self._me = head if head.isdigit() else str(self._x.call(self._x.client.get_me).data.id)
        return self._me

    def followers(self, limit: int, token: str | None) -> AccountPage:
        me = self.me()
        answer = self._x.call(lambda: self._x.client.get_users_followers(
            me, max_results=limit, pagination_token=token, user_fields=USER_FIELDS, user_auth=True))  # fmt: skip
        accounts = tuple(account_from(user.data) for user in answer.data or [])
        return AccountPage(accounts, (answer.meta or {}).get("next_token"))

    def mute(self, account_id: str) -> None:
        self._x.call(lambda: self._x.client.mute(account_id, user_auth=True))


def account_from(raw: dict[str, Any]) -> Account:
    """An Account from X's v2 user object."""
    metrics = raw.get("public_metrics") or {}
    picture = raw.get("profile_image_url") or ""
    created = raw.get("created_at")
    return Account(
        id=str(raw["id"]),
        handle=raw.get("username", ""),
        name=raw.get("name", ""),
        bio=raw.get("description") or "",
        created_at=datetime.fromisoformat(created) if created else None,
        has_picture=bool(picture) and "default_profile" not in picture,
        followers=int(metrics.get("followers_count", 0)),
        following=int(metrics.get("following_count", 0)),
        posts=int(metrics.get("tweet_count", 0)),
        protected=bool(raw.get("protected", False)),
        location=raw.get("location") or "",
        url=f"https://x.com/{raw.get('username', '')}",
    )


class XMentions:
    """Implements chatbot.incidents.ports.MentionSource for X: the account's mentions and replies."""

    name = "X"
    read_cost = OWNED_READ_COST

    def __init__(self, account: XAccount, transport: XTransport) -> None:
        self._account, self._x = account, transport

    def mentions(self, since_id: str | None, limit: int, token: str | None) -> MentionPage:
        me = self._account.me()
        answer = self._x.call(lambda: self._x.client.get_users_mentions(
            me, since_id=since_id, max_results=max(5, min(limit, 100)), pagination_token=token,
            expansions=["author_id"], tweet_fields=["created_at", "author_id", "conversation_id"],
            user_fields=["username", "name"], user_auth=True))  # fmt: skip
        users = {str(u.id): u for u in (answer.includes or {}).get("users", [])}
        posts = tuple(_mention(post.data, users) for post in answer.data or [])
        return MentionPage(posts, (answer.meta or {}).get("next_token"))

    def hide_reply(self, post_id: str) -> None:
        self._x.call(lambda: self._x.client.hide_reply(post_id, user_auth=True))


def _mention(raw: dict[str, Any], users: dict[str, Any]) -> Mention:
    author = users.get(str(raw.get("author_id")))
    handle = f"@{author.username} ({author.name})" if author else f"user {raw.get('author_id')}"
    created = raw.get("created_at")
    when = datetime.fromisoformat(created) if created else datetime.now(UTC)
    return Mention(str(raw["id"]), raw.get("text", ""), handle, when, f"https://x.com/i/web/status/{raw['id']}")
