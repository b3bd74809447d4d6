"""Builds the follower alerts from settings: the networks' follower lists in, the staff chat's channel out."""

from __future__ import annotations

import logging
from zoneinfo import ZoneInfo

from chatbot.approval.ports import Approvers, Publisher
from chatbot.followers.decisions import FollowerDecisions
from chatbot.followers.digest import WeeklyReview
from chatbot.followers.flags import FlagRules
from chatbot.followers.ports import FollowerNotifier, FollowerSource
from chatbot.followers.watch import FollowerWatch
from chatbot.incidents.tallies import replies_since
from chatbot.school.settings import Settings
from chatbot.store import RedisStore
from chatbot.x.account import XAccount
from chatbot.x.transport import XCredentials, XTransport
from handlers.pollers.followers import FollowerAlerts

logger = logging.getLogger(__name__)


def follower_alerts(settings: Settings, credentials: XCredentials | None, store: RedisStore,
                    notifier: FollowerNotifier | None, approvers: Approvers, publishers: tuple[Publisher, ...] = (),
                    sources: list[FollowerSource] | None = None) -> tuple[FollowerAlerts, ...]:  # fmt: skip
    """One per network with an account to watch: X with credentials, Mastodon and Bluesky when they are targets.
    `notifier`: the staff chat's channel for the alerts; None when there is no drafts channel."""
    config = settings.followers
    if not config.enabled or notifier is None:
        logger.info("follower alerts are off (turned off in app.yaml, or no drafts channel)")
        return ()
    sources = _sources(settings, credentials, publishers) if sources is None else sources
    if not sources:
        logger.info("follower alerts are off: no account to watch")
    return tuple(_alerts(settings, source, store, notifier, approvers) for source in sources)


def _sources(settings: Settings, credentials: XCredentials | None,
             publishers: tuple[Publisher, ...]) -> list[FollowerSource]:  # fmt: skip
    from chatbot.publishers.bluesky import BlueskyFollowers, BlueskyPublisher
    from chatbot.publishers.mastodon import MastodonFollowers, MastodonPublisher

    found: list[FollowerSource] = []
    if credentials is not None:
        found.append(XAccount(XTransport(credentials, settings.x_api_url, max_wait=120)))
    for publisher in publishers:
        if isinstance(publisher, MastodonPublisher):
            found.append(MastodonFollowers(publisher))
        elif isinstance(publisher, BlueskyPublisher):
            found.append(BlueskyFollowers(publisher))
    return found


def _alerts(settings: Settings, source: FollowerSource, store: RedisStore, notifier: FollowerNotifier,
            approvers: Approvers) -> FollowerAlerts:  # fmt: skip
    config, zone = settings.followers, ZoneInfo(settings.school.timezone)
    rules = FlagRules(config.new_account_days, tuple(config.local_words) + tuple(settings.policy.school_words))
    followers = store.followers_of(source.name)
    watch = FollowerWatch(followers, source, notifier, rules)
    replies = (lambda since, now: replies_since(store.incidents, since, now)) if settings.incidents.enabled else None
    review = WeeklyReview(watch, config.digest, zone, config.track_unfollows, replies)
    decisions = FollowerDecisions(followers, source, notifier, approvers)
    return FollowerAlerts(watch, review, decisions, config.poll_minutes * 60)
