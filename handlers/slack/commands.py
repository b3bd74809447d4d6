"""`/countersign draft` opens the draft form; its submission posts the draft and checks it like any other."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from chatbot.approval.draft import ImageAttachment
from chatbot.approval.events import DraftPosted, MessageRef, UnpublishRequested
from handlers.slack import governance_commands, ids
from handlers.slack.blocks import build_draft_modal, pupil_options
from handlers.slack.deps import SlackDeps
from handlers.slack.files import download_images
from handlers.slack.incident_blocks import build_incident_modal
from handlers.slack.translate import when

HELP = (
    "*Countersign* checks posts for the school's account against its social media policy.\n"
    "• Post a draft in the drafts channel; the check appears in its thread.\n"
    "• `/countersign draft` opens a form for photos with their descriptions, who is pictured, and posts\n"
    "  outside school hours.\n"
    "• An approver reacts with the approve emoji to approve (never their own draft), or the reject emoji to reject.\n"
    "• `/countersign unpublish LINK [why]` (approvers) takes a published post down, like the wastebasket emoji.\n"
    "• `/countersign incident` reports a concern: e-safety to the Computing Lead, safeguarding privately to the\n"
    "  DSL, an allegation about staff only to the headteacher.\n"
    "• `/countersign pause REASON` and `/countersign resume` (approvers) stop and restart all publishing.\n"
    "• `/countersign policy` shows the rules in force."
)


def register(app: App, deps: SlackDeps) -> None:
    def handle_command(ack: Ack, body: dict[str, Any], client: WebClient, respond: Respond) -> None:
        ack()
        words = body.get("text", "").strip().split()
        action = words[0].lower() if words else "help"
        if action == "draft":
            channel = deps.slack.drafts_channel or body["channel_id"]
            client.views_open(trigger_id=body["trigger_id"], view=build_draft_modal(channel))
        elif action == "incident":
            client.views_open(trigger_id=body["trigger_id"], view=build_incident_modal())
        elif action == "policy":
            respond(governance_commands.policy_text(deps))
        elif action in ("pause", "resume"):
            user = body["user_id"]
            answer = governance_commands.pause(deps, client, user, " ".join(words[1:])) if action == "pause" else (
                governance_commands.resume(deps, client, user))  # fmt: skip
            if answer:
                respond(answer)
        elif action == "unpublish" and len(words) > 1:
            reason = " ".join(words[2:]) or None
            ref, now = MessageRef("slack", "", ""), datetime.now(UTC)
            event = UnpublishRequested(ref, body["user_id"], f"cmd:{body['trigger_id']}", now, reason)
            respond(deps.service.unpublish_link(words[1], event))
        else:
            respond(HELP)

    def handle_pupil_search(ack: Ack, body: dict[str, Any]) -> None:
        """The roster is shown only to people who may draft, and each search is audited (never what was typed)."""
        user = (body.get("user") or {}).get("id", "")
        allowed = deps.drafters.may_draft(user) if deps.drafters else deps.service.approvers.may_approve(user)
        options = pupil_options(deps.roster, body.get("value", "")) if allowed else []
        ack(options=options)
        detail = f"{len(options)} names shown" if allowed else "refused: not someone who may draft"
        deps.service.store.governance.record("pupil_search", user, datetime.now(UTC), detail)

    def handle_submission(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        values, view, user = body["view"]["state"]["values"], body["view"], body["user"]["id"]
        text = values[ids.BLOCK_TEXT][ids.ACTION_TEXT].get("value") or ""
        posted = client.chat_postMessage(channel=view["private_metadata"], text=f"Draft from <@{user}>:\n{text}")
        draft = _draft(values, text, user, str(posted["channel"]), str(posted["ts"]), view)
        deps.service.draft_posted(replace(draft, images=_photos(values, deps)))

    app.command(ids.COMMAND)(handle_command)
    app.options(ids.ACTION_PICTURED)(handle_pupil_search)
    app.view(ids.DRAFT_MODAL)(handle_submission)


def _photos(values: dict[str, Any], deps: SlackDeps) -> tuple[ImageAttachment, ...]:
    """The form's photos, downloaded like a message's, each with the description typed for it."""
    files = (values.get(ids.BLOCK_PHOTOS, {}).get(ids.ACTION_PHOTOS) or {}).get("files") or []
    photos = download_images(files, deps.bot_token, deps.file_hosts)
    alts = [(values.get(ids.BLOCK_ALT.format(n=n), {}).get(ids.ACTION_ALT) or {}).get("value") for n in range(1, 5)]
    return tuple(replace(photo, alt_text=alts[i]) for i, photo in enumerate(photos))


def _draft(values: dict[str, Any], text: str, user: str, channel: str, ts: str, view: dict[str, Any]) -> DraftPosted:
    pictured = values[ids.BLOCK_PICTURED][ids.ACTION_PICTURED].get("selected_options") or []
    exception = (values[ids.BLOCK_EXCEPTION][ids.ACTION_EXCEPTION].get("selected_option") or {}).get("value")
    reason = values[ids.BLOCK_REASON][ids.ACTION_REASON].get("value")
    return DraftPosted(
        MessageRef("slack", channel, ts),
        user,
        text,
        event_id=f"view:{view['id']}:{view.get('hash', '')}",
        at=when(ts),
        pictured=tuple(o["value"] for o in pictured),
        exception=None if exception in (None, ids.NO_EXCEPTION) else exception,
        exception_reason=reason,
    )
