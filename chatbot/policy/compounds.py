"""Hashtags, @handles and joined words split into the words they hide ("#WellDoneAmelia", "@AmeliaNowak2016")."""

from __future__ import annotations

import re
from collections.abc import Callable

from chatbot.policy.obfuscation import spellings
from chatbot.policy.text import Word

_PARTS = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
_CAMEL = re.compile(r"[a-z][A-Z]|[A-Za-z]\d|\d[A-Za-z]")
MIN_HIDDEN = 4  # a roster name found inside a lower-case tag must be at least this long ("amelia", not "al")
MAX_TAG = 60
_CLASS_CODE = re.compile(r"Y\d{1,2}|\d[A-Z]")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)  # "1st Rivers": a place in a race, not a saint
# What makes a word in a tag a child: "#WellDoneHope", "#happybirthdayprince", "#teamreign", "#SuperstarSummer",
# an award ("#GoldenBookAmber"); without one, a word is the campaign's ("#HopeSpringsEternal", "#AutumnWatch")
TAG_CUES = ("welldone", "birthday", "starofthe", "superstar", "congrat", "proudof", "goodluck", "getwell",
            "shoutout", "bravo", "thankyou", "thanks", "team", "welcome", "cheers", "champion", "hero", "twins",
            "family", "brothers", "sisters", "artist", "reader", "writer", "player", "scientist", "author", "poet",
            "captain", "goon", "comeon", "goldenticket", "brilliant", "amazing", "fantastic", "legend",
            "goldenbook", "award", "winner", "prize", "certificate", "medal", "trophy", "halloffame", "whizz",
            "mathematician", "helper", "speller", "ambassador", "hatsoff")  # fmt: skip
LEADING_CUES = frozenset(("go", "yay", "comeon"))  # a whole tag's start: "#GoWillow"; not "#GoGreenWeek"
# A greeting as the whole tag's start: a child ("#HappyHolly"), unless a festival or a time is greeted ("#HappyEaster")
GREETING_CUES = frozenset(("happy", "merry"))


def tag_cued(lower: str, start: int, end: int, greeted: bool = True) -> bool:
    """Whether the rest of the hashtag or handle around lower[start:end] is a cue that the name is a child's;
    `greeted`: whether a greeting before the name is one ("#HappyHolly"; not for "#HappyEaster")."""
    first, after = start, end
    while first > 0 and (lower[first - 1].isalnum() or lower[first - 1] == "_"):
        first -= 1
    while after < len(lower) and (lower[after].isalnum() or lower[after] == "_"):
        after += 1
    if first == 0 or lower[first - 1] not in "#@":
        return False
    rest = lower[first:start] + " " + lower[end:after]
    leading = lower[first:start]
    return leading in LEADING_CUES or (greeted and leading in GREETING_CUES) or any(cue in rest for cue in TAG_CUES)


def expanded(words: list[Word], text: str, is_name: Callable[[str], bool],
             is_any_name: Callable[[str], bool] = lambda key: False,
             joined_full: Callable[[str], int | None] = lambda key: None,
             is_word: Callable[[str], bool] = lambda key: False) -> list[Word]:  # fmt: skip
    """The words, with each hashtag, handle or camel-case run replaced by its parts (marked `tagged`). Inside a
    lower-case tag, `is_name` finds names that are no ordinary word, unless inside one (`is_word`: "#dmprimary"
    holds no Mary); after a cue ("#teamstorm"), `is_any_name`."""
    out: list[Word] = []
    for word in _underscored(words, text):
        tag = word.start > 0 and text[word.start - 1] in "#@_"
        whole = any(is_any_name(spelt) for spelt in spellings(word.lower))  # "MacDonald", "0wusu" (Owusu disguised)
        if len(word.text) <= MAX_TAG and _CAMEL.search(word.text) and not whole and not _ORDINAL.fullmatch(word.text):
            out.extend(_camel_parts(word))
        elif tag and word.text.islower() and len(word.text) <= MAX_TAG:
            found = _cued_name(word, is_any_name) or _full_names(word, joined_full)
            out.extend(found or _hidden_names(word, is_name, is_word) or [word])
        else:
            out.append(word)
    return out


