"""What the follower alerts talk through: the platform's follower list, and the chat that shows the alerts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from chatbot.followers.account import Account, AccountPage
from chatbot.followers.flags import Flag

KEEP, BLOCK, MUTE = "keep", "block", "mute"
DECISIONS = (KEEP, BLOCK, MUTE)


@dataclass(frozen=True)
class Decision:
    kind: str  # keep, block or mute
    by: str
    at: datetime
    on_platform: bool  # done on the platform by the bot; False: a person must finish it there


@dataclass(frozen=True)
class FollowerAlert:
    account: Account
    flags: tuple[Flag, ...]
    platform: str
    decision: Decision | None = None


@dataclass(frozen=True)
class Digest:
    since: datetime
    new: tuple[FollowerAlert, ...]
    undecided: tuple[FollowerAlert, ...]
    unfollowed: tuple[str, ...]  # handles
    reads_this_month: int
    cost_this_month: float
    unfollows_known: bool = True  # False: not tracked, or the list could not be read this week
    replies: dict[str, int] | None = None  # replies read, raised and triaged this week; None: incidents are off


class FollowerSource(Protocol):
    """A platform's list of the school account's followers, newest first."""

    name: str
    read_cost: float  # US dollars per follower read

    def followers(self, limit: int, token: str | None) -> AccountPage: ...

    def mute(self, account_id: str) -> None:
        """Mute the account; raises PlatformError when the platform refuses."""
        ...


class FollowerNotifier(Protocol):
    def post_alert(self, alert: FollowerAlert) -> str:
        """Show the alert; returns a reference to update it by."""
        ...

    def update_alert(self, ref: str, alert: FollowerAlert) -> None: ...

    def post_digest(self, digest: Digest) -> None: ...

    def post_note(self, text: str) -> None: ...
