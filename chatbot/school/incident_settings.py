"""app.yaml's `incidents` section: who each kind of incident reaches, and how soon it falls back."""

from __future__ import annotations

from pydantic import Field, field_validator

from chatbot.school.section import Section
from chatbot.school.weekly import parse_weekly


class IncidentsSection(Section):
    enabled: bool = True
    poll_minutes: int = Field(default=15, ge=1, le=24 * 60)  # how often to read the account's mentions
    channel: str | None = None  # where e-safety incidents go; default: slack.drafts_channel
    computing_lead: list[str] = Field(default_factory=list)  # Slack user IDs mentioned on e-safety incidents
    dsl: list[str] = Field(default_factory=list)  # the Designated Safeguarding Lead and deputies, privately
    headteacher: list[str] = Field(default_factory=list)  # allegations about staff go only here
    escalate_after_minutes: int = Field(default=120, ge=5)  # unacknowledged e-safety incidents go to the DSL
    deputy_dsl: list[str] = Field(default_factory=list)  # a safeguarding concern the DSL has not acknowledged
    chair_of_governors: list[str] = Field(default_factory=list)  # allegations about the headteacher go only here
    headteacher_name: str | None = None  # e.g. "Mrs Okafor": an allegation naming the head skips the head
    private_deadline_minutes: int = Field(default=60, ge=5)  # safeguarding, allegations and triage: then fallback
    # Each week the DSL confirms a few replies read as nothing: the only measure of misses in the field; 0: none
    weekly_check: int = Field(default=5, ge=0, le=50)
    weekly_check_at: str = "Mon 09:00"

    @field_validator("weekly_check_at")
    @classmethod
    def _weekly(cls, value: str) -> str:
        parse_weekly(value)
        return value
