"""offensive-language: swearing and slurs in any disguise; no Scunthorpe-style false alarms."""

from __future__ import annotations

import pytest

from tests.drafting import findings, spans

FLAGGED = [
    ("What a shit day", "shit"),
    ("This is fucking brilliant", "fucking"),
    ("Sh1t happens", "Sh1t"),
    ("what a b!tch", "b!tch"),
    ("f*** off", "f***"),
    ("What the f**k", "f**k"),
    ("fuuuuuck", "fuuuuuck"),
    ("biiiitch", "biiiitch"),
    ("s h i t", "s h i t"),
    ("f.u.c.k this", "f.u.c.k"),
    ("ѕhit", "ѕhit"),  # Cyrillic ѕ
    ("sh\u200bit", "sh\u200bit"),  # zero-width space inside
    ("a$$hole", "a$$hole"),
    ("w4nker", "w4nker"),
    ("you c0ck", "c0ck"),
    ("tw@t", "tw@t"),
    ("BOLLOCKS", "BOLLOCKS"),
]
CLEAN = [
    "Year 5 visited Scunthorpe.",
    "Badminton: bring your shuttlecock.",
    "Assessment week starts Monday.",
    "Cocktail sausages at the party.",
    "Dick Whittington panto tickets on sale.",
    "A trip to Essex and Sussex.",
    "Hello Mr Cox!",
    "We spotted blue tits and a robin.",
    "The analysis of our class survey.",
    "A grape, a pear and a passion fruit.",
    "Therapists visited today.",
    "Cockerels crow in the morning.",
]


@pytest.mark.parametrize(("text", "word"), FLAGGED)
def test_blocks_swearing_in_any_disguise(text: str, word: str) -> None:
    found = findings(text, "offensive-language")
    assert word in spans(text, "offensive-language")
    assert {f.severity for f in found} == {"block"}


@pytest.mark.parametrize("text", CLEAN)
def test_scunthorpe_and_friends_pass(text: str) -> None:
    assert findings(text, "offensive-language") == []


@pytest.mark.parametrize(("text", "word"), [("What a bloody mess", "bloody"), ("don't be an idiot", "idiot")])
def test_mild_words_warn_rather_than_block(text: str, word: str) -> None:
    [finding] = findings(text, "offensive-language")
    assert finding.severity == "warn"
    assert text[finding.span[0] : finding.span[1]] == word  # type: ignore[index]


def test_disguising_a_mild_word_blocks() -> None:
    [finding] = findings("you c0ck", "offensive-language")
    assert finding.severity == "block"


@pytest.mark.parametrize(
    ("flagged", "clean"),
    [("What a load of sh1t", "Year 6 enjoyed lesson 455 of science week"), ("b00bs", "We raised £1,455 for charity")],
)
def test_numbers_are_not_read_as_leetspeak_but_letters_with_digits_are(flagged: str, clean: str) -> None:
    assert findings(flagged, "offensive-language")
    assert findings(clean, "offensive-language") == []


@pytest.mark.parametrize("text", ["Reception chose 'The Owl and the Pussy-cat'.", "Our pussycat, Pip, visited class."])
def test_innocent_whole_words_built_on_a_listed_one_pass(text: str) -> None:
    assert findings(text, "offensive-language") == []


def test_the_listed_word_alone_still_blocks_beside_them() -> None:
    [finding] = findings("The Owl and the Pussy-cat, you pussy.", "offensive-language")
    assert finding.severity == "block"
