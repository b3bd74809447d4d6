"""A local fake of the Slack Web API: answers the methods the bot calls with Slack's response shapes, records them."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

from tests.contract.json_handler import FakeServer, JsonHandler
from tests.contract.slack_views import view_errors

BOT_USER = "U0BOTUSER1"


@dataclass
class Call:
    method: str
    args: dict[str, Any]
    at: float = field(default_factory=time.perf_counter)  # the system-wide monotonic clock, for the benchmark


@dataclass
class FakeSlack:
    """State shared with the tests: what was called, files to serve, channel members, faults to inject."""

    calls: list[Call] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    channel_members: dict[str, list[str]] = field(default_factory=dict)
    usergroups: dict[str, list[str]] = field(default_factory=dict)
    missing_scopes: set[str] = field(default_factory=set)  # an app installed before it asked for these
    people: dict[str, str] = field(default_factory=lambda: {"U0AUTHOR01": "Alex Author", "U0HEAD0001": "Hannah Head",
                                                            "U0DEPUTY01": "Dev Deputy"})  # fmt: skip
    fail_next: dict[str, list[int]] = field(default_factory=dict)  # method -> HTTP statuses to answer, in turn
    uploads: dict[str, bytes] = field(default_factory=dict)  # file id -> the bytes sent to its upload URL
    base_url: str = ""
    file_gate: threading.Event | None = None  # when set, files are served only once it is set (a slow file host)
    lock: threading.Lock = field(default_factory=threading.Lock)
    _ts: int = 0

    def record(self, method: str, args: dict[str, Any]) -> None:
        with self.lock:
            self.calls.append(Call(method, args))

    def named(self, method: str) -> list[dict[str, Any]]:
        with self.lock:
            return [c.args for c in self.calls if c.method == method]

    def first_replies(self) -> dict[str, float]:
        """Each thread's first reply: its thread_ts and when it was posted (perf_counter)."""
        first: dict[str, float] = {}
        with self.lock:
            for call in self.calls:
                if call.method == "chat.postMessage" and call.args.get("thread_ts"):
                    first.setdefault(str(call.args["thread_ts"]), call.at)
        return first

    def next_ts(self) -> str:
        with self.lock:
            self._ts += 1
            return f"{int(time.time())}.{self._ts:06d}"

    def answer(self, method: str, args: dict[str, Any]) -> dict[str, Any]:
        if method == "auth.test":
            return {"ok": True, "url": "https://school.slack.com/", "team": "School", "user": "countersign",
                    "team_id": "T0SCHOOL01", "user_id": BOT_USER, "bot_id": "B0BOT00001"}  # fmt: skip
        if method in ("chat.postMessage", "chat.update"):
            ts = args.get("ts") or self.next_ts()
            return {"ok": True, "channel": args.get("channel"), "ts": ts, "message": {"text": args.get("text", "")}}
        if method == "conversations.members":
            return {"ok": True, "members": self.channel_members.get(args.get("channel", ""), []),
                    "response_metadata": {"next_cursor": ""}}  # fmt: skip
        if method == "usergroups.users.list":
            if args.get("usergroup") not in self.usergroups:
                return {"ok": False, "error": "plan_upgrade_required"}
            return {"ok": True, "users": self.usergroups[args["usergroup"]]}
        if method in ("views.open", "views.publish") and (errors := view_errors(args.get("view"))):
            return {"ok": False, "error": "invalid_arguments", "response_metadata": {"messages": errors}}
        if method in ("views.open", "conversations.open", "users.info"):
            return self._person(method, args)
        if method == "files.getUploadURLExternal":
            file_id = f"F0{len(self.uploads):08d}"
            self.uploads[file_id] = b""
            return {"ok": True, "upload_url": f"{self.base_url}upload/{file_id}", "file_id": file_id}
        if method == "files.completeUploadExternal":
            files = json.loads(args["files"]) if isinstance(args.get("files"), str) else args.get("files", [])
            return {"ok": True, "files": [{"id": f["id"], "title": f.get("title", "")} for f in files]}
        return {"ok": True}

    def _person(self, method: str, args: dict[str, Any]) -> dict[str, Any]:
        """A modal opened, a direct message's channel (one per person, as Slack gives), or a member's profile."""
        if method == "views.open":
            return {"ok": True, "view": {"id": "V0MODAL001"}}
        if method == "conversations.open":
            return {"ok": True, "channel": {"id": "D" + str(args.get("users", "")).lstrip("U")[:9]}}
        if "users:read" in self.missing_scopes:  # as Slack answers an app installed without the scope
            return {"ok": False, "error": "missing_scope", "needed": "users:read", "provided": "chat:write"}
        name = self.people.get(str(args.get("user", "")))
        if name is None:  # as Slack answers for an id it does not know
            return {"ok": False, "error": "user_not_found"}
        return {"ok": True, "user": {"id": args["user"], "name": name.lower().replace(" ", "."), "real_name": name,
                                     "profile": {"real_name": name, "display_name": name.split()[0]}}}  # fmt: skip


