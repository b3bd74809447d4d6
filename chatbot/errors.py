"""Errors that Countersign reports to people as one clear line."""

from __future__ import annotations


class CountersignError(Exception):
    """Base class: the message is a complete sentence fit for a member of staff or an IT technician."""


class ConfigError(CountersignError):
    """The configuration (app.yaml, the environment, the roster or a profile) cannot be used."""


class UsageError(CountersignError):
    """A command was called with arguments it cannot use."""
