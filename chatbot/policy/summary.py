"""The policy in plain words: each rule in force, how strictly, and the clause it comes from."""

from __future__ import annotations

from dataclasses import dataclass

from chatbot.policy.context import PolicyContext


@dataclass(frozen=True)
class RuleInForce:
    rule: str
    severity: str  # block, warn or info; with images it may be stricter
    clause: str


def rules_in_force(ctx: PolicyContext) -> list[RuleInForce]:
    """Blocking rules first, then warnings, then what is only recorded; rules switched off are left out."""
    order = {"block": 0, "warn": 1, "info": 2}
    found = []
    for rule_id, config in ctx.rules.items():
        if not config.enabled:
            continue
        severity = config.severity if config.severity != "off" else f"{config.with_image} (with photos)"
        if config.with_image not in (None, "off", config.severity) and config.severity != "off":
            severity = f"{config.severity} ({config.with_image} with photos)"
        found.append(RuleInForce(rule_id, severity, config.clause or ""))
    return sorted(found, key=lambda r: (order.get(r.severity.split()[0], 3), r.rule))
