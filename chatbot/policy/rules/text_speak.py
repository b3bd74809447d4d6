"""`text-speak`: school posts use full words, not lol, gr8, l8r, u or "thx 4 coming"."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from chatbot import messages
from chatbot.approval.draft import Draft
from chatbot.policy.finding import Hit
from chatbot.policy.lexicon import data_lines
from chatbot.policy.rule import rule
from chatbot.policy.text import TextView, Word

if TYPE_CHECKING:
    from chatbot.policy.context import PolicyContext

# Text language only when written in lower case: in capitals these are other things ("Class R", "500 BC", "Ty").
LOWER_CASE_ONLY = frozenset({"r", "y", "bc", "ty", "np", "tx", "cu", "cos", "pic", "pics"})
# "2" and "4" standing for "to" and "for": after a word that is not a counter ("Year 4"), before one of these.
_NUMBER_CONTEXT = frozenset(
    "year years class key stage group team under u y ks table page chapter no number set level grade step phase "
    "part round size room unit book".split()
)
# A result counted after its verb: "won 3, drew 1 and lost 2", "scored 4": a number, never "to" or "for"
_RESULTS = frozenset("won win wins drew draw draws lost lose loses beat scored scores scoring tied".split())
_AFTER_AS_WORD = frozenset("the a an you u me us all everyone your ur my our school see come go be help join".split())
_THANKS = frozenset({"thanks", "thank", "thx", "ty", "thnx", "thanx"})
_QUOTATION = re.compile(r"(?<![\w'])['\"‘“][^'\"‘’“”\n]{4,240}?['\"’”](?!\w)")
MIN_QUOTED_WORDS = 3
_TOKEN_RE = re.compile(r"[A-Za-z0-9]+(?:['/][A-Za-z0-9]+)?")


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, str | None]:
    pairs = (line.split("\t") for line in data_lines("textspeak.txt"))
    return {token: (None if fix == "-" else fix) for token, fix in pairs}


@rule("text-speak")
def check_text_speak(draft: Draft, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    """Listed text language ("gr8", "thx", "u"), and 2/4 used for to/for; never "U11", "4G pitch", "2nd" or "2B"."""
    known, quoted = vocabulary(), _quotations(text.norm)
    for match in _TOKEN_RE.finditer(text.norm):
        token = match.group()
        lowered = token.lower()
        if lowered in known and _counts(token, match, text.norm) and not any(a <= match.start() < b for a, b in quoted):
            yield _hit(token, known[lowered], text.span(*match.span()))
    yield from _digit_words(text)


def _quotations(norm: str) -> list[tuple[int, int]]:
    """Words quoted from someone else, three or more of them: a song's "Every little thing gonna be alright"."""
    return [m.span() for m in _QUOTATION.finditer(norm) if len(m.group().split()) >= MIN_QUOTED_WORDS]


def _counts(token: str, match: re.Match[str], norm: str) -> bool:
    if token.lower() in LOWER_CASE_ONLY and not token.islower():
        return False
    if len(token) == 1 and (norm[match.end() : match.end() + 1] == "." or norm[max(0, match.start() - 1)] == "."):
        return False  # "U.K.", "J.P." — initials and abbreviations
    return not (match.start() > 0 and norm[match.start() - 1] in "@#")


def _digit_words(text: TextView) -> Iterable[Hit]:
    words = text.words
    for i, word in enumerate(words[1:-1], start=1):
        money = word.start > 0 and text.norm[word.start - 1] in "£$€"  # "book bags £2. All proceeds…"
        if word.text in ("2", "4") and not money and _used_as_word(words[i - 1], words[i + 1]):
            yield _hit(word.text, "to" if word.text == "2" else "for", text.span(word.start, word.end))


def _used_as_word(before: Word, after: Word) -> bool:
    if not before.text.isalpha() or before.lower in _NUMBER_CONTEXT | _RESULTS:
        return False
    return after.lower in _AFTER_AS_WORD or (before.lower in _THANKS and after.lower.endswith("ing"))


def _hit(token: str, fix: str | None, span: tuple[int, int]) -> Hit:
    suggestion = f"Write “{fix}”." if fix else f"Remove “{token}”."
    return Hit(messages.text_speak(token), span, suggestion)
