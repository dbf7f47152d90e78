"""The figure of last year that a result table writes as a word after "vs"."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

import moneyparse


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shr 6.2 rupees vs five\n    Net profit 212.4 mln rupees vs 180.9 mln",
         [("6.2 rupees", "6.2", "INR"), ("five", "5", "INR"), ("212.4 mln rupees", "212400000", "INR"),
          ("180.9 mln", "180900000", "INR")]),
        ("Interim div eight cents vs six\n    Net 14.2 mln dlrs vs 11.9 mln",
         [("eight cents", "0.08", "USD"), ("six", "0.06", "USD"), ("14.2 mln dlrs", "14200000", "USD"),
          ("11.9 mln", "11900000", "USD")]),
        ("Final div 4.5 pence vs four, making 7.5 pence vs six.",
         [("4.5 pence", "0.045", "GBP"), ("four", "0.04", "GBP"), ("7.5 pence", "0.075", "GBP"), ("six", "0.06", "GBP")]),
    ],
)
def test_a_small_number_in_words_after_vs_takes_the_money_of_its_row(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = moneyparse.extract(text)
    assert [(m.text, m.amount, m.currency) for m in found] == [(t, D(a), c) for t, a, c in expected]


@pytest.mark.parametrize(
    "text",
    [
        # the row goes on after the word, a word of a unit or a fraction follows it, a scale word on the amount
        "Shr 6.2 rupees vs five times more\n",
        "Shr 6.2 rupees vs one-half rupee\n",
        "Shr 6.2 rupees vs five shares\n",
        "Net 6.2 mln rupees vs five\n",
        # a sign, and no "vs" right after the amount
        "Shr $6.2 vs five\n",
        "Shr 6.2 rupees, against five\n",
    ],
)
def test_a_word_after_vs_that_is_no_figure_of_the_row_gives_nothing(text: str) -> None:
    found = moneyparse.extract(text)
    assert all(m.text not in ("five", "one") for m in found)
