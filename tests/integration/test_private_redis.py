"""The bot's own redis-server: started on its files, found again while it runs, never started twice on them."""

from __future__ import annotations

from pathlib import Path

import pytest
import redis

from handlers.wiring.private_redis import PrivateRedis

pytestmark = pytest.mark.integration


def test_keeps_data_across_restarts_and_can_be_found_while_running(tmp_path: Path) -> None:
    first = PrivateRedis(tmp_path).start()
    try:
        assert PrivateRedis.running_url(tmp_path) == first.url
        redis.Redis.from_url(first.url).set("kept", "yes")
    finally:
        first.stop()
    assert PrivateRedis.running_url(tmp_path) is None
    second = PrivateRedis(tmp_path).start()
    try:
        assert redis.Redis.from_url(second.url).get("kept") == b"yes"  # the append-only file was replayed
    finally:
        second.stop()
