"""`chatbot` entry point: parses arguments, runs one command, and turns every error into one line on stderr."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from chatbot.cli.memory import limit_malloc_arenas
from chatbot.errors import CountersignError

EXIT_USAGE = 2
# the models ran 6x slower on two threads; tokenizers (MiniLM's word pieces) has its own pool
ONE_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
              "RAYON_NUM_THREADS": "1", "TOKENIZERS_PARALLELISM": "false"}  # fmt: skip


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        print(f"chatbot: {message} (see chatbot {self.prog.split()[-1]} --help)", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


Registrar = Callable[[Any], None]


def build_parser(extra: Sequence[Registrar] = ()) -> argparse.ArgumentParser:
    """The core's commands, plus those the edges add (`run`, `manifest`, `audit` live in handlers/)."""
    parser = _Parser(prog="chatbot", description="Countersign: checks and publishes a school's social media posts.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    from chatbot.cli import check_command, classify_command, sanitize_command

    for add in (check_command.add_parser, classify_command.add_parser, sanitize_command.add_parser, *extra):
        add(commands)
    return parser


def main(argv: Sequence[str] | None = None, extra: Sequence[Registrar] = (),
         handler: Callable[[], int] | None = None) -> int:  # fmt: skip
    """`handler`: a command the console parses itself, run with the same error handling."""
    for name, value in ONE_THREAD.items():  # before numpy or the models load (an operator's own setting wins)
        os.environ.setdefault(name, value)
    limit_malloc_arenas()  # before the listener threads start
    try:
        if handler is not None:
            return handler()
        args = build_parser(extra).parse_args(argv)
        return int(args.handler(args))
    except CountersignError as error:
        print(f"chatbot: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a bug: say so in one line; the traceback only when asked for
        if os.environ.get("CHATBOT_DEBUG"):
            raise
        print(
            f"chatbot: internal error ({type(error).__name__}); run with CHATBOT_DEBUG=1 for details", file=sys.stderr
        )
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
