"""The `teams:` section: the core lets it through as an adapter's own; the adapter validates it."""

from __future__ import annotations

from pathlib import Path

import pytest

from chatbot.errors import ConfigError
from chatbot.school.config_loader import load_settings
from handlers.teams.config import teams_section


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "app.yaml"
    path.write_text(text)
    return path


def test_the_section_is_read_and_environment_overrides_win(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    yaml = "teams:\n  drafts_channel: '19:a@thread.tacv2'\n  approvals_required: 2\n"
    settings = load_settings(write(tmp_path, yaml))
    assert teams_section(settings).drafts_channel == "19:a@thread.tacv2"
    monkeypatch.setenv("TEAMS__APPROVERS__USERS", '["aad-1", "aad-2"]')
    monkeypatch.setenv("TEAMS__LIKE_APPROVES", "true")
    section = teams_section(settings)
    assert section.approvers.users == ["aad-1", "aad-2"] and section.like_approves and section.approvals_required == 2


def test_mistakes_name_the_key(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"unknown key 'teams\.drafts_chanel'"):
        teams_section(load_settings(write(tmp_path, "teams:\n  drafts_chanel: x\n")))
    with pytest.raises(ConfigError, match=r"teams\.approvals_required"):
        teams_section(load_settings(write(tmp_path, "teams:\n  approvals_required: 9\n")))


def test_the_core_still_refuses_a_section_nobody_owns(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"unknown key 'teems'.*teams"):
        load_settings(write(tmp_path, "teems:\n  drafts_channel: x\n"))
    with pytest.raises(ConfigError, match="teams must be a mapping"):
        load_settings(write(tmp_path, "teams: 3\n"))
