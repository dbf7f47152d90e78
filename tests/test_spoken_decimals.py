"""Decimals spoken as words: "two point five billion dollars", "zwei Komma fünf Millionen Euro",
"deux virgule cinq milliards d'euros", "बाईस दशमलव शून्य पाँच डॉलर".

num2words spells decimals digit by digit after the mark in English, French, Spanish, Portuguese,
German, Dutch and Swedish; what it spells must read back exactly.  NeMo's money cases add the forms
num2words does not write: a number after the mark ("cinco coma cincuenta"), and scale words.
"""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

import moneyparse
from moneyparse.spelled import parse_spelled, parse_words

num2words = pytest.importorskip("num2words").num2words

D = Decimal

#: Per language: a currency name, and a scale word with what joins it to the name.
LANGUAGES = {
    "en": ("dollars", "billion", 9, " "),
    "fr": ("euros", "milliards", 9, " d'"),
    "es": ("euros", "millones", 6, " de "),
    "pt": ("euros", "milhões", 6, " de "),
    "de": ("Euro", "Millionen", 6, " "),
    "nl": ("euro", "miljard", 9, " "),
    "sv": ("kronor", "miljoner", 6, " "),
}


def _draws(seed: int, count: int) -> list[Decimal]:
    """Decimals of one to three places, whole parts from zero to a million, a zero after the mark
    now and then ("12.05")."""
    rng = random.Random(seed)
    values = []
    for _ in range(count):
        places = rng.randint(1, 3)
        whole = rng.choice([0, rng.randint(1, 99), rng.randint(100, 9999), rng.randint(10_000, 1_000_000)])
        fraction = rng.randint(1, 10**places - 1)
        values.append(D(f"{whole}.{fraction:0{places}d}").normalize())
    return values


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_decimals_spelled_by_num2words_read_back_before_a_name_and_a_scale(lang: str) -> None:
    name, scale_word, power, join = LANGUAGES[lang]
    missed = []
    for value in _draws(sum(map(ord, lang)), 150):
        spoken = num2words(value, lang=lang).replace(",", "")  # English sets commas between groups
        scaled = f"{spoken} {scale_word}{join}{name}"
        found = moneyparse.extract(scaled)
        if [(m.text, m.amount) for m in found] != [(scaled, value.scaleb(power))]:
            missed.append((scaled, [(m.text, m.amount) for m in found]))
        # without a scale, English asks for two digits after "point" (see the refusals below)
        if lang == "en" and -value.as_tuple().exponent < 2:
            continue
        bare = f"{spoken} {name}"
        found = moneyparse.extract(bare)
        if [(m.text, m.amount) for m in found] != [(bare, value)]:
            missed.append((bare, [(m.text, m.amount) for m in found]))
    assert missed == []


