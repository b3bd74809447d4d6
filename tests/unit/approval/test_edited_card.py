"""A post edited after publishing, described once: Take it down and the correction, both naming the draft by its id,
which reads back as the same ref whatever colons the chat's channel id holds."""

from __future__ import annotations

from chatbot.approval.edited_card import CORRECTION, TAKE_DOWN, edited_card
from chatbot.approval.events import MessageRef
from chatbot.cards import Buttons


def test_the_edited_card_offers_take_down_and_the_correction_for_the_draft() -> None:
    parts = edited_card("Edited after publishing.", "slack:C0DRAFTS01:1795428000.000100")
    [buttons] = [p for p in parts if isinstance(p, Buttons)]
    assert [(b.action, b.value) for b in buttons.buttons] == [
        (TAKE_DOWN, "slack:C0DRAFTS01:1795428000.000100"),
        (CORRECTION, "slack:C0DRAFTS01:1795428000.000100"),
    ]


def test_a_draft_id_reads_back_as_its_ref_even_when_the_channel_holds_colons() -> None:
    for ref in (
        MessageRef("slack", "C0DRAFTS01", "1795428000.000100"),
        MessageRef("teams", "19:drafts0001@thread.tacv2", "1795428000100"),
        MessageRef("local", "drafts", "7"),
    ):
        assert MessageRef.of(ref.draft_id) == ref
