"""The school's own public contact details (app.yaml `policy.school_contacts`), which may appear in posts."""

from __future__ import annotations

import re
from dataclasses import dataclass


def phone_digits(text: str) -> str:
    """A UK phone number reduced to its national digits: "+44 (0)1234 567890" -> "01234567890"."""
    digits = re.sub(r"\D", "", text.replace("(0)", ""))
    return "0" + digits[2:] if digits.startswith("44") else digits


@dataclass(frozen=True)
class SchoolContacts:
    emails: frozenset[str] = frozenset()
    phones: frozenset[str] = frozenset()
    texts: tuple[str, ...] = ()

    @classmethod
    def from_list(cls, contacts: list[str]) -> SchoolContacts:
        emails = frozenset(c.strip().lower() for c in contacts if "@" in c)
        phones = frozenset(d for c in contacts if len(d := phone_digits(c)) >= 10)
        return cls(emails, phones, tuple(" ".join(c.lower().split()) for c in contacts))

    def lists(self, fragment: str) -> bool:
        """True when the fragment (an address, a postcode) is part of one of the school's listed contacts."""
        lowered = " ".join(fragment.lower().split())
        return any(lowered in contact for contact in self.texts)
