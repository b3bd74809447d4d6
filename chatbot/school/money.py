"""Money in the school's currency: the networks price in US dollars, so every amount is converted at the rate
the school set, and the dollars and the rate are shown beside it (never a silent conversion)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from chatbot import messages

Currency = Literal["GBP", "EUR", "USD"]
SYMBOLS: dict[str, str] = {"GBP": "£", "EUR": "€", "USD": "$"}
# Units of the currency per US dollar, until the school sets its own (`school.dollar_rate`): December 2026's
# rates, rounded; a school that budgets carefully sets the rate its bank charges.
DEFAULT_RATES: dict[str, float] = {"GBP": 0.79, "EUR": 0.92, "USD": 1.0}
LINK_PRICE = 0.1  # dollars: X charges this much more for a post with a link, which the report says


@dataclass(frozen=True, slots=True)
class Money:
    currency: Currency = "GBP"
    per_dollar: float = DEFAULT_RATES["GBP"]

    def say(self, dollars: float) -> str:
        """e.g. "£0.79 (US$1.00 at £0.79 to the dollar)"; for a school that budgets in dollars, "$1.00"."""
        if self.currency == "USD":
            return _amount("$", dollars)
        symbol = SYMBOLS[self.currency]
        rate = f"{symbol}{self.per_dollar:.2f} to the dollar"
        return f"{_amount(symbol, dollars * self.per_dollar)} ({_amount('US$', dollars)} at {rate})"


POUNDS = Money()  # the default: English schools budget in pounds


def _amount(symbol: str, value: float) -> str:
    """Two decimals, or three for fractions of a penny (a plain post costs US$0.015)."""
    return f"{symbol}{value:.2f}" if value == 0 or value >= 0.1 else f"{symbol}{value:.3f}"


def priced(cost: Callable[[str], float | None], money: Money) -> Callable[[str], str | None]:
    """The report's sentence about what posting a text costs, in the school's currency; None where it is free."""

    def sentence(text: str) -> str | None:
        dollars = cost(text)
        return None if dollars is None else messages.cost_text(money.say(dollars), dollars >= LINK_PRICE)

    return sentence
