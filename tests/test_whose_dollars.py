"""Dollars with a word of whose they are between the amount and "dollars" ("700 billion taxpayer
dollars", "5 million tax dollars"): the amount is read as dollars are (sentences written for the
test)."""

from __future__ import annotations

from decimal import Decimal

import pytest

import moneyparse


def read(text: str) -> list[tuple[str, Decimal, str]]:
    return [(m.text, m.amount, m.currency) for m in moneyparse.extract(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bill commits up to 700 billion taxpayer dollars to the banks.",
         [("700 billion taxpayer dollars", Decimal("700e9"), "USD")]),
        ("The stadium took 45 million tax dollars.", [("45 million tax dollars", Decimal("45e6"), "USD")]),
        ("The state got 3.2 billion federal dollars for roads.",
         [("3.2 billion federal dollars", Decimal("3.2e9"), "USD")]),
        ("The museum spent 800,000 public dollars on a roof.", [("800,000 public dollars", Decimal(800000), "USD")]),
        # the country named tells whose dollars, as for "dollars"
        ("Canberra spent 12 million taxpayer dollars on the Australian games.",
         [("12 million taxpayer dollars", Decimal("12e6"), "AUD")]),
    ],
)
def test_taxpayer_dollars_are_dollars(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "About 20 million taxpayers filed late.",  # no dollars: a count of people
        "The 2009 federal dollars went to roads.",  # a budget's year
        "Some 40 million federal workers were paid.",
        "He owed 5 million in tax, dollars included.",
    ],
)
def test_near_misses_of_taxpayer_dollars(text: str) -> None:
    assert moneyparse.extract(text) == []
