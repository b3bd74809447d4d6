"""The core's sentences (Slack's markup, strangers' words escaped by the core) as safe HTML for the workspace."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from chatbot.cards import EMOJI

_TOKEN = re.compile(r"<@([^>|]+)(?:\|[^>]*)?>|<((?:https?://|/)[^>|\s]+)(?:\|([^>]+))?>")
_BOLD = re.compile(r"(?<![*\w])\*([^*\n]+)\*(?![*\w])")
_ITALIC = re.compile(r"(?<![_\w])_([^_\n]+)_(?![_\w])")
_EMOJI = re.compile(r":([a-z_]+):")


def to_html(text: str, name_of: Callable[[str], str]) -> str:
    """Line by line: a line opening with ">" is a quotation; <@person> a name, <url|label> a link."""
    lines = [_line(row, name_of) for row in text.split("\n")]
    return "<br>".join(lines)


def _line(row: str, name_of: Callable[[str], str]) -> str:
    if row.startswith(">"):
        return f'<q class="quote">{_words(row[1:].lstrip(), name_of)}</q>'
    return _words(row, name_of)


def _words(raw: str, name_of: Callable[[str], str]) -> str:
    out, start = [], 0
    for match in _TOKEN.finditer(raw):
        out.append(_styled(raw[start : match.start()]))
        out.append(_token(match, name_of))
        start = match.end()
    out.append(_styled(raw[start:]))
    return "".join(out)


def _token(match: re.Match[str], name_of: Callable[[str], str]) -> str:
    if match[1]:
        return f'<span class="mention">@{html.escape(name_of(match[1]))}</span>'
    url = html.escape(html.unescape(match[2]), quote=True)
    label = _styled(match[3]) if match[3] else url
    return f'<a href="{url}" target="_blank" rel="noopener noreferrer">{label}</a>'


def _styled(segment: str) -> str:
    """Plain text: the core's escaping undone, then HTML's done; *bold*, _italic_ and :emoji: drawn."""
    text = html.escape(html.unescape(segment), quote=False)
    text = _BOLD.sub(r"<strong>\1</strong>", text)
    text = _ITALIC.sub(r"<em>\1</em>", text)
    return _EMOJI.sub(lambda match: EMOJI.get(match[1], match[0]), text)
