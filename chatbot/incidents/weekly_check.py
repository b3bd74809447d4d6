"""The DSL's weekly check: a few replies read as nothing last week, shown privately to confirm or correct; the
only way to measure, in the field, what the classifier misses."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from chatbot import messages
from chatbot.incidents.desk import IncidentDesk
from chatbot.incidents.model import Evidence
from chatbot.school.weekly import latest

WEEK = timedelta(days=7)


class WeeklyCheck:
    def __init__(self, desk: IncidentDesk, size: int, spec: str, zone: ZoneInfo, pick: random.Random | None = None):
        self._desk, self._size, self._spec, self._zone = desk, size, spec, zone
        self._pick = pick or random.SystemRandom()  # which replies are shown is nobody's choice

    def send_if_due(self, now: datetime) -> int:
        """Once per week, after its time: up to `size` of last week's unraised replies, as triage cards for the
        DSL (their choice routes it, and teaches the classifier). Returns how many were sent."""
        moment = latest(self._spec, now, self._zone)
        if self._size <= 0 or not self._desk.store.due_every(f"weekly-check:{moment:%Y-%m-%d}", 8 * 86_400):
            return 0
        replies = self._desk.store.unraised(moment - WEEK)
        chosen = self._pick.sample(replies, min(self._size, len(replies)))
        for reply in chosen:
            self._desk.raise_incident(self._evidence(reply, now))
        self._desk.store.tally({"sampled": len(chosen)}, now)
        return len(chosen)

    def _evidence(self, reply: dict[str, str], now: datetime) -> Evidence:
        network = reply.get("network", "X")
        return Evidence("safeguarding", "mention", reply["text"], reply["author"], reply.get("link") or None,
                        datetime.fromisoformat(reply["at"]), now, (messages.WEEKLY_CHECK_REASON,),
                        post_id=f"check:{network.lower()}:{reply['id']}", network=network, route="triage",
                        check=True)  # fmt: skip
