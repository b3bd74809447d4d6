"""The follower card and the weekly review as data: strangers' text escaped, buttons and outcomes right."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from chatbot.followers.account import Account
from chatbot.followers.flags import Concern, Flag
from chatbot.followers.ports import Decision, Digest, FollowerAlert
from handlers.slack.follower_blocks import alert_summary, build_digest, build_follower_alert

NOW = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
ACCOUNT = Account("42", "troll", "<!channel> <https://evil.example|click>", "Hi & <@U0HEAD0001>",
                  NOW - timedelta(days=400), url="https://x.com/troll")  # fmt: skip


def text_of(blocks: list[dict[str, object]]) -> str:
    return json.dumps(blocks, ensure_ascii=False)


def test_profile_text_cannot_ping_the_channel_or_forge_a_link() -> None:
    shown = text_of(build_follower_alert(FollowerAlert(ACCOUNT, (), "X"), NOW))
    assert "<!channel>" not in shown and "<https://evil" not in shown and "<@U0HEAD0001>" not in shown
    assert "&lt;!channel&gt;" in shown and "Hi &amp; &lt;@U0HEAD0001&gt;" in shown
    assert "joined 13 months ago" in shown


def test_an_undecided_card_offers_keep_block_and_mute_and_a_decided_one_says_who_and_when() -> None:
    open_card = build_follower_alert(FollowerAlert(ACCOUNT, (), "X"), NOW)
    assert open_card[-1]["type"] == "actions"
    decided = FollowerAlert(ACCOUNT, (), "X", Decision("block", "U0HEAD0001", NOW, on_platform=False))
    last = text_of(build_follower_alert(decided, NOW, ZoneInfo("Europe/London"))[-1:])
    assert "Blocked* by <@U0HEAD0001> on 1 July at 13:00" in last and "choose Block" in last
    muted = FollowerAlert(ACCOUNT, (), "X", Decision("mute", "U0HEAD0001", NOW, on_platform=True))
    assert "mute it on" not in text_of(build_follower_alert(muted, NOW)[-1:])


def test_the_notification_text_names_the_concern_but_never_the_bio() -> None:
    child = Flag("child", Concern.HIGH, "May be a child's account")
    assert alert_summary(FollowerAlert(ACCOUNT, (child,), "X")).startswith("Countersign: needs a decision")
    assert alert_summary(FollowerAlert(ACCOUNT, (), "X")).startswith("Countersign: new follower")
    assert "Hi" not in alert_summary(FollowerAlert(ACCOUNT, (child,), "X"))


def test_the_review_lists_at_most_fifteen_and_says_when_unfollows_are_unknown() -> None:
    alerts = tuple(FollowerAlert(Account(str(n), f"p{n}", "P", url=f"https://x.com/p{n}"), (), "X") for n in range(20))
    digest = Digest(NOW, alerts, (), (), 40, 0.04, unfollows_known=False)
    shown = text_of(build_digest(digest))
    assert "*New followers (20)*" in shown and "…and 5 more." in shown and "@p14" in shown and "@p15>" not in shown
    assert "not read this week" in shown and "40 items, at most £0.032 (US$0.040 at £0.79 to the dollar)" in shown
