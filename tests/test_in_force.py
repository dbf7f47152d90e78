"""The code in force on the day a text was written, for the currencies that replaced one of the
same country and name (``in_force.tsv``), and the names of the wire era that read them."""

from __future__ import annotations

from datetime import date

import pytest

import moneyparse
from moneyparse.lexicon import in_force

# (text, day, currency): each name before and after its change, and with no day (today's reading)
DATED = [
    ("The group lost 600 mln pesos last year.", date(1987, 3, 1), "MXP"),
    ("The group lost 600 mln pesos last year.", date(1992, 12, 31), "MXP"),
    ("The group lost 600 mln pesos last year.", date(1993, 1, 1), "MXN"),
    ("The group lost 600 mln pesos last year.", None, "MXN"),
    ("A Manila bank lost 600 mln pesos last year.", date(1987, 3, 1), "PHP"),
    ("The mill in Gdansk owed 90 bln zlotys.", date(1988, 5, 2), "PLZ"),
    ("The mill in Gdansk owed 90 mln zlotys.", date(1995, 1, 1), "PLN"),
    ("The mill in Gdansk owed 90 mln zlotys.", None, "PLN"),
    # written with the Polish letter, as English texts of today often write it
    ("The chain in Gdansk was sold for 700 million złotys.", None, "PLN"),
    ("The chain in Gdansk was sold for 700 million złotys.", date(1990, 5, 2), "PLZ"),
    ("A tram ticket rose to 5,000 lei.", date(2005, 6, 30), "ROL"),
    ("A tram ticket rose to 5 lei.", date(2005, 7, 1), "RON"),
    ("A tram ticket rose to 5 lei.", None, "RON"),
    ("The mine made a loss of 718 mln kwacha.", date(1987, 3, 1), "ZMK"),
    ("The mine made a loss of 718 mln kwacha.", date(2013, 1, 1), "ZMW"),
    ("The mine made a loss of 718 mln kwacha.", None, "ZMW"),
    # the kwacha of the country named: Malawi's on any day, Zambia's by its day
    ("Malawi's tobacco auctions earned 250 mln kwacha.", date(1987, 3, 1), "MWK"),
    ("Malawi's tobacco auctions earned 250 mln kwacha.", None, "MWK"),
    ("A bag of maize costs 9,000 kwacha in Lilongwe.", date(2016, 5, 1), "MWK"),
    ("Zambia's copper mines earned 250 mln kwacha.", date(1987, 3, 1), "ZMK"),
    ("Zambia's copper mines earned 250 mln kwacha.", date(2014, 3, 1), "ZMW"),
    ("A Lusaka mill cut the price to 90 kwachas a bag.", None, "ZMW"),
    ("The budget sets aside 40 billion bolivars for roads.", date(1987, 6, 1), "VEB"),
    ("The budget sets aside 40 billion bolivares for roads.", date(2007, 12, 31), "VEB"),
    ("The budget sets aside 40 billion bolívares for roads.", date(2008, 1, 1), "VEF"),
    ("The budget sets aside 40 billion bolivars for roads.", date(2018, 8, 19), "VEF"),
    ("The budget sets aside 40 billion bolivars for roads.", date(2018, 8, 20), "VES"),
    ("The budget sets aside 40 billion bolivars for roads.", None, "VES"),
    ("A dock worker earns 2,000 cruzados a month.", date(1987, 6, 1), "BRC"),
    ("A dock worker earns 2,000 cruzados a month.", date(1989, 6, 1), "BRN"),
    ("A dock worker earns 2,000 cruzados a month.", None, "BRC"),
    ("The firm was capitalised at 80 mln cruzeiros.", date(1984, 6, 1), "BRB"),
    ("The firm was capitalised at 80 mln cruzeiros.", date(1991, 6, 1), "BRE"),
    ("The firm was capitalised at 80 mln cruzeiros.", date(1993, 9, 1), "BRR"),
    ("The firm was capitalised at 80 mln cruzeiros.", None, "BRB"),
    ("The support price rose to 300 australs a tonne.", date(1987, 6, 1), "ARA"),
    ("The support price rose to 300 australes a tonne.", None, "ARA"),
    ("The minimum wage rose to 1,260 intis a month.", date(1987, 6, 1), "PEI"),
    ("Petrol rose to 110 sucres a gallon.", date(1987, 3, 1), "ECS"),
    ("Petrol rose to 110 sucres a gallon.", None, "ECS"),
    ("The board paid growers 500 mln cedis.", date(1990, 1, 2), "GHC"),
    ("The board paid growers 500 mln cedis.", date(2007, 7, 1), "GHS"),
    ("The board paid growers 500 mln cedis.", None, "GHS"),
    ("The plant was sold for 700 mln korunas.", date(1990, 1, 2), "CSK"),
    ("The plant was sold for 700 mln korunas.", date(2000, 1, 3), "CZK"),
    ("The plant was sold for 700 mln Slovak korunas.", date(2000, 1, 3), "SKK"),
    ("The plant was sold for 700 mln Slovak korunas.", date(1990, 1, 2), "CSK"),
    ("The hotel was sold for 300 mln leva.", date(1997, 5, 1), "BGL"),
    ("The hotel was sold for 300 leva.", date(2000, 5, 1), "BGN"),
    ("The hotel was sold for 300 leva.", None, "BGN"),
    ("The fare is 40 new shekels.", date(1990, 5, 1), "ILS"),
    ("The fare is 40 shekels.", date(1984, 5, 1), "ILR"),
    ("The fare is 40 shekels.", date(1985, 9, 4), "ILS"),
    ("The fare is 40 Israeli shekels.", date(1984, 5, 1), "ILR"),
    ("The fare is 40 Israeli shekels.", date(1990, 5, 1), "ILS"),
    ("The fare is 40 Israeli shekels.", None, "ILS"),
    ("Traders paid 60 zaires for a kilo of rice.", date(1987, 3, 1), "ZRZ"),
    ("Traders paid 60 zaires for a kilo of rice.", date(1995, 3, 1), "ZRN"),
    ("Traders paid 60 zaires for a kilo of rice.", None, "ZRZ"),
    ("A sack of maize cost 900 kwanzas.", date(1987, 3, 1), "AOK"),
    ("A sack of maize cost 900 kwanzas.", date(1993, 3, 1), "AON"),
    ("A sack of maize cost 900 kwanzas.", date(1997, 3, 1), "AOR"),
    ("A sack of maize cost 900 kwanzas.", None, "AOA"),
    ("A bag of cement cost 9,000 meticais.", date(1995, 3, 1), "MZM"),
    ("A bag of cement cost 90 meticals.", date(2006, 7, 1), "MZN"),
    ("A bag of cement cost 90 meticais.", None, "MZN"),
    ("The board needs 15 billion shillings, Uganda said.", date(1987, 3, 23), "UGS"),
    ("The board needs 15 billion shillings, Uganda said.", date(1987, 6, 1), "UGX"),
    ("A sack of sugar cost 900 shillings in Nairobi.", date(1987, 3, 1), "KES"),
    ("A gift of 100 Deutsche marks", date(1987, 3, 1), "DEM"),
    # a bare "francs" is Swiss since the French and Belgian francs went; before, a country says which
    ("The watch cost 200 francs.", date(2002, 1, 1), "CHF"),
    ("The watch cost 200 francs.", None, "CHF"),
    ("The watch cost 200 Swiss francs.", date(1987, 3, 1), "CHF"),
    ("The issue of 300 mln francs will be listed in Paris.", date(1987, 3, 1), "FRF"),
    ("The glassmaker offered the shares at 1,850 francs in Brussels.", date(1987, 3, 1), "BEF"),
    ("The dollar closed at 1.5130 francs in Zurich.", date(1987, 3, 1), "CHF"),
]


