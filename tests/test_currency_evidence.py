"""Evidence of a text that says which currency an ambiguous name is: where a company is listed,
the dollar a story writes out, the country a story names."""

from __future__ import annotations

import pytest

import moneyparse


def codes(text: str) -> list[str]:
    return [m.currency for m in moneyparse.extract(text)]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        # the suffix of a wire's ticker names the exchange, and so the country, of the company
        ("Societe Exemple <SEXM.PA> plans a 120 mln franc rise in its capital.", "FRF"),
        ("Holding Exemple SA <HEXB.BR> lost 2.4 billion francs last year.", "BEF"),
        ("Musterwerk AG <MUSZ.Z> raised its dividend to 40 francs.", "CHF"),
        ("Provbolaget AB <PROV.ST> earned 310 mln crowns in 1986.", "SEK"),
        ("Provbanken <PRBO.OL> earned 310 mln crowns in 1986.", "NOK"),
        # the form of today's wires, in round brackets
        ("Shares of Exemple (SEXM.PA) rose two francs.", "FRF"),
    ],
)
def test_a_tickers_exchange_says_the_country(text: str, currency: str) -> None:
    assert codes(text) == [currency]


@pytest.mark.parametrize(
    "text",
    [
        # in lower case, or without its bracket, it is no ticker: a file name, an address
        ("The file report.pa> lists 120 mln francs of fees."),
        ("Write to exemple.PA for the 120 mln francs of fees."),
        ("Exemple <SEXM.pa> plans a 120 mln franc rise."),
    ],
)
def test_what_looks_like_a_ticker_but_is_not_says_nothing(text: str) -> None:
    assert codes(text) == ["CHF"]


@pytest.mark.parametrize(
    "text",
    [
        # where a bank is listed says nothing of the dollars it lends in
        "The lenders led by Provincial Bank <PRVB.TO> agreed a 125 mln dlr loan to Jamaica.",
        "Harbour Trading Ltd <HARB.HK> said it sold the ship for 40 mln dlrs.",
    ],
)
def test_the_exchanges_of_dollar_countries_leave_the_dollar(text: str) -> None:
    assert codes(text) == ["USD"]
