"""What is wrong with a roster file, for the person who exports it: the row and column, never a cell's value."""

from __future__ import annotations

ROSTER_NOT_FOUND = "Roster file not found: {path}"
ROSTER_UNREADABLE = "Cannot read the roster file {path}: {reason}"
ROSTER_TOO_LARGE = (
    "The roster file {path} is {size:,} bytes, far more than a roster of every pupil needs (at most {limit:,}): "
    "is policy.roster the right file?"
)
ROSTER_BINARY = (
    "{source} is not a CSV file (it looks like a spreadsheet or another binary file): "
    "save the roster from the MIS or spreadsheet as CSV (comma-separated values) and use that file"
)
ROSTER_EMPTY = "{source}: the roster is empty (expected a header row with forename and surname)"
ROSTER_NO_COLUMNS = (
    "{source}: no {missing} column in the first row, which has {count} column(s); the first row must name the "
    "columns, e.g. Forename,Surname,Photo consent"
)
ROSTER_NO_NAME = "{source}: row {row} has no forename or no surname"
ROSTER_CONSENT = "{source}: row {row}, column {column} (photo consent) is not yes/no/y/n/true/false"
ROSTER_EXPIRY = "{source}: row {row}, column {column} (consent expiry) is not a date like 2027-07-31"
ROSTER_HUGE_CELL = (
    "{source}: row {row} has a cell longer than {limit:,} characters, far more than any roster needs: "
    "export the roster again as CSV, with one pupil a row"
)
ROSTER_NOT_CSV = "{source}: row {row} cannot be read as CSV ({problem}): export the roster again as CSV"
