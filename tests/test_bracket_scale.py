"""A bracket between a number and its scale word, as the removal of a link or a template leaves
it in scraped text: read through when it holds nothing or a code of the marker's (which then says
the currency), else no amount; the number alone would be a millionth or a billionth of the sum.
A "$" whose code such a bracket gives is written out, and carries on to the bare "$" after it."""

from __future__ import annotations

from decimal import Decimal

import pytest

import moneyparse


def found(text: str) -> list[tuple[str, Decimal, str]]:
    return [(m.text, m.amount, m.currency) for m in moneyparse.extract(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an empty bracket, glued or after a blank
        ("The navy plan costs $7.2() billion over ten years.", [("$7.2() billion", Decimal("7200000000"), "USD")]),
        ("Upkeep runs to $40 () million a year.", [("$40 () million", Decimal("40000000"), "USD")]),
        # a code of the marker's: it picks the currency
        ("The bridge will cost $4(CAD) billion to build.", [("$4(CAD) billion", Decimal("4000000000"), "CAD")]),
        ("Repairs need $250 (AUD) million more.", [("$250 (AUD) million", Decimal("250000000"), "AUD")]),
        # an abbreviated scale word
        ("Its budget is €3() bn this year.", [("€3() bn", Decimal("3000000000"), "EUR")]),
    ],
)
def test_a_bracket_of_nothing_or_of_a_code_is_read_through(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # anything else in the bracket: no amount rather than the number alone
        "The navy plan costs $7.2(see below) billion over ten years.",
        "The bridge will cost $4(EUR) billion to build.",
        "The bridge will cost $4 (1) billion to build.",
        # a conversion the scale word after the bracket serves too: neither amount alone
        "Spending passed €200 ($240) billion last year.",
        # the marker after the scale word
        "The plan costs 7.2() billion dollars.",
        "The plan costs 7.2 (est.) billion dollars.",
    ],
)
def test_any_other_bracket_before_a_scale_word_gives_no_amount(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bracket after the scale word, or not before one, is as before
        ("The bridge will cost $4 billion (CAD) to build.", [("$4 billion (CAD)", Decimal("4000000000"), "CAD")]),
        ("Tea costs $4 (about €3) at the kiosk.", [("$4", Decimal("4"), "USD"), ("€3", Decimal("3"), "EUR")]),
        ("A ticket costs $12 (CAD) at the door.", [("$12 (CAD)", Decimal("12"), "CAD")]),
        ("The fund held $4 million (2019) in cash.", [("$4 million", Decimal("4000000"), "USD")]),
    ],
)
def test_other_brackets_are_left_as_they_were(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    assert found(text) == expected


def test_a_dollar_a_bracket_codes_carries_on_to_the_bare_one_after_it() -> None:
    text = (
        "Critics say the new ferries will cost $2(CAD) billion, with upkeep of $90(CAD) million a year. "
        '"Where will the minister find another $1 billion?" they asked.'
    )
    assert [m.currency for m in moneyparse.extract(text)] == ["CAD", "CAD", "CAD"]


def test_a_dollar_with_a_code_and_no_bracket_carries_nothing() -> None:
    text = "Critics say the new ferries will cost $2 billion CAD. Where will the minister find another $1 billion?"
    assert [m.currency for m in moneyparse.extract(text)] == ["CAD", "USD"]
