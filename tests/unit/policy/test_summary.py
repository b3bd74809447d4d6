"""The policy in plain words follows app.yaml's overrides: a rule switched off disappears, a changed one moves."""

from __future__ import annotations

from chatbot.policy.summary import rules_in_force
from tests.drafting import context


def test_overrides_change_what_is_listed_and_its_order() -> None:
    default = {r.rule: r.severity for r in rules_in_force(context())}
    assert default["pupil-name"] == "block" and default["spelling"] == "warn"
    changed = rules_in_force(context(rules={"spelling": "block", "text-speak": "off"}))
    names = [r.rule for r in changed]
    assert "text-speak" not in names
    assert names.index("spelling") < min(i for i, r in enumerate(changed) if r.severity.startswith("warn"))
    assert all(r.clause for r in changed)
