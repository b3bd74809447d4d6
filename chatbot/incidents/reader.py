"""Reads what a reply means: the shipped model's embedding of it, and the shipped head's probability of each kind."""

from __future__ import annotations

import logging
import re
import zipfile
from functools import cache
from pathlib import Path

from chatbot.incidents.encoder import E5Encoder, Encoder, ModelUnavailable, parts
from chatbot.incidents.head import LABELS, Head

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
    """Loaded once per process (about 0.2 s): the model from its package, the head from this package."""
    return Reader(E5Encoder(), shipped_head())


def school_reader(stored: bytes | None) -> Reader:
    """The head refitted with the school's decisions when there is one (a damaged one is said, and not used)."""
    reader = shipped_reader()
    if stored:
        try:
            return Reader(reader.encoder, Head.from_bytes(stored))
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as error:
            logger.error("the school's refitted classifier head is damaged (%s): using the shipped one", error)
    return reader


def shipped_head(path: Path = HEAD) -> Head:
    try:
        return Head.load(path)
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as error:
        raise ModelUnavailable(
            f"the incident classifier's head ({path.name}) cannot be read ({type(error).__name__}): "
            "reinstall Countersign with scripts/setup"
        ) from None
