"""Typed settings: app.yaml for everything that is not a secret, the environment for secrets and overrides."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from chatbot.rule_ids import RULE_IDS
from chatbot.school.bank_holidays import Region
from chatbot.school.incident_settings import IncidentsSection
from chatbot.school.money import DEFAULT_RATES, Currency, Money
from chatbot.school.posting_windows import parse_window
from chatbot.school.section import Section
from chatbot.school.weekly import parse_weekly

SeverityName = Literal["block", "warn", "info", "off"]


class SchoolSection(Section):
    name: str = "Example Primary"
    timezone: str = "Europe/London"
    currency: Currency = "GBP"  # what spend is shown in; the networks price in US dollars
    dollar_rate: float | None = Field(default=None, gt=0, le=1000)  # units of `currency` per US dollar

    def money(self) -> Money:
        return Money(self.currency, self.dollar_rate or DEFAULT_RATES[self.currency])

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"{value!r} is not a time zone name such as 'Europe/London'") from None
        return value


class RuleOverride(Section):
    severity: SeverityName | None = None
    with_image: SeverityName | None = None
    variants: dict[str, SeverityName] = Field(default_factory=dict)


class PolicySection(Section):
    profile: str = "default"
    roster: Path | None = None
    consent_refresh: date | None = None  # photo consent is sought again each year from this date (1 September)
    allowed_mentions: list[str] = Field(default_factory=list)
    allowed_domains: list[str] = Field(default_factory=list)
    school_contacts: list[str] = Field(default_factory=list)
    school_words: list[str] = Field(default_factory=list)
    rules: dict[str, RuleOverride] = Field(default_factory=dict)

    @field_validator("rules", mode="before")
    @classmethod
    def _known_rules(cls, value: Any) -> Any:
        if isinstance(value, dict):
            unknown = sorted(set(value) - set(RULE_IDS))
            if unknown:
                raise ValueError(f"unknown rule id {unknown[0]!r} (known: {', '.join(RULE_IDS)})")
            return {k: {"severity": v} if isinstance(v, str) else v for k, v in value.items()}
        return value


class PostingSection(Section):
    windows: list[str] | None = None
    bank_holidays: Region = "england-and-wales"

    @field_validator("windows")
    @classmethod
    def _parseable(cls, value: list[str] | None) -> list[str] | None:
        for spec in value or []:
            parse_window(spec)
        return value


class ApproversSection(Section):
    users: list[str] = Field(default_factory=list)
    usergroup: str | None = None
    channel: str | None = None


class SlackSection(Section):
    drafts_channel: str | None = None
    approvers: ApproversSection = ApproversSection()
    approvals_required: int = Field(default=1, ge=1, le=5)
    remind_after_minutes: int | None = Field(default=60, ge=5, le=7 * 24 * 60)  # null: approvers are not reminded
    drafters: ApproversSection | None = None  # who may draft (with the approvers); null: the channel's members
    approver_groups: dict[str, ApproversSection] = Field(default_factory=dict)  # e.g. senior_leaders, headteacher
    approval_rules: dict[Literal["photos_of_children", "exceptions"], str] = Field(default_factory=dict)  # → group

    @model_validator(mode="after")
    def _groups_named(self) -> SlackSection:
        if unknown := sorted(set(self.approval_rules.values()) - set(self.approver_groups)):
            raise ValueError(f"approval_rules names {unknown[0]!r}, which is not among slack.approver_groups")
        return self

    approve_emoji: str = "white_check_mark"
    reject_emoji: str = "x"
    unpublish_emoji: str = "wastebasket"


class FollowersSection(Section):
    enabled: bool = True
    poll_minutes: int = Field(default=60, ge=5, le=24 * 60)
    digest: str | None = "Mon 08:30"  # the weekly review for senior leaders; null: no digest
    digest_channel: str | None = None  # default: slack.drafts_channel
    new_account_days: int = Field(default=30, ge=0)
    local_words: list[str] = Field(default_factory=list)  # the area's places: a follower naming one is local
    track_unfollows: bool = True  # reads the whole follower list once a week, before the digest

    @field_validator("digest")
    @classmethod
    def _weekly(cls, value: str | None) -> str | None:
        if value is not None:
            parse_weekly(value)
        return value


Network = Literal["x", "mastodon", "bluesky"]


def _x_only() -> list[Network]:
    return ["x"]


class PublishingSection(Section):
    targets: list[Network] = Field(default_factory=_x_only, min_length=1)
    mastodon_characters: int = Field(default=500, ge=100, le=100_000)  # the school's server may allow more

    @field_validator("targets")
    @classmethod
    def _once_each(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError("each network may be listed once")
        return value


class RemindersSection(Section):
    term_starts: list[date] = Field(default_factory=list)  # change the account's password each term
    policy_review: date | None = None  # the yearly review of the social media policy, from this date on
    follower_review: bool = True  # a weekly reminder at followers.digest's time
    time: str = "08:30"  # when dated reminders fall due, school time

    @field_validator("time")
    @classmethod
    def _clock(cls, value: str) -> str:
        parse_weekly(f"Mon {value}")
        return value


class ReportsSection(Section):
    channel: str | None = None  # where the governors' report is posted each term; None: to the approvers


class RetentionSection(Section):
    days: int = Field(default=30, ge=1, le=3650)  # a settled draft's words and photos are deleted after this
    published_days: int = Field(default=480, ge=1, le=3650)  # what was published: the school year and a term


SECTIONS = tuple("school policy posting publishing slack followers incidents reminders retention reports".split())
SECRET_NAMES = (
    "slack_bot_token",
    "slack_app_token",
    "slack_signing_secret",
    "x_api_key",
    "x_api_secret",
    "x_access_token",
    "x_access_token_secret",
    "x_bearer_token",
    "mastodon_access_token",
    "bluesky_app_password",
)


class Settings(BaseSettings):
    """Built once at start-up and passed down. Source order: environment, then .env, then app.yaml."""

    model_config = SettingsConfigDict(
        env_nested_delimiter="__", env_file=".env", extra="ignore", frozen=True, env_ignore_empty=True
    )

    school: SchoolSection = SchoolSection()
    policy: PolicySection = PolicySection()
    posting: PostingSection = PostingSection()
    publishing: PublishingSection = PublishingSection()
    slack: SlackSection = SlackSection()
    followers: FollowersSection = FollowersSection()
    incidents: IncidentsSection = IncidentsSection()
    reminders: RemindersSection = RemindersSection()
    retention: RetentionSection = RetentionSection()
    reports: ReportsSection = ReportsSection()

    slack_bot_token: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    x_api_key: SecretStr | None = None
    x_api_secret: SecretStr | None = None
    x_access_token: SecretStr | None = None
    x_access_token_secret: SecretStr | None = None
    x_bearer_token: SecretStr | None = None
    mastodon_access_token: SecretStr | None = None
    mastodon_base_url: str | None = None  # the school's Mastodon server, e.g. https://mastodon.education
    bluesky_handle: str | None = None  # e.g. exampleprimary.bsky.social
    bluesky_app_password: SecretStr | None = None
    bluesky_base_url: str | None = None  # another PDS (or a test server); default: bsky.social
    redis_url: SecretStr | None = None  # may carry a password
    slack_api_url: str | None = None
    x_api_url: str | None = None

    config_dir: Path = Field(default=Path("."), exclude=True)
    edges: dict[str, dict[str, Any]] = Field(default_factory=dict, exclude=True)  # a platform adapter's own sections

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # app.yaml arrives as init values; putting init last makes the environment win over the file.
        return env_settings, dotenv_settings, init_settings

    def roster_path(self) -> Path | None:
        roster = self.policy.roster
        return None if roster is None else roster if roster.is_absolute() else self.config_dir / roster


def default_config_path() -> tuple[Path, bool]:
    """The app.yaml to read, and whether somebody named it (so that its absence is an error)."""
    named = os.environ.get("CHATBOT_CONFIG")
    return (Path(named), True) if named else (Path("app.yaml"), False)
