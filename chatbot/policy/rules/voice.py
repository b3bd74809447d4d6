"""`collective-voice`: the school writes as "we" or as the class ("Year 4 have been…"), not as "I"."""

from __future__ import annotations

import re
from bisect import bisect_right
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
_OPENING = re.compile(r"[\"“]")
_CLOSING = re.compile(r"[\"”]")


@rule("collective-voice")
def check_collective_voice(draft: Draft, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    """First person singular outside quotation marks ("I am so proud of my class")."""
    quoted = quotations(text.norm)
    starts = [start for start, _ in quoted]
    for match in FIRST_PERSON_RE.finditer(text.norm):
        inside = bisect_right(starts, match.start()) - 1
        if inside >= 0 and match.start() < quoted[inside][1]:
            continue
        word = match.group()
        yield Hit(
            messages.FIRST_PERSON.format(word=f"“{word}”"),
            text.span(*match.span()),
            messages.FIRST_PERSON_SUGGESTION,
        )


def quotations(text: str) -> list[tuple[int, int]]:
    """Each opening quotation mark to the next closing one, in order and apart (a scan, not a regex that would
    look for a closing mark again from every opening one when there is none)."""
    found: list[tuple[int, int]] = []
    position = 0
    while (opening := _OPENING.search(text, position)) is not None:
        closing = _CLOSING.search(text, opening.end())
        if closing is None:
            break
        found.append((opening.start(), closing.end()))
        position = closing.end()
    return found
