"""Numbers spelled in French, Spanish, Portuguese, Italian, German, Dutch, Swedish and Turkish.

``spelled.parse_spelled`` is checked against an independent speller, num2words, over every number
below two thousand and a random draw up to a million million; the scanner is checked on sentences
of each language and on the English words it must not take for numbers.
"""

from __future__ import annotations

import random
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import moneyparse
from moneyparse.spelled import parse_spelled, parse_words

num2words = pytest.importorskip("num2words").num2words

D = Decimal

#: num2words' locale for each language, and the largest number drawn: its Turkish drops the count
#: of millions after "milyar" ("altımilyarmilyon" for 6,008,000,000), and the French and German
#: "billion" (10^12) is not read, as an English reader would take it for 10^9.
LANGS = {"fr": 10**12 - 1, "fr_BE": 10**12 - 1, "fr_CH": 10**12 - 1, "es": 10**12, "pt": 10**12, "pt_BR": 10**12,
         "it": 10**12, "de": 10**12 - 1, "nl": 10**12, "sv": 10**12, "tr": 10**9}


def spelled(n: int, locale: str) -> str:
    # Brazilian Portuguese sets commas between the groups; running text reads them as lists
    return num2words(n, lang=locale).replace(",", "")


def numbers(limit: int) -> list[int]:
    draw = random.Random(20261130)
    return list(range(1, 2000)) + [draw.randint(2000, limit) for _ in range(500)]


@pytest.mark.parametrize("locale", sorted(LANGS))
def test_reads_what_an_independent_speller_writes(locale: str) -> None:
    wrong = []
    for n in numbers(LANGS[locale]):
        words = spelled(n, locale)
        if locale == "it" and "dicotto" in words:
            continue  # num2words writes 118 "centodicotto"; Italian writes "centodiciotto"
        try:
            value = parse_spelled(words).value
        except ValueError:
            value = None
        if value != n:
            wrong.append((n, words, value))
    assert wrong == []


@pytest.mark.parametrize("locale", ["fr", "es", "it", "de", "nl", "sv"])
def test_the_language_named_reads_alone(locale: str) -> None:
    lang = locale[:2]
    for n in (7, 45, 78, 700, 1_250_000):
        assert parse_spelled(spelled(n, locale), lang).value == n


@given(st.integers(1, 10**12 - 1), st.sampled_from(["fr", "es", "pt", "de", "nl", "sv"]))
@settings(max_examples=300, deadline=None)
def test_case_and_spacing_do_not_change_the_number(n: int, locale: str) -> None:
    words = spelled(n, locale)
    assert parse_spelled(words.upper()).value == parse_spelled("  " + words.replace(" ", "  ")).value == n


@pytest.mark.parametrize(
    ("words", "exponent"),
    [("cinq millions", 6), ("siebenhundert", 2), ("duzentos", 2), ("achtundsiebzig", 0), ("un mil millones", 6), ("tremila", 3)],
)
def test_the_exponent_is_the_last_power_spoken(words: str, exponent: int) -> None:
    # as for English: "twenty million" is quoted to the million
    assert parse_spelled(words).exponent == exponent
    assert parse_words("twenty million").exponent == 6


@pytest.mark.parametrize(
    "words",
    ["zwei drei", "vingt trente", "mille mille", "und zwanzig", "zwanzig und", "quarantacinque cento",
     "dollars", "", "milliard de", "cent cent", "millions", "billions",
     # units before tens only in German and Dutch, and only joined; ten and a unit only in French
     "quatre vingt", "cinq vingt", "dos veinte", "zwei zwanzig", "zweizwanzig", "iki yirmi", "diez cinco",
     "dieci cinque",
     # a joiner of words stands inside a word only between hyphens
     "vingtetun", "treintaycinco", "tjugoochfem"],
)
def test_words_that_make_no_number_are_refused(words: str) -> None:
    with pytest.raises(ValueError):
        parse_spelled(words)


@pytest.mark.parametrize(
    ("words", "value"),
    [("twaalfhonderd", 1200), ("dix-neuf cents", 1900), ("tolvhundra", 1200), ("ettusen", 1000),
     ("ALTI MİLYON", 6_000_000), ("KIRK BİN", 40_000), ("vingt-et-un", 21)],
)
def test_hundreds_of_teens_swedish_thousand_and_turkish_capitals(words: str, value: int) -> None:
    assert parse_spelled(words).value == value


