"""A draft's report as a card described once for every chat: the verdict, each finding with its fix and clause, what
goes out, where the draft stands, and the fields and buttons of the people who answer it."""

from __future__ import annotations

from dataclasses import replace

from chatbot.approval.draft_form import DAY, TIME
from chatbot.cards import Button, Buttons, Field, Form, Line, Part, line, small
from chatbot.policy.finding import Finding, Report

MAX_FINDINGS = 20  # a draft with more problems needs rewriting anyway
GROUP = "draft-decision"
APPROVE, REJECT, SCHEDULE, SUGGEST = "draft-approve", "draft-reject", "draft-schedule", "draft-suggest"
PICTURED_NOBODY, PICTURED_CHECKED, PICTURED_NAMED = "pictured-nobody", "pictured-checked", "pictured-named"
TRIP_LEFT, RETRY, ACCEPT = "trip-left", "draft-retry", "suggestion-accept"
# Where the chat opens forms of its own, these buttons ask for one (the answers are not on the card)
PICTURED_ASK, DESCRIBE_ASK, SCHEDULE_ASK, SUGGEST_ASK = "pictured-ask", "describe-ask", "schedule-ask", "suggest-ask"
REASON, SUGGESTED, PICTURED_NAMES = "reason", "suggested", "pictured_names"  # a day and time: the forms'
VERDICTS = {
    "block": ":no_entry: *Blocked* — this draft cannot be published until the problems below are fixed.",
    "warn": ":warning: *OK, with warnings* — an approver should read these before approving.",
    "pass": ":white_check_mark: *No problems found.*",
}
ANSWERABLE = ("awaiting_approval", "blocked")  # who is pictured, a time, an edit: until approval
MAX_REASON = 500  # a short note for the author, not a second draft
# Why an approver rejects: a form of its own where the chat opens one (Slack), a field on the card where it does not
WHY = Field(REASON, "Why? The author sees this in the thread", "long", limit=MAX_REASON,
            hint="e.g. Please use the trip's date, not 'today'")  # fmt: skip
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
                how: str = "an approver presses Approve", forms: bool = False) -> list[Part]:  # fmt: skip
    """`draft` names the draft in the buttons' values; `cost`, in the school's currency, is said while it waits;
    `how` says how approval is given; `forms`: the chat opens forms of its own, so each question is a button."""
    parts: list[Part] = [line(VERDICTS[report.verdict]), *map(finding_line, report.findings[:MAX_FINDINGS])]
    if len(report.findings) > MAX_FINDINGS:
        parts.append(small(f"…and {len(report.findings) - MAX_FINDINGS} more."))
    parts += [small(said) for said in report.outgoing()]
    said = status(report, state, approvals, required, how)
    parts.append(small(said + (f" {cost}" if cost and state == "awaiting_approval" else "")))
    if state in ANSWERABLE:
        parts += _asks(report, draft, state) if forms else _answers(report, draft)
    if state == "awaiting_approval" and not forms:
        parts += _decision(report, draft)
    return parts


def _asks(report: Report, draft: str, state: str) -> list[Part]:
    """One row of buttons: who is pictured (approval waits for it), the photos' descriptions, a trip's group has
    left, a time and an edit, each asked in a form; then Approve and Reject (which asks why)."""
    asks = [Button("Who is pictured?", PICTURED_ASK, draft, "primary")] if report.pictured_unanswered else []
    asks += [Button("Describe the photos", DESCRIBE_ASK, draft)] if report.photos else []
    asks += [Button("The group has left", TRIP_LEFT, draft, "primary")] if report.trip_hold else []
    asks += [Button("Schedule…", SCHEDULE_ASK, draft), Button("Suggest an edit", SUGGEST_ASK, draft)]
    if state == "awaiting_approval":
        asks += [Button("Approve", APPROVE, draft, "primary"), Button("Reject", REJECT, draft, "danger")]
    return [Buttons(GROUP, tuple(asks))]


def _answers(report: Report, draft: str) -> list[Part]:
    """What can be said before approval: who is pictured (approval waits for it), and that a trip's group has left."""
    parts: list[Part] = []
    if report.pictured_unanswered:
        asks = (Button("No pupil identifiable", PICTURED_NOBODY, draft), Button("Everyone pictured has consent",
                PICTURED_CHECKED, draft), Button("These pupils are pictured", PICTURED_NAMED, draft))  # fmt: skip
        parts += [Field(PICTURED_NAMES, "Or name the pupils pictured (full names, separated by commas)"),
                  Buttons("pictured", asks)]  # fmt: skip
    if report.trip_hold:
        parts.append(Buttons("trip", (Button("The group has left", TRIP_LEFT, draft, "primary"),)))
    return parts


def _decision(report: Report, draft: str) -> list[Part]:
    """Approve and Reject with its reason; a time to publish at; an approver's other words for the author."""
    return [
        replace(WHY, label="If you reject it: why? The author sees this."),
        Buttons(GROUP, (Button("Approve", APPROVE, draft, "primary"), Button("Reject", REJECT, draft, "danger"))),
        Field(DAY, "Publish on (optional: else on approval, in school hours)", "date"),
        Field(TIME, "at", "time"),
        Buttons("schedule", (Button("Schedule", SCHEDULE, draft),)),
        replace(suggest_form(report.source).fields[0], label="The words you suggest (approvers)", optional=True),
        Buttons("suggest", (Button("Suggest an edit", SUGGEST, draft),)),
    ]


def reject_form() -> Form:
    """What the approver fills in after pressing Reject, where the chat asks in a form of its own."""
    return Form("Reject this draft", (replace(WHY, optional=False),), send="Reject")  # the form is asked for it


def suggest_form(words: str) -> Form:
    """An approver's words for the author, starting from the draft's own (a form where the chat opens one)."""
    return Form("Suggest an edit", (Field(SUGGESTED, "The words you suggest", "long", words, 2000, optional=False),),
                send="Suggest")  # fmt: skip


def retry_card(text: str, draft: str) -> list[Part]:
    """A failed publication's message, with the button that tries again (approvers only)."""
    return [line(text), Buttons(GROUP, (Button("Retry", RETRY, draft),))]


def suggestion_card(text: str, draft: str) -> list[Part]:
    """An approver's suggested words in the thread, with Accept for the draft's author."""
    return [line(text), Buttons("suggestion", (Button("Accept these words", ACCEPT, draft, "primary"),))]
