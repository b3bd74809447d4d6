"""One table for every section: the figure (median of the runs, with min and max), its goal, and the peer's ratio."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Goal:
    """A goal a figure is held to: met or missed is decided on the median of the runs, and a miss says why."""

    limit: float
    unit: str = ""
    at_least: bool = False
    why_missed: str = ""

    def met(self, value: float) -> bool:
        return value >= self.limit if self.at_least else value <= self.limit

    def __str__(self) -> str:
        return f"{'≥' if self.at_least else '≤'} {self.limit:,g}{self.unit}"


@dataclass(frozen=True)
class Row:
    """A line of the table. A row with a `number` is a measurement: the runs' numbers are combined into it."""

    section: str
    measure: str
    value: str = ""
    goal: str | Goal = ""
    peer: str = ""
    ratio: float | None = None
    number: float | None = None
    unit: str = ""
    digits: int = 1
    peer_number: float | None = None
    runs: tuple[float, ...] = ()

    def shown(self) -> str:
        if self.number is None:
            return self.value
        figure = f"{_figure(self.number, self.digits)}{self.unit}"
        if len(self.runs) > 1:
            figure += f" ({_figure(min(self.runs), self.digits)}–{_figure(max(self.runs), self.digits)})"
        return figure + (f" {self.value}" if self.value else "")

    def judged(self) -> str:
        if not isinstance(self.goal, Goal) or self.number is None:
            return str(self.goal)
        if self.goal.met(self.number):
            return f"{self.goal}: met"
        return f"{self.goal}: **missed**" + (f" ({self.goal.why_missed})" if self.goal.why_missed else "")


def measured(section: str, measure: str, number: float, unit: str, digits: int = 1, **more: object) -> Row:
    """A measured row: `number` in `unit`, shown to `digits` places."""
    return Row(section, measure, number=number, unit=unit, digits=digits, **more)  # type: ignore[arg-type]


def _figure(number: float, digits: int) -> str:
    return f"{number:,.{digits}f}"


def combine(runs: Sequence[Sequence[Row]]) -> list[Row]:
    """Rows of repeated runs as one: each measurement the median of its runs, its ratio the median of theirs."""
    first, by_key = runs[0], {}
    for rows in runs:
        for row in rows:
            by_key.setdefault((row.section, row.measure), []).append(row)
    return [_median(by_key[(row.section, row.measure)]) for row in first]


def _median(rows: list[Row]) -> Row:
    last = rows[-1]
    numbers = [r.number for r in rows if r.number is not None]
    if not numbers:
        return last
    ratios = [r.ratio for r in rows if r.ratio is not None]
    peers = [r.peer_number for r in rows if r.peer_number is not None]
    return replace(
        last,
        number=statistics.median(numbers),
        runs=tuple(numbers),
        ratio=statistics.median(ratios) if ratios else None,
        peer_number=statistics.median(peers) if peers else None,
    )


HEADERS = ("section", "measure", "Countersign", "goal", "peer", "ours / peer")


def render(rows: list[Row]) -> str:
    cells = [HEADERS] + [(r.section, r.measure, r.shown(), r.judged(), _peer(r), _ratio(r.ratio)) for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(HEADERS))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |" for row in cells]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def _ratio(ratio: float | None) -> str:
    """Two significant figures: 0.21×, 0.0056×, 61×."""
    if ratio is None:
        return ""
    return f"{ratio:.0f}×" if ratio >= 10 else f"{ratio:.2g}×"


def _peer(row: Row) -> str:
    if row.peer_number is None:
        return row.peer
    return f"{_figure(row.peer_number, row.digits)}{row.unit}" + (f" ({row.peer})" if row.peer else "")
