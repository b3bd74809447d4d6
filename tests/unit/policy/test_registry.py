"""The registry: every text rule id is registered once, and every rule has its own test module."""

from __future__ import annotations

from pathlib import Path

from chatbot.policy.registry import ALL_RULES
from chatbot.rule_ids import RULE_IDS, TEXT_RULES

TESTS = Path(__file__).resolve().parent


def test_every_rule_is_registered_exactly_once() -> None:
    ids = [rule.rule_id for rule in ALL_RULES]
    assert sorted(ids) == sorted(RULE_IDS)
    assert set(TEXT_RULES) <= set(ids)


def test_every_rule_module_has_a_test_module() -> None:
    modules = {rule.__module__.rsplit(".", 1)[1] for rule in ALL_RULES}
    missing = [m for m in modules if not (TESTS / f"test_{m}.py").exists()]
    assert missing == []
