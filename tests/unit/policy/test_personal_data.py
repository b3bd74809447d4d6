"""personal-data: phone numbers, personal e-mail, home addresses and birthdays; the school's own contacts pass."""

from __future__ import annotations

import pytest

from tests.drafting import findings, spans

CONTACTS = ["office@example-primary.sch.uk", "01234 567890", "1 School Lane, Oakfield OX1 2AB"]

FLAGGED = [
    ("Call Sarah on 07700 900123 to book", "07700 900123"),
    ("Ring +44 7700 900123 today", "+44 7700 900123"),
    ("Call 01632 960001", "01632 960001"),
    ("Email jo.bloggs@gmail.com", "jo.bloggs@gmail.com"),
    ("Drop it at 12 Acacia Avenue please", "12 Acacia Avenue"),
    ("Our new pupil lives at OX4 3DQ", "OX4 3DQ"),
    ("born on 3 May 2019", "born on 3 May 2019"),
    ("DOB: 04/05/2018", "DOB: 04/05/2018"),
]
CLEAN = [
    "Call the office on 01234 567890",
    "Call the office on +44 1234 567890",
    "Email office@example-primary.sch.uk with questions",
    "Find us at 1 School Lane, Oakfield OX1 2AB",
    "We raised £1,250 for charity",
    "Year 6 scored 23 points in 10 minutes",
    "Happy birthday to everyone born in May",
    "2 hours of fun at the Hill",
]


@pytest.mark.parametrize(("text", "piece"), FLAGGED)
def test_personal_details_block(text: str, piece: str) -> None:
    assert piece in spans(text, "personal-data", school_contacts=CONTACTS)
    assert "block" in {f.severity for f in findings(text, "personal-data", school_contacts=CONTACTS)}


@pytest.mark.parametrize("text", CLEAN)
def test_the_schools_own_contacts_and_ordinary_numbers_pass(text: str) -> None:
    assert findings(text, "personal-data", school_contacts=CONTACTS) == []


def test_an_organisations_email_only_warns() -> None:
    [finding] = findings("Book via bookings@museum.org.uk", "personal-data", school_contacts=CONTACTS)
    assert finding.severity == "warn"
