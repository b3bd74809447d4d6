"""The practice team: a teacher who writes, an approver, the DSL and the headteacher, each one press away."""

from __future__ import annotations

from dataclasses import dataclass

from chatbot.school.settings import Settings


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    role: str
    approver: bool = False


TEAM = (
    Person("amara", "Amara Osei", "class teacher, writes posts"),
    Person("ben", "Ben Hughes", "deputy head, approves posts", approver=True),
    Person("priya", "Priya Shah", "Designated Safeguarding Lead"),
    Person("helen", "Helen Wright", "headteacher, approves posts", approver=True),
)
BY_ID = {person.id: person for person in TEAM}
BOT = "countersign"


def person(user: str | None) -> Person:
    """The person someone says they are; anyone else is the teacher (the page's first choice)."""
    return BY_ID.get(user or "", TEAM[0])


def name_of(user: str) -> str:
    return "Countersign" if user == BOT else BY_ID[user].name if user in BY_ID else "a colleague"


class TeamApprovers:
    """Implements chatbot.approval.ports.Approvers: the deputy head and the headteacher."""

    def may_approve(self, user: str) -> bool:
        return user in BY_ID and BY_ID[user].approver


def practice_settings(settings: Settings) -> Settings:
    """The school's settings with the team in the roles: the DSL gets safeguarding concerns, the head allegations,
    the deputy e-safety incidents; alerts go to the practice channel."""
    incidents = settings.incidents.model_copy(update={
        "enabled": True, "dsl": ["priya"], "headteacher": ["helen"], "computing_lead": ["ben"], "channel": None,
        "deputy_dsl": [], "chair_of_governors": [], "headteacher_name": "Mrs Wright"})  # fmt: skip
    followers = settings.followers.model_copy(update={"enabled": True})
    return settings.model_copy(update={"incidents": incidents, "followers": followers})
