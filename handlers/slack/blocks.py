"""Block Kit for the draft's thread, built by pure functions and tested as data."""

from __future__ import annotations

from datetime import date
from typing import Any

from chatbot.approval.report_card import status as report_status
from chatbot.messages import verdict_summary
from chatbot.policy.finding import Finding, Report
from chatbot.school.roster import Roster
from handlers.slack import ids
from handlers.slack.block_parts import button, option
from handlers.slack.described import describe_button
from handlers.slack.pictured import pictured_button

MAX_FINDINGS = 20  # Slack allows 50 blocks a message; a draft with more problems needs rewriting anyway
SECTION_LIMIT = 2900
_VERDICT = {
    "block": ":no_entry: *Blocked* — this draft cannot be published until the problems below are fixed.",
    "warn": ":warning: *OK, with warnings* — an approver should read these before approving.",
    "pass": ":white_check_mark: *No problems found.*",
}
NO_CONSENT_MARK = " (no photo consent)"
ANSWERABLE = ("awaiting_approval", "blocked")  # who is pictured and the descriptions can be given until approval
_SEVERITY = {"block": ":no_entry:", "warn": ":warning:", "info": ":information_source:"}


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text[:SECTION_LIMIT]}}


def _context(text: str) -> dict[str, Any]:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text[:SECTION_LIMIT]}]}


def finding_text(finding: Finding) -> str:
    lines = [f"{_SEVERITY[finding.severity.value]} *{finding.rule}*: {finding.message}"]
    if finding.suggestion:
        lines.append(f"*Fix:* {finding.suggestion}")
    if finding.clause:
        lines.append(f"_Policy: {finding.clause}_")
    return "\n".join(lines)


def build_report(
    report: Report, state: str, approvals: int, required: int, approve_emoji: str, draft_ts: str = "",
    cost: str | None = None,  # what posting it costs, said in the school's currency
    approvers: str = "an approver",  # who approves, as mentions: they are named on every waiting draft
) -> list[dict[str, Any]]:  # fmt: skip
    blocks = [_section(_VERDICT[report.verdict])]
    blocks += [_section(finding_text(f)) for f in report.findings[:MAX_FINDINGS]]
    if len(report.findings) > MAX_FINDINGS:
        blocks.append(_context(f"…and {len(report.findings) - MAX_FINDINGS} more."))
    blocks += [_context(line) for line in report.outgoing()]
    status = report_status(report, state, approvals, required, f"{approvers} reacts with :{approve_emoji}:")
    if cost is not None and state == "awaiting_approval":
        status += " " + cost
    blocks.append(_context(status))
    buttons = _answer_buttons(report, draft_ts) if state in ANSWERABLE and draft_ts else []
    if state == "awaiting_approval" and draft_ts:
        buttons += _decision_buttons(draft_ts)
    if buttons:
        blocks.append({"type": "actions", "block_id": ids.BLOCK_DECISION, "elements": buttons})
    return blocks


def _answer_buttons(report: Report, draft_ts: str) -> list[dict[str, Any]]:
    """Before approval: "Who is pictured?" while nobody has said (approval waits for it), and "Describe the
    photos" whenever photos go out, so a photo posted in the channel can be given its description too."""
    asks = [pictured_button(draft_ts)] if report.pictured_unanswered else []
    asks += [describe_button(draft_ts)] if report.photos else []
    asks += [button("The group has left", ids.ACTION_TRIP_LEFT, draft_ts, style="primary")] if report.trip_hold else []
    return [*asks, button("Schedule…", ids.ACTION_SCHEDULE_ASK, draft_ts),
            button("Suggest an edit", ids.ACTION_SUGGEST_ASK, draft_ts)]  # fmt: skip


def _decision_buttons(draft_ts: str) -> list[dict[str, Any]]:
    """The same decisions as the emoji, for approvers on a phone; the value names the draft's own message."""
    approve = {"type": "button", "action_id": ids.ACTION_APPROVE, "value": draft_ts, "style": "primary",
               "text": {"type": "plain_text", "text": "Approve"}}  # fmt: skip
    reject = {"type": "button", "action_id": ids.ACTION_REJECT, "value": draft_ts, "style": "danger",
              "text": {"type": "plain_text", "text": "Reject"}}  # fmt: skip
    return [approve, reject]


def build_retry(text: str, draft_ts: str) -> list[dict[str, Any]]:
    """A failed publication's message, with the button that tries again (approvers only)."""
    retry = {
        "type": "button",
        "action_id": ids.ACTION_RETRY,
        "value": draft_ts,
        "text": {"type": "plain_text", "text": "Retry"},
    }
    return [_section(text), {"type": "actions", "block_id": ids.BLOCK_DECISION, "elements": [retry]}]


def build_edited_after_publishing(text: str, draft_id: str) -> list[dict[str, Any]]:
    """The edit is not public: Take it down (approvers) and Check the correction as a new draft (author, approvers)."""
    take_down = button("Take it down", ids.ACTION_CONSENT_TAKEDOWN, draft_id, style="danger")
    correct = button("Check the corrected words as a new draft", ids.ACTION_CORRECTION, draft_id)
    return [_section(text), {"type": "actions", "elements": [take_down, correct]}]


def report_summary(report: Report) -> str:
    """The notification text (what phones show): the verdict in words, no names."""
    return verdict_summary(report.verdict)


def pupil_options(roster: Roster, query: str, today: date, limit: int = 100) -> list[dict[str, Any]]:
    """Roster pupils whose name contains the typed text, for the pictured multi-select (Slack shows 100);
    a pupil without photo consent today is marked, so the person choosing sees it before the check does."""
    wanted = query.casefold().strip()
    found = {p.full_name: p for p in roster.pupils if wanted and wanted in p.full_name.casefold()}
    marked = [(name, "" if found[name].has_photo_consent(today) else NO_CONSENT_MARK) for name in sorted(found)]
    return [option(name + mark, name) for name, mark in marked[:limit]]
