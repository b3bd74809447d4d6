"""Characters of well-known stories: "Lucy" in a post about Narnia is Lucy Pevensie, not a pupil called Lucy."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from chatbot.policy.characters import fold
from chatbot.policy.lexicon import data_lines
from chatbot.policy.personhood import plainly_a_child
from chatbot.policy.text import Word

# Commas, and quotation marks that are no apostrophe: "The Lion, the Witch…" and "'Holes' by Louis Sachar" are
# read as their stories are listed ("Holes by Louis Sachar"), "Charlotte's Web" keeping its apostrophe
_PUNCTUATION = re.compile(r"[,;:]|(?<!\w)['‘\"“]|['’\"”](?!\w)")


_ITEM = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
# Who children come dressed as is a character: "dressed as your favourite character – Matilda, the Gruffalo,
# Paddington…", "come as Elsa"; not who dressed up ("Matilda dressed as a pirate") nor "character of the week"
_DRESSED_AS = re.compile(
    r"\b(?i:dressed\s+(?:up\s+)?as|come\s+as|characters?\s*(?:[–—:-]|such\s+as|like|including))\s+"
    rf"(?P<who>{_ITEM}(?:(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+|…\s*){_ITEM})*)"
)


@dataclass(frozen=True)
class Stories:
    named: re.Pattern[str] | None  # every story's names, in one pattern: a post is read once, not once per story
    by_name: dict[str, list[tuple[str, frozenset[str]]]]  # a name as written -> (the story, its characters)


@cache
def _stories() -> Stories:
    """What names each story in a post, its first name, and its characters (lower case, accents folded).

    A story is named as written, capitals and all ("Frozen", not "the frozen pond"); a one-word name only inside a
    sentence ("…Year 2 loved Frozen", not "Frozen fingers at the gate"), and never one that is also a character's,
    which may be a child's ("Matilda" alone may be a pupil; "Matilda the Musical" names the story)."""
    lines = [tuple(part.strip() for part in line.split("|", 1)) for line in data_lines("stories.txt")]
    everyone = frozenset(word for _, names in lines for word in fold(names).lower().split())
    by_name: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for cues, names in lines:
        story = (cues.split(",")[0].strip(), frozenset(fold(names).lower().split()))
        for cue in (fold(cue).strip() for cue in cues.split(",") if cue.strip()):
            if " " in cue or cue.lower() not in everyone:
                by_name.setdefault(cue, []).append(story)
    patterns = [re.escape(c) if " " in c else r"(?<![.!?]\s)(?<!^)(?<!\n)" + re.escape(c) for c in by_name]
    longest_first = "|".join(sorted(patterns, key=len, reverse=True))
    # a story's things may be many ("our beanstalks", "the giant peaches"): a plural names the story as well
    return Stories(re.compile(rf"\b(?:{longest_first})(?:e?s)?\b") if patterns else None, by_name)


def story_characters(
    words: list[Word], text: str, starts_full_name: Callable[[int], int | None]
) -> Iterator[tuple[int, str]]:
    """(index, story) of each capitalised word that is a character of a story the post names, unless a pupil's full
    name starts there or the word is plainly a child ("Lucy in Year 5")."""
    stories = _stories()
    plain = _PUNCTUATION.sub("", fold(text))  # "The Lion, the Witch and the Wardrobe" as listed, without commas
    named = stories.named.finditer(plain) if stories.named else ()
    told = [story for match in named for story in _told(stories, match.group())]
    for i, word in enumerate(words if told else ()):
        if not word.is_capitalised or word.tagged or starts_full_name(i) is not None:
            continue
        title = next((title for title, names in told if word.key in names), None)
        if title is not None and not plainly_a_child(text, word.end):  # its patterns ignore case
            yield i, title


def _told(stories: Stories, found: str) -> list[tuple[str, frozenset[str]]]:
    """The stories a name as found belongs to, found as written or in the plural ("beanstalks")."""
    for name in (found, found.removesuffix("s"), found.removesuffix("es")):
        if name in stories.by_name:
            return stories.by_name[name]
    return []


def dressed_as(words: list[Word], text: str) -> Iterator[int]:
    """Index of each capitalised word that names who children come dressed as: a character, not a pupil."""
    starts = [w.start for w in words]
    for match in _DRESSED_AS.finditer(text):
        for i in range(bisect_left(starts, match.start("who")), bisect_left(starts, match.end("who"))):
            if words[i].is_capitalised:
                yield i
