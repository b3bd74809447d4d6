"""The same scenarios on Slack and Teams, from one list: each platform is driven through its real edge (the bolt App
with Slack's payloads; the Teams SDK's endpoint with signed activities) against the fakes and a real Redis."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

import pytest

from chatbot import messages
from chatbot.approval.states import State
from chatbot.store import RedisStore
from tests.contract import conftest as slack
from tests.contract import teams_bot as teams
from tests.contract.fake_slack_api import FakeSlackServer
from tests.contract.fake_teams_api import FakeTeamsServer
from tests.redis_server import RedisServer

pytestmark = pytest.mark.contract
WORDS = "Year 3 have been building volcanoes in science. What a wonderful mess!"
BLOCKED = "Call Mrs Smith on 07700 900123 about the trip"
SLACK_TS = "1795428000.000100"  # the stored message payload's ts
PERSONAL_CHAT = "a:1personalChatWithHead"  # the 1:1 chat of Teams' personal_message payload
TUESDAY_1515 = datetime(2030, 3, 5, 15, 15, tzinfo=UTC)  # London is on GMT in March


def class_photo() -> bytes:
    from tests.photos import GROUP_OF_SIX, jpeg, photo

    return jpeg(photo(GROUP_OF_SIX).resize((1600, 1200)))


class Chat(Protocol):
    author: str
    approver: str
    colleague: str

    def post(self, text: str) -> None: ...
    def approve(self, user: str) -> None: ...
    def reject(self, user: str, reason: str) -> None: ...
    def schedule(self, user: str, at: datetime) -> None: ...
    def form(self, text: str, exception: str, reason: str, at: datetime) -> str: ...  # the draft's id
    def approve_draft(self, draft: str, user: str) -> None: ...
    def state(self) -> State | None: ...
    def published(self) -> list[str]: ...
    def said(self) -> str: ...
    def home(self, user: str) -> str: ...  # the person's home (Slack's App Home; Teams' home card in the 1:1 chat)
    def post_photo(self) -> None: ...  # a draft with a class photo (six faces)
    def say_nobody_identifiable(self, user: str) -> None: ...  # the answer to "who is pictured?"


@dataclass
class SlackChat:
    bot: slack.Bot
    author: str = slack.AUTHOR
    approver: str = slack.HEAD
    colleague: str = slack.TA
    draft: str = f"slack:{slack.CHANNEL}:{SLACK_TS}"
    presses: int = 0

    def post(self, text: str) -> None:
        self.bot.send("event_message", event__text=text)

    def approve(self, user: str) -> None:
        self.presses += 1
        self.bot.send("event_reaction_added", event__user=user, event_id=f"Ev0BOTH{self.presses:04d}")

    def reject(self, user: str, reason: str) -> None:
        values = {"reject-reason": {"reason": {"type": "plain_text_input", "value": reason}}}
        self.bot.send("view_submission", view__callback_id="countersign-reject", user__id=user, view__id="V0REJ1",
                      view__private_metadata=f"{slack.CHANNEL} {SLACK_TS}", view__state__values=values)  # fmt: skip

    def schedule(self, user: str, at: datetime) -> None:
        values = {"schedule-at": {"at": {"type": "datetimepicker", "selected_date_time": int(at.timestamp())}}}
        self.bot.send("view_submission", view__callback_id="countersign-schedule", user__id=user, view__id="V0SCH1",
                      view__private_metadata=self.draft, view__state__values=values)  # fmt: skip

    def form(self, text: str, exception: str, reason: str, at: datetime) -> str:
        values: dict[str, Any] = {
            "draft-text": {"text": {"type": "plain_text_input", "value": text}},
            "draft-pictured": {"pictured": {"type": "multi_external_select", "selected_options": []}},
            "draft-exception": {"exception": {"type": "static_select", "selected_option": {"value": exception}}},
            "draft-reason": {"reason": {"type": "plain_text_input", "value": reason}},
            "draft-publish-at": {"publish-at": {"type": "datetimepicker", "selected_date_time": int(at.timestamp())}},
        }
        self.bot.send("view_submission", view__state__values=values, user__id=self.author, view__id="V0FORM1")
        [draft] = self.bot.store.draft_ids(datetime(2000, 1, 1, tzinfo=UTC))
        return draft

    def approve_draft(self, draft: str, user: str) -> None:
        self.bot.send("event_reaction_added", event__item__ts=draft.rsplit(":", 1)[1], event__user=user,
                      event_id="Ev0BOTHFORM1")  # fmt: skip

    def state(self) -> State | None:
        stored = self.bot.store.get(self.draft)
        return stored.state if stored else None

    def published(self) -> list[str]:
        return [text for _, text in self.bot.publisher.posted]

    def said(self) -> str:
        calls = self.bot.slack.named("chat.postMessage") + self.bot.slack.named("chat.update")
        return json.dumps([(c.get("text"), c.get("blocks")) for c in calls], ensure_ascii=False)

    def home(self, user: str) -> str:
        self.presses += 1
        self.bot.send("event_app_home_opened", event__user=user, event_id=f"Ev0HOME{self.presses:04d}")
        view: Any = [c for c in self.bot.slack.named("views.publish") if c["user_id"] == user][-1]["view"]
        return json.dumps(json.loads(view) if isinstance(view, str) else view, ensure_ascii=False)

    def post_photo(self) -> None:
        self.bot.slack.files["class.jpg"] = class_photo()
        self.bot.send("event_message_file_share", event__ts=SLACK_TS, event__event_ts=SLACK_TS,
                      event__files__0__url_private_download=f"{self.bot.api_url}files/class.jpg")  # fmt: skip

    def say_nobody_identifiable(self, user: str) -> None:
        self.bot.say_pictured(SLACK_TS, "nobody-identifiable", user=user)


@dataclass
class TeamsChat:
    bot: teams.TeamsBot
    author: str = teams.AUTHOR
    approver: str = teams.HEAD
    colleague: str = teams.TA
    draft: str = f"teams:{teams.CHANNEL}:{teams.DRAFT}"
    homes: int = 0

    def post(self, text: str) -> None:
        self.bot.send("message", text=f"<p>{text}</p>")

    def approve(self, user: str) -> None:
        self.bot.press("approve", user)

    def reject(self, user: str, reason: str) -> None:
        self.bot.press("reject", user, inputs={"reason": reason})

    def schedule(self, user: str, at: datetime) -> None:
        self.bot.press("schedule", user, inputs={"publish_on": f"{at:%Y-%m-%d}", "publish_time": f"{at:%H:%M}"})

    def form(self, text: str, exception: str, reason: str, at: datetime) -> str:
        data = {"text": text, "pictured": "", "exception": exception, "exception_reason": reason,
                "publish_on": f"{at:%Y-%m-%d}", "publish_time": f"{at:%H:%M}"}  # fmt: skip
        self.bot.send("card_action", value__action__verb="draft-submit", value__action__data=data,
                      from__aadObjectId=self.author, id="f:form-both")  # fmt: skip
        [draft] = self.bot.running.store.draft_ids(datetime(2000, 1, 1, tzinfo=UTC))
        return draft

    def approve_draft(self, draft: str, user: str) -> None:
        self.bot.press("approve", user, draft=draft.rsplit(":", 1)[1])

    def state(self) -> State | None:
        stored = self.bot.running.store.get(self.draft)
        return stored.state if stored else None

    def published(self) -> list[str]:
        return [text for _, text in self.bot.posted]

    def said(self) -> str:
        return json.dumps([c["body"] for c in self.bot.fake.calls if "body" in c], ensure_ascii=False)

    def home(self, user: str) -> str:
        self.homes += 1
        self.bot.send("personal_message", text="<p>home</p>", from__aadObjectId=user, id=f"17954280009{self.homes:02d}")
        return json.dumps(self.bot.fake.posted(PERSONAL_CHAT)[-1]["body"], ensure_ascii=False)

    def post_photo(self) -> None:
        self.bot.fake.files["class.jpg"] = class_photo()
        picture = {"contentType": "image/*", "contentUrl": f"{self.bot.service_url}/files/class.jpg", "name": "c.jpg"}
        self.bot.send("message", text=f"<p>{WORDS}</p>", attachments=[picture])

    def say_nobody_identifiable(self, user: str) -> None:
        self.bot.press("pictured-nobody", user)


@pytest.fixture(params=["slack", "teams"])
def chat(request: pytest.FixtureRequest, slack_server: FakeSlackServer, teams_server: FakeTeamsServer,
         redis_server: RedisServer, store: RedisStore, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:  # fmt: skip
    if request.param == "slack":
        yield SlackChat(slack.make_bot(slack_server, store))
        return
    teams_server.fake.calls.clear()
    bot = teams.start_bot(teams_server, redis_server.url, monkeypatch)
    yield TeamsChat(bot)
    bot.close()


def test_an_approver_publishes_once_and_neither_the_author_nor_a_colleague_can(chat: Chat) -> None:
    chat.post(WORDS)
    chat.approve(chat.author)
    chat.approve(chat.colleague)
    assert chat.state() == State.AWAITING_APPROVAL and chat.published() == []
    chat.approve(chat.approver)
    chat.approve(chat.approver)  # a second press or emoji changes nothing
    assert chat.state() == State.PUBLISHED and chat.published() == [WORDS]


def test_a_blocked_draft_is_never_published(chat: Chat) -> None:
    chat.post(BLOCKED)
    chat.approve(chat.approver)
    assert chat.state() == State.BLOCKED and chat.published() == [] and "personal phone number" in chat.said()


def test_a_rejection_with_a_reason_reaches_the_thread(chat: Chat) -> None:
    chat.post(WORDS)
    chat.reject(chat.approver, "Please give the date of the science week.")
    chat.approve(chat.approver)
    assert chat.state() == State.REJECTED and chat.published() == []
    assert "Please give the date of the science week." in chat.said()


def test_a_chosen_time_is_kept_through_approval(chat: Chat, store: RedisStore) -> None:
    chat.post(WORDS)
    chat.schedule(chat.author, TUESDAY_1515)
    assert "Tuesday 5 March at 15:15" in chat.said()
    chat.approve(chat.approver)
    assert chat.state() == State.SCHEDULED and chat.published() == []
    assert [due for _, due in store.scheduled()] == [TUESDAY_1515]


def test_a_form_draft_with_an_exception_keeps_its_time_outside_school_hours(chat: Chat, store: RedisStore) -> None:
    saturday_evening = datetime(2030, 3, 9, 18, 30, tzinfo=UTC)  # outside every school's posting hours
    draft = chat.form("The harvest supper was a joy: thank you, families!", "event", "the harvest supper",
                      saturday_evening)  # fmt: skip
    stored = store.get(draft)
    assert stored is not None and stored.record["exception"] == "event" and stored.author == chat.author
    chat.approve_draft(draft, chat.approver)
    assert [due for _, due in store.scheduled()] == [saturday_evening]  # the exception keeps the evening


def test_home_shows_an_approver_what_waits_and_the_author_their_draft(chat: Chat) -> None:
    chat.post(WORDS)
    approver = chat.home(chat.approver)
    assert "Waiting for your approval" in approver and "Year 3 have been building volcanoes" in approver
    author = chat.home(chat.author)
    assert "awaiting approval" in author and "Year 3 have been building volcanoes" in author
    assert "Year 3 have been building volcanoes" not in chat.home(chat.colleague)  # not theirs, not theirs to approve


def test_a_photo_with_faces_waits_for_who_is_pictured_then_publishes_once(chat: Chat) -> None:
    chat.post_photo()
    assert messages.PICTURED_UNANSWERED in chat.said()  # the consent question, in the report
    chat.approve(chat.approver)
    assert chat.published() == [] and chat.state() == State.AWAITING_APPROVAL
    chat.say_nobody_identifiable(chat.colleague)  # neither the author nor an approver: not taken
    chat.approve(chat.approver)
    assert chat.published() == []
    chat.say_nobody_identifiable(chat.author)
    chat.approve(chat.approver)
    assert len(chat.published()) == 1 and chat.state() == State.PUBLISHED
