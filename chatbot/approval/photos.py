"""A draft's photos between the check and publication: what the store keeps, and what goes to the platform."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from chatbot.approval.draft import ImageAttachment
from chatbot.approval.ports import PublishImage
from chatbot.images import ImageInspection

Kept = tuple[bytes, dict[str, Any]]


def to_keep(image: ImageAttachment) -> Kept:
    """The sanitised bytes (never the original: it may carry GPS) and what inspecting them found."""
    inspection = image.inspection or ImageInspection(image.name, problem="it was never inspected")
    about = {k: v for k, v in asdict(inspection).items() if k != "sanitised"}
    return inspection.sanitised or b"", {**about, "alt_text": image.alt_text}


def attachment(kept: Kept) -> ImageAttachment:
    """A kept photo as an attachment whose inspection is already done, for re-checking after an edit."""
    data, about = kept
    inspection = ImageInspection(
        name=str(about["name"]),
        problem=about.get("problem"),
        width=int(about.get("width", 0)),
        height=int(about.get("height", 0)),
        removed=tuple(about.get("removed", ())),
        faces=int(about.get("faces", 0)),
        text_lines=tuple(about.get("text_lines", ())),
        sanitised=data or None,
        sanitised_type=about.get("sanitised_type"),
    )
    return ImageAttachment(name=inspection.name, alt_text=about.get("alt_text"), inspection=inspection)


def to_publish(kept: list[Kept]) -> tuple[PublishImage, ...]:
    """The readable photos, sanitised, with their descriptions, in the order they were attached."""
    return tuple(
        PublishImage(data, about["sanitised_type"] or "image/jpeg", about.get("alt_text"))
        for data, about in kept
        if data and not about.get("problem")
    )
