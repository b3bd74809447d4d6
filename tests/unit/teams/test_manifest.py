"""The Teams app package: what an admin uploads must name the bot, read channel posts, and carry valid icons."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

from PIL import Image

from handlers.teams.manifest import build_manifest, build_package

APP_ID = "00000000-0000-4000-8000-00000000b07a"


def test_the_package_holds_the_manifest_and_icons_of_the_sizes_teams_requires() -> None:
    package = zipfile.ZipFile(
        io.BytesIO(build_package(build_manifest(APP_ID, "Example Primary", "https://example.org")))
    )
    assert sorted(package.namelist()) == ["color.png", "manifest.json", "outline.png"]
    manifest = json.loads(package.read("manifest.json"))
    assert manifest["id"] == manifest["bots"][0]["botId"] == manifest["webApplicationInfo"]["id"] == APP_ID
    assert set(manifest["bots"][0]["scopes"]) == {"team", "personal"}
    rsc = {p["name"] for p in manifest["authorization"]["permissions"]["resourceSpecific"]}
    assert "ChannelMessage.Read.Group" in rsc  # without it the bot only sees posts that @mention it
    assert Image.open(io.BytesIO(package.read("color.png"))).size == (192, 192)
    outline = Image.open(io.BytesIO(package.read("outline.png")))
    assert outline.size == (32, 32) and outline.mode == "RGBA"
    colours = {c[:3] for _, c in outline.getcolors(4096) if c[3] > 0}  # type: ignore[union-attr]
    assert colours == {(255, 255, 255)}  # Teams wants the outline white on transparent


def test_the_command_writes_the_zip_and_refuses_without_the_app_id(tmp_path: Path) -> None:
    out = tmp_path / "package.zip"
    command = [sys.executable, "-m", "handlers.console.cli", "teams-manifest", "--out", str(out)]
    refused = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, env={"PATH": ""})
    assert refused.returncode != 0 and "TEAMS_APP_ID" in refused.stderr and not out.exists()
    written = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, env={"TEAMS_APP_ID": APP_ID})
    assert written.returncode == 0 and zipfile.ZipFile(out).read("manifest.json")
