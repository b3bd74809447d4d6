"""How one roster name is read where it stands: a pupil, no sign either way, or something else (and why)."""

from __future__ import annotations

from typing import Literal

from chatbot.policy.compounds import tag_cued
from chatbot.policy.domains import subject_word
from chatbot.policy.name_index import CALENDAR, CHILD_TITLES, NameEntry, NameIndex
from chatbot.policy.named_groups import named_group_after, singulars
from chatbot.policy.other_uses import a_word_here
from chatbot.policy.personhood import (
    cue_around,
    described_as_person,
    family_of,
    plainly_a_child,
    reads_as_person,
)
from chatbot.policy.plain_words import festivals, plainly_a_word
from chatbot.policy.readings import Reading, nationalities, places, starts
from chatbot.policy.results_lists import placed
from chatbot.policy.roles import role_before
from chatbot.policy.someone_else import someone_after, someone_before
from chatbot.policy.spoken_of import spoken_to
from chatbot.policy.text import Word, adjacent

# "unsaid": an ordinary word ("Bear", "WILL") taken for a name only because it is capitalised, nothing said of it
Judged = Literal["strong", "ambiguous", "unsaid"]
SOMEONE = "someone not on the roster"
# words that come before a thing, never before a child: "how much Joy", "Pure Joy!"
QUANTITIES = frozenset("much more less such pure sheer utter".split())
# before a thing, with at most two describing words between: "an Archer", "your favourite Bear", "a tiny King"
ARTICLES = frozenset("a an your my its every each another".split())
_BETWEEN_NOT = frozenset("of to for from with by and or at in on as than about thank thanks you well done".split())


def judge(
    index: NameIndex,
    words: list[Word],
    i: int,
    last: int,
    entry: NameEntry,
    lower: str,
    reading: Reading | None,
    earlier: dict[str, str],
) -> tuple[Judged | None, str | None]:
    """Whether a roster name here is a pupil ("strong"), no evidence either way (None), or something else (why).
    `earlier` holds what the same words were read as before in the post."""
    if reading is not None and not _child_after_all(index, words, reading, lower):
        return None, reading.what if reading.what.startswith("listed") else f"part of '{reading.phrase}'"
    if entry.kind == "full":
        return "strong", None
    if any(w.tagged for w in words[i : last + 1]):  # "#LoveReading" is not a child surnamed Love
        plain = entry.ordinary or words[i].key in CALENDAR  # "#HappyEaster", "#AutumnWatch": the campaign's
        festive = words[i].key in CALENDAR or words[i].key in festivals()
        cued = tag_cued(lower, words[i].start, words[last].end, greeted=not festive)
        return ("strong", None) if not plain or cued else (None, None)
    if (other := _other_reading(index, words, i, last, entry, lower, earlier)) is not None:
        return None, other
    if entry.ordinary and all(w.is_lower for w in words[i : last + 1]) and not cue_around(words, i, last, lower):
        return None, None  # "the jumper day raised £156": a lower-case word before a verb is no child
    if reads_as_person(words, i, last, lower) or (entry.kind == "surname" and _family(words, i, last)):
        return "strong", None
    if (podium := placed(lower, words[i].start, lambda key: index.roster_kind(key) is not None)) is not None:
        return ("strong", None) if podium else (None, "a house or team placed")  # "1st Rivers, 2nd Swan"
    if named_group_after(words, last, lambda plural: _namesake(index, plural)):
        return "strong", None  # "Joy from Merlins has been…": a class called after birds, with the child in it
    return _without_evidence(words, i, last, entry)


def _other_reading(
    index: NameIndex, words: list[Word], i: int, last: int, entry: NameEntry, lower: str, earlier: dict[str, str]
) -> str | None:
    """What else the name is here: "the Hope", someone else's name, a saint, or what the same word meant before."""
    before, single = (words[i - 1] if i > 0 else None), len(entry.tokens) == 1
    if (word := plainly_a_word(words, i, last, entry, lower) or a_word_here(words, i, last, entry, lower)) is not None:
        return word
    if single and entry.ordinary and (subject := subject_word(words, i, lower)) is not None:
        return f"a {subject} word"  # "Protect your King" in chess club, "Ivy is winning" behind the garden shed
    if before is not None and before.lower == "the" and not (entry.kind == "surname" and family_of(words, last)):
        return f"'the {words[i].text}'"
    if before is not None and before.lower in QUANTITIES and entry.ordinary:
        return f"'{before.text} {words[i].text}'"  # "how much Joy comes from kindness"
    if entry.kind == "forename" and (someone := someone_after(index, words, last, lower)):
        return f"part of '{words[i].text} {someone}', {SOMEONE}"
    if entry.kind == "surname" and (firm := _firm_after(index, words, last, lower)):
        return f"part of '{words[i].text} {firm}', a name or firm"
    if single and (forename := someone_before(index, words, i, lower)):
        return f"part of '{forename} {words[i].text}', {SOMEONE}"
    if before is not None and before.tagged and before.lower in starts() and adjacent(before, words[i], lower):
        return f"part of '{before.text} {words[i].text}'"  # "#stgeorge": a saint inside a tag
    if single and (phrase := earlier.get(words[i].key)) and not _child_now(words, i, phrase, lower):
        return f"the same as '{phrase}' before"  # "St George's Day… George is the patron saint of…"
    return None


