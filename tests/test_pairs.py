"""Equivalents: one amount in two currencies."""

from __future__ import annotations

import pytest

import moneyparse


def texts(text: str) -> list[tuple[str, str, str]]:
    return [(p.first.text, p.second.text, p.kind) for p in moneyparse.pairs(text)]


def test_bracket_pair() -> None:
    assert texts("Capex reached Rmb72.5bn (£8bn) in 2024.") == [("Rmb72.5bn", "£8bn", "bracket")]


def test_several_equivalents_in_one_bracket_pair_with_the_first() -> None:
    assert texts("a $2bn (1.53bn euros; £1.05bn) deal") == [
        ("$2bn", "1.53bn euros", "bracket"),
        ("$2bn", "£1.05bn", "bracket"),
    ]


def test_equivalents_joined_by_or_pair_with_the_first() -> None:
    # each equivalent converts the first amount; they are not conversions of one another
    assert texts("a fine of €4,000 (about US$4,400 or £3,500) was set") == [
        ("€4,000", "US$4,400", "bracket"),
        ("€4,000", "£3,500", "bracket"),
    ]
    assert texts("a fine of €4,000 (US$4,400 or more) was set") == [("€4,000", "US$4,400", "bracket")]


def test_a_hedged_equivalent_in_the_bracket() -> None:
    assert texts("it would cost about £5 billion (more than US$8 billion) in all") == [("£5 billion", "US$8 billion", "bracket")]
    assert texts("a tax of 12 pounds (over 2,000 rupees) a day") == [("12 pounds", "2,000 rupees", "bracket")]


def test_cjk_bracket_with_hedge() -> None:
    pairs = moneyparse.pairs("投资5亿英镑（约合6.7亿美元）")
    assert [(p.first.text, p.second.text, p.kind) for p in pairs] == [("5亿英镑", "6.7亿美元", "cjk_bracket")]
    assert pairs[0].second.qualifier == "approx"


def test_or_apposition() -> None:
    assert texts("sales of $5bn, or £4bn, last year") == [("$5bn", "£4bn", "or")]


def test_same_currency_bracket_is_a_breakdown_not_a_pair() -> None:
    assert texts("He got $600,000 ($100,000 of it in cash).") == []


def test_same_currency_brackets_on_request() -> None:
    # a fact-check lists a bracket in one currency rather than drop it; "or" alternatives are no bracket
    text = "Fees were $90 ($110), or $175, against Rmb72.5bn (£8bn)."
    assert texts(text) == [("Rmb72.5bn", "£8bn", "bracket")]
    found = [(p.first.text, p.second.text, p.kind) for p in moneyparse.pairs(text, same_currency=True)]
    assert found == [("$90", "$110", "bracket"), ("Rmb72.5bn", "£8bn", "bracket")]


def test_unrelated_neighbours_are_no_pair() -> None:
    assert texts("Costs were $5bn. Sales were £4bn.") == []


def test_pair_spans() -> None:
    (p,) = moneyparse.pairs("Capex reached Rmb72.5bn (£8bn).")
    assert (p.start, p.end) == (14, 29)


# -- brackets: every equivalent inside is the first amount's ---------------------------------------

