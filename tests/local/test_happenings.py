"""Replies and followers made up in the workspace reach the same cards, and only the people their route names."""

from __future__ import annotations

from chatbot import messages
from chatbot.followers.card import KEEP_ACTION
from chatbot.incidents import card as incident
from handlers.local.samples import FOLLOWERS, REPLIES
from tests.local.practice import Practice

DISCLOSURE = REPLIES[3][1]
ALLEGATION = REPLIES[4][1]
EVERYONE = ("amara", "ben", "priya", "helen")


def private_cards(p: Practice, person: str) -> list[str]:
    return [m.id for m in p.ws.conversation.privately(person) if m.parts]


def test_a_childs_disclosure_reaches_only_the_dsl(practice: Practice) -> None:
    practice.post("/reply", "amara", sample="3")
    assert "my step dad hits me" in practice.seen_by("priya")
    for other in ("amara", "ben", "helen"):
        assert "step dad" not in practice.seen_by(other), other
    assert all("step dad" not in m.text for m in practice.ws.conversation.in_channel())


def test_an_allegation_about_staff_reaches_only_the_headteacher(practice: Practice) -> None:
    practice.post("/reply", "amara", text=ALLEGATION)
    assert "grabbed my son" in practice.seen_by("helen")
    for other in ("amara", "ben", "priya"):
        assert "grabbed my son" not in practice.seen_by(other), other


def test_kind_words_raise_nothing_but_are_counted(practice: Practice) -> None:
    practice.post("/reply", "amara", sample="0")
    assert all(not private_cards(practice, person) for person in EVERYONE)
    assert "in the last seven days: 1 read, 0 raised" in practice.seen_by("priya")


def test_the_dsl_acknowledges_and_only_the_dsl_may(practice: Practice) -> None:
    practice.post("/reply", "amara", text=DISCLOSURE)
    (card,) = practice.ws.conversation.privately("priya")
    incident_id = card.parts[-1].buttons[0].value
    desk = practice.ws.incidents.desk
    practice.press("amara", incident.ACKNOWLEDGE, incident_id)
    assert desk.store.get(incident_id).state == "open" and practice.notice("amara")
    practice.press("priya", incident.ACKNOWLEDGE, incident_id)
    assert desk.store.get(incident_id).state == "acknowledged"
    assert "Acknowledged by @Priya Shah" in practice.seen_by("priya")


def test_a_new_follower_gets_a_card_in_the_channel_and_an_approver_decides(practice: Practice) -> None:
    practice.post("/follower", "amara", sample="2")
    assert FOLLOWERS[2][2] in practice.seen_by("amara")
    alert = next(m for m in practice.ws.conversation.in_channel() if m.parts and FOLLOWERS[2][1] in m.text)
    value = next(b.value for part in alert.parts if hasattr(part, "buttons") for b in part.buttons)
    practice.press("amara", KEEP_ACTION, value)
    assert practice.notice("amara") and "Keep</button>" in practice.client.get("/live?as=ben").text
    practice.press("ben", KEEP_ACTION, value)
    assert "Keep</button>" not in practice.client.get("/live?as=ben").text


def test_nothing_typed_and_no_sample_is_refused(practice: Practice) -> None:
    practice.post("/reply", "amara", sample="", text="  ")
    practice.post("/follower", "amara", sample="", name="")
    assert practice.notice("amara")
    assert not practice.ws.network.mentions(None, 10, None).mentions


def test_a_concern_raised_by_hand_goes_by_its_kind_with_a_receipt(practice: Practice) -> None:
    practice.post("/incident", "amara", kind="safeguarding", what="A pupil told me something worrying at lunch.")
    assert "told me something worrying" in practice.seen_by("priya")
    assert "told me something worrying" not in practice.seen_by("ben")
    assert "I1" in practice.notice("amara") or "I1" in practice.seen_by("amara")
    practice.post("/incident", "amara", kind="safeguarding", what="  ")
    assert practice.notice("amara") == messages.INCIDENT_NEEDS_WHAT


def test_an_approver_pauses_and_resumes_publishing(practice: Practice) -> None:
    practice.post("/pause", "amara", reason="Snow day", do="pause")
    assert practice.notice("amara") == messages.ONLY_APPROVERS_PAUSE
    practice.post("/pause", "ben", reason="Snow day", do="pause")
    draft = practice.draft("amara", "Year 4 loved their science week. Thank you to all the parents who helped!")
    practice.press("helen", "draft-approve", draft)
    assert not practice.ws.publisher.posts and "Snow day" in practice.seen_by("amara")
    practice.post("/pause", "helen", do="resume")
    practice.ws.tick()
    assert len(practice.ws.publisher.posts) == 1


def test_the_policy_in_force_is_one_press_away(practice: Practice) -> None:
    page = practice.client.get("/policy").text
    assert "pupil-name" in page and "nothing here is published" in page
