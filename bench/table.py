"""One table for every section: the figure, its goal, and the peer's figure as a ratio measured in the same run."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    section: str
    measure: str
    value: str
    goal: str = ""
    peer: str = ""
    ratio: float | None = None


HEADERS = ("section", "measure", "Countersign", "goal", "peer", "ours / peer")


def render(rows: list[Row]) -> str:
    cells = [HEADERS] + [
        (r.section, r.measure, r.value, r.goal, r.peer, f"{r.ratio:.2f}×" if r.ratio is not None else "") for r in rows
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(len(HEADERS))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |" for row in cells]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)
