"""The shape of a rule: a pure function of (draft, its text, the context) that yields hits."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Protocol

from chatbot.approval.draft import Draft
from chatbot.policy.finding import Hit
from chatbot.policy.text import TextView

if TYPE_CHECKING:
    from chatbot.policy.context import PolicyContext

RuleFunction = Callable[[Draft, TextView, "PolicyContext"], Iterable[Hit]]


class Rule(Protocol):
    rule_id: str

    def __call__(self, draft: Draft, text: TextView, ctx: PolicyContext) -> Iterable[Hit]: ...


def rule(rule_id: str) -> Callable[[RuleFunction], Rule]:
    """Stamp a rule function with its id; the registry lists rules explicitly, so importing one activates nothing."""

    def stamp(function: RuleFunction) -> Rule:
        function.rule_id = rule_id  # type: ignore[attr-defined]
        return function  # type: ignore[return-value]

    return stamp
