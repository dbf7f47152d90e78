"""Two counts joined by "or" before one unit: a spread read as one approx range, or two amounts
(sentences written for the test; the rule is in :mod:`moneyparse.or_spreads`)."""

from __future__ import annotations

import pytest

from mention_rows import rows

Row = tuple[str, str, str | None, str, str | None]

SPREADS: list[tuple[str, list[Row]]] = [
    # a scale word after the second count only: both counts carry it
    ("Each ferry will cost seven or eight thousand dollars to refit.",
     [("seven or eight thousand dollars", "7000", "8000", "USD", "approx")]),
    ("The bridge could need four or five million dollars more.",
     [("four or five million dollars", "4000000", "5000000", "USD", "approx")]),
    ("The lawsuit may cost 4 or 6 million dollars.", [("4 or 6 million dollars", "4000000", "6000000", "USD", "approx")]),
    ("The lawsuit may cost 4 or 6 mln dlrs.", [("4 or 6 mln dlrs", "4000000", "6000000", "USD", "approx")]),
    ("The club hopes to raise £4 or £6 million this year.", [("£4 or £6 million", "4000000", "6000000", "GBP", "approx")]),
    ("The hall costs two or three hundred dollars.", [("two or three hundred dollars", "200", "300", "USD", "approx")]),
    # no scale word: two counts one step apart in the last place written
    ("A ticket there was 40 or 50 dollars.", [("40 or 50 dollars", "40", "50", "USD", "approx")]),
    ("Stamps went up by six or seven cents.", [("six or seven cents", "0.06", "0.07", "USD", "approx")]),
    ("Traders saw the metal holding at 740 or 750 dlrs.", [("740 or 750 dlrs", "740", "750", "USD", "approx")]),
    # a hedge before the first count gives its own qualifier
    ("Rents rose by about 30 or 40 euros a month.", [("30 or 40 euros", "30", "40", "EUR", "approx")]),
    # "or" set off by two blanks, as a wrapped or justified line leaves it
    ("The roof may need two or  three million dollars.",
     [("two or  three million dollars", "2000000", "3000000", "USD", "approx")]),
    ("Analysts wanted at least 60 or 70 mln dlrs.", [("60 or 70 mln dlrs", "60000000", "70000000", "USD", "at_least")]),
    # a bracket or a quotation mark glued before the first count
    ("The fine (three or four thousand dollars) was paid.",
     [("three or four thousand dollars", "3000", "4000", "USD", "approx")]),
    ('He called it "twenty or thirty dollars" of damage.', [("twenty or thirty dollars", "20", "30", "USD", "approx")]),
]


@pytest.mark.parametrize(("text", "expected"), SPREADS)
def test_two_counts_joined_by_or_before_one_unit_are_a_spread(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


KEPT: list[tuple[str, list[Row]]] = [
    # two amounts with a sign each and no scale word: two prices
    ("Lockers cost $3 or $8 a day.", [("$3", "3", None, "USD", None), ("$8", "8", None, "USD", None)]),
    # two whole amounts, each with its scale
    ("The fund may get $4 million or $6 million.",
     [("$4 million", "4000000", None, "USD", None), ("$6 million", "6000000", None, "USD", None)]),
    # the first amount ends with its own unit: a price a share and the total
    ("It made a 12.50 dlr or 230 mln dlr bid.",
     [("12.50 dlr", "12.50", None, "USD", None), ("230 mln dlr", "230000000", None, "USD", None)]),
    # no scale word and counts more than a step apart: two prices on offer, as the bare amounts read them
    ("Vouchers are sold for 200 or 500 rupees.", [("200", "200", None, "INR", None), ("500 rupees", "500", None, "INR", None)]),
    # written to the cent, a dollar apart: two prices, not a spread of one step
    ("Seats were sold at 2.00 or 3.00 dlrs.", [("2.00", "2.00", None, "USD", None), ("3.00 dlrs", "3.00", None, "USD", None)]),
    # the higher first, a list, "either", the total before the figure a share: no spread, no first count
    ("Bids of 8.40 or 7.90 dlrs were heard.", [("8.40", "8.40", None, "USD", None), ("7.90 dlrs", "7.90", None, "USD", None)]),
    ("Options were 30, 31 or 32 dlrs.",
     [("30", "30", None, "USD", None), ("31", "31", None, "USD", None), ("32 dlrs", "32", None, "USD", None)]),
    ("They will pay either 4 or 5 million dollars.", [("5 million dollars", "5000000", None, "USD", None)]),
    ("The gain was 310,000 or six cts a share.", [("six cts", "0.06", None, "USD", None)]),
    ("Prices are quoted in 1990 or 1991 dollars.", [("1991 dollars", "1991", None, "USD", None)]),
]


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_or_between_amounts_that_are_no_spread_keeps_them(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("The old clock sold for a hundred and forty or fifty dollars.", "forty"),  # 140 to 150, not 40 to 50
        ("Each share paid 3/4 or 5 dlrs.", "4"),  # a fraction
    ],
)
def test_the_last_word_of_a_longer_number_is_no_first_count(text: str, first: str) -> None:
    assert all(row[2] is None and not row[0].startswith(first) for row in rows(text))


