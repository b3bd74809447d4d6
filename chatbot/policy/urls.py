"""Finding web addresses in a post the way X does: with or without https://, bare domains with a known ending."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TLDS = (
    "com|org|net|edu|gov|uk|io|co|info|biz|me|ly|gl|tv|app|dev|ie|eu|us|ca|au|nz|in|de|fr|es|it|nl|be|ch|se|no|dk|fi"
    "|pl|pt|at|online|site|school|academy|education|page|link|ai|to|cc|gd|at|la|fm|ws|news|blog|shop|store|xyz"
)
URL_RE = re.compile(
    r"(?:https?://[^\s<>\"]+|www\.[^\s<>\"]+"
    r"|(?<![@\w.\-/])(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+(?:" + _TLDS + r")\b(?:/[^\s<>\"]*)?)",
    re.IGNORECASE,
)
_TRAILING = ".,!?;:)'\"]}…"


@dataclass(frozen=True, slots=True)
class Url:
    text: str
    start: int
    end: int

    @property
    def host(self) -> str:
        rest = re.sub(r"^https?://", "", self.text, flags=re.IGNORECASE)
        host = re.split(r"[/?#:]", rest, maxsplit=1)[0].lower()
        return host.removeprefix("www.")


def find_urls(text: str) -> list[Url]:
    urls = []
    for match in URL_RE.finditer(text):
        raw = match.group()
        trimmed = raw.rstrip(_TRAILING)
        if trimmed.count("(") > trimmed.count(")") and raw[len(trimmed) : len(trimmed) + 1] == ")":
            trimmed += ")"  # keep the closing bracket of a Wikipedia-style address
        urls.append(Url(trimmed, match.start(), match.start() + len(trimmed)))
    return urls
