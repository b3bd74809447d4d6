"""The term's governors' report in Slack: both files (HTML and PDF) to reports.channel, else to the approvers'
channel, else to each named approver privately."""

from __future__ import annotations

from slack_sdk import WebClient

from chatbot.school.settings import ApproversSection


class SlackReportNotifier:
    """Implements chatbot.governance.term_reports.ReportNotifier; a refusal from Slack raises, and is tried again."""

    def __init__(self, client: WebClient, channel: str | None, approvers: ApproversSection) -> None:
        self._client, self._channel, self._approvers = client, channel, approvers

    def post_report(self, title: str, stem: str, page: str, pdf: bytes) -> str:
        files = [{"content": page.encode(), "filename": f"{stem}.html", "title": f"{title} (web page)"},
                 {"content": pdf, "filename": f"{stem}.pdf", "title": f"{title} (PDF)"}]  # fmt: skip
        places = self._places()
        for place in places:
            self._client.files_upload_v2(channel=place, file_uploads=files, initial_comment=f":scroll: *{title}*")
        return f"<#{places[0]}>" if self._channel or self._approvers.channel else "to the approvers privately"

    def _places(self) -> list[str]:
        if self._channel or self._approvers.channel:
            return [str(self._channel or self._approvers.channel)]
        return [self._client.conversations_open(users=user)["channel"]["id"] for user in self._approvers.users]
