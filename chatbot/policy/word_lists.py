"""Lists of capitalised words that name classes, houses, teams or values, not pupils: "Oak and Hazel classes",
"our houses, Nightingale, Wren, Robin and Swift", "we reflect on Hope, Peace, Joy and Love"."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from chatbot.policy.person_words import PERSON_VERBS
from chatbot.policy.readings import Reading
from chatbot.policy.roles import PERSON_NOUNS
from chatbot.policy.school_year import in_class
from chatbot.policy.text import Word

# a score or a class may follow: "Swan 412, Wren 398, Kestrel 377", "Hazel (Reception), Willow (Y1)"
_SCORE = r"(?:\d{1,3}(?:,\d{3})+|\d{1,5})(?!\w)"  # "Hope 1,243"
_ITEM = rf"[A-Z][\w'’-]*(?:\s+{_SCORE}|\s+\([\w ]{{1,20}}\))?"
_LIST = re.compile(rf"(?<![#@\w]){_ITEM}(?:(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)(?<![#@]){_ITEM}(?!\w))+")
_SCORED = re.compile(rf"[A-Z][\w'’-]*\s+{_SCORE}")
GROUPS = frozenset("class classes classroom classrooms house houses team teams group groups table tables".split())
# "Our four houses, Nightingale, …", "values are Love, Joy …", "this term's focus is Joy"
_NAMED_BEFORE = re.compile(
    r"\b(?:class(?:es)?|houses?|teams?|groups?|values?|virtues?|focus|theme|word\s+of\s+the\s+\w+)\b"
    r"(?:[^.!?\n]{0,40}?\b(?:is|are|was|were)\b|\s+names?(?:\s+for\s+\w+)?\s*:)?\s*[,:]?\s*$",
    re.IGNORECASE,
)
# "Our Christian value this half term is Faith.": one word named as a value, a class or a house; not what a class
# has ("Rowan Class's Star of the Week is Brooklyn, who…")
_ONE_NAMED = re.compile(
    r"\b(?i:values?|virtues?|focus|theme|word\s+of\s+the\s+\w+|class|house)\b(?!['’]s)[^.!?\n]{0,40}?(?:\b(?i:is|are|was)|:)"
    r"\s+(?P<item>[A-Z][\w'’-]*)(?!\w)(?!,?\s+(?:[A-Z]|who\b))"
)
_NAMED_AFTER = re.compile(r",?\s+(?:are\s+)?(?:the|our)\s+(?:new\s+)?names\s+(?:of|for)\b", re.IGNORECASE)
MIN_WORDS = 3  # "Hope, Peace, Joy and Love": a list this long, mostly not pupils' names, is a list of words


def word_lists(words: list[Word], text: str, roster_kind: Callable[[str], str | None],
               starts_full_name: Callable[[int], int | None]) -> dict[int, Reading]:  # fmt: skip
    """Each word index inside such a list. `roster_kind(key)` says "unusual" (a name that is no ordinary word),
    "ordinary" (a roster name that is also a word) or None (no pupil's name); a pupil's full name later in the
    post is never read as the list's word."""
    starts = [w.start for w in words]
    marks: dict[int, Reading] = {}
    for match in _LIST.finditer(text):
        first, after = bisect_left(starts, match.start()), bisect_left(starts, match.end())
        items = [i for i in range(first, after) if words[i].is_capitalised and not words[i].tagged]
        what = _what(words, items, text, match, roster_kind)
        if what is not None:
            reading = Reading(first, after - 1, match.group(), what)
            marks.update(dict.fromkeys(items, reading))
    for match in _ONE_NAMED.finditer(text):
        i = bisect_left(starts, match.start("item"))
        acts = i + 1 < len(words) and words[i + 1].lower in PERSON_VERBS  # "Rowan Class today: Storm read her…"
        child = i < len(words) and in_class(text, words[i].end)  # "top scorer… was Achterberg in Year 5"
        if i < len(words) and words[i].start == match.start("item") and not acts and not child and not _a_role(match):
            marks.setdefault(i, Reading(i, i, match.group("item"), "a value, class or house named"))
    return _named_again(words, marks, starts_full_name)


def _a_role(match: re.Match[str]) -> bool:
    """ "Attenborough Class Reader of the Week is April", "Top scorer in the house quiz was Marsh": a person's role is
    named in the sentence, not the class or house."""
    text, start = match.string, match.start()
    opening = max(text.rfind(mark, max(0, start - 60), start) for mark in ".!?\n") + 1
    said = text[max(opening, start - 60) : match.start("item")].lower()
    return any(word.strip(",:;'’") in PERSON_NOUNS for word in said.split())


def _named_again(words: list[Word], marks: dict[int, Reading],
                 starts_full_name: Callable[[int], int | None]) -> dict[int, Reading]:  # fmt: skip
    """A word read as a house or value keeps that reading later in the post ("Nightingale raised the most")."""
    named = {words[i].lower.removesuffix("'s"): reading for i, reading in marks.items()}
    for i, word in enumerate(words):
        reading = named.get(word.lower.removesuffix("'s")) if word.is_capitalised else None
        if reading is not None and i not in marks and i > reading.last and starts_full_name(i) is None:
            marks[i] = Reading(i, i, word.text, f"named before as one of '{reading.phrase}'")
    return marks


def _what(words: list[Word], items: list[int], text: str, match: re.Match[str],
          roster_kind: Callable[[str], str | None]) -> str | None:  # fmt: skip
    if not items:
        return None
    unusual = any(roster_kind(words[i].key) == "unusual" for i in items)
    if len(_SCORED.findall(match.group())) >= MIN_WORDS and not unusual:
        return "the scores of houses or teams"  # "House points: Swan 412, Wren 398, Kestrel 377"
    following = words[items[-1] + 1] if items[-1] + 1 < len(words) else None
    if following is not None and following.lower in GROUPS and not following.sentence_start:
        return "the names of classes, houses or teams"
    if _NAMED_AFTER.match(text, match.end()):
        return "the names of things"  # "Hope, Grace, Joy and Faith, the names of our four reading nooks"
    if _NAMED_BEFORE.search(text[max(0, match.start() - 60) : match.start()]):
        return "the names of classes, houses, teams or values"
    kinds = [roster_kind(words[i].lower.removesuffix("'s")) for i in items]
    if len(items) >= MIN_WORDS and None in kinds and "unusual" not in kinds:
        return "a list of words"
    return None
