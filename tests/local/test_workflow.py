"""The practice workspace runs the real workflow: drafts checked, approved by someone else, published (practice),
taken down; every answer in the thread or to the person who pressed, as in Slack."""

from __future__ import annotations

import re

from chatbot import messages
from chatbot.approval import report_card as report
from chatbot.approval.states import State
from handlers.local.drafting import ref_of
from tests.local.practice import Practice

CLEAN = "Year 3 had a brilliant trip to the science museum today. Thank you to all the parents who helped!"


def state(p: Practice, message: str) -> str:
    stored = p.ws.service.store.get(ref_of(message).draft_id)
    assert stored is not None
    return str(stored.state)


def test_a_draft_goes_from_posting_to_published_practice(practice: Practice) -> None:
    draft = practice.draft("amara", CLEAN)
    assert "No problems found" in practice.seen_by("amara")
    practice.press("ben", report.APPROVE, draft)
    assert state(practice, draft) == State.PUBLISHED
    assert "Approved and published (practice)" in practice.thread(draft)
    (post,) = practice.ws.publisher.posts.values()
    assert post.text == CLEAN
    page = practice.client.get(f"/posts/{post.id}").text
    assert "97/280 as X counts it" in page and "97/500 as Mastodon" in page and "97/300 as Bluesky" in page
    assert "nothing here is published" in page


def test_the_report_loses_its_buttons_once_published(practice: Practice) -> None:
    draft = practice.draft("amara", CLEAN)
    assert "Approve</button>" in practice.client.get("/live?as=ben").text
    practice.press("ben", report.APPROVE, draft)
    assert f'value="{report.APPROVE}|{draft}"' not in practice.client.get("/live?as=ben").text


def test_an_approvers_own_draft_needs_someone_else(practice: Practice) -> None:
    draft = practice.draft("helen", CLEAN)
    practice.press("helen", report.APPROVE, draft)
    assert state(practice, draft) == State.AWAITING_APPROVAL
    assert messages.OWN_DRAFT in practice.thread(draft)
    practice.press("ben", report.APPROVE, draft)
    assert state(practice, draft) == State.PUBLISHED


def test_a_teacher_cannot_approve_and_the_emoji_does_what_the_button_does(practice: Practice) -> None:
    draft = practice.draft("helen", CLEAN)
    practice.post("/react", "amara", message=draft, emoji="white_check_mark")
    assert state(practice, draft) == State.AWAITING_APPROVAL
    practice.post("/react", "ben", message=draft, emoji="white_check_mark")
    assert state(practice, draft) == State.PUBLISHED


def test_a_pupils_name_blocks_and_approval_cannot_override_it(practice: Practice) -> None:
    draft = practice.draft("amara", "Huge congratulations to Amelia Nowak for her brilliant swimming gala today!")
    seen = practice.seen_by("ben")
    assert "Blocked" in seen and "pupil-name" in seen
    practice.press("ben", report.APPROVE, draft)
    assert state(practice, draft) == State.BLOCKED
    assert not practice.ws.publisher.posts


def test_rejecting_with_a_reason_tells_the_author(practice: Practice) -> None:
    draft = practice.draft("amara", CLEAN)
    practice.press("ben", report.REJECT, draft, reason="Please say which museum.")
    assert state(practice, draft) == State.REJECTED
    assert "Please say which museum." in practice.thread(draft)


def test_an_edit_is_checked_again_and_only_the_author_may_edit(practice: Practice) -> None:
    draft = practice.draft("amara", "Well done Josh Patel on a brilliant week!")
    assert state(practice, draft) == State.BLOCKED
    practice.post("/edit", "ben", message=draft, text="Well done Year 3!", do="edit")
    assert practice.notice("ben") == messages.PRACTICE_NOT_YOURS
    practice.post("/edit", "amara", message=draft, text=CLEAN, do="edit")
    assert state(practice, draft) == State.AWAITING_APPROVAL


def test_deleting_a_draft_withdraws_it(practice: Practice) -> None:
    draft = practice.draft("amara", CLEAN)
    practice.post("/edit", "amara", message=draft, do="delete")
    assert state(practice, draft) == State.WITHDRAWN
    practice.press("ben", report.APPROVE, draft)
    assert not practice.ws.publisher.posts


def test_a_post_is_taken_down_by_its_link_and_only_by_an_approver(practice: Practice) -> None:
    draft = practice.draft("amara", CLEAN)
    practice.press("ben", report.APPROVE, draft)
    link = re.search(r"<(http[^|>]+)\|", practice.thread(draft))
    assert link is not None
    practice.post("/unpublish", "amara", link=link[1], reason="")
    assert practice.notice("amara") == messages.ONLY_APPROVERS_UNPUBLISH
    practice.post("/unpublish", "helen", link=link[1], reason="A parent asked")
    assert state(practice, draft) == State.UNPUBLISHED
    assert "Taken down" in practice.client.get(link[1].removeprefix(practice.running.url)).text


def test_a_suggested_edit_is_accepted_by_the_author(practice: Practice) -> None:
    draft = practice.draft("amara", CLEAN)
    practice.press("ben", report.SUGGEST, draft, suggested="Year 3 loved the science museum today. Thank you!")
    assert practice.notice("ben") == messages.SUGGESTION_SENT
    practice.press("amara", report.ACCEPT, draft)
    assert "Year 3 loved the science museum today" in practice.seen_by("amara")
    assert practice.ws.service.store.get(ref_of(draft).draft_id).record["text"].startswith("Year 3 loved")


def test_nothing_to_post_and_names_not_on_the_roster_are_refused_with_nothing_lost(practice: Practice) -> None:
    practice.post("/drafts", "amara", text="   ")
    assert practice.notice("amara") == messages.PRACTICE_EMPTY
    practice.post("/drafts", "amara", text=CLEAN, pictured="Nobody Atall")
    assert "Nobody Atall" in practice.notice("amara") and not practice.ws.conversation.in_channel()[1:]
