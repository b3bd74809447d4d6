"""Neutral events: what happened in the staff chat, translated at the edge from Slack's (later Teams') payloads."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from chatbot.approval.draft import Draft, Exception_, ImageAttachment, LeftOut, PicturedAnswer


@dataclass(frozen=True, slots=True)
class MessageRef:
    """Where a draft lives: platform, channel and the message's own id (Slack's ts)."""

    platform: str
    channel: str
    message: str

    @property
    def draft_id(self) -> str:
        return f"{self.platform}:{self.channel}:{self.message}"

    @classmethod
    def of(cls, draft_id: str) -> MessageRef:
        """The ref a draft id names: a channel may hold colons (some chats' channel ids do), a message id never does."""
        platform, _, rest = draft_id.partition(":")
        channel, _, message = rest.rpartition(":")
        return cls(platform, channel, message)


@dataclass(frozen=True, slots=True)
class DraftPosted:
    ref: MessageRef
    author: str
    text: str
    event_id: str
    at: datetime
    images: tuple[ImageAttachment, ...] = ()
    pictured: tuple[str, ...] = ()
    exception: Exception_ | None = None
    exception_reason: str | None = None
    left_out: tuple[LeftOut, ...] = ()  # attached files that will not be published
    photos_unseen: bool = False  # the chat does not show the photos (a form's): the bot shows the sanitised ones
    publish_at: datetime | None = None  # the time the author chose in the form
    from_trip: bool = False  # the author says, in the form, that it is from a trip still going on
    raw: dict[str, object] = field(default_factory=dict, repr=False, compare=False)

    def draft(self) -> Draft:
        """The draft to check. Photos posted in the channel show their originals there; a form's do not."""
        shown = bool(self.images) and not self.photos_unseen
        return Draft(self.text, self.at, self.images, self.pictured, self.exception, self.exception_reason,
                     left_out=self.left_out, originals_shown=shown, publish_at=self.publish_at,
                     from_trip=self.from_trip)  # fmt: skip


@dataclass(frozen=True, slots=True)
class PicturedGiven:
    """The answer to "who is pictured?": pupils named, or `answer` (nobody identifiable, consent checked)."""

    ref: MessageRef
    user: str
    pictured: tuple[str, ...]
    answer: PicturedAnswer | None
    event_id: str
    at: datetime


@dataclass(frozen=True, slots=True)
class PhotosDescribed:
    """Descriptions (alt text) for a draft's photos, given from the report, in the photos' order."""

    ref: MessageRef
    user: str
    descriptions: tuple[str | None, ...]
    event_id: str
    at: datetime


@dataclass(frozen=True, slots=True)
class DraftEdited:
    ref: MessageRef
    author: str
    text: str
    event_id: str
    at: datetime


@dataclass(frozen=True, slots=True)
class DraftDeleted:
    ref: MessageRef
    event_id: str
    at: datetime


@dataclass(frozen=True, slots=True)
class ApprovalGiven:
    ref: MessageRef
    user: str
    event_id: str
    at: datetime


@dataclass(frozen=True, slots=True)
class ApprovalRevoked:
    ref: MessageRef
    user: str
    event_id: str
    at: datetime


@dataclass(frozen=True, slots=True)
class RejectionGiven:
    ref: MessageRef
    user: str
    event_id: str
    at: datetime
    reason: str | None = None  # from the Reject form; the reject emoji gives none


@dataclass(frozen=True, slots=True)
class UnpublishRequested:
    """An approver asks for a published post to be taken down (with why, when they said)."""

    ref: MessageRef
    user: str
    event_id: str
    at: datetime
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class RetryRequested:
    """An approver asks for a failed publication to be tried again."""

    ref: MessageRef
    user: str
    event_id: str
    at: datetime


@dataclass(frozen=True, slots=True)
class TimeChosen:
    """A new publishing time for a draft, given after it was posted (None: on approval, in school hours)."""

    ref: MessageRef
    user: str
    publish_at: datetime | None
    event_id: str
    at: datetime
