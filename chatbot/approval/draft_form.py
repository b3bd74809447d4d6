"""The draft's forms, described once for every chat: the draft form (the post, its photos and their descriptions,
who is pictured, an exception and why, the trip question, when it goes out), and the schedule, describe and
who-is-pictured forms a report's buttons open."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from chatbot import messages
from chatbot.approval.draft import Exception_, PicturedAnswer
from chatbot.cards import Field, Form

TEXT, PHOTOS, PICTURED, EXCEPTION, REASON, TRIP = "text", "photos", "pictured", "exception", "reason", "trip"
DAY, TIME = "publish_on", "publish_time"  # as the report card's own Schedule fields, read the same way
NO_EXCEPTION, YES = "none", "yes"
MAX_TEXT = 3000  # a post, not an essay: the longest network takes 500 characters (and Slack's inputs stop at 3,000)
MAX_PHOTOS = 4  # what X and Bluesky take on one post
MAX_DESCRIPTION = 1000  # the longest alt text X takes
EXCEPTIONS = (("No exception: school hours only", NO_EXCEPTION), ("Event", "event"), ("Urgent news", "urgent"))
EXCEPTION_OF: dict[str, Exception_] = {"event": "event", "urgent": "urgent"}  # "none", or anything else: none
NAME_SHOWN = 60  # a photo's file name in a field's label, at most
PICTURED_ANSWER = "pictured_answer"
PICTURED_ANSWERS: tuple[tuple[str, PicturedAnswer], ...] = (
    ("No pupil can be identified (backs, hands, work)", "nobody-identifiable"),
    ("Everyone pictured has photo consent: I checked the list", "consent-checked"),
)
PUPILS = Field(PICTURED, "Pupils in the photos", "pupils", limit=2000, hint="Full names, separated by commas")
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
        PUPILS,
        Field(EXCEPTION, "Posting outside school hours?", "choice", NO_EXCEPTION, choices=EXCEPTIONS, optional=False),
        Field(REASON, "Why (for an exception)", limit=500),
        *trip,
        *when(zone, None, "Publish on (optional: otherwise on approval, in school hours)"),
    )
    return Form("New draft", fields, "Check it", note=messages.FORM_NOTE)


def describe_form(photos: list[tuple[str, str | None]]) -> Form:
    """Each photo's description so far, by its name, to change: what screen readers will say on every network."""
    fields = (replace(_description(n), label=messages.photo_label(n - 1, name[:NAME_SHOWN]), value=alt or "")
              for n, (name, alt) in enumerate(photos, 1))  # fmt: skip
    return Form("Describe the photos", tuple(fields), "Save")


def typed_descriptions(fields: Mapping[str, object], count: int) -> tuple[str | None, ...]:
    """The describe form's answers for `count` photos, in order: None where a field was not sent (kept as it was),
    "" where it was emptied (cleared)."""
    return tuple(
        None if description(n) not in fields else str(fields[description(n)] or "") for n in range(1, count + 1)
    )


def pictured_form() -> Form:
    """Who is pictured, once a draft's photos are checked: the pupils named, or one of the two other answers."""
    return Form("Who is pictured?", (PUPILS, Field(PICTURED_ANSWER, "Or, if you name nobody", "choice",
                                                   choices=PICTURED_ANSWERS)), "Save")  # fmt: skip


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
