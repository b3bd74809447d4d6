"""Turning a stored alert back into a FollowerAlert, and an account into the record that is stored."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from chatbot.followers.account import Account
from chatbot.followers.flags import Concern, Flag
from chatbot.followers.ports import Decision, FollowerAlert


def record_of(account: Account, flags: tuple[Flag, ...]) -> dict[str, Any]:
    """Flags are stored as found when the follower arrived, so the card and the review say the same."""
    found = [{"code": f.code, "concern": f.concern.value, "message": f.message} for f in flags]
    return {"account": account.to_record(), "flags": found}


def alert_from(stored: dict[str, Any], platform: str) -> FollowerAlert:
    record = stored["record"]
    flags = tuple(Flag(f["code"], Concern(f["concern"]), f["message"]) for f in record["flags"])
    return FollowerAlert(Account.from_record(record["account"]), flags, platform, _decision(stored))


def _decision(stored: dict[str, Any]) -> Decision | None:
    if not stored.get("decision"):
        return None
    at = datetime.fromisoformat(stored["decided_at"])
    return Decision(stored["decision"], stored["decided_by"], at, stored.get("on_platform") == "yes")
