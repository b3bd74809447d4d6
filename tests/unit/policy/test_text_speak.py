"""text-speak: text language is blocked; team names, ordinals, class names and times are not text language."""

from __future__ import annotations

import pytest

from tests.drafting import findings, spans

FLAGGED = [
    ("What a gr8 day!", "gr8", "great"),
    ("See u at the fair", "u", "you"),
    ("Pls bring a coat", "Pls", "please"),
    ("LOL what a day", "LOL", None),
    ("Thx for coming", "Thx", "thanks"),
    ("Sports day tmrw", "tmrw", "tomorrow"),
    ("Back 2moro", "2moro", "tomorrow"),
    ("Done b4 lunch", "b4", "before"),
    ("omg the cake!", "omg", None),
    ("c u at 3", "u", "you"),
    ("Hope ur well", "ur", "your"),
    ("See you l8r", "l8r", "later"),
    ("Thank you 4 all your help", "4", "for"),
    ("Thanks 4 coming 2 the fair", "2", "to"),
    ("We're gonna have a brilliant day", "gonna", "going to"),  # said by the school, not quoted
]
CLEAN = [
    "Our U11 team won the cup.",
    "Match on the 4G pitch at 4pm.",
    "Congratulations on coming 2nd!",
    "Class 2B visited the library.",
    "Year 4 have been learning fractions.",
    "We had 2 visitors and 4 new books.",
    "Doors open at 10am and close at 3:15pm.",
    "We visited the U.K. Parliament website.",
    "Class R enjoyed the sand tray.",
    "Artefacts from 500 BC.",
    "Key Stage 2 assembly at 9.",
    "Mrs Swan has passed her Level 4 qualification.",  # a level, not "for"
    "Uniform sale: jumpers £1, book bags £2. All proceeds to the library.",  # money
    "The choir sang 'Every little thing gonna be alright' to close the show.",  # a song's words, quoted
]


@pytest.mark.parametrize(("text", "token", "fix"), FLAGGED)
def test_flags_text_language_with_a_fix(text: str, token: str, fix: str | None) -> None:
    found = [f for f in findings(text, "text-speak") if text[f.span[0] : f.span[1]] == token]  # type: ignore[index]
    assert found, spans(text, "text-speak")
    expected = f"Write “{fix}”." if fix else f"Remove “{token}”."
    assert found[0].suggestion == expected


@pytest.mark.parametrize("text", CLEAN)
def test_team_names_ordinals_and_class_names_pass(text: str) -> None:
    assert findings(text, "text-speak") == []


def test_text_speak_blocks_in_every_profile() -> None:
    for profile in ("default", "dimple-well", "dilton-marsh", "parsloes", "use-of-twitter-2018", "mickle-trafford"):
        assert [f.severity for f in findings("What a gr8 day!", "text-speak", profile=profile)] == ["block"]
