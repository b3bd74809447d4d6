"""The pause switch: an approver stops all publishing, with a reason, and starts it again; the channel is told."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from chatbot import messages
from chatbot.approval.service import WorkflowService


def pause(service: WorkflowService, user: str, reason: str, now: datetime, announce: Callable[[str], None]
          ) -> str | None:  # fmt: skip
    """Why not, for the person who asked; None once paused (and the channel told)."""
    if not service.approvers.may_approve(user):
        return messages.ONLY_APPROVERS_PAUSE
    if not reason.strip():
        return messages.PAUSE_NEEDS_REASON
    governance = service.store.governance
    if not governance.pause(user, reason.strip(), now):
        current = governance.paused() or {}
        return messages.ALREADY_PAUSED.format(reason=current.get("reason", ""), by=current.get("by", ""))
    announce(messages.paused_notice(user, reason.strip()))
    return None


def resume(service: WorkflowService, user: str, now: datetime, announce: Callable[[str], None]) -> str | None:
    """Why not; None once publishing has resumed (the channel is told how many posts were waiting)."""
    if not service.approvers.may_approve(user):
        return messages.ONLY_APPROVERS_PAUSE
    if not service.store.governance.resume(user, now):
        return messages.NOT_PAUSED
    announce(messages.resumed_notice(user, len(service.store.scheduled())))
    return None
