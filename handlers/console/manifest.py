"""`chatbot manifest`: the Slack app manifest a school pastes into api.slack.com/apps → Create New App."""

from __future__ import annotations

import argparse
from typing import Any

import yaml

from handlers.slack import ids

BOT_SCOPES = [
    "channels:history",  # read drafts posted in a public drafts channel
    "groups:history",  # … or a private one
    "channels:read",  # the members of an approvers channel, and of the drafts channel (who may search the roster)
    "groups:read",
    "chat:write",  # answer in the draft's thread
    "reactions:read",  # the approve, reject and unpublish emoji
    "reactions:write",  # mark a draft that went out
    "files:read",  # download a draft's photos
    "files:write",  # attach an incident's snapshot to its card
    "im:write",  # send safeguarding concerns and allegations privately, and receipts
    "usergroups:read",  # an approvers user group (paid plans)
    "users:read",  # staff names, for the governors' report (people by name, not by id)
    "commands",  # /countersign
]
DESCRIPTION = "Checks the school's social media posts against its policy"
BOT_EVENTS = [
    "message.channels",
    "message.groups",
    "reaction_added",
    "reaction_removed",
    "member_joined_channel",
    "app_home_opened",
]


def add_parser(commands: Any) -> None:
    parser = commands.add_parser("manifest", help="print the Slack app manifest (YAML)")
    parser.add_argument("--name", default="Countersign", help="the app's name in Slack")
    parser.add_argument("--request-url", help="for HTTP mode: https://your-host/slack/events (Socket Mode if absent)")
    parser.set_defaults(handler=run)


def manifest(name: str, request_url: str | None) -> dict[str, Any]:
    settings: dict[str, Any] = {
        "event_subscriptions": {"bot_events": BOT_EVENTS},
        "interactivity": {"is_enabled": True},
        "org_deploy_enabled": False,
        "socket_mode_enabled": request_url is None,
        "token_rotation_enabled": False,
    }
    command: dict[str, Any] = {
        "command": ids.COMMAND,
        "description": "Draft a post, report a concern, see the policy, or pause publishing",
        "usage_hint": "draft | incident | policy | pause REASON | resume | unpublish LINK | help",
    }
    if request_url:
        settings["event_subscriptions"]["request_url"] = request_url
        settings["interactivity"]["request_url"] = request_url
        command["url"] = request_url
    return {
        "display_information": {
            "name": name,
            "description": "Checks the school's social media posts against its policy",
        },
        "features": {
            "app_home": {"home_tab_enabled": True, "messages_tab_enabled": True},  # receipts arrive as messages
            "bot_user": {"display_name": name.lower(), "always_online": True},
            "slash_commands": [command],
        },
        "oauth_config": {"scopes": {"bot": BOT_SCOPES}},
        "settings": settings,
    }


def run(args: argparse.Namespace) -> int:
    print(yaml.safe_dump(manifest(args.name, args.request_url), sort_keys=False, allow_unicode=True), end="")
    return 0
