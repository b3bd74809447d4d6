"""Follower flags: for each concern, profiles that must be flagged beside near-misses that must not."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from chatbot.followers.account import Account
from chatbot.followers.flags import Concern, FlagRules, follower_flags

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)
RULES = FlagRules(new_account_days=30, local_words=("Oakfield",))


def account(bio: str = "Mum of two, PTA volunteer.", name: str = "Sam", **changes: object) -> Account:
    fields: dict[str, object] = {"created_at": NOW - timedelta(days=900), "has_picture": True, **changes}
    return Account("1", "someone", name, bio, **fields)  # type: ignore[arg-type]


def codes(acc: Account) -> set[str]:
    return {flag.code for flag in follower_flags(acc, NOW, RULES)}


@pytest.mark.parametrize(
    ("flagged", "clean"),
    [
        ("year 5 🦄 i love roblox", "Year 5 teacher at a Wiltshire primary"),
        ("Yr6 footy mad", "Dad of a Yr6 footballer"),
        ("i'm 10 and love horses", "I'm 40 and love horses; parent governor"),
        ("age 9 | gamer", "Aged 19, studying to teach"),
        ("11 years old, love art", "11 years teaching art"),
        ("love my school!!", "Headteacher: I love my school"),
    ],
)
def test_a_childs_account_is_flagged_and_an_adult_naming_a_year_group_is_not(flagged: str, clean: str) -> None:
    found = follower_flags(account(flagged), NOW, RULES)
    assert [f.code for f in found if f.concern is Concern.HIGH] == ["child"]
    assert "child" not in codes(account(clean))


@pytest.mark.parametrize(
    ("flagged", "clean"),
    [
        ("NSFW content, 18+ only", "Parent of 3, U18 football coach"),
        ("link in bio 🔞 onlyfans", "Local fans of Oakfield Town FC"),
        ("sugar daddy wanted", "Proud dad, school governor"),
    ],
)
def test_adult_content_is_flagged_and_ordinary_words_are_not(flagged: str, clean: str) -> None:
    assert "adult-content" in codes(account(flagged))
    assert "adult-content" not in codes(account(clean))


def test_a_new_account_is_flagged_until_it_is_a_month_old() -> None:
    assert "new-account" in codes(account(created_at=NOW - timedelta(days=29)))
    assert "new-account" not in codes(account(created_at=NOW - timedelta(days=30)))
    assert "new-account" not in codes(account(created_at=None))  # X did not say: no guess


def test_no_bio_and_no_picture_are_flagged_separately() -> None:
    assert codes(account("", has_picture=False)) == {"no-bio", "no-picture"}
    assert codes(account()) == set()


@pytest.mark.parametrize(
    ("flagged", "clean"),
    [
        ("100x crypto signals every day 🚀", "Reading, books and the school run"),
        ("Gaming. Memes. Vibes.", "Oakfield born and bred"),  # a local place from followers.local_words
        ("Fashion deals daily", "Year 4 teaching assistant"),
    ],
)
def test_a_profile_with_nothing_about_education_parents_or_the_area_is_flagged(flagged: str, clean: str) -> None:
    found = follower_flags(account(flagged), NOW, RULES)
    assert [(f.code, f.concern) for f in found] == [("off-topic", Concern.LOW)]
    assert codes(account(clean)) == set()


def test_the_message_quotes_what_the_profile_said() -> None:
    flag = next(f for f in follower_flags(account("yr 4 at st marys"), NOW, RULES) if f.code == "child")
    assert "“yr 4”" in flag.message and "13" in flag.message
