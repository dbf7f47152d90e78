"""The share figures of the wire's results tables: pence with decimals of a penny, and crowns of
a dividend or a share.

Rows of our own in the wire's house style; the figures are made up.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import moneyparse


def _found(text: str) -> list[tuple[str, Decimal, str]]:
    return [(m.text, m.amount, m.currency) for m in moneyparse.extract(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Final dividend 2.45p vs 2.1p", [("2.45p", Decimal("0.0245"), "GBP"), ("2.1p", Decimal("0.021"), "GBP")]),
        ("Shr 17.32p vs 15.08p", [("17.32p", Decimal("0.1732"), "GBP"), ("15.08p", Decimal("0.1508"), "GBP")]),
        ("Petrol cost 141.95p a litre last week.", [("141.95p", Decimal("1.4195"), "GBP")]),
    ],
)
def test_pence_with_decimals_of_a_penny(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Watch the match in 1080p tonight.", "The screen shows 2160p at most.", "Model 1234p was a camera.",
     "Part 1250.5p of the catalogue."],
)
def test_lines_of_video_and_long_numbers_stay_no_pence(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Profit per share 12 crowns vs 8.40.",
            [("12 crowns", Decimal("12"), "SEK"), ("8.40", Decimal("8.40"), "SEK")],
        ),
        (
            "Proposed dividend three crowns vs 2.75.",
            [("three crowns", Decimal("3"), "SEK"), ("2.75", Decimal("2.75"), "SEK")],
        ),
        ("The board will pay 6 crowns a share.", [("6 crowns", Decimal("6"), "SEK")]),
    ],
)
def test_crowns_of_a_dividend_or_a_share(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The shield bears three crowns on a blue field.",
        "His share of the spoils was two crowns and a horse.",
        "The team has won 4 crowns in six seasons.",
    ],
)
def test_crowns_of_other_kinds_stay_words(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shr loss 2.17 DLS vs profit 41 CTS", [("2.17 DLS", Decimal("2.17"), "USD"), ("41 CTS", Decimal("0.41"), "USD")]),
        ("The plant will cost about nine mln dls to build.", [("nine mln dls", Decimal("9000000"), "USD")]),
        ("Shr 3.05 DLRS vs 2.80 DLRS", [("3.05 DLRS", Decimal("3.05"), "USD"), ("2.80 DLRS", Decimal("2.80"), "USD")]),
        ("Net profit 12.4 MLN STG vs 9.9 MLN", [("12.4 MLN STG", Decimal("12400000"), "GBP"), ("9.9 MLN", Decimal("9900000"), "GBP")]),
    ],
)
def test_the_wires_dls_and_its_capitals(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    # "dls", the wire's rarer form of "dlrs", is read as "dlrs" is, in capitals as in lower case
    assert _found(text) == expected


def test_a_ticker_dls_is_no_money() -> None:
    assert _found("Harbor Corp <DLS> fourth quarter net") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The board may buy the rights back at two ct per right before they lapse.", [("two ct", Decimal("0.02"), "USD")]),
        ("It issued four mln preferred shares with a par value of one ct.", [("one ct", Decimal("0.01"), "USD")]),
        ("The warrants are redeemable at five ct each warrant.", [("five ct", Decimal("0.05"), "USD")]),
    ],
)
def test_cents_that_price_a_right_or_are_a_par_value(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    ["She wore a ring of 18 ct gold.", "The police had a warrant; the thief took a 2 ct diamond.",
     "He has a right to return the 9 ct gold chain."],
)
def test_carats_stay_no_cents(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The exchange rate was set at 1.4520 U.S. dlrs to one stg.", [("1.4520 U.S. dlrs", Decimal("1.4520"), "USD")]),
        ("The bank fixed it at 142.30 yen to 1 dlr on Monday.", [("142.30 yen", Decimal("142.30"), "JPY")]),
        ("The currency is pegged at 50 CFA francs to one French franc.", [("50 CFA francs", Decimal("50"), "XOF")]),
    ],
)
def test_the_unit_an_exchange_rate_is_quoted_per_is_no_amount(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Refiners raised fuel oil by 40 cts to one dlr a barrel.", [("40 cts", Decimal("0.40"), "USD"), ("one dlr", Decimal("1"), "USD")]),
        ("It lent 300 stg to one client and 200 stg to another.", [("300 stg", Decimal("300"), "GBP"), ("200 stg", Decimal("200"), "GBP")]),
    ],
)
def test_a_range_of_one_money_after_to_stays(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    assert _found(text) == expected
