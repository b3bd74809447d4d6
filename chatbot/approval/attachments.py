"""Which of a message's files become the draft's photos, and which are left out, with why."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from chatbot.approval.draft import MAX_IMAGES, LeftOut, LeftOutReason
from chatbot.images import MAX_IMAGE_BYTES


@dataclass(frozen=True, slots=True)
class Offered:
    """A file as the chat describes it, before anything is downloaded: its name, media type and size if known."""

    name: str
    media_type: str
    size: int | None = None


def sort_files(files: Sequence[Offered]) -> tuple[list[int], tuple[LeftOut, ...]]:
    """The positions of the files to fetch as photos (at most four, in order), and the rest with why.

    A file too large to be a photo is never downloaded: a 2 GB video must not fill the bot's memory."""
    photos: list[int] = []
    left_out: list[LeftOut] = []
    for index, offered in enumerate(files):
        reason = _reason(offered, len(photos))
        if reason is None:
            photos.append(index)
        else:
            left_out.append(LeftOut(offered.name, reason))
    return photos, tuple(left_out)


def _reason(offered: Offered, photos_so_far: int) -> LeftOutReason | None:
    kind = offered.media_type.lower()
    if kind.startswith("video/"):
        return "video"
    if not kind.startswith("image/"):
        return "not-a-photo"
    if offered.size is not None and offered.size > MAX_IMAGE_BYTES:
        return "too-large"
    return "too-many" if photos_so_far >= MAX_IMAGES else None
