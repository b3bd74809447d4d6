"""Who may approve in Teams: Entra ID users named in app.yaml, and the members of an Entra ID group (Graph)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Awaitable, Callable

import httpx

from handlers.teams.config import TeamsApprovers
from handlers.teams.connector import Connector, TeamsUnavailable

logger = logging.getLogger(__name__)
REFRESH_SECONDS = 300
PUBLIC_GRAPH = "https://graph.microsoft.com"


class TeamsApproversList:
    """Implements the Approvers port; the group's members (nested groups included) are cached five minutes."""

    def __init__(self, config: TeamsApprovers, connector: Connector, graph_token: Callable[[], Awaitable[str]],
                 graph_url: str = PUBLIC_GRAPH) -> None:  # fmt: skip
        self._config, self._connector, self._token, self._graph = config, connector, graph_token, graph_url
        self._members: frozenset[str] = frozenset()
        self._fetched_at = float("-inf")
        self._lock = threading.Lock()

    def may_approve(self, user: str) -> bool:
        return bool(user) and (user in self._config.users or user in self._current())

    def _current(self) -> frozenset[str]:
        if not self._config.group:
            return frozenset()
        with self._lock:
            if time.monotonic() - self._fetched_at > REFRESH_SECONDS:
                try:
                    self._members = self._connector.call(self._group_members)
                    self._fetched_at = time.monotonic()
                except TeamsUnavailable as error:  # keep the last list we had; a new member waits for the next try
                    logger.warning("could not read the approvers' group from Microsoft Graph: %s", error)
            return self._members

    async def _group_members(self) -> frozenset[str]:
        url: str | None = f"{self._graph}/v1.0/groups/{self._config.group}/transitiveMembers?$select=id&$top=999"
        headers = {"Authorization": f"Bearer {await self._token()}"}
        members: set[str] = set()
        async with httpx.AsyncClient(timeout=30) as client:
            while url:
                response = await client.get(url, headers=headers)
                response.raise_for_status()
                page = response.json()
                members.update(str(item["id"]) for item in page.get("value", []))
                url = page.get("@odata.nextLink")
        return frozenset(members)
