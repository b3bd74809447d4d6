"""Money in the school's currency, with the dollars and the rate beside it; unknown currencies refused clearly."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from chatbot.school.money import POUNDS, Money, priced
from chatbot.school.settings import Settings


def test_pounds_are_the_default_and_the_dollars_and_rate_are_always_shown() -> None:
    assert Settings().school.money() == POUNDS
    assert POUNDS.say(1.0) == "£0.79 (US$1.00 at £0.79 to the dollar)"
    assert POUNDS.say(0.015) == "£0.012 (US$0.015 at £0.79 to the dollar)"  # a fraction of a penny keeps 3 places


def test_a_school_sets_its_own_currency_and_rate() -> None:
    euros = Settings(school={"currency": "EUR", "dollar_rate": 0.95}).school.money()
    assert euros.say(2.0) == "€1.90 (US$2.00 at €0.95 to the dollar)"
    assert Money("USD", 1.0).say(0.2) == "$0.20"  # no conversion, so nothing to explain


@pytest.mark.parametrize("school", [{"currency": "JPY"}, {"dollar_rate": 0}, {"dollar_rate": -1}])
def test_an_unknown_currency_or_an_impossible_rate_is_refused(school: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        Settings(school=school)


def test_the_reports_sentence_says_the_link_price_and_nothing_for_a_free_network() -> None:
    sentence = priced(lambda text: 0.2 if "http" in text else 0.015, POUNDS)
    assert sentence("Menus: https://example.org") == (
        "Posting it on X costs about £0.16 (US$0.20 at £0.79 to the dollar), as it has a link."
    )
    assert priced(lambda text: None, POUNDS)("Hello") is None
