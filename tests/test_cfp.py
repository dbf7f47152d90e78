"""CFP after a number: the CFP franc of the French Pacific, or the College Football Playoff after a
year or before a word of the game (sentences written for the test)."""

from __future__ import annotations

from decimal import Decimal

import pytest

import moneyparse


@pytest.mark.parametrize(
    "text",
    [
        # the College Football Playoff after a year, or before a word of the game: no CFP francs
        "Georgia beat Alabama in the 2021 CFP National Championship.",
        "Michigan reached the 2023 CFP semifinal in Pasadena.",
        "Oregon opened at No. 3 in the 2024 CFP rankings.",
        "Clemson was left out of the 2017 CFP field, then won its bowl.",
        "The 13 CFP selection committee members met in Texas.",
    ],
)
def test_cfp_after_a_year_or_before_the_game_is_no_franc(text: str) -> None:
    assert moneyparse.extract(text) == []


@pytest.mark.parametrize(
    ("text", "span", "amount"),
    [
        ("A baguette costs 1 000 CFP in Papeete.", "1 000 CFP", "1000"),
        ("The ferry to Moorea costs CFP 1,500.", "CFP 1,500", "1500"),
        ("Lunch in Nouméa ran to 2 500 francs CFP.", "2 500 francs CFP", "2500"),
        ("The guesthouse asks 2000 XPF a night.", "2000 XPF", "2000"),
        # a year-like price beside a word of the franc's places or of a price stays money
        ("A room costs 1950 CFP a night in Tahiti.", "1950 CFP", "1950"),
    ],
)
def test_the_cfp_franc_stays_money(text: str, span: str, amount: str) -> None:
    (m,) = moneyparse.extract(text)
    assert (m.text, m.amount, m.currency) == (span, Decimal(amount), "XPF")