def test_a_word_cut_two_ways_or_longer_than_any_number_is_refused() -> None:
    # "undiciotto" is "un|diciotto" and "undici|otto"; how long either takes is timed with the
    # other pathological inputs in test_robust_linear.py
    with pytest.raises(ValueError):
        parse_spelled("undiciotto" * 6 + "acht")
    with pytest.raises(ValueError):
        parse_spelled("neun" * 20)
    assert parse_spelled("neunhundertneunundneunzigtausendneunhundertneunundneunzig").value == 999_999
    assert moneyparse.extract("undiciotto" * 22 + "acht euro") == []


def test_an_unknown_language_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="'xx'"):
        parse_spelled("un", "xx")


@pytest.mark.parametrize(
    ("sentence", "text", "amount", "currency"),
    [
        ("Le contrat vaut cinq millions de yens.", "cinq millions de yens", "5000000", "JPY"),
        ("Il a payé quatre-vingt-dix-sept euros.", "quatre-vingt-dix-sept euros", "97", "EUR"),
        ("La ville recibió un mil millones de dólares.", "un mil millones de dólares", "1000000000", "USD"),
        ("Gastó trescientos cincuenta euros.", "trescientos cincuenta euros", "350", "EUR"),
        ("A empresa pagou três mil dólares.", "três mil dólares", "3000", "USD"),
        ("O projeto custou um bilhão de dólares.", "um bilhão de dólares", "1000000000", "USD"),
        ("Ha ricevuto cinque milioni di yen.", "cinque milioni di yen", "5000000", "JPY"),
        ("Costa quarantacinque euro.", "quarantacinque euro", "45", "EUR"),
        ("Das kostet achtundsiebzig Millionen Dollar.", "achtundsiebzig Millionen Dollar", "78000000", "USD"),
        ("Für siebenhundert-Euro bekommt man das.", "siebenhundert-Euro", "700", "EUR"),
        ("Hast du mal einen Euro?", "einen Euro", "1", "EUR"),
        ("Het bedrag is vijfenveertig euro.", "vijfenveertig euro", "45", "EUR"),
        ("Det kostar fyrtiofem euro.", "fyrtiofem euro", "45", "EUR"),
        ("Sektörden beş milyon yen aldı.", "beş milyon yen", "5000000", "JPY"),
        # long numbers read whole
        ("Il a gagné deux millions trois cent quarante-cinq mille six cent soixante-dix-huit euros.",
         "deux millions trois cent quarante-cinq mille six cent soixante-dix-huit euros", "2345678", "EUR"),
        ("Ganó un millón novecientos noventa y nueve mil novecientos noventa y nueve euros.",
         "un millón novecientos noventa y nueve mil novecientos noventa y nueve euros", "1999999", "EUR"),
        ("Es kostet zwölfhundert Euro.", "zwölfhundert Euro", "1200", "EUR"),
        ("Det kostar ettusen kronor.", "ettusen kronor", "1000", "SEK"),
        # a first letter that RE2's word boundary does not know
        ("Det kostar åtta kronor.", "åtta kronor", "8", "SEK"),
        ("Fiyatı üç milyon lira.", "üç milyon lira", "3000000", "TRY"),
        ("Het kost één euro.", "één euro", "1", "EUR"),
        # French hundreds after "six", which English reads as cents
        ("Il a payé six cents euros.", "six cents euros", "600", "EUR"),
        ("Il a payé six cent mille euros.", "six cent mille euros", "600000", "EUR"),
        # the second of two joined by "and"
        ("entre cinq et dix euros", "dix euros", "10", "EUR"),
        ("zwischen fünf und zehn Euro", "zehn Euro", "10", "EUR"),
        # a capital at the start of a sentence
        ("Zehn Euro kostet das.", "Zehn Euro", "10", "EUR"),
        ("Vingt euros, pas plus.", "Vingt euros", "20", "EUR"),
        ("Ein Euro kostet das.", "Ein Euro", "1", "EUR"),
        ("Es kostet siebenhundertsiebenundsiebzigtausendsiebenhundertsiebenundsiebzig Euro.",
         "siebenhundertsiebenundsiebzigtausendsiebenhundertsiebenundsiebzig Euro", "777777", "EUR"),
        ("Costa dieci centesimi di euro.", "dieci centesimi", "0.10", "EUR"),
        # major and minor units joined by the language's "and"
        ("Het kost dertien euro en vijfenveertig cent.", "dertien euro en vijfenveertig cent", "13.45", "EUR"),
        ("Det kostar tretton euro och fyrtiofem cent.", "tretton euro och fyrtiofem cent", "13.45", "EUR"),
        ("Het bedrag is 3 euro en 50 cent.", "3 euro en 50 cent", "3.50", "EUR"),
        ("Es kostet zwei Euro und fünfzig Cent.", "zwei Euro und fünfzig Cent", "2.50", "EUR"),
    ],
)
def test_spelled_amounts_of_other_languages(sentence: str, text: str, amount: str, currency: str) -> None:
    found = moneyparse.extract(sentence)
    assert [(m.text, m.amount, m.currency) for m in found] == [(text, D(amount), currency)]
    m = found[0]
    assert sentence[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        # "on" is ten in Turkish, "due" two in Italian, "UN" is no number: the code after them
        # still begins its own mention
        ("The UN USD 2 billion appeal", ["USD 2 billion"]),
        ("The amount due USD 1,500 was paid.", ["USD 1,500"]),
        ("They bet on dollar strength.", []),
        ("He once won the lottery.", []),
        # a title, not four cents
        ("Les Quatre Cent Coups", []),
        # a power of ten with no count before it says no amount ("billions" is no million million)
        ("Il reste des billions EUR à trouver.", []),
        # a word that is no number before a number that is: the number is read
        ("het kost en vijfenveertig cent", ["vijfenveertig cent"]),
        # English stays English: "six million" is not French six of "million dollars"
        ("more than six billion dollars", ["six billion dollars"]),
        # a word of another language before a code or a sign: the code begins the amount
        ("Revenue Sept EUR 3.5m, Oct EUR 4.1m", ["EUR 3.5m", "EUR 4.1m"]),
        ("The court moved to seize GBP 40m of assets.", ["GBP 40m"]),
        ("Otto € 5m", ["€ 5m"]),
        ("All prices are in cents USD.", []),
        # one piece with a capital is a name
        ("Otto won the election.", []),
        ("Trent won the match and $5.", ["$5"]),
        ("Una won a medal.", []),
        # English words and scales: "billion" is 10^9, "seize" a verb, "cent" a hundredth
        ("The UN billion dollars were pledged", ["billion dollars"]),
        ("The UN billion dollar appeal was launched", []),  # a scale made an adjective: no sum
        ("Police seize million dollars worth of drugs", ["million dollars"]),
        ("growth of 5 per cent million dollars", ["million dollars"]),
        ("a 5 per cent million-dollar increase", []),
        ("Police seize dollars from smugglers.", []),
        ("vent dollars", []),
        ("un demi-million d'euros", ["un demi-million d'euros"]),  # half a million, read whole
        # the tail of a number is not read as a smaller one: the whole is read, or nothing
        ("zwei Komma fünf Millionen Euro", ["zwei Komma fünf Millionen Euro"]),
        ("2 Komma fünf Millionen Euro", []),
        ("vingt-" * 20 + "cinq euros", []),
    ],
)
def test_words_of_other_languages_that_are_english_words(sentence: str, texts: list[str]) -> None:
    assert [m.text for m in moneyparse.extract(sentence)] == texts


