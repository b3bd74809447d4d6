"""Opening images: anything that cannot be used is refused with a reason, never a crash."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from chatbot.vision import PillowInspector
from tests.photos import jpeg, png_bomb, scene


@pytest.fixture(scope="module")
def inspector() -> PillowInspector:
    return PillowInspector()


@pytest.fixture(scope="module")
def good_jpeg() -> bytes:
    return jpeg(scene((1200, 900)))


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda good: b"", "the file is empty"),
        (lambda good: b"%PDF-1.7 not a picture at all", "not an image file"),
        (lambda good: good[: len(good) // 2], "incomplete"),
        (lambda good: good[:200] + b"\x00" * 5000 + good[-200:], "damaged"),
        (lambda good: png_bomb(), "decompression bomb"),
        (lambda good: b"\xff\xd8" + b"\x00" * (31 * 1024 * 1024), "30 MB"),
    ],
    ids=["empty", "not-an-image", "truncated", "corrupt", "bomb", "oversized"],
)
def test_unusable_files_get_a_reason(inspector: PillowInspector, good_jpeg: bytes, make, reason: str) -> None:  # type: ignore[no-untyped-def]
    result = inspector.inspect("photo.jpg", make(good_jpeg))
    assert not result.readable
    assert result.problem is not None and reason in result.problem
    assert result.sanitised is None


def test_an_unsupported_format_is_named(inspector: PillowInspector) -> None:
    out = io.BytesIO()
    Image.new("RGB", (50, 50)).save(out, format="ICO")
    result = inspector.inspect("icon.ico", out.getvalue())
    assert result.problem is not None and "ICO images cannot be checked" in result.problem


def test_a_good_photo_is_readable(inspector: PillowInspector, good_jpeg: bytes) -> None:
    result = inspector.inspect("photo.jpg", good_jpeg)
    assert result.readable and (result.width, result.height) == (1200, 900)


@pytest.mark.parametrize("seed", range(40))
def test_damaged_files_never_raise(inspector: PillowInspector, good_jpeg: bytes, seed: int) -> None:
    """Bytes flipped, cut or repeated anywhere in a photo: a reason to refuse it, or a usable image."""
    import random

    rng = random.Random(seed)
    data = bytearray(good_jpeg)
    for _ in range(rng.randint(1, 30)):
        position = rng.randrange(len(data))
        data[position] = rng.randrange(256)
    if seed % 3 == 0:
        data = data[: rng.randrange(2, len(data))]
    result = inspector.inspect("photo.jpg", bytes(data))
    assert result.readable or (result.problem and result.sanitised is None)
