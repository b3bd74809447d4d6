"""The linear scans find exactly what the quadratic patterns they replaced found: the old patterns are the oracle."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from chatbot.policy import cues
from chatbot.policy.rules import personal_data
from chatbot.policy.rules.voice import quotations

OLD_CUE_WITH_NAME = re.compile(r"\b(?i:" + cues._CUE + r"(?:\s+(?:to|for))?)[\s,!:]+(?P<name>[A-Z][\w'-]*)")
OLD_NAME_THEN_CUE = re.compile(r"(?:^|(?<=[.!?\n])\s*)(?P<name>[A-Z][\w'-]*)\s*[,!:]\s*(?i:" + cues._CUE + ")")
OLD_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")
OLD_SPELT_EMAIL = re.compile(
    r"\b[\w+-]{1,64}(?:" + personal_data._AT + r")(?:" + personal_data._SPELT_DOMAINS + r")\b", re.IGNORECASE
)

PIECES = [
    *("a ", "A ", "very ", "Very ", "VERY ", "big ", "special ", "mention ", "super ", "huge", "ſuper ", "avery "),
    *("well ", "done ", "Well done ", "congrats ", "Bravo", "happy 7th birthday ", "star of the week goes to "),
    *("to ", "for ", "Amelia", "Josh ", "Hope", "K", "é", "_", "1", "x", "'", "-"),
    *(" ", "  ", "\t", "\u00a0", "\n", "\n ", "a\n", "very\n", ".", "!", "?", ",", ":", '"', "“", "”"),
]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=16).map("".join)


@settings(max_examples=3000, deadline=None, derandomize=True)
@given(TEXTS)
def test_cues_before_a_name_are_the_old_patterns_matches(text: str) -> None:
    old = [(m.start(), m.end(), m.start("name"), m.end("name")) for m in OLD_CUE_WITH_NAME.finditer(text)]
    assert [(c.start, c.end, c.name_start, c.name_end) for c in cues.cues_with_name(text)] == old


@settings(max_examples=3000, deadline=None, derandomize=True)
@given(TEXTS)
def test_names_before_a_cue_are_the_old_patterns_matches(text: str) -> None:
    old = [(m.start("name"), m.end("name"), m.end()) for m in OLD_NAME_THEN_CUE.finditer(text)]
    assert [(c.name_start, c.name_end, c.end) for c in cues.names_then_cue(text)] == old


@settings(max_examples=1000, deadline=None, derandomize=True)
@given(TEXTS)
def test_quotations_are_the_old_patterns_matches(text: str) -> None:
    assert quotations(text) == [m.span() for m in OLD_QUOTED.finditer(text)]


def test_long_runs_cost_one_pass() -> None:
    """The runs that made the old patterns quadratic, read once; what the patterns found is still found."""
    assert [c.name for c in cues.cues_with_name("very " * 20_000 + "well done Amelia")] == ["Amelia"]
    assert [c.start for c in cues.cues_with_name("x " + "very " * 20_000 + "well done Amelia")] == [2]
    assert [c.name for c in cues.names_then_cue("\n" * 40_000 + "Amelia, well done!")] == ["Amelia"]
    assert quotations("“" * 40_000 + "”") == [(0, 40_001)]


@settings(max_examples=2000, deadline=None, derandomize=True)
@given(TEXTS)
def test_a_cue_before_a_name_is_found_as_the_pattern_alone_finds_it(text: str) -> None:
    lower = text.lower()
    assert cues.cue_precedes(lower, len(lower)) == bool(cues.CUE_BEFORE_NAME.search(lower[-60:]))


MAIL_PIECES = [*"ab1_+-.@ ", "  ", "\n", "é", "x" * 30, "-x" * 20, " at ", " AT ", "[at]", " (at) ", "gmail", " dot ",
               "[dot]", "com", ".co.uk", "hotmail", "sarah", "Sarah-Jane", "yahoo.co.uk", "a" * 70]  # fmt: skip


@settings(max_examples=3000, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(MAIL_PIECES), max_size=14).map("".join))
def test_spelt_addresses_are_the_old_patterns_matches(text: str) -> None:
    assert list(personal_data.spelt_emails(text)) == [m.span() for m in OLD_SPELT_EMAIL.finditer(text)]
