"""What the store keeps of a checked draft, what its audit keeps of the check (never the words), and a re-check."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from chatbot.approval import photos
from chatbot.approval.draft import ImageAttachment
from chatbot.approval.events import MessageRef
from chatbot.approval.states import BOT, State, Transition
from chatbot.policy.finding import Report
from chatbot.store import RedisStore


def checked(report: Report) -> tuple[Transition, dict[str, Any]]:
    """How a check moves a draft on, and what the audit keeps of it (rule and severity, never the words)."""
    transition = Transition.CHECKED_BLOCKED if report.verdict == "block" else Transition.CHECKED_CLEAN
    return transition, {"findings": [f"{f.rule}:{f.severity}" for f in report.findings]}


def record(ref: MessageRef, report: Report, exception: str | None) -> dict[str, Any]:
    """What the store keeps of a draft: where it is, the text that would be published, and its check."""
    warnings = sorted({f.rule for f in report.findings if f.severity == "warn"})
    where = {"platform": ref.platform, "channel": ref.channel, "message": ref.message}
    return {**where, "text": report.text, "verdict": report.verdict, "warnings": warnings, "exception": exception}


def kept_images(store: RedisStore, draft_id: str) -> tuple[ImageAttachment, ...]:
    """The draft's sanitised photos as attachments already inspected: a re-check never decodes them again."""
    return tuple(photos.attachment(kept) for kept in store.photos(draft_id))


def rechecked(store: RedisStore, draft_id: str, report: Report, actor: str, at: datetime, kept: dict[str, Any],
              detail: dict[str, Any] | None = None) -> State | None:  # fmt: skip
    """Record a re-check (an edit, or who is pictured): back to checking with the new record, then on as the
    check says. Returns the state it reached; None when the draft had moved on and was left alone."""
    if not store.apply(draft_id, Transition.EDITED, actor, at, detail, record=kept).done:
        return None
    transition, findings = checked(report)
    return State(store.apply(draft_id, transition, BOT, at, findings).state)
