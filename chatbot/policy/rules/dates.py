"""`relative-date`: "today", "tomorrow" or "on Friday" in a post that goes out on a later day than written."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from chatbot import messages
from chatbot.approval.draft import Draft
from chatbot.policy.finding import Hit
from chatbot.policy.relative_days import phrases, still_true
from chatbot.policy.rule import rule
from chatbot.policy.rules.window import publish_time
from chatbot.policy.text import TextView

if TYPE_CHECKING:
    from chatbot.policy.context import PolicyContext


@rule("relative-date")
def check_relative_dates(draft: Draft, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    """Written on one day, published on another (the next posting window, or a later approval): a day word that
    would then name a different day is a finding, with the day it will be read."""
    written = draft.written.astimezone(ctx.zone).date()
    # Nothing goes out before it was written, whatever another clock says (the chat's, for an approval).
    out = max(publish_time(draft, ctx) or draft.submitted_at, draft.written).astimezone(ctx.zone).date()
    if out == written:
        return
    for phrase in phrases(text.norm):
        if not still_true(phrase.words, written, out):
            said = messages.relative_date(phrase.words, written, out)
            yield Hit(said, text.span(phrase.start, phrase.end), messages.relative_date_fix(phrase.words, written))
