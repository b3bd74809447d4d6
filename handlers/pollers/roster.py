"""The roster watch: every minute, the roster file is re-read if it changed, and its name index rebuilt there."""

from __future__ import annotations

import threading

from chatbot.policy.context import PolicyContext
from handlers.pollers.ticking import start_ticking

ROSTER_SECONDS = 60  # a consent withdrawal on the roster file counts within a minute, with no restart


def start_roster_watch(ctx: PolicyContext, stop: threading.Event) -> threading.Thread:
    """Index the roster now, as the bot starts (0.2 s for 100,000 pupils), so the first draft does not wait; then
    re-read it whenever it changes."""
    _ = ctx.names
    return start_ticking("roster", ROSTER_SECONDS, stop, lambda _owner, _now: refresh_roster(ctx), at_once=False)


def refresh_roster(ctx: PolicyContext) -> bool:
    """Re-read a changed roster and index its names here, so that no draft waits for that; True when it changed."""
    reread = ctx.rosters.refresh()
    if reread is None or reread.problem is not None:
        return False
    _ = ctx.names
    return True
