"""`targeted-content`: posts celebrate a class or year group, never one child ("Well done Josh…")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from chatbot import messages
from chatbot.approval.draft import Draft
from chatbot.policy.aimed import aimed
from chatbot.policy.cues import Cue, cues_with_name, names_then_cue, thanks_with_name
from chatbot.policy.finding import Hit
from chatbot.policy.name_index import CALENDAR, TITLES, name_tokens
from chatbot.policy.named_groups import PLURAL, singulars
from chatbot.policy.names import names_in
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
_FIRM = re.compile(r"\s*&\s*[A-Z]")
# A post about houses or classes called after things: an ordinary word praised in it is one of them
_HOUSES = re.compile(r"\b(?:(?i:houses|house\s+(?:cup|points|captains?|winners?|competition))|[A-Z]\w+\s+House)\b")
_GROUP_FOLLOWERS = re.compile(r"\s*(?:class|team|house|group|squad|choir|year|form)\b", re.IGNORECASE)


@rule("targeted-content")
def check_targeted_content(draft: Draft, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    """A praise or birthday cue followed (or preceded) by one person's name, on the roster or not."""
    otherwise = _read_otherwise(text, ctx)  # "Happy birthday, Julia Donaldson!", "Thank you to St Mary's Church"
    seen = set(otherwise)
    for cues, name_first in ((cues_with_name, False), (names_then_cue, True)):
        for cue in cues(text.norm):
            if cue.name_start not in seen and _is_person(cue, text, ctx, roster_only=False):
                seen.add(cue.name_start)
                yield _hit(cue, text, name_first=name_first)
    for cue in thanks_with_name(text.norm):
        if cue.name_start not in seen and _is_person(cue, text, ctx, roster_only=True):
            seen.add(cue.name_start)
            yield _hit(cue, text, name_first=False)
    for start, end, who in aimed(text, ctx.names) if len(ctx.roster) else ():
        # a class read as such inside a described child ("one of our Hazel Class boys") does not hide the child
        if start not in otherwise and not (seen - otherwise).intersection(range(start, end)):
            seen.add(start)
            yield Hit(messages.targeted(who), text.span(start, end), messages.TARGETED_SUGGESTION)


def _read_otherwise(text: TextView, ctx: PolicyContext) -> set[int]:
    """Where a roster name was read as part of something or a well-known name: no child is aimed at there. A person
    merely not on the roster ("Happy birthday to Hallie Clark") may be a child, and is judged as before."""
    if not len(ctx.roster):
        return set()
    others = names_in(ctx.names, text).others
    return {other.start for other in others if not other.someone_else}


def _is_person(cue: Cue, text: TextView, ctx: PolicyContext, roster_only: bool) -> bool:
    name = cue.name
    lowered = name.lower().removesuffix("'s")
    if lowered in GROUP_WORDS or lowered in TITLES or lowered in CALENDAR or lowered in ctx.school_words:
        return False
    if _GROUP_FOLLOWERS.match(text.norm, cue.name_end) or names_a_thing(text.norm, cue.name_end):
        return False  # "Well done Robins class", "Thank you to Sky Sports"
    if _FIRM.match(text.norm, cue.name_end):
        return False  # "Thank you to Hill & Banks Joinery": a firm, and never one person
    if _plural(lowered, ctx):
        return False  # "Well done Swans": a class, house or team called after a roster name, in the plural
    on_roster = bool(ctx.names.candidates(name_tokens(name)[0])) if name_tokens(name) else False
    if not on_roster and _about_houses(text) and ctx.lexicon.is_ordinary_word(lowered):
        return False  # "the House Cup winners – well done, Kingfisher!": a house called after a bird or a tree
    return on_roster or (not roster_only and not name.isupper())


def _about_houses(text: TextView) -> bool:
    """Searched once per draft, not once per cue: a draft of many cues stays linear."""
    if "about_houses" not in text.derived:
        text.derived["about_houses"] = _HOUSES.search(text.norm) is not None
    return text.derived["about_houses"] is True


def _plural(lowered: str, ctx: PolicyContext) -> bool:
    """A plural that is no one's name: of a roster name ("Swans") or of a word ("Kestrels", "Foxes", "Butterflies"),
    read as named_groups reads a class's plural."""
    tokens = name_tokens(lowered)
    if len(tokens) != 1 or not PLURAL.fullmatch(tokens[0]) or ctx.names.candidates(tokens[0]):
        return False
    return any(ctx.names.candidates(single) or ctx.lexicon.is_ordinary_word(single) for single in singulars(tokens[0]))


def _hit(cue: Cue, text: TextView, name_first: bool) -> Hit:
    start, end = (cue.name_start, cue.end) if name_first else (cue.start, cue.name_end)
    span = text.span(start, end)
    return Hit(messages.targeted(cue.name), span, messages.TARGETED_SUGGESTION)
