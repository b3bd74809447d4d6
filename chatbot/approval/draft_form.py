"""The draft form and the schedule form, described once for every chat: the post, its photos and their
descriptions, who is pictured, an exception and why, the trip question, and when it goes out."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from chatbot import messages
from chatbot.approval.draft import Exception_
from chatbot.cards import Field, Form

TEXT, PHOTOS, PICTURED, EXCEPTION, REASON, TRIP = "text", "photos", "pictured", "exception", "reason", "trip"
DAY, TIME = "publish_on", "publish_time"  # as the report card's own Schedule fields, read the same way
NO_EXCEPTION, YES = "none", "yes"
MAX_TEXT = 3000  # a post, not an essay: the longest network takes 500 characters (and Slack's inputs stop at 3,000)
MAX_PHOTOS = 4  # what X and Bluesky take on one post
MAX_DESCRIPTION = 1000  # the longest alt text X takes
EXCEPTIONS = (("No exception: school hours only", NO_EXCEPTION), ("Event", "event"), ("Urgent news", "urgent"))
EXCEPTION_OF: dict[str, Exception_] = {"event": "event", "urgent": "urgent"}  # "none", or anything else: none
TRIP_QUESTION = "From a trip that is still going on: hold it until the group has left"


def description(n: int) -> str:
    """The name of the field that describes photo `n` (from 1)."""
    return f"alt-{n}"


def draft_form(zone: ZoneInfo, text: str = "", trip_question: bool = False) -> Form:
    """`text` fills the post in (a template's words); `trip_question` where the policy holds posts from a trip."""
    photos = [Field(PHOTOS, f"Photos (up to {MAX_PHOTOS})", "files", limit=MAX_PHOTOS)]
    photos += [_description(n) for n in range(1, MAX_PHOTOS + 1)]
    trip = [Field(TRIP, "Trip", "toggle", choices=((TRIP_QUESTION, YES),))] if trip_question else []
    fields = (
        Field(TEXT, "The post", "long", text, MAX_TEXT, optional=False),
        *photos,
        Field(PICTURED, "Pupils in the photos", "pupils", limit=2000, hint="Full names, separated by commas"),
        Field(EXCEPTION, "Posting outside school hours?", "choice", NO_EXCEPTION, choices=EXCEPTIONS, optional=False),
        Field(REASON, "Why (for an exception)", limit=500),
        *trip,
        *when(zone, None, "Publish on (optional: otherwise on approval, in school hours)"),
    )
    return Form("New draft", fields, "Check it", note=messages.FORM_NOTE)


def _description(n: int) -> Field:
    return Field(description(n), f"Description of photo {n}", limit=MAX_DESCRIPTION, part_of=PHOTOS,
                 hint="What the photo shows, for people who cannot see it")  # fmt: skip


def schedule_form(zone: ZoneInfo, chosen: datetime | None) -> Form:
    """When a draft goes out, chosen or changed before approval; empty: on approval, in school hours."""
    return Form("When it goes out", when(zone, chosen, "Publish on"), "Save", note=messages.SCHEDULE_HOW)


def when(zone: ZoneInfo, chosen: datetime | None, label: str) -> tuple[Field, Field]:
    """A day and a time in the school's zone, filled in with `chosen` if there is one."""
    local = chosen.astimezone(zone) if chosen is not None else None
    day = Field(DAY, label, "date", f"{local:%Y-%m-%d}" if local else "")
    return day, Field(TIME, "at", "time", f"{local:%H:%M}" if local else "", zone=zone.key)


def typed_time(day: str, time: str, zone: ZoneInfo) -> datetime | None:
    """A day ("2030-03-05") and a time ("15:15") given in the school's zone; None when both are empty.

    Raises ValueError when only one is given or either cannot be read."""
    day, time = day.strip(), time.strip()
    if not day and not time:
        return None
    return datetime.fromisoformat(f"{day}T{time}").replace(tzinfo=zone)
