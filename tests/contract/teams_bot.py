"""The real Teams bot (the SDK's App behind its own HTTP endpoint, built by the composition root), a real
redis-server, and the local stand-in for Microsoft's side; activities are signed as the Bot Connector signs them."""

from __future__ import annotations

import json
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from chatbot.school.settings import Settings
from handlers.teams.wiring import RunningTeams, start_teams
from tests.contract.conftest import changed
from tests.contract.fake_teams_api import APP_ID, TENANT, FakeTeams, FakeTeamsServer
from tests.contract.fake_teams_api import CLIENT_SECRET as SECRET

PAYLOADS = Path(__file__).parent / "payloads" / "teams"
CHANNEL, THREAD = "19:drafts0001@thread.tacv2", "19:drafts0001@thread.tacv2;messageid=1795428000100"
DRAFT = "1795428000100"
AUTHOR, HEAD, DEPUTY, TA = "aad-author-0001", "aad-head-0001", "aad-deputy-0001", "aad-ta-0001"
GROUP = "aad-group-slt-0001"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def card_actions(content: dict[str, Any]) -> list[dict[str, Any]]:
    """Every action a press sends from an Adaptive Card, in order: at its foot, in its body's ActionSets, and inside
    the cards its Action.ShowCard buttons unfold (their Send), rather than the buttons that unfold them."""
    inline = [a for block in content.get("body", []) if block.get("type") == "ActionSet" for a in block["actions"]]
    found: list[dict[str, Any]] = []
    for action in inline + list(content.get("actions", [])):
        found += card_actions(action["card"]) if action["type"] == "Action.ShowCard" else [action]
    return found


def unfolded(content: dict[str, Any], title: str) -> list[dict[str, Any]]:
    """The cards that the card's Action.ShowCard buttons named `title` unfold, in order."""
    inline = [a for block in content.get("body", []) if block.get("type") == "ActionSet" for a in block["actions"]]
    shown = [a for a in inline + list(content.get("actions", [])) if a["type"] == "Action.ShowCard"]
    return [a["card"] for a in shown if a["title"] == title]


def filled(form: dict[str, Any], **answers: str) -> tuple[str, dict[str, Any]]:
    """An unfolded form's Send pressed as Teams sends it: the verb, and the action's data with each input's value
    under the input's own id (answers are given by the field's name, the end of that id)."""
    [send] = form["actions"]
    inputs = [block["id"] for block in form["body"] if str(block.get("type", "")).startswith("Input.")]
    typed = {name: answers[name.rsplit("~", 1)[-1]] for name in inputs if name.rsplit("~", 1)[-1] in answers}
    return send["verb"], {**send["data"], **typed}


def activity(name: str, service_url: str, **changes: Any) -> dict[str, Any]:
    """A payload file, with `from__aadObjectId="…"`-style changes applied (double underscore walks into dicts)."""
    body: dict[str, Any] = json.loads((PAYLOADS / f"{name}.json").read_text().replace("{{SERVICE_URL}}", service_url))
    return changed(body, **changes)


@dataclass
class TeamsBot:
    running: RunningTeams
    fake: FakeTeams
    service_url: str
    port: int

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/messages"

    def send(self, name: str, token: str | None = None, **changes: Any) -> httpx.Response:
        """Deliver an activity, then wait until the photo checks it started are done (as a person would)."""
        answer = self.deliver(name, token, **changes)
        self.settle()
        return answer

    def deliver(self, name: str, token: str | None = None, **changes: Any) -> httpx.Response:
        """Deliver an activity and return Teams' answer at once, whatever is still running on the pools."""
        body = activity(name, self.service_url, **changes)
        bearer = token if token is not None else self.fake.sign(self.service_url)
        headers = {"Authorization": f"Bearer {bearer}"} if bearer else {}
        return httpx.post(self.endpoint, json=body, headers=headers, timeout=60)

    def settle(self) -> None:
        deps = self.running.deps
        if deps is not None and deps.backlog is not None:
            assert deps.backlog.workers.drain(60)
        if self.running.service.background is not None:
            assert self.running.service.background.drain(60)

    def press(self, verb: str, user: str, draft: str = DRAFT, inputs: dict[str, str] | None = None,
              **changes: Any) -> httpx.Response:  # fmt: skip
        """Press a card's button; Teams sends the card's inputs (e.g. Reject's reason) in the action's data."""
        unique = f"f:invoke-{verb}-{user}-{len(self.fake.calls)}"
        data = {"draft": draft, **(inputs or {})}
        return self.send("card_action", value__action__verb=verb, value__action__data=data,
                         from__aadObjectId=user, id=unique, **changes)  # fmt: skip

    def thread(self) -> list[dict[str, Any]]:
        return [c["body"] for c in self.fake.posted(THREAD)]

    @property
    def posted(self) -> list[tuple[str, str]]:
        return list(self.running.service.publisher.posted)  # type: ignore[attr-defined]

    def close(self) -> None:
        self.running.close()


def teams_settings(redis_url: str, sections: dict[str, Any] | None = None, **teams: Any) -> Settings:
    """`sections`: other app.yaml sections; follower alerts and incidents are off unless named."""
    section = {"drafts_channel": CHANNEL, "team": "19:team0001@thread.tacv2",
               "approvers": {"users": [HEAD], "group": GROUP}, **teams}  # fmt: skip
    others = {"followers": {"enabled": False}, "incidents": {"enabled": False}, **(sections or {})}
    return Settings(posting={"windows": ["Mon-Sun 00:00-24:00"], "bank_holidays": "none"}, **others,
                    redis_url=redis_url, edges={"teams": section})  # fmt: skip


def start_bot(server: FakeTeamsServer, redis_url: str, monkeypatch: pytest.MonkeyPatch,
              sections: dict[str, Any] | None = None, **teams: Any) -> TeamsBot:  # fmt: skip
    monkeypatch.setenv("TEAMS_APP_ID", APP_ID)
    monkeypatch.setenv("TEAMS_APP_PASSWORD", SECRET)
    monkeypatch.setenv("TEAMS_TENANT_ID", TENANT)
    monkeypatch.setenv("TEAMS_API_URL", server.url)
    port = free_port()
    running = start_teams(teams_settings(redis_url, sections, **teams), port, host="127.0.0.1")
    running.start()
    return TeamsBot(running, server.fake, server.url, port)
