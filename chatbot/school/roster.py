"""The school roster (an MIS export): pupils' names and photo consent. Names never leave this process in logs."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from chatbot.errors import ConfigError

_ALIASES = {
    "forename": ("forename", "first name", "first_name", "legal forename"),
    "surname": ("surname", "last name", "last_name", "legal surname"),
    "preferred": ("preferred forename", "preferred name", "preferred_name", "known as"),
    "year": ("year", "year group", "nc year"),
    "consent": ("photo consent", "photo_consent", "consent"),
    "expires": ("consent expires", "consent_expires"),
}
_YES = frozenset({"yes", "y", "true"})
_NO = frozenset({"no", "n", "false", ""})


@dataclass(frozen=True, slots=True)
class Pupil:
    forename: str
    surname: str
    preferred: str | None = None
    year: str | None = None
    photo_consent: bool = False
    consent_expires: date | None = None

    @property
    def full_name(self) -> str:
        return f"{self.forename} {self.surname}"

    def has_photo_consent(self, on: date) -> bool:
        """Consent that is absent, "no" or expired before `on` is no consent."""
        return self.photo_consent and (self.consent_expires is None or on <= self.consent_expires)

    def __repr__(self) -> str:  # keeps names out of tracebacks and logs
        return f"Pupil(year={self.year!r}, photo_consent={self.photo_consent})"


@dataclass(frozen=True)
class Roster:
    pupils: tuple[Pupil, ...] = ()

    def __len__(self) -> int:
        return len(self.pupils)

    def __repr__(self) -> str:
        return f"Roster({len(self.pupils)} pupils)"


def load_roster(path: Path) -> Roster:
    """Read a roster CSV; raise ConfigError with the row number for anything unusable."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"Roster file not found: {path}") from None
    except OSError as error:
        raise ConfigError(f"Cannot read the roster file {path}: {error.strerror}") from None
    return parse_roster(_decode(raw), source=str(path))


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")  # older MIS exports from Excel on Windows


def parse_roster(text: str, source: str = "roster") -> Roster:
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if not header:
        raise ConfigError(f"{source}: the roster is empty (expected a header row with forename and surname)")
    columns = _columns(header, source)
    return Roster(tuple(_pupils(reader, columns, source)))


def _columns(header: list[str], source: str) -> dict[str, int]:
    normalised = [h.strip().lower() for h in header]
    columns = {}
    for field, aliases in _ALIASES.items():
        found = next((i for i, name in enumerate(normalised) if name in aliases), None)
        if found is not None:
            columns[field] = found
    missing = [f for f in ("forename", "surname") if f not in columns]
    if missing:
        raise ConfigError(f"{source}: no {' or '.join(missing)} column (headers found: {', '.join(header)})")
    return columns


def _pupils(rows: Iterable[list[str]], columns: dict[str, int], source: str) -> Iterable[Pupil]:
    for number, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        cell = {field: (row[i].strip() if i < len(row) else "") for field, i in columns.items()}
        if not cell["forename"] or not cell["surname"]:
            raise ConfigError(f"{source}: row {number} has no forename or no surname")
        yield Pupil(
            forename=cell["forename"],
            surname=cell["surname"],
            preferred=cell.get("preferred") or None,
            year=cell.get("year") or None,
            photo_consent=_consent(cell.get("consent", ""), number, source),
            consent_expires=_expiry(cell.get("expires", ""), number, source),
        )


def _consent(value: str, row: int, source: str) -> bool:
    lowered = value.strip().lower()
    if lowered in _YES:
        return True
    if lowered in _NO:
        return False
    raise ConfigError(f"{source}: row {row}: photo consent {value!r} is not yes/no/y/n/true/false")


def _expiry(value: str, row: int, source: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"{source}: row {row}: consent expiry {value!r} is not a date like 2026-07-31") from None
