"""What inspecting an image tells the policy engine, and the interface of whatever inspects it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

MAX_IMAGE_BYTES = 30 * 1024 * 1024  # a 48 MP phone photo is ~15 MB; anything far larger is not a photo to post
MAX_IMAGE_PIXELS = 64_000_000  # 48–50 MP phone modes fit; decompression bombs do not
PUBLISHED_SIDE = 4096  # X shows photos at most 4096 pixels on a side (and takes at most 5 MB): none is sent larger


@dataclass(frozen=True, slots=True)
class ImageLimit:
    """The largest photo a network takes: bytes per file and pixels on the longest side."""

    bytes: int
    side: int


# Documented limits: X takes images up to 5 MB; Bluesky's image blobs up to 1,000,000 bytes (its apps send 2000 px);
# Mastodon 16 MB on current servers, 8 MB on older ones (the lower is used: the server is the school's choice).
IMAGE_LIMITS = {
    "X": ImageLimit(5 * 1024 * 1024, PUBLISHED_SIDE),
    "Bluesky": ImageLimit(1_000_000, 2000),
    "Mastodon": ImageLimit(8 * 1024 * 1024, PUBLISHED_SIDE),
}


@dataclass(frozen=True, slots=True)
class ImageInspection:
    """The outcome of inspecting one image. `problem` is set (and nothing else) when it cannot be used."""

    name: str
    problem: str | None = None
    width: int = 0
    height: int = 0
    removed: tuple[str, ...] = ()  # what sanitising removed: "location data", "camera model", "a comment"…
    faces: int = 0
    text_lines: tuple[str, ...] = ()  # text read from the photo (OCR)
    sanitised: bytes | None = field(default=None, repr=False)  # the bytes that would be published
    sanitised_type: str | None = None  # "image/jpeg" or "image/png"

    @property
    def readable(self) -> bool:
        return self.problem is None


class ImageInspector(Protocol):
    """Decodes, sanitises, counts faces and reads text; never raises for a bad image (it sets `problem`)."""

    def inspect(self, name: str, data: bytes) -> ImageInspection: ...
