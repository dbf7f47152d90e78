"""A hyphen that opens the items of a list is a bullet, not a minus sign (sentences written for
the test): it begins a line, or follows two blanks where the list's line breaks were made blanks,
and another item of the text is opened the same way.  A lone "-$25 million" keeps its sign."""

from __future__ import annotations

from decimal import Decimal

import pytest

import moneyparse

D = Decimal


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The bill funds these works:  -$12 million for the river bridge  widen two lanes  "
            "-$4 million for the bus depot   -$1.5 million for trails",
            [("$12 million", D("12000000")), ("$4 million", D("4000000")), ("$1.5 million", D("1500000"))],
        ),
        (
            "Grants this year:\n-$300,000 for the library\n-$75,000 for the pool\n",
            [("$300,000", D("300000")), ("$75,000", D("75000"))],
        ),
        (
            "Grants this year:\n  -€300,000 for the library\n  -€75,000 for the pool\n",
            [("€300,000", D("300000")), ("€75,000", D("75000"))],
        ),
    ],
)
def test_a_hyphen_opening_the_items_of_a_list_is_a_bullet(text: str, found: list[tuple[str, Decimal]]) -> None:
    assert [(m.text, m.amount) for m in moneyparse.extract(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # one item so written: a sign
        ("The net change: -$25 million.", [("-$25 million", D("-25000000"))]),
        ("Net change:\n-$25 million\n", [("-$25 million", D("-25000000"))]),
        # a hyphen after one blank, however often: signs
        ("Net income was -$5 million and cash flow -$3 million.",
         [("-$5 million", D("-5000000")), ("-$3 million", D("-3000000"))]),
        # the other hyphen after one blank: this one, after two, keeps its sign too
        ("Results:  -$5 million in May, a change of -$3 million in June.",
         [("-$5 million", D("-5000000")), ("-$3 million", D("-3000000"))]),
        # items opened with another sign's amount are no like items
        ("Balance:\n-$5 million\n-€3 million\n", [("-$5 million", D("-5000000")), ("-€3 million", D("-3000000"))]),
    ],
)
def test_a_hyphen_with_no_like_item_stays_a_minus_sign(text: str, found: list[tuple[str, Decimal]]) -> None:
    assert [(m.text, m.amount) for m in moneyparse.extract(text)] == found
