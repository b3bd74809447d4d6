"""A draft's text as rules see it: normalised for matching, with every position mapped back to the original."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property

# Invisible characters that hide words from a checker or reorder what a reader sees.
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u180e\u00ad\u034f\u2061\u2062\u2063\u2064")
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
HIDDEN = ZERO_WIDTH | BIDI_CONTROLS
ZWJ = "\u200d"

# Letters from other scripts that look like Latin ones ("Jоsh" with a Cyrillic о), folded for matching only.
_CONFUSABLES = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d", "ɡ": "g", "һ": "h",
    "ӏ": "l", "ԛ": "q", "ԝ": "w", "ո": "n", "ս": "u", "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M",
    "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J",
    "α": "a", "ο": "o", "ν": "v", "ρ": "p", "τ": "t", "ι": "i", "κ": "k", "χ": "x", "Α": "A", "Β": "B",
    "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T",
    "Υ": "Y", "Χ": "X", "‘": "'", "’": "'", "ʼ": "'", "`": "'", "´": "'",
}  # fmt: skip
_FOLD = str.maketrans(_CONFUSABLES)

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

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_lower(self) -> bool:
        return self.text.islower()


def _is_pictographic(ch: str) -> bool:
    return ord(ch) >= 0x2190 and unicodedata.category(ch) == "So"


def _keeps_zwj(original: str, i: int) -> bool:
    """A zero-width joiner between two pictographs builds one emoji (a family, a profession): keep it."""
    before = original[i - 1] if i > 0 else ""
    after = original[i + 1] if i + 1 < len(original) else ""
    if before == "\ufe0f" and i > 1:
        before = original[i - 2]
    return bool(before) and bool(after) and _is_pictographic(before) and _is_pictographic(after)


def hidden_positions(original: str) -> list[int]:
    """Positions of characters that are invisible or reorder text and carry no meaning."""
    return [i for i, ch in enumerate(original) if ch in HIDDEN and not (ch == ZWJ and _keeps_zwj(original, i))]


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
        return original.translate(_FOLD), list(range(len(original)))
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(original):
        if i in hidden:
            continue
        for out in unicodedata.normalize("NFKC", ch).translate(_FOLD):
            chars.append(out)
            origin.append(i)
    return "".join(chars), origin


def _lower_keep_length(text: str) -> str:
    """Lower-case one character at a time, keeping those whose lower case is longer ("İ") as they are."""
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)
