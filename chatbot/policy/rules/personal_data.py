"""`personal-data`: phone numbers, personal e-mail addresses, home addresses and dates of birth stay private."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from chatbot import messages
from chatbot.approval.draft import Draft
from chatbot.policy.characters import is_word_character
from chatbot.policy.contacts import phone_digits
from chatbot.policy.finding import Hit, Severity
from chatbot.policy.phone_numbers import phone_runs
from chatbot.policy.rule import rule
from chatbot.policy.text import TextView

if TYPE_CHECKING:
    from chatbot.policy.context import PolicyContext

# Digits may be spaced, bracketed or joined by any dash: "(07700) 900111", "0 7 7 0 0 9 0 0 1 1 1", "07700–900–666".
PHONE_RE = re.compile(r"(?<![\w+])(?:\+44[\s().]*(?:\(0\)[\s]*)?|\(?0)(?:[\s().\-‐-―]{0,2}\d){9,10}(?!\d)")
EMAIL_RE = re.compile(r"(?<![\w.+@-])[\w.+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
PERSONAL_MAIL = frozenset(
    "gmail.com googlemail.com hotmail.com hotmail.co.uk outlook.com live.com live.co.uk msn.com yahoo.com "
    "yahoo.co.uk icloud.com me.com mac.com aol.com aol.co.uk btinternet.com sky.com virginmedia.com "
    "talktalk.net ntlworld.com protonmail.com proton.me gmx.com gmx.co.uk mail.com zoho.com tiscali.co.uk "
    "blueyonder.co.uk".split()
)
# "sarah.jones [at] gmail [dot] com", "emma dot wilson at outlook dot com", "mum85 @ yahoo . co . uk": a personal
# mail domain spelt out or spaced
_AT = r"\s*(?:\[at\]|\(at\)|\{at\}|@)\s*|\s+at\s+"
_DOT = r"\s*(?:\[dot\]|\(dot\)|\{dot\}|\.)\s*|\s+dot\s+"
_SPELT_DOMAINS = "|".join(
    ("(?:" + _DOT + ")").join(map(re.escape, domain.split("."))) for domain in sorted(PERSONAL_MAIL)
)
# The part after the name: " at gmail dot com", "[at] hotmail.co.uk". It is searched for only right after a
# character of a name, and the name is then read backwards (at most 64 characters): searching for the whole
# address tried each of a long run's last 64 positions again, at every word boundary.
_SPELT_DOMAIN_RE = re.compile(r"(?<=[\w+-])(?:" + _AT + r")(?:" + _SPELT_DOMAINS + r")\b", re.IGNORECASE)
_LOCAL_PART = 64
# Any domain spelt out ("kate dot fielding84 at example dot com"): the name is read backwards from "at", and the
# address is a person's own when the name holds a birth year, as when written with "@"
_SPELT_ANY_DOMAIN = re.compile(
    r"(?<=[\w+-])(?:" + _AT + r")(?P<domain>[a-z0-9-]{1,63}(?:(?:" + _DOT + r")[a-z0-9-]{1,63}){1,3})\b", re.IGNORECASE
)
# A spelt address's name has two parts or digits ("jo.church", "mum85"); its domain ends in letters ("co.uk"), not
# a time ("pick-up at 4.30pm"); a full stop and a space end a sentence, not a name's part
_SPELT_NAME = re.compile(r"(?=.*[.\d])[\w+-]+(?:\.[\w+-]+)*")
_SENTENCE_END = re.compile(r"\.\s+[A-Z]")
_TOP_LEVEL = re.compile(r"(?<![\d.])[a-z-]*[a-z][a-z-]*\.(?:[a-z0-9-]+\.)*[a-z]{2,6}$")
_DOT_BEFORE = re.compile(r"(?:" + _DOT + r")$", re.IGNORECASE)
_PARTS = 4  # "kate dot m dot fielding84": the parts of a spelt name, read backwards one at a time
# "kate.dunmore1984@…": a birth year in the name is a person's own address, whatever the domain; an event's year
# ("fair2026@…") is this decade's, not a birth year
_YEAR_IN_NAME = re.compile(r"(?<!\d)(?:19[4-9]\d|200\d|201[0-5])(?!\d)")
# What an office, a club or an event is called by, in an address: "lost.property@", "parents.evening@"
_ORG_WORDS = frozenset(
    "office admin info enquiries enquiry bookings booking lost property school head headteacher events finance "
    "sport sports clubs club library reception hello contact team support parents governors clerk sales orders "
    "tickets friends pta news press media accounts payroll hr it help desk the of and fair trip trips".split()
)
# "sarah.pike84@…": a person's name (two parts) ending in a birth year's last two digits
_HOME = re.compile(r"(?:^|[._-])home(?:[._-]|$)")
_SHORT_YEAR = re.compile(r"^[a-z]+[._-][a-z]+(?:[4-9]\d|0\d|1[0-5])$")
_STREET = (
    r"road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|crescent|cres|way|gardens|grove|place|court|terrace"
    r"|mews|walk|rise|hill|view|square|row|parade"
)
ADDRESS_RE = re.compile(r"\b\d{1,4}[a-zA-Z]?,?\s+(?:[A-Z][a-z']+\s+){1,3}(?i:" + _STREET + r")\b\.?")
POSTCODE_RE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?"  # "turns 8 on Saturday 12th October"
_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_TEENS = "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split()
# "the ninth of April", "the twenty-first of May": a day written in words
_DAY_WORDS = "|".join(sorted([*_UNITS, *_TEENS, "twentieth", "thirtieth", "thirty[- ]first",
                              *(f"twenty[- ]{u}" for u in _UNITS)], key=len, reverse=True))  # fmt: skip
_DATE = (
    r"(?:" + _WEEKDAY + r"(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?|" + _DAY_WORDS + r")\s+(?:of\s+)?(?:" + _MONTHS + r")"
    r"(?:\s+\d{2,4})?"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})"
)
_DAY_MONTH = r"|\d{1,2}[/.]\d{1,2}\b(?![/.-]?\d)"  # "19/06": a birthday needs no year
_FESTIVAL_DAY = r"|(?:christmas|boxing|new\s+year['’]?s|valentine['’]?s)\s+day\s+\d{4}"  # "Christmas Day 2017"
BIRTH_RE = re.compile(
    r"\b(?:d\.?o\.?b\.?|date\s+of\s+birth|born(?:\s+on)?|birthday\s+(?:is\s+(?:on\s+)?|on|falls\s+on)"
    r"|turns\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+on)\s*[:\-]?\s*"
    r"(?:" + _DATE + _DAY_MONTH + ")"
    # a date in a birthday's sentence: "Happy birthday to River in Year 1, who is 6 today (21/10)!"
    # or "born", or "years old": "born on a Sunday – the 14th of September 2014", "8 years old on 02/05"
    r"|(?:\bhappy\s+(?:\d{1,2}(?:st|nd|rd|th)\s+)?birthday|\bbirthday\s+(?:girl|boy)"
    r"|'s\s+(?:\d{1,2}(?:st|nd|rd|th)\s+)?birthday|\bborn\s+on|\b(?:years?|months?)\s+old\s+(?:on|today)"
    r"|\bis\s+\d{1,2}\s+today)"
    r"\b[^.!?\n]{0,60}?\(?(?:" + _DATE + _DAY_MONTH + _FESTIVAL_DAY + ")",
    re.IGNORECASE,
)


@rule("personal-data")
def check_personal_data(draft: Draft, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    """Contact details and birthdays of pupils, staff or families; the school's own listed contacts pass."""
    norm = text.norm
    yield from _phones(norm, text, ctx)
    yield from _emails(norm, text, ctx)
    address_spans = []
    for match in ADDRESS_RE.finditer(norm):
        if not ctx.contacts.lists(match.group()):
            address_spans.append(match.span())
            yield Hit(messages.ADDRESS, text.span(*match.span()), messages.PERSONAL_SUGGESTION)
    for match in POSTCODE_RE.finditer(norm):
        if not ctx.contacts.lists(match.group()):
            yield Hit(messages.POSTCODE, text.span(*match.span()), messages.PERSONAL_SUGGESTION)
    for match in BIRTH_RE.finditer(norm):
        yield Hit(messages.BIRTH_DATE, text.span(*match.span()), messages.PERSONAL_SUGGESTION)


