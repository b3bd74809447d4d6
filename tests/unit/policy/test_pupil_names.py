"""pupil-name: roster names are caught in every disguise; the same words used ordinarily are not."""

from __future__ import annotations

import pytest

from tests.drafting import findings, flagged, spans

FLAGGED = [
    ("Josh Patel read beautifully in assembly.", "Josh Patel"),
    ("Lovely work from Amelia today.", "Amelia"),
    ("Amelia's painting is on the wall.", "Amelia's"),
    ("A super effort from AMELIA NOWAK!", "AMELIA NOWAK"),
    ("photos of amelia at sports day", "amelia"),
    ("Well done to Hope for her poem.", "Hope"),
    ("Will Ashworth and Summer Jones led the choir.", "Will Ashworth"),
    ("Grace O'Brien's dance was wonderful.", "Grace O'Brien's"),
    ("Mary-Jane Whitfield won the spelling bee.", "Mary-Jane Whitfield"),
    ("Mary Jane Whitfield won the spelling bee.", "Mary Jane Whitfield"),
    ("Joshua built a castle.", "Joshua"),
    ("Our star today was Noah.", "Noah"),
    ("Josh, Grace and Amelia sang.", "Grace"),
    ("Thanks to Nowak for helping.", "Nowak"),
]
CLEAN = [
    "We hope everyone enjoys the holidays.",
    "Summer fair this Saturday from 12 until 3!",
    "Will you join us for the carol concert?",
    "Welcome back to the Summer term.",
    "Mr Patel's class made volcanoes.",
    "Mrs Hope Taylor will lead assembly.",
    "J.P. and A.N. read their stories to the class.",
    "Year 3 made pancakes.",
    "We will be planting lilies in the spring.",
    "By God's grace we raised £300.",
]


@pytest.mark.parametrize(("text", "name"), FLAGGED)
def test_flags_roster_names(text: str, name: str) -> None:
    assert name in spans(text, "pupil-name")


@pytest.mark.parametrize("text", CLEAN)
def test_ordinary_words_titles_and_initials_pass(text: str) -> None:
    assert [f for f in findings(text, "pupil-name") if f.severity != "info"] == []


@pytest.mark.parametrize(
    ("text", "written", "reading"),
    [
        ("Summer Jones ran in our Summer Fair today.", "Summer", "part of 'Summer Fair'"),
        ("Year 5 visited St Jack's Church.", "Jack's", "part of 'St Jack's Church'"),
        ("We read about Grace Darling in assembly.", "Grace", "part of 'Grace Darling'"),
        (
            "Year 3 learnt about Lily Parr, a football pioneer.",
            "Lily",
            "part of 'Lily Parr', someone not on the roster",
        ),
    ],
)
def test_the_report_says_how_a_roster_name_was_read(text: str, written: str, reading: str) -> None:
    [info] = [f for f in findings(text, "pupil-name") if f.severity == "info"]
    assert f"“{written}”: {reading}" in info.message


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jo\u200bsh Patel read well.", "Jo\u200bsh Patel"),  # zero-width space inside the name
        ("Jоsh Patel read well.", "Jоsh Patel"),  # Cyrillic о
        ("J0sh read well.", "J0sh"),  # leetspeak
        ("A m e l i a read well.", "A m e l i a"),  # spaced out
        ("ＡＭＥＬＩＡ read well.", "ＡＭＥＬＩＡ"),  # full-width letters
    ],
)
def test_disguised_names_are_caught(text: str, name: str) -> None:
    assert name in spans(text, "pupil-name")


def test_suggests_initials() -> None:
    [finding] = findings("Josh Patel read beautifully.", "pupil-name")
    assert finding.suggestion is not None and "J.P." in finding.suggestion
    assert finding.severity == "block"


def test_an_ordinary_word_name_before_what_a_child_does_reads_as_a_pupil() -> None:
    """Severity follows the profile, not the ambiguity: a name read as a person blocks where names block."""
    [finding] = findings("Jack scored twice in the match.", "pupil-name")
    assert finding.severity == "block"
    assert flagged("Hope has worked so hard on her reading.", "pupil-name")
    assert not flagged("Hope is our value this half term.", "pupil-name")
    assert not flagged("Summer is nearly here!", "pupil-name")


def test_span_points_into_the_original_text_after_hidden_characters() -> None:
    text = "\u200b\u200bLovely work from Amelia."
    [finding] = findings(text, "pupil-name")
    assert finding.span is not None
    assert text[finding.span[0] : finding.span[1]] == "Amelia"
