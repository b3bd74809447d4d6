"""Settings: app.yaml plus the environment, environment first; every mistake named in one line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from chatbot.errors import ConfigError
from chatbot.school.config_loader import load_settings

APP_YAML = """
school: {name: "Oakfield Primary", timezone: Europe/London}
policy: {profile: parsloes, roster: data/roster.csv, allowed_mentions: ["LocalLibrary"]}
posting: {windows: ["Mon-Fri 08:30-17:00"]}
slack: {drafts_channel: C0123456789, approvers: {users: ["U012AB3CD"]}}
"""


def write(tmp_path: Path, text: str = APP_YAML) -> Path:
    path = tmp_path / "app.yaml"
    path.write_text(text)
    return path


def test_reads_app_yaml(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path))
    assert settings.school.name == "Oakfield Primary"
    assert settings.policy.profile == "parsloes"
    assert settings.slack.approvers.users == ["U012AB3CD"]
    assert settings.roster_path() == tmp_path / "data" / "roster.csv"  # relative to app.yaml, not the cwd


def test_environment_overrides_nested_keys_and_keeps_the_rest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLICY__PROFILE", "dimple-well")
    monkeypatch.setenv("SLACK__APPROVERS__USERS", '["U999"]')
    monkeypatch.setenv("POSTING__WINDOWS", '["Mon-Sun 00:00-24:00"]')
    settings = load_settings(write(tmp_path))
    assert settings.policy.profile == "dimple-well"
    assert settings.policy.allowed_mentions == ["LocalLibrary"]  # merged, not replaced
    assert settings.slack.approvers.users == ["U999"]
    assert settings.posting.windows == ["Mon-Sun 00:00-24:00"]


def test_secrets_come_from_the_environment_and_never_print(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-secret-value")
    settings = load_settings(write(tmp_path))
    assert settings.slack_bot_token is not None
    assert settings.slack_bot_token.get_secret_value() == "xoxb-secret-value"
    assert "xoxb-secret-value" not in repr(settings)


def test_chatbot_config_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHATBOT_CONFIG", str(write(tmp_path)))
    assert load_settings().school.name == "Oakfield Primary"


def test_defaults_without_any_app_yaml() -> None:
    settings = load_settings()
    assert settings.policy.profile == "default"
    assert settings.school.timezone == "Europe/London"
    assert settings.posting.bank_holidays == "england-and-wales"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("polcy: {profile: x}\n", "unknown key 'polcy'"),
        ("policy: {rosta: x.csv}\n", "unknown key 'policy.rosta'"),
        ("slack: {approvers: {user: []}}\n", "unknown key 'slack.approvers.user'"),
        ("policy: {rules: {spellling: warn}}\n", "unknown rule id 'spellling'"),
        ("school: {timezone: Europe/Londn}\n", "not a time zone"),
        ("posting: {windows: ['weekdays']}\n", "not like 'Mon-Fri 08:00-18:00'"),
        ("posting: {bank_holidays: wales}\n", "posting.bank_holidays"),
        ("slack: {approvals_required: 0}\n", "slack.approvals_required"),
        ("slack_bot_token: xoxb-1\n", "is a secret; set it in the environment"),
        ("school: [1, 2\n", "not valid YAML at line"),
        ("- a list\n", "must be a mapping"),
    ],
)
def test_mistakes_name_the_key(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_settings(write(tmp_path, text))


def test_a_mistyped_environment_override_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLACK__STAF_CHANNEL", "C1")
    with pytest.raises(
        ConfigError, match=re.escape("environment variable SLACK__STAF_CHANNEL: unknown key 'slack.staf_channel'")
    ):
        load_settings(write(tmp_path))


def test_a_named_but_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="Configuration file not found"):
        load_settings(tmp_path / "missing.yaml")


def test_the_shipped_app_yaml_is_valid() -> None:
    shipped = Path(__file__).resolve().parents[3] / "app.yaml"
    settings = load_settings(shipped)
    assert settings.policy.roster is not None and settings.roster_path() is not None
    assert settings.roster_path().is_file()  # type: ignore[union-attr]


def test_follower_alerts_have_sensible_defaults_and_refuse_a_bad_digest_time(tmp_path: Path) -> None:
    followers = load_settings(write(tmp_path)).followers
    assert (followers.enabled, followers.poll_minutes, followers.digest) == (True, 60, "Mon 08:30")
    with pytest.raises(ConfigError, match=r"followers\.digest: 'Munday 9am' is not a day and time"):
        load_settings(write(tmp_path, APP_YAML + "followers: {digest: Munday 9am}\n"))
    with pytest.raises(ConfigError, match=r"followers\.poll_minutes"):
        load_settings(write(tmp_path, APP_YAML + "followers: {poll_minutes: 1}\n"))
    with pytest.raises(ConfigError, match=r"unknown key 'followers\.block_children'"):
        load_settings(write(tmp_path, APP_YAML + "followers: {block_children: true}\n"))


def test_publishing_targets_are_known_networks_each_once_and_need_their_credentials(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from handlers.wiring.publishing import publishing_targets

    assert load_settings(write(tmp_path)).publishing.targets == ["x"]
    with pytest.raises(ConfigError, match=r"publishing\.targets\.0"):
        load_settings(write(tmp_path, APP_YAML + "publishing: {targets: [myspace]}\n"))
    with pytest.raises(ConfigError, match="each network may be listed once"):
        load_settings(write(tmp_path, APP_YAML + "publishing: {targets: [x, x]}\n"))
    both = load_settings(write(tmp_path, APP_YAML + "publishing: {targets: [x, mastodon]}\n"))
    with pytest.raises(ConfigError, match="the X credentials"):
        publishing_targets(both)
    for name, value in (("X_API_KEY", "k"), ("X_API_SECRET", "s"), ("X_ACCESS_TOKEN", "1-t"),
                        ("X_ACCESS_TOKEN_SECRET", "ts")):  # fmt: skip
        monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError, match="MASTODON_BASE_URL and MASTODON_ACCESS_TOKEN"):
        publishing_targets(load_settings(write(tmp_path, APP_YAML + "publishing: {targets: [x, mastodon]}\n")))
    monkeypatch.setenv("MASTODON_BASE_URL", "https://mastodon.example")
    monkeypatch.setenv("MASTODON_ACCESS_TOKEN", "mastodon-token")
    names = [
        t.name
        for t in publishing_targets(load_settings(write(tmp_path, APP_YAML + "publishing: {targets: [x, mastodon]}\n")))
    ]
    assert names == ["X", "Mastodon"]
