"""Finding web addresses in a post the way X does: with or without https://, bare domains with a known ending."""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

URL_RE = re.compile(
    r"(?:https?://[^\s<>\"]+|www\.[^\s<>\"]+"
    r"|(?<![@\w.\-/])(?:[^\W_](?:(?:[^\W_]|-){0,61}[^\W_])?\.)+(?P<tld>[a-z]{2,63})(?![\w@+\-])(?:/[^\s<>\"]*)?)",
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


@lru_cache(maxsize=1)
def top_level_domains() -> frozenset[str]:
    """Every top-level domain in the root zone, from the Public Suffix List that ships in `publicsuffixlist`.

    X counts "term.it" or "a.ac" as a 23-character link because .it and .ac are domains; so must we.
    """
    spec = importlib.util.find_spec("publicsuffixlist")  # its file only: the package's own parser is not needed
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the publicsuffixlist package is missing: run scripts/setup")
    text = (Path(spec.submodule_search_locations[0]) / "public_suffix_list.dat").read_text(encoding="utf-8")
    icann = text.split("===END ICANN DOMAINS===", 1)[0]
    return frozenset(
        line.strip().lower()
        for line in icann.splitlines()
        if line.strip() and not line.startswith("//") and "." not in line and line.strip().isascii()
    )


def find_urls(text: str) -> list[Url]:
    urls = []
    for match in URL_RE.finditer(text):
        if match.group("tld") and match.group("tld").lower() not in top_level_domains():
            continue
        raw = match.group()
        trimmed = raw.rstrip(_TRAILING)
        if trimmed.count("(") > trimmed.count(")") and raw[len(trimmed) : len(trimmed) + 1] == ")":
            trimmed += ")"  # keep the closing bracket of a Wikipedia-style address
        urls.append(Url(trimmed, match.start(), match.start() + len(trimmed)))
    return urls
