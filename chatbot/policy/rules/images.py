"""Photo rules: unreadable files, metadata removed, one child alone, names visible in the photo, alt text."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise
from typing import TYPE_CHECKING

from chatbot import messages
from chatbot.approval.draft import Draft, ImageAttachment
from chatbot.images import ImageInspection
from chatbot.policy.finding import Hit, Severity
from chatbot.policy.name_index import CHILD_TITLES, TITLES
from chatbot.policy.names import find_names, names_in
from chatbot.policy.rule import rule
from chatbot.policy.text import TextView

if TYPE_CHECKING:
    from chatbot.policy.context import PolicyContext


def _inspected(draft: Draft) -> Iterable[tuple[str, ImageAttachment, ImageInspection]]:
    for index, image in enumerate(draft.images):
        if image.inspection is not None:
            yield messages.photo_label(index, image.name), image, image.inspection


@rule("image-unreadable")
def check_image_unreadable(draft: Draft, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    """Corrupt, truncated, unsupported or enormous files, and decompression bombs: never published."""
    for label, _, inspection in _inspected(draft):
        if inspection.problem:
            yield Hit(messages.image_unreadable(label, inspection.problem), None, messages.IMAGE_UNREADABLE_SUGGESTION)


@rule("image-metadata")
def check_image_metadata(draft: Draft, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    """Every photo is re-encoded from its pixels; this records what that removed (GPS above all)."""
    for label, _, inspection in _inspected(draft):
        if inspection.readable and inspection.removed:
            yield Hit(messages.metadata_removed(label, inspection.removed), cap=Severity.INFO)


@rule("single-child-photo")
def check_single_child_photo(draft: Draft, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    """Exactly one face: a photo of an individual child rather than a group; in a post about a member of staff
    that names no pupil ("welcome Mr Fox"), most likely theirs, so a check rather than a block."""
    singles = [label for label, _, inspection in _inspected(draft) if inspection.readable and inspection.faces == 1]
    staff = _staff_named(text, ctx) if singles else ""  # read only when there is a single face to explain
    for label in singles:
        if staff:
            yield Hit(messages.single_face_of_staff(label, staff), None, messages.SINGLE_FACE_SUGGESTION,
                      cap=Severity.WARN)  # fmt: skip
        else:
            yield Hit(messages.single_face(label), None, messages.SINGLE_FACE_SUGGESTION)


def _staff_named(text: TextView, ctx: PolicyContext) -> str:
    """The first member of staff named with a title ("Mr Fox"), if no pupil is named too; else ""."""
    if any(m.strength == "strong" for m in names_in(ctx.names, text).matches):
        return ""
    for before, word in pairwise(text.words):
        if before.lower in TITLES and before.lower not in CHILD_TITLES and word.is_capitalised:
            return f"{before.text} {word.text}"
    return ""


@rule("name-in-image")
def check_name_in_image(draft: Draft, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    """Roster names read from the photo (a name badge) or written in its description, by the pupil-name logic."""
    if not len(ctx.roster):
        return
    for label, image, inspection in _inspected(draft):
        for name in _names_in(" \n".join(inspection.text_lines), ctx):
            yield Hit(messages.name_in_image(label, name), None, messages.NAME_IN_IMAGE_SUGGESTION)
        for name in _names_in(image.alt_text or "", ctx):
            yield Hit(messages.name_in_alt_text(label, name), None, messages.NAME_IN_ALT_SUGGESTION)


def _names_in(written: str, ctx: PolicyContext) -> list[str]:
    if not written.strip():
        return []
    view = TextView(written)
    found = find_names(ctx.names, view.words, view.norm, view.lower)
    return [view.norm[m.start : m.end] for m in found if m.strength == "strong"]


@rule("alt-text")
def check_alt_text(draft: Draft, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    """A photo without a description leaves out people who use screen readers."""
    for label, image, inspection in _inspected(draft):
        if inspection.readable and not (image.alt_text or "").strip():
            yield Hit(messages.missing_alt_text(label), None, messages.ALT_TEXT_SUGGESTION)
