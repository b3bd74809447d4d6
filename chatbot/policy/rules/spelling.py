"""`spelling`: British English, offline; names, hashtags, handles, links and school words are not misspellings."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate
from typing import TYPE_CHECKING

from chatbot import messages
from chatbot.approval.draft import Draft
from chatbot.policy.finding import Hit
from chatbot.policy.profanity import lookup
from chatbot.policy.rule import rule
from chatbot.policy.rules.text_speak import vocabulary as text_speak_vocabulary
from chatbot.policy.text import TextView, Word
from chatbot.policy.urls import find_urls

if TYPE_CHECKING:
    from chatbot.policy.context import PolicyContext

_BETWEEN_SPACES = re.compile(r"[^ ]+")
_ADDRESS_LIKE = re.compile(r"(?:https?://|www\.)[^\s<>\"]+", re.IGNORECASE)  # a link to us, if not to X
MAX_SUGGESTIONS = 3  # each costs up to ~2 ms; beyond three the author has bigger problems than one word


@rule("spelling")
def check_spelling(draft: Draft, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    """Words the en_GB dictionary does not know, with a suggestion for the first few."""
    skip = sorted(_skipped_ranges(text))
    starts, reach = [a for a, _ in skip], list(accumulate((b for _, b in skip), max))
    suggestions_left = MAX_SUGGESTIONS
    for word in text.words:
        if _exempt(word, text, ctx) or _inside(word.start, starts, reach):
            continue
        if ctx.lexicon.is_word(word.text) or ctx.lexicon.is_word(word.lower):
            continue
        suggestion = ctx.lexicon.suggest(word.text) if suggestions_left > 0 else None
        suggestions_left -= 1
        hint = f"Did you mean “{suggestion}”?" if suggestion else None
        yield Hit(messages.misspelt(word.text), text.span(word.start, word.end), hint)


def _inside(position: int, starts: list[int], reach: list[int]) -> bool:
    """Whether a position falls in one of the sorted ranges (`reach` is the furthest end so far)."""
    index = bisect_right(starts, position) - 1
    return index >= 0 and position < reach[index]


def _skipped_ranges(text: TextView) -> list[tuple[int, int]]:
    """Links (and what was meant as one) and e-mail addresses are checked by other rules, not spelled."""
    ranges = [(u.start, u.end) for u in find_urls(text.norm)]
    ranges += [m.span() for m in _ADDRESS_LIKE.finditer(text.norm)]
    if "@" in text.norm:  # the piece between spaces around each "@", each piece once however many it holds
        ranges += [m.span() for m in _BETWEEN_SPACES.finditer(text.norm) if "@" in m.group()]
    return ranges


def _exempt(word: Word, text: TextView, ctx: PolicyContext) -> bool:
    token = word.lower.removesuffix("'s")
    if len(token) < 2 or not token.replace("'", "").isalpha() or (word.text.isupper() and len(word.text) > 1):
        return True
    if word.start > 0 and text.norm[word.start - 1] in "#@":
        return True
    if word.is_capitalised and not word.sentence_start:
        return True  # a proper noun: a place, a person, an event
    if token in ctx.school_words or ctx.names.candidates(token):
        return True
    return token in text_speak_vocabulary() or lookup(token) is not None