def _phones(norm: str, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    written = {match.span(): phone_digits(match.group()) for match in PHONE_RE.finditer(norm)}
    for span, digits in written.items():
        if digits not in ctx.contacts.phones:
            yield Hit(messages.PHONE, text.span(*span), messages.PERSONAL_SUGGESTION)
    said = set(written.values())  # a number is said once, however it is written
    for start, end, digits in phone_runs(norm):
        if digits not in said and digits not in ctx.contacts.phones:
            yield Hit(messages.PHONE, text.span(start, end), messages.PERSONAL_SUGGESTION)


def spelt_emails(text: str) -> Iterator[tuple[int, int]]:
    """Spans of personal addresses spelt out ("sarah.jones [at] gmail [dot] com"): a name of 1 to 64 letters,
    digits, "_", "+" or "-" starting at a word boundary, then "at" and a personal mail domain."""
    floor, position = 0, 0
    while (domain := _SPELT_DOMAIN_RE.search(text, position)) is not None:
        start = _name_start(text, domain.start(), floor)
        if start is None:
            position = domain.start() + 1
            continue
        yield start, domain.end()
        floor = position = domain.end()


def spelt_own_addresses(text: str) -> Iterator[tuple[int, int, str]]:
    """Spans of addresses at any domain spelt out, with the address they spell: a name of two parts or with digits
    ("kate dot fielding84 at example dot com", "jo.church at example dot co dot uk"), not "us at …". Spelt out so
    no filter sees it, an address is a person's own; those at a personal mail domain are `spelt_emails`'."""
    for at in _SPELT_ANY_DOMAIN.finditer(text):
        start = _spelt_name_start(text, at.start())
        domain = re.sub(_DOT, ".", at.group("domain")).lower()
        if start is None or domain in PERSONAL_MAIL or EMAIL_RE.fullmatch(text, start, at.end()):
            continue
        name = re.sub(_DOT, ".", text[start : at.start()]).lower()
        sentences = _SENTENCE_END.search(text, start, at.start())  # "…to all. Tickets at thebox dot co dot uk"
        if _SPELT_NAME.fullmatch(name) and _TOP_LEVEL.search(domain) and sentences is None:
            yield start, at.end(), f"{name}@{domain}"


def _spelt_name_start(text: str, end: int) -> int | None:
    """Where a name spelt with dots ends at `end`: a word, then at most three more before " dot " or "."; read
    back part by part (each a bounded look), never searched for from every position."""
    start, position = None, end
    for _ in range(_PARTS):
        word = position
        while word > max(0, position - _LOCAL_PART) and (is_word_character(text[word - 1]) or text[word - 1] in "+-"):
            word -= 1
        if word == position:
            break
        start = word
        dot = _DOT_BEFORE.search(text, max(0, word - 8), word)
        if dot is None:
            break
        position = dot.start()
    return start


def _name_start(text: str, end: int, floor: int) -> int | None:
    """The leftmost word boundary from which only name characters lead to `end`, at most 64 back."""
    start = end
    while start > max(floor, end - _LOCAL_PART) and (is_word_character(text[start - 1]) or text[start - 1] in "+-"):
        start -= 1
    for candidate in range(start, end):
        before = candidate > 0 and is_word_character(text[candidate - 1])
        if before != is_word_character(text[candidate]):
            return candidate
    return None


def _a_persons_name(name: str) -> bool:
    """A person's name, whatever the domain ("sarah.ford", "jo.bell.pta", "mrs.l.harmon"): two or more parts of
    letters, not opening with a word an office or a club is called by ("lost.property", "school.office",
    "friends.of.dmp")."""
    parts = name.split(".")
    return len(parts) >= 2 and all(part.isalpha() for part in parts) and parts[0] not in _ORG_WORDS


def _a_birth_year(name: str) -> bool:
    """A birth year in the name, or "home" ("j.morrison.home@…"): a person's own address."""
    return bool(_YEAR_IN_NAME.search(name) or _SHORT_YEAR.match(name) or _HOME.search(name))


def _emails(norm: str, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    for start, end in spelt_emails(norm):
        if EMAIL_RE.fullmatch(norm, start, end) is None:  # "jo@gmail.com" is found as written, below
            yield Hit(messages.EMAIL_PERSONAL, text.span(start, end), messages.PERSONAL_SUGGESTION)
    for start, end, address in spelt_own_addresses(norm):
        if address not in ctx.contacts.emails:  # the school's own, spelt out, is still the school's
            yield Hit(messages.EMAIL_PERSONAL, text.span(start, end), messages.PERSONAL_SUGGESTION)
    for match in EMAIL_RE.finditer(norm):
        address = match.group().lower().rstrip(".")
        if address in ctx.contacts.emails:
            continue
        domain = address.rsplit("@", 1)[1]
        span = text.span(match.start(), match.start() + len(address))
        name = address.rsplit("@", 1)[0]
        if domain in PERSONAL_MAIL or _a_birth_year(name) or _a_persons_name(name):
            yield Hit(messages.EMAIL_PERSONAL, span, messages.PERSONAL_SUGGESTION)
        else:
            yield Hit(messages.EMAIL_OTHER, span, messages.PERSONAL_SUGGESTION, cap=Severity.WARN)
