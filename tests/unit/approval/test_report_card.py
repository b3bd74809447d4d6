"""The report as a card described once: what it says and which buttons it offers depend on the draft's state."""

from __future__ import annotations

from dataclasses import replace

from chatbot.approval import report_card as card
from chatbot.approval.draft_form import DAY, TIME
from chatbot.cards import Buttons, Field, Line
from tests.drafting import report


def actions(parts: list[object]) -> list[str]:
    return [b.action for part in parts if isinstance(part, Buttons) for b in part.buttons]


def words(parts: list[object]) -> str:
    return " ".join(part.text for part in parts if isinstance(part, Line))


def test_a_clean_draft_waiting_offers_approve_reject_schedule_and_suggest() -> None:
    parts = card.report_card(report("Year 3 enjoyed their science week."), "awaiting_approval", 0, 1, "m1", "£0.01")
    assert (
        "No problems found" in words(parts) and "Needs 1 more approval(s)" in words(parts) and "£0.01" in words(parts)
    )
    assert actions(parts) == [card.APPROVE, card.REJECT, card.SCHEDULE, card.SUGGEST]
    assert {f.name for f in parts if isinstance(f, Field)} == {card.REASON, DAY, TIME, card.SUGGESTED}


def test_a_blocked_draft_says_each_finding_and_offers_no_decision() -> None:
    parts = card.report_card(report("Well done Josh, gr8 work today!"), "blocked", 0, 1, "m1", "£0.01")
    assert "Blocked" in words(parts) and "*Fix:*" in words(parts) and "£0.01" not in words(parts)
    assert card.APPROVE not in actions(parts)


def test_photos_waiting_for_who_is_pictured_offer_the_three_answers() -> None:
    waiting = replace(report("Our art display."), pictured_unanswered=True)
    parts = card.report_card(waiting, "awaiting_approval", 0, 1, "m1")
    assert actions(parts)[:3] == [card.PICTURED_NOBODY, card.PICTURED_CHECKED, card.PICTURED_NAMED]
    assert any(isinstance(p, Field) and p.name == card.PICTURED_NAMES for p in parts)


def test_a_published_draft_has_words_only() -> None:
    parts = card.report_card(report("Year 3 enjoyed their science week."), "published", 1, 1, "m1")
    assert actions(parts) == [] and all(isinstance(p, Line) for p in parts)


def test_each_card_names_its_draft_in_every_button() -> None:
    parts = card.report_card(report("Year 3 enjoyed their science week."), "awaiting_approval", 0, 1, "m42")
    parts += card.retry_card("Failed.", "m42") + card.suggestion_card("Try this.", "m42")
    assert {b.value for p in parts if isinstance(p, Buttons) for b in p.buttons} == {"m42"}


def test_where_the_chat_opens_forms_each_question_is_a_button_and_the_card_has_no_fields() -> None:
    waiting = replace(report("Our art display."), pictured_unanswered=True)
    parts = card.report_card(waiting, "awaiting_approval", 0, 1, "m1", how="Ann reacts with :white_check_mark:",
                             forms=True)  # fmt: skip
    assert actions(parts) == [card.PICTURED_ASK, card.SCHEDULE_ASK, card.SUGGEST_ASK, card.APPROVE, card.REJECT]
    assert not any(isinstance(p, Field) for p in parts) and "Ann reacts with" in words(parts)


def test_where_the_chat_opens_forms_a_blocked_draft_still_asks_but_offers_no_decision() -> None:
    parts = card.report_card(report("Well done Josh, gr8 work today!"), "blocked", 0, 1, "m1", forms=True)
    assert actions(parts) == [card.SCHEDULE_ASK, card.SUGGEST_ASK]


def test_each_finding_is_one_line_so_a_card_with_the_most_findings_stays_within_a_chats_limits() -> None:
    many = report(" ".join(f"Well done Josh{n}, gr8 work!" for n in range(30)))
    parts = card.report_card(many, "blocked", 0, 1, "m1", forms=True)
    found = [p for p in parts[1:] if isinstance(p, Line) and p.text.startswith((":no_entry: *", ":warning: *"))]
    assert len(found) == card.MAX_FINDINGS and len(parts) <= 50  # Slack's most blocks in a message
    assert any("\n*Fix:* " in p.text for p in found) and "more." in words(parts)
