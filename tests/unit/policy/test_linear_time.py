"""Every rule reads a long hostile draft in time linear in its length, up to 200,000 characters."""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from itertools import pairwise

import pytest

from chatbot.policy.context import PolicyContext
from chatbot.policy.profile import RuleConfig
from chatbot.policy.registry import ALL_RULES
from chatbot.policy.text import TextView
from chatbot.policy.weighted_length import weighted_length
from tests.drafting import context, draft
from tests.unit.policy.hostile import HOSTILE, repeated

# Four times the text should take about four times the work; a quadratic pattern makes it sixteen. Each rule is
# timed (CPU time, no garbage collection in between) on three sizes, and each step must stay under eight times the
# one before; a step that looks too slow is measured again (best of three), and a clearly quadratic one stops before
# the largest text. How fast is fast enough is the benchmark's business (`scripts/bench scale`), not this test's.
SIZES = (12_500, 50_000, 200_000)
STEP = 4  # each size is four times the one before
CEILING = 2 * STEP  # linear gives 4; a quadratic pattern 16
TRIES = 3

Work = Callable[[str, TextView], object]
Texts = tuple[tuple[str, TextView], ...]


def _context() -> PolicyContext:
    """Every rule switched on, and every network's length counted."""
    rules = {r.rule_id: RuleConfig(severity="warn") for r in ALL_RULES}
    return replace(context(), rules=rules, other_networks=(("Mastodon", 500), ("Bluesky", 300)))


def _reference(text: str, _: TextView) -> object:
    """Plainly linear work: below what this costs on the large text, a rule's time is noise, whatever its shape."""
    return [(i, ord(c)) for i, c in enumerate(text)]


def _work(ctx: PolicyContext) -> Iterator[tuple[str, Callable[[str, TextView], object]]]:
    yield "reading the text", lambda text, _: TextView(text).words
    yield "X's count", lambda text, _: weighted_length(text)
    for rule in ALL_RULES:
        yield rule.rule_id, lambda text, view, rule=rule: list(rule(draft(text), view, ctx))


def _forget() -> None:
    """Empty the caches that remember words and texts (not those that hold the word lists), so that every timing
    reads its text as a first check would."""
    context().lexicon.is_word.cache_clear()  # the lexicon every test context shares
    for module in [m for name, m in sys.modules.items() if name.startswith("chatbot.policy")]:
        for value in vars(module).values():
            if hasattr(value, "cache_info") and value.cache_info().maxsize not in (None, 1):
                value.cache_clear()


def _cpu(work: Work, text: str, view: TextView) -> float:
    _forget()
    view.derived.clear()  # the names read for one rule are kept for the next: each rule is timed on its own work
    start = time.process_time()
    work(text, view)
    return time.process_time() - start


def _viewed(unit: str, size: int) -> tuple[str, TextView]:
    text = repeated(unit, size)
    view = TextView(text)
    assert view.words is not None  # read once, so that each rule is timed on its own work
    return text, view


def _too_slow(before: float, after: float, floor: float) -> bool:
    return after >= max(CEILING * before, floor)


def _step(work: Work, smaller: tuple[str, TextView], larger: tuple[str, TextView], floor: float) -> tuple[float, float]:
    """Both texts' times; measured again (best of three) only while the step looks too slow but not clearly so."""
    before, after = _cpu(work, *smaller), _cpu(work, *larger)
    for _ in range(TRIES - 1):
        if not _too_slow(before, after, floor) or _too_slow(2 * before, after, 2 * floor):
            break
        before, after = min(before, _cpu(work, *smaller)), min(after, _cpu(work, *larger))
    return before, after


def _shape(work: Work, texts: Texts, floor: float) -> str | None:
    """None when every step of the sizes is linear; else what the first slow step took."""
    for (smaller, larger), size in zip(pairwise(texts), SIZES[1:], strict=True):
        before, after = _step(work, smaller, larger, floor * size / SIZES[-1])
        if _too_slow(before, after, floor * size / SIZES[-1]):
            return f"{after / before:.1f}× the time for {STEP}× the text ({size:,} characters: {after:.2f} s)"
    return None


@pytest.mark.parametrize("unit", HOSTILE.values(), ids=HOSTILE.keys())
def test_every_rule_takes_time_linear_in_the_length_of_a_hostile_draft(unit: str) -> None:
    ctx = _context()
    texts = tuple(_viewed(unit, size) for size in SIZES)
    slow = {}
    gc.collect()
    gc.disable()  # a collection inside one timing and not the other would look like a change of shape
    try:
        floor = min(_cpu(_reference, *texts[-1]) for _ in range(TRIES))
        for name, work in _work(ctx):
            if (shape := _shape(work, texts, floor)) is not None:
                slow[name] = shape
    finally:
        gc.enable()
    assert not slow, slow
