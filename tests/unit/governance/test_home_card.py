"""A person's home described once: every waiting draft listed however many, and Change time (which asks for the
day and time first) and Cancel on scheduled posts for approvers only; each chat draws the ask its own way."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from chatbot.approval.draft_form import DAY, TIME
from chatbot.approval.states import State
from chatbot.cards import Ask, Buttons, Line
from chatbot.governance import home_card as card
from chatbot.governance.home import Home
from chatbot.school.money import POUNDS
from chatbot.store import StoredDraft
from handlers.local.cards_html import card_html
from handlers.slack.neutral_cards import blocks
from handlers.teams.neutral_cards import card_from_parts

LONDON = ZoneInfo("Europe/London")
AT = datetime(2026, 12, 7, 15, 15, tzinfo=UTC)


def draft(name: str, state: State = State.SCHEDULED) -> StoredDraft:
    return StoredDraft(name, state, 1, "U1", {"text": f"Post {name}"}, frozenset())


def home(approver: bool, waiting: int = 0) -> Home:
    to_approve = tuple(draft(f"w{n}", State.AWAITING_APPROVAL) for n in range(waiting))
    return Home(approver, to_approve, (), ((draft("s1"), AT),), (), (), (), 0.0)


def asks(parts: list[object]) -> list[Ask]:
    return [b for p in parts if isinstance(p, Buttons) for b in p.buttons if isinstance(b, Ask)]


def test_an_approver_may_change_a_scheduled_posts_time_after_being_asked_for_it() -> None:
    [change] = asks(card.home_card(home(approver=True), LONDON, POUNDS))
    assert (change.ask, change.action, change.value) == (card.RESCHEDULE, card.RESCHEDULE, "s1")
    assert [(f.name, f.value) for f in change.form.fields] == [(DAY, "2026-12-07"), (TIME, "15:15")]


def test_a_colleague_sees_the_schedule_but_cannot_change_it() -> None:
    parts = card.home_card(home(approver=False), LONDON, POUNDS)
    assert asks(parts) == [] and any("Post s1" in p.text for p in parts if isinstance(p, Line))


def test_every_waiting_draft_is_listed_in_parts_a_chat_can_hold() -> None:
    parts = [p for p in card.home_card(home(True, waiting=60), LONDON, POUNDS) if isinstance(p, Line)]
    said = "\n".join(p.text for p in parts)
    assert all(re.search(rf"Post w{n}\b", said) for n in range(60))
    assert max(p.text.count("\n") for p in parts) <= card.LINES_PER_PART


def test_slack_draws_the_ask_as_a_button_whose_listener_opens_the_form() -> None:
    [actions] = [b for b in blocks(card.home_card(home(True), LONDON, POUNDS)) if b["type"] == "actions"]
    assert [e["action_id"] for e in actions["elements"]] == [card.RESCHEDULE, card.CANCEL]
    assert all(e["type"] == "button" for e in actions["elements"])


def test_teams_unfolds_the_form_under_the_button_and_its_save_names_the_draft() -> None:
    content = card_from_parts(card.home_card(home(True), LONDON, POUNDS), lambda _: "a colleague")
    [row] = [b for b in content["body"] if b["type"] == "ActionSet"]
    shown, cancel = row["actions"]
    assert shown["type"] == "Action.ShowCard" and cancel["verb"] == card.CANCEL
    key = shown["card"]["actions"][0]["data"]["ask"]  # each unfolded form names its inputs after itself
    assert [i["id"] for i in shown["card"]["body"]] == [f"{key}~{DAY}", f"{key}~{TIME}"]
    assert (
        shown["card"]["actions"][0]["verb"] == card.RESCHEDULE and shown["card"]["actions"][0]["data"]["value"] == "s1"
    )


def test_the_practice_page_sends_the_asks_fields_in_a_form_of_their_own() -> None:
    page = card_html(card.home_card(home(True), LONDON, POUNDS), lambda _: "a colleague", "ben")
    [owner] = set(re.findall(r'<form id="(ask-\w+)"', page))
    assert len(re.findall(f'form="{owner}"', page)) == 3  # the day, the time and Save
    assert f'name="press" value="{card.RESCHEDULE}|s1" form="{owner}"' in page
