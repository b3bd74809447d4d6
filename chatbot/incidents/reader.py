"""Reads what a reply means: the shipped model's embedding of it, and the shipped head's probability of each kind."""

from __future__ import annotations

import logging
import re
import zipfile
from functools import cache
from pathlib import Path

from chatbot.incidents.encoder import Encoder, ModelUnavailable, parts
from chatbot.incidents.head import LABELS, Head
from chatbot.incidents.joint import JointEncoder

logger = logging.getLogger(__name__)
HEAD = Path(__file__).parent / "data" / "head.npz"
_UNREADABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # NUL would end the text early inside the C engine


class Reader:
    def __init__(self, encoder: Encoder, head: Head) -> None:
        self.encoder, self.head = encoder, head

    def read(self, text: str) -> dict[str, float]:
        """The probability of each label ("none" and the kinds); for a long reply, its most worrying part."""
        clean = _UNREADABLE.sub(" ", text).strip()
        if not clean:
            return {label: float(label == "none") for label in LABELS}
        probabilities = self.head.probabilities(self.encoder.embed(parts(clean)))
        worst = probabilities[int(probabilities[:, 0].argmin())]
        return {label: float(p) for label, p in zip(LABELS, worst, strict=True)}


@cache
def shipped_reader() -> Reader:
    """Loaded once per process (about 0.7 s): the models from their packages, the head from this package."""
    return Reader(JointEncoder(), shipped_head())


def school_reader(stored: bytes | None) -> Reader:
    """The head refitted with the school's decisions when there is one (a damaged one is said, and not used)."""
    reader = shipped_reader()
    if not stored:
        return reader
    try:
        head = Head.from_bytes(stored)
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as error:
        logger.error("the school's refitted classifier head is damaged (%s): using the shipped one", error)
        return reader
    if head.width != reader.head.width:  # fitted before the models changed
        logger.warning("the school's refitted classifier head reads another model's embeddings (%d wide, not %d): "
                       "using the shipped one until the next refit re-reads the kept decisions",
                       head.width, reader.head.width)  # fmt: skip
        return reader
    return Reader(reader.encoder, head)


def shipped_head(path: Path = HEAD) -> Head:
    try:
        return Head.load(path)
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as error:
        raise ModelUnavailable(
            f"the incident classifier's head ({path.name}) cannot be read ({type(error).__name__}): "
            "reinstall Countersign with scripts/setup"
        ) from None
