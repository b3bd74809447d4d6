"""The kinds of incident, most serious first: an allegation, then a safeguarding concern, then e-safety."""

from __future__ import annotations

from typing import Literal

Kind = Literal["e-safety", "safeguarding", "allegation"]
KINDS: tuple[Kind, ...] = ("allegation", "safeguarding", "e-safety")  # most serious first
Certainty = Literal["auto", "triage"]  # confident: routed by kind; uncertain: a person decides what it is
# what a person deciding an uncertain reply may choose: nothing, or a kind
CHOICES: dict[str, Kind | None] = {"none": None, "e-safety": "e-safety", "safeguarding": "safeguarding",
                                   "allegation": "allegation"}  # fmt: skip
