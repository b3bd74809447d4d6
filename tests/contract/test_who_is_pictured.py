"""Who is pictured: a photo with faces posted in the channel waits for the answer, given from the report's form."""

from __future__ import annotations

import json

import pytest
from slack_bolt import BoltRequest

from chatbot.approval.states import State
from chatbot.store import RedisStore
from tests.contract.conftest import AUTHOR, TA, Bot, make_bot, payload, words
from tests.contract.fake_slack_api import FakeSlackServer
from tests.drafting import context
from tests.photos import GROUP_OF_SIX, jpeg, photo

pytestmark = pytest.mark.contract
DRAFT, TS = "slack:C0DRAFTS01:1795428100.000200", "1795428100.000200"


@pytest.fixture
def six_faces(bot: Bot) -> Bot:
    """A photo of six children, posted in the drafts channel from a phone: nobody named."""
    bot.slack.files["img_0042.jpg"] = jpeg(photo(GROUP_OF_SIX).resize((1600, 1200)))
    bot.send("event_message_file_share", event__files__0__url_private_download=bot.api_url + "files/img_0042.jpg")
    return bot


def state(bot: Bot) -> State:
    stored = bot.store.get(DRAFT)
    assert stored is not None
    return stored.state


def approve(bot: Bot, event_id: str) -> None:
    bot.send("event_reaction_added", event__item__ts=TS, event_id=event_id)


def test_the_report_asks_who_is_pictured_and_approval_waits_for_the_answer(six_faces: Bot) -> None:
    bot = six_faces
    [report] = bot.slack.named("chat.postMessage")
    assert "photo-consent" in words(report) and "pictured-ask" in words(report)
    approve(bot, "Ev0TOOSOON1")
    assert state(bot) == State.AWAITING_APPROVAL and bot.publisher.posted == []
    assert "cannot be approved" in bot.thread(TS)[-1]
    bot.say_pictured(TS, "nobody-identifiable")
    updated = bot.slack.named("chat.update")[-1]
    assert "photo-consent" not in words(updated) and "pictured-ask" not in words(updated)
    approve(bot, "Ev0AFTER001")
    assert state(bot) == State.PUBLISHED and len(bot.publisher.posted) == 1
    answered = [e for e in bot.store.history(DRAFT) if "nobody-identifiable" in json.dumps(e)]
    assert answered and answered[0]["actor"] == AUTHOR  # who said so, in the audit


def test_the_button_opens_the_form_with_the_pupil_search_and_the_two_answers(six_faces: Bot) -> None:
    six_faces.send("block_actions", user__id=AUTHOR, actions__0__action_id="pictured-ask", actions__0__value=TS)
    [opened] = six_faces.slack.named("views.open")
    view = opened["view"] if isinstance(opened["view"], dict) else json.loads(opened["view"])
    assert view["callback_id"] == "countersign-pictured" and view["private_metadata"] == f"C0DRAFTS01 {TS}"
    assert "No pupil can be identified" in json.dumps(view) and "I checked the list" in json.dumps(view)


def test_a_pupil_named_without_photo_consent_blocks(six_faces: Bot) -> None:
    six_faces.say_pictured(TS, "", "Amelia Nowak")
    assert state(six_faces) == State.BLOCKED
    assert "Amelia Nowak has no photo consent" in words(six_faces.slack.named("chat.update")[-1])


def test_someone_who_is_neither_author_nor_approver_cannot_answer(six_faces: Bot) -> None:
    six_faces.say_pictured(TS, "consent-checked", user=TA)
    assert six_faces.thread(TS)[-1] == "Only the author or an approver can say who is pictured."
    stored = six_faces.store.get(DRAFT)
    assert stored is not None and stored.record["pictured_needed"]


def test_a_form_that_names_nobody_and_chooses_nothing_is_sent_back(six_faces: Bot) -> None:
    values = {"draft-pictured_answer": {"pictured_answer": {"type": "static_select", "selected_option": None}},
              "draft-pictured": {"pictured": {"type": "multi_external_select", "selected_options": []}}}  # fmt: skip
    body = payload("view_submission", six_faces.api_url, view__callback_id="countersign-pictured",
                   view__private_metadata=f"C0DRAFTS01 {TS}", view__state__values=values)  # fmt: skip
    response = six_faces.app.dispatch(BoltRequest(body=body, mode="socket_mode"))
    assert response.status == 200 and json.loads(response.body)["response_action"] == "errors"
    stored = six_faces.store.get(DRAFT)
    assert stored is not None and stored.record["pictured_needed"]


def test_the_pupil_search_marks_pupils_without_photo_consent(bot: Bot) -> None:
    body = payload("block_suggestion", value="nowak")
    response = bot.app.dispatch(BoltRequest(body=body, mode="socket_mode"))
    labels = [o["text"]["text"] for o in json.loads(response.body)["options"]]
    assert labels == ["Amelia Nowak (no photo consent)"]
    consented = bot.app.dispatch(BoltRequest(body=payload("block_suggestion", value="patel"), mode="socket_mode"))
    assert "no photo consent" not in consented.body and "Patel" in consented.body


def test_a_profile_that_lowers_the_question_lets_the_photo_be_approved_unanswered(
    slack_server: FakeSlackServer, store: RedisStore
) -> None:
    lowered = {"photo-consent": {"severity": "block", "variants": {"unanswered": "info"}}}
    bot = make_bot(slack_server, store, ctx=context(rules=lowered))
    bot.slack.files["img_0042.jpg"] = jpeg(photo(GROUP_OF_SIX).resize((1600, 1200)))
    bot.send("event_message_file_share", event__files__0__url_private_download=bot.api_url + "files/img_0042.jpg")
    [report] = bot.slack.named("chat.postMessage")
    assert "who is pictured has not been said" in words(report)  # still asked, as a note
    approve(bot, "Ev0LOWERED1")
    assert state(bot) == State.PUBLISHED and len(bot.publisher.posted) == 1
