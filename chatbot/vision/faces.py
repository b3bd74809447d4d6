"""Counting frontal faces with OpenCV's Haar cascade (it ships inside opencv-python-headless 4.x)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import cv2
import numpy as np
from PIL import Image

from chatbot.vision.scaling import scaled

DETECT_SIDE = 1000  # faces down to ~2.5 % of the photo's short side (about 75 px in a 12 MP photo)
MIN_FACE_FRACTION = 0.025
CASCADE = "haarcascade_frontalface_alt2.xml"  # the fewest false faces of the shipped cascades


@lru_cache(maxsize=1)
def _cascade() -> Any:
    classifier = cv2.CascadeClassifier(cv2.data.haarcascades + CASCADE)  # type: ignore[attr-defined]
    if classifier.empty():
        raise RuntimeError(f"OpenCV's {CASCADE} is missing: reinstall opencv-python-headless<5")
    return classifier


def count_faces(image: Image.Image) -> int:
    """How many frontal faces the photo shows; profiles and backs of heads are not counted."""
    gray = np.asarray(scaled(image, DETECT_SIDE).convert("L"))
    side = max(20, round(min(gray.shape) * MIN_FACE_FRACTION))
    found = _cascade().detectMultiScale(gray, scaleFactor=1.1, minNeighbors=5, minSize=(side, side))
    return len(found)
