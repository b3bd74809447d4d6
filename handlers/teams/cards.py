"""Adaptive Cards for a draft's thread, built by pure functions and tested as data."""

from __future__ import annotations

from typing import Any

from chatbot.approval.report_card import status as report_status
from chatbot.policy.finding import Finding, Report

CARD_TYPE = "application/vnd.microsoft.card.adaptive"
SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
MAX_FINDINGS = 20
_VERDICT = {
    "block": ("⛔ Blocked — this draft cannot be published until the problems below are fixed.", "attention"),
    "warn": ("⚠️ OK, with warnings — an approver should read these before approving.", "warning"),
    "pass": ("✅ No problems found.", "good"),
}
_SEVERITY = {"block": "⛔", "warn": "⚠️", "info": "ℹ️"}
Card = dict[str, Any]


def card(body: list[dict[str, Any]], actions: list[dict[str, Any]] | None = None) -> Card:
    content: Card = {"type": "AdaptiveCard", "$schema": SCHEMA, "version": "1.5", "body": body}
    if actions:
        content["actions"] = actions
    return content


def attachment(content: Card) -> dict[str, Any]:
    return {"contentType": CARD_TYPE, "content": content}


def text_block(text: str, **style: Any) -> dict[str, Any]:
    return {"type": "TextBlock", "text": text, "wrap": True, **style}


def execute(title: str, verb: str, data: dict[str, str], style: str = "default") -> dict[str, Any]:
    """Action.Execute: Teams answers it with an invoke the bot receives, naming who pressed it."""
    return {"type": "Action.Execute", "title": title, "verb": verb, "data": data, "style": style}


def finding_blocks(finding: Finding) -> list[dict[str, Any]]:
    blocks = [text_block(f"{_SEVERITY[finding.severity.value]} **{finding.rule}**: {finding.message}")]
    if finding.suggestion:
        blocks.append(text_block(f"**Fix:** {finding.suggestion}", spacing="None"))
    if finding.clause:
        blocks.append(text_block(f"_Policy: {finding.clause}_", spacing="None", isSubtle=True))
    return blocks


REJECT_REASON = {"type": "Input.Text", "id": "reason", "isMultiline": True, "maxLength": 500,
                 "placeholder": "If you reject it: why? The author sees this."}  # fmt: skip


PICTURED_VERB = "pictured-named"
SUGGEST_VERB, ACCEPT_VERB, SUGGESTED = "suggest", "suggestion-accept", "suggested"
PICTURED_INPUT = {"type": "Input.Text", "id": "pictured_names",
                  "label": "Or name the pupils pictured (full names, separated by commas)"}  # fmt: skip
SCHEDULE_VERB, SCHEDULE_DAY, SCHEDULE_TIME = "schedule", "publish_on", "publish_time"
SCHEDULE_INPUTS = [
    {"type": "Input.Date", "id": SCHEDULE_DAY, "label": "Publish on (optional: else on approval, in school hours)"},
    {"type": "Input.Time", "id": SCHEDULE_TIME, "label": "at"},
]


def build_report(report: Report, state: str, approvals: int, required: int, draft: str, cost: str | None) -> Card:
    verdict, colour = _VERDICT[report.verdict]
    body = [text_block(verdict, weight="Bolder", color=colour)]
    for finding in report.findings[:MAX_FINDINGS]:
        body += finding_blocks(finding)
    if len(report.findings) > MAX_FINDINGS:
        body.append(text_block(f"…and {len(report.findings) - MAX_FINDINGS} more."))
    body += [text_block(line, isSubtle=True, size="Small") for line in report.outgoing()]
    said = report_status(report, state, approvals, required, "an approver presses Approve")
    said += f" {cost}" if cost is not None and state == "awaiting_approval" else ""
    body.append(text_block(said, isSubtle=True, size="Small"))
    if state != "awaiting_approval":
        return card(body)
    # Action.Execute sends the card's inputs with its data: Reject's reason and Schedule's time ride along
    body += [REJECT_REASON, *SCHEDULE_INPUTS]
    decide = [execute("Approve", "approve", {"draft": draft}, "positive"),
              execute("Reject", "reject", {"draft": draft}, "destructive"),
              execute("Schedule", SCHEDULE_VERB, {"draft": draft}), _suggest(report.source, draft)]  # fmt: skip
    if report.pictured_unanswered:  # approval waits for one of these
        body.append(PICTURED_INPUT)
        decide = [execute("No pupil identifiable", "pictured-nobody", {"draft": draft}),
                  execute("Everyone pictured has consent", "pictured-checked", {"draft": draft}),
                  execute("These pupils are pictured", PICTURED_VERB, {"draft": draft}), *decide]  # fmt: skip
    return card(body, decide)


def _suggest(words: str, draft: str) -> dict[str, Any]:
    """An approver's other words, opened under the card: the author accepts them with one press."""
    field = {"type": "Input.Text", "id": SUGGESTED, "isMultiline": True, "maxLength": 2000, "value": words,
             "label": "The words you suggest (approvers)"}  # fmt: skip
    return {"type": "Action.ShowCard", "title": "Suggest an edit…",
            "card": card([field], [execute("Suggest", SUGGEST_VERB, {"draft": draft})])}  # fmt: skip


def build_suggestion(text: str, draft: str) -> Card:
    """An approver's suggested words in the thread, with Accept for the draft's author."""
    return card([text_block(text)], [execute("Accept these words", ACCEPT_VERB, {"draft": draft}, "positive")])


def build_retry(text: str, draft: str) -> Card:
    """A failed publication's message, with the button that tries again (approvers only)."""
    return card([text_block(text)], [execute("Retry", "retry", {"draft": draft})])
