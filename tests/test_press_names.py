"""Names and hedges of the English press that the tables of CLDR do not give: dollars named by
the adjective of their country ("Singaporean dollars" beside CLDR's "Singapore dollars"), the
Saudi riyal as a tariff table writes it after the amount ("149 S.A.R"), "≈" as "~" is read, and
"topped" and "surpassed" as lower bounds, and the hundredths of the moneys of one country each
("100 lisente", "50 tambala").

Every sentence is our own.
"""

from __future__ import annotations

from datetime import date

import pytest

import moneyparse
from moneyparse import Qualifier


@pytest.mark.parametrize(
    ("text", "span", "currency"),
    [
        ("The fare was 5 Singaporean dollars.", "5 Singaporean dollars", "SGD"),
        ("The rate was 2.20 Bruneian Dollars that year.", "2.20 Bruneian Dollars", "BND"),
        ("He paid 300 Taiwanese dollars for it.", "300 Taiwanese dollars", "TWD"),
        ("A 5 Hongkong dollar note", "5 Hongkong dollar", "HKD"),
        ("Rent is 900 Guyanese dollars a week.", "900 Guyanese dollars", "GYD"),
        ("It sold for 40 Aussie dollars.", "40 Aussie dollars", "AUD"),
    ],
)
def test_a_dollar_named_by_the_adjective_of_its_country(text: str, span: str, currency: str) -> None:
    (m,) = moneyparse.extract(text)
    assert (m.text, m.currency) == (span, currency)


def test_the_saudi_riyal_after_the_amount_in_a_tariff() -> None:
    (m,) = moneyparse.extract("Monthly plan: 149 S.A.R (about 40 dollars)")[:1]
    assert (m.text, m.currency) == ("149 S.A.R", "SAR")


def test_a_special_administrative_region_is_no_riyal() -> None:
    assert [m.text for m in moneyparse.extract("Hong Kong S.A.R. 5 times won the cup.")] == []


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("It cost EGP 1200 (≈ US$211).", Qualifier.APPROX),
        ("Exports topped $1 billion for the first time.", Qualifier.MORE_THAN),
        ("Trade surpassed US$60 billion by 2010.", Qualifier.MORE_THAN),
    ],
)
def test_press_hedges(text: str, qualifier: Qualifier) -> None:
    assert moneyparse.extract(text)[-1].qualifier is qualifier


@pytest.mark.parametrize("text", ["The list was topped by a $5 item.", "It cost $5, which surpassed all hopes."])
def test_the_hedge_words_elsewhere_say_nothing(text: str) -> None:
    assert moneyparse.extract(text)[0].qualifier is None


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Paying early will save Argentina around $1 billion dollars.", "USD"),
        ("In Mexico the permit cost $5 dollars.", "USD"),
        ("In Canada the permit cost $5 dollars.", "CAD"),
    ],
)
def test_a_sign_repeated_by_dollars_is_no_peso(text: str, currency: str) -> None:
    # the "$" of the peso is never called "dollars": the name leaves the dollars only
    (m,) = moneyparse.extract(text)
    assert m.currency == currency and not {"ARS", "MXN"} & {m.currency, *m.alternatives}


def test_a_peso_country_reads_its_bare_sign_as_pesos_only_beside_pesos() -> None:
    # the press of Mexico writes its money out ("pesos", "Mex$"): a bare "$" alone is the US dollar
    (m,) = moneyparse.extract("In Mexico the permit cost $5.")
    assert m.currency == "USD" and "MXN" in m.alternatives
    sign = moneyparse.extract("In Mexico the permit cost $5, the stamp 40 pesos.")[0]
    assert sign.currency == "MXN"


@pytest.mark.parametrize("text", ["Drivers pay an average of 5 U.S. cents a gallon.", "It costs 30 US cents."])
def test_us_cents_named(text: str) -> None:
    (m,) = moneyparse.extract(text)
    assert m.currency == "USD" and m.text.endswith("cents")


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        # the people and states of the US weigh against a place of another dollar named near
        ("Thousands of North Dakotans travel to Canada each month. A passport card for Americans "
         "would cost them as much as $50.", "USD"),
        ("The chief officer of the Utah Transit Authority earned $258,165, and a clerk in South Carolina "
         "$59,000; Stats Canada reports no growth.", "USD"),
        # a story of Canada alone keeps its dollar
        ("Alberta's government will spend $5 billion on roads, the province said.", "CAD"),
    ],
)
def test_the_us_named_near_a_sign(text: str, currency: str) -> None:
    assert moneyparse.extract(text)[0].currency == currency


# The Latin American press writes the US dollar "U$", as "U$S" and "U$D": the letter before the sign.
@pytest.mark.parametrize(
    ("text", "span", "amount"),
    [
        ("The rebels were said to have handed him U$80,000 in 1994.", "U$80,000", "80000"),
        ("Exports reached U$ 3.2 billion last year.", "U$ 3.2 billion", "3200000000"),
        ("Rent is U$S 900 a month.", "U$S 900", "900"),
    ],
)
def test_the_us_dollar_written_with_its_letter_before_the_sign(text: str, span: str, amount: str) -> None:
    (m,) = moneyparse.extract(text)
    assert (m.text, str(m.amount), m.currency) == (span, amount, "USD")


