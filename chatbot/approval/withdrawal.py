"""A pupil's photo consent withdrawn: the school's posts in which that pupil was declared pictured, to take down."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from chatbot import messages
from chatbot.approval.events import MessageRef
from chatbot.approval.ports import Approvers
from chatbot.approval.states import State
from chatbot.policy.context import PolicyContext
from chatbot.store import RedisStore


@dataclass(frozen=True, slots=True)
class PicturedPost:
    """A published post a pupil was named in: where it went, and whether the bot can still take it down."""

    draft_id: str
    published_at: datetime
    links: tuple[str, ...]
    ref: MessageRef | None  # None: the draft's record is gone (retention) or it was taken down already


@dataclass
class ConsentWithdrawal:
    """Approvers only; each search is audited by who and how many posts were found, never the pupil's name."""

    store: RedisStore
    approvers: Approvers
    ctx: PolicyContext | None = None  # its roster finds the legal name for the name staff type

    def posts(self, user: str, name: str, at: datetime) -> list[PicturedPost] | str:
        """The posts, newest first; or what to answer when this person may not ask, or named nobody."""
        if not self.approvers.may_approve(user):
            return messages.ONLY_APPROVERS_CONSENT
        if not name.strip():
            return messages.CONSENT_WITHDRAWN_USAGE
        found = [self._post(draft_id, entry) for draft_id, entry in self._indexed(name)]
        self.store.governance.record("consent_withdrawn", user, at, f"{len(found)} published posts found")
        return found

    def _indexed(self, name: str) -> list[tuple[str, dict[str, Any]]]:
        """Under the name as typed and the roster's full name for it: staff type the name they use ("Josh Patel"),
        the index holds the legal one ("Joshua Patel"). Newest first, each post once."""
        names = [name, *(self.ctx.roster.full_names([name])[0] if self.ctx is not None else ())]
        found = {draft: entry for each in dict.fromkeys(names) for draft, entry in self.store.pictured.posts(each)}
        return sorted(found.items(), key=lambda item: (str(item[1]["published_at"]), item[0]), reverse=True)

    def _post(self, draft_id: str, entry: dict[str, Any]) -> PicturedPost:
        stored = self.store.get(draft_id)
        ref = stored.ref if stored is not None and stored.state == State.PUBLISHED else None
        links = tuple(str(link) for link in entry.get("links") or ())
        return PicturedPost(draft_id, datetime.fromisoformat(str(entry["published_at"])), links, ref)
