"""The same scenarios on Slack and Teams, from one list: each platform is driven through its real edge (the bolt App
with Slack's payloads; the Teams SDK's endpoint with signed activities) against the fakes and a real Redis."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo

import pytest

from chatbot import messages
from chatbot.approval.states import State
from chatbot.store import RedisStore
from tests.contract import conftest as slack
from tests.contract import teams_bot as teams
from tests.contract.fake_slack_api import FakeSlackServer
from tests.contract.fake_teams_api import FakeTeamsServer
from tests.contract.fake_x_api import FakeXServer
from tests.contract.slack_views import day_and_time
from tests.contract.teams_bot import card_actions
from tests.redis_server import RedisServer

pytestmark = pytest.mark.contract
WORDS = "Year 3 have been building volcanoes in science. What a wonderful mess!"
BLOCKED = "Call Mrs Smith on 07700 900123 about the trip"
SLACK_TS = "1795428000.000100"  # the stored message payload's ts
PERSONAL_CHAT = "a:1personalChatWithHead"  # the 1:1 chat of Teams' personal_message payload
TUESDAY_1515 = datetime(2030, 3, 5, 15, 15, tzinfo=UTC)  # London is on GMT in March
CONCERN = "A Year 2 child said she is scared to go home"
TERM = datetime(2027, 1, 5, 8, 30, tzinfo=UTC)  # a term's first day, 08:30 in London (tests/contract/test_reminders.py)


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
    # with X publishing (x_chat): the post's link, taking it down, and follower alerts
    def link(self) -> str: ...  # the link of the one post up on the (fake) X
    def unpublish(self, user: str, link: str, reason: str) -> str: ...  # what the person is told, privately
    def new_follower(self) -> str: ...  # a follower after the first (quiet) poll; their handle
    def decide_follower(self, user: str, decision: str) -> str: ...  # what the person is told, privately

    # with incidents (incident_chat): the DSL, the report form, and who saw what
    dsl: str

    def incident_form(self, user: str) -> str: ...  # the form opened (Slack's modal; Teams' card in the 1:1 chat)
    def report_incident(self, user: str, kind: str, what: str) -> None: ...
    def privately(self, user: str) -> str: ...  # everything the bot sent the person in their own chat
    def in_channel(self) -> str: ...  # everything the bot posted in the drafts channel (its threads too)

    # with reminders (reminder_chat): the termly reminders and their acknowledgement
    def remind(self, at: datetime) -> int: ...  # reminders posted at that moment
    def acknowledge_reminder(self, user: str) -> str: ...  # what the person is told


class OnX:
    """What is the same on both platforms when posts go to the fake X and followers are read from it."""

    x: FakeXServer | None = None
    alerts: Any = None  # the FollowerAlerts

    def link(self) -> str:
        assert self.x is not None
        [post_id] = self.x.fake.posts
        return f"https://x.com/ExamplePrimary/status/{post_id}"

    def on_x(self) -> list[str]:
        assert self.x is not None
        return [post["text"] for post in self.x.fake.posts.values()]

    def new_follower(self) -> str:
        from tests.contract.test_follower_alerts import REAL_PAGE

        assert self.x is not None and self.alerts is not None
        self.alerts.watch.poll(datetime.now(UTC))  # the first poll records the existing followers quietly
        self.x.fake.followers.insert(0, REAL_PAGE[0])
        assert self.alerts.watch.poll(datetime.now(UTC)).new == 1
        return str(REAL_PAGE[0]["username"])


@dataclass
class SlackChat(OnX):
    bot: slack.Bot
    x: FakeXServer | None = None
    alerts: Any = None
    reminders: Any = None  # the ReminderDesk
    author: str = slack.AUTHOR
    approver: str = slack.HEAD
    colleague: str = slack.TA
    dsl: str = "U0DSL00001"
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
        values = day_and_time("schedule-", at)
        self.bot.send("view_submission", view__callback_id="countersign-schedule", user__id=user, view__id="V0SCH1",
                      view__private_metadata=self.draft, view__state__values=values)  # fmt: skip

    def form(self, text: str, exception: str, reason: str, at: datetime) -> str:
        values: dict[str, Any] = {
            "draft-text": {"text": {"type": "plain_text_input", "value": text}},
            "draft-pictured": {"pictured": {"type": "multi_external_select", "selected_options": []}},
            "draft-exception": {"exception": {"type": "static_select", "selected_option": {"value": exception}}},
            "draft-reason": {"reason": {"type": "plain_text_input", "value": reason}},
            **day_and_time("draft-", at),
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
        return self.on_x() if self.x else [text for _, text in self.bot.publisher.posted]

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

    def unpublish(self, user: str, link: str, reason: str) -> str:
        self.presses += 1
        self.bot.send("slash_command", text=f"unpublish {link} {reason}".strip(), user_id=user,
                      trigger_id=f"1.2.{self.presses}")  # fmt: skip
        return str(self.bot.slack.named("webhook")[-1]["text"])  # the command's private answer (its response_url)

    def decide_follower(self, user: str, decision: str) -> str:
        told = len(self.bot.slack.named("chat.postEphemeral"))
        self.bot.send("block_actions", actions__0__action_id=f"follower-{decision}", user__id=user,
                      actions__0__block_id="follower-decision", actions__0__value=self.follower_id())  # fmt: skip
        return " ".join(e["text"] for e in self.bot.slack.named("chat.postEphemeral")[told:])

    def follower_id(self) -> str:
        from tests.contract.test_follower_alerts import REAL_PAGE

        return str(REAL_PAGE[0]["id"])

    def incident_form(self, user: str) -> str:
        self.bot.send("slash_command", text="incident", user_id=user, trigger_id="1.2.incident")
        view: Any = self.bot.slack.named("views.open")[-1]["view"]
        return json.dumps(json.loads(view) if isinstance(view, str) else view, ensure_ascii=False)

    def report_incident(self, user: str, kind: str, what: str) -> None:
        values = {"incident-kind": {"kind": {"type": "static_select", "selected_option": {"value": kind}}},
                  "incident-what": {"what": {"type": "plain_text_input", "value": what}},
                  "incident-link": {"link": {"type": "plain_text_input", "value": None}},
                  "incident-who": {"who": {"type": "plain_text_input", "value": None}}}  # fmt: skip
        self.bot.send("view_submission", view__callback_id="countersign-incident", view__state__values=values,
                      user__id=user, view__id="V0INCIDENT")  # fmt: skip

    def privately(self, user: str) -> str:
        return self.said_in("D" + user.lstrip("U")[:9])  # the fake's direct-message channel, as conversations.open

    def in_channel(self) -> str:
        return self.said_in(slack.CHANNEL)

    def said_in(self, channel: str) -> str:
        calls = self.bot.slack.named("chat.postMessage") + self.bot.slack.named("chat.update")
        return json.dumps([(c.get("text"), c.get("blocks")) for c in calls if c.get("channel") == channel],
                          ensure_ascii=False)  # fmt: skip

    def remind(self, at: datetime) -> int:
        assert self.reminders is not None
        return int(self.reminders.remind(at))

    def acknowledge_reminder(self, user: str) -> str:
        posted = [m for m in self.bot.slack.named("chat.postMessage") if "acknowledge-reminder" in json.dumps(m)]
        blocks = posted[-1]["blocks"]
        blocks = json.loads(blocks) if isinstance(blocks, str) else blocks
        elements = [e for b in blocks for e in b.get("elements", [])]
        [value] = [e["value"] for e in elements if e.get("action_id") == "acknowledge-reminder"]
        told = len(self.bot.slack.named("chat.postEphemeral"))
        self.bot.send("block_actions", actions__0__action_id="acknowledge-reminder", actions__0__value=value,
                      user__id=user)  # fmt: skip
        return " ".join(e["text"] for e in self.bot.slack.named("chat.postEphemeral")[told:])


@dataclass
class TeamsChat(OnX):
    bot: teams.TeamsBot
    x: FakeXServer | None = None
    alerts: Any = None
    author: str = teams.AUTHOR
    approver: str = teams.HEAD
    colleague: str = teams.TA
    dsl: str = "aad-dsl-0001"
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
        data = {"text": text, "pictured": "", "exception": exception, "reason": reason,
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
        return self.on_x() if self.x else [text for _, text in self.bot.posted]

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

    def unpublish(self, user: str, link: str, reason: str) -> str:
        return self.in_personal_chat(user, f"unpublish {link} {reason}".strip())

    def in_personal_chat(self, user: str, text: str) -> str:
        """Say `text` to the bot in the 1:1 chat; what it answers there."""
        self.homes += 1
        said = f"17954280008{self.homes:02d}"
        self.bot.send("personal_message", text=f"<p>{text}</p>", from__aadObjectId=user, id=said)
        return json.dumps(self.bot.fake.posted(PERSONAL_CHAT)[-1]["body"], ensure_ascii=False)

    def decide_follower(self, user: str, decision: str) -> str:
        card = [c for c in self.bot.fake.posted(teams.CHANNEL) if c["body"].get("attachments")][-1]
        actions = card_actions(card["body"]["attachments"][0]["content"])
        [action] = [a for a in actions if a.get("verb") == f"follower-{decision}"]
        self.homes += 1
        answer = self.bot.send("card_action", from__aadObjectId=user, id=f"f:follower-{self.homes}",
                               value__action__verb=action["verb"], value__action__data=action["data"])  # fmt: skip
        return str(answer.json().get("value", ""))

    def incident_form(self, user: str) -> str:
        return self.in_personal_chat(user, "incident")

    def report_incident(self, user: str, kind: str, what: str) -> None:
        data = {"kind": kind, "what": what, "who": "", "link": ""}
        self.bot.send("card_action", value__action__verb="incident-report", from__aadObjectId=user,
                      id=f"f:report-{user}", value__action__data=data)  # fmt: skip

    def privately(self, user: str) -> str:
        return json.dumps([c["body"] for c in self.bot.fake.posted(f"a:chat-29:{user}")], ensure_ascii=False)

    def in_channel(self) -> str:
        return json.dumps([c["body"] for c in self.bot.fake.posted(teams.CHANNEL)], ensure_ascii=False)

    def remind(self, at: datetime) -> int:
        assert self.bot.running.reminders is not None
        return int(self.bot.running.reminders.remind(at))

    def acknowledge_reminder(self, user: str) -> str:
        card = [c for c in self.bot.fake.posted(teams.CHANNEL) if "acknowledge-reminder" in json.dumps(c["body"])][-1]
        [action] = [a for a in card_actions(card["body"]["attachments"][0]["content"])
                    if a.get("verb") == "acknowledge-reminder"]  # fmt: skip
        self.homes += 1
        answer = self.bot.send("card_action", from__aadObjectId=user, id=f"f:reminder-{self.homes}",
                               value__action__verb=action["verb"], value__action__data=action["data"])  # fmt: skip
        return str(answer.json().get("value", ""))


Opener = Callable[..., Any]  # open_chat(x=…, incidents=…): a Chat on the fixture's platform


@pytest.fixture(params=["slack", "teams"])
def open_chat(request: pytest.FixtureRequest, slack_server: FakeSlackServer, teams_server: FakeTeamsServer,
              x_server: FakeXServer, redis_server: RedisServer, store: RedisStore,
              monkeypatch: pytest.MonkeyPatch) -> Iterator[Opener]:  # fmt: skip
    """`x`: posts go to the fake X and followers are read from it; `incidents`: the incidents section is on."""
    opened: list[teams.TeamsBot] = []

    def open_(x: bool = False, incidents: bool = False, reminders: bool = False) -> Any:
        if x:
            fresh_x(x_server)
        if request.param == "slack":
            return slack_chat(slack_server, store, x_server if x else None, incidents, reminders)
        teams_server.fake.calls.clear()
        teams_server.fake.groups[teams.GROUP] = [teams.DEPUTY]
        if x:
            for name, value in {"X_API_KEY": "k", "X_API_SECRET": "s", "X_ACCESS_TOKEN": "2244994945-t",
                                "X_ACCESS_TOKEN_SECRET": "ts", "X_API_URL": x_server.url}.items():  # fmt: skip
                monkeypatch.setenv(name, value)
        sections: dict[str, Any] = {"followers": {"enabled": True}} if x else {}
        if incidents:
            sections["incidents"] = {"enabled": True, "dsl": ["aad-dsl-0001"], "headteacher": [teams.HEAD]}
        if reminders:
            sections["reminders"] = {"term_starts": [f"{TERM:%Y-%m-%d}"], "time": "08:30"}
        bot = teams.start_bot(teams_server, redis_server.url, monkeypatch, sections)
        opened.append(bot)
        return TeamsChat(bot, x_server if x else None, bot.running.followers[0] if x else None)

    yield open_
    for bot in opened:
        bot.close()


def fresh_x(x_server: FakeXServer) -> None:
    """The fake X with no posts, no faults, and twenty followers (newest first)."""
    from tests.contract.test_follower_alerts import user

    fake = x_server.fake
    for kept in (fake.posts, fake.faults, fake.calls, fake.queries, fake.muted):
        kept.clear()
    fake.followers[:] = [user(n) for n in range(20, 0, -1)]


def slack_chat(slack_server: FakeSlackServer, store: RedisStore, x: FakeXServer | None, incidents: bool,
               reminders: bool) -> SlackChat:  # fmt: skip
    from chatbot.publishers.x import XCredentials, XPublisher
    from tests.contract.test_follower_alerts import build_alerts

    publisher = XPublisher(XCredentials("k", "s", "t", "ts"), x.url) if x else None
    alerts = build_alerts(x, slack_server, store, []) if x else None
    desk = incident_desk(slack_server, store) if incidents else None
    termly = reminder_desk(slack_server, store) if reminders else None
    bot = slack.make_bot(slack_server, store, publisher=publisher, followers=alerts.decisions if alerts else None,
                         incidents=desk, reminders=termly)  # fmt: skip
    return SlackChat(bot, x, alerts, termly)


def reminder_desk(slack_server: FakeSlackServer, store: RedisStore) -> Any:
    """The termly reminders, as app.yaml's reminders section makes them, for a term starting on TERM's day."""
    from tests.contract.test_reminders import desk

    return desk(slack_server, store)


def incident_desk(slack_server: FakeSlackServer, store: RedisStore) -> Any:
    """Incidents raised by hand only (no network's mentions are read), routed as app.yaml's section says."""
    from chatbot.incidents.desk import IncidentDesk
    from chatbot.incidents.routes import routes
    from chatbot.school.incident_settings import IncidentsSection
    from chatbot.vision.snapshot import PillowSnapshot
    from handlers.slack.app import web_client
    from handlers.slack.incident_notifier import SlackIncidentNotifier

    zone = ZoneInfo("Europe/London")
    config = IncidentsSection(dsl=["U0DSL00001"], headteacher=[slack.HEAD])
    notifier = SlackIncidentNotifier(web_client(slack.TOKEN, slack_server.url), zone)
    return IncidentDesk(store.incidents, routes(config, slack.CHANNEL), notifier, PillowSnapshot(zone))


@pytest.fixture
def chat(open_chat: Opener) -> Any:
    return open_chat()


@pytest.fixture
def x_chat(open_chat: Opener) -> Any:
    return open_chat(x=True)


@pytest.fixture
def incident_chat(open_chat: Opener) -> Any:
    return open_chat(incidents=True)


@pytest.fixture
def reminder_chat(open_chat: Opener) -> Any:
    return open_chat(reminders=True)


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


def test_an_approver_takes_a_published_post_down_by_its_link_and_a_colleague_cannot(x_chat: Chat) -> None:
    x_chat.post(WORDS)
    x_chat.approve(x_chat.approver)
    assert x_chat.state() == State.PUBLISHED and x_chat.published() == [WORDS]
    link = x_chat.link()
    assert "Only the school's approvers" in x_chat.unpublish(x_chat.colleague, link, "")
    assert x_chat.state() == State.PUBLISHED and x_chat.published() == [WORDS]
    assert "Taken down from X" in x_chat.unpublish(x_chat.approver, link, "a parent asked")
    assert x_chat.state() == State.UNPUBLISHED and x_chat.published() == []


def test_a_concern_reported_by_hand_goes_only_to_the_dsl_privately(incident_chat: Chat) -> None:
    chat = incident_chat
    assert "Safeguarding: a child may be at risk" in chat.incident_form(chat.colleague)
    chat.report_incident(chat.colleague, "safeguarding", CONCERN)
    assert CONCERN in chat.privately(chat.dsl)
    assert "scared to go home" not in chat.in_channel() and "scared to go home" not in chat.privately(chat.approver)
    assert "I1" in chat.privately(chat.colleague)  # the reporter's receipt, in their own chat


def test_an_e_safety_incident_reported_by_hand_is_shown_in_the_channel(incident_chat: Chat) -> None:
    chat = incident_chat
    chat.report_incident(chat.colleague, "e-safety", "A fake account is copying the school's photos")
    assert "fake account is copying" in chat.in_channel()


def test_an_allegation_reported_by_hand_goes_only_to_the_headteacher_privately(incident_chat: Chat) -> None:
    chat = incident_chat
    chat.report_incident(chat.colleague, "allegation", "A parent says a member of staff shouted at their son")
    assert "shouted at their son" in chat.privately(chat.approver)  # the headteacher, in both workspaces
    assert "shouted at their son" not in chat.in_channel() + chat.privately(chat.dsl)


def test_a_new_follower_is_shown_in_the_channel_and_only_an_approver_decides(x_chat: Chat, store: RedisStore) -> None:
    handle = x_chat.new_follower()
    assert handle in x_chat.in_channel()
    assert "approver" in x_chat.decide_follower(x_chat.colleague, "keep").lower()
    assert store.followers.decisions() == [] and "Kept" not in x_chat.said()
    x_chat.decide_follower(x_chat.approver, "keep")
    assert [(d["decision"], d["by"]) for d in store.followers.decisions()] == [("keep", x_chat.approver)]
    assert "Kept" in x_chat.said()


def test_a_reminder_is_posted_once_a_day_and_only_an_approver_acknowledges_it(reminder_chat: Chat) -> None:
    chat = reminder_chat
    assert chat.remind(TERM) >= 1 and chat.remind(TERM + timedelta(hours=6)) == 0  # once a day
    assert "password" in chat.in_channel()
    assert "approvers" in chat.acknowledge_reminder(chat.colleague)
    assert "Acknowledged by" not in chat.said()
    chat.acknowledge_reminder(chat.approver)
    assert "Acknowledged by" in chat.said()
