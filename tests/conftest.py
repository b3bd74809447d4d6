"""Shared fixtures: a clean environment for every test, so no developer's settings leak into results."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.redis_server import redis_server, store  # noqa: F401  (fixtures shared by integration and contract tests)

_OURS = ("CHATBOT_", "SLACK_", "X_", "REDIS_", "SCHOOL__", "POLICY__", "POSTING__", "SLACK__", "TEAMS_")


@pytest.fixture(autouse=True)
def clean_environ(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    for name in list(os.environ):
        if name.startswith(_OURS):
            monkeypatch.delenv(name)
    # Settings read ./app.yaml and ./.env when present: run from an empty folder unless a test says otherwise.
    monkeypatch.chdir(tmp_path_factory.mktemp("cwd"))
    yield


def pytest_sessionstart(session: pytest.Session) -> None:
    from tests.log_watch import install

    install()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """The whole suite's log lines, checked at the end: one secret or pupil's name fails the run."""
    from tests.log_watch import WATCH

    if WATCH.offending:
        print("\nLog lines that leak a secret or a pupil's name:\n" + "\n".join(WATCH.offending[:20]))
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
