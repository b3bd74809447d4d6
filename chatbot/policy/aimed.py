"""Posts aimed at one child without a cue right beside the name: one pupil the whole post is about, a pupil named
in a sentence that praises, greets or says goodbye ("We miss you, Keanu!"), or one child described instead of named
("Happy birthday to our head girl!", "the Year 6 boy who scored the winning penalty")."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from chatbot.policy.compounds import tag_cued
from chatbot.policy.name_index import NameIndex
from chatbot.policy.names import NameMatch, names_in
from chatbot.policy.text import TextView

PERSONAL = re.compile(
    r"\b(?:happy\s+(?:\d{1,2}(?:st|nd|rd|th)\s+)?birthday|well\s+done|congratulations|congrats|proud\s+of\s+you"
    r"|miss\s+you|good\s+luck|welcome\s+(?:to|back)|get\s+well|you\s+did\s+it|you\s+were\s+(?:amazing|brilliant"
    r"|fantastic|wonderful|a\s+star)|cheers\s+for|star\s+of\s+the\s+week|bravo|mubarak|thank\s+you|thanks)\b",
    re.IGNORECASE,
)
# A single child described: "our head girl", "the Year 2 boy who…", "our brave Year 4 footballer"
DESCRIBED = re.compile(
    r"\b(?:to|for)\s+(?:our|the)\s+(?:only\s+|very\s+own\s+)?(?:[a-z]+\s+){0,2}?(?:(?:year\s*\d|reception)\s+)?"
    r"(?:head\s+(?:girl|boy)|girl|boy|footballer|pupil|child|player|swimmer|dancer|reader|writer)\b(?![s'’])",
    re.IGNORECASE,
)
_CHILD = (r"(?:boy|girl|lad|lass|pupil|child|friend|sister|brother|student|footballer|swimmer|dancer|reader|writer"
          r"|player|singer|champion|arrival|starter|youngster|goalkeeper|keeper|captain|striker|runner|gymnast"
          r"|violinist|pianist|cellist|drummer|guitarist|artist|poet|baker|speller|mathematician"
          r"|scientist|gardener|helper|guide|twin|superstar|member)")  # fmt: skip
# One of a group, singled out ("one of our Year 2 boys got his head stuck", "…in your thoughts"); not one quoted
# ("one of our Year 2 pupils said it best")
_SAID = r"said|says|told|tells|asked|asks|thought|knew|answered|explained|put\s+it|summed"
_YEAR = r"(?:year\s*\d|y(?:r\s*)?\d|class\s*\d|reception|nursery|[a-z]+\s+class)"  # "Year 5", "Y5", "Yr 5"
# "the only Welsh speaker in Year 3", "the only left-hander in Year 5": one child, whatever the noun; not a class,
# a team or a time ("the only trip in Year 6")
_NOT_ONE = r"(?:class|team|group|house|day|time|trip|week|term|lesson|visit|event|children|people|one\s+of)\b"
# One child singled out by class, by a superlative or by how they look, in any sentence (not "if you have a Reception
# child", anyone's): "the Year 5 pupil who is
# moving", "our tallest Year 4 pupil", "the girl in Year 6 who wrote", "a curly-haired Year 5 girl with", "one of
# our Year 6 girls has"; not a group ("our Year 6 pupils") nor an award's name ("our Year 3 reader of the week").
SINGLED_OUT = re.compile(
    rf"\b(?<!have\s)(?<!has\s)(?<!had\s)(?<!any\s)(?<!every\s)(?:(?:the|our|which|one|a(?:\s+certain)?)\s+(?:(?:[a-z-]+\s+){{0,3}}?{_YEAR}\s+(?:[a-z-]+\s+){{0,2}}?{_CHILD}"
    rf"|(?:[a-z]+\s+){{0,2}}?[a-z]+est\s+(?:{_YEAR}\s+)?{_CHILD}|(?:[a-z-]+\s+){{0,2}}?{_CHILD}(?=,?\s+(?:in|from)\s+(?:our\s+|the\s+)?{_YEAR}))"
    rf"\b(?![s'’])(?!\s+of\s+the\s+(?:week|month|term|year))"
    rf"|one\s+of\s+our\s+(?:[a-z-]+\s+){{0,2}}?(?:{_YEAR}\s+)?(?:girls|boys|pupils|children|twins|triplets)\b(?!['’]|\s+(?:{_SAID})\b)"
    rf"|(?:the|our)\s+only\s+(?!{_NOT_ONE})(?:[a-z-]+\s+){{0,2}}?(?!{_NOT_ONE})[a-z-]+(?<!s)\s+(?:in|from)\s+(?:our\s+|the\s+)?{_YEAR}\b"
    rf"|someone\s+in\s+{_YEAR}\b|to\s+the\s+(?:[a-z-]+\s+){{0,2}}?{_CHILD}\s+who\b|(?:the|our)\s+new\s+{_CHILD}\b(?![s'’]))",
    re.IGNORECASE,
)
# A new baby in a staff post ("maternity leave… meeting the new arrival"): the arrival is no pupil
_BABY = re.compile(r"\b(?:baby|babies|maternity|paternity|newborn|born)\b|👶", re.IGNORECASE)
_ONE_PERSON = re.compile(r"\b(?:she|he|her|his|him|herself|himself)\b", re.IGNORECASE)
_GROWN_UP = re.compile(r"\b(?:Mr|Mrs|Miss|Ms|Mx|Dr|Rev|Revd|Father|Sister|Coach|Sir)\b"
                       r"|\b(?:mum|dad|teacher|grandma|grandad)\b")  # fmt: skip
SHORT = 3  # words: "Congratulations!", "Well done, everyone!"
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def aimed(text: TextView, index: NameIndex) -> Iterator[tuple[int, int, str]]:
    """(start, end, who) in the normalised text, for each child a personal sentence is aimed at."""
    personal = _personal(text.norm)
    for start, end in personal:
        for described in DESCRIBED.finditer(text.norm, start, end):
            yield described.start(), described.end(), described.group()
    baby = _BABY.search(text.norm) is not None
    for singled in SINGLED_OUT.finditer(text.norm):
        if not (baby and singled.group().lower().endswith("arrival")):
            yield singled.start(), singled.end(), singled.group()
    matches = names_in(index, text).matches
    if (alone := _only_child(matches, text.norm)) is not None:
        yield alone
    starts = [start for start, _ in personal]
    for match in matches if personal or "#" in text.norm or "@" in text.norm else ():
        at = bisect_right(starts, match.start) - 1  # the personal sentence that could hold it: linear in all
        inside = at >= 0 and match.start < personal[at][1]
        if match.strength == "strong" and (inside or tag_cued(text.lower, match.start, match.end)):
            yield match.start, match.end, text.norm[match.start : match.end]


def _only_child(matches: list[NameMatch], norm: str) -> tuple[int, int, str] | None:
    """The one pupil a post is about: every clear name in it is the same child ("Hope read the whole chapter
    aloud… So proud of her!"). Two children named together are a group, not one child singled out."""
    # "which coat will keep Bear warm?": a capitalised word alone does not make a post about a child, unless the
    # post speaks of one person as he or she and of no grown-up ("welcome Aurora back after her operation")
    spoken_of = _ONE_PERSON.search(norm) is not None and _GROWN_UP.search(norm) is None
    strong = [m for m in matches if m.strength == "strong" and (spoken_of or not m.unsaid)]
    children = {m.entry.tokens[0] if m.entry.kind != "surname" else f"~{m.entry.tokens[0]}" for m in strong}
    if len(children) != 1:
        return None
    return strong[0].start, strong[0].end, norm[strong[0].start : strong[0].end]


def _personal(norm: str) -> list[tuple[int, int]]:
    """The sentences that praise, greet or say goodbye, in order; a short one ("Congratulations!") speaks of the
    sentence before it too ("Wren's poem has been printed in the parish magazine. Congratulations!")."""
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(norm)]
    chosen: set[tuple[int, int]] = set()
    for n, (start, end) in enumerate(sentences):
        if PERSONAL.search(norm, start, end):
            chosen.add((start, end))
            if n and len(norm[start:end].split()) <= SHORT:
                chosen.add(sentences[n - 1])
    return sorted(chosen)