# The press writes a dollar's country after the sign too: "$A" (Australian), "$HK", beside "$US"
# and "$NZ", or its whole code ("$AUD 40": the sign is the marker's, no bare dollar before it).
# "$A" before bare digits is a cell of column A or a hex address as often ("$A1", "$A000"), and
# is read only with a group, decimals or a scale word.
@pytest.mark.parametrize(
    ("text", "span", "amount", "currency"),
    [
        ("A trawler crew was fined $A250,000 in Darwin.", "$A250,000", "250000", "AUD"),
        ("The mine cost $A2.4 billion to build.", "$A2.4 billion", "2400000000", "AUD"),
        ("The port sold for $A 90 million.", "$A 90 million", "90000000", "AUD"),
        ("Tickets were $A12.50 each.", "$A12.50", "12.50", "AUD"),
        ("The tower fetched $HK3.1 billion.", "$HK3.1 billion", "3100000000", "HKD"),
        ("A meal was $HK95 there.", "$HK95", "95", "HKD"),
        ("The bid was $US40 million.", "$US40 million", "40000000", "USD"),
        ("The farm sold for $NZ6.5 million.", "$NZ6.5 million", "6500000", "NZD"),
        # the sign then the whole code, before the number: one marker, the sign in its span
        ("Wind power can be made for $AUD 40 a unit.", "$AUD 40", "40", "AUD"),
        ("The ferry deal is worth $CAD2.5 million.", "$CAD2.5 million", "2500000", "CAD"),
        ("A night there costs $NZD 180.", "$NZD 180", "180", "NZD"),
        ("The licence fetched $HKD 7 million.", "$HKD 7 million", "7000000", "HKD"),
        ("Each share paid $USD 0.40.", "$USD 0.40", "0.40", "USD"),
    ],
)
def test_a_dollar_with_its_country_after_the_sign(text: str, span: str, amount: str, currency: str) -> None:
    (m,) = moneyparse.extract(text)
    assert (m.text, str(m.amount), m.currency) == (span, amount, currency)


def test_a_sign_before_its_code_carries_its_dollar_to_a_bare_sign_near() -> None:
    text = "Wind power can be made for $AUD 40 a unit, against a price of $30 a unit for coal."
    assert [(m.text, m.currency) for m in moneyparse.extract(text)] == [("$AUD 40", "AUD"), ("$30", "AUD")]
    # near miss: a bracket right after it converts it, in US dollars
    text = "A night there costs $NZD 180 (about $110)."
    assert [(m.text, m.currency) for m in moneyparse.extract(text)] == [("$NZD 180", "NZD"), ("$110", "USD")]


@pytest.mark.parametrize(
    "text",
    ["Put =SUM($A2:$A9) in the last row.", "The loader jumps to $A000 first.", "Cell $A7 holds the total.",
     "The beef was rated $A-grade.", "Rows $A$3 to $A$8 are fixed."],
)
def test_column_a_and_a_grade_are_no_australian_dollars(text: str) -> None:
    assert moneyparse.extract(text) == []


@pytest.mark.parametrize(
    ("text", "span", "amount", "currency"),
    [
        ("In Maseru a hundred LISENTE make one loti.", "a hundred LISENTE", "1.00", "LSL"),
        ("A cup of maize meal cost 80 tambala.", "80 tambala", "0.80", "MWK"),
        ("The bus fare went up 50 kobo.", "50 kobo", "0.50", "NGN"),
        ("A box of matches cost 20 pesewas.", "20 pesewas", "0.20", "GHS"),
        ("The coin of 50 stotinki shows a rider.", "50 stotinki", "0.50", "BGN"),
        # with its major unit: one amount
        ("A bottle cost 3 maloti and 20 lisente.", "3 maloti and 20 lisente", "3.20", "LSL"),
        ("The fare is 150 naira and 50 kobo.", "150 naira and 50 kobo", "150.50", "NGN"),
    ],
)
def test_the_hundredths_of_moneys_of_one_country(text: str, span: str, amount: str, currency: str) -> None:
    found = [(m.text, str(m.amount), m.currency) for m in moneyparse.extract(text)]
    assert (span, amount, currency) in found


@pytest.mark.parametrize(
    "text",
    [
        # hundredths of moneys whose names are not all read, which would be read alone: left out
        "It cost 2 pula and 23 thebe.",
        "It cost 2 kina and 23 toea.",
        "It cost 2 koruna and 23 haleru.",
    ],
)
def test_no_hundredth_is_read_without_its_money(text: str) -> None:
    assert all(m.amount >= 1 for m in moneyparse.extract(text))


def test_the_kwacha_of_zambia_before_its_redenomination_has_its_ngwee() -> None:
    (m,) = moneyparse.extract("A loaf cost 90 ngwee.", as_of=date(1990, 5, 1))
    assert (m.text, m.currency) == ("90 ngwee", "ZMK")
