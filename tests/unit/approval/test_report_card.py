"""The report as a card described once: what it says and which buttons it offers depend on the draft's state."""

from __future__ import annotations

from dataclasses import replace

from chatbot.approval import report_card as card
from chatbot.approval.draft_form import DAY, TIME
from chatbot.cards import Ask, Buttons, Field, Line
from tests.drafting import report


def actions(parts: list[object]) -> list[str]:
    return [b.action for part in parts if isinstance(part, Buttons) for b in part.buttons]


def words(parts: list[object]) -> str:
    return " ".join(part.text for part in parts if isinstance(part, Line))


def asked(parts: list[object]) -> dict[str, Ask]:
    return {b.action: b for part in parts if isinstance(part, Buttons) for b in part.buttons if isinstance(b, Ask)}


def test_a_clean_draft_waiting_offers_schedule_suggest_approve_and_reject_each_asking_its_form() -> None:
    parts = card.report_card(report("Year 3 enjoyed their science week."), "awaiting_approval", 0, 1, "m1", "£0.01")
    assert (
        "No problems found" in words(parts) and "Needs 1 more approval(s)" in words(parts) and "£0.01" in words(parts)
    )
    assert actions(parts) == [card.SCHEDULE, card.SUGGEST, card.APPROVE, card.REJECT]
    forms = asked(parts)
    assert [f.name for f in forms[card.SCHEDULE].form.fields] == [DAY, TIME]
    assert forms[card.SUGGEST].form.fields[0].value == "Year 3 enjoyed their science week."
    assert forms[card.REJECT].form.fields[0].name == card.REASON and not forms[card.REJECT].form.fields[0].optional
    assert not any(isinstance(p, Field) for p in parts)  # every answer is asked for in its form


def test_a_blocked_draft_says_each_finding_and_offers_no_decision() -> None:
    parts = card.report_card(report("Well done Josh, gr8 work today!"), "blocked", 0, 1, "m1", "£0.01")
    assert "Blocked" in words(parts) and "*Fix:*" in words(parts) and "£0.01" not in words(parts)
    assert actions(parts) == [card.SCHEDULE, card.SUGGEST]


def test_photos_waiting_for_who_is_pictured_ask_for_pupils_or_one_of_two_answers() -> None:
    waiting = replace(report("Our art display."), pictured_unanswered=True, photos=(("art.jpg", None),))
    parts = card.report_card(waiting, "awaiting_approval", 0, 1, "m1")
    assert actions(parts)[:2] == [card.PICTURED, card.DESCRIBED]
    pictured, described = asked(parts)[card.PICTURED], asked(parts)[card.DESCRIBED]
    assert pictured.ask == card.PICTURED_ASK and [f.kind for f in pictured.form.fields] == ["pupils", "choice"]
    assert described.ask == card.DESCRIBE_ASK and "art.jpg" in described.form.fields[0].label


def test_a_published_draft_has_words_only() -> None:
    parts = card.report_card(report("Year 3 enjoyed their science week."), "published", 1, 1, "m1")
    assert actions(parts) == [] and all(isinstance(p, Line) for p in parts)


def test_each_card_names_its_draft_in_every_button() -> None:
    parts = card.report_card(report("Year 3 enjoyed their science week."), "awaiting_approval", 0, 1, "m42")
    parts += card.retry_card("Failed.", "m42") + card.suggestion_card("Try this.", "m42")
    assert {b.value for p in parts if isinstance(p, Buttons) for b in p.buttons} == {"m42"}


def test_where_the_chat_opens_forms_each_ask_is_a_button_naming_the_form_to_open() -> None:
    waiting = replace(report("Our art display."), pictured_unanswered=True)
    parts = card.report_card(waiting, "awaiting_approval", 0, 1, "m1", how="Ann reacts with :white_check_mark:")
    opens = [b.ask if isinstance(b, Ask) else b.action for p in parts if isinstance(p, Buttons) for b in p.buttons]
    assert opens == [card.PICTURED_ASK, card.SCHEDULE_ASK, card.SUGGEST_ASK, card.APPROVE, card.REJECT]
    assert "Ann reacts with" in words(parts)


def test_each_finding_is_one_line_so_a_card_with_the_most_findings_stays_within_a_chats_limits() -> None:
    many = report(" ".join(f"Well done Josh{n}, gr8 work!" for n in range(30)))
    parts = card.report_card(many, "blocked", 0, 1, "m1")
    found = [p for p in parts[1:] if isinstance(p, Line) and p.text.startswith((":no_entry: *", ":warning: *"))]
    assert len(found) == card.MAX_FINDINGS and len(parts) <= 50  # Slack's most blocks in a message
    assert any("\n*Fix:* " in p.text for p in found) and "more." in words(parts)
