"""Shared fixtures: a clean environment for every test, so no developer's settings leak into results."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.redis_server import redis_server, store  # noqa: F401  (fixtures shared by integration and contract tests)

_OURS = ("CHATBOT_", "SLACK_", "X_", "REDIS_", "SCHOOL__", "POLICY__", "POSTING__", "SLACK__")


@pytest.fixture(autouse=True)
def clean_environ(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    for name in list(os.environ):
        if name.startswith(_OURS):
            monkeypatch.delenv(name)
    # Settings read ./app.yaml and ./.env when present: run from an empty folder unless a test says otherwise.
    monkeypatch.chdir(tmp_path_factory.mktemp("cwd"))
    yield
