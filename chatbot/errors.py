"""Errors that Countersign reports to people as one clear line."""

from __future__ import annotations


class CountersignError(Exception):
    """Base class: the message is a complete sentence fit for a member of staff or an IT technician."""


class ConfigError(CountersignError):
    """The configuration (app.yaml, the environment, the roster or a profile) cannot be used."""


class UsageError(CountersignError):
    """A command was called with arguments it cannot use."""


class PlatformError(CountersignError):
    """A social platform did not do what was asked. `retryable`: trying again later may work (429, 5xx, network)."""

    def __init__(self, message: str, retryable: bool) -> None:
        super().__init__(message)
        self.retryable = retryable


class PublishError(PlatformError):
    """The platform did not take the post. `partial`: it went to some networks, not all."""

    def __init__(self, message: str, retryable: bool, partial: bool = False) -> None:
        super().__init__(message, retryable)
        self.partial = partial


class AlreadyPublished(CountersignError):
    """The platform says this exact post is already on the account: it must not be posted again."""
