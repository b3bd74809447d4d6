"""A redelivery of an event still being handled is refused; once the first is done, it is let through."""

from __future__ import annotations

from handlers.slack.redelivery import InFlight


def test_a_second_delivery_while_the_first_runs_is_refused_and_let_through_after() -> None:
    in_flight, body = InFlight(), {"event_id": "Ev1"}
    with in_flight.claim(body) as first:
        with in_flight.claim(body) as second:
            assert first and not second
        with in_flight.claim({"event_id": "Ev2"}) as other:
            assert other  # another event is not held up
    with in_flight.claim(body) as later:
        assert later


def test_payloads_without_an_event_id_are_never_refused() -> None:
    in_flight = InFlight()
    with in_flight.claim({"type": "block_actions"}) as first, in_flight.claim({"type": "block_actions"}) as second:
        assert first and second
