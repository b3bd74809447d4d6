"""Forms described once in the core (the incident report, the report's small forms) and rendered by each edge: the
same fields, the same required ones, no kind chosen for the person, and the ids each edge's listeners read."""

from __future__ import annotations

import re

from chatbot.approval.report_card import suggest_form
from chatbot.cards import Field, Form
from chatbot.incidents.by_hand import incident_form
from handlers.local.cards_html import form_html
from handlers.slack import ids
from handlers.slack.described import build_describe_modal
from handlers.slack.incident_blocks import build_resolve_modal
from handlers.slack.neutral_cards import form_modal
from handlers.slack.pictured import build_pictured_modal
from handlers.teams.neutral_cards import form_card

FORM = incident_form()


def test_the_kind_must_be_chosen_and_nothing_is_chosen_for_the_reporter() -> None:
    kind = next(field for field in FORM.fields if field.name == "kind")
    assert not kind.optional and kind.value == ""  # a disclosure sent as the first choice would reach the channel
    assert [value for _, value in kind.choices] == ["e-safety", "safeguarding", "allegation"]


def test_slack_shows_each_field_as_an_input_block_and_requires_the_same_ones() -> None:
    modal = form_modal(FORM, "countersign-incident", "incident-")
    inputs = [block for block in modal["blocks"] if block["type"] == "input"]
    named = [(b["block_id"], b["element"]["action_id"]) for b in inputs]
    assert named == [(f"incident-{f.name}", f.name) for f in FORM.fields]  # as the submission is read
    assert [name for _, name in named] == ["kind", "what", "link", "who"]
    assert [b["optional"] for b in inputs] == [f.optional for f in FORM.fields]
    assert "initial_option" not in inputs[0]["element"]


def test_teams_shows_the_same_inputs_and_marks_the_required_ones() -> None:
    card = form_card(FORM, "incident-report")
    inputs = [item for item in card["body"] if item["type"].startswith("Input.")]
    assert [i["id"] for i in inputs] == [f.name for f in FORM.fields]
    assert [bool(i.get("isRequired")) for i in inputs] == [not f.optional for f in FORM.fields]
    assert "value" not in inputs[0] and card["actions"][0]["verb"] == "incident-report"


def test_the_practice_page_shows_the_same_fields_with_nothing_chosen() -> None:
    page = form_html(FORM, "/incident", "")
    assert re.findall(r'name="(\w+)"', page) == [f.name for f in FORM.fields]
    assert '<option value="">Choose…</option>' in page and page.count(" required") == 2


def test_a_field_a_person_may_leave_empty_is_never_required_anywhere() -> None:
    form = Form("T", (Field("who", "Who"),), send="Send")
    assert form_modal(form, "c", "p-")["blocks"][0]["optional"] is True
    assert "isRequired" not in form_card(form, "v")["body"][1]
    assert " required" not in form_html(form, "/x", "")


def test_the_reject_form_is_the_cores_and_slack_reads_its_reason_where_it_always_has() -> None:
    from chatbot.approval.report_card import reject_form
    from handlers.slack.rejection import build_reject_modal

    modal = build_reject_modal("C1", "1700000000.000100")
    [block] = [b for b in modal["blocks"] if b["type"] == "input"]
    assert (block["block_id"], block["element"]["action_id"]) == (ids.BLOCK_REJECT_REASON, ids.ACTION_REJECT_REASON)
    assert block["optional"] is False and block["element"]["max_length"] == reject_form().fields[0].limit
    assert block["element"]["placeholder"]["text"] == reject_form().fields[0].hint
    assert modal["private_metadata"] == "C1 1700000000.000100" and modal["callback_id"] == ids.REJECT_MODAL
    card = form_card(reject_form(), "draft-reject")
    assert [i["placeholder"] for i in card["body"] if i["type"] == "Input.Text"] == [reject_form().fields[0].hint]


def test_slack_never_asks_for_more_characters_than_it_allows() -> None:
    what = next(field for field in FORM.fields if field.name == "what")
    assert what.limit > 3000
    [element] = [b["element"] for b in form_modal(FORM, "c", "p-")["blocks"] if b.get("block_id") == "p-what"]
    assert element["max_length"] == 3000  # Slack refuses a plain_text_input allowed more than 3,000 characters


