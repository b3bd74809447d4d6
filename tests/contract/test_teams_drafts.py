"""Teams: a post in the drafts channel is checked and answered in its thread, through the real SDK and a real Redis."""

from __future__ import annotations

from chatbot.approval.states import State
from chatbot.store import RedisStore
from tests.contract.teams_bot import CHANNEL, DRAFT, THREAD, TeamsBot


def card_text(body: dict) -> str:
    import json

    return json.dumps(body.get("attachments", []), ensure_ascii=False)


def test_a_post_in_the_drafts_channel_gets_its_report_card_in_the_thread(teams: TeamsBot, store: RedisStore) -> None:
    response = teams.send("message")
    assert response.status_code == 200
    [report] = teams.thread()
    assert "No problems found" in card_text(report) and '"verb": "draft-approve"' in card_text(report)
    assert teams.fake.posted(THREAD)[0]["authorised"]
    assert store.get(f"teams:{CHANNEL}:{DRAFT}").state == State.AWAITING_APPROVAL


def test_an_edit_updates_the_same_card_and_a_reply_in_the_thread_is_not_a_draft(
    teams: TeamsBot, store: RedisStore
) -> None:
    teams.send("message")
    [report] = teams.fake.posted(THREAD)
    teams.send("message_update", text="<p>Call Mrs Smith on 07700 900123 about the trip</p>")
    [update] = teams.fake.updates()
    assert update["conversation"] == THREAD and update["activity"] == card_id(teams)
    assert "Blocked" in card_text(update["body"]) and "approve" not in card_text(update["body"])
    assert len(teams.fake.posted(THREAD)) == 1 and report["authorised"]  # updated in place, not posted again
    reply = {"id": "1795428000200", "text": "<p>Looks good to me</p>"}  # a reply: the thread's root is another post
    teams.send("message", **reply)
    assert store.get(f"teams:{CHANNEL}:1795428000200") is None


def test_a_deleted_post_withdraws_its_draft(teams: TeamsBot, store: RedisStore) -> None:
    teams.send("message")
    teams.send("message_delete")
    assert store.get(f"teams:{CHANNEL}:{DRAFT}").state == State.WITHDRAWN


def test_a_post_in_another_channel_is_left_alone(teams: TeamsBot, store: RedisStore) -> None:
    teams.send("message", channelData__channel__id="19:general0001@thread.tacv2")
    assert teams.fake.calls == [] or all(c["kind"] != "create" for c in teams.fake.calls)
    assert store.get(f"teams:19:general0001@thread.tacv2:{DRAFT}") is None


def test_an_unsigned_or_forged_activity_is_refused_and_changes_nothing(teams: TeamsBot, store: RedisStore) -> None:
    from cryptography.hazmat.primitives.asymmetric import rsa

    stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    forged = teams.fake.sign(teams.service_url, key=stranger)
    wrong_bot = teams.fake.sign(teams.service_url, audience="another-bot")
    statuses = [teams.send("message", token=t).status_code for t in ("", forged, wrong_bot)]
    assert statuses == [401, 401, 401]
    assert store.get(f"teams:{CHANNEL}:{DRAFT}") is None and teams.fake.posted() == []


def card_id(teams: TeamsBot) -> str:
    return str(store_of(teams).recall(f"teams:{CHANNEL}:{DRAFT}", "report_ts"))


def store_of(teams: TeamsBot) -> RedisStore:
    return teams.running.store


def test_the_authors_name_is_kept_for_the_governors_report(teams: TeamsBot, store: RedisStore) -> None:
    from tests.contract.teams_bot import AUTHOR

    assert store.governance.name_of(AUTHOR) == AUTHOR  # nobody seen yet: the id is all there is
    teams.send("message")
    assert store.governance.name_of(AUTHOR) == "Alex Author"


def test_a_very_long_post_still_gets_its_report_within_teams_size_limit(teams: TeamsBot, store: RedisStore) -> None:
    """Teams refuses a message over 100 KB (413 MessageSizeTooBig, as the stand-in does): a pasted newsletter of
    60,000 characters is still answered in its thread, and kept as a draft."""
    words = "Year 3 loved the trip to the farm and fed the lambs. " * 1200
    response = teams.send("message", text=f"<p>{words}</p>")
    assert response.status_code == 200
    [report] = teams.thread()
    assert "Blocked" in card_text(report) or "too long" in card_text(report).lower()
    assert store.get(f"teams:{CHANNEL}:{DRAFT}") is not None


def test_a_card_teams_refuses_is_posted_as_its_words(teams: TeamsBot, store: RedisStore) -> None:
    """Teams refused the report card (413): the report's words still reach the thread, without the buttons, and the
    draft is kept; the log says a card was refused and nothing of what it said."""
    teams.fake.faults.append((413, {}))
    response = teams.send("message")
    assert response.status_code == 200
    [words] = teams.thread()
    assert not words.get("attachments") and "No problems found" in words["text"]
    assert store.get(f"teams:{CHANNEL}:{DRAFT}").state == State.AWAITING_APPROVAL


def test_a_card_update_teams_refuses_leaves_the_words_in_its_place(teams: TeamsBot, store: RedisStore) -> None:
    teams.send("message")
    teams.fake.update_faults.append(413)
    teams.send("message_update", text="<p>Call Mrs Smith on 07700 900123 about the trip</p>")
    [update] = teams.fake.updates()
    assert not update["body"].get("attachments") and "Blocked" in update["body"]["text"]
    assert store.get(f"teams:{CHANNEL}:{DRAFT}").state == State.BLOCKED
