"""Templates: approvers keep pre-approved wording by name; `/countersign template NAME` opens the draft form with
it filled in; the draft made from it is still checked and still needs an approval."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from chatbot.approval.states import State
from tests.contract.conftest import AUTHOR, HEAD, TA, Bot

pytestmark = pytest.mark.contract
SNOW = "School is closed because of snow.\nStay safe, and check the website for updates."


def answers(bot: Bot) -> list[str]:
    return [str(call.get("text")) for call in bot.slack.named("webhook")]


def command(bot: Bot, text: str, user: str, n: int) -> None:
    bot.send("slash_command", text=text, user_id=user, trigger_id=f"T{n}")


def test_an_approver_keeps_wording_and_a_teacher_cannot(bot: Bot) -> None:
    command(bot, f"template add snow {SNOW}", TA, 1)
    assert answers(bot)[-1] == "Only the school's approvers can add or remove templates."
    command(bot, f"template add Snow {SNOW}", HEAD, 2)
    assert "Template `snow` saved" in answers(bot)[-1]
    assert bot.store.templates.text("SNOW") == SNOW  # any case; the words keep their line break
    command(bot, "template", TA, 3)
    assert "`snow`" in answers(bot)[-1]
    audit = [(e["action"], e["by"], e["detail"]) for e in bot.store.governance.history()]
    assert audit == [("template-saved", HEAD, "snow")]  # the name, never the words


def test_a_template_fills_the_form_and_its_draft_is_checked_and_approved_as_any_other(bot: Bot) -> None:
    command(bot, "template add pe PE kits are needed on Wednesday afternoons, please.", HEAD, 1)
    command(bot, "template pe", AUTHOR, 2)
    [opened] = bot.slack.named("views.open")
    view = opened["view"] if isinstance(opened["view"], dict) else json.loads(opened["view"])
    field = next(b for b in view["blocks"] if b["block_id"] == "draft-text")
    assert field["element"]["initial_value"] == "PE kits are needed on Wednesday afternoons, please."
    values = {
        "draft-text": {"text": {"type": "plain_text_input", "value": field["element"]["initial_value"]}},
        "draft-pictured": {"pictured": {"type": "multi_external_select", "selected_options": []}},
        "draft-exception": {"exception": {"type": "static_select", "selected_option": {"value": "none"}}},
        "draft-reason": {"reason": {"type": "plain_text_input", "value": None}},
    }
    bot.send("view_submission", view__state__values=values)
    [draft] = bot.store.draft_ids(datetime(2000, 1, 1, tzinfo=UTC))
    assert (stored := bot.store.get(draft)) is not None and stored.state == State.AWAITING_APPROVAL


def test_an_unknown_template_is_named_and_a_removed_one_is_gone(bot: Bot) -> None:
    command(bot, "template add kit Bring your kit.", HEAD, 1)
    command(bot, "template hats", AUTHOR, 2)
    assert answers(bot)[-1] == "There is no template called `hats` (templates: `kit`)."
    command(bot, "template remove kit", HEAD, 3)
    assert answers(bot)[-1] == "Template `kit` removed." and bot.store.templates.names() == []
    assert bot.slack.named("views.open") == []
