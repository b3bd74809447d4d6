"""The `practice` fixture: a fresh practice workspace, served on a free port, for each test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.local.practice import Practice, settings, workspace


@pytest.fixture
def practice() -> Iterator[Practice]:
    with workspace(settings()) as running:
        yield running
