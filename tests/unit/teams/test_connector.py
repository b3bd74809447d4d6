"""Reaching Teams from the core's threads: 429 and 5xx tried again, a refusal not; a stopped loop said plainly."""

from __future__ import annotations

import asyncio
import threading

import httpx
import pytest

from handlers.teams.connector import CardRefused, Connector, TeamsUnavailable


def answered(*statuses: int, retry_after: str = "2") -> tuple[Connector, list[float], list[int]]:
    loop = asyncio.new_event_loop()
    threading.Thread(target=loop.run_forever, daemon=True).start()
    waits: list[float] = []
    connector, left, tried = Connector(sleep=waits.append), list(statuses), []
    connector.loop = loop

    async def call() -> str:
        status = left.pop(0)
        tried.append(status)
        if status >= 400:
            request = httpx.Request("POST", "https://smba.trafficmanager.net/teams/v3/conversations/x/activities")
            response = httpx.Response(status, headers={"Retry-After": retry_after}, request=request)
            raise httpx.HTTPStatusError("no", request=request, response=response)
        return "sent"

    connector.answer = lambda: connector.call(call)  # type: ignore[attr-defined]
    return connector, waits, tried


def test_429_and_503_are_waited_out_then_sent() -> None:
    connector, waits, tried = answered(429, 503, 201)
    assert connector.answer() == "sent" and tried == [429, 503, 201] and waits == [2.0, 2.0]  # type: ignore[attr-defined]


def test_a_refusal_is_not_tried_again_and_three_outages_give_up() -> None:
    refused, _, tried = answered(403, 201)
    with pytest.raises(TeamsUnavailable, match="HTTP 403"):
        refused.answer()  # type: ignore[attr-defined]
    assert tried == [403]
    down, waits, tried = answered(503, 503, 503, 201)
    with pytest.raises(TeamsUnavailable, match="HTTP 503"):
        down.answer()  # type: ignore[attr-defined]
    assert tried == [503, 503, 503] and waits == [1.0, 2.0]


@pytest.mark.parametrize("status", [400, 413])
def test_a_card_teams_will_never_take_is_said_to_be_refused_at_once(status: int) -> None:
    connector, waits, tried = answered(status, 201)
    with pytest.raises(CardRefused, match=f"HTTP {status}"):
        connector.answer()  # type: ignore[attr-defined]
    assert tried == [status] and waits == []
    other, _, _ = answered(403, 201)  # a refusal of the bot, not of the card: no words would get through either
    with pytest.raises(TeamsUnavailable) as raised:
        other.answer()  # type: ignore[attr-defined]
    assert not isinstance(raised.value, CardRefused)


def test_a_long_retry_after_is_not_slept_through() -> None:
    connector, waits, tried = answered(429, 201, retry_after="3600")
    with pytest.raises(TeamsUnavailable):
        connector.answer()  # type: ignore[attr-defined]
    assert waits == [] and tried == [429]


def test_before_the_server_runs_the_error_says_so() -> None:
    async def never() -> None:
        raise AssertionError("not reached")

    with pytest.raises(TeamsUnavailable, match="not running"):
        Connector().call(never)
