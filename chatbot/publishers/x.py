"""Publishing to X: posts through tweepy's v2 Client, photos through X's v2 media upload (tweepy's own upload
uses the deprecated v1.1 endpoint), both through the signed transport and its retry policy."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from chatbot.approval.ports import PublishImage, PublishResult
from chatbot.errors import AlreadyPublished, PublishError
from chatbot.publishers.pricing import x_post_cost
from chatbot.x.transport import Unreadable, XCredentials, XTransport

__all__ = ["XCredentials", "XPublisher"]
CLOCK_SKEW = timedelta(minutes=2)  # X's clock and ours may differ a little: a post that early is still ours


class XPublisher:
    """Implements chatbot.approval.ports.Publisher and Platform for X."""

    name = "X"
    length_limit = 280

    def __init__(self, credentials: XCredentials, base_url: str | None = None, **retry: Any) -> None:
        self._x = XTransport(credentials, base_url, **retry)

    def publish(self, draft_id: str, text: str, images: tuple[PublishImage, ...] = ()) -> PublishResult:
        return self.post(text, images)

    def cost(self, text: str) -> float | None:
        return x_post_cost(text)

    def post(self, text: str, images: tuple[PublishImage, ...] = ()) -> PublishResult:
        """Post once. A create X may have taken without saying so is looked for before it is sent again, and a
        duplicate refusal is settled by finding the post X already has, so its id is recorded."""
        media_ids = [self._upload(image) for image in images]
        since = datetime.now(UTC) - CLOCK_SKEW

        def create() -> PublishResult:
            return _posted(self._x.client.create_tweet(text=text, media_ids=media_ids or None))

        try:
            return self._x.call(create, PublishError, unsure=lambda: self.find_recent(text, since))
        except AlreadyPublished:
            found = self.find_recent(text)
            if found is None:
                raise
            return found

    def delete(self, post_id: str) -> None:
        self._call(lambda: self._x.client.delete_tweet(post_id))

    def find_recent(self, text: str, since: datetime | None = None) -> PublishResult | None:
        """The account's own post with this text among its latest 20 (made at `since` or later), compared as X
        shows it: `&<>` escaped, links shortened to t.co and a t.co link added for media."""
        me = self._call(lambda: self._x.client.get_me(user_auth=True)).data
        answer = self._call(lambda: self._x.client.get_users_tweets(me.id, max_results=20, user_auth=True,
                                                                    tweet_fields=["created_at"]))  # fmt: skip
        wanted = comparable(text)
        for post in answer.data or []:
            recent = since is None or post.created_at is None or post.created_at >= since
            if recent and comparable(post.text) == wanted:
                return _result(str(post.id))
        return None

    def _upload(self, image: PublishImage) -> str:
        files = {"media": ("image", image.data, image.media_type)}
        answer = self._call(lambda: self._x.send("POST", "/2/media/upload", files=files,
                                                 data={"media_category": "tweet_image"}))  # fmt: skip
        media_id = str(answer["data"]["id"])
        if image.alt_text:
            metadata = {"id": media_id, "metadata": {"alt_text": {"text": image.alt_text[:1000]}}}
            self._call(lambda: self._x.send("POST", "/2/media/metadata", json=metadata))
        return media_id

    def _call(self, operation: Callable[[], Any]) -> Any:
        return self._x.call(operation, PublishError)


_LINK = re.compile(r"https?://\S+")


def comparable(text: str) -> str:
    """A post's words as X and we both hold them: entities unescaped, links removed (X replaces them and adds
    its own for media), whitespace folded."""
    return " ".join(_LINK.sub(" ", html.unescape(text)).split())


def _posted(response: Any) -> PublishResult:
    post_id = (getattr(response, "data", None) or {}).get("id")
    if not post_id:
        raise Unreadable("X answered without the post's id")
    return _result(str(post_id))


def _result(post_id: str) -> PublishResult:
    return PublishResult(url=f"https://x.com/i/web/status/{post_id}", post_id=post_id)
