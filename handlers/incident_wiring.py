"""Builds the incident desk from settings: routes from app.yaml, cards in Slack, mentions read from X."""

from __future__ import annotations

import logging
from zoneinfo import ZoneInfo

from slack_sdk import WebClient

from chatbot.incidents.desk import IncidentDesk
from chatbot.incidents.mentions import MentionWatch
from chatbot.incidents.routes import routes
from chatbot.policy.context import PolicyContext
from chatbot.settings import Settings
from chatbot.store import RedisStore
from chatbot.vision.snapshot import PillowSnapshot
from chatbot.x.account import XAccount, XMentions
from chatbot.x.transport import XCredentials, XTransport
from handlers.incident_poller import Incidents
from handlers.slack.incident_notifier import SlackIncidentNotifier

logger = logging.getLogger(__name__)


def incidents(settings: Settings, credentials: XCredentials | None, store: RedisStore, client: WebClient,
              ctx: PolicyContext) -> Incidents | None:  # fmt: skip
    config = settings.incidents
    if not config.enabled:
        logger.info("incidents are turned off in app.yaml")
        return None
    for name in ("dsl", "headteacher"):
        if not getattr(config, name):
            logger.warning("incidents.%s is empty: those incidents are recorded but reach nobody", name)
    zone = ZoneInfo(settings.school.timezone)
    source = None
    if credentials is not None:
        transport = XTransport(credentials, settings.x_api_url, max_wait=120)
        source = XMentions(XAccount(transport), transport)
    desk = IncidentDesk(store.incidents, routes(config, settings.slack.drafts_channel),
                        SlackIncidentNotifier(client, zone), PillowSnapshot(zone), source)  # fmt: skip
    watch = MentionWatch(desk, source, ctx, store.followers) if source is not None else None
    return Incidents(desk, watch, config.poll_minutes * 60)