def _camel_parts(word: Word) -> list[Word]:
    """The words of "WellDoneAmelia" or "AmeliaNowak2016"; "jOsHuA" and "J0shua" are disguises, left whole."""
    parts = list(_PARTS.finditer(word.text))
    if len(parts) > 2 and _CLASS_CODE.fullmatch(parts[-2].group() + parts[-1].group()):
        parts = parts[:-2]  # "HollyMarshY6": a class code after the name
    letters = [m for m in parts if not m.group().isdigit()]
    # "Jo5hua" is a disguise, left whole; "MaisieRose100Books" is words, a capital after the digits
    digits_inside = any(m.group().isdigit() and parts[k + 1].group()[0].islower() for k, m in enumerate(parts[:-1]))
    digits_inside = digits_inside and len(parts) > 2
    if any(len(m.group()) < 2 for m in letters) or digits_inside or (len(letters) < 2 and len(parts) < 2):
        return [word]
    return [
        Word(m.group(), m.group().lower(), word.start + m.start(), word.start + m.end(), False, True) for m in parts
    ]


def _underscored(words: list[Word], text: str) -> list[Word]:
    """ "@luna_rivers_football": a handle's underscored parts as words of their own (each still a tag's part)."""
    out: list[Word] = []
    for word in words:
        tag = word.start > 0 and text[word.start - 1] in "#@"
        if not tag or "_" not in word.text or len(word.text) > MAX_TAG:
            out.append(word)
            continue
        for part in re.finditer(r"[^_]+", word.text):
            start = word.start + part.start()
            out.append(Word(part.group(), part.group().lower(), start, start + len(part.group()), False, True))
    return out


def _full_names(word: Word, joined_full: Callable[[str], int | None]) -> list[Word]:
    """ "@otisswanreviews": a pupil's forename and surname written together, inside a lower-case tag."""
    low = word.lower
    for i in range(len(low)):
        for end in range(len(low), i + 5, -1):
            cut = joined_full(low[i:end])
            if cut is not None:
                first, middle = word.start + i, word.start + i + cut
                return [Word(low[i : i + cut].capitalize(), low[i : i + cut], first, middle, False, True),
                        Word(low[i + cut : end].capitalize(), low[i + cut : end], middle, word.start + end, False,
                             True)]  # fmt: skip
    return []


def _cued_name(word: Word, is_any_name: Callable[[str], bool]) -> list[Word]:
    """ "#happybirthdayprince", "#teamstorm": a cue, then exactly a roster name, even one that is also a word."""
    for cue in TAG_CUES:
        found = word.lower.find(cue)
        rest = word.lower[found + len(cue) :] if found >= 0 else ""
        if len(rest) >= 3 and is_any_name(rest):
            at = len(word.lower) - len(rest)
            return [Word(word.text[:at], word.lower[:at], word.start, word.start + at, False, tagged=True),
                    Word(rest.capitalize(), rest, word.start + at, word.end, False, tagged=True)]  # fmt: skip
    return []


_SAINTS = ("saint", "st")
_AROUND = 6  # letters a word holding a name may have before it, and up to half that after ("primary", "marysville")


def _inside_word(low: str, start: int, end: int, is_word: Callable[[str], bool]) -> bool:
    """Whether an ordinary word at least two letters longer covers low[start:end]."""
    spans = ((a, b) for a in range(max(0, start - _AROUND), start + 1)
             for b in range(end, min(len(low), end + _AROUND // 2) + 1) if b - a >= end - start + 2)  # fmt: skip
    return any(is_word(low[a:b]) for a, b in spans)


def _hidden_names(word: Word, is_name: Callable[[str], bool], is_word: Callable[[str], bool]) -> list[Word]:
    """Roster names inside an all-lower-case tag ("#welldoneamelia"), longest first, left to right."""
    found: list[Word] = []
    i, low = 0, word.lower
    while i <= len(low) - MIN_HIDDEN:
        size = next((n for n in range(min(14, len(low) - i), MIN_HIDDEN - 1, -1) if is_name(low[i : i + n])), 0)
        if size and _inside_word(low, i, i + size, is_word):
            size = 0  # "prim|ary" is the word primary, not Mary
        if size:
            part = word.text[i : i + size]
            saint = next((t for t in _SAINTS if low.endswith(t, 0, i)), "")  # "#stgeorge" names the saint
            if saint:
                at = word.start + i - len(saint)
                found.append(Word(saint.capitalize(), saint, at, word.start + i, False, tagged=True))
            found.append(Word(part.capitalize(), part, word.start + i, word.start + i + size, False, tagged=True))
        i += size or 1
    return found
