"""A roster name used for something else where it stands: a class or team, a quoted word, a pet, a firm, a time."""

from __future__ import annotations

import re

from chatbot.policy.cues import cue_precedes
from chatbot.policy.name_index import CALENDAR, NameEntry
from chatbot.policy.personhood import made_by, plainly_a_child
from chatbot.policy.readings import nationalities, places
from chatbot.policy.roles import role_before
from chatbot.policy.school_year import in_class, in_class_then_acts
from chatbot.policy.someone_else import TEAM_WORDS
from chatbot.policy.spoken_of import pair_with_their
from chatbot.policy.text import Word, adjacent

PLURAL_VERBS = frozenset("are were have".split())  # no one child "are": a house, a team, a class
VERSUS = frozenset("v vs versus".split())
# A word given its meaning: "saoirse, meaning 'freedom'", "seren means star", "Imani (faith)"; not where someone
# stands in a photo ("Rowan (left)")
_GLOSSED = re.compile(r",?\s+(?:meaning|means|which\s+means)\b")
# "(faith)" after a word only in a post about words ("Kwanzaa's principles: Imani (faith)"); elsewhere brackets
# say who a child is ("Grace (Reception)", "Isla (captain)") or where they stand ("Rowan (left)")
_BRACKETED = re.compile(r"\s*\(\s*[a-z][a-z ]{1,20}\)")
_ABOUT_WORDS = re.compile(r"\b(?:words?|language|principles?|meaning|means|translat\w*)\b")
_ANIMALS = (r"(?:dog|puppy|cat|kitten|rabbit|bunny|hamster|guinea\s+pig|gerbil|mouse|rat|goldfish|fish|tortoise|"
            r"snail|stick\s+insect|chicken|hen|duck|pony|horse|donkey|lamb|sheep|goat|calf|cow|pig|piglet|parrot|budgie|bear|"
            r"teddy|"
            r"dragon|mascot|puppet|robot)")  # fmt: skip
_PET = re.compile(rf"\b{_ANIMALS}s?,?\s+(?:(?:called|named|known\s+as)\s+)?$|\b{_ANIMALS}\s+(?:called|named)\s+$")
_AN_ANIMAL = re.compile(rf",\s+(?:a|an|our|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{_ANIMALS}|owl|hawk|falcon|eagle|snake|lizard"
                        r"|alpaca|llama|reindeer|penguin)s?\b")  # fmt: skip
_THE_ANIMAL = re.compile(rf"\s+the\s+(?:[\w-]+\s+)?{_ANIMALS}\b")  # "Daisy the calf", "Shelly the giant tortoise"
# What a month has, not a child: "June's value", "April's attendance figures"; not "April's painting"
SEASON_THINGS = frozenset("value theme focus word menu newsletter events diary calendar weather topic attendance "
                          "figures dates timetable bulletin".split())  # fmt: skip
# A language studied or spoken: "learning French", "speaks Polish at home", "lessons in Spanish"
_LANGUAGE_VERBS = frozenset("learning learn learns learnt learned speak speaks speaking spoke taught teaching "
                            "lessons lesson".split())  # fmt: skip
# A baby announced, named after what it is: "their baby daughter, Eleanor", "baby Arthur", "a baby boy, Noah"
_BABY = re.compile(r"\bbaby(?:\s+(?:son|daughter|boy|girl|brother|sister))?,?\s+$")
TIME_WORDS = frozenset("by on until till before after from next this last every since".split())
_OWNED = frozenset("lego minecraft pokemon barbie playmobil ipad xbox nintendo english french maths".split())
GROUPS = frozenset("class house team group form set squad classroom classrooms".split())
_QUOTES = "'\"‘’“”"
_THANKED_FOR_A_VISIT = re.compile(
    r",?\s+for\s+(?:a|an|the|our|such\s+a)\s+(?:[\w-]+\s+){0,2}?(?:trip|visit|day\s+out|stay)\b"
)


def a_word_here(words: list[Word], i: int, last: int, entry: NameEntry, lower: str) -> str | None:
    """The name used for something else: a class, house or team, a quoted or explained word, a pet, a language or
    faith, a firm's, month's or place's possessive, a day."""
    before, after = (words[i - 1] if i > 0 else None), (words[last + 1] if last + 1 < len(words) else None)
    if after is not None and after.lower in GROUPS and not words[last].lower.endswith("'s"):
        return f"'{words[i].text} {after.text}', a class, house or team"  # "Willow class", "Nightingale house"
    end = words[last].end
    glossed = _GLOSSED.match(lower, end) or (_BRACKETED.match(lower, end) and _ABOUT_WORDS.search(lower))
    if _quoted(lower, words[i].start, end) or glossed:
        return "a word explained"  # "'seren' means star", "saoirse, meaning 'freedom'", "Imani (faith)"
    if (team := _a_team(words, i, last, lower) or _a_place_visited(words[i].key, end, lower)) is not None:
        return team
    if _BABY.search(lower, max(0, words[i].start - 30), words[i].start):
        return "a baby, not a pupil"  # "the arrival of baby Arthur", "their baby daughter, Eleanor"
    if _repeated(words, i, lower):
        return "a song's or a title's words"  # "a rousing Daisy, Daisy"
    animal = _AN_ANIMAL.match(lower, words[last].end) or _THE_ANIMAL.match(lower, words[last].end)
    if _PET.search(lower, max(0, words[i].start - 40), words[i].start) or animal:
        return "an animal's name"  # "a goldfish called Bear", "our class rabbit, Bonnie", "Luna, a barn owl"
    key = words[i].key
    end = words[last].end  # "Year 5 French", "French in Year 3"; not "English (Year 5) bowled"
    lesson = _after_year(words, i) or (in_class(lower, end) and not in_class_then_acts(lower, end))
    lesson = lesson or (before is not None and before.lower in _LANGUAGE_VERBS)
    if len(entry.tokens) == 1 and key in nationalities() and (_languages(words, lower) or lesson):
        return "a language, nationality or faith"  # "English, French or Spanish?", "Islam and Judaism"
    if (owner := _an_owner(words, i, last, entry)) is not None:
        return owner
    timed = before is not None and key in CALENDAR and before.lower in TIME_WORDS
    if timed and not _said_of_a_child(words, i, last, lower):
        return "a time"  # "anything unclaimed by Friday"; not "a hat-trick from Sunday", "by Autumn herself"
    return None


