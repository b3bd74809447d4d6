"""`chatbot check`: check one draft against the school's policy and print the report."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from chatbot.approval.draft import MAX_IMAGES, Draft, ImageAttachment
from chatbot.errors import UsageError

EXIT_OK, EXIT_BLOCKED = 0, 1


def add_parser(commands: Any) -> None:
    parser = commands.add_parser("check", help="check a draft against the policy", description=__doc__)
    parser.add_argument("text", metavar="TEXT", help="the draft's text ('-' reads it from standard input)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the report")
    parser.add_argument("--config", type=Path, help="the app.yaml to use (default: $CHATBOT_CONFIG or ./app.yaml)")
    parser.add_argument("--profile", help="policy profile name or .yaml path (default: policy.profile)")
    parser.add_argument("--roster", type=Path, help="roster CSV (default: policy.roster)")
    parser.add_argument("--at", help="when it is submitted, ISO 8601; local school time unless it has an offset")
    parser.add_argument("--image", action="append", default=[], type=Path, help="an attached image (up to 4)")
    parser.add_argument("--alt", action="append", default=[], help="alt text for each --image, in order")
    parser.add_argument("--pictured", action="append", default=[], help='a pupil in the photo, "Forename Surname"')
    parser.add_argument("--nobody-identifiable", action="store_true",
                        help="no pupil can be identified in the photos (backs, hands, work)")  # fmt: skip
    parser.add_argument("--exception", choices=("event", "urgent"), help="publish outside posting hours")
    parser.add_argument("--reason", help="why the exception applies (recorded)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from chatbot.policy import check
    from chatbot.policy.context import build_context
    from chatbot.school.config_loader import load_settings

    settings = load_settings(args.config)
    ctx = build_context(settings, profile=args.profile, roster=args.roster)
    draft = Draft(
        text=read_text(args.text),
        submitted_at=parse_at(args.at, ctx.zone),
        images=_images(args.image, args.alt),
        pictured=tuple(args.pictured),
        exception=args.exception,
        exception_reason=args.reason,
        pictured_answer="nobody-identifiable" if args.nobody_identifiable else None,
    )
    report = check(draft, ctx)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        from chatbot.cli.report import render

        print(render(report, colour=sys.stdout.isatty()))
    return EXIT_OK if report.may_publish else EXIT_BLOCKED


def read_text(value: str) -> str:
    if value != "-":
        try:
            value.encode("utf-8")  # undecodable bytes on the command line arrive as lone surrogates
        except UnicodeEncodeError:
            raise UsageError("the draft is not valid UTF-8 text") from None
        return value
    try:
        return sys.stdin.buffer.read().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError("the draft on standard input is not UTF-8 text") from None


def parse_at(value: str | None, zone: ZoneInfo) -> datetime:
    if value is None:
        return datetime.now(zone)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--at {value!r} is not a date and time like 2026-11-23T09:30") from None
    return moment.replace(tzinfo=zone) if moment.tzinfo is None else moment


def _images(paths: list[Path], alts: list[str]) -> tuple[ImageAttachment, ...]:
    if len(paths) > MAX_IMAGES:
        raise UsageError(f"a post can carry at most {MAX_IMAGES} images; {len(paths)} were given")
    if len(alts) > len(paths):
        raise UsageError("there are more --alt texts than --image files")
    return tuple(
        ImageAttachment(name=p.name, data=read_image(p), alt_text=alts[i] if i < len(alts) else None, path=p)
        for i, p in enumerate(paths)
    )


def read_image(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"image not found: {path}") from None
    except OSError as error:
        raise UsageError(f"cannot read the image {path}: {error.strerror}") from None
