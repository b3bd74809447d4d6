"""`offensive-language`: swearing, slurs and sexual words, however they are disguised."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from chatbot import messages
from chatbot.approval.draft import Draft
from chatbot.policy.finding import Hit, Severity
from chatbot.policy.profanity import find_profanity
from chatbot.policy.rule import rule
from chatbot.policy.text import TextView

if TYPE_CHECKING:
    from chatbot.policy.context import PolicyContext


@rule("offensive-language")
def check_offensive_language(draft: Draft, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    """Strong words block; mild or double-meaning ones ("bloody", "idiot") are at most a warning."""
    for hit in find_profanity(text):
        span = text.span(hit.start, hit.end)
        written = text.original[span[0] : span[1]]
        if hit.tier == "mild" and not hit.disguised:
            yield Hit(messages.offensive_mild(written), span, messages.OFFENSIVE_SUGGESTION, cap=Severity.WARN)
        else:
            yield Hit(messages.offensive(written, hit.disguised), span, messages.OFFENSIVE_SUGGESTION)
