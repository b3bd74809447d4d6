"""Key names shared by more than one store module."""

from __future__ import annotations

ARCHIVED = "cs:drafts:archived"  # drafts whose words retention deleted; their audit remains


def draft_keys(draft_id: str) -> list[str]:
    """A draft's meta hash, approvers set and audit stream (its photos hash is the meta's sibling)."""
    tag = "{d:" + draft_id + "}"  # the hash tag: all of one draft's keys live in one cluster slot
    return [f"cs:{tag}:meta", f"cs:{tag}:approvers", f"cs:{tag}:audit"]
