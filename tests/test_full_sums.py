"""A bare figure written in full in wire copy that takes the one money of its sentence (moneyparse.full_sums)."""

from __future__ import annotations

from decimal import Decimal

import pytest

import moneyparse

#: The wire's sign-off, which tells the house style that leaves the money off.
SIGN_OFF = "\n REUTER\n"

TAKEN = [
    # the name of a sum and "of" before the figure, the anchor after it
    ("For 1985 the group had operating profit of 4,310,000 and net profit of 912,000 dlrs, the company said.",
     [("4,310,000", "4310000", "USD"), ("912,000 dlrs", "912000", "USD")]),
    # the anchor before, with a scale word; a line break before the figure
    ("The facility has a revolving credit of three mln dlrs and a term loan of\n1,750,000. It runs to 1991.",
     [("three mln dlrs", "3000000", "USD"), ("1,750,000", "1750000", "USD")]),
    # a year after the figure
    ("The carrier lost 12.6 mln stg last year, against a net income of 318,455 in 1985.",
     [("12.6 mln stg", "12600000", "GBP"), ("318,455", "318455", "GBP")]),
    # an amount a share after the figure, a number in words
    ("Net includes charges of 512,000 dlrs or 21 cts a share and 118,000 or five cts a share, respectively.",
     [("512,000 dlrs", "512000", "USD"), ("21 cts", "0.21", "USD"), ("118,000", "118000", "USD"), ("five cts", "0.05", "USD")]),
]

KEPT_BARE = [
    # a count after the figure
    ("The plant closing brings a loss of 1,200 jobs, after a loss of 3.5 mln dlrs in the year.", "1,200"),
    # a unit counted elsewhere in the sentence
    ("It had income of 250,000 in 1986 and sold 1,500,000 shares for 12 mln dlrs.", "250,000"),
    # "sales of", which may count goods
    ("Car sales of 1,250,000 earned the group 300 mln dlrs.", "1,250,000"),
    # a noun that is no sum of money before the figure
    ("The fund bought 4 mln dlrs of stock from holders of 20,000 accounts.", "20,000"),
    # two moneys in the sentence
    ("Profit was 2.3 mln dlrs, or 3.1 mln Canadian dlrs, and net income of 450,000.", "450,000"),
    # the range's ends
    ("It sees a loss of 400 mln dlrs and net income of 1,000,000 to 1,500,000 next year.", "1,000,000"),
    # another sentence holds the money
    ("The firm earned 5.2 mln dlrs in 1986. Its net income of 350,000 came in the fourth quarter.", "350,000"),
    # a bracket
    ("Profit rose to 1.2 mln dlrs (net income of 800,000 before charges) in the year.", "800,000"),
]


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, str(m.amount), m.currency) for m in moneyparse.extract(text)]


@pytest.mark.parametrize(("text", "expected"), TAKEN)
def test_a_full_figure_named_a_sum_takes_the_money_of_its_sentence(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text + SIGN_OFF) == expected


@pytest.mark.parametrize(("text", "figure"), KEPT_BARE)
def test_a_full_figure_the_rule_does_not_settle_stays_bare(text: str, figure: str) -> None:
    found = [t for t, _, _ in _found(text + SIGN_OFF)]
    assert found, text  # the marked amount itself is read
    assert figure not in found


def test_news_copy_keeps_a_full_figure_bare() -> None:
    """With no word of the wire's house style near, a bare figure stays bare."""
    text = "The company reported operating income of 4,310,000 and net income of 912,000 dollars."
    assert [m.text for m in moneyparse.extract(text)] == ["912,000 dollars"]


def test_a_sign_names_no_money_for_a_full_figure() -> None:
    """News copy writes a sign on each amount: beside "$912,000", a bare figure is left bare."""
    text = "The group had operating profit of 4,310,000 and net profit of $912,000, up 5 pct." + SIGN_OFF
    assert [m.text for m in moneyparse.extract(text)] == ["$912,000"]


def test_the_figure_takes_the_evidence_and_marker_of_its_anchor() -> None:
    text = TAKEN[0][0] + SIGN_OFF
    figure, anchor = moneyparse.extract(text)
    assert (figure.marker, figure.evidence, figure.alternatives) == (anchor.marker, anchor.evidence, anchor.alternatives)
    assert (figure.number_text, figure.scale, figure.precision, figure.amount) == ("4,310,000", 0, Decimal(1), Decimal(4310000))


@pytest.mark.parametrize(("text", "expected"), TAKEN)
def test_any_chunking_gives_the_same_answer(text: str, expected: list[tuple[str, str, str]]) -> None:
    text += SIGN_OFF
    whole = moneyparse.extract(text)
    for size in (1, 7, 40):
        assert list(moneyparse.iter_extract(text[i : i + size] for i in range(0, len(text), size))) == whole
