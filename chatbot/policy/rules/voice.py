"""`collective-voice`: the school writes as "we" or as the class ("Year 4 have been…"), not as "I"."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from chatbot import messages
from chatbot.approval.draft import Draft
from chatbot.policy.finding import Hit
from chatbot.policy.rule import rule
from chatbot.policy.text import TextView

if TYPE_CHECKING:
    from chatbot.policy.context import PolicyContext

FIRST_PERSON_RE = re.compile(r"(?<![\w'])(?:I|i|I'm|I've|I'll|I'd|i'm|i've|me|my|mine|myself)(?![\w'])")
_QUOTED_RE = re.compile(r"[\"“][^\"”]*[\"”]")


@rule("collective-voice")
def check_collective_voice(draft: Draft, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    """First person singular outside quotation marks ("I am so proud of my class")."""
    quoted = [m.span() for m in _QUOTED_RE.finditer(text.norm)]
    for match in FIRST_PERSON_RE.finditer(text.norm):
        if any(a <= match.start() < b for a, b in quoted):
            continue
        word = match.group()
        yield Hit(
            messages.FIRST_PERSON.format(word=f"“{word}”"),
            text.span(*match.span()),
            messages.FIRST_PERSON_SUGGESTION,
        )
