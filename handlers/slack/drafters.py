"""Who may draft: the school's approvers and the drafts channel's members (the form's pupil search is theirs)."""

from __future__ import annotations

from slack_sdk import WebClient

from chatbot.approval.ports import Approvers
from chatbot.school.settings import ApproversSection
from handlers.slack.approvers import SlackApprovers


class SlackDrafters:
    """The drafts channel's membership is read like an approvers channel's: from Slack, cached for five minutes."""

    def __init__(self, client: WebClient, drafts_channel: str | None, approvers: Approvers) -> None:
        self._channel = SlackApprovers(client, ApproversSection(channel=drafts_channel))
        self._approvers = approvers

    def may_draft(self, user: str) -> bool:
        return self._approvers.may_approve(user) or self._channel.may_approve(user)
