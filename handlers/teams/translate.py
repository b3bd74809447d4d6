"""Teams activities to neutral events (pure functions over the activity JSON that Teams sends)."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime
from typing import Any

from chatbot.approval.draft import ImageAttachment, PicturedAnswer
from chatbot.approval.events import (
    ApprovalGiven,
    ApprovalRevoked,
    DraftDeleted,
    DraftEdited,
    DraftPosted,
    MessageRef,
    PicturedGiven,
    RejectionGiven,
    RetryRequested,
)

PLATFORM = "teams"
Decision = ApprovalGiven | RejectionGiven | RetryRequested
# The core's report card names them as Slack does; cards posted before it still say "approve", "reject", "retry"
VERBS: dict[str, type[Decision]] = {"approve": ApprovalGiven, "reject": RejectionGiven, "retry": RetryRequested,
                                    "draft-approve": ApprovalGiven, "draft-reject": RejectionGiven,
                                    "draft-retry": RetryRequested}  # fmt: skip
# The answers to "who is pictured?" on report cards posted before its form (handlers/teams/pictured.py)
PICTURED_VERBS: dict[str, PicturedAnswer] = {"pictured-nobody": "nobody-identifiable",
                                              "pictured-checked": "consent-checked"}  # fmt: skip
_BREAKS = re.compile(r"<br\s*/?>|</p>|</div>|</li>", re.IGNORECASE)
_MENTION = re.compile(r"<at[^>]*>(.*?)</at>", re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(r"<[^>]+>")

Activity = dict[str, Any]


def plain_text(text: str) -> str:
    """Teams' message HTML as the words a reader sees: <at>Sam</at> becomes @Sam, <br> a new line."""
    text = _MENTION.sub(lambda match: "@" + match[1], text)
    text = _TAGS.sub("", _BREAKS.sub("\n", text))
    return "\n".join(line.strip() for line in html.unescape(text).replace("\xa0", " ").splitlines()).strip()


def channel_of(activity: Activity) -> str:
    data = activity.get("channelData") or {}
    return str((data.get("channel") or {}).get("id") or data.get("teamsChannelId") or "")


def thread_root(activity: Activity) -> str:
    """The id of the post a channel conversation is about: Teams writes it into the conversation id."""
    conversation = str((activity.get("conversation") or {}).get("id", ""))
    return conversation.partition(";messageid=")[2]


def author(activity: Activity) -> str:
    """People are known by their Entra ID object id, the id app.yaml's approvers name."""
    return str((activity.get("from") or {}).get("aadObjectId") or "")


def when(activity: Activity) -> datetime:
    stamp = str(activity.get("timestamp") or "")
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone(UTC)
    except ValueError:
        return datetime.now(UTC)


def is_draft(activity: Activity, drafts_channel: str | None) -> bool:
    """A person's own top-level post in the drafts channel; replies in a post's thread are conversation."""
    root = thread_root(activity)
    return (
        bool(drafts_channel)
        and channel_of(activity) == drafts_channel
        and bool(author(activity))
        and root in ("", activity.get("id"))
    )


def draft_posted(activity: Activity, images: tuple[ImageAttachment, ...]) -> DraftPosted:
    ref = MessageRef(PLATFORM, channel_of(activity), str(activity["id"]))
    text = plain_text(str(activity.get("text") or ""))
    return DraftPosted(ref, author(activity), text, f"message:{activity['id']}", when(activity), images)


def draft_edited(activity: Activity, drafts_channel: str | None) -> DraftEdited | None:
    if channel_of(activity) != drafts_channel or thread_root(activity) not in ("", activity.get("id")):
        return None
    ref = MessageRef(PLATFORM, channel_of(activity), str(activity["id"]))
    event_id = f"edit:{activity['id']}:{activity.get('timestamp')}"
    return DraftEdited(ref, author(activity), plain_text(str(activity.get("text") or "")), event_id, when(activity))


