"""Hostile drafts: short pieces that, repeated, reach every pattern and scan in chatbot/policy at its worst."""

from __future__ import annotations

HOSTILE = {
    "e-mail": "a@",
    "address dots": "a.",
    "at signs": "@",
    "at signs and spaces": "@@ ",
    "local parts": "a-",
    "spelt e-mail": "a at ",
    "spelt addresses": "a dot b84 at c dot d ",
    "schemes": "http://",
    "links": "http://x.co/a ",
    "bracketed paths": "http://x.co/(a)",
    "bare domains": "a.co ",
    "www": "www.",
    "digits and spaces": "0 ",
    "phone prefixes": "+44",
    "digits and dashes": "0-",
    "spoken digits": "double one ",
    "one letter": "a",
    "spaced letters": "a b ",
    "names listed": "hope and Amelia ",
    "names in a list": "Amelia, ",
    "a roster name": "amelia ",
    "intensifiers": "very ",
    "blank lines": "\n",
    "cue then lines": "Well done\n",
    "masked words": "z*zz ",
    "mild words capitalised": "Bloody/",
    "open quotes": "“",
    "first person quoted": 'I "x" ',
    "capitalised runs": "Aa of ",
    "addresses": "1 Main Road ",
    "emoji": "😀",
    "tag characters": "\U000e0041",
    "joiners": "\u200d",
}


def repeated(unit: str, size: int) -> str:
    """The piece repeated to exactly `size` characters."""
    return (unit * (size // len(unit) + 1))[:size]
