"""The revised figure that wire copy writes in a bracket beside the figure that replaced it."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

import moneyparse

READ = [
    # the bracket's figure with its own scale word, after a bare amount the sentence gave the money
    ("The trade gap widened to 410 mln dlrs in June from 2.05 billion (revised from\n2.11 billion) in May, the office said.",
     [("410 mln dlrs", "410000000", "USD"), ("2.05 billion", "2050000000", "USD"), ("2.11 billion", "2110000000", "USD")]),
    # with no scale word, written as the amount is: the amount's scale; the list goes on after the bracket
    ("Imports rose to 712.6 mln dlrs, from 650.3 mln (revised\nfrom 648.9) in May and 701.4 in June last year.",
     [("712.6 mln dlrs", "712600000", "USD"), ("650.3 mln", "650300000", "USD"), ("648.9", "648900000", "USD"),
      ("701.4", "701400000", "USD")]),
    # between the number and the scale word both numbers share
    ("Money supply rose to an estimated 41.27\nbillion dlrs from 40.95 (revised from 40.91) billion in May and 36.02"
     " billion a year earlier.",
     [("41.27\nbillion dlrs", "41270000000", "USD"), ("40.95", "40950000000", "USD"), ("40.91", "40910000000", "USD"),
      ("36.02 billion", "36020000000", "USD")]),
    # right after a marked amount, "up" or "down" before "from"
    ("The surplus was 3.8 billion marks (revised down from 4.1 billion) in April.",
     [("3.8 billion marks", "3800000000", "DEM"), ("4.1 billion", "4100000000", "DEM")]),
]

ALONE = [
    # a year, a figure written otherwise, one too far from the amount, a bracket with more in it
    ("The deficit was 2.4 billion dlrs (revised from 1986) in all.", ["2.4 billion dlrs"]),
    ("The deficit was 2.41 billion dlrs (revised from 2.4) in all.", ["2.41 billion dlrs"]),
    ("The deficit was 2.41 billion dlrs (revised from 52.70) in all.", ["2.41 billion dlrs"]),
    ("The deficit was 2.41 billion dlrs (revised from 2.39 pct) in all.", ["2.41 billion dlrs"]),
    ("The deficit was 2.41 billion dlrs (first revised from 2.39) in all.", ["2.41 billion dlrs"]),
    # a sign is written on each amount it stands for; a minor unit lends nothing
    ("The deficit was $2.41 billion (revised from 2.39) in all.", ["$2.41 billion"]),
    ("Earnings were 41 cts a share (revised from 39) in the year.", ["41 cts"]),
    # a count in a bracket between the number and a scale word, with no money before
    ("Output rose to 4.12 (revised from 4.10) mln tonnes.", []),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_the_revised_figure_takes_the_money_of_the_figure_before_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = moneyparse.extract(text)
    assert [(m.text, m.amount, m.currency) for m in found] == [(t, D(a), c) for t, a, c in expected]
    assert all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize(("text", "expected"), ALONE)
def test_a_bracket_that_is_no_clear_revision_gives_nothing(text: str, expected: list[str]) -> None:
    assert [m.text for m in moneyparse.extract(text)] == expected


@pytest.mark.xfail(strict=True, reason="the name of the sum stands between the amount and the bracket ('a 3.3 mln dlr "
                   "deficit (revised from 1.7 mln)'); the rule reads only a bracket right after the amount")
def test_a_revised_figure_after_the_name_of_its_sum() -> None:
    found = moneyparse.extract("This compares with a 5.1 mln dlr deficit (revised from 4.7\nmln) in May, the office said.")
    assert [m.text for m in found] == ["5.1 mln dlr", "4.7\nmln"]
