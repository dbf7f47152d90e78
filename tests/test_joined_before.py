"""The money written once after the last of two amounts or more ("denominations of 1,000 and 10,000
dlrs", "rose to 2.02 billion from 1.85 billion dlrs"), and a bare level after a change written as
the marked amount is ("to 464.0 mln dlrs from 380.0", "72 lire, down from 74"): read by
:mod:`moneyparse.elided`.

Sentences of our own in the wire's house style; the figures are made up.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

import moneyparse

JOINED = [
    # "and", "or", a series of commas before the last "and"
    ("The notes are available in denominations of 5,000 and 50,000 dlrs.",
     [("5,000", "5000", "USD"), ("50,000 dlrs", "50000", "USD")]),
    ("The mint will issue 500, 1,000 and 5,000 yen coins next year.",
     [("500", "500", "JPY"), ("1,000", "1000", "JPY"), ("5,000 yen", "5000", "JPY")]),
    ("Analysts value the company at 41 or 43 dlrs a share.",
     [("41", "41", "USD"), ("43 dlrs", "43", "USD")]),
    ("The group issued two bonds of 80 mln and 45 mln Swiss francs.",
     [("80 mln", "80000000", "CHF"), ("45 mln Swiss francs", "45000000", "CHF")]),
    ("Barley was quoted at 131.20 and\n135.75 Ecus a tonne.",
     [("131.20", "131.20", "XEU"), ("135.75 Ecus", "135.75", "XEU")]),
    # a comparison, and a change's "from"
    ("The group made a profit on turnover of 3.21 billion against 3.05 billion marks.",
     [("3.21 billion", "3210000000", "DEM"), ("3.05 billion marks", "3050000000", "DEM")]),
    ("Turnover rose to 4.18 billion from 3.96 billion dlrs.",
     [("4.18 billion", "4180000000", "USD"), ("3.96 billion dlrs", "3960000000", "USD")]),
    ("The price was cut to 86 from 95 dlrs a tonne.",
     [("86", "86", "USD"), ("95 dlrs", "95", "USD")]),
    # a total before "or" and the amount per share: the total keeps its own scale word
    ("Net profit was 64.3 mln or 1.12 dlrs\nper share.",
     [("64.3 mln", "64300000", "USD"), ("1.12 dlrs", "1.12", "USD")]),
    # a scale word written on each: the money too, though "respectively" pairs them with a list
    ("Exports and imports were 314 mln and 208.6 mln dlrs, respectively.",
     [("314 mln", "314000000", "USD"), ("208.6 mln dlrs", "208600000", "USD")]),
    ("The two cities set programs of 400 mln and 300 mln guilders respectively.",
     [("400 mln", "400000000", "NLG"), ("300 mln guilders", "300000000", "NLG")]),
    # and with no scale word: "respectively" pairs the list with another, in the same money
    ("The two shares closed at 178.50 and 179.10 guilders respectively.",
     [("178.50", "178.50", "NLG"), ("179.10 guilders", "179.10", "NLG")]),
    # a month between the bare amount and the word that joins it, and a hedge after that word
    ("Borrowing fell 2.6 billion\nfrom January and about seven billion dlrs from a year before.",
     [("2.6 billion", "2600000000", "USD"), ("seven billion dlrs", "7000000000", "USD")]),
]

NOT_JOINED = [
    # the low end of a range, with or without a hedge after "between"
    ("Prices ranged between about 310 and 720 dlrs a tonne.", ["720 dlrs"]),
    # a scale guessed: the bare number has no scale word, the named one has
    ("Sales rose 1.5 and 2.5 mln dlrs in the two halves.", ["2.5 mln dlrs"]),
    ("Profit was 177 mln or 2.75 dlrs.", ["2.75 dlrs"]),
    ("It issued 5 mln shares or 2.75 dlrs per share.", ["2.75 dlrs"]),
    ("Profit was 1,770 or 2.75 dlrs per share.", ["2.75 dlrs"]),
    ("Profit was 64.3 mln or 12 cts per share.", ["12 cts"]),
    # a year, a day of a month, a percentage
    ("In 1986 and 12,000 dlrs later.", ["12,000 dlrs"]),
    ("The fee is due on March 4 and 10 dlrs is owed.", ["10 dlrs"]),
    ("It rose 5 pct and 10 dlrs.", ["10 dlrs"]),
    # decimals written otherwise, or a number far from the named one: a quote of another money
    ("The dollar closed at 144.50 and 1.7850 marks.", ["1.7850 marks"]),  # a rate in marks, the yen one alone
    ("Loans were 2 and 1,500 dlrs.", ["1,500 dlrs"]),
    # the other side of an earlier comparison: "from 1.2403, and 0.4392 sterling"
    # (the rate before it is read after its own: "from 1.2403" is the NZ dollar's, by the rule of a
    # rate's bare figure in moneyparse.rate_quotes)
    ("It was quoted at 1.2391 NZ dlrs from 1.2403, and 0.4392 sterling.", ["1.2391 NZ dlrs", "1.2403", "0.4392 sterling"]),
    # a comma alone joins no pair; a count or a unit after the bare number
    ("On the day, 500 dlrs was paid.", ["500 dlrs"]),
    ("It sold 1,000 shares and 5,000 dlrs of bonds.", ["5,000 dlrs"]),
]

LEVEL = [
    # a bare level after a change, written with the decimals of the marked amount: its scale
    ("Guarantees for sales to Chile rose to 214.0 mln dlrs from 190.0, it said.",
     [("214.0 mln dlrs", "214000000", "USD"), ("190.0", "190000000", "USD")]),
    ("Imports fell last year to 3,061.8 billion francs\nfrom 3,304.1 in 1985.",
     [("3,061.8 billion francs", "3061800000000", "CHF"), ("3,304.1", "3304100000000", "CHF")]),
    ("Turnover was 43.10 billion stg, against 43.19 in January.",
     [("43.10 billion stg", "43100000000", "GBP"), ("43.19", "43190000000", "GBP")]),
    # no scale word on either: a whole number after "down from", "from" in a change, "against"
    ("The bonds were offered at 96 lire, down from\n98 previously.",
     [("96 lire", "96", "ITL"), ("98", "98", "ITL")]),
    ("The nominal value of the shares was cut to 20 guilders from 100.",
     [("20 guilders", "20", "NLG"), ("100", "100", "NLG")]),
    ("The price rose to 72 lire from 74 in 1986.",
     [("72 lire", "72", "ITL"), ("74", "74", "ITL")]),
]

NO_LEVEL = [
    # decimals written otherwise, or none beside a scale word: the scale would be a guess
    "Sales rose to 214.0 mln dlrs from 190, it said.",
    "Sales rose to 214.0 mln dlrs from 190.25, it said.",
    "Sales rose to 214 mln dlrs from 190, it said.",
    # a year, a unit, a count after the bare number
    "The price rose to 72 lire from 1985.",
    "The price rose to 72 lire from 74 pct.",
    "The price rose to 72 lire from 74 shops.",
    # far from the marked amount: not clearly the level before the change
    "The price fell to 72 lire, down from 900 previously.",
    "Sales rose to 21.0 mln dlrs from 380.0, it said.",
    # no change governs "from"
    "It received 72 lire from 74 banks.",
]


def _found(text: str) -> list[tuple[str, D, str]]:
    return [(m.text, m.amount, m.currency) for m in moneyparse.extract(text)]


@pytest.mark.parametrize(("text", "expected"), JOINED)
def test_the_money_written_once_is_read_for_the_amounts_before(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == [(t, D(a), c) for t, a, c in expected]


@pytest.mark.parametrize(("text", "expected"), NOT_JOINED)
def test_a_number_not_clearly_of_that_money_stays_alone(text: str, expected: list[str]) -> None:
    assert [m.text for m in moneyparse.extract(text)] == expected


@pytest.mark.parametrize(("text", "expected"), LEVEL)
def test_a_level_written_as_the_marked_amount_takes_its_scale(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == [(t, D(a), c) for t, a, c in expected]


@pytest.mark.parametrize("text", NO_LEVEL)
def test_a_level_written_otherwise_gives_nothing(text: str) -> None:
    assert len(moneyparse.extract(text)) == 1


@pytest.mark.parametrize("size", [1, 7, 64])
def test_the_amounts_are_the_same_over_any_chunking(size: int) -> None:
    text = "Denominations are 1,000, 5,000 and 10,000 dlrs. Sales rose to 4.18 billion from 3.96 billion dlrs."
    chunks = [text[i : i + size] for i in range(0, len(text), size)]
    assert [(m.start, m.amount) for m in moneyparse.iter_extract(chunks)] == [
        (m.start, m.amount) for m in moneyparse.extract(text)
    ]