BRACKETS = [
    # "X (Y or Z)": two equivalents of X, never Y for Z
    ("The court awarded her €4,800 (about US$6,300 or £4,100) in damages.",
     [("€4,800", "US$6,300"), ("€4,800", "£4,100")]),
    ("Fines reach 300,000 baht (approx. 8,000 US dollars or 7,000 euros) for a first offence.",
     [("300,000 baht", "8,000 US dollars"), ("300,000 baht", "7,000 euros")]),
    ("a fee of £40 (US$52, or €47) per visit",
     [("£40", "US$52"), ("£40", "€47")]),
    # a colon between equivalents, as between semicolons
    ("Sales reached Rmb67bn ($9.37bn: £7.4bn) last year.",
     [("Rmb67bn", "$9.37bn"), ("Rmb67bn", "£7.4bn")]),
    # hedges of the lexicon, and two of them
    ("The repairs would cost £6 billion (more than US$7 billion) over ten years.", [("£6 billion", "US$7 billion")]),
    ("The ministry gave QAR2 billion (or c. £420 million) in aid.", [("QAR2 billion", "£420 million")]),
    ("The farm sold for 90 million kroner (ca. 8 million euro) in May.", [("90 million kroner", "8 million euro")]),
    ("a payout of £5m ($6.5m or more) to each", [("£5m", "$6.5m")]),
    # an editor's note, and the quote marks of wiki emphasis around it
    ("The appeal raised 90,000 SEK ''[Ed.: approx. 9,500 USD or 8,700 EUR]'' in a week.",
     [("90,000 SEK", "9,500 USD"), ("90,000 SEK", "8,700 EUR")]),
    # a note on the rate after a dash
    ("His savings were R$ 120,000 (31,000 USD - mid-market rate of that day) in 2010.",
     [("R$ 120,000", "31,000 USD")]),
    # scraped text keeps two spaces where a link was; wrapped text breaks the line
    ("He spent about 30,000 shekels  (US$7,900) of his own money.", [("30,000 shekels", "US$7,900")]),
    ("Capex hit Rmb72.5bn\n  (£8bn) in 2024.", [("Rmb72.5bn", "£8bn")]),
    # a bracket that holds the amount and its equivalents alone
    ("Revenue ($9.37bn: £7.4bn) rose by a tenth.", [("$9.37bn", "£7.4bn")]),
    ("Revenue ($9.37bn; £7.4bn; €8.6bn) rose by a tenth.", [("$9.37bn", "£7.4bn"), ("$9.37bn", "€8.6bn")]),
]

NOT_PAIRS = [
    # the same currency: a breakdown, a restatement, not a conversion
    "He got $600,000 ($100,000 of it in cash).",
    "The bill was $4,000 ($3,500 after the discount).",
    # a breakdown in two currencies
    "The fund holds $5bn (£2bn and €3bn) in bonds.",
    # an accounting negative in a table: the next column, after a tab or a run of blanks
    "Net income\t£5,000\t($3,000)\nTax\t£1,000\t($800)",
    "Net income     £5,000      ($3,000)\nTax            £1,000      ($800)",
    # labelled amounts in one bracket: years, not equivalents
    "Revenue (2023: $5bn; 2024: £4bn) rose.",
    # a bracket after a word, not after the amount
    "It cost £5 in total (the $6 fare included).",
]


@pytest.mark.parametrize(("text", "expected"), BRACKETS, ids=[t for t, _ in BRACKETS])
def test_bracket_equivalents(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.first.text, p.second.text) for p in moneyparse.pairs(text)] == expected


@pytest.mark.parametrize("text", NOT_PAIRS)
def test_not_a_conversion(text: str) -> None:
    assert moneyparse.pairs(text) == []


# -- appositions and lists: "X, or Y," and "X, Y, or Z" ----------------------------------------

LISTS = [
    ("The chain was sold for £2 billion, 250 billion ISK, or US$3.6 billion.",
     [("£2 billion", "250 billion ISK"), ("£2 billion", "US$3.6 billion")]),
    # scraped text sets a space before the comma; the Oxford comma may be left out
    ("The chain was sold for £2 billion, 250 billion ISK , or US$3.6 billion.",
     [("£2 billion", "250 billion ISK"), ("£2 billion", "US$3.6 billion")]),
    ("Sales were $5bn, £4bn or €4.5bn, a record.", [("$5bn", "£4bn"), ("$5bn", "€4.5bn")]),
    ("Sales were $5bn,\nor £4bn, a record.", [("$5bn", "£4bn")]),
]

NOT_LISTS = [
    # a choice of prices: one currency twice, or rates no market ever had
    "Tickets cost $5, $10, or £20.",
    "Entry costs $5, €10 or £20 at the door.",
    "Pick $90 or $175.",
]


