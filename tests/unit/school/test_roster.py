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
        ("forename,surname,consent\nA,B,maybe\n", "row 2, column C (photo consent) is not yes/no"),
        ("forename,surname,consent expires\nA,B,31/07/2027\n", "row 2, column C (consent expiry) is not a date"),
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


# A cell can hold a pupil's name (a shifted column, a missing header row): errors say where, never what.
NAME = "Quartermaine"
MISPLACED = [
    (f"forename,surname,year,consent\nAmelia,Nowak,3,yes\nJosh,Patel,4,{NAME}\n", "row 3, column D (photo consent)"),
    (f"forename,surname,consent expires\nJosh,Patel,2027-07-31\nAmelia,Nowak,{NAME}\n", "row 3, column C"),
    (f"Amelia,{NAME},3,yes\nJosh,Patel,4,no\n", "no forename or surname column in the first row, which has 4"),
]


@pytest.mark.parametrize(("text", "where"), MISPLACED)
def test_errors_name_the_row_and_column_never_the_value(text: str, where: str) -> None:
    with pytest.raises(ConfigError) as raised:
        parse_roster(text)
    assert where in str(raised.value)
    assert NAME not in str(raised.value) and "Amelia" not in str(raised.value)


ROWS = ["Forename,Surname,Photo consent", "Amelia,Nowak,yes", "Josh,Patel,no"]


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"], ids=["Unix", "Windows", "old Mac"])
def test_every_line_ending_loads_the_same_roster(tmp_path: Path, ending: str) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes(ending.join(ROWS).encode() + ending.encode())
    assert [(p.forename, p.photo_consent) for p in load_roster(path).pupils] == [("Amelia", True), ("Josh", False)]


def test_a_utf16_export_loads_and_a_binary_file_is_explained_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes("\n".join(ROWS).encode("utf-16"))  # Excel's "Unicode text", with its byte-order mark
    assert len(load_roster(path)) == 2
    for binary in (b"PK\x03\x04\x14\x00\x06\x00 xl/workbook.xml", b"Forename,Surname\nAme\x00lia,Nowak\n"):
        path.write_bytes(binary)  # a spreadsheet saved as .xlsx, or a file with NUL bytes in it
        with pytest.raises(ConfigError, match=r"is not a CSV file .* save the roster .* as CSV") as raised:
            load_roster(path)
        assert "\n" not in str(raised.value) and "Ame" not in str(raised.value)


def test_a_huge_cell_is_explained_in_one_line_naming_its_row(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_text("Forename,Surname\nAmelia,Nowak\nJosh,Patel\n")
    assert len(load_roster(path)) == 2
    path.write_text("Forename,Surname\nAmelia,Nowak\nJosh," + "Patel" * 2_000_000 + "\n")  # 10 MB in one cell
    with pytest.raises(ConfigError, match=r"roster.csv: row 3 has a cell longer than 131,072 characters") as raised:
        load_roster(path)
    assert "Patel" not in str(raised.value) and "\n" not in str(raised.value)


def test_a_file_far_too_large_for_a_roster_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("chatbot.school.roster.MAX_BYTES", 100)
    path = tmp_path / "roster.csv"
    path.write_text("Forename,Surname\nAmelia,Nowak\n")
    assert len(load_roster(path)) == 1
    path.write_text("Forename,Surname\n" + "Amelia,Nowak\n" * 10)
    with pytest.raises(ConfigError, match="is 147 bytes, far more than a roster"):
        load_roster(path)


def test_pupils_are_found_by_full_name_in_any_case_spacing_or_apostrophe() -> None:
    roster = parse_roster("forename,surname,known as\nJoshua,Patel,Josh\nGrace,O'Brien,\nJosh,Patel,\n")
    assert [p.forename for p in roster.named("josh  PATEL")] == ["Joshua", "Josh"]  # by preferred name too
    assert [p.surname for p in roster.named("Grace O’Brien")] == ["O'Brien"]
    assert roster.named("Joshua Smith") == []


def test_full_names_for_names_as_typed_and_those_not_on_the_roster() -> None:
    roster = parse_roster("Forename,Surname,Preferred name,Year,Photo consent,Consent expires\n"
                          "Joshua,Patel,Josh,3,yes,2027-07-31\nAmelia,Nowak,,3,no,\n")  # fmt: skip
    assert roster.full_names(["josh patel", "Amelia Nowak", "JOSHUA PATEL", "Nobody Known"]) == (
        ("Joshua Patel", "Amelia Nowak"),
        ["Nobody Known"],
    )
