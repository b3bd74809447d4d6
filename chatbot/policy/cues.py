"""Phrases that aim a post at one person ("Well done …", "Happy birthday …"), shared by the name rules."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from chatbot.policy.characters import is_word_character

_PREFIX = r"(?:(?:a\s+)?(?:very\s+|big\s+|huge\s+|massive\s+|special\s+|super\s+)*)"
_CORE = (
    r"(?:well\s+done|congratulations|congrats|happy\s+(?:\d{1,2}(?:st|nd|rd|th)\s+)?birthday|good\s+luck"
    r"|get\s+well\s+soon|proud\s+of|bravo|shout[\s-]?out|star\s+of\s+the\s+week(?:\s+(?:is|goes\s+to))?"
    r"|special\s+mention|praise\s+for|award\s+goes\s+to|certificate\s+(?:goes\s+)?to|(?:three\s+)?cheers\s+for"
    r"|well\s+played|(?:brilliant|great|fantastic|amazing|excellent|superb|wonderful)\s+"
    r"(?:work|effort|writing|reading|performance|goal|save|try|catch|tackle|assist)\s+(?:from|by)"
    r"|(?:hat[\s-]?trick|(?:double\s+)?save|goal|try|catch|wicket|tackle|assist|interception)\s+(?:from|by))"
)
_CUE = _PREFIX + _CORE
CUE_BEFORE_NAME = re.compile(_CUE + r"(?:\s+(?:to|for))?[\s,!:]*$", re.IGNORECASE)
CUE_AFTER_NAME = re.compile(r"^[\s,!:]*" + _CUE, re.IGNORECASE)
# The cue in any case; the name must start with a capital letter. Searched without its "a very big" prefix,
# which is then read backwards: matching the prefix forwards retried it from every word of a long run.
_CORE_WITH_NAME = re.compile(r"\b(?i:" + _CORE + r"(?:\s+(?:to|for))?)[\s,!:]+(?P<name>[A-Z][\w'-]*)")
_INTENSIFIER = re.compile(r"(?i:very|big|huge|massive|special|super)")
_ARTICLE = re.compile(r"(?i:a)")
_LONGEST_PREFIX_WORD = 7
THANKS_WITH_NAME = re.compile(r"\b(?i:thank\s+you|thanks)(?:\s+(?i:to|for))?[\s,!:]+(?P<name>[A-Z][\w'-]*)")
# A name at the start of the text, a line or a sentence ("[.!?] then spaces", or "a newline then spaces
# other than newlines"): the same names as a lookbehind followed by \s*, without rescanning blank lines.
NAME_THEN_CUE = re.compile(r"(?:^|\n[^\S\n]*|[.!?]\s*)(?P<name>[A-Z][\w'-]*)\s*[,!:]\s*(?i:" + _CUE + ")")
_LOOKBACK = 60
_TARGET = re.compile(r"\s+(?:to|for)\s+\w")  # whom a cue is for, said after it
# The last word of every cue (and of "to" and "for" after one): a window ending otherwise cannot end in a cue, and
# is not searched (a search costs microseconds, at every name of a long draft).
_CUE_ENDINGS = ("done", "congratulations", "congrats", "birthday", "luck", "soon", "of", "bravo", "out", "week", "is",
                "to", "mention", "for", "from", "by", "played")  # fmt: skip


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue and the name it is aimed at: where the whole phrase starts and ends, and where the name is."""

    start: int
    end: int
    name_start: int
    name_end: int
    name: str

    @classmethod
    def of(cls, match: re.Match[str], start: int | None = None) -> Cue:
        first = match.start() if start is None else start
        return cls(first, match.end(), match.start("name"), match.end("name"), match.group("name"))


def cues_with_name(text: str) -> Iterator[Cue]:
    """ "(A very big) well done (to) Name": the matches `_CUE` followed by a name would give, in linear time."""
    floor = 0
    for match in _CORE_WITH_NAME.finditer(text):
        start = _prefix_start(text, match.start(), floor)
        yield Cue.of(match, start)
        floor = match.end()


def names_then_cue(text: str) -> Iterator[Cue]:
    """ "Name, well done": a name opening a sentence or a line, then a cue; not a heading whose cue names its own
    target ("Newsletter: congratulations to Chester class")."""
    return (Cue.of(match) for match in NAME_THEN_CUE.finditer(text) if not _heading(text, match))


def _heading(text: str, match: re.Match[str]) -> bool:
    colon = text.find(":", match.end("name"), match.end())
    return colon >= 0 and text[match.end("name") : colon].strip() == "" and bool(_TARGET.match(text, match.end()))


def thanks_with_name(text: str) -> Iterator[Cue]:
    return (Cue.of(match) for match in THANKS_WITH_NAME.finditer(text))


def _prefix_start(text: str, start: int, floor: int) -> int:
    """Back from a cue over "very", "big"… and one "a" before them, never before `floor`."""
    while (word := _word_before(text, start, floor)) is not None and _INTENSIFIER.fullmatch(text, *word):
        start = word[0]
    word = _word_before(text, start, floor)
    return word[0] if word is not None and _ARTICLE.fullmatch(text, *word) else start


def _word_before(text: str, position: int, floor: int) -> tuple[int, int] | None:
    """The whole short word, then whitespace, just before `position` (not before `floor`), if there is one."""
    space = position
    while space > floor and text[space - 1].isspace():
        space -= 1
    word = space
    while word > floor and space - word <= _LONGEST_PREFIX_WORD and is_word_character(text[word - 1]):
        word -= 1
    if space == position or word == space or (word > 0 and is_word_character(text[word - 1])):
        return None
    return word, space


def cue_precedes(lower_text: str, start: int) -> bool:
    """True when the words just before `start` are a targeting cue ("… well done to ")."""
    window = lower_text[max(0, start - _LOOKBACK) : start]
    end = len(window)
    while end and (window[end - 1].isspace() or window[end - 1] in ",!:"):
        end -= 1
    return window[max(0, end - 16) : end].casefold().endswith(_CUE_ENDINGS) and bool(CUE_BEFORE_NAME.search(window))


def cue_follows(lower_text: str, end: int) -> bool:
    return bool(CUE_AFTER_NAME.match(lower_text[end : end + _LOOKBACK]))
