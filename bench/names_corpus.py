"""The labelled names corpus (tests/data/names/): ordinary posts blocked and required blocks missed, per profile."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from chatbot.approval.draft import Draft, ImageAttachment
from chatbot.images import ImageInspection
from chatbot.policy import check
from chatbot.policy.context import PolicyContext, build_context
from chatbot.policy.finding import Report
from chatbot.school.roster import load_roster
from chatbot.school.roster_file import RosterFile
from chatbot.school.settings import Settings

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "names"
SCHOOL = "Dilton Marsh CofE Primary School"
PROFILES = ("default", "dilton-marsh", "dimple-well", "mickle-trafford", "parsloes", "use-of-twitter-2018")
MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Europe/London"))  # inside every posting window
VARIANTS = {"forename": "forename_alone"}


@dataclass
class Outcome:
    """One profile's figures over one set of posts."""

    profile: str
    ordinary: int = 0
    ordinary_blocked: list[str] = field(default_factory=list)
    required: int = 0
    missed: list[str] = field(default_factory=list)
    by_category: Counter[str] = field(default_factory=Counter)

    @property
    def blocked_share(self) -> float:
        return len(self.ordinary_blocked) / self.ordinary if self.ordinary else 0.0

    @property
    def missed_share(self) -> float:
        return len(self.missed) / self.required if self.required else 0.0


def posts(name: str, corpus: Path = CORPUS) -> list[dict[str, object]]:
    with (corpus / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@cache
def context(profile: str, corpus: Path = CORPUS) -> PolicyContext:
    settings = Settings(school={"name": SCHOOL}, policy={"profile": profile})
    return replace(build_context(settings), rosters=RosterFile(roster=load_roster(corpus / "roster.csv")))


def draft(post: dict[str, object]) -> Draft:
    faces = int(post.get("photo_faces", 0))  # type: ignore[call-overload]
    images: tuple[ImageAttachment, ...] = ()
    if faces:
        seen = ImageInspection(
            "photo.jpg", width=4000, height=3000, faces=faces, sanitised=b"", sanitised_type="image/jpeg"
        )
        images = (ImageAttachment("photo.jpg", alt_text="A group of children at school", inspection=seen),)
    return Draft(str(post["text"]), MONDAY, images)


def must_block(post: dict[str, object], ctx: PolicyContext) -> bool:
    """Whether the profile's own severities make any expected finding a block for this post."""
    has_image = bool(post.get("photo_faces"))
    for expected in post.get("expect", ()):  # type: ignore[attr-defined]
        if expected["rule"] == "live-location" and ctx.profile.trip_hold:
            return True  # held until the group has left (trip mode): stopped as surely as a block
        config = ctx.rules.get(expected["rule"])
        severity = config.severity_for(VARIANTS.get(expected.get("kind", "")), has_image) if config else None
        if severity is not None and severity.value == "block":
            return True
    return False


def stopped(report: Report) -> bool:
    """Not published as it is: blocked, or held for a trip in progress until the trip lead says the group left."""
    return report.verdict == "block" or report.trip_hold


def evaluate(profile: str, corpus: Path = CORPUS, prefix: str = "") -> Outcome:
    ctx, outcome = context(profile, corpus), Outcome(profile)
    for post in posts(f"{prefix}ordinary.jsonl", corpus):
        outcome.ordinary += 1
        if check(draft(post), ctx).verdict == "block":
            outcome.ordinary_blocked.append(str(post["id"]))
            outcome.by_category[f"blocked:{post['category']}"] += 1
    for post in posts(f"{prefix}must_block.jsonl", corpus):
        if must_block(post, ctx):
            outcome.required += 1
            if not stopped(check(draft(post), ctx)):
                outcome.missed.append(str(post["id"]))
                outcome.by_category[f"missed:{post['category']}"] += 1
    return outcome


def report_for(post_id: str, profile: str, corpus: Path = CORPUS, prefix: str = "") -> Report:
    """The engine's report on one post of the corpus (for reading why it was blocked or missed)."""
    for name in (f"{prefix}ordinary.jsonl", f"{prefix}must_block.jsonl"):
        for post in posts(name, corpus):
            if post["id"] == post_id:
                return check(draft(post), context(profile, corpus))
    raise KeyError(post_id)
