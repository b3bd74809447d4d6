"""Follower alerts, incidents and reminders in the practice workspace: the core's cards, in the drafts channel or
in one person's private messages."""

from __future__ import annotations

from chatbot.cards import line
from chatbot.followers.card import alert_summary, digest_card, follower_card
from chatbot.followers.ports import Digest, FollowerAlert
from chatbot.governance.reminder_card import reminder_card
from chatbot.governance.reminders import Reminder
from chatbot.incidents.card import incident_card, incident_summary
from chatbot.incidents.model import Incident
from chatbot.incidents.ports import Ref
from chatbot.incidents.routes import Route
from chatbot.school.money import Money
from handlers.local.clock import Clock
from handlers.local.conversation import CHANNEL, Conversation, private
from handlers.local.team import BOT


class LocalFollowerNotifier:
    """Implements chatbot.followers.ports.FollowerNotifier in the drafts channel."""

    def __init__(self, conversation: Conversation, clock: Clock, money: Money) -> None:
        self._chat, self._clock, self._money = conversation, clock, money

    def post_alert(self, alert: FollowerAlert) -> str:
        parts = tuple(follower_card(alert, self._clock.now(), self._clock.zone))
        return self._chat.post(CHANNEL, BOT, alert_summary(alert), self._clock.now(), parts=parts).id

    def update_alert(self, ref: str, alert: FollowerAlert) -> None:
        self._chat.change(ref, parts=tuple(follower_card(alert, self._clock.now(), self._clock.zone)))

    def post_digest(self, digest: Digest) -> None:
        said = f"Countersign: weekly follower review — {len(digest.new)} new, {len(digest.undecided)} undecided"
        self._chat.post(CHANNEL, BOT, said, self._clock.now(), parts=tuple(digest_card(digest, self._money)))

    def post_note(self, text: str) -> None:
        self._chat.post(CHANNEL, BOT, text, self._clock.now())


class LocalIncidentNotifier:
    """Implements chatbot.incidents.ports.IncidentNotifier; private kinds reach only their people's messages."""

    def __init__(self, conversation: Conversation, clock: Clock) -> None:
        self._chat, self._clock = conversation, clock

    def show(self, incident: Incident, route: Route, snapshot: bytes | None) -> list[Ref]:
        refs = [self._post(route.channel, incident, route, snapshot)] if route.channel else []
        return refs + self.show_privately(incident, route, route.private_to, snapshot)

    def show_privately(self, incident: Incident, route: Route, people: tuple[str, ...],
                       snapshot: bytes | None) -> list[Ref]:  # fmt: skip
        return [self._post(private(person), incident, route, snapshot) for person in people]

    def update(self, ref: Ref, incident: Incident, route: Route) -> None:
        self._chat.change(ref[1], parts=tuple(incident_card(incident, route, self._clock.zone)))

    def receipt(self, reporter: str, incident: Incident | None, text: str) -> None:
        self._chat.post(private(reporter), BOT, text, self._clock.now())

    def _post(self, where: str, incident: Incident, route: Route, snapshot: bytes | None) -> Ref:
        photos = (self._chat.keep_photo(snapshot, "image/png"),) if snapshot else ()
        parts = tuple(incident_card(incident, route, self._clock.zone))
        posted = self._chat.post(where, BOT, incident_summary(incident), self._clock.now(), parts=parts, photos=photos)
        return where, posted.id


class LocalReminderNotifier:
    """Implements chatbot.governance.reminder_desk.ReminderNotifier in the drafts channel."""

    def __init__(self, conversation: Conversation, clock: Clock) -> None:
        self._chat, self._clock = conversation, clock

    def post_reminder(self, reminder: Reminder, overdue_days: int) -> tuple[str, str]:
        parts = tuple(reminder_card(reminder, overdue_days)[1:])  # the words are the message's own
        return CHANNEL, self._chat.post(CHANNEL, BOT, reminder.text, self._clock.now(), parts=parts).id

    def acknowledged(self, where: tuple[str, str], text: str, note: str) -> None:
        self._chat.change(where[1], text=text, parts=(line(note),))


class LocalReportNotifier:
    """Implements chatbot.governance.term_reports.ReportNotifier: both files kept here, linked in the channel."""

    def __init__(self, conversation: Conversation, clock: Clock) -> None:
        self._chat, self._clock = conversation, clock

    def post_report(self, title: str, stem: str, page: str, pdf: bytes) -> str:
        self._chat.files[f"{stem}.html"] = (page.encode(), "text/html; charset=utf-8")
        self._chat.files[f"{stem}.pdf"] = (pdf, "application/pdf")
        said = f":scroll: *{title}*: </files/{stem}.html|the web page> · </files/{stem}.pdf|the PDF>"
        self._chat.post(CHANNEL, BOT, said, self._clock.now())
        return f"</files/{stem}.html|in the drafts channel>"
