"""The letter "L" that old English texts in plain letters set for "£": "50,000 L.", "L 1,994,000".

Sentences of our own in the manner of such books; the figures are made up.  The letter is read as
pounds sterling only where the text writes sterling so (a figure grouped in thousands with "L."
after it or "L" before it, or a column of such figures) within a bounded window, and speaks of
money near; litres, a Roman fifty and an initial give nothing.
"""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest

import moneyparse
from mention_rows import readings as found
from moneyparse import scanner
from moneyparse.grammar import WIDE_WINDOW

D = Decimal




STERLING = [
    (
        "A dealer who has 40,000 L. of his own and borrows 60,000 L. at the bank can undersell the rest.",
        [("40,000 L.", D(40000), None), ("60,000 L.", D(60000), None)],
    ),
    (
        "The reserve of the banking department fell in those years to\n"
        "     1839            L 2,406,000\n"
        "     1847            L 1,176,000\n",
        [("L 2,406,000", D(2406000), None), ("L 1,176,000", D(1176000), None)],
    ),
    (
        "The deposits of the chief banks stood thus:\n\n"
        "  Lisbon (March, 1871)        21,500,000 L\n"
        "  Vienna (May, 1871)           9,250,000 L\n",
        [("21,500,000 L", D(21500000), None), ("9,250,000 L", D(9250000), None)],
    ),
    (
        "In the panic the bill-brokers took from the bank between 7,000,000 L. and 8,000,000 L. in a week.",
        [("7,000,000 L. and 8,000,000 L.", D(7000000), D(8000000))],
    ),
    (
        "The old bank of the town, which had lent the farmers of the county about 2,500,000 L. and 3,100,000\n"
        "l. more to the millers, stopped payment in the spring of that year.",
        [("2,500,000 L.", D(2500000), None), ("3,100,000\nl.", D(3100000), None)],
    ),
    (
        "The company issued shares of 20 L. with 4 L. paid up on each, and the bank held the rest.",
        [("20 L.", D(20), None), ("4 L.", D(4), None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STERLING, ids=[e[0][0] for _, e in STERLING])
def test_the_letter_for_the_pound_is_sterling(text: str, expected: list[tuple[str, Decimal, Decimal | None]]) -> None:
    assert found(text) == [(t, a, h, "GBP") for t, a, h in expected]


NOT_STERLING = [
    "The farm tank holds 5,000 L of water for the cattle.",
    "She bought a 2 L bottle of milk at the shop.",
    "The car has a 1.5 L engine and costs less to run.",
    "The town paid for 12,000 L. of water to be brought in.",  # money near, but a word of volume
    "Chapter L 1,000 men were paid off at the bank.",  # a Roman fifty after a word that numbers
    "Mr. L. paid the bank what he owed in March.",  # an initial
    "The crates were marked 4,500 L and 6,200 L in red paint.",  # no word of money near
    "Grade L 2,000 students took the test on credit.",
]


@pytest.mark.parametrize("text", NOT_STERLING)
def test_litres_numerals_and_initials_give_nothing(text: str) -> None:
    assert found(text) == []


def test_an_unsure_figure_needs_a_sure_one_within_the_window() -> None:
    # "35 L." alone is read as pounds only when a figure the text surely writes in sterling stands
    # within the wide window; further off it says nothing
    sure = "The bank then held 1,250,000 L. in its till. "
    unsure = "A clerk paid 35 L. for the stamp at the bank."
    near = sure + "word " * 40 + unsure
    far = sure + "word " * (WIDE_WINDOW // 5 + 40) + unsure
    assert [m.text for m in moneyparse.extract(near)] == ["1,250,000 L.", "35 L."]
    assert [m.text for m in moneyparse.extract(far)] == ["1,250,000 L."]


@pytest.mark.parametrize("lead", [1, 30, 2_000, WIDE_WINDOW - 10, WIDE_WINDOW + 200])
def test_streaming_reads_the_letter_as_extract_does(lead: int) -> None:
    # the sure figure and the unsure one straddle the point where the streamer splits its output:
    # both are read the same from any buffer
    phrase = "The bank then held 1,250,000 L. in its till. " + "word " * 600 + "A clerk paid 35 L. at the bank."
    chunk = 7777
    need = scanner._BLOCK + 2 * scanner._MARGIN
    start = -(-need // chunk) * chunk - scanner._MARGIN - lead
    text = "w " * (start // 2) + " " * (start % 2) + phrase + " " + "w " * 8_000
    whole = moneyparse.extract(text)
    assert [m.text for m in whole] == ["1,250,000 L.", "35 L."]
    chunks = [text[i : i + chunk] for i in range(0, len(text), chunk)]
    assert list(moneyparse.iter_extract(iter(chunks))) == whole
    assert list(moneyparse.iter_extract(itertools.repeat(text, 1))) == whole
