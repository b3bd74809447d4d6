"""What looks wrong about a follower: pure checks of the public profile, time passed in, never read."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from chatbot import messages
from chatbot.followers.account import Account

MINIMUM_AGE = 13  # X's terms: nobody younger may hold an account


class Concern(Enum):
    HIGH = "high"  # a child's account, or adult content: decide today
    LOW = "low"  # worth a look at the weekly review


@dataclass(frozen=True)
class Flag:
    code: str
    concern: Concern
    message: str


@dataclass(frozen=True)
class FlagRules:
    new_account_days: int = 30
    local_words: tuple[str, ...] = ()


_ADULT_ROLE = re.compile(r"\b(teach\w*|ta|hlta|staff|senco|head\w*|parent|mum|mom|dad|governor|grand\w+)\b")
_YEAR_GROUP = re.compile(r"\b(?:year|yr|y)\s?([1-8])\b")
_STATED_AGE = re.compile(r"\b(?:age[d]?|i'?m|i am)\s?(\d{1,2})\b|\b(\d{1,2})\s?(?:yo|y/o|yrs? old|years? old)\b")
_MY_SCHOOL = re.compile(r"\b(?:my|our) (?:primary |junior )?school\b|\bprimary school (?:pupil|student|kid)\b")
_ADULT = re.compile(
    r"\b(nsfw|onlyfans|fansly|xxx|porn\w*|escort\w*|nudes?|hookups?|sugar ?daddy|lewd|camgirl|adult content)\b"
    r"|18\+|🔞"
)
_SCHOOL_FOCUSED = re.compile(
    r"\b(school|schools|teach\w*|educat\w*|edu|pta|pto|governors?|head\w*|senco|classroom|learning|pupils?|"
    r"students?|academy|trust|nursery|parent\w*|mums?|moms?|dads?|grand\w+|families|family|council|library|"
    r"librar\w+|club|sports?|coach\w*|charity|community|local|museum|author|illustrator|science|maths?|"
    r"reading|books?|church|scouts?|brownies|guides|police|nhs|news|radio|paper)\b"
)


def follower_flags(account: Account, now: datetime, rules: FlagRules) -> tuple[Flag, ...]:
    text = " ".join((account.name, account.bio, account.location)).lower()
    found = [
        _child(text),
        _adult(text),
        _new(account, now, rules.new_account_days),
        Flag("no-bio", Concern.LOW, messages.FOLLOWER_NO_BIO) if not account.bio.strip() else None,
        None if account.has_picture else Flag("no-picture", Concern.LOW, messages.FOLLOWER_NO_PICTURE),
        _off_topic(account, text, rules.local_words),
    ]
    return tuple(flag for flag in found if flag is not None)


def _child(text: str) -> Flag | None:
    if _ADULT_ROLE.search(text):  # "Year 5 teacher", "mum of a Year 2": an adult who names a year group
        return None
    cue = _said(_YEAR_GROUP, text) or _said(_MY_SCHOOL, text) or _young_age(text)
    return Flag("child", Concern.HIGH, messages.follower_child(cue)) if cue else None


def _said(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    return match.group(0) if match else None


def _young_age(text: str) -> str | None:
    for match in _STATED_AGE.finditer(text):
        age = int(match.group(1) or match.group(2))
        if 4 <= age < MINIMUM_AGE:
            return match.group(0)
    return None


def _adult(text: str) -> Flag | None:
    said = _said(_ADULT, text)
    return Flag("adult-content", Concern.HIGH, messages.follower_adult(said)) if said else None


def _new(account: Account, now: datetime, days: int) -> Flag | None:
    if account.created_at is None or now - account.created_at >= timedelta(days=days):
        return None
    age = max(0, (now - account.created_at).days)
    return Flag("new-account", Concern.LOW, messages.follower_new(age))


def _off_topic(account: Account, text: str, local_words: tuple[str, ...]) -> Flag | None:
    if not account.bio.strip() or _SCHOOL_FOCUSED.search(text):
        return None
    if any(re.search(rf"\b{re.escape(word.lower())}\b", text) for word in local_words if word.strip()):
        return None
    return Flag("off-topic", Concern.LOW, messages.FOLLOWER_OFF_TOPIC)
