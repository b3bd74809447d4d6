"""A local stand-in for Microsoft's side of a Teams bot: the Bot Connector, its signing keys, the token
endpoint, Microsoft Graph's group members, and a file host; it records every call and signs test activities."""

from __future__ import annotations

import base64
import itertools
import json
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.contract.json_handler import FakeServer, JsonHandler

APP_ID, TENANT = "00000000-0000-4000-8000-00000000b07a", "00000000-0000-4000-8000-0000000000aa"
CLIENT_SECRET = "teams-test-client-secret-value"  # the app registration's secret, as Entra ID would check it
ISSUER = "https://api.botframework.com"
KEY_ID = "countersign-test-key"
_ACTIVITY = re.compile(r"^/v3/conversations/(?P<conversation>[^/]+)/activities(?:/(?P<activity>[^/]+))?$")
_MEMBER = re.compile(r"^/v3/conversations/(?P<conversation>[^/]+)/members/(?P<user>[^/]+)$")
MESSAGE_LIMIT = 100 * 1024  # bytes of the activity as UTF-16 (Microsoft's "Format your bot messages")
_GROUP = re.compile(r"^/graph/v1\.0/groups/(?P<group>[^/]+)/transitiveMembers$")


@dataclass
class FakeTeams:
    key: rsa.RSAPrivateKey = field(default_factory=lambda: rsa.generate_private_key(public_exponent=65537,
                                                                                    key_size=2048))  # fmt: skip
    calls: list[dict[str, Any]] = field(default_factory=list)
    groups: dict[str, list[str]] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    file_gate: threading.Event | None = None  # when set, files are served only once it is set (a slow file host)
    faults: list[tuple[int, dict[str, str]]] = field(default_factory=list)  # answers for the next connector POSTs
    update_faults: list[int] = field(default_factory=list)  # statuses for the next card updates (PUTs)
    tokens_issued: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1795428100000))

    def sign(self, service_url: str, audience: str = APP_ID, key: rsa.RSAPrivateKey | None = None) -> str:
        """The bearer token the Bot Connector puts on each activity it sends the bot."""
        now = int(time.time())
        claims = {"iss": ISSUER, "aud": audience, "serviceurl": service_url, "nbf": now - 5, "exp": now + 3600}
        return jwt.encode(claims, key or self.key, algorithm="RS256", headers={"kid": KEY_ID})

    def posted(self, conversation_prefix: str = "") -> list[dict[str, Any]]:
        return [
            c
            for c in self.calls
            if c["kind"] in ("create", "reply") and c["conversation"].startswith(conversation_prefix)
        ]

    def first_replies(self) -> dict[str, float]:
        """Each conversation's first message from the bot: when it came (perf_counter), for the benchmark."""
        first: dict[str, float] = {}
        for call in list(self.calls):
            if call["kind"] in ("create", "reply"):
                first.setdefault(call["conversation"], call["at"])
        return first

    def updates(self) -> list[dict[str, Any]]:
        return [c for c in self.calls if c["kind"] == "update"]

    def jwks(self) -> dict[str, Any]:
        numbers = self.key.public_key().public_numbers()
        encode = lambda n: base64.urlsafe_b64encode(n.to_bytes((n.bit_length() + 7) // 8, "big")).rstrip(b"=").decode()  # noqa: E731
        return {"keys": [{"kty": "RSA", "use": "sig", "kid": KEY_ID, "n": encode(numbers.n), "e": encode(numbers.e),
                          "endorsements": ["msteams"]}]}  # fmt: skip


class TeamsHandler(JsonHandler):
    fake: FakeTeams

    def do_GET(self) -> None:
        path = urlparse(self.path).path
        if path.endswith("/.well-known/keys"):
            return self._send(200, self.fake.jwks())
        if path.endswith("/.well-known/openidconfiguration"):
            return self._send(200, {"issuer": ISSUER, "jwks_uri": path.replace("openidconfiguration", "keys")})
        if (member := _MEMBER.match(path)) is not None:
            return self._member(member["conversation"], member["user"])
        if (group := _GROUP.match(path)) is not None:
            return self._group(group["group"])
        if path.startswith("/files/"):
            return self._file(path.removeprefix("/files/"))
        if path == "/_replied":  # for a stand-in in its own process: when each conversation first got a message
            return self._send(200, self.fake.first_replies())
        self._send(404, {"error": {"code": "NotFound"}})

    def do_POST(self) -> None:
        path, body = urlparse(self.path).path, self._body()
        if path.endswith("/oauth2/v2.0/token"):
            return self._token(body)
        if path == "/v3/conversations":
            return self._record("open", "", None, body, {"id": f"a:chat-{body['members'][0]['id']}"})
        if (match := _ACTIVITY.match(path)) is not None:
            if (fault := self._fault()) is not None:
                return self._send(fault[0], {"error": {"code": "ServiceError"}}, fault[1])
            if (refusal := refused(body)) is not None:
                return self._send(*refusal)
            kind = "reply" if match["activity"] else "create"
            return self._record(kind, match["conversation"], match["activity"], body, {"id": str(next(self.fake.ids))})
        self._send(404, {"error": {"code": "NotFound"}})

    def do_PUT(self) -> None:
        match = _ACTIVITY.match(urlparse(self.path).path)
        if match is None:
            return self._send(404, {"error": {"code": "NotFound"}})
        if (refusal := refused(body := self._body())) is not None:
            return self._send(*refusal)
        with self.fake.lock:
            status = self.fake.update_faults.pop(0) if self.fake.update_faults else None
        if status is not None:
            return self._send(status, {"error": {"code": "MessageSizeTooBig" if status == 413 else "ServiceError"}})
        self._record("update", match["conversation"], match["activity"], body, {"id": match["activity"]})

    def _body(self) -> Any:
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
        if self.headers.get("Content-Type", "").startswith("application/x-www-form-urlencoded"):
            return {k: v[0] for k, v in parse_qs(raw).items()}
        return json.loads(raw or "{}")

    def _fault(self) -> tuple[int, dict[str, str]] | None:
        with self.fake.lock:
            return self.fake.faults.pop(0) if self.fake.faults else None

    def _authorised(self) -> bool:
        token = self.headers.get("Authorization", "").removeprefix("Bearer ")
        return token in self.fake.tokens_issued

    def _record(self, kind: str, conversation: str, activity: str | None, body: Any, answer: dict[str, Any]) -> None:
        from urllib.parse import unquote

        with self.fake.lock:
            call = {"kind": kind, "conversation": unquote(conversation), "activity": activity, "body": body}
            self.fake.calls.append({**call, "authorised": self._authorised(), "at": time.perf_counter()})
        self._send(201 if kind != "update" else 200, answer)

    def _token(self, form: dict[str, str]) -> None:
        if form.get("client_id") != APP_ID or form.get("client_secret") != CLIENT_SECRET:
            return self._send(401, {"error": "invalid_client", "error_description": "AADSTS7000215"})
        now = int(time.time())
        claims = {"aud": form.get("scope", ""), "appid": form.get("client_id"), "iat": now, "exp": now + 3600}
        token = jwt.encode(claims, "a stand-in signing secret, long enough for HS256", algorithm="HS256")
        with self.fake.lock:
            self.fake.tokens_issued.append(token)
        self._send(200, {"token_type": "Bearer", "expires_in": 3600, "access_token": token})

    def _member(self, conversation: str, user: str) -> None:
        self._send(200, {"id": f"29:{user}", "aadObjectId": user, "name": "Member", "tenantId": TENANT})

    def _group(self, group: str) -> None:
        if not self._authorised():
            return self._send(401, {"error": {"code": "InvalidAuthenticationToken"}})
        self._send(
            200, {"value": [{"@odata.type": "#microsoft.graph.user", "id": m} for m in self.fake.groups.get(group, [])]}
        )

    def _file(self, name: str) -> None:
        if not self._authorised() or name not in self.fake.files:
            return self._send(401 if name in self.fake.files else 404, {"error": "no"})
        if self.fake.file_gate is not None:
            self.fake.file_gate.wait(10)
        self._send_bytes(self.fake.files[name])


def refused(activity: Any) -> tuple[int, dict[str, Any]] | None:
    """What the Bot Connector answers to a message it will not take: a card whose input ids repeat, or a message
    over its size limit (100 KB, counted as UTF-16; "413 RequestEntityTooLarge", code MessageSizeTooBig)."""
    if repeated := repeated_input_ids(activity):
        return 400, {"error": {"code": "BadArgument", "message": f"duplicate ids {repeated}"}}
    if len(json.dumps(activity, ensure_ascii=False).encode("utf-16-le")) > MESSAGE_LIMIT:
        return 413, {"error": {"code": "MessageSizeTooBig", "message": "Message size too big"}}
    return None


def repeated_input_ids(activity: Any) -> list[str]:
    """Input ids used twice on one Adaptive Card, unfolded cards included. Teams' clients do not draw such a card
    (Adaptive Cards' "duplicate id" validation error), so a person would see nothing: the fake refuses to post it,
    where a test sees it."""
    attachments = (activity.get("attachments") or []) if isinstance(activity, dict) else []
    cards = [_input_ids(attachment.get("content")) for attachment in attachments]
    return sorted({name for ids in cards for name in ids if ids.count(name) > 1})


def _input_ids(node: Any) -> list[str]:
    if isinstance(node, list):
        return [name for item in node for name in _input_ids(item)]
    if not isinstance(node, dict):
        return []
    own = [node["id"]] if str(node.get("type", "")).startswith("Input.") and "id" in node else []
    return own + [name for value in node.values() for name in _input_ids(value)]


class FakeTeamsServer(FakeServer[FakeTeams]):
    def __init__(self) -> None:
        super().__init__(FakeTeams(), TeamsHandler)


if __name__ == "__main__":  # run on its own by the benchmark, signing with the key in the PEM file named
    import sys

    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    loaded = load_pem_private_key(open(sys.argv[1], "rb").read(), password=None)  # noqa: SIM115
    assert isinstance(loaded, rsa.RSAPrivateKey)
    server = FakeServer(FakeTeams(key=loaded), TeamsHandler)
    if len(sys.argv) > 2:  # a folder of files to serve, as Teams serves the pictures people attach
        server.fake.files.update({path.name: path.read_bytes() for path in Path(sys.argv[2]).iterdir()})
    print(server.url, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        sys.exit(0)