class _Handler(JsonHandler):
    fake: FakeSlack

    def do_GET(self) -> None:
        path = urlparse(self.path).path
        if path.startswith("/files/"):
            self._file(path.removeprefix("/files/"))
        elif path == "/_calls":  # for a fake running in its own process: how many calls of each method
            counts: dict[str, int] = {}
            for call in list(self.fake.calls):
                counts[call.method] = counts.get(call.method, 0) + 1
            self._send(200, counts)
        elif path == "/_replied":  # …and when each thread first got an answer (the benchmark's time to report)
            self._send(200, self.fake.first_replies())
        else:
            self._api(path.strip("/"), {k: v[0] for k, v in parse_qs(urlparse(self.path).query).items()})

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.path.startswith("/upload/"):  # files_upload_v2's second step: the bytes, to the issued URL
            self.fake.uploads[self.path.removeprefix("/upload/")] = raw
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = raw.decode()
        if "json" in (self.headers.get("Content-Type") or ""):
            args = json.loads(body or "{}")
        else:
            args = {k: v[0] for k, v in parse_qs(body).items()}
        self._api(urlparse(self.path).path.strip("/"), args)

    def _api(self, method: str, args: dict[str, Any]) -> None:
        if method == "webhook":  # response_url: where `respond()` answers a slash command
            self.fake.record(method, args)
            return self._send(200, {"ok": True})
        if not (self.headers.get("Authorization") or "").startswith("Bearer xoxb-"):
            return self._send(200, {"ok": False, "error": "not_authed"})
        if self.headers.get("Authorization") == "Bearer xoxb-revoked":  # an app that was uninstalled
            return self._send(200, {"ok": False, "error": "invalid_auth"})
        self.fake.record(method, args)
        queued = self.fake.fail_next.get(method) or []
        status = queued.pop(0) if queued else 0
        if status:
            return self._send(status, {"ok": False, "error": "ratelimited" if status == 429 else "fatal_error"},
                              {"Retry-After": "1"} if status == 429 else {})  # fmt: skip
        self._send(200, self.fake.answer(method, args))

    def _file(self, name: str) -> None:
        self.fake.record("GET /files", {"name": name})  # what the bot downloaded: a video must never be
        if self.headers.get("Authorization") != "Bearer xoxb-test-token" or name not in self.fake.files:
            self.send_response(302)  # Slack sends people without the right token to its login page
            self.send_header("Location", "https://slack.com/signin")
            self.end_headers()
            return
        if self.fake.file_gate is not None:
            self.fake.file_gate.wait(10)
        self._send_bytes(self.fake.files[name])


class FakeSlackServer(FakeServer[FakeSlack]):
    path = "/"

    def __init__(self) -> None:
        super().__init__(FakeSlack(), _Handler)

    def start(self) -> FakeSlackServer:
        self.fake.base_url = self.url  # files_upload_v2's upload URLs point back here
        return super().start()


if __name__ == "__main__":  # run on its own, e.g. by the benchmark, so that it does not share our process
    import sys

    server = FakeSlackServer()
    if len(sys.argv) > 1:  # a folder of files to serve, as Slack serves the files people share
        server.fake.files.update({path.name: path.read_bytes() for path in Path(sys.argv[1]).iterdir()})
    print(server.url, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        sys.exit(0)
