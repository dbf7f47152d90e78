"""Ranges and changes: when two figures are one range and when they are two amounts, one table per
rule, each with the texts it changes and the texts it keeps (sentences written for the test).

A range is "between X and Y", "X-Y", or "X to Y" that no word of change governs.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import moneyparse

D = Decimal


def read(text: str) -> list[tuple[str, Decimal, Decimal | None, str]]:
    """Text, amount, high and currency of every mention of ``text``, each checked against its span."""
    found = moneyparse.extract(text)
    for m in found:
        assert text[m.start : m.end] == m.text
    return [(m.text, m.amount, m.high, m.currency) for m in found]


# A spelled low end borrows the multipliers its high end was spoken with, unless that would put it
# above the high end.
SPELLED_LOW_ENDS = [
    ("Seats for the final went for five to six hundred dollars.", "five to six hundred dollars", "500", "600"),
    ("The estate is worth two to three hundred thousand dollars.", "two to three hundred thousand dollars", "200000", "300000"),
    ("Builders quoted five to six hundred million dollars for it.", "five to six hundred million dollars", "500000000", "600000000"),
    ("A used one costs twenty to thirty-five hundred dollars.", "twenty to thirty-five hundred dollars", "2000", "3500"),
    # keeps
    ("Dinner there costs ninety to one hundred dollars.", "ninety to one hundred dollars", "90", "100"),
    ("The repairs cost five to six million dollars.", "five to six million dollars", "5000000", "6000000"),
    ("They asked three to four and a half million dollars.", "three to four and a half million dollars", "3000000", "4500000"),
]


@pytest.mark.parametrize(("text", "span", "low", "high"), SPELLED_LOW_ENDS)
def test_a_spelled_low_end_borrows_the_multipliers_of_its_high_end(text: str, span: str, low: str, high: str) -> None:
    assert read(text) == [(span, D(low), D(high), "USD")]
