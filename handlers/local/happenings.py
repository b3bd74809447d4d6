"""Something happening on the practice account, made up in the workspace: a reply arrives, or somebody follows.
Each is read at once by the same watches that poll the real networks."""

from __future__ import annotations

from datetime import timedelta

from chatbot import messages
from chatbot.followers.account import Account
from handlers.local.samples import FOLLOWERS, REPLIES
from handlers.local.workspace import Workspace

REPLY_AUTHOR = "@someone_online (Someone on the practice account)"


def sample(samples: tuple[tuple[str, ...], ...], chosen: str) -> tuple[str, ...] | None:
    return samples[int(chosen)] if chosen.isdigit() and int(chosen) < len(samples) else None


def reply(ws: Workspace, chosen: str, typed: str) -> str:
    picked = sample(REPLIES, chosen)
    text = " ".join(typed.split()) or (picked[1] if picked else "")
    if not text:
        return messages.PRACTICE_EMPTY
    now = ws.clock.now()
    ws.network.reply(text[:2000], REPLY_AUTHOR, now)
    for watch in ws.incidents.mentions if ws.incidents else ():
        watch.poll(now)
    return messages.PRACTICE_REPLY_SENT


def follower(ws: Workspace, chosen: str, name: str, bio: str) -> str:
    picked = sample(FOLLOWERS, chosen)
    if picked is None and not name.strip():
        return messages.PRACTICE_EMPTY
    _, handle, shown, about = picked or ("", "", name.strip()[:100], bio.strip()[:300])
    number, now = ws.network.next_id(), ws.clock.now()
    handle = handle or f"follower{number}"
    new = picked is not None and not about  # the sample with no bio and no picture is a day old
    account = Account(number, handle, shown, about, now - timedelta(days=1 if new else 900), has_picture=not new,
                      followers=0 if new else 180, following=3 if new else 210, posts=0 if new else 540,
                      url=f"{ws.network.base_url}/followers/{number}")  # fmt: skip
    ws.network.follow(account)
    if ws.followers is not None:
        ws.followers.watch.poll(now)
    return messages.PRACTICE_FOLLOWER_SENT
