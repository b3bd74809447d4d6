"""What staff are told about templates (pre-approved wording kept by name), suggested edits and trip mode."""

from __future__ import annotations

ONLY_APPROVERS_TEMPLATES = "Only the school's approvers can add or remove templates."
TEMPLATE_HOW = (
    "Say the name and the words, e.g. `/countersign template add snow School is closed today because of snow.`"
)


def template_list(names: list[str]) -> str:
    if not names:
        return "No templates yet. Approvers add them with `/countersign template add NAME the words…`."
    return (
        "Templates: " + ", ".join(f"`{n}`" for n in names) + ". `/countersign template NAME` opens the form with one."
    )


def template_saved(name: str) -> str:
    return (
        f"Template `{name}` saved. A draft made from it is still checked and still needs an approval: "
        f"`/countersign template {name}` opens the form with its words."
    )


def template_removed(name: str) -> str:
    return f"Template `{name}` removed."


def template_unknown(name: str, names: list[str]) -> str:
    known = ", ".join(f"`{n}`" for n in names) or "none yet"
    return f"There is no template called `{name}` (templates: {known})."


# suggested edits: an approver's words, accepted by the author with one click
SUGGESTION_TOO_LATE = "This draft is no longer waiting for approval, so its words cannot be changed here."
SUGGESTION_NOT_YOURS = "Only an approver other than the author can suggest an edit."
SUGGESTION_AUTHOR_ONLY = "Only the draft's author can accept a suggested edit."


def suggestion_offered(approver: str, text: str) -> str:
    quoted = ">" + text.replace("\n", "\n>")
    return (
        f"<@{approver}> suggests these words:\n{quoted}\nThe author can accept them with one click: they are "
        "checked again and count as approved by the approver who wrote them."
    )


# trip mode: a post from a trip in progress waits until the group has left
TRIP_HELD = (
    "This post is from a trip in progress: the policy says nothing is posted from an offsite location until the "
    "children have left it. The trip lead presses \u201cThe group has left\u201d; then it can be approved."
)
TRIP_NOT_HELD = "This draft is not held for a trip."
TRIP_LEAD_ONLY = "Only the draft's author (the trip lead) or an approver can say the group has left."


def trip_left(user: str) -> str:
    return f"<@{user}> says the group has left. The post can now be approved."


# the bot's 1:1 chat in Teams: the draft form and the home card
HOME_SUMMARY = "Countersign: what is waiting for you, and the week ahead."
FORM_OFFERED = "Here is the draft form: fill it in and press Check it."
FORM_NOTE = "It is checked and sent for approval like a post in the drafts channel."
FORM_EMPTY = "Write the post first: the form needs its words."
FORM_POSTED = "Posted in the drafts channel: its report and the approval are in that thread."
FORM_TAKEN = "This form was sent already: its draft is in the drafts channel."


def pupils_not_on_roster(names: list[str]) -> str:
    listed = ", ".join(names[:5]) + ("…" if len(names) > 5 else "")
    return f"Not on the school roster as written: {listed}. Use each pupil's full name as the roster has it."


PICTURED_NAMES_EMPTY = "Type the pupils' full names first, separated by commas, or choose one of the other answers."
PICTURED_TAKEN = "Thank you: the draft is checked again with who is pictured; its report says what changed."
NOT_A_DRAFT_CARD = "This button belongs to a draft's report in the drafts channel; it does nothing here."
SUGGESTION_SENT = "Suggested: the author can accept your words in the thread."
SUGGESTION_ACCEPTED = "Accepted: the new words are checked, and count as approved by the approver who wrote them."
