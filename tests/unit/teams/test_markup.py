"""The core's Slack-flavoured sentences, as Teams shows them."""

from __future__ import annotations

from handlers.teams.markup import People, teams_text


def test_people_links_bold_and_emoji_become_teams_markdown() -> None:
    people = People()
    people.saw("aad-head-0001", "Hannah Head")
    text = ":double_vertical_bar: Publishing is paused by <@aad-head-0001>: *snow*. See <https://x.com/s/1|the post>."
    assert teams_text(text, people.name_of) == (
        "⏸️ Publishing is paused by Hannah Head: **snow**. See [the post](https://x.com/s/1)."
    )
    assert teams_text("Approved by <@aad-unknown>, try `/countersign resume`", people.name_of) == (
        "Approved by a colleague, try `@Countersign resume`"
    )
    assert teams_text("2*3*4 stays as it is", people.name_of) == "2*3*4 stays as it is"
