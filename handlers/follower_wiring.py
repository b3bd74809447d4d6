"""Builds the follower alerts from settings: X's follower list in, the Slack channel out."""

from __future__ import annotations

import logging
from zoneinfo import ZoneInfo

from slack_sdk import WebClient

from chatbot.followers.decisions import FollowerDecisions
from chatbot.followers.digest import WeeklyReview
from chatbot.followers.flags import FlagRules
from chatbot.followers.ports import FollowerSource
from chatbot.followers.watch import FollowerWatch
from chatbot.ports import Approvers
from chatbot.settings import Settings
from chatbot.store import RedisStore
from chatbot.x.account import XAccount
from chatbot.x.transport import XCredentials, XTransport
from handlers.follower_poller import FollowerAlerts
from handlers.slack.follower_notifier import SlackFollowerNotifier

logger = logging.getLogger(__name__)


def follower_alerts(settings: Settings, credentials: XCredentials | None, store: RedisStore, client: WebClient,
                    approvers: Approvers) -> FollowerAlerts | None:  # fmt: skip
    """None, said in the log, when they are turned off or there is no X account to watch."""
    config = settings.followers
    if not config.enabled or credentials is None or not settings.slack.drafts_channel:
        logger.info("follower alerts are off (%s)", "turned off in app.yaml" if not config.enabled else "no X account")
        return None
    source: FollowerSource = XAccount(XTransport(credentials, settings.x_api_url, max_wait=120))
    zone = ZoneInfo(settings.school.timezone)
    notifier = SlackFollowerNotifier(client, settings.slack.drafts_channel, config.digest_channel, zone)
    rules = FlagRules(config.new_account_days, tuple(config.local_words) + tuple(settings.policy.school_words))
    watch = FollowerWatch(store.followers, source, notifier, rules)
    review = WeeklyReview(watch, config.digest, zone, config.track_unfollows)
    decisions = FollowerDecisions(store.followers, source, notifier, approvers)
    return FollowerAlerts(watch, review, decisions, config.poll_minutes * 60)
