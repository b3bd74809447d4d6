"""Serving the Teams bot: its event loop in a thread of its own, so the core's threads can reach Teams through it."""

from __future__ import annotations

import asyncio
import logging
import threading
import time

from handlers.teams.connector import Connector
from handlers.teams.sdk import App

logger = logging.getLogger(__name__)


class TeamsServer:
    def __init__(self, app: App, connector: Connector, port: int) -> None:
        self.app, self._connector, self.port = app, connector, port
        self._loop = asyncio.new_event_loop()
        self._thread: threading.Thread | None = None

    def serve_forever(self) -> None:
        """Blocks until stop(); the connector uses this loop for every message the bot sends."""
        asyncio.set_event_loop(self._loop)
        self._connector.loop = self._loop
        try:
            self._loop.run_until_complete(self.app.start(self.port))
        finally:
            self._loop.close()

    def start(self, timeout: float = 20.0) -> TeamsServer:
        """Serves from a background thread; returns once the endpoint accepts connections."""
        self._thread = threading.Thread(target=self.serve_forever, name="teams", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the Teams endpoint did not start")
            time.sleep(0.02)
        return self

    @property
    def started(self) -> bool:
        server = getattr(self.app.server.adapter, "_server", None)
        return bool(server is not None and server.started)

    def wait(self) -> None:
        """Until the server stops (SIGTERM calls app_stop)."""
        if self._thread is not None:
            self._thread.join()

    def app_stop(self) -> None:
        """Asks the server to finish (from any thread); serve_forever() then returns."""
        if self._loop.is_running():
            asyncio.run_coroutine_threadsafe(self.app.stop(), self._loop).result(10)

    def stop(self) -> None:
        self.app_stop()
        if self._thread is not None:
            self._thread.join(10)
