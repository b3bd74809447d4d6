"""What makes a word that could be a name read as a person: what is done, said or owned around it."""

from __future__ import annotations

import re

from chatbot.policy.cues import cue_follows, cue_precedes
from chatbot.policy.name_index import CALENDAR
from chatbot.policy.person_words import (
    ACHIEVED,
    ADVERBS,
    AUXILIARIES,
    DETERMINERS,
    FAMILY,
    IRREGULAR_PAST,
    PERSON_ING,
    PERSON_VERBS,
    PRONOUNS,
)
from chatbot.policy.relative_days import WEEKDAYS
from chatbot.policy.results_lists import in_class_results
from chatbot.policy.roles import PERSON_NOUNS, role_before
from chatbot.policy.school_year import in_class
from chatbot.policy.spoken_of import pair_with_their, said_later, she_next, spoken_to
from chatbot.policy.text import Word

_BOARD = r"on\s+board\s+(?:one|two|three|four|five|six|\d)"  # a chess player's place in a match
_POSITION = re.compile(rf"\s+(?:in\s+goal|at\s+the\s+back|up\s+front|in\s+defence|in\s+midfield|{_BOARD})\b")
_LINE_UP = re.compile(r"\b(?:tries|goals?|scored|scorers?|squad|relay|in\s+goal|at\s+the\s+back|up\s+front|line-?up"
                      r"|wickets?|innings|partnership|bowled|batted|tackles?|assists?"
                      rf"|team\s+sheet|picked|selected|leaderboard|podium|{_BOARD})\b")  # fmt: skip
# "is standing next to"; not "in" or "at" ("River dipping in the stream", "Willow weaving in Year 3")
_AFTER_DOING = DETERMINERS | {"next"}
# Spoken to at the start: "Ruby, thank you for the drawing", "Destiny, you were brilliant"
_ADDRESSED = re.compile(r",\s+(?:thank\s+you|thanks|you\b|your\b|well\s+done|congratulations|happy\s+birthday"
                        r"|good\s+luck|we\s+(?:are|were|'re)\s+(?:so\s+)?proud"
                        r"|(?:can|could|did|do|have|are|were|will|would)\s+you\b)", re.I)  # fmt: skip
# Said of a person beside the name: "Amber, our Year 3 librarian,", "young Christmas in goal", "by Autumn herself"
_APPOSITION = re.compile(r",\s+(?:our|the)\s+(?P<said>(?:[\w-]+\s+){0,5}[\w-]+)", re.I)
_SELF = re.compile(r"\s+(?:herself|himself)\b", re.I)
_YOUNG = re.compile(r"\byoung\s+$", re.I)
_THEN_SHE = re.compile(r"\s*:\s+(?:she|he)\s", re.I)  # "chosen by Summer: she loves dragons"
# Seen or heard doing something: "lovely to see June reading", "hearing April tell us"
_PERCEIVED = frozenset("see saw seeing seen hear heard hearing watch watched watching".split())
_WHO = re.compile(r",?\s+who(?:se)?\s", re.I)  # "Autumn, who is six today"; a place is "which"
# Called on the register and answering: "'Christmas?' – 'Present!'", "'April?' 'Here, Miss!'"
_ANSWERS_REGISTER = re.compile(r"\?['’\"”]\s*[–—:-]?\s*['‘\"“](?:present|here|yes)\b", re.I)
_COPULA = re.compile(r"\s+(?:is|was|has\s+been|will\s+be)\s+(?:(?:a|an|our|the|one\s+of\s+our)\s+)?"
                     r"(?P<rest>[^.!?]{0,60})", re.I)  # fmt: skip
# "Storm was first to spot…", "Sunday was the first in, as always", "Wales was first home", "Nightingale – first in
# again"; not "Monday was the first in a series" (a day, first of something)
_FIRST_TO = re.compile(r"(?:\s+was|\s*[–—-])\s+(?:the\s+)?(?:first|last|quickest|fastest)\s+(?:to\s|home\b|back\b"
                       r"|in\b(?!\s+(?:a|an|the|our|this|that|its|their|his|her|line|\d)\b))", re.I)  # fmt: skip
# A sport's deed said of the name: "was outstanding in goal", "touched first", "our top board"; not "came third" (a
# vote can rank the seasons)
_DEED = re.compile(r"\s+(?:(?:was|has\s+been)\s+(?:[a-z]+\s+){0,2}?(?:in\s+goal|at\s+the\s+back|in\s+defence)"
                   r"|touched\s+(?:in\s+)?(?:first|second|third|last)\b)"
                   r"|,\s+(?:our|the)\s+(?:top|first|second|third|number\s+\w+)\s+board\b", re.I)  # fmt: skip
