"""The wire's slips in its words for the dollar: "drls" and "drl" for "dlrs" and "dlr", the
scale glued to the name, "mlndlrs" for "mln dlrs", and the rarer slips of its copy ("dslrs",
"dlres", "dlrsd" ...).  Each is read as the word it stands for, by every rule of the wire's bare
dollar (moneyparse/dollar_window.py, ``WIRE_DOLLARS``); so are its slips in "cts" (``WIRE_CENTS``)
and in its scale words ("billlion", "biilion", "mlns" ...).

Sentences of our own in the wire's house style; the figures are made up.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import moneyparse
from moneyparse import Evidence


def _found(text: str) -> list[tuple[str, Decimal, str]]:
    return [(m.text, m.amount, m.currency) for m in moneyparse.extract(text)]


def _readings(text: str) -> list[tuple[str, str, Evidence]]:
    return [(m.text, m.currency, m.evidence) for m in moneyparse.extract(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The loan of about 385 mln drls runs for ten years.", [("385 mln drls", Decimal("385000000"), "USD")]),
        ("Results include a 12 mln drl charge for the closure.", [("12 mln drl", Decimal("12000000"), "USD")]),
        ("Shr 1.15 DRLS vs 98 cts", [("1.15 DRLS", Decimal("1.15"), "USD"), ("98 cts", Decimal("0.98"), "USD")]),
        (
            "Deposits dropped to 7.25 billion drls from 8.1 billion.",
            [("7.25 billion drls", Decimal("7250000000"), "USD"), ("8.1 billion", Decimal("8100000000"), "USD")],
        ),
        ("The company paid 41.5 mlndlrs in dividends last year.", [("41.5 mlndlrs", Decimal("41500000"), "USD")]),
        (
            "Orders rose to 66.2 mlndlrs from 52.9 mln a year earlier.",
            [("66.2 mlndlrs", Decimal("66200000"), "USD"), ("52.9 mln", Decimal("52900000"), "USD")],
        ),
    ],
)
def test_the_wire_s_slips_read_as_its_dollars(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    assert _found(text) == expected


def test_a_glued_scale_keeps_the_precision_of_the_spaced_one() -> None:
    glued, spaced = moneyparse.parse("41.5 mlndlrs"), moneyparse.parse("41.5 mln dlrs")
    assert (glued.amount, glued.scale, glued.precision) == (spaced.amount, spaced.scale, spaced.precision) == (
        Decimal("41500000"), 6, Decimal("1E+5"))


#: A wire story of a country's figures that names whose dollars they are only in its lead.
_LEAD = (
    "New Zealand's current account deficit narrowed in the March quarter, the statistics\n"
    "department said.\n"
    "    It said the deficit fell to 410 mln dlrs from 655 mln in the December quarter, as\n"
    "export receipts from dairy products rose.\n"
    " REUTER\n"
)


@pytest.mark.parametrize(("slip", "written"), [("drls", "410 mln drls"), ("mlndlrs", "410 mlndlrs")])
def test_a_slip_follows_the_story_s_country_as_dlrs_does(slip: str, written: str) -> None:
    assert _readings(_LEAD)[0] == ("410 mln dlrs", "NZD", Evidence.DOCUMENT)
    text = _LEAD.replace("410 mln dlrs", written)
    assert _readings(text) == [(written, "NZD", Evidence.DOCUMENT), ("655 mln", "NZD", Evidence.DOCUMENT)]


def test_a_slip_near_a_country_is_that_country_s_dollar() -> None:
    text = "TORONTO, May 4 - The province will borrow 300 mln drls in Canada this year."
    assert _readings(text) == [("300 mln drls", "CAD", Evidence.CONTEXT)]


@pytest.mark.parametrize("text", ["Harbour Drilling Corp <DRL> said first quarter net rose.", "The DRL unit was sold in 1986."])
def test_the_letters_of_a_slip_with_no_amount_stay_words(text: str) -> None:
    assert moneyparse.extract(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The unit won an order worth about 2,400,000 dslrs from the navy.", [("2,400,000 dslrs", Decimal("2400000"), "USD")]),
        ("Net includes a 620,000 dslr gain on the sale.", [("620,000 dslr", Decimal("620000"), "USD")]),
        ("It earned 1,210,000 dlrs in the quarter and 2,870,000 dlres in the half.",
         [("1,210,000 dlrs", Decimal("1210000"), "USD"), ("2,870,000 dlres", Decimal("2870000"), "USD")]),
        ("Net was 512,000 dlrsd, or four cts a share.",
         [("512,000 dlrsd", Decimal("512000"), "USD"), ("four cts", Decimal("0.04"), "USD")]),
        ("Shr 41 cts vs 37 cxts", [("41 cts", Decimal("0.41"), "USD"), ("37 cxts", Decimal("0.37"), "USD")]),
        ("Shr 2.05 dlrs vs 88 ctsd", [("2.05 dlrs", Decimal("2.05"), "USD"), ("88 ctsd", Decimal("0.88"), "USD")]),
    ],
)
def test_the_rarer_slips_of_dlrs_and_cts_read_as_the_words(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales reached 3.15 billlion dlrs last year.", [("3.15 billlion dlrs", Decimal("3150000000"), "USD")]),
        ("The agency arranged a 1.75 biilion dlr credit.", [("1.75 biilion dlr", Decimal("1750000000"), "USD")]),
        ("The shortage may reach 2.35 billon stg.", [("2.35 billon stg", Decimal("2350000000"), "GBP")]),
        ("Banks will take up some 140 mlns stg of the stock.", [("140 mlns stg", Decimal("140000000"), "GBP")]),
        ("Orders rose to 211.4 mlnm dlrs.", [("211.4 mlnm dlrs", Decimal("211400000"), "USD")]),
    ],
)
def test_the_wire_s_slips_of_its_scale_words_keep_their_scale(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", ["The dslr camera sold well.", "Revs 3.4 billoin vs 3.8 billion"])
def test_a_slip_with_no_money_gives_nothing(text: str) -> None:
    assert moneyparse.extract(text) == []


def test_a_spelled_scale_before_dlrs_stays_a_plural_sum() -> None:
    assert _found("The country owes its 52- billion dlrs of debt to banks.") == [("52- billion dlrs", Decimal("52000000000"), "USD")]
