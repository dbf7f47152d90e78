"""A fraction of one unit of money said in English words (sentences written for the test).

The scan reads "half", "a quarter" and "three quarters" before a scale word ("half a million
dollars"); before the name of a unit they count one of it when an article or a count says the one:
"half a dollar" and "a half-dollar coin" are 0.50 USD, "three quarters of a euro" 0.75 EUR.  With no
article, a fraction is no amount: "half dollars" are coins counted, "the first half dollar sales" a
time, "half the dollars" a share.  The filters of a count apply to a fraction of one too: a
word that is a currency only where its money is spoken of ("half a real hero"), a coin of
nothing under a negation ("not worth half a cent"), and a pound said as a fraction, a weight.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from mention_rows import readings as read

D = Decimal


@pytest.mark.parametrize(("text", "span", "amount", "code"), [
    ("A parking meter took half a dollar an hour.", "half a dollar", "0.5", "USD"),
    ("She found a half dollar coin in the sofa.", "a half dollar", "0.5", "USD"),
    ("He tipped the porter a half-dollar.", "a half-dollar", "0.5", "USD"),
    ("A stamp cost three quarters of a dollar then.", "three quarters of a dollar", "0.75", "USD"),
    ("The toll was a quarter of a dollar.", "a quarter of a dollar", "0.25", "USD"),
    ("Bottle deposits are half a euro in Germany.", "half a euro", "0.5", "EUR"),
    ("Gasoline rose a half cent a gallon.", "a half cent", "0.005", "USD"),
    ("A bus ride was half a rupee in Mumbai.", "half a rupee", "0.5", "INR"),
    # what the scan read before: a count before the fraction, a fraction of a scale word
    ("The clerk kept one half dollar aside.", "one half dollar", "0.5", "USD"),
    ("The bond raised half a million dollars.", "half a million dollars", "500000", "USD"),
    ("The charge was two and a half dollars.", "two and a half dollars", "2.5", "USD"),
])
def test_a_fraction_of_one_unit_with_its_article(text: str, span: str, amount: str, code: str) -> None:
    assert read(text) == [(span, D(amount), None, code)]


@pytest.mark.parametrize("text", [
    "Collectors prize silver half dollars.",
    "He spent half the dollars he had saved.",
    "In the first half dollar sales rose.",
    "He was half a real hero.",
    "It is not worth half a cent.",
    "They never paid half a penny in tax.",
    "They sold a quarter-pound burger today.",
    "A half-pound steak was served.",
    "She lost half a pound in a week.",
    "He paid for half a pound of butter.",
    "The coat cost him half a crown.",
])
def test_a_fraction_that_is_no_amount(text: str) -> None:
    assert read(text) == []


def test_a_fraction_of_a_pound_beside_a_price_is_a_weight() -> None:
    assert read("A quarter-pound burger costs $3 here.") == [("$3", D("3"), None, "USD")]


def test_half_of_a_marked_amount_is_the_amount() -> None:
    assert read("He kept half of the $10 he found.") == [("$10", D("10"), None, "USD")]


@pytest.mark.xfail(strict=True, reason='"a dollar" alone is not read (an article before a name is a dollar store, the value of '
                   'a dollar, as often as a sum), so "and a half" after it has no count to add to')
def test_a_unit_and_a_half_after_it() -> None:
    assert read("A dollar and a half was the fare.") == [("A dollar and a half", D("1.5"), None, "USD")]
