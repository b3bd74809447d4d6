"""A draft's text as rules see it: normalised for matching, with every position mapped back to the original."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from chatbot.policy.characters import fold_char, hidden_positions, is_pictographic

WORD_RE = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_SENTENCE_END = re.compile(r"[.!?\n]")


@dataclass(frozen=True, slots=True)
class Word:
    """One word of the normalised text: its text, lower-case form and position in the normalised text."""

    text: str
    lower: str
    start: int
    end: int
    sentence_start: bool
    tagged: bool = False  # part of a hashtag or @handle ("#WellDoneAmelia"): a name there was put there on purpose

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_lower(self) -> bool:
        return self.text.islower()

    @property
    def key(self) -> str:
        """The lower-case word without a possessive "'s": how it is looked up in the roster and word lists."""
        return self.lower[:-2] if self.lower.endswith("'s") else self.lower


def adjacent(first: Word, second: Word, text: str) -> bool:
    """Nothing but spaces or a full stop between two words ("Mr Day", "J. Patel")."""
    return text[first.end : second.start].strip(" .") == ""


class TextView:
    """The draft's text in three forms: as written, as it would be published, and normalised for matching."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.hidden = hidden_positions(original)
        hidden = set(self.hidden)
        kept = [i for i in range(len(original)) if i not in hidden] if hidden else range(len(original))
        visible = "".join(original[i] for i in kept) if hidden else original
        lead = len(visible) - len(visible.lstrip())
        self.published = visible.strip()
        self._published_origin = kept[lead : lead + len(self.published)]
        self.norm, self._origin = _normalise(original, hidden)
        self.lower = self.norm.lower() if len(self.norm.lower()) == len(self.norm) else _lower_keep_length(self.norm)
        self.derived: dict[object, object] = {}  # what rules work out from the text, once per draft (names read)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text to the same characters in the original text."""
        if not self._origin:
            return (0, 0)
        first = self._origin[min(start, len(self._origin) - 1)]
        last = self._origin[min(max(end - 1, start), len(self._origin) - 1)]
        return (first, last + 1)

    def published_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the published text to the same characters in the original text."""
        origin = self._published_origin
        if not origin:
            return (0, 0)
        return (origin[min(start, len(origin) - 1)], origin[min(max(end - 1, start), len(origin) - 1)] + 1)

    @cached_property
    def words(self) -> list[Word]:
        words: list[Word] = []
        previous_end = 0
        for match in WORD_RE.finditer(self.norm):
            start, end = match.span()
            first = not words or bool(_SENTENCE_END.search(self.norm, previous_end, start))
            words.append(Word(match.group(), self.lower[start:end], start, end, first))
            previous_end = end
        return words


def _normalise(original: str, hidden: set[int]) -> tuple[str, list[int]]:
    if original.isascii() and not hidden:
        return original.replace("`", "'"), list(range(len(original)))
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(original):
        if i in hidden or (is_pictographic(ch) and _inside_word(original, i, hidden)):
            continue
        for out in fold_char(ch):
            chars.append(out)
            origin.append(i)
    return "".join(chars), origin


def _inside_word(original: str, i: int, hidden: set[int]) -> bool:
    """A pictograph between two letters ("Am🌟elia") splits a word for a checker, not for a reader."""
    return _letter_near(original, range(i - 1, max(-1, i - 9), -1), hidden) and _letter_near(
        original, range(i + 1, min(len(original), i + 9)), hidden
    )


def _letter_near(original: str, positions: range, hidden: set[int]) -> bool:
    """Whether the first visible, non-pictograph character among a few neighbours is a letter (bounded: linear)."""
    for j in positions:
        if j not in hidden and not is_pictographic(original[j]):
            return original[j].isalpha()
    return False


def _lower_keep_length(text: str) -> str:
    """Lower-case one character at a time, keeping those whose lower case is longer ("İ") as they are."""
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)
