"""The workspace's other pages: a plain answer (a refusal, an error) and a practice post as each network shows it."""

from __future__ import annotations

import html

from chatbot import messages
from chatbot.policy.context import PolicyContext
from chatbot.policy.summary import rules_in_force
from handlers.local.network import PracticePost
from handlers.local.previews import post_html
from handlers.local.style import STYLE


def _page(title: str, body: str) -> str:
    return (
        f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f'<style>{STYLE}</style></head><body><p class="banner" role="status">{html.escape(messages.PRACTICE_BANNER)}'
        f"</p>{body}</body></html>"
    )


def notice_page(text: str, user: str = "") -> str:
    back = f"/?as={html.escape(user, quote=True)}" if user else "/"
    return _page("Countersign practice", f'<main><p class="notice">{html.escape(text)}</p>'
                                         f'<p><a href="{back}">Back to the workspace</a></p></main>')  # fmt: skip


def post_page(post: PracticePost, school: str, targets: tuple[str, ...]) -> str:
    heading = "<h1>How this post would look</h1><p>Nothing was posted: this is the practice workspace.</p>"
    return _page("A practice post", f'<main class="posts">{heading}{post_html(post, school, targets)}</main>')


def reply_page(author: str, text: str, school: str) -> str:
    """A reply as the network shows it to anyone: public there, so public here (the incident card links to it)."""
    body = (
        f'<main><h1>A reply to {html.escape(school)} on the practice account</h1><article class="network">'
        f'<p class="small">{html.escape(author)}</p><p class="post">{html.escape(text)}</p></article></main>'
    )
    return _page("A practice reply", body)


def follower_page(handle: str, name: str, bio: str) -> str:
    body = (
        f'<main><h1>{html.escape(name)}</h1><article class="network"><p class="small">@{html.escape(handle)}'
        f"</p><p>{html.escape(bio) or '<em>No bio.</em>'}</p></article></main>"
    )
    return _page("A practice follower", body)


def policy_page(ctx: PolicyContext) -> str:
    """What Countersign checks under the school's profile, strictest first, with the policy's words."""
    rows = "".join(f"<li><strong>{html.escape(r.rule)}</strong> ({html.escape(r.severity)}): {html.escape(r.clause)}"
                   "</li>" for r in rules_in_force(ctx))  # fmt: skip
    hours = f"<p>Posting hours: {html.escape(ctx.schedule.describe())}.</p>" if ctx.schedule is not None else ""
    body = f"<main><h1>{html.escape(ctx.profile.title)}</h1><p>What Countersign checks before a post can be approved:" \
           f"</p><ul>{rows}</ul>{hours}</main>"  # fmt: skip
    return _page("The policy in force", body)
