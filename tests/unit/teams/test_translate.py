"""Teams activities to neutral events: drafts beside replies, approvals beside look-alikes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from chatbot.approval.events import ApprovalGiven, ApprovalRevoked, RejectionGiven
from handlers.teams import translate

PAYLOADS = Path(__file__).parents[2] / "contract" / "payloads" / "teams"
CHANNEL = "19:drafts0001@thread.tacv2"


def load(name: str, **changes: Any) -> dict[str, Any]:
    return {**json.loads((PAYLOADS / f"{name}.json").read_text()), **changes}


def test_teams_html_becomes_the_words_a_reader_sees() -> None:
    html = "<p>Well done <at>Year 3</at>!</p><p>Fish &amp; chips&nbsp;on Friday<br>at 12</p>"
    assert translate.plain_text(html) == "Well done @Year 3!\nFish & chips on Friday\nat 12"


def test_a_top_level_post_is_a_draft_and_a_reply_in_its_thread_is_not() -> None:
    post = load("message")
    reply = load("message", id="1795428000200", replyToId="1795428000100")
    assert translate.is_draft(post, CHANNEL) and not translate.is_draft(reply, CHANNEL)
    assert not translate.is_draft(post, "19:another@thread.tacv2") and not translate.is_draft(post, None)
    event = translate.draft_posted(post, ())
    assert event.ref.draft_id == f"teams:{CHANNEL}:1795428000100" and event.author == "aad-author-0001"
    assert event.text.startswith("Year 3 have been building volcanoes")


def test_each_edit_is_its_own_event_and_deletes_name_the_draft() -> None:
    first = translate.draft_edited(load("message_update"), CHANNEL)
    second = translate.draft_edited(load("message_update", timestamp="2026-11-20T10:18:00Z"), CHANNEL)
    assert first and second and first.ref == second.ref and first.event_id != second.event_id
    deleted = translate.draft_deleted(load("message_delete"), CHANNEL)
    assert deleted is not None and deleted.ref == first.ref
    assert translate.draft_deleted(load("message_delete"), "19:another@thread.tacv2") is None


def test_only_a_like_approves_and_only_where_the_school_turned_it_on() -> None:
    like = load("reaction")
    [given] = translate.reactions(like, CHANNEL, like_approves=True)
    assert isinstance(given, ApprovalGiven) and given.user == "aad-head-0001"
    assert translate.reactions(like, CHANNEL, like_approves=False) == []
    assert translate.reactions(load("reaction", reactionsAdded=[{"type": "heart"}]), CHANNEL, True) == []
    [taken_back] = translate.reactions(load("reaction", reactionsAdded=None, reactionsRemoved=[{"type": "like"}]),
                                       CHANNEL, True)  # fmt: skip
    assert isinstance(taken_back, ApprovalRevoked)


def test_card_buttons_carry_the_decision_and_unknown_verbs_carry_none() -> None:
    approve = translate.card_action(load("card_action"), CHANNEL)
    assert isinstance(approve, ApprovalGiven) and approve.ref.message == "1795428000100"
    reject = load("card_action")
    reject["value"]["action"]["verb"] = "reject"
    assert isinstance(translate.card_action(reject, CHANNEL), RejectionGiven)
    reject["value"]["action"]["verb"] = "publish-now"
    assert translate.card_action(reject, CHANNEL) is None


def pressed(data: dict[str, Any]) -> dict[str, Any]:
    return {"type": "invoke", "value": {"action": {"type": "Action.Execute", "verb": "v", "data": data}}}


def test_an_unfolded_forms_inputs_get_their_own_names_back_and_win_over_the_cards() -> None:
    data = {"value": "d1", "ask": "k1", "k1~note": "called the parent", "note": "typed on the card",
            "k2~note": "another form's", "k1~publish_on": "2030-03-05"}  # fmt: skip
    assert translate.action_data(pressed(data)) == {"value": "d1", "note": "called the parent",
                                                    "publish_on": "2030-03-05"}  # fmt: skip


def test_a_card_posted_before_forms_were_named_sends_plain_names_read_as_they_are() -> None:
    data = {"value": "d1", "note": "typed on the card", "publish_on": "2030-03-05"}
    assert translate.action_data(pressed(data)) == data
    assert translate.action_data(pressed({"value": "d1", "k2~note": "another form's"})) == {"value": "d1"}
