"""Re-encoding an image from its pixels alone, so no EXIF, GPS, XMP, maker notes or comments leave the school."""

from __future__ import annotations

import io

from PIL import Image, ImageCms

from chatbot.images import PUBLISHED_SIDE
from chatbot.vision.scaling import scaled

JPEG_QUALITY = 90
_SRGB = ImageCms.createProfile("sRGB")


def sanitise(image: Image.Image) -> tuple[bytes, str]:
    """The published bytes and their media type: JPEG, or PNG when the image has transparency."""
    converted = _in_srgb(scaled(image, PUBLISHED_SIDE))
    transparent = converted.mode in ("RGBA", "LA", "PA") or "transparency" in converted.info
    mode = "RGBA" if transparent else "RGB"
    pixels = converted if converted.mode == mode else converted.convert(mode)
    # A new image given only pixels carries no info dictionary at all: nothing else can be written out.
    clean = Image.new(mode, pixels.size)
    clean.paste(pixels)
    out = io.BytesIO()
    if transparent:
        clean.save(out, format="PNG")
        return out.getvalue(), "image/png"
    clean.save(out, format="JPEG", quality=JPEG_QUALITY)
    return out.getvalue(), "image/jpeg"


def _in_srgb(image: Image.Image) -> Image.Image:
    """Convert colours to sRGB when the photo carries another profile (e.g. an iPhone's Display P3)."""
    profile = image.info.get("icc_profile")
    if not profile or image.mode not in ("RGB", "RGBA", "CMYK"):
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
        mode = "RGBA" if image.mode == "RGBA" else "RGB"
        converted = ImageCms.profileToProfile(image, source, _SRGB, outputMode=mode)
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image  # an unreadable profile: the pixels are published as they are, without it
    return converted if converted is not None else image
