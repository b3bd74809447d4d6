"""The term's governors' report in Slack: both files, to reports.channel or else privately to the named approvers;
App Home then says where the latest went."""

from __future__ import annotations

import pytest

from chatbot.school.settings import ApproversSection
from handlers.slack.app import web_client
from handlers.slack.home import build_home
from handlers.slack.reports import SlackReportNotifier
from tests.contract.conftest import HEAD, TOKEN, Bot

pytestmark = pytest.mark.contract


def test_both_files_go_to_the_reports_channel(bot: Bot) -> None:
    notifier = SlackReportNotifier(web_client(TOKEN, bot.api_url), "C0REPORTS1", ApproversSection())
    before = set(bot.slack.uploads)  # the fake serves the whole session
    where = notifier.post_report("Example Primary: social media report, autumn-2026", "countersign-report-autumn-2026",
                                 "<html></html>", b"%PDF-1.4")  # fmt: skip
    [completed] = bot.slack.named("files.completeUploadExternal")
    assert completed["channel_id"] == "C0REPORTS1" and where == "<#C0REPORTS1>"
    assert "countersign-report-autumn-2026.pdf" in str(bot.slack.named("files.getUploadURLExternal"))
    assert sorted(data for key, data in bot.slack.uploads.items() if key not in before) == [
        b"%PDF-1.4",
        b"<html></html>",
    ]


def test_without_a_channel_each_named_approver_gets_them_privately(bot: Bot) -> None:
    notifier = SlackReportNotifier(web_client(TOKEN, bot.api_url), None, ApproversSection(users=[HEAD]))
    assert notifier.post_report("Report", "r", "<html></html>", b"%PDF") == "to the approvers privately"
    [completed] = bot.slack.named("files.completeUploadExternal")
    assert completed["channel_id"].startswith("D")


def test_app_home_points_approvers_to_the_latest(bot: Bot) -> None:
    from datetime import UTC, datetime

    from chatbot.governance.home import home_for

    bot.store.governance.report_posted("autumn-2026", "<#C0REPORTS1>", datetime(2027, 1, 5, tzinfo=UTC))
    assert bot.service is not None
    home = build_home(home_for(HEAD, datetime(2027, 1, 6, tzinfo=UTC), bot.service, None, None), bot.service.ctx.zone)
    assert "governors' report for *autumn-2026* was posted <#C0REPORTS1>" in str(home)
