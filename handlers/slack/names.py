"""Staff names as Slack shows them, kept the first time each person is seen (after their event is handled), so the
governors' report names people, leavers too; a name Slack will not give leaves the report with the id."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk.errors import SlackApiError

from chatbot.store.governance import GovernanceStore
from handlers.slack.deps import SlackDeps

logger = logging.getLogger(__name__)


class SlackNames:
    def __init__(self, governance: GovernanceStore) -> None:
        self._governance, self._seen, self._lock = governance, set[str](), threading.Lock()

    def note(self, client: Any, user: str | None) -> None:
        with self._lock:
            if not user or user in self._seen:
                return
            self._seen.add(user)
        try:
            answer = client.users_info(user=user)
            if name := _name(answer.get("user") or {}):
                self._governance.remember_name(user, name)
        except SlackApiError as error:  # users:read not granted yet, or a deleted user: the report shows the id
            logger.info("could not read a member's name from Slack: %s", error.response.get("error"))
        except Exception as error:  # Slack or Redis away: the event was handled; failing now would make Slack resend it
            logger.warning("could not keep a member's name: %s", type(error).__name__)


def _name(user: dict[str, Any]) -> str:
    profile = user.get("profile") or {}
    return str(profile.get("real_name") or user.get("real_name") or profile.get("display_name") or "")


def register(app: App, deps: SlackDeps) -> None:
    names = SlackNames(deps.service.store.governance)

    @app.middleware  # bolt passes the rest of the chain as `next`
    def remember(context: BoltContext, next: Callable[[], None]) -> None:
        next()  # the event first: a name is never worth a slower answer
        if context.user_id and context.client is not None:
            names.note(context.client, context.user_id)
