"""The process asks glibc for few malloc arenas, unless the operator chose how many."""

from __future__ import annotations

import platform

import pytest

from chatbot.cli.memory import limit_malloc_arenas


def test_an_operators_own_setting_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MALLOC_ARENA_MAX", "4")
    assert limit_malloc_arenas() is False


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="only glibc keeps an arena per thread")
def test_on_glibc_the_limit_takes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    assert limit_malloc_arenas() is True