@pytest.mark.parametrize(
    ("sentence", "amount", "code"),
    [
        # a half alone or after an article halves the power after it
        ("un demi-million d'euros", "500000", "EUR"),
        ("medio millón de dólares", "500000", "USD"),
        ("mezzo milione di euro", "500000", "EUR"),
        ("meio milhão de reais", "500000", "BRL"),
        ("eine halbe Million Euro", "500000", "EUR"),  # gave a million
        ("een half miljoen euro", "500000", "EUR"),
        ("en halv miljon kronor", "500000", "SEK"),
        ("yarım milyon lira", "500000", "TRY"),
        # after a joiner, half of the power just said
        ("un milliard et demi d'euros", "1500000000", "EUR"),
        ("deux millions et demi d'euros", "2500000", "EUR"),
        ("un millón y medio de dólares", "1500000", "USD"),
        ("un milione e mezzo di euro", "1500000", "EUR"),
        ("um milhão e meio de reais", "1500000", "BRL"),
        # or half a unit to the count before the power
        ("två och en halv miljarder kronor", "2500000000", "SEK"),
        ("twee en een half miljoen euro", "2500000", "EUR"),
        ("tweeënhalf miljoen euro", "2500000", "EUR"),
        ("bir buçuk milyon lira", "1500000", "TRY"),
        ("zweieinhalb Millionen Euro", "2500000", "EUR"),
        # one and a half as one word
        ("anderthalb Millionen Euro", "1500000", "EUR"),
        ("eineinhalb Millionen Euro", "1500000", "EUR"),
        ("anderhalf miljoen euro", "1500000", "EUR"),
    ],
)
def test_halves_in_the_other_languages(sentence: str, amount: str, code: str) -> None:
    found = moneyparse.extract(sentence)
    assert [(m.text, m.amount, m.currency) for m in found] == [(sentence, D(amount), code)]


