"""A draft post as the core sees it, whatever chat platform it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal

from chatbot.images import ImageInspection

Exception_ = Literal["event", "urgent"]
# Who is pictured, when no pupil is named: nobody can be identified (backs, hands, work), or the person
# answering checked every child in the photos against the no-consent list.
PicturedAnswer = Literal["nobody-identifiable", "consent-checked"]
MAX_IMAGES = 4  # X, Bluesky and Mastodon all allow four images per post
# Why an attached file does not go out: a fifth photo or later, a video, a file too large to be a photo, other files
LeftOutReason = Literal["too-many", "video", "too-large", "not-a-photo"]


@dataclass(frozen=True, slots=True)
class LeftOut:
    """A file attached to the draft that will not be published, and why: the report names each one."""

    name: str
    reason: LeftOutReason


@dataclass(frozen=True, slots=True)
class ImageAttachment:
    """An image attached to a draft: its bytes, a name to show staff, its alt text, and once checked, what was found."""

    name: str
    data: bytes | None = field(default=None, repr=False)
    alt_text: str | None = None
    path: Path | None = None
    inspection: ImageInspection | None = None


@dataclass(frozen=True, slots=True)
class Draft:
    """What the author wrote, what they attached and declared, and when they submitted it (timezone-aware)."""

    text: str
    submitted_at: datetime
    images: tuple[ImageAttachment, ...] = ()
    pictured: tuple[str, ...] = ()
    exception: Exception_ | None = None
    exception_reason: str | None = None
    pictured_answer: PicturedAnswer | None = None
    left_out: tuple[LeftOut, ...] = ()
    originals_shown: bool = False  # the chat shows the author's original photos (posted in the channel)
    # When the words were written, when that is earlier than this check (an approval, a scheduled time): "today"
    # means that day. None: the words are new, written at `submitted_at`.
    written_at: datetime | None = None
    publish_at: datetime | None = None  # the time the author chose; None: on approval, or at the next window
    from_trip: bool = False  # the author says it is from a trip still going on (trip mode holds it)

    def __post_init__(self) -> None:
        if self.submitted_at.tzinfo is None:
            raise ValueError("a draft's submission time must carry a time zone")

    @property
    def written(self) -> datetime:
        return self.written_at or self.submitted_at

    @property
    def has_images(self) -> bool:
        return bool(self.images)

    @property
    def pictured_unanswered(self) -> bool:
        """Faces were found in a photo, and nobody has said who is pictured (named, nobody, or checked)."""
        faces = any(image.inspection is not None and image.inspection.faces for image in self.images)
        return faces and not self.pictured and self.pictured_answer is None