def _a_place_visited(key: str, end: int, lower: str) -> str | None:
    return "a place thanked for a visit" if key in places() and _THANKED_FOR_A_VISIT.match(lower, end) else None


def _repeated(words: list[Word], i: int, lower: str) -> bool:
    """The same word twice with a comma between ("Daisy, Daisy", "Joy, Joy, Joy"): a song's words, not a child."""
    after = i + 1 < len(words) and words[i + 1].key == words[i].key and lower[words[i].end : words[i + 1].start] == ", "
    before = i > 0 and words[i - 1].key == words[i].key and lower[words[i - 1].end : words[i].start] == ", "
    return after or before


def _said_of_a_child(words: list[Word], i: int, last: int, lower: str) -> bool:
    """ "a hat-trick from Sunday", "by Autumn herself", "forms needed from: Christmas"; not a cue after the time, which
    says what happens then ("on Friday: Star of the Week certificates")."""
    said = (
        cue_precedes(lower, words[i].start) or plainly_a_child(lower, words[last].end) or role_before(words, i, lower)
    )
    said = said or made_by(words, i)  # "painted by Autumn"
    return said or pair_with_their(words, i, last, lower)  # "smiles from April and June after their duet"


def _an_owner(words: list[Word], i: int, last: int, entry: NameEntry) -> str | None:
    """A possessive that is no child's: a firm ("Fletcher's Play Equipment", a surname before capitals), a month's
    ("June's Christian value"), a place's in a post about places ("Chester's Roman walls… Old Sarum")."""
    if not words[last].lower.endswith("'s") or last + 1 >= len(words) or words[last + 1].sentence_start:
        return None
    after, key = words[last + 1], words[i].key
    if entry.kind == "surname" and after.is_capitalised:
        return "a firm"
    if _named_thing(words, last + 1):
        return f"part of '{words[i].text} {after.text}', a name"  # "Mary's Meals", "Mabel's Labels", "Stanley's Stick"
    if key in CALENDAR and any(w.lower in SEASON_THINGS for w in words[last + 1 : last + 4]):
        return "a time of year"
    if key in places() and len({w.key for w in words if w.is_capitalised and w.key in places()} - CALENDAR) >= 2:
        return "a place"  # two places, not months: "Hope's 7th birthday… the twenty-first of March. …Hope!"
    return None


def _named_thing(words: list[Word], j: int) -> bool:
    """A capitalised word after a possessive that names the thing, not what a child has: not a class, a time, a
    language or a brand a child owns ("Poppy's Lego model", "Ruby's Christmas card", "Josh's Year 3 class"), nor the
    start of a topic ("April's Great Fire of London model")."""
    after, beyond = words[j], (words[j + 1] if j + 1 < len(words) else None)
    if not after.is_capitalised or after.tagged or not after.text[1:].islower():
        return False
    beyond = beyond if beyond is not None and beyond.start - after.end == 1 and not beyond.sentence_start else None
    topic = beyond is not None and (beyond.is_capitalised or beyond.lower == "of")
    return not topic and after.key not in CALENDAR and after.key not in TEAM_WORDS and after.key not in _OWNED


def _a_team(words: list[Word], i: int, last: int, lower: str) -> str | None:
    """ "Wren are in the lead", "Kestrel v Wren": a house or team; "Ford's of Westbury": a firm."""
    before, after = (words[i - 1] if i > 0 else None), (words[last + 1] if last + 1 < len(words) else None)
    after = after if after is not None and adjacent(words[last], after, lower) and not after.sentence_start else None
    if after is not None and after.lower in PLURAL_VERBS and (before is None or before.lower not in ("and", "&")):
        return "a house or team (it 'are')"
    if (before is not None and before.lower in VERSUS) or (after is not None and after.lower in VERSUS):
        return "a team playing another"
    if before is not None and before.text == "Team" and not before.tagged and words[i].key in places():
        return "a team called after a place"  # "Team India won the relay"; "#TeamIndia" may cheer a child on
    after_next = words[last + 2] if last + 2 < len(words) else None
    if words[last].lower.endswith("'s") and after is not None and after.lower == "of" and after_next is not None:
        return "a firm" if after_next.is_capitalised else None
    return None


def _quoted(lower: str, start: int, end: int) -> bool:
    return start > 0 and end < len(lower) and lower[start - 1] in _QUOTES and lower[end] in _QUOTES


def _languages(words: list[Word], lower: str) -> bool:
    """The post is about languages: it says so, or names two languages or nationalities."""
    return "language" in lower or len({w.key for w in words if w.is_capitalised and w.key in nationalities()}) >= 2


def _after_year(words: list[Word], i: int) -> bool:
    """ "Year 5 French": a class's lesson."""
    return i > 1 and words[i - 1].text.isdigit() and words[i - 2].lower == "year"
