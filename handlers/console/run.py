"""`chatbot run`: the bot, in Socket Mode (no public address needed) or serving Slack's HTTP events."""

from __future__ import annotations

import argparse
import json
import logging
import signal
import threading
from collections.abc import Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the bot's modules load when it runs, so that `chatbot check` starts quickly
    from chatbot.school.settings import Settings
    from handlers.pollers.followers import FollowerAlerts
    from handlers.pollers.incidents import Incidents
    from handlers.slack.wiring import Running

logger = logging.getLogger(__name__)
TEAMS_PORT = 3978  # the port Azure Bot's documentation and tooling expect


def add_parser(commands: Any) -> None:
    parser = commands.add_parser("run", help="run the bot (Slack: Socket Mode unless --http; Teams: --platform teams)")
    parser.add_argument(
        "--platform", choices=("slack", "teams"), default="slack", help="the staff chat (default slack)"
    )
    parser.add_argument("--config", type=Path, help="the app.yaml to use (default: $CHATBOT_CONFIG or ./app.yaml)")
    parser.add_argument(
        "--http",
        type=int,
        metavar="PORT",
        help="serve Slack's events at /slack/events on PORT (Teams: /api/messages, default 3978)",
    )
    parser.add_argument("--health-port", type=int, metavar="PORT", help="in Socket Mode, serve /healthz on PORT")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from chatbot.school.config_loader import load_settings
    from handlers.pollers.scheduler import start_scheduler
    from handlers.slack.wiring import start, tokens

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = load_settings(args.config)
    if args.platform == "teams":
        return _run_teams(settings, args.http or TEAMS_PORT)
    socket_mode = args.http is None
    _, app_token, _ = tokens(settings, socket_mode)
    running = start(settings, socket_mode, Path("var"))
    stop = threading.Event()
    start_scheduler(running.service, stop, settings.retention.days, running.reminders)
    _start_pollers(running.followers, running.incidents, stop)
    try:
        if socket_mode:
            _serve_socket_mode(running, app_token or "", args.health_port)
        else:
            _serve_http(running, args.http)
    finally:
        stop.set()
        running.close()
    return 0


def _start_pollers(followers: tuple[FollowerAlerts, ...], incidents: Incidents | None, stop: threading.Event) -> None:
    from handlers.pollers.followers import start_follower_poller
    from handlers.pollers.incidents import start_incident_poller

    for network in followers:  # one poller per network
        start_follower_poller(network, stop)
    if incidents is not None:
        start_incident_poller(incidents, stop)


def _run_teams(settings: Settings, port: int) -> int:
    from handlers.pollers.scheduler import start_scheduler
    from handlers.teams.wiring import start_teams

    running = start_teams(settings, port, Path("var"))
    stop = threading.Event()
    try:
        running.start()
        start_scheduler(running.service, stop, settings.retention.days, running.reminders)
        _start_pollers(running.followers, running.incidents, stop)
        signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=running.server.app_stop).start())
        logger.info("Countersign is serving Teams on port %d at /api/messages", port)
        running.server.wait()
    finally:
        stop.set()
        running.close()
    return 0


def _serve_socket_mode(running: Running, app_token: str, health_port: int | None) -> None:
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    if health_port:
        server = ThreadingHTTPServer(("0.0.0.0", health_port), _handler(running))
        threading.Thread(target=server.serve_forever, daemon=True).start()
    logger.info("Countersign is running in Socket Mode")
    SocketModeHandler(running.app, app_token).start()


def _serve_http(running: Running, port: int) -> None:
    server = ThreadingHTTPServer(("0.0.0.0", port), _handler(running))
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown).start())
    logger.info("Countersign is serving Slack's events on port %d at /slack/events", port)
    server.serve_forever()


def _handler(running: Running) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_: Any) -> None:  # request lines would be noise; errors are logged by bolt
            pass

        def do_GET(self) -> None:
            if self.path.split("?")[0] != "/healthz":
                return self._reply(404, {"ok": False})
            healthy = running.store.ping()
            self._reply(200 if healthy else 503, {"ok": healthy, "redis": "answering" if healthy else "not answering"})

        def do_POST(self) -> None:
            from slack_bolt import BoltRequest

            from handlers.slack.app import dispatch_safely

            if self.path.split("?")[0] != "/slack/events":
                return self._reply(404, {"ok": False})
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8")
            headers: dict[str, str | Sequence[str]] = {name.lower(): [value] for name, value in self.headers.items()}
            response = dispatch_safely(running.app, BoltRequest(body=body, headers=headers))
            self.send_response(response.status)
            for name, values in response.headers.items():
                for value in values:
                    self.send_header(name, value)
            data = (response.body or "").encode()
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _reply(self, status: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler
