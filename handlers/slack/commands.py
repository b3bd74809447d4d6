"""`/countersign draft` opens the draft form; its submission posts the draft and checks it like any other."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from chatbot import messages
from chatbot.approval.draft_form import MAX_PHOTOS, description, draft_form
from chatbot.approval.events import DraftPosted, MessageRef, UnpublishRequested
from handlers.slack import consent_withdrawn, governance_commands, ids, templates
from handlers.slack.blocks import pupil_options
from handlers.slack.deps import SlackDeps
from handlers.slack.files import Downloaded, download_images
from handlers.slack.form_drafts import form_draft_blocks
from handlers.slack.incident_blocks import build_incident_modal
from handlers.slack.neutral_cards import chosen_time, field_value, form_modal, time_errors
from handlers.slack.translate import when

FORM_DRAFT = "form_draft"  # what a submitted draft form is called in the inbox, beside message events
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
    "• `/countersign policy` shows the rules in force.\n"
    "• `/countersign template` lists the school's wording; `/countersign template NAME` opens the form with it; "
    "approvers keep wording with `/countersign template add NAME the words…` and `… template remove NAME`.\n"
    "• `/countersign consent-withdrawn Forename Surname` (approvers) lists the posts that pupil was named in, "
    "to take them down."
)


def register(app: App, deps: SlackDeps) -> None:
    def handle_command(ack: Ack, body: dict[str, Any], client: WebClient, respond: Respond) -> None:
        ack()
        words = body.get("text", "").strip().split()
        action = words[0].lower() if words else "help"
        if action in ("draft", "template"):
            _drafting(deps, body, client, respond, action, words[1:])
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
        elif action in ("consent-withdrawn", "unpublish") and len(words) > 1:
            respond(**_taking_down(deps, body, action, words[1:]))
        else:
            respond(HELP)

    def handle_pupil_search(ack: Ack, body: dict[str, Any]) -> None:
        """The roster is shown only to people who may draft, and each search is audited (never what was typed)."""
        user = (body.get("user") or {}).get("id", "")
        allowed = deps.drafters.may_draft(user) if deps.drafters else deps.service.approvers.may_approve(user)
        today = datetime.now(deps.zone).date()
        options = pupil_options(deps.roster, body.get("value", ""), today) if allowed else []
        ack(options=options)
        detail = f"{len(options)} names shown" if allowed else "refused: not someone who may draft"
        deps.service.store.governance.record("pupil_search", user, datetime.now(UTC), detail)

    def handle_submission(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        _submission(deps, ack, body, client)

    app.command(ids.COMMAND)(handle_command)
    app.options(ids.ACTION_PICTURED)(handle_pupil_search)
    app.view(ids.DRAFT_MODAL)(handle_submission)


def _taking_down(deps: SlackDeps, body: dict[str, Any], action: str, words: list[str]) -> dict[str, Any]:
    """`unpublish LINK [REASON]`, or `consent-withdrawn NAME`: what to answer the approver privately."""
    if action == "consent-withdrawn":
        return consent_withdrawn.answer(deps, body["user_id"], " ".join(words))
    ref, now = MessageRef("slack", "", ""), datetime.now(UTC)
    event = UnpublishRequested(ref, body["user_id"], f"cmd:{body['trigger_id']}", now, " ".join(words[1:]) or None)
    return {"text": deps.service.unpublish_link(words[0], event)}


def _drafting(deps: SlackDeps, body: dict[str, Any], client: WebClient, respond: Respond, action: str,
              words: list[str]) -> None:  # fmt: skip
    """`draft` opens the form; `template …` keeps wording, or opens the form filled with it."""
    if action == "template" and (not words or words[0].lower() in ("add", "remove")):
        respond(templates.manage(deps, body["user_id"], body.get("text", ""), words))
        return
    text = deps.service.store.templates.text(words[0]) if action == "template" else ""
    if text is None:
        respond(templates.unknown(deps, words[0]))
    elif not _may_draft(deps, body["user_id"]):
        respond(messages.NOT_A_DRAFTER)
    else:
        channel = deps.slack.drafts_channel or body["channel_id"]
        form = draft_form(deps.service.ctx.zone, text, deps.service.ctx.profile.trip_hold)
        client.views_open(trigger_id=body["trigger_id"], view=form_modal(form, ids.DRAFT_MODAL, ids.DRAFT, channel))


def _may_draft(deps: SlackDeps, user: str) -> bool:
    """Everyone in the drafts channel, unless the school named who may draft (`slack.drafters`)."""
    return deps.drafters is None or not deps.drafters.restricted or deps.drafters.may_draft(user)


def _submission(deps: SlackDeps, ack: Ack, body: dict[str, Any], client: WebClient) -> None:
    if errors := time_errors(body["view"]["state"]["values"], ids.DRAFT, deps.zone, datetime.now(UTC)):
        ack(response_action="errors", errors=errors)  # said on the form, which stays open to correct
        return
    ack()
    submitted(deps, body, client)


def submitted(deps: SlackDeps, body: dict[str, Any], client: WebClient) -> None:
    """The draft is posted in the channel at once; with photos, it is checked on the pool (Slack closes a
    form that is not answered within 3 seconds), else here."""
    view, user = body["view"], body["user"]["id"]
    if not _may_draft(deps, user):  # taken off the list while the form was open
        client.chat_postEphemeral(channel=view["private_metadata"], user=user, text=messages.NOT_A_DRAFTER)
        return
    text = view["state"]["values"][ids.BLOCK_TEXT][ids.ACTION_TEXT].get("value") or ""
    words = messages.FORM_DRAFT_FROM.format(user=user, text=text)
    posted = client.chat_postMessage(channel=view["private_metadata"], text=words, blocks=form_draft_blocks(user, text))
    form = {**body, "type": FORM_DRAFT, "posted": {"channel": str(posted["channel"]), "ts": str(posted["ts"])}}
    form["event_id"] = _event_id(view)
    if deps.backlog is not None and _has_photos(view["state"]["values"]):
        deps.backlog.accept(f"{form['posted']['channel']}:{form['posted']['ts']}", form, partial(handle_form, deps))
    else:
        handle_form(deps, form)


def handle_form(deps: SlackDeps, form: dict[str, Any]) -> None:
    """A submitted draft form, already posted in the channel, checked with its photos and reported."""
    view, user, posted = form["view"], form["user"]["id"], form["posted"]
    values = view["state"]["values"]
    text = values[ids.BLOCK_TEXT][ids.ACTION_TEXT].get("value") or ""
    draft = _draft(values, text, user, posted["channel"], posted["ts"], view)
    with suppress(ValueError):  # a time that cannot be read was refused on the form itself
        draft = replace(draft, publish_at=chosen_time(values, ids.DRAFT, deps.zone))
    photos, left_out = _photos(values, deps)
    deps.service.draft_posted(replace(draft, images=photos, left_out=left_out, photos_unseen=True))


def _has_photos(values: dict[str, Any]) -> bool:
    return bool((values.get(ids.BLOCK_PHOTOS, {}).get(ids.ACTION_PHOTOS) or {}).get("files"))


def _event_id(view: dict[str, Any]) -> str:
    return f"view:{view['id']}:{view.get('hash', '')}"


def _photos(values: dict[str, Any], deps: SlackDeps) -> Downloaded:
    """The form's photos, downloaded like a message's, each with the description typed for it."""
    files = (values.get(ids.BLOCK_PHOTOS, {}).get(ids.ACTION_PHOTOS) or {}).get("files") or []
    photos, left_out = download_images(files, deps.bot_token, deps.file_hosts)
    alts = [field_value(values, ids.DRAFT, description(n)).get("value") for n in range(1, MAX_PHOTOS + 1)]
    return tuple(replace(photo, alt_text=alts[i]) for i, photo in enumerate(photos)), left_out


def _draft(values: dict[str, Any], text: str, user: str, channel: str, ts: str, view: dict[str, Any]) -> DraftPosted:
    pictured = values[ids.BLOCK_PICTURED][ids.ACTION_PICTURED].get("selected_options") or []
    exception = (values[ids.BLOCK_EXCEPTION][ids.ACTION_EXCEPTION].get("selected_option") or {}).get("value")
    reason = values[ids.BLOCK_REASON][ids.ACTION_REASON].get("value")
    return DraftPosted(
        MessageRef("slack", channel, ts),
        user,
        text,
        event_id=_event_id(view),
        at=when(ts),
        pictured=tuple(o["value"] for o in pictured),
        exception=None if exception in (None, ids.NO_EXCEPTION) else exception,
        exception_reason=reason,
        from_trip=bool((values.get(ids.BLOCK_TRIP, {}).get(ids.ACTION_TRIP) or {}).get("selected_options")),
    )
