"""A local fake of the X API v2: answers posts, deletions, media upload and metadata with the bodies X sends."""

from __future__ import annotations

import hashlib
import html
import json
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from tests.contract.json_handler import FakeServer, RoutingHandler

# X's problem bodies (RFC 7807 style), as tweepy's recorded responses and X's documentation show them
UNAUTHORIZED = {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"}
DUPLICATE = {"detail": "You are not allowed to create a Tweet with duplicate content.", "type": "about:blank",
             "title": "Forbidden", "status": 403}  # fmt: skip
FORBIDDEN = {"detail": "You are not permitted to perform this action.", "type": "about:blank",
             "title": "Forbidden", "status": 403}  # fmt: skip
TOO_MANY = {"title": "Too Many Requests", "detail": "Too Many Requests", "type": "about:blank", "status": 429}
ACCOUNT_ID = "2244994945"
NOT_YOUR_CONVERSATION = {"title": "Forbidden", "type": "about:blank", "status": 403,
                         "detail": "You cannot hide or unhide replies to a conversation you don't own."}  # fmt: skip
UNAVAILABLE = {"title": "Service Unavailable", "detail": "Service Unavailable", "type": "about:blank", "status": 503}

MAX_IMAGE = 5 * 1024 * 1024  # X takes images up to 5 MB
INVALID_REQUEST = "https://api.twitter.com/2/problems/invalid-request"


@dataclass
class Fault:
    status: int
    body: dict[str, Any] | str  # a string is sent as it is: X's gateways sometimes answer HTML or nothing
    reset_in: float | None = None  # seconds until x-rate-limit-reset, for a 429
    delay: float = 0.0  # seconds to wait before answering (a hung connection, for timeouts)
    taken: bool = False  # X did the work before failing to answer (a post made, then a timeout or a 503)


@dataclass
class FakeX:
    posts: dict[str, dict[str, Any]] = field(default_factory=dict)
    created: dict[str, str] = field(default_factory=dict)  # post id -> created_at, as X writes it
    media: dict[str, dict[str, Any]] = field(default_factory=dict)
    calls: list[tuple[str, str]] = field(default_factory=list)
    faults: dict[str, list[Fault]] = field(default_factory=dict)  # "POST /2/tweets" -> faults, in turn
    followers: list[dict[str, Any]] = field(default_factory=list)  # X's user objects, newest follower first
    muted: list[str] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)  # posts mentioning the account, newest first
    authors: dict[str, dict[str, Any]] = field(default_factory=dict)  # user id -> user object, for `includes`
    hidden: list[str] = field(default_factory=list)
    hide_refused: set[str] = field(default_factory=set)  # replies X will not hide (not to the account's posts)
    queries: list[tuple[str, dict[str, str]]] = field(default_factory=list)  # each GET's path and parameters
    lock: threading.Lock = field(default_factory=threading.Lock)
    _next: int = 1880028106020515840

    def new_id(self) -> str:
        with self.lock:
            self._next += 1
            return str(self._next)


class _Handler(RoutingHandler):
    fake: FakeX

    def _route(self, method: str) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        key = f"{method} {self.path.split('?')[0]}"
        self.fake.calls.append((key, self.headers.get("Content-Type") or ""))
        query = dict(parse_qsl(urlsplit(self.path).query))
        self.fake.queries.append((key, query))
        if not (self.headers.get("Authorization") or "").startswith("OAuth "):
            return self._send(401, UNAUTHORIZED)
        queued = self.fake.faults.get(key) or []
        if queued:
            fault = queued.pop(0)
            if fault.taken:
                self._answer(method, self.path.split("?")[0], body)
            return self._fault(fault)
        if key == f"GET /2/users/{ACCOUNT_ID}/followers":
            return self._send(200, followers_page(self.fake.followers, query))
        if key == f"GET /2/users/{ACCOUNT_ID}/mentions":
            return self._send(200, mentions_page(self.fake, query))
        if key == f"GET /2/users/{ACCOUNT_ID}/tweets":
            return self._send(200, timeline_page(self.fake, query))
        status, answer = self._answer(method, self.path.split("?")[0], body)
        self._send(status, answer)

    def _upload(self, body: bytes) -> tuple[int, dict[str, Any]]:
        if len(body) > MAX_IMAGE + 4096:  # the multipart form around the file is a few hundred bytes
            detail = f"File size exceeds {MAX_IMAGE} bytes."
            return 400, {"title": "Invalid Request", "detail": detail, "type": INVALID_REQUEST}
        media_id = self.fake.new_id()
        self.fake.media[media_id] = {"bytes": body, "alt": None}
        image = {"image_type": "image/jpeg", "w": 1600, "h": 1200}
        data = {"id": media_id, "media_key": f"3_{media_id}", "size": len(body), "expires_after_secs": 86400}
        return 200, {"data": {**data, "image": image}}

    def _answer(self, method: str, path: str, body: bytes) -> tuple[int, dict[str, Any]]:
        if method == "POST" and path == "/2/tweets":
            sent = json.loads(body)
            with self.fake.lock:  # X refuses the same text twice from one account
                if any(post["text"] == sent["text"] for post in self.fake.posts.values()):
                    return 403, DUPLICATE
                post_id = str(self.fake._next + 1)
                self.fake._next += 1
                self.fake.posts[post_id] = sent
                self.fake.created[post_id] = time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime())
            return 201, {"data": {"edit_history_tweet_ids": [post_id], "id": post_id, "text": shown(sent)}}
        if method == "DELETE" and path.startswith("/2/tweets/"):
            existed = self.fake.posts.pop(path.rsplit("/", 1)[1], None) is not None
            return 200, {"data": {"deleted": existed}}
        if method == "POST" and path == "/2/media/upload":
            return self._upload(body)
        if method == "POST" and path == "/2/media/metadata":
            sent = json.loads(body)
            alt = sent["metadata"]["alt_text"]["text"]
            self.fake.media[sent["id"]]["alt"] = alt
            return 200, {"data": {"associated_metadata": {"alt_text": {"text": alt}}, "id": sent["id"]}}
        if method == "POST" and path == f"/2/users/{ACCOUNT_ID}/muting":
            self.fake.muted.append(json.loads(body)["target_user_id"])
            return 200, {"data": {"muting": True}}
        if method == "PUT" and path.endswith("/hidden"):
            post_id = path.split("/")[3]
            if post_id in self.fake.hide_refused:
                return 403, NOT_YOUR_CONVERSATION
            self.fake.hidden.append(post_id)
            return 200, {"data": {"hidden": json.loads(body)["hidden"]}}
        if method == "GET" and path == "/2/users/me":
            return 200, {"data": {"id": ACCOUNT_ID, "name": "Example Primary", "username": "ExamplePrimary"}}
        return 404, {"title": "Not Found Error", "type": "https://api.twitter.com/2/problems/resource-not-found"}

    def _fault(self, fault: Fault) -> None:
        time.sleep(fault.delay)
        headers = {}
        if fault.reset_in is not None:
            headers = {"x-rate-limit-limit": "100", "x-rate-limit-remaining": "0",
                       "x-rate-limit-reset": str(int(time.time() + fault.reset_in))}  # fmt: skip
        if isinstance(fault.body, str):
            return self._send_bytes(fault.body.encode(), "text/html", fault.status)
        self._send(fault.status, fault.body, headers)


