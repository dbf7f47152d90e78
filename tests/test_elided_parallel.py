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
