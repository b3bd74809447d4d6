"""`chatbot sanitize IN OUT`: write the photo exactly as it would be published, with its metadata removed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from chatbot.cli.check_command import read_image
from chatbot.errors import UsageError


def add_parser(commands: Any) -> None:
    parser = commands.add_parser("sanitize", help="write the sanitised image that would be published")
    parser.add_argument("source", metavar="IN", type=Path, help="the photo as taken")
    parser.add_argument("target", metavar="OUT", type=Path, help="where to write the photo as it would be published")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from chatbot.vision.decode import UnusableImage, decode
    from chatbot.vision.sanitise import sanitise

    try:
        decoded = decode(read_image(args.source))
    except UnusableImage as problem:
        raise UsageError(f"{args.source} cannot be used: {problem}") from None
    data, media_type = sanitise(decoded.image)
    try:
        args.target.write_bytes(data)
    except OSError as error:
        raise UsageError(f"cannot write {args.target}: {error.strerror}") from None
    removed = ", ".join(decoded.metadata) if decoded.metadata else "nothing besides the pixels was found"
    print(f"Wrote {args.target} ({media_type}, {len(data):,} bytes). Removed: {removed}.", file=sys.stderr)
    return 0
