"""Approvals through the real bolt App: emoji reactions, slash command, the draft form."""

from __future__ import annotations

import json
import threading

import pytest
from slack_bolt import BoltRequest

from chatbot.approval.states import State
from chatbot.store import RedisStore
from tests.contract.conftest import AUTHOR, DEPUTY, HEAD, TA, Bot, make_bot, payload, words
from tests.contract.fake_slack_api import FakeSlackServer
from tests.contract.fake_x_api import FakeXServer

pytestmark = pytest.mark.contract
DRAFT = "slack:C0DRAFTS01:1795428000.000100"


def state(bot: Bot) -> State | None:
    stored = bot.store.get(DRAFT)
    return stored.state if stored else None


def test_an_approvers_emoji_publishes_in_dry_run_and_says_so(bot: Bot) -> None:
    bot.send("event_message")
    bot.send("event_reaction_added")
    assert state(bot) == State.PUBLISHED
    assert bot.publisher.posted == [(DRAFT, "Year 3 have been building volcanoes in science. What a wonderful mess!")]
    assert "Dry run: not posted" in bot.thread()[-1]


def test_an_approver_from_the_approvers_channel_counts(bot: Bot) -> None:
    bot.send("event_message")
    bot.send("event_reaction_added", event__user=DEPUTY)
    assert state(bot) == State.PUBLISHED


@pytest.mark.parametrize(("user", "said"), [(AUTHOR, "Your own approval"), (TA, "only the school's approvers")])
def test_the_author_and_others_cannot_approve_and_are_told_why(bot: Bot, user: str, said: str) -> None:
    bot.send("event_message")
    bot.send("event_reaction_added", event__user=user)
    assert state(bot) == State.AWAITING_APPROVAL and said in bot.thread()[-1]


def test_other_emoji_do_nothing_and_the_reject_emoji_rejects(bot: Bot) -> None:
    bot.send("event_message")
    bot.send("event_reaction_added", event__reaction="heart_eyes", event_id="Ev0HEART01")
    assert state(bot) == State.AWAITING_APPROVAL
    bot.send("event_reaction_added", event__reaction="x", event_id="Ev0REJECT1")
    assert state(bot) == State.REJECTED and bot.thread()[-1].startswith("Rejected")


def test_removing_the_emoji_withdraws_an_approval_that_waits_for_the_window(bot: Bot) -> None:
    saturday = "1795863600.000100"  # Saturday 28 November 2026, 11:00
    bot.send("event_message", event__ts=saturday)
    bot.send("event_reaction_added", event__item__ts=saturday, event__event_ts="1795863700.000001")
    draft = f"slack:C0DRAFTS01:{saturday}"
    assert bot.store.get(draft).state == State.SCHEDULED  # type: ignore[union-attr]
    bot.send("event_reaction_removed", event__item__ts=saturday, event__event_ts="1795863800.000001")
    assert bot.store.get(draft).state == State.AWAITING_APPROVAL  # type: ignore[union-attr]


