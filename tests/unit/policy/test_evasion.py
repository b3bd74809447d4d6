"""The evasion corpus: pupils' names and swear words disguised every way people do, each one still caught."""

from __future__ import annotations

import pytest

from tests.drafting import findings

ZWSP, ZWJ, SOFT = "\u200b", "\u200d", "\u00ad"
CYRILLIC = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і"})


def disguises(word: str) -> dict[str, str]:
    """One word written the ways the policy engine must see through."""
    return {
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
