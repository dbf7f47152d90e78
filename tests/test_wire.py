"""Wire copy and hard-wrapped text: line breaks inside a phrase, and the older press forms.

Sentences of our own in the wire's house style; the figures are made up or are facts.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

import moneyparse
from mention_rows import readings as found
from moneyparse import Evidence

D = Decimal




# -- A. hard-wrapped text: a line break inside a phrase is one space ---------------------------

WRAPPED = [
    # (text, [(span, amount, currency), ...]): lines of wrapped prose, as full as the wire's
    ("The ministry said exports rose to 1.4\nbillion dlrs last year.", [("1.4\nbillion dlrs", "1400000000", "USD")]),
    ("The fund said on Tuesday it raised $5\n  billion in March.", [("$5\n  billion", "5000000000", "USD")]),
    ("The company lost 217,000 dlrs on sales of 469,274\ndlrs.", [("217,000 dlrs", "217000", "USD"), ("469,274\ndlrs", "469274", "USD")]),
    (
        "He said the deficit will not fall much below 100\n    billion dlrs on present policies.",
        [("100\n    billion dlrs", "100000000000", "USD")],
    ),
    ("Earnings include a one-time charge of 6.0 mln\r\ndlrs in the quarter.", [("6.0 mln\r\ndlrs", "6000000", "USD")]),
    ("Investors were left stuck with about 17   \n   billion dlrs of notes.", [("17   \n   billion dlrs", "17000000000", "USD")]),
    ("The shares were offered at a price of $12.50\na share, the bank said.", [("$12.50", "12.5", "USD")]),
    ("The government said it had signed a new loan of\n$300 mln with the banks.", [("$300 mln", "300000000", "USD")]),
]


@pytest.mark.parametrize(("text", "expected"), WRAPPED, ids=[t for t, _ in WRAPPED])
def test_a_line_break_inside_a_phrase_is_a_space(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t, a, c) for t, a, _, c in found(text)] == [(t, D(a), c) for t, a, c in expected]


def test_a_hedge_before_a_line_break() -> None:
    (m,) = moneyparse.extract("The company reported a net profit of about\n   12 mln dlrs for the year.")
    assert (m.text, m.amount, m.qualifier) == ("12 mln dlrs", D("12000000"), "approx")


def test_a_range_across_a_line_break() -> None:
    text = "At the auction prices were 30 to 50 shillings lower, or 1.9 to 3\ndollars a bag."
    assert found(text)[-1] == ("1.9 to 3\ndollars", D("1.9"), D("3"), "USD")


BLANK_LINE = [
    # a blank line ends a phrase: the number and the scale word left apart give no mention, and
    # never the scale word alone as a number ("billion dlrs" is not 1,000,000,000)
    "The ministry said that exports rose to 1.4\n\nbillion dlrs",
    "The ministry said that exports rose to 1.4\n   \n  billion dlrs",
    "The ministry said that exports rose to 1.4\r\n\r\nbillion dlrs",
    # nor blanks wider than a phrase is spaced (justified text)
    "exports rose to 1.4          billion dlrs",
]


@pytest.mark.parametrize("text", BLANK_LINE)
def test_a_no_wrong_value_from_a_blank_line(text: str) -> None:
    assert found(text) == []


def test_a_blank_line_ends_a_phrase_before_a_marker() -> None:
    # the amount of the first paragraph does not take the currency that opens the next one
    assert found("The bank said that its revenue was 40 mln\n\nDlrs were weak, the bank said.") == []


LISTS = [
    # the short lines of a list or a table: each break parts two items, never one phrase
    (
        "Prezzo: 19,95 €\n699,00 EUR\n$40.00\nNZD $100.70",
        [("19,95 €", "19.95", "EUR"), ("699,00 EUR", "699.00", "EUR"), ("$40.00", "40.00", "USD"), ("NZD $100.70", "100.70", "NZD")],
    ),
    ("Total\n1 720,00 zł\n1 GY$", [("1 720,00 zł", "1720.00", "PLN")]),
]


@pytest.mark.parametrize(("text", "expected"), LISTS, ids=[t for t, _ in LISTS])
def test_a_the_breaks_of_a_list_part_its_items(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t, a, c) for t, a, _, c in found(text)][: len(expected)] == [(t, D(a), c) for t, a, c in expected]


@pytest.mark.parametrize("text", ["$5\n  billion", "Raised:\n$5\nbillion", "exports rose to 1.4\nbillion dlrs"])
def test_a_a_short_line_before_a_scale_word_gives_no_mention(text: str) -> None:
    # a break after a short line is kept; whether the next line's scale word belongs to the
    # amount is then unsure: neither "$5" nor "billion dlrs" alone
    assert found(text) == []


def test_a_offsets_across_indented_lines_map_back() -> None:
    text = (
        "    The company said its first quarter net profit rose to 5 mln\r\n"
        "    dlrs from 4 mln dlrs, on revenues of 40 mln dlrs, and that it\n"
        "    would pay a dividend of 20 cts.\n\n    Shr 14 cts vs 11 cts\n    Net 5 mln vs 4\n    mln dlrs\n"
    )
    spans = [(m.start, m.end, m.text) for m in moneyparse.extract(text)]
    assert all(text[a:b] == t for a, b, t in spans)
    assert [t for _, _, t in spans] == ["5 mln\r\n    dlrs", "4 mln dlrs", "40 mln dlrs", "20 cts", "14 cts", "11 cts"]


def test_a_streaming_reads_line_breaks_as_extract_does() -> None:
    text = ("The company said its sales rose to 4.2 billion\ndlrs, up from 4.0 billion dlrs a year ago in the\n  first quarter.\n\n" * 30)
    whole = moneyparse.extract(text)
    assert len(whole) == 60
    chunks = [text[i : i + 97] for i in range(0, len(text), 97)]
    assert list(moneyparse.iter_extract(chunks)) == whole


def test_a_parse_of_a_wrapped_phrase() -> None:
    m = moneyparse.parse("7.28\nbillion dlrs")
    assert (m.amount, m.currency, m.text) == (D("7280000000"), "USD", "7.28\nbillion dlrs")


# -- B. wire and older press forms --------------------------------------------------------------

PRESS_FORMS = [
    # (text, span, amount, currency)
    ("the Bank of England gave the market 12.5 mln stg in aid", "12.5 mln stg", "12500000", "GBP"),
    ("a shortfall of stg 40 mln was forecast", "stg 40 mln", "40000000", "GBP"),
    ("a one billion stg tranche of gilts", "one billion stg", "1000000000", "GBP"),
    ("a dividend of 55 cts a share", "55 cts", "0.55", "USD"),
    ("the group paid 600 mln U.S. dlrs for the unit", "600 mln U.S. dlrs", "600000000", "USD"),
    ("a 80 mln Canadian dlr eurobond", "80 mln Canadian dlr", "80000000", "CAD"),
    ("crude rose 32 Canadian cts a barrel", "32 Canadian cts", "0.32", "CAD"),
    ("wool fetched 4.5 mln Australian dlrs", "4.5 mln Australian dlrs", "4500000", "AUD"),
    # the country abbreviated before "dlrs", in the wire's capitals and points
    ("the state will repay 2.5 billion N.Z. Dlrs of debt", "2.5 billion N.Z. Dlrs", "2500000000", "NZD"),
    ("a 40 mln N.Z. dlr surplus", "40 mln N.Z. dlr", "40000000", "NZD"),
    ("farm income of 90 mln NZ dlrs", "90 mln NZ dlrs", "90000000", "NZD"),
    ("the tower sold for 1.2 billion H.K. Dlrs", "1.2 billion H.K. Dlrs", "1200000000", "HKD"),
    ("a loan of 300 mln HK dlrs", "300 mln HK dlrs", "300000000", "HKD"),
    ("the wine will retail for CDN$11.95", "CDN$11.95", "11.95", "CAD"),
    # and before the cents of those dollars
    ("the payout was 126 H.K. Cents a share", "126 H.K. Cents", "1.26", "HKD"),
    ("a bonus share of 2.5 HK cents", "2.5 HK cents", "0.025", "HKD"),
    ("the dividend was 14 N.Z. cts a share", "14 N.Z. cts", "0.14", "NZD"),
    ("a payout of nine Singapore cents", "nine Singapore cents", "0.09", "SGD"),
    ("wheat sales of 75 mln Aust dlrs", "75 mln Aust dlrs", "75000000", "AUD"),
    ("a fund of 20 mln S'pore dlrs", "20 mln S'pore dlrs", "20000000", "SGD"),
    ("a 25 mln Can dlr note", "25 mln Can dlr", "25000000", "CAD"),
    ("palm oil worth 60 mln Malaysian dlrs", "60 mln Malaysian dlrs", "60000000", "MYR"),
    ("profit of 310 mln Danish crowns", "310 mln Danish crowns", "310000000", "DKK"),
    ("a loan of 900 mln Norwegian crowns", "900 mln Norwegian crowns", "900000000", "NOK"),
    ("sales of 2.1 billion Swedish crowns", "2.1 billion Swedish crowns", "2100000000", "SEK"),
    ("a bond of 100 mln Swiss francs", "100 mln Swiss francs", "100000000", "CHF"),
    ("a charge of 70 mln French francs", "70 mln French francs", "70000000", "FRF"),
    ("profit of 3.2 billion Belgian francs", "3.2 billion Belgian francs", "3200000000", "BEF"),
    ("the Bundesbank added 100 mln marks", "100 mln marks", "100000000", "DEM"),
    ("a 500 mln Deutsche mark issue", "500 mln Deutsche mark", "500000000", "DEM"),
    ("the bonds raised 250 mln D-marks", "250 mln D-marks", "250000000", "DEM"),
    ("the bank placed DM 5 mln with clients", "DM 5 mln", "5000000", "DEM"),
    ("net profit of 45 mln guilders", "45 mln guilders", "45000000", "NLG"),
    ("a deficit of 1,200 billion lire", "1,200 billion lire", "1200000000000", "ITL"),
    ("a loss of 8.4 billion pesetas", "8.4 billion pesetas", "8400000000", "ESP"),
    ("an issue of 3 billion escudos", "3 billion escudos", "3000000000", "PTE"),
    ("the bank earned 496.7 mln schillings", "496.7 mln schillings", "496700000", "ATS"),
    ("a loan of 20 mln Irish punts", "20 mln Irish punts", "20000000", "IEP"),
    ("a 150 mln ECUs eurobond", "150 mln ECUs", "150000000", "XEU"),
    # a name of several words made the adjective of what it counts: bonds of 200 mln Swiss francs
    ("it will sell 200 mln Swiss franc-denominated bonds", "200 mln Swiss franc", "200000000", "CHF"),
    ("a tranche of five mln Australian dlr-denominated paper", "five mln Australian dlr", "5000000", "AUD"),
    ("reserves of 5.36 billion Australian dlrs-equivalent", "5.36 billion Australian dlrs", "5360000000", "AUD"),
    ("notes of 300 mln Hong Kong dollar-linked debt", "300 mln Hong Kong dollar", "300000000", "HKD"),
    # money held outside its country, after a scale: Eurodollars are US dollars, Euroyen yen
    ("it will issue 300 mln Eurodollar warrant bonds", "300 mln Eurodollar", "300000000", "USD"),
    ("the bank raised a 40 billion Euroyen loan", "40 billion Euroyen", "40000000000", "JPY"),
    ("a 15 billion euroyen\nissue was launched", "15 billion euroyen", "15000000000", "JPY"),
    ("they placed 200 mln Euro-dollars", "200 mln Euro-dollars", "200000000", "USD"),
]


@pytest.mark.parametrize("text", [
    "said one eurosterling specialist",  # a word of the market, no number of money
    "it rated the Aa-3\nEuroyen bonds",
    "Volume  Long gilt  134,420\n Eurodollar  140,417",  # a table's next row
    "To date only 13 Euro-MTN programs have been announced",  # "Euro" begins a compound: no euros
    "ministers of the 13 euro zone countries met",
    "rates: 6.93 EURO DOLLAR 1 MTH 6.43",
])
def test_b_euro_compounds_and_market_words_are_no_money(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text", ["the New Zealand-based fund", "a Hong Kong-based trader", "its Swiss franc-denominated debt"])
def test_b_a_name_before_denominated_with_no_number_is_no_mention(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "span", "amount", "currency"), PRESS_FORMS, ids=[r[1] for r in PRESS_FORMS])
def test_b_press_forms(text: str, span: str, amount: str, currency: str) -> None:
    assert [(t, a, c) for t, a, _, c in found(text)] == [(span, D(amount), currency)]


def test_b_earnings_table_cents() -> None:
    text = "Shr 14 cts vs 11 cts\n    Shr diluted 53 cts vs one ct\n    Net 430,364 vs 265,672"
    assert [(t, a) for t, a, _, _ in found(text)] == [
        ("14 cts", D("0.14")), ("11 cts", D("0.11")), ("53 cts", D("0.53")), ("one ct", D("0.01"))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a note's sums and their figures a share, one "or" left out: two amounts, never one
        ("a gain of 540,000 dlrs or 21 cts in 1987 and 730,000\ndlrs 29 cts in 1986", [
            ("540,000 dlrs", D("540000")), ("21 cts", D("0.21")), ("730,000\ndlrs", D("730000")), ("29 cts", D("0.29")),
        ]),
        ("It paid 2,500 dollars 75 cents a share.", [("2,500 dollars", D("2500")), ("75 cents", D("0.75"))]),
        # a small sum and its cents, or a large one with a word between, or spelled out as said: one
        ("It cost 12 dlrs 40 cts.", [("12 dlrs 40 cts", D("12.40"))]),
        ("He owed 2,500 dollars and 75 cents.", [("2,500 dollars and 75 cents", D("2500.75"))]),
        ("two thousand dollars fifteen cents", [("two thousand dollars fifteen cents", D("2000.15"))]),
    ],
)
def test_b_cents_right_after_a_large_sum_in_figures_are_another_figure(text: str, expected: list[tuple[str, D]]) -> None:
    assert [(t, a) for t, a, _, _ in found(text)] == expected


def test_b_a_table_s_first_cents_of_a_named_dollar_tell_its_dollars() -> None:
    # a Hong Kong firm's results: its first line names the dollar, the rest write "cents", "dlrs"
    text = "Shr 88 H.K. Cents vs 61 (adjusted)\n    Final div 25 cents vs 20\n    Net 512 mln dlrs vs 377 mln\n"
    assert [(t, c) for t, _, _, c in found(text)] == [
        ("88 H.K. Cents", "HKD"), ("61", "HKD"), ("25 cents", "HKD"), ("20", "HKD"), ("512 mln dlrs", "HKD"),
        ("377 mln", "HKD"),
    ]


def test_b_a_table_s_first_cents_carry_on_past_a_vs_figure() -> None:
    text = "Shr 88 H.K. Cents vs 61\n    Final div 25 cents vs 20\n"
    assert [c for _, _, _, c in found(text)] == ["HKD", "HKD", "HKD", "HKD"]


NOT_MONEY = [
    "she scored 90 marks out of 100 in the test",
    "a ring of 18 ct gold",
    "the class gave 5 marks for spelling",
]


@pytest.mark.parametrize("text", NOT_MONEY)
def test_b_marks_and_carats_are_not_money(text: str) -> None:
    assert found(text) == []


def test_b_parse_of_withdrawn_codes() -> None:
    assert (moneyparse.parse("DM 3 mln").currency, moneyparse.parse("DM 3 mln").amount) == ("DEM", D("3000000"))
    assert moneyparse.parse("5 mln ECUs").currency == "XEU"
    assert moneyparse.parse("ITL 500").currency == "ITL"


# -- B. the code in force on the day the text was written -------------------------------------

DATED = [
    # (text, day, currency)
    ("a fine of 500,000 lira was paid", date(1990, 6, 1), "ITL"),
    ("a fine of 500,000 lira was paid", date(2003, 6, 1), "TRL"),
    ("a fine of 500,000 lira was paid", date(2010, 6, 1), "TRY"),
    ("a fine of 500,000 lira was paid", None, "TRY"),
    ("a bill of 900,000 Turkish lira", date(2003, 6, 1), "TRL"),
    ("a bill of 900 Turkish lira", date(2006, 6, 1), "TRY"),
    ("In Turkey, a loaf cost 250,000 lira", date(1998, 3, 1), "TRL"),
    ("In Italy, a coffee cost 1,500 lira", date(1998, 3, 1), "ITL"),
    ("a gift of 100 Deutsche marks", date(2015, 1, 1), "DEM"),
    ("a gift of 100 Deutsche marks", None, "DEM"),
    # the Zimbabwe dollar by the day: of 1980-2008, of 2008-2009, of 2009-2024
    ("a budget of 700 billion Zimbabwe dollars", date(2007, 6, 1), "ZWD"),
    ("a budget of 700 billion Zimbabwe dollars", date(2008, 12, 1), "ZWR"),
    ("a loaf cost 5 Zimbabwean dollars", date(2015, 1, 1), "ZWL"),
    ("a loaf cost 5 Zimbabwean dollars", None, "ZWD"),
    ("In France the meal cost 200 francs", date(1995, 1, 1), "FRF"),
    ("the watch cost 200 francs in Geneva", date(1995, 1, 1), "CHF"),
    ("the watch cost 200 francs", date(2020, 1, 1), "CHF"),
    ("a pension of 300 roubles", date(1989, 5, 1), "SUR"),
    ("a pension of 300 roubles", date(1995, 5, 1), "RUR"),
    ("a pension of 300 roubles", date(2005, 5, 1), "RUB"),
    ("a pension of 300 roubles", None, "RUB"),
    ("prices of 5,000 won a kilo in Seoul", date(1960, 1, 1), "KRW"),
]


@pytest.mark.parametrize(("text", "day", "currency"), DATED, ids=[f"{t} {d}" for t, d, _ in DATED])
def test_b_the_code_in_force_on_the_day(text: str, day: date | None, currency: str) -> None:
    (m,) = moneyparse.extract(text, as_of=day)
    assert m.currency == currency
    assert currency not in m.alternatives


def test_b_as_of_reaches_pairs_and_streaming() -> None:
    text = "the state paid 2,000 billion lire (1.3 billion dlrs) for the plant"
    (pair,) = moneyparse.pairs(text, as_of=date(1987, 3, 2))
    assert (pair.first.currency, pair.second.currency) == ("ITL", "USD")
    text = "a fine of 500,000 lira was paid. " * 50
    streamed = list(moneyparse.iter_extract([text[:700], text[700:]], as_of=date(2003, 1, 1)))
    assert {m.currency for m in streamed} == {"TRL"}
    assert streamed == moneyparse.extract(text, as_of=date(2003, 1, 1))


def test_b_a_datetime_is_its_day_and_other_types_raise() -> None:
    (m,) = moneyparse.extract("a fine of 500,000 lira", as_of=datetime(1990, 6, 1, 12, 30))
    assert m.currency == "ITL"
    with pytest.raises(TypeError, match="as_of"):
        moneyparse.extract("5 lira", as_of="1990-06-01")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="as_of"):
        moneyparse.iter_extract(["5 lira"], as_of=1990)  # type: ignore[arg-type]


def test_b_an_assumed_code_is_kept_on_any_day() -> None:
    (m,) = moneyparse.extract("a fine of 500,000 lira", as_of=date(1990, 6, 1), assume={"lira": "TRY"})
    assert m.currency == "TRY"


@pytest.mark.parametrize("text", ["the arms show three crowns on a blue field", "the kicker made 5 punts in the game"])
def test_b_crowns_and_punts_of_other_kinds(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "currency"), [
    ("In Stockholm the ticket cost 90 crowns", "SEK"), ("In Oslo the ticket cost 90 crowns", "NOK"),
    ("the Dublin fare was 3 punts", "IEP"),
])
def test_b_crowns_and_punts_of_money(text: str, currency: str) -> None:
    assert [c for *_, c in found(text)] == [currency]


@pytest.mark.parametrize(("text", "span", "amount", "currency"), [
    ("the bank bought bills comprising\nfour mln stg in band one", "four mln stg", "4000000", "GBP"),
    ("it placed about one mln dlrs in notes", "one mln dlrs", "1000000", "USD"),
    ("a loan of two bln dlrs", "two bln dlrs", "2000000000", "USD"),
])
def test_b_spelled_counts_before_the_wire_scales(text: str, span: str, amount: str, currency: str) -> None:
    assert [(t, a, c) for t, a, _, c in found(text)] == [(span, D(amount), currency)]


@pytest.mark.parametrize("text", ["Figures in mln dlrs unless stated", "Year (Mln dlrs)\n  Net 5 vs 4", "(bln dlrs)"])
def test_b_a_scale_abbreviation_alone_heads_a_column(text: str) -> None:
    assert found(text) == []


def test_b_the_decimals_of_a_tokenized_number_are_no_amount() -> None:
    # text split into tokens writes "1.85" as "1 . 85": its decimals are not 8,500 marks
    assert [t for t, *_ in found("the dollar closed at 1 . 8500 marks , down 0 . 0085 .")] == []


@pytest.mark.parametrize(("text", "span", "amount"), [
    # a number with decimals after a name is the next figure, not a count of cents: "8.50 pct" is
    # the coupon of the bond, not 3,000,000,000.08 francs
    ("The agency is issuing a three billion franc 8.50 pct domestic bond.", "three billion franc", "3000000000"),
    ("The fund put 500 mln franc 7.25 pct notes on sale.", "500 mln franc", "500000000"),
    ("He was paid 15 dollars 50,000 times over.", "15 dollars", "15"),
    # a count of cents that ends the sentence or the clause is one
    ("The book cost 15 dollars 50.", "15 dollars 50", "15.50"),
    ("The book cost 15 dollars 50, the pen less.", "15 dollars 50", "15.50"),
])
def test_b_decimals_after_a_name_are_no_cents(text: str, span: str, amount: str) -> None:
    assert [(t, a) for t, a, _, _ in found(text)] == [(span, D(amount))]


MIXED_FRACTIONS = [
    # the wire writes prices and dividends in fractions of powers of two: "14-1/2 cts" is 14.5 cents
    ("Qtly div 22-1/2 cts vs 22-1/2 cts prior", [("22-1/2 cts", "0.225", None), ("22-1/2 cts", "0.225", None)]),
    ("Its shares rose 1-1/4 dlrs to 41-3/8 dlrs.", [("1-1/4 dlrs", "1.25", None), ("41-3/8 dlrs", "41.375", None)]),
    ("The bid was raised by 2-1/2 billion dlrs.", [("2-1/2 billion dlrs", "2500000000", None)]),
    ("Wheat futures held gains of one to\n1-3/4 cents a bushel.", [("one to\n1-3/4 cents", "0.01", "0.0175")]),
]


@pytest.mark.parametrize(("text", "expected"), MIXED_FRACTIONS, ids=[t for t, _ in MIXED_FRACTIONS])
def test_b_mixed_fractions(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(t, a, h) for t, a, h, _ in found(text)] == [(t, D(a), D(h) if h else None) for t, a, h in expected]


@pytest.mark.parametrize("text", [
    "Qtly div 8-1/3 cts vs 8-1/3 cts",  # a third has no exact decimal: nothing rather than a rounding
    "About 1/2 million dollars was spent.",  # no whole number: the digits after the slash are no amount
    "The 1986-87/2 dlrs figure was revised.",
])
def test_b_other_fractions_give_no_amount(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "currency"), [
    # a bank of one of the franc countries, named as the wire names it, tells which franc
    ("A state agency is issuing a two billion franc domestic bond, lead manager Credit Lyonnais said.", "FRF"),
    ("The notes, in denominations of 10,000 francs, are led by Banque Nationale de Paris.", "FRF"),
    ("The city is issuing a 100 mln franc bond, lead manager Credit Suisse said.", "CHF"),
])
def test_b_the_bank_tells_the_franc(text: str, currency: str) -> None:
    assert [c for *_, c in found(text)] == [currency]


DLRS_BY_COUNTRY = [
    # "dlrs" is read as "$" is: US dollars unless a country that writes dollars is named in the
    # sentence, or twice near
    ("Shipments by Canadian makers fell 1.2 pct to 21.5 billion dlrs in March, Statistics Canada said.",
     ["CAD"]),
    ("Canada's trade surplus widened in May.\n    Exports to Japan rose to 1.9 billion dlrs, the Canadian agency said.",
     ["CAD"]),
    # a bank named after a province lends in US dollars too: its name says nothing of the money
    ("The firm drew 260 mln dlrs on a credit line with the Bank of Nova Scotia and 40 mln dlrs from notes.",
     ["USD", "USD"]),
    # one country named in passing, outside the sentence, leaves the default
    ("The firm, which has a plant in Canada, makes trucks.\n    It said profit rose to 12 mln dlrs in the year "
     "to June, on sales of 300 mln dlrs.", ["USD", "USD"]),
    ("Net profit 4.5 mln dlrs vs 3.2 mln dlrs", ["USD", "USD"]),
    ("A city in Norway is issuing a 60 mln Canadian dlr bond.", ["CAD"]),
    # a country's adjective right before the number whose dollar follows it names that dollar,
    # whatever country the conversion after it names; a place there may be whom the sum goes to
    ("The bank launched an issue of Australian 80 mln dlrs (about U.S. 55 mln) in five-year notes.", ["AUD", "USD"]),
    ("A Swiss dealer placed Canadian 40 mln dlrs of U.S. Treasury paper.", ["CAD"]),
    ("Washington agreed to lend Singapore 30 mln dlrs, the U.S. Treasury said.", ["USD"]),
]


@pytest.mark.parametrize(("text", "currencies"), DLRS_BY_COUNTRY, ids=[t[:40] for t, _ in DLRS_BY_COUNTRY])
def test_b_dlrs_by_the_country_named(text: str, currencies: list[str]) -> None:
    assert [c for *_, c in found(text)] == currencies


GLOSSED_WITH_INITIALS = [
    # "U.S." and a number with a scale word, alone in a bracket right after an amount: its conversion
    ("The bank launched an issue of Australian 80 mln dlrs (about U.S. 55 mln) in five-year notes.",
     [("80 mln dlrs", D(80000000), None, "AUD"), ("U.S. 55 mln", D(55000000), None, "USD")]),
    ("The utility raised 30 billion yen\n(U.S. 210 mln) from a group of banks.",
     [("30 billion yen", D(30000000000), None, "JPY"), ("U.S. 210 mln", D(210000000), None, "USD")]),
    ("A Toronto bank sold Canadian 150 mln dlrs (approx. US 110.5 mln) of notes.",
     [("150 mln dlrs", D(150000000), None, "CAD"), ("US 110.5 mln", D(110500000), None, "USD")]),
]

NOT_GLOSSED = [
    # the initials and a number in running text, or a bracket that goes on, count anything
    "The network reaches U.S. 70 mln homes, the company said.",
    "The bank sold Australian 80 mln dlrs (U.S. 55 mln of it to funds) of notes.",
    "The bank sold Australian 80 mln dlrs of notes (U.S. 55 mln).",
]


@pytest.mark.parametrize(("text", "expected"), GLOSSED_WITH_INITIALS, ids=[t[:40] for t, _ in GLOSSED_WITH_INITIALS])
def test_b_a_conversion_glossed_with_the_country_initials(text: str, expected: list[tuple[str, D, D | None, str]]) -> None:
    assert found(text) == expected
    assert [(p.first.text, p.second.text) for p in moneyparse.pairs(text)] == [(expected[0][0], expected[1][0])]


@pytest.mark.parametrize("text", NOT_GLOSSED, ids=[t[:40] for t in NOT_GLOSSED])
def test_b_the_initials_and_a_number_alone_are_no_money(text: str) -> None:
    assert [c for *_, c in found(text)] == (["AUD"] if "Australian" in text else [])


SPELLED_AFTER_A_SCALE_AND = [
    # the scale word that ends a number in digits, "and", then a number in words: the words are the
    # next amount, never one number with the scale word ("a million and one" is one)
    ("The gap should narrow to between 600 mln\nand one billion dlrs this month.",
     [("600 mln\nand one billion dlrs", D(600000000), D(1000000000), "USD")]),
    ("Cover is 80 pct on claims between 50 mln and two billion lire.",
     [("50 mln and two billion lire", D(50000000), D(2000000000), "ITL")]),
    ("Its revenue and net income would be 45 mln and three mln dlrs respectively.",
     [("45 mln", D(45000000), None, "USD"), ("three mln dlrs", D(3000000), None, "USD")]),
    ("He left a million and one dollars to the club.", [("a million and one dollars", D(1000001), None, "USD")]),
    # words that end in a smaller scale word or none may go on the number before: nothing is read
    ("The hall cost 5 thousand and one dollars to build.", []),
    ("The hall cost 3 million and two thousand dollars to build.", []),
    ("They paid 2 mln and a half dlrs for it.", []),
]


@pytest.mark.parametrize(("text", "expected"), SPELLED_AFTER_A_SCALE_AND, ids=[t[:40] for t, _ in SPELLED_AFTER_A_SCALE_AND])
def test_b_an_amount_in_words_after_a_scale_word_and_and(text: str, expected: list[tuple[str, D, D | None, str]]) -> None:
    assert found(text) == expected


# -- the command line: --published -------------------------------------------------------------


def test_extract_published_reads_the_code_in_force(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from moneyparse.cli import main

    path = tmp_path / "story.txt"
    path.write_text("The museum charged 5,000 lira.\nA fund of 40 mln marks\n  was set up.\n", encoding="utf-8")
    rows = {}
    for published in (None, "1990-06-01", "2003-06-01"):
        argv = ["extract", str(path), "--format", "jsonl", *(["--published", published] if published else [])]
        assert main(argv) == 0
        out, err = capsys.readouterr()
        records = [json.loads(line) for line in out.splitlines()]
        rows[published] = [(r["text"], r["currency"]) for r in records]
    assert rows[None] == [("5,000 lira", "TRY"), ("40 mln marks", "DEM")]
    assert rows["1990-06-01"] == [("5,000 lira", "ITL"), ("40 mln marks", "DEM")]
    assert rows["2003-06-01"] == [("5,000 lira", "TRL"), ("40 mln marks", "DEM")]
    assert main(["extract", str(path), "--workers", "2", "--format", "jsonl", "--published", "1990-06-01"]) == 0
    out, _ = capsys.readouterr()
    assert [json.loads(line)["currency"] for line in out.splitlines()] == ["ITL", "DEM"]


def test_extract_published_must_be_a_date(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from moneyparse.cli import main

    path = tmp_path / "story.txt"
    path.write_text("5,000 lira\n", encoding="utf-8")
    status = main(["extract", str(path), "--published", "June 1990"])
    out, err = capsys.readouterr()
    assert status != 0 and out == ""
    assert len(err.strip().splitlines()) == 1 and "published" in err and "Traceback" not in err


def test_dask_files_take_as_of_and_check_it_in_the_client(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from moneyparse.dask import _extract_paths, extract_files

    path = tmp_path / "story.txt"
    path.write_text("The museum charged 5,000 lira.\n", encoding="utf-8")
    with pytest.raises(TypeError, match="as_of"):
        extract_files([str(path)], as_of="1990-06-01")  # type: ignore[arg-type]
    (result,) = _extract_paths((str(path),), None, "utf-8", "strict", as_of=date(1990, 6, 1))
    assert [m.currency for m in result[0]] == ["ITL"]


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("The bank led a 300 mln mark bond for the utility.", "300 mln mark", "DEM"),
        ("It arranged a 100 mln guilder loan.", "100 mln guilder", "NLG"),
        ("with the introduction of a four billion mark volume", "four billion mark", "DEM"),
        ("It signed a 500 mln Danish crown credit.", "500 mln Danish crown", "DKK"),
        # the scale joined by a hyphen, as the wire writes the adjective
        ("It signed a 150-mln guilder loan.", "150-mln guilder", "NLG"),
        ("Bonn planned a 44-billion mark tax package.", "44-billion mark", "DEM"),
        # the noun after two words at most, or at the next line
        ("Utrecht floated a 150 mln guilder seven-year bond.", "150 mln guilder", "NLG"),
        ("The carmaker took a 480 mln mark\nloss on currency deals.", "480 mln mark", "DEM"),
        # a bond's coupon before the words and the noun
        ("Dealers quoted the bank's 300 mln guilder 6.25 pct bullet bond.", "300 mln guilder", "NLG"),
        ("It priced a 150 mln mark 7-1/2 pct eurobond due 1994.", "150 mln mark", "DEM"),
        # a change, a dividend, a requirement, a reform, a swindle or a limit is a thing of money
        # too; the noun may come after three words, a possessive among them
        ("Deposits showed a 9.2 billion mark rise in May.", "9.2 billion mark", "DEM"),
        ("The utility pays a 40 mln mark dividend to its owner.", "40 mln mark", "DEM"),
        ("The insurer owns up to a 310 mln mark currency swindle.", "310 mln mark", "DEM"),
        ("Bonn brings forward a 12 billion mark tax reform.", "12 billion mark", "DEM"),
        ("The lender joined a 90 mln mark seven year floating note.", "90 mln mark", "DEM"),
        ("The builder signed a 75 mln mark Austrian supplier's credit.", "75 mln mark", "DEM"),
        ("Banks stayed above the 48 billion mark minimum reserve requirement.", "48 billion mark", "DEM"),
        # a subsidy, a grant, a cut, an advance or a write-back, a modifier perhaps before it
        ("The province ends its yearly 25 mln guilder\nfarm subsidy for the port.", "25 mln guilder", "NLG"),
        ("Bonn approved a 3.4 billion mark tax reduction.", "3.4 billion mark", "DEM"),
        ("The central bank gave a 2.1 billion guilder special advance.", "2.1 billion guilder", "NLG"),
        ("It booked a 65 mln mark write-back of provisions.", "65 mln mark", "DEM"),
        # a crown is the money of the one country of the crowns that its story names
        ("Norway's Helikopter Service won a 25-mln crown assembly contract.", "25-mln crown", "NOK"),
        ("A Swedish miner booked a 1.08 billion crown 1986 loss.", "1.08 billion crown", "SEK"),
        ("Parliament in Reykjavik voted an 800 mln crown cash infusion.", "800 mln crown", "ISK"),
        ("Oslo, June 3 - Shipowners said freight rates held up well.\n"
         + "    Later the yard won a 300 mln crown order for two tankers.", "300 mln crown", "NOK"),
        # the singular of the other names the wire writes so: riyal, rial, dirham, shilling, punt,
        # escudo, drachma
        ("Riyadh said a 2.4 billion riyal loan to the utility was agreed.", "2.4 billion riyal", "SAR"),
        ("The fund said it placed a 600 mln\nriyal issue with local banks.", "600 mln\nriyal", "SAR"),
        ("Tehran floated a 50 billion rial bond for the port.", "50 billion rial", "IRR"),
        ("Dubai's ruler backed a 900 mln dirham airport project.", "900 mln dirham", "AED"),
        ("Ireland recorded a 45 mln punt trade\nsurplus in May.", "45 mln punt", "IEP"),
        ("Lisbon raised a 10 billion escudo loan from a bank group.", "10 billion escudo", "PTE"),
        ("Athens faces a 400 billion drachma budget deficit.", "400 billion drachma", "GRD"),
    ],
)
def test_a_singular_name_after_a_scale_word_before_a_thing_of_money_is_money(text: str, span: str, code: str) -> None:
    (m,) = moneyparse.extract(text)
    assert (m.text, m.currency) == (span, code)


def test_a_singular_name_takes_its_noun_past_a_bracket_of_its_conversion() -> None:
    found = moneyparse.extract("Kenya posted a 2.1 billion shilling (130 mln dlr) deficit in the half.")
    assert [(m.text, m.currency) for m in found] == [("2.1 billion shilling", "KES"), ("130 mln dlr", "USD")]


def test_a_singular_name_shares_the_noun_of_the_amount_after_it() -> None:
    # "a 3 billion mark and 150 billion yen limit": one limit in two monies, each its own amount
    found = moneyparse.extract("The bank keeps a 3 billion mark and 150 billion yen limit with Tokyo.")
    assert [(m.text, m.currency) for m in found] == [("3 billion mark", "DEM"), ("150 billion yen", "JPY")]


@pytest.mark.parametrize(
    "text",
    [
        "The index passed the 1,000 mark today.",
        "The dollar broke the 1.80 mark in Tokyo.",
        "Sales passed the 1 billion mark in May.",
        "Four Mark IV cars finished.",
        # a crown with no country, or with two, may be any of four: nothing rather than a guess
        "It signed a 500 mln crown credit.",
        "It signed a 500-mln crown credit.",
        "Sweden and Denmark shared a 500 mln crown credit for the bridge.",
        # nor a crown of gold, nor a mark with no money after it or with a sentence going on
        "Norway's king was given a 5 mln crown jewel.",
        "Sales passed the 1 billion mark and volume rose.",
        "Sales passed the 1 billion mark in new orders.",
        "The Norwegian index ended at its 2,000 crown level.",
        # milestones with a time, a place of the count or a change after them
        "Subscribers passed the 1 million mark last year.",
        "Sales crossed the 100 mln mark in sales this spring.",
        "The film passed the half-million mark.",
        "Visitors topped the 10 million mark early this year despite a drop.",
        "The count passed the 2 million mark and 300 new stores opened.",
        "Its index held the 2,000 mark, then rose.",
        "Sales passed the 1 billion mark 5 pct up on the year.",  # a change after the milestone, no coupon of a bond
        # the singular with no scale word before it, or no thing of money after it
        "His 40-yard punt set up the score.",
        "The 1.3 billion riyal was all he mentioned.",
        "Banks quoted the riyal at 3.75 to the dollar.",
        "They kicked a 60 mln punt across the field of sport.",
    ],
)
def test_a_singular_name_as_a_milestone_or_a_word_is_no_money(text: str) -> None:
    assert moneyparse.extract(text) == []


def test_a_count_of_issues_before_the_name_of_their_money_is_no_amount() -> None:
    text = "The agency will repay three Swiss franc public issues and a 75 mln Swiss franc bond."
    assert [(m.text, m.amount, m.currency) for m in moneyparse.extract(text)] == [
        ("75 mln Swiss franc", Decimal(75000000), "CHF")
    ]


def test_a_country_after_dlr_names_that_dollar() -> None:
    text = "Maple Resources Ltd of Toronto said holders may buy one new share at one dlr U.S. or 1.30 dlrs Canadian."
    assert [(m.currency, m.evidence) for m in moneyparse.extract(text)] == [("USD", Evidence.MARKER), ("CAD", Evidence.MARKER)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The rights are priced at 5 dlrs U.S. each.", "USD"),
        ("It has tax credits of about 2.5 billion dlrs Canadian (1.9 billion dlrs US).", "USD"),
        ("It paid 15 mln dlrs Australian, the company said.", "AUD"),
    ],
)
def test_the_last_dollar_takes_the_country_written_after_it(text: str, code: str) -> None:
    assert moneyparse.extract(text)[-1].currency == code


def test_a_company_named_after_dlrs_is_no_country_after_them() -> None:
    # "Canadian Pacific" is a company: a capital after the adjective leaves the reading as it was
    text = "Bond Corp sold the stake for 100 mln dlrs Canadian Pacific said."
    assert moneyparse.extract(text)[0].evidence is not Evidence.MARKER
