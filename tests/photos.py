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


# A classroom: pupils in front of walls covered in writing, as school photos so often are. The wall text comes in
# the shapes an OCR meets there: a display title, class rules, long learning sentences, two-letter alphabet cards,
# numbers, one-word labels, the days of the week, a poster, and a display that names a pupil ("Star of the week").
WALL = (236, 228, 206)
CLASS_OF_FIVE = [(250, 1850, 430), (1000, 1800, 470), (1750, 1900, 400), (2500, 1820, 460), (3300, 1880, 420)]
CLASS_RULES = [
    "1. We listen when others are talking",
    "2. We are kind and helpful to everyone",
    "3. We always try our very best",
    "4. We keep our classroom tidy",
    "5. We put our hand up to speak",
]
POSTER = ["Be a Reading Star!", "Read every day for ten minutes", "Talk about the books you love"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
LONG_LINES = [  # sentences far longer than a name, written large across the wall
    "WALT: use adjectives and similes to describe a setting",
    "Remember: capital letters, finger spaces and full stops!",
]
LABELS = [
    ((60, 1420), "Book Corner"),
    ((1250, 1420), "Maths Area"),
    ((2350, 1420), "Coats"),
    ((3250, 1420), "Lunch boxes"),
]


@lru_cache(maxsize=16)
def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(_FONT, size)


def classroom(badge: str = "Noah Okafor", star: str = "Amelia Nowak", badge_width: int = 700) -> Image.Image:
    """A 12 MP classroom: five pupils, one wearing a name badge, before walls in which OCR finds 39 text boxes."""
    image = Image.new("RGB", PHONE, WALL)
    draw = ImageDraw.Draw(image)
    _alphabet_strip(draw)
    draw.text((120, 190), "Our Amazing Learning", fill="darkred", font=_font(130))
    draw.text((1750, 220), LONG_LINES[0], fill="darkgreen", font=_font(66))
    _board(draw, (80, 400, 1580, 1060), "Our Class Rules", CLASS_RULES, (255, 250, 205))
    _board(draw, (1680, 400, 2700, 1060), POSTER[0], [*POSTER[1:], "", f"Star of the week: {star}"], (210, 230, 250))
    _board(draw, (2800, 400, 3920, 1060), "Days of the week", DAYS, (220, 245, 220))
    _number_line(draw, 1140)
    for at, label in LABELS:
        draw.text(at, label, fill="black", font=_font(64))
    draw.text((700, 1580), LONG_LINES[1], fill="purple", font=_font(72))
    for x, y, height in CLASS_OF_FIVE:
        image.paste(face().resize((round(height * 140 / 180), height)), (x, y))
    return with_badge(image, badge, width=badge_width, at=(1700, 2420))


def _alphabet_strip(draw: ImageDraw.ImageDraw) -> None:
    for n in range(26):
        left = 30 + n * 150
        draw.rectangle((left, 30, left + 136, 140), fill=(250, 250, 250), outline="navy", width=4)
        draw.text((left + 14, 48), chr(65 + n) + chr(97 + n), fill="navy", font=_font(58))


def _board(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], title: str, lines: list[str],
           colour: tuple[int, int, int]) -> None:  # fmt: skip
    draw.rectangle(box, fill=colour, outline="saddlebrown", width=12)
    draw.text((box[0] + 40, box[1] + 30), title, fill="navy", font=_font(80))
    for n, line in enumerate(lines):
        draw.text((box[0] + 40, box[1] + 160 + n * 95), line, fill="black", font=_font(48))


def _number_line(draw: ImageDraw.ImageDraw, top: int) -> None:
    draw.line((100, top + 40, 3900, top + 40), fill="black", width=6)
    for n in range(21):
        x = 120 + n * 185
        draw.line((x, top + 20, x, top + 60), fill="black", width=6)
        draw.text((x - 18, top + 75), str(n), fill="black", font=_font(60))


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
