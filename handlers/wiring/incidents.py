"""Builds the incident desk from settings: routes from app.yaml, cards in the staff chat, mentions read from X."""

from __future__ import annotations

import logging
from zoneinfo import ZoneInfo

from chatbot.approval.ports import Publisher
from chatbot.incidents.desk import IncidentDesk
from chatbot.incidents.mentions import MentionWatch
from chatbot.incidents.ports import IncidentNotifier, MentionSource
from chatbot.incidents.reader import school_reader
from chatbot.incidents.routes import routes
from chatbot.incidents.weekly_check import WeeklyCheck
from chatbot.policy.context import PolicyContext
from chatbot.school.settings import Settings
from chatbot.store import RedisStore
from chatbot.x.account import XAccount, XMentions
from chatbot.x.transport import XCredentials, XTransport
from handlers.pollers.incidents import Incidents

logger = logging.getLogger(__name__)


def incidents(settings: Settings, credentials: XCredentials | None, store: RedisStore, notifier: IncidentNotifier,
              ctx: PolicyContext, publishers: tuple[Publisher, ...] = (), channel: str | None = None,
              sources: list[MentionSource] | None = None) -> Incidents | None:  # fmt: skip
    """`channel`: the staff chat's drafts channel, where e-safety incidents go unless incidents.channel says;
    `sources`: where mentions are read (default: the networks the credentials and publishers reach)."""
    config = settings.incidents
    if not config.enabled:
        logger.info("incidents are turned off in app.yaml")
        return None
    for name in ("dsl", "headteacher"):
        if not getattr(config, name):
            logger.warning("incidents.%s is empty: those incidents are recorded but reach nobody", name)
    zone = ZoneInfo(settings.school.timezone)
    from chatbot.vision.snapshot import PillowSnapshot  # Pillow and OpenCV load only when the bot starts

    sources = _mention_sources(settings, credentials, publishers) if sources is None else sources
    desk = IncidentDesk(store.incidents, routes(config, channel), notifier, PillowSnapshot(zone), *sources)
    reader = school_reader(store.incidents.school_head()) if sources else None  # a damaged model stops start-up
    watches = tuple(MentionWatch(desk, source, ctx, store.followers, reader)
                    for source in sources if reader is not None)  # fmt: skip
    check = WeeklyCheck(desk, config.weekly_check, config.weekly_check_at, zone) if watches else None
    return Incidents(desk, watches, config.poll_minutes * 60, reader, check)


def _mention_sources(settings: Settings, credentials: XCredentials | None,
                     publishers: tuple[Publisher, ...]) -> list[MentionSource]:  # fmt: skip
    """X's mentions when it has credentials; Mastodon's and Bluesky's when they are publishing targets."""
    from chatbot.publishers.bluesky import BlueskyMentions, BlueskyPublisher
    from chatbot.publishers.mastodon import MastodonMentions, MastodonPublisher

    found: list[MentionSource] = []
    if credentials is not None:
        transport = XTransport(credentials, settings.x_api_url, max_wait=120)
        found.append(XMentions(XAccount(transport), transport))
    for publisher in publishers:
        if isinstance(publisher, MastodonPublisher):
            found.append(MastodonMentions(publisher))
        elif isinstance(publisher, BlueskyPublisher):
            found.append(BlueskyMentions(publisher))
    return found
