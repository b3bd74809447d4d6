"""Who may approve: user IDs from app.yaml, a user group (paid plans), or an approvers channel's members."""

from __future__ import annotations

import logging
import threading
import time

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from chatbot.school.settings import ApproversSection

logger = logging.getLogger(__name__)
REFRESH_SECONDS = 300


def approvers_said(config: ApproversSection) -> str:
    """Who approves, as Slack mentions them: each user, the user group, or the approvers channel's members."""
    said = [f"<@{user}>" for user in config.users]
    said += [f"<!subteam^{config.usergroup}>"] if config.usergroup else []
    said += [f"members of <#{config.channel}>"] if config.channel else []
    return " or ".join([", ".join(said[:-1]), said[-1]]) if len(said) > 1 else (said[0] if said else "an approver")


class SlackGroups:
    """Implements chatbot.approval.routing.Groups: each named group's members, read like the approvers'."""

    def __init__(self, client: WebClient, groups: dict[str, ApproversSection]) -> None:
        self._groups = {name: SlackApprovers(client, config) for name, config in groups.items()}

    def member(self, group: str, user: str) -> bool:
        found = self._groups.get(group)
        return found is not None and found.may_approve(user)


class SlackApprovers:
    """Implements chatbot.approval.ports.Approvers; group and channel membership are cached for five minutes."""

    def __init__(self, client: WebClient, config: ApproversSection) -> None:
        self._client, self._config = client, config
        self._members: frozenset[str] = frozenset()
        self._fetched_at = float("-inf")
        self._lock = threading.Lock()

    def may_approve(self, user: str) -> bool:
        return user in self._config.users or user in self._current()

    def _current(self) -> frozenset[str]:
        if not (self._config.usergroup or self._config.channel):
            return frozenset()
        with self._lock:
            if time.monotonic() - self._fetched_at > REFRESH_SECONDS:
                self._members = self._fetch()
                self._fetched_at = time.monotonic()
            return self._members

    def _fetch(self) -> frozenset[str]:
        members: set[str] = set()
        try:
            if self._config.usergroup:
                members.update(self._client.usergroups_users_list(usergroup=self._config.usergroup)["users"])
            if self._config.channel:
                members.update(self._channel_members(self._config.channel))
        except SlackApiError as error:  # e.g. plan_upgrade_required for user groups on the free plan
            logger.warning("could not read the approvers from Slack: %s", error.response.get("error"))
            return self._members
        return frozenset(members)

    def _channel_members(self, channel: str) -> list[str]:
        found: list[str] = []
        cursor = None
        while True:
            page = self._client.conversations_members(channel=channel, cursor=cursor, limit=200)
            found.extend(page["members"])
            cursor = (page.get("response_metadata") or {}).get("next_cursor")
            if not cursor:
                return found
