"""Builds policy contexts and drafts for tests, with a small roster full of the traps the rules must survive."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from chatbot.approval.draft import Draft, ImageAttachment
from chatbot.policy import check
from chatbot.policy.context import PolicyContext, build_context
from chatbot.policy.finding import Finding, Report
from chatbot.school.roster import parse_roster
from chatbot.school.roster_file import RosterFile
from chatbot.school.settings import Settings

LONDON = ZoneInfo("Europe/London")
SCHOOL_HOURS = datetime(2026, 11, 23, 10, 0, tzinfo=LONDON)  # a Monday morning in term

ROSTER_CSV = """Forename,Surname,Preferred name,Year,Photo consent,Consent expires
Joshua,Patel,Josh,3,yes,2027-07-31
Amelia,Nowak,,3,no,
Noah,Okafor,,5,yes,2026-07-31
Summer,Jones,,2,yes,2027-07-31
Hope,Taylor,,6,yes,2027-07-31
Will,Ashworth,,4,yes,2027-07-31
Grace,O'Brien,,1,yes,2027-07-31
Mary-Jane,Whitfield,,6,yes,
Jack,Smith,,5,yes,2027-07-31
Lily,Evans,,2,yes,2027-07-31
"""


@lru_cache(maxsize=64)
def _context(key: str) -> PolicyContext:
    profile, policy, posting = json.loads(key)
    settings = Settings(policy={"profile": profile, **policy}, posting=posting)
    return replace(build_context(settings), rosters=RosterFile(roster=parse_roster(ROSTER_CSV)))


def context(profile: str = "default", posting: dict[str, Any] | None = None, **policy: Any) -> PolicyContext:
    """A context for the test roster; cached, because building one loads the dictionary and the roster index."""
    return _context(json.dumps([profile, policy, posting or {}], sort_keys=True))


def draft(text: str, at: datetime = SCHOOL_HOURS, images: int = 0, **extra: Any) -> Draft:
    attached = tuple(ImageAttachment(name=f"photo{i}.jpg", path=Path(f"photo{i}.jpg")) for i in range(images))
    return Draft(text=text, submitted_at=at, images=attached, **extra)


def report(text: str, profile: str = "default", at: datetime = SCHOOL_HOURS, images: int = 0, **extra: Any) -> Report:
    return check(draft(text, at=at, images=images), context(profile, **extra))


def findings(text: str, rule: str, profile: str = "default", **kwargs: Any) -> list[Finding]:
    return [f for f in report(text, profile, **kwargs).findings if f.rule == rule]


def flagged(text: str, rule: str, profile: str = "default", **kwargs: Any) -> bool:
    """A warning or a block; an info finding only explains (e.g. how a roster name was read)."""
    return any(f.severity != "info" for f in findings(text, rule, profile, **kwargs))


def spans(text: str, rule: str, profile: str = "default", **kwargs: Any) -> list[str]:
    """The pieces of the original text that a rule's findings point at."""
    return [text[f.span[0] : f.span[1]] for f in findings(text, rule, profile, **kwargs) if f.span]
