"""A bare "$" read from the dollars a text writes out around it: the marked dollar carried on
to the next sentences, and the almanac that quotes its local dollar "per US$1" and keeps "$" for
the US dollar (sentences written for the test; Nauru's figures are the almanac's own facts)."""

from __future__ import annotations

import pytest

import moneyparse
from moneyparse import Evidence


def currencies(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.currency) for m in moneyparse.extract(text)]


# --- the marked dollar carried on ----------------------------------------------------------------

CARRIED = [
    # the same sentence, and the next two
    ("The miner's shares closed at C$8.40, up from $8.10 a week ago.", [("C$8.40", "CAD"), ("$8.10", "CAD")]),
    (
        "Tickets for the final cost A$45. Seats in the stand go for $120. Parking is $20 extra.",
        [("A$45", "AUD"), ("$120", "AUD"), ("$20", "AUD")],
    ),
    (
        "The insurer closed at CA$6.21 and traded later at $6.25. It is worth about $11 billion.",
        [("CA$6.21", "CAD"), ("$6.25", "CAD"), ("$11 billion", "CAD")],
    ),
    # a dollar named in words carries as its sign does
    ("The fine was 500 Canadian dollars, and the appeal cost another $300.", [("500 Canadian dollars", "CAD"), ("$300", "CAD")]),
    # the wire's words: a dollar marked as one country's carries on to the bare "dlrs" and cents
    (
        "Earnings rose to 1.28 billion H.K. Dlrs in 1986, above forecasts of 920 mln to one billion dlrs. "
        "They compared with 551.7 mln dlrs in 1985.",
        [("1.28 billion H.K. Dlrs", "HKD"), ("920 mln to one billion dlrs", "HKD"), ("551.7 mln dlrs", "HKD")],
    ),
    ("It raised 5 mln Canadian dlrs, and the fee was 20 cts a share.", [("5 mln Canadian dlrs", "CAD"), ("20 cts", "CAD")]),
    ("The fine was 500 Canadian dollars, and the appeal cost 300 dollars.", [("500 Canadian dollars", "CAD"), ("300 dollars", "CAD")]),
    # the US named before the marked dollar is further off than it
    (
        "The US chain opened its first store in Toronto. Its sales there reached C$12 million, "
        "of which $4 million came in December.",
        [("C$12 million", "CAD"), ("$4 million", "CAD")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CARRIED)
def test_a_marked_dollar_carries_on_to_the_bare_signs_after_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(text) == expected


def test_a_carried_dollar_is_context_and_keeps_the_other_readings() -> None:
    bare = moneyparse.extract("Seats cost NZ$80. Standing room is $25.")[1]
    assert (bare.currency, bare.evidence) == ("NZD", Evidence.CONTEXT)
    assert "USD" in bare.alternatives and "NZD" not in bare.alternatives


NOT_CARRIED = [
    # the US dollar written out between, or in the bare sign's own sentence
    ("The stock fell to C$6.21; in New York it closed at US$4.60, and options traded at $0.30.", "$0.30"),
    ("The stock fell to C$6.21, while the US listing traded at $4.60.", "$4.60"),
    ("The price was A$30 at home. Americans paid $22 for the same box.", "$22"),
    # the places of the US markets, whose listings are in US dollars
    ("BHP earned A$5 billion. Rio Tinto, listed in London and New York, earned $6 billion.", "$6 billion"),
    ("It raised A$2 million. The Nasdaq-listed rival spent $3 million.", "$3 million"),
    ("Shares ended at C$30. On Wall Street the stock closed at $22.", "$22"),
    # a bracket or an "or" right after an amount quotes it in US dollars (rule G)
    ("The deal is worth C$10 billion ($7.3 billion), the board said.", "$7.3 billion"),
    ("The deal is worth C$10 billion, or $7.3 billion, the board said.", "$7.3 billion"),
    # after a bracket that wrote US dollars "$", the text's bare "$" is the US dollar
    ("It paid C$10 billion ($7.3 billion). Its rival paid $5 billion.", "$5 billion"),
    # too far: three sentence ends, or a new paragraph
    ("Tickets cost A$45. The gates open at noon. The band plays at six. Programmes are $10.", "$10"),
    ("Tickets cost A$45 at the gate.\n\nIn other news, the fund raised $10 million.", "$10 million"),
    # the lines of a list of prices are strings of their own
    ("Prices\nC$5.95\n$809,000\n$15.95\n", "$809,000"),
    ("Prices\nC$5.95\n$809,000\n$15.95\n", "$15.95"),
    # a code that shares the sign's meanings is no dollar written out
    ("Bonds of ARS 1,000 million were sold. The bank kept $5 million.", "$5 million"),
    # the wire's words: the US named, or the US dollar written, between
    ("It raised 5 mln Canadian dlrs. It also paid 3 mln dlrs to U.S. banks.", "3 mln dlrs"),
    ("It raised 5 mln Australian dlrs, or 3.5 mln U.S. Dlrs, and spent 2 mln dlrs.", "2 mln dlrs"),
    # a currency that "$" never means carries nothing
    ("The ticket was €45. Drinks were $8.", "$8"),
]


@pytest.mark.parametrize(("text", "bare"), NOT_CARRIED)
def test_a_marked_dollar_does_not_carry_past_its_bounds(text: str, bare: str) -> None:
    found = dict(currencies(text))
    assert found[bare] == "USD"


def test_a_marked_dollar_carries_over_characters_only_to_its_reach() -> None:
    near = "Seats cost NZ$80 at the ground, " + "and " * 20 + "standing room is $25."
    far = "Seats cost NZ$80 at the ground, " + "and " * 80 + "standing room is $25."
    assert dict(currencies(near))["$25"] == "NZD"
    assert dict(currencies(far))["$25"] == "USD"


def test_an_adjective_still_says_which_dollar() -> None:
    assert currencies("Seats cost NZ$80. The same seat in Sydney is Australian $75.") == [
        ("NZ$80", "NZD"), ("$75", "AUD"),
    ]


# --- the almanac's reference dollar ------------------------------------------------------------

ALMANAC = (
    "Nauru\n\n- Economy\nOverview: Revenues come from phosphates; fresh water comes from Australia.\n\n"
    "GNP: over $90 million, per capita $10,000\n\nBudget: revenues $69.7 million; expenditures "
    "$51.5 million\n\nExports: $93 million; partners--Australia, NZ\n\nImports: $73 million; "
    "partners--Australia, UK, NZ, Japan\n\nCurrency: Australian dollar (plural--dollars);\n"
    "1 Australian dollar ($A) = 100 cents\n\nExchange rates: Australian dollars ($A) per US$1--1.2784 "
    "(January 1990)\n"
)


def test_an_almanac_that_quotes_its_dollar_per_us_dollar_writes_us_dollars_bare() -> None:
    bare = [(t, c) for t, c in currencies(ALMANAC) if t.startswith("$")]
    assert len(bare) == 6
    assert {c for _, c in bare} == {"USD"}


def test_without_the_rate_per_us_dollar_the_country_reads_as_before() -> None:
    text = ALMANAC.replace("per US$1--1.2784", "--1.2784")
    bare = [c for t, c in currencies(text) if t.startswith("$")]
    assert bare and set(bare) != {"USD"}  # the words of Australia near still tell its dollar


@pytest.mark.parametrize(
    "line",
    [
        "Exchange rates: the dollar bought 1.27 per US$1 in January",  # no local marker in a bracket
        "Exchange rates: Australian dollars ($A) cost 1.27 each",  # no rate per US dollar
    ],
)
def test_half_of_the_almanac_convention_changes_nothing(line: str) -> None:
    text = ALMANAC.replace("Exchange rates: Australian dollars ($A) per US$1--1.2784", line)
    assert [c for t, c in currencies(text) if t.startswith("$")] == [
        c for t, c in currencies(ALMANAC.replace("per US$1--1.2784", "--1.2784")) if t.startswith("$")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the conversion in a bracket right after the marked dollar names no US dollar of the text's own
        ("Petrol now costs C$1.21 (US$0.89) a litre. In Halifax drivers pay $1.30 a litre.",
         [("C$1.21", "CAD"), ("US$0.89", "USD"), ("$1.30", "CAD")]),
        # cents written bare are the cents of the dollar carried
        ("Petrol now costs C$1.21 (US$0.89) a litre, and 98.5 cents in Regina.",
         [("C$1.21", "CAD"), ("US$0.89", "USD"), ("98.5 cents", "CAD")]),
        # a US dollar written out of any bracket still stops the carry
        ("Petrol now costs C$1.21 a litre. In Boston it costs US$0.95, and 98.5 cents in Maine.",
         [("C$1.21", "CAD"), ("US$0.95", "USD"), ("98.5 cents", "USD")]),
        # cents with no dollar written before them stay as they were
        ("A stamp costs 93 cents.", [("93 cents", "USD")]),
    ],
)
def test_a_bracketed_conversion_does_not_stop_the_carried_dollar(text: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(text) == expected


def test_the_cents_of_an_almanac_keep_their_own_dollar() -> None:
    cents = [c for t, c in currencies(ALMANAC) if t.endswith("cents")]
    assert cents == ["AUD"]  # "1 Australian dollar ($A) = 100 cents": the reference rule reads only "$"


#: An almanac section of our own for a money that is no dollar but is tied to one.
TIED = (
    "GDP: $2.4 billion, per capita $5,900\n\nExports: $1.5 billion (1989 est.)\n\n"
    "Currency: pataca (plural--patacas)\n\nExchange rates: patacas (P) per US$1--8.03 (1989); note--linked "
    "to the Hong Kong dollar\nat the rate of 1.03 patacas per Hong Kong dollar\n"
)


def test_an_almanac_of_a_money_tied_to_another_dollar_writes_us_dollars_bare() -> None:
    bare = [(t, c) for t, c in currencies(TIED) if t.startswith("$")]
    assert [t for t, _ in bare] == ["$2.4 billion", "$5,900", "$1.5 billion"]
    assert {c for _, c in bare} == {"USD"}
    # without the rate per US dollar, the country of the dollar it is tied to, named near, decides
    # as before (the dollar named as a money, "the Hong Kong dollar", tells nothing: world_dollar)
    placed = TIED.replace("(P) per US$1", "per dollar").replace("the Hong Kong dollar", "the money of Hong Kong")
    before = [c for t, c in currencies(placed.replace("per Hong Kong dollar", "per dollar of Hong Kong")) if t.startswith("$")]
    assert before and "USD" not in before


def test_an_adjective_in_the_almanac_still_says_which_dollar() -> None:
    text = ALMANAC.replace("Exports: $93 million", "Exports: Australian $93 million")
    assert ("$93 million", "AUD") in currencies(text)


@pytest.mark.parametrize("size", [7, 61, 997])
def test_a_stream_reads_both_rules_as_extract_does(size: int) -> None:
    text = (ALMANAC + "\n\n" + CARRIED[2][0] + " ") * 40
    whole = moneyparse.extract(text)
    chunks = [text[i : i + size] for i in range(0, len(text), size)]
    assert list(moneyparse.iter_extract(chunks)) == whole


@pytest.mark.parametrize(("gap", "expected"), [(3_000, "USD"), (4_500, "AUD")])
def test_the_rate_per_us_dollar_counts_within_the_wide_window(gap: int, expected: str) -> None:
    head = "Exports: $93 million; partners--Australia, NZ; the Australian market takes the most.\n\n"
    filler = ("Industries: phosphate mining, financial services, coconuts and fishing licences.\n" * 100)[:gap]
    text = head + filler + "\n\nExchange rates: Australian dollars ($A) per US$1--1.2784 (January 1990)\n"
    assert dict(currencies(text))["$93 million"] == expected


#: An almanac section of our own for a peso country whose rate line gives no marker in a bracket.
PESO_ALMANAC = (
    "Overview:\n    Over ten years Argentina's external debt has grown to $9 billion, and its\n    exports\n"
    "Exports:\n    $1.6 billion (f.o.b., 1991)\n"
    + "Industries:\n    meat packing, flour milling, leather goods, wine, textiles and shoes\n" * 8
    + "Currency:\n    peso (plural - pesos); 1 peso = 100 centavos\n\n"
    "Exchange rates:\n    pesos per US$1 - 2.48 (March 1992), 2.01 (1991)\n"
)


def test_an_almanac_rate_line_without_a_marker_keeps_the_bare_sign_for_us_dollars() -> None:
    bare = [(t, c) for t, c in currencies(PESO_ALMANAC) if t.startswith("$")]
    assert bare == [("$9 billion", "USD"), ("$1.6 billion", "USD")]


@pytest.mark.parametrize(
    "line",
    [
        "Exchange rates:\n    pesos per US$1 (March 1992)\n",  # no rate after a dash
        "The peso traded at 2.48 per US$1 in March.\n",  # a rate quoted in a sentence, its figure first
    ],
)
def test_a_rate_per_us_dollar_without_the_almanac_line_keeps_the_peso_beside_pesos(line: str) -> None:
    text = PESO_ALMANAC.replace("Exchange rates:\n    pesos per US$1 - 2.48 (March 1992), 2.01 (1991)\n", line)
    assert dict(currencies(text))["$9 billion"] == "ARS"  # "1 peso" written out: the peso country's rule


# --- the money marked at home: pesos and New Taiwan dollars are written out ----------------------

MARKED_AT_HOME = [
    # the country named near, its money written out nowhere: the bare sign is the US dollar
    ("Argentina will repay its creditors $28 billion over ten years.", "$28 billion", "USD"),
    ("The carmaker will build a plant in Mexico, an investment of $1 billion.", "$1 billion", "USD"),
    ("Taiwan will buy $2 billion of fighter jets from the maker.", "$2 billion", "USD"),
    # the money named as a thing, not as an amount, does not write it out
    (
        "The Argentine peso slid again. Paying its IMF debt of US$9.8 billion early will save Argentina "
        "about $1 billion, and the reserves stand at $28 billion.",
        "$28 billion",
        "USD",
    ),
]

MARKED_NEAR_MISSES = [
    # an amount in the money itself, before or after, keeps the bare sign the country's
    ("In Argentina a bus fare is 50 pesos, and a $30 card buys a month of rides.", "$30", "ARS"),
    ("In Mexico a $20 meal costs less than 300 pesos did a year ago.", "$20", "MXN"),
    ("The Taipei council set aside NT$5 billion; the $2 billion left goes to schools.", "$2 billion", "TWD"),
    ("Mexico's central bank quoted Mex$17.10 and the stamp cost $5 in Mexico.", "$5", "MXN"),
    # an adjective says which dollar, as ever
    ("The Mexican $20 note shows a portrait of Juárez.", "$20", "MXN"),
    # the other dollar countries write their money bare, and keep it
    ("In Canada the permit cost $5. It lies in Canada.", "$5", "CAD"),
    ("Australia will spend $2 billion on roads, Australian officials said.", "$2 billion", "AUD"),
]


@pytest.mark.parametrize(("text", "amount", "expected"), MARKED_AT_HOME + MARKED_NEAR_MISSES)
def test_a_money_marked_at_home_is_read_from_a_bare_sign_only_beside_it(text: str, amount: str, expected: str) -> None:
    assert dict(currencies(text))[amount] == expected


def test_the_us_dollar_of_a_peso_country_keeps_the_peso_as_an_alternative() -> None:
    (m,) = moneyparse.extract("Argentina will repay its creditors $28 billion over ten years.")
    assert m.currency == "USD" and m.evidence is Evidence.CONTEXT and "ARS" in m.alternatives


@pytest.mark.parametrize(("gap", "expected"), [(3_000, "ARS"), (4_500, "USD")])
def test_the_money_written_out_counts_within_the_wide_window(gap: int, expected: str) -> None:
    head = "In Argentina the debt reached $28 billion, the ministry said.\n\n"
    filler = ("The harvest of wheat and soy was larger than the year before in every province.\n" * 100)[:gap]
    text = head + filler + "\n\nA bus fare in Rosario is 50 pesos.\n"
    assert dict(currencies(text))["$28 billion"] == expected


@pytest.mark.parametrize("size", [7, 61, 997])
def test_a_stream_reads_the_money_marked_at_home_as_extract_does(size: int) -> None:
    text = (MARKED_AT_HOME[0][0] + " " + MARKED_NEAR_MISSES[0][0] + "\n") * 60
    whole = moneyparse.extract(text)
    chunks = [text[i : i + size] for i in range(0, len(text), size)]
    assert list(moneyparse.iter_extract(chunks)) == whole


# --- what stops the carried dollar, and what does not ----------------------------------------------

CARRIED_PAST = [
    # a figure per unit after a total, joined by "or": a share of the total, not its conversion
    (
        "Analysts put the bid for the grocer at about C$9 billion, or roughly $27 per share.",
        [("C$9 billion", "CAD"), ("$27", "CAD")],
    ),
    ("The lease is worth A$60 million or about $5 a square metre.", [("A$60 million", "AUD"), ("$5", "AUD")]),
    # a US dollar written later in the sentence, for another amount, is that amount's
    (
        "The miner rose C$1.10 to end at $41.25 in Toronto, and US$0.85 to end at $30.40 in New York.",
        [("C$1.10", "CAD"), ("$41.25", "CAD"), ("US$0.85", "USD"), ("$30.40", "USD")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CARRIED_PAST)
def test_a_share_of_a_total_and_a_later_us_dollar_do_not_stop_the_carried_dollar(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert currencies(text) == expected


STILL_STOPPED = [
    # a total after a total is its conversion
    ("The bid is worth C$9 billion, or roughly $6.6 billion, analysts said.", "$6.6 billion"),
    # the US named after the bare sign, before the next amount
    ("The stock fell to C$6.21 and traded at $4.60 in New York, down from C$6.50.", "$4.60"),
]


@pytest.mark.parametrize(("text", "bare"), STILL_STOPPED)
def test_a_conversion_and_the_us_named_before_the_next_amount_still_stop_it(text: str, bare: str) -> None:
    assert dict(currencies(text))[bare] == "USD"
