"""Downloading a draft's images from Slack's file host, with the bot token, and to no other host."""

from __future__ import annotations

import urllib.request
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.parse import urlparse

from chatbot.approval.draft import MAX_IMAGES, ImageAttachment
from chatbot.images import MAX_IMAGE_BYTES

SLACK_FILE_HOST = "files.slack.com"


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *_: Any, **__: Any) -> None:  # a redirect means "sign in": never follow it
        return None


_OPENER = urllib.request.build_opener(_NoRedirects)


def download_images(files: list[dict[str, Any]], token: str, hosts: frozenset[str]) -> tuple[ImageAttachment, ...]:
    """The images among a message's files (at most four), each with its bytes, or None if it could not be had.

    A file that cannot be fetched is still attached, without bytes: the check then reports it as unreadable.
    """
    images = [f for f in files if str(f.get("mimetype", "")).startswith("image/")][:MAX_IMAGES]
    return tuple(ImageAttachment(name=str(f.get("name", "image")), data=_fetch(f, token, hosts)) for f in images)


def _fetch(file: dict[str, Any], token: str, hosts: frozenset[str]) -> bytes | None:
    url = str(file.get("url_private_download") or file.get("url_private") or "")
    if urlparse(url).hostname not in hosts:
        return None  # the bot token is only ever sent to Slack's own file host
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    try:
        with _OPENER.open(request, timeout=30) as response:
            if response.status != 200 or "text/html" in response.headers.get("Content-Type", ""):
                return None
            data: bytes = response.read(MAX_IMAGE_BYTES + 1)
            return data
    except (HTTPError, URLError, TimeoutError, OSError):
        return None
