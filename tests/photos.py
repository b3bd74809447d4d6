"""Test photos made on the fly: faces composited from a real photograph that ships inside scikit-image."""

from __future__ import annotations

import importlib.util
import io
import struct
import zlib
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

PHONE = (4000, 3000)  # 12 MP
_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
GRASS = (96, 140, 80)


def _skimage_data(name: str) -> Path:
    spec = importlib.util.find_spec("skimage")  # located, never imported: only its data files are used
    assert spec is not None and spec.submodule_search_locations, "scikit-image is a test dependency"
    return Path(spec.submodule_search_locations[0]) / "data" / name


@lru_cache(maxsize=1)
def face() -> Image.Image:
    """A real frontal face (Eileen Collins, public domain NASA photo) cropped from astronaut.png."""
    return Image.open(_skimage_data("astronaut.png")).convert("RGB").crop((150, 20, 290, 200))


@lru_cache(maxsize=1)
def _grass() -> Image.Image:
    return Image.open(_skimage_data("grass.png")).convert("RGB").resize((1000, 750))


def scene(size: tuple[int, int] = PHONE) -> Image.Image:
    """A textured outdoor background with no faces."""
    background = Image.new("RGB", size, GRASS)
    for x in range(0, size[0], 1000):
        for y in range(0, size[1], 750):
            background.paste(_grass(), (x, y))
    return background


def photo(heads: list[tuple[int, int, int]], size: tuple[int, int] = PHONE) -> Image.Image:
    """A scene with one face per (x, y, height in pixels)."""
    image = scene(size)
    for x, y, height in heads:
        image.paste(face().resize((round(height * 140 / 180), height)), (x, y))
    return image


SINGLE = [(1400, 600, 1500)]
GROUP_OF_SIX = [
    (200, 800, 500),
    (900, 850, 450),
    (1600, 700, 600),
    (2400, 900, 400),
    (3000, 800, 550),
    (1200, 1800, 350),
]
ROW_OF_EIGHT_SMALL = [(200 + i * 470, 1200, 220) for i in range(8)]
FRAME_FILLING = [(700, 100, 2800)]


def with_badge(image: Image.Image, name: str, width: int = 1300, at: tuple[int, int] = (1500, 2200)) -> Image.Image:
    """A white name badge ("OAKFIELD PRIMARY / name") pinned on, slightly rotated as badges are."""
    badge = Image.new("RGB", (1300, 380), "white")
    draw = ImageDraw.Draw(badge)
    draw.text((40, 30), "OAKFIELD PRIMARY", fill="navy", font=ImageFont.truetype(_FONT, 80))
    draw.text((40, 180), name, fill="black", font=ImageFont.truetype(_FONT, 110))
    badge = badge.resize((width, round(380 * width / 1300))).rotate(6, expand=True, fillcolor=GRASS)
    copy = image.copy()
    copy.paste(badge, at)
    return copy


def jpeg(image: Image.Image, *, gps: bool = False, camera: bool = False, comment: str | None = None,
         xmp: bool = False, orientation: int | None = None, quality: int = 90) -> bytes:  # fmt: skip
    """The image as a phone would save it, with the metadata asked for."""
    exif = Image.Exif()
    if camera:
        exif[0x010F], exif[0x0110] = "Apple", "iPhone 13"
    if orientation:
        exif[0x0112] = orientation
    if gps:
        exif[0x8825] = {1: "N", 2: (51.0, 45.0, 12.5), 3: "W", 4: (1.0, 15.0, 30.2)}
    options: dict[str, object] = {"quality": quality, "exif": exif.tobytes()}
    if comment:
        options["comment"] = comment.encode()
    if xmp:
        options["xmp"] = (
            b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
            b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="51,45.2N"'
            b' exif:GPSLongitude="1,15.5W"/></rdf:RDF></x:xmpmeta>'
        )
    out = io.BytesIO()
    image.save(out, format="JPEG", **options)
    return out.getvalue()


def jpeg_markers(data: bytes) -> list[int]:
    """The JPEG segment markers before the image data (0xE1 APP1 = EXIF/XMP, 0xFE = comment, 0xED = IPTC)."""
    markers, i = [], 2
    while i + 4 <= len(data) and data[i] == 0xFF:
        marker = data[i + 1]
        markers.append(marker)
        if marker == 0xDA:  # start of scan: the pixels follow
            break
        i += 2 + struct.unpack(">H", data[i + 2 : i + 4])[0]
    return markers


def png_bomb(width: int = 100_000, height: int = 100_000) -> bytes:
    """A tiny PNG whose header claims ten billion pixels."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 1000))
        + chunk(b"IEND", b"")
    )
