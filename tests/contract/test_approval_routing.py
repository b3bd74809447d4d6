"""Approval by content: with `photos_of_children: senior_leaders`, a photo post is published only once a senior
leader approves it; a text post needs no one in particular; an exception can need the headteacher."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from chatbot.approval.routing import Routing
from chatbot.approval.states import State
from chatbot.school.settings import ApproversSection, SlackSection
from chatbot.store import RedisStore
from handlers.slack.app import web_client
from handlers.slack.approvers import SlackGroups
from tests.contract.conftest import DEPUTY, HEAD, TOKEN, Bot, make_bot
from tests.contract.fake_slack_api import FakeSlackServer
from tests.photos import GROUP_OF_SIX, jpeg, photo

pytestmark = pytest.mark.contract
PHOTO_TS = "1795428100.000200"


@pytest.fixture
def bot(slack_server: FakeSlackServer, store: RedisStore) -> Bot:
    groups = SlackGroups(web_client(TOKEN, slack_server.url), {"senior_leaders": ApproversSection(users=[DEPUTY])})
    return make_bot(slack_server, store, routing=Routing({"photos_of_children": "senior_leaders"}, groups))


def photo_post(bot: Bot) -> str:
    bot.slack.files["group.jpg"] = jpeg(photo(GROUP_OF_SIX).resize((1600, 1200)))
    bot.send("event_message_file_share", event__ts=PHOTO_TS, event_id="Ev0ROUTE01",
             event__files__0__url_private_download=bot.api_url + "files/group.jpg")  # fmt: skip
    bot.say_pictured(PHOTO_TS, "", "Joshua Patel")
    return f"slack:C0DRAFTS01:{PHOTO_TS}"


def state(bot: Bot, draft: str) -> State:
    stored = bot.store.get(draft)
    assert stored is not None
    return stored.state


def test_a_photo_of_children_waits_for_a_senior_leader(bot: Bot) -> None:
    draft = photo_post(bot)
    bot.send("event_reaction_added", event__item__ts=PHOTO_TS, event__user=HEAD, event_id="Ev0ROUTEA1")
    assert state(bot, draft) == State.AWAITING_APPROVAL and bot.publisher.posted == []
    assert "approval from senior leaders" in bot.thread(PHOTO_TS)[-1]
    bot.send("event_reaction_added", event__item__ts=PHOTO_TS, event__user=DEPUTY, event_id="Ev0ROUTEA2")
    assert state(bot, draft) == State.PUBLISHED


def test_a_text_post_needs_no_one_in_particular(bot: Bot) -> None:
    bot.send("event_message")
    bot.send("event_reaction_added", event__user=HEAD)
    assert state(bot, "slack:C0DRAFTS01:1795428000.000100") == State.PUBLISHED


def test_a_rule_naming_an_unknown_group_is_refused_at_start_up() -> None:
    with pytest.raises(ValidationError, match=r"not among slack\.approver_groups"):
        SlackSection(approval_rules={"exceptions": "headteacher"})
