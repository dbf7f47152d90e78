"""Shop strings whose tags were stripped: a "$" price to three places after a point on a bare line
(pesos whose point groups thousands, or dollars to three decimals), a one-letter scale read off
the first letter of the next word ("€6.31 mēnesī"), a price run into the product's name
("Rs 25,500Infinix"), and a price with "UP" glued to it, "from this price up" ("$150UP")
(sentences written for the test)."""

from __future__ import annotations

from decimal import Decimal

import pytest

import moneyparse

D = Decimal


def found(text: str) -> list[tuple[str, Decimal, str]]:
    return [(m.text, m.amount, m.currency) for m in moneyparse.extract(text)]


# A "$" before one to three digits, a point and three digits, on a line of a label and a price with
# no word of a language: 84,990 pesos or 84.990 dollars, and nothing tells; no reading.
@pytest.mark.parametrize("text", ["$84.990\nStock", "Normal: $84.990", "Oferta\n$7.490\nStock", "Internet: $1.250 Sale"])
def test_a_dollar_price_to_three_places_on_a_bare_line_gives_nothing(text: str) -> None:
    assert [t for t, _, _ in found(text)] == []


# keeps: a sentence, a scale word, three naughts, a code, a whole part of nought or of four digits
@pytest.mark.parametrize(
    ("text", "span", "amount"),
    [
        ("diesel sold at $4.129 a gallon", "$4.129", "4.129"),
        ("The payout is $1.375 per share", "$1.375", "1.375"),
        ("Normal: $0.125", "$0.125", "0.125"),
        ("Normal: $2.450m", "$2.450m", "2450000"),
        ("Normal: $45.000", "$45.000", "45000"),
        ("Normal: US$4.129", "US$4.129", "4.129"),
    ],
)
def test_three_places_after_a_dollar_sign_keep_their_reading_where_something_tells(text: str, span: str, amount: str) -> None:
    assert found(text) == [(span, D(amount), "USD")]


def test_an_amount_that_is_the_whole_text_is_read_by_the_default_of_its_marker() -> None:
    assert found("$64.125") == [("$64.125", D("64.125"), "USD")]


def test_a_line_above_with_figures_is_no_label() -> None:
    # "up to" is English, but the line is another offer, not the label of the price below it
    assert found("Get credit up to £1,500\nNormal: $84.990\nStock") == [("£1,500", D(1500), "GBP")]


def test_a_spanish_sentence_still_groups_thousands() -> None:
    assert found("el precio es $84.990 en la tienda") == [("$84.990", D(84990), "USD")]


# A one-letter scale that the first letter of a word carries on is no scale: the scan's word
# boundary knows ASCII letters only, so "m" of "mēnesī" (Latvian "a month") was read as a million
# and the candidate, glued to "ēnesī", rejected.
@pytest.mark.parametrize(
    ("text", "span", "amount", "code"),
    [
        ("no EUR4.19 mēnesī", "EUR4.19", "4.19", "EUR"),
        ("Preis €7 mögl. inkl. Versand", "€7", "7", "EUR"),
        ("Rent $12 bērniem", "$12", "12", "USD"),
    ],
)
def test_a_scale_letter_that_begins_a_word_is_no_scale(text: str, span: str, amount: str, code: str) -> None:
    assert found(text) == [(span, D(amount), code)]


@pytest.mark.parametrize(("text", "span", "amount"), [("It raised $5M in May", "$5M", "5000000"), ("a €3 m grant", "€3 m", "3000000")])
def test_a_scale_letter_alone_stays_a_scale(text: str, span: str, amount: str) -> None:
    assert [(t, a) for t, a, _ in found(text)] == [(span, D(amount))]


