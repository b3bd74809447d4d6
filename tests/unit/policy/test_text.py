"""Text normalisation: what rules match on, what gets published, and how positions map back."""

from __future__ import annotations

from chatbot.policy.obfuscation import collapse, deobfuscated, is_stretched
from chatbot.policy.text import TextView


def test_ascii_text_is_unchanged_and_positions_are_identical() -> None:
    view = TextView("Year 3 went out")
    assert view.norm == "Year 3 went out" and view.span(5, 6) == (5, 6)


def test_zero_width_and_bidi_characters_are_removed_and_reported() -> None:
    view = TextView("Jo\u200bsh \u202eand")
    assert view.norm == "Josh and"
    assert view.hidden == [2, 6]
    assert view.published == "Josh and"
    assert view.span(0, 4) == (0, 5)


def test_look_alike_letters_fold_to_latin_for_matching_only() -> None:
    view = TextView("Jоsh")  # Cyrillic о
    assert view.norm == "Josh"
    assert view.published == "Jоsh"


def test_compatibility_forms_are_normalised() -> None:
    view = TextView("ＡＢＣ ﬁsh")
    assert view.norm == "ABC fish"
    assert view.span(4, 8) == (4, 8 - 1)  # "ﬁ" is one character in the original


def test_words_know_where_sentences_start() -> None:
    words = TextView("We hope. Summer fair! Will you come?").words
    starts = [w.text for w in words if w.sentence_start]
    assert starts == ["We", "Summer", "Will"]


def test_deobfuscation_helpers() -> None:
    assert "shit" in deobfuscated("sh1t")
    assert "bitch" in deobfuscated("b!tch")
    assert collapse("fuuuuck") == "fuck"
    assert is_stretched("fuuuck") and not is_stretched("bollocks")
