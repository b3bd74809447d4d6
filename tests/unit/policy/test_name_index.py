"""The roster's name index: built once per roster load, whoever asks and however often; its look-ups agree."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest

from chatbot.approval.draft import Draft
from chatbot.policy import check
from chatbot.policy import context as context_module
from chatbot.policy.context import build_context
from chatbot.policy.name_index import NameIndex
from chatbot.school.roster import parse_roster
from chatbot.school.roster_file import RosterFile
from chatbot.school.settings import Settings
from tests.drafting import SCHOOL_HOURS, context

ROSTER = """Forename,Surname,Known as
Amelia,Nowak,
Amelia,Hope,Millie
Hope,Amelia,
Grace,Nowak,
Mary-Jane,Whitfield,MJ
"""


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[NameIndex]:
    """Every index built while the test runs."""
    made: list[NameIndex] = []

    class Counted(NameIndex):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            made.append(self)
            time.sleep(0.05)  # as slow as a large roster: threads asking meanwhile must wait, not build their own

    monkeypatch.setattr(context_module, "NameIndex", Counted)
    return made


def test_the_roster_is_indexed_as_it_is_loaded_and_never_again(tmp_path: Path, built: list[NameIndex]) -> None:
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER)
    ctx = build_context(Settings(), roster=path)
    assert len(built) == 1  # at load, not at the first draft
    for text in ("Well done Amelia", "Amelia Nowak and Grace", "hope, Amelia and Grace"):
        check(Draft(text=text, submitted_at=SCHOOL_HOURS), ctx)
    with ThreadPoolExecutor(8) as pool:
        assert len(set(map(id, pool.map(lambda _: ctx.names, range(64))))) == 1
    assert len(built) == 1


def test_threads_asking_at_once_build_one_index(built: list[NameIndex]) -> None:
    ctx = replace(
        context(), rosters=RosterFile(roster=parse_roster(ROSTER))
    )  # a context made without loading: built on first use
    built.clear()  # the base context's own, if it was built just now
    with ThreadPoolExecutor(8) as pool:
        assert len(set(map(id, pool.map(lambda _: ctx.names, range(64))))) == 1
    assert len(built) == 1


@pytest.mark.parametrize("key", ["amelia", "hope", "grace", "millie", "mary", "nowak", "whitfield", "nobody"])
@pytest.mark.parametrize("following", [(), ("nowak",), ("hope", "amelia"), ("jane",), ("whitfield", "nowak")])
def test_the_candidates_that_can_start_here_are_the_candidates_that_match(key: str, following: tuple[str, ...]) -> None:
    index = NameIndex(parse_roster(ROSTER), lambda word: word in {"hope", "grace"})
    every = index.candidates(key)
    assert index.starting(key, following) == [e for e in every if len(e.tokens) == 1 or e.tokens[1] in following]


def test_each_name_is_read_once_with_its_initials_and_kind() -> None:
    index = NameIndex(parse_roster(ROSTER), lambda word: word in {"hope", "grace"})
    assert [(e.tokens, e.kind, e.ordinary, e.initials) for e in index.candidates("hope")] == [
        (("hope", "amelia"), "full", False, "H.A."),
        (("hope",), "forename", True, "H."),
        (("hope",), "surname", True, "H."),
    ]
    assert len(index) == 17 and index.longest_token == len("whitfield")
