"""The core's sentences are written in Slack's markup; Teams shows Markdown, so this turns one into the other."""

from __future__ import annotations

import re
from collections.abc import Callable

from chatbot.cards import EMOJI

_USER = re.compile(r"<@([^>|]+)(?:\|[^>]*)?>")
_LINK = re.compile(r"<(https?://[^>|]+)\|([^>]+)>")
_BARE_LINK = re.compile(r"<(https?://[^>|]+)>")
_BOLD = re.compile(r"(?<![*\w])\*([^*\n]+)\*(?![*\w])")
_EMOJI = re.compile(r":([a-z_]+):")


def teams_text(text: str, name_of: Callable[[str], str]) -> str:
    """<@id> becomes the person's name, <url|label> a Markdown link, *bold* **bold**, :emoji: the character."""
    text = _USER.sub(lambda match: name_of(match[1]), text)
    text = _LINK.sub(lambda match: f"[{match[2]}]({match[1]})", text)
    text = _BARE_LINK.sub(lambda match: match[1], text)
    text = _BOLD.sub(lambda match: f"**{match[1]}**", text)
    text = _EMOJI.sub(lambda match: EMOJI.get(match[1], match[0]), text)
    return text.replace("/countersign ", "@Countersign ")


class People:
    """Staff names as Teams reported them on their own activities, so that messages can say who did what."""

    def __init__(self) -> None:
        self._names: dict[str, str] = {}

    def saw(self, user: str, name: str | None) -> bool:
        """True when this is a name not seen for this person before (so it is worth keeping)."""
        if not user or not name or self._names.get(user) == name:
            return False
        self._names[user] = name
        return True

    def name_of(self, user: str) -> str:
        return self._names.get(user, "a colleague")
