"""What a report says will go out (the networks, the photos in order with their descriptions) and what will not, and
what is said when the photos are described."""

from __future__ import annotations

from collections.abc import Sequence

LEFT_OUT_WHY = {
    "too-many": "a post carries at most four photos; post the others in a second draft",
    "video": "Countersign does not publish video; post a photo instead, or share the video another way",
    "too-large": "it is larger than the 30 MB a photo can be",
    "not-a-photo": "it is not a photo; only photos go out with a post",
}
NO_DESCRIPTION = "no description yet"
DESCRIBED_TOO_LATE = "The photos' descriptions can only be changed before the draft is approved: edit or repost it."
DESCRIBED_NOT_YOURS = "Only the author or an approver can describe the photos."
DESCRIBED_TAKEN = "Thank you: the draft is checked again with the photos' descriptions; its report shows them."
PHOTOS_AS_PUBLISHED = "The photos as they would be published (location, camera and other hidden details removed):"
ORIGINALS_STAY = (
    "Only checked copies of the photos are published, with location and camera details removed. The original photos "
    "stay in this channel as they were posted (the bot cannot remove another person's files): once the post is "
    "published, the author can delete them from the message. A draft made with the draft form never shows them."
)
PHOTOS_NOT_SHOWN = (
    "The photos could not be shown in this thread, so approvers cannot see them here yet. "
    "They are kept, checked and listed in the report; ask the author to post them again if in doubt."
)


def goes_out(networks: Sequence[str], photos: Sequence[tuple[str, str | None]]) -> str:
    """One line: where the post goes, and each photo with its description, in the order they are published."""
    where = _listed(list(networks)) if networks else "the school's account"
    if not photos:
        return f"What goes out on {where}: the text above, with no photo."
    described = "; ".join(f"photo {n} ({name}): {_described(alt)}" for n, (name, alt) in enumerate(photos, 1))
    return f"What goes out on {where}: the text above, then {described}."


def smaller_copies(network: str, numbers: Sequence[int]) -> str:
    """A network whose size limit some photos exceed: it is sent smaller copies (the best quality that fits)."""
    which = _listed([str(n) for n in numbers])
    return f"{network} takes smaller photos: it gets a reduced copy of photo{'s' if len(numbers) > 1 else ''} {which}."


def not_published(files: Sequence[tuple[str, str]]) -> str:
    """One line naming each attached file that will not be published, and why."""
    named = "; ".join(f"{name}: {LEFT_OUT_WHY.get(reason, reason)}" for name, reason in files)
    return f"Not published: {named}."


def _described(alt: str | None) -> str:
    return f"“{alt}”" if alt and alt.strip() else NO_DESCRIPTION


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
