"""A forename that is a word of the subject the post is about: the chess King, the garden's Ivy, worship's Joy."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from chatbot.policy.lexicon import data_lines
from chatbot.policy.person_words import ACHIEVED, AUXILIARIES, DETERMINERS, PERSON_VERBS, PRONOUNS
from chatbot.policy.personhood import achieved, cue_around, plainly_a_child, said_beside
from chatbot.policy.roles import PERSON_NOUNS, role_before
from chatbot.policy.spoken_of import spoken_to
from chatbot.policy.text import Word

_POST = 80  # words: about a post's length
_REACH = 25  # words either side of the name in which a pronoun still belongs to its sentence
_PERSON_WORDS = PRONOUNS | PERSON_NOUNS  # "her sunflower", "this year's flower monitors"
_MATCH_VERBS = frozenset("beat beaten drew lost".split())  # one player against another: "Knight beat King"
# What a thing does as well as a person: "what Joy looks like", "the Queen takes the Rook", "Ivy runs along…"
_THINGS_DO = AUXILIARIES | frozenset("looks comes goes makes takes turns gets starts shows leads runs reads".split())
# Chores a person does to something, never a plant or a piece: "Rose waters the seedlings", "Ivy runs the stall";
# not "Ivy runs along the fence"
_TENDS = frozenset("waters weeds feeds tends digs sows prunes harvests sells runs organises".split())


@dataclass(frozen=True, slots=True)
class Domain:
    subject: str
    names: frozenset[str]  # forenames that are this subject's words
    signs: frozenset[str]  # words that show a post is about the subject


@cache
def _domains() -> tuple[Domain, ...]:
    found = []
    for line in data_lines("domains.txt"):
        subject, names, signs = (part.split() for part in line.split("|"))
        found.append(Domain(" ".join(subject), frozenset(names), frozenset(signs)))
    return tuple(found)


def subject_word(words: list[Word], i: int, lower: str) -> str | None:
    """The subject whose word words[i] is, when the post is about that subject and nothing makes it a person."""
    key = words[i].key
    domain = next((d for d in _domains() if key in d.names and _about(words, i, d)), None)
    if domain is None or _marked_as_person(words, i, lower):
        return None
    return domain.subject


def _about(words: list[Word], i: int, domain: Domain) -> bool:
    """A word of the subject near the name ("Chess club…", "dug up the potatoes"): a post's length either side,
    not the whole draft, so a long draft of such names stays linear."""
    near = range(max(0, i - _POST), min(len(words), i + _POST))
    return any(words[k].lower.removesuffix("'s") in domain.signs for k in near if k != i)


def _marked_as_person(words: list[Word], i: int, lower: str) -> bool:
    """What a teacher reads as a child whatever the subject: a cue ("well done"), a class or role, being spoken to,
    a possession, a deed, or a person's word (he, her, players, monitors) in the sentence."""
    word = words[i]
    if cue_around(words, i, i, lower) or plainly_a_child(lower, word.end):
        return True
    said = role_before(words, i, lower) or said_beside(lower, word.start, word.end) or spoken_to(words, i, i, lower)
    if said or word.lower.endswith("'s"):
        return True  # "our striker King", "Bishop, our chess captain,", "Well played, King!", "King's drawing"
    if _did(words, i + 1) or _done_by(words, i):
        return True
    return _in_sentence(words, i, _PERSON_WORDS)


def _did(words: list[Word], j: int) -> bool:
    """Something a person does after the name: "Holly planted the bulbs", "Knight beat…", "King loves a good
    endgame", "Hope has shown real courage"; not "what Joy looks like", "the Queen takes" nor "Ivy is winning"."""
    verb = words[j].lower if j < len(words) and words[j].is_lower else ""
    done = (verb in PERSON_VERBS or verb in _MATCH_VERBS) and verb not in _THINGS_DO
    tends = verb in _TENDS and j + 1 < len(words) and words[j + 1].lower in DETERMINERS
    return done or tends or verb.endswith("ed") or (verb in AUXILIARIES and achieved(words, j))


def _done_by(words: list[Word], i: int) -> bool:
    """Done by the name, or beaten by another: "read aloud by Ivy", "Knight beat King"."""
    before = [w.lower for w in words[max(0, i - 4) : i]]
    if before and before[-1] == "by":
        return any(w in ACHIEVED or w in PERSON_VERBS for w in before[:-1])
    return len(before) >= 2 and before[-1] in _MATCH_VERBS and words[i - 2].is_capitalised


def _in_sentence(words: list[Word], i: int, wanted: frozenset[str]) -> bool:
    """One of `wanted` in the name's sentence, a sentence's words at most either side however long the draft; a
    lower-case word after "!" goes on with it ("Rose and Ivy (yes, really!) make up this year's monitors")."""
    after = range(i + 1, min(len(words), i + _REACH))
    later = next((k for k in after if words[k].sentence_start and not words[k].is_lower), i + _REACH)
    before = range(i, max(-1, i - _REACH), -1)
    first = next((k for k in before if words[k].sentence_start and not words[k].is_lower), i - _REACH)
    return any(words[k].lower in wanted for k in range(max(0, first), min(len(words), later)) if k != i)
