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


def test_a_48_megapixel_photo_is_decoded_reduced_and_never_published_larger_than_x_shows() -> None:
    from chatbot.images import PUBLISHED_SIDE
    from chatbot.vision.decode import DECODED_SIDE, decode

    big = Image.new("RGB", (8000, 6000), (120, 160, 200))
    out = io.BytesIO()
    big.save(out, format="JPEG", quality=80)
    decoded = decode(out.getvalue())
    assert DECODED_SIDE <= max(decoded.image.size) == 4000  # libjpeg's 1/2 scale, while decoding
    inspection = PillowInspector().inspect("big.jpg", out.getvalue())
    assert inspection.problem is None and inspection.sanitised is not None
    assert max(Image.open(io.BytesIO(inspection.sanitised)).size) <= PUBLISHED_SIDE


def test_a_twelve_megapixel_photo_is_decoded_whole() -> None:
    from chatbot.vision.decode import decode

    photo = Image.new("RGB", (4032, 3024), (90, 90, 90))
    out = io.BytesIO()
    photo.save(out, format="JPEG")
    assert decode(out.getvalue()).image.size == (4032, 3024)


def test_no_more_photos_are_decoded_at_once_than_the_inspector_allows(good_jpeg: bytes) -> None:
    import threading
    import time

    from chatbot.images import ImageInspection

    inspector, lock, inside, most = PillowInspector(at_once=2), threading.Lock(), [0], [0]

    def slow(name: str, data: bytes) -> ImageInspection:
        with lock:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
        time.sleep(0.05)
        with lock:
            inside[0] -= 1
        return ImageInspection(name)

    inspector._inspect = slow  # type: ignore[method-assign]
    threads = [threading.Thread(target=inspector.inspect, args=(f"{n}.jpg", good_jpeg)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert most[0] == 2


def _gif(frames: int) -> bytes:
    colours = [(200, 40, 40), (40, 200, 40), (40, 40, 200)]
    images = [Image.new("RGB", (320, 240), colours[n % 3]) for n in range(frames)]
    out = io.BytesIO()
    images[0].save(out, "GIF", save_all=frames > 1, append_images=images[1:], duration=200, loop=0)
    return out.getvalue()


def test_an_animated_gif_is_published_as_its_first_frame_and_the_report_says_so(inspector: PillowInspector) -> None:
    animated = inspector.inspect("wave.gif", _gif(3))
    assert animated.problem is None and any("only its first frame" in said for said in animated.removed)
    assert animated.sanitised is not None
    published = Image.open(io.BytesIO(animated.sanitised))
    assert not getattr(published, "is_animated", False) and published.convert("RGB").getpixel((10, 10))[0] > 150
    still = inspector.inspect("still.gif", _gif(1))
    assert still.problem is None and not any("frame" in said for said in still.removed)
