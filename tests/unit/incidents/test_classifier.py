"""The incident classifier: for each kind, posts that must be raised beside near-misses that must not."""

from __future__ import annotations

import pytest

from chatbot.incidents.classifier import classify
from chatbot.incidents.reader import shipped_reader
from tests.drafting import context
from tests.labelled_replies import labelled, scores


def kind_of(text: str) -> str:
    """The kind it is routed as by itself; "triage" when a person is asked to decide; "none" when let be."""
    found = classify(text, context(), shipped_reader())
    return "none" if found is None else "triage" if found.route == "triage" else found.kind


@pytest.mark.parametrize(
    ("raised", "clean"),
    [
        ("You're all f***ing idiots", "Damn that cake sale sold out fast"),
        ("I know where you live. Watch your back", "Killing it at the gymnastics today!"),
        ("Worst school in the county, avoid", "Such a shame the trip was cancelled"),
        ("Jack Smith in Year 5 started the fight", "Jack and the Beanstalk was a brilliant show"),
        ("Sh!t school", "Ship shape classrooms after the holidays"),
    ],
)
def test_e_safety_is_raised_for_abuse_threats_undermining_and_pupils_named(raised: str, clean: str) -> None:
    assert (kind_of(raised), kind_of(clean)) == ("e-safety", "none")


@pytest.mark.parametrize(
    ("raised", "clean"),
    [
        ("i dont want to go home, im scared of him", "I don't want to go home yet, the fair is too much fun"),
        ("dm me pics of the girls from the show", "Could you share the photos of the show on the website?"),
        ("My step dad hits me", "My step dad hits the ball further than anyone at the parents' match"),
        ("I want to die", "I could die laughing at that nativity"),
    ],
)
def test_safeguarding_is_raised_for_disclosures_and_adults_seeking_children(raised: str, clean: str) -> None:
    assert kind_of(raised) == "safeguarding"
    assert kind_of(clean) in ("none", "triage")  # a near miss may be asked about, privately; never raised


@pytest.mark.parametrize(
    ("raised", "clean"),
    [
        ("Mr Harris grabbed my son by the arm", "Mr Harris grabbed the trophy with both hands!"),
        ("A TA slapped a child in the playground", "A TA helped a child in the playground, so kind"),
        ("If that teacher touches my phone again I'll knock her out", None),
    ],
)
def test_an_allegation_is_staff_acting_on_a_child_not_any_staff_sentence(raised: str, clean: str | None) -> None:
    if "knock her out" in raised:  # a threat to staff is not an allegation (nor, for certain, a child at risk)
        assert kind_of(raised) in ("e-safety", "triage")
    else:
        assert kind_of(raised) == "allegation"
    if clean:
        assert kind_of(clean) == "none"


def test_the_most_serious_kind_wins_and_every_reason_is_kept() -> None:
    found = classify("Mr Harris hit my son, you useless idiots", context(), shipped_reader())
    assert found is not None and found.kind == "allegation"
    assert any("Mr Harris hit my son" in r for r in found.reasons) and any("idiots" in r for r in found.reasons)


def test_every_reply_it_was_fitted_on_reaches_the_right_people() -> None:
    """Fitted on, so a low bar: each concern is routed as labelled or asked about; nothing clean is raised."""
    wrong = [(e, text) for e, _, text in labelled("tuned") if kind_of(text) not in (e, "triage")]
    assert wrong == []


def test_on_replies_it_was_not_fitted_on_nothing_confidential_reaches_the_channel() -> None:
    pairs = [
        (expected, kind_of(text)) for name in ("held out", "fresh", "fresh 2") for expected, _, text in labelled(name)
    ]
    assert all(got in ("none", "triage") for expected, got in pairs if expected == "none")  # no clean reply raised
    precision, _, _ = scores(pairs, "e-safety")
    assert precision == 1.0  # everything shown in the shared channel as e-safety is e-safety
    assert not [e for e, got in pairs if e in ("safeguarding", "allegation") and got == "e-safety"]
    serious = [got for expected, got in pairs if expected in ("safeguarding", "allegation")]
    assert sum(got != "none" for got in serious) / len(serious) >= 0.9  # measured 30 of 33 when frozen


def test_a_huge_post_is_cut_not_refused() -> None:
    filler = "lovely day " * 20_000
    assert kind_of(filler + "watch your back") == kind_of(filler)  # beyond the first 5,000 characters: unread
    assert kind_of("watch your back " + "lovely day " * 20_000) == "e-safety"
