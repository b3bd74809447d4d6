"""Fitting a photo to a network's limits: unchanged when it fits, else the best quality and size that fit."""

from __future__ import annotations

import io

from PIL import Image

from chatbot.images import ImageLimit
from chatbot.vision.fitting import fit
from tests.photos import jpeg, scene

BLUESKY = ImageLimit(1_000_000, 2000)


def opened(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_a_photo_that_fits_is_sent_byte_for_byte() -> None:
    small = jpeg(scene((1200, 900)))
    assert fit(small, "image/jpeg", BLUESKY) == (small, "image/jpeg")


def test_a_12_mp_photo_is_brought_under_1_mb_and_2000_px() -> None:
    data, media_type = fit(jpeg(scene()), "image/jpeg", BLUESKY)
    image = opened(data)
    assert len(data) <= 1_000_000 and max(image.size) <= 2000 and media_type == "image/jpeg"
    assert max(image.size) >= 1500  # fewer pixels only as far as needed


def test_a_photo_within_the_bytes_but_too_wide_is_made_narrower() -> None:
    data, _ = fit(jpeg(scene((3000, 600))), "image/jpeg", ImageLimit(50_000_000, 2000))
    assert opened(data).size == (2000, 400)


def test_a_large_transparent_png_is_laid_on_white_as_a_jpeg_that_fits() -> None:
    clear = Image.new("RGBA", (3000, 3000), (0, 0, 0, 0))
    clear.paste(scene((1500, 1500)).convert("RGBA"), (0, 0))
    out = io.BytesIO()
    clear.save(out, format="PNG")
    data, media_type = fit(out.getvalue(), "image/png", BLUESKY)
    image = opened(data)
    assert (
        media_type == "image/jpeg"
        and len(data) <= 1_000_000
        and image.getpixel((image.width - 5, image.height - 5)) == (255, 255, 255)
    )
