"""Slack identifiers shared by the builders and the listeners, so the two can never disagree."""

from __future__ import annotations

COMMAND = "/countersign"
DRAFT_MODAL = "countersign-draft"
BLOCK_TEXT, ACTION_TEXT = "draft-text", "text"
BLOCK_PICTURED, ACTION_PICTURED = "draft-pictured", "pictured"
BLOCK_EXCEPTION, ACTION_EXCEPTION = "draft-exception", "exception"
BLOCK_REASON, ACTION_REASON = "draft-reason", "reason"
NO_EXCEPTION = "none"
BLOCK_PHOTOS, ACTION_PHOTOS = "draft-photos", "photos"
BLOCK_ALT = "draft-alt-{n}"  # one description per photo, n = 1…4
ACTION_ALT = "alt"
BLOCK_DECISION = "draft-decision"
ACTION_APPROVE, ACTION_REJECT = "draft-approve", "draft-reject"
ACTION_RETRY = "draft-retry"
BLOCK_FOLLOWER = "follower-decision"
ACTION_FOLLOWER_KEEP, ACTION_FOLLOWER_BLOCK, ACTION_FOLLOWER_MUTE = "follower-keep", "follower-block", "follower-mute"
ACTION_FOLLOWER_OPEN = "follower-open"
