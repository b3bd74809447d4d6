"""The governors' report, from a period of real activity driven through the workflow (the practice workspace's):
every figure checked against what was done, and nothing in the HTML or the PDF that must not be there."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from chatbot.approval import report_card as report
from chatbot.followers.card import KEEP_ACTION, MUTE_ACTION
from chatbot.governance.reminder_card import ACKNOWLEDGE as ACKNOWLEDGE_REMINDER
from chatbot.governance.term_figures import Figures, Period, gather
from chatbot.incidents import card as incident
from chatbot.school.settings import RemindersSection
from handlers.console.report import write_report
from tests.local.practice import Practice, settings, workspace
from tests.photos import jpeg, scene

SECRETS = ("told me his uncle hurts him", "The caretaker shouted at my daughter", "rude comments under the photo")
PUPILS = ("Joshua", "Patel", "Amelia", "Nowak", "Noah Okafor", "Ashworth", "Whitfield", "Mary-Jane")
CLEAN = ("Year 4 enjoyed their science week. Thank you to all the parents who helped!",
         "Our choir sang beautifully at the care home. Thank you for having us!",
         "Reminder: the library is open after school on Thursdays.")  # fmt: skip


def a_term(p: Practice) -> None:
    """Drafts published, rejected, blocked, warned and excepted; incidents of each kind; followers; a reminder."""
    p.ws.tick()  # the reminders due now are posted (the policy review, since yesterday)
    for text in CLEAN[:2]:
        p.press("ben", report.APPROVE, p.draft("amara", text))
    p.press("helen", report.REJECT, p.draft("amara", CLEAN[2]), reason="Already in the newsletter.")
    p.draft("amara", "Huge congratulations to Amelia Nowak for her swimming gala!")  # blocked
    photo = [("photos", ("garden.jpg", jpeg(scene()), "image/jpeg"))]
    p.press("helen", report.APPROVE, p.draft("amara", "The school garden is ready for spring.", files=photo))  # warned
    fair = "Come to our Christmas fair this Saturday!"
    p.press("ben", report.APPROVE, p.draft("amara", fair, exception="event", reason="The fair is at the weekend"))
    for kind, what in (("safeguarding", SECRETS[0]), ("allegation", SECRETS[1]), ("e-safety", SECRETS[2]),
                       ("safeguarding", "A second worry, about a different child.")):  # fmt: skip
        p.post("/incident", "amara", kind=kind, what=what)
    first = next(m for m in p.ws.conversation.privately("priya") if m.parts)
    p.press("priya", incident.ACKNOWLEDGE, first.parts[-1].buttons[0].value)
    for sample, decision, who in (("2", MUTE_ACTION, "ben"), ("0", KEEP_ACTION, "helen")):
        before = {m.id for m in p.ws.conversation.in_channel()}
        p.post("/follower", "amara", sample=sample)
        card = next(m for m in p.ws.conversation.in_channel() if m.id not in before and m.parts)
        p.press(who, decision, next(b.value for part in card.parts if hasattr(part, "buttons") for b in part.buttons))
    for reminder in [m for m in p.ws.conversation.in_channel() if ACKNOWLEDGE_REMINDER in str(m.parts)][:1]:
        p.press("ben", ACKNOWLEDGE_REMINDER, reminder.parts[-1].buttons[0].value)


def period_of(p: Practice) -> Period:
    now = p.ws.clock.now()
    return Period("this test", now - timedelta(days=1), now + timedelta(days=1))


def figures_of(p: Practice) -> Figures:
    return gather(p.ws.service.store, p.ws.service.ctx.roster, p.ws.targets, period_of(p))


@pytest.fixture
def busy() -> Iterator[Practice]:
    yesterday = date.today() - timedelta(days=1)
    with workspace(settings(reminders=RemindersSection(policy_review=yesterday))) as practice:
        a_term(practice)
        yield practice


def test_every_figure_matches_what_was_done(busy: Practice) -> None:
    practice = busy
    f = figures_of(practice)
    d = f.drafts
    assert d.drafts == 6 and sum(d.published_by_week.values()) == 4 and dict(d.published_by_network) == {"x": 4}
    assert d.rejected == 1 and d.taken_down == 0
    assert d.blocked_by_rule["pupil-name"] == 1 and d.warned_by_rule["alt-text"] >= 1
    assert dict(d.approvals_by) == {"ben": 3, "helen": 1} and dict(d.warnings_accepted_by) == {"helen": 1}
    assert [post["exception"] for post in f.published if post["exception"]] == [["event", "The fair is at the weekend"]]
    assert len(d.minutes_to_approval) == 4
    assert f.incidents.by_kind == {"safeguarding": 2, "allegation": 1, "e-safety": 1}
    assert f.incidents.minutes_to_acknowledge["safeguarding"] is not None
    assert f.incidents.minutes_to_acknowledge["allegation"] is None and f.incidents.escalated == 0
    assert f.follower_decisions == {"mute": 1, "keep": 1}
    assert f.reminders_acknowledged == 1 and f.reminders_open >= 0
    assert f.consent == {"with consent": 6, "consent expired": 1, "no consent": 1}


def test_the_report_names_staff_and_says_no_secret_and_no_pupil(busy: Practice, tmp_path: Path) -> None:
    practice = busy
    chosen = settings()
    html_path, pdf_path = write_report(chosen, practice.ws.service.store, period_of(practice), tmp_path)
    page = html_path.read_text()
    text = subprocess.run(["pdftotext", "-layout", str(pdf_path), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    for said in (page, text):
        assert "Ben Hughes" in said and "Helen Wright" in said and "pupil-name" in said
        assert all(secret not in said for secret in SECRETS)
        assert all(not re.search(rf"\b{re.escape(name)}\b", said) for name in PUPILS), [n for n in PUPILS if n in said]
        assert CLEAN[2][:30] not in said  # rejected: never published
    assert CLEAN[0] in page and CLEAN[1] in page and "[photo: no description]" in page  # what went out, as it did
    assert "event: The fair is at the weekend" in page
    assert "<svg" in page and "http" not in re.sub(r'xmlns(:\w+)?="[^"]+"', "", page)  # nothing fetched when opened


@pytest.mark.parametrize(("asked", "refused"), [({"term": "autumn-2026"}, "term_starts has no autumn"),
                                                ({"term": "winter-2026"}, "not a term like")])  # fmt: skip
def test_a_term_it_cannot_place_is_said(asked: dict[str, str], refused: str) -> None:
    from zoneinfo import ZoneInfo

    from chatbot.errors import UsageError
    from chatbot.governance.terms import term

    with pytest.raises(UsageError, match=refused):
        term(asked["term"], (), ZoneInfo("Europe/London"))


def test_at_a_terms_end_the_report_is_posted_in_the_channel_with_both_files() -> None:
    today = date.today()
    starts = [today - timedelta(days=100), today - timedelta(days=1)]
    with workspace(settings(reminders=RemindersSection(term_starts=starts))) as practice:
        practice.ws.tick()
        [posted] = [m for m in practice.ws.conversation.in_channel() if "social media report" in m.text]
        html_link, pdf_link = re.findall(r"<(/files/[^|>]+)\|", posted.text)
        assert "Drafts checked: 0." in practice.client.get(html_link).text
        assert practice.client.get(pdf_link).content.startswith(b"%PDF")
        practice.ws.tick()  # once a term
        assert len([m for m in practice.ws.conversation.in_channel() if "social media report" in m.text]) == 1
        assert "governors' report for" in practice.seen_by("ben")  # App Home points to it (approvers)
