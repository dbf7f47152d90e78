"""The marker written once across two parallel clauses joined by "and" in one sentence: "exports
rose to 7.28 billion dlrs and imports fell to 8.33 billion" (read by :mod:`moneyparse.clauses`).

Sentences of our own in the wire's house style; the figures are made up.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import moneyparse


def _found(text: str) -> list[tuple[str, Decimal, str]]:
    return [(m.text, m.amount, m.currency) for m in moneyparse.extract(text)]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("The bureau said exports rose 12 pct to 4.61 billion dlrs and imports fell 3.2 pct to 5.07 billion.",
         ("5.07 billion", Decimal("5070000000"), "USD")),
        ("Exports climbed to 2.3 billion dlrs, and imports dropped to 1.9 billion, the ministry said.",
         ("1.9 billion", Decimal("1900000000"), "USD")),
        ("Sales rose to 410 mln marks and group profits fell by 4.5 pct to 38 mln in the year.",
         ("38 mln", Decimal("38000000"), "DEM")),
        ("Exports increased 8 pct to 615.04 billion yen and imports\nincreased 2.1 pct to 402.7 billion.",
         ("402.7 billion", Decimal("402700000000"), "JPY")),
        # another scale word, or a clause with no move: the sentence still states a sum of the money
        ("Exports rose to 4.61 billion dlrs and imports fell to 507 mln.", ("507 mln", Decimal("507000000"), "USD")),
        ("Sales were 4.61 billion dlrs and imports fell to 5.07 billion.", ("5.07 billion", Decimal("5070000000"), "USD")),
        ("Exports rose to 4.61 billion dlrs and imports were 5.07 billion.", ("5.07 billion", Decimal("5070000000"), "USD")),
    ],
)
def test_a_parallel_clause_shares_the_marker(text: str, second: tuple[str, Decimal, str]) -> None:
    found = _found(text)
    assert len(found) == 2
    assert found[1] == second


@pytest.mark.parametrize(
    "text",
    [
        # a unit after the second number: a count of it
        "Exports rose to 4.61 billion dlrs and output rose to 5.07 billion tonnes.",
        "Exports rose to 4.61 billion dlrs and imports fell to 5.07 billion barrels.",
        # a subject that is no sum of money
        "Exports rose to 4.61 billion dlrs and the population grew to 1.2 billion.",
        # another sentence
        "Exports rose to 4.61 billion dlrs. And imports fell to 5.07 billion.",
        # cents lend themselves to no number with a scale word
        "The dividend rose to 40 cts and sales rose to 5.07 billion.",
    ],
)
def test_no_parallel_clause_takes_the_marker(text: str) -> None:
    assert len(_found(text)) == 1


def test_the_second_marker_written_wins() -> None:
    text = "Exports rose to 4.61 billion dlrs and imports fell to 5.07 billion yen."
    assert [c for _, _, c in _found(text)] == ["USD", "JPY"]


#: Lists of times and their sums, the money written on the first item alone.
TIMED = [
    # "in" and a time after each amount; a bare number with no scale word takes the marked one's
    ("The deficit was 120 mln N.Z. Dlrs against 141 mln dlrs in May and 163 in\nJune 1986.",
     [("120 mln N.Z. Dlrs", Decimal("120000000"), "NZD"), ("141 mln dlrs", Decimal("141000000"), "NZD"),
      ("163", Decimal("163000000"), "NZD")]),
    # a time and the word before the marked amount ("at") before the bare one
    ("Smith sees 1987 profit at 2.15 dlrs and 1988 at 2.60 against a loss in 1986.",
     [("2.15 dlrs", Decimal("2.15"), "USD"), ("2.60", Decimal("2.60"), "USD")]),
    # a bare item between two marked ones, a month and its year after each
    ("The fee rises to 4.10 dlrs in May 1988, 4.60 in July 1989, and 5.05 dlrs in March 1990.",
     [("4.10 dlrs", Decimal("4.10"), "USD"), ("4.60", Decimal("4.60"), "USD"), ("5.05 dlrs", Decimal("5.05"), "USD")]),
    # "this year", "next year", "last year" tell the time of an item as "in" and a time does
    ("The mill expects to lose 48 mln crowns this year, 61 mln in 1989 and 75 mln in 1990.",
     [("48 mln crowns", Decimal("48000000"), "SEK"), ("61 mln", Decimal("61000000"), "SEK"), ("75 mln", Decimal("75000000"), "SEK")]),
    ("The port charged 3.40 dlrs last year and 3.90 in 1985.",
     [("3.40 dlrs", Decimal("3.40"), "USD"), ("3.90", Decimal("3.90"), "USD")]),
    ("Fees will bring in 19 mln guilders in 1988 and 23 mln next year.",
     [("19 mln guilders", Decimal("19000000"), "NLG"), ("23 mln", Decimal("23000000"), "NLG")]),
]


@pytest.mark.parametrize(("text", "expected"), TIMED)
def test_an_item_of_a_list_of_times_takes_the_money(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # written otherwise than the marked number: other decimals, ten times smaller
        "Profit was 2.15 dlrs in 1987 and 3 in 1988.",
        "It sold 141 mln dlrs in May and 12 in June.",
        # a unit after it, or no time after it
        "Smith sees 1987 profit at 2.15 dlrs and 1988 at 2.60 tonnes.",
        "Sales were 141 mln dlrs in May and 163 workers in June.",
        "Sales were 141 mln dlrs in May and 163 were hired.",
        # another word before the marked amount than before the bare one
        "Smith sees profit of 2.15 dlrs and 1988 at 2.60.",
        # cents, and a year in place of the sum
        "The dividend was 41 cts in May and 43 in June.",
        "It sold 141 mln dlrs in May and 1987 in June.",
        # a day of a month before the bare item
        "It fell to 2.40 dlrs in 1987, 8 in May 1988 and 5.05 dlrs in 1990.",
        # "this year" of the marked amount: still no unit after the bare number, nor another scale word
        "The mill will lose 48 mln dlrs this year, 61 mln jobs in 1989.",
        "The mill will lose 48 mln dlrs this year, 6.1 in 1989.",
    ],
)
def test_no_item_of_a_list_of_times_takes_the_money_unless_written_alike(text: str) -> None:
    assert [t for t, _, _ in _found(text)] == [t for t, _, _ in _found(text) if "dlr" in t or "cts" in t]


@pytest.mark.parametrize("size", [5, 33, 400])
def test_a_list_of_times_reads_the_same_over_any_chunking(size: int) -> None:
    text = " ".join(t for t, _ in TIMED)
    whole = moneyparse.extract(text)
    assert len(whole) == 15
    chunks = [text[i : i + size] for i in range(0, len(text), size)]
    assert list(moneyparse.iter_extract(chunks)) == whole
