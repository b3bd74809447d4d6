"""The workspace's page: the practice banner, who you are, the clock, the forms, and the live part (the drafts
channel with its threads, what only you can see, and your home), rebuilt whenever something changes."""

from __future__ import annotations

import html

from chatbot import messages
from chatbot.cards import Part
from handlers.local.cards_html import card_html
from handlers.local.conversation import Message
from handlers.local.forms import forms_html
from handlers.local.markup import to_html
from handlers.local.style import SCRIPT, STYLE
from handlers.local.team import BOT, TEAM, Person, name_of
from handlers.local.view import View

REACTIONS = (("white_check_mark", "✅ Approve"), ("x", "❌ Reject"), ("wastebasket", "🗑 Take down"))


def page_html(view: View) -> str:
    you = view.you
    return (
        f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Countersign practice — '
        f"{html.escape(you.name)}</title><style>{STYLE}</style></head><body>"
        f'<p class="banner" role="status">{html.escape(messages.PRACTICE_BANNER)}</p>'
        f'{_header(view)}<main><section class="compose">{forms_html(you.id, view)}</section>'
        f'<section id="live" data-version="{view.version}" data-as="{you.id}">{live_html(view)}</section>'
        f"</main><script>{SCRIPT}</script></body></html>"
    )


def live_html(view: View) -> str:
    notice = f'<p class="notice" role="alert">{to_html(view.notice, name_of)}</p>' if view.notice else ""
    channel = "".join(_message(m, view) for m in reversed(view.channel)) or '<p class="small">No drafts yet.</p>'
    mine = "".join(_private(m, view) for m in reversed(view.private)) or '<p class="small">Nothing yet.</p>'
    return (
        f'{notice}<div class="columns"><div class="channel"><h2># drafts</h2>{channel}</div>'
        f'<aside><h2>Only you can see these</h2><div class="private">{mine}</div>'
        f'<h2>Your home</h2><div class="home">{card_html(view.home, name_of, view.you.id)}</div></aside></div>'
    )


def _header(view: View) -> str:
    people = "".join(
        f'<a class="person{" current" if p.id == view.you.id else ""}" href="/?as={p.id}" '
        f'title="{html.escape(p.role)}">{html.escape(p.name)}<span>{html.escape(p.role)}</span></a>'
        for p in TEAM
    )
    pretend = " (pretend)" if view.pretending else ""
    return (
        f'<header><h1>Countersign</h1><nav aria-label="Who am I">You are: {people}</nav>'
        f'<p class="clock">Workspace time: <strong>{view.now:%A %-d %B %H:%M}</strong>{pretend}</p></header>'
    )


def _message(message: Message, view: View) -> str:
    replies = "".join(_reply(r, view) for r in view.replies.get(message.id, []))
    return (
        f'<article class="message" id="{message.id}">{_said(message, view)}{_controls(message, view.you)}'
        f'<div class="thread">{replies}</div></article>'
    )


def _reply(message: Message, view: View) -> str:
    return f'<div class="reply" id="{message.id}">{_said(message, view)}</div>'


def _private(message: Message, view: View) -> str:
    return f'<article class="message private" id="{message.id}">{_said(message, view)}</article>'


def _said(message: Message, view: View) -> str:
    bot = message.author == BOT
    words = to_html(message.text, name_of) if bot else html.escape(message.text).replace("\n", "<br>")
    if message.deleted:
        words = "<em>This draft was deleted.</em>"
    photos = "".join(f'<img src="/photos/{p}" alt="a photo, as it would be published">' for p in message.photos)
    when = message.at.astimezone(view.zone)
    return (
        f'<p class="who"><strong>{html.escape(name_of(message.author))}</strong> <time>{when:%a %H:%M}</time>'
        f'{" (edited)" if message.edited and not bot else ""}</p><p class="words">{words}</p>'
        f'<div class="photos">{photos}</div>{_card(message.parts, view)}{_reactions(message)}'
    )


def _card(parts: tuple[Part, ...], view: View) -> str:
    return card_html(parts, name_of, view.you.id) if parts else ""


def _reactions(message: Message) -> str:
    if not message.reactions:
        return ""
    shown = ", ".join(f"{_emoji(e)} {html.escape(name_of(p))}" for e, p in message.reactions)
    return f'<p class="reactions">{shown}</p>'


def _emoji(name: str) -> str:
    return {"white_check_mark": "✅", "x": "❌", "wastebasket": "🗑", "outbox_tray": "📤"}.get(name, name)


def _controls(message: Message, you: Person) -> str:
    """Staff drafts only: reactions for approvers; edit and delete for the author."""
    if message.author == BOT or message.deleted:
        return ""
    hidden = (
        f'<input type="hidden" name="as" value="{you.id}"><input type="hidden" name="message" value="{message.id}">'
    )
    buttons = "".join(f'<button name="emoji" value="{e}">{label}</button>' for e, label in REACTIONS)
    react = f'<form class="react" method="post" action="/react">{hidden}{buttons}</form>'
    if message.author != you.id:
        return react
    edit = (f'<details><summary>Edit or delete</summary><form method="post" action="/edit">{hidden}'
            f'<textarea name="text" rows="3" maxlength="50000">{html.escape(message.text)}</textarea>'
            f'<button name="do" value="edit">Save the edit</button><button name="do" value="delete" class="danger">'
            f"Delete the draft</button></form></details>")  # fmt: skip
    return react + edit