# A capitalized word of four letters or more glued after a price written with a separator is the
# next thing on the page: the amount ends where the word begins.
@pytest.mark.parametrize(
    ("text", "span", "amount"),
    [
        ("€1,249.00Samsung Galaxy", "€1,249.00", "1249.00"),
        ("Rs 14,250Tecno Spark, da la oferta de la semana", "Rs 14,250", "14250"),
        ("£18,990TOSHIBA 55 inch", "£18,990", "18990"),
        ("€29.95Garden chair, blue", "€29.95", "29.95"),
    ],
)
def test_a_capitalized_name_glued_after_a_price_ends_it(text: str, span: str, amount: str) -> None:
    assert [(t, a) for t, a, _ in found(text)] == [(span, D(amount))]


# A brand's word of five letters or more, a capital after a small letter inside it, glued after a
# price written with a separator is the next thing on the page too.
@pytest.mark.parametrize(
    ("text", "span", "amount"),
    [
        ("Rs 31,500OnePlus Nord, sealed box", "Rs 31,500", "31500"),
        ("£14.99iPhone case, clear", "£14.99", "14.99"),
        ("$1,299.00MacBook Air 13", "$1,299.00", "1299.00"),
    ],
)
def test_a_brand_word_glued_after_a_price_ends_it(text: str, span: str, amount: str) -> None:
    assert [(t, a) for t, a, _ in found(text)] == [(span, D(amount))]


# keeps: such a word after a whole number, carried on by digits, of four letters, or a unit
@pytest.mark.parametrize("text", ["the $65OnePlus kit", "Case $1,299iPhone12", "Deal $5.99eBay", "a $1,500KiloWatt unit"])
def test_a_brand_word_that_is_no_name_of_a_thing_stays_glued(text: str) -> None:
    assert found(text) == []


# A price glued after the unit of a size, in small letters, a figure before it: a variant's name run
# into its price on a page whose tags were stripped.
@pytest.mark.parametrize(
    ("text", "span", "amount", "code"),
    [
        ("Półka 80 x 25 cm45 zł/szt.", "45 zł", "45", "PLN"),
        ("Stolik 120×60×2 cm35 zł", "35 zł", "35", "PLN"),
        ("Mąka żytnia 1 kg4,50 zł", "4,50 zł", "4.50", "PLN"),
        ("Ser 200 g9,99 zł", "9,99 zł", "9.99", "PLN"),
        ("Sok jabłkowy 1,5 l6,99 €", "6,99 €", "6.99", "EUR"),
        ("Woda 500ml2,49 €", "2,49 €", "2.49", "EUR"),
        ("Kabel 2 m15,99 €", "15,99 €", "15.99", "EUR"),
    ],
)
def test_a_price_glued_after_the_unit_of_a_size_is_read(text: str, span: str, amount: str, code: str) -> None:
    assert found(text) == [(span, D(amount), code)]


# keeps: letters that are no unit of a size ("x", a model's "A"), a unit in capitals, a unit with no
# figure before it, and a 2 or a 3 after a unit of length, which may be its square or its cube
# (1,44 m² at 39,90 zł), unless sides "A x B" say the unit is a length
@pytest.mark.parametrize(
    "text",
    ["Etui x30 zł", "Galaxy A11 zł", "Blat 30 CM32 zł", "Model cm32 zł", "Płytki 1,44 m239,90 zł", "Rura 3 m2,50 zł", "Kostka 5 cm32 zł"],
)
def test_a_number_glued_after_letters_that_end_no_size_stays_no_amount(text: str) -> None:
    assert found(text) == []


# keeps: a code of letters and digits, a word in lower case, a number with no separator, a unit or
# a scale word glued after it give nothing (or the scale's reading)
@pytest.mark.parametrize("text", ["Part €1,299X5", "a €12.50x card", "the €65Turbo kit", "a €1,500Mbps plan", "€2,500Watts"])
def test_a_code_unit_or_lower_case_word_glued_after_a_price_stays_no_amount(text: str) -> None:
    assert found(text) == []


# A comma after a rupee's sign groups thousands whatever the words around: South Asia writes a
# decimal point.
@pytest.mark.parametrize(
    ("text", "amount"), [("Rs 14,250 la oferta de la semana", 14250), ("₹2,499 pour la semaine", 2499), ("Rs. 1,250 bei uns", 1250)]
)
def test_a_comma_after_a_rupee_sign_groups_thousands(text: str, amount: int) -> None:
    assert [a for _, a, _ in found(text)] == [D(amount)]


