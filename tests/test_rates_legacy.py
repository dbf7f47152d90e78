"""The currencies the euro replaced: through the euro at their fixed rates from the day each joined,
by the history before; and a chain of sources, each asked in turn."""

from __future__ import annotations

import datetime as dt
import pickle
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rates
from rates.contexts import CTX
from rates.sources import resolve
from rates.sources.legacy import EURO_LEGACY, legacy_rate
from test_rates_support import HERE, SMALL_CSV

D = dt.date
CROATIA = rates.EuroLegacySource(rates.CSVSource(HERE / "fixtures" / "rates_croatia.csv"))
SMALL = rates.EuroLegacySource(rates.CSVSource(SMALL_CSV))

#: The Council's rates, as the regulations print them, and the first day of each in the euro.
OFFICIAL = {
    "DEM": ("1.95583", D(1999, 1, 1)), "FRF": ("6.55957", D(1999, 1, 1)), "ITL": ("1936.27", D(1999, 1, 1)),
    "ESP": ("166.386", D(1999, 1, 1)), "NLG": ("2.20371", D(1999, 1, 1)), "BEF": ("40.3399", D(1999, 1, 1)),
    "LUF": ("40.3399", D(1999, 1, 1)), "ATS": ("13.7603", D(1999, 1, 1)), "PTE": ("200.482", D(1999, 1, 1)),
    "FIM": ("5.94573", D(1999, 1, 1)), "IEP": ("0.787564", D(1999, 1, 1)), "GRD": ("340.750", D(2001, 1, 1)),
    "SIT": ("239.640", D(2007, 1, 1)), "CYP": ("0.585274", D(2008, 1, 1)), "MTL": ("0.429300", D(2008, 1, 1)),
    "SKK": ("30.1260", D(2009, 1, 1)), "EEK": ("15.6466", D(2011, 1, 1)), "LVL": ("0.702804", D(2014, 1, 1)),
    "LTL": ("3.45280", D(2015, 1, 1)), "HRK": ("7.53450", D(2023, 1, 1)), "BGN": ("1.95583", D(2026, 1, 1)),
}


def test_the_table_is_the_official_one():
    assert {code: (str(row.units), row.since) for code, row in EURO_LEGACY.items()} == OFFICIAL


def test_100_marks_of_2001_in_euros():
    c = rates.convert(100, "DEM", "EUR", on="2001-06-01")
    assert c.amount == CTX.divide(Decimal(100), Decimal("1.95583"))
    assert str(c.amount).startswith("51.129188")
    r = c.rate
    assert (r.kind, r.source, r.margin, r.date, r.requested) == (
        rates.RateKind.FIXED_EURO, "euro", 0, D(2001, 6, 1), D(2001, 6, 1))
    assert rates.describe(r) == "fixed euro rate (1 EUR = 1.95583 DEM)"


@pytest.mark.parametrize("code", sorted(OFFICIAL))
def test_every_replaced_currency_is_its_rate_from_its_day(code):
    units, since = OFFICIAL[code]
    for day in (since, since + dt.timedelta(days=400), None):
        r = rates.rate("EUR", code, on=day, policy="exact")  # a fixed rate holds on Sundays too
        assert r.value == Decimal(units) and r.kind is rates.RateKind.FIXED_EURO
    assert rates.rate(code, "EUR", on=since).value == CTX.divide(Decimal(1), Decimal(units))
    assert legacy_rate(code, since - dt.timedelta(days=1)) is None


def test_two_replaced_currencies_go_through_the_euro():
    r = rates.rate("DEM", "FRF", on="2000-03-15")
    assert r.value == CTX.divide(Decimal("6.55957"), Decimal("1.95583"))
    assert (r.source, r.date) == ("euro", D(2000, 3, 15))
    assert rates.describe(r) == "fixed euro rates (1 EUR = 1.95583 DEM = 6.55957 FRF)"
    assert rates.rate("DEM", "FRF").date == D(1999, 1, 1)  # no date: the day the rates took effect
    assert rates.rate("DEM", "HRK").date == D(2023, 1, 1)


def test_against_another_currency_at_the_euros_rate_of_the_day():
    # the small table: 1 EUR = 1.25 USD on 2025-01-02, 1.6 USD on 2025-01-03
    r = SMALL.lookup("DEM", "USD", D(2025, 1, 4), "previous")
    assert r.value == CTX.divide(Decimal("1.6"), Decimal("1.95583"))
    assert (r.kind, r.date, r.source, r.requested) == (rates.RateKind.FIXED_EURO, D(2025, 1, 3), "csv:rates_small.csv", D(2025, 1, 4))
    inverse = SMALL.lookup("USD", "FRF", D(2025, 1, 2), "exact")
    assert inverse.value == CTX.multiply(CTX.divide(Decimal(1), Decimal("1.25")), Decimal("6.55957"))


