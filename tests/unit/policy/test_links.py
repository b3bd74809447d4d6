"""link: shortened links hide their destination; sites off the allow-list warn when one is configured."""

from __future__ import annotations

import pytest

from chatbot.policy.urls import find_urls
from tests.drafting import findings, spans

ALLOWED = ["example-primary.sch.uk", "gov.uk"]


@pytest.mark.parametrize("text", ["Tickets: bit.ly/abc123", "See https://tinyurl.com/xyz", "t.co/abc"])
def test_shorteners_warn(text: str) -> None:
    assert [f.severity for f in findings(text, "link")] == ["warn"]


def test_unlisted_sites_warn_only_when_an_allow_list_exists() -> None:
    text = "Read more at https://randomblog.net/post and https://www.gov.uk/school-holidays"
    assert spans(text, "link", allowed_domains=ALLOWED) == ["https://randomblog.net/post"]
    assert findings(text, "link") == []


@pytest.mark.parametrize(
    "text", ["https://www.example-primary.sch.uk/news", "www.gov.uk/term-dates", "See news.example-primary.sch.uk."]
)
def test_listed_sites_and_their_subdomains_pass(text: str) -> None:
    assert findings(text, "link", allowed_domains=ALLOWED) == []


def test_url_finder_trims_punctuation_and_skips_emails() -> None:
    urls = find_urls("Visit example.co.uk. Or mail office@school.sch.uk, or (https://x.org/a_(b)).")
    assert [u.text for u in urls] == ["example.co.uk", "https://x.org/a_(b)"]


def test_what_x_does_not_link_is_no_link_and_is_not_spell_checked() -> None:
    text = "See http://intranet/page and https://a.bcd/x today."
    assert find_urls(text) == ()
    assert findings(text, "link", allowed_domains=ALLOWED) == []
    assert findings(text, "spelling") == []  # meant as an address: not read as misspelt words
    assert [u.text for u in find_urls("http://http://x.co and (see x.co/a_(b)c)")] == ["http://x.co", "x.co/a_(b)c"]