# A race won by the name: "the girls' race was won by Marsh"; not a title or a cup, which houses and teams win
_WON_BY = re.compile(r"\b(?:race|sprint|heat|dash)\s+(?:was\s+)?won\s+by\s+$", re.I)
_SEASONS = frozenset("spring summer autumn winter".split())
_AND_FRIENDS = re.compile(r"\s+(?:and\s+(?:(?:his|her|their)\s+\w+|friends)|with\s+(?:the|his|her|their)\b)", re.I)


def reads_as_person(words: list[Word], i: int, last: int, lower: str) -> bool:
    """True when what surrounds words[i..last] says a person is meant, whatever the words are."""
    first, final = words[i], words[last]
    following = words[last + 1] if last + 1 < len(words) else None
    if cue_precedes(lower, first.start) or cue_follows(lower, final.end):
        return True
    if final.lower.endswith("'s") and following is not None and not following.sentence_start and not _weekday(final):
        return True  # "Poppy's painting", "Josh's Lego model"; "St George's Day" was read as a name before this
    won = bool(_WON_BY.search(lower, max(0, first.start - 40), first.start))
    won = won or in_class_results(lower, first.start, final.end)  # "Year 6 points leader: Swan, with 42"
    if in_class(lower, final.end) or spoken_to(words, i, last, lower) or _described(lower, final.end) or won:
        return True
    addressed = first.sentence_start and _ADDRESSED.match(lower, final.end)
    if (
        role_before(words, i, lower)
        or addressed
        or said_beside(lower, first.start, final.end)
        or _in_line_up(lower, first, final)
    ):
        return True
    if following is not None and following.is_lower and _verb(words, last + 1, lower) and _acts(words, last + 1):
        return True
    past = following is not None and (following.lower.endswith("ed") or following.lower in IRREGULAR_PAST)
    if past and _pronoun_in_sentence(words, last + 1):
        return True  # "Daisy cried at drop-off on her first day", "Autumn lost her first tooth"
    perceived = i > 0 and words[i - 1].lower in _PERCEIVED and following is not None and following.is_lower
    if perceived or made_by(words, i):
        return True  # "lovely to see June reading to the Reception children", "painted by Autumn"
    if following is not None and _doing_something(words, last + 1):
        return True  # a photo's caption: "Willow leading the warm-up"
    if pair_with_their(words, i, last, lower) or she_next(words, i, last, lower):
        return True
    return _opens_sentence(words, i, lower) and bool(_AND_FRIENDS.match(lower, final.end))


def made_by(words: list[Word], i: int) -> bool:
    """What a person made or won: "every leaf was painted by Autumn"; not "in by Autumn half term" or a deadline
    ("shields made by Friday", "costumes sewn by Christmas": a day, a month or a festival)."""
    deadline = words[i].key in CALENDAR and words[i].key not in _SEASONS
    return i > 1 and words[i - 1].lower == "by" and words[i - 2].lower in ACHIEVED and not deadline


def _verb(words: list[Word], j: int, lower: str) -> bool:
    """Something a person does, alone or hyphenated ("Bishop top-scored", split into "top" and "scored")."""
    joined = j + 1 < len(words) and lower[words[j].end : words[j + 1].start] == "-"
    return words[j].lower in PERSON_VERBS or (joined and f"{words[j].lower}-{words[j + 1].lower}" in PERSON_VERBS)


def _in_line_up(lower: str, first: Word, final: Word) -> bool:
    """Listed, or given a position, in a sentence about a match or a race: "tries from Friday, Nightingale and
    Knight", "Swan in goal, Chester and Love at the back"; not a list of houses ("Hope 1,243, Joy 1,198")."""
    start, end = first.start, final.end
    listed = lower[max(0, start - 2) : start] in (", ", ": ") or lower[max(0, start - 5) : start] == " and "
    listed = (
        listed or lower[end : end + 2] == ", " or lower[end : end + 5] == " and " or bool(_POSITION.match(lower, end))
    )
    if not listed:
        return False
    opening = max(start - 161, *(lower.rfind(mark, max(0, start - 160), start) for mark in ".!?\n"))
    closing = min((k for k in (lower.find(mark, end, end + 160) for mark in ".!?\n") if k >= 0), default=end + 160)
    sentence = lower[opening + 1 : closing]
    return bool(_LINE_UP.search(sentence)) and "house" not in sentence


