"""Slack identifiers shared by the builders and the listeners, so the two can never disagree."""

from __future__ import annotations

from chatbot.approval import draft_form as form
from chatbot.approval import edited_card as edited
from chatbot.approval import form_draft_card as form_draft
from chatbot.approval import report_card as report
from chatbot.approval import withdrawal_card as withdrawal
from chatbot.followers import card as follower
from chatbot.governance import reminder_card as reminder
from chatbot.incidents import card

COMMAND = "/countersign"
DRAFT_MODAL, DRAFT = "countersign-draft", "draft-"  # the form's input blocks: DRAFT + the core's field names
BLOCK_TEXT, ACTION_TEXT = DRAFT + form.TEXT, form.TEXT
BLOCK_PICTURED, ACTION_PICTURED = DRAFT + form.PICTURED, form.PICTURED
PICTURED_MODAL, ACTION_PICTURED_ASK = "countersign-pictured", report.PICTURED_ASK  # the report's buttons: the core's
BLOCK_EXCEPTION, ACTION_EXCEPTION = DRAFT + form.EXCEPTION, form.EXCEPTION
BLOCK_REASON, ACTION_REASON = DRAFT + form.REASON, form.REASON
BLOCK_TRIP, ACTION_TRIP = DRAFT + form.TRIP, form.TRIP  # where the policy holds posts from a trip in progress
NO_EXCEPTION = form.NO_EXCEPTION
BLOCK_PHOTOS, ACTION_PHOTOS = DRAFT + form.PHOTOS, form.PHOTOS
DESCRIBE_MODAL, ACTION_DESCRIBE_ASK = "countersign-describe", report.DESCRIBE_ASK
ACTION_CONSENT_TAKEDOWN = withdrawal.TAKE_DOWN  # a published post's Take it down button (value: its draft id)
ACTION_EDITED_TAKEDOWN = edited.TAKE_DOWN  # the same, under an edit made after publishing
ACTION_FORM_EDIT, ACTION_FORM_WITHDRAW = form_draft.EDIT, form_draft.WITHDRAW  # on the form draft's message
FORM_EDIT_MODAL = "countersign-form-edit"
SUGGEST_MODAL, ACTION_SUGGEST_ASK = "countersign-suggest", report.SUGGEST_ASK
ACTION_SUGGESTION_ACCEPT = report.ACCEPT
ACTION_TRIP_LEFT = report.TRIP_LEFT
ACTION_CORRECTION = edited.CORRECTION  # check an edit made after publication as a new draft (value: draft id)
BLOCK_DECISION = report.GROUP
ACTION_APPROVE, ACTION_REJECT = report.APPROVE, report.REJECT
ACTION_RETRY = report.RETRY
REJECT_MODAL = "countersign-reject"
BLOCK_REJECT_REASON, ACTION_REJECT_REASON = "reject-reason", "reason"
BLOCK_FOLLOWER = follower.GROUP  # the follower card's actions are the core's (chatbot/followers/card.py)
ACTION_FOLLOWER_KEEP, ACTION_FOLLOWER_BLOCK, ACTION_FOLLOWER_MUTE = (
    follower.KEEP_ACTION,
    follower.BLOCK_ACTION,
    follower.MUTE_ACTION,
)
ACTION_FOLLOWER_OPEN = follower.OPEN_ACTION
BLOCK_INCIDENT = card.GROUP  # the incident card's actions are the core's (chatbot/incidents/card.py)
ACTION_INCIDENT_ACK, ACTION_INCIDENT_HIDE = card.ACKNOWLEDGE, card.HIDE
ACTION_INCIDENT_ESCALATE, ACTION_INCIDENT_RESOLVE = card.ESCALATE, card.RESOLVE
ACTION_INCIDENT_REFER, ACTION_INCIDENT_OPEN = card.REFER, card.OPEN
ACTION_TRIAGE = card.TRIAGE
INCIDENT_MODAL, RESOLVE_MODAL = "countersign-incident", "countersign-resolve"
INCIDENT = "incident-"  # the incident forms' input blocks: INCIDENT + the core's field names
BLOCK_KIND, ACTION_KIND = "incident-kind", "kind"
BLOCK_WHAT, ACTION_WHAT = "incident-what", "what"
BLOCK_LINK, ACTION_LINK = "incident-link", "link"
BLOCK_WHO, ACTION_WHO = "incident-who", "who"
BLOCK_NOTE, ACTION_NOTE = INCIDENT + card.NOTE.name, card.NOTE.name
ACTION_REMINDER_ACK, ACTION_REMINDER_ACK_BEFORE = reminder.ACKNOWLEDGE, "reminder-acknowledge"  # the core's; before
ACTION_HOME_CANCEL = "home-cancel"
SCHEDULE_MODAL, ACTION_SCHEDULE_ASK = "countersign-schedule", report.SCHEDULE_ASK  # value: the draft's ts
ACTION_HOME_RESCHEDULE = "home-reschedule"  # value: the draft's id
SCHEDULE = "schedule-"  # the schedule form's input blocks: SCHEDULE + the core's field names
