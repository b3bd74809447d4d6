"""Keep, Block or Mute a follower: only approvers decide, every decision is audited, the card shows it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from chatbot import messages
from chatbot.approval.ports import Approvers
from chatbot.errors import PlatformError
from chatbot.followers.alerts import alert_from
from chatbot.followers.ports import DECISIONS, MUTE, FollowerAlert, FollowerNotifier, FollowerSource
from chatbot.store.followers import FollowerStore


@dataclass(frozen=True)
class DecisionResult:
    status: str  # decided, already, refused, missing, failed
    alert: FollowerAlert | None = None
    message: str = ""  # what to tell the person who pressed the button, privately


class FollowerDecisions:
    def __init__(self, store: FollowerStore, source: FollowerSource, notifier: FollowerNotifier,
                 approvers: Approvers) -> None:  # fmt: skip
        self._store, self._source, self._notifier, self._approvers = store, source, notifier, approvers

    @property
    def source_name(self) -> str:
        return self._source.name

    def decide(self, follower_id: str, kind: str, user: str, now: datetime) -> DecisionResult:
        if kind not in DECISIONS:
            return DecisionResult("missing", message=messages.FOLLOWER_UNKNOWN)
        if not self._approvers.may_approve(user):
            return DecisionResult("refused", message=messages.ONLY_APPROVERS_DECIDE_FOLLOWERS)
        stored = self._store.alert(follower_id)
        if stored is None:
            return DecisionResult("missing", message=messages.FOLLOWER_UNKNOWN)
        try:
            on_platform = self._act(follower_id, kind)
        except PlatformError as error:  # X busy: nothing is recorded, the button can be pressed again
            return DecisionResult("failed", message=messages.follower_action_failed(str(error)))
        status = self._store.decide(follower_id, kind, user, now, on_platform)
        return self._show(follower_id, status)

    def _act(self, follower_id: str, kind: str) -> bool:
        """Do the decision on the platform where its API allows; False when a person must finish it there."""
        if kind != MUTE:
            return False  # keep needs nothing; blocking through X's API is for enterprise apps only
        try:
            self._source.mute(follower_id)
        except PlatformError as error:
            if error.retryable:
                raise
            return False
        return True

    def _show(self, follower_id: str, status: str) -> DecisionResult:
        stored = self._store.alert(follower_id)
        alert = alert_from(stored, self._source.name) if stored else None
        if status == "decided" and alert is not None and stored and stored.get("ref"):
            self._notifier.update_alert(stored["ref"], alert)
        return DecisionResult(status, alert, messages.FOLLOWER_ALREADY_DECIDED if status == "already" else "")
