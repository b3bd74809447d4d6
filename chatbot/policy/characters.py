"""Which characters are invisible, and how letters fold for matching: both derived from Unicode's own data."""

from __future__ import annotations

import unicodedata
from functools import cache

import regex

# Unicode's Default_Ignorable_Code_Point property: zero-width characters, joiners, variation selectors, tag
# characters, Hangul fillers, bidi controls… Everything a renderer may show as nothing.
_IGNORABLE = regex.compile(r"\p{Default_Ignorable_Code_Point}")
ZWJ, VS15, VS16 = "\u200d", "\ufe0e", "\ufe0f"
BLACK_FLAG = "\U0001f3f4"  # 🏴 followed by tag characters spells England's, Scotland's and Wales's flags
TAGS = range(0xE0020, 0xE0080)
# Letters that carry their mark in their shape, so that decomposing them leaves them unchanged.
_UNMARKED = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h", "ı": "i", "ŧ": "t"}
# Letters from other scripts that look like Latin ones ("Jоsh" with a Cyrillic о).
_CONFUSABLES = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d", "ɡ": "g", "һ": "h",
    "ӏ": "l", "ԛ": "q", "ԝ": "w", "ո": "n", "ս": "u", "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M",
    "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J",
    "α": "a", "ο": "o", "ν": "v", "ρ": "p", "τ": "t", "ι": "i", "κ": "k", "χ": "x", "Α": "A", "Β": "B",
    "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T",
    "Υ": "Y", "Χ": "X", "‘": "'", "’": "'", "ʼ": "'", "`": "'", "´": "'",
}  # fmt: skip


def is_word_character(ch: str) -> bool:
    """What a regex's \\w matches in text: a letter, a digit or an underscore."""
    return ch.isalnum() or ch == "_"


def is_pictographic(ch: str) -> bool:
    return ord(ch) >= 0x2190 and unicodedata.category(ch) == "So"


def hidden_positions(original: str) -> list[int]:
    """Positions of default-ignorable characters, except those that build an emoji a reader sees."""
    hidden = []
    tags_from = 0  # where the run of tag characters being read began: each tag does not look back for it again
    for match in _IGNORABLE.finditer(original):
        i = match.start()
        if ord(original[i]) in TAGS:
            tags_from = tags_from if i > 0 and ord(original[i - 1]) in TAGS else i
            shows = tags_from > 0 and original[tags_from - 1] == BLACK_FLAG  # 🏴󠁧󠁢󠁥󠁮󠁧󠁿: tags after a black flag
        else:
            shows = _builds_emoji(original, i)
        if not shows:
            hidden.append(i)
    return hidden


def _builds_emoji(text: str, i: int) -> bool:
    ch, before = text[i], text[i - 1] if i else ""
    if ch == ZWJ:  # a family or a profession: two pictographs joined
        after = text[i + 1] if i + 1 < len(text) else ""
        if before == VS16 and i > 1:
            before = text[i - 2]
        return bool(before and after) and is_pictographic(before) and is_pictographic(after)
    if ch in (VS15, VS16):  # ❤️, 1️⃣: a symbol or digit shown as emoji; after a letter it only hides
        return bool(before) and not before.isalpha()
    return False


@cache
def small_capitals() -> dict[str, str]:
    """ᴀ ʙ ᴄ… (LATIN LETTER SMALL CAPITAL X) to X, from the characters' Unicode names: capitals, so that a name
    written "ʜᴀᴢᴇʟ" reads as the name it imitates, not as the word "hazel"."""
    found = {}
    for code in (*range(0x0250, 0x02B0), *range(0x1D00, 0x1D80), *range(0xA730, 0xA7B0)):
        name = unicodedata.name(chr(code), "")
        if name.startswith("LATIN LETTER SMALL CAPITAL ") and len(letter := name.rsplit(" ", 1)[1]) == 1:
            found[chr(code)] = letter
    return found


@cache
def fold_char(ch: str) -> str:
    """One character as matching sees it: compatibility forms and small capitals as plain letters, accents off."""
    if ch in small_capitals():
        return small_capitals()[ch]
    if unicodedata.combining(ch):
        return ""
    bare = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return "".join(_UNMARKED.get(c, _CONFUSABLES.get(c, c)) for c in bare)


def fold(text: str) -> str:
    """A name or a word as matching sees it ("Zoë" and "Zoe" alike); the same fold the draft's text gets."""
    if text.isascii():  # the only ASCII character that folds is the backtick, to an apostrophe
        return text.replace("`", "'")
    return "".join(fold_char(ch) for ch in text)
