"""Photos go through the same checks as in Slack (metadata gone, faces asked about), and the workspace's clock lets
people try the posting windows: a post approved on a pretend Saturday waits for Monday."""

from __future__ import annotations

from chatbot import messages
from chatbot.approval import report_card as report
from chatbot.approval.states import State
from chatbot.school.settings import PostingSection
from tests.local.practice import Practice, settings, workspace
from tests.local.test_workflow import CLEAN, state
from tests.photos import jpeg, jpeg_markers, photo, scene

EXIF = 0xE1


def test_a_photo_with_faces_waits_for_who_is_pictured_and_goes_out_without_its_metadata(practice: Practice) -> None:
    picture = jpeg(photo([(900, 700, 380)]), gps=True, camera=True)
    files = [("photos", ("IMG_0001.jpg", picture, "image/jpeg"))]
    draft = practice.draft("amara", "Our Year 5 science fair was a great success!", files=files,
                           **{"alt-1": "Pupils at the science fair"})  # fmt: skip
    assert "say who is pictured" in practice.seen_by("ben")
    practice.press("ben", report.APPROVE, draft)
    assert state(practice, draft) != State.PUBLISHED
    practice.press("amara", report.PICTURED, draft, pictured_answer="nobody-identifiable")
    practice.press("amara", report.DESCRIBED, draft, **{"alt-1": "Pupils at the science fair, seen from behind"})
    practice.press("ben", report.APPROVE, draft)
    assert state(practice, draft) == State.PUBLISHED
    (post,) = practice.ws.publisher.posts.values()
    assert post.photos[0].alt_text == "Pupils at the science fair, seen from behind"  # changed from the report
    assert EXIF not in jpeg_markers(post.photos[0].data)
    shown = [m for m in practice.ws.conversation.replies(draft) if m.photos]
    assert shown and EXIF not in jpeg_markers(practice.client.get(f"/photos/{shown[0].photos[0]}").content)


def test_naming_a_pupil_without_consent_blocks_the_photo(practice: Practice) -> None:
    files = [("photos", ("IMG_0002.jpg", jpeg(photo([(900, 700, 380)])), "image/jpeg"))]
    draft = practice.draft("amara", "A lovely afternoon of art in Year 3.", files=files)
    practice.press("amara", report.PICTURED, draft, pictured="Nobody Known")
    assert practice.notice("amara") == messages.pupils_not_on_roster(["Nobody Known"])
    practice.press("amara", report.PICTURED, draft, pictured="Amelia Nowak")
    assert state(practice, draft) == State.BLOCKED
    assert "consent" in practice.seen_by("amara").lower()


def test_a_corrupt_photo_is_said_plainly_and_the_words_are_kept(practice: Practice) -> None:
    files = [("photos", ("broken.jpg", b"\xff\xd8\xff\xe0 not really a photo", "image/jpeg"))]
    draft = practice.draft("amara", CLEAN, files=files)
    assert practice.ws.conversation.get(draft).text == CLEAN
    seen = practice.seen_by("amara")
    assert "image-unreadable" in seen and "Photo 1 (broken.jpg) cannot be used" in seen
    assert "0 photo(s)" not in seen and state(practice, draft) == State.BLOCKED


def test_a_post_approved_on_a_pretend_saturday_waits_for_monday() -> None:
    chosen = settings(posting=PostingSection(windows=["Mon-Fri 08:00-18:00"], bank_holidays="none"))
    with workspace(chosen) as practice:
        practice.post("/clock", "amara", day="Saturday", time="10:00", do="pretend")
        assert "Saturday" in practice.notice("amara") and "(pretend)" in practice.client.get("/?as=amara").text
        draft = practice.draft("amara", "Have a restful weekend, everyone.")
        practice.press("ben", report.APPROVE, draft)
        assert state(practice, draft) == State.SCHEDULED
        assert "Monday" in practice.thread(draft)
        practice.post("/clock", "amara", day="Monday", time="09:00", do="pretend")
        assert state(practice, draft) == State.PUBLISHED
        practice.post("/clock", "amara", do="real")
        assert practice.notice("amara") == messages.PRACTICE_CLOCK_REAL


def test_a_time_it_cannot_read_is_said(practice: Practice) -> None:
    practice.post("/clock", "amara", day="Someday", time="25:99", do="pretend")
    assert practice.notice("amara") == messages.PRACTICE_CLOCK_UNREADABLE
    practice.post("/drafts", "amara", text=CLEAN, publish_on="2026-13-45", publish_time="10:00")
    assert practice.notice("amara") == messages.TIME_UNREADABLE


def test_a_scene_without_faces_needs_no_answer(practice: Practice) -> None:
    files = [("photos", ("field.jpg", jpeg(scene()), "image/jpeg"))]
    draft = practice.draft("amara", "The new school garden is ready for spring.", files=files)
    practice.press("ben", report.APPROVE, draft)
    assert state(practice, draft) == State.PUBLISHED


def test_a_chosen_time_holds_the_post_and_home_can_move_or_cancel_it(practice: Practice) -> None:
    from datetime import timedelta

    draft = practice.draft("amara", "Year 3 loved their science week. Thank you to all the parents who helped!")
    later = practice.ws.clock.now().astimezone(practice.ws.clock.zone) + timedelta(days=2)
    practice.press("amara", report.SCHEDULE, draft, publish_on=f"{later:%Y-%m-%d}", publish_time="10:30")
    assert practice.notice("amara") == messages.TIME_SAVED
    practice.press("ben", report.APPROVE, draft)
    assert state(practice, draft) == State.SCHEDULED and not practice.ws.publisher.posts
    assert f"{later:%a %-d %b} 10:30" in practice.seen_by("ben")
    stored_id = f"local:drafts:{draft}"
    practice.press("ben", "home-reschedule", stored_id, publish_on=f"{later:%Y-%m-%d}", publish_time="11:45")
    assert f"{later:%a %-d %b} 11:45" in practice.seen_by("ben")
    practice.press("amara", "home-cancel", stored_id)
    assert state(practice, draft) == State.SCHEDULED  # only an approver may cancel
    practice.press("ben", "home-cancel", stored_id)
    assert state(practice, draft) != State.SCHEDULED and not practice.ws.publisher.posts
