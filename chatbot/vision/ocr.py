"""Reading text in a photo (name badges, labels) with RapidOCR, whose models ship inside its package.

Text is found on a reduced copy (fast, little memory) and read from the full-resolution pixels, so that a
small badge in a 12 MP photo is still legible to the recogniser. Boxes shaped like a name are read first, each at
the recogniser's own height: on a classroom wall of sentences, cards and number lines, reading is most of the work.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import cv2
import numpy as np
from PIL import Image

from chatbot.vision.scaling import scaled

DETECT_SIDE = 800
# RapidOCR enlarges pictures whose short side is under this before finding text; 600 keeps our 800 × 600 copy
# as it is: measured on the test badges, the same 5/5 names read as at 960 px, ~160 MB less at the peak.
DETECTOR_MIN_SIDE = 600
READ_HEIGHT = 48  # the recogniser's input height: taller crops are reduced to it here, by area averaging
# The recogniser's time follows the pixels it is given. By default it pads every crop to at least 320 px wide,
# so "Coats" or "12" cost as much as a sentence, and pads a batch to its widest crop; on a CPU a batch runs no
# faster than its crops one by one. So each crop is read alone, at its own width: all 39 boxes of
# tests/photos.classroom() in ~340 ms instead of ~450 ms in padded batches of 6 (fastest of 15), the same text.
NARROWEST_READ = READ_HEIGHT
READ_BATCH = 1
# Every box is read, up to MAX_LINES: a wall sentence can name a child ("Happy birthday Amelia Nowak from Oak
# Class"), so none is skipped for its shape, which would save only ~2 of 39 boxes on a classroom wall. Boxes nearest
# a name's shape ("Jessica Smith" on a badge) are read first, so that the cap drops long sentences and lone digits.
TYPICAL_NAME_ASPECT = 6
MAX_LINES = 40  # a photographed page of text: the rest of its boxes are not read (~1–16 ms each)
MIN_CONFIDENCE = 0.5


@dataclass(frozen=True)
class Reading:
    """What OCR made of a photo: the lines read, and how many text boxes were found and how many read."""

    lines: tuple[str, ...]  # most confident first
    found: int
    read: int


@lru_cache(maxsize=1)
def _engine() -> Any:
    from rapidocr_onnxruntime import RapidOCR  # ~0.6 s to load its models: only when a photo arrives

    logging.getLogger("RapidOCR").setLevel(logging.ERROR)
    shape = [3, READ_HEIGHT, NARROWEST_READ]
    return RapidOCR(det_limit_side_len=DETECTOR_MIN_SIDE, rec_img_shape=shape, rec_batch_num=READ_BATCH)


def load_models() -> None:
    """Load the OCR models now (they ship inside the package): `chatbot doctor` checks they are there."""
    _engine()


def read_text(image: Image.Image) -> tuple[str, ...]:
    """Lines of text found in the photo, most confident first."""
    return reading(image).lines


def reading(image: Image.Image) -> Reading:
    """The photo's text boxes found on a small copy, each read from the full pixels, the most name-shaped first."""
    small = scaled(image, DETECT_SIDE).convert("RGB")
    boxes, _ = _engine()(_bgr(np.asarray(small)), use_rec=False, use_cls=False)
    factor = max(image.size) / max(small.size)
    found = [np.asarray(box, dtype=np.float32) * factor for box in boxes or []]
    crops = [crop for crop in (_straightened(image, box) for box in likeliest_first(found)) if crop is not None]
    results = _engine().text_rec(crops)[0] if crops else []
    lines = sorted(((float(score), str(text).strip()) for text, score in results), reverse=True)
    kept = tuple(text for score, text in lines if score >= MIN_CONFIDENCE and text)
    return Reading(kept, found=len(found), read=len(crops))


def likeliest_first(boxes: list[np.ndarray]) -> list[np.ndarray]:
    """The boxes shaped most like a name first, at most MAX_LINES: on a crowded wall the cap drops sentences and
    number cards rather than the badge below them (the detector lists boxes top down)."""
    shapes = sorted(((abs(math.log(max(_aspect(box), 0.1) / TYPICAL_NAME_ASPECT)), i) for i, box in enumerate(boxes)))
    return [boxes[i] for _, i in shapes[:MAX_LINES]]


def _aspect(corners: np.ndarray) -> float:
    width, height = _sides(corners)
    return width / max(height, 1.0)


def _sides(corners: np.ndarray) -> tuple[float, float]:
    """Width and height of a four-cornered box, which may be tilted (badges hang at an angle)."""
    width = max(np.linalg.norm(corners[0] - corners[1]), np.linalg.norm(corners[2] - corners[3]))
    height = max(np.linalg.norm(corners[0] - corners[3]), np.linalg.norm(corners[1] - corners[2]))
    return float(width), float(height)


def _bgr(rgb: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(rgb[:, :, ::-1])  # RapidOCR, like OpenCV, expects blue-green-red


def _straightened(image: Image.Image, corners: np.ndarray) -> np.ndarray | None:
    """The text box cut from the full-resolution image, turned level and reduced to READ_HEIGHT."""
    left, top = np.floor(corners.min(axis=0)).astype(int)
    right, bottom = np.ceil(corners.max(axis=0)).astype(int)
    if right - left < 4 or bottom - top < 4:
        return None
    region = _bgr(np.asarray(image.crop((left, top, right, bottom)).convert("RGB")))
    local = (corners - [left, top]).astype(np.float32)
    width, height = (int(side) for side in _sides(local))
    if width < 4 or height < 4:
        return None
    target = np.array([[0, 0], [width, 0], [width, height], [0, height]], dtype=np.float32)
    level = cv2.warpPerspective(region, cv2.getPerspectiveTransform(local, target), (width, height))
    if height > READ_HEIGHT:
        level = cv2.resize(level, (max(1, width * READ_HEIGHT // height), READ_HEIGHT), interpolation=cv2.INTER_AREA)
    return np.ascontiguousarray(level)
