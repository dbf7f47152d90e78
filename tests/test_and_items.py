"""The second of two sums that "and" joins, its money written on the first only
(moneyparse/and_items.py, read by moneyparse/clauses.py): "62 mln dlrs will go to the parent and
28 mln to minority holders" gives the 28 mln in dollars.

Each near miss differs from a case that reads by the one thing its rule names."""

from __future__ import annotations

import pytest

import moneyparse


def readings(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.currency) for m in moneyparse.extract(text)]


SPLIT = [
    # "to" after both sums: where each part of the money goes
    ("Ministers agreed that 40 mln stg would go to roads and 12 mln to bridges.", ("12 mln", "GBP")),
    ("Of the 90 mln dlrs raised, 62 mln dlrs will go to the parent and 28 mln to minority holders.", ("28 mln", "USD")),
    # "for" or "in" after the second, whatever stands after the first
    ("The bank lent 300 mln marks to farmers and 120 mln for housing, officials said.", ("120 mln", "DEM")),
    ("The package holds 150 mln dlrs in 10-year senior notes and 50 mln in preferred stock.", ("50 mln", "USD")),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT)
def test_the_second_sum_takes_the_money_of_the_first(text: str, expected: tuple[str, str]) -> None:
    assert readings(text)[-1] == expected


NOT_SPLIT = [
    # a range, a hedge, a number in words, a count after the preposition or right after the number
    ("Ministers agreed that 40 mln stg would go to roads and 12 mln to 14 mln towns.", ["40 mln stg"]),
    ("Ministers agreed that 40 mln stg would go to roads and about 12 mln to bridges.", ["40 mln stg"]),
    ("Ministers agreed that 40 mln stg would go to roads and 12 mln to one town.", ["40 mln stg"]),
    ("Ministers agreed that 40 mln stg would go to roads and 12 mln in shares.", ["40 mln stg"]),
    ("Ministers agreed that 40 mln stg would go to roads and 12 mln shares to bridges.", ["40 mln stg"]),
    # "to" after the second where no "to" gave the first its end: it may give a count out
    ("Ministers agreed 40 mln stg for roads and 12 mln to towns.", ["40 mln stg"]),
    # another money named after the preposition
    ("Ministers agreed that 40 mln stg would go to roads and 12 mln in local currency to towns.", ["40 mln stg"]),
    # a count named before the marked amount: the second sum counts it
    ("Shipments of 5 mln tonnes worth 300 mln dlrs went to Europe and 3 mln to Japan.", ["300 mln dlrs"]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_SPLIT)
def test_a_second_number_not_clearly_of_that_money_gives_nothing(text: str, expected: list[str]) -> None:
    assert [t for t, _ in readings(text)] == expected


@pytest.mark.parametrize("money", ["in yen", "in local currency"])
def test_the_and_of_two_sums_leaves_a_second_that_names_its_money(money: str) -> None:
    assert readings(f"It owes 60 billion pesetas in interest and 30 billion {money}.") == [("60 billion pesetas", "ESP")]
