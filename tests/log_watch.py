"""Watches every log record the test suite produces for secrets and pupils' names (the Slack libraries' at DEBUG)."""

from __future__ import annotations

import logging
import re
import threading

# The test roster's pupils (tests/drafting.py) and every secret the tests hand the bot
NAMES = ("Joshua Patel", "Josh Patel", "Amelia Nowak", "Noah Okafor", "Summer Jones", "Hope Taylor",
         "Will Ashworth", "Grace O'Brien", "Mary-Jane Whitfield", "Jack Smith", "Lily Evans", "Patel", "Nowak",
         "Okafor", "Ashworth", "Whitfield")  # fmt: skip
SECRETS = re.compile(r"xox[abpr]-[\w-]+|xapp-[\w-]+|8f742231b10e8888abcd99yyyzzz85a5|access-secret|api-secret|"
                     r"2244994945-t\b|token-secret|teams-test-client-secret-value")  # fmt: skip
# A draft that names pupils: tests send it in request bodies down every path, so a logged body is caught
PUPILS_DRAFT = "Well done to Joshua Patel and Amelia Nowak (Year 3), our spelling bee champions!"
# The libraries that log bodies at DEBUG, watched at DEBUG; the rest at INFO, as `chatbot run` logs
SLACK_LIBRARIES = ("slack_bolt", "slack_sdk")


def leaks(line: str) -> list[str]:
    """What in one log line must never be logged."""
    found = [name for name in NAMES if name in line]
    return found + SECRETS.findall(line)


class LogWatch(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self._lock_lines = threading.Lock()
        self.offending: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self.format(record)
        except Exception:  # a record that cannot be formatted is not ours to judge
            return
        if leaks(line):
            with self._lock_lines:
                self.offending.append(f"{record.name}: {line}")


WATCH = LogWatch()
WATCH.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))


def install() -> None:
    root = logging.getLogger()
    root.addHandler(WATCH)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)  # what `chatbot run` logs at
    for name in SLACK_LIBRARIES:
        logging.getLogger(name).setLevel(logging.DEBUG)
