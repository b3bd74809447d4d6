"""A draft's report as a card described once for every chat: the verdict, each finding with its fix and clause, what
goes out, where the draft stands, and the buttons of the people who answer it, each asking for its form."""

from __future__ import annotations

from chatbot.approval.draft_form import DAY, TIME, describe_form, pictured_form
from chatbot.cards import Ask, Button, Buttons, Field, Form, Line, Part, line, small
from chatbot.policy.finding import Finding, Report

MAX_FINDINGS = 20  # a draft with more problems needs rewriting anyway
GROUP = "draft-decision"
APPROVE, REJECT, SCHEDULE, SUGGEST = "draft-approve", "draft-reject", "draft-schedule", "draft-suggest"
PICTURED, DESCRIBED = "pictured-given", "photos-described"  # a form's Send, where the form is on the card
TRIP_LEFT, RETRY, ACCEPT = "trip-left", "draft-retry", "suggestion-accept"
# The buttons that open a form where the chat has forms of its own (Slack's listeners answer them)
PICTURED_ASK, DESCRIBE_ASK, SCHEDULE_ASK, SUGGEST_ASK = "pictured-ask", "describe-ask", "schedule-ask", "suggest-ask"
REASON, SUGGESTED = "reason", "suggested"  # a day and time: the forms'
VERDICTS = {
    "block": ":no_entry: *Blocked* — this draft cannot be published until the problems below are fixed.",
    "warn": ":warning: *OK, with warnings* — an approver should read these before approving.",
    "pass": ":white_check_mark: *No problems found.*",
}
ANSWERABLE = ("awaiting_approval", "blocked")  # who is pictured, a time, an edit: until approval
MAX_REASON = 500  # a short note for the author, not a second draft
# Why an approver rejects: asked before the rejection is sent, on every chat
WHY = Field(REASON, "Why? The author sees this in the thread", "long", limit=MAX_REASON, optional=False,
            hint="e.g. Please use the trip's date, not 'today'")  # fmt: skip
# A time to publish at, asked on the card (Slack's listener opens draft_form.schedule_form, in the school's zone)
WHEN = Form("When it goes out", (Field(DAY, "Publish on (optional: else on approval, in school hours)", "date"),
                                 Field(TIME, "at", "time")), "Schedule")  # fmt: skip
_SEVERITY = {"block": ":no_entry:", "warn": ":warning:", "info": ":information_source:"}


def finding_line(finding: Finding) -> Line:
    """One line a finding, its fix and clause below it (a chat limits how many lines a card may have)."""
    said = [f"{_SEVERITY[finding.severity.value]} *{finding.rule}*: {finding.message}"]
    said += [f"*Fix:* {finding.suggestion}"] if finding.suggestion else []
    said += [f"_Policy: {finding.clause}_"] if finding.clause else []
    return line("\n".join(said))


def status(report: Report, state: str, approvals: int, required: int, how: str) -> str:
    """Length, when it goes out, what approval waits for, and how many approvals it still needs."""
    parts = [f"Length {report.weighted_length}/280."]
    if report.publish_at:
        parts.append(f"Once approved it goes out {report.publish_at:%A %-d %B at %H:%M}.")
    if report.pictured_unanswered:
        parts.append("Faces in the photos: say who is pictured (below) before it can be approved.")
    if report.trip_hold:
        parts.append("From a trip in progress: it can be approved once the trip lead says the group has left.")
    if state == "awaiting_approval":
        parts.append(f"Needs {required - approvals} more approval(s): {how}.")
    return " ".join(parts)


def report_card(report: Report, state: str, approvals: int, required: int, draft: str, cost: str | None = None,
                how: str = "an approver presses Approve") -> list[Part]:  # fmt: skip
    """`draft` names the draft in the buttons' values; `cost`, in the school's currency, is said while it waits;
    `how` says how approval is given (Slack: an emoji as well)."""
    parts: list[Part] = [line(VERDICTS[report.verdict]), *map(finding_line, report.findings[:MAX_FINDINGS])]
    if len(report.findings) > MAX_FINDINGS:
        parts.append(small(f"…and {len(report.findings) - MAX_FINDINGS} more."))
    parts += [small(said) for said in report.outgoing()]
    said = status(report, state, approvals, required, how)
    parts.append(small(said + (f" {cost}" if cost and state == "awaiting_approval" else "")))
    return parts + ([_answers(report, draft, state)] if state in ANSWERABLE else [])


def _answers(report: Report, draft: str, state: str) -> Buttons:
    """Who is pictured (approval waits for it), the photos' descriptions, a trip's group has left, a time and an
    edit, each asked for in its form; then Approve, and Reject (which asks why)."""
    asks: list[Button | Ask] = []
    if report.pictured_unanswered:
        asks.append(Ask("Who is pictured?", PICTURED_ASK, pictured_form(), PICTURED, draft, "primary"))
    if report.photos:
        asks.append(Ask("Describe the photos", DESCRIBE_ASK, describe_form(list(report.photos)), DESCRIBED, draft))
    if report.trip_hold:
        asks.append(Button("The group has left", TRIP_LEFT, draft, "primary"))
    asks += [Ask("Schedule…", SCHEDULE_ASK, WHEN, SCHEDULE, draft),
             Ask("Suggest an edit", SUGGEST_ASK, suggest_form(report.source), SUGGEST, draft)]  # fmt: skip
    if state == "awaiting_approval":
        asks += [Button("Approve", APPROVE, draft, "primary"), Ask("Reject", REJECT, reject_form(), REJECT, draft,
                                                                    "danger")]  # fmt: skip
    return Buttons(GROUP, tuple(asks))


def reject_form() -> Form:
    """What the approver fills in after pressing Reject."""
    return Form("Reject this draft", (WHY,), send="Reject")


def suggest_form(words: str) -> Form:
    """An approver's words for the author, starting from the draft's own."""
    return Form("Suggest an edit", (Field(SUGGESTED, "The words you suggest", "long", words, 2000, optional=False),),
                send="Suggest")  # fmt: skip


def retry_card(text: str, draft: str) -> list[Part]:
    """A failed publication's message, with the button that tries again (approvers only)."""
    return [line(text), Buttons(GROUP, (Button("Retry", RETRY, draft),))]


def suggestion_card(text: str, draft: str) -> list[Part]:
    """An approver's suggested words in the thread, with Accept for the draft's author."""
    return [line(text), Buttons("suggestion", (Button("Accept these words", ACCEPT, draft, "primary"),))]
