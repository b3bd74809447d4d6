"""A network's publisher whose photos are first made to fit that network's limits (Bluesky takes 1 MB at most)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from chatbot.approval.ports import Publisher, PublishImage, PublishResult
from chatbot.images import ImageLimit

Fit = Callable[[bytes, str, ImageLimit], tuple[bytes, str]]


class FittedPublisher:
    """Implements Publisher around another: the same network, with each photo fitted before it is uploaded."""

    def __init__(self, inner: Publisher, limit: ImageLimit, fit: Fit) -> None:
        self.inner, self._limit, self._fit = inner, limit, fit
        self.name, self.length_limit = inner.name, inner.length_limit

    def publish(self, draft_id: str, text: str, images: tuple[PublishImage, ...] = ()) -> PublishResult:
        return self.inner.publish(draft_id, text, tuple(self._fitted(image) for image in images))

    def cost(self, text: str) -> float | None:
        return self.inner.cost(text)

    def delete(self, post_id: str) -> None:
        self.inner.delete(post_id)

    def find_recent(self, text: str) -> PublishResult | None:
        return self.inner.find_recent(text)

    def __getattr__(self, name: str) -> Any:  # anything network-specific (X's follower look-ups) is the inner's
        return getattr(self.inner, name)

    def _fitted(self, image: PublishImage) -> PublishImage:
        data, media_type = self._fit(image.data, image.media_type, self._limit)
        return replace(image, data=data, media_type=media_type)
