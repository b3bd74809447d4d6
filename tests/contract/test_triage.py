"""Triage and every private route's deadline, through the real bolt App, the fake X and Slack APIs and real Redis.

The reader here answers fixed probabilities, so each test says exactly which band a reply falls in; the shipped
model itself is exercised end to end in test_incidents.py and measured in the benchmark.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from chatbot.incidents.head import LABELS, Bands, Head
from chatbot.incidents.reader import Reader
from chatbot.incidents.tallies import replies_since
from chatbot.incidents.weekly_check import WeeklyCheck
from chatbot.messages import replies_counted
from chatbot.school.incident_settings import IncidentsSection
from chatbot.store import RedisStore
from handlers.pollers.incidents import Incidents, tick
from tests.contract.conftest import CHANNEL, make_bot, words
from tests.contract.fake_slack_api import FakeSlackServer
from tests.contract.fake_x_api import FakeXServer
from tests.contract.test_incidents import NOW, dm, mention, posts, press, where
from tests.contract.test_incidents import build as build_incidents

pytestmark = [pytest.mark.contract, pytest.mark.usefixtures("quiet_slack")]
LEAD, DSL, DEPUTY, HEAD, CHAIR, TA = "U0COMPUTE1", "U0DSL00001", "U0DSLDEP01", "U0HEAD0001", "U0CHAIR001", "U0TA00001"
CONFIG = IncidentsSection(computing_lead=[LEAD], dsl=[DSL], deputy_dsl=[DEPUTY], headteacher=[HEAD],
                          chair_of_governors=[CHAIR], headteacher_name="Mrs Okafor",
                          private_deadline_minutes=60)  # fmt: skip
# what the stub reader answers, by the words a reply contains
CHANCES = {
    "unsure": {"none": 0.2, "e-safety": 0.1, "safeguarding": 0.5, "allegation": 0.2},  # a concern, no kind sure
    "unsure staff": {"none": 0.2, "e-safety": 0.05, "safeguarding": 0.2, "allegation": 0.55},
    "worried": {"none": 0.05, "e-safety": 0.0, "safeguarding": 0.95, "allegation": 0.0},
    "staff": {"none": 0.05, "e-safety": 0.0, "safeguarding": 0.0, "allegation": 0.95},
}


class StubReader(Reader):
    def __init__(self) -> None:
        super().__init__(encoder=None, head=Head(np.zeros((4, 1)), np.zeros(4), Bands(0.65, 0.5, 0.25)))  # type: ignore[arg-type]

    def read(self, text: str) -> dict[str, float]:
        said = next((k for k in sorted(CHANCES, key=len, reverse=True) if k in text), None)
        return CHANCES[said] if said else {label: float(label == "none") for label in LABELS}


def build(x: FakeXServer, slack_server: FakeSlackServer, store: RedisStore) -> Incidents:
    """What a fresh process builds, reading with the stub: a restart is calling this again on the same Redis."""
    return build_incidents(x, slack_server, store, CONFIG, StubReader())


@pytest.fixture
def incidents(x: FakeXServer, slack_server: FakeSlackServer, store: RedisStore) -> Incidents:
    return build(x, slack_server, store)


def test_an_uncertain_reply_is_a_triage_card_only_the_dsl_sees_and_the_dsls_choice_routes_it(
    incidents: Incidents,
    x: FakeXServer,
    slack_server: FakeSlackServer,
    store: RedisStore,
) -> None:
    x.fake.mentions[:] = [mention(1, "unsure what to make of this"), mention(2, "Lovely assembly!")]
    report = incidents.mentions[0].poll(NOW)
    assert (report.read, report.raised, report.triaged) == (2, 0, 1)
    assert where(slack_server, "unsure what to make") == {dm(DSL)}  # not the channel, not the head
    [card] = posts(slack_server)
    assert "triage-safeguarding" in words(card) and "triage-none" in words(card) and "decide" in card["text"]
    assert "unsure" not in card["text"]  # the lock screen never shows the content
    bot = make_bot(slack_server, store, incidents=incidents.desk)
    press(bot, "triage-safeguarding", "I1", TA, channel=dm(TA))
    assert store.incidents.get("I2") is None  # only the DSL decides
    press(bot, "triage-safeguarding", "I1", DSL, channel=dm(DSL))
    triaged, raised = store.incidents.get("I1"), store.incidents.get("I2")
    assert triaged is not None and triaged.state == "resolved" and triaged.did("decided") is not None
    assert (triaged.did("decided").by, triaged.did("decided").note) == (DSL, "safeguarding")  # type: ignore[union-attr]
    assert raised is not None and (raised.evidence.kind, raised.evidence.route) == ("safeguarding", "auto")
    assert raised.evidence.decided_from == "I1" and CHANNEL not in where(slack_server, "unsure what to make")
    assert store.incidents.examples() == [("@ExamplePrimary unsure what to make of this", "safeguarding")]
    assert store.incidents.tallies([f"{NOW:%Y-%m-%d}"]) == {"read": 2, "raised": 0, "triaged": 1}


def test_nothing_closes_a_triage_card_and_is_kept_to_learn_from(
    incidents: Incidents,
    x: FakeXServer,
    slack_server: FakeSlackServer,
    store: RedisStore,
) -> None:
    x.fake.mentions[:] = [mention(1, "unsure about this one")]
    incidents.mentions[0].poll(NOW)
    bot = make_bot(slack_server, store, incidents=incidents.desk)
    press(bot, "triage-none", "I1", DSL, channel=dm(DSL))
    press(bot, "triage-allegation", "I1", DSL, channel=dm(DSL))  # a second press changes nothing
    closed = store.incidents.get("I1")
    assert closed is not None and closed.state == "resolved" and store.incidents.get("I2") is None
    assert "Decided by <@U0DSL00001>" in words(slack_server.fake.named("chat.update")[-1])
    assert store.incidents.examples() == [("@ExamplePrimary unsure about this one", "none")]


def test_when_the_best_guess_is_an_allegation_the_head_decides_not_the_dsl(
    incidents: Incidents,
    x: FakeXServer,
    slack_server: FakeSlackServer,
    store: RedisStore,
) -> None:
    x.fake.mentions[:] = [mention(1, "unsure staff did the right thing")]
    incidents.mentions[0].poll(NOW)
    assert where(slack_server, "unsure staff") == {dm(HEAD)}
    bot = make_bot(slack_server, store, incidents=incidents.desk)
    press(bot, "triage-allegation", "I1", HEAD, channel=dm(HEAD))
    raised = store.incidents.get("I2")
    assert raised is not None and raised.evidence.kind == "allegation"
    assert where(slack_server, "unsure staff") == {dm(HEAD)}


def test_an_unacknowledged_safeguarding_concern_goes_to_the_deputy_then_the_head_across_a_restart(
    incidents: Incidents,
    x: FakeXServer,
    slack_server: FakeSlackServer,
    store: RedisStore,
) -> None:
    x.fake.mentions[:] = [mention(1, "worried about the girl next door")]
    incidents.mentions[0].poll(NOW)
    assert where(slack_server, "girl next door") == {dm(DSL)}
    assert tick(incidents, "host-a:1", NOW + timedelta(minutes=59)) == 0
    store.incidents._redis.delete("cs:lock:incidents")  # host-a died
    restarted = build(x, slack_server, store)
    assert tick(restarted, "host-b:2", NOW + timedelta(minutes=61)) == 1
    assert where(slack_server, "girl next door") == {dm(DSL), dm(DEPUTY)}
    assert tick(restarted, "host-b:2", NOW + timedelta(minutes=90)) == 0  # the deputy's hour has not passed
    assert tick(restarted, "host-b:2", NOW + timedelta(minutes=122)) == 1
    assert where(slack_server, "girl next door") == {dm(DSL), dm(DEPUTY), dm(HEAD)}
    assert tick(restarted, "host-b:2", NOW + timedelta(hours=9)) == 0  # nobody left to tell: once each


def test_acknowledging_a_safeguarding_concern_stops_its_fallbacks(
    incidents: Incidents,
    x: FakeXServer,
    slack_server: FakeSlackServer,
    store: RedisStore,
) -> None:
    x.fake.mentions[:] = [mention(1, "worried sick about him")]
    incidents.mentions[0].poll(NOW)
    press(make_bot(slack_server, store, incidents=incidents.desk), "incident-acknowledge", "I1", DSL, dm(DSL))
    assert tick(incidents, "host-a:1", NOW + timedelta(hours=3)) == 0
    assert where(slack_server, "worried sick") == {dm(DSL)}


def test_an_allegation_naming_the_head_reaches_only_the_chair_of_governors(
    incidents: Incidents,
    x: FakeXServer,
    slack_server: FakeSlackServer,
    store: RedisStore,
) -> None:
    x.fake.mentions[:] = [mention(1, "staff: Mrs. Okafor grabbed my son by the arm"),
                          mention(2, "staff: the headteacher shouted at my daughter till she cried")]  # fmt: skip
    incidents.mentions[0].poll(NOW)
    assert where(slack_server, "grabbed my son") == {dm(CHAIR)}
    assert where(slack_server, "shouted at my daughter") == {dm(CHAIR)}
    assert HEAD not in [c["users"] for c in slack_server.fake.named("conversations.open")]
    assert tick(incidents, "host-a:1", NOW + timedelta(hours=5)) == 0  # and no fallback ever reaches the head
    assert HEAD not in [c["users"] for c in slack_server.fake.named("conversations.open")]


def test_an_allegation_about_other_staff_goes_to_the_head_then_the_chair(
    incidents: Incidents,
    x: FakeXServer,
    slack_server: FakeSlackServer,
    store: RedisStore,
) -> None:
    x.fake.mentions[:] = [mention(1, "staff: the TA hit him on the head")]
    incidents.mentions[0].poll(NOW)
    assert where(slack_server, "hit him on the head") == {dm(HEAD)}
    assert tick(incidents, "host-a:1", NOW + timedelta(minutes=61)) == 1
    assert where(slack_server, "hit him on the head") == {dm(HEAD), dm(CHAIR)}


def test_an_allegation_about_the_head_raised_by_hand_also_reaches_only_the_chair(
    incidents: Incidents, slack_server: FakeSlackServer, store: RedisStore
) -> None:
    bot = make_bot(slack_server, store, incidents=incidents.desk)
    values = {"incident-kind": {"kind": {"type": "static_select", "selected_option": {"value": "allegation"}}},
              "incident-what": {"what": {"type": "plain_text_input", "value": "Shouted at a Year 2 pupil in the hall"}},
              "incident-link": {"link": {"type": "plain_text_input", "value": None}},
              "incident-who": {"who": {"type": "plain_text_input", "value": "the headteacher"}}}  # fmt: skip
    bot.send("view_submission", view__callback_id="countersign-incident", view__state__values=values, user__id=TA)
    assert where(slack_server, "Year 2 pupil in the hall") == {dm(CHAIR)}
    assert HEAD not in [c["users"] for c in slack_server.fake.named("conversations.open")]


def test_the_weekly_check_shows_the_dsl_replies_read_as_nothing_and_counts_what_they_find(
    incidents: Incidents, x: FakeXServer, slack_server: FakeSlackServer, store: RedisStore
) -> None:
    x.fake.mentions[:] = [mention(n, f"Lovely assembly number {n}!") for n in range(1, 9)]
    assert incidents.mentions[0].poll(NOW).raised == 0 and posts(slack_server) == []  # read as nothing: no card
    check = WeeklyCheck(incidents.desk, 3, "Mon 09:00", ZoneInfo("Europe/London"), random.Random(7))
    monday = NOW + timedelta(days=3, hours=-6)  # Monday 23 November, 09:00 in London (GMT)
    assert check.send_if_due(monday - timedelta(minutes=1)) == 0  # last Monday's check had nothing to show
    assert check.send_if_due(monday) == 3 and check.send_if_due(monday + timedelta(hours=2)) == 0  # once a week
    cards = posts(slack_server)
    assert len(cards) == 3 and {c["channel"] for c in cards} == {dm(DSL)}  # privately, to the DSL only
    assert all("Weekly check" in words(c) and "triage-none" in words(c) for c in cards)
    assert all("Lovely" not in c["text"] for c in cards)  # the lock screen never shows the content
    bot = make_bot(slack_server, store, incidents=incidents.desk)
    press(bot, "triage-none", "I1", DSL, channel=dm(DSL))
    press(bot, "triage-safeguarding", "I2", DSL, channel=dm(DSL))  # a miss found: raised as any concern
    raised = store.incidents.get("I4")
    assert raised is not None and (raised.evidence.kind, raised.evidence.decided_from) == ("safeguarding", "I2")
    later = datetime.now(UTC) + timedelta(hours=2)  # the buttons are pressed on the real clock
    assert incidents.desk.escalate_due(later) == 1  # the raised concern has a deadline;
    assert store.incidents.get("I3").state == "open"  # type: ignore[union-attr]  # the unanswered check has none
    counts = replies_since(store.incidents, NOW, datetime.now(UTC))
    assert (counts["sampled"], counts["check_confirmed"], counts["check_missed"]) == (3, 1, 1)
    assert "3 read as nothing were shown to the DSL; 1 confirmed, 1 found to be a concern" in replies_counted(counts)
