"""Approval by content: a post with photos of children may need a senior leader, an exception the headteacher
(`slack.approval_rules`), on top of how many approvals are required."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from chatbot import messages
from chatbot.store import StoredDraft

Kind = Literal["photos_of_children", "exceptions"]


class Groups(Protocol):
    def member(self, group: str, user: str) -> bool: ...


def kinds(record: dict[str, Any]) -> list[Kind]:
    """What a draft is, as the rules name it: faces were found or pupils named; an exception was used."""
    found: list[Kind] = []
    if record.get("pictured") or record.get("pictured_answer") or record.get("pictured_needed"):
        found.append("photos_of_children")
    if record.get("exception"):
        found.append("exceptions")
    return found


@dataclass(frozen=True)
class Routing:
    rules: Mapping[str, str] = field(default_factory=dict)  # kind → the group whose approval it needs
    groups: Groups | None = None

    def refusal(self, stored: StoredDraft, user: str, required: int) -> str | None:
        """Why `user`'s approval cannot be the one that completes the count: no one from a group this kind of
        post needs has approved. Earlier approvals still count; the message says whose is needed."""
        needed = [(kind, self.rules[kind]) for kind in kinds(stored.record) if kind in self.rules]
        approving = set(stored.approvers) | {user}
        if not needed or self.groups is None or len(approving) < required:
            return None
        groups = self.groups
        missing = [(k, g) for k, g in needed if not any(groups.member(g, person) for person in approving)]
        return messages.needs_group(missing[0][0], missing[0][1]) if missing else None
