"""The roster file is re-read when it changes; a half-written or unusable new file never replaces a good one."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from chatbot.school.roster_file import SETTLE_SECONDS, RosterFile

HEADER = "Forename,Surname,Year,Photo consent\n"


def write(path: Path, rows: str, age: float = SETTLE_SECONDS + 5) -> None:
    """Write the roster as an export would, finished `age` seconds ago."""
    path.write_text(HEADER + rows)
    then = time.time() - age
    os.utime(path, (then, then))


@pytest.fixture
def roster(tmp_path: Path) -> Path:
    path = tmp_path / "roster.csv"
    write(path, "Amelia,Nowak,3,yes\n", age=600)
    return path


def test_a_changed_file_is_read_again_and_an_unchanged_one_is_not(roster: Path) -> None:
    held = RosterFile(roster)
    assert held.refresh() is None  # nothing changed since it was read
    write(roster, "Amelia,Nowak,3,no\nOliver,Khan,4,yes\n")
    reread = held.refresh()
    assert reread is not None and reread.pupils == 2 and reread.problem is None
    assert not held.current().named("Amelia Nowak")[0].photo_consent
    assert held.refresh() is None


def test_a_file_still_being_written_waits_for_the_next_look(roster: Path) -> None:
    held = RosterFile(roster)
    write(roster, "Amelia,Nowak,3,no\n", age=0)
    assert held.refresh() is None and held.current().named("Amelia Nowak")[0].photo_consent
    then = time.time() - SETTLE_SECONDS - 1
    os.utime(roster, (then, then))
    assert held.refresh() is not None and not held.current().named("Amelia Nowak")[0].photo_consent


def test_an_unusable_new_file_keeps_the_last_good_roster_and_says_where_without_the_value(
    roster: Path, caplog: pytest.LogCaptureFixture
) -> None:
    held = RosterFile(roster)
    write(roster, "Amelia,Nowak,3,perhaps\n")
    reread = held.refresh()
    assert reread is not None and reread.problem is not None and "row 2" in reread.problem
    assert held.current().named("Amelia Nowak")[0].photo_consent  # the last good roster
    assert "perhaps" not in caplog.text and "Nowak" not in caplog.text and "row 2" in caplog.text


def test_a_file_that_disappears_keeps_the_roster(roster: Path) -> None:
    held = RosterFile(roster)
    roster.unlink()
    held.refresh()
    assert len(held.current()) == 1


def test_an_unusable_newer_file_does_not_count_as_written(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_text("Forename,Surname,Photo consent\nAmelia,Nowak,yes\n", encoding="utf-8")
    os.utime(path, (1_780_000_000, 1_780_000_000))
    rosters = RosterFile(path)
    first = rosters.written_at()
    assert first is not None and first.timestamp() == 1_780_000_000
    path.write_text("not,a,roster\n\x00\x00", encoding="utf-8")
    os.utime(path, (1_790_000_000, 1_790_000_000))
    assert rosters.refresh() is not None and rosters.written_at() == first
