"""Your own rates first (a CSV or an archive laid out as the ECB's), what each source covers, and
how old the market data of a rate is."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import rates
from rates.sources import resolve, user_file
from test_rates_support import SMALL_CSV, ecb_zip_bytes

D = dt.date


@pytest.fixture
def own_zip(tmp_path):
    path = tmp_path / "hist.zip"
    path.write_bytes(ecb_zip_bytes(SMALL_CSV.read_text(encoding="utf-8")))
    return path


def test_your_csv_and_your_zip_read_alike(own_zip):
    from_csv = user_file(SMALL_CSV).lookup("USD", "CNY", D(2025, 1, 3), "exact")
    from_zip = resolve(own_zip).lookup("USD", "CNY", D(2025, 1, 3), "exact")
    assert from_csv.value == from_zip.value == Decimal("6.25")  # 10 / 1.6
    assert (from_csv.kind, from_zip.kind) == (rates.RateKind.USER, rates.RateKind.USER)
    assert (from_csv.source, from_zip.source) == ("csv:rates_small.csv", "zip:hist.zip")
    assert rates.describe(from_zip) == "your file hist.zip, rate of 2025-01-03"


def test_a_broken_archive_of_yours_is_refused(tmp_path):
    path = tmp_path / "broken.zip"
    path.write_bytes(b"PK\x03\x04 and then nothing")
    with pytest.raises(rates.RateDataError):
        user_file(path)


def test_your_rates_come_first(tmp_path):
    own = tmp_path / "own.csv"
    own.write_text("Date,USD,NGN\n2025-02-20,1.04,1560\n", encoding="utf-8")
    chain = rates.ChainSource(user_file(own), resolve(None))
    mine = rates.convert(100, "USD", "NGN", on="2025-02-20", source=chain)
    assert mine.amount == Decimal(150000) and mine.rate.kind is rates.RateKind.USER
    usd = rates.rate("EUR", "USD", on="2025-02-20", source=chain)
    assert usd.value == Decimal("1.04") and usd.source == "csv:own.csv"  # yours, not the ECB's 1.0443
    # your file answers as any source does: the day before counts, a week and more before does not
    assert rates.rate("EUR", "USD", on="2025-02-21", source=chain).source == "csv:own.csv"
    assert rates.rate("EUR", "USD", on="2025-03-03", source=chain).source == "ecb"
    assert rates.rate("DEM", "EUR", on="2025-02-21", source=chain).source == "euro"


def test_what_the_default_chain_covers(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))  # nothing downloaded
    tables = rates.coverage()
    assert [(t.name, t.kind) for t in tables] == [
        ("ecb", rates.RateKind.DAILY), ("fed-monthly", rates.RateKind.MONTHLY_AVERAGE), ("euro", rates.RateKind.FIXED_EURO)]
    ecb, monthly, euro = ({c.code: c for c in t.currencies} for t in tables)
    assert (ecb["CNY"].first, ecb["CNY"].last) == (D(2005, 4, 1), D(2026, 10, 30))
    assert (ecb["EUR"].first, ecb["EUR"].last) == (D(1999, 1, 4), D(2026, 10, 30))
    assert (monthly["DEM"].first, monthly["DEM"].last) == (D(1971, 1, 1), D(2001, 12, 1))
    assert (euro["HRK"].first, euro["HRK"].last) == (D(2023, 1, 1), None)
    assert tables[0].origin in ("embedded", "cache") and tables[1].origin == "embedded"
    assert [t.name for t in rates.coverage("fed-monthly")] == ["fed-monthly", "euro"]
    (own,) = rates.coverage(SMALL_CSV)
    assert own.kind is rates.RateKind.USER and [c.code for c in own.currencies] == ["EUR", "USD", "GBP", "CNY", "JPY", "CHF"]
    assert {c.code: (c.first, c.last) for c in own.currencies}["CHF"] == (D(2025, 1, 6), D(2025, 1, 20))


@pytest.mark.parametrize(
    ("rate", "day"),
    [
        (rates.Rate("USD", "CNY", Decimal(7), D(2025, 2, 20), "ecb"), D(2025, 2, 20)),
        (rates.Rate("USD", "JPY", Decimal(150), D(1987, 2, 1), "fed-monthly", None, rates.RateKind.MONTHLY_AVERAGE), D(1987, 2, 28)),
        (rates.Rate("DEM", "EUR", Decimal("0.5"), D(1999, 1, 1), "euro", None, rates.RateKind.FIXED_EURO), None),
        (rates.Rate("DEM", "JPY", Decimal(80), D(2000, 3, 1), "fed-monthly", None, rates.RateKind.FIXED_EURO), D(2000, 3, 31)),
        (rates.Rate("DEM", "USD", Decimal("0.5"), D(2001, 6, 1), "ecb", None, rates.RateKind.FIXED_EURO), D(2001, 6, 1)),
        (rates.Rate("USD", "CNY", Decimal(7), D(2025, 2, 20), "text", None, rates.RateKind.IMPLIED), None),
        (rates.Rate("USD", "CNY", Decimal(7), D(2025, 1, 2), "csv:own.csv", None, rates.RateKind.USER), D(2025, 1, 2)),
    ],
)
def test_the_last_day_a_rates_market_data_speaks_for(rate, day):
    assert rates.as_of(rate) == day
