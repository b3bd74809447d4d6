"""Templates in Slack: `/countersign template` lists the school's wording; approvers keep it with `add NAME the
words…` and `remove NAME`. (`template NAME` opening the form filled in is the draft command's.)"""

from __future__ import annotations

from datetime import UTC, datetime

from chatbot import messages
from chatbot.store.templates import template_name
from handlers.slack.deps import SlackDeps

MAX_TEMPLATE = 2000  # longer than any network's post: the check says what is too long for which network


def manage(deps: SlackDeps, user: str, typed: str, words: list[str]) -> str:
    """List, add or remove; every change is audited with the template's name (never its words)."""
    store = deps.service.store
    if not words:
        return messages.template_list(store.templates.names())
    if not deps.service.approvers.may_approve(user):
        return messages.ONLY_APPROVERS_TEMPLATES
    verb, name = words[0].lower(), template_name(words[1]) if len(words) > 1 else ""
    if verb == "remove":
        removed = bool(name) and store.templates.remove(name)
        if removed:
            store.governance.record("template-removed", user, datetime.now(UTC), name)
        return messages.template_removed(name) if removed else messages.template_unknown(name, store.templates.names())
    parts = typed.split(maxsplit=3)  # "template add NAME the words…": the words keep their lines and spaces
    text = parts[3].strip()[:MAX_TEMPLATE] if len(parts) == 4 else ""
    if not name or not text:
        return messages.TEMPLATE_HOW
    store.templates.save(name, text, user, datetime.now(UTC))
    store.governance.record("template-saved", user, datetime.now(UTC), name)
    return messages.template_saved(name)


def unknown(deps: SlackDeps, name: str) -> str:
    return messages.template_unknown(template_name(name), deps.service.store.templates.names())
