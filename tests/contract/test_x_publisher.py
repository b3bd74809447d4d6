"""The X publisher against a local fake X API: posts, photos with alt text, deletions, and every failure mode."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from chatbot.approval.ports import PublishImage
from chatbot.errors import AlreadyPublished, PublishError
from chatbot.publishers.x import XCredentials, XPublisher
from tests.contract.fake_x_api import DUPLICATE, FORBIDDEN, TOO_MANY, UNAUTHORIZED, UNAVAILABLE, FakeXServer, Fault

pytestmark = pytest.mark.contract
CREDENTIALS = XCredentials("api-key", "api-secret", "access-token", "access-secret")


@pytest.fixture
def waits() -> list[float]:
    return []


@pytest.fixture
def x(x_server: FakeXServer, waits: list[float]) -> XPublisher:
    x_server.fake.faults.clear()
    x_server.fake.calls.clear()
    x_server.fake.posts.clear()  # X refuses a text it already has: each test starts with an empty account
    return XPublisher(CREDENTIALS, x_server.url, max_wait=120, attempts=3, sleep=waits.append)


def test_a_text_post_is_created_and_linked(x: XPublisher, x_server: FakeXServer) -> None:
    result = x.post("Year 4 have been learning about the Romans.")
    assert result.post_id in x_server.fake.posts
    assert x_server.fake.posts[result.post_id] == {"text": "Year 4 have been learning about the Romans."}
    assert result.url == f"https://x.com/i/web/status/{result.post_id}" and not result.dry_run


def test_photos_are_uploaded_with_their_alt_text_then_attached_in_order(x: XPublisher, x_server: FakeXServer) -> None:
    images = (
        PublishImage(b"\xff\xd8first", "image/jpeg", "Children racing"),
        PublishImage(b"\xff\xd8second", "image/jpeg"),
    )
    result = x.post("Sports day!", images)
    sent = x_server.fake.posts[result.post_id or ""]
    first, second = sent["media"]["media_ids"]
    assert (
        b"\xff\xd8first" in x_server.fake.media[first]["bytes"]
        and x_server.fake.media[first]["alt"] == "Children racing"
    )
    assert b"\xff\xd8second" in x_server.fake.media[second]["bytes"] and x_server.fake.media[second]["alt"] is None
    assert x_server.fake.calls[0][1].startswith("multipart/form-data")


def test_a_post_can_be_taken_down(x: XPublisher, x_server: FakeXServer) -> None:
    result = x.post("Oops")
    x.delete(result.post_id or "")
    assert result.post_id not in x_server.fake.posts


def test_429_waits_for_the_reset_then_posts(x: XPublisher, x_server: FakeXServer, waits: list[float]) -> None:
    x_server.fake.faults["POST /2/tweets"] = [Fault(429, TOO_MANY, reset_in=30)]
    assert x.post("Patience").post_id
    assert len(waits) == 1 and 25 <= waits[0] <= 32


def test_a_reset_too_far_away_fails_for_later_rather_than_waiting(x: XPublisher, x_server: FakeXServer) -> None:
    x_server.fake.faults["POST /2/tweets"] = [Fault(429, TOO_MANY, reset_in=3600)]
    with pytest.raises(PublishError, match="rate limit resets in 60 minutes") as failure:
        x.post("Later")
    assert failure.value.retryable


def test_503_is_retried_with_growing_back_off(x: XPublisher, x_server: FakeXServer, waits: list[float]) -> None:
    x_server.fake.faults["POST /2/tweets"] = [Fault(503, UNAVAILABLE), Fault(503, UNAVAILABLE)]
    assert x.post("Third time lucky").post_id
    assert waits == [1.0, 2.0]


def test_503_that_persists_fails_retryably(x: XPublisher, x_server: FakeXServer) -> None:
    x_server.fake.faults["POST /2/tweets"] = [Fault(503, UNAVAILABLE)] * 3
    with pytest.raises(PublishError, match="not answering properly") as failure:
        x.post("Never")
    assert failure.value.retryable and x_server.fake.posts.get("never") is None


def test_a_failing_photo_upload_is_retried_too(x: XPublisher, x_server: FakeXServer, waits: list[float]) -> None:
    x_server.fake.faults["POST /2/media/upload"] = [Fault(503, UNAVAILABLE)]
    assert x.post("Photo", (PublishImage(b"\xff\xd8", "image/jpeg"),)).post_id and waits == [1.0]


@pytest.mark.parametrize(
    ("fault", "raised", "message"),
    [
        (Fault(401, UNAUTHORIZED), PublishError, "check X_API_KEY"),
        (Fault(403, FORBIDDEN), PublishError, "'Read and write' permission"),
    ],
    ids=["401", "403"],
)
def test_refusals_fail_at_once_saying_what_to_fix(
    x: XPublisher, x_server: FakeXServer, waits: list[float], fault: Fault, raised: type[Exception], message: str
) -> None:
    x_server.fake.faults["POST /2/tweets"] = [fault]
    with pytest.raises(raised, match=message) as failure:
        x.post("Refused")
    assert waits == [] and not getattr(failure.value, "retryable", False)


def test_finds_its_own_recent_post_even_with_a_shortened_link(x: XPublisher, x_server: FakeXServer) -> None:
    posted = x.post("Menus for next week: https://www.example-primary.sch.uk/menus")
    x_server.fake.posts[posted.post_id or ""]["text"] = "Menus for next week: https://t.co/AbC123xyz"  # as X shows it
    found = x.find_recent("Menus for next week: https://www.example-primary.sch.uk/menus")
    assert found is not None and found.post_id == posted.post_id
    assert x.find_recent("A post that never went out") is None


def test_a_hung_connection_times_out_and_is_retried_then_fails_retryably(x: XPublisher, x_server: FakeXServer) -> None:
    publisher = XPublisher(CREDENTIALS, x_server.url, attempts=2, sleep=lambda _: None, timeout=0.5)
    x_server.fake.faults["POST /2/tweets"] = [Fault(503, UNAVAILABLE, delay=2), Fault(503, UNAVAILABLE, delay=2)]
    with pytest.raises(PublishError, match="not answering properly") as failure:
        publisher.post("Year 4 have been learning about the Romans.")
    assert failure.value.retryable
    x_server.fake.faults["POST /2/tweets"] = [Fault(503, UNAVAILABLE, delay=2)]
    retried = XPublisher(CREDENTIALS, x_server.url, attempts=2, sleep=lambda _: None, timeout=0.5)
    assert retried.post("Year 4 have been learning about the Romans.").post_id  # the second try got through


@pytest.mark.parametrize(
    ("text", "images"),
    [
        ("Fish & chips <3 for Year 2 > everyone else's", ()),
        ("Sports day photos!", (PublishImage(b"\xff\xd8one", "image/jpeg"),)),
        ("Menus & more: https://www.example-primary.sch.uk/menus", (PublishImage(b"\xff\xd8two", "image/jpeg"),)),
    ],
    ids=["escaped", "media-link", "both"],
)
def test_finds_its_own_post_as_x_shows_it(
    x: XPublisher, x_server: FakeXServer, text: str, images: tuple[PublishImage, ...]
) -> None:
    posted = x.post(text, images)
    found = x.find_recent(text)
    assert found is not None and found.post_id == posted.post_id
    assert x.find_recent(text.replace("!", "?") + " again") is None


def test_a_post_older_than_the_attempt_is_not_taken_for_it(x: XPublisher, x_server: FakeXServer) -> None:
    x.post("Reminder: school closes at 1pm")
    later = datetime.now(UTC) + timedelta(minutes=10)
    assert x.find_recent("Reminder: school closes at 1pm", since=later) is None


@pytest.mark.parametrize(
    "fault",
    [
        Fault(503, UNAVAILABLE, taken=True),
        Fault(201, "<html>upstream</html>", taken=True),
        Fault(503, UNAVAILABLE, delay=1.5, taken=True),
    ],
    ids=["503-after-taking", "201-not-json", "timeout-after-taking"],
)
def test_a_post_x_took_before_failing_is_found_not_posted_again(x_server: FakeXServer, fault: Fault) -> None:
    x_server.fake.posts.clear()
    publisher = XPublisher(CREDENTIALS, x_server.url, attempts=3, sleep=lambda _: None, timeout=0.5)
    x_server.fake.faults = {"POST /2/tweets": [fault]}
    result = publisher.post("Fish & chips on Friday <3", (PublishImage(b"\xff\xd8", "image/jpeg"),))
    assert list(x_server.fake.posts) == [result.post_id]


def test_a_duplicate_refusal_is_settled_by_finding_the_post(x: XPublisher, x_server: FakeXServer) -> None:
    first = x.post("Harvest festival & bake sale")
    again = x.post("Harvest festival & bake sale")
    assert again.post_id == first.post_id and len(x_server.fake.posts) == 1


def test_a_duplicate_refusal_for_a_post_x_does_not_show_says_it_is_already_there(
    x: XPublisher, x_server: FakeXServer, waits: list[float]
) -> None:
    x_server.fake.faults["POST /2/tweets"] = [Fault(403, DUPLICATE)]
    with pytest.raises(AlreadyPublished, match="already on the account"):
        x.post("Posted by hand on X months ago")
    assert waits == [] and x_server.fake.posts == {}
