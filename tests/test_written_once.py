"""Seven more forms of the money that wire copy writes once (moneyparse.written_once): a result's
word after the bare figure of a row ("vs 3.1 mln profit"), a level a verb tells after a comparison
("up 3.2 pct from the 78.9 mln booked in May"), a list of labelled results marked on some items
("deposits 10.2 billion" between two items in dollars), and the price of one thing of a second kind
("220 francs per bearer share and 38 per registered share"), and two lists of prices that
"respectively" pairs ("610 and 635 lire respectively, against 602 and 619"), two labelled prices of a
market report ("Barley top 41.25 and Oats at 38.75 dlrs"), a result row in two columns with no
"vs" ("Trading costs 4.12 billion stg 3.87 billion") and the low and the high of one quantity ("a
low of 1.7940 and a high of 1.8085 marks").  Sentences written for the test."""

from __future__ import annotations

import pytest

import moneyparse
from mention_rows import amounts

CASES = [
    # a result's word after the bare figure of a comparison in a result row
    ("    Net loss 5.2 mln stg vs 3.1 mln profit\n    Turnover 90.4 mln stg vs 88.0 mln\n",
     [("5.2 mln stg", "5200000", "GBP"), ("3.1 mln", "3100000", "GBP"),
      ("90.4 mln stg", "90400000", "GBP"), ("88.0 mln", "88000000", "GBP")]),
    ("    Extraordinary items 1.7 mln stg debit vs 0.8 mln credit\n",
     [("1.7 mln stg", "1700000", "GBP"), ("0.8 mln", "800000", "GBP")]),
    ("    Associates 2.2 mln guilders vs 0.6 mln loss\n REUTER\n",
     [("2.2 mln guilders", "2200000", "NLG"), ("0.6 mln", "600000", "NLG")]),
    ("Currency items gave a 4.5 mln dlr charge, versus 1.2 mln gain a year earlier.",
     [("4.5 mln dlr", "4500000", "USD"), ("1.2 mln", "1200000", "USD")]),
    # a level a verb tells after a comparison and "the"
    ("Sales were 81.4 mln dlrs, up 3.2 pct from the 78.9 mln booked in May and five pct higher\n"
     "than the 77.5 mln reported a year ago.",
     [("81.4 mln dlrs", "81400000", "USD"), ("78.9 mln", "78900000", "USD"), ("77.5 mln", "77500000", "USD")]),
    ("Reserves stood at 40.1 billion marks, well above the 38.2 billion held at the end of March.",
     [("40.1 billion marks", "40100000000", "DEM"), ("38.2 billion", "38200000000", "DEM")]),
    ("Spending will be 2.4 billion pesetas, more than the 2.1 billion paid last year.",
     [("2.4 billion pesetas", "2400000000", "ESP"), ("2.1 billion", "2100000000", "ESP")]),
    # a list of labelled results, the bare item between two items marked with the same word
    ("    Assets 12.4 billion dlrs, up 3.1 pct from a year earlier,\ndeposits 10.2 billion, up 2.2 pct, "
     "and loans 8.7 billion dlrs,\nup 5.0 pct.\n",
     [("12.4 billion dlrs", "12400000000", "USD"), ("10.2 billion", "10200000000", "USD"),
      ("8.7 billion dlrs", "8700000000", "USD")]),
    ("Total assets were 31.5 billion marks, down 1.2 pct, savings deposits 22.8 billion and equity 2.1 billion marks.",
     [("31.5 billion marks", "31500000000", "DEM"), ("22.8 billion", "22800000000", "DEM"),
      ("2.1 billion marks", "2100000000", "DEM")]),
    # the price of one thing of a second kind
    ("The offer values the bank at 220 francs per bearer share and 38 per registered share.",
     [("220 francs", "220", "CHF"), ("38", "38", "CHF")]),
    ("It bid 18.50 dlrs a common share and 9.25 a preferred share.",
     [("18.50 dlrs", "18.50", "USD"), ("9.25", "9.25", "USD")]),
    # two lists of prices that "respectively" pairs, the money written once
    ("The two shares closed at 610 and 635 lire respectively, against 602 and 619 on Friday.",
     [("610", "610", "ITL"), ("635 lire", "635", "ITL"), ("602", "602", "ITL"), ("619", "619", "ITL")]),
    ("Its A, B and C shares ended at 41.20, 43.10 and 44.00 guilders respectively, up from 40.80, 42.50 and 43.90.",
     [("41.20", "41.20", "NLG"), ("43.10", "43.10", "NLG"), ("44.00 guilders", "44.00", "NLG"),
      ("40.80", "40.80", "NLG"), ("42.50", "42.50", "NLG"), ("43.90", "43.90", "NLG")]),
    # two labelled prices of a market report, the money written on the second
    ("Trade was quiet at the yard. Barley top 41.25 and\nOats 38.75 dlrs a bushel.",
     [("41.25", "41.25", "USD"), ("38.75 dlrs", "38.75", "USD")]),
    ("Dealers said Lambs reached 59.50 and Ewes at 44.00 dlrs by noon.",
     [("59.50", "59.50", "USD"), ("44.00 dlrs", "44.00", "USD")]),
    # a result row in two columns, no "vs" between them
    ("    Trading costs 4.12 billion stg 3.87 billion\n    Pretax profit 310.5 mln stg vs 280.4 mln\n",
     [("4.12 billion stg", "4120000000", "GBP"), ("3.87 billion", "3870000000", "GBP"),
      ("310.5 mln stg", "310500000", "GBP"), ("280.4 mln", "280400000", "GBP")]),
    ("    Fee income 96.3 mln marks 90.7 mln.\n    Staff costs 120.0 mln marks vs 115.2 mln.\n",
     [("96.3 mln marks", "96300000", "DEM"), ("90.7 mln", "90700000", "DEM"),
      ("120.0 mln marks", "120000000", "DEM"), ("115.2 mln", "115200000", "DEM")]),
    # the low and the high of one quantity, the money written at the end: two amounts, no range
    ("The dollar swung widely in Frankfurt, touching a low of 1.8120 and a high of 1.8275 marks.",
     [("1.8120", "1.8120", "DEM"), ("1.8275 marks", "1.8275", "DEM")]),
    ("Spot crude hit a high of 19.40 and a low of 18.10 dlrs a barrel on Tuesday.",
     [("19.40", "19.40", "USD"), ("18.10 dlrs", "18.10", "USD")]),
    ("Tenders ranged from a low of 1.2 and a high of 1.5 billion dlrs.",
     [("1.2", "1200000000", "USD"), ("1.5 billion dlrs", "1500000000", "USD")]),
    ("Offers came in at a low of 800 mln, and a high of 1.1 billion stg.",
     [("800 mln", "800000000", "GBP"), ("1.1 billion stg", "1100000000", "GBP")]),
]

