"""The school's own X account as the follower alerts read it: followers newest first, and muting."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from chatbot.followers.account import Account, AccountPage
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
