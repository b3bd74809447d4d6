"""`chatbot teams-manifest`: the Teams app package (a zip) that the school's Teams admin uploads."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from chatbot.errors import ConfigError


def add_parser(commands: Any) -> None:
    parser = commands.add_parser("teams-manifest", help="write the Teams app package for the Teams admin centre")
    parser.add_argument("--config", type=Path, help="the app.yaml to use (default: $CHATBOT_CONFIG or ./app.yaml)")
    parser.add_argument("--out", type=Path, default=Path("countersign-teams.zip"), help="where to write the zip")
    parser.add_argument("--website", default="https://www.gov.uk/government/organisations/department-for-education",
                        help="the school's website (Teams shows it as the app's developer page)")  # fmt: skip
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from chatbot.school.config_loader import load_settings
    from handlers.teams.manifest import build_manifest, build_package

    settings = load_settings(args.config)
    app_id = os.environ.get("TEAMS_APP_ID", "").strip()
    if not app_id:
        raise ConfigError("TEAMS_APP_ID is not set: put the Azure Bot's Microsoft App ID in the environment first")
    if not args.website.startswith("https://"):
        raise ConfigError("--website must be an https:// address (Teams refuses others)")
    args.out.write_bytes(build_package(build_manifest(app_id, settings.school.name, args.website)))
    print(f"Wrote {args.out}: upload it in the Teams admin centre (Manage apps › Upload new app).")
    return 0
