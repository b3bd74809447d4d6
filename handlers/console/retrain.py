"""`chatbot classify retrain`: refit the incident classifier with the school's triage decisions, if no worse."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="chatbot classify retrain", description=__doc__)
    parser.add_argument("--config", type=Path, help="the app.yaml to use (default: $CHATBOT_CONFIG or ./app.yaml)")
    return parser.parse_args(argv)


def run(args: argparse.Namespace) -> int:
    from chatbot.incidents.reader import school_reader
    from chatbot.incidents.retraining import learn
    from chatbot.school.config_loader import load_settings
    from handlers.console import export

    with export.store_for(load_settings(args.config)) as store:
        reader = school_reader(store.incidents.school_head())
        result = learn(store.incidents, reader, datetime.now(UTC))
    if not result.examples:
        print("No triage decisions are kept yet: the shipped classifier stays as it is.")
        return 0
    said = "kept: the bot reads replies with it from now on" if result.head else "refused: it reached fewer concerns"
    print(f"Refitted with {result.examples} decisions, {said}.")
    for name, figures in (("before", result.before), ("after", result.after)):
        print(f"  {name}: reach {figures.reach:.3f}, benign flagged {figures.benign_flagged:.3f}, leaks {figures.leaks}"
              f" (evaluation set, {figures.n} replies)")  # fmt: skip
    return 0