@pytest.mark.parametrize(("text", "day", "currency"), DATED, ids=[f"{t} {d}" for t, d, _ in DATED])
def test_a_name_reads_the_code_in_force_on_its_day(text: str, day: date | None, currency: str) -> None:
    (m,) = moneyparse.extract(text, as_of=day)
    assert m.currency == currency
    assert currency not in m.alternatives


# A name's default chosen among the currencies of today is no reading on a day when another
# currency of the name, gone since, was money too and the text names no country of either: the
# "francs" of a firm's results in 1987 may be French, Belgian or Swiss.
UNSAID = [
    ("The watch cost 200 francs.", date(1987, 3, 1)),
    ("Net profit was 385 mln francs against 310 mln.", date(2001, 12, 31)),
    # a name that holds a city's says nothing of its money
    ("Net profit was 385 mln francs, the firm said after the Paris Club met.", date(1987, 3, 1)),
]


@pytest.mark.parametrize(("text", "day"), UNSAID)
def test_a_default_among_currencies_then_in_force_gives_nothing(text: str, day: date) -> None:
    assert moneyparse.extract(text, as_of=day) == []
    assert [m.currency for m in moneyparse.extract(text)] == ["CHF"] * len(moneyparse.extract(text))


NOT_MONEY = [
    "Simón Bolívar freed five countries; in 1819 Bolivar crossed the Andes.",
    "Route 13 Bolivar, Missouri, is closed for repairs.",
    "The plant employs 300 people in Bolivar, Missouri.",
    "The 1,500 Bolivar residents voted on the plan.",
    "The cedi fell 3 pct against the dollar.",
    "In 1830 Sucre was killed on a mountain road.",
    "The 12 Sucre brothers sang at the wedding.",
    "In 1869 Lev Tolstoy finished the novel.",
    "He flew 2 Austral flights to Cordoba.",
    "The 1994 Cruzeiro side won the cup.",
]