def _firm_after(index: NameIndex, words: list[Word], last: int, lower: str) -> str | None:
    """A roster surname before a capitalised word that is no pupil's name: "Taylor Wimpey", "Baker Ross"; a pupil
    is never written surname first before someone else's name."""
    after = someone_after(index, words, last, lower)
    return after if after is not None and not index.candidates(after.lower()) else None


def _child_now(words: list[Word], i: int, phrase: str, lower: str) -> bool:
    """Plainly a child here, whatever the word meant before; or spoken to after a word read alone as a place or a
    time ("goodbye to Austin… We'll miss you, Austin."), not after a longer name ("@TomJacksonFC… Thanks, Tom!");
    or given a role or prize ("Our Star of the Week is… Star!")."""
    alone = phrase.lower() == words[i].key
    return (
        plainly_a_child(lower, words[i].end)
        or (alone and spoken_to(words, i, i, lower))
        or role_before(words, i, lower)
    )


def _child_after_all(index: NameIndex, words: list[Word], reading: Reading, lower: str) -> bool:
    """Two words read as a place, one of them a forename, said to be a child ("Jacob Wood in Oak Class", "Little
    Bear has been our Reception helper") or made a captain in a tag ("#CaptainSkye"); not "Pancake Day in Year 2"."""
    if reading.last != reading.first + 1 or reading.what == "known":  # "Star Baker of the Year 5 Bake Off"
        return False
    pair = words[reading.first : reading.last + 1]
    forename = any(e.kind == "forename" for w in pair for e in index.candidates(w.key))
    captain = pair[0].tagged and pair[0].lower in CHILD_TITLES  # "#CaptainSkye"
    return forename and (captain or described_as_person(lower, words[reading.last].end))


def _namesake(index: NameIndex, plural: str) -> bool:
    """The plural of an ordinary word and no place: "Kites", "Buzzards"; not "Wales" or "Leeds"."""
    return plural not in places() and any(index.is_word(word) for word in singulars(plural))


def _family(words: list[Word], i: int, last: int) -> bool:
    """ "the Day twins"; not "Irish and English families" (a nationality)."""
    return family_of(words, last) and words[i].key not in nationalities()


def _without_evidence(words: list[Word], i: int, last: int, entry: NameEntry) -> tuple[Judged | None, str | None]:
    first = words[i]
    if all(w.is_lower for w in words[i : last + 1]):
        return (None, None) if entry.ordinary else ("strong", None)  # "we hope"; "amelia" is still Amelia
    key = first.key
    if key in CALENDAR:
        return None, "a time of year"
    if key in places():
        return None, "a place"
    following = words[last + 1] if last + 1 < len(words) else None
    if key in nationalities() and ((following is not None and following.is_lower) or _in_language(words, i)):
        return None, "a language or nationality"
    if entry.ordinary and (first.sentence_start or entry.kind == "surname"):
        return None, None  # "Hope is our value", "Marsh" alone: no sign of a child
    if entry.ordinary and following is not None and following.is_capitalised and not following.sentence_start:
        return None, None  # "our Rose Garden"
    if entry.ordinary and (article := _article_before(words, i)) is not None:
        return None, f"'{article} {first.text}', a thing"
    return ("unsaid" if entry.ordinary else "strong"), None


def _article_before(words: list[Word], i: int) -> str | None:
    """ "an Archer", "your favourite Bear", "a tiny King": the article and the describing words before the name."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if words[k].lower in ARTICLES:
            return " ".join(w.text for w in words[k:i])
        if not words[k].is_lower or words[k].lower in _BETWEEN_NOT or words[k + 1].sentence_start:
            return None
    return None


def _in_language(words: list[Word], i: int) -> bool:
    """ "written in English", "in French and English"."""
    before = [w.lower for w in words[max(0, i - 2) : i]]
    return bool(before) and (before[-1] == "in" or (before[-1] in ("and", "or") and before[0] in nationalities()))