def test_two_approvers_reacting_at_once_publish_exactly_once(slack_server: FakeSlackServer, store: RedisStore) -> None:
    bot = make_bot(slack_server, store, required=2)
    bot.send("event_message")
    barrier = threading.Barrier(2)

    def react(user: str) -> None:
        barrier.wait()
        bot.send("event_reaction_added", event__user=user, event_id=f"Ev0{user}")

    threads = [threading.Thread(target=react, args=(u,)) for u in (HEAD, DEPUTY)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(bot.publisher.posted) == 1 and state(bot) == State.PUBLISHED


def test_slack_answering_429_is_waited_out(bot: Bot) -> None:
    bot.slack.fail_next["chat.postMessage"] = [429]
    bot.send("event_message")
    assert len(bot.slack.named("chat.postMessage")) == 2  # the refused call, then the retry after Retry-After
    assert state(bot) == State.AWAITING_APPROVAL


def test_when_slack_keeps_failing_the_redelivered_event_posts_the_report(bot: Bot) -> None:
    bot.slack.fail_next["chat.postMessage"] = [503, 503, 503]  # the first try and both of the client's retries
    response = bot.app.dispatch(BoltRequest(body=payload("event_message"), mode="socket_mode"))
    assert response.status == 500  # not acknowledged: Slack will deliver the event again
    assert state(bot) == State.AWAITING_APPROVAL and len(bot.thread()) == 3  # three refused attempts
    bot.send("event_message")  # Slack's redelivery, with the same event_id
    assert len(bot.thread()) == 4 and state(bot) == State.AWAITING_APPROVAL  # …and now the report is posted
    assert bot.store.recall(DRAFT, "report_ts") is not None


def test_the_slash_command_opens_the_draft_form(bot: Bot) -> None:
    bot.send("slash_command")
    [opened] = bot.slack.named("views.open")
    assert opened["view"]["callback_id"] == "countersign-draft" and opened["trigger_id"].endswith(".valid")
    assert "Pupils in the photos" in json.dumps(opened["view"])
    bot.send("slash_command", text="help")
    [answer] = bot.slack.named("webhook")
    assert "drafts channel" in answer["text"]


def test_the_pupil_picker_searches_the_roster(bot: Bot) -> None:
    response = bot.app.dispatch(BoltRequest(body=payload("block_suggestion"), mode="socket_mode"))
    assert '"Amelia Nowak"' in response.body and "Josh" not in response.body
    [searched] = bot.store.governance.history()
    assert searched["action"] == "pupil_search" and searched["by"] == AUTHOR and "Amelia" not in str(searched)


def test_someone_outside_the_drafts_channel_cannot_list_the_roster(bot: Bot) -> None:
    outsider = payload("block_suggestion", user__id="U0VISITOR1")
    response = bot.app.dispatch(BoltRequest(body=outsider, mode="socket_mode"))
    assert "Amelia" not in response.body and json.loads(response.body)["options"] == []
    [refused] = bot.store.governance.history()
    assert refused["by"] == "U0VISITOR1" and refused["detail"].startswith("refused")


def test_the_form_posts_the_draft_and_checks_consent_and_the_exception(bot: Bot) -> None:
    bot.send("view_submission")
    posted, report = bot.slack.named("chat.postMessage")
    assert posted["text"].startswith("Draft from <@U0AUTHOR01>:") and "won 3-1" in posted["text"]
    assert "photo-consent" in words(report) and "Amelia Nowak has no photo consent" in words(report)
    assert "say who is pictured" not in words(report)  # pupils were named in the form


def test_the_report_carries_approve_and_reject_buttons_while_it_waits(bot: Bot) -> None:
    bot.send("event_message")
    [report] = bot.slack.named("chat.postMessage")
    assert '"draft-approve"' in words(report) and '"draft-reject"' in words(report)


def test_the_approve_button_approves_like_the_emoji(bot: Bot) -> None:
    bot.send("event_message")
    bot.send("block_actions")
    assert state(bot) == State.PUBLISHED and len(bot.publisher.posted) == 1


def test_the_author_cannot_approve_by_button_either(bot: Bot) -> None:
    bot.send("event_message")
    bot.send("block_actions", user__id=AUTHOR)
    assert state(bot) == State.AWAITING_APPROVAL and "Your own approval" in bot.thread()[-1]


def reject_with(bot: Bot, reason: str | None, user: str = HEAD, ts: str = "1795428000.000100") -> None:
    """Press Reject under the report, then send its form with `reason`, as Slack delivers both."""
    bot.send("block_actions", actions__0__action_id="draft-reject", actions__0__value=ts, user__id=user)
    values = {"reject-reason": {"reason": {"type": "plain_text_input", "value": reason}}}
    bot.send("view_submission", view__callback_id="countersign-reject", view__private_metadata=f"C0DRAFTS01 {ts}",
             view__id=f"VREJ{ts}", view__state__values=values, user__id=user)  # fmt: skip


def test_the_reject_button_asks_why_and_the_reason_reaches_the_author_and_the_audit(bot: Bot) -> None:
    bot.send("event_message")
    reject_with(bot, "Please  name the   trip's date rather than 'today'.")
    [opened] = bot.slack.named("views.open")
    view = opened["view"] if isinstance(opened["view"], dict) else json.loads(opened["view"])
    assert view["callback_id"] == "countersign-reject" and view["private_metadata"] == "C0DRAFTS01 1795428000.000100"
    assert state(bot) == State.REJECTED
    assert "“Please name the trip's date rather than 'today'.”" in bot.thread()[-1]
    rejected = [e for e in bot.store.history(DRAFT) if "rather than" in json.dumps(e)]
    assert len(rejected) == 1 and rejected[0]["actor"] == HEAD and "rejected" in json.dumps(rejected[0])


def test_a_rejected_draft_that_is_edited_is_checked_again_and_waits_for_approval(bot: Bot) -> None:
    bot.send("event_message")
    bot.send("event_reaction_added", event__reaction="x", event_id="Ev0REJECT01")  # the emoji: no reason
    assert state(bot) == State.REJECTED and "(no reason given)" in bot.thread()[-1]
    edited = "1795428500.000200"
    bot.send("event_message_changed", event__message__text="Year 3 built volcanoes in science: a wonderful mess!",
             event__message__edited__ts=edited, event__ts=edited, event__event_ts=edited)  # fmt: skip
    assert state(bot) == State.AWAITING_APPROVAL
    bot.send("event_reaction_added", event_id="Ev0APPROVE2", event__event_ts="1795428600.000001")
    assert bot.publisher.posted == [(DRAFT, "Year 3 built volcanoes in science: a wonderful mess!")]


def test_someone_who_is_not_an_approver_cannot_reject_from_the_form(bot: Bot) -> None:
    bot.send("event_message")
    reject_with(bot, "I don't like it", user=TA)
    assert state(bot) == State.AWAITING_APPROVAL


def test_the_forms_photos_are_checked_with_their_descriptions(bot: Bot) -> None:
    from tests.photos import GROUP_OF_SIX, jpeg, photo

    bot.slack.files["form_1.jpg"] = jpeg(photo(GROUP_OF_SIX).resize((1600, 1200)), gps=True)
    bot.slack.files["form_2.jpg"] = jpeg(photo(GROUP_OF_SIX).resize((1600, 1200)))
    files = [
        {
            "id": f"F0FORM000{n}",
            "name": f"form_{n}.jpg",
            "mimetype": "image/jpeg",
            "url_private_download": f"{bot.api_url}files/form_{n}.jpg",
        }
        for n in (1, 2)
    ]
    values = "view__state__values__"
    bot.send(
        "view_submission",
        **{
            f"{values}draft-photos": {"photos": {"type": "file_input", "files": files}},
            f"{values}draft-alt-1": {"alt-1": {"type": "plain_text_input", "value": "Children racing on the field"}},
            f"{values}draft-pictured": {"pictured": {"type": "multi_external_select", "selected_options": []}},
        },
    )
    report = bot.slack.named("chat.postMessage")[-1]
    assert "Photo 2 (form_2.jpg) has no description" in words(report)
    assert "Photo 1 (form_1.jpg): removed location data" in words(report)
    assert "Photo 1 (form_1.jpg) has no description" not in words(report)
    assert "say who is pictured" in words(report) and "pictured-ask" in words(report)  # and its button


def test_the_wastebasket_emoji_takes_a_post_down_from_x(
    slack_server: FakeSlackServer, store: RedisStore, x_server: FakeXServer
) -> None:
    bot = x_bot(slack_server, store, x_server)
    bot.send("event_message")
    bot.send("event_reaction_added")
    assert len(x_server.fake.posts) == 1
    bot.send("event_reaction_added", event__reaction="wastebasket", event_id="Ev0BIN0001")
    assert x_server.fake.posts == {} and state(bot) == State.UNPUBLISHED
    assert bot.thread()[-1] == "Taken down from X by an approver."


def test_a_failed_post_gets_a_retry_button_that_publishes(
    slack_server: FakeSlackServer, store: RedisStore, x_server: FakeXServer
) -> None:
    from tests.contract.fake_x_api import UNAUTHORIZED, Fault

    bot = x_bot(slack_server, store, x_server)
    x_server.fake.faults["POST /2/tweets"] = [Fault(401, UNAUTHORIZED)]
    bot.send("event_message")
    bot.send("event_reaction_added")
    failed = bot.slack.named("chat.postMessage")[-1]
    assert state(bot) == State.FAILED and "check X_API_KEY" in failed["text"] and '"draft-retry"' in words(failed)
    bot.send("block_actions", actions__0__action_id="draft-retry", actions__0__action_ts="1795429000.000001")
    assert state(bot) == State.PUBLISHED and len(x_server.fake.posts) == 1


def test_unpublish_by_link_takes_the_post_down(
    slack_server: FakeSlackServer, store: RedisStore, x_server: FakeXServer
) -> None:
    bot = x_bot(slack_server, store, x_server)
    bot.send("event_message")
    bot.send("event_reaction_added")
    [post_id] = x_server.fake.posts
    bot.send("slash_command", text="unpublish https://x.com/i/web/status/999", user_id=HEAD, trigger_id="1.2.a")
    bot.send("slash_command", text=f"unpublish https://x.com/i/web/status/{post_id}", user_id=TA, trigger_id="1.2.b")
    assert len(x_server.fake.posts) == 1  # an unknown link, then someone who is not an approver
    bot.send("slash_command", text=f"unpublish https://x.com/ExamplePrimary/status/{post_id} a parent asked",
             user_id=HEAD, trigger_id="1.2.c")  # fmt: skip
    assert x_server.fake.posts == {} and state(bot) == State.UNPUBLISHED
    taken_down = store.history(DRAFT)[-1]
    assert taken_down["actor"] == HEAD and '"reason": "a parent asked"' in taken_down["detail"]
    answers = [a["text"] for a in bot.slack.named("webhook")]
    assert answers == [
        "That is not the link of a post Countersign published, so there is nothing to take down.",
        "Only the school's approvers can take posts down.",
        "Taken down from X by an approver.",
    ]


def x_bot(slack_server: FakeSlackServer, store: RedisStore, x_server: FakeXServer) -> Bot:
    """The bot publishing to the fake X API, which starts with no posts."""
    from chatbot.publishers.x import XCredentials, XPublisher

    x_server.fake.posts.clear()
    x_server.fake.faults.clear()
    return make_bot(slack_server, store, publisher=XPublisher(XCredentials("k", "s", "t", "ts"), x_server.url))


def test_names_are_kept_once_for_the_governors_report_and_an_unknown_id_stays_an_id(bot: Bot) -> None:
    bot.send("event_message")
    bot.send("event_reaction_added")
    bot.send("event_reaction_added")  # seen again: not asked again
    assert bot.store.governance.name_of(AUTHOR) == "Alex Author"
    assert bot.store.governance.name_of(HEAD) == "Hannah Head"
    assert len([c for c in bot.slack.named("users.info") if c.get("user") == HEAD]) == 1
    bot.send("event_reaction_added", event__user=TA)  # Slack answers user_not_found for this one
    assert bot.store.governance.name_of(TA) == TA


def test_without_the_users_read_scope_names_stay_ids_and_approval_still_publishes(bot: Bot) -> None:
    bot.slack.missing_scopes.add("users:read")
    try:
        bot.send("event_message")
        bot.send("event_reaction_added")
        bot.send("event_reaction_added", event_id="Ev0AGAIN01")
    finally:
        bot.slack.missing_scopes.discard("users:read")
    assert state(bot) == State.PUBLISHED and bot.store.governance.name_of(HEAD) == HEAD
    assert len([c for c in bot.slack.named("users.info") if c.get("user") == HEAD]) == 1  # not asked every event


def test_slack_failing_to_give_a_name_never_fails_the_approval(bot: Bot) -> None:
    bot.slack.fail_next["users.info"] = [500, 500, 500, 500, 500, 500]  # beyond the client's retries, each time
    try:
        bot.send("event_message")
        bot.send("event_reaction_added")
    finally:
        bot.slack.fail_next.pop("users.info", None)
    assert state(bot) == State.PUBLISHED and bot.store.governance.name_of(HEAD) == HEAD