def test_before_its_day_a_currency_has_its_own_rates():
    # Croatia joined on 2023-01-01; the fixture fixes 7.5 HRK per EUR on 2022-12-29, 8 on 12-30
    before = CROATIA.lookup("HRK", "USD", D(2022, 12, 31), "previous")
    assert before.value == CTX.divide(Decimal("1.6"), Decimal(8)) and before.kind is rates.RateKind.USER
    assert before.date == D(2022, 12, 30)
    after = CROATIA.lookup("HRK", "USD", D(2023, 1, 2), "previous")
    assert after.value == CTX.divide(Decimal("1.25"), Decimal("7.53450")) and after.kind is rates.RateKind.FIXED_EURO
    # the Sunday after: the euro's rate of Friday, through the fixed rate (not Friday's own HRK rate)
    sunday = CROATIA.lookup("HRK", "USD", D(2023, 1, 1), "previous")
    assert sunday.value == CTX.divide(Decimal("1.6"), Decimal("7.53450")) and sunday.date == D(2022, 12, 30)


def test_the_lev_joined_in_2026():
    # the ECB fixed the lev until 2025-12-31 (at its peg), then stopped
    before = rates.rate("BGN", "USD", on="2025-12-31")
    after = rates.rate("BGN", "USD", on="2026-01-02")
    assert (before.kind, after.kind) == (rates.RateKind.DAILY, rates.RateKind.FIXED_EURO)
    assert after.value == CTX.divide(rates.rate("EUR", "USD", on="2026-01-02").value, Decimal("1.95583"))


def test_ecb_history_before_the_day_fixed_rate_after():
    before = rates.rate("SIT", "EUR", on="2006-12-29")
    after = rates.rate("SIT", "EUR", on="2007-01-02")
    assert (before.kind, before.source) == (rates.RateKind.DAILY, "ecb")
    assert after.value == CTX.divide(Decimal(1), Decimal("239.640")) and after.source == "euro"
    assert abs(before.value / after.value - 1) < Decimal("0.001")  # the rate it was fixed at


def test_series_is_cut_where_the_currency_joined():
    points = CROATIA.series("HRK", "USD", D(2022, 12, 28), D(2023, 1, 3))
    fixed = Decimal("7.53450")
    assert points == [
        (D(2022, 12, 28), CTX.divide(Decimal("1.25"), Decimal("7.5"))),
        (D(2022, 12, 29), CTX.divide(Decimal("1.25"), Decimal("7.5"))),
        (D(2022, 12, 30), CTX.divide(Decimal("1.6"), Decimal(8))),
        (D(2023, 1, 2), CTX.divide(Decimal("1.25"), fixed)),
        (D(2023, 1, 3), CTX.divide(Decimal(2), fixed)),
    ]
    # between two fixed currencies: one number on every weekday
    flat = SMALL.series("DEM", "ITL", D(2025, 1, 3), D(2025, 1, 7))
    assert [d for d, _ in flat] == [D(2025, 1, 3), D(2025, 1, 6), D(2025, 1, 7)]
    assert {v for _, v in flat} == {CTX.divide(Decimal("1936.27"), Decimal("1.95583"))}
    assert rates.average("DEM", "EUR", "2001-01-01", "2001-01-31").count == 23


def test_an_unrelated_request_goes_through_untouched():
    inner = rates.CSVSource(SMALL_CSV)
    assert SMALL.lookup("USD", "CNY", D(2025, 1, 2), "exact") == inner.lookup("USD", "CNY", D(2025, 1, 2), "exact")
    assert rates.rate("USD", "CNY", on="2025-02-20").kind is rates.RateKind.DAILY
    assert set(OFFICIAL) <= set(SMALL.currencies()) and "EUR" in SMALL.currencies()


def test_a_fixed_rate_pickles_and_inverts():
    r = rates.rate("IEP", "USD", on="2010-05-04")
    assert pickle.loads(pickle.dumps(r)) == r
    assert r.inverse().kind is rates.RateKind.FIXED_EURO
    assert rates.describe(r) == "fixed euro rate (1 EUR = 0.787564 IEP), with the ECB daily fixing of 2010-05-04"


# -- the chain ---------------------------------------------------------------------------------


