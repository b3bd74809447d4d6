"""The school roster (an MIS export): pupils' names and photo consent. Names never leave this process in logs."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path

from chatbot.errors import ConfigError
from chatbot.messages import roster as words

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
MAX_BYTES = 64 * 1024 * 1024  # a roster of 100,000 pupils is about 6 MB
_BINARY = (b"\x00", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"%PDF")  # a NUL, or a spreadsheet's or a PDF's first bytes


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

    def named(self, name: str) -> list[Pupil]:
        """Pupils whose full name (legal or preferred forename with surname) is `name`, in any case and spacing."""
        return list(self._by_full_name.get(name_key(name), ()))

    def full_names(self, names: list[str]) -> tuple[tuple[str, ...], list[str]]:
        """The roster's full names for names as typed (each once, in order), and the names not on the roster."""
        found = {name: self.named(name) for name in names}
        known = tuple(dict.fromkeys(pupils[0].full_name for pupils in found.values() if pupils))
        return known, [name for name, pupils in found.items() if not pupils]

    @cached_property
    def _by_full_name(self) -> dict[str, list[Pupil]]:
        """Built on the first look-up, once per roster, instead of reading every pupil for every name."""
        found: dict[str, list[Pupil]] = {}
        for pupil in self.pupils:
            legal, known = name_key(pupil.full_name), name_key(f"{pupil.preferred or pupil.forename} {pupil.surname}")
            for key in (legal,) if known == legal else (legal, known):
                found.setdefault(key, []).append(pupil)
        return found


def name_key(name: str) -> str:
    """A full name as the roster is searched: any case, any spacing, either apostrophe."""
    return " ".join(name.replace("’", "'").casefold().split())


def load_roster(path: Path) -> Roster:
    """Read a roster CSV; raise ConfigError naming the row and column of anything unusable (never its value)."""
    try:
        if (size := path.stat().st_size) > MAX_BYTES:
            raise ConfigError(words.ROSTER_TOO_LARGE.format(path=path, size=size, limit=MAX_BYTES))
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(words.ROSTER_NOT_FOUND.format(path=path)) from None
    except OSError as error:
        raise ConfigError(words.ROSTER_UNREADABLE.format(path=path, reason=error.strerror)) from None
    return parse_roster(_decode(raw, str(path)), source=str(path))


def _decode(raw: bytes, source: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # "Unicode text" from Excel: UTF-16 with its byte-order mark
        return raw.decode("utf-16", errors="replace")
    if any(raw.startswith(mark) for mark in _BINARY[1:]) or _BINARY[0] in raw:
        raise ConfigError(words.ROSTER_BINARY.format(source=source))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")  # older MIS exports from Excel on Windows


def parse_roster(text: str, source: str = "roster") -> Roster:
    """Rows end in \\n, \\r\\n or \\r alone (old Mac exports); the first row names the columns."""
    reader = _Rows(text, source)
    header = next(reader, None)
    if not header:
        raise ConfigError(words.ROSTER_EMPTY.format(source=source))
    columns = _columns(header, source)
    return Roster(tuple(_pupils(reader, columns, source)))


class _Rows(Iterator[list[str]]):
    """The CSV's rows, with a reading error turned into one line naming the row."""

    def __init__(self, text: str, source: str) -> None:
        self._reader = csv.reader(io.StringIO(text, newline=""))
        self._source, self.row = source, 0

    def __next__(self) -> list[str]:
        self.row += 1
        try:
            return next(self._reader)
        except csv.Error as error:
            raise ConfigError(self._problem(error)) from None

    def _problem(self, error: csv.Error) -> str:
        if "field larger than field limit" in str(error):
            return words.ROSTER_HUGE_CELL.format(source=self._source, row=self.row, limit=csv.field_size_limit())
        return words.ROSTER_NOT_CSV.format(source=self._source, row=self.row, problem=error)


def _columns(header: list[str], source: str) -> dict[str, int]:
    normalised = [h.strip().lower() for h in header]
    columns = {}
    for field, aliases in _ALIASES.items():
        found = next((i for i, name in enumerate(normalised) if name in aliases), None)
        if found is not None:
            columns[field] = found
    missing = [f for f in ("forename", "surname") if f not in columns]
    if missing:  # the first row's cells are not quoted: without a header row, they would be a pupil's name
        missed = " or ".join(missing)
        raise ConfigError(words.ROSTER_NO_COLUMNS.format(source=source, missing=missed, count=len(header)))
    return columns


def _pupils(rows: Iterable[list[str]], columns: dict[str, int], source: str) -> Iterator[Pupil]:
    for number, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        cell = {field: (row[i].strip() if i < len(row) else "") for field, i in columns.items()}
        if not cell["forename"] or not cell["surname"]:
            raise ConfigError(words.ROSTER_NO_NAME.format(source=source, row=number))
        yield Pupil(
            forename=cell["forename"],
            surname=cell["surname"],
            preferred=cell.get("preferred") or None,
            year=cell.get("year") or None,
            photo_consent=_consent(cell.get("consent", ""), _Place(source, number, columns.get("consent", 0))),
            consent_expires=_expiry(cell.get("expires", ""), _Place(source, number, columns.get("expires", 0))),
        )


@dataclass(frozen=True, slots=True)
class _Place:
    """Where a cell is, as a spreadsheet shows it: the row number and the column's letter."""

    source: str
    row: int
    index: int

    @property
    def column(self) -> str:
        letters, number = "", self.index + 1
        while number:
            number, remainder = divmod(number - 1, 26)
            letters = chr(ord("A") + remainder) + letters
        return letters


def _consent(value: str, place: _Place) -> bool:
    lowered = value.strip().lower()
    if lowered in _YES:
        return True
    if lowered in _NO:
        return False
    raise ConfigError(words.ROSTER_CONSENT.format(source=place.source, row=place.row, column=place.column))


def _expiry(value: str, place: _Place) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ConfigError(words.ROSTER_EXPIRY.format(source=place.source, row=place.row, column=place.column)) from None
