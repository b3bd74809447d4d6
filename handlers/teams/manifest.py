"""The Teams app package an admin uploads: manifest.json (bot id, scopes, permissions) and its two icons."""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

MANIFEST_VERSION = "1.17"
SCHEMA = f"https://developer.microsoft.com/en-us/json-schemas/teams/v{MANIFEST_VERSION}/MicrosoftTeams.schema.json"
ACCENT = "#1F5F8B"
# the bot reads every post in the channels of the team it is added to, not only posts that @mention it
RESOURCE_SPECIFIC = [{"name": "ChannelMessage.Read.Group", "type": "Application"},
                     {"name": "ChannelMessage.Send.Group", "type": "Application"}]  # fmt: skip
COMMANDS = [("pause", "Stop all publishing, and say why (approvers)"), ("resume", "Start publishing again"),
            ("policy", "The rules Countersign checks"), ("help", "What Countersign does")]  # fmt: skip


def build_manifest(app_id: str, school: str, website: str) -> dict[str, Any]:
    return {
        "$schema": SCHEMA, "manifestVersion": MANIFEST_VERSION, "version": "1.0.0", "id": app_id,
        "developer": {"name": school, "websiteUrl": website, "privacyUrl": website, "termsOfUseUrl": website},
        "name": {"short": "Countersign", "full": f"Countersign for {school}"[:100]},
        "description": {"short": "Checks the school's social media posts against its policy",
                        "full": ("Staff post a draft in the drafts channel; Countersign checks it against the school's "
                                 "social media policy, an approver approves it on its card, and it is published.")},
        "icons": {"color": "color.png", "outline": "outline.png"}, "accentColor": ACCENT,
        "bots": [{"botId": app_id, "scopes": ["team", "personal"], "supportsFiles": False,
                  "isNotificationOnly": False,
                  "commandLists": [{"scopes": ["personal"],
                                    "commands": [{"title": t, "description": d} for t, d in COMMANDS]}]}],
        "permissions": ["identity", "messageTeamMembers"],
        "validDomains": [],
        "webApplicationInfo": {"id": app_id, "resource": f"api://botid-{app_id}"},
        "authorization": {"permissions": {"resourceSpecific": RESOURCE_SPECIFIC}},
    }  # fmt: skip


def build_package(manifest: dict[str, Any]) -> bytes:
    """The zip Teams admin centre takes: manifest.json, a 192×192 colour icon and a 32×32 white outline."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("manifest.json", json.dumps(manifest, indent=2))
        package.writestr("color.png", _icon(192, ACCENT, (255, 255, 255, 255)))
        package.writestr("outline.png", _icon(32, None, (255, 255, 255, 255)))
    return buffer.getvalue()


def _icon(size: int, background: str | None, ink: tuple[int, int, int, int]) -> bytes:
    """A tick in a circle: drawn here, so the package needs no image files in the repository."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (size, size), background or (0, 0, 0, 0))
    draw, unit = ImageDraw.Draw(image), size / 32
    draw.ellipse((3 * unit, 3 * unit, 29 * unit, 29 * unit), outline=ink, width=max(1, round(2 * unit)))
    draw.line([(10 * unit, 16 * unit), (14 * unit, 21 * unit), (22 * unit, 11 * unit)], fill=ink,
              width=max(1, round(3 * unit)))  # fmt: skip
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
