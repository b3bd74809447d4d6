"""Which networks approved posts go to (publishing.targets), each built from its credentials in the environment."""

from __future__ import annotations

import logging

from chatbot.approval.ports import Publisher
from chatbot.errors import ConfigError
from chatbot.images import IMAGE_LIMITS
from chatbot.publishers.dry_run import DryRunPublisher
from chatbot.publishers.fitted import FittedPublisher
from chatbot.publishers.several import SeveralPublishers
from chatbot.publishers.x import XCredentials, XPublisher
from chatbot.school.settings import Settings
from chatbot.store import RedisStore

logger = logging.getLogger(__name__)
X_SECRETS = ("x_api_key", "x_api_secret", "x_access_token", "x_access_token_secret")


def publishing_targets(settings: Settings) -> tuple[Publisher, ...]:
    """One publisher per network in publishing.targets; X alone without credentials is the loud dry run."""
    return tuple(_target(settings, name) for name in settings.publishing.targets)


def combined(targets: tuple[Publisher, ...], store: RedisStore) -> Publisher:
    """The publisher the workflow uses, once the store is open (the dry run is said once the bot can start)."""
    if any(isinstance(t, DryRunPublisher) for t in targets):
        logger.warning("no X credentials are configured: approved posts are recorded, not published (dry run)")
    fitted = tuple(_fitted(t) for t in targets)
    return fitted[0] if len(fitted) == 1 else SeveralPublishers(fitted, store)


def _fitted(target: Publisher) -> Publisher:
    """Each network gets its photos at a size it takes (a 12 MP photo is 2.5–4 MB; Bluesky takes 1 MB)."""
    limit = IMAGE_LIMITS.get(target.name)
    if limit is None or isinstance(target, DryRunPublisher):
        return target
    from chatbot.vision.fitting import fit  # Pillow loads only when photos can be published

    return FittedPublisher(target, limit, fit)


def _target(settings: Settings, name: str) -> Publisher:
    if name == "mastodon":
        return _mastodon(settings)
    if name == "bluesky":
        return _bluesky(settings)
    credentials = x_credentials(settings)
    if credentials is None and len(settings.publishing.targets) > 1:
        raise ConfigError("publishing.targets lists x, but the X credentials (X_API_KEY …) are not set")
    return DryRunPublisher() if credentials is None else XPublisher(credentials, settings.x_api_url)


def _mastodon(settings: Settings) -> Publisher:
    from chatbot.publishers.mastodon import MastodonPublisher  # Mastodon.py loads only for schools that use it

    token = settings.mastodon_access_token.get_secret_value() if settings.mastodon_access_token else ""
    if not settings.mastodon_base_url or not token:
        raise ConfigError("publishing.targets lists mastodon: set MASTODON_BASE_URL and MASTODON_ACCESS_TOKEN")
    return MastodonPublisher(settings.mastodon_base_url, token)


def _bluesky(settings: Settings) -> Publisher:
    from chatbot.publishers.bluesky import BlueskyPublisher  # atproto loads only for schools that use it

    password = settings.bluesky_app_password.get_secret_value() if settings.bluesky_app_password else ""
    if not settings.bluesky_handle or not password:
        raise ConfigError("publishing.targets lists bluesky: set BLUESKY_HANDLE and BLUESKY_APP_PASSWORD")
    return BlueskyPublisher(settings.bluesky_handle, password, settings.bluesky_base_url)


def x_credentials(settings: Settings) -> XCredentials | None:
    values = {name: getattr(settings, name) for name in X_SECRETS}
    given = {name: value.get_secret_value() for name, value in values.items() if value and value.get_secret_value()}
    if not given:
        return None
    missing = [name.upper() for name in X_SECRETS if name not in given]
    if missing:
        raise ConfigError(
            f"{', '.join(missing)} not set: X needs all four of {', '.join(n.upper() for n in X_SECRETS)}"
        )
    return XCredentials(*(given[name] for name in X_SECRETS))
