"""The dry-run publisher: the default without X credentials; it keeps what would have been posted, never silently."""

from __future__ import annotations

from dataclasses import dataclass, field

from chatbot.approval.ports import PublishImage, PublishResult


@dataclass
class DryRunPublisher:
    """Records each post instead of publishing it; the workflow writes the record to the audit trail too."""

    name: str = "dry run"
    length_limit: int = 280  # X's, so the dry run checks what X would accept
    posted: list[tuple[str, str]] = field(default_factory=list)
    photos: dict[str, tuple[PublishImage, ...]] = field(default_factory=dict)
    deleted: list[str] = field(default_factory=list)

    def publish(self, draft_id: str, text: str, images: tuple[PublishImage, ...] = ()) -> PublishResult:
        self.posted.append((draft_id, text))
        self.photos[draft_id] = images
        return PublishResult(url=None, dry_run=True)

    def delete(self, post_id: str) -> None:
        self.deleted.append(post_id)

    def find_recent(self, text: str) -> PublishResult | None:
        return None  # nothing was ever posted

    def cost(self, text: str) -> float | None:
        return None
