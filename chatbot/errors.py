"""Errors that Countersign reports to people as one clear line."""

from __future__ import annotations

from datetime import datetime


class CountersignError(Exception):
    """Base class: the message is a complete sentence fit for a member of staff or an IT technician."""


class ConfigError(CountersignError):
    """The configuration (app.yaml, the environment, the roster or a profile) cannot be used."""


class UsageError(CountersignError):
    """A command was called with arguments it cannot use."""


class PlatformError(CountersignError):
    """A social platform did not do what was asked. `retryable`: trying again later may work (429, 5xx, network);
    `retry_at`: when the platform said it will take the request again (its rate limit's reset), if it said."""

    def __init__(self, message: str, retryable: bool, retry_at: datetime | None = None) -> None:
        super().__init__(message)
        self.retryable, self.retry_at = retryable, retry_at


class PublishError(PlatformError):
    """The platform did not take the post. `partial`: it went to some networks, not all."""

    def __init__(self, message: str, retryable: bool, partial: bool = False, retry_at: datetime | None = None) -> None:
        super().__init__(message, retryable, retry_at)
        self.partial = partial


class AlreadyPublished(CountersignError):
    """The platform says this exact post is already on the account: it must not be posted again."""


class InProgress(CountersignError):
    """The same event is being handled right now (a redelivery raced the first): deliver it again later."""