@pytest.mark.parametrize("text", NOT_MONEY)
def test_a_name_with_a_capital_is_no_money(text: str) -> None:
    assert moneyparse.extract(text, as_of=date(1987, 3, 1)) == []
    assert moneyparse.extract(text) == []


def test_the_names_in_lower_case_or_capitals_are_money() -> None:
    text = "Caracas set the rate at 14.50 BOLIVARS; a loaf is 3 Bolivars and a pass 7.50 bolivar."
    found = [(m.text, m.currency) for m in moneyparse.extract(text, as_of=date(1987, 3, 1))]
    assert found == [("14.50 BOLIVARS", "VEB"), ("3 Bolivars", "VEB"), ("7.50 bolivar", "VEB")]


def test_each_change_starts_on_or_after_the_day_its_forerunner_ends() -> None:
    periods = in_force()
    for code, period in periods.items():
        if period.before is not None:
            earlier = periods[period.before]
            assert period.start is not None and earlier.until is not None and earlier.until <= period.start, code
    # the same name came back after another money: the peso after the austral, the sol after the inti
    assert periods["ARS"].before == "ARP" and periods["ARP"].until < periods["ARS"].start


GAPS = [
    ("An Argentine firm lost 90 mln Argentine pesos.", date(1984, 5, 2), "ARP"),
    ("An Argentine firm lost 90 mln Argentine pesos.", date(1975, 5, 2), "ARL"),
    ("An Argentine firm lost 90 mln Argentine pesos.", date(1995, 5, 2), "ARS"),
    ("A Lima firm lost 90 mln Peruvian soles.", date(1984, 5, 2), "PES"),
    ("A Lima firm lost 90 mln Peruvian soles.", date(1995, 5, 2), "PEN"),
]


@pytest.mark.parametrize(("text", "day", "currency"), GAPS, ids=[f"{t} {d}" for t, d, _ in GAPS])
def test_a_name_that_came_back_reads_its_earlier_money(text: str, day: date, currency: str) -> None:
    (m,) = moneyparse.extract(text, as_of=day)
    assert m.currency == currency


