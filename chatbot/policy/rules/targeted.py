"""`targeted-content`: posts celebrate a class or year group, never one child ("Well done Josh…")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from chatbot import messages
from chatbot.approval.draft import Draft
from chatbot.policy.cues import CUE_WITH_NAME, NAME_THEN_CUE, THANKS_WITH_NAME
from chatbot.policy.finding import Hit
from chatbot.policy.name_index import CALENDAR, TITLES, name_tokens
from chatbot.policy.readings import names_a_thing
from chatbot.policy.rule import rule
from chatbot.policy.text import TextView

if TYPE_CHECKING:
    from chatbot.policy.context import PolicyContext

# Words after "Well done …" that address a group, not a person.
GROUP_WORDS = frozenset(
    "year years class classes reception nursery everyone everybody all team teams our the you your this "
    "these those key ks1 ks2 eyfs children pupils parents families staff students girls boys squad choir "
    "school we us group groups house houses form forms both each every everyone's y1 y2 y3 y4 y5 y6 yr "
    "england scotland wales ireland britain uk gb lionesses friends".split()
)
_GROUP_FOLLOWERS = re.compile(r"\s*(?:class|team|house|group|squad|choir|year|form)\b", re.IGNORECASE)


@rule("targeted-content")
def check_targeted_content(draft: Draft, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    """A praise or birthday cue followed (or preceded) by one person's name, on the roster or not."""
    seen: set[int] = set()
    for pattern in (CUE_WITH_NAME, NAME_THEN_CUE):
        for match in pattern.finditer(text.norm):
            if _is_person(match, text, ctx, roster_only=False) and match.start("name") not in seen:
                seen.add(match.start("name"))
                yield _hit(match, text, name_first=pattern is NAME_THEN_CUE)
    for match in THANKS_WITH_NAME.finditer(text.norm):
        if _is_person(match, text, ctx, roster_only=True) and match.start("name") not in seen:
            yield _hit(match, text, name_first=False)


def _is_person(match: re.Match[str], text: TextView, ctx: PolicyContext, roster_only: bool) -> bool:
    name = match.group("name")
    lowered = name.lower().removesuffix("'s")
    if lowered in GROUP_WORDS or lowered in TITLES or lowered in CALENDAR or lowered in ctx.school_words:
        return False
    if _GROUP_FOLLOWERS.match(text.norm, match.end("name")) or names_a_thing(text.norm, match.end("name")):
        return False  # "Well done Robins class", "Thank you to Sky Sports"
    on_roster = bool(ctx.names.candidates(name_tokens(name)[0])) if name_tokens(name) else False
    return on_roster or (not roster_only and not name.isupper())


def _hit(match: re.Match[str], text: TextView, name_first: bool) -> Hit:
    start, end = (match.start("name"), match.end()) if name_first else (match.start(), match.end("name"))
    span = text.span(start, end)
    return Hit(messages.targeted(match.group("name")), span, messages.TARGETED_SUGGESTION)
