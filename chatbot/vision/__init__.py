"""The image inspector: the only package that imports Pillow, OpenCV and the OCR engine."""

from __future__ import annotations

from chatbot.vision.inspector import PillowInspector

__all__ = ["PillowInspector"]
