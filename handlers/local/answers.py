"""What each of the workspace's forms does: the browser's fields read (within their limits) and handed to the
translation into the core's events; each returns what the person who sent it is told, if anything."""

from __future__ import annotations

from collections.abc import Callable

from starlette.datastructures import FormData, UploadFile

from chatbot import messages
from chatbot.approval.draft_form import (
    DAY,
    EXCEPTION,
    MAX_DESCRIPTION,
    MAX_PHOTOS,
    PHOTOS,
    PICTURED,
    REASON,
    TEXT,
    TIME,
    TRIP,
    YES,
    description,
)
from chatbot.governance import pausing
from chatbot.incidents.by_hand import raise_by_hand
from handlers.local import drafting, happenings, presses
from handlers.local.workspace import Workspace

Answer = Callable[[Workspace, str, FormData], str | None]


def _text(form: FormData, name: str, limit: int = 1024 * 1024) -> str:
    value = form.get(name)
    return value[:limit] if isinstance(value, str) else ""


def _draft(ws: Workspace, user: str, form: FormData) -> str | None:
    photos = tuple((f.filename or "photo", f.content_type or "", f.file.read()) for f in form.getlist(PHOTOS)
                   if isinstance(f, UploadFile) and f.filename)  # fmt: skip
    fields = {name: _text(form, name, 4000) for name in (PICTURED, EXCEPTION, REASON, DAY, TIME)}
    described = tuple(_text(form, description(n), MAX_DESCRIPTION) for n in range(1, MAX_PHOTOS + 1))
    return drafting.post(ws, user, drafting.DraftForm(_text(form, TEXT), photos, described,
                                                      trip=form.get(TRIP) == YES, **fields))  # fmt: skip


def _edit(ws: Workspace, user: str, form: FormData) -> str | None:
    if form.get("do") == "delete":
        return drafting.delete(ws, user, _text(form, "message"))
    return drafting.edit(ws, user, _text(form, "message"), _text(form, "text"))


def _clock(ws: Workspace, user: str, form: FormData) -> str | None:
    if form.get("do") == "real":
        ws.clock.real()
        return messages.PRACTICE_CLOCK_REAL
    try:
        chosen = ws.clock.pretend(_text(form, "day", 20), _text(form, "time", 10))
    except ValueError:
        return messages.PRACTICE_CLOCK_UNREADABLE
    ws.tick()
    return messages.PRACTICE_CLOCK.format(when=f"{chosen:%A %-d %B %H:%M}")


def _incident(ws: Workspace, user: str, form: FormData) -> str | None:
    if ws.incidents is None:
        return messages.INCIDENTS_OFF
    what, who, link = _text(form, "what", 4000), _text(form, "who", 300), _text(form, "link", 500)
    return raise_by_hand(ws.incidents.desk, _text(form, "kind", 20), what, who, link or None, user, ws.clock.now())


def _pause(ws: Workspace, user: str, form: FormData) -> str | None:
    announce = ws.announce
    if form.get("do") == "resume":
        return pausing.resume(ws.service, user, ws.clock.now(), announce) or messages.PRACTICE_RESUMED
    return pausing.pause(ws.service, user, _text(form, "reason", 500), ws.clock.now(), announce) or (
        messages.PRACTICE_PAUSED
    )


def _unpublish(ws: Workspace, user: str, form: FormData) -> str | None:
    event = drafting.unpublish_event(ws, user, _text(form, "reason", 500))
    return ws.service.unpublish_link(_text(form, "link", 500).strip(), event)


ANSWERS: dict[str, Answer] = {
    "/drafts": _draft,
    "/edit": _edit,
    "/react": lambda ws, user, form: drafting.react(ws, user, _text(form, "message"), _text(form, "emoji", 40)),
    "/press": lambda ws, user, form: presses.press(
        ws, user, _text(form, "press", 300), {k: _text(form, k, 4000) for k in form}
    ),
    "/reply": lambda ws, user, form: happenings.reply(ws, _text(form, "sample", 5), _text(form, "text", 2000)),
    "/follower": lambda ws, user, form: happenings.follower(
        ws, _text(form, "sample", 5), _text(form, "name", 100), _text(form, "bio", 300)
    ),
    "/clock": _clock,
    "/unpublish": _unpublish,
    "/incident": _incident,
    "/pause": _pause,
}
