"""Whether an allegation is about the headteacher: then it goes to the chair of governors, never to the head."""

from __future__ import annotations

import re

# the role, however written; "the head" only as a person (not "hit on the head", "head of year", "head lice")
_ROLE = re.compile(
    r"\b(?:head ?teacher|head ?master|head ?mistress|head of (?:the )?school|executive head|principal|"
    r"(?<!on )(?<!in )(?<!to )(?<!over )(?<!of )(?<!his )(?<!her )(?<!their )(?<!my )(?<!your )"
    r"the head(?! (?:of|lice|injur\w*|teachers?'? (?:office|assistant))\b)(?=\s+[a-z]))\b",
    re.IGNORECASE,
)
_TITLES = r"(?:mr|mrs|ms|miss|mx|dr)\.?"


def names_the_head(text: str, head_name: str | None = None) -> bool:
    """True when the text names the headteacher by role, or by the name app.yaml gives (incidents.headteacher_name)."""
    return bool(_ROLE.search(text)) or bool(head_name and _by_name(head_name).search(text))


def _by_name(head_name: str) -> re.Pattern[str]:
    """ "Mrs Okafor" also matches "Mrs. Okafor" and "Miss Okafor"; the surname alone is too common to count."""
    surname = re.escape(head_name.split()[-1])
    return re.compile(rf"\b(?:{_TITLES}\s+{surname}|{re.escape(head_name)})(?![-\w])", re.IGNORECASE)
