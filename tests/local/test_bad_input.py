"""Bad input gets a plain answer and loses nothing: huge drafts, presses from other sites, bodies too large to be
photos, a hundred presses a second, garbage, and a Redis that stopped answering."""

from __future__ import annotations

import socket

from chatbot import messages
from chatbot.approval import report_card as report
from chatbot.approval.states import State
from handlers.local.guards import MAX_BODY, PRESSES
from tests.local.practice import Practice
from tests.local.test_workflow import CLEAN, state


def test_a_huge_draft_is_kept_and_answered_in_its_thread(practice: Practice) -> None:
    huge = "Our school news. " * 4000  # 68,000 characters
    draft = practice.draft("amara", huge)
    assert state(practice, draft) == State.BLOCKED
    assert practice.ws.conversation.get(draft).text == huge.strip()
    assert "Blocked" in practice.seen_by("amara")


def test_words_over_a_megabyte_are_refused_plainly(practice: Practice) -> None:
    answer = practice.client.post("/drafts", files={"text": (None, "a" * (1024 * 1024 + 1))}, data={"as": "amara"})
    assert answer.status_code == 400 and messages.PRACTICE_UNREADABLE in answer.text.replace("&#x27;", "'")
    assert len(practice.ws.conversation.in_channel()) == 1


def test_a_press_from_another_sites_page_is_refused(practice: Practice) -> None:
    answer = practice.client.post("/drafts", data={"as": "amara", "text": CLEAN},
                                  headers={"Origin": "http://evil.example"}, follow_redirects=False)  # fmt: skip
    assert answer.status_code == 403 and messages.PRACTICE_FOREIGN_PAGE in answer.text
    assert len(practice.ws.conversation.in_channel()) == 1  # only the follower note from start-up


def test_a_body_larger_than_four_photos_is_refused_before_it_is_read(practice: Practice) -> None:
    host, port = practice.running.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as raw:
        raw.sendall(f"POST /drafts HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: multipart/form-data; "
                    f"boundary=x\r\nContent-Length: {MAX_BODY + 1}\r\n\r\n".encode())  # fmt: skip
        answer = b""
        while b"</html>" not in answer and (chunk := raw.recv(65536)):
            answer += chunk
    said = answer.decode(errors="replace")
    assert said.startswith("HTTP/1.1 413") and "too much to send at once (121 MB)" in said


def test_a_hundred_presses_at_once_are_slowed_and_the_workspace_still_answers(practice: Practice) -> None:
    draft = practice.draft("helen", CLEAN)
    codes = [practice.post("/press", "ben", press=f"{report.APPROVE}|{draft}").status_code for _ in range(100)]
    assert codes.count(429) >= 100 - PRESSES - 1 and 303 in codes
    assert state(practice, draft) == State.PUBLISHED
    assert len(practice.ws.publisher.posts) == 1  # published once, however many presses
    assert practice.client.get("/?as=amara").status_code == 200


def test_garbage_gets_a_plain_answer(practice: Practice) -> None:
    practice.post("/press", "ben", press="no-such-button|m999")
    assert practice.notice("ben") == messages.PRACTICE_GONE
    practice.post("/react", "ben", message="m999", emoji="white_check_mark")
    assert practice.notice("ben") == messages.PRACTICE_GONE
    answer = practice.client.post("/drafts", content=b'{"text": 1}', headers={"Content-Type": "application/json"},
                                  follow_redirects=False)  # fmt: skip
    assert answer.status_code == 303 and practice.notice("amara") == messages.PRACTICE_EMPTY
    assert practice.client.get("/photos/p404").status_code == 404
    assert "no longer in the practice workspace" in practice.client.get("/posts/1").text


def test_a_stopped_redis_is_said_plainly_and_the_words_stay(practice: Practice) -> None:
    practice.running.redis.stop()
    answer = practice.client.post("/drafts", data={"as": "amara", "text": CLEAN}, follow_redirects=False)
    assert answer.status_code == 503
    assert "Nothing was lost" in answer.text and "Traceback" not in answer.text
    assert any(m.text == CLEAN for m in practice.ws.conversation.in_channel())
    assert practice.client.get("/healthz").status_code == 503
