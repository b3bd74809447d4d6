"""The incident classifier the mention poller uses (`chatbot classify`): one incoming post in, a verdict out.

A learned reading (the shipped model and head) decides, recall first, in three bands: a confident concern is
routed by kind, an uncertain one goes to a person to decide (triage), and only a confident "nothing" is let
be. The wording cues are high-precision signals on top, and the reasons a person is shown. When several kinds
apply the most serious wins: allegation, then safeguarding, then e-safety.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chatbot import messages
from chatbot.incidents import cues
from chatbot.incidents.head import Bands
from chatbot.incidents.kinds import KINDS, Certainty, Kind
from chatbot.incidents.reader import Reader
from chatbot.policy.context import PolicyContext
from chatbot.policy.names import find_names
from chatbot.policy.profanity import find_profanity
from chatbot.policy.rules.personal_data import ADDRESS_RE, PHONE_RE, POSTCODE_RE
from chatbot.policy.text import TextView

MAX_CHARS = 5_000  # a post is at most a few thousand characters; longer input is cut, not refused
PRIVATE: tuple[Kind, ...] = ("allegation", "safeguarding")
KIND_WORDS = {"e-safety": "e-safety", "safeguarding": "a safeguarding concern", "allegation": "an allegation"}


@dataclass(frozen=True)
class Classification:
    kind: Kind  # for triage: the best guess
    reasons: tuple[str, ...]
    confidence: float = 1.0  # 0-1: how likely the kind (auto), or that it is any concern (triage)
    route: Certainty = "auto"


def classify(text: str, ctx: PolicyContext, reader: Reader) -> Classification | None:
    """None only when the reply is confidently nothing to escalate."""
    view = TextView(text[:MAX_CHARS])
    said, details = _cues(view, ctx), _details(view, ctx)
    cue = next((k for k in KINDS if said[k]), None)
    chances = reader.read(view.norm)
    if cue is None and details and sum(chances[k] for k in PRIVATE) < reader.head.bands.private:
        cue = "e-safety"  # a child's details, and nothing private in sight: hidden from the public account
    reasons = tuple(reason for k in KINDS for reason in said[k]) + details
    return decide(cue, chances, reasons, reader.head.bands)


def decide(cue: Kind | None, chances: dict[str, float], reasons: tuple[str, ...],
           bands: Bands) -> Classification | None:  # fmt: skip
    concern = 1.0 - chances["none"]
    private = sum(chances[k] for k in PRIVATE)
    likeliest: Kind = max(KINDS, key=lambda k: chances[k])
    if cue in PRIVATE:  # the words say so: no model doubt sends a disclosure anywhere but its route
        return Classification(cue, reasons, max(chances[cue], concern))
    if cue == "e-safety" or (chances[likeliest] >= bands.auto and likeliest == "e-safety"):
        # it may be a child at risk: never shown in the shared channel on a guess (abuse in words the cues
        # know is doubted only when the model finds a private kind likelier than e-safety)
        doubt = max(bands.private, chances["e-safety"]) if cue == "e-safety" else bands.private
        if private >= doubt:
            return _unsure("e-safety", concern, reasons)
        return Classification("e-safety", reasons or _read_as("e-safety", chances), max(chances["e-safety"], concern))
    if chances[likeliest] >= bands.auto:
        return Classification(likeliest, reasons or _read_as(likeliest, chances), chances[likeliest])
    if concern >= bands.triage:
        return _unsure(likeliest, concern, reasons)
    return None


def _unsure(guess: Kind, concern: float, reasons: tuple[str, ...]) -> Classification:
    said = messages.REASON_UNSURE.format(confidence=concern, guess=KIND_WORDS[guess])
    return Classification(guess, (said, *reasons), concern, "triage")


def _read_as(kind: Kind, chances: dict[str, float]) -> tuple[str, ...]:
    return (messages.REASON_READ_AS.format(kind=KIND_WORDS[kind], confidence=chances[kind]),)


def _cues(view: TextView, ctx: PolicyContext) -> dict[Kind, list[str]]:
    return {
        "allegation": _said(cues.ALLEGATION, view, messages.REASON_ALLEGATION),
        "safeguarding": _said(cues.SAFEGUARDING, view, messages.REASON_SAFEGUARDING),
        "e-safety": _e_safety(view, ctx),
    }


def _said(pattern: re.Pattern[str], view: TextView, template: str) -> list[str]:
    """Matched in lower case, quoted as written (the normalised text keeps the lower-case text's offsets)."""
    return [template.format(said=view.norm[m.start() : m.end()].strip()) for m in pattern.finditer(view.lower)][:3]


# Hurtful words said TO a child, reported ("his teacher told him he was a waste of space", "a dad … slap her"):
# abuse of a child to be read by the model for its private route, never an e-safety cue for the shared channel
_SAID_TO_A_CHILD = re.compile(
    r"\b(call(s|ed|ing)?|told|tells|said|says|scream\w*( at)?|shout\w*( at)?|slap\w*|drag\w*)\b[^.!?]{0,30}\b(him|her|"
    r"my (son|daughter|child|boy|girl|mum|dad)|(his|her) (little )?(boy|girl|son|daughter)|the (boy|girl|child|kid))\b"
)


def _e_safety(view: TextView, ctx: PolicyContext) -> list[str]:
    if _SAID_TO_A_CHILD.search(view.lower):
        return []
    reasons = [messages.REASON_OFFENSIVE.format(said=view.norm[h.start : h.end])
               for h in find_profanity(view) if h.tier == "strong"][:2]  # fmt: skip
    reasons += _said(cues.THREATS, view, messages.REASON_THREAT)
    reasons += _said(cues.INSULT_NOUNS, view, messages.REASON_INSULT)
    reasons += _said(cues.INSULT_AIMED, view, messages.REASON_INSULT)
    reasons += _said(cues.UNDERMINING, view, messages.REASON_UNDERMINING)
    reasons += _said(cues.SEXUAL_REMARK, view, messages.REASON_SEXUAL_REMARK)
    return reasons


def _details(view: TextView, ctx: PolicyContext) -> tuple[str, ...]:
    """A child's details in the reply: e-safety only when the model sees nothing private. A disclosure often carries
    a name and a number to ring back ("my ex has taken Lily … 07700 900412"): the details must not send it to the
    shared channel; the model reads it for its private route."""
    named = len(ctx.roster) > 0 and any(
        m.strength != "ambiguous" for m in find_names(ctx.names, view.words, view.norm, view.lower)
    )
    return ((messages.REASON_PUPIL_NAMED,) if named else ()) + (
        (messages.REASON_CHILD_DETAILS,) if _child_details(view.norm) else ()
    )


# Anyone's child, roster or not: "Jacob Whitfield in 5B", "Isla Graham from Year 2", an address or a phone number
_CHILD_IN_CLASS = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z'-]+)+\b[^.!?]{0,20}\b(?:in|from) (?:[Yy]ear|[Yy]r|Y) ?\d|"
                             r"\b[A-Z][a-z]+ [A-Z][a-z'-]+ in \d[A-Z]\b")  # fmt: skip


def _child_details(norm: str) -> bool:
    return bool(ADDRESS_RE.search(norm) or POSTCODE_RE.search(norm) or PHONE_RE.search(norm)
                or _CHILD_IN_CLASS.search(norm))  # fmt: skip


def cue_kind(text: str, ctx: PolicyContext) -> Kind | None:
    """The most serious kind the wording alone says, if any (for training and measuring with the same cues)."""
    said = _cues(TextView(text[:MAX_CHARS]), ctx)
    return next((k for k in KINDS if said[k]), None)
