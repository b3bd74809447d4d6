"""What staff are told when a draft's publishing time is chosen or changed after it was posted."""

from __future__ import annotations

from datetime import datetime

TIME_PASSED = "That time has passed: choose a time still to come."
TIME_TOO_LATE = "This draft is no longer waiting to go out, so its time cannot be changed."
TIME_NOT_YOURS = "Only the draft's author or an approver can choose when it goes out."
CANCEL_APPROVERS_ONLY = "Only an approver can cancel a post before it goes out."
TIME_APPROVERS_ONLY = "It is approved: only an approver can change when it goes out (or cancel it from App Home)."


def time_moved(user: str, due: datetime, chosen: datetime | None) -> str:
    moment = due.strftime("%A %-d %B at %H:%M")
    if chosen is None:
        return f"<@{user}> took away the chosen time: it goes out {moment}, the first posting time."
    if due != chosen:
        return f"<@{user}> changed the time. It goes out {moment}, the first posting time after the one chosen."
    return f"<@{user}> changed the time: it goes out {moment}."


def time_not_moved(reasons: list[str]) -> str:
    return "The time was not changed: at that time the post would be blocked. " + " ".join(reasons)


SCHEDULE_HOW = (
    "Choose when it goes out, in the school's time. Leave it empty to publish on approval, in school hours. "
    "A time outside the posting hours moves to the next posting time, unless the draft has an exception."
)
TIME_UNREADABLE = "Give both a day and a time (or neither, to publish on approval in school hours)."
TIME_SAVED = "Saved: the thread says when it goes out."
CANCELLED = "Cancelled: it will not go out, and the thread says so."
