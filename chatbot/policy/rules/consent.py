"""`photo-consent`: someone says who is in a photo with faces, and every pupil named has consent, in date."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from chatbot import messages
from chatbot.approval.draft import Draft
from chatbot.policy.finding import Hit, Severity
from chatbot.policy.rule import rule
from chatbot.policy.text import TextView
from chatbot.school.roster import Pupil, Roster

if TYPE_CHECKING:
    from chatbot.policy.context import PolicyContext


def pupils_named(roster: Roster, name: str) -> list[Pupil]:
    """Pupils whose full name (legal or preferred forename with surname) is `name`, in any case and spacing."""
    return roster.named(name)


@rule("photo-consent")
def check_photo_consent(draft: Draft, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    """Consent that is absent, "no", expired on the day of posting, or unknown (not on the roster) blocks; faces
    with nobody saying who is pictured warn."""
    if draft.pictured_unanswered:  # a warning in a check; in the bot, the draft waits for the answer
        yield Hit(messages.PICTURED_UNANSWERED, None, messages.PICTURED_SUGGESTION, "unanswered", Severity.WARN)
    today = draft.submitted_at.astimezone(ctx.zone).date()
    for name in draft.pictured:
        pupils = pupils_named(ctx.roster, name)
        if not pupils:
            yield Hit(messages.consent_unknown(name), None, messages.CONSENT_SUGGESTION)
            continue
        for pupil in pupils:  # two pupils with one name: each must have consent, as we cannot tell which
            if pupil.has_photo_consent(today):
                continue
            if pupil.photo_consent and pupil.consent_expires is not None:
                expired = pupil.consent_expires.strftime("%-d %B %Y")
                yield Hit(messages.consent_expired(name, expired), None, messages.CONSENT_SUGGESTION)
            else:
                yield Hit(messages.no_consent(name), None, messages.CONSENT_SUGGESTION)
            break
