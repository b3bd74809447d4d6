"""The labelled face set (tests/data/face_set.toml): photos of profiles, small faces and no-face scenes, made on
the fly from two real photographs inside scikit-image plus its texture and object photos."""

from __future__ import annotations

import random
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw

from tests.photos import PHONE, _skimage_data

LABELS = Path(__file__).parent / "data" / "face_set.toml"
# Where each photograph's face is (left, top, right, bottom), found by hand: the eyebrows to the chin, ear to ear.
SOURCES = {
    "astronaut": ("astronaut.png", (176, 60, 270, 178)),  # Eileen Collins, frontal (NASA, public domain)
    "camera": ("camera.png", (190, 105, 262, 200)),  # a man filming, in profile facing right (CC0, Lav Varshney)
}
MARGIN = 0.6  # of the face's size on each side: the hair, neck and shoulders come along, as in a real photo
TEXTURES = ["grass.png", "gravel.png", "brick.png"]
OBJECTS = ["coffee.png", "chelsea.png", "rocket.jpg", "motorcycle_left.png", "coins.png", "hubble_deep_field.jpg",
           "ihc.png", "horse.png", "color.png", "retina.jpg", "page.png", "logo.png"]  # fmt: skip


@dataclass(frozen=True)
class Person:
    who: str  # a key of SOURCES
    x: int  # the face's top-left corner in the photo
    y: int
    height: int  # the face's height in pixels
    mirror: bool = False  # flipped left to right: a profile facing the other way
    tilt: float = 0  # degrees, anticlockwise


@dataclass(frozen=True)
class Labelled:
    id: str
    half: str  # "tune" (settings were chosen on these) or "held" (never looked at while tuning)
    kind: str  # "frontal", "profile", "small" (face under 100 px tall, either pose) or "none"
    faces: int  # counted by hand
    background: str
    people: tuple[Person, ...]

    def photo(self) -> Image.Image:
        image = _background(self.background)
        for person in self.people:
            _paste(image, person)
        return image


def load(path: Path = LABELS) -> list[Labelled]:
    entries = tomllib.loads(path.read_text(encoding="utf-8"))["photo"]
    return [
        Labelled(
            e["id"], e["half"], e["kind"], e["faces"], e["background"], tuple(Person(**p) for p in e.get("people", []))
        )
        for e in entries
    ]


@lru_cache(maxsize=8)
def _source(name: str) -> Image.Image:
    return Image.open(_skimage_data(name)).convert("RGB")


def _paste(image: Image.Image, person: Person) -> None:
    name, (left, top, right, bottom) = SOURCES[person.who]
    source = _source(name)
    pad = round(MARGIN * (bottom - top))
    box = (max(0, left - pad), max(0, top - pad), min(source.width, right + pad), min(source.height, bottom + pad))
    scale = person.height / (bottom - top)
    crop = source.crop(box).resize((round((box[2] - box[0]) * scale), round((box[3] - box[1]) * scale)))
    offset = (person.x - round((left - box[0]) * scale), person.y - round((top - box[1]) * scale))
    if person.mirror:
        crop = crop.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        offset = (person.x - round((box[2] - right) * scale), offset[1])
    if person.tilt:
        crop = crop.rotate(person.tilt, resample=Image.Resampling.BICUBIC, fillcolor=(96, 140, 80))
    image.paste(crop, offset)


def _background(spec: str) -> Image.Image:
    """A texture ("grass.png") tiled; "objects:a.png,b.png" scatters photos of things; "artwork:seed" draws."""
    kind, _, rest = spec.partition(":")
    if kind == "artwork":
        return _artwork(int(rest))
    if kind == "objects":
        return _objects(rest.split(","))
    return _tiled(spec)


def _tiled(name: str) -> Image.Image:
    tile = _source(name).resize((1000, 750))
    image = Image.new("RGB", PHONE)
    for x in range(0, PHONE[0], 1000):
        for y in range(0, PHONE[1], 750):
            image.paste(tile, (x, y))
    return image


def _objects(names: list[str]) -> Image.Image:
    """Photos of things (a cup, a cat, coins, a rocket) laid on a gravel path, at sizes a phone would see them."""
    image = _tiled("gravel.png")
    rng = random.Random(",".join(names))
    for name in names:
        thing = _source(name)
        width = rng.randrange(600, 1800)
        thing = thing.resize((width, round(thing.height * width / thing.width)))
        image.paste(thing, (rng.randrange(0, PHONE[0] - width), rng.randrange(0, PHONE[1] - thing.height)))
    return image


def _artwork(seed: int) -> Image.Image:
    """A wall of children's paintings: bright blobs, circles with dots in them, stripes and scribbles."""
    rng = random.Random(seed)
    image = Image.new("RGB", PHONE, (245, 240, 225))
    draw = ImageDraw.Draw(image)

    def colour() -> tuple[int, int, int]:
        return (rng.randrange(256), rng.randrange(256), rng.randrange(256))

    for _ in range(60):
        x, y, r = rng.randrange(PHONE[0]), rng.randrange(PHONE[1]), rng.randrange(40, 350)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=colour(), outline="black", width=rng.randrange(2, 14))
        if rng.random() < 0.5:  # two dark dots in a round shape: the eye pattern a face detector looks for
            for dx in (-r // 3, r // 3):
                draw.ellipse((x + dx - r // 8, y - r // 4, x + dx + r // 8, y), fill="black")
    for _ in range(80):  # short crayon scribbles
        x, y = rng.randrange(PHONE[0]), rng.randrange(PHONE[1])
        points = [(x + rng.randrange(-300, 300), y + rng.randrange(-300, 300)) for _ in range(5)]
        draw.line(points, fill=colour(), width=rng.randrange(6, 30))
    return image
