"""The life of a draft: its states, and which transitions may move it from one to another."""

from __future__ import annotations

from enum import StrEnum

BOT = "countersign"  # the actor the audit records for the bot's own steps


class State(StrEnum):
    CHECKING = "checking"
    BLOCKED = "blocked"
    AWAITING_APPROVAL = "awaiting_approval"
    APPROVED = "approved"
    SCHEDULED = "scheduled"
    PUBLISHING = "publishing"
    PUBLISHED = "published"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    FAILED = "failed"
    UNPUBLISHED = "unpublished"


PRE_PUBLISH = frozenset({State.CHECKING, State.BLOCKED, State.AWAITING_APPROVAL, State.APPROVED, State.SCHEDULED})
FINAL = frozenset({State.WITHDRAWN, State.UNPUBLISHED})  # a rejected draft is not: an edit resubmits it


class Transition(StrEnum):
    CHECKED_CLEAN = "checked_clean"
    CHECKED_BLOCKED = "checked_blocked"
    EDITED = "edited"
    APPROVED = "approved"
    APPROVAL_REVOKED = "approval_revoked"
    SCHEDULED = "scheduled"
    PUBLISHING = "publishing"
    PUBLISHED = "published"
    FAILED = "failed"
    RETRIED = "retried"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    UNPUBLISHED = "unpublished"
    REQUEUED = "requeued"
    RESCHEDULED = "rescheduled"


# transition -> (the states it may start from, the state it leads to)
TRANSITIONS: dict[Transition, tuple[frozenset[State], State]] = {
    Transition.CHECKED_CLEAN: (frozenset({State.CHECKING}), State.AWAITING_APPROVAL),
    Transition.CHECKED_BLOCKED: (frozenset({State.CHECKING}), State.BLOCKED),
    # approvals are cleared with it; a rejected draft that is edited is resubmitted
    Transition.EDITED: (PRE_PUBLISH | {State.FAILED, State.REJECTED}, State.CHECKING),
    Transition.APPROVED: (frozenset({State.AWAITING_APPROVAL}), State.APPROVED),
    Transition.APPROVAL_REVOKED: (frozenset({State.APPROVED, State.SCHEDULED}), State.AWAITING_APPROVAL),
    Transition.SCHEDULED: (frozenset({State.APPROVED}), State.SCHEDULED),
    # Only from approved or scheduled: of two workers racing here, exactly one wins.
    Transition.PUBLISHING: (frozenset({State.APPROVED, State.SCHEDULED}), State.PUBLISHING),
    Transition.PUBLISHED: (frozenset({State.PUBLISHING}), State.PUBLISHED),
    Transition.FAILED: (frozenset({State.PUBLISHING}), State.FAILED),
    Transition.RETRIED: (frozenset({State.FAILED}), State.APPROVED),
    Transition.REJECTED: (
        frozenset({State.BLOCKED, State.AWAITING_APPROVAL, State.APPROVED, State.SCHEDULED, State.FAILED}),
        State.REJECTED,
    ),
    Transition.WITHDRAWN: (PRE_PUBLISH | {State.FAILED}, State.WITHDRAWN),
    Transition.UNPUBLISHED: (frozenset({State.PUBLISHED}), State.UNPUBLISHED),  # an approver took it down
    # After a crash mid-publication, once the platform confirms the post is not there: try again.
    Transition.REQUEUED: (frozenset({State.PUBLISHING}), State.APPROVED),
    # An approver moves a scheduled post to another time: it stays approved, its words unchanged.
    Transition.RESCHEDULED: (frozenset({State.SCHEDULED}), State.SCHEDULED),
}


def allowed(transition: Transition, current: State) -> bool:
    return current in TRANSITIONS[transition][0]


def target(transition: Transition) -> State:
    return TRANSITIONS[transition][1]
