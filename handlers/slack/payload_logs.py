"""Keeps Slack payloads out of the log: the Slack libraries' records are cut where a payload would begin."""

from __future__ import annotations

import logging
import re
import traceback

# Where a payload starts in bolt's and slack_sdk's messages: a dict or JSON ("{", or "%7B" in a form body),
# or a labelled body ("body: …", "payload=…"). A draft's payload names pupils, so nothing after it is kept.
_PAYLOAD = re.compile(r"\{|%7b|\bbody\b|\bpayload\b", re.IGNORECASE)
WITHHELD = "[payload withheld]"


def withheld(text: str) -> str:
    """`text` up to where a payload would begin."""
    found = _PAYLOAD.search(text)
    return text if found is None else text[: found.start()] + WITHHELD


class WithholdPayloads(logging.Filter):
    """Cuts every record at the first sign of a payload, and an exception's message with it.

    bolt logs whole request bodies (a failed signature at INFO; self events, answers and unhandled
    requests at DEBUG or WARNING) and slack_sdk logs every Web API call's body at DEBUG.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if _PAYLOAD.search(message):
            record.msg, record.args = withheld(message), ()
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            frames = "".join(traceback.format_tb(error.__traceback__))
            record.exc_text = (
                f"Traceback (most recent call last):\n{frames}{type(error).__name__}: {withheld(str(error))}"
            )
        return True


def quiet_logger(name: str) -> logging.Logger:
    """The logger `name`, and every logger under it made so far, with payloads withheld (each filtered once).

    Filters on a logger apply only to its own records, so each existing one gets its own; bolt gives the
    loggers it makes later the filters of the logger passed to `App(logger=...)`.
    """
    names = [known for known in list(logging.root.manager.loggerDict) if known.startswith(f"{name}.")]
    for logger in (logging.getLogger(name), *map(logging.getLogger, names)):
        if not any(isinstance(existing, WithholdPayloads) for existing in logger.filters):
            logger.addFilter(WithholdPayloads())
    return logging.getLogger(name)