def test_the_chain_asks_each_member_in_turn(tmp_path):
    more = tmp_path / "more.csv"
    more.write_text("Date,USD,SEK\n2025-01-02,1.5,11\n2024-12-31,1.4,10\n", encoding="utf-8")
    chain = rates.ChainSource(rates.CSVSource(SMALL_CSV), rates.CSVSource(more))
    assert chain.name == "csv:rates_small.csv+csv:more.csv"
    assert chain.lookup("USD", "CNY", D(2025, 1, 2), "exact").source == "csv:rates_small.csv"
    sek = chain.lookup("USD", "SEK", D(2025, 1, 2), "exact")
    assert (sek.value, sek.source) == (CTX.divide(Decimal(11), Decimal("1.5")), "csv:more.csv")
    # before the first member's history the second answers; series: each fills what is not covered
    assert chain.lookup("EUR", "USD", D(2024, 12, 31), "exact").value == Decimal("1.4")
    assert chain.series("EUR", "USD", D(2024, 12, 30), D(2025, 1, 3)) == [
        (D(2024, 12, 31), Decimal("1.4")), (D(2025, 1, 2), Decimal("1.25")), (D(2025, 1, 3), Decimal("1.6"))]
    assert chain.currencies()[:6] == ("EUR", "USD", "GBP", "CNY", "JPY", "CHF") and "SEK" in chain.currencies()


def test_the_chain_raises_what_says_most(tmp_path):
    more = tmp_path / "more.csv"
    more.write_text("Date,USD,SEK\n2024-12-31,1.4,10\n", encoding="utf-8")
    chain = rates.ChainSource(rates.CSVSource(SMALL_CSV), rates.CSVSource(more))
    with pytest.raises(rates.RateNotFoundError) as info:
        chain.lookup("USD", "SEK", D(2025, 3, 1), "previous")
    assert info.value.source == "csv:more.csv" and info.value.reason == "after the history"
    with pytest.raises(rates.UnknownCurrencyError) as info:
        chain.lookup("CNY", "SEK", D(2025, 1, 2), "previous")
    assert "both 'CNY' and 'SEK'" in str(info.value)
    with pytest.raises(rates.UnknownCurrencyError) as info:
        chain.lookup("USD", "XYZ", D(2025, 1, 2), "previous")
    assert info.value.reason == "not an ISO 4217 currency code"
    with pytest.raises(rates.UnknownCurrencyError) as info:
        chain.lookup("USD", "NOK", D(2025, 1, 2), "previous")
    assert info.value.reason == "no rate source carries it" and info.value.source == chain.name


def test_a_name_picks_a_bundled_source(tmp_path, monkeypatch):
    assert resolve("ecb").lookup("USD", "CNY", D(2025, 2, 20), "exact").source == "ecb"
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ecb").write_text("Date,USD\n2025-01-02,1.5\n", encoding="utf-8")
    assert resolve("./ecb").name == "csv:ecb"  # a file with a source's name, by its path


# -- round trips ------------------------------------------------------------------------------

LEGACY = sorted(OFFICIAL)
MARKET = ("USD", "GBP", "JPY", "CHF", "EUR")


def _close(a: Decimal, b: Decimal, rel: Decimal = Decimal("1E-25")) -> bool:
    return abs(a - b) <= rel * max(abs(a), abs(b))


@settings(max_examples=200, deadline=None)
@given(
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1E12"), places=2),
    st.sampled_from(LEGACY),
    st.sampled_from(LEGACY + list(MARKET)),
    st.dates(min_value=D(2026, 1, 1), max_value=D(2026, 10, 30)),  # every one of them in the euro
)
def test_there_and_back_through_the_euro(amount, a, b, day):
    there = rates.convert(amount, a, b, day)
    back = rates.convert(there.amount, b, a, day)
    assert there.rate.kind is rates.RateKind.FIXED_EURO or a == b
    assert _close(back.amount, amount)


def test_the_examples_of_the_provenance_module_hold():
    import doctest

    import rates.provenance

    assert doctest.testmod(rates.provenance).failed == 0


@pytest.mark.parametrize(
    ("text", "published", "couple", "kind"),
    [
        ("BONN, June 15 - The group raised 3.5 million DEM, or 2.5 mln dlrs, for the plant.",
         "1995-06-15", ("USD", "DEM"), rates.RateKind.MONTHLY_AVERAGE),
        ("ROME - The bank lent 500 billion ITL (about 258 million euros) to the region.",
         "2000-01-03", ("EUR", "ITL"), rates.RateKind.FIXED_EURO),
        ("It cost 100 million FRF (15.2 million euros).", "2001-06-01", ("EUR", "FRF"), rates.RateKind.FIXED_EURO),
    ],
)
def test_a_withdrawn_currency_is_checked_like_any_other(text, published, couple, kind):
    (pair,) = rates.check(text, published=published).pairs
    assert (pair.implied.base, pair.implied.quote) == couple
    assert pair.reference.kind is kind and pair.consistent
