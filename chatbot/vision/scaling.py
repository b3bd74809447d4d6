"""Smaller copies of a photo for the detectors, which need neither 12 megapixels nor the time they take."""

from __future__ import annotations

from PIL import Image


def scaled(image: Image.Image, longest_side: int) -> Image.Image:
    """The image with its longest side at most `longest_side` pixels (never enlarged)."""
    scale = longest_side / max(image.size)
    if scale >= 1:
        return image
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, Image.Resampling.BOX)  # area averaging keeps small faces crisp enough to detect
