"""A person's role, prize or debt said just before a name: "our striker Friday", "our new librarian is June"."""

from __future__ import annotations

import re

from chatbot.policy.text import Word

# A person is meant when the name is "a fantastic friend", "our reader of the week", "the first to spot"
PERSON_NOUNS = frozenset(
    "friend friends reader readers writer writers helper helpers leader leaders captain captains player players "
    "star stars member members ambassador ambassadors monitor monitors pupil pupils learner learners mathematician "
    "scientist artist author winner winners champion champions buddy buddies councillor councillors prefect "
    "prefects goalkeeper keeper scorer striker role model girl boy narrator soloist presenter host mascot chorister "
    "performer performers speller spellers "
    "singer actor actress poet speaker volunteer hero heroine superstar legend lead librarian person one pair "
    "pairing duo partners guide gardener".split()
)
_OWNERS = frozenset("our the their".split())  # before a person's role and the name: "our striker Friday"
# Given a prize: "the winner … is Autumn", "the prize goes to... Paris!", "Top marks … go to Christmas",
# "Player of the match: Nightingale"
_AWARDED = re.compile(
    r"\b(?:winners?|awards?|prizes?|marks|certificates?|troph(?:y|ies)|medals?|cups?|armbands?|badges?|shields?"
    r"|licen[cs]es?|stickers?"
    r"|player\s+of\s+the\s+\w+"
    r"|top\s+of\s+the|leaderboard|first\s+place|(?:top|highest|leading)\s+scorer"
    r"|star\s+(?:reader|writer|pupil|learner|citizen)"
    r"|star\s+of\s+the\s+\w+)\b[^.!?\n]{0,50}?(?:\b(?:is|was|goes\s+to|go\s+to|went\s+to)|:)[\s.…]*"
    r"(?:[\w'’-]+(?:,\s+(?:and\s+)?|\s+(?:and|&)\s+)){0,8}$",  # each of a list: "went to April, May and June"
    re.I,
)
# A role, then "is": "Our new Year 6 librarian is June", "Reader of the Week is April"; not "our value is Hope"
_ROLE_IS = re.compile(r"\b(?P<role>[a-z]+)(?:\s+of\s+the\s+(?:week|month|term|year|day|match))?\s+(?:is|was)[\s.…]*$")
# A person's title, then the name: "Writer of the Week: April", "Mathematician of the Month – Hope"; not "Word of
# the Week: Hope" (checked against PERSON_NOUNS)
_TITLED = re.compile(r"\b(?P<role>[a-z]+)\s+of\s+the\s+(?:week|month|term|year|day|match)\s*[:–—-]\s*$")
# A place in a race: "1st place – Nightingale", "Third place went to Swan"
_PLACED = re.compile(r"\b(?:1st|2nd|3rd|first|second|third)\s+place\s*(?:[:–—-]|goes\s+to|went\s+to|was|is)\s*$")
# Children listed as owing something: "trip forms still needed from: Christmas, Chester and Bishop", "still waiting
# on forms from Nightingale, Knight and Lincoln"; not "letters from Lincoln" (nothing owed)
_OWED = re.compile(r"\b(?:still|needed|waiting|missing|outstanding|chasing)\b[^.!?\n]{0,40}?\bfrom:?\s+"
                   r"(?:[\w'’-]+(?:,\s+(?:and\s+)?|\s+and\s+)){0,8}$")  # fmt: skip
_PAPERWORK = re.compile(r"\b(?:forms?|slips?|payments?|money|replies)\b")
_VAGUE = frozenset("one lead host pair".split())  # "the last one was Friday", "the host is Chester"
_NEAR = 80  # characters before a name where its prize or role may be said
_LIST_NEAR = 160  # or, for a list, what its children owe


def role_before(words: list[Word], i: int, lower: str) -> bool:
    """A person's role or prize just before the name: "two goals from our striker Friday", "the winner is
    Autumn", "Pupil of the Week is Prince", "1st place – Nightingale"; or what children listed still owe."""
    start = words[i].start
    if i > 1 and words[i - 1].lower in PERSON_NOUNS and words[i - 2].lower in _OWNERS:
        return True
    window = max(0, start - _NEAR)
    role = _ROLE_IS.search(lower, window, start)
    role = role or _TITLED.search(lower, window, start)
    if role is not None and role.group("role") in PERSON_NOUNS and role.group("role") not in _VAGUE:
        return True
    if _AWARDED.search(lower, window, start) or _PLACED.search(lower, window, start):
        return True
    owed = _OWED.search(lower, max(0, start - _LIST_NEAR), start)
    return owed is not None and bool(_PAPERWORK.search(lower, max(0, start - _LIST_NEAR), start))
