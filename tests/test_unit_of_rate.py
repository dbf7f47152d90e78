"""A bare scale word after "every", "each" or "per" is the unit a rate counts by, no amount
(sentences written for the test)."""

from __future__ import annotations

from decimal import Decimal

import pytest

import moneyparse


def read(text: str) -> list[tuple[str, Decimal]]:
    return [(m.text, m.amount) for m in moneyparse.extract(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The program returned zero dollars for every billion dollars spent.", [("zero dollars", Decimal(0))]),
        ("Banks pay 40 dollars for each million dollars they hold.", [("40 dollars", Decimal(40))]),
        ("The levy is 3 euros per thousand euros of turnover.", [("3 euros", Decimal(3))]),
        ("Every billion dollars of cuts costs jobs.", []),
    ],
)
def test_every_billion_dollars_is_the_unit_of_a_rate(text: str, expected: list[tuple[str, Decimal]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number before the scale, or "a", makes it an amount
        ("It paid $1 for every 2 billion dollars.", [("$1", Decimal(1)), ("2 billion dollars", Decimal(2000000000))]),
        ("The plan costs a billion dollars.", [("a billion dollars", Decimal(1000000000))]),
        ("They spent each of the 3 million dollars.", [("3 million dollars", Decimal(3000000))]),
        ("The fund lost a billion dollars every year.", [("a billion dollars", Decimal(1000000000))]),
    ],
)
def test_an_amount_near_every_or_per_is_read(text: str, expected: list[tuple[str, Decimal]]) -> None:
    assert read(text) == expected