# (text, currency): "old" or "new" before the name of a redenominated money says which unit it is
AGED = [
    ("A bus fare of 25,000 old lei becomes 2.50 new lei.", ["ROL", "RON"]),
    ("Ten thousand old lei make 1 new leu.", ["ROL", "RON"]),
    ("The bank swapped 500,000 old Romanian lei for 50 new Romanian lei.", ["ROL", "RON"]),
    ("A loaf cost 400,000 old Turkish lira, or 0.40 new Turkish lira.", ["TRL", "TRY"]),
    ("Growers were paid 90,000 old cedis a bag, now 9 new cedis.", ["GHC", "GHS"]),
    ("The mill paid 5,000 old kwacha a bag, or 5 new kwacha.", ["ZMK", "ZMW"]),
    ("A pass cost 50,000 old Azerbaijani manat, or 10 new Azerbaijani manat.", ["AZM", "AZN"]),
    ("The stamp cost 300 old shekels, or 30 new shekels.", ["ILR", "ILS"]),
    ("The stamp cost 300 old shekels, or 30 new Israeli shekels.", ["ILR", "ILS"]),
    ("The unit reported at a rate of one dollar to 1.52 new Israeli shekels.", ["USD", "ILS"]),
    ("A ticket cost 5 intis then and 2 new Peruvian soles now.", ["PEI", "PEN"]),
    ("A ticket cost 5 intis then and 2 nuevos soles now.", ["PEI", "PEN"]),
]


@pytest.mark.parametrize(("text", "codes"), AGED)
@pytest.mark.parametrize("day", [None, date(2004, 3, 1), date(2016, 3, 1)])
def test_old_or_new_before_a_name_decides_on_any_day(text: str, codes: list[str], day: date | None) -> None:
    # a story of the change writes both units: its own word wins over the day it was written
    assert [m.currency for m in moneyparse.extract(text, as_of=day)] == codes


@pytest.mark.parametrize(
    "text",
    [
        # a year before "new": the year of the change, not an amount
        "In 2005 new lei notes came into use.",
        "Since 2007 new cedis have circulated.",
        "The 2013 new kwacha coins are smaller.",
        # "old" or "new" before a name of several countries' money: unsure which, nothing
        "He found 40 old lira in a drawer.",
        "The bank issued 100 new dinars.",
        "A pass cost 10 new manat.",
        "The mint struck 300 new lira coins for Rome.",
        # soles of shoes and days on Mars: "new" tells no sol of Peru without its country
        "The cobbler fitted 300 new soles last week.",
        "The rover logged 40 new sols of data.",
    ],
)
def test_a_year_or_an_unsure_name_after_old_or_new_is_no_money(text: str) -> None:
    assert moneyparse.extract(text) == []


def test_new_zealand_after_a_year_is_still_read() -> None:
    # "New Zealand dollars" begin with "new" but name no redenominated unit
    (m,) = moneyparse.extract("The fare is 1999 New Zealand dollars.")
    assert (m.amount, m.currency) == (1999, "NZD")


def test_a_pair_settles_a_franc_of_a_day_with_no_default() -> None:
    # five francs to the dollar is the French franc's rate, not the Swiss one's
    found = moneyparse.extract("Reparation claims were put at $2 billion (10 billion francs).", as_of=date(1919, 6, 1))
    assert [(m.text, m.currency) for m in found] == [("$2 billion", "USD"), ("10 billion francs", "FRF")]


# (text, currencies): a name that says neither "new" nor "old" is the unit its sentence last named
SENTENCE_AGED = [
    # the old unit named before it in its sentence: its amounts are of the old unit
    ("Before the reform the old leu was weak: a stamp cost 5,000 lei, or 5 bani today.", ["ROL"]),
    ("The largest note of the old leu was 500,000 lei, or 50 new lei.", ["ROL", "RON"]),
    ("Under the old leu, the euro bought 36,000 lei and the dollar 29,000 lei.", ["ROL", "ROL"]),
    # the new unit named after the old one, or no unit named: the name's own reading
    ("The old leu gave way to the new leu, and a loaf now costs 4 lei.", ["RON"]),
    ("A loaf costs 4 lei. The old leu is gone.", ["RON"]),
    # "old" before the name of a thing of the old unit names no unit
    ("The notes copy their old leu counterparts (the 5 lei note looks like the 50,000 old lei note).", ["RON", "ROL"]),
]


