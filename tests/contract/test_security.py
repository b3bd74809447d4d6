"""Nobody approves their own draft by any path, and only approvers unpublish, pause or decide."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from chatbot.approval.states import State
from tests.contract.conftest import AUTHOR, HEAD, TA, Bot

pytestmark = pytest.mark.contract


@pytest.mark.parametrize("path", ["emoji", "button"])
def test_a_draft_posted_with_the_form_cannot_be_approved_by_its_author(bot: Bot, path: str) -> None:
    bot.send("view_submission", view__state__values={
        "draft-text": {"text": {"type": "plain_text_input", "value": "Year 5 enjoyed the science fair."}},
        "draft-pictured": {"pictured": {"type": "multi_external_select", "selected_options": []}},
        "draft-exception": {"exception": {"type": "static_select", "selected_option": {"value": "none"}}},
        "draft-reason": {"reason": {"type": "plain_text_input", "value": None}},
    })  # fmt: skip
    [draft] = bot.store.draft_ids(datetime(2000, 1, 1, tzinfo=UTC))
    ts = draft.rsplit(":", 1)[1]
    stored = bot.store.get(draft)
    assert stored is not None and stored.author == AUTHOR and stored.state == State.AWAITING_APPROVAL
    if path == "emoji":
        bot.send("event_reaction_added", event__item__ts=ts, event__user=AUTHOR, event_id="Ev0SELF0001")
    else:
        bot.send("block_actions", actions__0__value=ts, user__id=AUTHOR, container__thread_ts=ts)
    assert bot.store.get(draft).state == State.AWAITING_APPROVAL  # type: ignore[union-attr]
    assert bot.publisher.posted == []
    bot.send("event_reaction_added", event__item__ts=ts, event__user=HEAD, event_id="Ev0HEADOK01")
    assert bot.store.get(draft).state == State.PUBLISHED  # type: ignore[union-attr]


def test_a_teacher_cannot_reject_retry_or_unpublish(bot: Bot) -> None:
    bot.send("event_message")
    bot.send("block_actions", actions__0__action_id="draft-reject", user__id=TA)
    stored = bot.store.get("slack:C0DRAFTS01:1795428000.000100")
    assert stored is not None and stored.state == State.AWAITING_APPROVAL
    bot.send("event_reaction_added", event__reaction="wastebasket", event__user=TA, event_id="Ev0BIN00001")
    assert bot.store.get(stored.id).state == State.AWAITING_APPROVAL  # type: ignore[union-attr]
