"""Hashtags, @handles and joined words split into the words they hide ("#WellDoneAmelia", "@AmeliaNowak2016")."""

from __future__ import annotations

import re
from collections.abc import Callable

from chatbot.policy.text import Word

_PARTS = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
_CAMEL = re.compile(r"[a-z][A-Z]|[A-Za-z]\d|\d[A-Za-z]")
MIN_HIDDEN = 4  # a roster name found inside a lower-case tag must be at least this long ("amelia", not "al")
MAX_TAG = 60


def expanded(words: list[Word], text: str, is_name: Callable[[str], bool]) -> list[Word]:
    """The words, with each hashtag, handle or camel-case run replaced by its parts (marked `tagged`)."""
    out: list[Word] = []
    for word in words:
        tag = word.start > 0 and text[word.start - 1] in "#@"
        if len(word.text) <= MAX_TAG and _CAMEL.search(word.text):
            out.extend(_camel_parts(word))
        elif tag and word.text.islower() and len(word.text) <= MAX_TAG:
            out.extend(_hidden_names(word, is_name) or [word])
        else:
            out.append(word)
    return out


def _camel_parts(word: Word) -> list[Word]:
    """The words of "WellDoneAmelia" or "AmeliaNowak2016"; "jOsHuA" and "J0shua" are disguises, left whole."""
    parts = list(_PARTS.finditer(word.text))
    letters = [m for m in parts if not m.group().isdigit()]
    digits_inside = any(m.group().isdigit() for m in parts[1:-1])
    if any(len(m.group()) < 2 for m in letters) or digits_inside or (len(letters) < 2 and len(parts) < 2):
        return [word]
    return [
        Word(m.group(), m.group().lower(), word.start + m.start(), word.start + m.end(), False, True) for m in parts
    ]


def _hidden_names(word: Word, is_name: Callable[[str], bool]) -> list[Word]:
    """Roster names inside an all-lower-case tag ("#welldoneamelia"), longest first, left to right."""
    found: list[Word] = []
    i, low = 0, word.lower
    while i <= len(low) - MIN_HIDDEN:
        size = next((n for n in range(min(14, len(low) - i), MIN_HIDDEN - 1, -1) if is_name(low[i : i + n])), 0)
        if size:
            part = word.text[i : i + size]
            found.append(Word(part.capitalize(), part, word.start + i, word.start + i + size, False, tagged=True))
        i += size or 1
    return found