@pytest.mark.parametrize(("text", "expected"), LISTS, ids=[t for t, _ in LISTS])
def test_list_equivalents(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.first.text, p.second.text, p.kind) for p in moneyparse.pairs(text)] == [(a, b, "or") for a, b in expected]


@pytest.mark.parametrize("text", NOT_LISTS)
def test_a_choice_is_no_list_of_equivalents(text: str) -> None:
    assert moneyparse.pairs(text) == []


def test_a_chain_of_ors_pairs_only_its_first_two() -> None:
    assert texts("$5bn, or £4bn, or €4.5bn, depending on the day") == [("$5bn", "£4bn", "or")]


# -- the wire form: a bare "$" beside another country's dollar is the US dollar --------------------

WIRE = [
    # (text, the bare amount, the currency of the other side)
    ("OTTAWA, March 3 (Reuters) - Canada will lend C$12 billion ($8.5 billion) to its provinces.",
     "$8.5 billion", "CAD"),
    ("SYDNEY - Australia's largest miner raised A$3bn ($1.9bn) in Melbourne and Sydney.", "$1.9bn", "AUD"),
    ("Hong Kong's government will spend HK$62 billion ($8 billion) on Hong Kong's railways.", "$8 billion", "HKD"),
    ("Mexico's central bank sold MXN 80 billion ($4.3 billion) of bonds in Mexico City.", "$4.3 billion", "MXN"),
    # the same in the other order: the dollar written out is in the bracket
    ("In Canada, the province raised $3 billion (C$4.2 billion) from Canadian savers.", "$3 billion", "CAD"),
    # the pound beside the Egyptian pound
    ("In Cairo, Egypt's football club paid E£600 (£15) a ticket.", "£15", "EGP"),
]


@pytest.mark.parametrize(("text", "bare", "other"), WIRE, ids=[t for t, _, _ in WIRE])
def test_a_bare_sign_beside_another_of_its_currencies_is_its_default(text: str, bare: str, other: str) -> None:
    (pair,) = moneyparse.pairs(text)
    by_text = {pair.first.text: pair.first, pair.second.text: pair.second}
    settled = by_text.pop(bare)
    (written,) = by_text.values()
    assert written.currency == other and written.evidence is moneyparse.Evidence.MARKER
    assert settled.currency == ("GBP" if bare.startswith("£") else "USD")
    assert settled.evidence is moneyparse.Evidence.PAIR and other in settled.alternatives


def dollars(text: str, **kwargs: object) -> list[tuple[str, str]]:
    return [(m.text, m.currency) for m in moneyparse.extract(text, **kwargs)]  # type: ignore[arg-type]


def test_no_rate_of_the_us_dollar_keeps_the_same_dollar() -> None:
    # six Canadian dollars for one US dollar: no market ever quoted that, so no conversion
    text = "In Canada, Ottawa paid C$600,000 ($100,000) to the firm."
    assert dollars(text) == [("C$600,000", "CAD"), ("$100,000", "CAD")]
    assert moneyparse.pairs(text) == []


def test_a_breakdown_in_the_same_dollar_is_no_pair() -> None:
    text = "In Canada, Ottawa paid C$600,000 ($100,000 of it in cash) to the firm."
    assert dollars(text) == [("C$600,000", "CAD"), ("$100,000", "CAD")]
    assert moneyparse.pairs(text) == []


def test_the_text_or_the_caller_says_which_dollar() -> None:
    # an adjective before the sign, a code after the amount, or the caller's assumption
    assert moneyparse.pairs("In Canada, a Canadian $7 billion (C$7 billion) plan.") == []
    assert dollars("In Canada, it spent C$10 billion ($7.3 billion CAD).")[1] == ("$7.3 billion CAD", "CAD")
    text = "In Canada, it spent C$10 billion ($7.04 billion)."
    assert dollars(text, assume={"$": "CAD"}) == [("C$10 billion", "CAD"), ("$7.04 billion", "CAD")]


