"""The small interfaces the core talks through; each platform or service implements them at the edge."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from chatbot.approval.events import MessageRef
from chatbot.policy.finding import Report


@dataclass(frozen=True)
class PublishResult:
    """A post that went out (`url`, `post_id`), or would have in dry-run mode (`dry_run`)."""

    url: str | None
    dry_run: bool = False
    post_id: str | None = None
    links: tuple[tuple[str, str], ...] = ()  # (network, url) for each network it went to, when several


@dataclass(frozen=True)
class PublishImage:
    """A sanitised image, ready to upload, with its description."""

    data: bytes
    media_type: str
    alt_text: str | None = None


class Notifier(Protocol):
    """Speaks in the draft's thread."""

    def show_report(self, ref: MessageRef, report: Report, state: str, approvals: int, required: int) -> None: ...

    def say(self, ref: MessageRef, text: str, offer_retry: bool = False) -> None: ...

    def mark_published(self, ref: MessageRef) -> None: ...

    def show_photos(self, ref: MessageRef, photos: tuple[PublishImage, ...]) -> None:
        """Show the sanitised photos in the thread, for a draft whose photos the chat does not show (a form's)."""
        ...

    def edited_after_publishing(self, ref: MessageRef, network: str) -> None:
        """Say the post is already public and unchanged; offer to take it down and to check the edit as a new
        draft, where the chat has buttons."""
        ...

    def offer_suggestion(self, ref: MessageRef, approver: str, text: str) -> None:
        """Show an approver's suggested words in the thread, with a way for the author to accept them."""
        ...

    def remind_approvers(self, ref: MessageRef, waited_minutes: int) -> None:
        """Tell the approvers, in the thread and by name where the chat can, that the draft still waits."""
        ...


class Publisher(Protocol):
    name: str
    length_limit: int

    def cost(self, text: str) -> float | None:
        """What one post costs on the platform, in US dollars, if it charges per post."""
        ...

    def publish(self, draft_id: str, text: str, images: tuple[PublishImage, ...] = ()) -> PublishResult: ...

    def delete(self, post_id: str) -> None: ...

    def find_recent(self, text: str) -> PublishResult | None:
        """The account's recent post with this text, if there is one (to reconcile after a crash)."""
        ...


class Platform(Protocol):
    """A social platform's publisher (X now; Bluesky and Mastodon can implement the same)."""

    name: str
    length_limit: int

    def post(self, text: str, images: tuple[PublishImage, ...] = ()) -> PublishResult: ...

    def delete(self, post_id: str) -> None: ...


class Approvers(Protocol):
    def may_approve(self, user: str) -> bool: ...
