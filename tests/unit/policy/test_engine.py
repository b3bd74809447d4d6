"""The engine: verdicts add up from findings, spans point into what was written, the JSON shape is the contract."""

from __future__ import annotations

from dataclasses import replace

from chatbot.policy import MAX_DRAFT_CHARACTERS, check
from chatbot.policy.finding import Finding, Report, Severity
from chatbot.school.roster import Roster
from chatbot.school.roster_file import RosterFile
from tests.drafting import context, draft, report


def _report(*severities: Severity) -> Report:
    found = tuple(Finding("spelling", s, "m", None, None, None) for s in severities)
    return Report(text="t", findings=found, weighted_length=1)


def test_verdict_is_the_worst_finding() -> None:
    assert _report().verdict == "pass"
    assert _report(Severity.INFO).verdict == "pass"
    assert _report(Severity.INFO, Severity.WARN).verdict == "warn"
    assert _report(Severity.WARN, Severity.BLOCK, Severity.INFO).verdict == "block"


def test_a_clean_post_passes_with_no_findings() -> None:
    result = report("Year 4 have been learning about the Romans. What a fantastic morning!")
    assert result.verdict == "pass"
    assert result.findings == ()
    assert result.weighted_length == 69


def test_findings_are_ordered_blocks_first_then_by_position() -> None:
    result = report("We recieved a gr8 parcel for Amelia.")  # one child the post is about: targeted too
    assert [(f.rule, f.severity.value) for f in result.findings] == [
        ("text-speak", "block"),
        ("pupil-name", "block"),
        ("targeted-content", "block"),
        ("spelling", "warn"),
    ]


def test_json_shape_is_the_design_contract() -> None:
    data = report("Congratulations to Amelia! gr8").to_json()
    assert set(data) == {"verdict", "findings", "publish_at", "weighted_length", "text"}
    assert data["verdict"] == "block"
    for finding in data["findings"]:
        assert set(finding) == {"rule", "severity", "message", "span", "suggestion", "clause"}
        assert finding["severity"] in {"block", "warn", "info"}
        assert finding["span"] is None or (isinstance(finding["span"], list) and len(finding["span"]) == 2)


def test_no_roster_means_no_pupil_name_findings_but_targeting_still_counts() -> None:
    ctx = replace(context(), rosters=RosterFile(roster=Roster()))
    result = check(draft("Well done Amelia Nowak!"), ctx)
    assert {f.rule for f in result.findings} == {"targeted-content"}


def test_rules_switched_off_in_app_yaml_do_not_run() -> None:
    assert any(f.rule == "spelling" for f in report("We recieved letters").findings)
    assert not any(f.rule == "spelling" for f in report("We recieved letters", rules={"spelling": "off"}).findings)


def test_app_yaml_can_raise_a_rules_severity() -> None:
    [finding] = [f for f in report("See bit.ly/x", rules={"link": {"severity": "block"}}).findings if f.rule == "link"]
    assert finding.severity == "block"


def test_oversized_drafts_are_refused_quickly_with_one_length_finding() -> None:
    result = report("a" * (MAX_DRAFT_CHARACTERS + 1))
    assert [(f.rule, f.severity.value) for f in result.findings] == [("length", "block")]
    assert result.weighted_length == MAX_DRAFT_CHARACTERS + 1


def test_every_span_is_inside_the_original_text() -> None:
    text = "\u200bWell done Jоsh Patel!! gr8 news, call 07700 900123 or see bit.ly/x 👨\u200d👩\u200d👧 " + "x" * 250
    result = report(text)
    assert result.findings
    for finding in result.findings:
        if finding.span:
            start, end = finding.span
            assert 0 <= start < end <= len(text), finding
