"""Every style issue 2 names, each embedded in a sentence, grouped by where the case comes from.

Each row: sentence, the mention text expected, amount, currency, and optionally high and qualifier.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import moneyparse

D = Decimal


def one(sentence: str) -> moneyparse.Mention:
    found = moneyparse.extract(sentence)
    assert len(found) == 1, [m.text for m in found]
    m = found[0]
    assert sentence[m.start : m.end] == m.text
    return m


SYMBOLS = [
    ("They pledged $53 billion.", "$53 billion", "53000000000", "USD"),
    ("A £8bn budget.", "£8bn", "8000000000", "GBP"),
    ("Deal worth €1.2bn closed.", "€1.2bn", "1200000000", "EUR"),
    ("A ₹15,000 crore plan.", "₹15,000 crore", "150000000000", "INR"),
    ("Tickets cost ₩5,000 each.", "₩5,000", "5000", "KRW"),
    ("Rent is ₽30,000 a month.", "₽30,000", "30000", "RUB"),
    ("Bread costs ₺40 now.", "₺40", "40", "TRY"),
    ("Fuel at ₦2,000 a litre.", "₦2,000", "2000", "NGN"),
    ("Lunch for ₱250 downtown.", "₱250", "250", "PHP"),
    ("A ฿100 ferry ride.", "฿100", "100", "THB"),
    ("Coffee at ₫20,000.", "₫20,000", "20000", "VND"),
    ("It costs 120 zł in Warsaw.", "120 zł", "120", "PLN"),
    ("Der Preis: 1.234,56 € netto.", "1.234,56 €", "1234.56", "EUR"),
    ("a loss of −€13.2 million", "−€13.2 million", "-13200000", "EUR"),
    ("a loss of -$5m", "-$5m", "-5000000", "USD"),
    ("a change of +$5m", "+$5m", "5000000", "USD"),
    ("a change of –£2bn", "–£2bn", "-2000000000", "GBP"),
    ("Le loyer est de 1\u00a0234,56 € par mois.", "1\u00a0234,56 €", "1234.56", "EUR"),
    ("Le loyer est de 1\u202f234,56 € par mois.", "1\u202f234,56 €", "1234.56", "EUR"),
]

CODES_AND_ALIASES = [
    ("capex of Rmb72.5bn last year", "Rmb72.5bn", "72500000000", "CNY"),
    ("a RMB 1.5 billion fund", "RMB 1.5 billion", "1500000000", "CNY"),
    ("US$5m raised", "US$5m", "5000000", "USD"),
    ("HK$3.2bn listing", "HK$3.2bn", "3200000000", "HKD"),
    ("A$10 fee", "A$10", "10", "AUD"),
    ("C$7 ticket", "C$7", "7", "CAD"),
    ("S$8 meal", "S$8", "8", "SGD"),
    ("NT$9 tea", "NT$9", "9", "TWD"),
    ("NZ$4 pie", "NZ$4", "4", "NZD"),
    ("R$5 coffee", "R$5", "5", "BRL"),
    ("RM20 lunch", "RM20", "20", "MYR"),
    ("Rs 500 note", "Rs 500", "500", "INR"),
    ("priced at CHF 1'049.95 today", "CHF 1'049.95", "1049.95", "CHF"),
    ("revenue of USD34.6 million", "USD34.6 million", "34600000", "USD"),
    ("a EUR 5m grant", "EUR 5m", "5000000", "EUR"),
    ("SEK 3.5bn in sales", "SEK 3.5bn", "3500000000", "SEK"),
]

CURRENCY_AFTER = [
    ("spend 380 billion yuan on AI", "380 billion yuan", "380000000000", "CNY"),
    ("a fine of 5 million euros", "5 million euros", "5000000", "EUR"),
    ("worth 3.2 billion dollars", "3.2 billion dollars", "3200000000", "USD"),
    ("raised 2.6 billion GBP", "2.6 billion GBP", "2600000000", "GBP"),
    ("2.6 billion pounds sterling was lent", "2.6 billion pounds sterling", "2600000000", "GBP"),
    ("revenue of 136 billion renminbi", "136 billion renminbi", "136000000000", "CNY"),
    ("a 4.3 trillion yen budget", "4.3 trillion yen", "4300000000000", "JPY"),
    ("a bar costs 99p now", "99p", "0.99", "GBP"),
    ("eggs at 64.2 cents a dozen", "64.2 cents", "0.642", "USD"),
]

SCALES = [
    ("a $5k bonus", "$5k", "5000", "USD"),
    # markers that hold their scale, and the Polish and Czech "mld"
    ("una inversión de 500 mdd en Monterrey", "500 mdd", "500000000", "USD"),
    ("un gasto de 300 mdp al año", "300 mdp", "300000000", "MXN"),
    ("vinsten blev 50 Mkr i år", "50 Mkr", "50000000", "SEK"),
    ("omsättningen var 3,5 mdkr", "3,5 mdkr", "3500000000", "SEK"),
    ("budżet 2,5 mld zł rocznie", "2,5 mld zł", "2500000000", "PLN"),
    ("a $3MM seed round", "$3MM", "3000000", "USD"),
    ("a $250mm term loan", "$250mm", "250000000", "USD"),
    ("its value fell by over \u20ac400mm", "\u20ac400mm", "400000000", "EUR"),
    ("$4mn in fees", "$4mn", "4000000", "USD"),
    ("$4mln in fees", "$4mln", "4000000", "USD"),
    ("$2bln loan", "$2bln", "2000000000", "USD"),
    ("$1.5tn debt", "$1.5tn", "1500000000000", "USD"),
    ("$1.5trn debt", "$1.5trn", "1500000000000", "USD"),
    ("₹3 lakh salary", "₹3 lakh", "300000", "INR"),
    ("Rs 2 crore deal", "Rs 2 crore", "20000000", "INR"),
    ("₹15.30 lakh crore budget", "₹15.30 lakh crore", "15300000000000", "INR"),
    ("Kosten von 2 Mio. € im Jahr", "2 Mio. €", "2000000", "EUR"),
    ("Umsatz von 5 Mrd. Euro", "5 Mrd. Euro", "5000000000", "EUR"),
    ("un budget de 3 milliards d'euros", "3 milliards d'euros", "3000000000", "EUR"),
    ("un coste de 10 millones de dólares", "10 millones de dólares", "10000000", "USD"),
    ("receita de 2 bilhões de reais", "2 bilhões de reais", "2000000000", "BRL"),
    ("投资3800亿元", "3800亿元", "380000000000", "CNY"),
    # Reuters' "mln dlrs", the Gulf dirham, the Bangladeshi taka, Indonesian and Malay scale words
    ("profit of 3.2 mln dlrs in 1986", "3.2 mln dlrs", "3200000", "USD"),
    ("a turnover of Dh7 billion", "Dh7 billion", "7000000000", "AED"),
    ("fees of Dhs 375,000 a year", "Dhs 375,000", "375000", "AED"),
    ("a project of Tk 500 crore", "Tk 500 crore", "5000000000", "BDT"),
    ("a fare of Tk 8.50", "Tk 8.50", "8.50", "BDT"),
    ("laba Rp 500 juta tahun ini", "Rp 500 juta", "500000000", "IDR"),
    ("senilai Rp 2,5 miliar", "Rp 2,5 miliar", "2500000000", "IDR"),
    ("utang Rp 5 triliun", "Rp 5 triliun", "5000000000000", "IDR"),
    ("harga Rp 50 ribu", "Rp 50 ribu", "50000", "IDR"),
    ("bernilai 5 juta rupiah", "5 juta rupiah", "5000000", "IDR"),
    ("peruntukan RM2.5 bilion", "RM2.5 bilion", "2500000000", "MYR"),
    # abbreviations read where their country is named, the Egyptian pound's sign, Vietnamese scales
    ("Saudi Aramco paid SR5 million", "SR5 million", "5000000", "SAR"),
    ("Qatar spent QR5mn", "QR5mn", "5000000", "QAR"),
    ("Bahrain's BD5m plan", "BD5m", "5000000", "BHD"),
    ("Kuwait: KD 5 million", "KD 5 million", "5000000", "KWD"),
    ("Oman's budget of RO5 million", "RO5 million", "5000000", "OMR"),
    ("salaries in Egypt reached LE641", "LE641", "641", "EGP"),
    ("a loan of E£5 million", "E£5 million", "5000000", "EGP"),
    ("Manila approved a P1.5-B deal", "P1.5-B", "1500000000", "PHP"),
    ("a Philippine program gets P252-M funding", "P252-M", "252000000", "PHP"),
    ("Thai firm raised Bt5 billion", "Bt5 billion", "5000000000", "THB"),
    ("R5 billion in South Africa", "R5 billion", "5000000000", "ZAR"),
    ("Kenya's farmers got Sh38 a kilo", "Sh38", "38", "KES"),
    ("a Nairobi fund capped at Sh.100,000", "Sh.100,000", "100000", "KES"),
    ("Monrovia's market asked L$300 for a bag of rice", "L$300", "300", "LRD"),
    ("lãi ₫5 tỷ", "₫5 tỷ", "5000000000", "VND"),
    ("giá 5 triệu đồng", "5 triệu đồng", "5000000", "VND"),
    ("US gets $252-M funding", "$252-M", "252000000", "USD"),
    # the codes of the CFA and CFP francs and the East Caribbean dollar, FCFA, Central America's
    # plurals and the Guatemalan Q beside Guatemala
    ("un prêt de XOF 5000", "XOF 5000", "5000", "XOF"),
    ("XAF 2 billion in bonds", "XAF 2 billion", "2000000000", "XAF"),
    ("a fee of XCD 5", "XCD 5", "5", "XCD"),
    ("un repas à 500 FCFA", "500 FCFA", "500", "XOF"),
    ("cuesta 100 quetzales", "100 quetzales", "100", "GTQ"),
    ("pagó 3 colones", "3 colones", "3", "CRC"),
    ("21 córdobas por día", "21 córdobas", "21", "NIO"),
    ("25 lempiras al mes", "25 lempiras", "25", "HNL"),
    ("Q100 en Guatemala", "Q100", "100", "GTQ"),
    ("80 millions de wons", "80 millions de wons", "80000000", "KRW"),
    ("100 rubli al giorno", "100 rubli", "100", "RUB"),
    ("一千卢比", "一千卢比", "1000", "INR"),
    # Russian and Ukrainian as the press writes them: declined names, abbreviations, decimal comma
    ("Выручка составила 1,23 млрд рублей.", "1,23 млрд рублей", "1230000000", "RUB"),
    ("цена 2,5 тыс руб.", "2,5 тыс руб.", "2500", "RUB"),
    ("кредит на 18000 долл. США", "18000 долл. США", "18000", "USD"),
    ("стоит 6 руб. 35 коп.", "6 руб. 35 коп.", "6.35", "RUB"),
    ("инвестиции 5 млн долларов США", "5 млн долларов США", "5000000", "USD"),
    ("₽1,5 млрд в год", "₽1,5 млрд", "1500000000", "RUB"),
    ("штраф 1 500 000 рублей", "1 500 000 рублей", "1500000", "RUB"),
    ("сумма 12.345 руб.", "12.345 руб.", "12345", "RUB"),
    ("10 млрд юаней", "10 млрд юаней", "10000000000", "CNY"),
    ("зарплата 300 гривен", "300 гривен", "300", "UAH"),
    ("500 фунтов стерлингов", "500 фунтов стерлингов", "500", "GBP"),
    # the Arabic abbreviations without CLDR's right-to-left mark or last dot, the Armenian dram's
    # sign, the Vietnamese đ glued after an amount
    ("5 د.إ", "5 د.إ", "5", "AED"),
    ("د.ك 5", "د.ك 5", "5", "KWD"),
    ("5ر.س", "5ر.س", "5", "SAR"),
    ("55000 ֏", "55000 ֏", "55000", "AMD"),
    ("giá 50.000đ/ngày", "50.000đ", "50000", "VND"),
    ("另需1万亿日元", "1万亿日元", "1000000000000", "JPY"),
    ("售价十五美元", "十五美元", "15", "USD"),
    ("人民币 8千元", "人民币 8千元", "8000", "CNY"),
    ("a 1兆円 budget", "1兆円", "1000000000000", "JPY"),
    ("港元 and 500港元", "500港元", "500", "HKD"),
]

NUMBER_FORMATS = [
    ("paid 1,234.56 dollars", "1,234.56 dollars", "1234.56", "USD"),
    ("paid 12,34,567.89 rupees", "12,34,567.89 rupees", "1234567.89", "INR"),
    ("paid $３５ cash", "$３５", "35", "USD"),
    ("shares rose to $3.350 each", "$3.350", "3.350", "USD"),
]

SPELLED = [
    ("won twenty million dollars", "twenty million dollars", "20000000", "USD"),
    ("worth a billion dollars", "a billion dollars", "1000000000", "USD"),
    ("half a million pounds in fees", "half a million pounds", "500000", "GBP"),
    ("it only cost thirteen dollars and forty-five cents", "thirteen dollars and forty-five cents", "13.45", "USD"),
    # fractions that add to a count or a multiplier, or scale one
    ("raised two and a half billion dollars", "two and a half billion dollars", "2500000000", "USD"),
    ("a fine of one and a half million pounds", "one and a half million pounds", "1500000", "GBP"),
    ("worth a million and a half dollars", "a million and a half dollars", "1500000", "USD"),
    ("some three quarters of a million dollars", "three quarters of a million dollars", "750000", "USD"),
    ("more than a quarter of a million dollars", "a quarter of a million dollars", "250000", "USD"),
    ("a dozen dollars each", "a dozen dollars", "12", "USD"),
    ("two dozen dollars each", "two dozen dollars", "24", "USD"),
    ("half a dozen dollars each", "half a dozen dollars", "6", "USD"),
    ("a two-and-a-half billion dollar plan", "two-and-a-half billion dollar", "2500000000", "USD"),
    ("the half-a-billion-peso project", "half-a-billion-peso", "500000000", "MXN"),
    ("a half-million-dollar house", "a half-million-dollar", "500000", "USD"),
    ("paid 3 and a half million dollars", "3 and a half million dollars", "3500000", "USD"),
    ("a 2 1/2 million dollar loan", "2 1/2 million dollar", "2500000", "USD"),
    ("sold for 2 5/8 million dollars", "2 5/8 million dollars", "2625000", "USD"),
    ("12 and three quarters billion euros", "12 and three quarters billion euros", "12750000000", "EUR"),
    # vulgar fractions after digits, as older British texts write them
    ("a loan of £2½ million", "£2½ million", "2500000", "GBP"),
    ("the bridge cost £1¾m", "£1¾m", "1750000", "GBP"),
    ("it sold for 12½ bolivianos", "12½ bolivianos", "12.5", "BOB"),
]

ALL = [
    pytest.param(*row, id=f"{group}:{row[1]}")
    for group, rows in (
        ("symbols", SYMBOLS),
        ("codes", CODES_AND_ALIASES),
        ("after", CURRENCY_AFTER),
        ("scales", SCALES),
        ("numbers", NUMBER_FORMATS),
        ("spelled", SPELLED),
    )
    for row in rows
]


@pytest.mark.parametrize(("sentence", "text", "amount", "currency"), ALL)
def test_style(sentence: str, text: str, amount: str, currency: str) -> None:
    m = one(sentence)
    assert (m.text, m.amount, m.currency) == (text, D(amount), currency)
    assert m.high is None


RANGES = [
    # the low end without a marker, spelled or after "between"
    ("It will cost five to six million dollars.", "five to six million dollars", "5000000", "6000000"),
    ("It will cost twenty-five to thirty million dollars.", "twenty-five to thirty million dollars", "25000000", "30000000"),
    ("It costs between five and six million dollars.", "five and six million dollars", "5000000", "6000000"),
    ("It costs between 5 and 6 million dollars.", "5 and 6 million dollars", "5000000", "6000000"),
    ("pay between 5 and 11.70 euros per day", "5 and 11.70 euros", "5", "11.70"),
    ("a gap of about 50 million to 60 million euros", "50 million to 60 million euros", "50000000", "60000000"),
    ("roughly between 11 billion and 16 billion euros", "11 billion and 16 billion euros", "11000000000", "16000000000"),
    ("between $5-6bn a year", "$5-6bn", "5000000000", "6000000000"),
    ("costs of £2bn-£2.5bn", "£2bn-£2.5bn", "2000000000", "2500000000"),
    ("a price of $40 to $50 million", "$40 to $50 million", "40000000", "50000000"),
    ("fees of €3–4m each", "€3–4m", "3000000", "4000000"),
    ("5-6 billion dollars in aid", "5-6 billion dollars", "5000000000", "6000000000"),
]


@pytest.mark.parametrize(("sentence", "text", "low", "high"), RANGES, ids=[r[1] for r in RANGES])
def test_range_is_one_mention(sentence: str, text: str, low: str, high: str) -> None:
    m = one(sentence)
    assert (m.text, m.amount, m.high) == (text, D(low), D(high))
    assert m.is_range


def test_endless_ranges_pair_up_two_by_two() -> None:
    found = moneyparse.extract("$5-$6-$7-$8")
    assert [(m.amount, m.high) for m in found] == [(D(5), D(6)), (D(7), D(8))]


HEDGES = [
    ("about $5bn", "approx"), ("around $5bn", "approx"), ("roughly $5bn", "approx"), ("nearly $5bn", "approx"),
    ("some $5bn", "approx"), ("~$5bn", "approx"), ("约3800亿元", "approx"),
    ("more than $5bn", "more_than"), ("over $5bn", "more_than"), ("above $5bn", "more_than"), ("超过3800亿元", "more_than"),
    ("at least $5bn", "at_least"),
    ("less than $5bn", "less_than"), ("under $5bn", "less_than"), ("below $5bn", "less_than"),
    ("up to $5bn", "at_most"), ("as much as $5bn", "at_most"), ("at most $5bn", "at_most"),
]


@pytest.mark.parametrize(("sentence", "qualifier"), HEDGES, ids=[h[0] for h in HEDGES])
def test_hedge_sets_qualifier_and_span_stays_on_amount(sentence: str, qualifier: str) -> None:
    m = one("They spent " + sentence + " on it.")
    assert m.qualifier == qualifier
    assert isinstance(m.qualifier, moneyparse.Qualifier)
    assert m.text in ("$5bn", "3800亿元")


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        # after a verb whose "up" is its own, "to" brings the level reached: no bound
        ("The dollar edged up to 1.8250 marks from 1.8190.", None),
        ("Our rent crept up\nto 950 dlrs a month.", None),
        ("Ticket prices went up to $12 last year.", None),
        ("The bank revised up to 2 billion stg its estimate of the gap.", None),
        ("The index inched up to $41.10 by noon.", None),
        # a bound still: a verb of change with "up to" as much as, a level not yet reached, nouns
        ("The fund could raise up to $5bn.", "at_most"),
        ("Fares rose up to $12 on some routes.", "at_most"),
        ("The bid could go up to $45 a share.", "at_most"),
        ("Loans to small firms up to $50,000 are free of fees.", "at_most"),
        ("It takes sealed bids up to $2 million.", "at_most"),
    ],
)
def test_up_to_after_a_verb_of_its_own_up_is_a_level(sentence: str, qualifier: str | None) -> None:
    m = moneyparse.extract(sentence)[0]
    assert m.qualifier == qualifier


@pytest.mark.parametrize(
    ("sentence", "text", "qualifier"),
    [
        ("oltre 5 milioni di euro", "5 milioni di euro", "more_than"),
        ("almeno 5 milioni di euro", "5 milioni di euro", "at_least"),
        ("aproximadamente 5 millones de euros", "5 millones de euros", "approx"),
        ("pelo menos 5 milhões de reais", "5 milhões de reais", "at_least"),
        ("près de 5 millions d'euros", "5 millions d'euros", "approx"),
        ("mindestens 5 Mio. Euro", "5 Mio. Euro", "at_least"),
        ("knapp 5 Mio. Euro", "5 Mio. Euro", "approx"),
        ("ongeveer 5 miljoen euro", "5 miljoen euro", "approx"),
        ("meer dan 5 miljoen euro", "5 miljoen euro", "more_than"),
        ("omkring 5 miljoner kronor", "5 miljoner kronor", "approx"),
        ("drygt 5 miljoner kronor", "5 miljoner kronor", "more_than"),
        ("yaklaşık 5 milyon lira", "5 milyon lira", "approx"),
        ("en az 5 milyon TL", "5 milyon TL", "at_least"),
        ("およそ5億円", "5億円", "approx"),
        ("약 5억 원", "5억 원", "approx"),
        ("5억 원 이상", "5억 원", "at_least"),
        ("5亿元左右", "5亿元", "approx"),
        ("villa worth 150 million kroner (ca. 16 million euro)", "16 million euro", "approx"),
    ],
)
def test_hedges_of_the_other_languages(sentence: str, text: str, qualifier: str) -> None:
    m = moneyparse.extract(sentence)[-1]
    assert (m.text, m.qualifier) == (text, qualifier)


@pytest.mark.parametrize("sentence", ["예약 5억 원", "The fast $5 fee"])
def test_a_hedge_of_another_language_inside_a_word_or_an_english_word_is_none(sentence: str) -> None:
    # "약" ends "예약" (a booking); German "fast" is an English word
    assert one(sentence).qualifier is None


def test_no_hedge_when_the_word_is_not_one() -> None:
    assert one("The overhead is $5bn.").qualifier is None
    assert one("Tom said $5bn.").qualifier is None


def test_the_longest_hedge_that_stands_as_words_wins() -> None:
    # "no more than" caps the amount; glued to a word before it, only "more than" stands alone
    assert one("It cost no more than $5bn.").qualifier == "at_most"
    assert one("It cost (no more than $5bn).").qualifier == "at_most"
    assert one("It cost xno more than $5bn.").qualifier == "more_than"
    assert one("It cost at most  $5bn.").qualifier == "at_most"


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("It cost no\u00a0more than $5bn.", "at_most"),  # no-break space inside the phrase
        ("It cost in  excess\u2009of  $5bn.", "more_than"),  # runs of spaces of any kind
        ("Cost:approximately $5bn.", "approx"),  # punctuation glued to the hedge
        ("grew to $1bn\u2014about $5bn.", "approx"),  # a dash glued to it
    ],
)
def test_a_hedge_is_read_whatever_space_or_punctuation_sets_it_apart(sentence: str, qualifier: str) -> None:
    assert moneyparse.extract(sentence)[-1].qualifier == qualifier


def test_a_hedge_glued_to_a_letter_or_digit_is_no_hedge() -> None:
    assert one("The CO2approximately $5bn.").qualifier is None
    assert one("It cost xabout $5bn.").qualifier is None


@pytest.mark.parametrize(
    ("sentence", "precision"),
    [("half a million dollars", "1E+5"), ("two and a half billion dollars", "1E+8"), ("twenty million dollars", "1E+6"),
     ("£2½ million", "1E+5")],
)
def test_a_spelled_amount_is_quoted_no_coarser_than_its_value(sentence: str, precision: str) -> None:
    # half a million is 500,000: quoted to the million it would not hold its own five
    assert one(sentence).precision == Decimal(precision)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Sales rose from five to six million dollars.", "six million dollars"),  # a change
        ("He has 5 and 6 million dollars.", "6 million dollars"),  # "and" joins a range after "between" only
    ],
)
def test_a_change_or_two_numbers_joined_by_and_are_no_range(sentence: str, text: str) -> None:
    m = one(sentence)
    assert (m.text, m.high) == (text, None)


def test_two_counts_side_by_side_are_no_spelled_number() -> None:
    # "five and six million" was eleven million
    assert parse_words_or_none("five and six million") is None
    assert parse_words_or_none("five six") is None
    assert parse_words_or_none("two thousand and ten") == Decimal(2010)


def parse_words_or_none(words: str) -> Decimal | None:
    from moneyparse.spelled import parse_words

    try:
        return parse_words(words).value
    except ValueError:
        return None


@pytest.mark.parametrize(
    "sentence", ["1/2 million dollars", "2 1/3 million dollars", "24/7 dollars", "a couple of million dollars",
                 "a couple hundred dollars"],
)
def test_the_digits_after_a_fraction_slash_or_a_vague_count_are_no_amount(sentence: str) -> None:
    # "1/2 million dollars" gave two million, "a couple of million dollars" one million; a third
    # has no exact decimal
    assert moneyparse.extract(sentence) == []


def test_precision_is_the_place_of_the_last_written_digit() -> None:
    assert one("Rmb72.5bn").precision == D("1E+8")
    assert one("£8bn").precision == D("1E+9")
    assert one("$36.96 billion").precision == D("1E+7")
    assert one("$1,200").precision == D(1)
    assert one("99p").precision == D("0.01")


def test_raw_pieces_are_kept() -> None:
    m = one("capex of Rmb72.5bn")
    assert (m.number_text, m.marker, m.scale) == ("72.5", "Rmb", 9)


def test_amount_shows_without_exponent() -> None:
    assert str(one("Rmb72.5bn").amount) == "72500000000"
    assert one("USD 0.00000002").as_dict()["amount"] == "0.00000002"


@pytest.mark.parametrize(
    ("sentence", "text", "amount"),
    [
        ("a $2-million bail", "$2-million", "2000000"),
        ("a £1.5-billion scheme", "£1.5-billion", "1500000000"),
        ("a C$14-million grant", "C$14-million", "14000000"),
        ("a $2-million-dollar home", "$2-million", "2000000"),
    ],
)
def test_a_scale_word_joined_by_a_hyphen_scales(sentence: str, text: str, amount: str) -> None:
    m = one(sentence)
    assert (m.text, m.amount) == (text, D(amount))


@pytest.mark.parametrize(("sentence", "text"), [("the $5-mile run", "$5"), ("a $5-millionaire", "$5")])
def test_a_hyphen_before_a_word_that_only_begins_like_a_scale_does_not_scale(sentence: str, text: str) -> None:
    m = one(sentence)
    assert (m.text, m.amount) == (text, D(5))


@pytest.mark.parametrize("sentence", ["a $5bn+ deal", "a $5bn-plus deal", "deals of $5bn+.", "a $5bn+"])
def test_a_plus_after_the_amount_makes_it_a_lower_bound(sentence: str) -> None:
    m = one(sentence)
    assert (m.text, m.qualifier) == ("$5bn", "at_least")


@pytest.mark.parametrize(
    ("sentence", "text", "qualifier"),
    [
        ("households that earned $50,000 or more.", "$50,000", "at_least"),
        ("made $5 million  or\u00a0more from it", "$5 million", "at_least"),
        ("Tickets cost $10 and up.", "$10", "at_least"),
        ("Boots sell for $80 & up.", "$80", "at_least"),
        ("lives on US$2 or less per day", "US$2", "at_most"),
        ("400 euros ou plus", "400 euros", "at_least"),
        ("投资3800亿元以上", "3800亿元", "at_least"),
        ("a fine not exceeding €1,269.", "€1,269", "at_most"),  # not "exceeding": a cap
        ("投资3800亿元以上的项目", "3800亿元", "at_least"),  # Han goes on right after 以上
        ("双人房每晚1800元起。", "1800元", "at_least"),  # a shop's "from"
        ("會員價NT$2,390起", "NT$2,390", "at_least"),
        ("donated US$1 million or more to the fund", "US$1 million", "at_least"),
        ("not less than Twenty-Five Thousand Dollars", "Twenty-Five Thousand Dollars", "at_least"),
        ("a value of not more than £100 million", "£100 million", "at_most"),
        # "exceed": a lower bound, and a cap when negated, whatever the apostrophe
        ("costs would exceed $25 billion", "$25 billion", "more_than"),
        ("revenues exceeded a billion dollars in 2006", "a billion dollars", "more_than"),
        ("the budget did not exceed $500,000.", "$500,000", "at_most"),
        ("a sum not to exceed $10", "$10", "at_most"),
        ("fines cannot exceed $5,000", "$5,000", "at_most"),
        ("it doesn’t exceed $5", "$5", "at_most"),
        ("it can't exceed €5", "€5", "at_most"),
        ("около 5 млн долларов", "5 млн долларов", "approx"),
        ("более 1,5 млрд рублей", "1,5 млрд рублей", "more_than"),
        ("до 300 тыс. рублей", "300 тыс. рублей", "at_most"),
        ("не менее 100 евро", "100 евро", "at_least"),
    ],
)
def test_bounds_written_after_the_amount_or_negated_before_it(sentence: str, text: str, qualifier: str) -> None:
    m = one(sentence)
    assert (m.text, m.qualifier) == (text, qualifier)


@pytest.mark.parametrize(
    "sentence",
    [
        "It was $5 or more than $6 in all.", "a $5 or moreover", "$5bn and above-average growth", "$5 or lessons",
        "a fine of $500 and up to six months in jail", "1,500 dollars and above all else",
        # 起 with Han right after it begins a word: "founded the firm on", "sued for", "opened at"
        "他靠3万元起家", "公司为5000元起诉对方", "这件瓷器一元起拍",
    ],
)
def test_words_after_the_amount_that_only_begin_like_a_bound_are_none(sentence: str) -> None:
    assert moneyparse.extract(sentence)[0].qualifier is None


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [("$5bn+$6bn", None), ("$5bn+5", None), ("$5bn-plush toys", None), ("about $5bn+", "approx"), ("$5-6bn+", None)],
)
def test_a_plus_that_joins_begins_a_word_or_follows_a_hedge_or_range_is_no_bound(sentence: str, qualifier: str | None) -> None:
    # a sum, a word, a hedge written before (it decides) and a range (already bounded)
    assert moneyparse.extract(sentence)[0].qualifier == qualifier


@pytest.mark.parametrize(
    ("sentence", "text", "amount", "currency"),
    [
        # Japanese press forms: katakana names with no space or a middle dot, 人民元, ドル after kanji numerals
        ("会社は1200億ドルを投資した。", "1200億ドル", "120000000000", "USD"),
        ("賞金は36.57億人民元に達した。", "36.57億人民元", "3657000000", "CNY"),
        ("両替は1.0092スイスフランです。", "1.0092スイスフラン", "1.0092", "CHF"),
        ("毎月545パナマ・バルボアを使う。", "545パナマ・バルボア", "545", "PAB"),
        ("値段は十ドルです。", "十ドル", "10", "USD"),
        ("人民元八千元", "人民元八千元", "8000", "CNY"),  # 人民元 before the number too
        ("나에게는 100 중국 위안이 든다.", "100 중국 위안", "100", "CNY"),
        ("この本は2ドル3セントです。", "2ドル3セント", "2.03", "USD"),
        # Korean: digits before the units, a space after each part, particles glued to the name
        ("회사는 1만 2천 345 달러를 냈다.", "1만 2천 345 달러", "12345", "USD"),
        ("수입은 2억 4천 7백만 달러 이상이다.", "2억 4천 7백만 달러", "247000000", "USD"),
        ("약 천 4백만 달러어치를 팔았다.", "천 4백만 달러", "14000000", "USD"),
        ("가격은 1천 640만 캐나다 달러이다.", "1천 640만 캐나다 달러", "16400000", "CAD"),
        ("예산은 3조 2000억 원이다.", "3조 2000억 원", "3200000000000", "KRW"),
        ("순가치는 8백 10만 파운드로 추산된다.", "8백 10만 파운드", "8100000", "GBP"),
    ],
)
def test_japanese_and_korean_amounts(sentence: str, text: str, amount: str, currency: str) -> None:
    m = one(sentence)
    assert (m.text, m.amount, m.currency) == (text, D(amount), currency)


@pytest.mark.parametrize(
    ("sentence", "text", "amount", "currency"),
    [
        # bare plurals and inflections of the Italian, Turkish, German and Dutch press, which CLDR
        # names only with the country ("franchi svizzeri", "abd doları", "Indische Rupie")
        ("L'offerta vale 528 milioni di franchi.", "528 milioni di franchi", "528000000", "CHF"),
        ("Utili di 361 milioni di sterline.", "361 milioni di sterline", "361000000", "GBP"),
        ("Costa 15 dollari e 15 centesimi.", "15 dollari e 15 centesimi", "15.15", "USD"),
        ("Ha pagato 250 milioni di fiorini olandesi.", "250 milioni di fiorini olandesi", "250000000", "NLG"),
        ("Şirket 420 milyon dolar ödedi.", "420 milyon dolar", "420000000", "USD"),
        ("Gelir 323 milyon avro oldu.", "323 milyon avro", "323000000", "EUR"),
        ("Es kostet 1000 Rupien.", "1000 Rupien", "1000", "INR"),
        ("Der Preis: 5 Franken.", "5 Franken", "5", "CHF"),
        ("Het kost 100.000 gulden.", "100.000 gulden", "100000", "NLG"),
        ("Det kostar 50 öre.", "50 öre", "0.50", "SEK"),
        # bare minor units after the language's "and"
        ("Es kostet nur 15 Dollar und 15.", "15 Dollar und 15", "15.15", "USD"),
        ("Het kost slechts 15 dollar en 15.", "15 dollar en 15", "15.15", "USD"),
        ("Det kostar 15 dollar och 15.", "15 dollar och 15", "15.15", "USD"),
    ],
)
def test_press_names_of_other_languages(sentence: str, text: str, amount: str, currency: str) -> None:
    m = one(sentence)
    assert (m.text, m.amount, m.currency) == (text, D(amount), currency)


@pytest.mark.parametrize(
    "sentence",
    ["In 2012 Frank Jones left.", "We had three frank discussions.", "The RAF flew 7,000 Avro Lancasters.",
     "He ordered 3 Gulden Draak beers."],
)
def test_press_names_that_are_english_words_or_names(sentence: str) -> None:
    # the Turkish franc ("frank") is not read at all: it is an English adjective; "avro" and
    # "gulden" with a capital before another capital are a maker and a brand
    assert moneyparse.extract(sentence) == []


@pytest.mark.parametrize("sentence", ["팀의 조원들이 왔다.", "버스가 만원이었다.", "천원군 주민이다."])
def test_a_lone_korean_unit_in_a_word_is_no_number(sentence: str) -> None:
    # "조원" is a team member, "만원" full, "천원군" a county: a part of a number begins with a digit
    assert moneyparse.extract(sentence) == []


def test_spaced_parts_are_korean_only() -> None:
    # a space after a Han numeral does not join the number after it
    assert [m.text for m in moneyparse.extract("五 3 dollars")] == ["3 dollars"]


@pytest.mark.parametrize(
    ("written", "value", "exponent"),
    [("2억 4천 7백만", "247000000", 6), ("1만 2천 345", "12345", 0), ("천 4백만", "14000000", 6), ("3조 2000억", "3200000000000", 8)],
)
def test_korean_units_read_as_their_han_twins(written: str, value: str, exponent: int) -> None:
    from moneyparse.numbers import parse_cjk

    numeral = parse_cjk(written)
    assert (numeral.value, numeral.exponent) == (D(value), exponent)
    han = written.translate(str.maketrans("십백천만억조", "十百千万亿兆", " "))
    assert parse_cjk(han) == numeral


@pytest.mark.parametrize(
    ("sentence", "text", "amount"),
    [("一共三块五。", "三块五", "3.5"), ("十块八", "十块八", "10.8"), ("三块五毛", "三块五毛", "3.5"), ("三块五一斤", "三块", "3")],
)
def test_jiao_spoken_after_kuai(sentence: str, text: str, amount: str) -> None:
    # "三块五" is three yuan five jiao (it gave three yuan); before "一斤" the five counts something else
    m = one(sentence)
    assert (m.text, m.amount, m.currency) == (text, Decimal(amount), "CNY")


@pytest.mark.parametrize(
    ("text", "spans"),
    [("a 35mm lens costs $300", ["$300"]), ("rainfall of 35mm in a day", []), ("Objektiv 400mm 900 €", ["900 €"])],
)
def test_millimetres_are_no_scale_without_a_marker(text: str, spans: list[str]) -> None:
    # "mm" is millions only in the money a marker writes: a length has none
    assert [m.text for m in moneyparse.extract(text)] == spans
