"""Who is pictured, in a draft's record: the pupils named or the answer given, and whether approval waits for it."""

from __future__ import annotations

from typing import Any

from chatbot import messages
from chatbot.approval.draft import Draft, PicturedAnswer
from chatbot.approval.draft_form import PICTURED_ANSWERS
from chatbot.policy.context import PolicyContext
from chatbot.policy.finding import Severity
from chatbot.store import StoredDraft

ANSWERS: dict[str, PicturedAnswer] = {value: value for _, value in PICTURED_ANSWERS}


def with_pictured(record: dict[str, Any], draft: Draft, ctx: PolicyContext) -> dict[str, Any]:
    """The record with who is pictured, and whether approval must wait for that answer."""
    answer = {"pictured": list(draft.pictured), "pictured_answer": draft.pictured_answer}
    return {**record, **answer, "pictured_needed": draft.pictured_unanswered and _gated(ctx)}


def _gated(ctx: PolicyContext) -> bool:
    """Approval waits for the answer unless the profile lowers the question (photo-consent's `unanswered`
    variant) to info or off: then it stays on the report as a note, and a school has chosen that."""
    config = ctx.rules.get("photo-consent")
    severity = config.severity_for("unanswered", has_image=True) if config else None
    return severity in (Severity.WARN, Severity.BLOCK)


def refusal(stored: StoredDraft) -> str | None:
    """Why the draft cannot be approved yet, if the photos' question is still open."""
    return messages.SAY_WHO_IS_PICTURED_FIRST if stored.record.get("pictured_needed") else None


def typed_answer(typed: str, chosen: str, ctx: PolicyContext) -> tuple[tuple[str, ...], PicturedAnswer | None] | str:
    """The who-is-pictured form as typed where there is no roster search: the pupils named (full names, commas)
    and found on the roster, or the answer chosen; else what to tell the person."""
    names = [name.strip() for name in typed.split(",") if name.strip()]
    if not names:
        return ((), ANSWERS[chosen]) if chosen in ANSWERS else messages.PICTURED_NAMES_EMPTY
    pupils, unknown = ctx.roster.full_names(names)
    return messages.pupils_not_on_roster(unknown) if unknown else (pupils, None)
