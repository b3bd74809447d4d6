"""Who may draft: the school's approvers, and either the staff named in `slack.drafters` (the policies: "only staff
authorised by the headteacher") or, when it is not set, the drafts channel's members."""

from __future__ import annotations

from slack_sdk import WebClient

from chatbot.approval.ports import Approvers
from chatbot.school.settings import ApproversSection
from handlers.slack.approvers import SlackApprovers


class SlackDrafters:
    """Membership is read like the approvers': from Slack, cached for five minutes."""

    def __init__(self, client: WebClient, drafts_channel: str | None, approvers: Approvers,
                 named: ApproversSection | None = None) -> None:  # fmt: skip
        self.restricted = named is not None  # a draft from anyone else is refused, privately
        self._members = SlackApprovers(client, named or ApproversSection(channel=drafts_channel))
        self._approvers = approvers

    def may_draft(self, user: str) -> bool:
        return self._approvers.may_approve(user) or self._members.may_approve(user)
