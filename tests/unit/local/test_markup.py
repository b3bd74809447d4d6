"""The core's sentences as HTML: names, links, bold and quotes drawn; strangers' words never become markup."""

from __future__ import annotations

from chatbot.cards import escape
from handlers.local.markup import to_html


def named(user: str) -> str:
    return {"ben": "Ben Hughes"}.get(user, "a colleague")


def test_markup_is_drawn() -> None:
    said = to_html("*Blocked* by <@ben>: see <https://example.org/a?b=1&c=2|the policy> :no_entry:", named)
    link = '<a href="https://example.org/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">the policy</a>'
    assert said == f'<strong>Blocked</strong> by <span class="mention">@Ben Hughes</span>: see {link} ⛔'


def test_a_strangers_words_stay_words() -> None:
    hostile = '<script>alert(1)</script> <img src=x onerror=alert(2)> <@ben> "quoted" & <javascript:alert(3)|x>'
    said = to_html("> " + escape(hostile), named)
    assert "<script" not in said and "<img" not in said and "<a " not in said and "mention" not in said
    assert "&lt;script&gt;" in said and said.startswith('<q class="quote">')


def test_only_web_and_workspace_links_are_links() -> None:
    assert "<a " not in to_html("<javascript:alert(1)|press me>", named)
    assert 'href="/posts/1"' in to_html("</posts/1|see it>", named)


def test_lines_and_quotes() -> None:
    assert to_html("one\n>two", named) == 'one<br><q class="quote">two</q>'
