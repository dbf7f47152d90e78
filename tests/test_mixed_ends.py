"""Ends of a range in two units (moneyparse.mixed_ends): two currencies are never one range; a low end
in cents or pence and a high end in dollars or pounds are one range in the major unit, unless a
change or a move governs them (sentences written for the test)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from mention_rows import readings as read

D = Decimal

# Two currencies: each end alone, or nothing for an end the engine leaves unread (a point that may
# group thousands, "$7.999"); never one range in the currency of the high end.
TWO_CURRENCIES = [
    ("Sale $4.999 Now reduced from $7.999 to\n£45.00", [("£45.00", D("45.00"), None, "GBP")]),
    ("It cost $1.999 to £45.00 here", [("£45.00", D("45.00"), None, "GBP")]),
    ("Tickets cost from $12.500 to £45.00", [("£45.00", D("45.00"), None, "GBP")]),
    ("It cost USD 1.999 to £45.00 here", [("USD 1.999", D("1.999"), None, "USD"), ("£45.00", D("45.00"), None, "GBP")]),
    ("Fares are from €5 to $6 each way.", [("€5", D("5"), None, "EUR"), ("$6", D("6"), None, "USD")]),
    ("Fares went from €5 to $6 this year.", [("€5", D("5"), None, "EUR"), ("$6", D("6"), None, "USD")]),
    ("A coffee is €3-$4 there.", [("€3", D("3"), None, "EUR"), ("$4", D("4"), None, "USD")]),
    ("The fee moved from USD 5 to EUR 6.", [("USD 5", D("5"), None, "USD"), ("EUR 6", D("6"), None, "EUR")]),
]


@pytest.mark.parametrize(("text", "expected"), TWO_CURRENCIES)
def test_ends_of_two_currencies_are_never_one_range(text: str, expected: list[tuple[str, Decimal, Decimal | None, str]]) -> None:
    assert read(text) == expected


# One currency written two ways stays one range.
ONE_CURRENCY = [
    ("It cost £1.999 to £45.00 here", "£1.999 to £45.00", "1.999", "45.00", "GBP"),
    ("A ride costs $5 to 6 dollars.", "$5 to 6 dollars", "5", "6", "USD"),
    ("Lunch runs £8 to £12.", "£8 to £12", "8", "12", "GBP"),
    ("It was 7 to £9 a head.", "7 to £9", "7", "9", "GBP"),
]


@pytest.mark.parametrize(("text", "span", "low", "high", "currency"), ONE_CURRENCY)
def test_one_currency_written_two_ways_stays_one_range(text: str, span: str, low: str, high: str, currency: str) -> None:
    assert read(text) == [(span, D(low), D(high), currency)]


MINOR_TO_MAJOR = [
    ("A cup there costs 60 cents to one dollar.", "60 cents to one dollar", "0.60", "1", "USD"),
    ("Grade B sells at a discount of 40 cts to one dlr to the benchmark.", "40 cts to one dlr", "0.40", "1", "USD"),
    ("Tips of 70 cents to $1 are usual.", "70 cents to $1", "0.70", "1", "USD"),
    ("Stamps cost 30p to £1 each.", "30p to £1", "0.30", "1", "GBP"),
    ("Rides ranged from 40 cents to two dollars.", "40 cents to two dollars", "0.40", "2", "USD"),
    ("A bus ticket is 90 cents to 1.50 dollars.", "90 cents to 1.50 dollars", "0.90", "1.50", "USD"),
    ("A pastry costs 80 cents to one euro.", "80 cents to one euro", "0.80", "1", "EUR"),
]


@pytest.mark.parametrize(("text", "span", "low", "high", "currency"), MINOR_TO_MAJOR)
def test_a_low_end_in_cents_and_a_high_end_in_dollars_are_one_range(text: str, span: str, low: str, high: str, currency: str) -> None:
    assert read(text) == [(span, D(low), D(high), currency)]


# A change, a move and the level it reached, two ends that "respectively" gives two things: two amounts.
MOVES = [
    ("The toll rose from 60 cents to one dollar.", "60 cents", "0.60", "one dollar", "1"),
    ("The fare was cut 60 cents to one dollar.", "60 cents", "0.60", "one dollar", "1"),
    ("The firm raised its price 40 cts to two dlrs.", "40 cts", "0.40", "two dlrs", "2"),
    ("Acme shed 30 cents to 4.85 dlrs.", "30 cents", "0.30", "4.85 dlrs", "4.85"),
    ("Brent added 50 cts to 19 dlrs.", "50 cts", "0.50", "19 dlrs", "19"),
    ("The two grades sold 40 cts to one dlr under it, respectively.", "40 cts", "0.40", "one dlr", "1"),
]


@pytest.mark.parametrize(("text", "low_span", "low", "high_span", "high"), MOVES)
def test_a_change_from_cents_to_dollars_stays_two_amounts(text: str, low_span: str, low: str, high_span: str, high: str) -> None:
    assert read(text) == [(low_span, D(low), None, "USD"), (high_span, D(high), None, "USD")]
