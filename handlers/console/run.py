"""`chatbot run`: the bot, in Socket Mode (no public address needed) or serving Slack's HTTP events."""

from __future__ import annotations

import argparse
import logging
import signal
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chatbot import messages

if TYPE_CHECKING:  # the bot's modules load when it runs, so that `chatbot check` starts quickly
    from chatbot.school.settings import Settings
    from handlers.pollers.followers import FollowerAlerts
    from handlers.pollers.incidents import Incidents
    from handlers.slack.wiring import Running

logger = logging.getLogger(__name__)
TEAMS_PORT = 3978  # the port Azure Bot's documentation and tooling expect
INBOX_SECONDS = 60  # how often drafts taken in but never finished (a failed job) are queued again


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "run",
        help="run the bot (Slack: Socket Mode unless --http; Teams: --platform teams; with neither's "
        "credentials: the local practice workspace)",
    )
    parser.add_argument(
        "--platform", choices=("slack", "teams", "local"), default=None,
        help="the staff chat: slack, teams, or local (the practice workspace in a browser, nothing published); "
        "default: slack or teams by the credentials set, else local",
    )  # fmt: skip
    parser.add_argument("--config", type=Path, help="the app.yaml to use (default: $CHATBOT_CONFIG or ./app.yaml)")
    parser.add_argument(
        "--http",
        type=int,
        metavar="PORT",
        help="serve Slack's events at /slack/events on PORT (Teams: /api/messages, default 3978)",
    )
    parser.add_argument("--health-port", type=int, metavar="PORT", help="in Socket Mode, serve /healthz on PORT")
    parser.add_argument("--port", type=int, metavar="N", help="the practice workspace's port (default 8470)")
    parser.add_argument(
        "--host", default="127.0.0.1", help="the practice workspace's address (default 127.0.0.1: this computer only)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from chatbot.school.config_loader import load_settings
    from handlers.pollers.roster import start_roster_watch
    from handlers.pollers.scheduler import start_scheduler
    from handlers.pollers.ticking import start_ticking
    from handlers.slack.wiring import start, tokens

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = load_settings(args.config)
    platform = args.platform or _platform(settings, args.http)
    if platform == "local":
        return _run_local(settings, args.host, args.port)
    if platform == "teams":
        return _run_teams(settings, args.http or TEAMS_PORT)
    socket_mode = args.http is None
    _, app_token, signing_secret = tokens(settings, socket_mode)
    running = start(settings, socket_mode, Path("var"))
    stop = threading.Event()
    start_scheduler(
        running.service, stop, settings.retention.days, running.reminders, settings.retention.published_days
    )
    _start_pollers(running.followers, running.incidents, stop)
    start_roster_watch(running.service.ctx, stop)
    start_ticking("inbox", INBOX_SECONDS, stop, lambda _owner, now: running.replay_inbox(now), at_once=False)
    try:
        if socket_mode:
            _serve_socket_mode(running, app_token or "", args.health_port)
        else:
            _serve_http(running, args.http, signing_secret or "")
    finally:
        stop.set()
        running.close()
    return 0


def _platform(settings: Settings, http: int | None) -> str:
    """Slack when any of its secrets is set (or its HTTP port asked for), else Teams when its app id is, else local."""
    from handlers.teams.config import TeamsSecrets

    if http or settings.slack_bot_token or settings.slack_app_token or settings.slack_signing_secret:
        return "slack"
    if TeamsSecrets().teams_app_id:
        return "teams"
    logger.info(messages.PRACTICE_NO_CHAT)
    return "local"


def _run_local(settings: Settings, host: str, port: int | None) -> int:
    from handlers.local.wiring import start_local

    if host not in ("127.0.0.1", "localhost", "::1"):
        logger.warning(messages.PRACTICE_OPEN_HOST.format(host=host))
    running = start_local(settings, host, port)
    print(messages.PRACTICE_STARTED.format(url=running.url), flush=True)
    running.serve()
    return 0


def _start_pollers(followers: tuple[FollowerAlerts, ...], incidents: Incidents | None, stop: threading.Event) -> None:
    from handlers.pollers.followers import start_follower_poller
    from handlers.pollers.incidents import start_incident_poller

    for network in followers:  # one poller per network
        start_follower_poller(network, stop)
    if incidents is not None:
        start_incident_poller(incidents, stop)


def _run_teams(settings: Settings, port: int) -> int:
    from handlers.pollers.roster import start_roster_watch
    from handlers.pollers.scheduler import start_scheduler
    from handlers.pollers.ticking import start_ticking
    from handlers.teams.wiring import start_teams

    running = start_teams(settings, port, Path("var"))
    stop = threading.Event()
    try:
        running.start()
        start_scheduler(
            running.service, stop, settings.retention.days, running.reminders, settings.retention.published_days
        )
        _start_pollers(running.followers, running.incidents, stop)
        start_roster_watch(running.service.ctx, stop)
        start_ticking("inbox", INBOX_SECONDS, stop, lambda _owner, now: running.replay_inbox(now), at_once=False)
        signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=running.server.app_stop).start())
        logger.info("Countersign is serving Teams on port %d at /api/messages", port)
        running.server.wait()
    finally:
        stop.set()
        running.close()
    return 0


def _serve_socket_mode(running: Running, app_token: str, health_port: int | None) -> None:
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    from handlers.slack.http_serving import Endpoints, serve

    if health_port:
        server = serve(("0.0.0.0", health_port), Endpoints(running.store.ping))
        threading.Thread(target=server.serve_forever, daemon=True).start()
    logger.info("Countersign is running in Socket Mode")
    SocketModeHandler(running.app, app_token).start()


def _serve_http(running: Running, port: int, signing_secret: str) -> None:
    from slack_sdk.signature import SignatureVerifier

    from handlers.slack.http_serving import Endpoints, serve

    server = serve(("0.0.0.0", port), Endpoints(running.store.ping, running.app, SignatureVerifier(signing_secret)))
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown).start())
    logger.info("Countersign is serving Slack's events on port %d at /slack/events", port)
    server.serve_forever()