def test_beside_another_currency_nothing_says_which_dollar() -> None:
    # "€" is not one of the dollars: the bare sign keeps what the country words near it say
    text = "In Canada and Canada's provinces, the EU will spend €5bn ($7.5bn)."
    assert dollars(text) == [("€5bn", "EUR"), ("$7.5bn", "CAD")]


# -- the second side as conversions write it ------------------------------------------------------

SECOND_SIDES = [
    # (text, the mentions (text, currency), the pairs)
    ("Airbus won a US$ 30 billion (GB£ 15.2 billion) order.",
     [("US$ 30 billion", "USD"), ("GB£ 15.2 billion", "GBP")], [("US$ 30 billion", "GB£ 15.2 billion")]),
    ("The city faces a US$250 million (€170m, GBP £150m) deficit.",
     [("US$250 million", "USD"), ("€170m", "EUR"), ("GBP £150m", "GBP")],
     [("US$250 million", "€170m"), ("US$250 million", "GBP £150m")]),
    ("He was paid CAN$200,000 ($190,000) in cash.",
     [("CAN$200,000", "CAD"), ("$190,000", "USD")], [("CAN$200,000", "$190,000")]),
    ("Donors pledged US$ 500 million (£ 270 million or &euro; 350 million) in aid.",
     [("US$ 500 million", "USD"), ("£ 270 million", "GBP"), ("&euro; 350 million", "EUR")],
     [("US$ 500 million", "£ 270 million"), ("US$ 500 million", "&euro; 350 million")]),
    ("The repairs cost £7 billion ($12 billion US) in 2003.",
     [("£7 billion", "GBP"), ("$12 billion US", "USD")], [("£7 billion", "$12 billion US")]),
    ("Tickets cost &pound;40 or &yen;6,000 at the door, EUR € 45 online.",
     [("&pound;40", "GBP"), ("&yen;6,000", "JPY"), ("EUR € 45", "EUR")], [("&pound;40", "&yen;6,000")]),
]


@pytest.mark.parametrize(("text", "mentions", "expected"), SECOND_SIDES, ids=[t for t, _, _ in SECOND_SIDES])
def test_second_sides(text: str, mentions: list[tuple[str, str]], expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.currency) for m in moneyparse.extract(text)] == mentions
    assert [(p.first.text, p.second.text) for p in moneyparse.pairs(text)] == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "US" after the amount belongs to it only where the phrase ends
        ("Congress passed a $16 billion US defence budget.", "$16 billion"),
        ("It bought $5 US Steel shares.", "$5"),
        ("It cost $16 billion US.", "$16 billion US"),
        # an ampersand that is no entity of a currency sign
        ("AT&T paid $5 &amp; more.", "$5"),
    ],
)
def test_what_a_second_side_does_not_take(text: str, found: str) -> None:
    assert [m.text for m in moneyparse.extract(text)] == [found]


# -- links: the brackets in one currency too, for a fact-check to list ------------------------------


def test_links_keep_a_bracket_in_one_currency_that_pairs_drop() -> None:
    text = "In Canada, Ottawa paid C$600,000 ($100,000) to the firm."
    (link,) = moneyparse.links(text)
    assert (link.first.text, link.second.text, link.kind) == ("C$600,000", "$100,000", "bracket")
    assert not link.is_conversion and moneyparse.pairs(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Capex hit Rmb72.5bn (£8bn) and Rmb24bn (£2.6bn), up from $5bn ($5bn restated).",
        "The court awarded her €4,800 (about US$6,300 or £4,100) in damages.",
        "The chain was sold for £2 billion, 250 billion ISK, or US$3.6 billion.",
        "He got $600,000 ($100,000 of it in cash). Tickets cost $5, $10, or £20.",
        "In Canada, it spent C$10 billion ($7.04 billion) and C$600,000 ($100,000).",
    ],
)
def test_pairs_are_the_links_that_convert(text: str) -> None:
    links = moneyparse.links(text)
    assert moneyparse.pairs(text) == [p for p in links if p.is_conversion]
    assert all(p.is_conversion for p in moneyparse.pairs(text))


