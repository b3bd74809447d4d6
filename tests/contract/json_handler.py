"""What every fake API shares: answering with a JSON body, and running on a free local port in a thread."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Generic, Self, TypeVar

T = TypeVar("T")


class JsonHandler(BaseHTTPRequestHandler):
    def log_message(self, *_: Any) -> None:  # keep test output clean
        pass

    def _send_list(self, payload: list[Any], headers: dict[str, str] | None = None) -> None:
        self._send(200, payload, headers)  # type: ignore[arg-type]

    def _send(self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _send_bytes(self, data: bytes, content_type: str = "image/jpeg", status: int = 200) -> None:
        """A file as a file host serves it (the fakes' photos), or a body that is not JSON."""
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class RoutingHandler(JsonHandler):
    """Every method goes to one `_route(method)`, for fakes that match on "METHOD /path"."""

    def do_GET(self) -> None:
        self._route("GET")

    def do_POST(self) -> None:
        self._route("POST")

    def do_PUT(self) -> None:
        self._route("PUT")

    def do_DELETE(self) -> None:
        self._route("DELETE")

    def _route(self, method: str) -> None:
        """Each fake routes its own API; a path it does not know is answered as the real APIs do."""
        self._send(404, {"error": f"no route for {method} {self.path}"})


class FakeServer(Generic[T]):
    """A fake API on 127.0.0.1 and a free port; its handler class sees the fake's state as `self.fake`."""

    path = ""  # what the API's base URL ends with, e.g. "/xrpc"

    def __init__(self, fake: T, handler: type[JsonHandler]) -> None:
        self.fake = fake
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), type("Handler", (handler,), {"fake": fake}))
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}{self.path}"

    def start(self) -> Self:
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self._server.serve_forever()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
