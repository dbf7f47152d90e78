"""The lines of a list of prices: each line a field of its own.

A sign or a code that opens a line before a number is that number's, never the one that ends the
line before, however long that line is; the words of a price's own line tell how its number is
written before those of the lines around; and a comma after a "£" written before the number
groups thousands, as it does after a "$".

Every string is our own; each row gives the text and the mentions' texts, amounts and currencies.
"""

from __future__ import annotations

import pytest

from mention_rows import amounts

SIGN_OPENS_A_LINE = [
    # a line long enough to be wrapped prose ends with a number: a year, a week, a reference
    (
        "Used hatchback, one owner, five doors, model of 2010\n€ 1.599,00 -15%",
        [("€ 1.599,00", "1599.00", "EUR")],
    ),
    (
        "Garden shed in green, two doors, delivered in week 14\nUS$ 245",
        [("US$ 245", "245", "USD")],
    ),
    (
        "Desk lamp with a brass foot and a linen shade, item 40771\nEUR 89,90",
        [("EUR 89,90", "89.90", "EUR")],
    ),
    (
        "Boxed set of six wine glasses in clear crystal, pack of 6   \n   C $27.70 each",
        [("C $27.70", "27.70", "CAD")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIGN_OPENS_A_LINE, ids=[t for t, _ in SIGN_OPENS_A_LINE])
def test_a_sign_that_opens_a_line_before_a_number_is_that_numbers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert amounts(text) == expected


WRAPPED_PROSE = [
    # a scale word on the next line is read on over the break; so is a sign with no number after it
    (
        "The ministry said that exports of small cars rose to 5\nbillion euros last year.",
        [("5\nbillion euros", "5000000000", "EUR")],
    ),
    (
        "The museum said a ticket for the new exhibition costs 12\n€ and a guided tour more.",
        [("12\n€", "12", "EUR")],
    ),
    ("The museum said a ticket for the new exhibition cost 12\n€.", [("12\n€", "12", "EUR")]),
    # a short line keeps its break as it always did
    ("Model of 2010\n€ 1.599,00", [("€ 1.599,00", "1599.00", "EUR")]),
    # a line break is no separator of a number's groups: digits after it begin a number of their own
    ("Thermos flask, steel, 0.5 l, 24,90 zł a piece, 10% off, reviews 7\n389 ₽", [("24,90 zł", "24.90", "PLN"), ("389 ₽", "389", "RUB")]),
    ("The board said the bid for the whole of the group was raised to 7\n250 ₽ a share", [("250 ₽", "250", "RUB")]),
    # a fraction after the break is still the number's
    ("The board said the bid for the whole of the group was raised to 7\n1/4 dlrs a share", [("7\n1/4 dlrs", "7.25", "USD")]),
]


@pytest.mark.parametrize(("text", "expected"), WRAPPED_PROSE, ids=[t for t, _ in WRAPPED_PROSE])
def test_wrapped_prose_reads_on_over_its_breaks(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert amounts(text) == expected


SCRIPT_TURNS = [
    # a line of English never runs on into a line that opens in Chinese: each is read in its language
    ("Delivery is free on every order over £40 this month\n特價　$1,290元", [("£40", "40", "GBP")]),
    (
        "Delivery is free on every order over £40 this month\n臺北門市特價$1,290",
        [("£40", "40", "GBP"), ("$1,290", "1290", "TWD")],
    ),
    (
        "Delivery is free on every order over £40 this month\n香港門市會員價$1,290\nTotal $1,290",
        [("£40", "40", "GBP"), ("$1,290", "1290", "HKD"), ("$1,290", "1290", "USD")],
    ),
    # a line with Chinese in it, or a next line that opens in Latin letters, reads on as before
    ("The tea trader 茶行 of Taipei said its sales last year came to $12\nbillion.", [("$12\nbillion", "12000000000", "USD")]),
    ("Delivery is free on every order over £40 this month\nand £5 below it", [("£40", "40", "GBP"), ("£5", "5", "GBP")]),
]


@pytest.mark.parametrize(("text", "expected"), SCRIPT_TURNS, ids=[t for t, _ in SCRIPT_TURNS])
def test_a_line_of_latin_letters_does_not_run_on_into_a_line_of_chinese(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert amounts(text) == expected


POUNDS_GROUPED = [
    # words of another language on the line before do not make the comma a decimal comma
    ("vezi toate ofertele de la magazin\nGarden rooms - £2,450 (Leeds)", [("£2,450", "2450", "GBP")]),
    ("la casa de la playa\n£12,500", [("£12,500", "12500", "GBP")]),
    # a decimal comma before two digits, or before a scale word of a language that writes one, stays
    ("die Fahrt kostet £1,50", [("£1,50", "1.50", "GBP")]),
    ("le projet coûtera £2,125 milliards", [("£2,125 milliards", "2125000000", "GBP")]),
]


@pytest.mark.parametrize(("text", "expected"), POUNDS_GROUPED, ids=[t for t, _ in POUNDS_GROUPED])
def test_a_comma_after_a_pound_sign_before_the_number_groups_thousands(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert amounts(text) == expected


def test_the_words_of_a_price_line_decide_before_those_of_the_lines_around() -> None:
    text = "Free shipping for the week\nPrecio de la lámpara: $3.350\nAdd to the cart"
    assert [amount for _, amount, _ in amounts(text)] == ["3350"]


POINT_SCRIPT_LINES = [
    # a price line in a script whose languages write a decimal point tells the point itself,
    # whatever language the other lines of the list are in
    (
        "Lieferung ab morgen und ohne Kosten\n12,99 \u20ac\n\u05de\u05d7\u05d9\u05e8 2,390 \u20aa\n",
        [("12,99 \u20ac", "12.99", "EUR"), ("2,390 \u20aa", "2390", "ILS")],
    ),
    ("Livraison gratuite pour les membres\n售价 3,275元\n", [("3,275元", "3275", "CNY")]),
    ("Versand und Zoll inklusive\nราคา 1,250 \u0e3f\n", [("1,250 \u0e3f", "1250", "THB")]),
]


@pytest.mark.parametrize(("text", "expected"), POINT_SCRIPT_LINES, ids=[t for t, _ in POINT_SCRIPT_LINES])
def test_a_line_in_a_script_of_a_point_language_tells_the_point(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert amounts(text) == expected


def test_a_continental_sign_keeps_its_reading_on_a_line_of_such_a_script() -> None:
    # "2,390 €" written the continental way after the number: the euro's comma, as before
    text = "Lieferung ab morgen und ohne Kosten\n12,99 \u20ac\n\u05de\u05d7\u05d9\u05e8 2,390 \u20ac\n"
    assert amounts(text) == [("12,99 \u20ac", "12.99", "EUR"), ("2,390 \u20ac", "2.390", "EUR")]
    # and the words of the line itself still come first: "der Liter" says German
    assert amounts("Diesel kostet der Liter 1,689 \u20ac") == [("1,689 \u20ac", "1.689", "EUR")]


def test_the_lines_around_decide_when_the_price_line_says_nothing() -> None:
    assert [amount for _, amount, _ in amounts("Precio de la oferta\n$3.350")] == ["3350"]
    # an English label says no more than the line: three decimals of a dollar need a unit, a rate
    # or an eighth to be said, and a price in pesos grouped by a point is as likely
    assert amounts("Price of the lamp\n$3.350") == []
    assert [amount for _, amount, _ in amounts("Price of the lamp\n$3.350 a box")] == ["3.350"]


def test_a_dollar_sign_and_a_point_before_three_digits_in_a_list_with_no_words() -> None:
    # pesos whose point groups thousands (Chile, Argentina) or dollars to three decimals: nothing
    # tells on the price's line or its label's, and no reading is better than a wrong one
    assert amounts("Envío gratis\n$84.416") == []
    assert amounts("Normal: $84.416\nEnvío gratis") == []


CUT_LINES = [
    # a line that ends in the ellipsis character was cut short: the price under it is read on its
    # own line, which tells no convention ("$84.416": dollars to three decimals or pesos)
    ("Zero cost EMI via HDFC Bank Debit EMI payments f\u2026\n$84.416\n", []),
    ("Zero cost EMI via HDFC Bank Debit EMI payments f\u2026\n$84.41\n", [("$84.41", "84.41", "USD")]),
    # the same line not cut runs on into the price, as wrapped prose does, but no word of it says
    # dollars to three decimals: still nothing
    ("Zero cost EMI via HDFC Bank Debit EMI payments f\n$84.416\n", []),
]


@pytest.mark.parametrize(("text", "expected"), CUT_LINES, ids=[t for t, _ in CUT_LINES])
def test_a_line_cut_short_does_not_run_on_into_the_next(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert amounts(text) == expected
