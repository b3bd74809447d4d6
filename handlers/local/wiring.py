"""The practice workspace's composition root: settings in, the workspace out (its own redis-server in a folder that
is deleted when it stops, the core with the practice network, and the web app), built but not yet serving."""

from __future__ import annotations

import shutil
import signal
import socket
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import uvicorn

from chatbot.approval.service import WorkflowService
from chatbot.errors import ConfigError
from chatbot.policy.context import build_context
from chatbot.school.settings import Settings
from chatbot.store import RedisStore
from handlers.local.alerts import (
    LocalFollowerNotifier,
    LocalIncidentNotifier,
    LocalReminderNotifier,
    LocalReportNotifier,
)
from handlers.local.clock import Clock
from handlers.local.conversation import CHANNEL, Conversation
from handlers.local.network import PracticeNetwork, PracticePublisher
from handlers.local.notifier import LocalNotifier
from handlers.local.team import TEAM, TeamApprovers, practice_settings
from handlers.local.web import build_web
from handlers.local.workspace import Workspace
from handlers.pollers.ticking import start_ticking
from handlers.wiring.followers import follower_alerts
from handlers.wiring.incidents import incidents
from handlers.wiring.private_redis import PrivateRedis
from handlers.wiring.reminders import reminder_desk
from handlers.wiring.reports import term_reports

DEFAULT_PORT = 8470
TICK_SECONDS = 5  # the scheduler, escalations and reminders, by the workspace's clock


@dataclass
class RunningLocal:
    workspace: Workspace
    server: uvicorn.Server
    url: str
    redis: PrivateRedis
    folder: Path
    stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def serve(self) -> None:
        """Blocks until Ctrl+C or SIGTERM, then closes. uvicorn passes the signal on once it has stopped serving;
        these handlers take it, so the folder is still deleted and Ctrl+C prints no traceback."""
        previous = {sig: signal.signal(sig, self._stopping) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            start_ticking("practice", TICK_SECONDS, self.stop, lambda _owner, _now: self.workspace.tick())
            self.server.run()
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            self.close()

    def _stopping(self, *_: object) -> None:
        self.server.should_exit = True

    def start(self, timeout: float = 20.0) -> RunningLocal:
        """Serves from a background thread (the tests' way); returns once the page answers."""
        self._thread = threading.Thread(target=self.server.run, name="practice", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the practice workspace did not start")
            time.sleep(0.02)
        return self

    def close(self) -> None:
        """Stops serving, then deletes everything the workspace kept: its data never outlives it."""
        self.stop.set()
        self.server.should_exit = True
        if self._thread is not None:
            self._thread.join(10)
        self.redis.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


def start_local(settings: Settings, host: str = "127.0.0.1", port: int | None = None) -> RunningLocal:
    port = _port(host, port)
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}"
    folder = Path(tempfile.mkdtemp(prefix="countersign-practice-"))
    redis = PrivateRedis(folder).start()  # never REDIS_URL's: practice drafts must never reach the real bot
    try:
        workspace = _workspace(practice_settings(settings), RedisStore.from_url(redis.url), url)
    except Exception:
        redis.stop()
        shutil.rmtree(folder, ignore_errors=True)
        raise
    config = uvicorn.Config(build_web(workspace), host=host, port=port, log_level="warning", access_log=False,
                            timeout_graceful_shutdown=2)  # fmt: skip
    return RunningLocal(workspace, uvicorn.Server(config), url, redis, folder)


def _workspace(settings: Settings, store: RedisStore, url: str) -> Workspace:
    ctx, money = build_context(settings), settings.school.money()
    clock, chat, network = Clock(ctx.zone), Conversation(), PracticeNetwork(url)
    publisher, approvers = PracticePublisher(network), TeamApprovers()
    service = WorkflowService(store, ctx, LocalNotifier(chat, store, clock), publisher, approvers)
    alerts = follower_alerts(settings, None, store, LocalFollowerNotifier(chat, clock, money), approvers,
                             sources=[network])  # fmt: skip
    desk = incidents(settings, None, store, LocalIncidentNotifier(chat, clock), ctx, (), CHANNEL, [network])
    reminders = reminder_desk(settings, store, LocalReminderNotifier(chat, clock), approvers, ctx)
    workspace = Workspace(service, chat, clock, network, publisher, settings.school.name,
                          tuple(settings.publishing.targets), alerts[0] if alerts else None, desk, reminders, money,
                          retention_days=settings.retention.days,
                          published_days=settings.retention.published_days,
                          reports=term_reports(settings, store, ctx, LocalReportNotifier(chat, clock)))  # fmt: skip
    for member in TEAM:  # reports name people as the chat showed them
        store.governance.remember_name(member.id, member.name)
    if workspace.followers is not None:
        workspace.followers.watch.poll(clock.now())  # the first look records who follows already: nobody
    return workspace


def _port(host: str, asked: int | None) -> int:
    """The port asked for; else the usual one, or any free one when something else has it."""
    for candidate in (asked,) if asked is not None else (DEFAULT_PORT, 0):
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            try:
                probe.bind((host, candidate))
                return int(probe.getsockname()[1])
            except OSError:
                continue
    raise ConfigError(f"port {asked} on {host} is in use (or not this computer's): choose another with --port")
