"""Ranges of a price list: a low end with a label in brackets ("€40 (single)-€65 (double)"), a high
end with no marker on a line of its own below a label that reads like a verb of change ("Doubles
around €95"), a bare high end that is a percentage ("$5 to 7 pct"), which is no range, ranges
joined by a tilde ("₩20,000~50,000"), and the short lines of a list that begin with days ("M-F")
(sentences written for the test)."""

from __future__ import annotations

from decimal import Decimal

import pytest

import moneyparse
from mention_rows import readings as read

D = Decimal


# The label in brackets after the low end stays inside the range, the high end's outside it.
LABELLED = [
    ("Beds cost ₩18,000 (bunk)-₩55,000 (suite).", [("₩18,000 (bunk)-₩55,000", D(18000), D(55000), "KRW")]),
    ("Cabins €40 (single) – €65 (double) a night", [("€40 (single) – €65", D(40), D(65), "EUR")]),
    ("Tours: $25 (half day) - $45 (full day)", [("$25 (half day) - $45", D(25), D(45), "USD")]),
    # keeps: the high end under the low one is two prices
    ("Tickets €30 (adult) - €15 (child)", [("€30", D(30), None, "EUR"), ("€15", D(15), None, "EUR")]),
    # keeps: a bracket that names money, or holds a figure, is no label
    ("It sold for $5 (USD)-$6 in the end", [("$5 (USD)", D(5), None, "USD"), ("$6", D(6), None, "USD")]),
    ("Lunch £12 (about €14)-£15", [("£12", D(12), None, "GBP"), ("€14", D(14), None, "EUR"), ("£15", D(15), None, "GBP")]),
]


@pytest.mark.parametrize(("text", "expected"), LABELLED)
def test_a_labelled_low_end_opens_a_range(text: str, expected: list[tuple[str, Decimal, Decimal | None, str]]) -> None:
    assert read(text) == expected


# A line of a price list that ends in a figure ends its clause: the capital that opens the next
# line is a new item, and a word of change on the line above governs nothing below it.
PRICE_LINES = [
    ("Doubles around €95\nCabins from €48 to 160\nUnder €25",
     [("€95", D(95), None, "EUR"), ("€48 to 160", D(48), D(160), "EUR"), ("€25", D(25), None, "EUR")]),
    ("Triples €120\nSuites from $210 to 390",
     [("€120", D(120), None, "EUR"), ("$210 to 390", D(210), D(390), "USD")]),
    # keeps: a change in its own line, or a wrapped sentence that goes on in lower case
    ("Prices rose from €48 to €52", [("€48", D(48), None, "EUR"), ("€52", D(52), None, "EUR")]),
    ("Fares doubled in 2019\nfrom $4 to $8", [("$4", D(4), None, "USD"), ("$8", D(8), None, "USD")]),
]


@pytest.mark.parametrize(("text", "expected"), PRICE_LINES)
def test_a_price_line_ends_its_clause(text: str, expected: list[tuple[str, Decimal, Decimal | None, str]]) -> None:
    assert read(text) == expected


# A bare high end followed by a percentage is no money: the low end stands alone.
PERCENT_HIGH = [
    ("Commissions run from $5 to 7 pct of the fare.", [("$5", D(5), None, "USD")]),
    ("Tips run €2 to 10% of the bill.", [("€2", D(2), None, "EUR")]),
    ("Fees range from £3 to 4 per cent a year.", [("£3", D(3), None, "GBP")]),
    # keeps: a bare high end of money
    ("Rooms cost from €55 to 90 a night.", [("€55 to 90", D(55), D(90), "EUR")]),
    # keeps: a change to a bare figure of millions stays the low end alone (the engine is unsure)
    ("Turnover grew from €48 to 160 million.", [("€48", D(48), None, "EUR")]),
]


@pytest.mark.parametrize(("text", "expected"), PERCENT_HIGH)
def test_a_percentage_is_no_high_end(text: str, expected: list[tuple[str, Decimal, Decimal | None, str]]) -> None:
    assert read(text) == expected


