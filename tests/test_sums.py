"""A bare sum of money in wire copy that takes the one money its story writes."""

from __future__ import annotations

import pytest

import moneyparse

TAKEN = [
    # a later sentence of the same paragraph, then the change's "from"
    ("The group made a net loss of 13.1 mln marks in 1985 after a profit the year before.\n"
     "Domestic group net profit fell to 77.9 mln from 122.2 mln.",
     [("13.1 mln marks", "13100000", "DEM"), ("77.9 mln", "77900000", "DEM"), ("122.2 mln", "122200000", "DEM")]),
    # the next wire paragraph, and a figure after a line break
    ("It lifted pre-tax profit to 24.8 mln stg for the year to December 28.\n    Turnover rose to\n"
     "242.1 mln from 211.5 mln.",
     [("24.8 mln stg", "24800000", "GBP"), ("242.1 mln", "242100000", "GBP"), ("211.5 mln", "211500000", "GBP")]),
    # after another amount of the same money in between, and a minor unit per share
    ("The miner posted a net loss of 38.6 mln dlrs, or 1.37 dlrs a share, on revenues of 31.4 mln.",
     [("38.6 mln dlrs", "38600000", "USD"), ("1.37 dlrs", "1.37", "USD"), ("31.4 mln", "31400000", "USD")]),
    # a name made of two words, "up from", and a later bare amount of the sentence carried on
    ("The bank set aside 90 mln dlrs. Net loan charge-offs were 86.5 mln, up from 60.7 mln, and the\n"
     "provision was raised to 112 mln.",
     [("90 mln dlrs", "90000000", "USD"), ("86.5 mln", "86500000", "USD"), ("60.7 mln", "60700000", "USD"),
      ("112 mln", "112000000", "USD")]),
    # a hedge between the linking word and the figure, and a currency the story writes as a code
    ("The carrier earned 41 mln CHF last year. Its revenue was about 2.9 billion.",
     [("41 mln CHF", "41000000", "CHF"), ("2.9 billion", "2900000000", "CHF")]),
    # the next sentence, which the comparing words of the elided amounts do not reach
    ("Profit was 5 mln dlrs. Sales rose to 40 mln from 35 mln.",
     [("5 mln dlrs", "5000000", "USD"), ("40 mln", "40000000", "USD"), ("35 mln", "35000000", "USD")]),
    # yen, and a figure with a thousands comma
    ("It reported a parent net profit of 9.2 billion yen in the half. Group sales were 1,210 billion.",
     [("9.2 billion yen", "9200000000", "JPY"), ("1,210 billion", "1210000000000", "JPY")]),
]

KEPT_ALONE = [
    # a unit or a count after the figure, on the same line or the next
    "Its profit was 40 mln dlrs last year. Proven reserves of 258 mln\nbarrels were found.",
    "Its profit was 40 mln dlrs last year. Sales of 4.1 mln cars were made.",
    "Its profit was 40 mln dlrs last year. Output totalled 3.2 mln tonnes.",
    "Its profit was 40 mln dlrs last year. Deposits of 2.5 mln ounces were found.",
    # a count named later in the sentence
    "Its profit was 40 mln dlrs. Oil reserves fell to 174.3 mln from 486.4 mln barrels.",
    # a noun of a count before the name: car sales count cars
    "Its profit was 40 mln dlrs last year. Car sales rose to 4.1 mln.",
    # the name of no sum of money before the figure
    "Its profit was 40 mln dlrs last year. Passengers rose to 4.1 mln.",
    "Its profit was 40 mln dlrs last year. The shares outstanding rose to 12 mln.",
    # two moneys in the story
    "Revenue was 40 mln dlrs and costs were 30 mln stg. Net profit was 5 mln.",
    # a money the extractor does not read stands among them
    "A tariff will bring in 600 mln bolivars and 40 mln dlrs. Debt costs rose to 900 mln.",
    # a blank line ends the story's item
    "Its profit was 40 mln dlrs last year.\n\nNet profit was 5 mln.",
    # too far: the story's money is not written in the last stretch before the figure
    "Its profit was 40 mln dlrs last year." + " The plant was opened in the spring." * 20 + " Sales were 8 mln.",
    # no scale word of millions
    "Its profit was 40 mln dlrs last year. Net profit was 500,000.",
    # a sign, not a money written after the number
    "Its profit was $40 million last year. Net profit was 5 million.",
    # a marker many countries write, and a country near that may choose another of them
    "Alcoa of Australia said net profit rose to 20.2 mln dlrs. Sales revenue climbed to 300.9 mln.",
    # a marker many countries write, and no word that chooses among them: the money is a guess
    "The group made 43 mln francs last year. In 1982 it posted a profit of 329 mln.",
]


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, str(m.amount), m.currency) for m in moneyparse.extract(text)]


@pytest.mark.parametrize(("text", "expected"), TAKEN)
def test_a_bare_sum_takes_the_story_money(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", KEPT_ALONE)
def test_a_figure_the_rule_does_not_name_stays_bare(text: str) -> None:
    found = _found(text)
    assert found, text  # the named amount itself is found
    bare = [t for t in found if t[0].split()[-1] in ("mln", "billion", "million") and "$" not in t[0]]
    assert bare == [], text


@pytest.mark.parametrize(("text", "expected"), TAKEN)
def test_any_chunking_gives_the_same_answer(text: str, expected: list[tuple[str, str, str]]) -> None:
    whole = moneyparse.extract(text)
    for size in (1, 3, 7, 40):
        chunks = [text[i : i + size] for i in range(0, len(text), size)]
        assert list(moneyparse.iter_extract(chunks)) == whole


def test_the_story_money_far_back_in_a_long_stream() -> None:
    """The stretch read before a bare sum is bounded: a stream cut into blocks far longer than the
    stretch gives the answer of the whole text at every place."""
    story = ("It lifted pre-tax profit to 24.8 mln stg for the year. The plant was opened in the spring.\n"
             "    Turnover rose to 242.1 mln from 211.5 mln.\n\n")
    text = story * 1000  # longer than a block of the stream, so that it is cut
    whole = moneyparse.extract(text)
    assert sum(1 for m in whole if m.text == "242.1 mln" and m.currency == "GBP") == 1000
    assert list(moneyparse.iter_extract(text[i : i + 997] for i in range(0, len(text), 997))) == whole
