"""A local fake of a Mastodon server's REST API: media upload, statuses (with Idempotency-Key), deletion."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from email import policy
from email.parser import BytesParser
from typing import Any
from urllib.parse import parse_qs

from tests.contract.json_handler import FakeServer, JsonHandler, RoutingHandler

UNAVAILABLE = {"error": "Service Unavailable"}
RATE_LIMITED = {"error": "Too many requests"}
NOT_AUTHORISED = {"error": "The access token is invalid"}

MAX_IMAGE = 16 * 1024 * 1024  # Mastodon 4.x; older servers took 8 MB


@dataclass
class FakeMastodon:
    statuses: dict[str, dict[str, Any]] = field(default_factory=dict)
    media: dict[str, dict[str, Any]] = field(default_factory=dict)
    by_key: dict[str, str] = field(default_factory=dict)  # Idempotency-Key -> status id
    faults: dict[str, list[int]] = field(default_factory=dict)  # "POST /api/v1/statuses" -> statuses, in turn
    calls: list[str] = field(default_factory=list)
    notifications: list[dict[str, Any]] = field(default_factory=list)  # newest first, as Mastodon lists them
    followers: list[dict[str, Any]] = field(default_factory=list)  # accounts, the newest follower first
    muted: list[str] = field(default_factory=list)
    ids: itertools.count = field(default_factory=lambda: itertools.count(113000000000000001))


def _form(handler: JsonHandler, body: bytes) -> dict[str, Any]:
    kind = handler.headers.get("Content-Type") or ""
    if kind.startswith("multipart/"):
        message = BytesParser(policy=policy.default).parsebytes(f"Content-Type: {kind}\r\n\r\n".encode() + body)
        return {part.get_param("name", header="content-disposition"): part.get_payload(decode=True)
                for part in message.iter_parts()}  # fmt: skip
    return {k: v if k.endswith("[]") else v[0] for k, v in parse_qs(body.decode()).items()}


class _Handler(RoutingHandler):
    fake: FakeMastodon

    def _route(self, method: str) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        key = f"{method} {self.path.split('?')[0]}"
        self.fake.calls.append(key)
        if self.headers.get("Authorization") != "Bearer mastodon-token":
            return self._send(401, NOT_AUTHORISED)
        queued = self.fake.faults.get(key.rsplit("/", 1)[0] if method == "DELETE" else key) or []
        if queued:
            status = queued.pop(0)
            return self._send(status, RATE_LIMITED if status == 429 else UNAVAILABLE)
        if key == "GET /api/v1/accounts/verify_credentials":
            return self._send(200, {"id": "109", "username": "school", "acct": "school", "display_name": "Example"})
        if key == "GET /api/v1/accounts/109/followers":
            return self._followers(parse_qs(self.path.split("?", 1)[1] if "?" in self.path else ""))
        if method == "POST" and key.endswith("/mute"):
            self.fake.muted.append(key.split("/")[-2])
            return self._send(200, {"id": key.split("/")[-2], "following": False, "muting": True})
        if key == "GET /api/v1/notifications":
            return self._notifications(parse_qs(self.path.split("?", 1)[1] if "?" in self.path else ""))
        self._send(*self._answer(method, self.path.split("?")[0], _form(self, body)))

    def _followers(self, query: dict[str, list[str]]) -> None:
        """Pages of followers; Mastodon's max_id here is an opaque position, which this fake keeps as an index."""
        start, limit = int(query.get("max_id", ["0"])[0]), int(query.get("limit", ["40"])[0])
        page = self.fake.followers[start : start + limit]
        headers = {}
        if start + limit < len(self.fake.followers):
            headers["Link"] = (
                f'<http://{self.headers["Host"]}/api/v1/accounts/109/followers?max_id={start + limit}>; rel="next"'
            )
        self._send_list(page, headers)

    def _notifications(self, query: dict[str, list[str]]) -> None:
        """Newest first, newer than since_id and older than max_id; a Link header points at the next page."""
        since, before = int(query.get("since_id", ["0"])[0]), int(query.get("max_id", [str(10**30)])[0])
        limit = int(query.get("limit", ["40"])[0])
        matching = [n for n in self.fake.notifications if since < int(n["id"]) < before]
        page = matching[:limit]
        headers = {}
        if len(matching) > limit:
            headers["Link"] = (
                f'<http://{self.headers["Host"]}/api/v1/notifications?max_id={page[-1]["id"]}>; rel="next"'
            )
        self._send_list(page, headers)

    def _answer(self, method: str, path: str, form: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if method == "POST" and path in ("/api/v1/media", "/api/v2/media"):  # v1 is deprecated but still served
            if len(form.get("file") or b"") > MAX_IMAGE:
                return 422, {"error": "Validation failed: File file size must be less than 16 MB"}
            media_id = str(next(self.fake.ids))
            description = form.get("description")
            self.fake.media[media_id] = {"bytes": form.get("file"), "description": description and description.decode()}
            return 200, {"id": media_id, "type": "image", "url": f"https://files.example/{media_id}.jpg",
                         "preview_url": None, "description": self.fake.media[media_id]["description"]}  # fmt: skip
        if method == "POST" and path == "/api/v1/statuses":
            return 200, self._status(form)
        if method == "DELETE" and path.startswith("/api/v1/statuses/"):
            return 200, self.fake.statuses.pop(path.rsplit("/", 1)[1], {"id": path.rsplit("/", 1)[1]})
        return 404, {"error": "Record not found"}

    def _status(self, form: dict[str, Any]) -> dict[str, Any]:
        key = self.headers.get("Idempotency-Key")
        if key and key in self.fake.by_key:  # Mastodon answers a repeat with the status it already made
            return self.fake.statuses[self.fake.by_key[key]]
        status_id = str(next(self.fake.ids))
        status = {"id": status_id, "created_at": "2026-11-23T10:00:05.000Z", "visibility": "public",
                  "content": f"<p>{form.get('status', '')}</p>", "url": f"https://mastodon.example/@school/{status_id}",
                  "uri": f"https://mastodon.example/users/school/statuses/{status_id}",
                  "media_attachments": [{"id": m, "type": "image", "description": self.fake.media[m]["description"]}
                                        for m in form.get("media_ids[]", [])],
                  "text_sent": form.get("status", "")}  # fmt: skip
        self.fake.statuses[status_id] = status
        if key:
            self.fake.by_key[key] = status_id
        return status


class FakeMastodonServer(FakeServer[FakeMastodon]):
    def __init__(self) -> None:
        super().__init__(FakeMastodon(), _Handler)
