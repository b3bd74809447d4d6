"""What Slack, Teams and the practice workspace each can do: every capability with the code that does it on each
platform, or the reason it does not. tests/unit/test_parity.py checks each named piece of code exists and that
README.md shows this table."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Capability:
    name: str
    slack: str  # "module:attribute" that does it, or "no: why"
    teams: str
    practice: str  # the local practice workspace (handlers/local/)


CAPABILITIES = (
    Capability(
        "A post in the drafts channel is checked and answered in its thread",
        "handlers.slack.messages:register",
        "handlers.teams.drafts:on_message",
        "handlers.local.drafting:post",
    ),
    Capability(
        "An edit re-checks the draft; a deletion withdraws it",
        "handlers.slack.messages:register",
        "handlers.teams.drafts:on_update",
        "handlers.local.drafting:edit",
    ),
    Capability(
        "Approve and reject from the report, with a reason",
        "handlers.slack.rejection:build_reject_modal",
        "handlers.teams.translate:card_action",
        "handlers.local.presses:_reject",
    ),
    Capability(
        "Approve with an emoji or reaction",
        "handlers.slack.reactions:register",
        "handlers.teams.translate:reactions",
        "handlers.local.drafting:react",
    ),
    Capability(
        "A draft form: who is pictured, an exception and why, a chosen time",
        "handlers.slack.commands:submitted",
        "handlers.teams.draft_form:build_draft_form",
        "handlers.local.forms:_draft",
    ),
    Capability(
        "A draft sent from the form: its author edits or withdraws it from the bot's post",
        "handlers.slack.form_drafts:register",
        "handlers.teams.form_drafts:edited",
        "handlers.local.drafting:edit",
    ),
    Capability(
        "Photos attached to the form",
        "handlers.slack.commands:register",
        "no: an Adaptive Card cannot carry files; post them in the channel",
        "handlers.local.answers:_draft",
    ),
    Capability(
        "A draft with photos is answered at once, its photos checked on a pool, and finished after a crash",
        "handlers.slack.messages:_has_photos",
        "handlers.teams.photo_drafts:take_in",
        "no: the practice page waits while its photos are checked; nothing sends it again",
    ),
    Capability(
        "Templates fill in the form",
        "handlers.slack.templates:manage",
        "handlers.teams.commands:_form",
        "no: templates are saved from Slack or Teams; a practice workspace starts with none",
    ),
    Capability(
        "Who is pictured, answered from the report (pupils named, or nobody identifiable)",
        "handlers.slack.pictured:register",
        "handlers.teams.pictured:given",
        "handlers.local.presses:_pictured",
    ),
    Capability(
        "The photos described from the report (what screen readers say)",
        "handlers.slack.described:described",
        "handlers.teams.pictured:described",
        "handlers.local.presses:_described",
    ),
    Capability(
        "Schedule or change the time before approval",
        "handlers.slack.scheduling:build_schedule_modal",
        "handlers.teams.scheduling:answer",
        "handlers.local.presses:_schedule",
    ),
    Capability(
        "Change a scheduled post's time, or cancel it, after approval",
        "handlers.slack.home:register",
        "handlers.teams.home:changed",
        "handlers.local.presses:_reschedule",
    ),
    Capability(
        "Take a post down by link",
        "handlers.slack.commands:_taking_down",
        "handlers.teams.commands:unpublish",
        "handlers.local.answers:_unpublish",
    ),
    Capability(
        "An edit made after publishing: take the post down, or check the corrected words as a new draft",
        "handlers.slack.correction:register",
        "handlers.teams.published:corrected",
        "handlers.local.presses:_corrected",
    ),
    Capability(
        "Photo consent withdrawn: the posts a pupil was named in, each with Take it down (approvers)",
        "handlers.slack.consent_withdrawn:answer",
        "handlers.teams.commands:consent_withdrawn",
        "no: the practice workspace has no commands, and its posts never reach a network",
    ),
    Capability(
        "Retry a failed publication",
        "handlers.slack.actions:register",
        "handlers.teams.notifier:TeamsNotifier",
        "handlers.local.presses:_retry",
    ),
    Capability(
        "Pause and resume publishing",
        "handlers.slack.governance_commands:pause",
        "handlers.teams.commands:pause",
        "handlers.local.answers:_pause",
    ),
    Capability(
        "The policy in force, on request",
        "handlers.slack.commands:register",
        "handlers.teams.commands:policy_text",
        "handlers.local.pages:policy_page",
    ),
    Capability(
        "Report a concern by hand",
        "handlers.slack.incident_actions:report",
        "handlers.teams.incident_form:submitted",
        "handlers.local.answers:_incident",
    ),
    Capability(
        "Incidents by route: e-safety in the channel, safeguarding and allegations privately",
        "handlers.slack.incident_notifier:SlackIncidentNotifier",
        "handlers.teams.alerts:TeamsIncidentNotifier",
        "handlers.local.alerts:LocalIncidentNotifier",
    ),
    Capability(
        "Triage cards decided by the DSL",
        "handlers.slack.incident_actions:register",
        "handlers.teams.actions:answer_for",
        "handlers.local.presses:_triage",
    ),
    Capability(
        "Follower alerts decided by approvers",
        "handlers.slack.follower_actions:register",
        "handlers.teams.alerts:TeamsFollowerNotifier",
        "handlers.local.presses:_follower",
    ),
    Capability(
        "Reminders acknowledged from their card",
        "handlers.slack.reminders:register",
        "handlers.teams.reminders:TeamsReminderNotifier",
        "handlers.local.presses:_reminder",
    ),
    Capability(
        "Suggest an edit; the author accepts it",
        "handlers.slack.suggestions:register",
        "handlers.teams.suggestions:answer",
        "handlers.local.presses:_suggest",
    ),
    Capability(
        "A personal home: what waits for me, the week, incidents, spend",
        "handlers.slack.home:build_home",
        "handlers.teams.home:build_home_card",
        "handlers.local.views:view_for",
    ),
    Capability(
        "The governors' report posted at each term's end, with App Home pointing to it",
        "handlers.slack.reports:SlackReportNotifier",
        "no: a Teams bot cannot attach files in a channel; IT runs chatbot report --term and shares the two files",
        "handlers.local.alerts:LocalReportNotifier",
    ),
    Capability(
        '"Published" shown on the post itself',
        "handlers.slack.notifier:SlackNotifier",
        "no: Teams bots cannot react to messages; it is said in the thread",
        "handlers.local.notifier:LocalNotifier",
    ),
)


def table() -> str:
    """The README's parity table, in Markdown."""
    lines = ["| Capability | Slack | Teams | Practice workspace |", "|---|---|---|---|"]
    for c in CAPABILITIES:
        lines.append(f"| {c.name} | {_cell(c.slack)} | {_cell(c.teams)} | {_cell(c.practice)} |")
    return "\n".join(lines)


def _cell(said: str) -> str:
    return f"no — {said.removeprefix('no: ')}" if said.startswith("no:") else "yes"
