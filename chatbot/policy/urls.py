"""Finding web addresses in a post the way X does: a real host, with or without https://, and a known ending."""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# As twitter-text reads links: a host of letter-or-digit labels ending in a real top-level domain, with or without
# http(s)://, after a character that does not join it to a word, an @handle, a #tag or a $cashtag; then a port, a
# path and a query in the characters X allows there. "http://" with no such host is text ("http://"*7000 is
# 49,000 characters, not one link).
_NOT_BEFORE = r"(?<![\w@$#＠＃])"
_LATIN = r"\xc0-\xd6\xd8-\xf6\xf8-\xff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259\u025b\u0263\u0268\u026f\u0272\u0289" \
         r"\u028b\u02bb\u0300-\u036f\u1e00-\u1eff"  # fmt: skip
_LETTERS = r"a-z0-9\u0400-\u04ff" + _LATIN


def _labels(letter: str) -> str:
    return r"(?:" + letter + r"(?:(?:" + letter + r"|-){0,61}" + letter + r")?\.)+"


# With a scheme any letters (münchen.de); without, Latin ones only (漢.ac is text).
_HOST = r"(?(scheme)" + _labels(r"[^\W_]") + "|" + _labels(r"[a-z0-9" + _LATIN + "]") + r")"
_HOST += r"(?P<tld>[a-z]{2,63})(?![a-z0-9@+\-])"
_PATH = r"/[" + _LETTERS + r"!*';:=+,.$/%#\[\]\-\u2013_~@|&()]*"
_QUERY = r"\?[a-z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]*"
URL_RE = re.compile(  # without a scheme, a port and a query count only with a path, as in twitter-text
    r"(?:" + _NOT_BEFORE + r"(?P<scheme>https?://)|" + _NOT_BEFORE + r"(?<![.\-/]))" + _HOST
    + r"(?(scheme)(?::\d+)?(?:" + _PATH + r")?(?:" + _QUERY + r")?|(?:(?::\d+)?" + _PATH + r"(?:" + _QUERY + r")?)?)",
    re.IGNORECASE,
)  # fmt: skip
# A link ends on one of these (or on a bracket that closes one opened inside it): "x.org/a." ends before the dot.
_ENDING = re.compile(r"[" + _LETTERS + r"+\-=_#/&]", re.IGNORECASE)
MAX_LINK = 4_096  # twitter-text: a longer address (with its scheme) is not a link


@dataclass(frozen=True, slots=True)
class Url:
    text: str
    start: int
    end: int

    @property
    def with_scheme(self) -> bool:
        return self.text[:8].lower().startswith(("http://", "https://"))

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


@lru_cache(maxsize=8)  # the link rule, spelling and the length count each ask about the same text
def find_urls(text: str) -> tuple[Url, ...]:
    urls = []
    for match in URL_RE.finditer(text):
        if match.group("tld").lower() not in top_level_domains():
            continue
        link = _trimmed(match.group())
        if len(link) + (0 if match.group("scheme") else len("https://")) <= MAX_LINK:
            urls.append(Url(link, match.start(), match.start() + len(link)))
    return tuple(urls)


def _trimmed(raw: str) -> str:
    """The address up to a bracket that does not pair up, then back to a character a link may end on."""
    end = _paired_end(raw) if "(" in raw or ")" in raw else len(raw)
    while end > 0 and not _ENDING.match(raw, end - 1) and raw[end - 1] != ")":
        end -= 1
    return raw[:end]


def _paired_end(raw: str) -> int:
    """Where the first bracket that is never closed (or closes nothing) starts; X's links nest at most two deep."""
    depth, opened = 0, 0
    for i, char in enumerate(raw):
        if char == "(":
            opened = i if depth == 0 else opened
            depth += 1
            if depth > 2:
                return opened
        elif char == ")":
            if depth == 0:
                return i
            depth -= 1
    return opened if depth else len(raw)
