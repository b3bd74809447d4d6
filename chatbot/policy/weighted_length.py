"""X's weighted character count (twitter-text v3): URLs count 23, emoji and most non-Latin characters 2."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

from chatbot.policy.urls import find_urls

URL_WEIGHT = 23
_LIGHT_RANGES = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))
# fmt: off
_PICTOGRAPHIC = ((0x1F000, 0x1FAFF), (0x2600, 0x27BF), (0x2300, 0x23FF), (0x2B00, 0x2BFF), (0x2190, 0x21FF),
                 (0x25A0, 0x25FF), (0x2900, 0x297F), (0x3030, 0x3030), (0x303D, 0x303D), (0x3297, 0x3299),
                 (0xA9, 0xA9), (0xAE, 0xAE), (0x203C, 0x203C), (0x2049, 0x2049), (0x2122, 0x2122), (0x2139, 0x2139))
# fmt: on
_REGIONAL = (0x1F1E6, 0x1F1FF)
_MODIFIERS = (0x1F3FB, 0x1F3FF)
_KEYCAP_BASES = frozenset("0123456789#*")
_ZWJ_SYMBOLS = frozenset((0x2640, 0x2642, 0x2695, 0x2696, 0x2708, 0x2764, 0x27A1, 0x2744, 0x26A7, 0x2620, 0x2B1B))
_TONED = ((0x1F385, 0x1FAFF), (0x261D, 0x261D), (0x26F9, 0x26F9), (0x270A, 0x270D))  # people and hands
_JOINED = ((0x1F000, 0x1FAFF), *((code, code) for code in sorted(_ZWJ_SYMBOLS)))


def _class(ranges: Iterable[tuple[int, int]]) -> str:
    return "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high in ranges)


_HEAVY = re.compile(f"[^{_class(_LIGHT_RANGES)}]")  # a character that weighs 2
# An emoji sequence as `_emoji_end` reads one: a keycap, a flag's pair, or a pictograph with its variation
# selectors, tags, skin tone (after a person or a hand) and zero-width-joined companions.
_EMOJI = re.compile(
    r"[0-9#*]\ufe0f?\u20e3|[\U0001f1e6-\U0001f1ff]{1,2}"
    + f"|[{_class(_PICTOGRAPHIC)}](?:[\\ufe0f\\ufe0e\\U000e0020-\\U000e007f]"
    + f"|(?<=[{_class(_TONED)}])[{_class((_MODIFIERS,))}]|\\u200d[{_class(_JOINED)}])*"
)

X_LIMIT = 280
# Within this distance of the limit the count comes from twitter-text, X's own rules (ported to Python):
# its link finder has corners ours does not copy, and near the limit a few characters decide the verdict.
EXACT_BAND = 60
# twitter-text's link pattern is quadratic on some paths ("(a)" repeated), and no link is longer than 4,096
# characters: a longer text near the limit in our count is junk, and keeps our count.
EXACT_AT_MOST = 4_500
# Plain ASCII with no dot between letters cannot hold a link, so its count is its length for X too.
_COULD_DIFFER = re.compile(r"\w\.\w|://|[^\x00-\x7f]")


@lru_cache(maxsize=256)  # the engine and the length rule both ask about the same text
def weighted_length(text: str, limit: int = X_LIMIT) -> int:
    """The count X compares with its 280 limit: exact near the limit, our faster equivalent elsewhere."""
    text = unicodedata.normalize("NFC", text)
    estimate = _estimate(text)
    if abs(estimate - limit) <= EXACT_BAND and len(text) <= EXACT_AT_MOST and _COULD_DIFFER.search(text):
        return _exact(text)
    return estimate


def _estimate(text: str) -> int:
    """The same count as adding up `_units`, in bulk: a regex finds the emoji, the rest is counted by class."""
    urls = find_urls(text)
    if text.isascii() and not urls:
        return len(text)
    total, position = 0, 0
    for url in urls:
        total += _weight(text, position, url.start) + URL_WEIGHT
        position = url.end
    return total + _weight(text, position, len(text))


def _weight(text: str, start: int, stop: int) -> int:
    total, position = 0, start
    for emoji in _EMOJI.finditer(text, start, stop):
        total += _plain(text, position, emoji.start()) + 2
        position = emoji.end()
    return total + _plain(text, position, stop)


def _plain(text: str, start: int, stop: int) -> int:
    return stop - start + len(_HEAVY.findall(text, start, stop))


def _exact(text: str) -> int:
    from twitter_text import parse_tweet  # ~0.3 s to import: only for posts close to the limit

    return int(parse_tweet(text).weightedLength)


def overflow_index(text: str, limit: int) -> int | None:
    """The index in `text` of the first character that takes it past `limit`, or None when it fits.

    Counted on the text as given (not NFC-normalised), so that the index points into it.
    """
    total = 0
    for start, weight in _units(text):
        total += weight
        if total > limit:
            return start
    return None


def _units(text: str) -> Iterator[tuple[int, int]]:
    """(start index, weight) of each counted unit: a link, an emoji sequence or a single character."""
    position = 0
    for url in find_urls(text):
        yield from _character_units(text, position, url.start)
        yield url.start, URL_WEIGHT
        position = url.end
    yield from _character_units(text, position, len(text))


def _character_units(text: str, i: int, stop: int) -> Iterator[tuple[int, int]]:
    while i < stop:
        end = min(_emoji_end(text, i), stop)
        if end > i:
            yield i, 2
            i = end
            continue
        yield i, 1 if _in(ord(text[i]), _LIGHT_RANGES) else 2
        i += 1


def _in(code: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(low <= code <= high for low, high in ranges)


def _emoji_end(text: str, i: int) -> int:
    """The end of the emoji sequence starting at i, or i when none starts there."""
    code = ord(text[i])
    nxt = ord(text[i + 1]) if i + 1 < len(text) else 0
    if text[i] in _KEYCAP_BASES:
        return _keycap_end(text, i)
    if _REGIONAL[0] <= code <= _REGIONAL[1]:
        return i + 2 if _REGIONAL[0] <= nxt <= _REGIONAL[1] else i + 1
    if not _in(code, _PICTOGRAPHIC):
        return i
    return _sequence_end(text, i + 1)


def _keycap_end(text: str, i: int) -> int:
    rest = text[i + 1 : i + 3]
    if rest == "\ufe0f\u20e3":
        return i + 3
    return i + 2 if rest[:1] == "\u20e3" else i


def _is_modifier_after(code: int, previous: int) -> bool:
    """Skin tones follow people and hands; after anything else X counts them as emoji of their own."""
    if not _MODIFIERS[0] <= code <= _MODIFIERS[1]:
        return False
    return _in(previous, _TONED)


def _joins(code: int) -> bool:
    """What a zero-width joiner glues into one emoji: people, objects, and the few symbols used in sequences."""
    return _in(code, _JOINED)


def _sequence_end(text: str, j: int) -> int:
    while j < len(text):
        code = ord(text[j])
        if code in (0xFE0F, 0xFE0E) or 0xE0020 <= code <= 0xE007F or _is_modifier_after(code, ord(text[j - 1])):
            j += 1
        elif code == 0x200D and j + 1 < len(text) and _joins(ord(text[j + 1])):
            j += 2
        else:
            break
    return j
