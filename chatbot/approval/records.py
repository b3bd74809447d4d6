"""What the store keeps of a checked draft, what its audit keeps of the check (never the words), and a re-check."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from chatbot.approval import photos, revisions
from chatbot.approval.draft import Draft, ImageAttachment, LeftOut
from chatbot.approval.events import MessageRef
from chatbot.approval.states import BOT, State, Transition
from chatbot.policy.finding import Report
from chatbot.store import RedisStore, StoredDraft


def checked(report: Report) -> tuple[Transition, dict[str, Any]]:
    """How a check moves a draft on, and what the audit keeps of it (rule and severity, never the words)."""
    transition = Transition.CHECKED_BLOCKED if report.verdict == "block" else Transition.CHECKED_CLEAN
    return transition, {"findings": [f"{f.rule}:{f.severity}" for f in report.findings]}


def record(ref: MessageRef, report: Report, draft: Draft) -> dict[str, Any]:
    """What the store keeps of a draft: where it is, the text that would be published, its check, its exception
    and why, and the publishing time its author chose."""
    warnings = sorted({f.rule for f in report.findings if f.severity == "warn"})
    where = {"platform": ref.platform, "channel": ref.channel, "message": ref.message}
    left_out = [[file.name, file.reason] for file in report.left_out]
    when = draft.publish_at.isoformat() if draft.publish_at else None
    return {**where, "text": report.text, "verdict": report.verdict, "warnings": warnings, "exception": draft.exception,
            "exception_reason": draft.exception_reason,
            "left_out": left_out, "originals_shown": report.originals_shown, "chosen_at": when,
            "trip_hold": report.trip_hold, "from_trip": report.from_trip}  # fmt: skip


def stored_draft(store: RedisStore, stored: StoredDraft, at: datetime, text: str | None = None) -> Draft:
    """The draft as kept, to check again: its words as typed (or `text`, an edit), its kept photos, who is
    pictured, its exception and the files left out; the time is the re-check's."""
    record = stored.record
    return Draft(
        text if text is not None else record.get("typed", record["text"]),
        at,
        kept_images(store, stored.id),
        tuple(record.get("pictured", ())),
        record.get("exception"),
        record.get("exception_reason"),
        pictured_answer=record.get("pictured_answer"),
        left_out=tuple(LeftOut(str(name), reason) for name, reason in record.get("left_out", ())),
        originals_shown=bool(record.get("originals_shown")),
        written_at=None if text is not None else revisions.written_at(record),
        publish_at=chosen_time(record),
        from_trip=bool(record.get("from_trip")),
    )


def chosen_time(record: dict[str, Any]) -> datetime | None:
    """The publishing time the author chose, if they did."""
    return datetime.fromisoformat(record["chosen_at"]) if record.get("chosen_at") else None


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
