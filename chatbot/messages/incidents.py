"""What the incident classifier, the incident cards and their receipts say."""

from __future__ import annotations

# why a post was raised as an incident (quoted, so the person deciding sees the words)
REASON_ALLEGATION = "A concern about a member of staff's conduct towards a child: “{said}”."
REASON_SAFEGUARDING = "Suggests a child may be at risk: “{said}”."
REASON_OFFENSIVE = "Offensive language: “{said}”."
REASON_THREAT = "A threat: “{said}”."
REASON_INSULT = "An insult: “{said}”."
REASON_UNDERMINING = "Undermines the school or its staff: “{said}”."
REASON_SEXUAL_REMARK = "A sexual remark about a member of staff: “{said}”."
REASON_PUPIL_NAMED = "Names a pupil on the roster (personal data about a child)."
REASON_CHILD_DETAILS = "Posts a child's details in public (a name with their class, an address or a phone number)."

# acting on an incident (said privately to the person who pressed the button)
INCIDENT_UNKNOWN = "I have no record of that incident."
INCIDENT_NOT_ON_ROUTE = "Only the people this incident was sent to can act on it."
INCIDENT_NOTHING_TO_HIDE = "there is no reply on X to hide for this incident"


def incident_not_now(state: str) -> str:
    return f"That cannot be done now: the incident is {state}."


def incident_platform_failed(error: str) -> str:
    return f"Nothing was recorded: {error}."


def incident_nobody(kind: str) -> str:
    names = {"e-safety": "incidents.computing_lead or incidents.channel", "safeguarding": "incidents.dsl",
             "allegation": "incidents.headteacher"}  # fmt: skip
    return (
        f"This {kind} incident is recorded, but nobody is set to receive it ({names.get(kind, kind)} in app.yaml "
        "is empty). Tell the right person in person now, and ask IT to set it."
    )


REASON_RAISED_BY_HAND = "Raised by a member of staff."
_GOES_TO = {"e-safety": "the Computing Lead, in the staff channel", "safeguarding": "the DSL, privately",
            "allegation": "the headteacher only, in confidence"}  # fmt: skip


def incident_receipt(kind: str, incident_id: str) -> str:
    return (
        f"Thank you. Your report is recorded as incident {incident_id} and has gone to {_GOES_TO.get(kind, kind)}. "
        "If a child is in immediate danger, call 999 and tell the DSL in person now."
    )


# deciding an uncertain reply (the triage card)
TRIAGE_NOT_WAITING = "This incident is not waiting for a decision about what it is."
REASON_UNSURE = "Countersign is not sure: perhaps {guess} ({confidence:.0%} likely to be a concern). Please decide."
REASON_READ_AS = "Read as {kind} by the classifier ({confidence:.0%} sure)."


def reason_decided(user: str) -> str:
    return f"Decided in triage by <@{user}>."


def triage_nothing(incident_id: str) -> str:
    return f"Thank you: {incident_id} is closed as nothing to escalate. Your decision teaches Countersign."


def triage_sent(kind: str, incident_id: str | None) -> str:
    return f"Thank you: raised as incident {incident_id or ''}, sent to {_GOES_TO.get(kind, kind)}."


def replies_counted(counts: dict[str, int], span: str = "this week") -> str:
    """ "N read, N raised, N triaged": the confidently benign are counted, so nothing read is silently dropped;
    and what the DSL's weekly check found among those read as nothing."""
    said = (f"Replies to the account {span}: {counts.get('read', 0):,} read, {counts.get('raised', 0):,} raised, "
            f"{counts.get('triaged', 0):,} sent to a person to decide.")  # fmt: skip
    if counts.get("sampled"):
        confirmed, missed = counts.get("check_confirmed", 0), counts.get("check_missed", 0)
        said += (f" Weekly check: {counts['sampled']} read as nothing were shown to the DSL; {confirmed} confirmed, "
                 f"{missed} found to be a concern.")  # fmt: skip
    return said


WEEKLY_CHECK_REASON = (
    "Weekly check: Countersign read this reply as nothing to escalate. Please confirm with Nothing, or choose "
    "what it is: your answer measures what Countersign misses, and teaches it."
)

INCIDENTS_OFF = "Incidents are turned off for this school (incidents.enabled in app.yaml): ask the IT technician."
INCIDENT_FORM_NOTE = "Safeguarding concerns go only to the DSL; allegations about staff only to the headteacher."
INCIDENT_NEEDS_WHAT = "Say what happened, and choose what kind of concern it is."
INCIDENT_TAKEN = "This report was sent already: it has gone to the people its kind goes to."
INCIDENT_FORM_OFFERED = "Here is the form to report a concern: it goes only to the people its kind goes to."
UNPUBLISH_HOW = "Say the link of the post to take down, and why: unpublish https://x.com/… a pupil's name was shown."
