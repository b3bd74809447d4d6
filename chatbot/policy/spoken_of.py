"""Whether the sentences around a name speak to it or of it as a person: "…, Austin.", "She…", "their"."""

from __future__ import annotations

import re

from chatbot.policy.name_index import TITLES
from chatbot.policy.text import Word

_VOCATIVE_END = re.compile(r"\s*!")  # "Proud of you, Brody!"; not a list ending "…, Spain, India."
# Spoken to after what is said to a person: "We'll miss you, Austin.", "Thanks for everything, Austin."
_SPOKEN_TO = re.compile(
    r"\b(?:you|done|luck|congratulations|congrats|birthday|thanks|thank|bye|goodbye|welcome)\b[^.!?]{0,40}?,\s*$"
)
# Thanked or praised, the name between commas: "Thank you, Lincoln, for showing our visitors around"
_THANKED = re.compile(r"\b(?:thank\s+you|thanks|well\s+done|congratulations|congrats|good\s+luck),\s$")
_AFTER = re.compile(r",\s")
_SENTENCE_ENDS = re.compile(r"\s*(?:[.!?…]|$)")
# The next sentence says she or he: "…is… Star! She really earned it"
_NEXT_SAYS = re.compile(r"\s*[.!?…:]+\s+(?:she|he|her|his)\s", re.I)
_SENTENCE = 60  # words
_SHE_OR_HE = frozenset("she he she's he's she'll he'll she'd he'd".split())  # opening the next sentence
_THEY = frozenset("their they they've they're they'd".split())
_WHERE_OR_WHEN = frozenset(
    "in at to from near on until till since of into during around across through visit visited visiting".split()
)


def spoken_to(words: list[Word], i: int, last: int, lower: str) -> bool:
    """Spoken to, so a person whatever the word meant before: "Proud of you, Brody!", "You did it, Blessing!",
    "Thanks for everything, Austin.", "Thank you, Lincoln, for…"; not the end of a list ("visitors from Spain,
    Italy, India.")."""
    start, end = words[i].start, words[last].end
    if lower[max(0, start - 2) : start] != ", ":
        return False
    thanked = _THANKED.search(lower, max(0, start - 30), start) and _AFTER.match(lower, end)
    if _VOCATIVE_END.match(lower, end) or thanked:
        return True
    said = _SPOKEN_TO.search(lower, max(0, start - 60), start) and _SENTENCE_ENDS.match(lower, end)
    return bool(said) and i > 0 and not words[i - 1].is_capitalised


def pair_with_their(words: list[Word], i: int, last: int, lower: str) -> bool:
    """Two joined by "and", then "their" or "they" in the same sentence: "April and June after their duet"; not a
    list ("Scotland, Wales and Northern Ireland… how they fit together")."""
    if i >= 2 and words[i - 1].lower == "and" and _standing_alone(words, i - 2):
        first = i - 2
    elif last + 2 < len(words) and words[last + 1].lower == "and" and _standing_alone(words, last + 2):
        first = i
    else:
        return False
    if lower[max(0, words[first].start - 2) : words[first].start] == ", " or not _standing_alone(words, last):
        return False
    return said_later(words, last + 1, _THEY, 11)


def said_later(words: list[Word], j: int, wanted: frozenset[str], reach: int) -> bool:
    """One of `wanted` among the next `reach` words, in the same sentence."""
    for word in words[j : j + reach]:
        if word.sentence_start:
            return False
        if word.lower in wanted:
            return True
    return False


def _standing_alone(words: list[Word], k: int) -> bool:
    """A capitalised word that is not part of a longer name ("Northern Ireland")."""
    following = words[k + 1] if k + 1 < len(words) else None
    joined = following is not None and following.is_capitalised and not following.sentence_start
    return words[k].is_capitalised and not joined


def she_next(words: list[Word], i: int, last: int, lower: str) -> bool:
    """She or he opening the next sentence (her or his right after the name's), when no one with a title is in
    the name's sentence and the name does not follow a word of place or time: "…is… Star! She really earned it",
    "Can you spot May in our photo? She drew…"; not "Mrs Lee joined us in May. She…" nor "We visited Chester. He…"."""
    if i > 0 and words[i - 1].lower in _WHERE_OR_WHEN:
        return False
    # a sentence's words at most: a hostile run of names with no full stop must not be read end to end per name
    first = next((k for k in range(i, max(-1, i - _SENTENCE), -1) if words[k].sentence_start or k == 0), None)
    ahead = range(last + 1, min(len(words), last + _SENTENCE))
    following = next(
        (k for k in ahead if words[k].sentence_start or _she_opens(words[k])),
        len(words) if len(words) < last + _SENTENCE else None,
    )
    if first is None or following is None:
        return False
    opening = words[following].lower if following < len(words) else ""
    said = opening in _SHE_OR_HE or bool(_NEXT_SAYS.match(lower, words[last].end))
    return said and not any(w.lower in TITLES for w in words[first:following])


def _she_opens(word: Word) -> bool:
    """ "She" with its capital opens a sentence, after an emoji too ("…hoodie 🎨 She's a real artist")."""
    return word.text[:1] in "SH" and word.lower in _SHE_OR_HE
