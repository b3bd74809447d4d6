"""Answers given from the report after posting (who is pictured, the photos' descriptions), and the last look
before an approval counts: each re-checks the draft."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from chatbot import messages
from chatbot.approval import photos, revisions
from chatbot.approval.draft import Draft
from chatbot.approval.events import MessageRef, PhotosDescribed, PicturedGiven, TimeChosen
from chatbot.approval.pictured import with_pictured
from chatbot.approval.ports import Approvers, Notifier
from chatbot.approval.records import kept_images, rechecked, record, stored_draft
from chatbot.approval.states import BOT, State
from chatbot.policy import check
from chatbot.policy.context import PolicyContext
from chatbot.store import RedisStore, StoredDraft

ANSWERABLE = frozenset({State.AWAITING_APPROVAL, State.BLOCKED})  # before approval: the answer is part of it
MAX_DESCRIPTION = 1000  # X, Mastodon and Bluesky all take at least 1,000 characters of alt text


@dataclass
class ReportAnswers:
    """Takes an answer from the author or an approver, re-checks the kept photos with it, and reports again."""

    store: RedisStore
    ctx: PolicyContext
    notifier: Notifier
    approvers: Approvers
    approvals_required: int

    def pictured(self, event: PicturedGiven) -> None:
        stored = self._answerable(event.ref, event.user, messages.PICTURED_TOO_LATE, messages.PICTURED_NOT_YOURS)
        if stored is None:
            return
        draft = replace(stored_draft(self.store, stored, event.at), pictured=event.pictured,
                        pictured_answer=event.answer)  # fmt: skip
        detail = {"pictured": event.answer or f"{len(event.pictured)} named"}  # the audit: never the names
        self._recheck(event.ref, stored, draft, event.user, detail, {"pictured_by": event.user})

    def described(self, event: PhotosDescribed) -> None:
        """New descriptions for the photos, in order (None keeps one as it was); kept with the photos."""
        stored = self._answerable(event.ref, event.user, messages.DESCRIBED_TOO_LATE, messages.DESCRIBED_NOT_YOURS)
        if stored is None:
            return
        draft = stored_draft(self.store, stored, event.at)
        given = list(event.descriptions) + [None] * len(draft.images)
        images = tuple(replace(image, alt_text=_description(given[n], image.alt_text))
                       for n, image in enumerate(draft.images))  # fmt: skip
        draft = replace(draft, images=images)
        if self._recheck(event.ref, stored, draft, event.user, {"described": len(draft.images)}):
            self.store.keep_photos(stored.id, [photos.to_keep(image) for image in draft.images])

    def timed(self, event: TimeChosen) -> None:
        """A publishing time chosen from the report before approval: part of what approvers approve."""
        stored = self._answerable(event.ref, event.user, messages.TIME_TOO_LATE, messages.TIME_NOT_YOURS)
        if stored is None:
            return
        draft = replace(stored_draft(self.store, stored, event.at), publish_at=event.publish_at)
        chosen = event.publish_at.isoformat() if event.publish_at else "on approval"
        self._recheck(event.ref, stored, draft, event.user, {"publish_at": chosen})

    def blocks_now(self, ref: MessageRef, stored: StoredDraft, at: datetime) -> bool:
        """Judged again, the moment an approval would count, against the roster as its file says now: a consent
        withdrawn or a pupil joined since the report was written. True when it now blocks (the report says why)."""
        draft = stored_draft(self.store, stored, at)
        if check(draft, self.ctx).verdict != "block":
            return False
        self._recheck(ref, stored, draft, BOT, {"rechecked": "before approval"})
        return True

    def photo_names(self, ref: MessageRef) -> list[tuple[str, str | None]]:
        """Each kept photo's name and description, in order: what the description form shows."""
        return [(image.name, image.alt_text) for image in kept_images(self.store, ref.draft_id)]

    def _answerable(self, ref: MessageRef, user: str, too_late: str, not_yours: str) -> StoredDraft | None:
        stored = self.store.get(ref.draft_id)
        refused = None if stored is None else too_late if stored.state not in ANSWERABLE else None
        if stored is not None and refused is None and user != stored.author and not self.approvers.may_approve(user):
            refused = not_yours
        if refused is not None:
            self.notifier.say(ref, refused)
        return stored if refused is None else None

    def _recheck(self, ref: MessageRef, stored: StoredDraft, draft: Draft, user: str, detail: dict[str, Any],
                 noted: dict[str, str] | None = None) -> bool:  # fmt: skip
        """Check again and report. The words' version stays (an answer is not an edit of them), and who said
        who is pictured stays unless this answer says it again."""
        report = check(draft, self.ctx)
        kept = {**record(ref, report, draft), **revisions.same_version(stored.record)}
        said = {key: stored.record[key] for key in ("pictured_by",) if key in stored.record}
        kept = with_pictured({**kept, **said, **(noted or {})}, draft, self.ctx)
        state = rechecked(self.store, stored.id, report, user, draft.submitted_at, kept, detail)
        if state is not None:
            self.notifier.show_report(ref, report, state, 0, self.approvals_required)
        return state is not None


def _description(given: str | None, was: str | None) -> str | None:
    if given is None:
        return was
    return given.strip()[:MAX_DESCRIPTION] or None
