"""The roster CSV: header aliases in any case, consent and its expiry, clear errors with row numbers."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from chatbot.errors import ConfigError
from chatbot.school.roster import load_roster, parse_roster


@pytest.mark.parametrize(
    "header",
    [
        "forename,surname,preferred name,year,photo consent,consent expires",
        "First Name,Last Name,Known As,Year Group,Consent,Consent_Expires",
        "LEGAL FORENAME,LEGAL SURNAME,Preferred Forename,NC Year,photo_consent,consent_expires",
        "first_name,last_name,preferred_name,year,Photo Consent,consent expires",
    ],
)
def test_header_aliases_in_any_case(header: str) -> None:
    [pupil] = parse_roster(f"{header}\nJoshua,Patel,Josh,3,yes,2027-07-31\n").pupils
    assert (pupil.forename, pupil.surname, pupil.preferred, pupil.year) == ("Joshua", "Patel", "Josh", "3")
    assert pupil.photo_consent and pupil.consent_expires == date(2027, 7, 31)


@pytest.mark.parametrize(
    ("consent", "expires", "on", "allowed"),
    [
        ("yes", "", date(2026, 11, 23), True),
        ("Y", "2027-07-31", date(2026, 11, 23), True),
        ("TRUE", "2026-07-31", date(2026, 11, 23), False),  # expired last summer
        ("no", "", date(2026, 11, 23), False),
        ("n", "2027-07-31", date(2026, 11, 23), False),
        ("", "", date(2026, 11, 23), False),  # absent is no consent
    ],
)
def test_photo_consent(consent: str, expires: str, on: date, allowed: bool) -> None:
    [pupil] = parse_roster(f"forename,surname,consent,consent expires\nA,B,{consent},{expires}\n").pupils
    assert pupil.has_photo_consent(on) is allowed


def test_a_roster_without_a_consent_column_means_no_consent() -> None:
    [pupil] = parse_roster("forename,surname\nA,B\n").pupils
    assert not pupil.has_photo_consent(date(2026, 1, 1))


def test_excel_exports_with_a_bom_or_windows_encoding(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_bytes("\ufeffForename,Surname\nZoë,Brontë\n".encode())
    assert load_roster(path).pupils[0].forename == "Zoë"
    path.write_bytes("Forename,Surname\nZoë,Brontë\n".encode("cp1252"))
    assert load_roster(path).pupils[0].surname == "Brontë"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the roster is empty"),
        ("name,class\nA,3\n", "no forename or surname column"),
        ("forename,surname\nA,\n", "row 2 has no forename or no surname"),
        ("forename,surname,consent\nA,B,maybe\n", "row 2: photo consent 'maybe'"),
        ("forename,surname,consent expires\nA,B,31/07/2027\n", "row 2: consent expiry '31/07/2027'"),
    ],
)
def test_unusable_rosters_are_explained(text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        parse_roster(text)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="Roster file not found"):
        load_roster(tmp_path / "nope.csv")


def test_names_stay_out_of_reprs() -> None:
    roster = parse_roster("forename,surname\nAmelia,Nowak\n")
    assert "Amelia" not in repr(roster) and "Amelia" not in repr(roster.pupils[0])
