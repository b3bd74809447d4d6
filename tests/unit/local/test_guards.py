"""The guards in front of the core: same-page presses only, bodies no larger than four photos, a person's pace."""

from __future__ import annotations

from handlers.local.guards import MAX_BODY, PRESSES, Pace, foreign, too_large


def test_a_press_from_the_page_itself_is_taken() -> None:
    assert not foreign("POST", "127.0.0.1:8470", "http://127.0.0.1:8470", None)
    assert not foreign("POST", "127.0.0.1:8470", None, "http://127.0.0.1:8470/?as=ben")
    assert not foreign("GET", "127.0.0.1:8470", "http://evil.example", None)


def test_a_press_from_another_page_is_not() -> None:
    assert foreign("POST", "127.0.0.1:8470", "http://evil.example", None)
    assert foreign("POST", "127.0.0.1:8470", "null", "http://127.0.0.1:9999/")


def test_bodies_over_four_photos_are_refused() -> None:
    assert too_large(str(MAX_BODY)) is None and too_large(None) is None and too_large("abc") is None
    assert "121 MB" in str(too_large(str(MAX_BODY + 1)))


def test_each_person_has_their_own_pace() -> None:
    pace = Pace()
    assert all(pace.allows("ben") for _ in range(PRESSES))
    assert not pace.allows("ben") and pace.allows("amara")
