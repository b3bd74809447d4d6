"""The `teams:` section of app.yaml and the Teams secrets, validated here at the edge the core knows nothing of."""

from __future__ import annotations

import json
import os

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from chatbot.errors import ConfigError
from chatbot.school.settings import Settings

SECTION = "teams"
PUBLIC_SERVICE_URL = "https://smba.trafficmanager.net/teams"


class TeamsApprovers(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    users: list[str] = Field(default_factory=list)  # Entra ID object ids
    group: str | None = None  # an Entra ID group's object id; its members (direct or nested) may approve


class TeamsSection(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    drafts_channel: str | None = None  # the channel's id, 19:…@thread.tacv2 (Teams: channel › Get link)
    team: str | None = None  # the team's id (its General channel's id); default: the drafts channel
    approvers: TeamsApprovers = TeamsApprovers()
    approvals_required: int = Field(default=1, ge=1, le=5)
    remind_after_minutes: int | None = Field(default=60, ge=5, le=7 * 24 * 60)  # null: approvers are not reminded
    like_approves: bool = False  # a 👍 on the draft counts as an approval, as the card's Approve button does
    service_url: str = PUBLIC_SERVICE_URL  # where proactive messages go; Teams tells the bot its regional one

    @property
    def roster_conversation(self) -> str:
        return self.team or self.drafts_channel or ""


class TeamsSecrets(BaseSettings):
    """The Azure bot's identity, from the environment or .env only."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", frozen=True, env_ignore_empty=True)
    teams_app_id: str | None = None  # the Azure Bot's Microsoft App ID (not a secret, but it travels with one)
    teams_app_password: SecretStr | None = None  # the client secret made for that app registration
    teams_tenant_id: str | None = None  # the school's Entra ID tenant (a single-tenant bot)
    teams_api_url: str | None = None  # a stand-in for Microsoft's endpoints (tests, or a gateway)


def teams_section(settings: Settings) -> TeamsSection:
    """app.yaml's `teams:` with TEAMS__KEY environment overrides applied (lists and mappings as JSON)."""
    data = dict(settings.edges.get(SECTION, {}))
    for name, value in os.environ.items():
        if name.startswith("TEAMS__") and value:
            _override(data, name.removeprefix("TEAMS__").lower().split("__"), value)
    try:
        return TeamsSection.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in (SECTION, *first["loc"]))
        if first["type"] == "extra_forbidden":
            raise ConfigError(f"app.yaml: unknown key {where!r}") from None
        raise ConfigError(f"app.yaml: {where}: {first['msg']}") from None


def _override(data: dict[str, object], path: list[str], value: str) -> None:
    for part in path[:-1]:
        inner = data.get(part)
        data[part] = inner = dict(inner) if isinstance(inner, dict) else {}
        data = inner
    try:
        data[path[-1]] = json.loads(value) if value[:1] in "[{" else value
    except json.JSONDecodeError:
        data[path[-1]] = value


def teams_secrets() -> TeamsSecrets:
    secrets = TeamsSecrets()
    if not secrets.teams_app_id:
        raise ConfigError("TEAMS_APP_ID is not set: put the Azure Bot's Microsoft App ID in the environment or .env")
    if not secrets.teams_app_password:
        raise ConfigError("TEAMS_APP_PASSWORD is not set: put the app registration's client secret in the environment")
    return secrets
