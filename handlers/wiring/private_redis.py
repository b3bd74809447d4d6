"""The store the bot uses: REDIS_URL's Redis, else a redis-server of its own (data under ./var/redis, append-only)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

import redis

from chatbot.errors import ConfigError
from chatbot.school.settings import Settings
from chatbot.store import RedisStore


class PrivateRedis:
    def __init__(self, folder: Path) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise ConfigError("REDIS_URL is not set and redis-server is not installed: run scripts/setup")
        folder.mkdir(parents=True, exist_ok=True)
        self._binary, self._folder = binary, folder
        self._process: subprocess.Popen[bytes] | None = None
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = int(probe.getsockname()[1])

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> PrivateRedis:
        command = [self._binary, "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self._folder),
                   "--appendonly", "yes", "--save", "", "--protected-mode", "yes"]  # fmt: skip
        with (self._folder / "redis.log").open("ab") as log:  # the child keeps its own descriptor
            self._process = subprocess.Popen(command, stdout=log, stderr=log)
        client = redis.Redis(port=self.port, socket_timeout=1)
        for _ in range(200):
            try:
                if client.ping():
                    (self._folder / "url").write_text(self.url)  # how `chatbot audit` finds the running one
                    return self
            except redis.ConnectionError:
                time.sleep(0.05)
        self.stop()
        raise ConfigError(f"the private redis-server did not start; see {self._folder / 'redis.log'}")

    @staticmethod
    def running_url(folder: Path) -> str | None:
        """The address of the bot's own redis-server when one is already running on these files.

        A second redis-server must never open the same append-only file: that would corrupt it.
        """
        try:
            url = (folder / "url").read_text().strip()
            return url if redis.Redis.from_url(url, socket_timeout=1).ping() else None
        except (OSError, redis.RedisError):
            return None

    def stop(self) -> None:
        if self._process is not None:
            (self._folder / "url").unlink(missing_ok=True)
            self._process.terminate()  # redis-server writes its append-only file and exits on SIGTERM
            self._process.wait(timeout=15)
            self._process = None


REDIS_URL_UNREADABLE = "REDIS_URL is not a Redis URL: write it like redis://host:6379/0 (rediss:// with TLS)"


def open_store(settings: Settings, var: Path) -> tuple[RedisStore, PrivateRedis | None]:
    """REDIS_URL's Redis; else the bot's own redis-server, joining it when it already runs on ./var/redis."""
    private: PrivateRedis | None = None
    if settings.redis_url:
        url = settings.redis_url.get_secret_value()
    elif (running := PrivateRedis.running_url(var / "redis")) is not None:
        url = running
    else:
        private = PrivateRedis(var / "redis").start()
        url = private.url
    try:
        store = RedisStore.from_url(url)
    except ValueError:  # redis-py's words would quote the URL, and with it any password it holds
        raise ConfigError(REDIS_URL_UNREADABLE) from None
    if not store.ping():
        raise ConfigError("Redis (REDIS_URL) is not answering: check that it is running and the URL is right")
    return store, private
