"""Reading text in a photo (name badges, labels) with RapidOCR, whose models ship inside its package.

Text is found on a reduced copy (fast, little memory) and read from the full-resolution pixels, so that a
small badge in a 12 MP photo is still legible to the recogniser.
"""

from __future__ import annotations

import logging
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
READ_HEIGHT = 96  # the recogniser works at 48 px high; taller crops are reduced first
MAX_LINES = 40
MIN_CONFIDENCE = 0.5


@lru_cache(maxsize=1)
def _engine() -> Any:
    from rapidocr_onnxruntime import RapidOCR  # ~0.6 s to load its models: only when a photo arrives

    logging.getLogger("RapidOCR").setLevel(logging.ERROR)
    return RapidOCR(det_limit_side_len=DETECTOR_MIN_SIDE)


def load_models() -> None:
    """Load the OCR models now (they ship inside the package): `chatbot doctor` checks they are there."""
    _engine()


def read_text(image: Image.Image) -> tuple[str, ...]:
    """Lines of text found in the photo, most confident first."""
    small = scaled(image, DETECT_SIDE).convert("RGB")
    boxes, _ = _engine()(_bgr(np.asarray(small)), use_rec=False, use_cls=False)
    factor = max(image.size) / max(small.size)
    lines = []
    for box in (boxes or [])[:MAX_LINES]:
        crop = _straightened(image, np.asarray(box, dtype=np.float32) * factor)
        if crop is not None:
            text, score = _read(crop)
            if score >= MIN_CONFIDENCE and text.strip():
                lines.append((score, text.strip()))
    return tuple(text for _, text in sorted(lines, reverse=True))


def _bgr(rgb: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(rgb[:, :, ::-1])  # RapidOCR, like OpenCV, expects blue-green-red


def _straightened(image: Image.Image, corners: np.ndarray) -> np.ndarray | None:
    """The text box cut from the full-resolution image and turned level (badges hang at an angle)."""
    left, top = np.floor(corners.min(axis=0)).astype(int)
    right, bottom = np.ceil(corners.max(axis=0)).astype(int)
    if right - left < 4 or bottom - top < 4:
        return None
    region = _bgr(np.asarray(image.crop((left, top, right, bottom)).convert("RGB")))
    local = (corners - [left, top]).astype(np.float32)
    width = int(max(np.linalg.norm(local[0] - local[1]), np.linalg.norm(local[2] - local[3])))
    height = int(max(np.linalg.norm(local[0] - local[3]), np.linalg.norm(local[1] - local[2])))
    if width < 4 or height < 4:
        return None
    target = np.array([[0, 0], [width, 0], [width, height], [0, height]], dtype=np.float32)
    level = cv2.warpPerspective(region, cv2.getPerspectiveTransform(local, target), (width, height))
    if height > READ_HEIGHT:
        level = cv2.resize(level, (max(1, width * READ_HEIGHT // height), READ_HEIGHT), interpolation=cv2.INTER_AREA)
    return np.ascontiguousarray(level)


def _read(crop: np.ndarray) -> tuple[str, float]:
    result, _ = _engine()(crop, use_det=False, use_cls=False)
    if not result:
        return "", 0.0
    text, score = result[0]
    return str(text), float(score)
