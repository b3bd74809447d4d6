"""The evasion corpus: pupils' names and swear words disguised every way people do, each one still caught."""

from __future__ import annotations

from dataclasses import replace

import pytest

from chatbot.policy import check
from chatbot.school.roster import parse_roster
from chatbot.school.roster_file import RosterFile
from tests.drafting import context, draft, findings, report

ZWSP, ZWJ, SOFT = "\u200b", "\u200d", "\u00ad"
CYRILLIC = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і"})


# Every class of default-ignorable character that renders as nothing, inserted between the letters.
INVISIBLE = {
    "variation selector": "\ufe0f",
    "variation selector 1": "\ufe00",
    "tag character": "\U000e0041",
    "Hangul choseong filler": "\u115f",
    "Hangul filler": "\u3164",
    "half-width Hangul filler": "\uffa0",
    "Mongolian variation selector": "\u180b",
    "Khmer inherent vowel": "\u17b4",
    "inhibit symmetric swapping": "\u206a",
    "nominal digit shapes": "\u206f",
    "word joiner": "\u2060",
    "combining grapheme joiner": "\u034f",
}
SMALL_CAPITALS = str.maketrans("abcdefghijklmnoprstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ")


def disguises(word: str) -> dict[str, str]:
    """One word written the ways the policy engine must see through."""
    return {
        **{name: ch.join(word) for name, ch in INVISIBLE.items()},
        "combining marks": "".join(c + "\u0301" for c in word),
        "small capitals": word.lower().translate(SMALL_CAPITALS),
        "full-width": "".join(chr(ord(c) + 0xFEE0) for c in word),
        "emoji between letters": word[:2] + "🌟" + word[2:],
        "zero-width": ZWSP.join(word),
        "joiner": ZWJ.join(word),
        "soft hyphen": SOFT.join(word),
        "look-alike letters": word.translate(CYRILLIC),
        "spaced": " ".join(word),
        "upper case": word.upper(),
        "odd case": "".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(word)),
        "stretched": "".join(c * 4 if i == len(word) - 2 else c for i, c in enumerate(word)),
    }


SWEARS = {
    **disguises("shit"),
    "leet": "sh1t",
    "symbols": "$h!t",
    "masked": "sh*t",
    "leet and zero-width": f"sh{ZWSP}1t",
}
FORENAMES, SURNAMES = disguises("Joshua"), disguises("Patel")
NAMES = {how: f"Great work by {FORENAMES[how]} {SURNAMES[how]} today" for how in FORENAMES}  # both words disguised
NAMES["leet"] = "Great work by J0shua P4tel today"


@pytest.mark.parametrize(("how", "text"), SWEARS.items(), ids=list(SWEARS))
def test_a_disguised_swear_word_is_caught(how: str, text: str) -> None:
    assert findings(f"What a load of {text} today", "offensive-language"), how


@pytest.mark.parametrize(("how", "text"), NAMES.items(), ids=list(NAMES))
def test_a_disguised_pupils_name_is_caught(how: str, text: str) -> None:
    assert findings(text, "pupil-name"), how


@pytest.mark.parametrize(
    "text", ["What a load of shopping today", "Well done Year 4, a lovely show", "Shi Tzu puppies"]
)
def test_the_near_misses_beside_them_are_clean(text: str) -> None:
    assert findings(text, "offensive-language") == [] and findings(text, "pupil-name") == []


@pytest.mark.parametrize(("how", "ch"), INVISIBLE.items(), ids=list(INVISIBLE))
def test_invisible_characters_are_reported_and_never_published(how: str, ch: str) -> None:
    published = report(f"Great work by Jo{ch}shua today").text
    assert ch not in published and "Joshua" in published, how
    assert [f.rule for f in report(f"Lovely day{ch} at school").findings if f.rule == "hidden-characters"], how


@pytest.mark.parametrize(
    "emoji", ["❤️", "1️⃣", "👨\u200d👩\u200d👧", "🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f"]
)
def test_emoji_built_with_invisible_characters_are_kept(emoji: str) -> None:
    result = report(f"Happy St George's Day {emoji}")
    assert emoji in result.text and not [f for f in result.findings if f.rule == "hidden-characters"]


@pytest.mark.parametrize(
    ("roster_name", "written"),
    [
        ("Zoë", "Zoe"),
        ("Zoe", "Zoë"),
        ("José", "Jose"),
        ("Chloé", "Chloe\u0301"),
        ("Siobhán", "Siobhan"),
        ("Łukasz", "Lukasz"),
    ],
)
def test_accents_fold_the_same_way_on_both_sides(roster_name: str, written: str) -> None:
    ctx = replace(
        context(),
        rosters=RosterFile(
            roster=parse_roster(f"Forename,Surname,Year,Photo consent\n{roster_name},Kowalczyk,3,yes\n")
        ),
    )
    assert [f for f in check(draft(f"Well done {written} Kowalczyk!"), ctx).findings if f.rule == "pupil-name"]
