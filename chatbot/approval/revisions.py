"""Which version of a draft an event belongs to: an approval counts only for the words the approver saw."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from chatbot.approval.states import State

AFTER_POSTING = frozenset({State.PUBLISHING, State.PUBLISHED})


def first(record: dict[str, Any], typed: str, at: datetime) -> dict[str, Any]:
    """The record of the first version: the words as the author typed them, and the day they were written (for
    "today" in a post published later). Approvals are not compared with this time: the form's drafts are timed
    by our clock, approvals by the chat's; an edit's time and an approval's are both the chat's."""
    return {**record, "typed": typed, "written_at": at.isoformat()}


def revised(record: dict[str, Any], typed: str, at: datetime) -> dict[str, Any]:
    """The record of an edited version: the words as the author typed them, and when the edit was saved."""
    return {**record, "typed": typed, "revised_at": at.isoformat()}


def same_version(record: dict[str, Any]) -> dict[str, Any]:
    """The version keys to carry into a new record when the words did not change (who is pictured was said)."""
    return {key: record[key] for key in ("typed", "revised_at", "written_at") if key in record}


def written_at(record: dict[str, Any]) -> datetime | None:
    """When the words now in the record were written: the last edit's time, else the first version's."""
    when = record.get("revised_at") or record.get("written_at")
    return datetime.fromisoformat(when) if when else None


def unchanged(record: dict[str, Any], typed: str) -> bool:
    """Slack says a message changed when it unfurls a link, Teams when a reaction is added: the words did not."""
    return typed == record.get("typed", record.get("text"))


def before_revision(record: dict[str, Any], at: datetime) -> bool:
    """An event from before the draft's latest version (an approval or an edit delivered late, or out of order)."""
    revised_at = record.get("revised_at")
    return revised_at is not None and at < datetime.fromisoformat(revised_at)