# A tilde joins the two ends of a range as a dash does, spaced or not, in ASCII, fullwidth (～)
# or as the wave dash (〜), with the sign on both ends, on the low end only or a name after.
TILDES = [
    ("Dinner for two ₩35,000~80,000 with drinks", [("₩35,000~80,000", D(35000), D(80000), "KRW")]),
    ("Day passes $12~$18 at the gate", [("$12~$18", D(12), D(18), "USD")]),
    ("Bike hire €6~9 an hour", [("€6~9", D(6), D(9), "EUR")]),
    ("Taxis into town 15,000~30,000원 at night", [("15,000~30,000원", D(15000), D(30000), "KRW")]),
    ("Dinner for two ₩35,000 ~ 80,000 with drinks", [("₩35,000 ~ 80,000", D(35000), D(80000), "KRW")]),
    ("Day passes $12 ~ $18 at the gate", [("$12 ~ $18", D(12), D(18), "USD")]),
    ("Bike hire €6 ～ 9 an hour", [("€6 ～ 9", D(6), D(9), "EUR")]),
    ("Dinner for two ₩35,000～80,000 with drinks", [("₩35,000～80,000", D(35000), D(80000), "KRW")]),
    ("Dinner for two ₩35,000〜80,000 with drinks", [("₩35,000〜80,000", D(35000), D(80000), "KRW")]),
    ("Taxis into town 15,000〜30,000원 at night", [("15,000〜30,000원", D(15000), D(30000), "KRW")]),
    ("Ferries cost $3~4.50 each way", [("$3~4.50", D(3), D("4.50"), "USD")]),
    ("A refit of $2~3bn was planned", [("$2~3bn", D(2000000000), D(3000000000), "USD")]),
    # keeps: a tilde before an amount is a hedge of that amount
    ("Guides charge ~€40 a day", [("€40", D(40), None, "EUR")]),
    # keeps: a letter glued after the tilde makes it a separator of fields
    ("€12~twelve euros", [("€12", D(12), None, "EUR"), ("twelve euros", D(12), None, "EUR")]),
]


@pytest.mark.parametrize(("text", "expected"), TILDES)
def test_a_tilde_joins_a_range(text: str, expected: list[tuple[str, Decimal, Decimal | None, str]]) -> None:
    assert read(text) == expected


# An amount that a tilde follows with no high end after it, the line ending or a word after it,
# is a shop's "from": the lowest price, at_least.  Glued to the amount, the tilde may also stand
# before a count ("957개 구매", 957 bought), which is no high end.
TILDE_FROM = [
    ("Set menus ₩25,000~", "₩25,000", D(25000), "KRW"),
    ("Set menus ₩25,000~ per head", "₩25,000", D(25000), "KRW"),
    ("Dorms from 2,000円〜 a night", "2,000円", D(2000), "JPY"),
    ("Day spa 8,000円～\nParking free", "8,000円", D(8000), "JPY"),
    ("Noodle sets 6,500원~ (lunch only)", "6,500원", D(6500), "KRW"),
    ("Phone cases 3,300원~ 412개 판매", "3,300원", D(3300), "KRW"),
]


@pytest.mark.parametrize(("text", "span", "amount", "code"), TILDE_FROM)
def test_a_tilde_with_no_high_end_is_from(text: str, span: str, amount: Decimal, code: str) -> None:
    (m,) = moneyparse.extract(text)
    assert (m.text, m.amount, m.high, m.currency, m.qualifier) == (span, amount, None, code, moneyparse.Qualifier.AT_LEAST)


