"""Slack and Teams side by side: every capability is done by code that exists, or says why not, and the README
shows the table as tests/parity.py lists it."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from tests.parity import CAPABILITIES, table

README = Path(__file__).resolve().parents[2] / "README.md"
START, END = "<!-- parity table: tests/parity.py -->", "<!-- end of parity table -->"


@pytest.mark.parametrize(("name", "said"), [(c.name, s) for c in CAPABILITIES for s in (c.slack, c.teams, c.practice)])
def test_each_platform_does_it_with_real_code_or_says_why_not(name: str, said: str) -> None:
    if said.startswith("no:"):
        assert len(said) > len("no: ") + 10, f"{name}: a missing capability needs a stated reason"
        return
    module, _, attribute = said.partition(":")
    assert hasattr(importlib.import_module(module), attribute), f"{name}: {said} does not exist"


def test_the_readme_shows_the_table_as_listed() -> None:
    text = README.read_text(encoding="utf-8")
    shown = text[text.index(START) + len(START) : text.index(END)].strip()
    assert shown == table(), "README.md's parity table is out of date: paste tests.parity.table() between the markers"
