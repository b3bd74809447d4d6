"""`pupil-name`: no pupil on the roster is named; initials ("J.P.") are fine."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from chatbot import messages
from chatbot.approval.draft import Draft
from chatbot.policy.finding import Hit, Severity
from chatbot.policy.names import NameMatch, find_names
from chatbot.policy.rule import rule
from chatbot.policy.text import TextView

if TYPE_CHECKING:
    from chatbot.policy.context import PolicyContext


@rule("pupil-name")
def check_pupil_names(draft: Draft, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    """Full names, forenames alone and possessives of roster pupils, in any letter case or disguise."""
    if not len(ctx.roster):
        return
    for match in find_names(ctx.names, text.words, text.norm, text.lower):
        yield _hit(match, text)


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
