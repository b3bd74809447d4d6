"""What the incident classifier, the incident cards and their receipts say."""

from __future__ import annotations

# why a post was raised as an incident (quoted, so the person deciding sees the words)
REASON_ALLEGATION = "A concern about a member of staff's conduct towards a child: “{said}”."
REASON_SAFEGUARDING = "Suggests a child may be at risk: “{said}”."
REASON_OFFENSIVE = "Offensive language: “{said}”."
REASON_THREAT = "A threat: “{said}”."
REASON_INSULT = "An insult: “{said}”."
REASON_UNDERMINING = "Undermines the school or its staff: “{said}”."
REASON_PUPIL_NAMED = "Names a pupil on the roster (personal data about a child)."