_LINK = re.compile(r"https?://[^\s]+")


def shown(sent: dict[str, Any]) -> str:
    """A post's text as X returns it: links shortened to t.co, `&<>` escaped, and a t.co link for its media."""
    text = html.escape(_LINK.sub(lambda link: _t_co(link.group()), sent["text"]), quote=False)
    media = (sent.get("media") or {}).get("media_ids") or []
    return f"{text} {_t_co(','.join(media))}" if media else text


def _t_co(target: str) -> str:
    return "https://t.co/" + hashlib.sha256(target.encode()).hexdigest()[:10]


def followers_page(followers: list[dict[str, Any]], query: dict[str, str]) -> dict[str, Any]:
    """A page of GET /2/users/:id/followers: `max_results` users from the token's place, newest first.

    X's tokens are opaque 16-character strings; these happen to hold the offset in hexadecimal.
    """
    start = int(query["pagination_token"], 16) if "pagination_token" in query else 0
    size = int(query.get("max_results", 100))
    fields = set(query.get("user.fields", "").split(","))
    page = [{k: v for k, v in user.items() if k in fields | {"id", "name", "username"}}
            for user in followers[start:start + size]]  # fmt: skip
    meta: dict[str, Any] = {"result_count": len(page)}
    if start + size < len(followers):
        meta["next_token"] = f"{start + size:016X}"
    return {"data": page, "meta": meta} if page else {"meta": meta}


def timeline_page(fake: FakeX, query: dict[str, str]) -> dict[str, Any]:
    """GET /2/users/:id/tweets: the account's newest posts as X shows them, `created_at` only when asked for."""
    newest = sorted(fake.posts, reverse=True)[: int(query.get("max_results", 10))]
    dated = "created_at" in query.get("tweet.fields", "").split(",")
    data = [{"edit_history_tweet_ids": [i], "id": i, "text": shown(fake.posts[i]),
             **({"created_at": fake.created.get(i, "2026-01-01T00:00:00.000Z")} if dated else {})}
            for i in newest]  # fmt: skip
    meta = {"result_count": len(data), **({"newest_id": newest[0], "oldest_id": newest[-1]} if data else {})}
    return {"data": data, "meta": meta} if data else {"meta": meta}


def mentions_page(fake: FakeX, query: dict[str, str]) -> dict[str, Any]:
    """GET /2/users/:id/mentions: posts newer than `since_id`, newest first, with their authors in `includes`."""
    since = int(query.get("since_id", "0"))
    newer = [m for m in fake.mentions if int(m["id"]) > since]
    start = int(query["pagination_token"], 16) if "pagination_token" in query else 0
    size = int(query.get("max_results", 10))
    page = newer[start : start + size]
    if not page:
        return {"meta": {"result_count": 0}}
    meta: dict[str, Any] = {"newest_id": page[0]["id"], "oldest_id": page[-1]["id"], "result_count": len(page)}
    if start + size < len(newer):
        meta["next_token"] = f"{start + size:016X}"
    users = [fake.authors[a] for a in dict.fromkeys(m["author_id"] for m in page) if a in fake.authors]
    return {"data": page, "includes": {"users": users}, "meta": meta}


class FakeXServer(FakeServer[FakeX]):
    def __init__(self) -> None:
        super().__init__(FakeX(), _Handler)
