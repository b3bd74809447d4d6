"""The incident classifier the mention poller uses (`chatbot classify`): one incoming post in, a kind or nothing.

Pure: the text and the policy context (for the roster and the offensive-word list). When several kinds apply
the most serious wins: allegation, then safeguarding, then e-safety.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from chatbot import messages
from chatbot.incidents import cues
from chatbot.policy.context import PolicyContext
from chatbot.policy.names import find_names
from chatbot.policy.profanity import find_profanity
from chatbot.policy.text import TextView

Kind = Literal["e-safety", "safeguarding", "allegation"]
KINDS: tuple[Kind, ...] = ("allegation", "safeguarding", "e-safety")  # most serious first
MAX_CHARS = 5_000  # a post is at most a few thousand characters; longer input is cut, not refused


@dataclass(frozen=True)
class Classification:
    kind: Kind
    reasons: tuple[str, ...]


def classify(text: str, ctx: PolicyContext) -> Classification | None:
    view = TextView(text[:MAX_CHARS])
    found: dict[Kind, list[str]] = {
        "allegation": _said(cues.ALLEGATION, view, messages.REASON_ALLEGATION),
        "safeguarding": _said(cues.SAFEGUARDING, view, messages.REASON_SAFEGUARDING),
        "e-safety": _e_safety(view, ctx),
    }
    kind = next((k for k in KINDS if found[k]), None)
    if kind is None:
        return None
    return Classification(kind, tuple(reason for k in KINDS for reason in found[k]))


def _said(pattern: re.Pattern[str], view: TextView, template: str) -> list[str]:
    """Matched in lower case, quoted as written (the normalised text keeps the lower-case text's offsets)."""
    return [template.format(said=view.norm[m.start() : m.end()].strip()) for m in pattern.finditer(view.lower)][:3]


def _e_safety(view: TextView, ctx: PolicyContext) -> list[str]:
    reasons = [messages.REASON_OFFENSIVE.format(said=view.norm[h.start : h.end])
               for h in find_profanity(view) if h.tier == "strong"][:2]  # fmt: skip
    reasons += _said(cues.THREATS, view, messages.REASON_THREAT)
    reasons += _said(cues.INSULT_NOUNS, view, messages.REASON_INSULT)
    reasons += _said(cues.INSULT_AIMED, view, messages.REASON_INSULT)
    reasons += _said(cues.UNDERMINING, view, messages.REASON_UNDERMINING)
    if len(ctx.roster):
        named = [m for m in find_names(ctx.names, view.words, view.norm, view.lower) if m.strength != "ambiguous"]
        reasons += [messages.REASON_PUPIL_NAMED] if named else []
    return reasons
