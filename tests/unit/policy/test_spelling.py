"""spelling: British English; names, hashtags, handles, links and school words are not misspellings."""

from __future__ import annotations

import pytest

from tests.drafting import findings, spans

FLAGGED = [
    ("We recieved lots of letters.", "recieved", "received"),
    ("A visit to the libary.", "libary", "library"),
    ("We definately enjoyed it.", "definately", "definitely"),
    ("Teh children sang.", "Teh", "The"),
    ("Our favorite color is blue.", "favorite", "favourite"),
    ("Lots of colorful art.", "colorful", "colourful"),
    ("We had a greatt time.", "greatt", "great"),
]
CLEAN = [
    "Our favourite colour is blue.",
    "We organised a programme of events at the centre.",
    "Year 6 sat their SATs practice papers.",
    "EYFS and Reception enjoyed phonics with the headteacher.",
    "Ofsted visited us this week.",
    "Follow @LocalLibrary and join #PrimaryRocks!",
    "More at https://www.example.sch.uk/newsletters",
    "Lovely work from Kacper and Siobhan in Oakfield Woods.",
    "Email office@example-primary.sch.uk for details.",
    "Our Bikeability course starts after half-term.",
]


@pytest.mark.parametrize(("text", "word", "fix"), FLAGGED)
def test_flags_misspellings_and_american_spellings_with_a_fix(text: str, word: str, fix: str) -> None:
    [finding] = [f for f in findings(text, "spelling") if text[f.span[0] : f.span[1]] == word]  # type: ignore[index]
    assert finding.suggestion == f"Did you mean “{fix}”?"
    assert finding.severity == "warn"


@pytest.mark.parametrize("text", CLEAN)
def test_british_spellings_names_tags_links_and_school_words_pass(text: str) -> None:
    assert spans(text, "spelling") == []


def test_school_words_from_app_yaml_are_accepted() -> None:
    assert spans("The Wombles club meets today.", "spelling") == []  # capitalised mid-sentence: a name
    assert spans("We love flumbling.", "spelling") == ["flumbling"]
    assert spans("We love flumbling.", "spelling", school_words=["flumbling"]) == []
