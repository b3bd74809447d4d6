"""The posts a pupil was named in, described once: each with Take it down while the bot can take it down, a post
it cannot said to be taken down on the network itself, and never more than a chat's message can hold."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from chatbot import messages
from chatbot.approval.events import MessageRef
from chatbot.approval.withdrawal import PicturedPost
from chatbot.approval.withdrawal_card import MOST, TAKE_DOWN, withdrawal_card
from chatbot.cards import Buttons, Line

LONDON = ZoneInfo("Europe/London")
AT = datetime(2027, 3, 5, 10, tzinfo=UTC)


def post(n: int, gone: bool = False) -> PicturedPost:
    ref = None if gone else MessageRef("slack", "C1", f"{n}.0")
    return PicturedPost(f"slack:C1:{n}.0", AT, (f"https://x.com/school/status/{n}",), ref)


def test_each_post_the_bot_can_still_take_down_has_its_button_and_one_it_cannot_says_so() -> None:
    parts = withdrawal_card("Joshua Patel", [post(1), post(2, gone=True)], LONDON)
    buttons = [b for p in parts if isinstance(p, Buttons) for b in p.buttons]
    assert [(b.action, b.value) for b in buttons] == [(TAKE_DOWN, "slack:C1:1.0")]
    said = [p.text for p in parts if isinstance(p, Line)]
    assert (
        said[1].startswith("Published 5 March 2027: https://x.com/") and messages.CONSENT_TAKE_DOWN_BY_HAND in said[2]
    )


def test_no_posts_is_said_plainly_and_many_are_cut_to_what_a_message_holds() -> None:
    [nothing] = withdrawal_card("Joshua Patel", [], LONDON)
    assert isinstance(nothing, Line) and nothing.text.startswith("No published post names Joshua Patel")
    parts = withdrawal_card("Joshua Patel", [post(n) for n in range(MOST + 5)], LONDON)
    last = parts[-1]
    assert len(parts) <= 50 and sum(isinstance(p, Buttons) for p in parts) == MOST
    assert isinstance(last, Line) and "5 more" in last.text
