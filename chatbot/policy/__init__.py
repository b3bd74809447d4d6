"""The policy engine: `check(draft, ctx)` runs the profile's rules and returns a Report."""

from __future__ import annotations

from dataclasses import replace

from chatbot import messages
from chatbot.approval.draft import Draft, ImageAttachment
from chatbot.images import IMAGE_LIMITS, ImageInspection, ImageLimit
from chatbot.policy.context import PolicyContext
from chatbot.policy.finding import Finding, Report, Severity
from chatbot.policy.registry import ALL_RULES
from chatbot.policy.rule import Rule
from chatbot.policy.rules.window import publish_time
from chatbot.policy.text import TextView
from chatbot.policy.weighted_length import weighted_length

__all__ = ["MAX_DRAFT_CHARACTERS", "check", "inspected"]

MAX_DRAFT_CHARACTERS = 50_000  # far past any platform's limit; longer input is refused without running every rule


def check(draft: Draft, ctx: PolicyContext) -> Report:
    """Check one draft against the context's profile. Pure: the time comes from the draft."""
    if len(draft.text) > MAX_DRAFT_CHARACTERS:
        return _oversized(draft, ctx)
    draft = inspected(draft, ctx)
    text = TextView(draft.text)
    findings: list[Finding] = []
    for rule in _enabled(ctx):
        findings.extend(_findings(rule, draft, text, ctx))
    findings.sort(key=lambda f: (-f.severity.rank, f.span[0] if f.span else -1))
    return Report(
        text=text.published,
        findings=tuple(findings),
        weighted_length=weighted_length(text.published, ctx.length_limit),
        publish_at=publish_time(draft, ctx),
        profile=ctx.profile.name,
        source=draft.text,
        images=len(draft.images),
        pictured=len(draft.pictured),
        pictured_unanswered=draft.pictured_unanswered,
        trip_hold=ctx.profile.trip_hold and (draft.from_trip or any(f.rule == "live-location" for f in findings)),
        from_trip=draft.from_trip,
        photos=_published_photos(draft),
        left_out=draft.left_out,
        networks=ctx.networks,
        smaller_for=_smaller_for(draft, ctx.networks),
        originals_shown=draft.originals_shown,
    )


def _smaller_for(draft: Draft, networks: tuple[str, ...]) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """The networks whose limits some photos exceed, with those photos' numbers: they get smaller copies."""
    readable = [image.inspection for image in draft.images if image.inspection and image.inspection.readable]
    found = []
    for network in networks:
        limit = IMAGE_LIMITS.get(network)
        over = tuple(n for n, seen in enumerate(readable, 1) if limit and _exceeds(seen, limit))
        if over:
            found.append((network, over))
    return tuple(found)


def _exceeds(inspection: ImageInspection, limit: ImageLimit) -> bool:
    size = len(inspection.sanitised or b"")
    return size > limit.bytes or max(inspection.width, inspection.height) > limit.side


def _published_photos(draft: Draft) -> tuple[tuple[str, str | None], ...]:
    """The photos that go out (readable ones, in order), each with its description."""
    readable = (image for image in draft.images if image.inspection is None or image.inspection.readable)
    return tuple((image.name, image.alt_text) for image in readable)


def inspected(draft: Draft, ctx: PolicyContext) -> Draft:
    """The draft with every image inspected (decoded, sanitised, faces counted, text read) exactly once."""
    if all(image.inspection is not None for image in draft.images):
        return draft
    images = tuple(
        image if image.inspection else replace(image, inspection=_inspect(image, ctx)) for image in draft.images
    )
    return replace(draft, images=images)


def _inspect(image: ImageAttachment, ctx: PolicyContext) -> ImageInspection:
    if image.data is None:
        return ImageInspection(image.name, problem=messages.IMAGE_NOT_FETCHED)
    return ctx.inspector.inspect(image.name, image.data)


def _enabled(ctx: PolicyContext) -> list[Rule]:
    return [r for r in ALL_RULES if (config := ctx.rules.get(r.rule_id)) is not None and config.enabled]


def _findings(rule: Rule, draft: Draft, text: TextView, ctx: PolicyContext) -> list[Finding]:
    config = ctx.rules[rule.rule_id]
    found = []
    for hit in rule(draft, text, ctx):
        severity = config.severity_for(hit.variant, draft.has_images)
        if severity is not None:
            severity = severity.at_most(hit.cap)
            found.append(Finding(rule.rule_id, severity, hit.message, hit.span, hit.suggestion, config.clause))
    return found


def _oversized(draft: Draft, ctx: PolicyContext) -> Report:
    length = weighted_length(draft.text)
    config = ctx.rules.get("length")
    message = messages.TOO_LONG.format(length=length, limit=ctx.length_limit, network="X")
    finding = Finding("length", Severity.BLOCK, message, None, None, config.clause if config else None)
    return Report(draft.text, (finding,), length, profile=ctx.profile.name, source=draft.text)
