"""The draft state machine, every (transition, state) pair."""

from __future__ import annotations

import pytest

from chatbot.approval.states import FINAL, PRE_PUBLISH, TRANSITIONS, State, Transition, allowed, target


@pytest.mark.parametrize("transition", list(Transition))
@pytest.mark.parametrize("state", list(State))
def test_every_pair_is_either_allowed_or_refused_by_the_table(transition: Transition, state: State) -> None:
    assert allowed(transition, state) is (state in TRANSITIONS[transition][0])


def test_final_states_are_final() -> None:
    for state in FINAL:
        assert not any(allowed(t, state) for t in Transition), state


def test_a_rejected_draft_leaves_rejection_only_by_an_edit() -> None:
    assert [t for t in Transition if allowed(t, State.REJECTED)] == [Transition.EDITED]


def test_an_edit_returns_every_pre_publish_state_to_checking() -> None:
    for state in PRE_PUBLISH:
        assert allowed(Transition.EDITED, state)
    assert target(Transition.EDITED) == State.CHECKING
    assert not allowed(Transition.EDITED, State.PUBLISHING)


def test_publishing_only_follows_approval() -> None:
    sources, destination = TRANSITIONS[Transition.PUBLISHING]
    assert sources == {State.APPROVED, State.SCHEDULED} and destination == State.PUBLISHING
