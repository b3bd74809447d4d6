"""A local fake of a Bluesky PDS's XRPC API: sessions, blob upload, createRecord and deleteRecord."""

from __future__ import annotations

import base64
import hashlib
import json
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

from tests.contract.json_handler import FakeServer, JsonHandler

DID, HANDLE, PASSWORD = "did:plc:ewvi7nxzyoun6zhxrhs64oiz", "exampleprimary.bsky.social", "abcd-efgh-ijkl-mnop"


def _jwt(kind: str) -> str:
    """A token shaped like the PDS's (atproto reads its expiry; nobody here checks the signature)."""
    part = lambda data: base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()  # noqa: E731
    claims = {"scope": kind, "sub": DID, "iat": int(time.time()), "exp": int(time.time()) + 7200, "aud": "did:web:pds"}
    return f"{part({'typ': 'at+jwt', 'alg': 'ES256K'})}.{part(claims)}.c2lnbmF0dXJl"


MAX_BLOB = 1_000_000


@dataclass
class FakeBluesky:
    records: dict[str, dict[str, Any]] = field(default_factory=dict)  # rkey -> the post record
    blobs: dict[str, bytes] = field(default_factory=dict)
    faults: dict[str, list[int]] = field(default_factory=dict)  # XRPC method -> statuses, in turn
    calls: list[str] = field(default_factory=list)
    token: str = field(default_factory=lambda: _jwt("com.atproto.appPass"))
    notifications: list[dict[str, Any]] = field(default_factory=list)  # newest first
    followers: list[dict[str, Any]] = field(default_factory=list)  # profiles, the newest follower first
    muted: list[str] = field(default_factory=list)


class _Handler(JsonHandler):
    fake: FakeBluesky

    def do_GET(self) -> None:
        method, _, query = self.path.removeprefix("/xrpc/").partition("?")
        self.fake.calls.append(method)
        if self.headers.get("Authorization") != f"Bearer {self.fake.token}":
            return self._send(401, {"error": "InvalidToken", "message": "Bad token"})
        queued = self.fake.faults.get(method) or []
        if queued:
            return self._send(queued.pop(0), {"error": "InternalServerError", "message": "Try again later"})
        params = {k: v[0] for k, v in parse_qs(query).items()}
        lists = {"app.bsky.notification.listNotifications": ("notifications", self.fake.notifications),
                 "app.bsky.graph.getFollowers": ("followers", self.fake.followers)}  # fmt: skip
        if method not in lists:
            return self._send(501, {"error": "MethodNotImplemented", "message": method})
        name, items = lists[method]
        start, limit = int(params.get("cursor", "0")), int(params.get("limit", "50"))
        more = {"cursor": str(start + limit)} if start + limit < len(items) else {}
        subject = {"subject": {"did": DID, "handle": HANDLE}} if name == "followers" else {}
        self._send(200, {name: items[start : start + limit], **more, **subject})

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        method = self.path.split("?")[0].removeprefix("/xrpc/")
        self.fake.calls.append(method)
        queued = self.fake.faults.get(method) or []
        if queued:
            status = queued.pop(0)
            error = "RateLimitExceeded" if status == 429 else "InternalServerError"
            return self._send(status, {"error": error, "message": "Try again later"})
        if method == "com.atproto.server.createSession":
            return self._session(json.loads(body))
        if self.headers.get("Authorization") != f"Bearer {self.fake.token}":
            return self._send(401, {"error": "InvalidToken", "message": "Bad token"})
        self._send(*self._answer(method, body))

    def _session(self, sent: dict[str, Any]) -> None:
        if (sent.get("identifier"), sent.get("password")) != (HANDLE, PASSWORD):
            return self._send(401, {"error": "AuthenticationRequired", "message": "Invalid identifier or password"})
        self._send(200, {"accessJwt": self.fake.token, "refreshJwt": _jwt("com.atproto.refresh"), "handle": HANDLE,
                         "did": DID, "active": True})  # fmt: skip

    def _answer(self, method: str, body: bytes) -> tuple[int, dict[str, Any]]:
        if method == "com.atproto.repo.uploadBlob":
            if len(body) > MAX_BLOB:  # the image embed's lexicon: maxSize 1000000
                said = (
                    f"This file is too large. It is {len(body) / 1024 / 1024:.2f}MB but the maximum size is 976.56KB."
                )
                return 400, {"error": "BlobTooLarge", "message": said}
            link = "bafkrei" + hashlib.sha256(body).hexdigest()[:52]
            self.fake.blobs[link] = body
            blob = {"$type": "blob", "ref": {"$link": link}, "mimeType": "image/jpeg", "size": len(body)}
            return 200, {"blob": blob}
        sent = json.loads(body)
        if method == "com.atproto.repo.createRecord":
            if sent["rkey"] in self.fake.records:
                return 400, {"error": "InvalidRequest", "message": "Record already exists"}
            self.fake.records[sent["rkey"]] = sent["record"]
            commit = {"cid": "bafyreicommit", "rev": "3lbrev"}
            uri = f"at://{DID}/{sent['collection']}/{sent['rkey']}"
            return 200, {"uri": uri, "cid": "bafyreipost", "commit": commit, "validationStatus": "valid"}
        if method == "app.bsky.graph.muteActor":
            self.fake.muted.append(sent["actor"])
            return 200, {}
        if method == "com.atproto.repo.deleteRecord":
            self.fake.records.pop(sent["rkey"], None)
            return 200, {"commit": {"cid": "bafyreicommit2", "rev": "3lbrev2"}}
        return 501, {"error": "MethodNotImplemented", "message": method}


class FakeBlueskyServer(FakeServer[FakeBluesky]):
    path = "/xrpc"

    def __init__(self) -> None:
        super().__init__(FakeBluesky(), _Handler)
