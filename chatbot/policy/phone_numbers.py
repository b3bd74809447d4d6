"""Phone numbers however they are written: spoken ("oh seven seven double oh, nine hundred…"), mixed with figures
("zero 7700 900461", "plus four four, 7700…") or with letters for figures ("07700 9OO 835")."""

from __future__ import annotations

import re
from collections.abc import Iterator

SPOKEN = {"zero": "0", "oh": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
          "six": "6", "seven": "7", "eight": "8", "nine": "9"}  # fmt: skip
_WORD = "|".join(SPOKEN)
# One piece of a number: a group of figures (O for 0 and I or l for 1 inside it), a spoken figure, "double X",
# "hundred" after a figure, or "plus" before the country code
_PIECE = re.compile(
    rf"(?<![\w+])(?:\+|plus\b|(?:double|treble|triple)[\s-]+(?:{_WORD}|\d)\b|(?:{_WORD}|hundred)\b"
    rf"|[OIl]*\d[\dOIl]*(?![\w]))",
    re.IGNORECASE,
)
_GAP = re.compile(r"[\s,().\-‐-―]{0,3}")
NATIONAL = (10, 11)  # a UK number's figures, with its leading 0


def phone_runs(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, national figures) of each run of number pieces that reads as a UK phone number."""
    run: list[re.Match[str]] = []
    for piece in _PIECE.finditer(text):
        if run and not _GAP.fullmatch(text, run[-1].end(), piece.start()):
            yield from _number(run)
            run = []
        run.append(piece)
    yield from _number(run)


def _number(run: list[re.Match[str]]) -> Iterator[tuple[int, int, str]]:
    figures = "".join(_figures(piece.group()) for piece in run)
    national = "0" + figures[3:] if figures.startswith("+44") else figures
    if len(national) == 10 and national.startswith("7"):  # a mobile said without its 0: "seven seven zero zero…"
        national = "0" + national
    if national.startswith("0") and len(national) in NATIONAL and national.isdigit() and len(run) > 1:
        yield run[0].start(), run[-1].end(), national


def _figures(piece: str) -> str:
    low = " ".join(piece.lower().replace("-", " ").split())  # "double-oh" is "double oh"
    if low in ("+", "plus"):
        return "+"
    if low == "hundred":
        return "00"
    if low.startswith(("double ", "treble ", "triple ")):
        times, figure = low.split(" ")
        return SPOKEN.get(figure, figure) * (2 if times == "double" else 3)
    return SPOKEN.get(low) or low.replace("o", "0").replace("i", "1").replace("l", "1")