@pytest.mark.parametrize(
    "words",
    ["zwei halbe Millionen", "halbe", "medio", "un milliard et demi millions", "medio medio millón", "anderthalb zwei"],
)
def test_halves_that_make_no_number(words: str) -> None:
    with pytest.raises(ValueError):
        parse_spelled(words)


def test_a_half_before_a_chinese_numeral_is_no_larger_amount() -> None:
    # "半百万美元" is half a million dollars; its "百万美元" alone gave a million
    assert moneyparse.extract("半百万美元") == []


@pytest.mark.parametrize(
    ("sentence", "text", "amount", "code"),
    [
        # Turkish "sent" and "frank", and a lower-case "tl", among Turkish letters
        ("onvia.com şirketi 34 sent geriledi", "34 sent", "0.34", "USD"),
        ("aralık kontratı 1,20 sent'e yükseldi", "1,20 sent", "0.0120", "USD"),
        ("Teklif şartları, hisseye 528 milyon frank koydu.", "528 milyon frank", "528000000", "CHF"),
        ("Fiyatı 50 tl oldu ve yükseldi", "50 tl", "50", "TRY"),
        # a case ending after an apostrophe leaves the name as it is
        ("firmayı 420 milyon fin markı'na satın aldı", "420 milyon fin markı", "420000000", "FIM"),
        # Turkish text writes a decimal comma: the point groups thousands
        ("Anlaşma fiyatları 12.345 $'dan başlıyor", "12.345 $", "12345", "USD"),
    ],
)
def test_turkish_press_forms(sentence: str, text: str, amount: str, code: str) -> None:
    m = moneyparse.extract(sentence)[-1]
    assert (m.text, m.amount, m.currency) == (text, D(amount), code)


@pytest.mark.parametrize(
    "sentence",
    ["He sent 50 sent messages.", "They had 5 frank talks.", "The 50 tl files.", "Since 2012 Frank has led it.",
     "Erdoğan met 20 Frank Street residents."],
)
def test_turkish_words_in_english_text_are_no_money(sentence: str) -> None:
    assert moneyparse.extract(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text", "code"),
    [
        ("Shearson gerçekten sadece 300 milyon c$'lık bir sermayeye sahip", "300 milyon c$", "CAD"),
        ("ihracatı 10,5 milyar hk $'a geriledi", "10,5 milyar hk $", "HKD"),
        ("10 milyar abd $'lık sözleşmesi için", "10 milyar abd $", "USD"),
        ("Bob, can you lend me 100,000 ரூ until Monday?", "100,000 ரூ", "LKR"),
    ],
)
def test_a_dollar_sign_after_the_number_with_its_country_before_it(sentence: str, text: str, code: str) -> None:
    m = moneyparse.extract(sentence)[-1]
    assert (m.text, m.currency) == (text, code)


