"""The `chatbot` console script: the core's commands plus the ones that need the chat platforms."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from chatbot.cli.main import main as core_main
from handlers import (
    audit_command,
    doctor_command,
    incidents_command,
    manifest_command,
    run_command,
    teams_manifest_command,
)


def main(argv: Sequence[str] | None = None) -> int:
    extra = (
        run_command.add_parser,
        manifest_command.add_parser,
        teams_manifest_command.add_parser,
        audit_command.add_parser,
        incidents_command.add_parser,
        doctor_command.add_parser,
    )
    return core_main(argv, extra=extra)


if __name__ == "__main__":
    sys.exit(main())
