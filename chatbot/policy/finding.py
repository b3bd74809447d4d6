"""What a check reports: findings with a severity, and the verdict they add up to."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, Literal

from chatbot import messages
from chatbot.approval.draft import LeftOut

Span = tuple[int, int]
Verdict = Literal["pass", "warn", "block"]


class Severity(StrEnum):
    """How much a finding matters: block stops publication, warn asks for a human look, info records."""

    INFO = "info"
    WARN = "warn"
    BLOCK = "block"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def at_most(self, cap: Severity | None) -> Severity:
        return self if cap is None or self.rank <= cap.rank else cap


_RANK = {Severity.INFO: 0, Severity.WARN: 1, Severity.BLOCK: 2}


@dataclass(frozen=True, slots=True)
class Hit:
    """A rule's raw observation; the engine turns it into a Finding with the profile's severity and clause.

    `variant` names a kind of hit a profile may treat differently (e.g. "forename_alone"); `cap` is the most
    severe the rule itself thinks this hit can be (e.g. an ambiguous word is at most a warning).
    """

    message: str
    span: Span | None = None
    suggestion: str | None = None
    variant: str | None = None
    cap: Severity | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    severity: Severity
    message: str
    span: Span | None
    suggestion: str | None
    clause: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.message,
            "span": list(self.span) if self.span else None,
            "suggestion": self.suggestion,
            "clause": self.clause,
        }


@dataclass(frozen=True, slots=True)
class Report:
    """The outcome of checking one draft."""

    text: str
    findings: tuple[Finding, ...]
    weighted_length: int
    publish_at: datetime | None = None
    profile: str = "default"
    source: str = field(default="", repr=False)  # the text as written, which finding spans index
    images: int = 0  # photos attached
    pictured: int = 0  # pupils the author said are in them
    pictured_unanswered: bool = False  # faces found, and nobody has said who is pictured
    trip_hold: bool = False  # from a trip in progress, where the profile holds such posts until the group has left
    from_trip: bool = False  # the author said it is from a trip in progress (kept, so a re-check still knows)
    photos: tuple[tuple[str, str | None], ...] = ()  # what goes out with the text, in order: (name, description)
    left_out: tuple[LeftOut, ...] = ()  # attached files that will not be published
    networks: tuple[str, ...] = ()  # where it goes: "X", "Mastodon", "Bluesky"
    smaller_for: tuple[tuple[str, tuple[int, ...]], ...] = ()  # a network, and the photos it gets smaller copies of
    originals_shown: bool = False  # the author's originals are in the channel: the report says they stay there

    @property
    def verdict(self) -> Verdict:
        worst = max((f.severity.rank for f in self.findings), default=-1)
        return "block" if worst == Severity.BLOCK.rank else "warn" if worst == Severity.WARN.rank else "pass"

    @property
    def may_publish(self) -> bool:
        return self.verdict != "block"

    def outgoing(self) -> list[str]:
        """What will be published, where, with which photos in order; then each attached file that will not be."""
        lines = [messages.goes_out(self.networks, self.photos)]
        lines += [messages.smaller_copies(network, numbers) for network, numbers in self.smaller_for]
        if self.originals_shown and self.photos:
            lines.append(messages.ORIGINALS_STAY)
        if self.left_out:
            lines.append(messages.not_published([(file.name, file.reason) for file in self.left_out]))
        return lines

    def to_json(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "findings": [f.to_json() for f in self.findings],
            "publish_at": self.publish_at.isoformat() if self.publish_at else None,
            "weighted_length": self.weighted_length,
            "text": self.text,
        }
