"""The readable report of `chatbot check`: verdict, each finding with its place in the text, fix and clause."""

from __future__ import annotations

from chatbot.policy.finding import Finding, Report

_COLOURS = {"block": "31", "warn": "33", "info": "36", "pass": "32"}
_LABELS = {"block": "BLOCKED", "warn": "OK, with warnings", "pass": "OK"}
_VERDICT_LINES = {
    "block": "This draft cannot be published until the blocking problems are fixed.",
    "warn": "This draft may be published; an approver should look at the warnings.",
    "pass": "No problems found.",
}


def _paint(text: str, code: str, colour: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if colour else text


def render(report: Report, colour: bool = False) -> str:
    verdict = report.verdict
    lines = [_paint(f"{_LABELS[verdict]} — {_VERDICT_LINES[verdict]}", "1;" + _COLOURS[verdict], colour)]
    for finding in report.findings:
        lines.extend(_finding_lines(finding, report.source, colour))
    lines.append("")
    lines.append(f"Length: {report.weighted_length}/280 as X counts it. Profile: {report.profile}.")
    if report.publish_at:
        lines.append(f"Publishes at: {report.publish_at.strftime('%A %-d %B %Y, %H:%M %Z')}.")
    return "\n".join(lines)


def _finding_lines(finding: Finding, source: str, colour: bool) -> list[str]:
    tag = _paint(f"[{finding.severity.value}]", _COLOURS[finding.severity.value], colour)
    lines = ["", f"{tag} {finding.rule}: {finding.message}"]
    if finding.span:
        start, end = finding.span
        excerpt = source[max(0, start - 25) : start] + _paint(source[start:end], "4", colour) + source[end : end + 25]
        lines.append(f"    … {' '.join(excerpt.split())} …")
    if finding.suggestion:
        lines.append(f"    Fix: {finding.suggestion}")
    if finding.clause:
        lines.append(f"    Policy: {finding.clause}")
    return lines
