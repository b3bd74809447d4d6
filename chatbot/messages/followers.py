"""What the follower alerts and the weekly review say."""

from __future__ import annotations

# follower alerts (the channel, and the weekly review for senior leaders)
FOLLOWER_NO_BIO = "No bio: nothing says who this is."
FOLLOWER_NO_PICTURE = "No profile picture."
FOLLOWER_OFF_TOPIC = "Nothing in the profile is about education, parents or the local area."


def follower_child(said: str) -> str:
    return f"May be a child's account: the profile says “{said}” (X's minimum age is 13)."


def follower_adult(said: str) -> str:
    return f"Adult content: the profile says “{said}”."


def follower_new(days: int) -> str:
    if days == 0:
        return "A brand-new account (made today)."
    return f"A new account (made {days} day{'s' * (days != 1)} ago)."


def followers_recorded(count: int, platform: str) -> str:
    return (
        f"Follower alerts are on. I recorded the {count:,} accounts that already follow the school on {platform}; "
        "from now on each new follower gets an alert here."
    )


ONLY_APPROVERS_DECIDE_FOLLOWERS = "Only the school's approvers can decide about followers."
FOLLOWER_UNKNOWN = "I have no alert for that follower, so nothing was recorded."
FOLLOWER_ALREADY_DECIDED = "That decision was already recorded."


def follower_action_failed(error: str) -> str:
    return f"Nothing was recorded: {error}. Press the button again in a few minutes."
