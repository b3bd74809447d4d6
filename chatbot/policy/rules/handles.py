"""`reply` and `mention`: the account never replies, and names other accounts only when they are partners."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from chatbot import messages
from chatbot.approval.draft import Draft
from chatbot.policy.finding import Hit
from chatbot.policy.rule import rule
from chatbot.policy.text import TextView

if TYPE_CHECKING:
    from chatbot.policy.context import PolicyContext

# X handles are up to 15 characters, Mastodon's up to 30 (and may name their server: "@name@mastodon.social");
# Bluesky's are domains, whose labels may hold hyphens ("@frome-fc.bsky.social"); ".@name" (a dot first, to make a
# reply public) is a mention
_DOMAIN = r"(?:\.[A-Za-z0-9-]{1,63})"
_NAME = rf"(?:[A-Za-z0-9][A-Za-z0-9-]{{0,62}}{_DOMAIN}+|[A-Za-z0-9_]{{1,30}}{_DOMAIN}*)"
HANDLE_RE = re.compile(rf"(?<![\w@])@({_NAME}(?:@[A-Za-z0-9-]{{1,63}}{_DOMAIN}+)?)(?![\w@-])")
_LEADING_RE = re.compile(r"^\s*@([A-Za-z0-9_]{1,30})\b(?!@|\.\w)")


@rule("reply")
def check_reply(draft: Draft, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    """A post that starts with an @handle is a reply on X ("@parent we disagree…")."""
    match = _LEADING_RE.match(text.norm)
    if match:
        handle = "@" + match.group(1)
        yield Hit(
            messages.REPLY.format(handle=handle),
            span=text.span(match.start(1) - 1, match.end()),
            suggestion=messages.REPLY_SUGGESTION.format(handle=handle),
        )


@rule("mention")
def check_mention(draft: Draft, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    """Other people's @names, unless they are on the school's allow-list of partners."""
    leading = _LEADING_RE.match(text.norm)
    for match in HANDLE_RE.finditer(text.norm):
        if leading and match.start(1) == leading.start(1):
            continue  # the reply rule speaks for a leading handle
        if match.group(1).lower() in ctx.allowed_mentions:
            continue
        handle = "@" + match.group(1)
        yield Hit(
            messages.MENTION.format(handle=handle),
            span=text.span(match.start(), match.end()),
            suggestion=messages.MENTION_SUGGESTION.format(handle=handle),
        )
