"""Publishing to X: posts through tweepy's v2 Client, photos through X's v2 media upload (tweepy's own upload
uses the deprecated v1.1 endpoint), both through the signed transport and its retry policy."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from chatbot.approval.ports import PublishImage, PublishResult
from chatbot.errors import PublishError
from chatbot.publishers.pricing import x_post_cost
from chatbot.x.transport import XCredentials, XTransport

__all__ = ["XCredentials", "XPublisher"]


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
        media_ids = [self._upload(image) for image in images]
        response = self._call(lambda: self._x.client.create_tweet(text=text, media_ids=media_ids or None))
        post_id = str(response.data["id"])
        return PublishResult(url=f"https://x.com/i/web/status/{post_id}", post_id=post_id)

    def delete(self, post_id: str) -> None:
        self._call(lambda: self._x.client.delete_tweet(post_id))

    def find_recent(self, text: str) -> PublishResult | None:
        """The account's own post with this text among its latest 20 (X shortens links to t.co, so links
        are compared as placeholders)."""
        me = self._call(lambda: self._x.client.get_me(user_auth=True)).data
        answer = self._call(lambda: self._x.client.get_users_tweets(me.id, max_results=20, user_auth=True))
        wanted = _comparable(text)
        for post in answer.data or []:
            if _comparable(post.text) == wanted:
                return PublishResult(url=f"https://x.com/i/web/status/{post.id}", post_id=str(post.id))
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


def _comparable(text: str) -> str:
    return " ".join(_LINK.sub("<link>", text).split())