def draft_deleted(activity: Activity, drafts_channel: str | None) -> DraftDeleted | None:
    if channel_of(activity) != drafts_channel or not activity.get("id"):
        return None
    ref = MessageRef(PLATFORM, channel_of(activity), str(activity["id"]))
    return DraftDeleted(ref, f"delete:{activity['id']}", when(activity))


def reactions(
    activity: Activity, drafts_channel: str | None, like_approves: bool
) -> list[ApprovalGiven | ApprovalRevoked]:
    """A 👍 on a draft approves it (and taking it back withdraws that), where the school turned this on."""
    target = str(activity.get("replyToId") or "")
    if not like_approves or channel_of(activity) != drafts_channel or thread_root(activity) not in ("", target):
        return []
    ref = MessageRef(PLATFORM, drafts_channel, target)
    base = f"reaction:{activity.get('id')}"
    added = [r for r in activity.get("reactionsAdded") or [] if r.get("type") == "like"]
    removed = [r for r in activity.get("reactionsRemoved") or [] if r.get("type") == "like"]
    events: list[ApprovalGiven | ApprovalRevoked] = [ApprovalGiven(ref, author(activity), base, when(activity))
                                                     for _ in added[:1]]  # fmt: skip
    events += [ApprovalRevoked(ref, author(activity), base + ":off", when(activity)) for _ in removed[:1]]
    return events


ASK, OWNED = "ask", "~"  # which unfolded form was sent; what joins its key to an input's name
PRESS_MEMORY_SECONDS = 24 * 3600  # a form or button press is taken once, however often Teams delivers it


def action_data(activity: Activity) -> dict[str, Any]:
    """What a pressed card button sends: its own data, and the card's inputs with it (Action.Execute). The inputs of
    an unfolded form are named after it (neutral_cards): they get their own names back, and win over the card's; a
    card posted before that sends plain names, which are read as they are."""
    data: dict[str, Any] = ((activity.get("value") or {}).get("action") or {}).get("data") or {}
    own = f"{data.get(ASK) or ''}{OWNED}"
    plain = {key: value for key, value in data.items() if OWNED not in key and key != ASK}
    return plain | {key.removeprefix(own): value for key, value in data.items() if key.startswith(own)}


def card_draft(activity: Activity, drafts_channel: str | None) -> MessageRef | None:
    """The draft a report card's button names, when it was pressed in the drafts channel; else None."""
    data = action_data(activity)
    draft = str(data.get("draft") or data.get("value") or "")  # "value": the core's cards name the draft so
    if not draft or drafts_channel is None or channel_of(activity) != drafts_channel:
        return None
    return MessageRef(PLATFORM, drafts_channel, draft)


def typed_names(said: object) -> list[str]:
    """Names typed into a card's field, separated by commas."""
    return [name.strip() for name in str(said or "").split(",") if name.strip()]


def card_action(
    activity: Activity, drafts_channel: str | None
) -> ApprovalGiven | RejectionGiven | RetryRequested | None:
    """An Approve, Reject or Retry button on a draft's card: the same decision as Slack's buttons."""
    kind = VERBS.get(str(((activity.get("value") or {}).get("action") or {}).get("verb")))
    ref = card_draft(activity, drafts_channel)
    if kind is None or ref is None:
        return None
    if kind is RejectionGiven:
        reason = " ".join(str(action_data(activity).get("reason") or "").split())[:500] or None
        return RejectionGiven(ref, author(activity), f"card:{activity.get('id')}", when(activity), reason)
    return kind(ref, author(activity), f"card:{activity.get('id')}", when(activity))


def pictured_answer(activity: Activity, drafts_channel: str | None) -> PicturedGiven | None:
    """A "who is pictured?" button on a draft's card, timed by Teams' clock as an approval is."""
    answer = PICTURED_VERBS.get(str(((activity.get("value") or {}).get("action") or {}).get("verb")))
    ref = card_draft(activity, drafts_channel)
    if answer is None or ref is None:
        return None
    return PicturedGiven(ref, author(activity), (), answer, f"card:{activity.get('id')}", when(activity))
