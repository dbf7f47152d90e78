"""A shop's old price and its option prices, as a page whose tags were stripped prints them
(strings written for the test).

- After a word of an old price that opens its line ("statt", "UVP", "Was", "avant"), a code of
  letters glued to the old figure, with a bare figure a blank after it that ends the line, opens
  the new price: "statt 3.90CHF 1.95" is "statt 3.90" run on into "CHF 1.95".  The old figure,
  with no sign of its own, is left bare; with no such word, or a code of its own after the new
  figure, the line is read as written.
- A price alone in brackets on a line of its own, a minus before it and cents after its point,
  is what a shop's option takes off the price ("(-25.00€)"): the amount is what is written, the
  minus stays outside, as the "+" of an added price does.  A signed change in brackets inside a
  sentence keeps its sign.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import moneyparse

D = Decimal


def found(text: str) -> list[tuple[str, Decimal, str]]:
    return [(m.text, m.amount, m.currency) for m in moneyparse.extract(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("statt 3.90CHF 1.95", [("CHF 1.95", D("1.95"), "CHF")]),
        ("Tee\nanstatt 12.40CHF 9.90\nBrot", [("CHF 9.90", D("9.90"), "CHF")]),
        ("UVP: 29.95EUR 19.95\n", [("EUR 19.95", D("19.95"), "EUR")]),
        ("Was 8.00GBP 6.50", [("GBP 6.50", D("6.50"), "GBP")]),
    ],
)
def test_a_code_glued_to_an_old_price_opens_the_new_one(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no word of an old price: read as written
        ("Tee 3.90CHF 1.95", [("3.90CHF", D("3.90"), "CHF")]),
        # the word inside a sentence, not opening its line
        ("Der Tee kostet statt 3.90CHF 1.95", [("3.90CHF", D("3.90"), "CHF")]),
        # the new price has its own code
        ("statt 3.90CHF 1.95CHF", [("3.90CHF", D("3.90"), "CHF"), ("1.95CHF", D("1.95"), "CHF")]),
        # a blank before the code: it closes the old price as written
        ("statt 3.90 CHF", [("3.90 CHF", D("3.90"), "CHF")]),
        # more words after the new figure: no price ending the line
        ("statt 3.90CHF 2 Stück", [("3.90CHF", D("3.90"), "CHF")]),
    ],
)
def test_a_code_glued_to_a_figure_otherwise_stays_that_figure_s(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ohne Gläser\n(-25.00€)\n€ 89,90", [("25.00€", D("25.00"), "EUR"), ("€ 89,90", D("89.90"), "EUR")]),
        ("(-12,50 €)", [("12,50 €", D("12.50"), "EUR")]),
        ("Gift wrap\n  (+4.00€)\n", [("4.00€", D("4.00"), "EUR")]),
    ],
)
def test_a_bracketed_option_price_alone_on_its_line_gives_the_amount_written(
    text: str, expected: list[tuple[str, Decimal, str]],
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a signed change in brackets in running text
        ("There is no money for the dam (-$25 million) this year.", [("-$25 million", D("-25000000"), "USD")]),
        # a figure with no cents, alone on its line
        ("Change\n(-$25 million)\n", [("-$25 million", D("-25000000"), "USD")]),
        # words after the bracket on its line
        ("(-25.00€) off with the code\n", [("-25.00€", D("-25.00"), "EUR")]),
        # a minus with no bracket
        ("Rabatt\n-25.00€\n", [("-25.00€", D("-25.00"), "EUR")]),
    ],
)
def test_a_minus_in_other_brackets_stays(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    assert found(text) == expected