@pytest.mark.parametrize(("text", "codes"), SENTENCE_AGED)
@pytest.mark.parametrize("day", [None, date(2005, 7, 1), date(2016, 3, 1)])
def test_a_name_in_a_sentence_of_the_old_unit_is_of_the_old_unit(text: str, codes: list[str], day: date | None) -> None:
    assert [m.currency for m in moneyparse.extract(text, as_of=day)] == codes


# (text, day, currencies): an almanac entry whose bracket gives the year its figures are of
FIGURE_YEARS = [
    # a year before a change one for one: the money of that year
    ("Imports:\n    3.1 billion rubles (c.i.f., 1990)\n  partners:\n    Ukraine, Belarus\n", date(1992, 7, 1), ["SUR"]),
    ("Budget:\n    revenues 2.5 billion rubles; expenditures 2.9 billion rubles (1991 est.)\n",
     date(1992, 7, 1), ["SUR", "SUR"]),
    ("Exports:\n    80 billion korunas (f.o.b., 1992)\n", date(1994, 7, 1), ["CSK"]),
    # the day's money: no year, a year of the day or later, a span of years, a year past the statement
    ("Imports:\n    3.1 billion rubles (c.i.f.)\n", date(1992, 7, 1), ["RUR"]),
    ("Imports:\n    3.1 billion rubles (1992 est.)\n", date(1992, 7, 1), ["RUR"]),
    ("Imports:\n    3.1 billion rubles (1995 projected)\n", date(1992, 7, 1), ["RUR"]),
    ("Imports:\n    3.1 billion rubles (1988-90)\n", date(1992, 7, 1), ["RUR"]),
    ("Imports rose to 3.1 billion rubles. Exports fell (1990).\n", date(1992, 7, 1), ["RUR"]),
    ("Imports:\n    3.1 billion rubles\nExports:\n    2 billion dollars (1990)\n", date(1992, 7, 1), ["RUR", "USD"]),
    # a change at a ratio: a later text may restate the old figure in the new unit
    ("Imports:\n    3.1 billion rubles (c.i.f., 1995)\n", date(1999, 7, 1), ["RUB"]),
    ("Exports:\n    9 billion pesos (f.o.b., 1991)\n", date(1994, 7, 1), ["MXN"]),
]


@pytest.mark.parametrize(("text", "day", "currencies"), FIGURE_YEARS)
def test_the_year_in_the_bracket_of_a_figure_reads_a_money_changed_at_par(text: str, day: date, currencies: list[str]) -> None:
    assert [m.currency for m in moneyparse.extract(text, as_of=day)] == currencies


SUDAN = [
    # "pounds" near Sudan's words is its pound: the old one before the dinar came in 1992
    ("Sudan's budget put the deficit at 2.5 billion pounds.", date(1987, 6, 1), "SDP"),
    ("The Khartoum government put revenue at 3.1 billion pounds.", date(1986, 2, 1), "SDP"),
    ("Sudan's budget put the deficit at 2.5 billion pounds.", date(2015, 6, 1), "SDG"),
    ("Sudan's budget put the deficit at 2.5 billion pounds.", None, "SDG"),
    # its dinar is read as before; the pounds of Egypt and Britain are theirs
    ("Sudan's budget put the deficit at 90 billion dinars.", date(2000, 6, 1), "SDD"),
    ("Egypt's budget put the deficit at 2.5 billion pounds.", date(1987, 6, 1), "EGP"),
    ("The London firm earned 2.5 mln pounds last year.", date(1987, 6, 1), "GBP"),
    # a "£" near Sudan stays sterling: the sign is no word of its pound
    ("Sudan received a grant of £5 million.", date(1987, 6, 1), "GBP"),
]


@pytest.mark.parametrize(("text", "day", "currency"), SUDAN, ids=[f"{t} {d}" for t, d, _ in SUDAN])
def test_pounds_near_sudan_are_its_pound_of_the_day(text: str, day: date | None, currency: str) -> None:
    (m,) = moneyparse.extract(text, as_of=day)
    assert m.currency == currency
