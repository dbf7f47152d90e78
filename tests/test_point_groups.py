"""A point before three digits groups thousands where the caller settled a money of point groups.

``assume`` (given, or from a page's address) that settles an ambiguous marker to the Chilean or
Argentine peso, the Danish krone...: "$257.374" is 257374.  Nowhere else does anything change: not
without ``assume``, not for a money whose countries group with a comma, not where the text's own
code wins over ``assume``, not before a scale word.  A wrong value is worse than none.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import moneyparse

CHILE = {"$": "CLP"}


def read(text: str, assume: dict[str, str] | None = None) -> list[tuple[str, Decimal, str]]:
    return [(m.text, m.amount, m.currency) for m in moneyparse.extract(text, assume=assume)]


@pytest.mark.parametrize(
    ("text", "assume", "expected"),
    [
        ("$257.374", CHILE, [("$257.374", Decimal("257374"), "CLP")]),
        ("Oferta $12.990", CHILE, [("$12.990", Decimal("12990"), "CLP")]),
        ("Normal: $309.990\nInternet: $249.990", CHILE,
         [("$309.990", Decimal("309990"), "CLP"), ("$249.990", Decimal("249990"), "CLP")]),
        ("$ 8.450", CHILE, [("$ 8.450", Decimal("8450"), "CLP")]),
        ("$4.419 Price reduced from $6.799 to", {"$": "ARS"},
         [("$4.419", Decimal("4419"), "ARS"), ("$6.799", Decimal("6799"), "ARS")]),
        ("Precio 3.590 pesos", {"pesos": "COP"}, [("3.590 pesos", Decimal("3590"), "COP")]),
        ("kr 1.249", {"kr": "DKK"}, [("kr 1.249", Decimal("1249"), "DKK")]),
        # the caller's "*" settles "$" where "$" can mean the code
        ("Ahora $2.449", {"*": "ARS"}, [("$2.449", Decimal("2449"), "ARS")]),
        # a decimal comma is read as before
        ("$1.234,50", CHILE, [("$1.234,50", Decimal("1234.50"), "CLP")]),
        ("$2.345.678", CHILE, [("$2.345.678", Decimal("2345678"), "CLP")]),
    ],
)
def test_the_point_groups_thousands_of_a_settled_money(
    text: str, assume: dict[str, str], expected: list[tuple[str, Decimal, str]]
) -> None:
    assert read(text, assume) == expected


def test_an_address_settles_it_as_the_caller_would() -> None:
    assume = moneyparse.assume_for_address("https://www.paris.cl/p/1")
    assert read("Normal: $257.374", assume) == [("$257.374", Decimal("257374"), "CLP")]
    assert read("Normal: $257.374") == []  # pesos or dollars: the text alone does not say


@pytest.mark.parametrize(
    ("text", "assume", "expected"),
    [
        # without assume, nothing changes: a gas price in dollars to three decimals
        ("Gas sold at $3.459 a gallon.", None, [("$3.459", Decimal("3.459"), "USD")]),
        ("Gas sold at $3.459 a gallon.", {"$": "USD"}, [("$3.459", Decimal("3.459"), "USD")]),
        # a money whose country groups with a comma keeps the reading of its words
        ("Gas sold at $3.459 a gallon.", {"$": "CAD"}, [("$3.459", Decimal("3.459"), "CAD")]),
        ("Gas sold at $3.459 a gallon.", {"$": "MXN"}, [("$3.459", Decimal("3.459"), "MXN")]),
        # the text's own code wins over assume, and its figure is read as without the rule
        ("The fuel cost $3.459 USD a gallon.", CHILE, [("$3.459 USD", Decimal("3.459"), "USD")]),
        # a scale word: the point is a decimal point
        ("The fund holds $1.5 million.", CHILE, [("$1.5 million", Decimal("1500000"), "CLP")]),
        ("It raised $2.250 billion.", CHILE, [("$2.250 billion", Decimal("2250000000"), "CLP")]),
        # no whole part to group, or other than one group of three after the point
        ("Price $0.125", CHILE, [("$0.125", Decimal("0.125"), "CLP")]),
        ("Cuota $19.99", CHILE, [("$19.99", Decimal("19.99"), "CLP")]),
        # a marker of one currency is what the text says
        ("Un libro de €12.500", CHILE, [("€12.500", Decimal("12500"), "EUR")]),
        ("It cost US$3.459 a gallon.", CHILE, [("US$3.459", Decimal("3.459"), "USD")]),
    ],
)
def test_nothing_else_changes(text: str, assume: dict[str, str] | None, expected: list[tuple[str, Decimal, str]]) -> None:
    assert read(text, assume) == expected


def test_only_the_settled_marker_groups() -> None:
    text = "Shipping is $4.990 and the tea £3.459 per kilo."
    assert read(text, CHILE) == [("$4.990", Decimal("4990"), "CLP"), ("£3.459", Decimal("3.459"), "GBP")]
    assert read(text) == [("$4.990", Decimal("4.990"), "USD"), ("£3.459", Decimal("3.459"), "GBP")]


def test_streaming_and_parse_read_it_alike() -> None:
    text = "Normal: $257.374\n" * 3
    whole = moneyparse.extract(text, assume=CHILE)
    streamed = list(moneyparse.iter_extract([text[:10], text[10:23], text[23:]], assume=CHILE))
    assert [(m.start, m.amount) for m in streamed] == [(m.start, m.amount) for m in whole]
    assert moneyparse.parse("$257.374", assume=CHILE).amount == Decimal("257374")