@pytest.mark.parametrize("sentence", ["5 a $ bill", "5 c $ x"])
def test_a_single_letter_set_apart_before_a_dollar_sign_names_no_country(sentence: str) -> None:
    assert moneyparse.extract(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text", "amount", "code"),
    [
        ("Fiyatı 50 dolardan başlıyor", "50 dolardan", "50", "USD"),
        ("Fiyatı 100 avroydu", "100 avroydu", "100", "EUR"),
        ("ilk kez 100 milyar yuanı geçmiştir.", "100 milyar yuanı", "100000000000", "CNY"),
        ("sadece on üç dolar kırk beş sente mal oldu", "on üç dolar kırk beş sente", "13.45", "USD"),
    ],
)
def test_turkish_case_endings_glued_to_a_name(sentence: str, text: str, amount: str, code: str) -> None:
    m = moneyparse.extract(sentence)[-1]
    assert (m.text, m.amount, m.currency) == (text, D(amount), code)


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("He paid 50 dolardan", []),  # no Turkish letter near
        ("solo cuesta 15 dolares y 15 centavos.", ["15 dolares y 15 centavos"]),  # a whole name wins
        ("Fiyatı 50 dolardanx", []),  # the ending runs on into more letters
    ],
)
def test_what_only_looks_like_a_turkish_case_ending(sentence: str, texts: list[str]) -> None:
    assert [m.text for m in moneyparse.extract(sentence)] == texts


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("cuesta mil euros", ["mil euros"]),
        ("coûte mille euros", ["mille euros"]),
        ("custa mil reais", ["mil reais"]),
        ("pagó mil dólares", ["mil dólares"]),
        # English slang for a million, and names, stay out
        ("he made a mil dollars", []),
        ("the Mille Miglia euros", []),
    ],
)
def test_a_thousand_said_alone_before_a_name_of_its_languages(sentence: str, texts: list[str]) -> None:
    found = moneyparse.extract(sentence)
    assert [m.text for m in found] == texts
    assert all(m.amount == 1000 for m in found)


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("Pagó dos dólares por el café.", ["dos dólares"]),
        ("El precio es de dos euros y no más.", ["dos euros"]),
        # Portuguese "of the", and English
        ("o valor dos dólares subiu", []),
        ("A cotação dos dólares e dos euros caiu.", []),
        ("the DOS dollars", []),
    ],
)
def test_the_spanish_two_alone_before_a_name_in_a_spanish_sentence(sentence: str, texts: list[str]) -> None:
    found = moneyparse.extract(sentence)
    assert [m.text for m in found] == texts
    assert all(m.amount == 2 for m in found)


@pytest.mark.parametrize(
    ("sentence", "text", "amount"),
    [
        ("zwei Euro fünfzig", "zwei Euro fünfzig", "2.50"),
        ("Het bedrag is vijf euro vijftig", "vijf euro vijftig", "5.50"),
        ("solo cuesta 15 dolares y cincuenta.", "15 dolares y cincuenta", "15.50"),
        # an English word that spells a number in another language is no tail
        ("He paid 5 dollars once.", "5 dollars", "5"),
        ("He paid 5 euros due.", "5 euros", "5"),
        ("It cost 5 euros Schmidt.", "5 euros", "5"),
    ],
)
def test_minor_units_spoken_without_their_name_in_the_other_languages(sentence: str, text: str, amount: str) -> None:
    m = moneyparse.extract(sentence)[-1]
    assert (m.text, m.amount) == (text, D(amount))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the wire's abbreviated scale words end a spelled number: a number word after one begins another
        ("The trust said it would sell six mln three dlr preferred units.", [("three dlr", Decimal("3"))]),
        ("The utility plans an issue of two bln five dlr notes.", [("five dlr", Decimal("5"))]),
        ("It denominated the notes in one mln and four mln lire.", [("four mln lire", Decimal("4000000"))]),
        ("It raised its capital by seven mln dlrs.", [("seven mln dlrs", Decimal("7000000"))]),
        ("The bank lent two hundred mln stg.", [("two hundred mln stg", Decimal("200000000"))]),
        ("The fund holds one point five bln dlrs.", [("one point five bln dlrs", Decimal("1500000000"))]),
        # in full words the number goes on as written
        ("The prize is worth six million three dollars.", [("six million three dollars", Decimal("6000003"))]),
    ],
)
def test_an_abbreviated_scale_word_ends_a_spelled_number(sentence: str, expected: list[tuple[str, Decimal]]) -> None:
    assert [(m.text, m.amount) for m in moneyparse.extract(sentence)] == expected
