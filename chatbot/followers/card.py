"""A new follower's card and the weekly follower review, described once for every chat (chatbot/cards.py)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from chatbot import messages
from chatbot.cards import Button, Buttons, Line, Part, escape, line, small
from chatbot.followers.flags import Concern
from chatbot.followers.ports import BLOCK, KEEP, MUTE, Decision, Digest, FollowerAlert
from chatbot.school.money import POUNDS, Money

UTC_ZONE = ZoneInfo("UTC")
DIGEST_LIST_LIMIT = 15
_DONE = {KEEP: "Kept", BLOCK: "Blocked", MUTE: "Muted"}
GROUP = "follower-decision"
KEEP_ACTION, BLOCK_ACTION, MUTE_ACTION, OPEN_ACTION = (
    "follower-keep",
    "follower-block",
    "follower-mute",
    "follower-open",
)


def alert_summary(alert: FollowerAlert) -> str:
    """The notification text: no bio, so a phone's lock screen shows only the handle and the concern."""
    concern = _concern(alert)
    prefix = {"high": "needs a decision", "low": "worth a look", "": "new follower"}[concern]
    return f"Countersign: {prefix} — @{alert.account.handle} followed the school on {alert.platform}"


def follower_card(alert: FollowerAlert, now: datetime, zone: ZoneInfo = UTC_ZONE) -> list[Part]:
    a = alert.account
    icon = {"high": ":rotating_light:", "low": ":warning:", "": ":bust_in_silhouette:"}[_concern(alert)]
    title = f"{icon} *New follower on {alert.platform}:* {escape(a.name)} (<{a.url}|@{escape(a.handle)}>)"
    parts: list[Part] = [line(title)]
    if a.bio:
        parts.append(line("> " + escape(a.bio).replace("\n", "\n> ")))
    parts.append(small(_facts(alert, now)))
    for flag in alert.flags:
        mark = ":red_circle:" if flag.concern is Concern.HIGH else ":large_yellow_circle:"
        parts.append(small(f"{mark} {flag.message}"))
    parts.append(_outcome(alert, alert.decision, zone) if alert.decision else _buttons(alert))
    return parts


def _concern(alert: FollowerAlert) -> str:
    if any(f.concern is Concern.HIGH for f in alert.flags):
        return "high"
    return "low" if alert.flags else ""


def _facts(alert: FollowerAlert, now: datetime) -> str:
    a = alert.account
    parts = [_age(a.created_at, now)] if a.created_at else []
    parts += [f"{a.followers:,} followers", f"following {a.following:,}", f"{a.posts:,} posts"]
    if a.location:
        parts.append(escape(a.location))
    if a.protected:
        parts.append("private account")
    return " · ".join(parts)


def _age(created: datetime, now: datetime) -> str:
    days = max(0, (now - created).days)
    if days < 60:
        return f"joined {days} day{'s' * (days != 1)} ago"
    months = days // 30
    return f"joined {months} months ago" if months < 24 else f"joined {days // 365} years ago"


def _buttons(alert: FollowerAlert) -> Buttons:
    a = alert.account
    value = a.id if alert.platform == "X" else f"{alert.platform}|{a.id}"  # which network's follower
    return Buttons(GROUP, (
        Button("Keep", KEEP_ACTION, value, style="primary"),
        # X lets only enterprise apps block: the button opens the profile and records the decision
        Button(f"Block (opens {alert.platform})", BLOCK_ACTION, value, style="danger", url=a.url),
        Button("Mute", MUTE_ACTION, value),
    ))  # fmt: skip


def _outcome(alert: FollowerAlert, d: Decision, zone: ZoneInfo) -> Line:
    text = f"*{_DONE[d.kind]}* by <@{d.by}> on {d.at.astimezone(zone):%-d %B at %H:%M}."
    if d.kind == BLOCK:
        text += f" Finish it on {alert.platform}: open <{alert.account.url}|the profile> and choose Block."
    elif d.kind == MUTE and not d.on_platform:
        text += f" {alert.platform} did not let Countersign mute; mute it on <{alert.account.url}|the profile>."
    return small(text)


def digest_card(digest: Digest, money: Money = POUNDS) -> list[Part]:
    parts: list[Part] = [line(f":clipboard: *Weekly follower review* — since {digest.since:%A %-d %B}")]
    parts.append(line(_listing(f"*New followers ({len(digest.new)})*", digest.new)))
    parts.append(line(_listing(f"*Still undecided ({len(digest.undecided)})*", digest.undecided)))
    if digest.unfollows_known:
        gone = ", ".join(f"@{escape(h)}" for h in digest.unfollowed[:DIGEST_LIST_LIMIT]) or "none"
        parts.append(line(f"*Unfollows ({len(digest.unfollowed)})*: {gone}"))
    else:
        parts.append(line("*Unfollows*: not read this week (turned off, or X was not answering)."))
    reads = f"Read from X this month: {digest.reads_this_month:,} items, at most {money.say(digest.cost_this_month)}"
    parts.append(small(reads + " (X charges a repeat read once a day)."))
    if digest.replies is not None:
        parts.append(small(messages.replies_counted(digest.replies)))
    return parts


def _listing(title: str, alerts: tuple[FollowerAlert, ...]) -> str:
    lines = [title]
    for alert in alerts[:DIGEST_LIST_LIMIT]:
        worry = " :red_circle:" if _concern(alert) == "high" else ""
        state = f" — {_DONE[alert.decision.kind].lower()}" if alert.decision else ""
        lines.append(f"• <{alert.account.url}|@{escape(alert.account.handle)}>{worry}{state}")
    if len(alerts) > DIGEST_LIST_LIMIT:
        lines.append(f"…and {len(alerts) - DIGEST_LIST_LIMIT} more.")
    return "\n".join(lines) if alerts else f"{title}: none"
