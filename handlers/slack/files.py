"""Downloading a draft's images from Slack's file host, with the bot token, and to no other host."""

from __future__ import annotations

import urllib.request
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.parse import urlparse

from chatbot.approval.attachments import Offered, sort_files
from chatbot.approval.draft import ImageAttachment, LeftOut
from chatbot.images import MAX_IMAGE_BYTES

SLACK_FILE_HOST = "files.slack.com"


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *_: Any, **__: Any) -> None:  # a redirect means "sign in": never follow it
        return None


_OPENER = urllib.request.build_opener(_NoRedirects)


Downloaded = tuple[tuple[ImageAttachment, ...], tuple[LeftOut, ...]]


def download_images(files: list[dict[str, Any]], token: str, hosts: frozenset[str]) -> Downloaded:
    """A message's photos (at most four), each with its bytes or None if it could not be had; and the files
    left out (videos, other files, a fifth photo, a file too large to be a photo), which are never downloaded.

    A photo that cannot be fetched is still attached, without bytes: the check then reports it as unreadable.
    """
    offered = [Offered(str(f.get("name") or "file"), str(f.get("mimetype", "")), _size(f)) for f in files]
    chosen, left_out = sort_files(offered)
    images = tuple(ImageAttachment(name=offered[i].name, data=_fetch(files[i], token, hosts)) for i in chosen)
    return images, left_out


def _size(file: dict[str, Any]) -> int | None:
    size = file.get("size")
    return size if isinstance(size, int) else None


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
