"""Ranges and changes: when two figures are one range and when they are two amounts, one table per
rule, each with the texts it changes and the texts it keeps (sentences written for the test).

A range is "between X and Y", "X-Y", or "X to Y" that no word of change governs.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import moneyparse
from mention_rows import readings as read

D = Decimal




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
    # a bracket or a quotation mark glued before the low end: the low end still (not six million alone)
    ("The quote (five to six million dollars) was high.", "five to six million dollars", "5000000", "6000000"),
    ('He said "eight to nine hundred dollars" at most.', "eight to nine hundred dollars", "800", "900"),
]


@pytest.mark.parametrize(("text", "span", "low", "high"), SPELLED_LOW_ENDS)
def test_a_spelled_low_end_borrows_the_multipliers_of_its_high_end(text: str, span: str, low: str, high: str) -> None:
    assert read(text) == [(span, D(low), D(high), "USD")]


# "from X to Y" is a change when a word of change governs the "from": the nearest word of change
# or of a span before it, in its clause (at most twenty words back, within a hundred characters:
# the object of the verb may hold a clause of its own).
FROM_TO_CHANGES = [
    ("Income increased from €75 to €78 last year.", ["€75", "€78"]),
    ("Earnings rose from $2.10 to $2.45 a share.", ["$2.10", "$2.45"]),
    ("The board raised its quarterly dividend from $2.10 to $2.45 a share.", ["$2.10", "$2.45"]),
    ("Rent went from $500 to $700 a month.", ["$500", "$700"]),
    ("The fare hike from $2 to $3 angered riders.", ["$2", "$3"]),
    ("The county lifted spending on roads by over 40 per cent, from £2.5 billion to £3.6 billion.",
     ["£2.5 billion", "£3.6 billion"]),
    ("Sales to Peru grew 4.5 times (from $20K to $90K) last year.", ["$20K", "$90K"]),
    ("The debt climbed between 1990 and 1994 (from US$2 billion to $7 billion).", ["US$2 billion", "$7 billion"]),
    ("Prices rose from $5 up to $10.", ["$5", "$10"]),
    ("Sales rose from about $2.7 billion to $3.1 billion.", ["$2.7 billion", "$3.1 billion"]),
    # the words of the level a change starts from may stand between "from" and the amount
    ("The union wants the wage raised from its current level of around 150 euros to 180 euros.",
     ["150 euros", "180 euros"]),
    ("They plan to enhance trade from the present 4.2 billion to US$9 billion.", ["US$9 billion"]),
    # the object of the verb holds a clause of its own, and a blank may follow the sign
    ("The chancellor increased the amount that savers can put into an Individual Savings Account (ISA) each year "
     "from \u00a3 7,200 to \u00a310,200.",
     ["\u00a3 7,200", "\u00a310,200"]),
    ("The council raised the fee that the owners of large dogs in the old town must pay each year from \u00a340 to "
     "\u00a355.",
     ["\u00a340", "\u00a355"]),
    # a verbless clause after a semicolon shares the verb of the clause before
    ("Letters will go from 40 cents to 44 cents; cards from 25 cents to 28 cents.",
     ["40 cents", "44 cents", "25 cents", "28 cents"]),
    # a parallel "from X to Y" shares the verb of the one before it in its clause, however far back
    ("The bank agreed to increase its existing credit lines with the central bank of Norway from $55 billion to "
     "$110 billion, and with the central bank of Sweden from $12 billion to $27 billion.",
     ["$55 billion", "$110 billion", "$12 billion", "$27 billion"]),
    # a bracket after a change told "from ... to ..." restates it, and shares its verb
    ("Average dues rose 41.5 percent from 2001 to 2006 ($1,310 to $1854).", ["$1,310", "$1854"]),
    ("The fare climbed from June to August ( \u20ac4.10 to \u20ac5.30 a trip).", ["\u20ac4.10", "\u20ac5.30"]),
]
# "X to Y" is a change when a verb that moves a value by an amount stands right before X.
MOVE_TO_LEVEL = [
    ("The share price rose 140 yen to 485 yen.", ["140 yen", "485 yen"]),
    ("Fiat rose $0.06 to $9.44, while Ford gained $0.06 to $9.95.", ["$0.06", "$9.44", "$0.06", "$9.95"]),
    ("Orders were up only 13 mln dlrs to 106.2 billion dlrs.", ["13 mln dlrs", "106.2 billion dlrs"]),
    ("Shares were down $1.50 to $20.25 in late trading.", ["$1.50", "$20.25"]),
    ("The stock fell by about $2 to $30.", ["$2", "$30"]),
    # a hedge between the move and its amount ("by over", "more than") is a word of degree too
    ("The group's market value has dropped by over \u20ac400m to \u20ac1.9bn.", ["\u20ac400m", "\u20ac1.9bn"]),
    ("Its shares fell more than $2 to $31 on the news.", ["$2", "$31"]),
    ("Sales grew by less than $1m to $5m.", ["$1m", "$5m"]),
    # the ambiguous middle: a raised offer is two amounts, and "5%" is no money
    ("It raised its offer to $5 from $4.50.", ["$5", "$4.50"]),
    ("The price rose 5% to $10.", ["$10"]),
    ("Between 2009 and 2010 sales rose to $5bn.", ["$5bn"]),
]


@pytest.mark.parametrize(("text", "spans"), FROM_TO_CHANGES + MOVE_TO_LEVEL)
def test_a_change_is_two_amounts(text: str, spans: list[str]) -> None:
    found = read(text)
    assert [t for t, *_ in found] == spans
    assert all(high is None for _, _, high, _ in found)


# Ranges that stay ranges: no word of change governs them, a word of a span is nearer than the
# change, the new value itself is a range, or a dash joins them.
KEPT_RANGES = [
    # a range named before "X and Y" opens it as "between" does
    ("Gold traded in a narrow range of 3,800 and 3,805 H.K. dlrs a tael.", "3,800 and 3,805 H.K. dlrs", "3800", "3805", "HKD"),
    ("Bids came in the range of $5 and $6 million.", "$5 and $6 million", "5000000", "6000000", "USD"),
    ("Seats at prices ranging from $25 to $250 sold out.", "$25 to $250", "25", "250", "USD"),
    ("Bought at prices ranging\nfrom 12.10 to 15.20 dlrs a share.", "12.10 to 15.20 dlrs", "12.10", "15.20", "USD"),
    ("A sum of from $300,000,000 to $400,000,000 would be needed.", "$300,000,000 to $400,000,000",
     "300000000", "400000000", "USD"),
    ("From 30 to 45 €", "30 to 45 €", "30", "45", "EUR"),
    ("Fees typically run from £1,200 to £1,800 a year.", "£1,200 to £1,800", "1200", "1800", "GBP"),
    ("Estimates run from $40 to $50 million.", "$40 to $50 million", "40000000", "50000000", "USD"),
    ("Tickets sold from $5 to $10.", "$5 to $10", "5", "10", "USD"),
    ("Prices range from about $5 to $10.", "$5 to $10", "5", "10", "USD"),
    ("Sales rose, and tickets now range from $5 to $10.", "$5 to $10", "5", "10", "USD"),
    ("Sales rose, while tickets from $5 to $10 sold out.", "$5 to $10", "5", "10", "USD"),
    # a word of a span nearer than a change further back, however long the clause
    ("Sales increased as the homes that families in the northern suburbs can buy are priced from \u00a3200,000 to "
     "\u00a3250,000.", "\u00a3200,000 to \u00a3250,000", "200000", "250000", "GBP"),
    # no word of change in the clause: the words of an earlier one govern nothing
    ("Prices increased. The houses that young families in the northern suburbs of the city can buy sell from "
     "\u00a3200,000 to \u00a3250,000.", "\u00a3200,000 to \u00a3250,000", "200000", "250000", "GBP"),
    ("Rooms are let at prices from the current $50 to $90.", "$50 to $90", "50", "90", "USD"),
    ("Rents rose; rooms from $50 to $90 are let by the week.", "$50 to $90", "50", "90", "USD"),
    ("It kept the forecast of $3bn to $4bn.", "$3bn to $4bn", "3000000000", "4000000000", "USD"),
    ("It raised its forecast to $3.10 to $3.30 a share.", "$3.10 to $3.30", "3.10", "3.30", "USD"),
    ("Prize money ranging from $50,000 up to $150,000.", "$50,000 up to $150,000", "50000", "150000", "USD"),
    ("The plan costs $5-6bn.", "$5-6bn", "5000000000", "6000000000", "USD"),
    ("The repairs cost five to six million dollars.", "five to six million dollars", "5000000", "6000000", "USD"),
    ("Trade worth between US$250 and US$300 million a year.", "US$250 and US$300 million", "250000000",
     "300000000", "USD"),
    # a bracket after a "from ... to ..." of a span, or of no change, or with no "from": a range
    ("Fees ranged from 2001 to 2006 ($40 to $60).", "$40 to $60", "40", "60", "USD"),
    ("The fair ran from May to June ($5 to $10 a seat).", "$5 to $10", "5", "10", "USD"),
    ("Dues rose in 2006 ($40 to $60 a head).", "$40 to $60", "40", "60", "USD"),
]


@pytest.mark.parametrize(("text", "span", "low", "high", "currency"), KEPT_RANGES)
def test_a_range_stays_a_range(text: str, span: str, low: str, high: str, currency: str) -> None:
    assert read(text) == [(span, D(low), D(high), currency)]


def test_a_verbless_clause_after_a_span_is_a_range_too() -> None:
    assert read("Fares cost from $2 to $3; passes from $20 to $30.") == [
        ("$2 to $3", D(2), D(3), "USD"), ("$20 to $30", D(20), D(30), "USD")
    ]


# "X up to Y" with the same marker on both ends is a range when no change governs it; after a
# change, "up to" bounds the level reached.
UP_TO = [
    ("Bids came in at about US$3,000 up to US$5,000.", [("US$3,000 up to US$5,000", "3000", "5000", "approx")]),
    ("Fines of $500 up to $1,000 apply.", [("$500 up to $1,000", "500", "1000", None)]),
    ("Prize money ranging from $50,000 up to $150,000.", [("$50,000 up to $150,000", "50000", "150000", None)]),
    # keeps
    ("Prices rose from $5 up to $10.", [("$5", "5", None, None), ("$10", "10", None, "at_most")]),
    ("Shares rose $5 up to $10.", [("$5", "5", None, None), ("$10", "10", None, "at_most")]),
    ("Tickets cost $5, up to $10 at the door.", [("$5", "5", None, None), ("$10", "10", None, "at_most")]),
]


@pytest.mark.parametrize(("text", "expected"), UP_TO)
def test_up_to_ends_a_range_unless_a_change_governs_it(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    found = [(m.text, m.amount, m.high, m.qualifier) for m in moneyparse.extract(text)]
    assert found == [(t, D(low), None if high is None else D(high), q) for t, low, high, q in expected]


# "to" and a hedge of the high end ("to as much as", "to nearly", "to almost") between two marked
# amounts is a range separator when no change governs it: the low end alone would be a wrong value.
HEDGED_TO = [
    ("Grants ranging from C$5,000 to as much as C$2 million each.",
     [("C$5,000 to as much as C$2 million", "5000", "2000000", None)]),
    ("Fines of $500 to nearly $9,000 apply.", [("$500 to nearly $9,000", "500", "9000", None)]),
    ("Bids run from £40 to almost £55 a lot.", [("£40 to almost £55", "40", "55", None)]),
    ("Seats cost from $5 to\nas high as $9.", [("$5 to\nas high as $9", "5", "9", None)]),
    # keeps: a change, a comma, the high end lower, another currency, a count after the hedge
    ("The stock rose from $5 to as much as $7 in May.", [("$5", "5", None, None), ("$7", "7", None, "at_most")]),
    ("Tickets cost $5,000, to as much as $7,000.", [("$5,000", "5000", None, None), ("$7,000", "7000", None, "at_most")]),
    ("Fees fell from $500 to as little as $20.", [("$500", "500", None, None), ("$20", "20", None, "at_least")]),
    ("It pays $5 to as many as 70 people.", [("$5", "5", None, None)]),
    # a bound between "from" and the level a change starts from leaves the change a change
    ("Exports grew from slightly more than $1 million to nearly $9 million.",
     [("$1 million", "1000000", None, "more_than"), ("$9 million", "9000000", None, "approx")]),
    ("Exports grew from under $1 million to $9 million.",
     [("$1 million", "1000000", None, "less_than"), ("$9 million", "9000000", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), HEDGED_TO)
def test_to_as_much_as_ends_a_range(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    found = [(m.text, m.amount, m.high, m.qualifier) for m in moneyparse.extract(text)]
    assert found == [(t, D(low), None if high is None else D(high), q) for t, low, high, q in expected]


# One line break among a separator's spaces is a space, as in hard-wrapped text; a blank line ends
# the phrase.
WRAPPED = [
    ("It needs from $300,000,000 to\n$400,000,000 a year.", [("$300,000,000 to\n$400,000,000", "300000000", "400000000")]),
    ("A sum of $300,000,000\nto $400,000,000 is needed.", [("$300,000,000\nto $400,000,000", "300000000", "400000000")]),
    ("Trade worth between\nUS$250 and US$300 million a year.", [("US$250 and US$300 million", "250000000", "300000000")]),
    ("Trade worth between US$250 and\n   US$300 million a year.",
     [("US$250 and\n   US$300 million", "250000000", "300000000")]),
    # keeps
    (
        "It cost $300,000,000\n\nto $400,000,000 was the next line.",
        [("$300,000,000", "300000000", None), ("$400,000,000", "400000000", None)],
    ),
    ("Income increased from €75 to\n€78 last year.", [("€75", "75", None), ("€78", "78", None)]),
]


@pytest.mark.parametrize(("text", "expected"), WRAPPED)
def test_a_line_break_in_a_separator_is_a_space(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(t, a, h) for t, a, h, _ in read(text)] == [
        (t, D(low), None if high is None else D(high)) for t, low, high in expected
    ]


# A change whose other amount leaves the marker out, as wire copy writes it: the bare amount is a
# mention of its own with the marker and currency of the other, when the sentence is a change and
# the bare number has a scale word, or decimals beside a marked amount with decimals and no scale.
ELIDED = [
    ("The deficit fell to 1.05 billion dlrs from 3.04 billion in the same period.",
     [("1.05 billion dlrs", "1050000000", None, None), ("3.04 billion", "3040000000", None, None)], "USD"),
    ("Revenue fell to 521.1 mln dlrs from 716.9 mln and profit fell too.",
     [("521.1 mln dlrs", "521100000", None, None), ("716.9 mln", "716900000", None, None)], "USD"),
    ("Profit rose to 26 mln dlrs from\nabout 22 mln last year.",
     [("26 mln dlrs", "26000000", None, None), ("22 mln", "22000000", None, "approx")], "USD"),
    ("New offerings fell to only 800 mln dlrs from 1.4\nbillion in May.",
     [("800 mln dlrs", "800000000", None, None), ("1.4\nbillion", "1400000000", None, None)], "USD"),
    ("Exports rose 5 pct to 300 mln dlrs from 280.5m.",
     [("300 mln dlrs", "300000000", None, None), ("280.5m", "280500000", None, None)], "USD"),
    ("Sales were 4.2 billion yuan, up from 3.1 billion.",
     [("4.2 billion yuan", "4200000000", None, None), ("3.1 billion", "3100000000", None, None)], "CNY"),
    ("Reserves were 9.5 billion dlrs, down from 11.9 billion.",
     [("9.5 billion dlrs", "9500000000", None, None), ("11.9 billion", "11900000000", None, None)], "USD"),
    # no word of change, but the sentence states the level before ("from"), with its scale word
    ("Sales reached 5 mln dlrs from 4.5 mln.", [("5 mln dlrs", "5000000", None, None), ("4.5 mln", "4500000", None, None)], "USD"),
    ("The fee was cut to 2.50 dlrs from 3.25 a month.", [("2.50 dlrs", "2.50", None, None), ("3.25", "3.25", None, None)], "USD"),
    ("Imports rose from 86 billion to 118 billion dirhams.",
     [("86 billion", "86000000000", None, None), ("118 billion dirhams", "118000000000", None, None)], "AED"),
    ("Sales rose from about 2.7 billion to 3.1 billion dlrs.",
     [("2.7 billion", "2700000000", None, "approx"), ("3.1 billion dlrs", "3100000000", None, None)], "USD"),
    ("The dividend was raised from 2.10 to 2.45 dlrs a share.", [("2.10", "2.10", None, None), ("2.45 dlrs", "2.45", None, None)], "USD"),
    # the bare number written with as many decimals as the marked one: its scale, not a guess
    ("The deficit fell to 1.05 billion dlrs from 3.04 in 1986.",
     [("1.05 billion dlrs", "1050000000", None, None), ("3.04", "3040000000", None, None)], "USD"),
    ("In Australia, the deficit fell to $1.05 billion from 3.04 billion.",
     [("$1.05 billion", "1050000000", None, None), ("3.04 billion", "3040000000", None, None)], "AUD"),
    # keeps: a number whose scale would be guessed, a year, a count, a unit after it, no change
    ("Sales rose from 5 to 6 million dollars.", [("6 million dollars", "6000000", None, None)], "USD"),
    ("Sales rose from five to six million dollars.", [("six million dollars", "6000000", None, None)], "USD"),
    ("The deficit fell to 1.05 billion dlrs from 3.0 in 1986.", [("1.05 billion dlrs", "1050000000", None, None)], "USD"),
    ("The fee was cut to 2.50 dlrs from 3 a month.", [("2.50 dlrs", "2.50", None, None)], "USD"),
    ("Profit rose to 5 mln dlrs from 1986 levels.", [("5 mln dlrs", "5000000", None, None)], "USD"),
    ("It received 5 mln dlrs from 12 banks.", [("5 mln dlrs", "5000000", None, None)], "USD"),
    ("Its stake rose to 50 mln dlrs from 2.5 mln shares.", [("50 mln dlrs", "50000000", None, None)], "USD"),
    ("It raised 50 mln dlrs from 2.5 mln investors.", [("50 mln dlrs", "50000000", None, None)], "USD"),
    ("Profit rose to 5 mln dlrs from 4.5 mln pct.", [("5 mln dlrs", "5000000", None, None)], "USD"),
    ("Sales ranged from 2.7 billion to 3.1 billion dlrs.", [("2.7 billion to 3.1 billion dlrs", "2700000000", "3100000000", None)], "USD"),
]


@pytest.mark.parametrize(("text", "expected", "currency"), ELIDED)
def test_a_change_lends_its_marker_to_the_bare_amount(
    text: str, expected: list[tuple[str, str, str | None, str | None]], currency: str
) -> None:
    found = moneyparse.extract(text)
    assert all(text[m.start : m.end] == m.text and m.currency == currency for m in found)
    assert [(m.text, m.amount, m.high, m.qualifier) for m in found] == [
        (t, D(a), None if h is None else D(h), q) for t, a, h, q in expected
    ]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Net for the quarter ended January 28 rose to 285 mln dlrs.", "285 mln dlrs"),
        ("Earnings for the quarter ended January 28 to 285 mln dlrs were up.", "285 mln dlrs"),
        ("On Jan. 5 to 7 dollars were raised.", "7 dollars"),
    ],
)
def test_a_day_of_a_month_is_no_low_end_of_a_range(text: str, span: str) -> None:
    (m,) = moneyparse.extract(text)
    assert (m.text, m.high) == (span, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a year written short after a word and an apostrophe
        ("The grant grew in FY'09 to $80 million, the office said.", "$80 million"),
        ("The grant grew in FY\u201909 to $80 million, the office said.", "$80 million"),
    ],
)
def test_a_year_written_short_is_no_low_end_of_a_range(text: str, span: str) -> None:
    (m,) = moneyparse.extract(text)
    assert (m.text, m.high) == (span, None)


@pytest.mark.parametrize("text", ["Tickets were '5 to $10' at the door.", "Tickets were \u20185 to $10\u2019 at the door."])
def test_a_range_in_quotes_stays_a_range(text: str) -> None:
    (m,) = moneyparse.extract(text)
    assert (m.text, m.amount, m.high) == ("5 to $10", Decimal(5), Decimal(10))


def test_a_range_after_a_month_without_a_day_stays_a_range() -> None:
    (m,) = moneyparse.extract("Prices in May were 5 to 7 dollars.")
    assert (m.amount, m.high) == (Decimal(5), Decimal(7))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare low end with decimals after "by", a high end of millions or more: a range of the change
        ("The plan would increase profits by 7.5 to 10 billion dlrs a year.", [("7.5 to 10 billion dlrs", "7500000000", "10000000000")]),
        ("It will raise revenues by 6.7 to\n8.2 billion dlrs.", [("6.7 to\n8.2 billion dlrs", "6700000000", "8200000000")]),
        # a change by an amount that writes its scale stays a change (of the sentence's one money:
        # moneyparse.sentence_money); whole numbers and small sums stay as they were
        ("It raised the limit by 1.5 billion to 10 billion dlrs.",
         [("1.5 billion", "1500000000", None), ("10 billion dlrs", "10000000000", None)]),
        ("Sales rose by 5.5 to 10.5 dlrs.", [("10.5 dlrs", "10.5", None)]),
    ],
)
def test_a_bare_low_end_after_by_spans_a_range(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(m.text, m.amount, m.high) for m in moneyparse.extract(text)] == [
        (t, D(a), None if h is None else D(h)) for t, a, h in expected
    ]


def test_a_parallel_range_after_a_range_stays_a_range() -> None:
    text = "Tickets at the gate are priced from $5 to $10, and seats in the covered stand from $20 to $30."
    assert [(m.text, m.high is not None) for m in moneyparse.extract(text)] == [("$5 to $10", True), ("$20 to $30", True)]


# A low end glued to what stands before it is no low end by itself: the denominator of a fraction
# is read with its fraction ("6-1/2 to seven"), the second year of a season or the high end of a
# range before it is no low end at all; a fraction after a move is the move, the amount after
# "to" the level reached.
GLUED_LOW_ENDS = [
    ("Analysts put group profits at 6-1/2 to seven billion marks.", [("6-1/2 to seven billion marks", "6500000000", "7000000000")]),
    ("The fund bought the stock at 17-1/2 to 19 dlrs a share.", [("17-1/2 to 19 dlrs", "17.5", "19")]),
    ("Soybeans closed with gains of 4-3/4 to 9-1/4 cents a bushel.", [("4-3/4 to 9-1/4 cents", "0.0475", "0.0925")]),
    ("Shares changed hands at 3/4 to 2 dlrs each.", [("3/4 to 2 dlrs", "0.75", "2")]),
    # near misses
    ("Northern Mines climbed 5/8 to 31 dlrs in early trade.", [("31 dlrs", "31", None)]),
    ("The borrowing target for 1988/89 to five billion stg was cut.", [("five billion stg", "5000000000", None)]),
    ("Issues fell in the period May 1 to 15 to 600 mln marks.", [("600 mln marks", "600000000", None)]),
    ("Issues fell in the period 16-31 to 600 mln marks.", [("600 mln marks", "600000000", None)]),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_LOW_ENDS)
def test_a_low_end_glued_to_a_number_before_it_is_read_with_it_or_not_at_all(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert [(m.text, m.amount, m.high) for m in moneyparse.extract(text)] == [
        (t, D(a), None if h is None else D(h)) for t, a, h in expected
    ]


# A low end in digits borrows the multiplier its spelled high end was spoken with, as a spelled
# one does; a spelled low end of thousands or more above its high end is no reading.
SPOKEN_HIGH_ENDS = [
    ("The central bank will add 1.5 to two billion dlrs of reserves.", [("1.5 to two billion dlrs", "1500000000", "2000000000")]),
    ("Aid is put at 2.5 to three million dollars.", [("2.5 to three million dollars", "2500000", "3000000")]),
    # near misses
    ("Tickets cost 1.9 to 3 dollars.", [("1.9 to 3 dollars", "1.9", "3")]),
    ("Meals cost 90 to one hundred dollars.", [("90 to one hundred dollars", "90", "100")]),
    ("The plan should cost five to three million dollars.", []),
]


@pytest.mark.parametrize(("text", "expected"), SPOKEN_HIGH_ENDS)
def test_a_low_end_in_digits_borrows_the_multiplier_of_a_spelled_high_end(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert [(m.text, m.amount, m.high) for m in moneyparse.extract(text)] == [
        (t, D(a), None if h is None else D(h)) for t, a, h in expected
    ]


# "X to Y" with Y ten times X or more, where neither "from" nor a word of a span governs them, is a
# move and the level it reached (price lists, verbs that take an object), never a range.
LEVELS_AFTER_MOVES = [
    ("Heavy Sour was lowered 1.50 dlrs to 15.25 dlrs, the refiner said.", ["1.50 dlrs", "15.25 dlrs"]),
    ("It raised its zinc prices by 20 dlrs to 1,220 dlrs a tonne.", ["20 dlrs", "1,220 dlrs"]),
    ("The maker is raising prices on its model 150 dlrs to 12,349 dlrs.", ["150 dlrs", "12,349 dlrs"]),
    ("Harbour Holdings 1.20 dlrs to 41.50.", ["1.20 dlrs"]),
    ("Sun Lee one to 62 cents.", ["62 cents"]),
    ("Spending grew by 2.1 pct or 41.3 billion dlrs to 2,012.5 billion dlrs.", ["41.3 billion dlrs", "2,012.5 billion dlrs"]),
    ("The firm cut the price of its Model 40 to 2,495 dlrs.", ["2,495 dlrs"]),
    ("The board made awards of 51 mln dlrs to 1,210 managers.", ["51 mln dlrs"]),
    # a parallel "by X to Y" shares the verb of the first
    ("The move raises the corn line by 14 mln dlrs to 40 mln, the rice line by six mln dlrs to 31 mln, "
     "and the wheat line by 10 mln to 95 mln dlrs.",
     ["14 mln dlrs", "40 mln", "six mln dlrs", "31 mln", "10 mln", "95 mln dlrs"]),
]
WIDE_RANGES = [
    ("Spare dies cost 1,000 to 12,000 dlrs each.", "1,000 to 12,000 dlrs", "1000", "12000"),
    ("Watches sell from 200 dlrs to 10,000 dlrs.", "200 dlrs to 10,000 dlrs", "200", "10000"),
    ("Rents range 500 to 9,000 dlrs a month.", "500 to 9,000 dlrs", "500", "9000"),
    ("Fines are set at 100 to 900 dlrs.", "100 to 900 dlrs", "100", "900"),
    # "to" set between hyphens, as the wire writes a forecast's range
    ("Analysts see the firm earning 6.40-to-6.75 dlrs a share.", "6.40-to-6.75 dlrs", "6.40", "6.75"),
    ("It expects profit to rise to between 2.10-to-2.30 dlrs a share.", "2.10-to-2.30 dlrs", "2.10", "2.30"),
]


@pytest.mark.parametrize(("text", "spans"), LEVELS_AFTER_MOVES)
def test_a_level_ten_times_its_move_is_no_high_end(text: str, spans: list[str]) -> None:
    found = read(text)
    assert [t for t, *_ in found] == spans
    assert all(high is None for _, _, high, _ in found)


@pytest.mark.parametrize(("text", "span", "low", "high"), WIDE_RANGES)
def test_a_wide_range_that_a_span_governs_stays_a_range(text: str, span: str, low: str, high: str) -> None:
    assert read(text) == [(span, D(low), D(high), "USD")]


# The wire's odd high ends: a multiplier after a dash at the end of a line (a compound), the last
# digits of a rate's high end, a point read two ways in one range, one unit of a rate.
ODD_HIGH_ENDS = [
    ("Brazil stopped paying interest on its 68-\nbillion dlrs debt.", [("68-\nbillion dlrs", "68000000000", None)]),
    ("The West German central bank sold dollars when the dollar\nwas at about 1.8310-20 marks, dealers said.",
     [("1.8310-20 marks", "1.8310", "1.8320")]),
    ("It bought shares at prices ranging from 27.125 to 31.000 dlrs a share.", []),
    # the high end's last digits as many as the low end's decimals, below it: never the digits alone
    ("Banks sold dollars at around 141.60-75\nyen in Tokyo, traders said.", [("141.60-75\nyen", "141.60", "141.75")]),
    ("Results were translated at a rate of one dlr to 1.485 new Israeli shekels.",
     [("one dlr", "1", None), ("1.485 new Israeli shekels", "1.485", None)]),
    # near misses
    ("The loan is for 5-6 billion dlrs.", [("5-6 billion dlrs", "5000000000", "6000000000")]),
    ("Hogs were quoted at 0.66845-0.6840 dlrs per lb.", [("0.66845-0.6840 dlrs", "0.66845", "0.6840")]),
    ("Tickets cost one dlr to 1.50 each.", [("one dlr to 1.50", "1", "1.50")]),
    ("A dose costs 1.70-6 dollars wholesale.", [("1.70-6 dollars", "1.70", "6")]),
    ("Seats cost 2.50-10 dlrs at the gate.", [("2.50-10 dlrs", "2.50", "10")]),
]


@pytest.mark.parametrize(("text", "expected"), ODD_HIGH_ENDS)
def test_an_odd_high_end_of_the_wire_gives_its_reading_or_nothing(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert [(m.text, m.amount, m.high) for m in moneyparse.extract(text)] == [
        (t, D(a), None if h is None else D(h)) for t, a, h in expected
    ]


# (text, span, low, high): after a word of a move, with no "from" nor "by", a bare low end and a
# marked high end at most three times it are the range of the move ("rose 0.50 to 1.00 dlr": up by
# half a dollar to a dollar), as the wire's market reports write them
MOVE_RANGES = [
    ("Slaughter cattle rose 0.50 to 1.00\ndlr in active trade.", "0.50 to 1.00\ndlr", "0.50", "1.00"),
    ("Other contracts gained 1.70 to 2.30 dlrs.", "1.70 to 2.30 dlrs", "1.70", "2.30"),
    ("Silver futures soared 15 to 18 cents on the opening.", "15 to 18 cents", "0.15", "0.18"),
    ("The firm expects to lose 30 to 50 mln dlrs this year.", "30 to 50 mln dlrs", "30000000", "50000000"),
    # both ends in words, as alike as in digits
    ("Rents should climb only three to four dlrs a month each year.", "three to four dlrs", "3", "4"),
    ("Wheat bids jumped six to nine cents on the news.", "six to nine cents", "0.06", "0.09"),
    ("The agency may lose two to three billion dlrs next year.", "two to three billion dlrs", "2000000000", "3000000000"),
]


@pytest.mark.parametrize(("text", "span", "low", "high"), MOVE_RANGES)
def test_a_move_between_two_close_figures_is_a_range(text: str, span: str, low: str, high: str) -> None:
    (m,) = moneyparse.extract(text)
    assert (m.text, str(m.amount), str(m.high)) == (span, low, high)


@pytest.mark.parametrize(("text", "span"), [
    ("Mitsubishi Metal rose 95 to 745 yen.", "745 yen"),  # a move and the level reached: far apart
    ("Sales rose by 5.5 to 10.5 dlrs.", "10.5 dlrs"),  # by how much, then the level
    ("Toyota shares rose 140 to 485 yen.", "485 yen"),
    ("Ferrox fell two to seven dlrs.", "seven dlrs"),  # words, but more than three times apart
    ("Ferrox fell two to 3.50 dlrs.", "3.50 dlrs"),  # a move in words, its level in digits
    ("Ferrox rose one to forty-five dlrs.", "forty-five dlrs"),
])
def test_a_move_and_its_level_stay_apart(text: str, span: str) -> None:
    assert [m.text for m in moneyparse.extract(text)] == [span]


@pytest.mark.parametrize(("text", "span", "low", "high"), [
    ("a business worth two billion to five billion dlrs a year", "two billion to five billion dlrs", "2000000000", "5000000000"),
    ("an acquisition of from two million to eight million dollars", "two million to eight million dollars", "2000000", "8000000"),
    ("The machines also carry price tags of between one mln\nto 20 mln dlrs each", "one mln\nto 20 mln dlrs", "1000000", "20000000"),
])
def test_a_low_end_in_words_with_its_own_scale(text: str, span: str, low: str, high: str) -> None:
    # the high end alone ("five billion dlrs") would be a wrong value
    (m,) = moneyparse.extract(text)
    assert (m.text, str(m.amount), str(m.high)) == (span, low, high)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # a dash set off on one side only is a sentence's dash, not a range's
        ("The sale brought US$20.5 million\u2014 US$23 million with fees.", ["US$20.5 million", "US$23 million"]),
        ("Tickets cost $5 \u2014$6 with a drink.", ["$5", "$6"]),
        # a rate quoted per unit of a currency is no range from one
        ("Exchange rate: c\u00f3rdobas per US$1 \u2013 17.582 (1993)", ["US$1"]),
    ],
)
def test_no_range_across_a_sentence_s_dash_or_a_rate(text: str, spans: list[str]) -> None:
    assert [m.text for m in moneyparse.extract(text)] == spans


@pytest.mark.parametrize("text", ["prices of $5 \u2014 $6", "between $5\u2014$6 billion", "a range of $5\u2013$6"])
def test_a_dash_spaced_alike_on_both_sides_is_a_range(text: str) -> None:
    assert [m.high is not None for m in moneyparse.extract(text)] == [True]


# A sentence's dash, two hyphens typed for it or the em dash, then an amount that a comparison
# follows: a level, then a difference, two amounts; the en dash and one hyphen stay a range's, and
# so does a low end that borrows the high end's scale.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plan cuts the grants to $4.1 million--$220 million less than this year.",
         [("$4.1 million", D("4100000"), None), ("$220 million", D("220000000"), None)]),
        ("Aid fell to $1 billion -- $3 billion below the target.",
         [("$1 billion", D("1000000000"), None), ("$3 billion", D("3000000000"), None)]),
        ("The grant shrank to $1.5 million\u2014$4 million less than the board asked for.",
         [("$1.5 million", D("1500000"), None), ("$4 million", D("4000000"), None)]),
        # keeps
        ("Fares run $5--$8 per trip.", [("$5--$8", D("5"), D("8"))]),
        ("Fees of $5 million--$10 million a year.", [("$5 million--$10 million", D("5000000"), D("10000000"))]),
        ("Repairs came in $2--$3 million less than planned.", [("$2--$3 million", D("2000000"), D("3000000"))]),
        ("Repairs came in $2 million-$3 million less than planned.",
         [("$2 million-$3 million", D("2000000"), D("3000000"))]),
    ],
)
def test_a_sentence_s_dash_before_a_difference_is_no_range(text: str, expected: list[tuple[str, Decimal, Decimal | None]]) -> None:
    assert [(m.text, m.amount, m.high) for m in moneyparse.extract(text)] == expected


# Two figures a slash parts, a word of money after the second: the low and the high end of one
# price or change (or a bid and an offer).  Three or more are a series; a pair whose second is
# the lower, or written in other decimals, is left as it was read.
SLASH_PAIRS = [
    ("Lean hogs were off 3.00/5.50 dlrs on the day.", [("3.00/5.50 dlrs", D("3.00"), D("5.50"), "USD")]),
    ("Feeder cattle rose 0.25/0.75 dlr in light trade.", [("0.25/0.75 dlr", D("0.25"), D("0.75"), "USD")]),
    ("The metal was quoted at 391.20/391.70 dlrs an ounce.", [("391.20/391.70 dlrs", D("391.20"), D("391.70"), "USD")]),
    ("Rebates were seen near 41.10/41.25 Ecus a tonne.", [("41.10/41.25 Ecus", D("41.10"), D("41.25"), "XEU")]),
    # keeps: the second the lower, three figures, other decimals
    ("Spot was 2.40/1.80 dlrs over futures.", [("2.40", D("2.40"), None, "USD"), ("1.80 dlrs", D("1.80"), None, "USD")]),
    ("Grades fetched 1.10/1.30/1.60 dlrs.",
     [("1.10", D("1.10"), None, "USD"), ("1.30", D("1.30"), None, "USD"), ("1.60 dlrs", D("1.60"), None, "USD")]),
    ("Bids were 1.5/1.75 dlrs over futures.", [("1.5", D("1.5"), None, "USD"), ("1.75 dlrs", D("1.75"), None, "USD")]),
    # whole figures of three digits or more and as many, the lower first: a bid and an offer
    ("Copper held a range around 1,480/1,520 stg a tonne.", [("1,480/1,520 stg", D("1480"), D("1520"), "GBP")]),
    ("Palladium was quoted at 318/322 dlrs an ounce.", [("318/322 dlrs", D("318"), D("322"), "USD")]),
    ("Silver closed at 391/394 pence an ounce.", [("391/394 pence", D("3.91"), D("3.94"), "GBP")]),
    ("Bullion in Zurich fetched 1,905/1,930\nfrancs per 100 grammes.", [("1,905/1,930\nfrancs", D("1905"), D("1930"), "CHF")]),
]


# Whole figures a slash parts that are no bid and offer give nothing: a fraction or a date (fewer
# than three digits), a span of years, a pair whose second is the lower or has more digits, three
# figures, a scale word, a figure glued to a dash or a point before.
@pytest.mark.parametrize("text", [
    "Soybeans firmed 3/4 cts a bushel.",
    "The stock rose 15/16 dlrs to close at 44.",
    "The warrants sell at 20/50 dlrs each.",
    "Output in 1986/1987 dlrs was steady.",
    "Prices slid towards the 1,300/1,250 stg area.",
    "Offers ranged 980/1,020 dlrs a tonne.",
    "Grades fetched 410/420/430 dlrs a tonne.",
    "The fund holds 150/200 mln dlrs of notes.",
    "Wheat was 3-1/2/305 dlrs a tonne.",
])
def test_whole_figures_a_slash_parts_that_are_no_bid_and_offer_give_nothing(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(("text", "expected"), SLASH_PAIRS)
def test_two_figures_a_slash_parts_are_one_range(text: str, expected: list[tuple[str, Decimal, Decimal | None, str]]) -> None:
    assert read(text) == expected


# "between" (or "a range of") and "and" join a marked low end and a bare high end as "to" does:
# the high end takes the low end's marker, and the scale written on either end is shared.
BETWEEN_BARE_HIGHS = [
    ("The refit will cost between $2 and 5 million.", "$2 and 5 million", "2000000", "5000000", "USD"),
    ("The refit will cost between $2 million and 5 million.", "$2 million and 5 million", "2000000", "5000000", "USD"),
    ("Generic tablets sell for between US$0.03 and 0.08 per tablet.", "US$0.03 and 0.08", "0.03", "0.08", "USD"),
    ("Hostel beds go for between €12 and 18 a night.", "€12 and 18", "12", "18", "EUR"),
    ("Lunch costs between £7 and 9, drinks included.", "£7 and 9", "7", "9", "GBP"),
    ("Its stake was valued in a range of $3 and 4 billion.", "$3 and 4 billion", "3000000000", "4000000000", "USD"),
    ("Permits cost between HK$400 and 650 each.", "HK$400 and 650", "400", "650", "HKD"),
    ("Used copies fetch between $1,500 and 2000.", "$1,500 and 2000", "1500", "2000", "USD"),
]


@pytest.mark.parametrize(("text", "span", "low", "high", "code"), BETWEEN_BARE_HIGHS)
def test_between_a_marked_amount_and_a_bare_number_is_a_range(text: str, span: str, low: str, high: str, code: str) -> None:
    assert read(text) == [(span, D(low), D(high), code)]


# The number after "and" that counts another thing, a percentage or a year far above the low end
# is no high end of money: "between" names two things apart, or ends of two kinds, and the amount
# stands alone, as written.  "and" with no "between" before it joins no range.
@pytest.mark.parametrize(("text", "span"), [
    ("Winners choose between $100 and 5 shares of the club.", "$100"),
    ("The fee is between $5 and 10 percent of the fare.", "$5"),
    ("The fee is between $5 and 10% of the fare.", "$5"),
    ("Stakes ranged between $20 and 30 times the entry.", "$20"),
    ("It compares prices between $2 and 2010 levels.", "$2"),
    ("The gap between $2 and 2015 was large.", "$2"),
    ("It paid $5 and 6 others paid too.", "$5"),
])
def test_a_number_after_and_that_is_no_money_leaves_the_amount_alone(text: str, span: str) -> None:
    found = read(text)
    assert [(m_text, high) for m_text, _amount, high, _code in found] == [(span, None)]


@pytest.mark.parametrize(("text", "span"), [
    ("The fund sent about $12 million to 40 school districts last year.", "$12 million"),
    ("She gave $5 to 10 charities of her town.", "$5"),
])
def test_a_count_after_to_leaves_the_amount_alone(text: str, span: str) -> None:
    # "to" names who is given the money: the number after it counts them, no high end
    found = read(text)
    assert [(m_text, high) for m_text, _amount, high, _code in found] == [(span, None)]


@pytest.mark.parametrize(("text", "low", "high"), [
    ("It needs a $60 to 90 million yearly budget.", "60000000", "90000000"),
    ("Dorm beds from €18 to 24\n$150-$200 for a suite", "18", "24"),
    ("Guided tours cost $15 to 20 per person.", "15", "20"),
])
def test_a_bare_high_end_after_to_stays_a_range(text: str, low: str, high: str) -> None:
    first = read(text)[0]
    assert (first[1], first[2]) == (Decimal(low), Decimal(high))


@pytest.mark.parametrize(("text", "span", "low", "high"), [
    ("Analysts see the shares trading at 7.25 dlr to 8.75 dlrs by June.", "7.25 dlr to 8.75 dlrs", "7.25", "8.75"),
    ("Each ticket should cost one dollar to two dollars, the club said.", "one dollar to two dollars", "1", "2"),
    ("The board put the bid between nine dlr and 10 dlrs a share.", "nine dlr and 10 dlrs", "9", "10"),
])
def test_a_singular_low_end_and_a_plural_high_end_are_one_range(text: str, span: str, low: str, high: str) -> None:
    # one word of money, singular after the low end and plural after the high end: one marker
    assert read(text) == [(span, D(low), D(high), "USD")]


@pytest.mark.parametrize(("text", "span", "low", "high"), [
    ("It sees a profit of 17 cts to 19 cents a share this year.", "17 cts to 19 cents", "0.17", "0.19"),
    ("The wire quoted the crop between 55 cents and 60 cnts a lb.", "55 cents and 60 cnts", "0.55", "0.60"),
    ("A seat costs 5 dlrs to 6 dollars at the door.", "5 dlrs to 6 dollars", "5", "6"),
])
def test_two_words_of_one_money_are_one_range(text: str, span: str, low: str, high: str) -> None:
    # the wire writes a money's word short at one end and long at the other, or with a slip
    assert read(text) == [(span, D(low), D(high), "USD")]


@pytest.mark.parametrize(("text", "span", "low", "high"), [
    ("Prices could fall another 10 cents to 15 cents a pound, analysts said.", "10 cents to 15 cents", "0.10", "0.15"),
    ("The plan will lower energy bills by $200 to $250 per year.", "$200 to $250", "200", "250"),
    ("Profits are expected to rise by 2 mln dlrs to 3 mln dlrs.", "2 mln dlrs to 3 mln dlrs", "2000000", "3000000"),
])
def test_a_forecast_move_given_as_two_near_figures_is_a_range(text: str, span: str, low: str, high: str) -> None:
    # a modal or a word of forecast before the verb: the size of the move, given as a spread
    assert read(text) == [(span, D(low), D(high), "USD")]


@pytest.mark.parametrize(("text", "spans"), [
    ("Shares could fall 2 dlrs to 45 dlrs.", ["2 dlrs", "45 dlrs"]),  # the level far from the move
    ("The fund grew by $2 million to $3 million last year.", ["$2 million", "$3 million"]),  # no forecast
    ("Fares will rise from $2.00 to $2.50 next year.", ["$2.00", "$2.50"]),  # from a level to a level
])
def test_a_move_and_its_level_stay_apart_forecast_or_not(text: str, spans: list[str]) -> None:
    assert [m_text for m_text, _amount, _high, _code in read(text)] == spans


@pytest.mark.parametrize(("text", "spans"), [
    ("The mill is raising its zinc price by 0.25 cts to 41.50 cents a lb.", ["0.25 cts", "41.50 cents"]),
    ("The payout went up 1.00 dlr to 14.00 dollars a share.", ["1.00 dlr", "14.00 dollars"]),
    ("The price of 5 dollars went to 6 Canadian dollars.", ["5 dollars", "6 Canadian dollars"]),
])
def test_two_words_of_a_move_and_its_level_or_of_two_moneys_stay_apart(text: str, spans: list[str]) -> None:
    assert [m_text for m_text, _amount, _high, _code in read(text)] == spans


@pytest.mark.parametrize(("text", "spans"), [
    ("The mill is raising its zinc price by 0.25 cent to 41.50 cents a lb.", ["0.25 cent", "41.50 cents"]),
    ("The payout went up 1.00 dlr to 14.00 dlrs a share.", ["1.00 dlr", "14.00 dlrs"]),
])
def test_a_singular_move_and_a_plural_level_stay_two_amounts(text: str, spans: list[str]) -> None:
    assert [m_text for m_text, _amount, _high, _code in read(text)] == spans


@pytest.mark.parametrize(("text", "span", "low", "high", "qualifier"), [
    ("The fix may cost $2 to three million.", "$2 to three million", "2000000", "3000000", None),
    ("The fix may cost $2 or three million.", "$2 or three million", "2000000", "3000000", "approx"),
    ("Bids ran at £20-twenty-five billion.", "£20-twenty-five billion", "20000000000", "25000000000", None),
    ("The club wants €4 to six million for him.", "€4 to six million", "4000000", "6000000", None),
])
def test_a_spelled_high_end_scales_its_marked_low_end(text: str, span: str, low: str, high: str, qualifier: str | None) -> None:
    # "$2" alone would be a value a million times too small
    (m,) = moneyparse.extract(text)
    assert (m.text, m.amount, m.high, m.qualifier) == (span, D(low), D(high), qualifier)


@pytest.mark.parametrize(("text", "expected"), [
    ("The state gave $100 to two million families.", [("$100", D(100), None)]),
    ("The state gave $5 to 10 million families.", [("$5", D(5), None)]),
    ("It sold them at $2 to 3 million customers.", [("$2", D(2), None)]),
    ("The fix may cost $5 or three million.", []),
    ("The fix may cost $2 to 3 million dollars.", [("$2 to 3 million dollars", D(2000000), D(3000000))]),
    ("It needs $80 to 120 million annual funding.", [("$80 to 120 million", D(80000000), D(120000000))]),
])
def test_a_high_end_that_counts_those_given_the_money_leaves_the_low_end(
    text: str, expected: list[tuple[str, Decimal, Decimal | None]]
) -> None:
    # "to" names who is given the money ($100 each); after "or", a higher count first is no spread: nothing
    assert [(m.text, m.amount, m.high) for m in moneyparse.extract(text)] == expected


# Two marked ends, the second the lower, after "between" or a word of ranging and "from": a range
# written backwards, read from the lower end to the higher; the first end alone would be a wrong value.
BACKWARDS = [
    ("The fund will hand out 40 awards of between $3.5 million to $250,000 each.",
     [("$3.5 million to $250,000", "250000", "3500000")]),
    ("Rents vary between £900 and £650 a month.", [("£900 and £650", "650", "900")]),
    ("Bursaries ranging from €8,000 to €1,500 are on offer.", [("€8,000 to €1,500", "1500", "8000")]),
    # keeps: a change from the higher to the lower, and two currencies
    ("The grant was cut from $3.5 million to $250,000.", [("$3.5 million", "3500000", None), ("$250,000", "250000", None)]),
    ("It sits between £900 and €650 in cost.", [("£900", "900", None), ("€650", "650", None)]),
]


@pytest.mark.parametrize(("text", "expected"), BACKWARDS)
def test_a_range_written_backwards_is_read_low_to_high(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = [(m.text, m.amount, m.high) for m in moneyparse.extract(text)]
    assert found == [(t, D(low), None if high is None else D(high)) for t, low, high in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the spread of a futures report's months, its larger move first, a word of the move after
        ("Cattle futures ended 2.40 to 0.15 cent per lb lower.", [("2.40 to 0.15 cent", "0.0015", "0.0240")]),
        ("Soybean oil closed 4.20 to 0.30 dlrs higher.", [("4.20 to 0.30 dlrs", "0.30", "4.20")]),
        # no word of a move after them: the first is no end of a range, and none is read
        ("Shares fell 25 to 2.05 dlrs.", [("2.05 dlrs", "2.05", None)]),
        # a stock's move in cents, spelled, after its name, and the level it reached
        (
            "Wing On lost 30 cents to 12.10 dlrs, Sun Hing four to 6.45 dlrs.",
            [("30 cents", "0.30", None), ("12.10 dlrs", "12.10", None), ("6.45 dlrs", "6.45", None)],
        ),
        # no name before the spelled end: a range of prices
        ("Tickets cost five to 8.50 dlrs.", [("five to 8.50 dlrs", "5", "8.50")]),
    ],
)
def test_a_move_spread_and_a_spelled_move_before_a_level(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(t, str(a), None if h is None else str(h)) for t, a, h, _ in read(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Spanish and Portuguese "a" between two ends that each write their sign after the number
        ("Vales de compra de 25€ a 200€.", [("25€ a 200€", "25", "200")]),
        ("Entradas de 12 EUR a 40 EUR por persona.", [("12 EUR a 40 EUR", "12", "40")]),
        # a sign before the number is English's: "a" is the article; and no range runs backwards
        ("He placed $5 a $50 bet.", [("$5", "5", None), ("$50", "50", None)]),
        ("De 200€ a 25€ en un año.", [("200€", "200", None), ("25€", "25", None)]),
        ("Cuesta 25€ a la semana.", [("25€", "25", None)]),
    ],
)
def test_romance_a_joins_two_ends_signed_after(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(t, str(a), None if h is None else str(h)) for t, a, h, _ in read(text)] == expected


_TABLE = (
    "Advances of the county bank on bills\n"
    "            increased from       12,400,000 L to 15,700,000 L\n"
    "   1879 ditto     ditto           11,950,000 L to 19,020,000 L\n"
    "   1884 ditto     ditto           10,300,000 L to 21,480,000 L\n"
)


def test_a_ditto_row_under_a_change_is_a_change() -> None:
    # "ditto ditto" repeats "increased from" of the row above: each row is two amounts
    assert [m.text for m in moneyparse.extract(_TABLE)] == [
        "12,400,000 L", "15,700,000 L", "11,950,000 L", "19,020,000 L", "10,300,000 L", "21,480,000 L"]
    assert all(m.high is None for m in moneyparse.extract(_TABLE))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the row above is a span, not a change: the ditto row is a range too
        ("Rents of the rooms ranged from $20 to $40 in 1900.\n  1901  ditto   $25 to $45\n", "$25 to $45"),
        # words between "ditto" and the amount: no row of a table
        ("The rent rose from $20 to $40, the ditto charge for rooms being $25 to $45.", "$25 to $45"),
    ],
)
def test_a_ditto_row_under_a_span_stays_a_range(text: str, span: str) -> None:
    assert span in [m.text for m in moneyparse.extract(text)]
