"""Publishing to X (the only module that imports tweepy): posts through tweepy's v2 Client, photos through
X's v2 media upload (tweepy's own upload uses the deprecated v1.1 endpoint), both signed with OAuth 1.0a."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import requests
import tweepy
from requests.adapters import HTTPAdapter
from requests_oauthlib import OAuth1

from chatbot import messages
from chatbot.errors import AlreadyPublished, PublishError
from chatbot.ports import PublishImage, PublishResult
from chatbot.publishers.pricing import x_post_cost

T = TypeVar("T")
X_API = "https://api.x.com"
TWEEPY_HOST = "https://api.twitter.com"  # tweepy's Client has this written in; _Rebased redirects it


@dataclass(frozen=True)
class XCredentials:
    api_key: str
    api_secret: str
    access_token: str
    access_token_secret: str


class _Rebased(HTTPAdapter):
    """Sends tweepy's requests to X_API_URL (an API gateway, or a test server) instead of its written-in host."""

    def __init__(self, base_url: str) -> None:
        super().__init__()
        self._base = base_url.rstrip("/")

    def send(self, request: Any, *args: Any, **kwargs: Any) -> Any:
        request.url = self._base + request.url.removeprefix(TWEEPY_HOST)
        return super().send(request, *args, **kwargs)


class XPublisher:
    """Implements chatbot.ports.Platform for X. Waits out 429s up to `max_wait` seconds and retries 5xx and
    network failures with exponential back-off; says exactly what to fix for 401 and 403."""

    name = "X"
    length_limit = 280

    def __init__(self, credentials: XCredentials, base_url: str | None = None, *, max_wait: float = 900,
                 attempts: int = 4, sleep: Callable[[float], None] = time.sleep) -> None:  # fmt: skip
        c = credentials
        self._client = tweepy.Client(
            consumer_key=c.api_key,
            consumer_secret=c.api_secret,
            access_token=c.access_token,
            access_token_secret=c.access_token_secret,
        )
        self._auth = OAuth1(c.api_key, c.api_secret, c.access_token, c.access_token_secret)
        self._base = (base_url or X_API).rstrip("/")
        if base_url:
            self._client.session.mount(TWEEPY_HOST, _Rebased(base_url))
        self._max_wait, self._attempts, self._sleep = max_wait, attempts, sleep

    def publish(self, draft_id: str, text: str, images: tuple[PublishImage, ...] = ()) -> PublishResult:
        return self.post(text, images)

    def cost(self, text: str) -> float | None:
        return x_post_cost(text)

    def post(self, text: str, images: tuple[PublishImage, ...] = ()) -> PublishResult:
        media_ids = [self._upload(image) for image in images]
        response = self._retrying(lambda: self._client.create_tweet(text=text, media_ids=media_ids or None))
        post_id = str(response.data["id"])
        return PublishResult(url=f"https://x.com/i/web/status/{post_id}", post_id=post_id)

    def delete(self, post_id: str) -> None:
        self._retrying(lambda: self._client.delete_tweet(post_id))

    def find_recent(self, text: str) -> PublishResult | None:
        """The account's own post with this text among its latest 20 (X shortens links to t.co, so links
        are compared as placeholders)."""
        me = self._retrying(lambda: self._client.get_me(user_auth=True)).data
        answer = self._retrying(lambda: self._client.get_users_tweets(me.id, max_results=20, user_auth=True))
        wanted = _comparable(text)
        for post in answer.data or []:
            if _comparable(post.text) == wanted:
                return PublishResult(url=f"https://x.com/i/web/status/{post.id}", post_id=str(post.id))
        return None

    def _upload(self, image: PublishImage) -> str:
        files = {"media": ("image", image.data, image.media_type)}
        answer = self._retrying(lambda: self._send("POST", "/2/media/upload", files=files,
                                                   data={"media_category": "tweet_image"}))  # fmt: skip
        media_id = str(answer["data"]["id"])
        if image.alt_text:
            metadata = {"id": media_id, "metadata": {"alt_text": {"text": image.alt_text[:1000]}}}
            self._retrying(lambda: self._send("POST", "/2/media/metadata", json=metadata))
        return media_id

    def _send(self, method: str, path: str, **kwargs: Any) -> Any:
        """A signed request to X's v2 API, failing the way tweepy does so one retry policy serves both."""
        response = requests.request(method, self._base + path, auth=self._auth, timeout=60, **kwargs)
        if response.status_code >= 400:
            raise _tweepy_error(response)
        return response.json()

    def _retrying(self, call: Callable[[], T]) -> T:
        for attempt in range(self._attempts):
            try:
                return call()
            except tweepy.TooManyRequests as error:
                self._wait_for_reset(error)
            except (tweepy.TwitterServerError, requests.ConnectionError, requests.Timeout):
                if attempt + 1 == self._attempts:
                    raise PublishError(messages.X_NOT_ANSWERING, retryable=True) from None
                self._sleep(2.0**attempt)
            except tweepy.HTTPException as error:
                raise _refusal(error) from None
        raise PublishError(messages.X_RATE_LIMITED, retryable=True)

    def _wait_for_reset(self, error: tweepy.TooManyRequests) -> None:
        reset = getattr(error, "reset_time", None) or error.response.headers.get("x-rate-limit-reset")
        wait = max(0.0, float(reset) - time.time()) + 1 if reset else 60.0
        if wait > self._max_wait:
            raise PublishError(messages.X_RATE_LIMIT_RESET.format(minutes=wait / 60), retryable=True)
        self._sleep(wait)


_LINK = re.compile(r"https?://\S+")


def _comparable(text: str) -> str:
    return " ".join(_LINK.sub("<link>", text).split())


def _tweepy_error(response: requests.Response) -> tweepy.HTTPException:
    kinds: dict[int, type[tweepy.HTTPException]] = {400: tweepy.BadRequest, 401: tweepy.Unauthorized,
        403: tweepy.Forbidden, 404: tweepy.NotFound, 429: tweepy.TooManyRequests}  # fmt: skip
    kind = kinds.get(
        response.status_code, tweepy.TwitterServerError if response.status_code >= 500 else tweepy.HTTPException
    )
    return kind(response)


def _refusal(error: tweepy.HTTPException) -> Exception:
    said = " ".join(str(m) for m in error.api_messages)
    if isinstance(error, tweepy.Forbidden) and "duplicate content" in said.lower():
        return AlreadyPublished(messages.X_DUPLICATE)
    if isinstance(error, tweepy.Unauthorized):
        return PublishError(messages.X_CREDENTIALS_REFUSED, retryable=False)
    if isinstance(error, tweepy.Forbidden):
        return PublishError(messages.X_FORBIDDEN.format(said=said or "forbidden"), retryable=False)
    return PublishError(messages.X_REFUSED.format(status=error.response.status_code, said=said), retryable=False)
