"""A post's images, fetched with the bot's own token from Teams' hosts (and only there), or by a file's signed link."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlparse

import httpx

from chatbot.approval.draft import MAX_IMAGES, ImageAttachment
from chatbot.images import MAX_IMAGE_BYTES

TEAMS_FILE_HOSTS = (".asm.skype.com", ".trafficmanager.net", ".teams.microsoft.com")
FILE_INFO = "application/vnd.microsoft.teams.file.download.info"
IMAGE_NAMES = re.compile(r"\.(jpe?g|png|gif|webp|heic|heif|bmp|tiff?)$", re.IGNORECASE)
_IMG = re.compile(r"<img[^>]*\ssrc=\"([^\"]+)\"", re.IGNORECASE)


def image_sources(activity: dict[str, Any]) -> list[tuple[str, str, bool]]:
    """(name, address, needs the bot's token) for each image: pasted, attached, or inline in the post's HTML."""
    found: list[tuple[str, str, bool]] = []
    for item in activity.get("attachments") or []:
        kind, content = str(item.get("contentType", "")), item.get("content")
        if kind.startswith("image/") and item.get("contentUrl"):
            found.append((str(item.get("name") or "image"), str(item["contentUrl"]), True))
        elif kind == FILE_INFO and isinstance(content, dict) and IMAGE_NAMES.search(str(item.get("name", ""))):
            found.append((str(item["name"]), str(content.get("downloadUrl", "")), False))
        elif kind == "text/html" and isinstance(content, str):
            found += [("image", url, True) for url in _IMG.findall(content)]
    unique = {url: (name, url, token) for name, url, token in found}
    return list(unique.values())[:MAX_IMAGES]


class ImageFetcher:
    """Runs inside the bot's event loop; a file that cannot be had is still attached, without bytes, so the
    check reports it as unreadable rather than approving a post whose photo nobody has seen."""

    def __init__(self, token: Callable[[], Awaitable[str]], hosts: tuple[str, ...] = TEAMS_FILE_HOSTS) -> None:
        self._token, self._hosts = token, hosts

    async def fetch(self, activity: dict[str, Any]) -> tuple[ImageAttachment, ...]:
        sources = image_sources(activity)
        if not sources:
            return ()
        async with httpx.AsyncClient(timeout=30, follow_redirects=False) as client:
            return tuple([ImageAttachment(name, await self._one(client, url, token)) for name, url, token in sources])

    async def _one(self, client: httpx.AsyncClient, url: str, needs_token: bool) -> bytes | None:
        host = urlparse(url).hostname or ""
        if needs_token and not host.endswith(self._hosts):
            return None  # the bot's token is only ever sent to Teams' own hosts
        headers = {"Authorization": f"Bearer {await self._token()}"} if needs_token else {}
        try:
            async with client.stream("GET", url, headers=headers) as response:
                if response.status_code != 200 or "text/html" in response.headers.get("content-type", ""):
                    return None
                return await _read_at_most(response, MAX_IMAGE_BYTES + 1)
        except httpx.HTTPError:
            return None


async def _read_at_most(response: httpx.Response, limit: int) -> bytes:
    data = bytearray()
    async for chunk in response.aiter_bytes():
        data += chunk
        if len(data) >= limit:
            break
    return bytes(data[:limit])
