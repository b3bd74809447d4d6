"""The Teams SDK's App for Countersign: identity, the messaging endpoint, the listeners, and /healthz."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import uvicorn
from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse

from handlers.teams.config import TeamsSecrets, TeamsSection
from handlers.teams.sdk import PUBLIC, App, CloudEnvironment, FastAPIAdapter, with_overrides

logger = logging.getLogger(__name__)
MESSAGING_ENDPOINT = "/api/messages"


def cloud(secrets: TeamsSecrets) -> CloudEnvironment:
    """Microsoft's public cloud; or, with TEAMS_API_URL, a stand-in that serves the keys Teams signs requests with."""
    base = secrets.teams_api_url
    if not base:
        return PUBLIC
    keys = f"{base.rstrip('/')}/v1/.well-known/openidconfiguration"
    return with_overrides(PUBLIC, openid_metadata_url=keys, login_endpoint=base.rstrip("/"))


def build_app(secrets: TeamsSecrets, teams: TeamsSection, host: str, port: int, healthy: Callable[[], bool]) -> App:
    password = secrets.teams_app_password.get_secret_value() if secrets.teams_app_password else ""
    options: dict[str, Any] = {"client_id": secrets.teams_app_id, "tenant_id": secrets.teams_tenant_id,
                               "cloud": cloud(secrets), "service_url": secrets.teams_api_url or teams.service_url,
                               "http_server_adapter": _adapter(host, port, healthy), "state": False,
                               "messaging_endpoint": MESSAGING_ENDPOINT}  # fmt: skip
    if secrets.teams_api_url:  # MSAL only speaks to https Entra ID hosts; the stand-in takes the same request
        options["token"] = StandInToken(secrets.teams_api_url, str(secrets.teams_app_id), password)
    else:
        options["client_secret"] = password
    return App(**options)


def _adapter(host: str, port: int, healthy: Callable[[], bool]) -> FastAPIAdapter:
    web = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)

    @web.middleware("http")
    async def refuse_malformed(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        """A body that is not a JSON object is answered 400 here, not with a traceback from inside the SDK."""
        if request.method == "POST" and request.url.path == MESSAGING_ENDPOINT and not _is_object(await request.body()):
            logger.warning("refused a request to %s that was not an activity", MESSAGING_ENDPOINT)
            return JSONResponse({"error": "the body must be a Bot Framework activity (JSON)"}, status_code=400)
        return await call_next(request)

    @web.get("/healthz")
    def health() -> JSONResponse:
        ok = healthy()
        return JSONResponse({"ok": ok}, status_code=200 if ok else 503)

    config = uvicorn.Config(web, host=host, port=port, log_level="warning", access_log=False)
    return FastAPIAdapter(web, server_factory=lambda app: uvicorn.Server(config))


def _is_object(body: bytes) -> bool:
    try:
        return isinstance(json.loads(body), dict)
    except ValueError:
        return False


class StandInToken:
    """The client-credentials request MSAL would make to Entra ID, made to TEAMS_API_URL instead; like MSAL, it
    keeps each token until five minutes before it expires."""

    def __init__(self, base: str, client_id: str, secret: str) -> None:
        self._base, self._client_id, self._secret = base.rstrip("/"), client_id, secret
        self._kept: dict[str, tuple[str, float]] = {}

    async def __call__(self, scope: str | list[str], tenant: str | None = None) -> str:
        scopes = scope if isinstance(scope, str) else " ".join(scope)
        token, until = self._kept.get(scopes, ("", 0.0))
        if time.monotonic() < until:
            return token
        form = {"grant_type": "client_credentials", "client_id": self._client_id,
                "client_secret": self._secret, "scope": scopes}  # fmt: skip
        async with httpx.AsyncClient(timeout=30) as client:
            response = await client.post(f"{self._base}/{tenant or 'botframework.com'}/oauth2/v2.0/token", data=form)
            response.raise_for_status()
        answer = response.json()
        self._kept[scopes] = (str(answer["access_token"]), time.monotonic() + float(answer["expires_in"]) - 300)
        return str(answer["access_token"])
