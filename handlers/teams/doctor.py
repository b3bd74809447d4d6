"""`chatbot doctor` for a Teams school: the `teams:` section, the bot's identity, and a token from Entra ID."""

from __future__ import annotations

import asyncio

from chatbot.errors import ConfigError
from chatbot.school.settings import Settings
from handlers.teams.app import StandInToken
from handlers.teams.config import TeamsSecrets, teams_secrets, teams_section

BOT_SCOPE = "https://api.botframework.com/.default"


def check_teams(settings: Settings) -> list[tuple[bool, str]]:
    """(passed, what) lines; the secret is never printed."""
    try:
        section, secrets = teams_section(settings), teams_secrets()
    except ConfigError as error:
        return [(False, f"Teams: {error}")]
    found = [(True, "Teams: the teams section is valid")]
    if not section.drafts_channel:
        found.append((False, "Teams: teams.drafts_channel is not set in app.yaml (the channel's 19:… id)"))
    if not secrets.teams_tenant_id:
        found.append((False, "Teams: TEAMS_TENANT_ID is not set (the App Tenant ID on the Azure Bot's Configuration)"))
    return [*found, _token(secrets)]


def _token(secrets: TeamsSecrets) -> tuple[bool, str]:
    password = secrets.teams_app_password.get_secret_value() if secrets.teams_app_password else ""
    try:
        if secrets.teams_api_url:
            asyncio.run(StandInToken(secrets.teams_api_url, str(secrets.teams_app_id), password)(BOT_SCOPE, None))
        else:
            _entra_token(str(secrets.teams_app_id), password, secrets.teams_tenant_id or "botframework.com")
    except Exception as error:  # any failure here is one line for the IT technician
        return False, f"Teams: no token for the bot ({type(error).__name__}): check TEAMS_APP_ID and TEAMS_APP_PASSWORD"
    return True, "Teams: Entra ID gives the bot a token (TEAMS_APP_ID and TEAMS_APP_PASSWORD work)"


def _entra_token(client_id: str, secret: str, tenant: str) -> None:
    from msal import ConfidentialClientApplication

    app = ConfidentialClientApplication(client_id, client_credential=secret,
                                        authority=f"https://login.microsoftonline.com/{tenant}")  # fmt: skip
    result = app.acquire_token_for_client(scopes=[BOT_SCOPE])
    if "access_token" not in result:
        raise PermissionError(str(result.get("error", "refused")))
