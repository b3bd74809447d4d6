"""The three bands as data: confident concerns routed by kind, uncertain ones to a person, confident nothing let be."""

from __future__ import annotations

import pytest

from chatbot.incidents.about_head import names_the_head
from chatbot.incidents.classifier import decide
from chatbot.incidents.head import Bands
from chatbot.incidents.routes import routes
from chatbot.school.incident_settings import IncidentsSection

BANDS = Bands(auto=0.65, triage=0.5, private=0.25)


def chances(none: float, e_safety: float = 0.0, safeguarding: float = 0.0, allegation: float = 0.0) -> dict[str, float]:
    return {"none": none, "e-safety": e_safety, "safeguarding": safeguarding, "allegation": allegation}


def verdict(cue: str | None, said: dict[str, float]) -> tuple[str, str] | None:
    found = decide(cue, said, (), BANDS)  # type: ignore[arg-type]
    return None if found is None else (found.route, found.kind)


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (chances(0.1, safeguarding=0.9), ("auto", "safeguarding")),
        (chances(0.2, allegation=0.7, safeguarding=0.1), ("auto", "allegation")),
        (chances(0.1, e_safety=0.85, safeguarding=0.05), ("auto", "e-safety")),
        (chances(0.4, safeguarding=0.35, allegation=0.25), ("triage", "safeguarding")),  # a concern, no kind sure
        (chances(0.3, e_safety=0.1, safeguarding=0.2, allegation=0.4), ("triage", "allegation")),  # the head decides
        (chances(0.15, e_safety=0.55, safeguarding=0.3), ("triage", "e-safety")),  # unsure: never the channel
        (chances(0.05, e_safety=0.66, safeguarding=0.29), ("triage", "e-safety")),  # sure of e-safety, yet private
        (chances(0.6, e_safety=0.2, safeguarding=0.2), None),  # confidently nothing
        (chances(0.95, allegation=0.05), None),
    ],
)
def test_the_model_alone_decides_by_band(said: dict[str, float], expected: tuple[str, str] | None) -> None:
    assert verdict(None, said) == expected


def test_a_private_cue_is_routed_by_itself_however_unsure_the_model() -> None:
    assert verdict("safeguarding", chances(0.99, safeguarding=0.01)) == ("auto", "safeguarding")
    assert verdict("allegation", chances(0.9, e_safety=0.1)) == ("auto", "allegation")


def test_abuse_the_cues_know_stays_in_the_channel_unless_a_private_kind_is_likelier() -> None:
    assert verdict("e-safety", chances(0.5, e_safety=0.3, safeguarding=0.2)) == ("auto", "e-safety")
    assert verdict("e-safety", chances(0.3, e_safety=0.3, safeguarding=0.4)) == ("triage", "e-safety")


@pytest.mark.parametrize(
    ("text", "about_head"),
    [
        ("The head grabbed my son", True),
        ("the headteacher slapped him", True),
        ("Mrs. Okafor pushed her over", True),
        ("miss okafor shouted at my kid", True),
        ("Mr Harris hit him on the head", False),
        ("the head of year 6 shouted at him", False),
        ("he came home with head lice again", False),
        ("Mr Okafor-Smith from the PTA", False),
    ],
)
def test_an_allegation_about_the_head_is_told_from_one_about_anyone_else(text: str, about_head: bool) -> None:
    assert names_the_head(text, "Mrs Okafor") is about_head


def test_each_private_route_has_a_deadline_and_nobody_is_told_twice() -> None:
    config = IncidentsSection(dsl=["U0DSL", "U0HEAD"], deputy_dsl=["U0DEP"], headteacher=["U0HEAD"],
                              chair_of_governors=["U0CHAIR"])  # fmt: skip
    routing = routes(config, "C0CHAN")
    safeguarding, allegation = routing.auto["safeguarding"], routing.auto["allegation"]
    assert safeguarding.fallbacks == (("U0DEP",),) and safeguarding.deadline is not None  # the head is a DSL here
    assert allegation.fallbacks == (("U0CHAIR",),) and allegation.deadline is not None
    about_head = routing.of("allegation", about_head=True)
    assert about_head.private_to == ("U0CHAIR",) and "U0HEAD" not in about_head.people
    assert routing.of("safeguarding", triage=True).triage and routing.of("allegation", triage=True).private_to == (
        "U0HEAD",
    )


def test_without_a_chair_an_allegation_about_the_head_goes_to_the_dsl_who_is_not_the_head() -> None:
    routing = routes(IncidentsSection(dsl=["U0HEAD", "U0DSL"], headteacher=["U0HEAD"]), None)
    assert routing.of("allegation", about_head=True).private_to == ("U0DSL",)
