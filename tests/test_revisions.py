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


def test_a_revised_figure_after_the_name_of_its_sum() -> None:
    found = moneyparse.extract("This compares with a 5.1 mln dlr deficit (revised from 4.7\nmln) in May, the office said.")
    assert [(m.text, m.amount) for m in found] == [("5.1 mln dlr", D("5100000")), ("4.7\nmln", D("4700000"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name of no sum between them, or a bracket with more than the figure, gives nothing
        ("It had a 5.1 mln dlr order (revised from 4.7 mln) in May.", ["5.1 mln dlr"]),
        ("It had a 5.1 mln dlr deficit (revised from a 4.7 mln surplus) in May.", ["5.1 mln dlr"]),
    ],
)
def test_the_name_between_must_be_of_a_sum(text: str, expected: list[str]) -> None:
    assert [m.text for m in moneyparse.extract(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the level reached written as an estimate: its scale and money go to the level left
        ("Exports fell to an estimated 612.8 mln dlrs from 655.3 (revised from 654.1) in March and 590.2 in April 1986.",
         ["612.8 mln dlrs", "655.3", "654.1", "590.2"]),
        ("Sales rose to a provisional 48.6 mln stg from 44.9 last year.", ["48.6 mln stg", "44.9"]),
        # a figure written otherwise than the level, or far from it, gives nothing
        ("Imports rose to 1.02 billion dlrs from 892.5 (revised from 891.2) in January.", ["1.02 billion dlrs"]),
        ("Imports rose to an estimated 1.2 billion dlrs from 892.5 in January.", ["1.2 billion dlrs"]),
        ("Imports rose to an estimated 8.5 mln dlrs from 92.4 in January.", ["8.5 mln dlrs"]),
    ],
)
def test_a_bare_level_left_after_an_estimated_level(text: str, expected: list[str]) -> None:
    assert [m.text for m in moneyparse.extract(text)] == expected
