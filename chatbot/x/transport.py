"""The X API transport (the only module that imports tweepy): a signed client, one retry policy, clear errors."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import requests
import tweepy
from requests.adapters import HTTPAdapter
from requests_oauthlib import OAuth1

from chatbot import messages
from chatbot.errors import AlreadyPublished, PlatformError

T = TypeVar("T")
X_API = "https://api.x.com"
TWEEPY_HOST = "https://api.twitter.com"  # tweepy's Client has this written in; _Adapter redirects it


@dataclass(frozen=True)
class XCredentials:
    api_key: str
    api_secret: str
    access_token: str
    access_token_secret: str


class _Adapter(HTTPAdapter):
    """Gives tweepy's requests a timeout (tweepy sets none: a hung connection would hang the bot), and sends
    them to X_API_URL (an API gateway, or a test server) when one is set instead of tweepy's written-in host."""

    def __init__(self, base_url: str | None, timeout: float) -> None:
        super().__init__()
        self._base, self._timeout = (base_url or "").rstrip("/"), timeout

    def send(self, request: Any, *args: Any, **kwargs: Any) -> Any:
        if self._base:
            request.url = self._base + request.url.removeprefix(TWEEPY_HOST)
        kwargs["timeout"] = kwargs.get("timeout") or self._timeout
        return super().send(request, *args, **kwargs)


class Unreadable(ValueError):
    """X answered success with a body that does not say what it did."""


# X may or may not have done what was asked: look before doing it again
UNANSWERED = (tweepy.TwitterServerError, requests.ConnectionError, requests.Timeout, requests.JSONDecodeError,
              Unreadable)  # fmt: skip


class XTransport:
    """Waits out 429s up to `max_wait` seconds and retries 5xx and network failures with exponential back-off;
    says exactly what to fix for 401 and 403. Failures are raised as `error` (a PlatformError subclass)."""

    def __init__(self, credentials: XCredentials, base_url: str | None = None, *, max_wait: float = 900,
                 attempts: int = 4, sleep: Callable[[float], None] = time.sleep,
                 timeout: float = 60) -> None:  # fmt: skip
        c = self.credentials = credentials
        self.client = tweepy.Client(
            consumer_key=c.api_key,
            consumer_secret=c.api_secret,
            access_token=c.access_token,
            access_token_secret=c.access_token_secret,
        )
        self._auth = OAuth1(c.api_key, c.api_secret, c.access_token, c.access_token_secret)
        self._base = (base_url or X_API).rstrip("/")
        self.client.session.mount(TWEEPY_HOST, _Adapter(base_url, timeout))
        self._max_wait, self._attempts, self._sleep, self._timeout = max_wait, attempts, sleep, timeout

    def send(self, method: str, path: str, **kwargs: Any) -> Any:
        """A signed request to X's v2 API, failing the way tweepy does so one retry policy serves both."""
        response = requests.request(method, self._base + path, auth=self._auth, timeout=self._timeout, **kwargs)
        if response.status_code >= 400:
            raise _tweepy_error(response)
        return response.json()  # a body that is not JSON raises requests.JSONDecodeError: one of UNANSWERED

    def call(self, operation: Callable[[], T], error: type[PlatformError] = PlatformError,
             unsure: Callable[[], T | None] | None = None) -> T:  # fmt: skip
        """Run `operation` under the retry policy. When X may have done it without saying so (a timeout, a 5xx,
        an answer that cannot be read), `unsure` looks for its effect first: a create is never blindly repeated."""
        for attempt in range(self._attempts):
            try:
                return operation()
            except tweepy.TooManyRequests as refusal:  # X refused it: nothing was done, so waiting is safe
                self._wait_for_reset(refusal, error)
            except UNANSWERED:
                if unsure is not None and (done := unsure()) is not None:
                    return done
                if attempt + 1 == self._attempts:
                    raise error(messages.X_NOT_ANSWERING, retryable=True) from None
                self._sleep(2.0**attempt)
            except tweepy.HTTPException as refusal:
                raise _refusal(refusal, error) from None
        raise error(messages.X_RATE_LIMITED, retryable=True)

    def _wait_for_reset(self, refusal: tweepy.TooManyRequests, error: type[PlatformError]) -> None:
        reset = getattr(refusal, "reset_time", None) or refusal.response.headers.get("x-rate-limit-reset")
        wait = max(0.0, float(reset) - time.time()) + 1 if reset else 60.0
        if wait > self._max_wait:  # too long to hold a thread: the caller reschedules for the reset
            retry_at = datetime.now(UTC) + timedelta(seconds=wait)
            raise error(messages.X_RATE_LIMIT_RESET.format(minutes=wait / 60), retryable=True, retry_at=retry_at)
        self._sleep(wait)


def _tweepy_error(response: requests.Response) -> tweepy.HTTPException:
    kinds: dict[int, type[tweepy.HTTPException]] = {400: tweepy.BadRequest, 401: tweepy.Unauthorized,
        403: tweepy.Forbidden, 404: tweepy.NotFound, 429: tweepy.TooManyRequests}  # fmt: skip
    kind = kinds.get(
        response.status_code, tweepy.TwitterServerError if response.status_code >= 500 else tweepy.HTTPException
    )
    return kind(response)


def _refusal(refusal: tweepy.HTTPException, error: type[PlatformError]) -> Exception:
    said = " ".join(str(m) for m in refusal.api_messages)
    if isinstance(refusal, tweepy.Forbidden) and "duplicate content" in said.lower():
        return AlreadyPublished(messages.X_DUPLICATE)
    if isinstance(refusal, tweepy.Unauthorized):
        return error(messages.X_CREDENTIALS_REFUSED, retryable=False)
    if isinstance(refusal, tweepy.Forbidden):
        return error(messages.X_FORBIDDEN.format(said=said or "forbidden"), retryable=False)
    return error(messages.X_REFUSED.format(status=refusal.response.status_code, said=said), retryable=False)