def _draft_form() -> Form:
    from zoneinfo import ZoneInfo

    from chatbot.approval.draft_form import draft_form

    return draft_form(ZoneInfo("Europe/London"), "Sports day!", trip_question=True)


def test_the_draft_form_is_the_cores_and_each_chat_gives_every_field_its_own_element() -> None:
    form = _draft_form()
    blocks = [b for b in form_modal(form, "countersign-draft", "draft-")["blocks"] if b["type"] == "input"]
    assert [(b["block_id"], b["element"]["action_id"]) for b in blocks] == [
        (f"draft-{f.name}", f.name) for f in form.fields
    ]
    kinds = {b["element"]["action_id"]: b["element"]["type"] for b in blocks}
    assert kinds["photos"] == "file_input" and kinds["pictured"] == "multi_external_select"
    assert (kinds["publish_on"], kinds["publish_time"], kinds["trip"]) == ("datepicker", "timepicker", "checkboxes")
    time = next(b["element"] for b in blocks if b["block_id"] == "draft-publish_time")
    assert time["timezone"] == "Europe/London"  # read in the school's zone, whoever picks it
    text = next(b["element"] for b in blocks if b["block_id"] == "draft-text")
    assert text["initial_value"] == "Sports day!" and blocks[0]["optional"] is False
    exception = next(b["element"] for b in blocks if b["block_id"] == "draft-exception")
    assert exception["initial_option"]["value"] == "none"


def test_teams_says_where_photos_go_and_leaves_out_their_descriptions() -> None:
    form = _draft_form()
    body = form_card(form, "draft-submit")["body"]
    ids = [item["id"] for item in body if item["type"].startswith("Input.")]
    assert ids == ["text", "pictured", "exception", "reason", "trip", "publish_on", "publish_time"]
    assert any("post them in the drafts channel" in item.get("text", "") for item in body)
    trip = next(item for item in body if item.get("id") == "trip")
    assert trip["type"] == "Input.Toggle" and trip["valueOn"] == "yes"


def test_the_practice_page_sends_photos_and_a_description_for_each() -> None:
    page = form_html(_draft_form(), "/drafts", "")
    assert 'enctype="multipart/form-data"' in page and 'type="file" name="photos" multiple' in page
    assert all(f'name="alt-{n}"' in page for n in range(1, 5)) and 'type="checkbox" name="trip"' in page
    assert '<option value="none" selected>' in page  # no exception unless one is chosen


def test_slacks_small_forms_are_the_cores_with_the_ids_its_listeners_read() -> None:
    from handlers.slack import ids

    described = build_describe_modal("C1", "1.0", [("x" * 80 + ".jpg", "Year 3 racing"), ("b.jpg", None)])
    first, second = described["blocks"]
    assert first["block_id"] == "draft-alt-1" and first["element"]["initial_value"] == "Year 3 racing"
    assert "x" * 61 not in first["label"]["text"] and "initial_value" not in second["element"]  # names cut short
    pupils, answer = build_pictured_modal("C1", "1.0")["blocks"]
    assert (pupils["block_id"], pupils["element"]["action_id"]) == (ids.BLOCK_PICTURED, ids.ACTION_PICTURED)
    assert [o["value"] for o in answer["element"]["options"]] == ["nobody-identifiable", "consent-checked"]
    [note] = build_resolve_modal("I7")["blocks"]
    assert (note["block_id"], note["element"]["action_id"]) == (ids.BLOCK_NOTE, ids.ACTION_NOTE)


def test_a_suggestion_starts_from_the_drafts_words_on_every_chat() -> None:
    form = suggest_form("Year 3 loved the zoo.")
    [words] = form_modal(form, "countersign-suggest", "draft-")["blocks"]
    assert words["element"]["initial_value"] == "Year 3 loved the zoo."
    assert form_card(form, "draft-suggest")["body"][1]["value"] == "Year 3 loved the zoo."
    assert "Year 3 loved the zoo.</textarea>" in form_html(form, "/press", "")
