"""`chatbot classify`: run the incident classifier the mention poller uses on one incoming post."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chatbot.cli.check_command import read_text

if TYPE_CHECKING:
    from chatbot.incidents.classifier import Classification


def add_parser(commands: Any) -> None:
    parser = commands.add_parser("classify", help="classify an incoming post as an incident, or not",
                                 description=__doc__)  # fmt: skip
    parser.add_argument("text", metavar="TEXT", help="the post's text ('-' reads it from standard input); "
                        "the word retrain refits the classifier with the school's own triage decisions")  # fmt: skip
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--config", type=Path, help="the app.yaml to use (default: $CHATBOT_CONFIG or ./app.yaml)")
    parser.add_argument("--roster", type=Path, help="roster CSV (default: policy.roster)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from chatbot.incidents.classifier import classify
    from chatbot.incidents.reader import shipped_reader
    from chatbot.policy.context import build_context
    from chatbot.school.config_loader import load_settings

    ctx = build_context(load_settings(args.config), roster=args.roster)
    found = classify(read_text(args.text), ctx, shipped_reader())
    if args.json:
        print(json.dumps({"incident": None if found is None else _incident(found)}, ensure_ascii=False))
    elif found is None:
        print("Nothing to escalate.")
    else:
        print(_ROUTES[found.route].format(kind=found.kind, confidence=found.confidence))
        for reason in found.reasons:
            print(f"  - {reason}")
    return 0


_ROUTES = {"auto": "Incident: {kind} ({confidence:.0%} sure)",
           "triage": "For a person to decide (best guess: {kind}, {confidence:.0%} likely a concern)"}  # fmt: skip


def _incident(found: Classification) -> dict[str, Any]:
    return {"kind": found.kind, "reasons": list(found.reasons), "confidence": round(found.confidence, 3),
            "route": found.route}  # fmt: skip
