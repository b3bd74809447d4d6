"""An incident: its evidence (written once, never changed) and its state as people act on it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, Literal

from chatbot.incidents.kinds import Certainty, Kind

Source = Literal["mention", "staff"]
OPEN, ACKNOWLEDGED, ESCALATED, RESOLVED = "open", "acknowledged", "escalated", "resolved"


@dataclass(frozen=True)
class Evidence:
    """What happened, as it was when the incident was raised: kept as written, with its times."""

    kind: Kind
    source: Source
    content: str
    author: str  # the post's author (@handle and name), or who is involved for one raised by hand
    link: str | None
    occurred_at: datetime  # UTC
    raised_at: datetime  # UTC
    reasons: tuple[str, ...]
    reporter: str | None = None  # the member of staff who raised it by hand
    post_id: str | None = None  # the post on the platform (to hide a reply)
    network: str = "X"  # where it was said, for a mention
    route: Certainty = "auto"  # "triage": the classifier was unsure, so a person decides what it is
    confidence: float | None = None  # the classifier's, 0-1; None for one raised by hand
    about_head: bool = False  # an allegation that names the headteacher goes to the chair of governors
    decided_from: str | None = None  # the triage incident a person decided this from
    check: bool = False  # the weekly check: a reply read as nothing, shown to the DSL to confirm (no deadline)

    def to_record(self) -> dict[str, Any]:
        record = asdict(self)
        record.update(occurred_at=self.occurred_at.isoformat(), raised_at=self.raised_at.isoformat())
        record["reasons"] = list(self.reasons)
        return record

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Evidence:
        times = {k: datetime.fromisoformat(record[k]) for k in ("occurred_at", "raised_at")}
        return cls(**{**record, **times, "reasons": tuple(record["reasons"])})


@dataclass(frozen=True)
class Step:
    action: str  # raised, acknowledged, escalated, hidden, referred, resolved
    by: str
    at: datetime
    note: str = ""


@dataclass(frozen=True)
class Incident:
    id: str
    evidence: Evidence
    state: str = OPEN
    steps: tuple[Step, ...] = field(default_factory=tuple)
    has_snapshot: bool = False

    def did(self, action: str) -> Step | None:
        """The latest step of this kind, if any."""
        return next((s for s in reversed(self.steps) if s.action == action), None)
