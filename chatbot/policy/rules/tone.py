"""`negative-tone`: the policies ask the account to share positive messages."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from chatbot import messages
from chatbot.approval.draft import Draft
from chatbot.policy.finding import Hit
from chatbot.policy.rule import rule
from chatbot.policy.sentiment import tone
from chatbot.policy.text import TextView

if TYPE_CHECKING:
    from chatbot.policy.context import PolicyContext

# Chosen on school posts: "Sadly the trip is cancelled" (-0.44) warns; "Rain did not stop us!" (+0.23) does not.
NEGATIVE_BELOW = -0.35
# VADER's negation check is quadratic in the number of words; a post is at most 280 characters, and anything
# much longer is blocked by the length rule, so the tone of its opening is enough.
TONE_WINDOW = 2_000


@rule("negative-tone")
def check_negative_tone(draft: Draft, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    """A clearly negative draft ("We are very disappointed by the behaviour of some parents")."""
    if not text.norm.strip():
        return
    score = tone(text.norm[:TONE_WINDOW])
    if score <= NEGATIVE_BELOW:
        yield Hit(messages.NEGATIVE.format(score=score), None, messages.NEGATIVE_SUGGESTION)
