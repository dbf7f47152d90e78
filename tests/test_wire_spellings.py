"""The wire's slips in its words for the dollar: "drls" and "drl" for "dlrs" and "dlr", and the
scale glued to the name, "mlndlrs" for "mln dlrs".  Each is read as the word it stands for, by
every rule of the wire's bare dollar (moneyparse/dollar_window.py, ``WIRE_DOLLARS``).

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
