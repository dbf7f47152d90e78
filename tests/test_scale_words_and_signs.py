"""Scale words said after a smaller one, scale words the scan leaves behind, a sign between words
and digits, and "by X to Y" after a word of change (sentences written for the test).

* "two thousand million" is the British billion: a power said after a smaller one multiplies all
  that was said since the last larger power;
* a scale word whose count ends the line above, or that an HTML entity other than a blank sets
  apart from its digits, gives nothing rather than the scale word or the digits alone; an entity
  of a blank ("&nbsp;", "&#160;", "&#xa0;") reads as the blank it stands for, and so it does
  between a currency's sign or code and its number ("US$ &nbsp;85 billion");
* "two NZ$ 4.00 drinks": the sign belongs to the digits after it;
* "raise the limit by £1,500 to £5,100" is a move and a level, never a range.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import moneyparse
from mention_rows import readings as read
from moneyparse.spelled import parse_words

D = Decimal




# Written out by hand, not worked out: what each phrase says.
SPELLED_TABLE = [
    ("three hundred thousand", 300_000),
    ("two thousand million", 2_000_000_000),
    ("a thousand million", 1_000_000_000),
    ("thousand million", 1_000_000_000),
    ("six thousand billion", 6_000_000_000_000),
    ("two hundred thousand million", 200_000_000_000),
    ("a hundred thousand million", 100_000_000_000),
    ("two thousand three hundred million", 2_300_000_000),
    ("nine hundred and ninety nine thousand million", 999_000_000_000),
    ("forty-five thousand million", 45_000_000_000),
    ("one million two hundred thousand", 1_200_000),
    ("one billion two hundred million", 1_200_000_000),
    ("two hundred and fifty thousand", 250_000),
    ("seven hundred thousand", 700_000),
    ("one and a half million", 1_500_000),
    ("a million and a half", 1_500_000),
    ("half a million", 500_000),
    ("two and a half thousand million", 2_500_000_000),
    ("half a thousand million", 500_000_000),
    ("three quarters of a million", 750_000),
    ("twenty million", 20_000_000),
    ("two point five billion", 2_500_000_000),
]


@pytest.mark.parametrize(("words", "value"), SPELLED_TABLE)
def test_spelled_numbers_read_as_the_table_says(words: str, value: int) -> None:
    assert parse_words(words).value == value


def test_a_smaller_power_after_a_larger_one_with_one_before_it_is_no_number() -> None:
    # "a billion five thousand million": neither 1,005,000,000 nor a reading to trust
    with pytest.raises(ValueError):
        parse_words("a billion five thousand million")


BRITISH_BILLIONS = [
    ("The bank lent two thousand million pounds.", "two thousand million pounds", D("2000000000"), "GBP"),
    ("Germany spent nearly six thousand million marks on it.", "six thousand million marks", D("6000000000"), "DEM"),
    ("The debt stood at three hundred thousand dollars.", "three hundred thousand dollars", D("300000"), "USD"),
    ("They raised one and a half million dollars.", "one and a half million dollars", D("1500000"), "USD"),
]


@pytest.mark.parametrize(("text", "span", "amount", "currency"), BRITISH_BILLIONS)
def test_a_thousand_million_is_a_billion(text: str, span: str, amount: Decimal, currency: str) -> None:
    assert read(text) == [(span, amount, None, currency)]


LEFT_BEHIND = [
    "The state owes no less than six\nthousand million marks to the banks.",
    "They paid six\nmillion dollars for the site.",
    "The mill was sold for half a\nmillion dollars.",
    "The deal was worth 5&amp;million dollars.",
    "They found \u00a31&shy;million in the vault.",
    "It cost $2.5&#173;bn to build.",
    "The fine was \u20ac3&zwnj;m in all.",
]


@pytest.mark.parametrize("text", LEFT_BEHIND)
def test_a_scale_word_left_behind_gives_nothing(text: str) -> None:
    assert read(text) == []


KEPT_AFTER_BREAK = [
    ("The site was sold for a\nmillion dollars.", "million dollars", D("1000000"), "USD"),
    ("Tea is \u00a35&nbsp;each here.", "\u00a35", D("5"), "GBP"),
    ("It cost $3&#160;in all.", "$3", D("3"), "USD"),
]


@pytest.mark.parametrize(("text", "span", "amount", "currency"), KEPT_AFTER_BREAK)
def test_an_article_or_another_word_keeps_the_reading(text: str, span: str, amount: Decimal, currency: str) -> None:
    assert read(text) == [(span, amount, None, currency)]


def test_an_entity_with_a_scale_word_still_lets_the_next_amount_be_read() -> None:
    assert read("Police found \u00a31&shy;million in \u20ac500 notes.") == [("\u20ac500", D("500"), None, "EUR")]


ENTITY_BLANKS = [
    ("The deal was worth 5&nbsp;million dollars.", "5&nbsp;million dollars", D("5000000"), "USD"),
    ("They found \u00a31&nbsp;million in the vault.", "\u00a31&nbsp;million", D("1000000"), "GBP"),
    ("It cost $2.5&#160;bn to build.", "$2.5&#160;bn", D("2500000000"), "USD"),
    ("The fine was \u20ac3&#xA0;m in all.", "\u20ac3&#xA0;m", D("3000000"), "EUR"),
    ("The fine was \u20ac3&#xa0;m in all.", "\u20ac3&#xa0;m", D("3000000"), "EUR"),
    ("Stock worth \u00a34&#8239;bn was sold.", "\u00a34&#8239;bn", D("4000000000"), "GBP"),
]


@pytest.mark.parametrize(("text", "span", "amount", "currency"), ENTITY_BLANKS)
def test_an_entity_of_a_blank_before_a_scale_word_reads_as_a_blank(
    text: str, span: str, amount: Decimal, currency: str
) -> None:
    assert read(text) == [(span, amount, None, currency)]


def test_the_span_of_an_entity_read_as_a_blank_is_the_text_as_written() -> None:
    import moneyparse

    text = "Police found \u00a31&nbsp;million in \u20ac500 notes, and &#160;$2&#160;bn more."
    found = moneyparse.extract(text)
    assert [(m.text, m.amount) for m in found] == [
        ("\u00a31&nbsp;million", D("1000000")), ("\u20ac500", D("500")), ("$2&#160;bn", D("2000000000")),
    ]
    assert all(text[m.start : m.end] == m.text for m in found)
    for size in (3, 17, 64):
        chunks = [text[i : i + size] for i in range(0, len(text), size)]
        assert list(moneyparse.iter_extract(chunks)) == found


ENTITY_NOT_A_SCALE = [
    # another word after the entity: the amount as written
    ("Tea is \u00a35&nbsp;each here.", "\u00a35", D("5")),
    ("It cost $3&#160;in all.", "$3", D("3")),
    # a letter that is no scale word
    ("Rooms cost \u20ac80&nbsp;a night.", "\u20ac80", D("80")),
]


@pytest.mark.parametrize(("text", "span", "amount"), ENTITY_NOT_A_SCALE)
def test_an_entity_of_a_blank_before_another_word_leaves_the_amount(text: str, span: str, amount: Decimal) -> None:
    assert [(r[0], r[1]) for r in read(text)] == [(span, amount)]


def test_an_entity_of_a_blank_after_no_digit_is_left_as_written() -> None:
    assert read("The five&nbsp;million fans paid \u00a310.") == [("\u00a310", D("10"), None, "GBP")]


ENTITY_AFTER_A_SIGN = [
    ("The bank agreed an US$ &nbsp;85 billion loan to the insurer.", "US$ &nbsp;85 billion", D("85000000000"), "USD"),
    ("The new bridge cost $&nbsp;85 billion in the end.", "$&nbsp;85 billion", D("85000000000"), "USD"),
    ("Tickets are \u20ac &#160; 12 at the door.", "\u20ac &#160; 12", D("12"), "EUR"),
    ("A pint costs \u00a3&#xa0;4.50 in the village.", "\u00a3&#xa0;4.50", D("4.50"), "GBP"),
    ("The grant was USD&thinsp;40,000 for two years.", "USD&thinsp;40,000", D("40000"), "USD"),
    ("She paid &euro;&nbsp;30 for the lamp.", "&euro;&nbsp;30", D("30"), "EUR"),
]


@pytest.mark.parametrize(("text", "span", "amount", "currency"), ENTITY_AFTER_A_SIGN)
def test_an_entity_of_a_blank_after_a_sign_reads_as_a_blank(text: str, span: str, amount: Decimal, currency: str) -> None:
    assert read(text) == [(span, amount, None, currency)]


def test_the_span_of_an_entity_after_a_sign_is_the_text_as_written() -> None:
    text = "The port cost US$ &nbsp;85 billion; the road \u00a3&#160;2 million and \u20ac3&nbsp;bn more."
    found = moneyparse.extract(text)
    assert [(m.text, m.amount) for m in found] == [
        ("US$ &nbsp;85 billion", D("85000000000")), ("\u00a3&#160;2 million", D("2000000")), ("\u20ac3&nbsp;bn", D("3000000000")),
    ]
    assert all(text[m.start : m.end] == m.text for m in found)
    for size in (4, 19, 64):
        chunks = [text[i : i + size] for i in range(0, len(text), size)]
        assert list(moneyparse.iter_extract(chunks)) == found


ENTITY_AFTER_A_SIGN_LEFT = [
    # an entity that is no blank between the sign and the digits
    "The new bridge cost $&amp;85 billion in the end.",
    "The new bridge cost $&shy;85 billion in the end.",
    "A pint costs \u00a3 &#173;4 in the village.",
    # an entity of a blank after a word that is no sign
    "The team&nbsp;85 scored twice.",
]


@pytest.mark.parametrize("text", ENTITY_AFTER_A_SIGN_LEFT)
def test_another_entity_or_no_sign_before_the_digits_gives_nothing(text: str) -> None:
    assert read(text) == []


SIGN_OF_THE_DIGITS = [
    ("He stole two NZ$ 4.00 drinks from the bar.", "NZ$ 4.00", D("4.00"), "NZD"),
    ("We bought three \u00a3 5 tickets.", "\u00a3 5", D("5"), "GBP"),
    ("She ordered two $5 coffees.", "$5", D("5"), "USD"),
]


@pytest.mark.parametrize(("text", "span", "amount", "currency"), SIGN_OF_THE_DIGITS)
def test_a_sign_between_words_and_digits_is_the_digits(text: str, span: str, amount: Decimal, currency: str) -> None:
    assert read(text) == [(span, amount, None, currency)]


def test_a_code_between_words_and_digits_gives_nothing() -> None:
    assert read("He owed three USD 10 bills.") == []


SIGN_AFTER_WORDS_KEPT = [
    ("She paid two NZ$ for a drink.", "two NZ$", D("2"), "NZD"),
    ("He lent three USD, then 4 more.", "three USD", D("3"), "USD"),
    ("The fare was five euros 20 cents.", "five euros 20 cents", D("5.20"), "EUR"),
]


@pytest.mark.parametrize(("text", "span", "amount", "currency"), SIGN_AFTER_WORDS_KEPT)
def test_words_before_a_sign_with_no_digits_after_it_stay_an_amount(
    text: str, span: str, amount: Decimal, currency: str
) -> None:
    assert read(text) == [(span, amount, None, currency)]


BY_THEN_LEVEL = [
    ("The plan will raise the cash savings limit by \u00a31,500 to \u00a35,100.", ["\u00a31,500", "\u00a35,100"]),
    ("The board increased the dividend by about $2 to $30 a share.", ["$2", "$30"]),
    ("A cut in the tax by $3 billion to $40 billion was agreed.", ["$3 billion", "$40 billion"]),
    ("The city will increase the yearly parking permit fee for residents from $70 to $95.", ["$70", "$95"]),
    ("They will lift the annual Junior Savings Plan (JSP) from \u00a3 4,000 to \u00a39,000.", ["\u00a3 4,000", "\u00a39,000"]),
]


@pytest.mark.parametrize(("text", "spans"), BY_THEN_LEVEL)
def test_by_x_to_y_after_a_word_of_change_is_two_amounts(text: str, spans: list[str]) -> None:
    assert [m[0] for m in read(text)] == spans
    assert all(m[2] is None for m in read(text))


RANGES_KEPT = [
    ("Tickets sold by $5 to $10 each.", "$5 to $10", D("5"), D("10")),
    ("Tips, by their count, run $5 to $10 a day.", "$5 to $10", D("5"), D("10")),
    ("Shirts cost from $5 to $10.", "$5 to $10", D("5"), D("10")),
    ("Rooms go for between $50 and $60.", "$50 and $60", D("50"), D("60")),
]


@pytest.mark.parametrize(("text", "span", "low", "high"), RANGES_KEPT)
def test_a_range_with_no_word_of_change_stays_a_range(text: str, span: str, low: Decimal, high: Decimal) -> None:
    assert read(text) == [(span, low, high, "USD")]


# --- what follows the digits of a sign-first amount -------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "amount"),
    [
        ("The startup is now a $50+ billion company.", "$50+ billion", D("50000000000")),
        ("They signed a $1.5+ million deal.", "$1.5+ million", D("1500000")),
        ("Fees of €5+ bn a year were paid.", "€5+ bn", D("5000000000")),
        # "-plus" says the same as the plus sign
        ("The council found the $23-plus million for the new depot.", "$23-plus million", D("23000000")),
        ("It is a $5-Plus billion business now.", "$5-Plus billion", D("5000000000")),
        # digits and a plus before a scale word and a name of money
        ("The league spent 20-plus million dollars on its stadiums.", "20-plus million dollars", D("20000000")),
        ("The fair cost them 1,200+ million euros.", "1,200+ million euros", D("1200000000")),
    ],
)
def test_a_plus_between_the_digits_and_a_scale_word_scales_them_as_at_least(text: str, span: str, amount: Decimal) -> None:
    (m,) = moneyparse.extract(text)
    assert (m.text, m.amount, m.qualifier) == (span, amount, moneyparse.Qualifier.AT_LEAST)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a plus that ends the phrase stays a hedge of its own, and a sum is no bound
        ("Lunch is $12+ tip.", [("$12", D("12"))]),
        ("It came to $5+$6.", [("$5", D("5")), ("$6", D("6"))]),
        # a plus before a word that is no scale word scales nothing
        ("Bring $5+ snacks.", [("$5", D("5"))]),
        ("Bring $5-plus snacks.", [("$5", D("5"))]),
        # a scale word alone is one million, but not after a plus: a count in words gives nothing
        ("The league spent twenty-plus million dollars on it.", []),
        ("He gave a million dollars to the school.", [("a million dollars", D("1000000"))]),
    ],
)
def test_a_plus_with_no_scale_word_after_it_scales_nothing(text: str, found: list[tuple[str, Decimal]]) -> None:
    assert [(m.text, m.amount) for m in moneyparse.extract(text)] == found


@pytest.mark.parametrize(
    "text",
    [
        "Fundraising expenses: 4.0%, $283, 641.",
        "Tickets were $100, 250 and 500 a seat.",
        "Seats sold for $100, 250, 400 in turn.",
        "The fair drew $141, 773 people.",
        "The fund holds $141, 773 million in bonds.",
        "The bakery got \u20ac141, 773 for its oven.",
        # digits already grouped before the blank: never their first part alone
        "The fair drew $2,310, 954 visitors.",
        "Lots went for $1,200, 450 and 600.",
        "It cost $1,234, 567 visitors said.",
    ],
)
def test_a_blank_after_the_comma_of_a_sign_first_number_leaves_it_in_doubt(text: str) -> None:
    # one number typed with a blank after its comma, or two numbers of a list (or a decimal comma
    # after the euro's sign): not $141
    assert moneyparse.extract(text) == []


@pytest.mark.parametrize(
    ("text", "span", "amount"),
    [
        ("Hawley got $141, 773 for the airport.", "$141, 773", D("141773")),
        ("The grants came to $115, 473 in all.", "$115, 473", D("115473")),
        ("A refund of \u00a32, 050 was paid.", "\u00a32, 050", D("2050")),
        ("The port won $2,310, 954 for a new quay.", "$2,310, 954", D("2310954")),
        ("Schools got $61,402, 118 in grants.", "$61,402, 118", D("61402118")),
    ],
)
def test_a_blank_after_the_comma_before_a_word_that_goes_on_the_clause_is_one_number(text: str, span: str, amount: Decimal) -> None:
    # a word that begins no other item of a list and names nothing counted: one number, typed
    # with a blank after its comma
    assert [(m.text, m.amount) for m in moneyparse.extract(text)] == [(span, amount)]


@pytest.mark.parametrize(
    ("text", "amount"),
    [("It cost $141,773.", D("141773")), ("Prices: $5, $10 and $15.", D("5"))],
)
def test_a_grouped_number_or_a_list_of_signs_is_read_as_before(text: str, amount: Decimal) -> None:
    assert moneyparse.extract(text)[0].amount == amount


@pytest.mark.parametrize(
    ("text", "span", "amount", "currency"),
    [
        ("The deal is worth 5 $bn.", "5 $bn", D("5000000000"), "USD"),
        ("Revenue was 3,5 €bn in 2019.", "3,5 €bn", D("3500000000"), "EUR"),
        ("It costs 20 €m a year.", "20 €m", D("20000000"), "EUR"),
        ("The fee rose to 1.5 £m.", "1.5 £m", D("1500000"), "GBP"),
    ],
)
def test_a_scale_glued_to_a_sign_after_the_digits_scales_them(text: str, span: str, amount: Decimal, currency: str) -> None:
    # 5 dollars would be a wrong value a billion times too small
    (m,) = moneyparse.extract(text)
    assert (m.text, m.amount, m.currency) == (span, amount, currency)


@pytest.mark.parametrize("text", ["He wrote ten $thousand yen on it.", "Bids of $50+ thousand yen came in.", "It said 0.5$thousand yen."])
def test_a_scale_read_on_after_a_sign_that_starts_another_money_gives_nothing(text: str) -> None:
    # "ten $thousand" (USD) and "thousand yen" (JPY) read one word twice: neither holds for sure
    assert moneyparse.extract(text) == []


def test_a_scale_read_on_after_a_sign_joins_the_same_money_named_after_it() -> None:
    (m,) = moneyparse.extract("Bids of $20+ million dollars came in.")
    assert (m.text, m.amount, m.currency, m.qualifier) == ("$20+ million dollars", D("20000000"), "USD", moneyparse.Qualifier.AT_LEAST)


@pytest.mark.parametrize(("text", "span"), [("Prices: 5 $ each.", "5 $"), ("Es kostet 20 € mehr.", "20 €"), ("Sie zahlt 20€mehr.", "20€")])
def test_a_word_after_a_sign_after_the_digits_is_no_scale(text: str, span: str) -> None:
    (m,) = moneyparse.extract(text)
    assert m.text == span and m.scale == 0


@pytest.mark.parametrize(
    ("text", "amount"),
    [("Shares fell to €2.96½ each.", D("2.965")), ("It closed at 41.2¼ pence.", D("0.41225")), ("It cost £2½ million.", D("2500000"))],
)
def test_a_vulgar_fraction_after_decimals_is_a_fraction_of_the_last_place(text: str, amount: Decimal) -> None:
    assert moneyparse.extract(text)[0].amount == amount


def test_cents_of_a_change_take_the_money_of_its_level_quoted_with_a_fraction() -> None:
    found = [(m.text, m.currency) for m in moneyparse.extract("Shares in the airline fell 2¾ cents to €2.96½ each.")]
    assert found == [("2¾ cents", "EUR"), ("€2.96½", "EUR")]
