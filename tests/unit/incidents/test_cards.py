"""Incident cards and routes as data: who sees what, which buttons, and nothing on a lock screen."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from chatbot.incidents.model import Evidence, Incident, Step
from chatbot.incidents.routes import routes
from chatbot.school.incident_settings import IncidentsSection
from handlers.slack.incident_blocks import build_incident_card, incident_summary

AT = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
ROUTES = routes(IncidentsSection(computing_lead=["U0LEAD"], dsl=["U0DSL"], headteacher=["U0HEAD"]), "C0CHAN")
LONDON = ZoneInfo("Europe/London")


def incident(kind: str, content: str = "<!channel> something bad", state: str = "open") -> Incident:
    evidence = Evidence(kind, "mention", content, "@x (X)", "https://x.com/i/web/status/9", AT, AT,  # type: ignore[arg-type]
                        ("A reason.",), post_id="9")  # fmt: skip
    return Incident("I4", evidence, state, (Step("raised", "countersign", AT),))


def shown(card: list[dict[str, object]]) -> str:
    return json.dumps(card, ensure_ascii=False)


def test_routes_send_each_kind_to_its_people_and_only_they_may_act() -> None:
    e_safety, safeguarding, allegation = ROUTES.auto["e-safety"], ROUTES.auto["safeguarding"], ROUTES.auto["allegation"]
    assert (e_safety.channel, e_safety.mention, e_safety.escalate_to) == ("C0CHAN", ("U0LEAD",), ("U0DSL",))
    assert (safeguarding.channel, safeguarding.private_to) == (None, ("U0DSL",))
    assert (allegation.channel, allegation.private_to, allegation.people) == (None, ("U0HEAD",), {"U0HEAD"})
    assert "U0LEAD" not in safeguarding.people and "U0DSL" not in allegation.people


def test_nobody_configured_means_undeliverable_not_the_channel() -> None:
    empty = routes(IncidentsSection(), "C0CHAN")
    assert empty.auto["e-safety"].deliverable and not empty.auto["safeguarding"].deliverable
    assert not empty.auto["allegation"].deliverable


def test_the_lock_screen_text_never_carries_the_content() -> None:
    for kind in ("e-safety", "safeguarding", "allegation"):
        assert "something bad" not in incident_summary(incident(kind)) and "I4" in incident_summary(incident(kind))


def test_the_card_escapes_the_post_shows_local_time_and_offers_the_right_buttons() -> None:
    card = shown(build_incident_card(incident("e-safety"), ROUTES.auto["e-safety"], LONDON))
    assert "&lt;!channel&gt;" in card and "<!channel>" not in card and "(13:00 local)" in card
    assert "incident-hide" in card and "incident-escalate" in card and "incident-refer" not in card
    allegation = shown(build_incident_card(incident("allegation"), ROUTES.auto["allegation"], LONDON))
    assert "incident-refer" in allegation and "incident-escalate" not in allegation
    resolved = shown(build_incident_card(incident("e-safety", state="resolved"), ROUTES.auto["e-safety"], LONDON))
    assert '"type": "actions"' not in resolved and "please look" not in resolved
