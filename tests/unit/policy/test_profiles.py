"""Profiles: every difference in the issue's table, side by side, plus loading and overriding profiles."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from chatbot.errors import ConfigError
from chatbot.policy.profile import builtin_profiles, load_profile
from chatbot.rule_ids import RULE_IDS
from tests.drafting import findings

PROFILES = ["default", "dimple-well", "dilton-marsh", "parsloes", "use-of-twitter-2018", "mickle-trafford"]


def severities(text: str, rule: str, profile: str, images: int = 0) -> list[str]:
    return [f.severity.value for f in findings(text, rule, profile=profile, images=images)]


@pytest.mark.parametrize(
    ("profile", "text_only", "with_image"),
    [
        ("default", ["block"], ["block"]),
        ("dimple-well", ["warn"], ["block"]),
        ("dilton-marsh", ["block"], ["block"]),
        ("use-of-twitter-2018", ["block"], ["block"]),
        ("mickle-trafford", ["block"], ["block"]),
    ],
)
def test_pupil_name_severity_per_profile(profile: str, text_only: list[str], with_image: list[str]) -> None:
    text = "Lovely reading from Amelia today."
    assert severities(text, "pupil-name", profile) == text_only
    assert severities(text, "pupil-name", profile, images=1) == with_image


def test_parsloes_allows_a_forename_alone_as_a_warning_but_blocks_full_names_and_names_with_photos() -> None:
    assert severities("Read Amelia's blog post!", "pupil-name", "parsloes") == ["warn"]
    assert severities("Read Amelia Nowak's blog post!", "pupil-name", "parsloes") == ["block"]
    assert severities("Read Amelia's blog post!", "pupil-name", "parsloes", images=1) == ["block"]


@pytest.mark.parametrize(
    ("rule", "text", "expected"),
    [
        (
            "targeted-content",
            "Well done Oliver, a better lesson today",
            [[], ["block"], ["block"], ["block"], ["block"]],
        ),
        ("mention", "Excited about @dextnott visiting", [[], ["warn"], [], ["block"], ["warn"]]),
        (
            "forthcoming-visit",
            "Tomorrow Year 6 are off to the museum!",
            [["block"], ["warn"], ["warn"], ["warn"], ["warn"]],
        ),
        # Dimple Well holds it (trip mode) rather than blocking it: see test_trips.py
        ("live-location", "We're at the beach right now!", [["warn"], ["warn"], ["warn"], ["warn"], ["warn"]]),
        ("collective-voice", "I am proud of this class", [[], [], [], [], ["warn"]]),
    ],
)
def test_profile_differences(rule: str, text: str, expected: list[list[str]]) -> None:
    profiles = ["dimple-well", "dilton-marsh", "parsloes", "use-of-twitter-2018", "mickle-trafford"]
    assert [severities(text, rule, p) for p in profiles] == expected


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize(
    ("rule", "text", "severity"),
    [
        ("text-speak", "What a gr8 day", "block"),
        ("spelling", "We recieved letters", "warn"),
        ("offensive-language", "What a shit day", "block"),
        ("negative-tone", "We are very disappointed and angry about the terrible behaviour.", "warn"),
        ("reply", "@parent we disagree", "block"),
        ("personal-data", "Call 07700 900123", "block"),
        ("length", "x" * 281, "block"),
        ("link", "See bit.ly/abc", "warn"),
        ("hidden-characters", "Hi\u200b there", "warn"),
        ("empty", "   ", "block"),
    ],
)
def test_rules_that_are_the_same_everywhere(profile: str, rule: str, text: str, severity: str) -> None:
    assert severities(text, rule, profile) == [severity]


def test_posting_window_is_on_only_where_the_policy_sets_hours() -> None:
    from datetime import datetime

    from tests.drafting import LONDON, report

    saturday = datetime(2026, 11, 28, 11, 0, tzinfo=LONDON)
    scheduled = {p: report("Lovely day", profile=p, at=saturday).publish_at is not None for p in PROFILES}
    assert scheduled == {
        "default": True,
        "dimple-well": False,
        "dilton-marsh": False,
        "parsloes": True,
        "use-of-twitter-2018": True,
        "mickle-trafford": False,
    }


def test_every_builtin_profile_loads_and_configures_every_rule() -> None:
    assert builtin_profiles() == sorted(PROFILES)
    for name in PROFILES:
        assert set(load_profile(name).rules) == set(RULE_IDS), name


def test_a_school_can_copy_a_profile_and_extend_it(tmp_path: Path) -> None:
    own = tmp_path / "our-school.yaml"
    own.write_text("name: ours\ntitle: Our School\nextends: parsloes\nrules:\n  mention: {severity: block}\n")
    profile = load_profile("our-school.yaml", tmp_path)
    assert profile.rules["mention"].severity == "block"
    assert profile.rules["pupil-name"].variants == {"forename_alone": "warn"}  # inherited from parsloes


def test_a_rule_may_be_given_by_its_severity_alone_as_in_app_yaml(tmp_path: Path) -> None:
    own = tmp_path / "short.yaml"
    own.write_text("name: short\ntitle: Short\nextends: parsloes\nrules:\n  mention: block\n  spelling: off\n")
    profile = load_profile("short.yaml", tmp_path)
    assert profile.rules["mention"].severity == "block" and profile.rules["spelling"].severity == "off"
    assert profile.rules["pupil-name"].variants == {"forename_alone": "warn"}  # the rest still inherited


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("name: x\ntitle: X\nrules:\n  no-such-rule: {severity: block}\n", "unknown rule id 'no-such-rule'"),
        ("name: x\ntitle: X\nrules:\n  mention: {severity: loud}\n", "rules.mention.severity"),
        ("- just a list\n", "must be a mapping"),
        ("name: x\ntitle: X\nrules:\n  - pupil-name\n", "rules must be a mapping of rule id to a severity"),
        ("name: x\ntitle: X\nrules:\n  mention: [block]\n", "rules must be a mapping of rule id to a severity"),
        ("name: x\ntitle: X\nrules:\n  mention: loud\n", "rules.mention.severity"),
    ],
)
def test_broken_profiles_are_reported_clearly(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "bad.yaml").write_text(content)
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_profile("bad.yaml", tmp_path)


def test_unknown_profile_names_the_builtins() -> None:
    with pytest.raises(ConfigError, match=r"Unknown policy profile 'nope'.*parsloes"):
        load_profile("nope")