BARE = [
    # a count or a measure after the result's word, or a unit before it
    ("    Jobs cost 4.2 mln stg vs 3.1 mln loss of jobs\n", [("4.2 mln stg", "4200000", "GBP")]),
    ("    Net loss 5.2 mln stg vs 3.1 mln tonnes loss\n", [("5.2 mln stg", "5200000", "GBP")]),
    ("    Net profit 4.2 mln stg vs 3.1 mln shares\n", [("4.2 mln stg", "4200000", "GBP")]),
    ("    Net loss 5.2 mln stg vs 2.1 pct loss\n", [("5.2 mln stg", "5200000", "GBP")]),
    ("    Net loss 5.2 mln stg vs 3.1 mln profit-sharing units\n", [("5.2 mln stg", "5200000", "GBP")]),
    # the next row's label, on its line or read on the same one
    ("    Sales 9.42 billion crowns vs 8.80 billion\n    Profit per share 4.10 crowns vs 3.90\n",
     [("9.42 billion crowns", "9420000000", "SEK"), ("8.80 billion", "8800000000", "SEK"),
      ("4.10 crowns", "4.10", "SEK"), ("3.90", "3.90", "SEK")]),
    ("    Sales 9.42 billion crowns vs 8.80 billion Profit per share 4.10 crowns vs 3.90\n",
     [("9.42 billion crowns", "9420000000", "SEK"), ("8.80 billion", "8800000000", "SEK"),
      ("4.10 crowns", "4.10", "SEK"), ("3.90", "3.90", "SEK")]),
    # a level a verb tells: a unit after the number or the participle, no comparison, a percentage
    ("Sales were 81.4 mln dlrs, up 3.2 pct from the 78.9 mln tonnes shipped in May.", [("81.4 mln dlrs", "81400000", "USD")]),
    ("Sales were 81.4 mln dlrs, up 3.2 pct from the 2.6 mln sold shares of May.", [("81.4 mln dlrs", "81400000", "USD")]),
    ("Revenue was 81.4 mln dlrs and the 3.3 mln shipped in May went to Japan.", [("81.4 mln dlrs", "81400000", "USD")]),
    ("Sales were 81.4 mln dlrs, up from the 4.1 pct booked in May.", [("81.4 mln dlrs", "81400000", "USD")]),
    ("Output was worth 81.4 mln dlrs, more than the 70 mln barrels exported last year.", [("81.4 mln dlrs", "81400000", "USD")]),
    # a list whose next item is marked with another money, or a count between (one whose next item is not
    # marked states one money: tests/test_sentence_money.py)
    ("    Assets 12.4 billion dlrs, up 3.1 pct, deposits 10.2 billion, up 2.2 pct, and loans 8.7 billion yen.\n",
     [("12.4 billion dlrs", "12400000000", "USD"), ("8.7 billion yen", "8700000000", "JPY")]),
    ("    Sales 12.4 billion dlrs, up 3.1 pct, shares 10.2 billion, up 2.2 pct, and loans 8.7 billion dlrs.\n",
     [("12.4 billion dlrs", "12400000000", "USD"), ("8.7 billion dlrs", "8700000000", "USD")]),
    ("    Sales 12.4 billion dlrs, up 3.1 pct, output 10.2 billion barrels, up 2.2 pct, and loans 8.7 billion dlrs.\n",
     [("12.4 billion dlrs", "12400000000", "USD"), ("8.7 billion dlrs", "8700000000", "USD")]),
    # the price of one of a second kind: another noun, a year, other decimals, far from the first
    ("It paid 220 francs per bearer share and 38 per cent of the rest.", [("220 francs", "220", "CHF")]),
    ("It paid 220 francs per share and 1987 per share.", [("220 francs", "220", "CHF")]),
    ("It bid 18.50 dlrs a common share and 9 a preferred share.", [("18.50 dlrs", "18.50", "USD")]),
    ("It paid 220 francs per bearer share and 3 per registered share.", [("220 francs", "220", "CHF")]),
    ("It paid 220 francs per bearer share and 45 registered shares.", [("220 francs", "220", "CHF")]),
    # lists that "respectively" pairs: not as long, a unit, other decimals, a year after the first
    ("The two shares closed at 610 and 635 lire respectively, against 602, 619 and 630 on Friday.",
     [("610", "610", "ITL"), ("635 lire", "635", "ITL"), ("602", "602", "ITL")]),
    ("The two shares closed at 610 and 635 lire respectively, against 602 and 619 shares.",
     [("610", "610", "ITL"), ("635 lire", "635", "ITL"), ("602", "602", "ITL")]),
    ("The two shares closed at 61.5 and 63.5 lire respectively, against 60.5 and 61 on Friday.",
     [("61.5", "61.5", "ITL"), ("63.5 lire", "63.5", "ITL"), ("60.5", "60.5", "ITL")]),
    ("The two funds stood at 1,610 and 1,635 lire respectively, against 1,602 and 1987 on Friday.",
     [("1,610", "1610", "ITL"), ("1,635 lire", "1635", "ITL"), ("1,602", "1602", "ITL")]),
    # two labelled prices: a count, a year, a number with a unit, other decimals, a range's high end, far apart
    ("The yard took 900 head and Oats 38.75 dlrs a bushel.", [("38.75 dlrs", "38.75", "USD")]),
    ("Prices eased in 1987 and Oats 38.75 dlrs a bushel.", [("38.75 dlrs", "38.75", "USD")]),
    ("Barley top 41.25 pct and Oats 38.75 dlrs.", [("38.75 dlrs", "38.75", "USD")]),
    ("Barley top 41.5 and Oats 38.75 dlrs.", [("38.75 dlrs", "38.75", "USD")]),
    ("Barley seen at 40.00 to 41.25 and Oats at 38.75 dlrs.", [("38.75 dlrs", "38.75", "USD")]),
    ("Barley top 1.25 and Oats 38.75 dlrs.", [("38.75 dlrs", "38.75", "USD")]),
    # a result row in two columns: a unit after the second, another scale word, a row that goes on, no label
    ("    Output 4.12 billion stg 3.87 billion tonnes\n", [("4.12 billion stg", "4120000000", "GBP")]),
    ("    Trading costs 4.12 billion stg 387 mln\n", [("4.12 billion stg", "4120000000", "GBP")]),
    ("    Trading costs 4.12 billion stg 3.87 billion in the year\n", [("4.12 billion stg", "4120000000", "GBP")]),
    ("It said 1986 costs were 4.12 billion stg 3.87 billion\n", [("4.12 billion stg", "4120000000", "GBP")]),
    # a low and a high: the low above the high, a factor of ten apart, a scale unsure, the same word twice
    ("The dollar touched a low of 1.8275 and a high of 1.8120 marks.", [("1.8120 marks", "1.8120", "DEM")]),
    ("Bids had a low of 2 and a high of 31 dlrs.", [("31 dlrs", "31", "USD")]),
    ("Bids had a low of 900 and a high of 1.2 billion dlrs.", [("1.2 billion dlrs", "1200000000", "USD")]),
    ("The dollar touched a high of 1.8120 and a high of 1.8275 marks.", [("1.8275 marks", "1.8275", "DEM")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_bare_figure_takes_the_money_written_once(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert amounts(text) == expected


@pytest.mark.parametrize(("text", "expected"), BARE)
def test_a_bare_number_of_another_thing_stays_bare(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert amounts(text) == expected


def test_a_sign_is_written_on_each_amount_of_a_row() -> None:
    # beside a sign only a change's "from" leaves it out: the result's word changes nothing
    assert amounts("    Net loss $5.2 mln vs 3.1 mln profit\n") == [("$5.2 mln", "5200000", "USD")]


@pytest.mark.parametrize("size", [1, 9, 40])
def test_the_forms_read_the_same_over_any_chunking(size: int) -> None:
    text = "\n".join(t for t, _ in CASES)
    whole = [(m.start, m.end, m.amount, m.currency) for m in moneyparse.extract(text)]
    chunks = [text[i : i + size] for i in range(0, len(text), size)]
    assert [(m.start, m.end, m.amount, m.currency) for m in moneyparse.iter_extract(chunks)] == whole