GLOSSED = [
    # (text, the bare amount's currency): a bare "$" glossed in US dollars written out, for another
    # sum, is another dollar: the one named near whose rate fits
    ("The film earned $3.6 million (~US$2.8 million) in Canada.", "CAD"),
    ("The deal was worth $50 million (US$37 million), the Toronto firm said.", "CAD"),
    ("The Sydney council spent $50 million (US$37 million) on roads.", "AUD"),
    ("US$2.8 million ($3.6 million) was raised in Canada.", "CAD"),
]


@pytest.mark.parametrize(("text", "currency"), GLOSSED, ids=[t for t, _ in GLOSSED])
def test_a_bare_dollar_glossed_in_us_dollars_is_another_dollar(text: str, currency: str) -> None:
    (pair,) = moneyparse.pairs(text)
    bare = pair.first if not pair.first.text.startswith("US") else pair.second
    assert bare.currency == currency and bare.evidence is moneyparse.Evidence.PAIR


@pytest.mark.parametrize("text", [
    "The film earned $3.6 million (US$2.8 million).",  # no country named: no dollar to choose
    "Profits in Canada and Australia reached $50 million (US$37 million).",  # two, both fitting
])
def test_a_bare_dollar_glossed_in_us_dollars_with_no_one_country_is_no_mention(text: str) -> None:
    assert [m.text for m in moneyparse.extract(text)] == [m for m in ("US$2.8 million", "US$37 million") if m in text]


@pytest.mark.parametrize("text", [
    "It cost $100 (US$100).",  # the same sum restated
    "The storm did $500 million (1988 USD) of damage.",  # a price basis, not a conversion
    "The agency paid $500 million (US$9 a head).",  # no dollar's rate fits: no conversion
])
def test_a_bare_dollar_beside_no_conversion_stays_the_us_dollar(text: str) -> None:
    assert [(m.text, m.currency) for m in moneyparse.extract(text)][0][1] == "USD"


# -- a bare "$" alone in a bracket after another dollar, in a story of that dollar's country --------

_OTTAWA_HEAD = "OTTAWA, Canada - A Canadian inquiry into a lobbyist's dealings with a former minister opened in Ottawa. "
_HEARING = " ".join(["The hearing went on into the evening and the members asked their questions in turn."] * 6)


def _in_canadian_story(sentence: str) -> list[tuple[str, str, moneyparse.Evidence]]:
    # the sentence stands past the words near: only the story's country says which dollar
    return [(m.text, m.currency, m.evidence) for m in moneyparse.extract(_OTTAWA_HEAD + _HEARING + " " + sentence)]


def test_the_story_s_country_gives_way_to_a_conversion_alone_in_a_bracket() -> None:
    story = moneyparse.Evidence.DOCUMENT
    assert _in_canadian_story("The lobbyist spent $285,000 on fees.") == [("$285,000", "CAD", story)]
    found = _in_canadian_story("A witness said he handed the lobbyist CAN$300,000 ($285,000) in three payments.")
    assert found[1] == ("$285,000", "USD", moneyparse.Evidence.PAIR)
    found = _in_canadian_story("A witness said he handed the lobbyist AU$300,000 (about $210,000) in three payments.")
    assert found[1] == ("$210,000", "USD", moneyparse.Evidence.PAIR)


@pytest.mark.parametrize(
    "sentence",
    [
        "A witness said he handed the lobbyist C$300,000 ($100,000) in three payments.",  # no US rate
        "A witness said he handed the lobbyist C$300,000 ($285,000 in cash) in three payments.",  # not alone
    ],
)
def test_the_story_s_country_stays_beside_no_conversion(sentence: str) -> None:
    assert _in_canadian_story(sentence)[1][1:] == ("CAD", moneyparse.Evidence.DOCUMENT)
