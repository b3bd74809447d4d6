"""The house rules on imports: the core is platform-neutral and each outside library has one owner."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "chatbot"
# library -> the only modules (or, ending in "/", packages) of chatbot/ that may import it
OWNERS = {
    "enchant": {"chatbot/policy/lexicon.py"},
    "vaderSentiment": {"chatbot/policy/sentiment.py"},
    "holidays": {"chatbot/school/bank_holidays.py"},
    "yaml": {"chatbot/school/config_loader.py", "chatbot/policy/profile.py"},
    "pydantic_settings": {"chatbot/school/settings.py"},
    "twitter_text": {"chatbot/policy/weighted_length.py"},
    "redis": {"chatbot/store/"},
    "tweepy": {"chatbot/x/transport.py"},
    "mastodon": {"chatbot/publishers/mastodon.py"},
    "atproto": {"chatbot/publishers/bluesky.py"},
    "atproto_client": {"chatbot/publishers/bluesky.py"},
}
# the image inspector's libraries: only inside chatbot/vision/
VISION_ONLY = ("PIL", "cv2", "numpy", "rapidocr_onnxruntime", "onnxruntime", "pillow_heif")
FORBIDDEN_IN_CORE = ("slack_bolt", "slack_sdk", "handlers")


def imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


CORE_MODULES = sorted(CORE.rglob("*.py"))


@pytest.mark.parametrize("path", CORE_MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_core_module_respects_layering(path: Path) -> None:
    relative = str(path.relative_to(ROOT))
    used = imports(path)
    assert not used & set(FORBIDDEN_IN_CORE), f"{relative} imports a platform adapter"
    for library, owners in OWNERS.items():
        if library in used:
            allowed = any(relative == o or (o.endswith("/") and relative.startswith(o)) for o in owners)
            assert allowed, f"{relative} imports {library}; only {sorted(owners)} may"
    if not relative.startswith("chatbot/vision/"):
        assert not used & set(VISION_ONLY), f"{relative} imports an image library outside chatbot/vision/"


def test_policy_rules_never_read_the_clock() -> None:
    for path in (CORE / "policy").rglob("*.py"):
        source = path.read_text()
        assert ".now(" not in source and "time.time(" not in source, path


def test_modules_stay_small() -> None:
    sizes = {str(p.relative_to(ROOT)): len(p.read_text().splitlines()) for p in CORE_MODULES}
    assert {k: v for k, v in sizes.items() if v > 250} == {}


def test_the_console_script_loads_no_heavy_library_before_a_command_needs_it() -> None:
    """`chatbot check` runs in about half a second: the bot's libraries load only when `chatbot run` starts."""
    import subprocess
    import sys

    heavy = ("cv2", "numpy", "PIL", "slack_bolt", "tweepy", "atproto", "mastodon", "onnxruntime", "microsoft_teams")
    probe = f"import handlers.console.cli, sys; print([m for m in {heavy!r} if m in sys.modules])"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT)
    assert loaded.stdout.strip() == "[]"


# Teams' own concepts; the core speaks of drafts, approvers and channels, never of these
TEAMS_WORDS = re.compile(
    r"microsoft|teams?[_ ]?(?:sdk|app|channel|activit|card|bot|section|secret|api)|adaptive ?card|action\.execute"
    r"|\bentra\b|\baad|azure|msal|bot ?framework|botframework|tacv2|messageid|\binvoke activit",
    re.IGNORECASE,
)


@pytest.mark.parametrize("path", CORE_MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_core_knows_nothing_of_teams(path: Path) -> None:
    """Teams was added as handlers/teams/ alone: a Teams concept in chatbot/ means the core bent to fit it."""
    found = TEAMS_WORDS.findall(path.read_text())
    assert not found, f"{path.relative_to(ROOT)} mentions {sorted(set(found))}"
    assert "microsoft_teams" not in imports(path) and "handlers" not in imports(path)


def test_teams_edge_owns_the_teams_sdk() -> None:
    """Only handlers/teams/ imports the Teams SDK (and inside it, only sdk.py names it)."""
    for path in sorted((ROOT / "handlers").rglob("*.py")):
        relative = str(path.relative_to(ROOT))
        if "microsoft_teams" in imports(path):
            assert relative == "handlers/teams/sdk.py", f"{relative} imports the Teams SDK; import from sdk.py"


def test_the_teams_section_belongs_to_the_adapter_not_the_core() -> None:
    """app.yaml's `teams:` is declared by handlers/ as an entry point; the core's own sections never list it."""
    from chatbot.school.config_loader import edge_sections
    from chatbot.school.settings import SECTIONS, Settings

    assert "teams" not in SECTIONS and "teams" not in Settings.model_fields
    assert "teams" in edge_sections()
