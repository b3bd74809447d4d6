"""What the store keeps of a checked draft, and what its audit keeps of the check (never the words)."""

from __future__ import annotations

from typing import Any

from chatbot.approval.events import MessageRef
from chatbot.approval.states import Transition
from chatbot.policy.finding import Report


def checked(report: Report) -> tuple[Transition, dict[str, Any]]:
    """How a check moves a draft on, and what the audit keeps of it (rule and severity, never the words)."""
    transition = Transition.CHECKED_BLOCKED if report.verdict == "block" else Transition.CHECKED_CLEAN
    return transition, {"findings": [f"{f.rule}:{f.severity}" for f in report.findings]}


def record(ref: MessageRef, report: Report, exception: str | None) -> dict[str, Any]:
    """What the store keeps of a draft: where it is, the text that would be published, and its check."""
    warnings = sorted({f.rule for f in report.findings if f.severity == "warn"})
    where = {"platform": ref.platform, "channel": ref.channel, "message": ref.message}
    return {**where, "text": report.text, "verdict": report.verdict, "warnings": warnings, "exception": exception}
