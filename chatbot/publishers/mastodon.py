"""Publishing to Mastodon (the only module that imports Mastodon.py): statuses with described photos, an
idempotency key per draft so a retry never posts twice, and the same retry policy as X."""

from __future__ import annotations

import io
import time
from collections.abc import Callable
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
from chatbot.errors import PublishError
from chatbot.ports import PublishImage, PublishResult

T = TypeVar("T")
DEFAULT_LIMIT = 500  # Mastodon's own default; a server may allow more (its configuration says so)


class MastodonPublisher:
    """Implements chatbot.ports.Publisher for one Mastodon account."""

    name = "Mastodon"

    def __init__(self, base_url: str, access_token: str, *, attempts: int = 3,
                 sleep: Callable[[float], None] = time.sleep, length_limit: int = DEFAULT_LIMIT) -> None:  # fmt: skip
        self._api = Mastodon(access_token=access_token, api_base_url=base_url.rstrip("/"), ratelimit_method="throw",
                             mastodon_version="4.3.0", version_check_mode="none", request_timeout=60)  # fmt: skip
        self._attempts, self._sleep, self.length_limit = attempts, sleep, length_limit

    def cost(self, text: str) -> float | None:
        return None  # Mastodon does not charge per post

    def publish(self, draft_id: str, text: str, images: tuple[PublishImage, ...] = ()) -> PublishResult:
        media = [self._upload(image) for image in images]
        status = self._call(lambda: self._api.status_post(text, media_ids=media or None, idempotency_key=draft_id))
        return PublishResult(url=str(status["url"]), post_id=str(status["id"]))

    def delete(self, post_id: str) -> None:
        self._call(lambda: self._api.status_delete(post_id))

    def find_recent(self, text: str) -> PublishResult | None:
        return None  # the idempotency key already makes a retry of the same draft safe

    def _upload(self, image: PublishImage) -> Any:
        return self._call(lambda: self._api.media_post(io.BytesIO(image.data), mime_type=image.media_type,
                                                       description=image.alt_text, file_name="photo"))  # fmt: skip

    def _call(self, operation: Callable[[], T]) -> T:
        for attempt in range(self._attempts):
            try:
                return operation()
            except (MastodonRatelimitError, MastodonServerError, MastodonNetworkError):
                if attempt + 1 == self._attempts:
                    raise PublishError(messages.network_not_answering(self.name), retryable=True) from None
                self._sleep(2.0**attempt)
            except MastodonUnauthorizedError:
                raise PublishError(messages.MASTODON_TOKEN_REFUSED, retryable=False) from None
            except MastodonAPIError as error:
                raise PublishError(messages.network_refused(self.name, str(error)), retryable=False) from None
        raise PublishError(messages.network_not_answering(self.name), retryable=True)
