"""personal-data: phone numbers, personal e-mail, home addresses and birthdays; the school's own contacts pass."""

from __future__ import annotations

import pytest

from chatbot import messages
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
    ("Her birthday is on 04/11, cards in the office!", "birthday is on 04/11"),  # no year needed
    ("Noah turns seven on 2 March, cards welcome!", "turns seven on 2 March"),
    ("Rota: message tinytots22 @ hotmail . com", "tinytots22 @ hotmail . com"),  # spaced to slip past a checker
    ("Email me at sam.hughes1986@example.org", "sam.hughes1986@example.org"),  # a birth year: a person's own
    ("One of our girls, born on the 3rd of May 2018", "born on the 3rd of May 2018"),
    ("Help wanted: email sarah.pike84@example.com", "sarah.pike84@example.com"),  # a birth year's two digits
    ("Happy birthday to Kai, who is 6 today (21/10)!", "Happy birthday to Kai, who is 6 today (21/10"),
    ("Maisie turns 8 on Saturday 12th October!", "turns 8 on Saturday 12th October"),
    ("Elsie turns eight on the ninth of April!", "turns eight on the ninth of April"),  # a day in words
    ("Email me at j.morrison.home@example.co.uk", "j.morrison.home@example.co.uk"),  # a home address
    ("Cake orders to leah dot morgan91 at example dot org", "leah dot morgan91 at example dot org"),  # spelt out
    # spelt out at any domain, a name of two parts: written so no filter sees it, so a person's own
    ("Costume queries to sam.okoro at example dot co dot uk", "sam.okoro at example dot co dot uk"),
    ("Lift share? ben dot hale at example [dot] net", "ben dot hale at example [dot] net"),
    ("Year 2 are celebrating Kai's 7th birthday today, the ninth of May!", "'s 7th birthday today, the ninth of May"),
    # a date in a sentence that says born or years old
    ("Zara is 6 years old on 14/03 – cards welcome!", "years old on 14/03"),
    ("Little Theo was born on Boxing Day 2019!", "born on Boxing Day 2019"),
    ("Kai really was born on a Friday – the 13th of June 2016.", "born on a Friday – the 13th of June 2016"),
    # a person's name at any domain, with or without a role after it
    ("Raffle donations to our PTA chair, lucy.marsh.pta@example.org", "lucy.marsh.pta@example.org"),
    ("Photos by dan.webb@example.com – thank you!", "dan.webb@example.com"),
]
CLEAN = [
    "Call the office on 01234 567890",
    "Call the office on +44 1234 567890",
    "Email office@example-primary.sch.uk with questions",
    "Find us at 1 School Lane, Oakfield OX1 2AB",
    "We raised £1,250 for charity",
    "Year 6 scored 23 points in 10 minutes",
    "Happy birthday to everyone born in May",
    "Our birthday is on the 3rd: the school turns 150!",
    "2 hours of fun at the Hill",
    "We met at Sky. Come and see the photos!",  # a firm's name, then a new sentence: no address
    "Birthday cake sale on 21/10 for the PTA.",  # a sale's date, not someone's birthday
    "Full menu at example dot org from Monday.",  # a spelt address with no name in it
    "Film night ends at 7. Pick-up at 4.30pm as usual.",  # a time, not a domain
    "Thanks to all. Tickets at thebox dot co dot uk",  # a sentence's end, not a name's dot
    "Email us at office dot enquiries if you have questions.",  # no domain
    "Our oak tree is 200 years old, and we planted a new one on 12 March.",  # a date in another sentence's clause
]
OTHER_ADDRESSES = [
    "Lost a jumper? Write to lost.property@example.org",  # an office's words, not a name
    "Summer fair stalls: friends.of.school@example.org",
    "Tickets from fair2026@example.org",
    "Bookings: office@example.org",
    "year6.trip25@example.org",
]  # an event's year is no birth


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


WRITTEN_ODDLY = [
    "Ring her on oh seven seven double oh, nine hundred, one two three.",
    "Call Karen on zero 7700 900461, evenings only.",
    "Text TEAMS to 07700 9OO 835 to join.",
    "The group is run by Ruth: plus four four, 7700 900 272.",
    "Reach our chair on seven seven zero zero nine zero zero three three three.",  # a mobile without its 0
    "Bookings: call Sam on oh-seven-seven-double-oh nine-double-oh one-two-three.",  # hyphens between words
]
NOT_A_NUMBER = [
    "Oh, one more thing: Year 6 won 3-1 and then 2-0 on 12 March 2026.",
    "Two, four, six, eight: Year 1 counted in twos all the way to one hundred.",
    "We raised £1,250 from 300 families in 2 weeks.",
]


@pytest.mark.parametrize("text", WRITTEN_ODDLY)
def test_phone_numbers_written_in_words_or_with_letters_are_found(text: str) -> None:
    assert [f.message for f in findings(text, "personal-data")] == [messages.PHONE]


@pytest.mark.parametrize("text", NOT_A_NUMBER)
def test_counting_scores_and_sums_are_not_phone_numbers(text: str) -> None:
    assert findings(text, "personal-data") == []


@pytest.mark.parametrize("text", OTHER_ADDRESSES)
def test_an_organisations_address_only_asks_for_a_check(text: str) -> None:
    assert {f.severity for f in findings(text, "personal-data")} == {"warn"}