def test_a_glued_scale_word_keeps_its_meaning() -> None:
    assert found("It cost €5Mio") == [("€5Mio", D(5000000), "EUR")]
    assert found("It cost $5bn") == [("$5bn", D(5000000000), "USD")]


# A "$" price to three places in a shop's phrase of English words: pesos grouped by a point as much
# as dollars to three decimals, unless a unit, a rate or an eighth says which; no reading.
@pytest.mark.parametrize(
    "text",
    [
        "Blue kettle\n$5.349 Price cut from $7.199 to",
        "Was $12.990\nNow $9.990",
        "Lamp shade Sale $3.749",
        "Garden hose from $2.199 to $1.899",
    ],
)
def test_a_shop_phrase_alone_does_not_say_dollars_to_three_decimals(text: str) -> None:
    assert found(text) == []


# keeps: a price per unit, a rate, an eighth, a sentence, and a phrase in Spanish (grouping)
@pytest.mark.parametrize(
    ("text", "span", "amount"),
    [
        ("Heating oil\nNow $2.879 a gallon", "$2.879", "2.879"),
        ("Power plan from $1.149/kWh", "$1.149", "1.149"),
        ("Sterling quoted at $1.587", "$1.587", "1.587"),
        ("Acme stock last $21.375", "$21.375", "21.375"),
        ("Pump prices averaged $2.916 across the state.", "$2.916", "2.916"),
        ("Tostadora\n$5.349 precio de la oferta", "$5.349", "5349"),
    ],
)
def test_a_shop_phrase_with_a_unit_a_rate_or_an_eighth_keeps_its_reading(text: str, span: str, amount: str) -> None:
    assert [(t, a) for t, a, _ in found(text)] == [(span, D(amount))]


# A sign that letters before it do not make another currency's ("₹", "€", "£", "₩"), glued after a
# model code of letters and digits, opens the price: the code's digits are no amount.
@pytest.mark.parametrize(
    ("text", "span", "amount", "code"),
    [
        ("Pixel phone A70₹31,499", "₹31,499", "31499", "INR"),
        ("Robot mower G40€649,00", "€649,00", "649.00", "EUR"),
        ("Camera body Z6£1,249", "£1,249", "1249", "GBP"),
        ("Tablet T9₩389,000", "₩389,000", "389000", "KRW"),
    ],
)
def test_a_sign_glued_after_a_model_code_opens_the_price(text: str, span: str, amount: str, code: str) -> None:
    assert found(text) == [(span, D(amount), code)]


# A code of letters glued by a hyphen to digits that another hyphen and digits follow is a model's
# or a part's code: the first hyphen is no minus sign, and no amount is read.
@pytest.mark.parametrize("text", ["Toy robot kit RM-2207-15 in blue", "Spare filter EUR-4410-2 fits both", "Lamp RM-10-20"])
def test_a_code_of_letters_and_hyphened_digits_is_no_amount(text: str) -> None:
    assert found(text) == []


# keeps: a minus sign before an amount with no more digits after it, and a range after a code
def test_a_minus_after_a_code_with_no_second_hyphen_keeps_its_reading() -> None:
    assert found("Net loss: RM-5 million") == [("RM-5 million", D(-5000000), "MYR")]
    assert found("Dinner for two RM40-60") == [("RM40-60", D(40), "MYR")]


# keeps: a number glued before its sign with no letter before it, read as written
def test_a_bare_number_before_a_sign_keeps_its_reading() -> None:
    assert found("only 75₹ each") == [("75₹", D(75), "INR")]


