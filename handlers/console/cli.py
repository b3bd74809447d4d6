"""The `chatbot` console script: the core's commands plus the ones that need the chat platforms."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from chatbot.cli.main import main as core_main
from handlers.console import audit, doctor, incidents, manifest, report, retrain, run, teams_manifest


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    if given[:2] == ["classify", "retrain"]:  # it needs Redis, which only the console's commands reach
        return core_main(given, extra=(), handler=lambda: retrain.run(retrain.parse(given[2:])))
    extra = (
        run.add_parser,
        manifest.add_parser,
        teams_manifest.add_parser,
        audit.add_parser,
        report.add_parser,
        incidents.add_parser,
        doctor.add_parser,
    )
    return core_main(argv, extra=extra)


if __name__ == "__main__":
    sys.exit(main())