# the marker written once, before the first count; the second bare, with a scale word
MARKED_FIRST: list[tuple[str, list[Row]]] = [
    ("The roof may cost $4 or 6 million.", [("$4 or 6 million", "4000000", "6000000", "USD", "approx")]),
    ("Brussels may add €5 or 6 billion to the fund.", [("€5 or 6 billion", "5000000000", "6000000000", "EUR", "approx")]),
    ("The club lost £1 or 2m on the move.", [("£1 or 2m", "1000000", "2000000", "GBP", "approx")]),
    ("A new wing would take US$2.5 or 3 billion.", [("US$2.5 or 3 billion", "2500000000", "3000000000", "USD", "approx")]),
    ("They want $40 or 50 thousand for the boat.", [("$40 or 50 thousand", "40000", "50000", "USD", "approx")]),
    # a hedge before the first count gives its own qualifier
    ("The deal was worth more than $2 or 3 million.", [("$2 or 3 million", "2000000", "3000000", "USD", "more_than")]),
]


@pytest.mark.parametrize(("text", "expected"), MARKED_FIRST)
def test_a_marked_first_count_and_a_bare_second_with_a_scale_are_a_spread(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The roof may cost $5 or 3 million.",  # the higher first
        "The roof may cost $1 or 20 million.",  # more than ten times apart
        "The roof may cost either $2 or 3 million.",  # two alternatives
    ],
)
def test_a_marked_first_count_that_makes_no_spread_with_a_scaled_second_gives_nothing(text: str) -> None:
    assert rows(text) == []


def test_the_last_marked_count_of_a_list_before_a_scaled_bare_count_gives_nothing() -> None:
    assert not any(row[0].startswith("$2") or row[1] == "2" for row in rows("The roof may cost $1, $2 or 3 million."))


# a bare second count with no scale word may count anything: the first amount stands alone
MARKED_FIRST_KEPT: list[tuple[str, list[Row]]] = [
    ("Cabs charge $2 or 3 more at night.", [("$2", "2", None, "USD", None)]),
    ("Prices rose $2 or 3 times in a year.", [("$2", "2", None, "USD", None)]),
    ("The stock fell $5 or 3% on Monday.", [("$5", "5", None, "USD", None)]),
    # the first amount has its own scale word, or the second its own unit
    ("The budget was $2 million or 3 million.", [("$2 million", "2000000", None, "USD", None)]),
    ("Pay $2 or 3 million euros.", [("$2", "2", None, "USD", None), ("3 million euros", "3000000", None, "EUR", None)]),
]


@pytest.mark.parametrize(("text", "expected"), MARKED_FIRST_KEPT)
def test_a_marked_first_count_before_a_bare_second_without_a_scale_stands_alone(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected
