"""Evidence of a text that says which currency an ambiguous name is: where a company is listed,
the dollar a story writes out, the country a story names."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import moneyparse


def codes(text: str) -> list[str]:
    return [m.currency for m in moneyparse.extract(text)]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        # the suffix of a wire's ticker names the exchange, and so the country, of the company
        ("Societe Exemple <SEXM.PA> plans a 120 mln franc rise in its capital.", "FRF"),
        ("Holding Exemple SA <HEXB.BR> lost 2.4 billion francs last year.", "BEF"),
        ("Musterwerk AG <MUSZ.Z> raised its dividend to 40 francs.", "CHF"),
        ("Provbolaget AB <PROV.ST> earned 310 mln crowns in 1986.", "SEK"),
        ("Provbanken <PRBO.OL> earned 310 mln crowns in 1986.", "NOK"),
        # the form of today's wires, in round brackets
        ("Shares of Exemple (SEXM.PA) rose two francs.", "FRF"),
    ],
)
def test_a_tickers_exchange_says_the_country(text: str, currency: str) -> None:
    assert codes(text) == [currency]


@pytest.mark.parametrize(
    "text",
    [
        # in lower case, or without its bracket, it is no ticker: a file name, an address
        ("The file report.pa> lists 120 mln francs of fees."),
        ("Write to exemple.PA for the 120 mln francs of fees."),
        ("Exemple <SEXM.pa> plans a 120 mln franc rise."),
    ],
)
def test_what_looks_like_a_ticker_but_is_not_says_nothing(text: str) -> None:
    assert codes(text) == ["CHF"]


@pytest.mark.parametrize(
    "text",
    [
        # where a bank is listed says nothing of the dollars it lends in
        "The lenders led by Provincial Bank <PRVB.TO> agreed a 125 mln dlr loan to Jamaica.",
        # nor, near the amount, where a firm is (the first ticker at a story's head tells more:
        # tests/test_markets.py)
        "Shipping brokers said older vessels kept changing hands this spring as freight rates stayed low and "
        "owners sought cash, with several sales agreed by their owners in the past month alone, the brokers added.\n"
        "    Harbour Trading Ltd <HARB.HK> said it sold the ship for 40 mln dlrs.",
    ],
)
def test_the_exchanges_of_dollar_countries_leave_the_dollar(text: str) -> None:
    assert codes(text) == ["USD"]


def test_the_wires_dollar_carries_over_its_paragraphs() -> None:
    text = (
        "The city is issuing a 60 mln Canadian dlr eurobond, priced at par, the lead manager said.\n"
        "    The issue will be sold in denominations of 5,000 dlrs.\n"
    )
    assert codes(text) == ["CAD", "CAD"]


def test_the_wires_dollar_carries_to_its_dlr() -> None:
    text = "The two governments each give 30 mln Canadian dlrs and cover the costs of the 90 mln dlr plant."
    assert codes(text) == ["CAD", "CAD"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another dollar country named between: its shares are of that country
        ("Alpha NZ last traded at 1.55 NZ dlrs, while Alpha Australia ended four cents down.", ["NZD", "AUD"]),
        # a list's lines are no wire paragraphs for the sign
        ("Hat: CA$5\n    Shirt: $10\n", ["CAD", "USD"]),
        # a blank line ends the story's paragraph
        ("The city sold 60 mln Canadian dlrs of bonds.\n\n    Its agent charged 5,000 dlrs.\n", ["CAD", "USD"]),
        # the US named after the marked dollar
        ("The city sold 60 mln Canadian dlrs of bonds.\n    The U.S. agent charged 5,000 dlrs.\n", ["CAD", "USD"]),
    ],
)
def test_the_wires_dollar_stops_where_another_is_named(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Luxembourg's francs named once: the story's bare francs are Luxembourg's
        ("Net loss 420 mln Luxembourg francs vs profit 75 mln.\n    Sales 31.5 billion francs vs 29.8 billion.\n",
         ["LUF", "LUF", "LUF", "LUF"]),
        # the country alone, where eurobonds of every money are listed, says nothing of francs
        ("The notes will be listed in Luxembourg. The fees come to 1.2 mln francs.", ["CHF"]),
    ],
)
def test_luxembourgs_francs_named_tell_the_storys_francs(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bare figure borrows its lender's name, and so its dollar, past the country's reach
        ("New Zealand's trade deficit for the month is forecast by most bank economists to shrink to"
         " 310 mln dlrs, against a revised previous figure of 450 mln, the agency said.", ["NZD", "NZD"]),
        # its own name written out: read by its own words, none near, then by the lead, which
        # reports New Zealand's trade (moneyparse/lead_country.py)
        ("New Zealand's trade deficit for the month is forecast by most bank economists to shrink to"
         " 310 mln dlrs, against a revised previous figure of 450 mln dlrs, the agency said.", ["NZD", "NZD"]),
        # a new sentence with no money of its own: its bare figure borrows nothing
        ("New Zealand's trade deficit for the month is forecast by most bank economists to shrink to"
         " 310 mln dlrs. Imports a year ago were 450 mln, the agency said.", ["NZD"]),
    ],
)
def test_a_bare_figure_is_of_its_lenders_dollar(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "day", "currency"),
    [
        ("The Bahrain Monetary Agency sold two mln dinars of treasury bills.", None, "BHD"),
        ("Jordan's loans total 900 mln dinars, the prime minister said.", None, "JOD"),
        ("In Khartoum a U.S. dollar buys about 200 dinars.", date(2007, 1, 10), "SDD"),
        ("Exports from Tunisia were worth 300 mln dinars.", None, "TND"),
        # the Yugoslav dinar of the text's day
        ("Yugoslavia's banks misused 57 billion dinars.", date(1987, 3, 20), "YUD"),
        ("Yugoslavia's banks misused 57 billion dinars.", date(1991, 3, 20), "YUN"),
        ("Yugoslavia's banks misused 57 billion dinars.", date(1998, 3, 20), "YUM"),
        # no country named: the Kuwaiti dinar, as before; a name written out wins over the country
        ("The fee is 50 dinars.", None, "KWD"),
        ("Iraq paid 20 mln Kuwaiti dinars.", None, "KWD"),
    ],
)
def test_dinars_are_of_the_country_named(text: str, day: date | None, currency: str) -> None:
    found = [m.currency for m in moneyparse.extract(text, as_of=day) if "dinar" in m.marker.lower()]
    assert found[-1:] == [currency]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Oman's budget for next year foresees 2.1 billion rials of spending.", "OMR"),
        ("A Muscat bank arranged a 90 mln rial loan.", "OMR"),
        ("Yemen's deficit reached 4.5 billion rials last year.", "YER"),
        ("Tehran set aside 800 billion rials for the dams.", "IRR"),
        # no country named: Iran's rial, as before; a name written out wins over the country
        ("The visa costs 300,000 rials.", "IRR"),
        ("Oman's importers paid 40 mln Saudi riyals and 6 mln Iranian rials.", "IRR"),
    ],
)
def test_rials_are_of_the_country_named(text: str, currency: str) -> None:
    found = [m.currency for m in moneyparse.extract(text) if "rial" in m.marker.lower()]
    assert found[-1:] == [currency]


def test_the_new_sudanese_pound_and_the_old_dinar() -> None:
    text = "The conversion rate is 1 Sudanese pound to 100 Sudanese dinars."
    assert codes_on(text, date(2007, 1, 10)) == ["SDG", "SDD"]


def codes_on(text: str, day: date) -> list[str]:
    return [m.currency for m in moneyparse.extract(text, as_of=day)]


def test_one_dinar_is_a_mention() -> None:
    (m,) = [m for m in moneyparse.extract("In Amman one piece of bread costs 1 dinar.") if m.marker == "dinar"]
    assert (m.amount, m.currency) == (Decimal("1"), "JOD")


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        # a Swedish story that writes its crowns "kronor" keeps them when it slips into "Kroner"
        ("The bid values the chain at 7.9 billion kronor. The offer was raised to 116 Kroner a share.", "SEK"),
        ("The Oslo firm raised its offer to 116 kroner a share.", "NOK"),
        ("The offer was raised to 116 kroner a share.", "NOK"),
    ],
)
def test_kroner_in_a_story_of_kronor(text: str, currency: str) -> None:
    assert codes(text)[-1] == currency


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Sellers on eBay Australia pay a 30¢ fee on every sale in Australia.", "AUD"),
        ("A stamp cost 30¢ that year.", "USD"),
    ],
)
def test_the_cent_sign_is_of_the_dollar_country_named(text: str, currency: str) -> None:
    assert codes(text) == [currency]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("The federal and Quebec governments will each provide 40 mln dlrs for the plant.", "CAD"),
        # a US utility's venture that brings power from Quebec into New England
        (
            "The venture will bring power from Quebec Hydro into New England. It expects to spend "
            "65 mln dlrs this year on lines from northern Quebec into New England.",
            "USD",
        ),
    ],
)
def test_quebec_names_canadas_dollar(text: str, currency: str) -> None:
    assert codes(text) == [currency]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a continent's adjective names no American: the Canadian firm's dollars
        ("The Canadian firm North American Oil Sands sold its stake for $682 million.", ["CAD"]),
        # an American firm and a Canadian one: nothing settles it, US dollars
        ("The American firm bought the Canadian mine for $50 million.", ["USD"]),
        # a state's adjective is an American's: a Californian firm and a Canadian one
        ("The Canadian chip maker will be bought by the Californian firm for $5.4 billion.", ["USD"]),
        ("A Texan oilman paid $3 million for the Alberta ranch.", ["USD"]),
        # the state's adjective alone is no other country's: it leaves the default
        ("The Floridian grower sold the crop for $2 million.", ["USD"]),
        # a sentence of trade between the United States and another dollar's country: the default,
        # however often the other is named around it
        ("Canada and its growers wrote to Canada's envoy. Trade between the United States and Canada "
         "reached $441.5 billion in 2003.", ["USD"]),
        # named twice in the sentence, the other country still tells its dollar
        ("Canada's exports to the United States rose, and Canada earned $20 billion.", ["CAD"]),
    ],
)
def test_north_american_names_no_country(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the price of a currency in US cents, and its close in the same cents
        ("The Canadian dollar rose to 76.85 U.S. cts before closing at 76.58 cts in Canada.", ["USD", "USD"]),
        # Canada named between: its own cents
        ("The Canadian dollar rose to 76.85 U.S. cts. In Canada a stamp costs 36 cents.", ["USD", "CAD"]),
    ],
)
def test_cents_go_on_in_the_cents_written_out(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire's results table writes its money out once
        (
            "Six months to June 30\n    SHR 2.1 cts vs 1.9 cts\n    Interim dividend one cent vs same\n"
            "    Group net 8.2 mln ringgit vs 7.9 mln\n",
            ["MYR", "MYR", "MYR", "MYR", "MYR"],
        ),
        ("Shr 45 cts vs 38 cts\n    Net 12.1 mln Canadian dlrs vs 10.3 mln\n", ["CAD", "CAD", "CAD", "CAD"]),
        # a sentence, not a table: a sentence end or no line between
        ("The share earned 45 cts. Net was 12.1 mln Canadian dlrs.", ["USD", "CAD"]),
        ("He paid 5 dlrs for a share of the 10 mln Canadian dlr issue.", ["USD", "CAD"]),
        # the US named before the money written out
        ("Shr 45 cts vs 38 cts\n    U.S. unit net 12.1 mln Canadian dlrs\n", ["USD", "USD", "CAD"]),
    ],
)
def test_a_wire_table_is_in_the_money_it_writes_out(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the high end runs into the next word: no range read, and no low end alone
        ("It was to fetch $800 to $1,200ish, then raised $8,750.", [("8750", None)]),
        ("It was to fetch $800 to 1,200instead.", []),
        # a word of four small letters or more and a blank after a number grouped by three ends it
        ("It was to fetch $800 to $1,200instead raised $8,750.", [("800", "1200"), ("8750", None)]),
        # a scale word or a code glued is read, and "to" before a word is no range
        ("It was to fetch $5 to $6bn.", [("5000000000", "6000000000")]),
        ("It was to fetch $5 to $6USD.", [("5", "6")]),
        ("It was $800 to go there.", [("800", None)]),
    ],
)
def test_a_range_whose_high_end_is_glued_gives_no_low_end(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = [(str(m.amount), None if m.high is None else str(m.high)) for m in moneyparse.extract(text)]
    assert found == expected


BANK_FINES = (
    "Wellington fines a bank $5 million\n\n"
    "The New Zealand Commerce Commission has fined the Bank of New Zealand for hiding card fees from its "
    "customers. The bank will write to each of them and repay the fees by the end of the year, and any money "
    "left over goes to a consumer group that the commission names. The commission said the bank had charged "
    "the fees from 2002 to 2004 and had told no one. It pleaded guilty to twenty counts of breaching the act "
    "that governs fair trading. Two other banks were fined $11 million together. Cases against Westpac, "
    "{card} and ASB go on."
)


@pytest.mark.parametrize(("card", "expected"), [("American Express", "NZD"), ("an American lender", "USD")])
def test_a_card_named_for_america_names_no_country(card: str, expected: str) -> None:
    # the card is sold the world over: its name says nothing of the story's dollar
    assert codes(BANK_FINES.format(card=card))[-1] == expected


# --- known misses of the dollar's country, left for want of a safe rule ---------------------------

SUBJECT_TITLE = (
    "New Zealand to lose $1 billion over Chinese port closures\n\n"
    "The closure of ports in China will cost New Zealand about 1 billion in lost dairy sales, as Chinese "
    "buyers turn to other suppliers. China takes a third of the dairy exports, and Chinese demand has "
    "fallen since the closures began; Chinese officials gave no date for reopening, and China said the "
    "checks would go on."
)


@pytest.mark.xfail(
    strict=True,
    reason="a country that is a title's subject beside another that writes no '$' and is named more often: "
    "the rule against a story of that other country (a Tokyo auction's '$' glosses the yen) keeps the default",
)
def test_the_subject_of_a_title_names_its_dollar() -> None:
    assert codes(SUBJECT_TITLE) == ["NZD"]


@pytest.mark.xfail(
    strict=True,
    reason="bare cents before a marked dollar of the next sentence are read by the country words near, "
    "which name another dollar's country more often; no rule reads a marked dollar backwards",
)
def test_bare_cents_before_the_marked_dollar_of_the_next_sentence() -> None:
    text = (
        "Readers in New Zealand queued from dawn. One chain sold the novel for 29.99, a margin of three cents "
        "a copy. Its list price was NZ$45.00. In Australia fans in Sydney and Melbourne queued too, and an "
        "Australian chain sold out by noon."
    )
    assert codes(text) == ["NZD", "NZD"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tax debt to the US revenue service, in a sentence that names Canada for the channels of a show
        ("The preacher owes $4 million to the Internal Revenue Service and airs on Faith TV (Canada).", ["USD"]),
        ("The IRS says the pastor owes $3 million; his show airs on a Canadian channel.", ["USD"]),
        # a contract of the US defence department won by a Canadian maker
        ("The Canadian maker won a $70 million Pentagon contract.", ["USD"]),
        # the same words with no federal institution: Canada tells its dollar
        ("The preacher owes $4 million to the revenue service and airs on Faith TV (Canada).", ["CAD"]),
        ("The Canadian maker won a $70 million contract.", ["CAD"]),
        # one more word of Canada outweighs the institution, as it outweighs the name of the US
        ("The preacher owes $4 million to the Internal Revenue Service and airs on Faith TV (Canada) and Hope TV (Canada).", ["CAD"]),
    ],
)
def test_a_us_federal_institution_weighs_for_the_us_dollar(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another country's congress or senate says nothing of the US: the peso and the Australian dollar
        ("In Mexico, Congress approved 300 billion pesos and another $200 billion for roads.", ["MXN", "MXN"]),
        ("Australia's Senate passed the $5 billion fund for Australian farmers.", ["AUD"]),
    ],
)
def test_a_congress_or_a_senate_names_no_country(text: str, expected: list[str]) -> None:
    assert codes(text) == expected
