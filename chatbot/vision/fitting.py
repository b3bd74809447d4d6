"""A published photo made to fit a network's limits: the best quality that fits, then fewer pixels if it must."""

from __future__ import annotations

import io

from PIL import Image

from chatbot.images import ImageLimit
from chatbot.vision.scaling import scaled

QUALITIES = (90, 85, 80, 75)  # below 75, JPEG artefacts show on faces and text; fewer pixels look better
SHRINK = 0.8  # each further try keeps 80 % of the longest side
SMALLEST_SIDE = 640  # below this a photo is a thumbnail; it is sent as it is at this size


def fit(data: bytes, media_type: str, limit: ImageLimit) -> tuple[bytes, str]:
    """The photo as the network will take it: unchanged when it already fits (it was sanitised, so its pixels
    alone are re-encoded here), else re-encoded as JPEG at the best quality, and side, that fits `limit`."""
    with Image.open(io.BytesIO(data)) as opened:
        if len(data) <= limit.bytes and max(opened.size) <= limit.side:
            return data, media_type
        image = _flattened(opened)
    side = min(limit.side, max(image.size))
    while True:
        smaller = scaled(image, side)
        for quality in QUALITIES:
            encoded = _jpeg(smaller, quality)
            if len(encoded) <= limit.bytes:
                return encoded, "image/jpeg"
        if side <= SMALLEST_SIDE:
            return encoded, "image/jpeg"
        side = max(SMALLEST_SIDE, int(side * SHRINK))


def _flattened(image: Image.Image) -> Image.Image:
    """RGB pixels: a transparent PNG is laid on white, as the networks show it."""
    image.load()
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


def _jpeg(image: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=quality)
    return out.getvalue()