def _opens_sentence(words: list[Word], i: int, lower: str) -> bool:
    """The subject of a sentence or a caption: its first word, or the second of two joined ("Photo: Summer and
    Chester with the giant leek")."""
    joined = i >= 2 and words[i - 1].lower == "and" and words[i - 2].is_capitalised and _begins(words, i - 2, lower)
    return _begins(words, i, lower) or joined


def _begins(words: list[Word], k: int, lower: str) -> bool:
    return words[k].sentence_start or lower[max(0, words[k].start - 2) : words[k].start] == ": "


def _weekday(word: Word) -> bool:
    """ "Friday's assembly" is the day's, even where a pupil is surnamed Friday; "April's painting" may be a child's."""
    return word.key in WEEKDAYS


def said_beside(lower: str, start: int, end: int) -> bool:
    """A person's noun in apposition, "herself" or "young" before."""
    beside = _APPOSITION.match(lower, end)
    if beside is not None and any(w in PERSON_NOUNS for w in beside.group("said").lower().split()):
        return True
    young = _YOUNG.search(lower, max(0, start - 8), start)
    return bool(_SELF.match(lower, end) or young)


def described_as_person(lower: str, end: int) -> bool:
    """What is said right after the words makes them a person ("… has been our Reception helper")."""
    return _described(lower, end) or in_class(lower, end)


def plainly_a_child(lower: str, end: int) -> bool:
    """ "Florence in Year 2", "by Autumn herself", "by Summer: she…", "Star has been a brilliant helper": a child,
    whatever the word meant before ("after Easter. She loves…" may be anyone's she)."""
    said = _SELF.match(lower, end) or _THEN_SHE.match(lower, end) or _described(lower, end)
    return in_class(lower, end) or bool(said)


def _acts(words: list[Word], j: int) -> bool:
    """The verb after the name is something a person does; "is"/"has" only with a pronoun or an achievement."""
    return words[j].lower not in AUXILIARIES or _pronoun_in_sentence(words, j) or achieved(words, j)


def answers_register(text: str, end: int) -> bool:
    return bool(_ANSWERS_REGISTER.match(text, end))


def _described(lower: str, end: int) -> bool:
    """What is said of the name makes it a person: "Autumn, who is six", "Daisy has been a fantastic friend",
    "Miracle is our Year 3 reader of the week", "Storm was first to spot the frogspawn", "'Christmas?' –
    'Present!'"."""
    if _WHO.match(lower, end) or _FIRST_TO.match(lower, end) or answers_register(lower, end) or _DEED.match(lower, end):
        return True
    said = _COPULA.match(lower, end)
    return said is not None and any(w.strip(",;:'") in PERSON_NOUNS for w in said.group("rest").split()[:6])


def _doing_something(words: list[Word], j: int) -> bool:
    """ "Willow leading the warm-up", "Chester proudly holding his certificate", "is having a brilliant time",
    "has been helping the younger children"."""
    start = j
    while j < len(words) and (words[j].lower.endswith("ly") or words[j].lower in AUXILIARIES | ADVERBS):
        j += 1
    if j < len(words) and words[j].lower == "been":
        j += 1
    after = words[j + 1] if j + 1 < len(words) else None
    if j >= len(words) or not words[j].lower.endswith("ing") or words[j].sentence_start:
        return False
    told = j > start and words[j].lower in PERSON_ING  # "has been reading"; not "Summer reading challenge"
    close = after is not None and after.start - words[j].end == 1  # "warning 🌬️ The Met Office": not its object
    return told or (close and after.lower in _AFTER_DOING and not after.sentence_start)  # type: ignore[union-attr]


def achieved(words: list[Word], j: int) -> bool:
    """After "has"/"was": an achievement, straight away or after "been" ("has been chosen")."""
    ahead = [w.lower for w in words[j + 1 : j + 5] if w.lower not in ADVERBS][:2]
    return bool(ahead) and (ahead[0] in ACHIEVED or (ahead[0] == "been" and len(ahead) > 1 and ahead[1] in ACHIEVED))


def cue_around(words: list[Word], i: int, last: int, lower: str) -> bool:
    return cue_precedes(lower, words[i].start) or cue_follows(lower, words[last].end)


def _pronoun_in_sentence(words: list[Word], j: int) -> bool:
    """he, she, his or her later in the same sentence ("Hope has worked so hard on her reading")."""
    return said_later(words, j, PRONOUNS, 25)


def family_of(words: list[Word], last: int) -> bool:
    """ "the Day twins": a surname made a person by the family word after it."""
    return last + 1 < len(words) and words[last + 1].lower in FAMILY