# A "$" glued to digits on both sides, a point and two decimals after it: the sign is the price's,
# written before it, and the digits before it are a bare figure (a saving, a model's code).
@pytest.mark.parametrize(
    ("text", "span", "amount"),
    [
        ("SAVE 40$119.99", "$119.99", "119.99"),
        ("Deal of the week 15$1,049.00\nIn stock", "$1,049.00", "1049.00"),
        ("Router X5$89.99", "$89.99", "89.99"),
    ],
)
def test_a_dollar_glued_to_a_price_in_cents_is_the_sign_of_that_price(text: str, span: str, amount: str) -> None:
    assert [(t, a) for t, a, _ in found(text)] == [(span, D(amount))]


# keeps: the sign after the amount as French Canada writes it, at the end or before a blank
@pytest.mark.parametrize(
    ("text", "span", "amount"),
    [("Économisez 40$ sur ce modèle", "40$", "40"), ("Prix 119,99 $", "119,99 $", "119.99"), ("Rabais de 40$", "40$", "40")],
)
def test_a_dollar_after_its_amount_with_no_price_in_cents_glued_stays(text: str, span: str, amount: str) -> None:
    assert [(t, a) for t, a, _ in found(text)] == [(span, D(amount))]


# A price to the cent glued to the next phrase of its tag: an everyday word with a blank after it,
# or three capitals that are no currency code and no unit.
@pytest.mark.parametrize(
    ("text", "span", "amount"),
    [
        ("€ 49,90in 12 rate mensili", "€ 49,90", "49.90"),
        ("€24.75VAT incl.", "€24.75", "24.75"),
        ("£8.40GST included", "£8.40", "8.40"),
        ("€ 15,50und mehr", "€ 15,50", "15.50"),
    ],
)
def test_a_price_to_the_cent_glued_to_a_word_of_its_tag_ends_there(text: str, span: str, amount: str) -> None:
    assert [(t, a) for t, a, _ in found(text)] == [(span, D(amount))]


# keeps: inches after a whole number, a code of the marker's, a code of another currency, a unit, a
# word with no blank after it
@pytest.mark.parametrize(
    ("text", "found_text"),
    [("a 7in tablet", []), ("$4.00CAD", ["$4.00CAD"]), ("€4.00USD paid", []), ("€3.50PCS each", []), ("€9.99inch", [])],
)
def test_a_glued_unit_code_or_whole_number_stays_as_it_was(text: str, found_text: list[str]) -> None:
    assert [t for t, _, _ in found(text)] == found_text


# A name in small letters, four or more, glued after a price whose last separator groups three
# digits, and one capital, a blank and a word glued after one grouped by three or to the cent,
# are the next thing on the page: the amount ends where they begin.
@pytest.mark.parametrize(
    ("text", "span", "amount"),
    [
        ("Rs 12,500nokia 3310 boxed", "Rs 12,500", "12500"),
        ("Rs 7,999redmi", "Rs 7,999", "7999"),
        ("€1.299lenovo laptop", "€1.299", "1299"),
        ("Rs 8,000A pair of speakers", "Rs 8,000", "8000"),
        ("£14.99I phone case", "£14.99", "14.99"),
        ("Offer ₹3,450only\nFree delivery", "₹3,450", "3450"),
    ],
)
def test_a_small_name_or_a_letter_and_a_word_glued_after_a_price_ends_it(text: str, span: str, amount: str) -> None:
    assert [(t, a) for t, a, _ in found(text)] == [(span, D(amount))]


def test_a_small_name_glued_after_a_rupee_price_takes_the_page_s_rupee() -> None:
    assert moneyparse.extract("Rs 12,500nokia 3310", assume={"Rs": "PKR"})[0].currency == "PKR"


