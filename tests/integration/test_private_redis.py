"""The bot's own redis-server: started on its files, found again while it runs, never started twice on them."""

from __future__ import annotations

from pathlib import Path

import pytest
import redis

from chatbot.errors import ConfigError
from chatbot.school.settings import Settings
from handlers.wiring.private_redis import PrivateRedis, open_store

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


@pytest.mark.parametrize("url", ["not a url", "redis://:s3cret-pass@host:notaport/0", "http://host/0"])
def test_a_redis_url_that_is_not_one_says_so_without_quoting_it(tmp_path: Path, url: str) -> None:
    settings = Settings(redis_url=url)  # type: ignore[arg-type]  # pydantic turns the string into a SecretStr
    with pytest.raises(ConfigError, match="REDIS_URL is not a Redis URL") as refused:
        open_store(settings, tmp_path)
    assert "s3cret" not in str(refused.value) and "host" not in str(refused.value).replace("host:6379", "")
