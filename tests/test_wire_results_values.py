"""Values of wire copy: a range written with its high end first, the bare figures that a results
table, a possessive of a time or a change's "up to" leave without their money, a share's par value
("per 20-crown share") and Iceland's crowns (sentences written for the test)."""

from __future__ import annotations

import pytest

from mention_rows import rows

# Each text, and the (text, amount, high, currency) of every mention it must give.
READ = [
    # a range with its high end first: the ends sorted, never one end alone
    ("Soybean futures showed gains of 0.65 to 0.40 cent at the open.",
     [("0.65 to 0.40 cent", "0.0040", "0.0065", "USD")]),
    ("Wheat futures closed 0.70 to 0.30 stg per tonne higher.", [("0.70 to 0.30 stg", "0.30", "0.70", "GBP")]),
    ("Cocoa traded between 1,450 and 1,430 stg a tonne.", [("1,450 and 1,430 stg", "1430", "1450", "GBP")]),
    ("Coffee futures held gains of 14 to\nsix stg per tonne.", [("14 to\nsix stg", "6", "14", "GBP")]),
    # a table row read as one line, the next row's label of three words
    ("Pretax profit 72.5 mln stg vs 61.8 mln\n    Net after tax 50.1 mln vs 44.0 mln\n",
     [("72.5 mln stg", "72500000", None, "GBP"), ("61.8 mln", "61800000", None, "GBP")]),
    # "of which" after the bare figure is no unit of it; the part after it is of the row's one money
    ("Net profit 212.4 mln francs vs 198.6 mln of which minorities 3.1 mln\n",
     [("212.4 mln francs", "212400000", None, "CHF"), ("198.6 mln", "198600000", None, "CHF"), ("3.1 mln", "3100000", None, "CHF")]),
    # a time's possessive before the bare figure, the name of a sum of money after it
    ("Group profit reached 650 mln francs, up 12 pct on 1985's\n580 mln profit.",
     [("650 mln francs", "650000000", None, "CHF"), ("580 mln", "580000000", None, "CHF")]),
    ("The deficit was 310 mln stg, well under March's 412 mln deficit.",
     [("310 mln stg", "310000000", None, "GBP"), ("412 mln", "412000000", None, "GBP")]),
    # a change "from Y up to X"
    ("The cash price rose from 912.50 up to 918 stg before the close.",
     [("912.50", "912.50", None, "GBP"), ("918 stg", "918", None, "GBP")]),
    # a range that a change reached from a level
    ("Profit should rise to between 1.8\nbillion and 1.9 billion francs from 1.41 billion in 1986.",
     [("1.8\nbillion and 1.9 billion francs", "1800000000", "1900000000", "CHF"),
      ("1.41 billion", "1410000000", None, "CHF")]),
    # a share's par value: a number, a hyphen, a singular name, then "share"
    ("The Danish brewer said earnings per 50-crown share rose to 31.20 crowns.",
     [("50-crown", "50", None, "DKK"), ("31.20 crowns", "31.20", None, "DKK")]),
    ("The German bank offered 50-mark shares at 240 marks each.",
     [("50-mark", "50", None, "DEM"), ("240 marks", "240", None, "DEM")]),
    # Iceland's crowns
    ("The Icelandic fishing fund lost 420 mln crowns last year.", [("420 mln crowns", "420000000", None, "ISK")]),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_wire_values(text: str, expected: list[tuple[str, str, str | None, str]]) -> None:
    assert [(t, a, h, c) for t, a, h, c, _ in rows(text)] == expected


# Near misses: each gives the texts listed, never a range nor a bare figure with the money.
NOT_READ = [
    # a rate, a name, a season, a fraction and a year before "to" are no high end
    ("The dollar was pegged at 7.80 to one U.S. dollar.", ["one U.S. dollar"]),
    ("Credit under GSM-102 to 90.0 mln dlrs was approved.", ["90.0 mln dlrs"]),
    ("It grows from 15 mln stg in 1989/90 to 40 mln stg later.", ["15 mln stg", "40 mln stg"]),
    ("Corn closed up 1-3/4 to three cents per bushel.", ["three cents"]),
    ("The plan ran from 1987 to 5 dlrs a share.", ["5 dlrs"]),
    # ends too far apart to be one range, or a dash (a score, a date)
    ("Shares rose 50 to 3 dlrs.", ["3 dlrs"]),
    ("They won 12-10 dlrs.", ["10 dlrs"]),
    # a capital word and a joining word after the bare figure: a unit of it, not the next row
    ("The deal, worth 34 mln dlrs, issued 5.75\nmln Acme shares and 2.10 mln Acme options.", ["34 mln dlrs"]),
    ("It lent 300 mln dlrs to pay its remaining 165 mln SDR arrears for 1986.", ["300 mln dlrs"]),
    # a possessive before a count
    ("Sales were 100 mln dlrs, above 1985's 90 mln tonnes.", ["100 mln dlrs"]),
    # a par value is read only before a share
    ("A 100-crown note of Denmark was shown.", []),
    ("The Danish firm said 20-crown shareholders gained.", []),
]


@pytest.mark.parametrize(("text", "expected"), NOT_READ)
def test_wire_values_near_misses(text: str, expected: list[str]) -> None:
    assert [t for t, *_ in rows(text)] == expected