@pytest.mark.parametrize(
    ("spoken", "amount"),
    [
        # NeMo's money cases: the written side gives the amount
        ("two point five billion dollars", "2.5E9"),
        ("zero point two million dollars", "0.2E6"),
        ("fifteen point two billion dollars", "15.2E9"),
        ("one point six nine billion yuan", "1.69E9"),
        ("one point four three six billion yuan", "1.436E9"),
        ("twenty point five o six dollars", "20.506"),
        ("zwei komma null null null eins dollar", "2.0001"),
        ("zwei komma zwei null eins dollar", "2.201"),
        ("zwei komma zwei null null millionen euro", "2.200E6"),
        ("zwei komma zwei eins millionen euro", "2.21E6"),
        ("quatre virgule quatre-vingt milliards d'euros", "4.80E9"),
        ("dos coma tres billones de euros", "2.3E12"),
        ("veintiuno coma un millones de euros", "21.1E6"),
        ("cinco coma cincuenta billones de rupias", "5.50E12"),
        ("três vírgula sete milhões de reais", "3.7E6"),
        ("noll komma två miljoner dollar", "0.2E6"),
        ("två komma fem miljoner dollar", "2.5E6"),
        ("femton komma två miljarder dollar", "15.2E9"),
        ("en komma fyrahundratrettiosex miljarder yuan", "1.436E9"),
        ("tjugo komma femhundrasex dollar", "20.506"),
        ("tusen tvåhundratrettiofyra komma hundratjugotre dollar", "1234.123"),
        ("sjuttiosex komma tre biljoner amerikanska dollar", "76.3E12"),
        ("चौदह हज़ार इकहत्तर दशमलव नौ नौ बेलारूसी रूबल", "14071.99"),
        # Italian and Turkish, which num2words does not spell with decimals
        ("due virgola cinque milioni di euro", "2.5E6"),
        ("iki virgül beş milyon lira", "2.5E6"),
        # a first word that is English more often ("seize", "sept"), before a decimal mark
        ("seize virgule deux deux euros", "16.22"),
        ("sept mille six cent seize virgule neuf milliards d'euros", "7616.9E9"),
        # Spanish as Mexico speaks it, with "punto"; mil millones is 10^9
        ("dos punto cinco mil millones de dólares", "2.5E9"),
    ],
)
def test_spoken_decimals_of_the_specs(spoken: str, amount: str) -> None:
    found = moneyparse.extract(spoken)
    assert [(m.text, m.amount) for m in found] == [(spoken, D(amount))]


@pytest.mark.parametrize(
    ("sentence", "precision"),
    [
        ("two point five billion dollars", D("1E8")),  # the five stands for hundreds of millions
        ("zwölf Komma null fünf Euro", D("0.01")),
        ("cinco coma cincuenta billones de euros", D("1E10")),
        ("बाईस दशमलव शून्य पाँच डॉलर", D("0.01")),
    ],
)
def test_the_precision_is_that_of_the_last_digit_spoken(sentence: str, precision: Decimal) -> None:
    [m] = moneyparse.extract(sentence)
    assert m.precision == precision


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        # one digit after "point" and no scale: a point in time more often than a decimal mark
        ("At one point five dollars were paid.", []),
        ("at this point five dollars is a lot", ["five dollars"]),
        # a digit said just before: the tail of a number said digit by digit, no amount of its own
        ("point five o six dollars", []),
        ("one fifty five dollars", []),
        ("Oh five dollars!", ["five dollars"]),  # an exclamation, not a zero
        # a decimal mark or a zero is a word of its own, and begins no number
        ("zweikommafünf Euro", []),
        ("Komma fünf Millionen Euro", []),
        ("The coma patients paid five euros.", ["five euros"]),
        # no whole number, two marks, or nothing after the mark
        ("zwei Komma Komma fünf Euro", []),
        ("zwei Komma Euro", []),
        # the tail after a spoken mark is no amount of its own
        ("zwei null Komma fünf Euro", []),
    ],
)
def test_what_is_no_spoken_decimal(sentence: str, texts: list[str]) -> None:
    assert [m.text for m in moneyparse.extract(sentence)] == texts


@pytest.mark.parametrize(
    "phrase",
    ["two point", "point five", "two point five point six", "half a point five", "two point ten"],
)
def test_english_words_that_spell_no_decimal(phrase: str) -> None:
    with pytest.raises(ValueError):
        parse_words(phrase)


@pytest.mark.parametrize(
    "phrase",
    ["komma fünf", "zwei Komma", "zwei null", "vingt zéro", "zwei Komma fünf Komma sechs", "cinq virgule deux mille six",
     "komma zwanzig null", "deux virgule cinq milliards millions"],
)
def test_words_of_other_languages_that_spell_no_decimal(phrase: str) -> None:
    with pytest.raises(ValueError):
        parse_spelled(phrase)


def test_a_spoken_decimal_reads_the_same_whatever_the_case_of_its_words() -> None:
    assert parse_words("Two Point Five Billion").value == parse_words("two point five billion").value == D("2.5E9")
    assert parse_spelled("Zwei KOMMA fünf Millionen").value == D("2.5E6")
