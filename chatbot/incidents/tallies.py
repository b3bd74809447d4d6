"""How many replies to the account were read, raised and sent to a person to decide, over a span of days."""

from __future__ import annotations

from datetime import datetime, timedelta

from chatbot.store.incidents import IncidentStore

NAMES = ("read", "raised", "triaged", "sampled", "check_confirmed", "check_missed")


def replies_since(store: IncidentStore, since: datetime, now: datetime) -> dict[str, int]:
    """The day counts the mention poller keeps, summed from `since`'s day to `now`'s (each name, 0 if none)."""
    days = [(since + timedelta(days=n)).strftime("%Y-%m-%d") for n in range((now.date() - since.date()).days + 1)]
    counted = store.tallies(days)
    return {name: counted.get(name, 0) for name in NAMES}
