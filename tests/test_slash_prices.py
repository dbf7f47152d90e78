"""Two prices a slash parts, a currency's sign after the second ("100/150€ singles/doubles"), and
the fractions whose denominators the digits after a slash stay (sentences written for the test).

The second is read when it can be no denominator of a fraction of money: it or the number before
the slash has decimals, or the number before has two digits or more and the second is larger and
is no denominator of the wire's fractions (2, 4, 8, 16, 32, 64).  A year before the slash is a
season, and a word after the digits ("dollars", "dlrs") leaves them a denominator.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import moneyparse

D = Decimal


def _found(text: str) -> list[tuple[str, Decimal, str | None]]:
    return [(m.text, m.amount, m.currency) for m in moneyparse.extract(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Rooms by the lake: 100/150€ singles/doubles.", [("150€", D("150"), "EUR")]),
        ("A night at the inn is 45/55 € with breakfast.", [("55 €", D("55"), "EUR")]),
        ("Lunch menu 12,50/18 € on weekdays.", [("18 €", D("18"), "EUR")]),
        ("Day pass 7.50/9£ at the gate.", [("9£", D("9"), "GBP")]),
        ("Bikes rent for 1/2.50€ an hour.", [("2.50€", D("2.50"), "EUR")]),
    ],
)
def test_the_second_of_two_prices_a_slash_parts_is_read(text: str, found: list[tuple[str, Decimal, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    "text",
    [
        # fractions of a sum
        "About 1/2 million dollars was spent on the roof.",
        "The share closed at 15/16 $ on Friday.",
        "The coin is worth 3/4 € today.",
        "Rooms cost 5/8 € more than last year.",
        # no larger second number, or one digit before the slash
        "The hotline runs 24/7 € free.",
        "The mix is 10/3 € per kilo.",
        # a season before the slash
        "Tickets for 2023/2024 € prices are out.",
        "The 1998/99 € figures were revised.",
        # a word after the digits
        "They sold 20/30 dlrs shares.",
    ],
)
def test_a_fraction_or_a_season_before_a_sign_gives_nothing(text: str) -> None:
    assert _found(text) == []
