"""`pupil-name`: no pupil on the roster is named; initials ("J.P.") are fine."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from chatbot import messages
from chatbot.approval.draft import Draft
from chatbot.policy.finding import Hit, Severity
from chatbot.policy.names import NameMatch, names_in
from chatbot.policy.rule import rule
from chatbot.policy.text import TextView

if TYPE_CHECKING:
    from chatbot.policy.context import PolicyContext


@rule("pupil-name")
def check_pupil_names(draft: Draft, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    """Full names, forenames alone and possessives of roster pupils, in any letter case or disguise."""
    if not len(ctx.roster):
        return
    read = names_in(ctx.names, text)
    for match in read.matches:
        yield _hit(match, text)
    if read.others:  # recorded, never blocking: the author sees how each roster name was read
        yield Hit(messages.read_as_other([(o.written, o.reading) for o in read.others]), cap=Severity.INFO)


def _hit(match: NameMatch, text: TextView) -> Hit:
    span = text.span(match.start, match.end)
    written = text.original[span[0] : span[1]]
    suggestion = messages.use_initials(match.entry.initials)
    if match.strength == "ambiguous":
        return Hit(messages.pupil_maybe(written), span, suggestion, variant="forename_alone", cap=Severity.WARN)
    if match.entry.kind == "full":
        return Hit(messages.pupil_full_name(written), span, suggestion)
    variant = "forename_alone" if match.entry.kind == "forename" else None
    return Hit(messages.pupil_forename(written), span, suggestion, variant=variant)