# A tilde glued to a price, then a blank and a price of the same money written in the other
# style (grouped by commas where the first is not, or the other way round): two fields of a
# shop's page, the price from and the regular price, never the ends of one range, which are
# written alike; the tilde is the first one's "from" and no "about" of the second.
PRICE_FROM_THEN_PRICE = [
    ("Lunch sets 12,500원~ 18000원", [("12,500원", D(12500), "at_least"), ("18000원", D(18000), None)]),
    ("Day spa 8,000円~ 11000円\n", [("8,000円", D(8000), "at_least"), ("11000円", D(11000), None)]),
    ("Noodle sets 6500원~ 9,000원", [("6500원", D(6500), "at_least"), ("9,000원", D(9000), None)]),
    # a tilde glued to the price above ends it: the next line's price is no "about"
    ("Noodle sets 6,500원~\n9,000원", [("6,500원", D(6500), "at_least"), ("9,000원", D(9000), None)]),
]


@pytest.mark.parametrize(("text", "expected"), PRICE_FROM_THEN_PRICE)
def test_a_price_from_then_a_price_written_otherwise(text: str, expected: list[tuple[str, Decimal, str | None]]) -> None:
    found = moneyparse.extract(text)
    assert [(m.text, m.amount, None if m.qualifier is None else str(m.qualifier)) for m in found] == expected
    assert all(m.high is None for m in found)


# A figure or a sign of money after the tilde that is no high end leaves the tilde a range whose
# other end is not read: nothing, rather than the low end as if exact.
TILDE_ALONE = [
    "Tours $30~ 25 at the gate",  # a figure after a blank, under the low end, no count
    "Rates $40~€35 at the desk",  # two currencies: no range, and neither end alone
    "Tips $5 ~ 10% of the fare",  # a percentage is no high end
    "Rooms €90~60 in winter",  # a high end under the low one
    "Rooms €90 ~€60 in winter",
    # two prices of the same money written alike, or of two moneys: a range or two fields, unsure
    "Lunch sets 12,500원~ 18,000원",
    "Lunch sets 12500원~ 18000원",
    "Lunch sets 12,500원~ 18000円",
]


@pytest.mark.parametrize("text", TILDE_ALONE)
def test_a_tilde_with_no_high_end_gives_nothing(text: str) -> None:
    assert read(text) == []


# A short line of a list that begins with a scale word of one or two letters joined by a hyphen,
# a dash or a slash to letters begins with days or the like ("M-F"), no scale: the amount on the
# line above stands.  A scale word alone on the next line still leaves the amount in doubt.  After
# an amount on the same line, "M" or "T" that begins days is no scale either.
NEXT_LINE_ABBREVIATIONS = [
    ("Museum\n$14+\n€9\nM-F ₩8,000", [("$14", D(14), None, "USD"), ("€9", D(9), None, "EUR"), ("₩8,000", D(8000), None, "KRW")]),
    ("Pool pass\n€9\nT/Th only", [("€9", D(9), None, "EUR")]),
    ("Pool pass\n€9\nM–Sa 9-5", [("€9", D(9), None, "EUR")]),
    # on one line, or on a wrapped line read as one, the letter is the first day too: never 30 million
    ("Family pass €30 M-F, €40 Sa-Su", [("€30", D(30), None, "EUR"), ("€40", D(40), None, "EUR")]),
    ("The family pass for the pool and the sauna costs €30\nM-F only", [("€30", D(30), None, "EUR")]),
    ("Lessons $45 T/Th at noon", [("$45", D(45), None, "USD")]),
    # keeps: a scale letter before a dash and an amount, or a word
    ("It raised $5M-$6M in May", [("$5M-$6M", D(5000000), D(6000000), "USD")]),
    ("Grant\n$9\nM", []),
    ("Grant\n$9\nmillion", []),
]


@pytest.mark.parametrize(("text", "expected"), NEXT_LINE_ABBREVIATIONS)
def test_days_on_the_next_line_are_no_scale(text: str, expected: list[tuple[str, Decimal, Decimal | None, str]]) -> None:
    assert read(text) == expected


def test_a_plus_at_the_end_of_a_line_is_at_least_and_no_sum() -> None:
    first, second = moneyparse.extract("Entry\n$14+\n€9\nM-F only")
    assert (first.text, first.amount, str(first.qualifier)) == ("$14", D(14), "at_least")
    assert (second.text, second.amount, second.qualifier) == ("€9", D(9), None)