# keeps: a unit or a count of four letters or more, a currency's name or code, a word of three
# letters or fewer, a word glued on by more letters or digits, a capital that writes a scale or a
# unit, a number with no group of three (or no cents) before the word, and the guards of before
# ("$99x", "R65C00", "$1,299X5", "€4.00USD", "5,000mAh") give nothing
@pytest.mark.parametrize(
    "text",
    [
        "Plot Rs 2,500sqft",
        "Rs 1,200pieces in stock",
        "Rs 3,000rupees only",
        "Deal $2,000usd today",
        "Rs 5,000mah battery",
        "Rs 4,000mAh cell",
        "Rs 1,500cm pipe",
        "€2,500each.",
        "Rs 12,500nokia3310",
        "R2,000W heater",
        "€3.5L engine",
        "Rs 1,25lenovo laptop",
        "$12.5A grade",
        "A $99x card",
        "The R65C00 chip",
        "Part $1,299X5",
        "It was €4.00USD",
        "A 5,000mAh pack",
    ],
)
def test_a_unit_code_short_or_joined_word_after_a_price_stays_glued(text: str) -> None:
    assert found(text) == []


def test_a_glued_scale_word_or_letter_in_small_letters_keeps_its_scale() -> None:
    assert found("Raised $5,000million") == [("$5,000million", D(5000000000), "USD")]
    assert found("Raised $1,500K more") == [("$1,500K", D(1500000), "USD")]


# "UP" glued to the digits of a price, as a word of its own, is a shop's "from this price up": the
# amount is a lower bound, and the span the price alone, as after "$50 and up" or "$50+".
@pytest.mark.parametrize(
    ("text", "span", "amount", "currency"),
    [
        ("\u25b6$150UP\u2605NEW ARRIVALS 夏季特賣", "$150", "150", "USD"),
        ("Sneakers NT$2,490up", "NT$2,490", "2490", "TWD"),
        ("套餐 HK$68up", "HK$68", "68", "HKD"),
        ("Rings from £45Up.", "£45", "45", "GBP"),
        ("$399UP起 限時優惠", "$399", "399", "USD"),
        ("Gift sets $25up, while stocks last", "$25", "25", "USD"),
    ],
)
def test_up_glued_to_a_price_makes_it_a_lower_bound(text: str, span: str, amount: str, currency: str) -> None:
    assert [(m.text, m.amount, m.currency, m.qualifier) for m in moneyparse.extract(text)] == [(span, D(amount), currency, "at_least")]


def test_up_glued_to_a_price_on_a_taiwan_page_is_in_its_dollar() -> None:
    assume = moneyparse.assume_for_address("https://shop.example.com.tw/menu")
    m = moneyparse.extract("\u25bc$150UP\u2605GIFT BOXES", assume=assume)
    assert [(m.text, m.amount, m.currency, m.qualifier) for m in m] == [("$150", D(150), "TWD", "at_least")]


def test_up_glued_to_a_price_is_its_own_bound_for_parse() -> None:
    m = moneyparse.parse("HK$68up")
    assert (m.text, m.amount, m.qualifier) == ("HK$68", D(68), "at_least")


# keeps: "UP" that more letters, a digit or a hyphen carry on is the start of another word or a
# code ("UPS", "UPGRADE", "UPC"), and the glued candidate stays no amount
@pytest.mark.parametrize("text", ["Ships for $5UPS ground", "Pay $10UPGRADE fee", "Label $5UPC code", "Item $7UP2 kit", "Get $9UP-grade"])
def test_up_that_begins_a_longer_word_or_code_stays_glued(text: str) -> None:
    assert found(text) == []


# keeps: with a blank before it, "up" is a move or a headline's, no bound; "and up" and "& up" are
# bounds whether a shop or a sentence writes them
@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        ("The fare went $5 up after the strike.", "$5", None),
        ("Shares closed $1.25 up on the day.", "$1.25", None),
        ("OIL $2 UP IN LATE TRADE", "$2", None),
        ("Gift cards $20 UP", "$20", None),
        ("Gift cards $20 and up", "$20", "at_least"),
        ("Gift cards $20 & up", "$20", "at_least"),
        ("Gift cards $20 & up to $50", "$20", None),
    ],
)
def test_up_after_a_blank_is_a_bound_only_after_and(text: str, span: str, qualifier: str | None) -> None:
    m = moneyparse.extract(text)[0]
    assert (m.text, m.qualifier) == (span, qualifier)
